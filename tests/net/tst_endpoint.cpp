// Tests engine/net (EndpointServer, RequestHandler, request ids) end to end:
// a real engine on :memory:, a real server on a free loopback port, and Qt's
// own HTTP client on the other side.
#include "shardscope/engine/engine.h"
#include "shardscope/net/crc32.h"
#include "shardscope/net/endpoint_server.h"

#include <nlohmann/json.hpp>

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QThread>

#include <memory>
#include <mutex>

using nlohmann::json;

// QCOMPARE cannot print nlohmann::json (and trips over its conversions).
#define COMPARE_JSON(actual, expected)                                                              \
    do {                                                                                            \
        const json actual_ = (actual);                                                             \
        const json expected_ = (expected);                                                         \
        QVERIFY2(actual_ == expected_,                                                             \
                 qPrintable(QStringLiteral("got %1, expected %2")                                  \
                                .arg(QString::fromStdString(actual_.dump()),                       \
                                     QString::fromStdString(expected_.dump()))));                  \
    } while (false)
using shardscope::engine::Engine;
using shardscope::engine::EngineOptions;
using shardscope::net::EndpointServer;

namespace {

constexpr int kReplyTimeoutMs = 10000;
const QByteArray kAmzJson = "application/x-amz-json-1.0";

struct HttpResult {
    bool finished = false;
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QByteArray requestId;
    QByteArray crc32;

    json parsed() const { return json::parse(body.constData(), body.constData() + body.size(), nullptr, false); }
};

}  // namespace

class TestEndpoint : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void createTable();
    void putAndGetItem();
    void listTables();
    void describeMissingTable();
    void unknownTarget_data();
    void unknownTarget();
    void streamsTargetReachesEngine();
    void malformedBody_data();
    void malformedBody();
    void contentTypeIsEchoed();
    void postToAnyPathIsServed();
    void healthCheck();
    void unsupportedMethodOrPath();
    void requestIdsAreUnique();
    void concurrentRequests();
    void engineRunsOffTheCallingThread();
    void portInUseIsReported();
    void stopAndRestart();

private:
    HttpResult send(const QByteArray& method, const QString& path, const QByteArray& target,
                    const QByteArray& body, const QByteArray& contentType = kAmzJson);
    HttpResult post(const QByteArray& target, const QByteArray& body) {
        return send("POST", QStringLiteral("/"), target, body);
    }
    HttpResult call(const char* operation, const json& request) {
        return post(QByteArray("DynamoDB_20120810.") + operation, QByteArray::fromStdString(request.dump()));
    }
    // QVERIFYs what every reply must carry; check QTest::currentTestFailed() after.
    void verifyTransport(const HttpResult& result);

    std::shared_ptr<Engine> m_engine;
    std::unique_ptr<EndpointServer> m_server;
    QNetworkAccessManager m_network;
    QSet<QByteArray> m_requestIds;
};

HttpResult TestEndpoint::send(const QByteArray& method, const QString& path, const QByteArray& target,
                              const QByteArray& body, const QByteArray& contentType) {
    QNetworkRequest request(QUrl(m_server->url() + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (!target.isEmpty())
        request.setRawHeader("X-Amz-Target", target);
    QNetworkReply* reply = m_network.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(kReplyTimeoutMs);

    HttpResult result;
    result.finished = reply->isFinished();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.contentType = reply->rawHeader("Content-Type");
    result.requestId = reply->rawHeader("x-amzn-RequestId");
    result.crc32 = reply->rawHeader("x-amz-crc32");
    reply->deleteLater();
    return result;
}

void TestEndpoint::verifyTransport(const HttpResult& result) {
    QVERIFY2(result.finished, "no reply within the time limit");
    static const QRegularExpression idShape(QStringLiteral("^[A-Z0-9]{52}$"));
    QVERIFY2(idShape.match(QString::fromLatin1(result.requestId)).hasMatch(), result.requestId.constData());
    QVERIFY2(!m_requestIds.contains(result.requestId), "request id repeated");
    m_requestIds.insert(result.requestId);
    bool ok = false;
    const quint32 checksum = result.crc32.toUInt(&ok);
    QVERIFY2(ok, result.crc32.constData());
    QCOMPARE(checksum, shardscope::net::crc32(result.body.constData(), static_cast<std::size_t>(result.body.size())));
}

void TestEndpoint::initTestCase() {
    auto opened = Engine::open(EngineOptions{});
    QVERIFY(opened.ok());
    m_engine = std::move(opened).value();
    m_server = std::make_unique<EndpointServer>(m_engine);
    QVERIFY(!m_server->isRunning());
    QVERIFY2(m_server->start(QHostAddress::LocalHost, 0), qPrintable(m_server->errorString()));
    QVERIFY(m_server->isRunning());
    QVERIFY(m_server->port() != 0);
    QVERIFY(m_server->errorString().isEmpty());
    QCOMPARE(m_server->url(), QStringLiteral("http://127.0.0.1:%1").arg(m_server->port()));
    // A proxy from the environment must not sit between us and loopback.
    m_network.setProxy(QNetworkProxy::NoProxy);
}

void TestEndpoint::cleanupTestCase() {
    m_server.reset();
    m_engine.reset();
}

void TestEndpoint::createTable() {
    const json request = json::parse(R"({
        "TableName": "Music",
        "KeySchema": [{"AttributeName": "pk", "KeyType": "HASH"}, {"AttributeName": "sk", "KeyType": "RANGE"}],
        "AttributeDefinitions": [{"AttributeName": "pk", "AttributeType": "S"},
                                 {"AttributeName": "sk", "AttributeType": "N"}],
        "BillingMode": "PAY_PER_REQUEST"})");
    const HttpResult result = call("CreateTable", request);
    verifyTransport(result);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(result.status, 200);
    QCOMPARE(result.contentType, kAmzJson);
    json body = result.parsed();
    QVERIFY2(body.is_object(), result.body.constData());
    COMPARE_JSON(body["TableDescription"]["TableName"], "Music");
}

void TestEndpoint::putAndGetItem() {
    const json item = json::parse(R"({"pk": {"S": "band#1"}, "sk": {"N": "7"}, "title": {"S": "Blue \u00e9t\u00e9"}})");
    const HttpResult put = call("PutItem", {{"TableName", "Music"}, {"Item", item}});
    verifyTransport(put);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(put.status, 200);
    COMPARE_JSON(put.parsed(), json::object());

    const HttpResult get =
        call("GetItem", {{"TableName", "Music"}, {"Key", {{"pk", {{"S", "band#1"}}}, {"sk", {{"N", "7"}}}}}});
    verifyTransport(get);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(get.status, 200);
    COMPARE_JSON(get.parsed()["Item"], item);
}

void TestEndpoint::listTables() {
    const HttpResult result = call("ListTables", json::object());
    verifyTransport(result);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(result.status, 200);
    COMPARE_JSON(result.parsed()["TableNames"], json::array({"Music"}));
}

void TestEndpoint::describeMissingTable() {
    const HttpResult result = call("DescribeTable", {{"TableName", "NoSuchTable"}});
    verifyTransport(result);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(result.status, 400);
    QCOMPARE(result.contentType, kAmzJson);
    json body = result.parsed();
    COMPARE_JSON(body["__type"], "com.amazonaws.dynamodb.v20120810#ResourceNotFoundException");
    QVERIFY2(body.value("message", "").find("NoSuchTable") != std::string::npos, result.body.constData());
}

void TestEndpoint::unknownTarget_data() {
    QTest::addColumn<QByteArray>("target");
    QTest::newRow("missing") << QByteArray();
    QTest::newRow("no such operation") << QByteArray("DynamoDB_20120810.FlyToTheMoon");
    QTest::newRow("no operation") << QByteArray("DynamoDB_20120810.");
    QTest::newRow("no dot") << QByteArray("DynamoDB_20120810ListTables");
    QTest::newRow("other service") << QByteArray("Kinesis_20131202.ListTables");
    QTest::newRow("legacy API") << QByteArray("DynamoDB_20111205.ListTables");
    QTest::newRow("streams op on DynamoDB") << QByteArray("DynamoDB_20120810.ListStreams");
    QTest::newRow("DynamoDB op on streams") << QByteArray("DynamoDBStreams_20120810.ListTables");
}

void TestEndpoint::unknownTarget() {
    QFETCH(QByteArray, target);
    const HttpResult result = post(target, "{}");
    verifyTransport(result);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(result.status, 400);
    COMPARE_JSON(result.parsed()["__type"], "com.amazon.coral.service#UnknownOperationException");
}

void TestEndpoint::streamsTargetReachesEngine() {
    // The engine decides what a Streams operation answers; the endpoint must
    // pass it through as a well-formed JSON reply, whatever it is.
    const HttpResult result = post("DynamoDBStreams_20120810.ListStreams", "{}");
    verifyTransport(result);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(result.status == 200 || result.status == 400);
    QVERIFY2(result.parsed().is_object(), result.body.constData());
}

void TestEndpoint::malformedBody_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("not JSON") << QByteArray("{\"TableName\": ");
    QTest::newRow("garbage") << QByteArray("hello");
    QTest::newRow("array") << QByteArray("[1, 2]");
    QTest::newRow("string") << QByteArray("\"ListTables\"");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("invalid UTF-8") << QByteArray("{\"TableName\": \"\xff\xfe\"}");
}

void TestEndpoint::malformedBody() {
    QFETCH(QByteArray, body);
    const HttpResult result = post("DynamoDB_20120810.ListTables", body);
    verifyTransport(result);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(result.status, 400);
    COMPARE_JSON(result.parsed()["__type"], "com.amazon.coral.service#SerializationException");
}

void TestEndpoint::contentTypeIsEchoed() {
    const HttpResult plain =
        send("POST", QStringLiteral("/"), "DynamoDB_20120810.ListTables", "{}", "application/json");
    verifyTransport(plain);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(plain.status, 200);
    QCOMPARE(plain.contentType, QByteArray("application/json"));

    const HttpResult error =
        send("POST", QStringLiteral("/"), "DynamoDB_20120810.DescribeTable", "{\"TableName\":\"x\"}", "application/json");
    verifyTransport(error);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(error.status, 400);
    QCOMPARE(error.contentType, QByteArray("application/json"));
}

void TestEndpoint::postToAnyPathIsServed() {
    const HttpResult result = send("POST", QStringLiteral("/some/prefix"), "DynamoDB_20120810.ListTables", "{}");
    verifyTransport(result);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(result.status, 200);
    QVERIFY(result.parsed().contains("TableNames"));
}

void TestEndpoint::healthCheck() {
    const HttpResult result = send("GET", QStringLiteral("/"), {}, {});
    verifyTransport(result);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(result.status, 200);
    QCOMPARE(result.body, QByteArray("healthy: dynamodb.us-east-1.amazonaws.com "));
}

void TestEndpoint::unsupportedMethodOrPath() {
    for (const auto& [method, path] : {std::pair<QByteArray, QString>{"GET", "/tables"}, {"PUT", "/"}, {"DELETE", "/"}}) {
        const HttpResult result = send(method, path, "DynamoDB_20120810.ListTables", "{}");
        verifyTransport(result);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(result.status, 404);
        COMPARE_JSON(result.parsed()["__type"], "com.amazon.coral.service#UnknownOperationException");
    }
}

void TestEndpoint::requestIdsAreUnique() {
    // verifyTransport() rejects repeats across the whole run; push it further.
    for (int i = 0; i < 200; ++i) {
        const HttpResult result = post("DynamoDB_20120810.ListTables", "{}");
        verifyTransport(result);
        if (QTest::currentTestFailed())
            return;
    }
    QVERIFY(m_requestIds.size() >= 200);
}

void TestEndpoint::concurrentRequests() {
    // Qt opens several keep-alive connections per host; all replies must come
    // back whole and in shape.
    constexpr int kCount = 60;
    QList<QNetworkReply*> replies;
    for (int i = 0; i < kCount; ++i) {
        QNetworkRequest request(QUrl(m_server->url() + QStringLiteral("/")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, kAmzJson);
        request.setRawHeader("X-Amz-Target", "DynamoDB_20120810.PutItem");
        const json body = {{"TableName", "Music"},
                           {"Item", {{"pk", {{"S", "bulk"}}}, {"sk", {{"N", std::to_string(i)}}}}}};
        replies.append(m_network.post(request, QByteArray::fromStdString(body.dump())));
    }
    for (QNetworkReply* reply : replies) {
        if (!reply->isFinished()) {
            QSignalSpy finished(reply, &QNetworkReply::finished);
            QVERIFY(finished.wait(kReplyTimeoutMs));
        }
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        const QByteArray body = reply->readAll();
        QCOMPARE(reply->rawHeader("x-amz-crc32").toUInt(),
                 shardscope::net::crc32(body.constData(), static_cast<std::size_t>(body.size())));
        reply->deleteLater();
    }
    const HttpResult check = call("GetItem", {{"TableName", "Music"}, {"Key", {{"pk", {{"S", "bulk"}}}, {"sk", {{"N", "59"}}}}}});
    QCOMPARE(check.status, 200);
    COMPARE_JSON(check.parsed()["Item"]["sk"]["N"], "59");
}

void TestEndpoint::engineRunsOffTheCallingThread() {
    std::mutex mutex;
    QThread* engineThread = nullptr;
    const int listener = m_engine->addChangeListener([&](const shardscope::engine::ChangeEvent&) {
        const std::lock_guard lock(mutex);
        engineThread = QThread::currentThread();
    });
    const HttpResult result =
        call("PutItem", {{"TableName", "Music"}, {"Item", {{"pk", {{"S", "thread"}}}, {"sk", {{"N", "1"}}}}}});
    m_engine->removeChangeListener(listener);
    QCOMPARE(result.status, 200);
    const std::lock_guard lock(mutex);
    QVERIFY2(engineThread != nullptr, "the engine reported no change for a PutItem");
    QVERIFY(engineThread != QThread::currentThread());
}

void TestEndpoint::portInUseIsReported() {
    EndpointServer second(m_engine);
    QVERIFY(!second.start(QHostAddress::LocalHost, m_server->port()));
    QVERIFY(!second.isRunning());
    QCOMPARE(second.port(), quint16(0));
    QVERIFY(second.url().isEmpty());
    QVERIFY2(second.errorString().contains(QString::number(m_server->port())), qPrintable(second.errorString()));
    // The first server is unaffected.
    const HttpResult result = post("DynamoDB_20120810.ListTables", "{}");
    QCOMPARE(result.status, 200);
}

void TestEndpoint::stopAndRestart() {
    const quint16 port = m_server->port();
    m_server->stop();
    QVERIFY(!m_server->isRunning());
    QCOMPARE(m_server->port(), quint16(0));
    m_server->stop();  // a second stop is harmless
    m_network.clearConnectionCache();

    // Nothing listens any more.
    QTcpServer probe;
    QVERIFY2(probe.listen(QHostAddress::LocalHost, port), qPrintable(probe.errorString()));
    probe.close();

    QVERIFY2(m_server->start(QHostAddress::LocalHost, port), qPrintable(m_server->errorString()));
    QCOMPARE(m_server->port(), port);
    QVERIFY(!m_server->start(QHostAddress::LocalHost, 0));  // already running
    QVERIFY(m_server->isRunning());

    // Data lives in the engine, not the server.
    const HttpResult result =
        call("GetItem", {{"TableName", "Music"}, {"Key", {{"pk", {{"S", "band#1"}}}, {"sk", {{"N", "7"}}}}}});
    verifyTransport(result);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(result.status, 200);
    COMPARE_JSON(result.parsed()["Item"]["title"]["S"], "Blue \u00e9t\u00e9");
}

QTEST_GUILESS_MAIN(TestEndpoint)
#include "tst_endpoint.moc"
