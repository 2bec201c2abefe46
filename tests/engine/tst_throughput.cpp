// Tests for engine/src/observe/ (with capacity/, partitions/ and metrics/
// behind it), on a manual clock: provisioned capacity with its 300-second
// burst throttles and recovers, the hot-key lists name the hammered key, a
// table past a (small) size limit splits and both halves serve reads, a
// partition running hot splits down to its hot key, a throttled GSI pushes
// back on base writes with nothing written, auto scaling raises capacity,
// and the metric series and Prometheus text carry the CloudWatch names.
#include "engine_test_support.h"

using namespace shardscope::engine;
using namespace shardscope::engine::test;
using nlohmann::json;

namespace {

constexpr std::int64_t kStart = 1'700'000'000'000;
const char* kTableThrottle =
    "The level of configured provisioned throughput for the table was exceeded. Consider increasing your "
    "provisioning level with the UpdateTable API.";

std::unique_ptr<Engine> openEngine(const std::shared_ptr<ManualClock>& clock, EngineOptions options = {}) {
    options.databasePath = ":memory:";
    options.clock = clock;
    options.ttlSweepIntervalSeconds = 0;
    auto engine = Engine::open(options);
    if (!engine.ok()) qFatal("cannot open engine: %s", engine.error().message().c_str());
    return std::move(*engine);
}

json call(Engine& engine, const char* op, const json& request) {
    auto r = engine.call(op, request);
    if (!r.ok()) qFatal("%s failed: %s", op, r.error().message().c_str());
    return *r;
}

json provisionedTable(const std::string& name, int rcu, int wcu, bool withSortKey = false) {
    json t = {{"TableName", name},
              {"AttributeDefinitions", {{{"AttributeName", "pk"}, {"AttributeType", "S"}}}},
              {"KeySchema", {{{"AttributeName", "pk"}, {"KeyType", "HASH"}}}},
              {"ProvisionedThroughput", {{"ReadCapacityUnits", rcu}, {"WriteCapacityUnits", wcu}}}};
    if (withSortKey) {
        t["AttributeDefinitions"].push_back({{"AttributeName", "sk"}, {"AttributeType", "N"}});
        t["KeySchema"].push_back({{"AttributeName", "sk"}, {"KeyType", "RANGE"}});
    }
    return t;
}

json onDemandTable(const std::string& name) {
    return {{"TableName", name},
            {"AttributeDefinitions", {{{"AttributeName", "pk"}, {"AttributeType", "S"}}}},
            {"KeySchema", {{{"AttributeName", "pk"}, {"KeyType", "HASH"}}}},
            {"BillingMode", "PAY_PER_REQUEST"}};
}

json put(const std::string& table, const std::string& pk, int value, std::size_t padding = 0) {
    return {{"TableName", table},
            {"Item", {{"pk", {{"S", pk}}}, {"v", {{"N", std::to_string(value)}}}, {"pad", {{"S", std::string(padding + 1, 'x')}}}}}};
}

json getKey(const std::string& table, const std::string& pk) {
    return {{"TableName", table}, {"Key", {{"pk", {{"S", pk}}}}}, {"ConsistentRead", true}};
}

QString q(const std::string& s) { return QString::fromStdString(s); }

}  // namespace

class TestThroughput : public QObject {
    Q_OBJECT

private slots:
    void hammeredKeyThrottlesAfterTheBurstAndRecovers() {
        auto clock = std::make_shared<ManualClock>(kStart);
        auto engine = openEngine(clock);
        call(*engine, "CreateTable", provisionedTable("Hot", 5, 5));
        // A little background traffic on other keys: 1 WCU each.
        for (int i = 0; i < 20; ++i) call(*engine, "PutItem", put("Hot", "cold-" + std::to_string(i), i));

        // 5 WCU banked for 300 s: about 1,500 one-unit writes pass, then none.
        // 400 writes per clock second stay below the partition's own limit
        // (1,000 WCU); each second refills 5 units.
        int accepted = 20;
        Result<json> last = json::object();
        for (int i = 0; i < 2000; ++i) {
            if (i > 0 && i % 400 == 0) clock->advanceMillis(1000);
            last = engine->call("PutItem", put("Hot", "hot", i));
            if (!last.ok()) break;
            ++accepted;
        }
        QCOMPARE(accepted, 1500 + 3 * 5);
        QVERIFY(!last.ok());
        QCOMPARE(q(std::string(last.error().name())), QString("ProvisionedThroughputExceededException"));
        QCOMPARE(q(last.error().message()), QString(kTableThrottle));
        const json body = last.error().toJson();
        QCOMPARE(q(body["ThrottlingReasons"][0]["reason"].get<std::string>()), QString("TableWriteProvisionedThroughputExceeded"));
        QCOMPARE(q(body["ThrottlingReasons"][0]["resource"].get<std::string>()),
                 QString("arn:aws:dynamodb:us-east-1:000000000000:table/Hot"));

        // The throttled write did nothing: the item still holds the last accepted value.
        const json item = call(*engine, "GetItem", getKey("Hot", "hot"));
        QCOMPARE(q(item["Item"]["v"]["N"].get<std::string>()), QString("1494"));

        // Still throttled without time passing; one second refills 5 units.
        QVERIFY(!engine->call("PutItem", put("Hot", "hot", -1)).ok());
        clock->advanceMillis(1000);
        QVERIFY(engine->call("PutItem", put("Hot", "hot", 7)).ok());

        // The hot-key lists name the hammered key first.
        const auto accessed = engine->hotKeys("Hot", "", HotKeyKind::AccessedPartitionKeys, 5);
        QVERIFY(!accessed.empty());
        QCOMPARE(q(accessed.front().key.dump()), QString(R"({"pk":{"S":"hot"}})"));
        QCOMPARE(accessed.front().count, 3.0 * 1496 + 1);  // ConsumedThroughputUnits: 3 x WCU + RCU
        const auto throttled = engine->hotKeys("Hot", "", HotKeyKind::ThrottledPartitionKeys, 5);
        QCOMPARE(throttled.size(), std::size_t(1));
        QCOMPARE(q(throttled.front().key.dump()), QString(R"({"pk":{"S":"hot"}})"));
        QCOMPARE(throttled.front().count, 2.0);

        const auto observed = engine->observeTable("Hot");
        QVERIFY(observed.has_value());
        QCOMPARE(observed->table.writeThrottleEvents, std::int64_t(2));
        QCOMPARE(observed->table.provisionedWriteUnits, 5.0);
        QVERIFY(observed->table.enforced);

        // After a quiet five minutes the burst is banked again.
        clock->advanceMillis(300'000);
        for (int i = 0; i < 1400; ++i) {
            if (i > 0 && i % 400 == 0) clock->advanceMillis(1000);
            QVERIFY(engine->call("PutItem", put("Hot", "hot", i)).ok());
        }
    }

    void partitionThrottlesAtItsHardLimit() {
        auto clock = std::make_shared<ManualClock>(kStart);
        auto engine = openEngine(clock);
        // 5 RCU + 5,000 WCU need six partitions (5 / 3,000 + 5,000 / 1,000,
        // rounded up); one key is served by one of them.
        call(*engine, "CreateTable", provisionedTable("Wide", 5, 5000));
        QCOMPARE(engine->observeTable("Wide")->table.partitions.size(), std::size_t(6));
        int accepted = 0;
        Result<json> last = json::object();
        for (int i = 0; i < 2000; ++i) {
            last = engine->call("PutItem", put("Wide", "hot", i));
            if (!last.ok()) break;
            ++accepted;
        }
        QCOMPARE(accepted, 1000);
        QCOMPARE(q(last.error().toJson()["ThrottlingReasons"][0]["reason"].get<std::string>()),
                 QString("TableWriteKeyRangeThroughputExceeded"));
        std::int64_t throttles = 0;
        const auto wide = engine->observeTable("Wide");
        for (const auto& p : wide->table.partitions) throttles += p.writeThrottles;
        QCOMPARE(throttles, std::int64_t(1));
        clock->advanceMillis(1000);
        QVERIFY(engine->call("PutItem", put("Wide", "hot", 1)).ok());
    }

    void throttledTransactionIsCancelledWithNothingDone() {
        auto clock = std::make_shared<ManualClock>(kStart);
        auto engine = openEngine(clock);
        call(*engine, "CreateTable", provisionedTable("Tight", 1, 1));
        call(*engine, "CreateTable", onDemandTable("Loose"));
        for (int i = 0; i < 300; ++i) call(*engine, "PutItem", put("Tight", "t", i));  // the burst is spent
        const json transaction = {
            {"TransactItems",
             {{{"Put", {{"TableName", "Loose"}, {"Item", {{"pk", {{"S", "a"}}}}}}}},
              {{"Put", {{"TableName", "Tight"}, {"Item", {{"pk", {{"S", "b"}}}}}}}}}}};
        auto r = engine->call("TransactWriteItems", transaction);
        QVERIFY(!r.ok());
        QCOMPARE(q(std::string(r.error().name())), QString("TransactionCanceledException"));
        QCOMPARE(q(r.error().message()),
                 QString("Transaction cancelled, please refer cancellation reasons for specific reasons [None, "
                         "ProvisionedThroughputExceeded]"));
        const json reasons = r.error().toJson()["CancellationReasons"];
        QCOMPARE(q(reasons[0].dump()), QString(R"({"Code":"None"})"));
        QCOMPARE(q(reasons[1]["Message"].get<std::string>()), QString(kTableThrottle));
        QVERIFY(!call(*engine, "GetItem", getKey("Loose", "a")).contains("Item"));
        QCOMPARE(engine->metricSeries("Loose", "", "TransactWriteItems", "ThrottledRequests", MetricResolution::Second, 0)
                     .size(),
                 std::size_t(1));
        QVERIFY(engine->metricSeries("", "", "", "UserErrors", MetricResolution::Second, 0).empty());
        clock->advanceMillis(2000);
        QVERIFY(engine->call("TransactWriteItems", transaction).ok());
    }

    void enforcementCanBeSwitchedOff() {
        auto clock = std::make_shared<ManualClock>(kStart);
        EngineOptions options;
        options.capacityEnforcement = false;
        auto engine = openEngine(clock, options);
        call(*engine, "CreateTable", provisionedTable("Free", 1, 1));
        for (int i = 0; i < 400; ++i) QVERIFY(engine->call("PutItem", put("Free", "k", i)).ok());
        QVERIFY(!engine->observeTable("Free")->table.enforced);
    }

    void onDemandServesTwiceThePreviousPeak() {
        auto clock = std::make_shared<ManualClock>(kStart);
        EngineOptions options;
        options.onDemandEnforcement = true;
        options.onDemandWarmWriteUnits = 10;  // a small "previous peak" of 5 WRU/s
        auto engine = openEngine(clock, options);
        call(*engine, "CreateTable", onDemandTable("OnDemand"));
        // Twice the previous peak at once: 10 one-unit writes in a second.
        auto burst = [&](int writes) {
            int accepted = 0;
            for (int i = 0; i < writes; ++i)
                if (engine->call("PutItem", put("OnDemand", "k" + std::to_string(i), i)).ok()) ++accepted;
            return accepted;
        };
        QCOMPARE(burst(15), 10);
        Result<json> refused = engine->call("PutItem", put("OnDemand", "x", 0));
        QVERIFY(!refused.ok());
        QCOMPARE(q(refused.error().toJson()["ThrottlingReasons"][0]["reason"].get<std::string>()),
                 QString("TableWriteKeyRangeThroughputExceeded"));
        QCOMPARE(engine->observeTable("OnDemand")->table.writeAllowance, 10.0);
        // Traffic at that level, 10 WRU/s, is served; more within the next
        // half hour is not. Once the peak is 30 minutes old the table serves
        // twice it: 20 per second.
        for (int second = 0; second < 33 * 60; ++second) {
            clock->advanceMillis(1000);
            QCOMPARE(burst(second == 300 ? 15 : 10), 10);
        }
        clock->advanceMillis(1000);
        QCOMPARE(burst(25), 20);
        QCOMPARE(engine->observeTable("OnDemand")->table.writeAllowance, 20.0);
    }

    void metricsCarryCloudWatchNames() {
        auto clock = std::make_shared<ManualClock>(kStart);
        auto engine = openEngine(clock);
        call(*engine, "CreateTable", provisionedTable("Met", 5, 1));
        for (int i = 0; i < 300; ++i) call(*engine, "PutItem", put("Met", "a", i));
        QVERIFY(!engine->call("PutItem", put("Met", "a", 0)).ok());
        clock->advanceMillis(1500);
        call(*engine, "GetItem", getKey("Met", "a"));
        QVERIFY(!engine->call("PutItem", {{"TableName", "Met"}}).ok());  // a user error

        const auto writes = engine->metricSeries("Met", "", "", "ConsumedWriteCapacityUnits", MetricResolution::Second, 0);
        QCOMPARE(writes.size(), std::size_t(1));
        QCOMPARE(writes.front().sum, 300.0);
        QCOMPARE(writes.front().sampleCount, 300.0);
        const auto minutes = engine->metricSeries("Met", "", "", "ConsumedReadCapacityUnits", MetricResolution::Minute, 0);
        QCOMPARE(minutes.size(), std::size_t(1));
        QCOMPARE(minutes.front().sum, 1.0);
        const auto throttled = engine->metricSeries("Met", "", "PutItem", "ThrottledRequests", MetricResolution::Second, 0);
        QCOMPARE(throttled.size(), std::size_t(1));
        QCOMPARE(throttled.front().sum, 1.0);
        QCOMPARE(engine->metricSeries("Met", "", "", "WriteThrottleEvents", MetricResolution::Second, 0).size(), std::size_t(1));
        QVERIFY(!engine->metricSeries("Met", "", "GetItem", "SuccessfulRequestLatency", MetricResolution::Second, 0).empty());
        QCOMPARE(engine->metricSeries("", "", "", "UserErrors", MetricResolution::Second, 0).size(), std::size_t(1));

        const std::string text = engine->prometheusMetrics();
        for (const char* expected :
             {"# TYPE dynamodb_ConsumedWriteCapacityUnits counter\n",
              "dynamodb_ConsumedWriteCapacityUnits{TableName=\"Met\"} 300\n",
              "dynamodb_ProvisionedWriteCapacityUnits{TableName=\"Met\"} 1\n",
              "dynamodb_WriteThrottleEvents{TableName=\"Met\"} 1\n",
              "dynamodb_ThrottledRequests{TableName=\"Met\",Operation=\"PutItem\"} 1\n",
              "dynamodb_SuccessfulRequestLatency_count{TableName=\"Met\",Operation=\"PutItem\"} 300\n",
              "dynamodb_UserErrors 1\n",
              "shardscope_partition_ItemCount{TableName=\"Met\",Partition=\"0\",HashLow=\"0x0000000000000000\","
              "HashHigh=\"0xffffffffffffffff\"} 1\n"})
            QVERIFY2(text.find(expected) != std::string::npos, qPrintable(q(std::string(expected) + "\nin:\n" + text)));
    }

    void tableGrownPastTheSizeLimitSplitsAndBothHalvesServeReads() {
        auto clock = std::make_shared<ManualClock>(kStart);
        EngineOptions options;
        options.partitionMaxBytes = 8 * 1024;
        auto engine = openEngine(clock, options);
        call(*engine, "CreateTable", onDemandTable("Big"));
        QCOMPARE(engine->observeTable("Big")->table.partitions.size(), std::size_t(1));
        int events = 0;
        engine->addObserver([&](const ObservationEvent& e) {
            if (e.kind == ObservationEvent::Kind::PartitionsChanged && e.tableName == "Big") ++events;
        });
        for (int i = 0; i < 40; ++i) call(*engine, "PutItem", put("Big", "item-" + std::to_string(i), i, 500));

        const auto observed = engine->observeTable("Big");
        const auto& parts = observed->table.partitions;
        QVERIFY2(parts.size() >= 2, qPrintable(QString::number(parts.size())));
        QVERIFY(events >= 1);
        std::int64_t items = 0;
        for (std::size_t i = 0; i < parts.size(); ++i) {
            QVERIFY(parts[i].itemCount > 0);
            QVERIFY(parts[i].sizeBytes <= 8 * 1024);
            if (i > 0) QCOMPARE(parts[i].hashLow, parts[i - 1].hashHigh + 1);
            items += parts[i].itemCount;
        }
        QCOMPARE(parts.front().hashLow, std::uint64_t(0));
        QCOMPARE(parts.back().hashHigh, ~std::uint64_t(0));
        QCOMPARE(items, std::int64_t(40));

        for (int i = 0; i < 40; ++i) {
            const json out = call(*engine, "GetItem", getKey("Big", "item-" + std::to_string(i)));
            QCOMPARE(out["Item"]["v"]["N"].get<std::string>(), std::to_string(i));
        }
        const auto after = engine->observeTable("Big");
        for (const auto& p : after->table.partitions) QVERIFY(p.consumedReadUnits > 0);
        QCOMPARE(call(*engine, "Scan", {{"TableName", "Big"}})["Count"].get<int>(), 40);
    }

    void oneHugeItemCollectionCannotSplitBySize() {
        auto clock = std::make_shared<ManualClock>(kStart);
        EngineOptions options;
        options.partitionMaxBytes = 4 * 1024;
        auto engine = openEngine(clock, options);
        call(*engine, "CreateTable", provisionedTable("Coll", 100, 100, true));
        for (int i = 0; i < 30; ++i)
            call(*engine, "PutItem",
                 {{"TableName", "Coll"},
                  {"Item", {{"pk", {{"S", "one"}}}, {"sk", {{"N", std::to_string(i)}}}, {"pad", {{"S", std::string(400, 'x')}}}}}});
        // Items that share a partition key stay together: nothing to cut.
        const auto observed = engine->observeTable("Coll");
        QCOMPARE(observed->table.partitions.size(), std::size_t(1));
        QCOMPARE(observed->table.partitions[0].itemCount, std::int64_t(30));
        QVERIFY(observed->table.partitions[0].sizeBytes > 4 * 1024);
        // A second key value can be split off, once the partition has grown
        // an eighth of the limit since the last try.
        call(*engine, "PutItem",
             {{"TableName", "Coll"},
              {"Item", {{"pk", {{"S", "two"}}}, {"sk", {{"N", "1"}}}, {"pad", {{"S", std::string(600, 'y')}}}}}});
        const auto split = engine->observeTable("Coll");
        QCOMPARE(split->table.partitions.size(), std::size_t(2));
        QCOMPARE(split->table.partitions[0].itemCount + split->table.partitions[1].itemCount, std::int64_t(31));
        QVERIFY(split->table.partitions[0].itemCount == 1 || split->table.partitions[1].itemCount == 1);
    }

    void hotPartitionSplitsDownToItsHotKey() {
        auto clock = std::make_shared<ManualClock>(kStart);
        EngineOptions options;
        options.partitionMaxWriteUnits = 10;
        options.partitionHeatSeconds = 3;
        auto engine = openEngine(clock, options);
        call(*engine, "CreateTable", onDemandTable("Heat"));
        for (int second = 0; second < 6; ++second) {
            for (int i = 0; i < 12; ++i) call(*engine, "PutItem", put("Heat", "hot", i));
            call(*engine, "PutItem", put("Heat", "cold-" + std::to_string(second), second));
            clock->advanceMillis(1000);
        }
        call(*engine, "GetItem", getKey("Heat", "hot"));
        const auto parts = engine->observeTable("Heat")->table.partitions;
        QVERIFY2(parts.size() >= 2, qPrintable(QString::number(parts.size())));
        bool isolated = false;
        for (const auto& p : parts)
            if (p.hashLow == p.hashHigh && p.itemCount == 1) isolated = true;
        QVERIFY(isolated);
    }

    void throttledGsiPushesBackOnBaseWrites() {
        auto clock = std::make_shared<ManualClock>(kStart);
        auto engine = openEngine(clock);
        json table = provisionedTable("Base", 100, 100);
        table["AttributeDefinitions"].push_back({{"AttributeName", "g"}, {"AttributeType", "S"}});
        table["GlobalSecondaryIndexes"] = {{{"IndexName", "ByG"},
                                            {"KeySchema", {{{"AttributeName", "g"}, {"KeyType", "HASH"}}}},
                                            {"Projection", {{"ProjectionType", "KEYS_ONLY"}}},
                                            {"ProvisionedThroughput", {{"ReadCapacityUnits", 1}, {"WriteCapacityUnits", 1}}}}};
        call(*engine, "CreateTable", table);
        auto indexed = [](int i) {
            return json{{"TableName", "Base"},
                        {"Item", {{"pk", {{"S", "k" + std::to_string(i)}}}, {"g", {{"S", "x" + std::to_string(i % 7)}}}}}};
        };
        int accepted = 0;
        Result<json> last = json::object();
        for (int i = 0; i < 1000; ++i) {
            last = engine->call("PutItem", indexed(i));
            if (!last.ok()) break;
            ++accepted;
        }
        QCOMPARE(accepted, 300);  // the index's 1 WCU x 300 s, the table had 30,000
        QCOMPARE(q(std::string(last.error().name())), QString("ProvisionedThroughputExceededException"));
        QCOMPARE(q(last.error().message()),
                 QString("The level of configured provisioned throughput for one or more global secondary indexes of the "
                         "table was exceeded. Consider increasing your provisioning level for the under-provisioned "
                         "global secondary indexes with the UpdateTable API"));
        const json body = last.error().toJson();
        QCOMPARE(q(body["ThrottlingReasons"][0]["reason"].get<std::string>()), QString("IndexWriteProvisionedThroughputExceeded"));
        QCOMPARE(q(body["ThrottlingReasons"][0]["resource"].get<std::string>()),
                 QString("arn:aws:dynamodb:us-east-1:000000000000:table/Base/index/ByG"));
        // Nothing of the refused write happened, in the table or the index.
        QVERIFY(!call(*engine, "GetItem", getKey("Base", "k300")).contains("Item"));
        QCOMPARE(call(*engine, "Scan", {{"TableName", "Base"}, {"IndexName", "ByG"}})["Count"].get<int>(), 300);
        // Every base write waits for the index (whether it would touch it is
        // only known after the write); a second refills it.
        QVERIFY(!engine->call("PutItem", put("Base", "no-index-key", 1)).ok());
        clock->advanceMillis(1000);
        QVERIFY(engine->call("PutItem", put("Base", "no-index-key", 1)).ok());
        const auto observed = engine->observeTable("Base");
        QCOMPARE(observed->globalIndexes.size(), std::size_t(1));
        QCOMPARE(observed->globalIndexes[0].writeThrottleEvents, std::int64_t(2));
        QCOMPARE(observed->table.writeThrottleEvents, std::int64_t(0));
        std::int64_t entries = 0;
        for (const auto& p : observed->globalIndexes[0].partitions) entries += p.itemCount;
        QCOMPARE(entries, std::int64_t(300));
    }

    void autoScalingRaisesCapacity() {
        auto clock = std::make_shared<ManualClock>(kStart);
        auto engine = openEngine(clock);
        call(*engine, "CreateTable", provisionedTable("Scaled", 5, 5));
        AutoScalingPolicy policy;
        policy.enabled = true;
        policy.targetUtilization = 0.7;
        policy.minCapacity = 5;
        policy.maxCapacity = 100;
        QVERIFY(engine->setAutoScaling("Scaled", "", true, policy));
        QVERIFY(!engine->setAutoScaling("Nope", "", true, policy));
        int capacityEvents = 0;
        engine->addObserver([&](const ObservationEvent& e) {
            if (e.kind == ObservationEvent::Kind::CapacityChanged) ++capacityEvents;
        });

        // 10 WCU per second against 5 provisioned: 200 % of capacity, the
        // burst pays for it. Two one-minute datapoints above the target
        // decide (the clock starts 20 s into a minute, so the second one
        // ends 100 s in), the UpdateTable lands a minute later.
        double raisedAt = 0;
        for (int tick = 0; tick < 10 * 60 * 5 && raisedAt == 0; ++tick) {
            QVERIFY(engine->call("PutItem", put("Scaled", "k" + std::to_string(tick % 50), tick)).ok());
            clock->advanceMillis(100);
            if (engine->observeTable("Scaled")->table.provisionedWriteUnits != 5)
                raisedAt = static_cast<double>(clock->nowMillis() - kStart) / 1000.0;
        }
        QVERIFY(raisedAt > 0);
        QVERIFY2(raisedAt >= 160 && raisedAt <= 161, qPrintable(QString::number(raisedAt)));
        QCOMPARE(capacityEvents, 1);
        QCOMPARE(engine->observeTable("Scaled")->table.provisionedWriteUnits, 15.0);  // ceil(10 / 0.7)
        const json described = call(*engine, "DescribeTable", {{"TableName", "Scaled"}});
        QCOMPARE(described["Table"]["ProvisionedThroughput"]["WriteCapacityUnits"].get<int>(), 15);
        QCOMPARE(described["Table"]["ProvisionedThroughput"]["ReadCapacityUnits"].get<int>(), 5);
        QVERIFY(described["Table"]["ProvisionedThroughput"].contains("LastIncreaseDateTime"));
    }

    void observationCanBeSwitchedOff() {
        auto clock = std::make_shared<ManualClock>(kStart);
        EngineOptions options;
        options.observation = false;
        auto engine = openEngine(clock, options);
        QVERIFY(!engine->observationEnabled());
        call(*engine, "CreateTable", onDemandTable("Quiet"));
        for (int i = 0; i < 10; ++i) call(*engine, "PutItem", put("Quiet", "k" + std::to_string(i), i));
        QVERIFY(engine->hotKeys("Quiet", "", HotKeyKind::AccessedPartitionKeys).empty());
        QVERIFY(engine->metricSeries("Quiet", "", "", "ConsumedWriteCapacityUnits", MetricResolution::Second, 0).empty());
        engine->setObservationEnabled(true);
        QCOMPARE(engine->observeTable("Quiet")->table.partitions.front().itemCount, std::int64_t(10));
        call(*engine, "PutItem", put("Quiet", "k0", 1));
        QCOMPARE(engine->hotKeys("Quiet", "", HotKeyKind::AccessedPartitionKeys).size(), std::size_t(1));
    }
};

QTEST_APPLESS_MAIN(TestThroughput)
#include "tst_throughput.moc"
