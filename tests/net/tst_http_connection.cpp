// Tests engine/net/src/http_connection.cpp through a real EndpointServer and
// a raw TCP socket, where the bytes on the wire matter: the reply head
// (status line, header order, request id, CRC, length), pipelining, requests
// split across packets, HEAD, Connection: close and HTTP/1.0, Expect:
// 100-continue, malformed requests, and connections spread over the server
// threads.
#include "shardscope/engine/engine.h"
#include "shardscope/net/crc32.h"
#include "shardscope/net/endpoint_server.h"

#include <QRegularExpression>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using shardscope::engine::Engine;
using shardscope::engine::EngineOptions;
using shardscope::net::EndpointServer;

namespace {

constexpr int kTimeoutMs = 10000;

const QByteArray kListTables =
    "POST / HTTP/1.1\r\nHost: x\r\nX-Amz-Target: DynamoDB_20120810.ListTables\r\n"
    "Content-Type: application/x-amz-json-1.0\r\nContent-Length: 2\r\n\r\n{}";

// One reply read off the socket.
struct Reply {
    QByteArray head;  // status line and headers, without the blank line
    QByteArray body;
};

}  // namespace

class TestHttpConnection : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void replyHeadIsExact();
    void pipelinedRequestsAreAnsweredInOrder();
    void requestInPieces();
    void headHasNoBody();
    void connectionCloseIsHonoured_data();
    void connectionCloseIsHonoured();
    void expectContinue();
    void malformedRequestGets400AndClose();
    void bodyOverTheLimitGets413();
    void manyConnectionsAcrossThreads();

private:
    bool connectTo(QTcpSocket& socket);
    // Reads one reply (Content-Length framed); `withBody` false for HEAD.
    bool readReply(QTcpSocket& socket, Reply* reply, bool withBody = true);
    bool waitForClose(QTcpSocket& socket);

    std::shared_ptr<Engine> m_engine;
    std::unique_ptr<EndpointServer> m_server;
};

void TestHttpConnection::initTestCase() {
    EngineOptions options;
    options.databasePath = ":memory:";
    auto engine = Engine::open(options);
    QVERIFY(engine.ok());
    m_engine = std::move(*engine);
    m_server = std::make_unique<EndpointServer>(m_engine);
    m_server->setThreadCount(3);
    QVERIFY2(m_server->start(QHostAddress::LocalHost, 0), qPrintable(m_server->errorString()));
    QCOMPARE(m_server->threadCount(), 3);
}

void TestHttpConnection::cleanupTestCase() {
    m_server.reset();
    m_engine.reset();
}

bool TestHttpConnection::connectTo(QTcpSocket& socket) {
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    return socket.waitForConnected(kTimeoutMs);
}

bool TestHttpConnection::readReply(QTcpSocket& socket, Reply* reply, bool withBody) {
    // Bytes read past the previous reply wait in a property of the socket.
    QByteArray data = socket.property("pending").toByteArray() + socket.readAll();
    for (;;) {
        const qsizetype end = data.indexOf("\r\n\r\n");
        if (end >= 0) {
            reply->head = data.left(end);
            const QRegularExpressionMatch length =
                QRegularExpression(QStringLiteral("\r\nContent-Length: (\\d+)")).match(QString::fromLatin1(reply->head));
            const qsizetype bodySize = withBody && length.hasMatch() ? length.captured(1).toLongLong() : 0;
            if (data.size() >= end + 4 + bodySize) {
                reply->body = data.mid(end + 4, bodySize);
                socket.setProperty("pending", data.mid(end + 4 + bodySize));
                return true;
            }
        }
        if (!socket.waitForReadyRead(kTimeoutMs))
            return false;
        data += socket.readAll();
    }
}

bool TestHttpConnection::waitForClose(QTcpSocket& socket) {
    if (socket.state() == QAbstractSocket::UnconnectedState)
        return true;
    return socket.waitForDisconnected(kTimeoutMs);
}

void TestHttpConnection::replyHeadIsExact() {
    QTcpSocket socket;
    QVERIFY(connectTo(socket));
    socket.write(kListTables);
    Reply reply;
    QVERIFY(readReply(socket, &reply));
    QCOMPARE(reply.body, QByteArray(R"({"TableNames":[]})"));
    const QRegularExpression shape(QStringLiteral(
        "^HTTP/1\\.1 200 OK\r\nx-amz-crc32: 1315925753\r\nx-amzn-RequestId: [A-Z0-9]{52}\r\n"
        "Content-Type: application/x-amz-json-1\\.0\r\nContent-Length: 17$"));
    QVERIFY2(shape.match(QString::fromLatin1(reply.head)).hasMatch(), reply.head.constData());
    QCOMPARE(shardscope::net::crc32(reply.body.constData(), static_cast<std::size_t>(reply.body.size())),
             1315925753u);
}

void TestHttpConnection::pipelinedRequestsAreAnsweredInOrder() {
    QTcpSocket socket;
    QVERIFY(connectTo(socket));
    socket.write(kListTables + "GET /?probe=1 HTTP/1.1\r\nHost: x\r\n\r\n" + kListTables +
                 "GET /nothing HTTP/1.1\r\n\r\n");
    Reply reply;
    QVERIFY(readReply(socket, &reply));
    QVERIFY(reply.head.startsWith("HTTP/1.1 200 OK"));
    QCOMPARE(reply.body, QByteArray(R"({"TableNames":[]})"));
    QVERIFY(readReply(socket, &reply));
    QCOMPARE(reply.body, QByteArray("healthy: dynamodb.us-east-1.amazonaws.com "));
    QVERIFY(reply.head.contains("\r\nContent-Type: text/plain\r\n"));
    QVERIFY(readReply(socket, &reply));
    QCOMPARE(reply.body, QByteArray(R"({"TableNames":[]})"));
    QVERIFY(readReply(socket, &reply));
    QVERIFY(reply.head.startsWith("HTTP/1.1 404 Not Found"));
    QCOMPARE(reply.body, QByteArray(R"({"__type":"com.amazon.coral.service#UnknownOperationException"})"));
    QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);  // kept alive
}

void TestHttpConnection::requestInPieces() {
    QTcpSocket socket;
    QVERIFY(connectTo(socket));
    for (qsizetype at = 0; at < kListTables.size(); at += 5) {
        socket.write(kListTables.mid(at, 5));
        QVERIFY(socket.waitForBytesWritten(kTimeoutMs));
        QTest::qWait(1);
    }
    Reply reply;
    QVERIFY(readReply(socket, &reply));
    QCOMPARE(reply.body, QByteArray(R"({"TableNames":[]})"));
}

void TestHttpConnection::headHasNoBody() {
    QTcpSocket socket;
    QVERIFY(connectTo(socket));
    socket.write("HEAD / HTTP/1.1\r\nHost: x\r\n\r\n" + kListTables);
    Reply reply;
    QVERIFY(readReply(socket, &reply, false));
    QVERIFY(reply.head.startsWith("HTTP/1.1 404 Not Found"));
    QVERIFY(reply.head.contains("\r\nContent-Length: 63"));
    // The next reply follows the head directly.
    QVERIFY(readReply(socket, &reply));
    QVERIFY(reply.head.startsWith("HTTP/1.1 200 OK"));
    QCOMPARE(reply.body, QByteArray(R"({"TableNames":[]})"));
}

void TestHttpConnection::connectionCloseIsHonoured_data() {
    QTest::addColumn<QByteArray>("request");
    QTest::newRow("Connection: close") << QByteArray(
        "POST / HTTP/1.1\r\nConnection: close\r\nX-Amz-Target: DynamoDB_20120810.ListTables\r\n"
        "Content-Length: 2\r\n\r\n{}");
    QTest::newRow("HTTP/1.0") << QByteArray(
        "POST / HTTP/1.0\r\nX-Amz-Target: DynamoDB_20120810.ListTables\r\nContent-Length: 2\r\n\r\n{}");
}

void TestHttpConnection::connectionCloseIsHonoured() {
    QFETCH(QByteArray, request);
    QTcpSocket socket;
    QVERIFY(connectTo(socket));
    socket.write(request);
    Reply reply;
    QVERIFY(readReply(socket, &reply));
    QCOMPARE(reply.body, QByteArray(R"({"TableNames":[]})"));
    QVERIFY(reply.head.endsWith("\r\nConnection: close"));
    QVERIFY(waitForClose(socket));
}

void TestHttpConnection::expectContinue() {
    QTcpSocket socket;
    QVERIFY(connectTo(socket));
    socket.write("POST / HTTP/1.1\r\nExpect: 100-continue\r\nX-Amz-Target: DynamoDB_20120810.ListTables\r\n"
                 "Content-Length: 2\r\n\r\n");
    Reply interim;
    QVERIFY(readReply(socket, &interim, false));
    QCOMPARE(interim.head, QByteArray("HTTP/1.1 100 Continue"));
    socket.write("{}");
    Reply reply;
    QVERIFY(readReply(socket, &reply));
    QCOMPARE(reply.body, QByteArray(R"({"TableNames":[]})"));
}

void TestHttpConnection::malformedRequestGets400AndClose() {
    QTcpSocket socket;
    QVERIFY(connectTo(socket));
    socket.write("POST / HTTP/1.1\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}");
    Reply reply;
    QVERIFY(readReply(socket, &reply));
    QVERIFY(reply.head.startsWith("HTTP/1.1 400 Bad Request"));
    QVERIFY(reply.head.contains("\r\nContent-Length: 0\r\nConnection: close"));
    QVERIFY(waitForClose(socket));
}

void TestHttpConnection::bodyOverTheLimitGets413() {
    QTcpSocket socket;
    QVERIFY(connectTo(socket));
    const QByteArray body(16 * 1024 * 1024 + 1, 'x');
    socket.write("POST / HTTP/1.1\r\nX-Amz-Target: DynamoDB_20120810.ListTables\r\nContent-Type: application/json\r\n"
                 "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n");
    socket.write(body);
    socket.write(kListTables);
    Reply reply;
    QVERIFY(readReply(socket, &reply));
    QVERIFY(reply.head.startsWith("HTTP/1.1 413 Request Entity Too Large\r\nx-amz-crc32: 0\r\n"));
    QVERIFY(reply.head.contains("\r\nContent-Type: application/json\r\nContent-Length: 0"));
    // The connection goes on.
    QVERIFY(readReply(socket, &reply));
    QCOMPARE(reply.body, QByteArray(R"({"TableNames":[]})"));
}

void TestHttpConnection::manyConnectionsAcrossThreads() {
    // More connections than threads, all open at once, each answered.
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (int i = 0; i < 10; ++i) {
        sockets.push_back(std::make_unique<QTcpSocket>());
        QVERIFY(connectTo(*sockets.back()));
    }
    for (auto& socket : sockets) socket->write(kListTables);
    for (auto& socket : sockets) {
        Reply reply;
        QVERIFY(readReply(*socket, &reply));
        QCOMPARE(reply.body, QByteArray(R"({"TableNames":[]})"));
    }
}

QTEST_GUILESS_MAIN(TestHttpConnection)
#include "tst_http_connection.moc"
