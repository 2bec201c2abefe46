// Tests for engine/src/ops/create_table.cpp and table_ops.cpp: whole
// responses of the control plane and DynamoDB's validation messages.
#include "engine_test_support.h"

using namespace shardscope::engine;
using namespace shardscope::engine::test;

namespace {
const char* kValidation = "ValidationException";
nlohmann::json hashTable(const std::string& name) {
    return {{"TableName", name},
            {"AttributeDefinitions", {{{"AttributeName", "pk"}, {"AttributeType", "S"}}}},
            {"KeySchema", {{{"AttributeName", "pk"}, {"KeyType", "HASH"}}}},
            {"BillingMode", "PAY_PER_REQUEST"}};
}
}  // namespace

class TestTableOps : public QObject {
    Q_OBJECT

private slots:
    void createDescribeDelete() {
        auto clock = std::make_shared<ManualClock>(1'700'000'000'500);
        auto engine = openMemoryEngine(clock);
        nlohmann::json out;
        SS_CALL_OK(*engine, "CreateTable", j(R"({"TableName":"Music",
            "AttributeDefinitions":[{"AttributeName":"Artist","AttributeType":"S"},{"AttributeName":"Song","AttributeType":"N"}],
            "KeySchema":[{"AttributeName":"Artist","KeyType":"HASH"},{"AttributeName":"Song","KeyType":"RANGE"}],
            "ProvisionedThroughput":{"ReadCapacityUnits":5,"WriteCapacityUnits":3}})"), out);
        const auto& d = out["TableDescription"];
        QCOMPARE(d["TableStatus"].get<std::string>(), std::string("CREATING"));
        QCOMPARE(d["TableArn"].get<std::string>(), std::string("arn:aws:dynamodb:us-east-1:000000000000:table/Music"));
        QCOMPARE(d["CreationDateTime"].get<double>(), 1'700'000'000.5);
        SS_COMPARE_JSON(d["ProvisionedThroughput"], j(R"({"NumberOfDecreasesToday":0,"ReadCapacityUnits":5,"WriteCapacityUnits":3})"));
        QCOMPARE(d["TableId"].get<std::string>().size(), std::size_t(36));
        QVERIFY(!d.contains("BillingModeSummary"));

        SS_CALL_OK(*engine, "DescribeTable", j(R"({"TableName":"Music"})"), out);
        QCOMPARE(out["Table"]["TableStatus"].get<std::string>(), std::string("ACTIVE"));
        QCOMPARE(out["Table"]["ItemCount"].get<int>(), 0);
        SS_CALL_OK(*engine, "DescribeTable", j(R"({"TableName":"arn:aws:dynamodb:us-east-1:000000000000:table/Music"})"), out);
        QCOMPARE(out["Table"]["TableName"].get<std::string>(), std::string("Music"));

        SS_CALL_ERROR(*engine, "CreateTable", j(R"({"TableName":"Music",
            "AttributeDefinitions":[{"AttributeName":"a","AttributeType":"S"}],
            "KeySchema":[{"AttributeName":"a","KeyType":"HASH"}],"BillingMode":"PAY_PER_REQUEST"})"),
                      "ResourceInUseException", "Table already exists: Music");

        SS_CALL_OK(*engine, "DeleteTable", j(R"({"TableName":"Music"})"), out);
        QCOMPARE(out["TableDescription"]["TableStatus"].get<std::string>(), std::string("DELETING"));
        SS_CALL_ERROR(*engine, "DescribeTable", j(R"({"TableName":"Music"})"), "ResourceNotFoundException",
                      "Requested resource not found: Table: Music not found");
        SS_CALL_ERROR(*engine, "DeleteTable", j(R"({"TableName":"Music"})"), "ResourceNotFoundException",
                      "Requested resource not found: Table: Music not found");
    }

    void payPerRequestDescription() {
        auto engine = openMemoryEngine();
        nlohmann::json out;
        SS_CALL_OK(*engine, "CreateTable", hashTable("OnDemand"), out);
        const auto& d = out["TableDescription"];
        QCOMPARE(d["BillingModeSummary"]["BillingMode"].get<std::string>(), std::string("PAY_PER_REQUEST"));
        QCOMPARE(d["ProvisionedThroughput"]["ReadCapacityUnits"].get<int>(), 0);
    }

    void listTablesPaginates() {
        auto engine = openMemoryEngine();
        nlohmann::json out;
        for (const char* name : {"delta", "alpha", "charlie", "bravo", "echo"})
            SS_CALL_OK(*engine, "CreateTable", hashTable(name), out);
        SS_CALL_OK(*engine, "ListTables", j("{}"), out);
        SS_COMPARE_JSON(out, j(R"({"TableNames":["alpha","bravo","charlie","delta","echo"]})"));
        SS_CALL_OK(*engine, "ListTables", j(R"({"Limit":2})"), out);
        SS_COMPARE_JSON(out, j(R"({"LastEvaluatedTableName":"bravo","TableNames":["alpha","bravo"]})"));
        SS_CALL_OK(*engine, "ListTables", j(R"({"Limit":2,"ExclusiveStartTableName":"bravo"})"), out);
        SS_COMPARE_JSON(out, j(R"({"LastEvaluatedTableName":"delta","TableNames":["charlie","delta"]})"));
        SS_CALL_OK(*engine, "ListTables", j(R"({"Limit":2,"ExclusiveStartTableName":"delta"})"), out);
        SS_COMPARE_JSON(out, j(R"({"TableNames":["echo"]})"));
        SS_CALL_ERROR(*engine, "ListTables", j(R"({"Limit":101})"), kValidation,
                      std::string("1 validation error detected: Value '101' at 'limit' failed to satisfy constraint: "
                                  "Member must have value less than or equal to 100"));
        SS_CALL_ERROR(*engine, "ListTables", j(R"({"Limit":"x"})"), "SerializationException",
                      std::string("STRING_VALUE cannot be converted to Integer"));
    }

    void createTableValidation_data() {
        QTest::addColumn<QString>("request");
        QTest::addColumn<QString>("message");
        const QString defs1 = R"("AttributeDefinitions":[{"AttributeName":"pk","AttributeType":"S"}])";
        const QString ks1 = R"("KeySchema":[{"AttributeName":"pk","KeyType":"HASH"}])";
        const QString ppr = R"("BillingMode":"PAY_PER_REQUEST")";
        QTest::newRow("missing name") << "{" + defs1 + "," + ks1 + "," + ppr + "}"
                                      << "1 validation error detected: Value null at 'tableName' failed to satisfy constraint: Member must not be null";
        QTest::newRow("short name") << R"({"TableName":"ab",)" + defs1 + "," + ks1 + "," + ppr + "}"
                                    << "TableName must be at least 3 characters long and at most 255 characters long";
        QTest::newRow("bad chars") << R"({"TableName":"a b c",)" + defs1 + "," + ks1 + "," + ppr + "}"
                                   << "1 validation error detected: Value 'a b c' at 'tableName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+";
        QTest::newRow("bad key type") << R"({"TableName":"abc",)" + defs1 + R"(,"KeySchema":[{"AttributeName":"pk","KeyType":"HASHY"}],)" + ppr + "}"
                                      << "1 validation error detected: Value 'HASHY' at 'keySchema.1.member.keyType' failed to satisfy constraint: Member must satisfy enum value set: [HASH, RANGE]";
        QTest::newRow("bad attribute type") << R"({"TableName":"abc","AttributeDefinitions":[{"AttributeName":"pk","AttributeType":"BOOL"}],)" + ks1 + "," + ppr + "}"
                                            << "1 validation error detected: Value 'BOOL' at 'attributeDefinitions.1.member.attributeType' failed to satisfy constraint: Member must satisfy enum value set: [B, N, S]";
        QTest::newRow("no throughput") << R"({"TableName":"abc",)" + defs1 + "," + ks1 + "}"
                                       << "One or more parameter values were invalid: ReadCapacityUnits and WriteCapacityUnits must both be specified when BillingMode is PROVISIONED";
        QTest::newRow("throughput with on-demand") << R"({"TableName":"abc",)" + defs1 + "," + ks1 + "," + ppr + R"(,"ProvisionedThroughput":{"ReadCapacityUnits":1,"WriteCapacityUnits":1}})"
                                                   << "One or more parameter values were invalid: Neither ReadCapacityUnits nor WriteCapacityUnits can be specified when BillingMode is PAY_PER_REQUEST";
        QTest::newRow("zero capacity") << R"({"TableName":"abc",)" + defs1 + "," + ks1 + R"(,"ProvisionedThroughput":{"ReadCapacityUnits":0,"WriteCapacityUnits":1}})"
                                       << "1 validation error detected: Value '0' at 'provisionedThroughput.readCapacityUnits' failed to satisfy constraint: Member must have value greater than or equal to 1";
        QTest::newRow("undefined key") << R"({"TableName":"abc",)" + defs1 + R"(,"KeySchema":[{"AttributeName":"other","KeyType":"HASH"}],)" + ppr + "}"
                                       << "One or more parameter values were invalid: Some index key attributes are not defined in AttributeDefinitions. Keys: [other], AttributeDefinitions: [pk]";
        QTest::newRow("range first") << R"({"TableName":"abc",)" + defs1 + R"(,"KeySchema":[{"AttributeName":"pk","KeyType":"RANGE"}],)" + ppr + "}"
                                     << "Invalid KeySchema: The first KeySchemaElement is not a HASH key type";
        QTest::newRow("same names") << R"({"TableName":"abc",)" + defs1 + R"(,"KeySchema":[{"AttributeName":"pk","KeyType":"HASH"},{"AttributeName":"pk","KeyType":"RANGE"}],)" + ppr + "}"
                                    << "Invalid KeySchema: Some index key attribute have no definition";
        QTest::newRow("extra definition") << R"({"TableName":"abc","AttributeDefinitions":[{"AttributeName":"pk","AttributeType":"S"},{"AttributeName":"x","AttributeType":"S"}],)" + ks1 + "," + ppr + "}"
                                          << "One or more parameter values were invalid: Number of attributes in KeySchema does not exactly match number of attributes defined in AttributeDefinitions";
        QTest::newRow("lsi without range") << R"({"TableName":"abc","AttributeDefinitions":[{"AttributeName":"pk","AttributeType":"S"},{"AttributeName":"x","AttributeType":"S"}],)" + ks1 + "," + ppr +
                                                  R"(,"LocalSecondaryIndexes":[{"IndexName":"lsi","KeySchema":[{"AttributeName":"pk","KeyType":"HASH"},{"AttributeName":"x","KeyType":"RANGE"}],"Projection":{"ProjectionType":"ALL"}}]})"
                                           << "One or more parameter values were invalid: Table KeySchema does not have a range key, which is required when specifying a LocalSecondaryIndex";
        QTest::newRow("empty key schema") << R"({"TableName":"abc",)" + defs1 + R"(,"KeySchema":[],)" + ppr + "}"
                                          << "1 validation error detected: Value '[]' at 'keySchema' failed to satisfy constraint: Member must have length greater than or equal to 1";
    }
    void createTableValidation() {
        QFETCH(QString, request);
        QFETCH(QString, message);
        auto engine = openMemoryEngine();
        SS_CALL_ERROR(*engine, "CreateTable", nlohmann::json::parse(request.toStdString()), kValidation, message.toStdString());
    }

    void createTableWithIndexes() {
        auto engine = openMemoryEngine();
        nlohmann::json out;
        SS_CALL_OK(*engine, "CreateTable", j(R"({"TableName":"Orders","BillingMode":"PAY_PER_REQUEST",
            "AttributeDefinitions":[{"AttributeName":"pk","AttributeType":"S"},{"AttributeName":"sk","AttributeType":"S"},
                                    {"AttributeName":"status","AttributeType":"S"},{"AttributeName":"created","AttributeType":"N"}],
            "KeySchema":[{"AttributeName":"pk","KeyType":"HASH"},{"AttributeName":"sk","KeyType":"RANGE"}],
            "GlobalSecondaryIndexes":[{"IndexName":"byStatus","KeySchema":[{"AttributeName":"status","KeyType":"HASH"}],
                                       "Projection":{"ProjectionType":"KEYS_ONLY"}}],
            "LocalSecondaryIndexes":[{"IndexName":"byCreated","KeySchema":[{"AttributeName":"pk","KeyType":"HASH"},
                                       {"AttributeName":"created","KeyType":"RANGE"}],"Projection":{"ProjectionType":"ALL"}}]})"), out);
        const auto& gsi = out["TableDescription"]["GlobalSecondaryIndexes"][0];
        QCOMPARE(gsi["IndexArn"].get<std::string>(), std::string("arn:aws:dynamodb:us-east-1:000000000000:table/Orders/index/byStatus"));
        QCOMPARE(gsi["IndexStatus"].get<std::string>(), std::string("CREATING"));
        SS_CALL_ERROR(*engine, "CreateTable", j(R"({"TableName":"Bad","BillingMode":"PAY_PER_REQUEST",
            "AttributeDefinitions":[{"AttributeName":"pk","AttributeType":"S"},{"AttributeName":"unused","AttributeType":"S"},{"AttributeName":"g","AttributeType":"S"}],
            "KeySchema":[{"AttributeName":"pk","KeyType":"HASH"}],
            "GlobalSecondaryIndexes":[{"IndexName":"gsi","KeySchema":[{"AttributeName":"g","KeyType":"HASH"}],"Projection":{"ProjectionType":"ALL"}}]})"),
                      kValidation, std::string("One or more parameter values were invalid: Some AttributeDefinitions are not used. AttributeDefinitions: [pk, unused, g], keys used: [g, pk]"));
    }

    void deletionProtection() {
        auto engine = openMemoryEngine();
        auto request = hashTable("Protected");
        request["DeletionProtectionEnabled"] = true;
        nlohmann::json out;
        SS_CALL_OK(*engine, "CreateTable", request, out);
        SS_CALL_ERROR(*engine, "DeleteTable", j(R"({"TableName":"Protected"})"), kValidation,
                      std::string("Resource cannot be deleted as it is currently protected against deletion. Disable deletion protection first."));
    }

    void tags() {
        auto engine = openMemoryEngine();
        auto request = hashTable("Tagged");
        request["Tags"] = j(R"j([{"Key":"team","Value":"core"}])j");
        nlohmann::json out;
        SS_CALL_OK(*engine, "CreateTable", request, out);
        const std::string arn = out["TableDescription"]["TableArn"];
        SS_CALL_OK(*engine, "TagResource", nlohmann::json({{"ResourceArn", arn}, {"Tags", j(R"j([{"Key":"env","Value":"dev"},{"Key":"team","Value":"data"}])j")}}), out);
        SS_CALL_OK(*engine, "ListTagsOfResource", nlohmann::json({{"ResourceArn", arn}}), out);
        SS_COMPARE_JSON(out, j(R"j({"Tags":[{"Key":"env","Value":"dev"},{"Key":"team","Value":"data"}]})j"));
        SS_CALL_OK(*engine, "UntagResource", nlohmann::json({{"ResourceArn", arn}, {"TagKeys", {"env"}}}), out);
        SS_CALL_OK(*engine, "ListTagsOfResource", nlohmann::json({{"ResourceArn", arn}}), out);
        SS_COMPARE_JSON(out, j(R"j({"Tags":[{"Key":"team","Value":"data"}]})j"));
        SS_CALL_ERROR(*engine, "TagResource", nlohmann::json({{"ResourceArn", arn + "x"}, {"Tags", j(R"j([{"Key":"a","Value":"b"}])j")}}),
                      "ResourceNotFoundException", "Requested resource not found: ResourcArn: " + arn + "x not found");
        SS_CALL_ERROR(*engine, "TagResource", nlohmann::json({{"ResourceArn", "nope"}, {"Tags", j(R"j([{"Key":"a","Value":"b"}])j")}}),
                      kValidation, std::string("Invalid TableArn"));
        SS_CALL_ERROR(*engine, "TagResource", nlohmann::json({{"ResourceArn", arn}, {"Tags", j(R"j([{"Key":"","Value":"b"}])j")}}),
                      kValidation, std::string("1 validation error detected: Value '' at 'tags.1.member.key' failed to satisfy constraint: "
                                               "Member must have length greater than or equal to 1"));
        // Deleting the table drops its tags; a new table of the same name starts clean.
        SS_CALL_OK(*engine, "DeleteTable", j(R"j({"TableName":"Tagged"})j"), out);
        SS_CALL_OK(*engine, "CreateTable", hashTable("Tagged"), out);
        SS_CALL_OK(*engine, "ListTagsOfResource", nlohmann::json({{"ResourceArn", arn}}), out);
        SS_COMPARE_JSON(out, j(R"j({"Tags":[]})j"));
    }

    void limitsAndEndpoints() {
        auto engine = openMemoryEngine();
        nlohmann::json out;
        SS_CALL_OK(*engine, "DescribeLimits", j("{}"), out);
        QCOMPARE(out["TableMaxReadCapacityUnits"].get<int>(), 40000);
        SS_CALL_OK(*engine, "DescribeEndpoints", j("{}"), out);
        SS_COMPARE_JSON(out, j(R"j({"Endpoints":[{"Address":"dynamodb.us-east-1.amazonaws.com","CachePeriodInMinutes":1440}]})j"));
    }

    void unknownOperation() {
        auto engine = openMemoryEngine();
        auto r = engine->call("FrobnicateTable", j("{}"));
        QVERIFY(!r.ok());
        QCOMPARE(QString::fromStdString(r.error().typeName()), QString("com.amazon.coral.service#UnknownOperationException"));
        QVERIFY(!Engine::operations().empty());
    }
};

QTEST_APPLESS_MAIN(TestTableOps)
#include "tst_table_ops.moc"
