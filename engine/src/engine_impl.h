// Engine::Impl: the engine's state behind the front door.
//
// Holds the SQLite database, the item store, the catalog and the open tables.
// `mutex` serialises every operation: each call() is atomic and isolated, and
// the SQLite connection is never used from two threads at once.
//
// Thread-safety: members are guarded by `mutex`, listeners by `listenerMutex`.
#pragma once

#include "indexes/backfill_worker.h"
#include "indexes/index_call_state.h"
#include "indexes/index_store.h"
#include "observe/call_record.h"
#include "ops/table_schema.h"
#include "shardscope/engine/engine.h"
#include "storage/catalog.h"
#include "storage/database.h"
#include "storage/item_store.h"

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace shardscope::engine {

namespace ttl {
class TtlSweeper;
}
namespace observe {
class Observatory;
}

class Engine::Impl {
public:
    Impl();
    ~Impl();  // out of line: members of incomplete types (engine.cpp)

    EngineOptions options;
    std::shared_ptr<Clock> clock;
    std::unique_ptr<storage::Database> db;
    std::unique_ptr<storage::ItemStore> items;
    std::unique_ptr<storage::Catalog> catalog;
    std::map<std::string, std::unique_ptr<TableSchema>, std::less<>> tables;
    std::mutex mutex;

    // TransactWriteItems idempotency: ClientRequestToken -> what was sent and
    // answered, kept ten minutes after the transaction finished.
    struct CompletedTransaction {
        std::string requestFingerprint;
        nlohmann::json response;
        std::int64_t expiresAtMillis = 0;
    };
    std::map<std::string, CompletedTransaction, std::less<>> completedTransactions;

    // Secondary-index entries, and the background worker that backfills new
    // GSIs and removes deleted ones (started on demand; see indexes/).
    std::unique_ptr<indexes::IndexStore> indexStore;
    std::unique_ptr<indexes::BackfillWorker> indexWorker;

    std::mutex listenerMutex;
    std::map<int, Engine::ChangeListener> listeners;
    int nextListenerId = 1;

    // Deletes expired TTL items in the background (ttl/ttl_sweeper.h);
    // started by Engine::open, stopped first thing in ~Engine.
    std::unique_ptr<ttl::TtlSweeper> ttlSweeper;

    // Capacity, partitions, metrics and hot keys (observe/observatory.h);
    // each table's own state hangs off its TableSchema::monitor.
    std::unique_ptr<observe::Observatory> observatory;

    TableSchema* findTable(std::string_view name) {
        auto it = tables.find(name);
        return it == tables.end() ? nullptr : it->second.get();
    }
    std::string tableArn(std::string_view name) const {
        return "arn:aws:dynamodb:" + options.region + ":" + options.accountId + ":table/" + std::string(name);
    }
};

// Per-call state handed to every operation handler.
struct OpContext {
    Engine::Impl& engine;
    std::vector<ChangeEvent> events;  // fired after the call, outside the lock
    indexes::IndexCallState indexState{};  // index write units, online index changes of this call
    observe::CallRecord call{};            // what the observation layer noted (observe/call_record.h)
};

}  // namespace shardscope::engine
