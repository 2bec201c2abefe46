#include "shardscope/net/endpoint_security.h"

#include <QCoreApplication>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>

namespace shardscope::net {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("EndpointSecurity", text);
}

}  // namespace

std::optional<QSslConfiguration> EndpointSecurity::loadTls(const QString& certificatePath, const QString& keyPath,
                                                           QString* error) {
    if (!QSslSocket::supportsSsl()) {
        *error = tr("TLS is not available: Qt found no TLS backend (OpenSSL).");
        return std::nullopt;
    }
    QFile certificateFile(certificatePath);
    if (!certificateFile.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read the certificate %1: %2").arg(certificatePath, certificateFile.errorString());
        return std::nullopt;
    }
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certificateFile.readAll(), QSsl::Pem);
    if (chain.isEmpty() || chain.constFirst().isNull()) {
        *error = tr("%1 holds no PEM certificate.").arg(certificatePath);
        return std::nullopt;
    }

    QFile keyFile(keyPath);
    if (!keyFile.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read the private key %1: %2").arg(keyPath, keyFile.errorString());
        return std::nullopt;
    }
    const QByteArray keyData = keyFile.readAll();
    QSslKey key(keyData, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyData, QSsl::Ec, QSsl::Pem);
    if (key.isNull()) {
        *error = tr("%1 holds no unencrypted PEM RSA or EC private key.").arg(keyPath);
        return std::nullopt;
    }

    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    // Clients are not asked for certificates: SigV4 authenticates them.
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    return configuration;
}

}  // namespace shardscope::net
