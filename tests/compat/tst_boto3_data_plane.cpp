// Tests the data plane end to end with boto3, the client most applications
// use: starts the real `shardscope --serve --in-memory` on a free loopback
// port and runs boto3_data_plane.py against it. The script asserts whole
// responses and exact error codes and messages (conditional writes, every
// ReturnValues, set and list updates, Query/Scan with pagination and
// parallel segments, batches, transactions with cancellation reasons, the
// legacy parameters, ReturnConsumedCapacity, and the resource API with
// Key/Attr conditions); any failed check fails this test with its output.
#include "../cli/serve_process.h"
#include "compat_support.h"

#include <QTest>

namespace {

constexpr int kScriptTimeoutMs = 240000;

}  // namespace

class TestBoto3DataPlane : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void dataPlane();

private:
    ServeProcess m_server;
};

void TestBoto3DataPlane::initTestCase() {
    const QString problem = compat::boto3Problem();
    if (!problem.isEmpty())
        QSKIP(qPrintable(problem));
    QVERIFY2(!ServeProcess::binary().isEmpty(), "SHARDSCOPE_BINARY is not set; run the test through ctest");
    const quint16 port = compat::freeLoopbackPort();
    QVERIFY(port != 0);
    QVERIFY2(m_server.start({QStringLiteral("--serve"), QStringLiteral("--in-memory"), QStringLiteral("--port"),
                             QString::number(port)}),
             qPrintable(m_server.errorString()));
    QCOMPARE(m_server.port(), port);
}

void TestBoto3DataPlane::cleanupTestCase() {
    if (m_server.isRunning())
        QVERIFY2(m_server.stop(), m_server.standardError().constData());
}

void TestBoto3DataPlane::dataPlane() {
    const compat::ProcessRun run =
        compat::runProcess(QString::fromLatin1(compat::kPython),
                           {compat::scriptPath(QStringLiteral("boto3_data_plane.py")), m_server.url()},
                           compat::clientEnvironment(), kScriptTimeoutMs);
    QVERIFY2(run.succeeded(), run.describe().constData());
    QVERIFY2(run.out.contains("checks passed"), run.describe().constData());
    qInfo("%s", run.out.trimmed().constData());
    QVERIFY2(m_server.isRunning(), m_server.standardError().constData());
}

QTEST_GUILESS_MAIN(TestBoto3DataPlane)
#include "tst_boto3_data_plane.moc"
