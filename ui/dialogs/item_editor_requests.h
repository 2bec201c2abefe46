// ItemEditorRequests: the requests the item editor sends, built in one place
// so they can be tested without a dialog.
//
// Saving never loses a concurrent change silently:
//  - a new item is put with attribute_not_exists(<partition key>), so an
//    existing item with that key is reported, not replaced;
//  - an edited item is put with a condition that the stored item still is the
//    one that was loaded: attribute_exists(<partition key>) and, if the item
//    has a numeric version attribute (version, Version, VERSION, _version),
//    that it still holds the loaded version (the save then increments it);
//    otherwise that every loaded non-key attribute still has its loaded value
//    (up to kMaxComparedAttributes, which keeps the expression within
//    DynamoDB's 4 KB and 300-operator limits; the note says when more exist);
//  - overwriting after a conflict puts without a condition.
// A dry run is a PutItem whose condition can never hold: the engine validates
// the item completely and answers ConditionalCheckFailedException without
// writing, so that answer means "valid" and anything else is the exact reason.
//
// Thread-safety: stateless functions.
#pragma once

#include <nlohmann/json.hpp>

#include <QString>

namespace shardscope::ui {

class ItemEditorRequests {
public:
    enum class Write { Create, Replace, Overwrite };
    static constexpr int kMaxComparedAttributes = 100;

    // The PutItem that saves `item` to `table`. `loaded` (Replace only) is the
    // item as read. `*note` (if given) is set, translated, when the condition
    // could not compare every attribute.
    static nlohmann::json put(const QString& table, const nlohmann::json& item, const nlohmann::json& loaded,
                              const QString& partitionKey, Write write, QString* note = nullptr);
    // A PutItem that validates `item` and never writes it.
    static nlohmann::json dryRun(const QString& table, const nlohmann::json& item, const QString& partitionKey);
    // A strongly consistent GetItem of `key`.
    static nlohmann::json get(const QString& table, const nlohmann::json& key);
    // The name of `item`'s numeric version attribute; empty if it has none.
    static QString versionAttribute(const nlohmann::json& item);
    // `item` with its version attribute one above `loaded`'s, if the user left
    // it at the loaded value; otherwise `item` unchanged.
    static nlohmann::json withNextVersion(const nlohmann::json& item, const nlohmann::json& loaded);
};

}  // namespace shardscope::ui
