// SigV4: AWS Signature Version 4, the one implementation both sides use.
//
// The workbench's client signs its requests with it (SigV4Signer) and the
// endpoint verifies requests with it (SigV4Verifier), so a mistake cannot
// hide by being made twice differently: tests/net/tst_sigv4 pins every step
// to AWS's published test-suite vectors (canonical request, string to sign,
// Authorization header).
//
// The steps, as AWS documents them:
//   canonical request  METHOD \n canonicalUri \n canonicalQuery \n
//                      canonicalHeaders \n signedHeaders \n hex(sha256(payload))
//   string to sign     "AWS4-HMAC-SHA256" \n amzDate \n scope \n hex(sha256(creq))
//   scope              yyyymmdd/region/service/aws4_request
//   signing key        HMAC chain "AWS4"+secret -> date -> region -> service -> "aws4_request"
//   signature          hex(HMAC(signing key, string to sign))
// Paths are normalised and URI-encoded as for every service but S3 (dot
// segments and empty segments removed, the path as sent encoded once more,
// as botocore does); query parameters are decoded, re-encoded with AWS's
// unreserved set and sorted; header values are trimmed with inner runs of
// spaces collapsed, repeated headers joined with commas.
//
// Thread-safety: free functions and immutable values; callable from any thread.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace shardscope::net::sigv4 {

inline constexpr std::string_view kAlgorithm = "AWS4-HMAC-SHA256";
inline constexpr std::string_view kTerminator = "aws4_request";
// The signing name of DynamoDB and of DynamoDB Streams.
inline constexpr std::string_view kDynamoDbService = "dynamodb";

using Header = std::pair<std::string, std::string>;

// What a signature covers. `path` and `query` are the request target as sent
// on the wire (percent-encoded, without '?'); header names in any case.
struct SignableRequest {
    std::string method;
    std::string path = "/";
    std::string query;
    std::vector<Header> headers;
    std::string_view payload;
};

// The access key id and secret that sign, and the optional session token of
// temporary credentials (sent as X-Amz-Security-Token).
struct Credentials {
    std::string accessKeyId;
    std::string secretAccessKey;
    std::string sessionToken;

    bool isComplete() const { return !accessKeyId.empty() && !secretAccessKey.empty(); }
};

// Lower-case hex of SHA-256(data).
std::string sha256Hex(std::string_view data);
// Raw HMAC-SHA256(key, data).
std::string hmacSha256(std::string_view key, std::string_view data);

// RFC 3986 percent-encoding of everything but A-Z a-z 0-9 - _ . ~ (and '/'
// when `keepSlash`), upper-case hex digits.
std::string uriEncode(std::string_view text, bool keepSlash);

std::string canonicalUri(std::string_view path);
std::string canonicalQuery(std::string_view query);
// "name:value\n" per signed header, sorted by name. `signedHeaders` is the
// sorted, lower-case, ';'-separated list; headers of the request not in it
// are left out, names in it that the request lacks give "name:\n".
std::string canonicalHeaders(const std::vector<Header>& headers, std::string_view signedHeaders);
// The sorted, lower-case, ';'-separated names of all of `headers`.
std::string signedHeaderList(const std::vector<Header>& headers);
std::string canonicalRequest(const SignableRequest& request, std::string_view signedHeaders);

// "yyyymmdd/region/service/aws4_request"; `amzDate` is "yyyymmddThhmmssZ".
std::string credentialScope(std::string_view amzDate, std::string_view region, std::string_view service);
std::string stringToSign(std::string_view amzDate, std::string_view scope, std::string_view canonicalRequest);
std::string signingKey(std::string_view secretAccessKey, std::string_view date, std::string_view region,
                       std::string_view service);
// Lower-case hex of HMAC(signing key, string to sign).
std::string signature(std::string_view signingKey, std::string_view stringToSign);

// "AWS4-HMAC-SHA256 Credential=<key>/<scope>, SignedHeaders=<list>, Signature=<hex>"
std::string authorizationHeader(std::string_view accessKeyId, std::string_view scope, std::string_view signedHeaders,
                                std::string_view signatureHex);

// Signs `request` in place at `amzDate`: sets X-Amz-Date, X-Amz-Security-Token
// (when the credentials carry a session token) and Authorization, signing
// every header the request then has. Precondition: credentials.isComplete()
// and the request has a Host header.
void signRequest(SignableRequest* request, const Credentials& credentials, std::string_view region,
                 std::string_view service, std::string_view amzDate);

}  // namespace shardscope::net::sigv4
