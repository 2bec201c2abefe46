// Helpers shared by the Streams and TTL tests: an engine with tuned options
// on a manual clock, stream tables, and readers that walk a stream's shards.
#pragma once

#include "engine_test_support.h"

#include <functional>
#include <string>
#include <vector>

namespace shardscope::engine::test {

inline std::unique_ptr<Engine> openTunedEngine(std::shared_ptr<ManualClock> clock,
                                               const std::function<void(EngineOptions&)>& tune = {}) {
    EngineOptions options;
    options.databasePath = ":memory:";
    options.clock = std::move(clock);
    options.ttlSweepIntervalSeconds = 0;  // tests sweep with runTtlSweep()
    if (tune) tune(options);
    auto engine = Engine::open(options);
    if (!engine.ok()) qFatal("cannot open engine: %s", engine.error().message().c_str());
    return std::move(*engine);
}

inline nlohmann::json streamTableRequest(const std::string& name, const std::string& viewType) {
    return {{"TableName", name},
            {"AttributeDefinitions", {{{"AttributeName", "pk"}, {"AttributeType", "S"}}}},
            {"KeySchema", {{{"AttributeName", "pk"}, {"KeyType", "HASH"}}}},
            {"BillingMode", "PAY_PER_REQUEST"},
            {"StreamSpecification", {{"StreamEnabled", true}, {"StreamViewType", viewType}}}};
}

// Calls and returns the response; fails (returns null) on an error.
inline nlohmann::json callOk(Engine& engine, const char* op, const nlohmann::json& request) {
    auto r = engine.call(op, request);
    if (!r.ok()) {
        qWarning("%s failed: %s: %s", op, std::string(r.error().name()).c_str(), r.error().message().c_str());
        return nullptr;
    }
    return *r;
}

inline std::string latestStreamArn(Engine& engine, const std::string& table) {
    const auto out = callOk(engine, "DescribeTable", {{"TableName", table}});
    return out.is_null() ? std::string() : out["Table"].value("LatestStreamArn", "");
}

inline nlohmann::json shardsOf(Engine& engine, const std::string& arn) {
    const auto out = callOk(engine, "DescribeStream", {{"StreamArn", arn}});
    return out.is_null() ? nlohmann::json::array() : out["StreamDescription"]["Shards"];
}

// Reads one shard from `type` until GetRecords returns no records or no
// NextShardIterator; `closedAtEnd` tells whether the last page had none.
inline std::vector<nlohmann::json> readShard(Engine& engine, const std::string& arn, const std::string& shardId,
                                             bool* closedAtEnd = nullptr, const std::string& type = "TRIM_HORIZON") {
    std::vector<nlohmann::json> records;
    const auto it = callOk(engine, "GetShardIterator",
                           {{"StreamArn", arn}, {"ShardId", shardId}, {"ShardIteratorType", type}});
    if (it.is_null()) return records;
    std::string iterator = it["ShardIterator"];
    for (int page = 0; page < 1000; ++page) {
        const auto out = callOk(engine, "GetRecords", {{"ShardIterator", iterator}});
        if (out.is_null()) break;
        for (const auto& r : out["Records"]) records.push_back(r);
        if (!out.contains("NextShardIterator")) {
            if (closedAtEnd) *closedAtEnd = true;
            return records;
        }
        if (out["Records"].empty()) break;
        iterator = out["NextShardIterator"];
    }
    if (closedAtEnd) *closedAtEnd = false;
    return records;
}

// Every record of the stream, parents before children (DescribeStream order).
inline std::vector<nlohmann::json> readStream(Engine& engine, const std::string& arn) {
    std::vector<nlohmann::json> records;
    for (const auto& shard : shardsOf(engine, arn))
        for (auto& r : readShard(engine, arn, shard["ShardId"])) records.push_back(std::move(r));
    return records;
}

}  // namespace shardscope::engine::test
