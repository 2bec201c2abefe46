// AwsProfile: a named profile of the AWS CLI's shared files, resolved as the
// CLI resolves it.
//
// The files are $AWS_SHARED_CREDENTIALS_FILE (default ~/.aws/credentials)
// and $AWS_CONFIG_FILE (default ~/.aws/config). Keys come from the
// credentials file's [name] section first, then from the config file's
// [profile name] ([default] for "default"): aws_access_key_id,
// aws_secret_access_key, aws_session_token, region, endpoint_url. Profiles
// that obtain keys some other way (role_arn, sso_*, credential_process,
// web_identity_token_file) are reported as such: Shardscope signs only with
// static or temporary keys it is given.
//
// Thread-safety: free functions reading the files and the environment on
// each call; callable from any thread.
#pragma once

#include "shardscope/net/sigv4.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace shardscope::net {

struct AwsProfile {
    QString name;
    sigv4::Credentials credentials;
    QString region;       // empty when the profile sets none
    QString endpointUrl;  // empty when the profile sets none
};

struct AwsProfileFiles {
    QString credentialsPath;
    QString configPath;

    // The paths the CLI would read now (environment, else ~/.aws/...).
    static AwsProfileFiles fromEnvironment();
};

// The profiles either file defines, "default" first when present.
QStringList availableAwsProfiles(const AwsProfileFiles& files = AwsProfileFiles::fromEnvironment());

// The profile `name` ($AWS_PROFILE, else "default", when empty). Returns
// nullopt with *error set (a sentence for the user) when the profile does
// not exist, a file cannot be read or the profile has no usable keys.
std::optional<AwsProfile> resolveAwsProfile(const QString& name, QString* error,
                                            const AwsProfileFiles& files = AwsProfileFiles::fromEnvironment());

}  // namespace shardscope::net
