// Tests the endpoint's EndpointSecurity (engine/net: SigV4 verification in
// HttpConnection, TLS in ServerWorker, time limits for slow clients) with
// the workbench's own client (DynamoDbClient) and raw sockets:
//  - signed requests with an accepted key are served, others are refused
//    with DynamoDB's error type, status and message, and GET / stays open;
//  - a client trickling a request, and one sending garbage, are dropped
//    while a well-behaved client on the same server thread is answered;
//  - with TLS, a client that trusts the certificate is served and one that
//    does not gets a TlsError.
#include "shardscope/engine/engine.h"
#include "shardscope/net/dynamodb_client.h"
#include "shardscope/net/endpoint_server.h"
#include "shardscope/net/sigv4_verifier.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace shardscope;
using namespace std::chrono_literals;

namespace {

constexpr int kWaitMs = 20000;

std::shared_ptr<engine::Engine> openEngine() {
    auto opened = engine::Engine::open(engine::EngineOptions{});
    if (!opened.ok())
        return nullptr;
    return std::shared_ptr<engine::Engine>(std::move(opened).value());
}

// Sends one request through a fresh client and waits (bounded) for its answer.
net::ClientResponse callOnce(const net::ClientOptions& options, const QString& operation, const QByteArray& body) {
    net::DynamoDbClient client(options);
    QSignalSpy spy(&client, &net::DynamoDbClient::finished);
    client.send(1, operation, body);
    if (!spy.wait(kWaitMs) && spy.isEmpty())
        return {};
    return spy.takeFirst().at(1).value<net::ClientResponse>();
}

net::ClientOptions clientFor(const QString& url, const std::string& key, const std::string& secret) {
    net::ClientOptions options;
    options.endpoint = QUrl(url);
    options.credentials = {key, secret, {}};
    options.maxAttempts = 1;
    options.timeout = 10s;
    return options;
}

// Reads from `socket` until it has `needle` or closes; bounded.
QByteArray readUntil(QTcpSocket& socket, const QByteArray& needle, int timeoutMs = kWaitMs) {
    QByteArray received;
    QElapsedTimer timer;
    timer.start();
    while (!received.contains(needle) && timer.elapsed() < timeoutMs) {
        if (socket.state() != QAbstractSocket::ConnectedState && socket.bytesAvailable() == 0)
            break;
        socket.waitForReadyRead(100);
        received += socket.readAll();
    }
    return received;
}

}  // namespace

class TestEndpointSecurity : public QObject {
    Q_OBJECT

private slots:
    void signedRequestsOnly();
    void slowAndGarbageClientsDoNotStopOthers();
    void tls();
};

void TestEndpointSecurity::signedRequestsOnly() {
    auto engine = openEngine();
    QVERIFY(engine);
    net::EndpointServer server(engine);
    net::EndpointSecurity security;
    security.verifier = std::make_shared<const net::SigV4Verifier>(
        std::vector<net::sigv4::Credentials>{{"AKIDLOCAL", "local-secret", {}}});
    server.setSecurity(security);
    server.setThreadCount(1);
    QVERIFY2(server.start(), qPrintable(server.errorString()));

    net::ClientResponse response =
        callOnce(clientFor(server.url(), "AKIDLOCAL", "local-secret"), QStringLiteral("ListTables"), "{}");
    QVERIFY2(response.ok(), qPrintable(response.errorType + QLatin1Char(' ') + response.errorMessage));
    QCOMPARE(response.httpStatus, 200);
    QVERIFY(response.body.contains("TableNames"));

    response = callOnce(clientFor(server.url(), "AKIDOTHER", "local-secret"), QStringLiteral("ListTables"), "{}");
    QCOMPARE(response.errorType, QStringLiteral("UnrecognizedClientException"));
    QCOMPARE(response.errorMessage, QStringLiteral("The security token included in the request is invalid."));
    QCOMPARE(response.httpStatus, 400);
    QCOMPARE(response.attempts, 1);

    response = callOnce(clientFor(server.url(), "AKIDLOCAL", "wrong"), QStringLiteral("ListTables"), "{}");
    QCOMPARE(response.errorType, QStringLiteral("InvalidSignatureException"));
    QVERIFY(response.errorMessage.startsWith(
        QStringLiteral("The request signature we calculated does not match the signature you provided.")));

    response = callOnce(clientFor(server.url(), {}, {}), QStringLiteral("ListTables"), "{}");
    QCOMPARE(response.errorType, QStringLiteral("MissingAuthenticationTokenException"));
    QCOMPARE(response.errorMessage, QStringLiteral("Request is missing Authentication Token"));
    QCOMPARE(response.body.value("__type", std::string()),
             std::string("com.amazon.coral.service#MissingAuthenticationTokenException"));

    // The health probe needs no signature.
    QTcpSocket probe;
    probe.connectToHost(server.address(), server.port());
    QVERIFY(probe.waitForConnected(kWaitMs));
    probe.write("GET / HTTP/1.1\r\nHost: localhost\r\n\r\n");
    QVERIFY(readUntil(probe, "healthy:").contains("HTTP/1.1 200 OK"));
}

void TestEndpointSecurity::slowAndGarbageClientsDoNotStopOthers() {
    auto engine = openEngine();
    QVERIFY(engine);
    net::EndpointServer server(engine);
    net::EndpointSecurity security;
    security.requestTimeout = 500ms;
    security.idleTimeout = 3s;
    server.setSecurity(security);
    server.setThreadCount(1);  // everyone shares one server thread
    QVERIFY2(server.start(), qPrintable(server.errorString()));

    // Slow: a request head that never ends, one byte at a time.
    QTcpSocket slow;
    slow.connectToHost(server.address(), server.port());
    QVERIFY(slow.waitForConnected(kWaitMs));
    slow.write("POST / HTTP/1.1\r\nHost: x\r\n");
    slow.flush();

    // Garbage: not HTTP at all, then a body larger than announced.
    QTcpSocket garbage;
    garbage.connectToHost(server.address(), server.port());
    QVERIFY(garbage.waitForConnected(kWaitMs));
    garbage.write(QByteArray("\x16\x03\x01\x02\x00 not http\r\n\r\n", 23));
    const QByteArray garbageReply = readUntil(garbage, "\r\n\r\n");
    QVERIFY2(garbageReply.startsWith("HTTP/1.1 400 Bad Request"), garbageReply.constData());

    // Meanwhile a good client is served at once.
    QElapsedTimer timer;
    timer.start();
    const net::ClientResponse response =
        callOnce(clientFor(server.url(), {}, {}), QStringLiteral("ListTables"), "{}");
    QVERIFY2(response.ok(), qPrintable(response.errorMessage));
    QVERIFY2(timer.elapsed() < 5000, "the good client waited for the slow one");

    // The trickling client is cut off after requestTimeout (500 ms from its
    // first byte), however it keeps sending, and well before idleTimeout.
    QElapsedTimer trickle;
    trickle.start();
    while (slow.state() == QAbstractSocket::ConnectedState && trickle.elapsed() < 2500) {
        slow.write("X");
        slow.flush();
        slow.waitForDisconnected(100);
    }
    QCOMPARE(slow.state(), QAbstractSocket::UnconnectedState);
    QVERIFY2(trickle.elapsed() < 2500, "the slow client kept its connection");

    // An oversized body is refused with 413 and the server goes on.
    QTcpSocket large;
    large.connectToHost(server.address(), server.port());
    QVERIFY(large.waitForConnected(kWaitMs));
    large.write("POST / HTTP/1.1\r\nHost: x\r\nX-Amz-Target: DynamoDB_20120810.ListTables\r\nContent-Length: "
                "17000000\r\n\r\n");
    const QByteArray chunk(1 << 20, 'a');
    for (int i = 0; i < 17 && large.state() == QAbstractSocket::ConnectedState; ++i) {
        large.write(chunk);
        large.waitForBytesWritten(kWaitMs);
    }
    large.write(QByteArray(17000000 - 17 * (1 << 20), 'a'));
    QVERIFY(readUntil(large, "\r\n\r\n").startsWith("HTTP/1.1 413"));
    QVERIFY(callOnce(clientFor(server.url(), {}, {}), QStringLiteral("ListTables"), "{}").ok());
}

void TestEndpointSecurity::tls() {
    if (!QSslSocket::supportsSsl())
        QSKIP("Qt has no TLS backend here");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString certificate = dir.filePath(QStringLiteral("cert.pem"));
    const QString key = dir.filePath(QStringLiteral("key.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), key,
                   QStringLiteral("-out"), certificate, QStringLiteral("-days"), QStringLiteral("1"),
                   QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")});
    if (!openssl.waitForStarted(kWaitMs))
        QSKIP("No openssl executable to make a test certificate");
    QVERIFY(openssl.waitForFinished(60000));
    QCOMPARE(openssl.exitCode(), 0);

    QString error;
    net::EndpointSecurity security;
    security.tls = net::EndpointSecurity::loadTls(certificate, key, &error);
    QVERIFY2(security.tls, qPrintable(error));
    QVERIFY(!net::EndpointSecurity::loadTls(key, key, &error));  // a key is no certificate

    auto engine = openEngine();
    QVERIFY(engine);
    net::EndpointServer server(engine);
    server.setSecurity(security);
    server.setThreadCount(1);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    QVERIFY(server.url().startsWith(QLatin1String("https://127.0.0.1:")));

    net::ClientOptions trusting = clientFor(server.url(), {}, {});
    trusting.ignoreTlsErrors = true;
    net::ClientResponse response = callOnce(trusting, QStringLiteral("ListTables"), "{}");
    QVERIFY2(response.ok(), qPrintable(response.errorType + QLatin1Char(' ') + response.errorMessage));

    response = callOnce(clientFor(server.url(), {}, {}), QStringLiteral("ListTables"), "{}");
    QCOMPARE(response.errorType, QStringLiteral("TlsError"));
    QCOMPARE(response.attempts, 1);  // not retried: waiting does not fix a certificate

    // A plain-HTTP client gets no answer and the server keeps serving.
    response = callOnce(clientFor(QStringLiteral("http://127.0.0.1:%1").arg(server.port()), {}, {}),
                        QStringLiteral("ListTables"), "{}");
    QVERIFY(!response.ok());
    QVERIFY(callOnce(trusting, QStringLiteral("ListTables"), "{}").ok());
}

QTEST_GUILESS_MAIN(TestEndpointSecurity)
#include "tst_endpoint_security.moc"
