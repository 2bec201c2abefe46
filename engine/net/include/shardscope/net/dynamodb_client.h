// DynamoDbClient: DynamoDB JSON 1.0 over HTTP(S) to any DynamoDB-compatible
// endpoint, signed with SigV4, retried as the AWS SDKs retry.
//
// send(id, operation, body) posts one request with QNetworkAccessManager and
// later emits finished(id, response) exactly once. Each attempt is signed
// afresh (the signature carries the time) with the client's credentials;
// without credentials requests go unsigned (DynamoDB Local and dynalite
// accept that; AWS does not).
//
// Retries: throttling errors (ProvisionedThroughputExceeded, Throttling,
// RequestLimitExceeded, LimitExceeded, TransactionInProgress, ...), 5xx,
// timeouts and dropped connections are retried up to maxAttempts in all,
// after a delay drawn uniformly from [0, min(maxDelay, baseDelay * 2^n)]
// ("full jitter", the SDKs' backoff). Refused connections, unknown hosts and
// TLS failures are not retried: waiting does not fix them and the user
// should hear at once. Client errors (4xx) are answered as they come.
//
// Errors carry the DynamoDB error name and message as the service sent them
// (the text after the last '#' of __type), or one of this client's names
// for failures without an HTTP answer: kConnectionRefused, kHostNotFound,
// kRequestTimeout, kTlsError, kNetworkError, and kHttpError for an answer
// that is not DynamoDB's JSON.
//
// Thread-safety: a QObject; create, use and destroy it in one thread (a
// RemoteBackend's worker thread). The network manager is its child.
#pragma once

#include "shardscope/net/sigv4.h"

#include <nlohmann/json.hpp>

#include <QByteArray>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QUrl>

#include <chrono>
#include <unordered_map>

class QNetworkAccessManager;
class QNetworkReply;

namespace shardscope::net {

struct ClientOptions {
    static constexpr int kDefaultMaxAttempts = 10;  // the SDKs' default for DynamoDB

    QUrl endpoint;           // e.g. https://dynamodb.eu-west-1.amazonaws.com
    std::string region = "us-east-1";  // the signing region
    sigv4::Credentials credentials;
    int maxAttempts = kDefaultMaxAttempts;
    std::chrono::milliseconds timeout{15000};     // per attempt, without any byte moving
    std::chrono::milliseconds baseDelay{50};
    std::chrono::milliseconds maxDelay{20000};
    // Accept any certificate (a self-signed local endpoint). Off by default.
    bool ignoreTlsErrors = false;
};

struct ClientResponse {
    static constexpr const char* kConnectionRefused = "ConnectionRefused";
    static constexpr const char* kHostNotFound = "HostNotFound";
    static constexpr const char* kRequestTimeout = "RequestTimeout";
    static constexpr const char* kTlsError = "TlsError";
    static constexpr const char* kNetworkError = "NetworkError";
    static constexpr const char* kHttpError = "HttpError";

    int httpStatus = 0;        // 0 when no HTTP answer arrived
    nlohmann::json body;       // the response on success
    QString errorType;         // empty on success
    QString errorMessage;
    int attempts = 0;

    bool ok() const { return errorType.isEmpty(); }
};

class DynamoDbClient : public QObject {
    Q_OBJECT

public:
    explicit DynamoDbClient(ClientOptions options, QObject* parent = nullptr);
    ~DynamoDbClient() override;

    const ClientOptions& options() const { return m_options; }

    // Posts "DynamoDB_20120810.<operation>" (the Streams operations go to
    // "DynamoDBStreams_20120810.") with `body` (JSON).
    void send(quint64 id, const QString& operation, const QByteArray& body);
    // Abandons every request; none of them will finish.
    void cancelAll();

    // The delay before retry number `retry` (0 for the first retry), drawn
    // with full jitter from `random01` in [0, 1).
    static std::chrono::milliseconds backoff(const ClientOptions& options, int retry, double random01);
    // Whether an error of this DynamoDB type (or HTTP status) is worth retrying.
    static bool isRetryable(const QString& errorType, int httpStatus);

signals:
    void finished(quint64 id, const shardscope::net::ClientResponse& response);

private:
    struct Pending {
        QString operation;
        QByteArray body;
        int attempts = 0;
        QNetworkReply* reply = nullptr;
    };

    void attempt(quint64 id);
    void onReplyFinished(quint64 id, QNetworkReply* reply);
    ClientResponse responseOf(QNetworkReply* reply) const;

    ClientOptions m_options;
    QNetworkAccessManager* m_network;
    std::unordered_map<quint64, Pending> m_pending;
};

// https://dynamodb.<region>.amazonaws.com (".amazonaws.com.cn" in China).
QUrl dynamoDbEndpointForRegion(const QString& region);

}  // namespace shardscope::net

Q_DECLARE_METATYPE(shardscope::net::ClientResponse)
