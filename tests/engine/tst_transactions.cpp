// Tests for engine/src/ops/transact_ops.cpp: all-or-nothing writes,
// cancellation reasons in request order, idempotent retries, reads.
#include "engine_test_support.h"

using namespace shardscope::engine;
using namespace shardscope::engine::test;

class TestTransactions : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<Engine> m_engine;
    std::shared_ptr<ManualClock> m_clock;

private slots:
    void init() {
        m_clock = std::make_shared<ManualClock>();
        m_engine = openMemoryEngine(m_clock);
        nlohmann::json out;
        SS_CALL_OK(*m_engine, "CreateTable", j(R"j({"TableName":"Accounts","BillingMode":"PAY_PER_REQUEST",
            "AttributeDefinitions":[{"AttributeName":"id","AttributeType":"S"}],"KeySchema":[{"AttributeName":"id","KeyType":"HASH"}]})j"), out);
        SS_CALL_OK(*m_engine, "PutItem", j(R"j({"TableName":"Accounts","Item":{"id":{"S":"alice"},"balance":{"N":"100"}}})j"), out);
        SS_CALL_OK(*m_engine, "PutItem", j(R"j({"TableName":"Accounts","Item":{"id":{"S":"bob"},"balance":{"N":"0"}}})j"), out);
    }

    void transferCommitsBoth() {
        nlohmann::json out;
        SS_CALL_OK(*m_engine, "TransactWriteItems", j(R"j({"TransactItems":[
            {"Update":{"TableName":"Accounts","Key":{"id":{"S":"alice"}},"UpdateExpression":"SET balance = balance - :a",
                       "ConditionExpression":"balance >= :a","ExpressionAttributeValues":{":a":{"N":"30"}}}},
            {"Update":{"TableName":"Accounts","Key":{"id":{"S":"bob"}},"UpdateExpression":"SET balance = balance + :a",
                       "ExpressionAttributeValues":{":a":{"N":"30"}}}},
            {"Put":{"TableName":"Accounts","Item":{"id":{"S":"log#1"},"amount":{"N":"30"}}}}],
            "ReturnConsumedCapacity":"TOTAL"})j"), out);
        SS_COMPARE_JSON(out, j(R"j({"ConsumedCapacity":[{"CapacityUnits":6.0,"TableName":"Accounts"}]})j"));
        SS_CALL_OK(*m_engine, "TransactGetItems", j(R"j({"TransactItems":[{"Get":{"TableName":"Accounts","Key":{"id":{"S":"alice"}}}},
            {"Get":{"TableName":"Accounts","Key":{"id":{"S":"bob"}},"ProjectionExpression":"balance"}},
            {"Get":{"TableName":"Accounts","Key":{"id":{"S":"nobody"}}}}]})j"), out);
        SS_COMPARE_JSON(out, j(R"j({"Responses":[{"Item":{"balance":{"N":"70"},"id":{"S":"alice"}}},{"Item":{"balance":{"N":"30"}}},{}]})j"));
    }

    void failedConditionCancelsEverything() {
        auto r = m_engine->call("TransactWriteItems", j(R"j({"TransactItems":[
            {"Put":{"TableName":"Accounts","Item":{"id":{"S":"carol"}}}},
            {"ConditionCheck":{"TableName":"Accounts","Key":{"id":{"S":"alice"}},"ConditionExpression":"balance > :big",
                               "ExpressionAttributeValues":{":big":{"N":"1000"}},"ReturnValuesOnConditionCheckFailure":"ALL_OLD"}},
            {"Update":{"TableName":"Accounts","Key":{"id":{"S":"bob"}},"UpdateExpression":"SET balance = absent_attr + :n",
                       "ExpressionAttributeValues":{":n":{"N":"1"}}}}]})j"));
        QVERIFY(!r.ok());
        QCOMPARE(QString::fromStdString(std::string(r.error().name())), QString("TransactionCanceledException"));
        QCOMPARE(QString::fromStdString(r.error().message()),
                 QString("Transaction cancelled, please refer cancellation reasons for specific reasons [None, ConditionalCheckFailed, ValidationError]"));
        const auto body = r.error().toJson();
        QCOMPARE(body["CancellationReasons"].size(), std::size_t(3));
        SS_COMPARE_JSON(body["CancellationReasons"][0], j(R"j({"Code":"None"})j"));
        SS_COMPARE_JSON(body["CancellationReasons"][1], j(R"j({"Code":"ConditionalCheckFailed","Item":{"balance":{"N":"100"},"id":{"S":"alice"}},
            "Message":"The conditional request failed"})j"));
        SS_COMPARE_JSON(body["CancellationReasons"][2], j(R"j({"Code":"ValidationError",
            "Message":"The provided expression refers to an attribute that does not exist in the item"})j"));
        QVERIFY(body.contains("Message"));
        nlohmann::json out;
        SS_CALL_OK(*m_engine, "GetItem", j(R"j({"TableName":"Accounts","Key":{"id":{"S":"carol"}}})j"), out);
        SS_COMPARE_JSON(out, j("{}"));
    }

    void removeOnlyUpdateCreatesNothing() {
        nlohmann::json out;
        SS_CALL_OK(*m_engine, "TransactWriteItems", j(R"j({"TransactItems":[
            {"Update":{"TableName":"Accounts","Key":{"id":{"S":"dave"}},"UpdateExpression":"REMOVE balance"}},
            {"Update":{"TableName":"Accounts","Key":{"id":{"S":"erin"}},"UpdateExpression":"SET balance = :z",
                       "ExpressionAttributeValues":{":z":{"N":"0"}}}}]})j"), out);
        SS_CALL_OK(*m_engine, "TransactGetItems", j(R"j({"TransactItems":[{"Get":{"TableName":"Accounts","Key":{"id":{"S":"dave"}}}},
            {"Get":{"TableName":"Accounts","Key":{"id":{"S":"erin"}}}}]})j"), out);
        SS_COMPARE_JSON(out, j(R"j({"Responses":[{},{"Item":{"balance":{"N":"0"},"id":{"S":"erin"}}}]})j"));
    }

    void sameItemTwiceIsRejected() {
        SS_CALL_ERROR(*m_engine, "TransactWriteItems", j(R"j({"TransactItems":[
            {"ConditionCheck":{"TableName":"Accounts","Key":{"id":{"S":"alice"}},"ConditionExpression":"attribute_exists(id)"}},
            {"Delete":{"TableName":"Accounts","Key":{"id":{"S":"alice"}}}}]})j"), "ValidationException",
                      std::string("Transaction request cannot include multiple operations on one item"));
    }

    void clientRequestTokenIsIdempotent() {
        const auto request = j(R"j({"ClientRequestToken":"token-1","TransactItems":[
            {"Update":{"TableName":"Accounts","Key":{"id":{"S":"bob"}},"UpdateExpression":"ADD balance :one",
                       "ExpressionAttributeValues":{":one":{"N":"1"}}}}]})j");
        nlohmann::json out;
        SS_CALL_OK(*m_engine, "TransactWriteItems", request, out);
        SS_CALL_OK(*m_engine, "TransactWriteItems", request, out);  // replay: not applied again
        SS_CALL_OK(*m_engine, "GetItem", j(R"j({"TableName":"Accounts","Key":{"id":{"S":"bob"}}})j"), out);
        QCOMPARE(out["Item"]["balance"]["N"].get<std::string>(), std::string("1"));
        auto changed = request;
        changed["TransactItems"][0]["Update"]["ExpressionAttributeValues"][":one"]["N"] = "2";
        auto r = m_engine->call("TransactWriteItems", changed);
        QVERIFY(!r.ok());
        QCOMPARE(QString::fromStdString(std::string(r.error().name())), QString("IdempotentParameterMismatchException"));
        m_clock->advanceMillis(11 * 60 * 1000);  // the token expires after ten minutes
        SS_CALL_OK(*m_engine, "TransactWriteItems", changed, out);
        SS_CALL_OK(*m_engine, "GetItem", j(R"j({"TableName":"Accounts","Key":{"id":{"S":"bob"}}})j"), out);
        QCOMPARE(out["Item"]["balance"]["N"].get<std::string>(), std::string("3"));
    }
};

QTEST_APPLESS_MAIN(TestTransactions)
#include "tst_transactions.moc"
