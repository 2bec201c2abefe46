// ConnectionStore: the saved connections, and the secrets of this session.
//
// Profiles are persisted through Settings. A secret the user did not agree
// to store in plain text is kept here, in memory, until the application
// quits, so that reconnecting in the same session does not ask again; the
// settings never see it. The connection manager also hands such secrets to
// the desktop keychain (KeychainAccess) when there is one; remove() deletes
// the keychain entry too.
//
// Thread-safety: GUI thread only.
#pragma once

#include "connections/connection_profile.h"

#include <QHash>
#include <QList>
#include <QString>

namespace shardscope::ui {

class Settings;

class ConnectionStore {
public:
    // `settings` must outlive the store.
    explicit ConnectionStore(Settings* settings);

    // Saved profiles with this session's secrets filled in.
    QList<ConnectionProfile> connections() const;
    // The profile with `id`, or nullopt.
    std::optional<ConnectionProfile> find(const QString& id) const;
    // Inserts or replaces (by id; a new id is made when empty) and writes the
    // settings. Returns the id.
    QString save(ConnectionProfile profile);
    void remove(const QString& id);

private:
    struct Secrets {
        QString secretAccessKey;
        QString sessionToken;
    };

    Settings* m_settings;
    QHash<QString, Secrets> m_sessionSecrets;
};

}  // namespace shardscope::ui
