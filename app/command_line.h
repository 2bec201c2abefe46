// CommandLine: the options of the shardscope executable, parsed once.
//
//   shardscope                      the workbench (GUI) on the default workspace
//   shardscope --serve              headless endpoint only, port 8000
//   --port N      endpoint port (0 picks a free one); GUI default from Settings
//   --db FILE     open this database file instead of the default workspace
//   --in-memory   throw-away in-memory database (excludes --db)
//   --host ADDR   endpoint address; only loopback addresses for now
//   --ttl-sweep-interval SECONDS   pause between TTL sweeps (0: no background sweeps)
//   --help, --version
//
// parse() needs no application object, so main() can choose between
// QCoreApplication and QApplication from the result; helpText() and
// versionText() need one (Qt takes the program name from it).
//
// Thread-safety: use an instance from one thread.
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>
#include <QString>
#include <QStringList>

#include <optional>

namespace shardscope::app {

struct CommandLineOptions {
    // --serve: no GUI, only the endpoint.
    bool serve = false;
    // --port; unset means the mode's default.
    std::optional<quint16> port;
    // --db; empty means the default workspace (or in-memory).
    QString databasePath;
    bool inMemory = false;
    // --host; always a loopback address.
    QHostAddress host{QHostAddress::LocalHost};
    // --ttl-sweep-interval; unset means the mode's default (the engine's with
    // --serve, the saved setting otherwise).
    std::optional<double> ttlSweepInterval;
};

class CommandLine {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum class Outcome { Run, ShowHelp, ShowVersion, Error };

    // The port --serve uses when --port is not given (DynamoDB Local's).
    static constexpr quint16 kDefaultServePort = 8000;

    CommandLine();

    // Parses `arguments` (the program name first). On Outcome::Run options()
    // holds the result; on Outcome::Error errorMessage() says what is wrong.
    [[nodiscard]] Outcome parse(const QStringList& arguments);

    const CommandLineOptions& options() const { return m_options; }
    QString errorMessage() const { return m_errorMessage; }

    // Precondition: a QCoreApplication exists.
    QString helpText() const;
    QString versionText() const;

private:
    [[nodiscard]] bool readOptions();

    QCommandLineParser m_parser;
    QCommandLineOption m_helpOption;
    QCommandLineOption m_versionOption;
    QCommandLineOption m_serveOption;
    QCommandLineOption m_portOption;
    QCommandLineOption m_dbOption;
    QCommandLineOption m_inMemoryOption;
    QCommandLineOption m_hostOption;
    QCommandLineOption m_ttlSweepIntervalOption;
    CommandLineOptions m_options;
    QString m_errorMessage;
};

}  // namespace shardscope::app
