#include "connections/keychain_access.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>

#ifdef SHARDSCOPE_HAVE_QTKEYCHAIN
#include <qt6keychain/keychain.h>
#endif

namespace shardscope::ui {

namespace {

// The keychain's service name; the key is the connection's id.
const char* const kService = "Shardscope connections";

#ifndef SHARDSCOPE_HAVE_QTKEYCHAIN
QString notCompiledIn() {
    return QCoreApplication::translate("KeychainAccess", "This build of Shardscope has no keychain support.");
}
#endif

}  // namespace

bool KeychainAccess::isCompiledIn() {
#ifdef SHARDSCOPE_HAVE_QTKEYCHAIN
    return true;
#else
    return false;
#endif
}

void KeychainAccess::write(const QString& id, const StoredSecrets& secrets, QObject* context, WriteCallback done) {
    QPointer<QObject> guard(context);
#ifdef SHARDSCOPE_HAVE_QTKEYCHAIN
    auto* job = new QKeychain::WritePasswordJob(QLatin1String(kService));
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(id);
    // Both secrets in one entry, so that one prompt (if any) unlocks them.
    const QJsonObject entry{{QStringLiteral("secretAccessKey"), secrets.secretAccessKey},
                            {QStringLiteral("sessionToken"), secrets.sessionToken}};
    job->setBinaryData(QJsonDocument(entry).toJson(QJsonDocument::Compact));
    QObject::connect(job, &QKeychain::Job::finished, [guard, done = std::move(done)](QKeychain::Job* finished) {
        if (guard && done)
            done(finished->error() == QKeychain::NoError, finished->errorString());
    });
    job->start();
#else
    Q_UNUSED(id)
    Q_UNUSED(secrets)
    QTimer::singleShot(0, [guard, done = std::move(done)] {
        if (guard && done)
            done(false, notCompiledIn());
    });
#endif
}

void KeychainAccess::read(const QString& id, QObject* context, ReadCallback done) {
    QPointer<QObject> guard(context);
#ifdef SHARDSCOPE_HAVE_QTKEYCHAIN
    auto* job = new QKeychain::ReadPasswordJob(QLatin1String(kService));
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(id);
    QObject::connect(job, &QKeychain::Job::finished, [guard, done = std::move(done)](QKeychain::Job* finished) {
        if (!guard || !done)
            return;
        if (finished->error() != QKeychain::NoError) {
            done(std::nullopt, finished->errorString());
            return;
        }
        const QByteArray data = static_cast<QKeychain::ReadPasswordJob*>(finished)->binaryData();
        const QJsonObject entry = QJsonDocument::fromJson(data).object();
        done(StoredSecrets{entry.value(QStringLiteral("secretAccessKey")).toString(),
                           entry.value(QStringLiteral("sessionToken")).toString()},
             {});
    });
    job->start();
#else
    Q_UNUSED(id)
    QTimer::singleShot(0, [guard, done = std::move(done)] {
        if (guard && done)
            done(std::nullopt, notCompiledIn());
    });
#endif
}

void KeychainAccess::remove(const QString& id) {
#ifdef SHARDSCOPE_HAVE_QTKEYCHAIN
    auto* job = new QKeychain::DeletePasswordJob(QLatin1String(kService));
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(id);
    job->start();
#else
    Q_UNUSED(id)
#endif
}

}  // namespace shardscope::ui
