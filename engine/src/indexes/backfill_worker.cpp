#include "indexes/backfill_worker.h"

#include "engine_impl.h"
#include "indexes/index_descriptions.h"
#include "types/item_codec.h"

#include <algorithm>
#include <chrono>
#include <vector>

namespace shardscope::engine::indexes {
namespace {

std::int64_t batchSize(const Engine::Impl& engine) {
    return std::max<std::int64_t>(1, engine.options.indexBackfillBatchSize);
}

}  // namespace

void BackfillWorker::schedule(std::int64_t tableId, const std::string& table, const std::string& index) {
    std::lock_guard lock(m_queueMutex);
    if (m_stopped) return;
    for (const Job& job : m_jobs)
        if (job.tableId == tableId && job.index == index) return;
    Job job;
    job.tableId = tableId;
    job.table = table;
    job.index = index;
    m_jobs.push_back(std::move(job));
    if (!m_thread.joinable()) m_thread = std::thread([this] { run(); });
    m_wake.notify_all();
}

void BackfillWorker::stop() {
    {
        std::lock_guard lock(m_queueMutex);
        m_stopping = true;
        m_stopped = true;
        m_wake.notify_all();
    }
    if (m_thread.joinable() && m_thread.get_id() != std::this_thread::get_id()) m_thread.join();
}

void BackfillWorker::run() {
    const auto pause = std::chrono::milliseconds(std::max(0, m_engine.options.indexBackfillPauseMillis));
    for (;;) {
        {
            std::unique_lock lock(m_queueMutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_jobs.empty(); });
            if (m_stopping) return;
            if (pause.count() > 0 && m_wake.wait_for(lock, pause, [this] { return m_stopping; })) return;
        }
        std::vector<std::string> changed;
        {
            std::lock_guard engineLock(m_engine.mutex);
            (void)runOneBatch(&changed);
        }
        if (!changed.empty()) {
            std::lock_guard listeners(m_engine.listenerMutex);
            for (const auto& table : changed)
                for (const auto& [id, listener] : m_engine.listeners)
                    listener(ChangeEvent{ChangeEvent::Kind::TableUpdated, table});
        }
        std::this_thread::yield();  // let waiting calls in before the next batch
    }
}

bool BackfillWorker::runOneBatch(std::vector<std::string>* changedTables) {
    Job job;
    {
        std::lock_guard lock(m_queueMutex);
        if (m_jobs.empty()) return false;
        job = std::move(m_jobs.front());
        m_jobs.pop_front();
    }
    auto result = step(job);
    if (changedTables && m_engine.findTable(job.table)) changedTables->push_back(job.table);
    // A storage error ends the job; the index stays as persisted and is
    // scheduled again when the engine next opens.
    if (result.ok() && *result == Step::Continue) {
        std::lock_guard lock(m_queueMutex);
        m_jobs.push_back(std::move(job));
    }
    return true;
}

Result<BackfillWorker::Step> BackfillWorker::step(Job& job) {
    TableSchema* table = m_engine.findTable(job.table);
    if (!table || table->id() != job.tableId) return discardBatch(job);  // the table is gone
    const std::string status = globalIndexStatus(table->description(), job.index);
    IndexSchema* index = table->findIndex(job.index);
    const bool matches = index && ((status == "CREATING" && index->state() == IndexState::Creating) ||
                                   (status == "DELETING" && index->state() == IndexState::Deleting) ||
                                   (status == "ACTIVE" && index->state() == IndexState::Active));
    if (!matches) {
        // Someone restored an older description: follow it, and keep the catalog in step.
        SHARDSCOPE_TRY(table->reloadIndexes());
        SHARDSCOPE_TRY(m_engine.catalog->update(table->id(), table->description()));
    }
    if (status.empty()) return discardBatch(job);
    if (status == "CREATING") return backfillBatch(job);
    if (status == "DELETING") return deleteBatch(job);
    return Step::Done;
}

Result<BackfillWorker::Step> BackfillWorker::backfillBatch(Job& job) {
    TableSchema& table = *m_engine.findTable(job.table);
    IndexSchema& index = *table.findIndex(job.index);
    if (job.total < 0) job.total = table.itemCount;
    const std::int64_t limit = batchSize(m_engine);

    struct Row {
        storage::StoredKey key;
        std::string data;
    };
    struct Collect {
        std::vector<Row> rows;
        std::size_t limit;
    } collect{{}, static_cast<std::size_t>(limit)};
    storage::ScanRange range;
    range.after = job.cursor;
    SHARDSCOPE_TRY(m_engine.items->walkTable(table.id(), range, &collect, [](void* context, const storage::RowView& row) {
        auto* c = static_cast<Collect*>(context);
        c->rows.push_back({{row.hash, std::string(row.pk), std::string(row.sk)}, std::string(row.data)});
        return c->rows.size() < c->limit;
    }));
    const bool finished = collect.rows.size() < collect.limit;

    storage::Transaction tx(*m_engine.db);
    SHARDSCOPE_TRY(tx.begin());
    std::string buffer;
    for (const Row& row : collect.rows) {
        auto item = decodeItem(row.data);
        if (!item.ok()) return std::move(item).error();
        // Items whose key attribute has another type, is empty or too long stay out of the index.
        const auto entry = index.entryFor(*item, row.key);
        if (!entry) continue;
        buffer.clear();
        encodeItemInto(entry->item, &buffer);
        SHARDSCOPE_TRY(m_engine.indexStore->put(table.id(), index.name(), entry->key,
                                                static_cast<std::int64_t>(entry->size), buffer));
    }
    if (finished) {
        nlohmann::json* described = findIndexDescription(table.description(), kGlobalIndexes, job.index);
        (*described)["IndexStatus"] = "ACTIVE";
        described->erase("Backfilling");
        SHARDSCOPE_TRY(m_engine.catalog->update(table.id(), table.description()));
    }
    Status committed = tx.commit();
    if (!committed.ok()) {
        if (finished) (void)table.reloadIndexes();  // back to the persisted CREATING
        return std::move(committed).error();
    }
    job.processed += static_cast<std::int64_t>(collect.rows.size());
    if (!collect.rows.empty()) job.cursor = collect.rows.back().key;
    if (finished) {
        index.setState(IndexState::Active);
        index.backfillPercent = 100;
        return Step::Done;
    }
    const double total = static_cast<double>(std::max(job.total, job.processed + 1));
    index.backfillPercent = std::min(99.0, 100.0 * static_cast<double>(job.processed) / total);
    return Step::Continue;
}

Result<BackfillWorker::Step> BackfillWorker::deleteBatch(Job& job) {
    TableSchema& table = *m_engine.findTable(job.table);
    const std::int64_t limit = batchSize(m_engine);
    storage::Transaction tx(*m_engine.db);
    SHARDSCOPE_TRY(tx.begin());
    auto removed = m_engine.indexStore->eraseSome(table.id(), job.index, limit);
    if (!removed.ok()) return std::move(removed).error();
    const bool finished = *removed < limit;
    nlohmann::json before;
    if (finished) {
        before = table.description();
        removeGlobalIndexDescription(table.description(), job.index);
        SHARDSCOPE_TRY(m_engine.catalog->update(table.id(), table.description()));
        SHARDSCOPE_TRY(m_engine.indexStore->forgetIndex(table.id(), job.index));
    }
    Status committed = tx.commit();
    if (!committed.ok()) {
        if (finished) table.description() = std::move(before);
        return std::move(committed).error();
    }
    if (!finished) return Step::Continue;
    SHARDSCOPE_TRY(table.reloadIndexes());
    return Step::Done;
}

Result<BackfillWorker::Step> BackfillWorker::discardBatch(Job& job) {
    // A new table may already have the id (and fresh entries under the name).
    for (const auto& [name, table] : m_engine.tables)
        if (table->id() == job.tableId && table->name() != job.table) return Step::Done;
    const std::int64_t limit = batchSize(m_engine);
    storage::Transaction tx(*m_engine.db);
    SHARDSCOPE_TRY(tx.begin());
    auto removed = m_engine.indexStore->eraseSome(job.tableId, job.index, limit);
    if (!removed.ok()) return std::move(removed).error();
    const bool finished = *removed < limit;
    if (finished) SHARDSCOPE_TRY(m_engine.indexStore->forgetIndex(job.tableId, job.index));
    SHARDSCOPE_TRY(tx.commit());
    return finished ? Step::Done : Step::Continue;
}

}  // namespace shardscope::engine::indexes
