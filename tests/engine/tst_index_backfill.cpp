// Tests for engine/src/indexes/index_lifecycle, global_index_definition and
// backfill_worker: online GSI creation (validation with DynamoDB's
// messages, CREATING/Backfilling, progress in DescribeTable, reads refused
// while backfilling, items the index cannot hold skipped), backfill under
// concurrent writes (the finished index equals one rebuilt from the table),
// one online change at a time (a refused second change takes the first
// back), deletion in the background, and resumption after a reopen.
//
// UpdateTable calls beginCreateGlobalIndex / beginDeleteGlobalIndex; these
// tests call them the same way, on an engine state opened like
// Engine::open does, so that they do not depend on UpdateTable's wiring.
#include "engine_test_support.h"

#include "engine_impl.h"
#include "indexes/index_lifecycle.h"
#include "ops/dispatch_table.h"
#include "streams/stream_store.h"
#include "ttl/ttl_sweeper.h"

#include <QTemporaryDir>

#include <atomic>
#include <map>
#include <random>
#include <set>
#include <thread>

using namespace shardscope::engine;
using namespace shardscope::engine::test;
using nlohmann::json;

namespace {

// The engine's state opened the way Engine::open opens it, with a front
// door like Engine::call's (handlers under the engine's mutex).
class IndexTestEngine {
public:
    explicit IndexTestEngine(int batchSize, int pauseMillis, const std::string& path = ":memory:") {
        m_impl = std::make_unique<Engine::Impl>();
        m_impl->clock = std::make_shared<ManualClock>();
        m_impl->options.databasePath = path;
        m_impl->options.indexBackfillBatchSize = batchSize;
        m_impl->options.indexBackfillPauseMillis = pauseMillis;
        auto db = storage::Database::open(path);
        if (!db.ok()) qFatal("cannot open database: %s", db.error().message().c_str());
        m_impl->db = std::move(*db);
        m_impl->items = std::make_unique<storage::ItemStore>(*m_impl->db);
        m_impl->catalog = std::make_unique<storage::Catalog>(*m_impl->db);
        if (!streams::StreamStore::createSchema(*m_impl->db).ok()) qFatal("cannot create stream tables");
        if (!indexes::openIndexes(*m_impl).ok()) qFatal("cannot open indexes");
        indexes::resumeIndexChanges(*m_impl);
    }
    ~IndexTestEngine() { indexes::closeIndexes(*m_impl); }

    Result<json> call(std::string_view op, const json& request) {
        OpContext ctx{*m_impl, {}};
        std::lock_guard lock(m_impl->mutex);
        return findOperation(op)(ctx, request);
    }
    json ok(std::string_view op, const json& request) {
        auto r = call(op, request);
        if (!r.ok()) qWarning("%s: %s", std::string(op).c_str(), r.error().message().c_str());
        return r.ok() ? *r : json{{"error", r.error().message()}};
    }
    // What UpdateTable does for one GlobalSecondaryIndexUpdates entry.
    Status create(const json& create, const json& definitions) {
        OpContext ctx{*m_impl, {}};
        std::lock_guard lock(m_impl->mutex);
        return indexes::beginCreateGlobalIndex(ctx, *m_impl->findTable("Tbl"), create,
                                               definitions.is_null() ? nullptr : &definitions);
    }
    Status remove(const std::string& name) {
        OpContext ctx{*m_impl, {}};
        std::lock_guard lock(m_impl->mutex);
        return indexes::beginDeleteGlobalIndex(ctx, *m_impl->findTable("Tbl"), name);
    }
    // Two changes in one UpdateTable; on failure the caller restores its copy of the description.
    Status createTwice(const json& first, const json& second, const json& definitions) {
        OpContext ctx{*m_impl, {}};
        std::lock_guard lock(m_impl->mutex);
        TableSchema& table = *m_impl->findTable("Tbl");
        const json before = table.description();
        Status s = indexes::beginCreateGlobalIndex(ctx, table, first, &definitions);
        if (s.ok()) s = indexes::beginCreateGlobalIndex(ctx, table, second, &definitions);
        if (!s.ok()) table.description() = before;
        return s;
    }
    json index(const std::string& name) {
        const json table = ok("DescribeTable", {{"TableName", "Tbl"}})["Table"];
        for (const auto& i : table.value("GlobalSecondaryIndexes", json::array()))
            if (i["IndexName"] == name) return i;
        return nullptr;
    }

private:
    std::unique_ptr<Engine::Impl> m_impl;
};

const char* kTable = R"({"TableName":"Tbl","BillingMode":"PAY_PER_REQUEST",
  "AttributeDefinitions":[{"AttributeName":"pk","AttributeType":"S"},{"AttributeName":"sk","AttributeType":"N"},
    {"AttributeName":"old","AttributeType":"S"},{"AttributeName":"lsk","AttributeType":"S"}],
  "KeySchema":[{"AttributeName":"pk","KeyType":"HASH"},{"AttributeName":"sk","KeyType":"RANGE"}],
  "GlobalSecondaryIndexes":[{"IndexName":"Old","KeySchema":[{"AttributeName":"old","KeyType":"HASH"}],
    "Projection":{"ProjectionType":"KEYS_ONLY"}}],
  "LocalSecondaryIndexes":[{"IndexName":"Local","KeySchema":[{"AttributeName":"pk","KeyType":"HASH"},
    {"AttributeName":"lsk","KeyType":"RANGE"}],"Projection":{"ProjectionType":"KEYS_ONLY"}}]})";

const json kCreateX = json::parse(R"({"IndexName":"ByX","KeySchema":[{"AttributeName":"x","KeyType":"HASH"},
    {"AttributeName":"sk","KeyType":"RANGE"}],"Projection":{"ProjectionType":"INCLUDE","NonKeyAttributes":["a"]}})");
const json kDefinitionsX = json::parse(R"([{"AttributeName":"x","AttributeType":"S"},{"AttributeName":"sk","AttributeType":"N"}])");

// pk "k<i>", sk i; x: a string, absent, a number (not indexable) or empty by i % 4.
json seedItem(int i) {
    json it = {{"pk", {{"S", "k" + std::to_string(i)}}}, {"sk", {{"N", std::to_string(i)}}}, {"a", {{"S", "a"}}},
               {"b", {{"S", "b"}}}};
    if (i % 4 == 0) it["x"] = {{"S", "x" + std::to_string(i % 3)}};
    if (i % 4 == 2) it["x"] = {{"N", "7"}};
    if (i % 4 == 3) it["x"] = {{"S", ""}};
    return it;
}

json scanAll(IndexTestEngine& engine, const char* index) {
    json items = json::array();
    json request = {{"TableName", "Tbl"}};
    if (index) request["IndexName"] = index;
    for (;;) {
        const json page = engine.ok("Scan", request);
        for (const auto& it : page["Items"]) items.push_back(it);
        if (!page.contains("LastEvaluatedKey")) return items;
        request["ExclusiveStartKey"] = page["LastEvaluatedKey"];
    }
}

// ByX as it must be: one entry per item with a non-empty string x.
std::map<std::string, json> expectedByX(IndexTestEngine& engine) {
    std::map<std::string, json> out;
    for (const auto& it : scanAll(engine, nullptr)) {
        if (!it.contains("x") || !it["x"].contains("S") || it["x"]["S"] == "") continue;
        json entry = {{"pk", it["pk"]}, {"sk", it["sk"]}, {"x", it["x"]}};
        if (it.contains("a")) entry["a"] = it["a"];
        out[it["pk"]["S"].get<std::string>()] = entry;
    }
    return out;
}

std::map<std::string, json> actualByX(IndexTestEngine& engine) {
    std::map<std::string, json> out;
    for (const auto& it : scanAll(engine, "ByX")) out[it["pk"]["S"].get<std::string>()] = it;
    return out;
}

}  // namespace

class TestIndexBackfill : public QObject {
    Q_OBJECT

private:
    static void seed(IndexTestEngine& engine, int count) {
        QVERIFY(!engine.ok("CreateTable", j(kTable)).contains("error"));
        for (int i = 0; i < count; ++i) engine.ok("PutItem", {{"TableName", "Tbl"}, {"Item", seedItem(i)}});
    }

private slots:
    void createValidatesLikeTheService() {
        IndexTestEngine engine(100, 0);
        seed(engine, 0);
        auto expectError = [&](const json& create, const json& definitions, const char* type, const std::string& message) {
            Status s = engine.create(create, definitions);
            QVERIFY(!s.ok());
            QCOMPARE(QString::fromStdString(std::string(s.error().name())), QString(type));
            QCOMPARE(QString::fromStdString(s.error().message()), QString::fromStdString(message));
        };
        expectError(kCreateX, nullptr, "ValidationException",
                    "One or more parameter values were invalid: Some index key attributes are not defined in "
                    "AttributeDefinitions. Keys: [x, sk], AttributeDefinitions: []");
        // Even an attribute the table defines must be listed again.
        expectError(kCreateX, j(R"([{"AttributeName":"x","AttributeType":"S"}])"), "ValidationException",
                    "One or more parameter values were invalid: Some index key attributes are not defined in "
                    "AttributeDefinitions. Keys: [x, sk], AttributeDefinitions: [x]");
        expectError(kCreateX, j(R"([{"AttributeName":"x","AttributeType":"S"},{"AttributeName":"sk","AttributeType":"S"}])"),
                    "ValidationException",
                    "One or more parameter values were invalid: Attributes cannot be redefined. Please check that your "
                    "attribute has the same type as previously defined. Existing schema: Schema:[SchemaElement: "
                    "key{sk:N:RANGE}] New schema: Schema:[SchemaElement: key{sk:S:RANGE}]");
        json named = kCreateX;
        named["IndexName"] = "Old";
        expectError(named, kDefinitionsX, "ValidationException", "Attempting to create an index which already exists");
        named["IndexName"] = "Local";
        expectError(named, kDefinitionsX, "ValidationException", "Attempting to create an index which already exists");
        json provisioned = kCreateX;
        provisioned["ProvisionedThroughput"] = {{"ReadCapacityUnits", 1}, {"WriteCapacityUnits", 1}};
        expectError(provisioned, kDefinitionsX, "ValidationException",
                    "One or more parameter values were invalid: ProvisionedThroughput should not be specified for "
                    "index: ByX when BillingMode is PAY_PER_REQUEST");
        json badKeys = kCreateX;
        badKeys["KeySchema"][0]["KeyType"] = "RANGE";
        expectError(badKeys, kDefinitionsX, "ValidationException",
                    "Invalid KeySchema: The first KeySchemaElement is not a HASH key type");
        json badProjection = kCreateX;
        badProjection["Projection"] = {{"ProjectionType", "ALL"}, {"NonKeyAttributes", {"a"}}};
        expectError(badProjection, kDefinitionsX, "ValidationException",
                    "One or more parameter values were invalid: ProjectionType is ALL, but NonKeyAttributes is specified");
        json shortName = kCreateX;
        shortName["IndexName"] = "ab";
        Status s = engine.create(shortName, kDefinitionsX);
        QVERIFY(!s.ok());
        QVERIFY(s.error().message().rfind("1 validation error detected: Value 'ab' at "
                                          "'globalSecondaryIndexUpdates.1.member.create.indexName'", 0) == 0);
        Status lsi = engine.remove("Local");
        QVERIFY(!lsi.ok());
        QCOMPARE(QString::fromStdString(std::string(lsi.error().name())), QString("ValidationException"));
        Status missing = engine.remove("Nope");
        QCOMPARE(QString::fromStdString(std::string(missing.error().name())), QString("ResourceNotFoundException"));
        QCOMPARE(QString::fromStdString(missing.error().message()),
                 QString("Requested resource not found: Index: Nope not found"));
        // Nothing of the refused requests stayed.
        QVERIFY(engine.index("ByX").is_null());
        QCOMPARE(engine.ok("DescribeTable", j(R"({"TableName":"Tbl"})"))["Table"]["AttributeDefinitions"].size(), std::size_t(4));
    }

    void backfillShowsProgressThenActivates() {
        IndexTestEngine engine(10, 40);
        seed(engine, 200);
        QVERIFY(engine.create(kCreateX, kDefinitionsX).ok());
        json index = engine.index("ByX");
        QCOMPARE(index["IndexStatus"].get<std::string>(), std::string("CREATING"));
        QCOMPARE(index["Backfilling"].get<bool>(), true);
        auto query = engine.call("Query", j(R"({"TableName":"Tbl","IndexName":"ByX","KeyConditionExpression":"x = :x",
            "ExpressionAttributeValues":{":x":{"S":"x0"}}})"));
        QVERIFY(!query.ok());
        QCOMPARE(QString::fromStdString(query.error().message()),
                 QString("Cannot read from backfilling global secondary index: ByX"));
        // The new index's key type is enforced from the start.
        auto wrong = engine.call("PutItem", j(R"({"TableName":"Tbl","Item":{"pk":{"S":"w"},"sk":{"N":"1"},"x":{"N":"1"}}})"));
        QVERIFY(!wrong.ok());
        // Another online change waits for this one.
        json second = kCreateX;
        second["IndexName"] = "Second";
        Status busy = engine.create(second, kDefinitionsX);
        QCOMPARE(QString::fromStdString(std::string(busy.error().name())), QString("LimitExceededException"));
        QCOMPARE(QString::fromStdString(busy.error().message()),
                 QString("Subscriber limit exceeded: Only 1 online index can be created or deleted simultaneously per table"));
        QCOMPARE(QString::fromStdString(std::string(engine.remove("Old").error().name())), QString("LimitExceededException"));

        bool sawPartial = false;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                index = engine.index("ByX");
                const double percent = index.value("OnlineIndexPercentageProgress", 0.0);
                if (index["IndexStatus"] == "CREATING" && percent > 0 && percent < 100 && index["ItemCount"].get<int>() > 0)
                    sawPartial = true;
                return index["IndexStatus"] == "ACTIVE";
            }(),
            30000);
        QVERIFY(sawPartial);
        QVERIFY(!index.contains("Backfilling"));
        QVERIFY(!index.contains("OnlineIndexPercentageProgress"));
        QCOMPARE(index["ItemCount"].get<int>(), 50);  // only non-empty string values of x
        QVERIFY(actualByX(engine) == expectedByX(engine));
        const json page = engine.ok("Query", j(R"({"TableName":"Tbl","IndexName":"ByX","KeyConditionExpression":"x = :x",
            "ExpressionAttributeValues":{":x":{"S":"x0"}}})"));
        QCOMPARE(page["Count"].get<int>(), 17);  // i % 4 == 0 and i % 3 == 0 below 200
        // The merged definition stays; the next online change may start.
        QCOMPARE(engine.ok("DescribeTable", j(R"({"TableName":"Tbl"})"))["Table"]["AttributeDefinitions"].size(), std::size_t(5));
        QVERIFY(engine.create(second, kDefinitionsX).ok());
    }

    void backfillUnderConcurrentWritesMatchesARebuild() {
        IndexTestEngine engine(15, 2);
        seed(engine, 300);
        QVERIFY(engine.create(kCreateX, kDefinitionsX).ok());
        std::atomic<bool> stop{false};
        std::atomic<int> writes{0};
        auto writer = [&](int seed) {
            std::mt19937 rng(seed);
            while (!stop.load()) {
                const int i = static_cast<int>(rng() % 320);
                const json key = {{"pk", {{"S", "k" + std::to_string(i)}}}, {"sk", {{"N", std::to_string(i)}}}};
                switch (rng() % 4) {
                case 0: {
                    json it = key;
                    it["x"] = {{"S", "w" + std::to_string(rng() % 5)}};
                    it["a"] = {{"S", "put"}};
                    (void)engine.call("PutItem", {{"TableName", "Tbl"}, {"Item", it}});
                    break;
                }
                case 1:
                    (void)engine.call("UpdateItem", {{"TableName", "Tbl"}, {"Key", key}, {"UpdateExpression", "SET x = :x, a = :a"},
                                                     {"ExpressionAttributeValues", {{":x", {{"S", "u" + std::to_string(rng() % 5)}}},
                                                                                    {":a", {{"S", "upd"}}}}}});
                    break;
                case 2:
                    (void)engine.call("UpdateItem", {{"TableName", "Tbl"}, {"Key", key}, {"UpdateExpression", "REMOVE x"}});
                    break;
                default:
                    (void)engine.call("DeleteItem", {{"TableName", "Tbl"}, {"Key", key}});
                }
                ++writes;
            }
        };
        std::thread first(writer, 1), second(writer, 2);
        QTRY_VERIFY_WITH_TIMEOUT(engine.index("ByX")["IndexStatus"] == "ACTIVE", 60000);
        stop = true;
        first.join();
        second.join();
        QVERIFY(writes.load() > 0);
        const auto actual = actualByX(engine);
        const auto expected = expectedByX(engine);
        QCOMPARE(actual.size(), expected.size());
        QVERIFY(actual == expected);
        QCOMPARE(engine.index("ByX")["ItemCount"].get<std::size_t>(), expected.size());
    }

    void aRefusedSecondChangeTakesTheFirstBack() {
        IndexTestEngine engine(100, 0);
        seed(engine, 10);
        const json before = engine.ok("DescribeTable", j(R"({"TableName":"Tbl"})"))["Table"];
        json second = kCreateX;
        second["IndexName"] = "Second";
        Status s = engine.createTwice(kCreateX, second, kDefinitionsX);
        QCOMPARE(QString::fromStdString(std::string(s.error().name())), QString("LimitExceededException"));
        const json after = engine.ok("DescribeTable", j(R"({"TableName":"Tbl"})"))["Table"];
        QVERIFY(after == before);
        // The table is free for a new change, and writes no longer know ByX.
        QVERIFY(engine.ok("PutItem", j(R"({"TableName":"Tbl","Item":{"pk":{"S":"n"},"sk":{"N":"1"},"x":{"N":"1"}}})")).size() == 0);
        QVERIFY(engine.create(kCreateX, kDefinitionsX).ok());
        QTRY_VERIFY_WITH_TIMEOUT(engine.index("ByX")["IndexStatus"] == "ACTIVE", 30000);
        QCOMPARE(engine.index("ByX")["ItemCount"].get<int>(), 3);  // k0, k4, k8
    }

    void deletionRemovesEntriesThenTheIndex() {
        IndexTestEngine engine(5, 20);
        seed(engine, 40);
        for (int i = 0; i < 40; ++i)
            engine.ok("UpdateItem", {{"TableName", "Tbl"}, {"Key", {{"pk", {{"S", "k" + std::to_string(i)}}}, {"sk", {{"N", std::to_string(i)}}}}},
                                     {"UpdateExpression", "SET #o = :o"}, {"ExpressionAttributeNames", {{"#o", "old"}}},
                                     {"ExpressionAttributeValues", {{":o", {{"S", "v"}}}}}});
        QCOMPARE(engine.index("Old")["ItemCount"].get<int>(), 40);
        QVERIFY(engine.remove("Old").ok());
        QCOMPARE(engine.index("Old")["IndexStatus"].get<std::string>(), std::string("DELETING"));
        auto scan = engine.call("Scan", j(R"({"TableName":"Tbl","IndexName":"Old"})"));
        QCOMPARE(QString::fromStdString(scan.error().message()), QString("The table does not have the specified index: Old"));
        QCOMPARE(QString::fromStdString(std::string(engine.remove("Old").error().name())), QString("LimitExceededException"));
        QTRY_VERIFY_WITH_TIMEOUT(engine.index("Old").is_null(), 30000);
        const json table = engine.ok("DescribeTable", j(R"({"TableName":"Tbl"})"))["Table"];
        QVERIFY(!table.contains("GlobalSecondaryIndexes"));
        std::set<std::string> defined;
        for (const auto& d : table["AttributeDefinitions"]) defined.insert(d["AttributeName"].get<std::string>());
        QCOMPARE(defined, (std::set<std::string>{"pk", "sk", "lsk"}));
        // Without the index, "old" takes any type again.
        QVERIFY(engine.ok("PutItem", j(R"({"TableName":"Tbl","Item":{"pk":{"S":"n"},"sk":{"N":"1"},"old":{"N":"1"}}})")).size() == 0);
    }

    void deletingACreatingIndexCancelsIt() {
        IndexTestEngine engine(5, 50);
        seed(engine, 100);
        QVERIFY(engine.create(kCreateX, kDefinitionsX).ok());
        QVERIFY(engine.remove("ByX").ok());
        QTRY_VERIFY_WITH_TIMEOUT(engine.index("ByX").is_null(), 30000);
        QVERIFY(engine.index("Old").is_object());
    }

    void anInterruptedBackfillResumesOnOpen() {
        QTemporaryDir dir;
        const std::string path = dir.filePath("backfill.db").toStdString();
        {
            IndexTestEngine engine(10, 60'000, path);  // the worker never gets to a batch
            seed(engine, 30);
            QVERIFY(engine.create(kCreateX, kDefinitionsX).ok());
            QCOMPARE(engine.index("ByX")["ItemCount"].get<int>(), 0);
        }  // closing stops the waiting worker at once
        EngineOptions options;
        options.databasePath = path;
        options.clock = std::make_shared<ManualClock>();
        options.ttlSweepIntervalSeconds = 0;
        auto engine = Engine::open(options);
        QVERIFY2(engine.ok(), engine.ok() ? "" : engine.error().message().c_str());
        auto describe = [&] {
            auto r = (*engine)->call("DescribeTable", j(R"({"TableName":"Tbl"})"));
            for (const auto& i : (*r)["Table"]["GlobalSecondaryIndexes"])
                if (i["IndexName"] == "ByX") return i;
            return json();
        };
        QTRY_VERIFY_WITH_TIMEOUT(describe()["IndexStatus"] == "ACTIVE", 30000);
        QCOMPARE(describe()["ItemCount"].get<int>(), 8);  // i % 4 == 0 below 30
    }
};

QTEST_GUILESS_MAIN(TestIndexBackfill)
#include "tst_index_backfill.moc"
