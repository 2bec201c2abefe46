// BackendReply: the answer to one Backend::call(): a response body or an error.
//
// A reply carries exactly what the DynamoDB wire protocol carries: on success
// the response JSON, on failure the error type ("ValidationException"), the
// service's message (English, verbatim) and the HTTP status. The same shape
// comes from the embedded engine and, later, from a remote endpoint, so views
// never need to know which backend they talk to. BackendError::summary() gives
// a translated one-line headline for an error type; the message stays as sent.
//
// Thread-safety: plain value types; copy them freely between threads.
#pragma once

#include <nlohmann/json.hpp>

#include <QMetaType>
#include <QString>

#include <variant>

namespace shardscope::ui {

struct BackendError {
    QString type;         // short DynamoDB error name, e.g. "ResourceInUseException"
    QString message;      // the service's message, untranslated
    int httpStatus = 0;   // 400, 500, ...; 0 when no HTTP exchange took place

    // A translated headline for the error type, e.g. "The request is not valid."
    // Unknown types get a generic headline that names the type.
    QString summary() const;
    // summary() followed by the service's message, for dialogs and tooltips.
    QString displayText() const;
};

class BackendReply {
public:
    BackendReply() : m_state(std::in_place_index<1>, BackendError{}) {}
    static BackendReply success(nlohmann::json response);
    static BackendReply failure(BackendError error);

    bool ok() const { return m_state.index() == 0; }
    // Precondition: ok().
    const nlohmann::json& response() const { return std::get<0>(m_state); }
    // Precondition: !ok().
    const BackendError& error() const { return std::get<1>(m_state); }

private:
    std::variant<nlohmann::json, BackendError> m_state;
};

}  // namespace shardscope::ui

Q_DECLARE_METATYPE(shardscope::ui::BackendReply)
