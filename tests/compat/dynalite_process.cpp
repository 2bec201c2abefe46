#include "dynalite_process.h"

#include <QDeadlineTimer>
#include <QStandardPaths>

#include <signal.h>
#include <sys/types.h>

QString DynaliteProcess::cliPath() {
    return qEnvironmentVariable("SHARDSCOPE_DYNALITE_CLI");
}

QString DynaliteProcess::nodeExecutable() {
    for (const char* name : {"node", "nodejs"}) {
        const QString found = QStandardPaths::findExecutable(QString::fromLatin1(name));
        if (!found.isEmpty())
            return found;
    }
    return {};
}

DynaliteProcess::~DynaliteProcess() {
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(kStopTimeoutMs);
    }
}

bool DynaliteProcess::start(quint16 port) {
    m_port = port;
    m_output.clear();
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(nodeExecutable(), {cliPath(), QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
                                       QStringLiteral("--port"), QString::number(port), QStringLiteral("--createTableMs"),
                                       QStringLiteral("0"), QStringLiteral("--deleteTableMs"), QStringLiteral("0"),
                                       QStringLiteral("--updateTableMs"), QStringLiteral("0")});
    if (!m_process.waitForStarted(kStartTimeoutMs)) {
        m_errorString = m_process.errorString();
        return false;
    }
    const QDeadlineTimer deadline(kStartTimeoutMs);
    while (!deadline.hasExpired()) {
        m_output += m_process.readAll();
        if (m_output.contains("listening"))
            return true;
        if (m_process.state() == QProcess::NotRunning) {
            m_errorString = QStringLiteral("dynalite exited with code %1: %2")
                                .arg(m_process.exitCode())
                                .arg(QString::fromLocal8Bit(m_output));
            return false;
        }
        m_process.waitForReadyRead(static_cast<int>(qMin<qint64>(deadline.remainingTime(), 500)));
    }
    m_errorString = QStringLiteral("dynalite printed no \"listening\" line within %1 ms: %2")
                        .arg(kStartTimeoutMs)
                        .arg(QString::fromLocal8Bit(m_output));
    return false;
}

void DynaliteProcess::stop() {
    if (m_process.state() == QProcess::NotRunning)
        return;
    ::kill(static_cast<pid_t>(m_process.processId()), SIGTERM);
    if (!m_process.waitForFinished(kStopTimeoutMs)) {
        m_process.kill();
        m_process.waitForFinished(kStopTimeoutMs);
    }
}

QByteArray DynaliteProcess::output() {
    m_output += m_process.readAll();
    return m_output;
}
