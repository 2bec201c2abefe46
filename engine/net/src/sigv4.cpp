#include "shardscope/net/sigv4.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

#include <algorithm>
#include <cctype>

namespace shardscope::net::sigv4 {

namespace {

QByteArray view(std::string_view text) {
    return QByteArray::fromRawData(text.data(), static_cast<qsizetype>(text.size()));
}

std::string toStd(const QByteArray& bytes) {
    return std::string(bytes.constData(), static_cast<std::size_t>(bytes.size()));
}

std::string lower(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

bool isUnreserved(unsigned char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
           c == '.' || c == '~';
}

int hexValue(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Percent-decoding only: '+' stays '+', as AWS reads query strings.
std::string uriDecode(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '%' && i + 2 < text.size()) {
            const int high = hexValue(text[i + 1]);
            const int low = hexValue(text[i + 2]);
            if (high >= 0 && low >= 0) {
                out.push_back(static_cast<char>(high * 16 + low));
                i += 2;
                continue;
            }
        }
        out.push_back(text[i]);
    }
    return out;
}

// Trims and collapses inner runs of spaces to one, as AWS canonicalises
// header values (also inside quotes: see get-header-value-trim).
std::string normaliseValue(std::string_view value) {
    std::string out;
    out.reserve(value.size());
    bool pendingSpace = false;
    for (const char c : value) {
        if (c == ' ' || c == '\t') {
            pendingSpace = !out.empty();
            continue;
        }
        if (pendingSpace)
            out.push_back(' ');
        pendingSpace = false;
        out.push_back(c);
    }
    return out;
}

std::vector<std::string_view> split(std::string_view text, char separator) {
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    for (;;) {
        const std::size_t end = text.find(separator, start);
        parts.push_back(text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
        if (end == std::string_view::npos)
            break;
        start = end + 1;
    }
    return parts;
}

}  // namespace

std::string sha256Hex(std::string_view data) {
    return toStd(QCryptographicHash::hash(view(data), QCryptographicHash::Sha256).toHex());
}

std::string hmacSha256(std::string_view key, std::string_view data) {
    return toStd(QMessageAuthenticationCode::hash(view(data), view(key), QCryptographicHash::Sha256));
}

std::string uriEncode(std::string_view text, bool keepSlash) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    out.reserve(text.size() * 3);
    for (const char signedChar : text) {
        const auto c = static_cast<unsigned char>(signedChar);
        if (isUnreserved(c) || (keepSlash && c == '/')) {
            out.push_back(static_cast<char>(c));
        } else {
            out.push_back('%');
            out.push_back(kHex[c >> 4]);
            out.push_back(kHex[c & 0x0F]);
        }
    }
    return out;
}

std::string canonicalUri(std::string_view path) {
    if (path.empty())
        return "/";
    // RFC 3986 dot-segment removal; AWS also drops empty segments ("//").
    std::vector<std::string_view> kept;
    for (const std::string_view segment : split(path, '/')) {
        if (segment.empty() || segment == ".")
            continue;
        if (segment == "..") {
            if (!kept.empty())
                kept.pop_back();
            continue;
        }
        kept.push_back(segment);
    }
    std::string normalised = path.front() == '/' ? "/" : "";
    for (std::size_t i = 0; i < kept.size(); ++i) {
        if (i > 0)
            normalised.push_back('/');
        normalised.append(kept[i]);
    }
    if (path.back() == '/' && !kept.empty())
        normalised.push_back('/');
    return uriEncode(normalised, true);
}

std::string canonicalQuery(std::string_view query) {
    if (query.empty())
        return {};
    std::vector<std::pair<std::string, std::string>> parameters;
    for (const std::string_view pair : split(query, '&')) {
        if (pair.empty())
            continue;
        const std::size_t equals = pair.find('=');
        const std::string_view name = pair.substr(0, equals);
        const std::string_view value = equals == std::string_view::npos ? std::string_view() : pair.substr(equals + 1);
        parameters.emplace_back(uriEncode(uriDecode(name), false), uriEncode(uriDecode(value), false));
    }
    std::sort(parameters.begin(), parameters.end());
    std::string out;
    for (const auto& [name, value] : parameters) {
        if (!out.empty())
            out.push_back('&');
        out.append(name).append("=").append(value);
    }
    return out;
}

std::string canonicalHeaders(const std::vector<Header>& headers, std::string_view signedHeaders) {
    std::string out;
    for (const std::string_view name : split(signedHeaders, ';')) {
        if (name.empty())
            continue;
        std::string joined;
        bool first = true;
        for (const auto& [headerName, value] : headers) {
            if (lower(headerName) != name)
                continue;
            if (!first)
                joined.push_back(',');
            joined.append(normaliseValue(value));
            first = false;
        }
        out.append(name).append(":").append(joined).append("\n");
    }
    return out;
}

std::string signedHeaderList(const std::vector<Header>& headers) {
    std::vector<std::string> names;
    names.reserve(headers.size());
    for (const auto& header : headers)
        names.push_back(lower(header.first));
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    std::string out;
    for (const std::string& name : names) {
        if (!out.empty())
            out.push_back(';');
        out.append(name);
    }
    return out;
}

std::string canonicalRequest(const SignableRequest& request, std::string_view signedHeaders) {
    std::string out;
    out.append(request.method).append("\n");
    out.append(canonicalUri(request.path)).append("\n");
    out.append(canonicalQuery(request.query)).append("\n");
    out.append(canonicalHeaders(request.headers, signedHeaders)).append("\n");
    out.append(signedHeaders).append("\n");
    out.append(sha256Hex(request.payload));
    return out;
}

std::string credentialScope(std::string_view amzDate, std::string_view region, std::string_view service) {
    std::string out(amzDate.substr(0, 8));
    out.append("/").append(region).append("/").append(service).append("/").append(kTerminator);
    return out;
}

std::string stringToSign(std::string_view amzDate, std::string_view scope, std::string_view canonicalRequest) {
    std::string out(kAlgorithm);
    out.append("\n").append(amzDate).append("\n").append(scope).append("\n").append(sha256Hex(canonicalRequest));
    return out;
}

std::string signingKey(std::string_view secretAccessKey, std::string_view date, std::string_view region,
                       std::string_view service) {
    std::string key = "AWS4";
    key.append(secretAccessKey);
    key = hmacSha256(key, date);
    key = hmacSha256(key, region);
    key = hmacSha256(key, service);
    return hmacSha256(key, kTerminator);
}

std::string signature(std::string_view signingKey, std::string_view stringToSign) {
    return toStd(view(hmacSha256(signingKey, stringToSign)).toHex());
}

std::string authorizationHeader(std::string_view accessKeyId, std::string_view scope, std::string_view signedHeaders,
                                std::string_view signatureHex) {
    std::string out(kAlgorithm);
    out.append(" Credential=").append(accessKeyId).append("/").append(scope);
    out.append(", SignedHeaders=").append(signedHeaders);
    out.append(", Signature=").append(signatureHex);
    return out;
}

void signRequest(SignableRequest* request, const Credentials& credentials, std::string_view region,
                 std::string_view service, std::string_view amzDate) {
    // A request being re-signed (a retry) must not carry its old signature.
    std::erase_if(request->headers, [](const Header& header) {
        const std::string name = lower(header.first);
        return name == "authorization" || name == "x-amz-date" || name == "x-amz-security-token";
    });
    request->headers.emplace_back("X-Amz-Date", std::string(amzDate));
    if (!credentials.sessionToken.empty())
        request->headers.emplace_back("X-Amz-Security-Token", credentials.sessionToken);

    const std::string signedHeaders = signedHeaderList(request->headers);
    const std::string scope = credentialScope(amzDate, region, service);
    const std::string toSign = stringToSign(amzDate, scope, canonicalRequest(*request, signedHeaders));
    const std::string key = signingKey(credentials.secretAccessKey, amzDate.substr(0, 8), region, service);
    request->headers.emplace_back(
        "Authorization", authorizationHeader(credentials.accessKeyId, scope, signedHeaders, signature(key, toSign)));
}

}  // namespace shardscope::net::sigv4
