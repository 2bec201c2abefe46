#include "ops/transact_ops.h"

#include "indexes/index_write_checks.h"
#include "observe/throughput.h"
#include "ops/item_helpers.h"
#include "ops/item_writer.h"
#include "ops/request_expressions.h"
#include "ops/table_ops.h"
#include "shardscope/engine/item_size.h"
#include "shardscope/engine/json_codec.h"

#include <map>
#include <set>

namespace shardscope::engine::ops {
namespace {

using nlohmann::json;
constexpr std::size_t kMaxActions = 100;
constexpr std::int64_t kTokenLifetimeMillis = 10 * 60 * 1000;

const ExpressionSpec kConditionSpec{{}, {"ConditionExpression"}, "ConditionExpression is null", {"ConditionExpression"}};
const ExpressionSpec kUpdateSpec{{}, {"UpdateExpression", "ConditionExpression"},
                                 "UpdateExpression and ConditionExpression are null",
                                 {"UpdateExpression", "ConditionExpression"}};
const ExpressionSpec kGetSpec{{}, {"ProjectionExpression"}, "", {}};

enum class ActionKind { ConditionCheck, Put, Delete, Update };

struct WriteAction {
    ActionKind kind = ActionKind::Put;
    TableSchema* table = nullptr;
    Item value;  // the item (Put) or the key (others)
    storage::StoredKey key;
    std::unique_ptr<RequestExpressions> expressions;
    std::optional<expr::ParsedCondition> condition;
    std::optional<expr::ParsedUpdate> update;
    bool returnOld = false;
    std::size_t putSize = 0;
};

struct Reason {
    std::string code = "None";
    std::string message;
    std::optional<Item> item;
};

Status readTransactItems(wire::RequestReader& reader, const json*& items) {
    items = reader.array("TransactItems");
    if (reader.required("TransactItems", items != nullptr)) reader.countBetween("TransactItems", items, 1, kMaxActions);
    return reader.status();
}

Result<WriteAction> parseWriteAction(OpContext& ctx, const json& element) {
    if (!element.is_object()) return ApiError::serialization("Expected map or null");
    static const std::pair<const char*, ActionKind> kKinds[] = {{"ConditionCheck", ActionKind::ConditionCheck},
                                                                {"Put", ActionKind::Put},
                                                                {"Delete", ActionKind::Delete},
                                                                {"Update", ActionKind::Update}};
    const json* body = nullptr;
    WriteAction action;
    int found = 0;
    for (const auto& [name, kind] : kKinds) {
        auto it = element.find(name);
        if (it == element.end() || it->is_null()) continue;
        ++found;
        body = &*it;
        action.kind = kind;
    }
    if (found != 1) return ApiError::validation("TransactItems can only contain one of Check, Put, Update or Delete");
    if (!body->is_object()) return ApiError::serialization("Expected map or null");

    wire::RequestReader reader(*body);
    const std::string* tableName = reader.string("TableName");
    reader.tableName("TableName", tableName, true);
    const char* itemMember = action.kind == ActionKind::Put ? "Item" : "Key";
    const json* value = reader.object(itemMember);
    reader.required(itemMember, value != nullptr);
    const std::string* onFailure = reader.string("ReturnValuesOnConditionCheckFailure");
    reader.enumValue("ReturnValuesOnConditionCheckFailure", onFailure, {"ALL_OLD", "NONE"});
    action.returnOld = onFailure && *onFailure == "ALL_OLD";
    if (action.kind == ActionKind::ConditionCheck) {
        const std::string* text = reader.string("ConditionExpression");
        reader.required("ConditionExpression", text != nullptr);
    }
    if (action.kind == ActionKind::Update) {
        const std::string* text = reader.string("UpdateExpression");
        reader.required("UpdateExpression", text != nullptr);
    }
    SHARDSCOPE_TRY(reader.status());

    auto parsedValue = itemFromJson(*value);
    if (!parsedValue.ok()) return std::move(parsedValue).error();
    action.value = std::move(*parsedValue);
    auto expressions = RequestExpressions::open(*body, action.kind == ActionKind::Update ? kUpdateSpec : kConditionSpec);
    if (!expressions.ok()) return std::move(expressions).error();
    action.expressions = std::move(*expressions);
    if (action.kind == ActionKind::Update) {
        auto update = action.expressions->update();
        if (!update.ok()) return std::move(update).error();
        action.update = std::move(*update);
    }
    auto condition = action.expressions->condition("ConditionExpression", expr::ExpressionKind::Condition);
    if (!condition.ok()) return std::move(condition).error();
    action.condition = std::move(*condition);
    SHARDSCOPE_TRY(action.expressions->finish());
    if (action.kind == ActionKind::Put) {
        action.putSize = itemSize(action.value);
        if (action.putSize > kMaxItemSize) return ApiError::validation("Item size has exceeded the maximum allowed size");
    }

    action.table = resolveTable(ctx, *tableName);
    if (!action.table) return ApiError::resourceNotFound();
    auto key = action.kind == ActionKind::Put ? action.table->keyOfItem(action.value) : action.table->keyOfKey(action.value);
    if (!key.ok()) return std::move(key).error();
    action.key = std::move(*key);
    if (action.kind == ActionKind::Put) SHARDSCOPE_TRY(indexes::checkIndexWrite(*action.table, action.value));
    if (action.update) SHARDSCOPE_TRY(expr::checkKeyAttributesNotUpdated(*action.update, action.table->keyNames()));
    return action;
}

// Admission for every action before anything is read: a throttled action
// cancels the transaction, its reason ProvisionedThroughputExceeded with the
// throttle's message, the others None. `admit` is called per action.
template <typename Actions, typename Admit>
Status admitTransaction(const Actions& actions, Admit admit) {
    json list = json::array();
    std::string codes;
    bool throttled = false;
    for (const auto& action : actions) {
        const Status admitted = admit(action);
        json entry = {{"Code", admitted.ok() ? "None" : "ProvisionedThroughputExceeded"}};
        if (!admitted.ok()) {
            entry["Message"] = admitted.error().message();
            throttled = true;
        }
        codes += (codes.empty() ? "" : ", ") + entry["Code"].get<std::string>();
        list.push_back(std::move(entry));
    }
    if (!throttled) return Status::success();
    return ApiError(ErrorCode::TransactionCanceled,
                    "Transaction cancelled, please refer cancellation reasons for specific reasons [" + codes + "]",
                    json{{"CancellationReasons", std::move(list)}});
}

}  // namespace

Result<json> transactGetItems(OpContext& ctx, const json& request) {
    wire::RequestReader reader(request);
    const std::string* rcc = reader.string("ReturnConsumedCapacity");
    reader.enumValue("ReturnConsumedCapacity", rcc, {"INDEXES", "TOTAL", "NONE"});
    const json* items = nullptr;
    SHARDSCOPE_TRY(readTransactItems(reader, items));

    struct GetAction {
        TableSchema* table = nullptr;
        storage::StoredKey key;
        std::optional<expr::ParsedProjection> projection;
    };
    std::vector<GetAction> actions;
    std::set<std::tuple<std::int64_t, std::string, std::string>> seen;
    for (const auto& element : *items) {
        if (!element.is_object() || !element.contains("Get") || !element["Get"].is_object())
            return ApiError::validation("1 validation error detected: Value null at 'transactItems.1.member.get' failed to "
                                        "satisfy constraint: Member must not be null");
        const json& get = element["Get"];
        wire::RequestReader r(get);
        const std::string* tableName = r.string("TableName");
        r.tableName("TableName", tableName, true);
        const json* keyJson = r.object("Key");
        r.required("Key", keyJson != nullptr);
        SHARDSCOPE_TRY(r.status());
        auto key = itemFromJson(*keyJson);
        if (!key.ok()) return std::move(key).error();
        auto expressions = RequestExpressions::open(get, kGetSpec);
        if (!expressions.ok()) return std::move(expressions).error();
        auto projection = (*expressions)->projection();
        if (!projection.ok()) return std::move(projection).error();
        SHARDSCOPE_TRY((*expressions)->finish());
        GetAction action;
        action.table = resolveTable(ctx, *tableName);
        if (!action.table) return ApiError::resourceNotFound();
        auto stored = action.table->keyOfKey(*key);
        if (!stored.ok()) return std::move(stored).error();
        if (!seen.emplace(action.table->id(), stored->pk, stored->sk).second)
            return ApiError::validation("Transaction request cannot include multiple operations on one item");
        action.key = std::move(*stored);
        action.projection = std::move(*projection);
        actions.push_back(std::move(action));
    }

    SHARDSCOPE_TRY(admitTransaction(actions, [&](const auto& action) {
        const observe::KeyRef keyRef = observe::keyRef(action.key);
        return observe::admitRead(ctx, *action.table, nullptr, &keyRef);
    }));
    json responses = json::array();
    std::map<std::string, double> units;
    for (const auto& action : actions) {
        auto row = ctx.engine.items->get(action.table->id(), action.key);
        if (!row.ok()) return std::move(row).error();
        const std::size_t size = *row ? static_cast<std::size_t>((*row)->size) : 0;
        units[action.table->name()] += 2 * readUnits(size, true);
        const observe::KeyRef keyRef = observe::keyRef(action.key);
        observe::chargeRead(ctx, *action.table, nullptr, &keyRef, 2 * readUnits(size, true));
        json entry = json::object();
        if (*row) {
            auto item = decodeRow(*row);
            if (!item.ok()) return std::move(item).error();
            entry["Item"] = toJson(action.projection ? expr::project(*action.projection, **item) : **item);
        }
        responses.push_back(std::move(entry));
    }
    json response = {{"Responses", std::move(responses)}};
    const CapacityDetail detail = capacityDetail(rcc);
    if (detail != CapacityDetail::None) response["ConsumedCapacity"] = consumedCapacityList(units, detail);
    return response;
}

Result<json> transactWriteItems(OpContext& ctx, const json& request) {
    wire::RequestReader reader(request);
    const std::string* rcc = reader.string("ReturnConsumedCapacity");
    reader.enumValue("ReturnConsumedCapacity", rcc, {"INDEXES", "TOTAL", "NONE"});
    const std::string* ricm = reader.string("ReturnItemCollectionMetrics");
    reader.enumValue("ReturnItemCollectionMetrics", ricm, {"SIZE", "NONE"});
    const std::string* token = reader.string("ClientRequestToken");
    reader.lengthBetween("ClientRequestToken", token, 1, 36);
    const json* items = nullptr;
    SHARDSCOPE_TRY(readTransactItems(reader, items));
    const CapacityDetail detail = capacityDetail(rcc);

    auto& engine = ctx.engine;
    const std::int64_t now = engine.clock->nowMillis();
    std::string fingerprint;
    if (token) {
        std::erase_if(engine.completedTransactions, [now](const auto& e) { return e.second.expiresAtMillis <= now; });
        json payload = request;
        payload.erase("ReturnConsumedCapacity");
        fingerprint = payload.dump();
        auto done = engine.completedTransactions.find(*token);
        if (done != engine.completedTransactions.end()) {
            if (done->second.requestFingerprint != fingerprint)
                return ApiError(ErrorCode::IdempotentParameterMismatch,
                                "Request with the same ClientRequestToken was sent with different parameters");
            json response = json::object();
            if (detail != CapacityDetail::None && done->second.response.contains("ReadUnits")) {
                std::map<std::string, double> units = done->second.response["ReadUnits"];
                response["ConsumedCapacity"] = consumedCapacityList(units, detail);
            }
            return response;
        }
    }

    std::vector<WriteAction> actions;
    actions.reserve(items->size());
    for (const auto& element : *items) {
        auto action = parseWriteAction(ctx, element);
        if (!action.ok()) return std::move(action).error();
        actions.push_back(std::move(*action));
    }
    std::set<std::tuple<std::int64_t, std::string, std::string>> seen;
    for (const auto& a : actions)
        if (!seen.emplace(a.table->id(), a.key.pk, a.key.sk).second)
            return ApiError::validation("Transaction request cannot include multiple operations on one item");

    SHARDSCOPE_TRY(admitTransaction(actions, [&](const auto& a) {
        return observe::admitWrite(ctx, *a.table, observe::keyRef(a.key));
    }));
    ItemWriter writer(ctx);
    SHARDSCOPE_TRY(writer.begin());
    std::vector<Reason> reasons(actions.size());
    std::vector<std::optional<storage::StoredItem>> rows(actions.size());
    std::vector<Item> newItems(actions.size());
    std::vector<std::size_t> newSizes(actions.size(), 0);
    bool cancelled = false;
    std::map<std::string, double> units, readBack;
    // Item-collection growth of this transaction so far, per (table, partition key).
    std::map<std::pair<std::int64_t, std::string>, std::int64_t> collectionGrowth;
    for (std::size_t i = 0; i < actions.size(); ++i) {
        WriteAction& a = actions[i];
        auto row = writer.read(*a.table, a.key);
        if (!row.ok()) return std::move(row).error();
        rows[i] = std::move(*row);
        auto old = decodeRow(rows[i]);
        if (!old.ok()) return std::move(old).error();
        const std::size_t oldSize = rows[i] ? static_cast<std::size_t>(rows[i]->size) : 0;
        if (!conditionHolds(a.condition, *old)) {
            reasons[i] = {"ConditionalCheckFailed", "The conditional request failed", a.returnOld ? *old : std::nullopt};
            cancelled = true;
            continue;
        }
        if (a.kind == ActionKind::Update) {
            Item base = *old ? **old : a.value;
            auto outcome = expr::applyUpdate(*a.update, base, old->has_value());
            if (!outcome.ok()) {
                reasons[i] = {"ValidationError", outcome.error().message(), std::nullopt};
                cancelled = true;
                continue;
            }
            newItems[i] = std::move(outcome->item);
            if (documentDepth(newItems[i]) > kMaxNestingDepth) {
                reasons[i] = {"ValidationError", "Nesting Levels have exceeded supported limits", std::nullopt};
                cancelled = true;
                continue;
            }
            newSizes[i] = itemSize(newItems[i]);
            if (newSizes[i] > kMaxItemSize) {
                reasons[i] = {"ValidationError", "Item size to update has exceeded the maximum allowed size", std::nullopt};
                cancelled = true;
                continue;
            }
            if (Status s = indexes::checkIndexWrite(*a.table, newItems[i], true); !s.ok()) {
                reasons[i] = {"ValidationError", s.error().message(), std::nullopt};
                cancelled = true;
                continue;
            }
        } else if (a.kind == ActionKind::Put) {
            newItems[i] = a.value;
            newSizes[i] = a.putSize;
        }
        if (a.table->hasLocalIndexes() && a.kind != ActionKind::ConditionCheck) {
            const bool present = a.kind == ActionKind::Put ||
                                 (a.kind == ActionKind::Update && (*old || expr::createsItem(*a.update)));
            const Item* before = *old ? &**old : nullptr;
            std::int64_t& growth = collectionGrowth[{a.table->id(), a.key.pk}];
            growth += indexes::collectionGrowth(*a.table, a.key, before, present ? &newItems[i] : nullptr);
            if (Status s = indexes::checkCollectionLimit(ctx, *a.table, a.key, growth); !s.ok()) {
                reasons[i] = {"ItemCollectionSizeLimitExceeded", s.error().message(), std::nullopt};
                cancelled = true;
                continue;
            }
        }
        units[a.table->name()] += 2 * writeUnits(std::max(oldSize, newSizes[i]));
        readBack[a.table->name()] += 2 * readUnits(std::max(oldSize, newSizes[i]), true);
    }
    if (cancelled) {
        json list = json::array();
        std::string codes;
        for (const auto& r : reasons) {
            json entry = {{"Code", r.code}};
            if (!r.message.empty()) entry["Message"] = r.message;
            if (r.item) entry["Item"] = toJson(*r.item);
            list.push_back(std::move(entry));
            codes += (codes.empty() ? "" : ", ") + r.code;
        }
        return ApiError(ErrorCode::TransactionCanceled,
                        "Transaction cancelled, please refer cancellation reasons for specific reasons [" + codes + "]",
                        json{{"CancellationReasons", std::move(list)}});
    }
    for (std::size_t i = 0; i < actions.size(); ++i) {
        WriteAction& a = actions[i];
        // An Update of only REMOVE/DELETE actions leaves a missing item missing.
        const bool writes = a.kind == ActionKind::Put ||
                            (a.kind == ActionKind::Update && (rows[i] || expr::createsItem(*a.update)));
        if (writes)
            SHARDSCOPE_TRY(writer.write(*a.table, a.key, newItems[i], newSizes[i], rows[i]));
        else if (a.kind == ActionKind::Delete && rows[i])
            SHARDSCOPE_TRY(writer.remove(*a.table, a.key, *rows[i]));
        const std::size_t oldSize = rows[i] ? static_cast<std::size_t>(rows[i]->size) : 0;
        observe::chargeWrite(ctx, *a.table, observe::keyRef(a.key), 2 * writeUnits(std::max(oldSize, newSizes[i])));
    }
    SHARDSCOPE_TRY(writer.commit());

    if (token)
        engine.completedTransactions[*token] = {fingerprint, json{{"ReadUnits", readBack}}, now + kTokenLifetimeMillis};
    json response = json::object();
    if (detail != CapacityDetail::None) {
        // Every index write is transactional too: twice the units.
        std::map<std::string, CapacityBreakdown> withIndexes;
        for (const auto& [table, tableUnits] : units) withIndexes[table] = ctx.indexState.capacity(table, tableUnits, 2.0);
        response["ConsumedCapacity"] = consumedCapacityList(withIndexes, detail);
    }
    if (ricm && *ricm == "SIZE") {
        json metrics = json::object();
        std::set<std::pair<std::int64_t, std::string>> reported;
        for (const auto& a : actions) {
            if (a.kind == ActionKind::ConditionCheck || !a.table->hasLocalIndexes() ||
                !reported.emplace(a.table->id(), a.key.pk).second)
                continue;
            auto entry = indexes::itemCollectionMetrics(ctx, *a.table, *a.value.find(a.table->hashKey().name), a.key);
            if (!entry.ok()) return std::move(entry).error();
            metrics[a.table->name()].push_back(std::move(*entry));
        }
        if (!metrics.empty()) response["ItemCollectionMetrics"] = std::move(metrics);
    }
    return response;
}

}  // namespace shardscope::engine::ops
