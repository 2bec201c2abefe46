// Tests for engine/src/indexes/ through the engine's front door: GSI and LSI
// maintenance on every write path (sparse entries, projections, key
// changes, unchanged entries), the write-side index key errors, Query and
// Scan on indexes (pagination, ordering, segments, 1 MB pages measured on
// entries, every index read error), ReturnConsumedCapacity INDEXES and
// DescribeTable's live index counters.
#include "engine_test_support.h"

#include "shardscope/engine/item_size.h"
#include "shardscope/engine/json_codec.h"

#include <set>

using namespace shardscope::engine;
using namespace shardscope::engine::test;
using nlohmann::json;

namespace {

// pk/sk table; ByG (gpk, gsk; INCLUDE a), ByGAll (gpk; ALL), KeysOnly (gsk; KEYS_ONLY), ByL (LSI on lsk; KEYS_ONLY).
const char* kTable = R"({"TableName":"Tbl","BillingMode":"PAY_PER_REQUEST",
  "AttributeDefinitions":[{"AttributeName":"pk","AttributeType":"S"},{"AttributeName":"sk","AttributeType":"S"},
    {"AttributeName":"gpk","AttributeType":"S"},{"AttributeName":"gsk","AttributeType":"N"},
    {"AttributeName":"lsk","AttributeType":"S"}],
  "KeySchema":[{"AttributeName":"pk","KeyType":"HASH"},{"AttributeName":"sk","KeyType":"RANGE"}],
  "GlobalSecondaryIndexes":[
    {"IndexName":"ByG","KeySchema":[{"AttributeName":"gpk","KeyType":"HASH"},{"AttributeName":"gsk","KeyType":"RANGE"}],
     "Projection":{"ProjectionType":"INCLUDE","NonKeyAttributes":["a"]}},
    {"IndexName":"ByGAll","KeySchema":[{"AttributeName":"gpk","KeyType":"HASH"}],"Projection":{"ProjectionType":"ALL"}},
    {"IndexName":"KeysOnly","KeySchema":[{"AttributeName":"gsk","KeyType":"HASH"}],"Projection":{"ProjectionType":"KEYS_ONLY"}}],
  "LocalSecondaryIndexes":[
    {"IndexName":"ByL","KeySchema":[{"AttributeName":"pk","KeyType":"HASH"},{"AttributeName":"lsk","KeyType":"RANGE"}],
     "Projection":{"ProjectionType":"KEYS_ONLY"}}]})";

json item(const std::string& pk, const std::string& gpk, int gsk) {
    return {{"pk", {{"S", pk}}}, {"sk", {{"S", "s"}}}, {"gpk", {{"S", gpk}}}, {"gsk", {{"N", std::to_string(gsk)}}},
            {"lsk", {{"S", "l" + pk}}}, {"a", {{"S", "aa"}}}, {"b", {{"S", "bbb"}}}};
}

std::set<std::string> pks(const json& items) {
    std::set<std::string> out;
    for (const auto& i : items) out.insert(i["pk"]["S"].get<std::string>());
    return out;
}

}  // namespace

class TestIndexes : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<Engine> m_engine;

    json call(const char* op, const json& request) {
        auto r = m_engine->call(op, request);
        if (!r.ok()) qWarning("%s: %s", op, r.error().message().c_str());
        return r.ok() ? *r : json{{"error", r.error().message()}};
    }
    json put(const json& it, const char* rcc = "NONE") {
        return call("PutItem", {{"TableName", "Tbl"}, {"Item", it}, {"ReturnConsumedCapacity", rcc}});
    }
    json query(const char* index, const std::string& gpk, json extra = json::object()) {
        json request = {{"TableName", "Tbl"}, {"IndexName", index}, {"KeyConditionExpression", "gpk = :g"},
                        {"ExpressionAttributeValues", {{":g", {{"S", gpk}}}}}};
        request.update(extra);
        return call("Query", request);
    }
    static void compareJson(const json& actual, const json& expected) {
        QVERIFY2(actual == expected, qPrintable(QString::fromStdString(actual.dump() + "\n  expected " + expected.dump())));
    }

private slots:
    void init() {
        m_engine = openMemoryEngine();
        call("CreateTable", j(kTable));
    }

    void putWritesProjectedEntries() {
        put(item("p1", "g", 1));
        compareJson(query("ByG", "g")["Items"],
                    j(R"([{"a":{"S":"aa"},"gpk":{"S":"g"},"gsk":{"N":"1"},"pk":{"S":"p1"},"sk":{"S":"s"}}])"));
        compareJson(query("ByGAll", "g")["Items"], json::array({item("p1", "g", 1)}));
        const json keysOnly = call("Query", j(R"({"TableName":"Tbl","IndexName":"KeysOnly","KeyConditionExpression":"gsk = :n",
                                                  "ExpressionAttributeValues":{":n":{"N":"1"}}})"));
        compareJson(keysOnly["Items"], j(R"([{"gsk":{"N":"1"},"pk":{"S":"p1"},"sk":{"S":"s"}}])"));
        const json local = call("Query", j(R"({"TableName":"Tbl","IndexName":"ByL","KeyConditionExpression":"pk = :p",
                                               "ExpressionAttributeValues":{":p":{"S":"p1"}}})"));
        compareJson(local["Items"], j(R"([{"lsk":{"S":"lp1"},"pk":{"S":"p1"},"sk":{"S":"s"}}])"));
    }

    void sparseIndexesSkipItemsWithoutKeys() {
        put(j(R"({"pk":{"S":"x"},"sk":{"S":"s"},"gpk":{"S":"g"}})"));  // no gsk: only ByGAll
        put(j(R"({"pk":{"S":"y"},"sk":{"S":"s"},"gsk":{"N":"5"}})"));  // no gpk: only KeysOnly
        QCOMPARE(call("Scan", j(R"({"TableName":"Tbl","IndexName":"ByG"})"))["Count"].get<int>(), 0);
        QCOMPARE(call("Scan", j(R"({"TableName":"Tbl","IndexName":"ByGAll"})"))["Count"].get<int>(), 1);
        QCOMPARE(call("Scan", j(R"({"TableName":"Tbl","IndexName":"KeysOnly"})"))["Count"].get<int>(), 1);
        QCOMPARE(call("Scan", j(R"({"TableName":"Tbl","IndexName":"ByL"})"))["Count"].get<int>(), 0);
    }

    void writeCapacityCountsIndexWrites() {
        const json first = put(item("p1", "x", 1), "INDEXES");
        compareJson(first["ConsumedCapacity"], j(R"({"TableName":"Tbl","CapacityUnits":5.0,"Table":{"CapacityUnits":1.0},
            "GlobalSecondaryIndexes":{"ByG":{"CapacityUnits":1.0},"ByGAll":{"CapacityUnits":1.0},"KeysOnly":{"CapacityUnits":1.0}},
            "LocalSecondaryIndexes":{"ByL":{"CapacityUnits":1.0}}})"));
        // Same item again: every entry unchanged, no index write.
        compareJson(put(item("p1", "x", 1), "INDEXES")["ConsumedCapacity"],
                    j(R"({"TableName":"Tbl","CapacityUnits":1.0,"Table":{"CapacityUnits":1.0}})"));
        // A GSI key change: delete + put in both gpk indexes.
        const json moved = call("UpdateItem", j(R"({"TableName":"Tbl","Key":{"pk":{"S":"p1"},"sk":{"S":"s"}},
            "UpdateExpression":"SET gpk = :y","ExpressionAttributeValues":{":y":{"S":"y"}},"ReturnConsumedCapacity":"INDEXES"})"));
        compareJson(moved["ConsumedCapacity"], j(R"({"TableName":"Tbl","CapacityUnits":5.0,"Table":{"CapacityUnits":1.0},
            "GlobalSecondaryIndexes":{"ByG":{"CapacityUnits":2.0},"ByGAll":{"CapacityUnits":2.0}}})"));
        QCOMPARE(query("ByG", "x")["Count"].get<int>(), 0);
        QCOMPARE(query("ByG", "y")["Count"].get<int>(), 1);
        // A projected non-key attribute: one write where it is projected.
        const json projected = call("UpdateItem", j(R"({"TableName":"Tbl","Key":{"pk":{"S":"p1"},"sk":{"S":"s"}},
            "UpdateExpression":"SET a = :v","ExpressionAttributeValues":{":v":{"S":"new"}},"ReturnConsumedCapacity":"INDEXES"})"));
        compareJson(projected["ConsumedCapacity"], j(R"({"TableName":"Tbl","CapacityUnits":3.0,"Table":{"CapacityUnits":1.0},
            "GlobalSecondaryIndexes":{"ByG":{"CapacityUnits":1.0},"ByGAll":{"CapacityUnits":1.0}}})"));
        QCOMPARE(query("ByG", "y")["Items"][0]["a"]["S"].get<std::string>(), std::string("new"));
        // An unprojected attribute only changes ALL indexes; TOTAL sums everything.
        const json unprojected = call("UpdateItem", j(R"({"TableName":"Tbl","Key":{"pk":{"S":"p1"},"sk":{"S":"s"}},
            "UpdateExpression":"SET b = :v","ExpressionAttributeValues":{":v":{"S":"new"}},"ReturnConsumedCapacity":"TOTAL"})"));
        compareJson(unprojected["ConsumedCapacity"], j(R"({"TableName":"Tbl","CapacityUnits":2.0})"));
        // Removing a GSI key attribute: one delete where it was a key, one put where it was projected.
        const json removed = call("UpdateItem", j(R"({"TableName":"Tbl","Key":{"pk":{"S":"p1"},"sk":{"S":"s"}},
            "UpdateExpression":"REMOVE gsk","ReturnConsumedCapacity":"INDEXES"})"));
        compareJson(removed["ConsumedCapacity"], j(R"({"TableName":"Tbl","CapacityUnits":4.0,"Table":{"CapacityUnits":1.0},
            "GlobalSecondaryIndexes":{"ByG":{"CapacityUnits":1.0},"ByGAll":{"CapacityUnits":1.0},"KeysOnly":{"CapacityUnits":1.0}}})"));
        const json deleted = call("DeleteItem", j(R"({"TableName":"Tbl","Key":{"pk":{"S":"p1"},"sk":{"S":"s"}},
            "ReturnConsumedCapacity":"INDEXES"})"));
        compareJson(deleted["ConsumedCapacity"], j(R"({"TableName":"Tbl","CapacityUnits":3.0,"Table":{"CapacityUnits":1.0},
            "GlobalSecondaryIndexes":{"ByGAll":{"CapacityUnits":1.0}},"LocalSecondaryIndexes":{"ByL":{"CapacityUnits":1.0}}})"));
        for (const char* index : {"ByG", "ByGAll", "KeysOnly", "ByL"})
            QCOMPARE(call("Scan", {{"TableName", "Tbl"}, {"IndexName", index}})["Count"].get<int>(), 0);
    }

    void batchAndTransactionsMaintainIndexes() {
        json batch = {{"RequestItems", {{"Tbl", json::array()}}}, {"ReturnConsumedCapacity", "INDEXES"}};
        for (int i = 0; i < 3; ++i) batch["RequestItems"]["Tbl"].push_back({{"PutRequest", {{"Item", item("b" + std::to_string(i), "g", i)}}}});
        const json written = call("BatchWriteItem", batch);
        QCOMPARE(written["ConsumedCapacity"][0]["GlobalSecondaryIndexes"]["ByG"]["CapacityUnits"].get<double>(), 3.0);
        QCOMPARE(written["ConsumedCapacity"][0]["CapacityUnits"].get<double>(), 15.0);
        QCOMPARE(query("ByG", "g")["Count"].get<int>(), 3);
        const json tx = call("TransactWriteItems", j(R"({"ReturnConsumedCapacity":"INDEXES","TransactItems":[
            {"Delete":{"TableName":"Tbl","Key":{"pk":{"S":"b0"},"sk":{"S":"s"}}}},
            {"Update":{"TableName":"Tbl","Key":{"pk":{"S":"b1"},"sk":{"S":"s"}},"UpdateExpression":"SET gpk = :h",
                       "ExpressionAttributeValues":{":h":{"S":"h"}}}}]})"));
        // Transactional index writes count twice, like the table's.
        QCOMPARE(tx["ConsumedCapacity"][0]["GlobalSecondaryIndexes"]["ByG"]["CapacityUnits"].get<double>(), 6.0);
        QCOMPARE(pks(query("ByG", "g")["Items"]), (std::set<std::string>{"b2"}));
        QCOMPARE(pks(query("ByGAll", "h")["Items"]), (std::set<std::string>{"b1"}));
    }

    void writesRejectBadIndexKeys() {
        json wrongType = item("p1", "g", 1);
        wrongType["gpk"] = {{"N", "3"}};
        SS_CALL_ERROR(*m_engine, "PutItem", (json{{"TableName", "Tbl"}, {"Item", wrongType}}), "ValidationException",
                      "One or more parameter values were invalid: Type mismatch for Index Key gpk Expected: S Actual: N IndexName: ByG");
        json empty = item("p1", "g", 1);
        empty["lsk"] = {{"S", ""}};
        SS_CALL_ERROR(*m_engine, "PutItem", (json{{"TableName", "Tbl"}, {"Item", empty}}), "ValidationException",
                      "One or more parameter values are not valid. A value specified for a secondary index key is not "
                      "supported. The AttributeValue for a key attribute cannot contain an empty string value. "
                      "IndexName: ByL, IndexKey: lsk");
        json longKey = item("p1", std::string(2049, 'g'), 1);
        SS_CALL_ERROR(*m_engine, "PutItem", (json{{"TableName", "Tbl"}, {"Item", longKey}}), "ValidationException",
                      "One or more parameter values were invalid: Size of hashkey has exceeded the maximum size limit of2048 bytes");
        put(item("p1", "g", 1));
        SS_CALL_ERROR(*m_engine, "UpdateItem", j(R"({"TableName":"Tbl","Key":{"pk":{"S":"p1"},"sk":{"S":"s"}},
            "UpdateExpression":"SET gsk = :m","ExpressionAttributeValues":{":m":{"M":{}}}})"), "ValidationException",
                      "One or more parameter values were invalid: Type mismatch for Index Key gsk Expected: N Actual: M IndexName: ByG");
        json batch = {{"RequestItems", {{"Tbl", json::array({{{"PutRequest", {{"Item", item("ok", "g", 2)}}}},
                                                           {{"PutRequest", {{"Item", wrongType}}}}})}}}};
        batch["RequestItems"]["Tbl"][1]["PutRequest"]["Item"]["pk"] = {{"S", "bad"}};
        SS_CALL_ERROR(*m_engine, "BatchWriteItem", batch, "ValidationException",
                      "One or more parameter values were invalid: Type mismatch for Index Key gpk Expected: S Actual: N IndexName: ByG");
        QCOMPARE(call("Scan", j(R"({"TableName":"Tbl"})"))["Count"].get<int>(), 1);  // nothing of the batch
        json txPut = {{"TransactItems", json::array({{{"Put", {{"TableName", "Tbl"}, {"Item", wrongType}}}}})}};
        SS_CALL_ERROR(*m_engine, "TransactWriteItems", txPut, "ValidationException",
                      "One or more parameter values were invalid: Type mismatch for Index Key gpk Expected: S Actual: N IndexName: ByG");
        auto r = m_engine->call("TransactWriteItems", j(R"({"TransactItems":[{"Update":{"TableName":"Tbl",
            "Key":{"pk":{"S":"p1"},"sk":{"S":"s"}},"UpdateExpression":"SET gpk = :n","ExpressionAttributeValues":{":n":{"N":"1"}}}}]})"));
        QVERIFY(!r.ok());
        QCOMPARE(QString::fromStdString(std::string(r.error().name())), QString("TransactionCanceledException"));
        QCOMPARE(r.error().extra()["CancellationReasons"][0]["Code"].get<std::string>(), std::string("ValidationError"));
        // The table's own key rules still come first; a missing index key is fine (sparse).
        put(j(R"({"pk":{"S":"bare"},"sk":{"S":"s"}})"));
        QCOMPARE(call("Scan", j(R"({"TableName":"Tbl"})"))["Count"].get<int>(), 2);
    }

    void indexReadErrors() {
        put(item("p1", "g", 1));
        SS_CALL_ERROR(*m_engine, "Query", j(R"({"TableName":"Tbl","IndexName":"Nope","KeyConditionExpression":"gpk = :g",
            "ExpressionAttributeValues":{":g":{"S":"g"}}})"), "ValidationException", "The table does not have the specified index: Nope");
        SS_CALL_ERROR(*m_engine, "Scan", j(R"({"TableName":"Tbl","IndexName":"Nope"})"), "ValidationException",
                      "The table does not have the specified index: Nope");
        SS_CALL_ERROR(*m_engine, "Query", j(R"({"TableName":"Absent","IndexName":"ByG","KeyConditionExpression":"gpk = :g",
            "ExpressionAttributeValues":{":g":{"S":"g"}}})"), "ResourceNotFoundException", "Requested resource not found");
        const char* consistent = "Consistent reads are not supported on global secondary indexes";
        SS_CALL_ERROR(*m_engine, "Query", j(R"({"TableName":"Tbl","IndexName":"ByG","ConsistentRead":true,
            "KeyConditionExpression":"gpk = :g","ExpressionAttributeValues":{":g":{"S":"g"}}})"), "ValidationException", consistent);
        SS_CALL_ERROR(*m_engine, "Scan", j(R"({"TableName":"Tbl","IndexName":"KeysOnly","ConsistentRead":true})"),
                      "ValidationException", consistent);
        QCOMPARE(call("Query", j(R"({"TableName":"Tbl","IndexName":"ByL","ConsistentRead":true,"KeyConditionExpression":"pk = :p",
            "ExpressionAttributeValues":{":p":{"S":"p1"}}})"))["Count"].get<int>(), 1);
        SS_CALL_ERROR(*m_engine, "Query", j(R"({"TableName":"Tbl","IndexName":"ByG","Select":"ALL_ATTRIBUTES",
            "KeyConditionExpression":"gpk = :g","ExpressionAttributeValues":{":g":{"S":"g"}}})"), "ValidationException",
                      "One or more parameter values were invalid: Select type ALL_ATTRIBUTES is not supported for global "
                      "secondary index ByG because its projection type is not ALL");
        QCOMPARE(query("ByGAll", "g", {{"Select", "ALL_ATTRIBUTES"}})["Count"].get<int>(), 1);
        SS_CALL_ERROR(*m_engine, "Query", j(R"({"TableName":"Tbl","IndexName":"ByG","ProjectionExpression":"a, b, lsk",
            "KeyConditionExpression":"gpk = :g","ExpressionAttributeValues":{":g":{"S":"g"}}})"), "ValidationException",
                      "One or more parameter values were invalid: Global secondary index ByG does not project [b, lsk]");
        SS_CALL_ERROR(*m_engine, "Scan", j(R"({"TableName":"Tbl","IndexName":"ByG","FilterExpression":"b = :b",
            "ExpressionAttributeValues":{":b":{"S":"x"}}})"), "ValidationException",
                      "One or more parameter values were invalid: Secondary index ByG does not project one or more filter attributes: [b]");
        SS_CALL_ERROR(*m_engine, "Query", j(R"({"TableName":"Tbl","IndexName":"ByG","FilterExpression":"gsk > :n",
            "KeyConditionExpression":"gpk = :g","ExpressionAttributeValues":{":g":{"S":"g"},":n":{"N":"0"}}})"),
                      "ValidationException", "Filter Expression can only contain non-primary key attributes: Primary key attribute: gsk");
        SS_CALL_ERROR(*m_engine, "Query", j(R"({"TableName":"Tbl","IndexName":"ByG","KeyConditionExpression":"pk = :g",
            "ExpressionAttributeValues":{":g":{"S":"g"}}})"), "ValidationException", "Query condition missed key schema element: gpk");
        SS_CALL_ERROR(*m_engine, "Query", j(R"({"TableName":"Tbl","IndexName":"ByG","KeyConditionExpression":"gpk = :g",
            "ExpressionAttributeValues":{":g":{"S":"g"}},"ExclusiveStartKey":{"pk":{"S":"p1"},"sk":{"S":"s"}}})"),
                      "ValidationException", "The provided starting key is invalid");
        SS_CALL_ERROR(*m_engine, "Query", j(R"({"TableName":"Tbl","IndexName":"ByG","KeyConditionExpression":"gpk = :g",
            "ExpressionAttributeValues":{":g":{"S":"g"}},
            "ExclusiveStartKey":{"pk":{"S":"p1"},"sk":{"S":"s"},"gpk":{"S":"other"},"gsk":{"N":"1"}}})"),
                      "ValidationException", "The provided starting key is outside query boundaries based on provided conditions");
        // Projected attributes and filters on them are fine; ALL_PROJECTED_ATTRIBUTES is the default.
        compareJson(query("ByG", "g", {{"ProjectionExpression", "a, gsk"}})["Items"], j(R"([{"a":{"S":"aa"},"gsk":{"N":"1"}}])"));
        QCOMPARE(query("ByG", "g", {{"Select", "ALL_PROJECTED_ATTRIBUTES"}})["Items"][0].size(), std::size_t(5));
    }

    void localIndexFetchesUnprojectedAttributes() {
        put(item("p1", "g", 1));
        const json all = call("Query", j(R"({"TableName":"Tbl","IndexName":"ByL","Select":"ALL_ATTRIBUTES",
            "KeyConditionExpression":"pk = :p","ExpressionAttributeValues":{":p":{"S":"p1"}},"ReturnConsumedCapacity":"INDEXES"})"));
        compareJson(all["Items"], json::array({item("p1", "g", 1)}));
        compareJson(all["ConsumedCapacity"], j(R"({"TableName":"Tbl","CapacityUnits":1.0,"Table":{"CapacityUnits":0.5},
            "LocalSecondaryIndexes":{"ByL":{"CapacityUnits":0.5}}})"));
        const json some = call("Query", j(R"({"TableName":"Tbl","IndexName":"ByL","ProjectionExpression":"b",
            "FilterExpression":"a = :a","KeyConditionExpression":"pk = :p",
            "ExpressionAttributeValues":{":p":{"S":"p1"},":a":{"S":"aa"}}})"));
        compareJson(some["Items"], j(R"([{"b":{"S":"bbb"}}])"));
        // Reading only projected attributes stays in the index.
        const json keys = call("Query", j(R"({"TableName":"Tbl","IndexName":"ByL","KeyConditionExpression":"pk = :p",
            "ExpressionAttributeValues":{":p":{"S":"p1"}},"ReturnConsumedCapacity":"INDEXES","ConsistentRead":true})"));
        compareJson(keys["ConsumedCapacity"], j(R"({"TableName":"Tbl","CapacityUnits":1.0,"Table":{"CapacityUnits":0.0},
            "LocalSecondaryIndexes":{"ByL":{"CapacityUnits":1.0}}})"));
    }

    void queryPagesResumeInOrder() {
        for (int i = 0; i < 25; ++i) put(item("p" + std::to_string(i), "same", i));
        for (bool forward : {true, false}) {
            std::vector<int> order;
            json request = {{"TableName", "Tbl"}, {"IndexName", "ByG"}, {"KeyConditionExpression", "gpk = :g"},
                            {"ExpressionAttributeValues", {{":g", {{"S", "same"}}}}}, {"Limit", 7},
                            {"ScanIndexForward", forward}};
            int pages = 0;
            for (;; ++pages) {
                const json page = call("Query", request);
                for (const auto& it : page["Items"]) order.push_back(std::stoi(it["gsk"]["N"].get<std::string>()));
                if (!page.contains("LastEvaluatedKey")) break;
                QCOMPARE(page["LastEvaluatedKey"].size(), std::size_t(4));  // table key + index key
                request["ExclusiveStartKey"] = page["LastEvaluatedKey"];
            }
            QCOMPARE(pages, 3);
            QCOMPARE(int(order.size()), 25);
            for (int i = 0; i < 25; ++i) QCOMPARE(order[i], forward ? i : 24 - i);
        }
        // Entries with equal index keys page by their table key.
        std::set<std::string> seen;
        json request = {{"TableName", "Tbl"}, {"IndexName", "ByGAll"}, {"KeyConditionExpression", "gpk = :g"},
                        {"ExpressionAttributeValues", {{":g", {{"S", "same"}}}}}, {"Limit", 10}};
        for (;;) {
            const json page = call("Query", request);
            for (const auto& p : pks(page["Items"])) QVERIFY(seen.insert(p).second);
            if (!page.contains("LastEvaluatedKey")) break;
            QCOMPARE(page["LastEvaluatedKey"].size(), std::size_t(3));
            request["ExclusiveStartKey"] = page["LastEvaluatedKey"];
        }
        QCOMPARE(int(seen.size()), 25);
        const json between = query("ByG", "same", {{"KeyConditionExpression", "gpk = :g AND gsk BETWEEN :lo AND :hi"},
                                                   {"ExpressionAttributeValues", {{":g", {{"S", "same"}}}, {":lo", {{"N", "3"}}},
                                                                                  {":hi", {{"N", "5"}}}}}});
        QCOMPARE(between["Count"].get<int>(), 3);
    }

    void parallelScanOfAnIndexCoversEveryEntryOnce() {
        for (int i = 0; i < 40; ++i) put(item("p" + std::to_string(i), "g" + std::to_string(i % 7), i));
        std::multiset<std::string> seen;
        for (int segment = 0; segment < 4; ++segment) {
            json request = {{"TableName", "Tbl"}, {"IndexName", "ByG"}, {"Segment", segment}, {"TotalSegments", 4}, {"Limit", 3}};
            for (;;) {
                const json page = call("Scan", request);
                for (const auto& it : page["Items"]) seen.insert(it["pk"]["S"].get<std::string>());
                if (!page.contains("LastEvaluatedKey")) break;
                request["ExclusiveStartKey"] = page["LastEvaluatedKey"];
            }
        }
        QCOMPARE(int(seen.size()), 40);
        QCOMPARE(int(std::set<std::string>(seen.begin(), seen.end()).size()), 40);
    }

    void pagesAreMeasuredOnIndexEntries() {
        for (int i = 0; i < 8; ++i) {
            json big = item("big" + std::to_string(i), "big", i);
            big["b"] = {{"S", std::string(200'000, 'x')}};
            put(big);
        }
        const json base = call("Scan", j(R"({"TableName":"Tbl"})"));
        QCOMPARE(base["Count"].get<int>(), 6);  // 1 MB of whole items
        QVERIFY(base.contains("LastEvaluatedKey"));
        const json index = call("Scan", j(R"({"TableName":"Tbl","IndexName":"KeysOnly","ReturnConsumedCapacity":"TOTAL"})"));
        QCOMPARE(index["Count"].get<int>(), 8);  // small entries: one page
        QVERIFY(!index.contains("LastEvaluatedKey"));
        QCOMPARE(index["ConsumedCapacity"]["CapacityUnits"].get<double>(), 0.5);
    }

    void describeTableReportsLiveIndexUsage() {
        put(item("p1", "g", 1));
        put(item("p2", "g", 2));
        put(j(R"({"pk":{"S":"p3"},"sk":{"S":"s"}})"));
        const json table = call("DescribeTable", j(R"({"TableName":"Tbl"})"))["Table"];
        std::int64_t expected = 0;
        for (const char* p : {"p1", "p2"}) {
            auto entry = itemFromJson(json{{"pk", {{"S", p}}}, {"sk", {{"S", "s"}}}, {"gsk", item(p, "g", 1)["gsk"]}});
            expected += static_cast<std::int64_t>(itemSize(*entry)) + 100;
        }
        for (const auto& index : table["GlobalSecondaryIndexes"]) {
            QCOMPARE(index["ItemCount"].get<int>(), 2);
            QCOMPARE(index["IndexStatus"].get<std::string>(), std::string("ACTIVE"));
            if (index["IndexName"] == "KeysOnly") QCOMPARE(index["IndexSizeBytes"].get<std::int64_t>(), expected);
        }
        QCOMPARE(table["LocalSecondaryIndexes"][0]["ItemCount"].get<int>(), 2);
        QCOMPARE(table["ItemCount"].get<int>(), 3);
        call("DeleteItem", j(R"({"TableName":"Tbl","Key":{"pk":{"S":"p1"},"sk":{"S":"s"}}})"));
        const json after = call("DescribeTable", j(R"({"TableName":"Tbl"})"))["Table"];
        QCOMPARE(after["GlobalSecondaryIndexes"][2]["ItemCount"].get<int>(), 1);
        QCOMPARE(after["GlobalSecondaryIndexes"][2]["IndexSizeBytes"].get<std::int64_t>(), expected / 2);
    }

    void recreatedTableStartsWithEmptyIndexes() {
        put(item("p1", "g", 1));
        call("DeleteTable", j(R"({"TableName":"Tbl"})"));
        call("CreateTable", j(kTable));
        QCOMPARE(query("ByG", "g")["Count"].get<int>(), 0);
        QCOMPARE(call("DescribeTable", j(R"({"TableName":"Tbl"})"))["Table"]["GlobalSecondaryIndexes"][0]["ItemCount"].get<int>(), 0);
    }
};

QTEST_GUILESS_MAIN(TestIndexes)
#include "tst_indexes.moc"
