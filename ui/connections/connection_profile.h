// ConnectionProfile: one saved way to reach a DynamoDB-compatible service.
//
// A profile says what the service is (AWS DynamoDB in a region, ScyllaDB
// Alternator, DynamoDB Local, or any URL), how requests are signed (access
// keys typed in, a named profile of the AWS CLI's files, or placeholder
// keys for local services that want a signature but check none) and how
// patient the client is (attempts, timeout). clientOptions() resolves all of
// that, reading the AWS CLI files at that moment, into net::ClientOptions.
//
// Secrets (secret access key, session token) are written to the settings
// only when storeSecretsInPlainText is set, which the connection manager
// sets only after the user ticked the box that says so; otherwise they live
// for the session (ConnectionStore) and are asked for again next time.
//
// Thread-safety: a plain value type.
#pragma once

#include "shardscope/net/dynamodb_client.h"

#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <optional>

namespace shardscope::ui {

struct ConnectionProfile {
    Q_GADGET

public:
    enum class Kind { AwsRegion, Alternator, DynamoDbLocal, CustomUrl };
    Q_ENUM(Kind)
    enum class CredentialSource { AccessKeys, AwsProfile, Placeholder };
    Q_ENUM(CredentialSource)

    QString id;  // stable across renames
    QString name;
    Kind kind = Kind::AwsRegion;
    QString region = QStringLiteral("us-east-1");
    QString url;  // all kinds but AwsRegion; empty uses kind's default
    CredentialSource credentialSource = CredentialSource::AccessKeys;
    QString awsProfile;  // CredentialSource::AwsProfile; empty means $AWS_PROFILE or "default"
    QString accessKeyId;
    QString secretAccessKey;
    QString sessionToken;
    bool storeSecretsInPlainText = false;
    int maxAttempts = net::ClientOptions::kDefaultMaxAttempts;
    int timeoutSeconds = 15;
    bool ignoreTlsErrors = false;

    // The URL requests go to: the region's endpoint for AWS, else `url`, or
    // the kind's default (http://localhost:8000 for Alternator and DynamoDB Local).
    QUrl endpoint() const;
    // "Production · AWS eu-west-1", for the status bar.
    QString displayName() const;
    // Whether the secret must be asked for before connecting (keys typed in,
    // but the secret not remembered).
    bool needsSecret() const;

    // Everything the client needs; nullopt with *error (a sentence for the
    // user) when the URL is not http(s) or the AWS profile cannot be used.
    std::optional<net::ClientOptions> clientOptions(QString* error) const;

    // Settings form; secrets only when storeSecretsInPlainText.
    QJsonObject toJson() const;
    static ConnectionProfile fromJson(const QJsonObject& object);
};

}  // namespace shardscope::ui
