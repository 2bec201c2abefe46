// EndpointSecurity: what the endpoint demands of its clients besides speaking
// DynamoDB: SigV4 signatures, TLS, and time limits for slow clients.
//
// A default-constructed value is the open loopback endpoint the workbench
// has always served: no authentication, plain HTTP, and the time limits
// below (which cost a well-behaved client nothing). EndpointServer copies it
// at start(); HttpConnection applies it per connection:
//  - verifier: every POST must carry a signature it accepts, else the
//    request is answered with its error (GET / stays open as a health probe);
//  - tls: connections are QSslSockets that start server encryption at once;
//  - requestTimeout: a request must arrive whole (head and body) within this
//    time of its first byte, else the connection is closed, so that a client
//    trickling bytes cannot hold a connection forever;
//  - idleTimeout: a connection with no request under way is closed after this.
//
// Thread-safety: a plain value; shared read-only by the server threads.
#pragma once

#include <QSslConfiguration>
#include <QString>

#include <chrono>
#include <memory>
#include <optional>

namespace shardscope::net {

class SigV4Verifier;

struct EndpointSecurity {
    std::shared_ptr<const SigV4Verifier> verifier;
    std::optional<QSslConfiguration> tls;
    std::chrono::milliseconds requestTimeout{30000};
    std::chrono::milliseconds idleTimeout{120000};

    // A server TLS configuration from a PEM certificate (chain) file and a PEM
    // private key file (RSA or EC, unencrypted). Returns nullopt with *error
    // set when a file cannot be read or holds no usable certificate or key,
    // or when this Qt has no TLS backend.
    static std::optional<QSslConfiguration> loadTls(const QString& certificatePath, const QString& keyPath,
                                                    QString* error);
};

}  // namespace shardscope::net
