// Shared pieces of the compatibility tests (tests/compat): a free loopback
// port, a bounded child-process run with captured output, and the
// environment and checks for the Python clients they drive.
//
// The Python scripts live next to this file (SHARDSCOPE_COMPAT_SOURCE_DIR,
// set by CMake) and run with Debian's /usr/bin/python3, whose python3-boto3
// package provides boto3 and botocore.
//
// Thread-safety: free functions without shared state; use from the test's
// thread.
#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace compat {

inline constexpr const char* kPython = "/usr/bin/python3";

struct ProcessRun {
    bool started = false;
    bool finished = false;  // false: killed at the time limit
    int exitCode = -1;      // -1 when it crashed or did not finish
    QByteArray out;
    QByteArray err;

    bool succeeded() const { return finished && exitCode == 0; }
    // Everything a failure message needs: exit status and both streams.
    QByteArray describe() const;
};

// A port on 127.0.0.1 that was free a moment ago (0 when none could be had).
quint16 freeLoopbackPort();

// Runs `program` with `arguments` to completion, killing it after
// `timeoutMs`; stdout and stderr are captured separately.
ProcessRun runProcess(const QString& program, const QStringList& arguments, const QProcessEnvironment& environment,
                      int timeoutMs);

// The system environment for AWS clients that know only what the test
// tells them: dummy credentials, us-east-1, no profiles or proxies, no
// bytecode files written into the source tree.
QProcessEnvironment clientEnvironment();

// Empty when /usr/bin/python3 can import boto3; otherwise why not.
QString boto3Problem();

// The absolute path of a file in tests/compat.
QString scriptPath(const QString& fileName);

}  // namespace compat
