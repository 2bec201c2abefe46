#include "shardscope/engine/api_error.h"

namespace shardscope::engine {
namespace {

struct ErrorInfo {
    std::string_view name;
    std::string_view ns;  // the `__type` namespace before '#'
    int status;
};

constexpr std::string_view kDynamo = "com.amazonaws.dynamodb.v20120810";
constexpr std::string_view kCoralService = "com.amazon.coral.service";
constexpr std::string_view kStreams = "com.amazonaws.dynamodb.v20120810";

ErrorInfo infoFor(ErrorCode code) {
    switch (code) {
    case ErrorCode::Validation: return {"ValidationException", "com.amazon.coral.validate", 400};
    case ErrorCode::Serialization: return {"SerializationException", kCoralService, 400};
    case ErrorCode::UnknownOperation: return {"UnknownOperationException", kCoralService, 400};
    case ErrorCode::MissingAuthenticationToken: return {"MissingAuthenticationTokenException", kCoralService, 400};
    case ErrorCode::UnrecognizedClient: return {"UnrecognizedClientException", kCoralService, 400};
    case ErrorCode::IncompleteSignature: return {"IncompleteSignatureException", kCoralService, 400};
    case ErrorCode::InvalidSignature: return {"InvalidSignatureException", kCoralService, 400};
    case ErrorCode::AccessDenied: return {"AccessDeniedException", kCoralService, 400};
    case ErrorCode::ResourceNotFound: return {"ResourceNotFoundException", kDynamo, 400};
    case ErrorCode::ResourceInUse: return {"ResourceInUseException", kDynamo, 400};
    case ErrorCode::ConditionalCheckFailed: return {"ConditionalCheckFailedException", kDynamo, 400};
    case ErrorCode::ProvisionedThroughputExceeded: return {"ProvisionedThroughputExceededException", kDynamo, 400};
    case ErrorCode::Throttling: return {"ThrottlingException", "com.amazon.coral.availability", 400};
    case ErrorCode::RequestLimitExceeded: return {"RequestLimitExceeded", kDynamo, 400};
    case ErrorCode::LimitExceeded: return {"LimitExceededException", kDynamo, 400};
    case ErrorCode::ItemCollectionSizeLimitExceeded: return {"ItemCollectionSizeLimitExceededException", kDynamo, 400};
    case ErrorCode::TransactionCanceled: return {"TransactionCanceledException", kDynamo, 400};
    case ErrorCode::TransactionConflict: return {"TransactionConflictException", kDynamo, 400};
    case ErrorCode::TransactionInProgress: return {"TransactionInProgressException", kDynamo, 400};
    case ErrorCode::IdempotentParameterMismatch: return {"IdempotentParameterMismatchException", kDynamo, 400};
    case ErrorCode::DuplicateItem: return {"DuplicateItemException", kDynamo, 400};
    case ErrorCode::ExpiredIterator: return {"ExpiredIteratorException", kStreams, 400};
    case ErrorCode::TrimmedDataAccess: return {"TrimmedDataAccessException", kStreams, 400};
    case ErrorCode::InternalServerError: return {"InternalServerError", kDynamo, 500};
    case ErrorCode::ServiceUnavailable: return {"ServiceUnavailableException", kDynamo, 503};
    }
    return {"InternalServerError", kDynamo, 500};
}

// These shapes name their message member `Message` in the service model;
// SerializationException bodies use it too.
bool usesCapitalMessage(ErrorCode code) {
    return code == ErrorCode::TransactionCanceled || code == ErrorCode::TransactionInProgress ||
           code == ErrorCode::IdempotentParameterMismatch || code == ErrorCode::Serialization;
}

}  // namespace

std::string_view ApiError::name() const { return infoFor(m_code).name; }

std::string ApiError::typeName() const {
    const ErrorInfo info = infoFor(m_code);
    std::string type;
    type.reserve(info.ns.size() + 1 + info.name.size());
    type.append(info.ns).append("#").append(info.name);
    return type;
}

int ApiError::httpStatus() const { return infoFor(m_code).status; }

nlohmann::json ApiError::toJson() const {
    nlohmann::json body = nlohmann::json::object();
    body["__type"] = typeName();
    if (!m_message.empty() || m_code != ErrorCode::UnknownOperation)
        body[usesCapitalMessage(m_code) ? "Message" : "message"] = m_message;
    if (m_extra.is_object()) {
        for (auto it = m_extra.begin(); it != m_extra.end(); ++it)
            body[it.key()] = it.value();
    }
    return body;
}

}  // namespace shardscope::engine
