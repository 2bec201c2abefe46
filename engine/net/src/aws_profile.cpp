#include "shardscope/net/aws_profile.h"

#include "shardscope/net/aws_ini_file.h"

#include <QCoreApplication>
#include <QDir>

namespace shardscope::net {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("AwsProfile", text);
}

QString expandHome(QString path) {
    if (path.startsWith(QLatin1String("~/")))
        path = QDir::homePath() + path.mid(1);
    return path;
}

QString fromStd(const std::string& text) {
    return QString::fromStdString(text);
}

// Keys that mean "these credentials come from somewhere else".
constexpr const char* kIndirectKeys[] = {"role_arn", "sso_start_url", "sso_session", "credential_process",
                                         "web_identity_token_file"};

}  // namespace

AwsProfileFiles AwsProfileFiles::fromEnvironment() {
    const QString credentials = qEnvironmentVariable("AWS_SHARED_CREDENTIALS_FILE");
    const QString config = qEnvironmentVariable("AWS_CONFIG_FILE");
    return {expandHome(credentials.isEmpty() ? QStringLiteral("~/.aws/credentials") : credentials),
            expandHome(config.isEmpty() ? QStringLiteral("~/.aws/config") : config)};
}

QStringList availableAwsProfiles(const AwsProfileFiles& files) {
    QStringList names;
    QString ignored;
    const auto credentials = AwsIniFile::load(files.credentialsPath, &ignored);
    const auto config = AwsIniFile::load(files.configPath, &ignored);
    if (credentials)
        for (const std::string& name : credentials->profileNames(AwsIniFile::Kind::Credentials))
            names.append(fromStd(name));
    if (config)
        for (const std::string& name : config->profileNames(AwsIniFile::Kind::Config))
            names.append(fromStd(name));
    names.removeDuplicates();
    if (const qsizetype index = names.indexOf(QStringLiteral("default")); index > 0)
        names.move(index, 0);
    return names;
}

std::optional<AwsProfile> resolveAwsProfile(const QString& requested, QString* error, const AwsProfileFiles& files) {
    QString name = requested.trimmed();
    if (name.isEmpty())
        name = qEnvironmentVariable("AWS_PROFILE");
    if (name.isEmpty())
        name = QStringLiteral("default");

    QString readError;
    const auto credentialsFile = AwsIniFile::load(files.credentialsPath, &readError);
    if (!credentialsFile) {
        *error = tr("Cannot read %1: %2").arg(files.credentialsPath, readError);
        return std::nullopt;
    }
    const auto configFile = AwsIniFile::load(files.configPath, &readError);
    if (!configFile) {
        *error = tr("Cannot read %1: %2").arg(files.configPath, readError);
        return std::nullopt;
    }
    const std::string key = name.toStdString();
    const AwsIniSection* fromCredentials = credentialsFile->profile(key, AwsIniFile::Kind::Credentials);
    const AwsIniSection* fromConfig = configFile->profile(key, AwsIniFile::Kind::Config);
    if (!fromCredentials && !fromConfig) {
        *error = tr("The AWS profile \"%1\" is in neither %2 nor %3.")
                     .arg(name, files.credentialsPath, files.configPath);
        return std::nullopt;
    }

    // The credentials file wins over the config file, key by key.
    auto value = [&](std::string_view field) -> std::string {
        if (fromCredentials && fromCredentials->has(field))
            return fromCredentials->value(field);
        return fromConfig ? fromConfig->value(field) : std::string();
    };
    AwsProfile profile;
    profile.name = name;
    profile.credentials = {value("aws_access_key_id"), value("aws_secret_access_key"), value("aws_session_token")};
    profile.region = fromStd(value("region"));
    profile.endpointUrl = fromStd(value("endpoint_url"));
    if (!profile.credentials.isComplete()) {
        for (const char* indirect : kIndirectKeys) {
            if (!value(indirect).empty()) {
                *error = tr("The AWS profile \"%1\" gets its keys through %2, which Shardscope cannot use. Export "
                            "temporary keys (for example with \"aws configure export-credentials\") into a profile "
                            "instead.")
                             .arg(name, QLatin1String(indirect));
                return std::nullopt;
            }
        }
        *error = tr("The AWS profile \"%1\" has no aws_access_key_id and aws_secret_access_key.").arg(name);
        return std::nullopt;
    }
    return profile;
}

}  // namespace shardscope::net
