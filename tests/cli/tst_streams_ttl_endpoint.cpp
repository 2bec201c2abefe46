// Streams and TTL on the real endpoint: `shardscope --serve --in-memory
// --ttl-sweep-interval 1` on a free loopback port, driven by Debian's boto3
// (/usr/bin/python3, not whatever python is first on PATH) through
// streams_ttl_boto3.py: the `dynamodb` client sets the table up, the
// unchanged `dynamodbstreams` client reads the INSERTs and the sweeper's
// REMOVEs with the service identity.
#include "serve_process.h"

#include "../compat/compat_support.h"

#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr int kClientTimeoutMs = 120000;

using compat::freeLoopbackPort;

compat::ProcessRun run(const QString& program, const QStringList& arguments, const QProcessEnvironment& environment) {
    return compat::runProcess(program, arguments, environment, kClientTimeoutMs);
}

}  // namespace

class TestStreamsTtlEndpoint : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QVERIFY2(!ServeProcess::binary().isEmpty(), "SHARDSCOPE_BINARY is not set; run the test through ctest");
        QVERIFY(m_dir.isValid());
        m_environment = QProcessEnvironment::systemEnvironment();
        for (const char* name : {"AWS_PROFILE", "AWS_DEFAULT_PROFILE", "AWS_SESSION_TOKEN", "AWS_REGION",
                                 "AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_DYNAMODB", "AWS_ENDPOINT_URL_DYNAMODB_STREAMS",
                                 "AWS_CA_BUNDLE", "HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy",
                                 "ALL_PROXY", "all_proxy"})
            m_environment.remove(QString::fromLatin1(name));
        m_environment.insert(QStringLiteral("AWS_CONFIG_FILE"), m_dir.filePath(QStringLiteral("no-such-config")));
        m_environment.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), m_dir.filePath(QStringLiteral("no-such-credentials")));
        m_environment.insert(QStringLiteral("AWS_EC2_METADATA_DISABLED"), QStringLiteral("true"));
        m_environment.insert(QStringLiteral("NO_PROXY"), QStringLiteral("127.0.0.1,localhost"));
        m_environment.insert(QStringLiteral("no_proxy"), QStringLiteral("127.0.0.1,localhost"));
    }

    void boto3ReadsStreamRecordsOfTtlDeletes() {
        const QString python = QStringLiteral("/usr/bin/python3");
        if (!QFileInfo(python).isExecutable())
            QSKIP("No /usr/bin/python3");
        if (run(python, {QStringLiteral("-c"), QStringLiteral("import boto3")}, m_environment).exitCode != 0)
            QSKIP("Python has no boto3 module (Debian package python3-boto3)");
        const QString script = QStringLiteral(SHARDSCOPE_CLI_TEST_DIR "/streams_ttl_boto3.py");
        QVERIFY2(QFileInfo::exists(script), qPrintable(script));

        const quint16 port = freeLoopbackPort();
        QVERIFY(port != 0);
        ServeProcess server;
        QVERIFY2(server.start({QStringLiteral("--serve"), QStringLiteral("--in-memory"), QStringLiteral("--port"),
                               QString::number(port), QStringLiteral("--ttl-sweep-interval"), QStringLiteral("1")}),
                 qPrintable(server.errorString()));

        const compat::ProcessRun r = run(python, {script, server.url()}, m_environment);
        QVERIFY2(r.exitCode == 0 && r.out.contains("streams ttl ok"), r.describe().constData());
        if (!r.out.contains("indexes follow TTL deletes"))
            qInfo("%s", r.out.constData());  // says why the index part was skipped
        QVERIFY2(server.stop(), server.standardError().constData());
        QCOMPARE(server.exitCode(), 0);
    }

    void rejectsABadSweepInterval() {
        const compat::ProcessRun r = run(ServeProcess::binary(),
                          {QStringLiteral("--serve"), QStringLiteral("--in-memory"), QStringLiteral("--port"),
                           QStringLiteral("0"), QStringLiteral("--ttl-sweep-interval"), QStringLiteral("soon")},
                          m_environment);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--ttl-sweep-interval needs a number of seconds"), r.describe().constData());
    }

private:
    QTemporaryDir m_dir;
    QProcessEnvironment m_environment;
};

QTEST_GUILESS_MAIN(TestStreamsTtlEndpoint)
#include "tst_streams_ttl_endpoint.moc"
