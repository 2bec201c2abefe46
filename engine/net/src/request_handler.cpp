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

// Used when even building the InternalServerError envelope fails.
const QByteArray kLastResortBody = QByteArrayLiteral(
    R"({"__type":"com.amazonaws.dynamodb.v20120810#InternalServerError","message":"Internal server error"})");

bool isStreamsOperation(std::string_view operation) {
    return std::find(kStreamsOperations.begin(), kStreamsOperations.end(), operation) !=
           kStreamsOperations.end();
}

// The operation name a target addresses, or empty when the target names no
// operation of an API this endpoint serves.
std::string_view operationFromTarget(const QByteArray& target) {
    const std::string_view view(target.constData(), static_cast<std::size_t>(target.size()));
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

QByteArray replyContentType(const QByteArray& requestContentType) {
    return requestContentType.startsWith(kPlainJsonContentType) ? kPlainJsonContentType
                                                                : kAmzJsonContentType;
}

QByteArray serialize(const json& value) {
    // `replace` keeps dump() from throwing on a string that is not valid UTF-8.
    const std::string text = value.dump(-1, ' ', false, json::error_handler_t::replace);
    return QByteArray(text.data(), static_cast<qsizetype>(text.size()));
}

HttpReply errorReply(const ApiError& error, QByteArray contentType) {
    return {error.httpStatus(), std::move(contentType), serialize(error.toJson())};
}

HttpReply internalErrorReply(QByteArray contentType) noexcept {
    if (contentType.isEmpty())
        contentType = kAmzJsonContentType;
    try {
        return errorReply(ApiError::internal("Internal server error"), std::move(contentType));
    } catch (...) {
        return {500, kAmzJsonContentType, kLastResortBody};
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
      m_healthBody(QByteArrayLiteral("healthy: dynamodb.") +
                   QByteArray::fromStdString(m_engine->options().region) +
                   QByteArrayLiteral(".amazonaws.com ")) {}

HttpReply RequestHandler::handlePost(const QByteArray& target, const QByteArray& contentType,
                                     const QByteArray& body) const noexcept {
    QByteArray replyType = replyContentType(contentType);
    try {
        if (body.size() > kMaxRequestBytes)
            return {413, std::move(replyType), {}};

        // Same order of checks as the service: the body must parse before the
        // target is looked at; an empty body is only reported after the target.
        json request;
        if (!body.isEmpty()) {
            request = json::parse(body.constBegin(), body.constEnd(), nullptr, false);
            if (request.is_discarded())
                return errorReply(ApiError::serialization("Malformed JSON in the request body"),
                                  std::move(replyType));
        }

        const std::string_view operation = operationFromTarget(target);
        if (operation.empty())
            return errorReply(ApiError::unknownOperation(), std::move(replyType));

        if (body.isEmpty())
            return errorReply(ApiError::serialization("The request body is empty"), std::move(replyType));
        if (!request.is_object())
            return errorReply(notAnObject(request), std::move(replyType));

        engine::Result<json> result = m_engine->call(operation, request);
        if (!result.ok())
            return errorReply(result.error(), std::move(replyType));
        return {200, std::move(replyType), serialize(result.value())};
    } catch (const std::exception& e) {
        qCWarning(lcEndpoint, "%s failed: %s", target.constData(), e.what());
    } catch (...) {
        qCWarning(lcEndpoint, "%s failed with an unknown exception", target.constData());
    }
    return internalErrorReply(std::move(replyType));
}

HttpReply RequestHandler::handleHealthCheck() const noexcept {
    return {200, QByteArrayLiteral("text/plain"), m_healthBody};
}

HttpReply RequestHandler::handleUnsupported() const noexcept {
    try {
        return {404, kAmzJsonContentType, serialize(ApiError::unknownOperation().toJson())};
    } catch (...) {
        return internalErrorReply(kAmzJsonContentType);
    }
}

}  // namespace shardscope::net
