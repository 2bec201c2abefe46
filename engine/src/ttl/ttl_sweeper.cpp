#include "ttl/ttl_sweeper.h"

#include "ops/item_writer.h"
#include "streams/table_partitions.h"
#include "ttl/expiry_rule.h"
#include "ttl/ttl_settings.h"
#include "types/item_codec.h"

#include <algorithm>
#include <chrono>
#include <optional>
#include <set>

namespace shardscope::engine::ttl {
namespace {

// Bounds the memory the pending-expired estimate may take per table.
constexpr std::size_t kMaxUpcoming = 1'000'000;

// What one batch of a partition walk saw.
struct Batch {
    std::string_view attribute;
    double nowSeconds = 0;
    std::size_t limit = 0;
    std::size_t rows = 0;
    std::vector<storage::StoredKey> expired;
    std::vector<double> upcoming;
    std::optional<storage::StoredKey> last;
    bool failed = false;
};

bool visitRow(void* context, const storage::RowView& row) {
    auto* batch = static_cast<Batch*>(context);
    batch->last = storage::StoredKey{row.hash, std::string(row.pk), std::string(row.sk)};
    ++batch->rows;
    auto item = decodeItem(row.data);
    if (!item.ok()) {
        batch->failed = true;
        return false;
    }
    if (isExpired(*item, batch->attribute, batch->nowSeconds)) {
        batch->expired.push_back(*batch->last);
    } else {
        double expiry = 0;
        if (expiryOf(*item, batch->attribute, &expiry) && expiry >= batch->nowSeconds) batch->upcoming.push_back(expiry);
    }
    return batch->rows < batch->limit;
}

TableSchema* tableWithUuid(Engine::Impl& engine, const std::string& name, const std::string& uuid) {
    TableSchema* table = engine.findTable(name);
    if (!table || table->description().value("TableId", "") != uuid) return nullptr;
    return table;
}

// Deletes the expired items of a batch in one transaction; returns how many.
std::int64_t deleteExpired(OpContext& ctx, TableSchema& table, const Batch& batch) {
    ItemWriter writer(ctx, ChangeOrigin::TimeToLive);
    if (!writer.begin().ok()) return 0;
    std::int64_t deleted = 0;
    for (const auto& key : batch.expired) {
        auto row = writer.read(table, key);
        if (!row.ok() || !*row) continue;
        auto item = decodeItem((*row)->data);
        // Re-checked on the row about to go: the batch's view is the same
        // under the lock, but this keeps the rule in one obvious place.
        if (!item.ok() || !isExpired(*item, batch.attribute, batch.nowSeconds)) continue;
        if (!writer.remove(table, key, **row).ok()) return 0;  // the writer rolls back
        ++deleted;
    }
    if (deleted == 0 || !writer.commit().ok()) return 0;
    return deleted;
}

}  // namespace

TtlSweeper::~TtlSweeper() { stop(); }

Status TtlSweeper::prepare(Engine::Impl& engine) {
    SHARDSCOPE_TRY(TtlSettingsStore::createSchema(*engine.db));
    std::set<std::string> live;
    for (const auto& [name, table] : engine.tables) live.insert(table->description().value("TableId", ""));
    return TtlSettingsStore(*engine.db).removeOthers(live);
}

void TtlSweeper::start() {
    if (m_thread.joinable() || m_engine.options.ttlSweepIntervalSeconds <= 0) return;
    m_stopping = false;
    m_thread = std::thread([this] { run(); });
}

void TtlSweeper::stop() {
    {
        std::lock_guard lock(m_stateMutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable()) m_thread.join();
}

void TtlSweeper::run() {
    const auto interval = std::chrono::duration<double>(m_engine.options.ttlSweepIntervalSeconds);
    std::unique_lock lock(m_stateMutex);
    while (!m_stopping) {
        if (m_wake.wait_for(lock, interval, [this] { return m_stopping.load(); })) break;
        lock.unlock();
        try {
            (void)sweepOnce();
        } catch (...) {
            // No exception may end the thread (std::terminate); the next
            // sweep starts over.
        }
        lock.lock();
    }
}

std::vector<TtlSweeper::Job> TtlSweeper::plan() {
    std::vector<Job> jobs;
    std::lock_guard lock(m_engine.mutex);
    auto settings = TtlSettingsStore(*m_engine.db).enabled();
    if (!settings.ok()) return jobs;
    for (const auto& setting : *settings) {
        for (const auto& [name, table] : m_engine.tables) {
            if (table->description().value("TableId", "") != setting.tableUuid) continue;
            jobs.push_back({name, setting.tableUuid, setting.attributeName,
                            static_cast<int>(streams::tablePartitions(*table).size())});
        }
    }
    return jobs;
}

std::int64_t TtlSweeper::sweepOnce() {
    std::lock_guard sweep(m_sweepMutex);
    std::int64_t deleted = 0;
    for (const auto& job : plan()) {
        if (m_stopping) break;
        deleted += sweepTable(job);
    }
    return deleted;
}

std::int64_t TtlSweeper::sweepTable(const Job& job) {
    {
        std::lock_guard lock(m_stateMutex);
        TableProgress& p = m_progress[job.tableUuid];
        p.partitionCount = job.partitionCount;
        p.partition = 0;
        p.itemsExamined = 0;
    }
    const auto batchSize = static_cast<std::size_t>(std::max(1, m_engine.options.ttlSweepBatchSize));
    std::vector<double> upcoming;
    std::int64_t deleted = 0;
    bool complete = true;
    for (int part = 0; part < job.partitionCount && complete; ++part) {
        {
            std::lock_guard lock(m_stateMutex);
            m_progress[job.tableUuid].partition = part;
        }
        std::optional<storage::StoredKey> cursor;
        for (bool more = true; more;) {
            if (m_stopping) {
                complete = false;
                break;
            }
            Batch batch;
            batch.attribute = job.attribute;
            batch.limit = batchSize;
            OpContext ctx{m_engine, {}, {}};
            std::int64_t batchDeleted = 0;
            {
                std::lock_guard lock(m_engine.mutex);
                TableSchema* table = tableWithUuid(m_engine, job.tableName, job.tableUuid);
                auto setting = TtlSettingsStore(*m_engine.db).get(job.tableUuid);
                const bool stillOn = table && setting.ok() && *setting && (*setting)->enabled &&
                                     (*setting)->attributeName == job.attribute;
                const auto partitions = table ? streams::tablePartitions(*table) : std::vector<streams::HashRange>{};
                if (!stillOn || part >= static_cast<int>(partitions.size())) {
                    complete = false;  // dropped, switched off or re-partitioned: the next sweep starts over
                    break;
                }
                batch.nowSeconds = m_engine.clock->nowSeconds();
                storage::ScanRange range{cursor, partitions[part].low, partitions[part].highExclusive};
                const Status walked = m_engine.items->walkTable(table->id(), range, &batch, &visitRow);
                if (!walked.ok() || batch.failed) {
                    // A row that cannot be read is skipped, not retried forever.
                    if (!batch.last) break;
                }
                if (!batch.expired.empty()) batchDeleted = deleteExpired(ctx, *table, batch);
            }
            deliver(ctx.events);
            cursor = batch.last;
            more = batch.rows >= batchSize || batch.failed;
            deleted += batchDeleted;
            if (upcoming.size() < kMaxUpcoming)
                upcoming.insert(upcoming.end(), batch.upcoming.begin(),
                                batch.upcoming.begin() +
                                    static_cast<std::ptrdiff_t>(std::min(batch.upcoming.size(), kMaxUpcoming - upcoming.size())));
            std::lock_guard lock(m_stateMutex);
            TableProgress& p = m_progress[job.tableUuid];
            p.itemsExamined += static_cast<std::int64_t>(batch.rows);
            p.itemsDeleted += batchDeleted;
            p.deletedSinceUpcoming += batchDeleted;
        }
    }
    std::lock_guard lock(m_stateMutex);
    TableProgress& p = m_progress[job.tableUuid];
    p.partition = -1;
    if (complete) {
        std::sort(upcoming.begin(), upcoming.end());
        p.upcoming = std::move(upcoming);
        p.deletedSinceUpcoming = 0;
        p.sweepsCompleted += 1;
        p.lastSweepSeconds = m_engine.clock->nowSeconds();
    }
    return deleted;
}

void TtlSweeper::deliver(const std::vector<ChangeEvent>& events) {
    if (events.empty()) return;
    std::lock_guard lock(m_engine.listenerMutex);
    for (const auto& event : events)
        for (const auto& [id, listener] : m_engine.listeners) listener(event);
}

TtlProgress TtlSweeper::progress(const std::string& tableName) {
    TtlProgress out;
    std::string uuid;
    {
        std::lock_guard lock(m_engine.mutex);
        TableSchema* table = m_engine.findTable(tableName);
        if (!table) return out;
        uuid = table->description().value("TableId", "");
        auto setting = TtlSettingsStore(*m_engine.db).get(uuid);
        if (setting.ok() && *setting && (*setting)->enabled) {
            out.enabled = true;
            out.attributeName = (*setting)->attributeName;
        }
        out.partitionCount = static_cast<int>(streams::tablePartitions(*table).size());
    }
    const double now = m_engine.clock->nowSeconds();
    std::lock_guard lock(m_stateMutex);
    const auto it = m_progress.find(uuid);
    if (it == m_progress.end()) return out;
    const TableProgress& p = it->second;
    out.partition = p.partition;
    out.itemsExamined = p.itemsExamined;
    out.itemsDeleted = p.itemsDeleted;
    out.sweepsCompleted = p.sweepsCompleted;
    out.lastSweepSeconds = p.lastSweepSeconds;
    if (out.enabled) {
        // TTL values seen unexpired that now lie in the expiring window.
        const auto from = std::lower_bound(p.upcoming.begin(), p.upcoming.end(), now - kFiveYearsSeconds);
        const auto to = std::lower_bound(p.upcoming.begin(), p.upcoming.end(), now);
        out.pendingExpired = std::max<std::int64_t>(0, (to - from) - p.deletedSinceUpcoming);
    }
    return out;
}

}  // namespace shardscope::engine::ttl
