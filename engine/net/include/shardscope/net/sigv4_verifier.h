// SigV4Verifier: the endpoint's --require-auth check of every request.
//
// Holds the access keys it accepts (every profile of an AWS CLI credentials
// file) and checks a request's Authorization header the way DynamoDB does,
// answering with DynamoDB's error types and messages (all 400):
//   no Authorization header           MissingAuthenticationTokenException
//                                     "Request is missing Authentication Token"
//   header lacking Credential, SignedHeaders or Signature, no X-Amz-Date or
//   Date, a malformed credential or date            IncompleteSignatureException
//   an access key (or session token) not accepted   UnrecognizedClientException
//                                     "The security token included in the request is invalid."
//   X-Amz-Date more than 15 minutes off the clock   InvalidSignatureException
//                                     "Signature expired: ..." / "Signature not yet current: ..."
//   wrong scope (date, service, terminator)         InvalidSignatureException
//   a signature that does not match                 InvalidSignatureException with the
//                                     canonical string and string to sign it expected
// The region in the scope is not checked: the workspace is shared whatever
// the region (README, "Shared database mode").
//
// Thread-safety: immutable after construction; verify() may run on any
// number of server threads at once.
#pragma once

#include "shardscope/engine/api_error.h"
#include "shardscope/net/sigv4.h"

#include <QString>

#include <chrono>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace shardscope::net {

class SigV4Verifier {
public:
    static constexpr std::chrono::minutes kMaxClockSkew{15};

    // Accepts each of `credentials` (access key id -> secret, and the session
    // token when one is given).
    explicit SigV4Verifier(const std::vector<sigv4::Credentials>& credentials);

    // Every profile of the AWS CLI credentials file `path` with both
    // aws_access_key_id and aws_secret_access_key. Returns nullopt with
    // *error set when the file cannot be read or holds no such profile.
    static std::optional<SigV4Verifier> fromCredentialsFile(const QString& path, QString* error);

    std::size_t keyCount() const { return m_secrets.size(); }

    // nullopt when `request` is signed by an accepted key within the allowed
    // clock skew of `now`; else the error to answer with.
    [[nodiscard]] std::optional<engine::ApiError> verify(const sigv4::SignableRequest& request,
                                                         std::chrono::system_clock::time_point now) const;

private:
    std::unordered_map<std::string, sigv4::Credentials> m_secrets;
};

}  // namespace shardscope::net
