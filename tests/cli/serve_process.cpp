#include "serve_process.h"

#include <QDeadlineTimer>
#include <QRegularExpression>

#include <signal.h>
#include <sys/types.h>

QString ServeProcess::binary() {
    return qEnvironmentVariable("SHARDSCOPE_BINARY");
}

ServeProcess::ServeProcess() {
    m_process.setProgram(binary());
}

ServeProcess::~ServeProcess() {
    if (isRunning()) {
        m_process.kill();
        m_process.waitForFinished(kStopTimeoutMs);
    }
}

void ServeProcess::setEnvironment(const QProcessEnvironment& environment) {
    m_process.setProcessEnvironment(environment);
}

bool ServeProcess::start(const QStringList& arguments) {
    m_stdout.clear();
    m_stderr.clear();
    m_url.clear();
    m_port = 0;
    m_errorString.clear();
    if (m_process.program().isEmpty()) {
        m_errorString = QStringLiteral("SHARDSCOPE_BINARY is not set; run the test through ctest");
        return false;
    }

    m_process.setArguments(arguments);
    m_process.start();
    if (!m_process.waitForStarted(kStartTimeoutMs)) {
        m_errorString = m_process.errorString();
        return false;
    }

    static const QRegularExpression listening(
        QStringLiteral("^Shardscope endpoint listening on (https?://(?:[0-9.]+|\\[[0-9a-fA-F:]+\\]):(\\d+))$"),
        QRegularExpression::MultilineOption);
    const QDeadlineTimer deadline(kStartTimeoutMs);
    while (!deadline.hasExpired()) {
        collectOutput();
        const QRegularExpressionMatch match = listening.match(QString::fromLocal8Bit(m_stdout));
        if (match.hasMatch()) {
            m_url = match.captured(1);
            m_port = static_cast<quint16>(match.captured(2).toUInt());
            return true;
        }
        if (m_process.state() == QProcess::NotRunning) {
            m_errorString = QStringLiteral("shardscope exited with code %1 before listening: %2")
                                .arg(m_process.exitCode())
                                .arg(QString::fromLocal8Bit(m_stderr));
            return false;
        }
        m_process.waitForReadyRead(static_cast<int>(qMin<qint64>(deadline.remainingTime(), 500)));
    }
    m_errorString = QStringLiteral("no \"listening\" line within %1 ms; stdout: %2; stderr: %3")
                        .arg(kStartTimeoutMs)
                        .arg(QString::fromLocal8Bit(m_stdout), QString::fromLocal8Bit(m_stderr));
    m_process.kill();
    m_process.waitForFinished(kStopTimeoutMs);
    return false;
}

bool ServeProcess::stop(int signalNumber) {
    if (!isRunning())
        return m_process.exitStatus() == QProcess::NormalExit;
    ::kill(static_cast<pid_t>(m_process.processId()), signalNumber);
    const bool exited = m_process.waitForFinished(kStopTimeoutMs);
    if (!exited) {
        m_process.kill();
        m_process.waitForFinished(kStopTimeoutMs);
    }
    collectOutput();
    return exited && m_process.exitStatus() == QProcess::NormalExit;
}

bool ServeProcess::isRunning() const {
    return m_process.state() != QProcess::NotRunning;
}

QByteArray ServeProcess::standardOutput() {
    collectOutput();
    return m_stdout;
}

QByteArray ServeProcess::standardError() {
    collectOutput();
    return m_stderr;
}

void ServeProcess::collectOutput() {
    m_stdout += m_process.readAllStandardOutput();
    m_stderr += m_process.readAllStandardError();
}
