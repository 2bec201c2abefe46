#include "command_line.h"

namespace shardscope::app {

CommandLine::CommandLine()
    : m_helpOption(m_parser.addHelpOption()),
      m_versionOption(m_parser.addVersionOption()),
      m_serveOption(QStringLiteral("serve"),
                    tr("Run headless: serve the DynamoDB endpoint without a window until interrupted.")),
      m_portOption(QStringLiteral("port"),
                   tr("Endpoint port (0 picks a free one). Default: %1 with --serve, the saved setting otherwise.")
                       .arg(kDefaultServePort),
                   tr("port")),
      m_dbOption(QStringLiteral("db"), tr("Open the database <file> instead of the default workspace."),
                 tr("file")),
      m_inMemoryOption(QStringLiteral("in-memory"), tr("Use a throw-away in-memory database.")),
      m_hostOption(QStringLiteral("host"),
                   tr("Endpoint address (default 127.0.0.1). Addresses other than loopback need --allow-remote."),
                   tr("address"), QStringLiteral("127.0.0.1")),
      m_ttlSweepIntervalOption(QStringLiteral("ttl-sweep-interval"),
                               tr("Seconds between two sweeps that delete expired TTL items (0: no background "
                                  "sweeps)."),
                               tr("seconds")),
      m_allowRemoteOption(QStringLiteral("allow-remote"),
                          tr("Allow --host to be an address other machines can reach (use with --require-auth).")),
      m_requireAuthOption(QStringLiteral("require-auth"),
                          tr("Accept only requests signed (AWS SigV4) with a key from --credentials.")),
      m_credentialsOption(QStringLiteral("credentials"),
                          tr("AWS CLI credentials <file> whose profiles' keys --require-auth accepts."), tr("file")),
      m_tlsCertOption(QStringLiteral("tls-cert"), tr("Serve HTTPS with this PEM certificate (chain) <file>."),
                      tr("file")),
      m_tlsKeyOption(QStringLiteral("tls-key"), tr("The unencrypted PEM private key <file> of --tls-cert."),
                     tr("file")),
      m_noCapacityEnforcementOption(QStringLiteral("no-capacity-enforcement"),
                                    tr("Never throttle: ignore the tables' provisioned capacity.")),
      m_noObservationOption(QStringLiteral("no-observation"),
                            tr("Keep no partition statistics, metric series or hot keys.")) {
    m_parser.setApplicationDescription(
        tr("DynamoDB single-table design workbench with a bundled DynamoDB-compatible engine."));
    m_parser.addOptions(
        {m_serveOption, m_portOption, m_dbOption, m_inMemoryOption, m_hostOption, m_ttlSweepIntervalOption});
    m_parser.addOptions(
        {m_allowRemoteOption, m_requireAuthOption, m_credentialsOption, m_tlsCertOption, m_tlsKeyOption});
    m_parser.addOptions({m_noCapacityEnforcementOption, m_noObservationOption});
}

CommandLine::Outcome CommandLine::parse(const QStringList& arguments) {
    m_options = {};
    m_errorMessage.clear();
    if (!m_parser.parse(arguments)) {
        m_errorMessage = m_parser.errorText();
        return Outcome::Error;
    }
    if (m_parser.isSet(m_helpOption))
        return Outcome::ShowHelp;
    if (m_parser.isSet(m_versionOption))
        return Outcome::ShowVersion;
    return readOptions() ? Outcome::Run : Outcome::Error;
}

bool CommandLine::readOptions() {
    if (!m_parser.positionalArguments().isEmpty()) {
        m_errorMessage = tr("Unexpected argument: %1").arg(m_parser.positionalArguments().constFirst());
        return false;
    }

    m_options.serve = m_parser.isSet(m_serveOption);

    if (m_parser.isSet(m_portOption)) {
        const QString text = m_parser.value(m_portOption);
        bool ok = false;
        const uint port = text.toUInt(&ok, 10);
        if (!ok || port > 65535) {
            m_errorMessage = tr("--port needs a number from 0 to 65535, not \"%1\".").arg(text);
            return false;
        }
        m_options.port = static_cast<quint16>(port);
    }

    m_options.inMemory = m_parser.isSet(m_inMemoryOption);
    if (m_parser.isSet(m_dbOption)) {
        if (m_options.inMemory) {
            m_errorMessage = tr("--db and --in-memory cannot be used together.");
            return false;
        }
        m_options.databasePath = m_parser.value(m_dbOption);
        if (m_options.databasePath.isEmpty()) {
            m_errorMessage = tr("--db needs a file name.");
            return false;
        }
    }

    const QString host = m_parser.value(m_hostOption).trimmed();
    const QHostAddress address = host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0
                                     ? QHostAddress(QHostAddress::LocalHost)
                                     : QHostAddress(host);
    if (address.isNull()) {
        m_errorMessage = tr("--host needs an IP address, not \"%1\".").arg(host);
        return false;
    }
    m_options.allowRemote = m_parser.isSet(m_allowRemoteOption);
    if (!address.isLoopback() && !m_options.allowRemote) {
        m_errorMessage =
            tr("--host %1 is not a loopback address: other machines could reach the endpoint. Add --allow-remote "
               "(and --require-auth) to serve it there.")
                .arg(host);
        return false;
    }
    m_options.host = address;

    m_options.requireAuth = m_parser.isSet(m_requireAuthOption);
    m_options.credentialsPath = m_parser.value(m_credentialsOption);
    if (m_options.requireAuth && m_options.credentialsPath.isEmpty()) {
        m_errorMessage = tr("--require-auth needs --credentials FILE (AWS CLI credentials format).");
        return false;
    }
    if (!m_options.requireAuth && m_parser.isSet(m_credentialsOption)) {
        m_errorMessage = tr("--credentials is only used with --require-auth.");
        return false;
    }
    m_options.tlsCertificatePath = m_parser.value(m_tlsCertOption);
    m_options.tlsKeyPath = m_parser.value(m_tlsKeyOption);
    if (m_options.tlsCertificatePath.isEmpty() != m_options.tlsKeyPath.isEmpty()) {
        m_errorMessage = tr("--tls-cert and --tls-key go together.");
        return false;
    }

    if (m_parser.isSet(m_ttlSweepIntervalOption)) {
        const QString text = m_parser.value(m_ttlSweepIntervalOption);
        bool ok = false;
        const double seconds = text.toDouble(&ok);
        if (!ok || !(seconds >= 0) || seconds > 86400.0 * 365) {
            m_errorMessage = tr("--ttl-sweep-interval needs a number of seconds (0 or more), not \"%1\".").arg(text);
            return false;
        }
        m_options.ttlSweepInterval = seconds;
    }
    m_options.noCapacityEnforcement = m_parser.isSet(m_noCapacityEnforcementOption);
    m_options.noObservation = m_parser.isSet(m_noObservationOption);
    return true;
}

QString CommandLine::helpText() const {
    return m_parser.helpText();
}

QString CommandLine::versionText() const {
    return QStringLiteral("%1 %2\n").arg(QCoreApplication::applicationName(), QCoreApplication::applicationVersion());
}

}  // namespace shardscope::app
