#include "backend/backend_reply.h"

#include <QCoreApplication>

namespace shardscope::ui {

BackendReply BackendReply::success(nlohmann::json response) {
    BackendReply reply;
    reply.m_state.emplace<0>(std::move(response));
    return reply;
}

BackendReply BackendReply::failure(BackendError error) {
    BackendReply reply;
    reply.m_state.emplace<1>(std::move(error));
    return reply;
}

QString BackendError::summary() const {
    // Wire messages stay English (clients match on them); the headline is ours to translate.
    if (type == QLatin1String("ValidationException"))
        return QCoreApplication::translate("BackendError", "The request is not valid.");
    if (type == QLatin1String("ResourceInUseException"))
        return QCoreApplication::translate("BackendError", "The table already exists or is busy.");
    if (type == QLatin1String("ResourceNotFoundException"))
        return QCoreApplication::translate("BackendError", "The table does not exist.");
    if (type == QLatin1String("LimitExceededException"))
        return QCoreApplication::translate("BackendError", "A limit was exceeded.");
    if (type == QLatin1String("SerializationException"))
        return QCoreApplication::translate("BackendError", "The request could not be read.");
    if (type == QLatin1String("UnknownOperationException"))
        return QCoreApplication::translate("BackendError", "The backend does not support this operation.");
    if (type == QLatin1String("ConditionalCheckFailedException"))
        return QCoreApplication::translate("BackendError", "The condition was not met.");
    if (type == QLatin1String("ProvisionedThroughputExceededException") ||
        type == QLatin1String("ThrottlingException") || type == QLatin1String("RequestLimitExceeded"))
        return QCoreApplication::translate("BackendError", "The request was throttled.");
    if (type == QLatin1String("InternalServerError") || type == QLatin1String("ServiceUnavailableException"))
        return QCoreApplication::translate("BackendError", "The backend failed to process the request.");
    if (type == QLatin1String("UnrecognizedClientException") ||
        type == QLatin1String("MissingAuthenticationTokenException"))
        return QCoreApplication::translate("BackendError", "The service does not accept these credentials.");
    if (type == QLatin1String("InvalidSignatureException") || type == QLatin1String("IncompleteSignatureException"))
        return QCoreApplication::translate(
            "BackendError", "The request signature was refused: check the secret access key and the clock.");
    if (type == QLatin1String("AccessDeniedException"))
        return QCoreApplication::translate("BackendError", "These credentials may not do this.");
    if (type == QLatin1String("ConnectionRefused") || type == QLatin1String("HostNotFound") ||
        type == QLatin1String("NetworkError"))
        return QCoreApplication::translate("BackendError", "The service cannot be reached.");
    if (type == QLatin1String("RequestTimeout"))
        return QCoreApplication::translate("BackendError", "The service did not answer in time.");
    if (type == QLatin1String("TlsError"))
        return QCoreApplication::translate("BackendError", "The secure (TLS) connection failed.");
    if (type == QLatin1String("HttpError"))
        return QCoreApplication::translate("BackendError", "The address did not answer like a DynamoDB service.");
    if (type == QLatin1String("ConnectionChanged"))
        return QCoreApplication::translate("BackendError", "The connection was changed.");
    if (type.isEmpty())
        return QCoreApplication::translate("BackendError", "The request failed.");
    return QCoreApplication::translate("BackendError", "The request failed (%1).").arg(type);
}

QString BackendError::displayText() const {
    if (message.isEmpty())
        return summary();
    return summary() + QLatin1Char('\n') + message;
}

}  // namespace shardscope::ui
