// CommandLine: the options of the shardscope executable, parsed once.
//
//   shardscope                      the workbench (GUI) on the default workspace
//   shardscope --serve              headless endpoint only, port 8000
//   --port N      endpoint port (0 picks a free one); GUI default from Settings
//   --db FILE     open this database file instead of the default workspace
//   --in-memory   throw-away in-memory database (excludes --db)
//   --host ADDR   endpoint address (default 127.0.0.1); any other than a
//                 loopback address needs --allow-remote
//   --allow-remote  allow --host to name a non-loopback address (the caller
//                 prints a warning: anyone who can reach it can use the engine)
//   --require-auth --credentials FILE   verify every request's SigV4
//                 signature against the keys of FILE (AWS CLI credentials
//                 format; every profile's key is accepted)
//   --tls-cert FILE --tls-key FILE      serve HTTPS with this PEM certificate
//                 (chain) and unencrypted PEM private key
//   --ttl-sweep-interval SECONDS   pause between TTL sweeps (0: no background sweeps)
//   --no-capacity-enforcement      nothing throttles, whatever the tables' capacity
//                 (as DynamoDB Local behaves)
//   --no-observation  no partition statistics, metric series or hot keys
//                 (GET /metrics then shows capacity settings only)
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
    // --host; a loopback address unless allowRemote.
    QHostAddress host{QHostAddress::LocalHost};
    // --allow-remote was given.
    bool allowRemote = false;
    // --require-auth with --credentials FILE.
    bool requireAuth = false;
    QString credentialsPath;
    // --tls-cert and --tls-key (both or neither).
    QString tlsCertificatePath;
    QString tlsKeyPath;
    // --ttl-sweep-interval; unset means the mode's default (the engine's with
    // --serve, the saved setting otherwise).
    std::optional<double> ttlSweepInterval;
    // --no-capacity-enforcement / --no-observation were given.
    bool noCapacityEnforcement = false;
    bool noObservation = false;
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
    QCommandLineOption m_allowRemoteOption;
    QCommandLineOption m_requireAuthOption;
    QCommandLineOption m_credentialsOption;
    QCommandLineOption m_tlsCertOption;
    QCommandLineOption m_tlsKeyOption;
    QCommandLineOption m_noCapacityEnforcementOption;
    QCommandLineOption m_noObservationOption;
    CommandLineOptions m_options;
    QString m_errorMessage;
};

}  // namespace shardscope::app
