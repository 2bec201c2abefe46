// Tests for UpdateItem and the conditional writes in engine/src/ops/item_ops.cpp:
// upserts, every ReturnValues mode, conditions with ALL_OLD on failure, legacy
// AttributeUpdates/Expected, and atomic counters under concurrent clients.
#include "engine_test_support.h"

#include <thread>

using namespace shardscope::engine;
using namespace shardscope::engine::test;

class TestUpdateItem : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<Engine> m_engine;

private slots:
    void init() {
        m_engine = openMemoryEngine();
        nlohmann::json out;
        SS_CALL_OK(*m_engine, "CreateTable", j(R"j({"TableName":"Counters","BillingMode":"PAY_PER_REQUEST",
            "AttributeDefinitions":[{"AttributeName":"id","AttributeType":"S"}],
            "KeySchema":[{"AttributeName":"id","KeyType":"HASH"}]})j"), out);
    }

    void upsertAndReturnValues() {
        nlohmann::json out;
        SS_CALL_OK(*m_engine, "UpdateItem", j(R"j({"TableName":"Counters","Key":{"id":{"S":"a"}},
            "UpdateExpression":"SET n = :one, tags = :t","ExpressionAttributeValues":{":one":{"N":"1"},":t":{"SS":["x"]}},
            "ReturnValues":"ALL_NEW"})j"), out);
        SS_COMPARE_JSON(out, j(R"j({"Attributes":{"id":{"S":"a"},"n":{"N":"1"},"tags":{"SS":["x"]}}})j"));
        SS_CALL_OK(*m_engine, "UpdateItem", j(R"j({"TableName":"Counters","Key":{"id":{"S":"a"}},
            "UpdateExpression":"ADD n :five, tags :y","ExpressionAttributeValues":{":five":{"N":"5"},":y":{"SS":["y"]}},
            "ReturnValues":"UPDATED_OLD"})j"), out);
        SS_COMPARE_JSON(out, j(R"j({"Attributes":{"n":{"N":"1"},"tags":{"SS":["x"]}}})j"));
        SS_CALL_OK(*m_engine, "UpdateItem", j(R"j({"TableName":"Counters","Key":{"id":{"S":"a"}},
            "UpdateExpression":"SET n = n - :one REMOVE tags","ExpressionAttributeValues":{":one":{"N":"1"}},
            "ReturnValues":"UPDATED_NEW"})j"), out);
        SS_COMPARE_JSON(out, j(R"j({"Attributes":{"n":{"N":"5"}}})j"));
        SS_CALL_OK(*m_engine, "UpdateItem", j(R"j({"TableName":"Counters","Key":{"id":{"S":"a"}},
            "UpdateExpression":"SET #m = :m","ExpressionAttributeNames":{"#m":"map"},"ExpressionAttributeValues":{":m":{"M":{"k":{"L":[]}}}},
            "ReturnValues":"ALL_OLD"})j"), out);
        SS_COMPARE_JSON(out, j(R"j({"Attributes":{"id":{"S":"a"},"n":{"N":"5"}}})j"));
        SS_CALL_OK(*m_engine, "GetItem", j(R"j({"TableName":"Counters","Key":{"id":{"S":"a"}},"ProjectionExpression":"#m.k, n",
            "ExpressionAttributeNames":{"#m":"map"}})j"), out);
        SS_COMPARE_JSON(out, j(R"j({"Item":{"map":{"M":{"k":{"L":[]}}},"n":{"N":"5"}}})j"));
    }

    void conditionsAndFailures() {
        nlohmann::json out;
        SS_CALL_OK(*m_engine, "PutItem", j(R"j({"TableName":"Counters","Item":{"id":{"S":"c"},"v":{"N":"1"}},
            "ConditionExpression":"attribute_not_exists(id)"})j"), out);
        auto r = m_engine->call("PutItem", j(R"j({"TableName":"Counters","Item":{"id":{"S":"c"},"v":{"N":"2"}},
            "ConditionExpression":"attribute_not_exists(id)","ReturnValuesOnConditionCheckFailure":"ALL_OLD"})j"));
        QVERIFY(!r.ok());
        QCOMPARE(QString::fromStdString(r.error().typeName()), QString("com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException"));
        SS_COMPARE_JSON(r.error().toJson(), j(R"j({"Item":{"id":{"S":"c"},"v":{"N":"1"}},
            "__type":"com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException","message":"The conditional request failed"})j"));
        SS_CALL_ERROR(*m_engine, "DeleteItem", j(R"j({"TableName":"Counters","Key":{"id":{"S":"c"}},"ConditionExpression":"v > :v",
            "ExpressionAttributeValues":{":v":{"N":"1"}}})j"), "ConditionalCheckFailedException", std::string("The conditional request failed"));
        SS_CALL_OK(*m_engine, "GetItem", j(R"j({"TableName":"Counters","Key":{"id":{"S":"c"}}})j"), out);
        SS_COMPARE_JSON(out, j(R"j({"Item":{"id":{"S":"c"},"v":{"N":"1"}}})j"));  // nothing changed
        SS_CALL_ERROR(*m_engine, "UpdateItem", j(R"j({"TableName":"Counters","Key":{"id":{"S":"c"}},"UpdateExpression":"SET id = :v",
            "ExpressionAttributeValues":{":v":{"S":"x"}}})j"), "ValidationException",
                      std::string("One or more parameter values were invalid: Cannot update attribute id. This attribute is part of the key"));
        SS_CALL_ERROR(*m_engine, "UpdateItem", j(R"j({"TableName":"Counters","Key":{"id":{"S":"c"}},"UpdateExpression":"SET v = :v",
            "ExpressionAttributeValues":{":v":{"S":"x"},":unused":{"S":"y"}}})j"), "ValidationException",
                      std::string("Value provided in ExpressionAttributeValues unused in expressions: keys: {:unused}"));
        SS_CALL_ERROR(*m_engine, "PutItem", j(R"j({"TableName":"Counters","Item":{"id":{"S":"d"}},"ExpressionAttributeValues":{":v":{"S":"x"}}})j"),
                      "ValidationException", std::string("ExpressionAttributeValues can only be specified when using expressions: ConditionExpression is null"));
    }

    void updatesRespectItemLimits() {
        nlohmann::json out;
        std::string deep = R"j({"S":"x"})j";
        for (int i = 0; i < 31; ++i) deep = R"j({"L":[)j" + deep + "]}";
        nlohmann::json put = j(R"j({"TableName":"Counters","Item":{"id":{"S":"deep"}}})j");
        put["Item"]["doc"] = nlohmann::json::parse(deep);
        SS_CALL_OK(*m_engine, "PutItem", put, out);  // 31 levels: fine
        nlohmann::json update = j(R"j({"TableName":"Counters","Key":{"id":{"S":"deep"}},"UpdateExpression":"SET more = :v"})j");
        update["ExpressionAttributeValues"][":v"] = nlohmann::json::parse(R"j({"M":{"k":)j" + deep + "}}");
        SS_CALL_OK(*m_engine, "UpdateItem", update, out);  // 32 levels: fine
        update["UpdateExpression"] = "SET doc[0] = :v";  // 1 + 32 levels
        SS_CALL_ERROR(*m_engine, "UpdateItem", update, "ValidationException", std::string("Nesting Levels have exceeded supported limits"));
        nlohmann::json grow = j(R"j({"TableName":"Counters","Key":{"id":{"S":"big"}},"UpdateExpression":"SET a = :v, b = :v"})j");
        grow["ExpressionAttributeValues"][":v"] = {{"S", std::string(205'000, 'x')}};
        SS_CALL_ERROR(*m_engine, "UpdateItem", grow, "ValidationException",
                      std::string("Item size to update has exceeded the maximum allowed size"));
        SS_CALL_OK(*m_engine, "GetItem", j(R"j({"TableName":"Counters","Key":{"id":{"S":"big"}}})j"), out);
        SS_COMPARE_JSON(out, j("{}"));
    }

    void legacyParameters() {
        nlohmann::json out;
        SS_CALL_OK(*m_engine, "UpdateItem", j(R"j({"TableName":"Counters","Key":{"id":{"S":"l"}},
            "AttributeUpdates":{"n":{"Action":"ADD","Value":{"N":"2"}},"s":{"Action":"PUT","Value":{"S":"x"}}},"ReturnValues":"ALL_NEW"})j"), out);
        SS_COMPARE_JSON(out, j(R"j({"Attributes":{"id":{"S":"l"},"n":{"N":"2"},"s":{"S":"x"}}})j"));
        SS_CALL_ERROR(*m_engine, "PutItem", j(R"j({"TableName":"Counters","Item":{"id":{"S":"l"}},
            "Expected":{"n":{"Value":{"N":"3"}}}})j"), "ConditionalCheckFailedException", std::string("The conditional request failed"));
        SS_CALL_OK(*m_engine, "PutItem", j(R"j({"TableName":"Counters","Item":{"id":{"S":"l"}},
            "Expected":{"n":{"ComparisonOperator":"GE","AttributeValueList":[{"N":"2"}]}}})j"), out);
    }

    void removeOnlyUpdatesCreateNothing() {
        nlohmann::json out;
        // REMOVE and DELETE alone leave a missing item missing, nested paths included.
        SS_CALL_OK(*m_engine, "UpdateItem", j(R"j({"TableName":"Counters","Key":{"id":{"S":"r"}},
            "UpdateExpression":"REMOVE a, b.c, l[0] DELETE s :s","ExpressionAttributeValues":{":s":{"SS":["x"]}},
            "ReturnValues":"ALL_NEW"})j"), out);
        SS_COMPARE_JSON(out, j("{}"));
        SS_CALL_OK(*m_engine, "UpdateItem", j(R"j({"TableName":"Counters","Key":{"id":{"S":"r"}},
            "AttributeUpdates":{"a":{"Action":"DELETE"}},"ReturnValues":"UPDATED_NEW"})j"), out);
        SS_COMPARE_JSON(out, j("{}"));
        SS_CALL_OK(*m_engine, "GetItem", j(R"j({"TableName":"Counters","Key":{"id":{"S":"r"}}})j"), out);
        SS_COMPARE_JSON(out, j("{}"));
        // Any SET or ADD, or an empty AttributeUpdates, still creates it.
        SS_CALL_OK(*m_engine, "UpdateItem", j(R"j({"TableName":"Counters","Key":{"id":{"S":"r"}},"AttributeUpdates":{},
            "ReturnValues":"ALL_NEW"})j"), out);
        SS_COMPARE_JSON(out, j(R"j({"Attributes":{"id":{"S":"r"}}})j"));
        // On an existing item REMOVE works as usual.
        SS_CALL_OK(*m_engine, "UpdateItem", j(R"j({"TableName":"Counters","Key":{"id":{"S":"r"}},"UpdateExpression":"REMOVE a",
            "ReturnValues":"ALL_NEW"})j"), out);
        SS_COMPARE_JSON(out, j(R"j({"Attributes":{"id":{"S":"r"}}})j"));
    }

    void parallelCountersLoseNothing() {
        constexpr int kThreads = 8;
        constexpr int kIncrements = 250;
        std::vector<std::thread> threads;
        std::atomic<int> failures{0};
        for (int t = 0; t < kThreads; ++t)
            threads.emplace_back([&] {
                for (int i = 0; i < kIncrements; ++i) {
                    auto r = m_engine->call("UpdateItem", j(R"j({"TableName":"Counters","Key":{"id":{"S":"hot"}},
                        "UpdateExpression":"ADD n :one","ExpressionAttributeValues":{":one":{"N":"1"}}})j"));
                    if (!r.ok()) ++failures;
                }
            });
        for (auto& t : threads) t.join();
        QCOMPARE(failures.load(), 0);
        nlohmann::json out;
        SS_CALL_OK(*m_engine, "GetItem", j(R"j({"TableName":"Counters","Key":{"id":{"S":"hot"}},"ConsistentRead":true})j"), out);
        QCOMPARE(out["Item"]["n"]["N"].get<std::string>(), std::to_string(kThreads * kIncrements));
    }

    void conditionalPutsRaceToOneWinner() {
        constexpr int kThreads = 8;
        std::atomic<int> wins{0}, conditionFailures{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < kThreads; ++t)
            threads.emplace_back([&, t] {
                nlohmann::json put = j(R"j({"TableName":"Counters","Item":{"id":{"S":"lock"}},"ConditionExpression":"attribute_not_exists(id)"})j");
                put["Item"]["owner"] = {{"N", std::to_string(t)}};
                auto r = m_engine->call("PutItem", put);
                if (r.ok()) ++wins;
                else if (r.error().code() == ErrorCode::ConditionalCheckFailed) ++conditionFailures;
            });
        for (auto& t : threads) t.join();
        QCOMPARE(wins.load(), 1);
        QCOMPARE(conditionFailures.load(), kThreads - 1);
    }
};

QTEST_APPLESS_MAIN(TestUpdateItem)
#include "tst_update_item.moc"
