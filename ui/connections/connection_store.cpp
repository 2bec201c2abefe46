#include "connections/connection_store.h"

#include "connections/keychain_access.h"
#include "settings/settings.h"

#include <QUuid>

namespace shardscope::ui {

ConnectionStore::ConnectionStore(Settings* settings) : m_settings(settings) {}

QList<ConnectionProfile> ConnectionStore::connections() const {
    QList<ConnectionProfile> connections = m_settings->connections();
    for (ConnectionProfile& profile : connections) {
        if (profile.storeSecretsInPlainText)
            continue;
        const auto found = m_sessionSecrets.constFind(profile.id);
        if (found != m_sessionSecrets.constEnd()) {
            profile.secretAccessKey = found->secretAccessKey;
            profile.sessionToken = found->sessionToken;
        }
    }
    return connections;
}

std::optional<ConnectionProfile> ConnectionStore::find(const QString& id) const {
    for (const ConnectionProfile& profile : connections())
        if (profile.id == id)
            return profile;
    return std::nullopt;
}

QString ConnectionStore::save(ConnectionProfile profile) {
    if (profile.id.isEmpty())
        profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (profile.storeSecretsInPlainText)
        m_sessionSecrets.remove(profile.id);
    else
        m_sessionSecrets.insert(profile.id, {profile.secretAccessKey, profile.sessionToken});

    QList<ConnectionProfile> saved = m_settings->connections();
    auto existing = std::find_if(saved.begin(), saved.end(),
                                 [&](const ConnectionProfile& entry) { return entry.id == profile.id; });
    if (existing != saved.end())
        *existing = profile;
    else
        saved.append(profile);
    m_settings->setConnections(saved);  // toJson() leaves unconsented secrets out
    m_settings->sync();
    return profile.id;
}

void ConnectionStore::remove(const QString& id) {
    m_sessionSecrets.remove(id);
    KeychainAccess::remove(id);
    QList<ConnectionProfile> saved = m_settings->connections();
    saved.removeIf([&](const ConnectionProfile& entry) { return entry.id == id; });
    m_settings->setConnections(saved);
    m_settings->sync();
}

}  // namespace shardscope::ui
