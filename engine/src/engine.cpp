#include "shardscope/engine/engine.h"

#include "engine_impl.h"
#include "indexes/index_lifecycle.h"
#include "observe/call_finisher.h"
#include "observe/observatory.h"
#include "ops/dispatch_table.h"
#include "streams/stream_store.h"
#include "ttl/ttl_sweeper.h"

#include <chrono>
#include <exception>
#include <mutex>

namespace shardscope::engine {

Engine::Impl::Impl() = default;
Engine::Impl::~Impl() = default;

Result<std::unique_ptr<Engine>> Engine::open(EngineOptions options) {
    auto impl = std::make_unique<Impl>();
    impl->clock = options.clock ? options.clock : systemClock();
    impl->options = std::move(options);
    impl->observatory = std::make_unique<observe::Observatory>(impl->options);
    auto db = storage::Database::open(impl->options.databasePath);
    if (!db.ok()) return std::move(db).error();
    impl->db = std::move(*db);
    impl->items = std::make_unique<storage::ItemStore>(*impl->db);
    impl->catalog = std::make_unique<storage::Catalog>(*impl->db);
    SHARDSCOPE_TRY(streams::StreamStore::createSchema(*impl->db));

    auto entries = impl->catalog->loadAll();
    if (!entries.ok()) return std::move(entries).error();
    for (auto& entry : *entries) {
        auto schema = TableSchema::fromDescription(entry.id, std::move(entry.description));
        if (!schema.ok()) return std::move(schema).error();
        impl->tables.emplace(entry.name, std::make_unique<TableSchema>(std::move(*schema)));
    }
    auto usage = impl->items->usage();
    if (!usage.ok()) return std::move(usage).error();
    for (const auto& u : *usage) {
        for (auto& [name, table] : impl->tables) {
            if (table->id() == u.tableId) {
                table->itemCount = u.itemCount;
                table->sizeBytes = u.sizeBytes;
            }
        }
    }
    SHARDSCOPE_TRY(indexes::openIndexes(*impl));
    SHARDSCOPE_TRY(ttl::TtlSweeper::prepare(*impl));
    impl->ttlSweeper = std::make_unique<ttl::TtlSweeper>(*impl);
    impl->ttlSweeper->start();
    indexes::resumeIndexChanges(*impl);
    return std::unique_ptr<Engine>(new Engine(std::move(impl)));
}

namespace {

// Takes the engine's lock, spinning briefly before sleeping. A call holds the
// lock for a few microseconds; when two endpoint threads collide, waiting that
// long in user space is cheaper than a futex sleep and wake-up (see
// bench/README.md). After kSpinLimit polls (some 10 µs) the waiter sleeps as
// before, so a long call (a big Scan, a transaction) costs the others little.
void lockEngine(std::unique_lock<std::mutex>& lock) {
    constexpr int kSpinLimit = 400;
    for (int i = 0; i < kSpinLimit; ++i) {
        if (lock.try_lock()) return;
#if defined(__x86_64__) || defined(__i386__)
        __builtin_ia32_pause();
#endif
    }
    lock.lock();
}

}  // namespace

Engine::Engine(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
Engine::~Engine() {
    // The sweeper thread uses the engine's state: it stops before anything goes.
    if (m_impl && m_impl->ttlSweeper) m_impl->ttlSweeper->stop();
    if (m_impl) indexes::closeIndexes(*m_impl);
}

Result<nlohmann::json> Engine::call(std::string_view operation, const nlohmann::json& request) {
    const OpHandler handler = findOperation(operation);
    if (!handler) return ApiError::unknownOperation();
    if (!request.is_object()) return ApiError::serialization("Start of list found where not expected");

    OpContext ctx{*m_impl, {}};
    Result<nlohmann::json> result = ApiError::internal("The request was not processed");
    // SuccessfulRequestLatency is measured only while observing.
    const bool timed = m_impl->observatory->enabled.load(std::memory_order_relaxed);
    const auto start = timed ? std::chrono::steady_clock::now() : std::chrono::steady_clock::time_point{};
    try {
        std::unique_lock lock(m_impl->mutex, std::defer_lock);
        lockEngine(lock);
        result = handler(ctx, request);
        const double latency =
            timed ? std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count() : -1.0;
        observe::finishCall(ctx, operation, request, result, latency);
    } catch (const std::exception& e) {
        // No exception crosses the engine's API; a throw here is a bug.
        return ApiError::internal(std::string("Internal error: ") + e.what());
    }
    if (!ctx.events.empty()) {
        std::lock_guard lock(m_impl->listenerMutex);
        for (const auto& event : ctx.events)
            for (const auto& [id, listener] : m_impl->listeners) listener(event);
    }
    if (!ctx.call.events.empty()) {
        std::lock_guard lock(m_impl->observatory->observerMutex);
        for (const auto& event : ctx.call.events)
            for (const auto& [id, observer] : m_impl->observatory->observers) observer(event);
    }
    return result;
}

std::vector<std::string_view> Engine::operations() { return operationNames(); }

int Engine::addChangeListener(ChangeListener listener) {
    std::lock_guard lock(m_impl->listenerMutex);
    const int id = m_impl->nextListenerId++;
    m_impl->listeners.emplace(id, std::move(listener));
    return id;
}

void Engine::removeChangeListener(int id) {
    std::lock_guard lock(m_impl->listenerMutex);
    m_impl->listeners.erase(id);
}

TtlProgress Engine::ttlProgress(const std::string& tableName) const { return m_impl->ttlSweeper->progress(tableName); }
std::int64_t Engine::runTtlSweep() { return m_impl->ttlSweeper->sweepOnce(); }

const EngineOptions& Engine::options() const { return m_impl->options; }
const Clock& Engine::clock() const { return *m_impl->clock; }

}  // namespace shardscope::engine
