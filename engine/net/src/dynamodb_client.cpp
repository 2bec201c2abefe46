#include "shardscope/net/dynamodb_client.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSslError>
#include <QTimer>

#include <algorithm>
#include <array>
#include <cmath>

namespace shardscope::net {

namespace {

constexpr std::array<std::string_view, 4> kStreamsOperations = {"DescribeStream", "GetRecords", "GetShardIterator",
                                                                "ListStreams"};

// The SDKs' throttling and transient error codes (botocore's standard retry
// mode, plus what DynamoDB documents as retryable).
constexpr std::array<std::string_view, 16> kRetryableTypes = {
    "ProvisionedThroughputExceededException", "ThrottlingException", "Throttling", "ThrottledException",
    "RequestThrottledException", "TooManyRequestsException", "RequestLimitExceeded", "LimitExceededException",
    "TransactionInProgressException", "RequestThrottled", "SlowDown", "RequestTimeout", "RequestTimeoutException",
    "PriorRequestNotComplete", "InternalServerError", "ServiceUnavailable"};

// The Host header as QNAM would write it; set explicitly so that what is
// signed is exactly what is sent.
QByteArray hostHeader(const QUrl& url) {
    QString host = url.host(QUrl::FullyEncoded);
    if (host.contains(QLatin1Char(':')))
        host = QLatin1Char('[') + host + QLatin1Char(']');
    const int port = url.port();
    const int defaultPort = url.scheme() == QLatin1String("https") ? 443 : 80;
    if (port != -1 && port != defaultPort)
        host += QLatin1Char(':') + QString::number(port);
    return host.toUtf8();
}

std::string amzDateNow() {
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toStdString();
}

}  // namespace

QUrl dynamoDbEndpointForRegion(const QString& region) {
    const QString suffix = region.startsWith(QLatin1String("cn-")) ? QStringLiteral("amazonaws.com.cn")
                                                                    : QStringLiteral("amazonaws.com");
    return QUrl(QStringLiteral("https://dynamodb.%1.%2").arg(region.trimmed(), suffix));
}

DynamoDbClient::DynamoDbClient(ClientOptions options, QObject* parent)
    : QObject(parent), m_options(std::move(options)), m_network(new QNetworkAccessManager(this)) {
    qRegisterMetaType<ClientResponse>();
    m_options.maxAttempts = std::max(1, m_options.maxAttempts);
}

DynamoDbClient::~DynamoDbClient() {
    cancelAll();
}

void DynamoDbClient::send(quint64 id, const QString& operation, const QByteArray& body) {
    m_pending[id] = Pending{operation, body, 0, nullptr};
    attempt(id);
}

void DynamoDbClient::cancelAll() {
    auto pending = std::move(m_pending);
    m_pending.clear();
    for (auto& [id, request] : pending) {
        if (request.reply) {
            request.reply->disconnect(this);
            request.reply->abort();
            request.reply->deleteLater();
        }
    }
}

std::chrono::milliseconds DynamoDbClient::backoff(const ClientOptions& options, int retry, double random01) {
    const double exponential =
        static_cast<double>(options.baseDelay.count()) * std::pow(2.0, std::min(retry, 30));
    const double ceiling = std::min(static_cast<double>(options.maxDelay.count()), exponential);
    return std::chrono::milliseconds(static_cast<qint64>(ceiling * std::clamp(random01, 0.0, 1.0)));
}

bool DynamoDbClient::isRetryable(const QString& errorType, int httpStatus) {
    if (httpStatus >= 500 || httpStatus == 429)
        return true;
    const QByteArray type = errorType.toLatin1();
    const std::string_view name(type.constData(), static_cast<std::size_t>(type.size()));
    return std::find(kRetryableTypes.begin(), kRetryableTypes.end(), name) != kRetryableTypes.end() ||
           errorType == QLatin1String(ClientResponse::kRequestTimeout) ||
           errorType == QLatin1String(ClientResponse::kNetworkError);
}

void DynamoDbClient::attempt(quint64 id) {
    auto found = m_pending.find(id);
    if (found == m_pending.end())
        return;
    Pending& pending = found->second;
    ++pending.attempts;

    const QByteArray operation = pending.operation.toLatin1();
    const std::string_view operationView(operation.constData(), static_cast<std::size_t>(operation.size()));
    const bool streams =
        std::find(kStreamsOperations.begin(), kStreamsOperations.end(), operationView) != kStreamsOperations.end();
    const QByteArray target = (streams ? QByteArrayLiteral("DynamoDBStreams_20120810.")
                                       : QByteArrayLiteral("DynamoDB_20120810.")) + operation;

    QUrl url = m_options.endpoint;
    if (url.path().isEmpty())
        url.setPath(QStringLiteral("/"));
    sigv4::SignableRequest signable;
    signable.method = "POST";
    signable.path = url.path(QUrl::FullyEncoded).toStdString();
    signable.query = url.query(QUrl::FullyEncoded).toStdString();
    signable.headers = {{"Host", hostHeader(url).toStdString()},
                        {"Content-Type", "application/x-amz-json-1.0"},
                        {"X-Amz-Target", target.toStdString()}};
    signable.payload = std::string_view(pending.body.constData(), static_cast<std::size_t>(pending.body.size()));
    if (m_options.credentials.isComplete())
        sigv4::signRequest(&signable, m_options.credentials, m_options.region, sigv4::kDynamoDbService, amzDateNow());

    QNetworkRequest request(url);
    for (const auto& [name, value] : signable.headers)
        request.setRawHeader(QByteArray::fromStdString(name), QByteArray::fromStdString(value));
    request.setTransferTimeout(static_cast<int>(m_options.timeout.count()));
    // Our body is signed as sent; no transparent compression of the answer
    // either, so that what arrives is what the service wrote.
    request.setRawHeader("Accept-Encoding", "identity");

    QNetworkReply* reply = m_network->post(request, pending.body);
    pending.reply = reply;
    if (m_options.ignoreTlsErrors)
        connect(reply, &QNetworkReply::sslErrors, reply,
                [reply](const QList<QSslError>&) { reply->ignoreSslErrors(); });
    connect(reply, &QNetworkReply::finished, this, [this, id, reply] { onReplyFinished(id, reply); });
}

void DynamoDbClient::onReplyFinished(quint64 id, QNetworkReply* reply) {
    reply->deleteLater();
    auto found = m_pending.find(id);
    if (found == m_pending.end() || found->second.reply != reply)
        return;
    Pending& pending = found->second;
    pending.reply = nullptr;

    ClientResponse response = responseOf(reply);
    response.attempts = pending.attempts;
    if (!response.ok() && pending.attempts < m_options.maxAttempts &&
        isRetryable(response.errorType, response.httpStatus)) {
        const auto delay = backoff(m_options, pending.attempts - 1, QRandomGenerator::global()->generateDouble());
        QTimer::singleShot(delay, this, [this, id] { attempt(id); });
        return;
    }
    m_pending.erase(found);
    emit finished(id, response);
}

ClientResponse DynamoDbClient::responseOf(QNetworkReply* reply) const {
    ClientResponse response;
    response.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray bytes = reply->readAll();

    if (response.httpStatus == 0) {
        // No HTTP answer: say why in words a user can act on.
        const QString where = m_options.endpoint.toString(QUrl::RemoveUserInfo);
        switch (reply->error()) {
        case QNetworkReply::ConnectionRefusedError:
            response.errorType = QLatin1String(ClientResponse::kConnectionRefused);
            response.errorMessage = QStringLiteral("Nothing accepts connections at %1.").arg(where);
            break;
        case QNetworkReply::HostNotFoundError:
            response.errorType = QLatin1String(ClientResponse::kHostNotFound);
            response.errorMessage = QStringLiteral("The host of %1 was not found.").arg(where);
            break;
        case QNetworkReply::TimeoutError:
        case QNetworkReply::OperationCanceledError:
            response.errorType = QLatin1String(ClientResponse::kRequestTimeout);
            response.errorMessage = QStringLiteral("%1 did not answer within %2 seconds.")
                                        .arg(where)
                                        .arg(static_cast<double>(m_options.timeout.count()) / 1000.0);
            break;
        case QNetworkReply::SslHandshakeFailedError:
            response.errorType = QLatin1String(ClientResponse::kTlsError);
            response.errorMessage =
                QStringLiteral("The TLS connection to %1 failed: %2").arg(where, reply->errorString());
            break;
        default:
            response.errorType = QLatin1String(ClientResponse::kNetworkError);
            response.errorMessage = QStringLiteral("%1: %2").arg(where, reply->errorString());
            break;
        }
        return response;
    }

    nlohmann::json body = nlohmann::json::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
    if (response.httpStatus == 200 && body.is_object()) {
        response.body = std::move(body);
        return response;
    }
    if (body.is_object() && body.contains("__type") && body["__type"].is_string()) {
        const QString type = QString::fromStdString(body["__type"].get<std::string>());
        response.errorType = type.mid(type.lastIndexOf(QLatin1Char('#')) + 1);
        for (const char* key : {"message", "Message"})
            if (body.contains(key) && body[key].is_string())
                response.errorMessage = QString::fromStdString(body[key].get<std::string>());
        response.body = std::move(body);  // extra members (CancellationReasons, Item, ...)
        return response;
    }
    response.errorType = QLatin1String(ClientResponse::kHttpError);
    response.errorMessage =
        QStringLiteral("HTTP %1 %2")
            .arg(response.httpStatus)
            .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
    if (!bytes.isEmpty())
        response.errorMessage += QStringLiteral(": ") + QString::fromUtf8(bytes.left(200));
    return response;
}

}  // namespace shardscope::net
