#include "compat_support.h"

#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcess>
#include <QTcpServer>

namespace compat {

QByteArray ProcessRun::describe() const {
    QByteArray text = started ? (finished ? "exit " + QByteArray::number(exitCode) : QByteArray("timed out"))
                              : QByteArray("did not start");
    return text + "\n--- stdout ---\n" + out + "\n--- stderr ---\n" + err;
}

quint16 freeLoopbackPort() {
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

ProcessRun runProcess(const QString& program, const QStringList& arguments, const QProcessEnvironment& environment,
                      int timeoutMs) {
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    ProcessRun run;
    run.started = process.waitForStarted(timeoutMs);
    if (!run.started) {
        run.err = process.errorString().toUtf8();
        return run;
    }
    run.finished = process.waitForFinished(timeoutMs);
    if (!run.finished) {
        process.kill();
        process.waitForFinished(timeoutMs);
    }
    run.exitCode = run.finished && process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QProcessEnvironment clientEnvironment() {
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"AWS_PROFILE", "AWS_DEFAULT_PROFILE", "AWS_SESSION_TOKEN", "AWS_REGION", "AWS_ENDPOINT_URL",
                             "AWS_ENDPOINT_URL_DYNAMODB", "AWS_CA_BUNDLE", "HTTP_PROXY", "HTTPS_PROXY", "http_proxy",
                             "https_proxy", "ALL_PROXY", "all_proxy", "PYTHONPATH", "PYTHONHOME"})
        environment.remove(QString::fromLatin1(name));
    environment.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("test"));
    environment.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("test"));
    environment.insert(QStringLiteral("AWS_DEFAULT_REGION"), QStringLiteral("us-east-1"));
    environment.insert(QStringLiteral("AWS_CONFIG_FILE"), QStringLiteral("/dev/null"));
    environment.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), QStringLiteral("/dev/null"));
    environment.insert(QStringLiteral("AWS_EC2_METADATA_DISABLED"), QStringLiteral("true"));
    environment.insert(QStringLiteral("NO_PROXY"), QStringLiteral("127.0.0.1,localhost"));
    environment.insert(QStringLiteral("no_proxy"), QStringLiteral("127.0.0.1,localhost"));
    environment.insert(QStringLiteral("PYTHONDONTWRITEBYTECODE"), QStringLiteral("1"));
    environment.insert(QStringLiteral("PYTHONUNBUFFERED"), QStringLiteral("1"));
    return environment;
}

QString boto3Problem() {
    if (!QFileInfo(QString::fromLatin1(kPython)).isExecutable())
        return QStringLiteral("No %1").arg(QString::fromLatin1(kPython));
    const ProcessRun run = runProcess(QString::fromLatin1(kPython), {QStringLiteral("-c"), QStringLiteral("import boto3")},
                                      clientEnvironment(), 60000);
    if (!run.succeeded())
        return QStringLiteral("%1 cannot import boto3 (Debian package python3-boto3): %2")
            .arg(QString::fromLatin1(kPython), QString::fromLocal8Bit(run.err.trimmed()));
    return {};
}

QString scriptPath(const QString& fileName) {
    return QDir(QStringLiteral(SHARDSCOPE_COMPAT_SOURCE_DIR)).filePath(fileName);
}

}  // namespace compat
