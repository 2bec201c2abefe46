#include "request_handler.h"

#include <QLoggingCategory>

#include <algorithm>
#include <array>
#include <exception>
#include <string_view>

Q_LOGGING_CATEGORY(lcEndpoint, "shardscope.net.endpoint")

namespace shardscope::net {

namespace {

using engine::ApiError;
using nlohmann::json;

constexpr std::string_view kDynamoDbTargetPrefix = "DynamoDB_20120810.";
constexpr std::string_view kStreamsTargetPrefix = "DynamoDBStreams_20120810.";

// The operations that belong to the Streams API. The engine's dispatch table
// lists them all without their API; which prefix may reach which operation is
// a fact of the wire protocol and lives here.
constexpr std::array<std::string_view, 4> kStreamsOperations = {
    "DescribeStream", "GetRecords", "GetShardIterator", "ListStreams"};

const QByteArray kAmzJsonContentType = QByteArrayLiteral("application/x-amz-json-1.0");
const QByteArray kPlainJsonContentType = QByteArrayLiteral("application/json");
const QByteArray kTextPlainContentType = QByteArrayLiteral("text/plain");
// The Prometheus text exposition format, version 0.0.4.
const QByteArray kPrometheusContentType = QByteArrayLiteral("text/plain; version=0.0.4; charset=utf-8");

// Used when even building the InternalServerError envelope fails.
const QByteArray kLastResortBody = QByteArrayLiteral(
    R"({"__type":"com.amazonaws.dynamodb.v20120810#InternalServerError","message":"Internal server error"})");

bool isStreamsOperation(std::string_view operation) {
    return std::find(kStreamsOperations.begin(), kStreamsOperations.end(), operation) !=
           kStreamsOperations.end();
}

// The operation name a target addresses, or empty when the target names no
// operation of an API this endpoint serves.
std::string_view operationFromTarget(std::string_view view) {
    if (view.starts_with(kDynamoDbTargetPrefix)) {
        const std::string_view operation = view.substr(kDynamoDbTargetPrefix.size());
        return isStreamsOperation(operation) ? std::string_view{} : operation;
    }
    if (view.starts_with(kStreamsTargetPrefix)) {
        const std::string_view operation = view.substr(kStreamsTargetPrefix.size());
        return isStreamsOperation(operation) ? operation : std::string_view{};
    }
    return {};
}

const QByteArray& replyContentType(std::string_view requestContentType) {
    return requestContentType.starts_with("application/json") ? kPlainJsonContentType : kAmzJsonContentType;
}

// Writes `value` as compact JSON over `out`, reusing its capacity (dump()
// would build a fresh string, growing it several times per reply).
// `replace` keeps the serializer from throwing on a string that is not valid
// UTF-8.
void serializeInto(const json& value, std::string* out) {
    out->clear();
    nlohmann::detail::serializer<json> serializer(nlohmann::detail::output_adapter<char>(*out), ' ',
                                                  json::error_handler_t::replace);
    serializer.dump(value, false, false, 0);
}

void setReply(HttpReply* reply, int status, const QByteArray& contentType, const json& body) {
    reply->status = status;
    reply->contentType = contentType;
    serializeInto(body, &reply->body);
}

void setErrorReply(HttpReply* reply, const ApiError& error, const QByteArray& contentType) {
    setReply(reply, error.httpStatus(), contentType, error.toJson());
}

void setInternalErrorReply(HttpReply* reply, const QByteArray& contentType) noexcept {
    try {
        setErrorReply(reply, ApiError::internal("Internal server error"),
                      contentType.isEmpty() ? kAmzJsonContentType : contentType);
    } catch (...) {
        reply->status = 500;
        reply->contentType = kAmzJsonContentType;
        reply->body.assign(kLastResortBody.constData(), static_cast<std::size_t>(kLastResortBody.size()));
    }
}

// Why a body that parsed is still not a request.
ApiError notAnObject(const json& value) {
    if (value.is_array())
        return ApiError::serialization("Start of list found where not expected");
    return ApiError::serialization("Unexpected value found where a structure was expected");
}

}  // namespace

RequestHandler::RequestHandler(std::shared_ptr<engine::Engine> engine)
    : m_engine(std::move(engine)),
      m_healthBody("healthy: dynamodb." + m_engine->options().region + ".amazonaws.com ") {}

void RequestHandler::handlePost(std::string_view target, std::string_view contentType, std::string_view body,
                                HttpReply* reply) const noexcept {
    const QByteArray& replyType = replyContentType(contentType);
    try {
        if (body.size() > static_cast<std::size_t>(kMaxRequestBytes))
            return handleTooLarge(contentType, reply);

        // Same order of checks as the service: the body must parse before the
        // target is looked at; an empty body is only reported after the target.
        json request;
        if (!body.empty()) {
            request = json::parse(body.begin(), body.end(), nullptr, false);
            if (request.is_discarded())
                return setErrorReply(reply, ApiError::serialization("Malformed JSON in the request body"), replyType);
        }

        const std::string_view operation = operationFromTarget(target);
        if (operation.empty())
            return setErrorReply(reply, ApiError::unknownOperation(), replyType);

        if (body.empty())
            return setErrorReply(reply, ApiError::serialization("The request body is empty"), replyType);
        if (!request.is_object())
            return setErrorReply(reply, notAnObject(request), replyType);

        engine::Result<json> result = m_engine->call(operation, request);
        if (!result.ok())
            return setErrorReply(reply, result.error(), replyType);
        return setReply(reply, 200, replyType, result.value());
    } catch (const std::exception& e) {
        qCWarning(lcEndpoint, "%.*s failed: %s", static_cast<int>(target.size()), target.data(), e.what());
    } catch (...) {
        qCWarning(lcEndpoint, "%.*s failed with an unknown exception", static_cast<int>(target.size()), target.data());
    }
    setInternalErrorReply(reply, replyType);
}

void RequestHandler::handleTooLarge(std::string_view contentType, HttpReply* reply) const noexcept {
    reply->status = 413;
    reply->contentType = replyContentType(contentType);
    reply->body.clear();
}

void RequestHandler::handleHealthCheck(HttpReply* reply) const noexcept {
    reply->status = 200;
    reply->contentType = kTextPlainContentType;
    try {
        reply->body = m_healthBody;
    } catch (...) {
        setInternalErrorReply(reply, kAmzJsonContentType);
    }
}

void RequestHandler::handleMetrics(HttpReply* reply) const noexcept {
    reply->status = 200;
    reply->contentType = kPrometheusContentType;
    try {
        reply->body = m_engine->prometheusMetrics();
    } catch (...) {
        setInternalErrorReply(reply, kAmzJsonContentType);
    }
}

void RequestHandler::handleUnsupported(HttpReply* reply) const noexcept {
    try {
        setReply(reply, 404, kAmzJsonContentType, ApiError::unknownOperation().toJson());
    } catch (...) {
        setInternalErrorReply(reply, kAmzJsonContentType);
    }
}

void RequestHandler::handleError(const ApiError& error, std::string_view contentType,
                                 HttpReply* reply) const noexcept {
    const QByteArray& replyType = replyContentType(contentType);
    try {
        setErrorReply(reply, error, replyType);
    } catch (...) {
        setInternalErrorReply(reply, replyType);
    }
}

void RequestHandler::handleMalformed(HttpReply* reply) const noexcept {
    reply->status = 400;
    reply->contentType = kAmzJsonContentType;
    reply->body.clear();
}

}  // namespace shardscope::net
