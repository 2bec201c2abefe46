// Tests for engine/src/ops/item_ops.cpp: PutItem, GetItem and DeleteItem,
// whole responses, key validation messages and consumed capacity.
#include "engine_test_support.h"

using namespace shardscope::engine;
using namespace shardscope::engine::test;

namespace {
const char* kValidation = "ValidationException";
}

class TestItemOps : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<Engine> m_engine;

private slots:
    void init() {
        m_engine = openMemoryEngine();
        nlohmann::json out;
        SS_CALL_OK(*m_engine, "CreateTable", j(R"({"TableName":"Tbl","BillingMode":"PAY_PER_REQUEST",
            "AttributeDefinitions":[{"AttributeName":"pk","AttributeType":"S"},{"AttributeName":"sk","AttributeType":"N"}],
            "KeySchema":[{"AttributeName":"pk","KeyType":"HASH"},{"AttributeName":"sk","KeyType":"RANGE"}]})"), out);
    }

    void putGetDelete() {
        nlohmann::json out;
        SS_CALL_OK(*m_engine, "PutItem", j(R"({"TableName":"Tbl","Item":{"pk":{"S":"a"},"sk":{"N":"1.0"},"v":{"SS":["x"]}}})"), out);
        SS_COMPARE_JSON(out, j("{}"));
        SS_CALL_OK(*m_engine, "GetItem", j(R"({"TableName":"Tbl","Key":{"pk":{"S":"a"},"sk":{"N":"1"}}})"), out);
        SS_COMPARE_JSON(out, j(R"({"Item":{"pk":{"S":"a"},"sk":{"N":"1"},"v":{"SS":["x"]}}})"));
        // Overwrite returns the old image with ALL_OLD.
        SS_CALL_OK(*m_engine, "PutItem", j(R"({"TableName":"Tbl","Item":{"pk":{"S":"a"},"sk":{"N":"1"}},"ReturnValues":"ALL_OLD"})"), out);
        SS_COMPARE_JSON(out, j(R"({"Attributes":{"pk":{"S":"a"},"sk":{"N":"1"},"v":{"SS":["x"]}}})"));
        SS_CALL_OK(*m_engine, "DeleteItem", j(R"({"TableName":"Tbl","Key":{"pk":{"S":"a"},"sk":{"N":"1"}},"ReturnValues":"ALL_OLD"})"), out);
        SS_COMPARE_JSON(out, j(R"({"Attributes":{"pk":{"S":"a"},"sk":{"N":"1"}}})"));
        SS_CALL_OK(*m_engine, "GetItem", j(R"({"TableName":"Tbl","Key":{"pk":{"S":"a"},"sk":{"N":"1"}}})"), out);
        SS_COMPARE_JSON(out, j("{}"));
        // Deleting a missing item is fine and returns nothing.
        SS_CALL_OK(*m_engine, "DeleteItem", j(R"({"TableName":"Tbl","Key":{"pk":{"S":"a"},"sk":{"N":"1"}},"ReturnValues":"ALL_OLD"})"), out);
        SS_COMPARE_JSON(out, j("{}"));
    }

    void countsFollowWrites() {
        nlohmann::json out;
        SS_CALL_OK(*m_engine, "PutItem", j(R"({"TableName":"Tbl","Item":{"pk":{"S":"a"},"sk":{"N":"1"}}})"), out);
        SS_CALL_OK(*m_engine, "PutItem", j(R"({"TableName":"Tbl","Item":{"pk":{"S":"a"},"sk":{"N":"2"},"x":{"S":"abc"}}})"), out);
        SS_CALL_OK(*m_engine, "PutItem", j(R"({"TableName":"Tbl","Item":{"pk":{"S":"a"},"sk":{"N":"2"}}})"), out);
        SS_CALL_OK(*m_engine, "DescribeTable", j(R"({"TableName":"Tbl"})"), out);
        QCOMPARE(out["Table"]["ItemCount"].get<int>(), 2);
        QCOMPARE(out["Table"]["TableSizeBytes"].get<int>(), 2 * (2 + 1 + 2 + 2));  // "pk"+"a", "sk"+N(1 or 2)
    }

    void keyErrors_data() {
        QTest::addColumn<QString>("op");
        QTest::addColumn<QString>("request");
        QTest::addColumn<QString>("message");
        QTest::newRow("put missing range") << "PutItem" << R"({"TableName":"Tbl","Item":{"pk":{"S":"a"}}})"
                                           << "One or more parameter values were invalid: Missing the key sk in the item";
        QTest::newRow("put wrong type") << "PutItem" << R"({"TableName":"Tbl","Item":{"pk":{"N":"1"},"sk":{"N":"1"}}})"
                                        << "One or more parameter values were invalid: Type mismatch for key pk expected: S actual: N";
        QTest::newRow("put empty key") << "PutItem" << R"({"TableName":"Tbl","Item":{"pk":{"S":""},"sk":{"N":"1"}}})"
                                       << "One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty string value. Key: pk";
        // A Key parameter words the empty-value error "were invalid:", an Item "are not valid.".
        QTest::newRow("delete empty key") << "DeleteItem" << R"({"TableName":"Tbl","Key":{"pk":{"S":""},"sk":{"N":"1"}}})"
                                          << "One or more parameter values were invalid: The AttributeValue for a key attribute cannot contain an empty string value. Key: pk";
        QTest::newRow("get partial key") << "GetItem" << R"({"TableName":"Tbl","Key":{"pk":{"S":"a"}}})"
                                         << "The provided key element does not match the schema";
        QTest::newRow("get extra attribute") << "GetItem" << R"({"TableName":"Tbl","Key":{"pk":{"S":"a"},"sk":{"N":"1"},"x":{"S":"y"}}})"
                                             << "The provided key element does not match the schema";
        QTest::newRow("delete wrong type") << "DeleteItem" << R"({"TableName":"Tbl","Key":{"pk":{"S":"a"},"sk":{"S":"1"}}})"
                                           << "The provided key element does not match the schema";
        QTest::newRow("put return values") << "PutItem" << R"({"TableName":"Tbl","Item":{"pk":{"S":"a"},"sk":{"N":"1"}},"ReturnValues":"ALL_NEW"})"
                                           << "ReturnValues can only be ALL_OLD or NONE";
        QTest::newRow("put bad enum") << "PutItem" << R"({"TableName":"Tbl","Item":{"pk":{"S":"a"},"sk":{"N":"1"}},"ReturnValues":"SOME"})"
                                      << "1 validation error detected: Value 'SOME' at 'returnValues' failed to satisfy constraint: Member must satisfy enum value set: [ALL_NEW, UPDATED_OLD, ALL_OLD, NONE, UPDATED_NEW]";
        QTest::newRow("put missing item") << "PutItem" << R"({"TableName":"Tbl"})"
                                          << "1 validation error detected: Value null at 'item' failed to satisfy constraint: Member must not be null";
        QTest::newRow("get short table name") << "GetItem" << R"({"TableName":"T!","Key":{"pk":{"S":"a"}}})"
                                              << "2 validation errors detected: Value 'T!' at 'tableName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+; Value 'T!' at 'tableName' failed to satisfy constraint: Member must have length greater than or equal to 3";
        QTest::newRow("hash key too long") << "PutItem"
                                           << QString(R"({"TableName":"Tbl","Item":{"pk":{"S":"%1"},"sk":{"N":"1"}}})").arg(QString(2049, 'x'))
                                           << "One or more parameter values were invalid: Size of hashkey has exceeded the maximum size limit of2048 bytes";
    }
    void keyErrors() {
        QFETCH(QString, op);
        QFETCH(QString, request);
        QFETCH(QString, message);
        SS_CALL_ERROR(*m_engine, op.toStdString(), nlohmann::json::parse(request.toStdString()), kValidation, message.toStdString());
    }

    void getIgnoresExpressionAttributeValues() {
        // GetItem's input has no ExpressionAttributeValues member; like any
        // unknown member it is ignored rather than refused.
        nlohmann::json out;
        SS_CALL_OK(*m_engine, "PutItem", j(R"({"TableName":"Tbl","Item":{"pk":{"S":"v"},"sk":{"N":"1"},"x":{"S":"y"}}})"), out);
        SS_CALL_OK(*m_engine, "GetItem", j(R"({"TableName":"Tbl","Key":{"pk":{"S":"v"},"sk":{"N":"1"}},
            "ExpressionAttributeValues":{":unused":{"S":"z"}}})"), out);
        SS_COMPARE_JSON(out, j(R"({"Item":{"pk":{"S":"v"},"sk":{"N":"1"},"x":{"S":"y"}}})"));
        SS_CALL_OK(*m_engine, "BatchGetItem", j(R"({"RequestItems":{"Tbl":{"Keys":[{"pk":{"S":"v"},"sk":{"N":"1"}}],
            "ProjectionExpression":"x","ExpressionAttributeValues":{":unused":{"S":"z"}}}}})"), out);
        SS_COMPARE_JSON(out["Responses"], j(R"({"Tbl":[{"x":{"S":"y"}}]})"));
    }

    void missingTable() {
        SS_CALL_ERROR(*m_engine, "GetItem", j(R"({"TableName":"Nope","Key":{"pk":{"S":"a"}}})"), "ResourceNotFoundException",
                      std::string("Requested resource not found"));
        SS_CALL_ERROR(*m_engine, "PutItem", j(R"({"TableName":"Nope","Item":{"pk":{"S":"a"}}})"), "ResourceNotFoundException",
                      std::string("Requested resource not found"));
    }

    void itemTooLarge() {
        nlohmann::json request = j(R"({"TableName":"Tbl","Item":{"pk":{"S":"a"},"sk":{"N":"1"}}})");
        request["Item"]["big"] = {{"S", std::string(409'600, 'x')}};
        SS_CALL_ERROR(*m_engine, "PutItem", request, kValidation, std::string("Item size has exceeded the maximum allowed size"));
        nlohmann::json out;
        SS_CALL_OK(*m_engine, "GetItem", j(R"({"TableName":"Tbl","Key":{"pk":{"S":"a"},"sk":{"N":"1"}}})"), out);
        SS_COMPARE_JSON(out, j("{}"));  // nothing half-written
    }

    void consumedCapacity() {
        nlohmann::json out;
        nlohmann::json put = j(R"({"TableName":"Tbl","Item":{"pk":{"S":"a"},"sk":{"N":"1"}},"ReturnConsumedCapacity":"TOTAL"})");
        put["Item"]["blob"] = {{"S", std::string(1500, 'x')}};  // ~1.5 KB -> 2 WCU
        SS_CALL_OK(*m_engine, "PutItem", put, out);
        SS_COMPARE_JSON(out, j(R"({"ConsumedCapacity":{"CapacityUnits":2.0,"TableName":"Tbl"}})"));
        SS_CALL_OK(*m_engine, "GetItem", j(R"({"TableName":"Tbl","Key":{"pk":{"S":"a"},"sk":{"N":"1"}},"ReturnConsumedCapacity":"INDEXES","ProjectionExpressionX":null})"), out);
        SS_COMPARE_JSON(out["ConsumedCapacity"], j(R"({"CapacityUnits":0.5,"Table":{"CapacityUnits":0.5},"TableName":"Tbl"})"));
        SS_CALL_OK(*m_engine, "GetItem", j(R"({"TableName":"Tbl","Key":{"pk":{"S":"zz"},"sk":{"N":"1"}},"ConsistentRead":true,"ReturnConsumedCapacity":"TOTAL"})"), out);
        SS_COMPARE_JSON(out, j(R"({"ConsumedCapacity":{"CapacityUnits":1.0,"TableName":"Tbl"}})"));
    }
};

QTEST_APPLESS_MAIN(TestItemOps)
#include "tst_item_ops.moc"
