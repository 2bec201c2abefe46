// Settings: the one typed facade over QSettings.
//
// Every persisted preference has exactly one key and one default, declared in
// settings.cpp; callers use the typed accessors here and never see a key
// string. Values the user never set read as their defaults (a port of 8000, a
// workspace.db in the application data directory, an empty language meaning
// "follow the system").
//
// The default constructor uses the platform's native store for the
// application's organisation and name (set them on QCoreApplication first; if
// they are unset, "Shardscope" is used). The file constructor is for tests and
// portable installs.
//
// Thread-safety: an instance is used by one thread at a time; several instances
// on the same store may live in different threads (QSettings is reentrant).
#pragma once

#include "connections/connection_profile.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class QSettings;

namespace shardscope::ui {

class Settings {
public:
    static constexpr int kMaxRecentDatabases = 8;

    Settings();
    // An INI file at `fileName`.
    explicit Settings(const QString& fileName);
    ~Settings();
    Settings(const Settings&) = delete;
    Settings& operator=(const Settings&) = delete;

    // TCP port of the local DynamoDB endpoint (default 8000).
    quint16 endpointPort() const;
    void setEndpointPort(quint16 port);

    // Seconds between two runs of the engine's TTL sweeper (default 60; 0
    // switches background sweeping off). Negative values read as the default.
    double ttlSweepIntervalSeconds() const;
    void setTtlSweepIntervalSeconds(double seconds);

    // The workspace database file (default <AppDataLocation>/workspace.db).
    QString databasePath() const;
    void setDatabasePath(const QString& path);

    // Most recently opened databases, newest first, without duplicates.
    QStringList recentDatabases() const;
    // Moves `path` to the front, trimming the list to kMaxRecentDatabases.
    void addRecentDatabase(const QString& path);

    // UI language as a locale name ("de", "en"); empty follows the system.
    QString language() const;
    void setLanguage(const QString& language);

    // Colour scheme: "system" (default: follow the desktop), "light" or "dark";
    // anything else reads as "system".
    QString theme() const;
    void setTheme(const QString& theme);

    // QWidget::saveGeometry() / QMainWindow::saveState() blobs; empty if never saved.
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray& state);
    // QSplitter::saveState() of the main window's list/details splitter.
    QByteArray mainSplitterState() const;
    void setMainSplitterState(const QByteArray& state);

    // The table selected when the window was last closed; empty if none.
    QString lastSelectedTable() const;
    void setLastSelectedTable(const QString& tableName);

    // objectName() of the table workspace's selected tab ("overview", "items", ...);
    // empty if never chosen.
    QString workspaceTab() const;
    void setWorkspaceTab(const QString& tabName);

    // Saved remote connections (connection manager), in the user's order.
    // Secrets are stored only for profiles with storeSecretsInPlainText.
    QList<ConnectionProfile> connections() const;
    void setConnections(const QList<ConnectionProfile>& connections);

    // Writes pending changes to the store.
    void sync();

private:
    std::unique_ptr<QSettings> m_store;
};

}  // namespace shardscope::ui
