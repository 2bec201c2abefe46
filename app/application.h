// Application: the top level of the shardscope executable.
//
// Reads the command line (see CommandLine), picks the mode and runs it:
//  - --serve: a QCoreApplication without any GUI. Opens the engine, serves it
//    on --host:--port (default 8000), prints "Shardscope endpoint listening on
//    http://127.0.0.1:PORT" to stdout and runs until SIGINT or SIGTERM; then it
//    stops the endpoint and closes the database before returning.
//  - otherwise the workbench: a QApplication, the engine on the persistent
//    default workspace (Settings::databasePath()) unless --db or --in-memory,
//    an endpoint for that same engine (on a free port, said in the status bar,
//    when the configured one is taken), a LocalBackend and the MainWindow.
// The application owns the engine; the endpoint and the backend share it and
// are torn down before it, so the database closes last.
//
// Thread-safety: main thread only.
#pragma once

#include "command_line.h"

#include "shardscope/engine/result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

namespace shardscope::engine {
class Engine;
}
namespace shardscope::net {
struct EndpointSecurity;
}

namespace shardscope::app {

class Application {
    Q_DECLARE_TR_FUNCTIONS(Application)

public:
    // Exit codes besides 0.
    static constexpr int kExitFailure = 1;
    static constexpr int kExitUsage = 2;

    // `argc` and `argv` as main() received them; they must outlive exec().
    Application(int& argc, char** argv);

    // Runs the chosen mode to its end and returns the process exit code.
    int exec();

private:
    int runServe(const CommandLineOptions& options);
    int runGui(const CommandLineOptions& options);

    // Opens --db, :memory: for --in-memory, else `defaultDatabasePath`
    // (creating its directory). The TTL sweep interval is
    // --ttl-sweep-interval, else `ttlSweepIntervalSetting`, else the engine's.
    static engine::Result<std::shared_ptr<engine::Engine>> openEngine(
        const CommandLineOptions& options, const QString& defaultDatabasePath,
        std::optional<double> ttlSweepIntervalSetting = std::nullopt);
    // The endpoint's authentication and TLS from --require-auth/--credentials
    // and --tls-cert/--tls-key; nullopt with *error set when a file is unusable.
    static std::optional<net::EndpointSecurity> endpointSecurity(const CommandLineOptions& options, QString* error);
    // What a user reads for the database being opened.
    static QString databaseLabel(const CommandLineOptions& options, const QString& defaultDatabasePath);

    int& m_argc;
    char** m_argv;
    CommandLine m_commandLine;
};

}  // namespace shardscope::app
