// Tests engine/tools/src/table_design.cpp and design_validator.cpp: the
// CreateTable body of a design, the update plan between two designs, reading
// DescribeTable back, and the throw-away engine's verdicts.
#include "shardscope/engine/engine.h"
#include "shardscope/tools/design_validator.h"
#include "shardscope/tools/table_design.h"

#include <QTest>

using nlohmann::json;
using namespace shardscope::tools;

#define COMPARE_JSON(actual, expected)                                                                  \
    do {                                                                                                \
        const json actual_ = (actual);                                                                  \
        const json expected_ = (expected);                                                              \
        QVERIFY2(actual_ == expected_, qPrintable(QStringLiteral("got %1\nexpected %2")                 \
                                                      .arg(QString::fromStdString(actual_.dump()),      \
                                                           QString::fromStdString(expected_.dump())))); \
    } while (false)

namespace {

TableDesign ordersDesign() {
    TableDesign d;
    d.tableName = "Orders";
    d.partitionKey = {"PK", "S"};
    d.sortKey = {"SK", "S"};
    IndexDesign gsi;
    gsi.name = "ByStatus";
    gsi.partitionKey = {"status", "S"};
    gsi.sortKey = {"createdAt", "N"};
    gsi.projectionType = "INCLUDE";
    gsi.nonKeyAttributes = {"total"};
    d.globalIndexes.push_back(gsi);
    return d;
}

}  // namespace

class TestTableDesign : public QObject {
    Q_OBJECT

private slots:
    void minimalOnDemandRequestHasNoDefaults();
    void fullRequest();
    void creationPlanAddsTimeToLive();
    void readsDescribeTableBack();
    void updatePlanOrdersItsCalls();
    void updatePlanSwitchingToProvisionedCoversIndexes();
    void updatePlanReportsUnchangeableParts();
    void engineAcceptsAValidDesign();
    void engineRejectsAnInvalidDesignWithItsOwnText();
};

void TestTableDesign::minimalOnDemandRequestHasNoDefaults() {
    TableDesign d;
    d.tableName = "T";
    d.partitionKey = {"id", "N"};
    COMPARE_JSON(createTableRequest(d), json::parse(R"({
        "TableName": "T", "BillingMode": "PAY_PER_REQUEST",
        "AttributeDefinitions": [{"AttributeName": "id", "AttributeType": "N"}],
        "KeySchema": [{"AttributeName": "id", "KeyType": "HASH"}]})"));
}

void TestTableDesign::fullRequest() {
    TableDesign d = ordersDesign();
    d.billingMode = "PROVISIONED";
    d.throughput.readCapacityUnits = 10;
    d.throughput.writeCapacityUnits = 4;
    d.globalIndexes[0].throughput.readCapacityUnits = 3;
    d.globalIndexes[0].throughput.writeCapacityUnits = 2;
    IndexDesign lsi;
    lsi.name = "ByDate";
    lsi.sortKey = {"createdAt", "N"};  // same attribute as the GSI's sort key: defined once
    lsi.projectionType = "KEYS_ONLY";
    d.localIndexes.push_back(lsi);
    d.streamEnabled = true;
    d.streamViewType = "NEW_IMAGE";
    d.tableClass = "STANDARD_INFREQUENT_ACCESS";
    d.deletionProtection = true;
    d.tags = {{"team", "shop"}};
    COMPARE_JSON(createTableRequest(d), json::parse(R"({
        "TableName": "Orders", "BillingMode": "PROVISIONED",
        "AttributeDefinitions": [{"AttributeName": "PK", "AttributeType": "S"},
                                 {"AttributeName": "SK", "AttributeType": "S"},
                                 {"AttributeName": "status", "AttributeType": "S"},
                                 {"AttributeName": "createdAt", "AttributeType": "N"}],
        "KeySchema": [{"AttributeName": "PK", "KeyType": "HASH"}, {"AttributeName": "SK", "KeyType": "RANGE"}],
        "ProvisionedThroughput": {"ReadCapacityUnits": 10, "WriteCapacityUnits": 4},
        "GlobalSecondaryIndexes": [{"IndexName": "ByStatus",
            "KeySchema": [{"AttributeName": "status", "KeyType": "HASH"}, {"AttributeName": "createdAt", "KeyType": "RANGE"}],
            "Projection": {"ProjectionType": "INCLUDE", "NonKeyAttributes": ["total"]},
            "ProvisionedThroughput": {"ReadCapacityUnits": 3, "WriteCapacityUnits": 2}}],
        "LocalSecondaryIndexes": [{"IndexName": "ByDate",
            "KeySchema": [{"AttributeName": "PK", "KeyType": "HASH"}, {"AttributeName": "createdAt", "KeyType": "RANGE"}],
            "Projection": {"ProjectionType": "KEYS_ONLY"}}],
        "StreamSpecification": {"StreamEnabled": true, "StreamViewType": "NEW_IMAGE"},
        "TableClass": "STANDARD_INFREQUENT_ACCESS",
        "DeletionProtectionEnabled": true,
        "Tags": [{"Key": "team", "Value": "shop"}]})"));
}

void TestTableDesign::creationPlanAddsTimeToLive() {
    TableDesign d = ordersDesign();
    QCOMPARE(creationPlan(d).size(), std::size_t(1));
    d.ttlAttribute = "expiresAt";
    const auto plan = creationPlan(d);
    QCOMPARE(plan.size(), std::size_t(2));
    QCOMPARE(plan[0].operation, std::string("CreateTable"));
    QCOMPARE(plan[1].operation, std::string("UpdateTimeToLive"));
    COMPARE_JSON(plan[1].request, json::parse(R"({"TableName": "Orders",
        "TimeToLiveSpecification": {"Enabled": true, "AttributeName": "expiresAt"}})"));
}

void TestTableDesign::readsDescribeTableBack() {
    TableDesign d = ordersDesign();
    d.billingMode = "PROVISIONED";
    d.deletionProtection = true;
    auto engine = shardscope::engine::Engine::open({});
    QVERIFY(engine.ok());
    auto created = (*engine)->call("CreateTable", createTableRequest(d));
    QVERIFY2(created.ok(), created.ok() ? "" : created.error().message().c_str());
    auto described = (*engine)->call("DescribeTable", {{"TableName", "Orders"}});
    QVERIFY(described.ok());
    TableDesign back = TableDesign::fromDescribeTable(*described);
    QVERIFY(!back.tableArn.empty());
    back.tableArn.clear();
    QVERIFY(back == d);

    back.applyTimeToLive(
        json::parse(R"({"TimeToLiveDescription": {"TimeToLiveStatus": "ENABLED", "AttributeName": "ttl"}})"));
    QCOMPARE(back.ttlAttribute, std::string("ttl"));
    back.applyTimeToLive(json::parse(R"({"TimeToLiveDescription": {"TimeToLiveStatus": "DISABLED"}})"));
    QVERIFY(back.ttlAttribute.empty());
    back.applyTags(json::parse(R"({"Tags": [{"Key": "a", "Value": "1"}]})"));
    QCOMPARE(back.tags.size(), std::size_t(1));
}

void TestTableDesign::updatePlanOrdersItsCalls() {
    TableDesign before = ordersDesign();
    before.tableArn = "arn:aws:dynamodb:us-east-1:000000000000:table/Orders";
    before.streamEnabled = true;
    before.streamViewType = "KEYS_ONLY";
    before.ttlAttribute = "old";
    before.tags = {{"keep", "1"}, {"drop", "2"}};
    TableDesign after = before;
    after.globalIndexes[0].projectionType = "ALL";  // reshaped: deleted, then created
    IndexDesign added;
    added.name = "ByCustomer";
    added.partitionKey = {"customer", "S"};
    after.globalIndexes.push_back(added);
    after.streamViewType = "NEW_AND_OLD_IMAGES";  // disable, then enable
    after.ttlAttribute = "expiresAt";
    after.tags = {{"keep", "1"}, {"new", "3"}};
    after.deletionProtection = true;

    const UpdatePlan plan = updatePlan(before, after);
    QVERIFY(plan.unchangeable.empty());
    std::vector<std::string> ops;
    for (const auto& step : plan.requests) ops.push_back(step.operation);
    QCOMPARE(ops, (std::vector<std::string>{"UpdateTable", "UpdateTable", "UpdateTable", "UpdateTable", "UpdateTable",
                                            "UpdateTimeToLive", "UpdateTimeToLive", "UntagResource", "TagResource"}));
    COMPARE_JSON(plan.requests[0].request, json::parse(R"({"TableName": "Orders",
        "StreamSpecification": {"StreamEnabled": false}, "DeletionProtectionEnabled": true})"));
    COMPARE_JSON(plan.requests[1].request, json::parse(R"({"TableName": "Orders",
        "GlobalSecondaryIndexUpdates": [{"Delete": {"IndexName": "ByStatus"}}]})"));
    COMPARE_JSON(plan.requests[2].request["GlobalSecondaryIndexUpdates"][0]["Create"]["Projection"],
                 json::parse(R"({"ProjectionType": "ALL"})"));
    COMPARE_JSON(plan.requests[3].request["AttributeDefinitions"], json::parse(R"([
        {"AttributeName": "PK", "AttributeType": "S"}, {"AttributeName": "SK", "AttributeType": "S"},
        {"AttributeName": "customer", "AttributeType": "S"}])"));
    COMPARE_JSON(plan.requests[4].request["StreamSpecification"],
                 json::parse(R"({"StreamEnabled": true, "StreamViewType": "NEW_AND_OLD_IMAGES"})"));
    QCOMPARE(plan.requests[5].request["TimeToLiveSpecification"]["Enabled"].get<bool>(), false);
    QCOMPARE(plan.requests[6].request["TimeToLiveSpecification"]["AttributeName"].get<std::string>(),
             std::string("expiresAt"));
    COMPARE_JSON(plan.requests[7].request,
                 json::parse(R"({"ResourceArn": "arn:aws:dynamodb:us-east-1:000000000000:table/Orders",
        "TagKeys": ["drop"]})"));
    COMPARE_JSON(plan.requests[8].request["Tags"], json::parse(R"([{"Key": "new", "Value": "3"}])"));

    QVERIFY(updatePlan(before, before).requests.empty());
}

void TestTableDesign::updatePlanSwitchingToProvisionedCoversIndexes() {
    TableDesign before = ordersDesign();
    TableDesign after = before;
    after.billingMode = "PROVISIONED";
    after.throughput.readCapacityUnits = 7;
    const UpdatePlan plan = updatePlan(before, after);
    QCOMPARE(plan.requests.size(), std::size_t(1));
    COMPARE_JSON(plan.requests[0].request, json::parse(R"({"TableName": "Orders", "BillingMode": "PROVISIONED",
        "ProvisionedThroughput": {"ReadCapacityUnits": 7, "WriteCapacityUnits": 5},
        "GlobalSecondaryIndexUpdates": [{"Update": {"IndexName": "ByStatus",
            "ProvisionedThroughput": {"ReadCapacityUnits": 5, "WriteCapacityUnits": 5}}}]})"));
}

void TestTableDesign::updatePlanReportsUnchangeableParts() {
    TableDesign before = ordersDesign();
    TableDesign after = before;
    after.sortKey = {};
    IndexDesign lsi;
    lsi.name = "L";
    lsi.sortKey = {"x", "S"};
    after.localIndexes.push_back(lsi);
    const UpdatePlan plan = updatePlan(before, after);
    QCOMPARE(plan.unchangeable, (std::vector<std::string>{"KeySchema", "LocalSecondaryIndexes"}));
    QVERIFY(plan.requests.empty());
}

void TestTableDesign::engineAcceptsAValidDesign() {
    const DesignCheck check = validateCreation(ordersDesign());
    QVERIFY2(check.ok, check.message.c_str());
}

void TestTableDesign::engineRejectsAnInvalidDesignWithItsOwnText() {
    TableDesign d = ordersDesign();
    d.globalIndexes[0].projectionType = "KEYS_ONLY";  // NonKeyAttributes only go with INCLUDE...
    d.sortKey = {"PK", "S"};                          // ...but first: the same attribute twice in the key schema
    const json request = createTableRequest(d);
    auto engine = shardscope::engine::Engine::open({});
    QVERIFY(engine.ok());
    auto direct = (*engine)->call("CreateTable", request);
    QVERIFY(!direct.ok());

    const DesignCheck check = validateCreation(d);
    QVERIFY(!check.ok);
    QCOMPARE(check.operation, std::string("CreateTable"));
    QCOMPARE(check.errorType, std::string(direct.error().name()));
    QCOMPARE(check.message, direct.error().message());
}

QTEST_APPLESS_MAIN(TestTableDesign)
#include "tst_table_design.moc"
