// RequestHandler: the DynamoDB JSON 1.0 protocol on top of Engine::call().
//
// Turns one HTTP request (method, X-Amz-Target, Content-Type, body) into one
// reply (status, Content-Type, body), the way DynamoDB and dynalite answer:
//   POST (any path, DynamoDB ignores it), target
//         "DynamoDB_20120810.<Op>"                -> engine->call(Op, body)
//         "DynamoDBStreams_20120810.<Op>"         -> engine->call(Op, body) for
//                                                    the four Streams operations
//   body not JSON / not an object / empty         -> 400 SerializationException
//   target missing or unknown                     -> 400 UnknownOperationException
//   GET /                                         -> 200 "healthy: dynamodb.<region>.amazonaws.com "
//   anything else                                 -> 404 UnknownOperationException
// Errors use ApiError's envelope and status. The reply's Content-Type echoes
// application/json when the request used it, else application/x-amz-json-1.0.
// No exception leaves the handler: anything thrown becomes a 500
// InternalServerError. Transport headers (request id, CRC) are the caller's.
//
// Thread-safety: immutable after construction and Engine::call() is
// thread-safe, so one handler may serve any number of threads at once.
#pragma once

#include "shardscope/engine/engine.h"

#include <QByteArray>

#include <memory>

namespace shardscope::net {

struct HttpReply {
    int status = 200;
    QByteArray contentType;
    QByteArray body;
};

class RequestHandler {
public:
    // Requests larger than this are refused with 413, as DynamoDB does.
    static constexpr qsizetype kMaxRequestBytes = 16 * 1024 * 1024;

    explicit RequestHandler(std::shared_ptr<engine::Engine> engine);

    // A POST carrying one operation. `target` is the X-Amz-Target header and
    // `contentType` the request's Content-Type (either may be empty).
    [[nodiscard]] HttpReply handlePost(const QByteArray& target, const QByteArray& contentType,
                                       const QByteArray& body) const noexcept;

    // GET / : the health probe.
    [[nodiscard]] HttpReply handleHealthCheck() const noexcept;

    // Any other method or path.
    [[nodiscard]] HttpReply handleUnsupported() const noexcept;

private:
    std::shared_ptr<engine::Engine> m_engine;
    QByteArray m_healthBody;
};

}  // namespace shardscope::net
