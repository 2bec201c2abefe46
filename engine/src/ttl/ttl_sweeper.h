// TtlSweeper: the background deletion of expired items, one per engine.
//
// A sweep walks every TTL-enabled table partition by partition (hash ranges,
// streams/table_partitions.h) in storage order, in batches of
// EngineOptions::ttlSweepBatchSize items. Each batch runs under the engine's
// lock — so client requests interleave between batches — and deletes the
// batch's expired items (ttl/expiry_rule.h) through ItemWriter with
// ChangeOrigin::TimeToLive: secondary indexes follow, streams get REMOVE
// records with the service's userIdentity, and no capacity is consumed.
// Until a sweep reaches them, expired items stay visible to reads, as in
// DynamoDB. The background thread starts a sweep every
// EngineOptions::ttlSweepIntervalSeconds of real time; sweepOnce() runs one
// on the caller's thread (tests, a "sweep now" button).
//
// progress() reports, per table, the partition being swept, items examined
// and deleted, when the last sweep finished, and an estimate of expired items
// still waiting: the TTL values seen unexpired by the last sweep that have
// passed since, minus what has been deleted after it.
//
// Thread-safety: start(), stop() and the destructor from the engine's owner
// thread; sweepOnce() and progress() from any thread (one sweep runs at a
// time). The sweeper holds a reference to the engine's state, which must
// outlive it (Engine::~Engine stops it first).
#pragma once

#include "engine_impl.h"

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace shardscope::engine::ttl {

class TtlSweeper {
public:
    explicit TtlSweeper(Engine::Impl& engine) : m_engine(engine) {}
    ~TtlSweeper();
    TtlSweeper(const TtlSweeper&) = delete;
    TtlSweeper& operator=(const TtlSweeper&) = delete;

    // At engine open, before any request: creates the TTL tables and drops
    // the settings of tables that no longer exist.
    static Status prepare(Engine::Impl& engine);

    // Starts the background thread (unless the interval is 0).
    void start();
    // Stops and joins the thread; a sweep in progress ends after its batch.
    void stop();

    // One full sweep now; returns the number of items deleted.
    std::int64_t sweepOnce();

    TtlProgress progress(const std::string& tableName);

private:
    struct TableProgress {
        int partitionCount = 0;
        int partition = -1;
        std::int64_t itemsExamined = 0;
        std::int64_t itemsDeleted = 0;
        std::int64_t sweepsCompleted = 0;
        double lastSweepSeconds = 0;
        std::vector<double> upcoming;      // sorted TTL values seen unexpired by the last sweep
        std::int64_t deletedSinceUpcoming = 0;
    };
    struct Job {
        std::string tableName;
        std::string tableUuid;
        std::string attribute;
        int partitionCount = 0;
    };

    void run();
    std::vector<Job> plan();
    // Sweeps one table; returns items deleted.
    std::int64_t sweepTable(const Job& job);
    // Delivers change events outside the engine's lock, as Engine::call does.
    void deliver(const std::vector<ChangeEvent>& events);

    Engine::Impl& m_engine;
    std::mutex m_sweepMutex;  // one sweep at a time
    std::mutex m_stateMutex;  // guards m_progress and the thread's wake-up
    std::condition_variable m_wake;
    std::atomic<bool> m_stopping{false};
    std::thread m_thread;
    std::map<std::string, TableProgress> m_progress;  // by TableId
};

}  // namespace shardscope::engine::ttl
