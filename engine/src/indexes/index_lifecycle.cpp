#include "indexes/index_lifecycle.h"

#include "indexes/global_index_definition.h"
#include "indexes/index_descriptions.h"
#include "indexes/index_write_checks.h"
#include "types/item_codec.h"

#include <set>
#include <vector>

namespace shardscope::engine::indexes {
namespace {

using nlohmann::json;
constexpr std::size_t kRebuildBatch = 1000;

BackfillWorker& worker(Engine::Impl& engine) {
    if (!engine.indexWorker) engine.indexWorker = std::make_unique<BackfillWorker>(engine);
    return *engine.indexWorker;
}

ApiError onlyOneOnlineChange() {
    return ApiError::limitExceeded(
        "Subscriber limit exceeded: Only 1 online index can be created or deleted simultaneously per table");
}

// Persists the table's description (and registers a new index) in one transaction.
Status persist(OpContext& ctx, const TableSchema& table, const std::string* registerIndex) {
    storage::Transaction tx(*ctx.engine.db);
    SHARDSCOPE_TRY(tx.begin());
    SHARDSCOPE_TRY(ctx.engine.catalog->update(table.id(), table.description()));
    if (registerIndex) SHARDSCOPE_TRY(ctx.engine.indexStore->registerIndex(table.id(), *registerIndex));
    return tx.commit();
}

// Takes back the online change this call began for the table (a later
// change in the same UpdateTable failed, and the caller restores its
// description). Nothing was backfilled or deleted yet: the worker cannot
// run while this call holds the engine's mutex.
Status revertStartedChange(OpContext& ctx, TableSchema& table) {
    const IndexCallState::StartedChange* started = ctx.indexState.startedChange(table.id());
    if (!started) return Status::success();
    const std::string index = started->index;
    const bool created = started->created;
    table.description() = started->descriptionBefore;
    ctx.indexState.forgetStartedChange(table.id());
    SHARDSCOPE_TRY(table.reloadIndexes());
    storage::Transaction tx(*ctx.engine.db);
    SHARDSCOPE_TRY(tx.begin());
    SHARDSCOPE_TRY(ctx.engine.catalog->update(table.id(), table.description()));
    if (created) SHARDSCOPE_TRY(ctx.engine.indexStore->forgetIndex(table.id(), index));
    return tx.commit();
}

// Runs a change; when it fails, also takes back what this call began before.
template <typename Change>
Status guarded(OpContext& ctx, TableSchema& table, Change&& change) {
    Status status = change();
    if (!status.ok()) (void)revertStartedChange(ctx, table);
    return status;
}

Status createGlobalIndex(OpContext& ctx, TableSchema& table, const json& create, const json* attributeDefinitions) {
    auto definition = readGlobalIndexCreate(table, create, attributeDefinitions);
    if (!definition.ok()) return std::move(definition).error();
    if (onlineIndexChangeInProgress(table)) return onlyOneOnlineChange();

    json& d = table.description();
    json before = d;
    d["AttributeDefinitions"] = definition->attributeDefinitions;
    if (!d.contains(kGlobalIndexes) || !d[kGlobalIndexes].is_array()) d[kGlobalIndexes] = json::array();
    d[kGlobalIndexes].push_back(definition->description);
    Status status = table.reloadIndexes();
    if (status.ok()) status = persist(ctx, table, &definition->name);
    if (!status.ok()) {
        d = std::move(before);
        (void)table.reloadIndexes();
        return status;
    }
    ctx.indexState.noteStartedChange(table.id(), {definition->name, true, std::move(before)});
    worker(ctx.engine).schedule(table.id(), table.name(), definition->name);
    return Status::success();
}

Status deleteGlobalIndex(OpContext& ctx, TableSchema& table, const std::string& indexName) {
    json& d = table.description();
    json* index = findIndexDescription(d, kGlobalIndexes, indexName);
    if (!index) {
        if (findIndexDescription(d, kLocalIndexes, indexName))
            return ApiError::validation("One or more parameter values were invalid: Index " + indexName +
                                        " is a local secondary index; only global secondary indexes can be deleted");
        return ApiError::resourceNotFound("Requested resource not found: Index: " + indexName + " not found");
    }
    const std::string status = index->value("IndexStatus", "ACTIVE");
    // Deleting the index being created cancels its backfill; anything else waits.
    const bool cancelsCreation = status == "CREATING";
    if (status == "DELETING" || (!cancelsCreation && onlineIndexChangeInProgress(table))) return onlyOneOnlineChange();
    for (const auto& other : table.indexes())
        if (other.name() != indexName && other.isGlobal() && other.state() != IndexState::Active)
            return onlyOneOnlineChange();

    json before = d;
    (*index)["IndexStatus"] = "DELETING";
    index->erase("Backfilling");
    Status result = table.reloadIndexes();
    if (result.ok()) result = persist(ctx, table, nullptr);
    if (!result.ok()) {
        d = std::move(before);
        (void)table.reloadIndexes();
        return result;
    }
    ctx.indexState.noteStartedChange(table.id(), {indexName, false, std::move(before)});
    worker(ctx.engine).schedule(table.id(), table.name(), indexName);
    return Status::success();
}

// Entries, usage rows and item collections of a table built from its items
// (a workspace written before indexes were maintained).
Status rebuildTable(Engine::Impl& engine, TableSchema& table) {
    IndexStore& store = *engine.indexStore;
    storage::Transaction tx(*engine.db);
    SHARDSCOPE_TRY(tx.begin());
    SHARDSCOPE_TRY(store.eraseTable(table.id()));
    for (const auto& index : table.indexes()) SHARDSCOPE_TRY(store.registerIndex(table.id(), index.name()));
    struct Row {
        storage::StoredKey key;
        std::string data;
    };
    storage::ScanRange range;
    std::string buffer;
    for (;;) {
        std::vector<Row> rows;
        auto collect = [](void* context, const storage::RowView& row) {
            auto* out = static_cast<std::vector<Row>*>(context);
            out->push_back({{row.hash, std::string(row.pk), std::string(row.sk)}, std::string(row.data)});
            return out->size() < kRebuildBatch;
        };
        SHARDSCOPE_TRY(engine.items->walkTable(table.id(), range, &rows, collect));
        for (const Row& row : rows) {
            auto item = decodeItem(row.data);
            if (!item.ok()) return std::move(item).error();
            for (const auto& index : table.indexes()) {
                if (index.state() == IndexState::Deleting) continue;
                const auto entry = index.entryFor(*item, row.key);
                if (!entry) continue;
                buffer.clear();
                encodeItemInto(entry->item, &buffer);
                SHARDSCOPE_TRY(store.put(table.id(), index.name(), entry->key, static_cast<std::int64_t>(entry->size), buffer));
            }
            SHARDSCOPE_TRY(store.addCollectionSize(table.id(), row.key.hash, row.key.pk,
                                                   collectionGrowth(table, row.key, nullptr, &*item)));
        }
        if (rows.size() < kRebuildBatch) break;
        range.after = rows.back().key;
    }
    return tx.commit();
}

}  // namespace

bool onlineIndexChangeInProgress(const TableSchema& table) {
    for (const auto& index : table.indexes())
        if (index.isGlobal() && index.state() != IndexState::Active) return true;
    return false;
}

Status beginCreateGlobalIndex(OpContext& ctx, TableSchema& table, const json& create, const json* attributeDefinitions) {
    return guarded(ctx, table, [&] { return createGlobalIndex(ctx, table, create, attributeDefinitions); });
}

Status beginDeleteGlobalIndex(OpContext& ctx, TableSchema& table, const std::string& indexName) {
    return guarded(ctx, table, [&] { return deleteGlobalIndex(ctx, table, indexName); });
}

Status prepareNewTable(OpContext& ctx, std::int64_t tableId, const json& description) {
    IndexStore& store = *ctx.engine.indexStore;
    SHARDSCOPE_TRY(store.eraseTable(tableId));
    for (const char* member : {kLocalIndexes, kGlobalIndexes}) {
        if (!description.contains(member) || !description.at(member).is_array()) continue;
        for (const auto& index : description.at(member))
            SHARDSCOPE_TRY(store.registerIndex(tableId, index.value("IndexName", "")));
    }
    return Status::success();
}

Status dropTableIndexes(OpContext& ctx, std::int64_t tableId) { return ctx.engine.indexStore->eraseTable(tableId); }

Status openIndexes(Engine::Impl& engine) {
    engine.indexStore = std::make_unique<IndexStore>(*engine.db);
    IndexStore& store = *engine.indexStore;
    SHARDSCOPE_TRY(store.ensureSchema());
    auto usage = store.allUsage();
    if (!usage.ok()) return std::move(usage).error();
    std::set<std::int64_t> liveIds;
    for (auto& [name, table] : engine.tables) liveIds.insert(table->id());
    std::set<std::pair<std::int64_t, std::string>> registered;
    std::set<std::int64_t> orphans;
    for (const auto& row : *usage) {
        registered.emplace(row.tableId, row.indexName);
        if (!liveIds.count(row.tableId)) orphans.insert(row.tableId);
    }
    for (std::int64_t id : orphans) {
        storage::Transaction tx(*engine.db);
        SHARDSCOPE_TRY(tx.begin());
        SHARDSCOPE_TRY(store.eraseTable(id));
        SHARDSCOPE_TRY(tx.commit());
    }
    for (auto& [name, table] : engine.tables) {
        table->setIndexStore(&store);
        bool complete = true;
        for (const auto& index : table->indexes())
            if (!registered.count({table->id(), index.name()})) complete = false;
        if (!complete) SHARDSCOPE_TRY(rebuildTable(engine, *table));
    }
    return Status::success();
}

void resumeIndexChanges(Engine::Impl& engine) {
    std::lock_guard lock(engine.mutex);
    for (auto& [name, table] : engine.tables)
        for (const auto& index : table->indexes())
            if (index.isGlobal() && index.state() != IndexState::Active)
                worker(engine).schedule(table->id(), table->name(), index.name());
}

void closeIndexes(Engine::Impl& engine) {
    if (engine.indexWorker) engine.indexWorker->stop();
}

}  // namespace shardscope::engine::indexes
