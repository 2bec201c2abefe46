// Tests app/command_line.cpp and app/application.cpp through the built
// executable: option errors, --help/--version, and the --serve lifecycle
// (port 0, port in use, SIGINT/SIGTERM ending in a clean shutdown, the default
// workspace being created under the data directory).
#include "serve_process.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr int kRunTimeoutMs = 30000;

struct Run {
    bool finished = false;
    int exitCode = -1;
    QString out;
    QString err;
};

}  // namespace

class TestCommandLine : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void version();
    void help();
    void rejectedOptions_data();
    void rejectedOptions();
    void serveInMemoryOnPortZero_data();
    void serveInMemoryOnPortZero();
    void servePortInUse();
    void serveDefaultWorkspace();

private:
    // An environment whose home and data directories are inside m_home.
    QProcessEnvironment isolatedEnvironment() const;
    Run runBinary(const QStringList& arguments) const;

    QTemporaryDir m_home;
};

void TestCommandLine::initTestCase() {
    QVERIFY2(!ServeProcess::binary().isEmpty(), "SHARDSCOPE_BINARY is not set; run the test through ctest");
    QVERIFY(m_home.isValid());
}

QProcessEnvironment TestCommandLine::isolatedEnvironment() const {
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), m_home.path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return environment;
}

Run TestCommandLine::runBinary(const QStringList& arguments) const {
    QProcess process;
    process.setProcessEnvironment(isolatedEnvironment());
    process.start(ServeProcess::binary(), arguments);
    Run run;
    run.finished = process.waitForFinished(kRunTimeoutMs);
    if (!run.finished) {
        process.kill();
        process.waitForFinished(kRunTimeoutMs);
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromLocal8Bit(process.readAllStandardOutput());
    run.err = QString::fromLocal8Bit(process.readAllStandardError());
    return run;
}

void TestCommandLine::version() {
    const Run run = runBinary({QStringLiteral("--version")});
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(QRegularExpression(QStringLiteral("^Shardscope \\d+\\.\\d+\\.\\d+\\n$")).match(run.out).hasMatch(),
             qPrintable(run.out));
}

void TestCommandLine::help() {
    const Run run = runBinary({QStringLiteral("--help")});
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 0);
    for (const char* option : {"--serve", "--port", "--db", "--in-memory", "--host", "--version"})
        QVERIFY2(run.out.contains(QLatin1String(option)), option);
}

void TestCommandLine::rejectedOptions_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expectedError");
    QTest::newRow("db and in-memory") << QStringList{"--serve", "--in-memory", "--db", "x.db"}
                                      << QStringLiteral("--db and --in-memory");
    QTest::newRow("public host") << QStringList{"--serve", "--in-memory", "--host", "0.0.0.0"}
                                 << QStringLiteral("loopback");
    QTest::newRow("host name") << QStringList{"--serve", "--in-memory", "--host", "example.com"}
                               << QStringLiteral("IP address");
    QTest::newRow("port too big") << QStringList{"--serve", "--in-memory", "--port", "70000"}
                                  << QStringLiteral("0 to 65535");
    QTest::newRow("port not a number") << QStringList{"--serve", "--in-memory", "--port", "http"}
                                       << QStringLiteral("0 to 65535");
    QTest::newRow("unknown option") << QStringList{"--serve", "--no-such-option"}
                                    << QStringLiteral("no-such-option");
    QTest::newRow("positional") << QStringList{"--serve", "--in-memory", "stray"} << QStringLiteral("stray");
}

void TestCommandLine::rejectedOptions() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, expectedError);
    const Run run = runBinary(arguments);
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(expectedError), qPrintable(run.err));
    QVERIFY2(!run.out.contains(QLatin1String("listening")), qPrintable(run.out));
}

void TestCommandLine::serveInMemoryOnPortZero_data() {
    QTest::addColumn<int>("signalNumber");
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGINT") << int(SIGINT);
}

void TestCommandLine::serveInMemoryOnPortZero() {
    QFETCH(int, signalNumber);
    ServeProcess server;
    server.setEnvironment(isolatedEnvironment());
    QVERIFY2(server.start({"--serve", "--in-memory", "--port", "0"}), qPrintable(server.errorString()));
    QVERIFY(server.port() != 0);
    QCOMPARE(server.url(), QStringLiteral("http://127.0.0.1:%1").arg(server.port()));

    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, server.port());
    QVERIFY(socket.waitForConnected(kRunTimeoutMs));
    socket.write("GET / HTTP/1.1\r\nHost: localhost\r\n\r\n");
    QByteArray reply;
    for (int i = 0; i < 100 && !reply.contains("healthy"); ++i) {
        socket.waitForReadyRead(100);
        reply += socket.readAll();
    }
    QVERIFY2(reply.startsWith("HTTP/1.1 200"), reply.constData());
    socket.close();

    QVERIFY2(server.stop(signalNumber), server.standardError().constData());
    QCOMPARE(server.exitCode(), 0);
    QVERIFY(server.standardOutput().contains("Shardscope endpoint stopped"));
}

void TestCommandLine::servePortInUse() {
    QTcpServer occupant;
    QVERIFY(occupant.listen(QHostAddress::LocalHost, 0));
    const QString port = QString::number(occupant.serverPort());
    const Run run = runBinary({"--serve", "--in-memory", "--port", port});
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(port), qPrintable(run.err));
    QVERIFY2(!run.out.contains(QLatin1String("listening")), qPrintable(run.out));
}

void TestCommandLine::serveDefaultWorkspace() {
    // Without --db or --in-memory, --serve opens the persistent workspace in
    // the data directory, creating the directory first.
    const QString dataDirectory = m_home.filePath(QStringLiteral("data"));
    QVERIFY(!QFileInfo::exists(dataDirectory));
    ServeProcess server;
    server.setEnvironment(isolatedEnvironment());
    QVERIFY2(server.start({"--serve", "--port", "0"}), qPrintable(server.errorString()));
    QVERIFY2(server.stop(), server.standardError().constData());

    const QRegularExpressionMatch match = QRegularExpression(QStringLiteral("^Shardscope database: (.+)$"),
                                                             QRegularExpression::MultilineOption)
                                              .match(QString::fromLocal8Bit(server.standardOutput()));
    QVERIFY2(match.hasMatch(), server.standardOutput().constData());
    const QString databasePath = match.captured(1);
    QVERIFY2(databasePath.startsWith(dataDirectory + QLatin1Char('/')), qPrintable(databasePath));
    QVERIFY2(QFileInfo(databasePath).isFile(), qPrintable(databasePath));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_command_line.moc"
