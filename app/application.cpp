#include "application.h"

#include "signal_watcher.h"

#include "shardscope/engine/engine.h"
#include "shardscope/net/endpoint_security.h"
#include "shardscope/net/endpoint_server.h"
#include "shardscope/net/sigv4_verifier.h"

#include "backend/local_backend.h"
#include "i18n/translator.h"
#include "main_window.h"
#include "settings/settings.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QStatusBar>

#include <cstdio>
#include <cstring>

namespace shardscope::app {

namespace {

void writeTo(std::FILE* stream, const QString& text) {
    std::fputs(text.toLocal8Bit().constData(), stream);
    std::fflush(stream);
}

// Whether the command line asks for the workbench window. Decided before any
// application object exists, because QApplication needs a display and
// --serve, --help and --version must work without one; the full parse happens
// afterwards on the arguments Qt leaves over (QApplication consumes its own,
// such as -style).
bool wantsWindow(int argc, char** argv) {
    static constexpr const char* kHeadless[] = {"--serve", "-serve", "--help", "-help", "-h", "-?",
                                                "--help-all", "--version", "-version", "-v"};
    for (int i = 1; i < argc; ++i) {
        for (const char* flag : kHeadless) {
            if (std::strcmp(argv[i], flag) == 0)
                return false;
        }
    }
    return true;
}

}  // namespace

Application::Application(int& argc, char** argv) : m_argc(argc), m_argv(argv) {}

int Application::exec() {
    QCoreApplication::setApplicationName(QStringLiteral("Shardscope"));
    QCoreApplication::setOrganizationName(QStringLiteral("Shardscope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SHARDSCOPE_VERSION));

    std::unique_ptr<QCoreApplication> qtApp;
    if (wantsWindow(m_argc, m_argv))
        qtApp = std::make_unique<QApplication>(m_argc, m_argv);
    else
        qtApp = std::make_unique<QCoreApplication>(m_argc, m_argv);

    switch (m_commandLine.parse(QCoreApplication::arguments())) {
    case CommandLine::Outcome::ShowHelp:
        writeTo(stdout, m_commandLine.helpText());
        return 0;
    case CommandLine::Outcome::ShowVersion:
        writeTo(stdout, m_commandLine.versionText());
        return 0;
    case CommandLine::Outcome::Error:
        writeTo(stderr, tr("shardscope: %1\nTry 'shardscope --help' for more information.\n")
                            .arg(m_commandLine.errorMessage()));
        return kExitUsage;
    case CommandLine::Outcome::Run:
        break;
    }

    const CommandLineOptions& options = m_commandLine.options();
    if (options.serve)
        return runServe(options);
    if (!qobject_cast<QApplication*>(qtApp.get())) {
        writeTo(stderr, tr("shardscope: the command line mixes --serve/--help/--version into a GUI start.\n"));
        return kExitUsage;
    }
    return runGui(options);
}

int Application::runServe(const CommandLineOptions& options) {
    // Installed before the database opens, so an early SIGTERM still ends in
    // a clean shutdown.
    SignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &SignalWatcher::terminationRequested, QCoreApplication::instance(),
                     &QCoreApplication::quit, Qt::QueuedConnection);

    const QString defaultPath = options.databasePath.isEmpty() && !options.inMemory
                                    ? ui::Settings().databasePath()
                                    : QString();
    auto opened = openEngine(options, defaultPath);
    if (!opened.ok()) {
        writeTo(stderr, tr("shardscope: cannot open the database %1: %2\n")
                            .arg(databaseLabel(options, defaultPath),
                                 QString::fromStdString(opened.error().message())));
        return kExitFailure;
    }
    std::shared_ptr<engine::Engine> engine = std::move(opened).value();

    QString securityError;
    std::optional<net::EndpointSecurity> security = endpointSecurity(options, &securityError);
    if (!security) {
        writeTo(stderr, tr("shardscope: %1\n").arg(securityError));
        return kExitFailure;
    }
    if (!options.host.isLoopback())
        writeTo(stderr, tr("shardscope: warning: serving on %1, which other machines can reach%2.\n")
                            .arg(options.host.toString(),
                                 options.requireAuth ? QString() : tr(" without authentication (add --require-auth)")));

    int exitCode = kExitFailure;
    {
        net::EndpointServer endpoint(engine);
        endpoint.setSecurity(std::move(*security));
        const quint16 port = options.port.value_or(CommandLine::kDefaultServePort);
        if (!endpoint.start(options.host, port)) {
            writeTo(stderr, tr("shardscope: %1\n").arg(endpoint.errorString()));
            return kExitFailure;
        }
        writeTo(stdout, QStringLiteral("Shardscope database: %1\n").arg(databaseLabel(options, defaultPath)));
        if (options.requireAuth)
            writeTo(stdout, QStringLiteral("Shardscope requires SigV4 signatures with the keys of %1\n")
                                .arg(QDir::toNativeSeparators(options.credentialsPath)));
        // Scripts and tests wait for this exact line; it is not translated.
        writeTo(stdout, QStringLiteral("Shardscope endpoint listening on %1\n").arg(endpoint.url()));

        exitCode = QCoreApplication::exec();
        endpoint.stop();
    }
    // The last owner: closes the database.
    engine.reset();
    writeTo(stdout, QStringLiteral("Shardscope endpoint stopped\n"));
    return exitCode;
}

int Application::runGui(const CommandLineOptions& options) {
    ui::Settings settings;
    ui::Translator translator;
    translator.install(settings.language());

    const QString defaultPath = settings.databasePath();
    auto opened = openEngine(options, defaultPath, settings.ttlSweepIntervalSeconds());
    if (!opened.ok()) {
        QMessageBox::critical(nullptr, tr("Shardscope"),
                              tr("The database %1 cannot be opened:\n%2")
                                  .arg(databaseLabel(options, defaultPath),
                                       QString::fromStdString(opened.error().message())));
        return kExitFailure;
    }
    std::shared_ptr<engine::Engine> engine = std::move(opened).value();

    QString securityError;
    std::optional<net::EndpointSecurity> security = endpointSecurity(options, &securityError);
    if (!security) {
        QMessageBox::critical(nullptr, tr("Shardscope"), securityError);
        return kExitFailure;
    }

    // Declared after the engine and before the window: destroyed in reverse,
    // so the window and backend go first and the database closes last.
    net::EndpointServer endpoint(engine);
    endpoint.setSecurity(std::move(*security));
    const quint16 wantedPort = options.port.value_or(settings.endpointPort());
    QString endpointNotice;
    if (!endpoint.start(options.host, wantedPort)) {
        // Typically another program (or another Shardscope) holds the port;
        // a workbench without its endpoint would be worse than one elsewhere.
        if (endpoint.start(options.host, 0)) {
            endpointNotice = tr("Port %1 is not available; the DynamoDB endpoint listens on port %2 instead.")
                                 .arg(wantedPort)
                                 .arg(endpoint.port());
        } else {
            endpointNotice = tr("The DynamoDB endpoint could not start: %1").arg(endpoint.errorString());
        }
    }
    if (endpoint.isRunning() && !options.host.isLoopback())
        endpointNotice = tr("Warning: the DynamoDB endpoint on %1 is reachable from other machines%2. %3")
                             .arg(options.host.toString(),
                                  options.requireAuth ? QString() : tr(" without authentication"), endpointNotice)
                             .trimmed();

    auto backend = std::make_shared<ui::LocalBackend>(engine);
    ui::MainWindow window(backend);
    if (endpoint.isRunning())
        window.setEndpointAddress(endpoint.url());
    window.show();
    if (!endpointNotice.isEmpty())
        window.statusBar()->showMessage(endpointNotice);

    SignalWatcher signalWatcher;
    QObject::connect(
        &signalWatcher, &SignalWatcher::terminationRequested, QCoreApplication::instance(),
        [] {
            QApplication::closeAllWindows();
            QCoreApplication::quit();
        },
        Qt::QueuedConnection);

    return QApplication::exec();
}

engine::Result<std::shared_ptr<engine::Engine>> Application::openEngine(const CommandLineOptions& options,
                                                                       const QString& defaultDatabasePath,
                                                                       std::optional<double> ttlSweepIntervalSetting) {
    engine::EngineOptions engineOptions;
    if (options.ttlSweepInterval)
        engineOptions.ttlSweepIntervalSeconds = *options.ttlSweepInterval;
    else if (ttlSweepIntervalSetting)
        engineOptions.ttlSweepIntervalSeconds = *ttlSweepIntervalSetting;
    engineOptions.capacityEnforcement = !options.noCapacityEnforcement;
    engineOptions.observation = !options.noObservation;
    if (options.inMemory) {
        engineOptions.databasePath = ":memory:";
    } else if (!options.databasePath.isEmpty()) {
        engineOptions.databasePath = QFile::encodeName(options.databasePath).toStdString();
    } else {
        const QString directory = QFileInfo(defaultDatabasePath).absolutePath();
        if (!QDir().mkpath(directory))
            return engine::ApiError::internal(
                tr("cannot create the directory %1").arg(QDir::toNativeSeparators(directory)).toStdString());
        engineOptions.databasePath = QFile::encodeName(defaultDatabasePath).toStdString();
    }

    auto opened = engine::Engine::open(std::move(engineOptions));
    if (!opened.ok())
        return std::move(opened).error();
    return std::shared_ptr<engine::Engine>(std::move(opened).value());
}

std::optional<net::EndpointSecurity> Application::endpointSecurity(const CommandLineOptions& options,
                                                                  QString* error) {
    net::EndpointSecurity security;
    if (options.requireAuth) {
        std::optional<net::SigV4Verifier> verifier =
            net::SigV4Verifier::fromCredentialsFile(options.credentialsPath, error);
        if (!verifier)
            return std::nullopt;
        security.verifier = std::make_shared<const net::SigV4Verifier>(std::move(*verifier));
    }
    if (!options.tlsCertificatePath.isEmpty()) {
        security.tls = net::EndpointSecurity::loadTls(options.tlsCertificatePath, options.tlsKeyPath, error);
        if (!security.tls)
            return std::nullopt;
    }
    return security;
}

QString Application::databaseLabel(const CommandLineOptions& options, const QString& defaultDatabasePath) {
    if (options.inMemory)
        return tr("(in memory)");
    return QDir::toNativeSeparators(options.databasePath.isEmpty() ? defaultDatabasePath : options.databasePath);
}

}  // namespace shardscope::app
