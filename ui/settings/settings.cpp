#include "settings/settings.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QStandardPaths>
#include <QVariant>

namespace shardscope::ui {
namespace {

// A key and its default, declared once. The default is a function because
// some defaults (paths) depend on the running application.
template <typename T>
struct Key {
    const char* name;
    T (*fallback)();
};

const Key<quint16> kEndpointPort{"endpoint/port", [] { return quint16(8000); }};
const Key<double> kTtlSweepInterval{"engine/ttlSweepIntervalSeconds", [] { return 60.0; }};
const Key<QString> kDatabasePath{"workspace/databasePath", [] {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/workspace.db");
}};
const Key<QStringList> kRecentDatabases{"workspace/recentDatabases", [] { return QStringList(); }};
const Key<QString> kLanguage{"ui/language", [] { return QString(); }};
const Key<QString> kTheme{"ui/theme", [] { return QStringLiteral("system"); }};
const Key<QByteArray> kWindowGeometry{"mainWindow/geometry", [] { return QByteArray(); }};
const Key<QByteArray> kWindowState{"mainWindow/state", [] { return QByteArray(); }};
const Key<QByteArray> kMainSplitterState{"mainWindow/splitterState", [] { return QByteArray(); }};
const Key<QString> kLastSelectedTable{"mainWindow/lastSelectedTable", [] { return QString(); }};
const Key<QString> kWorkspaceTab{"mainWindow/workspaceTab", [] { return QString(); }};
// A JSON array of ConnectionProfile::toJson() objects: one value keeps the
// list's order and survives every QSettings backend alike.
const Key<QByteArray> kConnections{"connections/list", [] { return QByteArray("[]"); }};

template <typename T>
T read(const QSettings& store, const Key<T>& key) {
    const QVariant value = store.value(QLatin1String(key.name));
    if (!value.isValid() || !value.canConvert<T>())
        return key.fallback();
    return value.value<T>();
}

template <typename T>
void write(QSettings& store, const Key<T>& key, const T& value) {
    store.setValue(QLatin1String(key.name), QVariant::fromValue(value));
}

std::unique_ptr<QSettings> nativeStore() {
    if (QCoreApplication::organizationName().isEmpty() && QCoreApplication::applicationName().isEmpty())
        return std::make_unique<QSettings>(QStringLiteral("Shardscope"), QStringLiteral("Shardscope"));
    return std::make_unique<QSettings>();
}

}  // namespace

Settings::Settings() : m_store(nativeStore()) {}

Settings::Settings(const QString& fileName) : m_store(std::make_unique<QSettings>(fileName, QSettings::IniFormat)) {}

Settings::~Settings() = default;

quint16 Settings::endpointPort() const {
    // Stored as an int by hand-edited files too; anything outside 1..65535 reads as the default.
    const QVariant value = m_store->value(QLatin1String(kEndpointPort.name));
    bool ok = false;
    const int port = value.toInt(&ok);
    if (!ok || port < 1 || port > 65535)
        return kEndpointPort.fallback();
    return static_cast<quint16>(port);
}

void Settings::setEndpointPort(quint16 port) {
    m_store->setValue(QLatin1String(kEndpointPort.name), int(port));
}

double Settings::ttlSweepIntervalSeconds() const {
    const double seconds = read(*m_store, kTtlSweepInterval);
    return seconds >= 0 ? seconds : kTtlSweepInterval.fallback();
}

void Settings::setTtlSweepIntervalSeconds(double seconds) {
    write(*m_store, kTtlSweepInterval, seconds);
}

QString Settings::databasePath() const {
    const QString path = read(*m_store, kDatabasePath);
    return path.isEmpty() ? kDatabasePath.fallback() : path;
}

void Settings::setDatabasePath(const QString& path) {
    write(*m_store, kDatabasePath, path);
}

QStringList Settings::recentDatabases() const {
    // INI files turn one-element and empty lists into plain strings; drop the blanks that leaves.
    QStringList recent = read(*m_store, kRecentDatabases);
    recent.removeAll(QString());
    return recent;
}

void Settings::addRecentDatabase(const QString& path) {
    if (path.isEmpty())
        return;
    QStringList recent = recentDatabases();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecentDatabases)
        recent.removeLast();
    write(*m_store, kRecentDatabases, recent);
}

QString Settings::language() const {
    return read(*m_store, kLanguage);
}

void Settings::setLanguage(const QString& language) {
    write(*m_store, kLanguage, language);
}

QString Settings::theme() const {
    const QString theme = read(*m_store, kTheme);
    if (theme == QLatin1String("light") || theme == QLatin1String("dark"))
        return theme;
    return kTheme.fallback();
}

void Settings::setTheme(const QString& theme) {
    write(*m_store, kTheme, theme);
}

QByteArray Settings::windowGeometry() const {
    return read(*m_store, kWindowGeometry);
}

void Settings::setWindowGeometry(const QByteArray& geometry) {
    write(*m_store, kWindowGeometry, geometry);
}

QByteArray Settings::windowState() const {
    return read(*m_store, kWindowState);
}

void Settings::setWindowState(const QByteArray& state) {
    write(*m_store, kWindowState, state);
}

QByteArray Settings::mainSplitterState() const {
    return read(*m_store, kMainSplitterState);
}

void Settings::setMainSplitterState(const QByteArray& state) {
    write(*m_store, kMainSplitterState, state);
}

QString Settings::lastSelectedTable() const {
    return read(*m_store, kLastSelectedTable);
}

void Settings::setLastSelectedTable(const QString& tableName) {
    write(*m_store, kLastSelectedTable, tableName);
}

QString Settings::workspaceTab() const {
    return read(*m_store, kWorkspaceTab);
}

void Settings::setWorkspaceTab(const QString& tabName) {
    write(*m_store, kWorkspaceTab, tabName);
}

QList<ConnectionProfile> Settings::connections() const {
    QList<ConnectionProfile> connections;
    const QJsonDocument document = QJsonDocument::fromJson(read(*m_store, kConnections));
    for (const QJsonValue& value : document.array())
        if (value.isObject())
            connections.append(ConnectionProfile::fromJson(value.toObject()));
    return connections;
}

void Settings::setConnections(const QList<ConnectionProfile>& connections) {
    QJsonArray array;
    for (const ConnectionProfile& connection : connections)
        array.append(connection.toJson());
    write(*m_store, kConnections, QJsonDocument(array).toJson(QJsonDocument::Compact));
}

void Settings::sync() {
    m_store->sync();
}

}  // namespace shardscope::ui
