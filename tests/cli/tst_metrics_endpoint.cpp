// Capacity, throttling, Contributor Insights and GET /metrics on the real
// endpoint: `shardscope --serve --in-memory` on a free loopback port, driven
// by Debian's boto3 through metrics_boto3.py (load, a hammered key that
// throttles, the Contributor Insights operations, the Prometheus text with
// its labels), once with capacity enforced and once with
// --no-capacity-enforcement.
#include "serve_process.h"

#include "../compat/compat_support.h"

#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr int kClientTimeoutMs = 180000;

using compat::freeLoopbackPort;

compat::ProcessRun run(const QString& program, const QStringList& arguments, const QProcessEnvironment& environment) {
    return compat::runProcess(program, arguments, environment, kClientTimeoutMs);
}

}  // namespace

class TestMetricsEndpoint : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QVERIFY2(!ServeProcess::binary().isEmpty(), "SHARDSCOPE_BINARY is not set; run the test through ctest");
        QVERIFY(m_dir.isValid());
        m_environment = QProcessEnvironment::systemEnvironment();
        for (const char* name : {"AWS_PROFILE", "AWS_DEFAULT_PROFILE", "AWS_SESSION_TOKEN", "AWS_REGION",
                                 "AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_DYNAMODB", "AWS_CA_BUNDLE", "HTTP_PROXY",
                                 "HTTPS_PROXY", "http_proxy", "https_proxy", "ALL_PROXY", "all_proxy"})
            m_environment.remove(QString::fromLatin1(name));
        m_environment.insert(QStringLiteral("AWS_CONFIG_FILE"), m_dir.filePath(QStringLiteral("no-such-config")));
        m_environment.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), m_dir.filePath(QStringLiteral("no-such-credentials")));
        m_environment.insert(QStringLiteral("AWS_EC2_METADATA_DISABLED"), QStringLiteral("true"));
        m_environment.insert(QStringLiteral("NO_PROXY"), QStringLiteral("127.0.0.1,localhost"));
        m_environment.insert(QStringLiteral("no_proxy"), QStringLiteral("127.0.0.1,localhost"));
    }

    void throttlingInsightsAndMetrics_data() {
        QTest::addColumn<bool>("enforced");
        QTest::newRow("enforced") << true;
        QTest::newRow("no-capacity-enforcement") << false;
    }

    void throttlingInsightsAndMetrics() {
        QFETCH(bool, enforced);
        const QString python = QStringLiteral("/usr/bin/python3");
        if (!QFileInfo(python).isExecutable())
            QSKIP("No /usr/bin/python3");
        if (run(python, {QStringLiteral("-c"), QStringLiteral("import boto3")}, m_environment).exitCode != 0)
            QSKIP("Python has no boto3 module (Debian package python3-boto3)");
        const QString script = QStringLiteral(SHARDSCOPE_CLI_TEST_DIR "/metrics_boto3.py");
        QVERIFY2(QFileInfo::exists(script), qPrintable(script));

        const quint16 port = freeLoopbackPort();
        QVERIFY(port != 0);
        QStringList arguments = {QStringLiteral("--serve"), QStringLiteral("--in-memory"), QStringLiteral("--port"),
                                 QString::number(port)};
        if (!enforced) arguments << QStringLiteral("--no-capacity-enforcement");
        ServeProcess server;
        QVERIFY2(server.start(arguments), qPrintable(server.errorString()));

        QStringList scriptArguments = {script, server.url()};
        if (!enforced) scriptArguments << QStringLiteral("--no-capacity-enforcement");
        const compat::ProcessRun r = run(python, scriptArguments, m_environment);
        QVERIFY2(r.exitCode == 0 && r.out.contains("metrics ok"), r.describe().constData());
        QVERIFY2(server.stop(), server.standardError().constData());
        QCOMPARE(server.exitCode(), 0);
    }

private:
    QTemporaryDir m_dir;
    QProcessEnvironment m_environment;
};

QTEST_GUILESS_MAIN(TestMetricsEndpoint)
#include "tst_metrics_endpoint.moc"
