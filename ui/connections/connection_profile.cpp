#include "connections/connection_profile.h"

#include "shardscope/net/aws_profile.h"

#include <QCoreApplication>
#include <QMetaEnum>

namespace shardscope::ui {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("ConnectionProfile", text);
}

template <typename Enum>
QString enumName(Enum value) {
    return QString::fromLatin1(QMetaEnum::fromType<Enum>().valueToKey(static_cast<int>(value)));
}

template <typename Enum>
Enum enumValue(const QString& name, Enum fallback) {
    bool ok = false;
    const int value = QMetaEnum::fromType<Enum>().keyToValue(name.toLatin1().constData(), &ok);
    return ok ? static_cast<Enum>(value) : fallback;
}

// DynamoDB Local and Alternator want a signature but (by default) check no
// key; the AWS CLI's documented placeholder keeps them content.
constexpr const char* kPlaceholderKey = "shardscope";

}  // namespace

QUrl ConnectionProfile::endpoint() const {
    if (kind == Kind::AwsRegion)
        return net::dynamoDbEndpointForRegion(region);
    const QString text = url.trimmed();
    if (text.isEmpty())
        return QUrl(QStringLiteral("http://localhost:8000"));
    return QUrl::fromUserInput(text);
}

QString ConnectionProfile::displayName() const {
    QString where;
    switch (kind) {
    case Kind::AwsRegion: where = tr("AWS %1").arg(region); break;
    case Kind::Alternator: where = tr("Alternator %1").arg(endpoint().authority()); break;
    case Kind::DynamoDbLocal: where = tr("DynamoDB Local %1").arg(endpoint().authority()); break;
    case Kind::CustomUrl: where = endpoint().toString(QUrl::RemoveUserInfo); break;
    }
    return name.isEmpty() ? where : tr("%1 · %2").arg(name, where);
}

bool ConnectionProfile::needsSecret() const {
    return credentialSource == CredentialSource::AccessKeys && secretAccessKey.isEmpty();
}

std::optional<net::ClientOptions> ConnectionProfile::clientOptions(QString* error) const {
    net::ClientOptions options;
    options.endpoint = endpoint();
    if (!options.endpoint.isValid() || (options.endpoint.scheme() != QLatin1String("http") &&
                                        options.endpoint.scheme() != QLatin1String("https"))) {
        *error = tr("“%1” is not an http:// or https:// address.").arg(url);
        return std::nullopt;
    }
    options.region = region.trimmed().isEmpty() ? std::string("us-east-1") : region.trimmed().toStdString();
    options.maxAttempts = std::max(1, maxAttempts);
    options.timeout = std::chrono::seconds(std::max(1, timeoutSeconds));
    options.ignoreTlsErrors = ignoreTlsErrors;

    switch (credentialSource) {
    case CredentialSource::AccessKeys:
        if (accessKeyId.trimmed().isEmpty() || secretAccessKey.isEmpty()) {
            *error = tr("Enter an access key ID and a secret access key.");
            return std::nullopt;
        }
        options.credentials = {accessKeyId.trimmed().toStdString(), secretAccessKey.toStdString(),
                               sessionToken.trimmed().toStdString()};
        break;
    case CredentialSource::AwsProfile: {
        const std::optional<net::AwsProfile> profile = net::resolveAwsProfile(awsProfile, error);
        if (!profile)
            return std::nullopt;
        options.credentials = profile->credentials;
        // The profile's region signs unless the connection names one for AWS.
        if (kind != Kind::AwsRegion && !profile->region.isEmpty())
            options.region = profile->region.toStdString();
        break;
    }
    case CredentialSource::Placeholder:
        if (kind == Kind::AwsRegion) {
            *error = tr("AWS DynamoDB needs real credentials: access keys or an AWS profile.");
            return std::nullopt;
        }
        options.credentials = {kPlaceholderKey, kPlaceholderKey, {}};
        break;
    }
    return options;
}

QJsonObject ConnectionProfile::toJson() const {
    QJsonObject object{{QStringLiteral("id"), id},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("kind"), enumName(kind)},
                       {QStringLiteral("region"), region},
                       {QStringLiteral("url"), url},
                       {QStringLiteral("credentialSource"), enumName(credentialSource)},
                       {QStringLiteral("awsProfile"), awsProfile},
                       {QStringLiteral("accessKeyId"), accessKeyId},
                       {QStringLiteral("storeSecretsInPlainText"), storeSecretsInPlainText},
                       {QStringLiteral("maxAttempts"), maxAttempts},
                       {QStringLiteral("timeoutSeconds"), timeoutSeconds},
                       {QStringLiteral("ignoreTlsErrors"), ignoreTlsErrors}};
    if (storeSecretsInPlainText) {
        object.insert(QStringLiteral("secretAccessKey"), secretAccessKey);
        object.insert(QStringLiteral("sessionToken"), sessionToken);
    }
    return object;
}

ConnectionProfile ConnectionProfile::fromJson(const QJsonObject& object) {
    ConnectionProfile profile;
    profile.id = object.value(QStringLiteral("id")).toString();
    profile.name = object.value(QStringLiteral("name")).toString();
    profile.kind = enumValue(object.value(QStringLiteral("kind")).toString(), Kind::AwsRegion);
    profile.region = object.value(QStringLiteral("region")).toString(profile.region);
    profile.url = object.value(QStringLiteral("url")).toString();
    profile.credentialSource =
        enumValue(object.value(QStringLiteral("credentialSource")).toString(), CredentialSource::AccessKeys);
    profile.awsProfile = object.value(QStringLiteral("awsProfile")).toString();
    profile.accessKeyId = object.value(QStringLiteral("accessKeyId")).toString();
    profile.storeSecretsInPlainText = object.value(QStringLiteral("storeSecretsInPlainText")).toBool();
    if (profile.storeSecretsInPlainText) {
        profile.secretAccessKey = object.value(QStringLiteral("secretAccessKey")).toString();
        profile.sessionToken = object.value(QStringLiteral("sessionToken")).toString();
    }
    profile.maxAttempts = object.value(QStringLiteral("maxAttempts")).toInt(profile.maxAttempts);
    profile.timeoutSeconds = object.value(QStringLiteral("timeoutSeconds")).toInt(profile.timeoutSeconds);
    profile.ignoreTlsErrors = object.value(QStringLiteral("ignoreTlsErrors")).toBool();
    return profile;
}

}  // namespace shardscope::ui
