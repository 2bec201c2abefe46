// Tests for engine/src/ops/batch_write_item.cpp and batch_get_item.cpp:
// whole responses, the 25/100 limits, duplicate keys, projections, and that a
// rejected batch writes nothing.
#include "engine_test_support.h"

using namespace shardscope::engine;
using namespace shardscope::engine::test;

class TestBatchOps : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<Engine> m_engine;

    static nlohmann::json putRequest(const std::string& id) {
        return {{"PutRequest", {{"Item", {{"id", {{"S", id}}}, {"v", {{"N", "1"}}}}}}}};
    }

private slots:
    void init() {
        m_engine = openMemoryEngine();
        nlohmann::json out;
        for (const char* name : {"Alpha", "Beta"}) {
            nlohmann::json create = j(R"j({"BillingMode":"PAY_PER_REQUEST","AttributeDefinitions":[{"AttributeName":"id","AttributeType":"S"}],
                "KeySchema":[{"AttributeName":"id","KeyType":"HASH"}]})j");
            create["TableName"] = name;
            SS_CALL_OK(*m_engine, "CreateTable", create, out);
        }
    }

    void writeThenGet() {
        nlohmann::json write = {{"RequestItems", {{"Alpha", {putRequest("a1"), putRequest("a2")}}, {"Beta", {putRequest("b1")}}}},
                                {"ReturnConsumedCapacity", "TOTAL"}};
        nlohmann::json out;
        SS_CALL_OK(*m_engine, "BatchWriteItem", write, out);
        SS_COMPARE_JSON(out, j(R"j({"ConsumedCapacity":[{"CapacityUnits":2.0,"TableName":"Alpha"},{"CapacityUnits":1.0,"TableName":"Beta"}],
            "UnprocessedItems":{}})j"));
        SS_CALL_OK(*m_engine, "BatchGetItem", j(R"j({"RequestItems":{"Alpha":{"Keys":[{"id":{"S":"a1"}},{"id":{"S":"missing"}}],
            "ProjectionExpression":"id"},"Beta":{"Keys":[{"id":{"S":"b1"}}],"ConsistentRead":true}},"ReturnConsumedCapacity":"TOTAL"})j"), out);
        QCOMPARE(out["Responses"]["Alpha"].size(), std::size_t(1));
        SS_COMPARE_JSON(out["Responses"]["Beta"][0], j(R"j({"id":{"S":"b1"},"v":{"N":"1"}})j"));
        SS_COMPARE_JSON(out["ConsumedCapacity"], j(R"j([{"CapacityUnits":1.0,"TableName":"Alpha"},{"CapacityUnits":1.0,"TableName":"Beta"}])j"));
        nlohmann::json del = {{"RequestItems", {{"Alpha", {{{"DeleteRequest", {{"Key", {{"id", {{"S", "a1"}}}}}}}}}}}}};
        SS_CALL_OK(*m_engine, "BatchWriteItem", del, out);
        SS_CALL_OK(*m_engine, "DescribeTable", j(R"j({"TableName":"Alpha"})j"), out);
        QCOMPARE(out["Table"]["ItemCount"].get<int>(), 1);
    }

    void rejectedBatchWritesNothing() {
        nlohmann::json items = nlohmann::json::array();
        for (int i = 0; i < 26; ++i) items.push_back(putRequest("x" + std::to_string(i)));
        nlohmann::json tooMany = {{"RequestItems", {{"Alpha", items}}}};
        auto r = m_engine->call("BatchWriteItem", tooMany);
        QVERIFY(!r.ok());
        QCOMPARE(QString::fromStdString(std::string(r.error().name())), QString("ValidationException"));

        nlohmann::json dup = {{"RequestItems", {{"Alpha", {putRequest("d"), putRequest("d")}}}}};
        SS_CALL_ERROR(*m_engine, "BatchWriteItem", dup, "ValidationException", std::string("Provided list of item keys contains duplicates"));
        nlohmann::json badKey = {{"RequestItems", {{"Alpha", {putRequest("ok"), {{"PutRequest", {{"Item", {{"v", {{"N", "1"}}}}}}}}}}}}};
        SS_CALL_ERROR(*m_engine, "BatchWriteItem", badKey, "ValidationException",
                      std::string("One or more parameter values were invalid: Missing the key id in the item"));
        nlohmann::json noTable = {{"RequestItems", {{"Alpha", {putRequest("ok")}}, {"Gamma", {putRequest("ok")}}}}};
        SS_CALL_ERROR(*m_engine, "BatchWriteItem", noTable, "ResourceNotFoundException", std::string("Requested resource not found"));
        nlohmann::json out;
        SS_CALL_OK(*m_engine, "Scan", j(R"j({"TableName":"Alpha","Select":"COUNT"})j"), out);
        QCOMPARE(out["Count"].get<int>(), 0);
    }

    void batchGetLimits() {
        nlohmann::json keys = nlohmann::json::array();
        for (int i = 0; i < 101; ++i) keys.push_back({{"id", {{"S", "k" + std::to_string(i)}}}});
        nlohmann::json tooMany = {{"RequestItems", {{"Alpha", {{"Keys", nlohmann::json(keys.begin(), keys.begin() + 60)}}},
                                                    {"Beta", {{"Keys", nlohmann::json(keys.begin() + 60, keys.end())}}}}}};
        SS_CALL_ERROR(*m_engine, "BatchGetItem", tooMany, "ValidationException", std::string("Too many items requested for the BatchGetItem call"));
        SS_CALL_ERROR(*m_engine, "BatchGetItem", j(R"j({"RequestItems":{"Alpha":{"Keys":[{"id":{"S":"a"}},{"id":{"S":"a"}}]}}})j"),
                      "ValidationException", std::string("Provided list of item keys contains duplicates"));
        SS_CALL_ERROR(*m_engine, "BatchGetItem", j(R"j({"RequestItems":{"Alpha":{"Keys":[{"id":{"N":"1"}}]}}})j"),
                      "ValidationException", std::string("The provided key element does not match the schema"));
    }
};

QTEST_APPLESS_MAIN(TestBatchOps)
#include "tst_batch_ops.moc"
