// BackfillWorker: the engine's background thread for online GSI changes.
//
// UpdateTable starts a GSI creation or deletion (index_lifecycle.h) and
// hands the index to this worker. A CREATING index is backfilled: the base
// table is walked in storage order and each item's entry is put, one batch
// of EngineOptions::indexBackfillBatchSize items at a time, each batch a
// SQLite transaction taken under the engine's mutex, so reads and writes go
// on between batches (and writes maintain the new index themselves). The
// index's ItemCount / IndexSizeBytes grow as entries land and its
// backfillPercent advances; after the last batch the index becomes ACTIVE
// and Backfilling disappears. A DELETING index loses its entries batch by
// batch and finally leaves the description (with the attribute definitions
// only it used). Every change of state is persisted in the catalog and
// announced to the engine's change listeners as TableUpdated.
//
// Each batch re-reads the table and index by name: a table deleted, or an
// index whose description no longer matches what the worker was told (a
// refused UpdateTable put the old description back), ends or reverts the
// job (entries of an index that no longer exists are removed). An engine
// that opens with CREATING / DELETING indexes schedules them again.
//
// The thread starts with the first job and stops (joined) in stop() or the
// destructor; EngineOptions::indexBackfillPauseMillis of real time pass
// before each batch, so tests can watch the progress.
//
// Thread-safety: schedule() is called under the engine's mutex; the thread
// takes that mutex for each batch. stop() must not be called with the
// engine's mutex held.
#pragma once

#include "shardscope/engine/engine.h"
#include "storage/item_store.h"

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

namespace shardscope::engine::indexes {

class BackfillWorker {
public:
    explicit BackfillWorker(Engine::Impl& engine) : m_engine(engine) {}
    ~BackfillWorker() { stop(); }
    BackfillWorker(const BackfillWorker&) = delete;
    BackfillWorker& operator=(const BackfillWorker&) = delete;

    // Queues the online change of `index` (its state in the table decides
    // what is done) and starts the thread if needed. No-op after stop().
    void schedule(std::int64_t tableId, const std::string& table, const std::string& index);
    // Ends the thread; unfinished jobs stay persisted as CREATING/DELETING.
    void stop();

    // One batch of the first queued job, on the calling thread, which must
    // hold the engine's mutex. Returns false when there was nothing to do.
    // (The thread's loop; public so that an owner can drain work in place.)
    bool runOneBatch(std::vector<std::string>* changedTables);

private:
    struct Job {
        std::int64_t tableId = 0;
        std::string table;
        std::string index;
        std::optional<storage::StoredKey> cursor;  // backfill: last base key copied
        std::int64_t processed = 0;
        std::int64_t total = -1;  // base items when the backfill began
    };
    enum class Step { Continue, Done };

    void run();
    Result<Step> step(Job& job);
    Result<Step> backfillBatch(Job& job);
    Result<Step> deleteBatch(Job& job);
    Result<Step> discardBatch(Job& job);

    Engine::Impl& m_engine;
    std::mutex m_queueMutex;  // guards m_jobs, m_stopping, m_thread start
    std::condition_variable m_wake;
    std::deque<Job> m_jobs;
    bool m_stopping = false;
    bool m_stopped = false;
    std::thread m_thread;
};

}  // namespace shardscope::engine::indexes
