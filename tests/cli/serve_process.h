// ServeProcess: a `shardscope --serve` child process for tests.
//
// start() runs $SHARDSCOPE_BINARY with the given arguments and waits (bounded)
// for its "Shardscope endpoint listening on http://HOST:PORT" line, from which
// url() and port() come. stop() sends SIGTERM (or another signal) to that one
// PID and waits for the exit; the destructor kills a process still running.
//
// Thread-safety: use from the test's thread only.
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <csignal>

class ServeProcess {
public:
    static constexpr int kStartTimeoutMs = 30000;
    static constexpr int kStopTimeoutMs = 15000;

    // The executable under test: $SHARDSCOPE_BINARY, or empty when unset.
    static QString binary();

    ServeProcess();
    ~ServeProcess();
    ServeProcess(const ServeProcess&) = delete;
    ServeProcess& operator=(const ServeProcess&) = delete;

    void setEnvironment(const QProcessEnvironment& environment);

    // Returns true once the endpoint listens; false with errorString() when
    // the process exited, could not start or stayed silent too long.
    bool start(const QStringList& arguments);

    // Sends `signalNumber` to the process and waits for it to end. Returns
    // true when it exited by itself in time.
    bool stop(int signalNumber = SIGTERM);

    bool isRunning() const;
    quint16 port() const { return m_port; }
    QString url() const { return m_url; }
    int exitCode() const { return m_process.exitCode(); }
    QProcess::ExitStatus exitStatus() const { return m_process.exitStatus(); }
    // Everything read so far.
    QByteArray standardOutput();
    QByteArray standardError();
    QString errorString() const { return m_errorString; }

private:
    void collectOutput();

    QProcess m_process;
    QByteArray m_stdout;
    QByteArray m_stderr;
    QString m_url;
    quint16 m_port = 0;
    QString m_errorString;
};
