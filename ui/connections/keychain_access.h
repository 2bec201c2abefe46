// KeychainAccess: a connection's secrets in the desktop's keychain (Secret
// Service: GNOME Keyring, KWallet), when Shardscope was built with
// QtKeychain (Debian: qtkeychain-qt6-dev) and a keychain answers.
//
// Every operation is asynchronous (QtKeychain jobs talk D-Bus); the callback
// runs later on the calling thread, unless `context` was destroyed first.
// Without QtKeychain, or without a running keychain, operations fail with a
// sentence for the user, and callers keep the secret for the session only.
// QtKeychain's insecure fallback (a plain-text file) is never enabled.
//
// Thread-safety: GUI thread only.
#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace shardscope::ui {

struct StoredSecrets {
    QString secretAccessKey;
    QString sessionToken;
};

class KeychainAccess {
public:
    using WriteCallback = std::function<void(bool ok, const QString& error)>;
    using ReadCallback = std::function<void(const std::optional<StoredSecrets>& secrets, const QString& error)>;

    // Whether this build can use a keychain at all (one may still not run).
    static bool isCompiledIn();

    // Secrets of connection `id` (ConnectionProfile::id).
    static void write(const QString& id, const StoredSecrets& secrets, QObject* context, WriteCallback done);
    static void read(const QString& id, QObject* context, ReadCallback done);
    static void remove(const QString& id);
};

}  // namespace shardscope::ui
