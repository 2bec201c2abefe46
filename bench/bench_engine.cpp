// bench_engine: Engine::call() in process, with Google Benchmark.
//
// The data set is the one the wire benchmark uses (bench/wire/preload.py):
// table "bench" (pk S HASH, sk S RANGE), 10,000 partition keys x 5 sort keys,
// items of about 200 bytes, written with BatchWriteItem through call(). Each
// benchmark cycles through a pool of requests with random keys built before
// the timing starts, so the figures are the engine's alone: request
// validation, SQLite, the item codec and the response JSON.
//
//   GetItem                one random item
//   PutItem/memory         overwrite of a random item, ":memory:" database
//   PutItem/wal_file       the same on a WAL file in a temporary directory,
//                          every write committed before call() returns
//   Query                  one random partition, its 5 items
//
// The */threads:2 variants run two callers on one engine at once: calls are
// serialised by the engine's lock, so they show what contention costs, not a
// speed-up.
//
// Every benchmark runs on an engine with observation on (the default:
// partitions, metric series, hot keys) and again, as */observation_off, on
// an identical engine with it off (EngineOptions::observation), in the same
// run, so the two can be compared: the observation layer may cost at most
// 10 %.
//
// Run: build/bench/bench_engine   (items_per_second is operations per second)
#include "shardscope/engine/engine.h"

#include <benchmark/benchmark.h>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <random>
#include <string>
#include <system_error>
#include <vector>

namespace {

using nlohmann::json;
using shardscope::engine::Engine;
using shardscope::engine::EngineOptions;

constexpr int kPartitions = 10000;
constexpr int kSortKeys = 5;
constexpr std::size_t kPoolSize = 1 << 14;  // requests per pool; a power of two

const std::string kPayload = [] {
    std::string s;
    for (int i = 0; i < 10; ++i) s += "0123456789abcdef";
    return s;
}();

std::string partitionKey(int p) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "user#%05d", p);
    return buffer;
}

std::string sortKey(int s) { return "item#" + std::to_string(s); }

json item(int p, int s, int count) {
    return {{"pk", {{"S", partitionKey(p)}}},
            {"sk", {{"S", sortKey(s)}}},
            {"payload", {{"S", kPayload}}},
            {"count", {{"N", std::to_string(count)}}},
            {"active", {{"BOOL", true}}}};
}

[[noreturn]] void fail(const std::string& what) {
    std::fprintf(stderr, "bench_engine: %s\n", what.c_str());
    std::exit(1);
}

void callOrDie(Engine& engine, std::string_view op, const json& request) {
    auto result = engine.call(op, request);
    if (!result.ok()) fail(std::string(op) + " failed: " + result.error().message());
}

std::unique_ptr<Engine> openPreloaded(const std::string& path, bool observation) {
    EngineOptions options;
    options.databasePath = path;
    options.observation = observation;
    auto opened = Engine::open(options);
    if (!opened.ok()) fail("cannot open " + path + ": " + opened.error().message());
    std::unique_ptr<Engine> engine = std::move(*opened);
    callOrDie(*engine, "CreateTable",
              {{"TableName", "bench"},
               {"AttributeDefinitions",
                {{{"AttributeName", "pk"}, {"AttributeType", "S"}}, {{"AttributeName", "sk"}, {"AttributeType", "S"}}}},
               {"KeySchema", {{{"AttributeName", "pk"}, {"KeyType", "HASH"}}, {{"AttributeName", "sk"}, {"KeyType", "RANGE"}}}},
               {"BillingMode", "PAY_PER_REQUEST"}});
    json batch = json::array();
    for (int p = 0; p < kPartitions; ++p) {
        for (int s = 0; s < kSortKeys; ++s) {
            batch.push_back({{"PutRequest", {{"Item", item(p, s, (p * kSortKeys + s) % 1000)}}}});
            if (batch.size() == 25) {
                callOrDie(*engine, "BatchWriteItem", {{"RequestItems", {{"bench", batch}}}});
                batch = json::array();
            }
        }
    }
    return engine;
}

// A temporary directory, removed with everything in it at exit.
class TempDir {
public:
    TempDir() {
        std::string pattern = (std::filesystem::temp_directory_path() / "shardscope-bench-XXXXXX").string();
        if (!mkdtemp(pattern.data())) fail("cannot create a temporary directory");
        m_path = pattern;
    }
    ~TempDir() {
        std::error_code ignored;
        std::filesystem::remove_all(m_path, ignored);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const { return m_path; }

private:
    std::filesystem::path m_path;
};

Engine& memoryEngine() {
    static std::unique_ptr<Engine> engine = openPreloaded(":memory:", true);
    return *engine;
}

Engine& walEngine() {
    // Declared first, so destroyed after the engine that has the file open.
    static TempDir dir;
    static std::unique_ptr<Engine> engine = openPreloaded((dir.path() / "bench.db").string(), true);
    return *engine;
}

// The same engines with observation off.
Engine& quietMemoryEngine() {
    static std::unique_ptr<Engine> engine = openPreloaded(":memory:", false);
    return *engine;
}

Engine& quietWalEngine() {
    static TempDir dir;
    static std::unique_ptr<Engine> engine = openPreloaded((dir.path() / "bench.db").string(), false);
    return *engine;
}

// Request pools; the seed is fixed so that every run sends the same requests.
std::vector<json> makePool(json (*make)(std::mt19937& random)) {
    std::mt19937 random(42);
    std::vector<json> pool;
    pool.reserve(kPoolSize);
    for (std::size_t i = 0; i < kPoolSize; ++i) pool.push_back(make(random));
    return pool;
}

int randomPartition(std::mt19937& random) { return std::uniform_int_distribution<int>(0, kPartitions - 1)(random); }
int randomSortKey(std::mt19937& random) { return std::uniform_int_distribution<int>(0, kSortKeys - 1)(random); }

const std::vector<json>& getPool() {
    static const std::vector<json> pool = makePool([](std::mt19937& random) -> json {
        return {{"TableName", "bench"},
                {"Key", {{"pk", {{"S", partitionKey(randomPartition(random))}}}, {"sk", {{"S", sortKey(randomSortKey(random))}}}}}};
    });
    return pool;
}

const std::vector<json>& putPool() {
    static const std::vector<json> pool = makePool([](std::mt19937& random) -> json {
        const int p = randomPartition(random);
        const int s = randomSortKey(random);
        return {{"TableName", "bench"}, {"Item", item(p, s, std::uniform_int_distribution<int>(0, 999)(random))}};
    });
    return pool;
}

const std::vector<json>& queryPool() {
    static const std::vector<json> pool = makePool([](std::mt19937& random) -> json {
        return {{"TableName", "bench"},
                {"KeyConditionExpression", "pk = :p"},
                {"ExpressionAttributeValues", {{":p", {{"S", partitionKey(randomPartition(random))}}}}}};
    });
    return pool;
}

void run(benchmark::State& state, Engine& engine, std::string_view op, const std::vector<json>& pool) {
    // Threads start at different points of the pool.
    std::size_t i = static_cast<std::size_t>(state.thread_index()) * (kPoolSize / 2);
    for (auto _ : state) {
        auto result = engine.call(op, pool[i++ & (kPoolSize - 1)]);
        if (!result.ok()) {
            state.SkipWithError(result.error().message().c_str());
            break;
        }
        benchmark::DoNotOptimize(result);
    }
    state.SetItemsProcessed(state.iterations());
}

void BM_GetItem(benchmark::State& state) { run(state, memoryEngine(), "GetItem", getPool()); }
void BM_PutItemMemory(benchmark::State& state) { run(state, memoryEngine(), "PutItem", putPool()); }
void BM_PutItemWalFile(benchmark::State& state) { run(state, walEngine(), "PutItem", putPool()); }
void BM_Query(benchmark::State& state) { run(state, memoryEngine(), "Query", queryPool()); }
void BM_GetItemQuiet(benchmark::State& state) { run(state, quietMemoryEngine(), "GetItem", getPool()); }
void BM_PutItemMemoryQuiet(benchmark::State& state) { run(state, quietMemoryEngine(), "PutItem", putPool()); }
void BM_PutItemWalFileQuiet(benchmark::State& state) { run(state, quietWalEngine(), "PutItem", putPool()); }
void BM_QueryQuiet(benchmark::State& state) { run(state, quietMemoryEngine(), "Query", queryPool()); }

// Builds the engines and pools before any timing (and before threads race
// for the function-local statics).
void prepare(const benchmark::State&) {
    memoryEngine();
    walEngine();
    quietMemoryEngine();
    quietWalEngine();
    getPool();
    putPool();
    queryPool();
}

// Wall-clock rates (UseRealTime): items_per_second is operations per second
// as a caller sees them; the CPU column shows what each operation cost.
// Each observed benchmark is followed by its observation_off twin, so the
// two see the machine in the same state.
BENCHMARK(BM_GetItem)->Name("GetItem")->Setup(prepare)->MinTime(2.0)->UseRealTime();
BENCHMARK(BM_GetItemQuiet)->Name("GetItem/observation_off")->Setup(prepare)->MinTime(2.0)->UseRealTime();
BENCHMARK(BM_GetItem)->Name("GetItem")->Setup(prepare)->MinTime(2.0)->UseRealTime()->Threads(2);
BENCHMARK(BM_GetItemQuiet)->Name("GetItem/observation_off")->Setup(prepare)->MinTime(2.0)->UseRealTime()->Threads(2);
BENCHMARK(BM_PutItemMemory)->Name("PutItem/memory")->Setup(prepare)->MinTime(2.0)->UseRealTime();
BENCHMARK(BM_PutItemMemoryQuiet)->Name("PutItem/memory/observation_off")->Setup(prepare)->MinTime(2.0)->UseRealTime();
BENCHMARK(BM_PutItemMemory)->Name("PutItem/memory")->Setup(prepare)->MinTime(2.0)->UseRealTime()->Threads(2);
BENCHMARK(BM_PutItemMemoryQuiet)
    ->Name("PutItem/memory/observation_off")
    ->Setup(prepare)
    ->MinTime(2.0)
    ->UseRealTime()
    ->Threads(2);
BENCHMARK(BM_PutItemWalFile)->Name("PutItem/wal_file")->Setup(prepare)->MinTime(2.0)->UseRealTime();
BENCHMARK(BM_PutItemWalFileQuiet)->Name("PutItem/wal_file/observation_off")->Setup(prepare)->MinTime(2.0)->UseRealTime();
BENCHMARK(BM_Query)->Name("Query")->Setup(prepare)->MinTime(2.0)->UseRealTime();
BENCHMARK(BM_QueryQuiet)->Name("Query/observation_off")->Setup(prepare)->MinTime(2.0)->UseRealTime();
BENCHMARK(BM_Query)->Name("Query")->Setup(prepare)->MinTime(2.0)->UseRealTime()->Threads(2);
BENCHMARK(BM_QueryQuiet)->Name("Query/observation_off")->Setup(prepare)->MinTime(2.0)->UseRealTime()->Threads(2);

}  // namespace

BENCHMARK_MAIN();
