// ApiError: one DynamoDB error, exactly as the wire shows it.
//
// Every error type DynamoDB (and DynamoDB Streams) returns has one ErrorCode;
// the code decides the `__type` namespace, the HTTP status and whether SDKs
// retry. Messages stay English and byte-identical to the service's, because
// clients and compatibility suites match on them. `extra` carries the members
// some errors add (Item, CancellationReasons, ThrottlingReasons).
//
// Thread-safety: plain value type.
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace shardscope::engine {

enum class ErrorCode {
    Validation,
    Serialization,
    UnknownOperation,
    MissingAuthenticationToken,
    UnrecognizedClient,
    IncompleteSignature,
    InvalidSignature,
    AccessDenied,
    ResourceNotFound,
    ResourceInUse,
    ConditionalCheckFailed,
    ProvisionedThroughputExceeded,
    Throttling,
    RequestLimitExceeded,
    LimitExceeded,
    ItemCollectionSizeLimitExceeded,
    TransactionCanceled,
    TransactionConflict,
    TransactionInProgress,
    IdempotentParameterMismatch,
    DuplicateItem,
    ExpiredIterator,
    TrimmedDataAccess,
    InternalServerError,
    ServiceUnavailable,
};

class ApiError {
public:
    ApiError() = default;
    ApiError(ErrorCode code, std::string message, nlohmann::json extra = {})
        : m_code(code), m_message(std::move(message)), m_extra(std::move(extra)) {}

    static ApiError validation(std::string message) { return {ErrorCode::Validation, std::move(message)}; }
    static ApiError serialization(std::string message) { return {ErrorCode::Serialization, std::move(message)}; }
    static ApiError resourceNotFound(std::string message = "Requested resource not found") {
        return {ErrorCode::ResourceNotFound, std::move(message)};
    }
    static ApiError resourceInUse(std::string message) { return {ErrorCode::ResourceInUse, std::move(message)}; }
    static ApiError conditionalCheckFailed(nlohmann::json extra = {}) {
        return {ErrorCode::ConditionalCheckFailed, "The conditional request failed", std::move(extra)};
    }
    static ApiError limitExceeded(std::string message) { return {ErrorCode::LimitExceeded, std::move(message)}; }
    static ApiError internal(std::string message) { return {ErrorCode::InternalServerError, std::move(message)}; }
    static ApiError unknownOperation() { return {ErrorCode::UnknownOperation, {}}; }

    ErrorCode code() const { return m_code; }
    const std::string& message() const { return m_message; }
    const nlohmann::json& extra() const { return m_extra; }

    // "ValidationException", "ResourceNotFoundException", ...
    std::string_view name() const;
    // The full `__type`, e.g. "com.amazon.coral.validate#ValidationException".
    std::string typeName() const;
    int httpStatus() const;
    // The error envelope body: {"__type": ..., "message": ...} plus extra members.
    nlohmann::json toJson() const;

private:
    ErrorCode m_code = ErrorCode::InternalServerError;
    std::string m_message;
    nlohmann::json m_extra;
};

}  // namespace shardscope::engine
