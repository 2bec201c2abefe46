// RequestHandler: the DynamoDB JSON 1.0 protocol on top of Engine::call().
//
// Turns one HTTP request (method, X-Amz-Target, Content-Type, body) into one
// reply (status, Content-Type, body), the way DynamoDB and dynalite answer
// (HttpConnection picks the entry point by method and path):
//   POST (any path, DynamoDB ignores it), target
//         "DynamoDB_20120810.<Op>"                -> engine->call(Op, body)
//         "DynamoDBStreams_20120810.<Op>"         -> engine->call(Op, body) for
//                                                    the four Streams operations
//   body not JSON / not an object / empty         -> 400 SerializationException
//   target missing or unknown                     -> 400 UnknownOperationException
//   GET /                                         -> 200 "healthy: dynamodb.<region>.amazonaws.com "
//   GET /metrics                                  -> 200 the engine's series in the Prometheus
//                                                    text format (Engine::prometheusMetrics())
//   anything else                                 -> 404 UnknownOperationException
// Errors use ApiError's envelope and status. The reply's Content-Type echoes
// application/json when the request used it, else application/x-amz-json-1.0.
// No exception leaves the handler: anything thrown becomes a 500
// InternalServerError. Transport headers (request id, CRC) are the caller's.
// Replies are written into a caller's HttpReply, whose body buffer a server
// thread reuses from request to request.
//
// Thread-safety: immutable after construction and Engine::call() is
// thread-safe, so one handler may serve any number of threads at once.
#pragma once

#include "shardscope/engine/engine.h"

#include <QByteArray>

#include <memory>
#include <string>
#include <string_view>

namespace shardscope::net {

struct HttpReply {
    int status = 200;
    // One of the handler's constants (at most 64 bytes).
    QByteArray contentType;
    std::string body;
};

class RequestHandler {
public:
    // Requests larger than this are refused with 413, as DynamoDB does.
    static constexpr qsizetype kMaxRequestBytes = 16 * 1024 * 1024;

    explicit RequestHandler(std::shared_ptr<engine::Engine> engine);

    // A POST carrying one operation. `target` is the X-Amz-Target header and
    // `contentType` the request's Content-Type (either may be empty). Every
    // member of *reply is overwritten (here and below); the body keeps its
    // capacity.
    void handlePost(std::string_view target, std::string_view contentType, std::string_view body,
                    HttpReply* reply) const noexcept;

    // A POST whose body exceeded kMaxRequestBytes (and was not kept): 413.
    void handleTooLarge(std::string_view contentType, HttpReply* reply) const noexcept;

    // GET / : the health probe.
    void handleHealthCheck(HttpReply* reply) const noexcept;

    // GET /metrics : every metric series for a Prometheus scraper.
    void handleMetrics(HttpReply* reply) const noexcept;

    // Any other method or path.
    void handleUnsupported(HttpReply* reply) const noexcept;

    // A request refused before it reaches the engine (authentication): the
    // error's envelope and status.
    void handleError(const engine::ApiError& error, std::string_view contentType, HttpReply* reply) const noexcept;

    // A request that is not HTTP/1.1 as the endpoint reads it: 400, no body.
    void handleMalformed(HttpReply* reply) const noexcept;

private:
    std::shared_ptr<engine::Engine> m_engine;
    std::string m_healthBody;
};

}  // namespace shardscope::net
