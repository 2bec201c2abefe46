// DynaliteProcess: a dynalite server (the Node.js DynamoDB emulator used as
// the differential test's reference) as a child process on 127.0.0.1.
//
// cliPath() is $SHARDSCOPE_DYNALITE_CLI, which CMake points at
// <build>/node/node_modules/dynalite/cli.js, where `bash
// packaging/bootstrap.sh test` installs dynalite@4 from npm. start() runs it
// with node, in memory, with table creation and deletion taking no time, and
// waits (bounded) for its "listening" line. stop() sends SIGTERM to that one
// PID and waits; the destructor kills a process still running.
//
// Thread-safety: use from the test's thread only.
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>

class DynaliteProcess {
public:
    static constexpr int kStartTimeoutMs = 30000;
    static constexpr int kStopTimeoutMs = 10000;

    // $SHARDSCOPE_DYNALITE_CLI, or empty when unset.
    static QString cliPath();
    // The node executable on PATH ("node", else Debian's "nodejs"), or empty.
    static QString nodeExecutable();

    DynaliteProcess() = default;
    ~DynaliteProcess();
    DynaliteProcess(const DynaliteProcess&) = delete;
    DynaliteProcess& operator=(const DynaliteProcess&) = delete;

    // True once dynalite listens on `port`; false with errorString() when
    // it exited, could not start or stayed silent too long.
    bool start(quint16 port);
    void stop();

    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    QString errorString() const { return m_errorString; }
    QByteArray output();

private:
    QProcess m_process;
    QByteArray m_output;
    quint16 m_port = 0;
    QString m_errorString;
};
