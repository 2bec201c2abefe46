#include "shardscope/net/sigv4_verifier.h"

#include "shardscope/net/aws_ini_file.h"

#include "http_text.h"

#include <QDateTime>

#include <algorithm>
#include <cctype>
#include <string_view>

namespace shardscope::net {

namespace {

using engine::ApiError;
using engine::ErrorCode;

constexpr std::string_view kAmzDateFormat = "yyyyMMdd'T'HHmmss'Z'";

std::string lower(std::string_view text) { return http::asciiLower(text); }
constexpr auto trim = http::trimOws;

// The first value of header `name` (lower case), or nullopt.
std::optional<std::string_view> header(const sigv4::SignableRequest& request, std::string_view name) {
    for (const auto& [headerName, value] : request.headers)
        if (lower(headerName) == name)
            return std::string_view(value);
    return std::nullopt;
}

struct Authorization {
    std::string algorithm;
    std::optional<std::string> credential;
    std::optional<std::string> signedHeaders;
    std::optional<std::string> signature;
};

Authorization parseAuthorization(std::string_view value) {
    Authorization out;
    value = trim(value);
    const std::size_t space = value.find(' ');
    out.algorithm = std::string(value.substr(0, space));
    std::string_view rest = space == std::string_view::npos ? std::string_view() : value.substr(space + 1);
    while (!rest.empty()) {
        const std::size_t comma = rest.find(',');
        const std::string_view part = trim(rest.substr(0, comma));
        rest.remove_prefix(comma == std::string_view::npos ? rest.size() : comma + 1);
        const std::size_t equals = part.find('=');
        if (equals == std::string_view::npos)
            continue;
        const std::string_view key = trim(part.substr(0, equals));
        std::string content(trim(part.substr(equals + 1)));
        if (key == "Credential")
            out.credential = std::move(content);
        else if (key == "SignedHeaders")
            out.signedHeaders = std::move(content);
        else if (key == "Signature")
            out.signature = std::move(content);
    }
    return out;
}

QDateTime parseAmzDate(std::string_view text) {
    QDateTime time = QDateTime::fromString(QString::fromLatin1(text.data(), static_cast<qsizetype>(text.size())),
                                           QLatin1String(kAmzDateFormat.data(), kAmzDateFormat.size()));
    time.setTimeSpec(Qt::UTC);
    return time;
}

std::string formatAmzDate(const QDateTime& time) {
    return time.toUTC().toString(QLatin1String(kAmzDateFormat.data(), kAmzDateFormat.size())).toStdString();
}

// Same length and bytes, in time independent of where they differ.
bool constantTimeEquals(std::string_view a, std::string_view b) {
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (std::size_t i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

ApiError incomplete(std::string message) {
    return {ErrorCode::IncompleteSignature, std::move(message)};
}

ApiError invalid(std::string message) {
    return {ErrorCode::InvalidSignature, std::move(message)};
}

ApiError unrecognized() {
    return {ErrorCode::UnrecognizedClient, "The security token included in the request is invalid."};
}

}  // namespace

SigV4Verifier::SigV4Verifier(const std::vector<sigv4::Credentials>& credentials) {
    for (const sigv4::Credentials& entry : credentials)
        if (entry.isComplete())
            m_secrets[entry.accessKeyId] = entry;
}

std::optional<SigV4Verifier> SigV4Verifier::fromCredentialsFile(const QString& path, QString* error) {
    QString readError;
    const std::optional<AwsIniFile> file = AwsIniFile::load(path, &readError);
    if (!file) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, readError);
        return std::nullopt;
    }
    std::vector<sigv4::Credentials> credentials;
    for (const AwsIniSection& section : file->sections()) {
        sigv4::Credentials entry{section.value("aws_access_key_id"), section.value("aws_secret_access_key"),
                                 section.value("aws_session_token")};
        if (entry.isComplete())
            credentials.push_back(std::move(entry));
    }
    if (credentials.empty()) {
        *error = QStringLiteral("%1 has no profile with aws_access_key_id and aws_secret_access_key").arg(path);
        return std::nullopt;
    }
    return SigV4Verifier(credentials);
}

std::optional<ApiError> SigV4Verifier::verify(const sigv4::SignableRequest& request,
                                              std::chrono::system_clock::time_point now) const {
    const std::optional<std::string_view> authorizationValue = header(request, "authorization");
    if (!authorizationValue)
        return ApiError(ErrorCode::MissingAuthenticationToken, "Request is missing Authentication Token");

    // Every missing piece is named at once, as the service does.
    const Authorization authorization = parseAuthorization(*authorizationValue);
    const std::optional<std::string_view> amzDate = header(request, "x-amz-date");
    const std::optional<std::string_view> httpDate = header(request, "date");
    std::string missing;
    if (!authorization.credential)
        missing += "Authorization header requires 'Credential' parameter. ";
    if (!authorization.signature)
        missing += "Authorization header requires 'Signature' parameter. ";
    if (!authorization.signedHeaders)
        missing += "Authorization header requires 'SignedHeaders' parameter. ";
    if (!amzDate && !httpDate)
        missing += "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. ";
    if (!missing.empty())
        return incomplete(missing + "Authorization=" + std::string(*authorizationValue));
    if (authorization.algorithm != sigv4::kAlgorithm)
        return incomplete("Unsupported AWS 'algorithm': '" + authorization.algorithm + "'");

    // keyid/date/region/service/aws4_request
    std::vector<std::string> scopeParts;
    {
        std::string_view rest = *authorization.credential;
        for (;;) {
            const std::size_t slash = rest.find('/');
            scopeParts.emplace_back(rest.substr(0, slash));
            if (slash == std::string_view::npos)
                break;
            rest.remove_prefix(slash + 1);
        }
    }
    if (scopeParts.size() != 5)
        return incomplete(
            "Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term, got '" +
            *authorization.credential + "'");
    const std::string& accessKeyId = scopeParts[0];

    QDateTime signedAt;
    std::string amzDateText;
    if (amzDate) {
        signedAt = parseAmzDate(*amzDate);
        if (!signedAt.isValid())
            return incomplete("Date must be in ISO-8601 'basic format'. Got '" + std::string(*amzDate) +
                              "'. See http://en.wikipedia.org/wiki/ISO_8601");
        amzDateText = std::string(*amzDate);
    } else {
        signedAt = QDateTime::fromString(QString::fromStdString(std::string(*httpDate)), Qt::RFC2822Date);
        if (!signedAt.isValid())
            return incomplete("Date must be in ISO-8601 'basic format'. Got '" + std::string(*httpDate) +
                              "'. See http://en.wikipedia.org/wiki/ISO_8601");
        amzDateText = formatAmzDate(signedAt);
    }

    const auto found = m_secrets.find(accessKeyId);
    if (found == m_secrets.end())
        return unrecognized();
    const sigv4::Credentials& credentials = found->second;
    const std::optional<std::string_view> token = header(request, "x-amz-security-token");
    if (token.value_or(std::string_view()) != credentials.sessionToken)
        return unrecognized();

    const QDateTime clock = QDateTime::fromMSecsSinceEpoch(
        std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count(), Qt::UTC);
    const qint64 skewSeconds = std::chrono::duration_cast<std::chrono::seconds>(kMaxClockSkew).count();
    if (signedAt < clock.addSecs(-skewSeconds))
        return invalid("Signature expired: " + amzDateText + " is now earlier than " +
                       formatAmzDate(clock.addSecs(-skewSeconds)) + " (" + formatAmzDate(clock) + " - 15 min.)");
    if (signedAt > clock.addSecs(skewSeconds))
        return invalid("Signature not yet current: " + amzDateText + " is still later than " +
                       formatAmzDate(clock.addSecs(skewSeconds)) + " (" + formatAmzDate(clock) + " + 15 min.)");

    const std::string& scopeDate = scopeParts[1];
    const std::string& region = scopeParts[2];
    const std::string& service = scopeParts[3];
    if (scopeDate != amzDateText.substr(0, 8))
        return invalid("Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '" +
                       scopeDate + "' != '" + amzDateText.substr(0, 8) + "', from '" + amzDateText + "'.");
    if (service != sigv4::kDynamoDbService)
        return invalid("Credential should be scoped to correct service: 'dynamodb'. ");
    if (scopeParts[4] != sigv4::kTerminator)
        return invalid("Credential should be scoped with a valid terminator: 'aws4_request', not '" + scopeParts[4] +
                       "'. ");
    const std::string signedHeaders = *authorization.signedHeaders;
    if ((";" + signedHeaders + ";").find(";host;") == std::string::npos)
        return invalid("'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.");

    const std::string scope = sigv4::credentialScope(amzDateText, region, service);
    const std::string canonical = sigv4::canonicalRequest(request, signedHeaders);
    const std::string toSign = sigv4::stringToSign(amzDateText, scope, canonical);
    const std::string key = sigv4::signingKey(credentials.secretAccessKey, scopeDate, region, service);
    if (!constantTimeEquals(sigv4::signature(key, toSign), *authorization.signature))
        return invalid(
            "The request signature we calculated does not match the signature you provided. Check your AWS Secret "
            "Access Key and signing method. Consult the service documentation for details.\n\nThe Canonical String "
            "for this request should have been\n'" +
            canonical + "'\n\nThe String-to-Sign should have been\n'" + toSign + "'\n");
    return std::nullopt;
}

}  // namespace shardscope::net
