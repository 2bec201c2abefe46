// Tests for the LSI item-collection rules in engine/src/indexes/
// (index_write_checks, index_maintainer) and for index persistence: the
// size limit (made small through EngineOptions) on every write path,
// shrinking writes, ReturnItemCollectionMetrics, the 400 KB item + LSI
// entries rule, and index entries surviving a reopen (and being rebuilt for
// a workspace that lacks them).
#include "engine_test_support.h"

#include "storage/database.h"

#include <QTemporaryDir>

using namespace shardscope::engine;
using namespace shardscope::engine::test;
using nlohmann::json;

namespace {

const char* kTable = R"({"TableName":"Lsi","BillingMode":"PAY_PER_REQUEST",
  "AttributeDefinitions":[{"AttributeName":"pk","AttributeType":"S"},{"AttributeName":"sk","AttributeType":"S"},
    {"AttributeName":"lsk","AttributeType":"S"},{"AttributeName":"g","AttributeType":"S"}],
  "KeySchema":[{"AttributeName":"pk","KeyType":"HASH"},{"AttributeName":"sk","KeyType":"RANGE"}],
  "LocalSecondaryIndexes":[{"IndexName":"ByL","KeySchema":[{"AttributeName":"pk","KeyType":"HASH"},
    {"AttributeName":"lsk","KeyType":"RANGE"}],"Projection":{"ProjectionType":"ALL"}}],
  "GlobalSecondaryIndexes":[{"IndexName":"ByG","KeySchema":[{"AttributeName":"g","KeyType":"HASH"}],
    "Projection":{"ProjectionType":"KEYS_ONLY"}}]})";

// 54 bytes: with its ALL entry in ByL, 108 bytes of item collection.
json item(const std::string& pk, const std::string& sk, std::size_t dataBytes = 40) {
    return {{"pk", {{"S", pk}}}, {"sk", {{"S", sk}}}, {"lsk", {{"S", "x"}}}, {"data", {{"S", std::string(dataBytes, 'd')}}}};
}

std::unique_ptr<Engine> openEngine(std::int64_t collectionLimit, const std::string& path = ":memory:") {
    EngineOptions options;
    options.databasePath = path;
    options.clock = std::make_shared<ManualClock>();
    options.itemCollectionSizeLimitBytes = collectionLimit;
    options.ttlSweepIntervalSeconds = 0;
    auto engine = Engine::open(options);
    if (!engine.ok()) qFatal("cannot open engine: %s", engine.error().message().c_str());
    return std::move(*engine);
}

}  // namespace

class TestIndexCollections : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<Engine> m_engine;

    json call(const char* op, const json& request) {
        auto r = m_engine->call(op, request);
        if (!r.ok()) qWarning("%s: %s", op, r.error().message().c_str());
        return r.ok() ? *r : json{{"error", r.error().message()}};
    }
    int count(const char* index = nullptr) {
        json request = {{"TableName", "Lsi"}};
        if (index) request["IndexName"] = index;
        return call("Scan", request)["Count"].get<int>();
    }

private slots:
    void init() {
        m_engine = openEngine(300);
        call("CreateTable", j(kTable));
    }

    void collectionLimitRefusesGrowthOnly() {
        call("PutItem", {{"TableName", "Lsi"}, {"Item", item("p", "1")}});
        call("PutItem", {{"TableName", "Lsi"}, {"Item", item("p", "2")}});
        SS_CALL_ERROR(*m_engine, "PutItem", (json{{"TableName", "Lsi"}, {"Item", item("p", "3")}}),
                      "ItemCollectionSizeLimitExceededException", "Collection size exceeded.");
        QCOMPARE(count(), 2);
        QCOMPARE(count("ByL"), 2);
        // Another partition key value is another collection; rewriting an item unchanged adds nothing.
        QVERIFY(!call("PutItem", {{"TableName", "Lsi"}, {"Item", item("q", "1")}}).contains("error"));
        QVERIFY(!call("PutItem", {{"TableName", "Lsi"}, {"Item", item("p", "2")}}).contains("error"));
        SS_CALL_ERROR(*m_engine, "UpdateItem", j(R"({"TableName":"Lsi","Key":{"pk":{"S":"p"},"sk":{"S":"2"}},
            "UpdateExpression":"SET more = :m","ExpressionAttributeValues":{":m":{"S":"0123456789012345678901234567890123456789012345678901234567890123456789"}}})"),
                      "ItemCollectionSizeLimitExceededException", "Collection size exceeded.");
        // Shrinking is always allowed, and makes room again.
        QVERIFY(!call("UpdateItem", j(R"({"TableName":"Lsi","Key":{"pk":{"S":"p"},"sk":{"S":"1"}},"UpdateExpression":"REMOVE #d",
            "ExpressionAttributeNames":{"#d":"data"}})")).contains("error"));
        QVERIFY(!call("DeleteItem", j(R"({"TableName":"Lsi","Key":{"pk":{"S":"p"},"sk":{"S":"2"}}})")).contains("error"));
        QVERIFY(!call("PutItem", {{"TableName", "Lsi"}, {"Item", item("p", "3")}}).contains("error"));
        QCOMPARE(count(), 3);
    }

    void batchesAndTransactionsRespectTheLimit() {
        json batch = {{"RequestItems", {{"Lsi", json::array()}}}};
        for (const char* sk : {"1", "2", "3"}) batch["RequestItems"]["Lsi"].push_back({{"PutRequest", {{"Item", item("p", sk)}}}});
        SS_CALL_ERROR(*m_engine, "BatchWriteItem", batch, "ItemCollectionSizeLimitExceededException", "Collection size exceeded.");
        QCOMPARE(count(), 0);  // the batch is all or nothing here
        batch["RequestItems"]["Lsi"].erase(2);
        batch["ReturnItemCollectionMetrics"] = "SIZE";
        const json written = call("BatchWriteItem", batch);
        QVERIFY(written["ItemCollectionMetrics"] ==
                j(R"({"Lsi":[{"ItemCollectionKey":{"pk":{"S":"p"}},"SizeEstimateRangeGB":[0.0,1.0]}]})"));
        json tx = {{"TransactItems", json::array({{{"Put", {{"TableName", "Lsi"}, {"Item", item("q", "1")}}}},
                                                  {{"Put", {{"TableName", "Lsi"}, {"Item", item("p", "3")}}}}})}};
        auto r = m_engine->call("TransactWriteItems", tx);
        QVERIFY(!r.ok());
        QCOMPARE(QString::fromStdString(r.error().message()),
                 QString("Transaction cancelled, please refer cancellation reasons for specific reasons "
                         "[None, ItemCollectionSizeLimitExceeded]"));
        QVERIFY(r.error().extra()["CancellationReasons"][1] ==
                j(R"({"Code":"ItemCollectionSizeLimitExceeded","Message":"Collection size exceeded."})"));
        // Two puts into one collection add up inside a transaction.
        tx = {{"TransactItems", json::array({{{"Put", {{"TableName", "Lsi"}, {"Item", item("r", "1")}}}},
                                             {{"Put", {{"TableName", "Lsi"}, {"Item", item("r", "2")}}}},
                                             {{"Put", {{"TableName", "Lsi"}, {"Item", item("r", "3")}}}}})}};
        r = m_engine->call("TransactWriteItems", tx);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().extra()["CancellationReasons"][2]["Code"].get<std::string>(),
                 std::string("ItemCollectionSizeLimitExceeded"));
        QCOMPARE(count(), 2);
        tx = {{"ReturnItemCollectionMetrics", "SIZE"},
              {"TransactItems", json::array({{{"Put", {{"TableName", "Lsi"}, {"Item", item("r", "1")}}}},
                                             {{"Delete", {{"TableName", "Lsi"}, {"Key", {{"pk", {{"S", "p"}}}, {"sk", {{"S", "1"}}}}}}}}})}};
        const json done = call("TransactWriteItems", tx);
        QCOMPARE(done["ItemCollectionMetrics"]["Lsi"].size(), std::size_t(2));
    }

    void singleWritesReturnItemCollectionMetrics() {
        const json put = call("PutItem", {{"TableName", "Lsi"}, {"Item", item("p", "1")}, {"ReturnItemCollectionMetrics", "SIZE"}});
        QVERIFY(put["ItemCollectionMetrics"] == j(R"({"ItemCollectionKey":{"pk":{"S":"p"}},"SizeEstimateRangeGB":[0.0,1.0]})"));
        const json none = call("PutItem", {{"TableName", "Lsi"}, {"Item", item("p", "1")}, {"ReturnItemCollectionMetrics", "NONE"}});
        QVERIFY(!none.contains("ItemCollectionMetrics"));
        const json update = call("UpdateItem", j(R"({"TableName":"Lsi","Key":{"pk":{"S":"p"},"sk":{"S":"1"}},
            "UpdateExpression":"SET x = :x","ExpressionAttributeValues":{":x":{"S":"y"}},"ReturnItemCollectionMetrics":"SIZE"})"));
        QCOMPARE(update["ItemCollectionMetrics"]["ItemCollectionKey"]["pk"]["S"].get<std::string>(), std::string("p"));
        const json removed = call("DeleteItem", j(R"({"TableName":"Lsi","Key":{"pk":{"S":"p"},"sk":{"S":"1"}},
            "ReturnItemCollectionMetrics":"SIZE"})"));
        QCOMPARE(removed["ItemCollectionMetrics"]["SizeEstimateRangeGB"].size(), std::size_t(2));
        // Tables without LSIs answer no metrics.
        call("CreateTable", j(R"({"TableName":"Plain","BillingMode":"PAY_PER_REQUEST",
            "AttributeDefinitions":[{"AttributeName":"pk","AttributeType":"S"}],"KeySchema":[{"AttributeName":"pk","KeyType":"HASH"}]})"));
        const json plain = call("PutItem", j(R"({"TableName":"Plain","Item":{"pk":{"S":"a"}},"ReturnItemCollectionMetrics":"SIZE"})"));
        QVERIFY(!plain.contains("ItemCollectionMetrics"));
    }

    void itemWithLocalEntriesMustFit400KB() {
        m_engine = openEngine(10LL * 1024 * 1024 * 1024);
        call("CreateTable", j(kTable));
        SS_CALL_ERROR(*m_engine, "PutItem", (json{{"TableName", "Lsi"}, {"Item", item("p", "1", 250'000)}}), "ValidationException",
                      "Item size has exceeded the maximum allowed size");
        json noLsk = item("p", "1", 250'000);
        noLsk.erase("lsk");  // no LSI entry: just an item
        QVERIFY(!call("PutItem", {{"TableName", "Lsi"}, {"Item", noLsk}}).contains("error"));
    }

    void indexesSurviveReopenAndAreRebuiltWhenMissing() {
        QTemporaryDir dir;
        const std::string path = dir.filePath("indexes.db").toStdString();
        m_engine = openEngine(10LL * 1024 * 1024 * 1024, path);
        call("CreateTable", j(kTable));
        for (int i = 0; i < 5; ++i) {
            json it = item("p", std::to_string(i));
            it["g"] = {{"S", i % 2 ? "odd" : "even"}};
            call("PutItem", {{"TableName", "Lsi"}, {"Item", it}});
        }
        auto evenCount = [&] {
            return call("Query", j(R"({"TableName":"Lsi","IndexName":"ByG","KeyConditionExpression":"g = :g",
                "ExpressionAttributeValues":{":g":{"S":"even"}}})"))["Count"].get<int>();
        };
        QCOMPARE(evenCount(), 3);
        m_engine.reset();
        m_engine = openEngine(300, path);
        QCOMPARE(evenCount(), 3);
        QCOMPARE(call("DescribeTable", j(R"({"TableName":"Lsi"})"))["Table"]["GlobalSecondaryIndexes"][0]["ItemCount"].get<int>(), 5);
        // The collection sizes were kept too: 5 x 108 bytes is over this engine's 300.
        SS_CALL_ERROR(*m_engine, "PutItem", (json{{"TableName", "Lsi"}, {"Item", item("p", "9")}}),
                      "ItemCollectionSizeLimitExceededException", "Collection size exceeded.");
        m_engine.reset();
        {
            // A workspace written before indexes were maintained has no entries.
            auto db = storage::Database::open(path);
            QVERIFY(db.ok());
            QVERIFY((*db)->exec("DELETE FROM index_entries; DELETE FROM index_usage; DELETE FROM item_collections").ok());
        }
        m_engine = openEngine(300, path);
        QCOMPARE(evenCount(), 3);
        QCOMPARE(count("ByL"), 5);
        SS_CALL_ERROR(*m_engine, "PutItem", (json{{"TableName", "Lsi"}, {"Item", item("p", "9")}}),
                      "ItemCollectionSizeLimitExceededException", "Collection size exceeded.");
    }
};

QTEST_GUILESS_MAIN(TestIndexCollections)
#include "tst_index_collections.moc"
