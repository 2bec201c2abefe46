// ItemsValueFormat: how the item views turn DynamoDB-JSON attribute values
// ({"S": "x"}, {"M": {...}}) into text: short previews for table cells, full
// text for CSV, hex previews of binaries, and the checks the editors share
// (is this a DynamoDB number, is this base64).
//
// Previews unwrap the type descriptors (a map reads {"city": "Berlin",
// "zip": 10115}), keep numbers exact (they are strings on the wire) and stop
// after a character budget, so a 400 KB attribute never becomes a 400 KB
// QString in a table cell.
//
// Thread-safety: stateless functions; call them from any thread.
#pragma once

#include <nlohmann/json.hpp>

#include <QByteArray>
#include <QString>

namespace shardscope::ui {

// The ten DynamoDB types, and Missing for "the item has no such attribute".
// Values are stored in models; never reorder.
enum class ItemValueType : quint8 { Missing = 0, S, N, B, Bool, Null, M, L, SS, NS, BS };

class ItemsValueFormat {
public:
    // The type of an attribute value in DynamoDB JSON; Missing if it is not one.
    static ItemValueType typeOf(const nlohmann::json& value);
    // The wire name: "S", "N", "B", "BOOL", "NULL", "M", "L", "SS", "NS", "BS"; empty for Missing.
    static QString typeName(ItemValueType type);
    // The inverse of typeName(); Missing for anything else.
    static ItemValueType typeFromName(const QString& name);
    static bool isSet(ItemValueType type) {
        return type == ItemValueType::SS || type == ItemValueType::NS || type == ItemValueType::BS;
    }
    static bool isScalar(ItemValueType type) { return type >= ItemValueType::S && type <= ItemValueType::Null; }

    // A one-line preview of `value`, at most about `maxChars` characters.
    // Sets `*truncated` (if given) when the text was cut.
    static QString preview(const nlohmann::json& value, int maxChars, bool* truncated = nullptr);
    // The whole value as one CSV field: scalars as their text (BOOL true/false,
    // NULL empty), maps, lists and sets as their DynamoDB JSON.
    static QString csvText(const nlohmann::json& value);

    // "48 65 6c 6c 6f …" for the first `maxBytes` bytes.
    static QString hexPreview(const QByteArray& bytes, int maxBytes);
    // True if `text` is a number DynamoDB accepts (38 digits, its range).
    // Otherwise fills `*error` (if given) with the engine's message.
    static bool isValidNumber(const QString& text, QString* error = nullptr);
    // True if `text` is strict base64 (padding included); fills `*bytes` if given.
    static bool decodeBase64(const QString& text, QByteArray* bytes = nullptr);
};

}  // namespace shardscope::ui
