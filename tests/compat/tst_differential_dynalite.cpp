// Differential test against dynalite: starts `shardscope --serve --in-memory`
// and dynalite (installed by `bash packaging/bootstrap.sh test` into
// <build>/node) on free loopback ports and runs differential.py, which sends
// both the same seeded pseudo-random sequence of data-plane requests and
// compares every answer, masking only dynalite's known deviations from
// DynamoDB (the table at the top of differential.py and in README.md).
//
// The seed is fixed (SHARDSCOPE_DIFF_SEED and SHARDSCOPE_DIFF_STEPS
// override it and the length). Without dynalite the test is skipped, unless
// SHARDSCOPE_REQUIRE_DYNALITE=1 (bootstrap's test mode sets it), where a
// missing reference is a failure.
#include "../cli/serve_process.h"
#include "compat_support.h"
#include "dynalite_process.h"

#include <QFileInfo>
#include <QTest>

namespace {

constexpr int kDriverTimeoutMs = 400000;

}  // namespace

class TestDifferentialDynalite : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void sameAnswersAsDynalite();

private:
    ServeProcess m_shardscope;
    DynaliteProcess m_dynalite;
};

void TestDifferentialDynalite::initTestCase() {
    QString missing = compat::boto3Problem();
    if (missing.isEmpty() && !QFileInfo(DynaliteProcess::cliPath()).isFile())
        missing = QStringLiteral("dynalite is not installed at '%1'; `bash packaging/bootstrap.sh test` installs it "
                                 "(npm install --prefix <build>/node dynalite@4)")
                      .arg(DynaliteProcess::cliPath());
    if (missing.isEmpty() && DynaliteProcess::nodeExecutable().isEmpty())
        missing = QStringLiteral("no node executable on PATH (Debian package nodejs)");
    if (!missing.isEmpty()) {
        if (qEnvironmentVariable("SHARDSCOPE_REQUIRE_DYNALITE") == QLatin1String("1"))
            QFAIL(qPrintable(missing));
        QSKIP(qPrintable(missing));
    }
    QVERIFY2(!ServeProcess::binary().isEmpty(), "SHARDSCOPE_BINARY is not set; run the test through ctest");

    const quint16 ours = compat::freeLoopbackPort();
    QVERIFY(ours != 0);
    QVERIFY2(m_shardscope.start({QStringLiteral("--serve"), QStringLiteral("--in-memory"), QStringLiteral("--port"),
                                 QString::number(ours)}),
             qPrintable(m_shardscope.errorString()));
    const quint16 reference = compat::freeLoopbackPort();
    QVERIFY(reference != 0);
    QVERIFY2(m_dynalite.start(reference), qPrintable(m_dynalite.errorString()));
}

void TestDifferentialDynalite::cleanupTestCase() {
    m_dynalite.stop();
    if (m_shardscope.isRunning())
        QVERIFY2(m_shardscope.stop(), m_shardscope.standardError().constData());
}

void TestDifferentialDynalite::sameAnswersAsDynalite() {
    const compat::ProcessRun run =
        compat::runProcess(QString::fromLatin1(compat::kPython),
                           {compat::scriptPath(QStringLiteral("differential.py")), m_shardscope.url(), m_dynalite.url()},
                           compat::clientEnvironment(), kDriverTimeoutMs);
    QVERIFY2(run.succeeded(), run.describe().constData());
    QVERIFY2(run.out.contains("mismatches: 0"), run.describe().constData());
    qInfo("%s", run.out.trimmed().constData());
    QVERIFY2(m_shardscope.isRunning(), m_shardscope.standardError().constData());
}

QTEST_GUILESS_MAIN(TestDifferentialDynalite)
#include "tst_differential_dynalite.moc"
