// Tests engine/net/src/dynamodb_client.cpp against a scripted HTTP server:
// signing and targets, the SDK-style retry policy (throttling and 5xx
// retried with full-jitter backoff up to maxAttempts, client errors and
// refused connections not), timeouts, and error shapes.
#include "shardscope/net/dynamodb_client.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <deque>

using namespace shardscope::net;
using namespace std::chrono_literals;

namespace {

constexpr int kWaitMs = 20000;

QByteArray httpResponse(int status, const QByteArray& reason, const QByteArray& body,
                        const QByteArray& contentType = "application/x-amz-json-1.0") {
    return "HTTP/1.1 " + QByteArray::number(status) + " " + reason + "\r\nContent-Type: " + contentType +
           "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}

QByteArray errorResponse(const QByteArray& type, const QByteArray& message, int status = 400) {
    return httpResponse(status, status == 400 ? "Bad Request" : "Internal Server Error",
                        R"({"__type":"com.amazonaws.dynamodb.v20120810#)" + type + R"(","message":")" + message +
                            R"("})");
}

// Answers each complete request with the next scripted response (or holds
// it unanswered when the script says "silence") and keeps the request heads.
class ScriptedServer : public QTcpServer {
public:
    std::deque<QByteArray> script;
    QList<QByteArray> heads;

    ScriptedServer() {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = nextPendingConnection()) {
                auto* buffer = new QByteArray;
                connect(socket, &QObject::destroyed, this, [buffer] { delete buffer; });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
                    *buffer += socket->readAll();
                    const qsizetype end = buffer->indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    const QByteArray head = buffer->left(end);
                    qsizetype length = 0;
                    for (const QByteArray& line : head.split('\n'))
                        if (line.toLower().startsWith("content-length:"))
                            length = line.mid(15).trimmed().toLongLong();
                    if (buffer->size() < end + 4 + length)
                        return;
                    heads.append(head);
                    buffer->clear();
                    const QByteArray answer = script.empty() ? httpResponse(200, "OK", "{}") : script.front();
                    if (!script.empty())
                        script.pop_front();
                    if (answer != "silence")
                        socket->write(answer);
                });
            }
        });
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(serverPort()); }
};

ClientOptions quickOptions(const QString& url) {
    ClientOptions options;
    options.endpoint = QUrl(url);
    options.region = "eu-west-1";
    options.credentials = {"AKIDTEST", "secret", {}};
    options.baseDelay = 1ms;
    options.maxDelay = 5ms;
    options.timeout = 5s;
    return options;
}

ClientResponse call(DynamoDbClient& client, const QString& operation = QStringLiteral("ListTables")) {
    QSignalSpy spy(&client, &DynamoDbClient::finished);
    client.send(7, operation, "{}");
    if (spy.isEmpty() && !spy.wait(kWaitMs))
        return {};
    return spy.takeFirst().at(1).value<ClientResponse>();
}

}  // namespace

class TestDynamoDbClient : public QObject {
    Q_OBJECT

private slots:
    void signsAndTargets() {
        ScriptedServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        DynamoDbClient client(quickOptions(server.url()));
        QVERIFY(call(client).ok());
        QVERIFY(call(client, QStringLiteral("GetRecords")).ok());
        QCOMPARE(server.heads.size(), 2);
        const QByteArray first = server.heads.at(0);
        QVERIFY2(first.contains("X-Amz-Target: DynamoDB_20120810.ListTables"), first.constData());
        QVERIFY2(first.contains("Authorization: AWS4-HMAC-SHA256 Credential=AKIDTEST/"), first.constData());
        QVERIFY2(first.contains("/eu-west-1/dynamodb/aws4_request, SignedHeaders=content-type;host;x-amz-date;"
                                "x-amz-target, Signature="),
                 first.constData());
        QVERIFY2(first.contains("Host: 127.0.0.1:" + QByteArray::number(server.serverPort())), first.constData());
        QVERIFY(server.heads.at(1).contains("X-Amz-Target: DynamoDBStreams_20120810.GetRecords"));
    }

    void retriesThrottlingAndServerErrors() {
        ScriptedServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        server.script = {errorResponse("ProvisionedThroughputExceededException", "slow down"),
                         errorResponse("InternalServerError", "oops", 500),
                         httpResponse(503, "Service Unavailable", "<html>busy</html>", "text/html"),
                         httpResponse(200, "OK", R"({"TableNames":["a"]})")};
        DynamoDbClient client(quickOptions(server.url()));
        const ClientResponse response = call(client);
        QVERIFY2(response.ok(), qPrintable(response.errorMessage));
        QCOMPARE(response.attempts, 4);
        QCOMPARE(response.body["TableNames"][0].get<std::string>(), std::string("a"));
        // Each attempt is signed afresh.
        QCOMPARE(server.heads.size(), 4);
    }

    void givesUpAfterMaxAttempts() {
        ScriptedServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        for (int i = 0; i < 5; ++i)
            server.script.push_back(errorResponse("ThrottlingException", "Rate exceeded"));
        ClientOptions options = quickOptions(server.url());
        options.maxAttempts = 3;
        DynamoDbClient client(options);
        const ClientResponse response = call(client);
        QCOMPARE(response.errorType, QStringLiteral("ThrottlingException"));
        QCOMPARE(response.errorMessage, QStringLiteral("Rate exceeded"));
        QCOMPARE(response.attempts, 3);
        QCOMPARE(server.heads.size(), 3);
    }

    void clientErrorsAreNotRetried() {
        ScriptedServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        server.script = {errorResponse("ValidationException", "bad"), httpResponse(200, "OK", "{}")};
        DynamoDbClient client(quickOptions(server.url()));
        const ClientResponse response = call(client);
        QCOMPARE(response.errorType, QStringLiteral("ValidationException"));
        QCOMPARE(response.httpStatus, 400);
        QCOMPARE(response.attempts, 1);
    }

    void notDynamoDbIsAnHttpError() {
        ScriptedServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        server.script = {httpResponse(404, "Not Found", "<html>nope</html>", "text/html")};
        DynamoDbClient client(quickOptions(server.url()));
        const ClientResponse response = call(client);
        QCOMPARE(response.errorType, QStringLiteral("HttpError"));
        QVERIFY(response.errorMessage.startsWith(QStringLiteral("HTTP 404")));
    }

    void refusedConnectionIsReportedAtOnce() {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const QString url = QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort());
        probe.close();
        DynamoDbClient client(quickOptions(url));
        const ClientResponse response = call(client);
        QCOMPARE(response.errorType, QStringLiteral("ConnectionRefused"));
        QCOMPARE(response.attempts, 1);
        QCOMPARE(response.httpStatus, 0);
    }

    void silentServerTimesOut() {
        ScriptedServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        server.script = {"silence", "silence"};
        ClientOptions options = quickOptions(server.url());
        options.timeout = 300ms;
        options.maxAttempts = 2;
        DynamoDbClient client(options);
        const ClientResponse response = call(client);
        QCOMPARE(response.errorType, QStringLiteral("RequestTimeout"));
        QCOMPARE(response.attempts, 2);  // timeouts are retried, as the SDKs do
    }

    void backoffIsFullJitter() {
        ClientOptions options;  // base 50 ms, cap 20 s
        QCOMPARE(DynamoDbClient::backoff(options, 0, 0.0).count(), 0);
        QCOMPARE(DynamoDbClient::backoff(options, 0, 0.5).count(), 25);
        QCOMPARE(DynamoDbClient::backoff(options, 3, 0.5).count(), 200);
        QCOMPARE(DynamoDbClient::backoff(options, 40, 1.0).count(), 20000);
        QVERIFY(DynamoDbClient::isRetryable(QStringLiteral("ProvisionedThroughputExceededException"), 400));
        QVERIFY(DynamoDbClient::isRetryable(QStringLiteral("TransactionInProgressException"), 400));
        QVERIFY(DynamoDbClient::isRetryable(QStringLiteral("HttpError"), 502));
        QVERIFY(!DynamoDbClient::isRetryable(QStringLiteral("ConditionalCheckFailedException"), 400));
        QVERIFY(!DynamoDbClient::isRetryable(QStringLiteral("UnrecognizedClientException"), 400));
        QVERIFY(!DynamoDbClient::isRetryable(QStringLiteral("TlsError"), 0));
    }

    void regionEndpoints() {
        QCOMPARE(dynamoDbEndpointForRegion(QStringLiteral("eu-west-1")),
                 QUrl(QStringLiteral("https://dynamodb.eu-west-1.amazonaws.com")));
        QCOMPARE(dynamoDbEndpointForRegion(QStringLiteral("cn-north-1")),
                 QUrl(QStringLiteral("https://dynamodb.cn-north-1.amazonaws.com.cn")));
    }
};

QTEST_GUILESS_MAIN(TestDynamoDbClient)
#include "tst_dynamodb_client.moc"
