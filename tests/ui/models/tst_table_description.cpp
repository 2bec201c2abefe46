// Tests ui/models/table_description.cpp: reading DescribeTable answers,
// including incomplete and malformed ones, without ever throwing.
#include "models/table_description.h"

#include <QTest>

using namespace shardscope::ui;

class TestTableDescription : public QObject {
    Q_OBJECT

private slots:
    void readsAFullDescription();
    void readsProvisionedTablesWithoutBillingModeSummary();
    void toleratesMissingAndMistypedMembers();
    void acceptsTheBareTableObject();
};

void TestTableDescription::readsAFullDescription() {
    const auto response = nlohmann::json::parse(R"({"Table": {
        "TableName": "orders", "TableStatus": "ACTIVE",
        "TableArn": "arn:aws:dynamodb:us-east-1:000000000000:table/orders",
        "AttributeDefinitions": [{"AttributeName": "PK", "AttributeType": "S"},
                                 {"AttributeName": "SK", "AttributeType": "N"},
                                 {"AttributeName": "GSI1PK", "AttributeType": "S"}],
        "KeySchema": [{"AttributeName": "SK", "KeyType": "RANGE"}, {"AttributeName": "PK", "KeyType": "HASH"}],
        "BillingModeSummary": {"BillingMode": "PAY_PER_REQUEST"},
        "ProvisionedThroughput": {"ReadCapacityUnits": 0, "WriteCapacityUnits": 0},
        "ItemCount": 42, "TableSizeBytes": 5120, "CreationDateTime": 1700000000.25,
        "GlobalSecondaryIndexes": [{"IndexName": "GSI1"}, {"IndexName": "GSI2"}],
        "LocalSecondaryIndexes": [{"IndexName": "LSI1"}]}})");
    const TableDescription d = TableDescription::fromDescribeTable(response);
    QVERIFY(d.isValid());
    QCOMPARE(d.name, QStringLiteral("orders"));
    QCOMPARE(d.statusText(), QStringLiteral("Active"));
    QCOMPARE(d.arn, QStringLiteral("arn:aws:dynamodb:us-east-1:000000000000:table/orders"));
    QVERIFY(d.partitionKey && d.sortKey);
    QCOMPARE(d.partitionKey->name, QStringLiteral("PK"));
    QCOMPARE(d.partitionKey->type, QStringLiteral("S"));
    QCOMPARE(d.sortKey->name, QStringLiteral("SK"));
    QCOMPARE(d.sortKey->type, QStringLiteral("N"));
    QCOMPARE(d.keySchemaSummary(), QStringLiteral("PK (S) \u00b7 SK (N)"));
    QCOMPARE(d.attributeDefinitions.size(), 3);
    QCOMPARE(d.billingModeText(), QStringLiteral("On-demand"));
    QCOMPARE(d.itemCount, 42);
    QCOMPARE(d.sizeBytes, 5120);
    QCOMPARE(d.creationTime.toMSecsSinceEpoch(), 1700000000250LL);
    QCOMPARE(d.globalSecondaryIndexes, (QStringList{QStringLiteral("GSI1"), QStringLiteral("GSI2")}));
    QCOMPARE(d.localSecondaryIndexes, QStringList{QStringLiteral("LSI1")});
    QCOMPARE(d.raw["TableName"].get<std::string>(), "orders");
    QCOMPARE(TableDescription::attributeTypeText(QStringLiteral("B")), QStringLiteral("Binary"));
}

void TestTableDescription::readsProvisionedTablesWithoutBillingModeSummary() {
    const auto response = nlohmann::json::parse(R"({"Table": {"TableName": "p", "TableStatus": "CREATING",
        "ProvisionedThroughput": {"ReadCapacityUnits": 10, "WriteCapacityUnits": 4}}})");
    const TableDescription d = TableDescription::fromDescribeTable(response);
    QCOMPARE(d.billingMode, QStringLiteral("PROVISIONED"));
    QCOMPARE(d.billingModeText(), QStringLiteral("Provisioned (10 RCU, 4 WCU)"));
    QCOMPARE(d.statusText(), QStringLiteral("Creating"));
    QVERIFY(!d.partitionKey);
    QVERIFY(d.keySchemaSummary().isEmpty());
}

void TestTableDescription::toleratesMissingAndMistypedMembers() {
    for (const char* text : {R"({})", R"([])", R"("x")", R"({"Table": 5})", R"({"Table": {"TableName": 7}})"}) {
        const TableDescription d = TableDescription::fromDescribeTable(nlohmann::json::parse(text));
        QVERIFY2(!d.isValid(), text);
    }
    const auto odd = nlohmann::json::parse(R"({"Table": {"TableName": "t", "ItemCount": "many",
        "TableSizeBytes": -1.5, "KeySchema": {"not": "a list"}, "AttributeDefinitions": [1, "x", {}],
        "CreationDateTime": "yesterday", "GlobalSecondaryIndexes": [{"IndexName": 3}, {}],
        "BillingModeSummary": "PAY_PER_REQUEST", "TableStatus": "SOMETHING_NEW"}})");
    const TableDescription d = TableDescription::fromDescribeTable(odd);
    QVERIFY(d.isValid());
    QCOMPARE(d.itemCount, 0);
    QCOMPARE(d.sizeBytes, -1);
    QVERIFY(!d.partitionKey);
    QVERIFY(!d.creationTime.isValid());
    QVERIFY(d.globalSecondaryIndexes.isEmpty());
    QCOMPARE(d.statusText(), QStringLiteral("SOMETHING_NEW"));
}

void TestTableDescription::acceptsTheBareTableObject() {
    const auto table = nlohmann::json::parse(R"({"TableName": "bare", "KeySchema":
        [{"AttributeName": "id", "KeyType": "HASH"}]})");
    const TableDescription d = TableDescription::fromDescribeTable(table);
    QCOMPARE(d.name, QStringLiteral("bare"));
    QCOMPARE(d.keySchemaSummary(), QStringLiteral("id"));  // no type without AttributeDefinitions

    // CreateTable/DeleteTable answer with "TableDescription".
    const TableDescription created =
        TableDescription::fromDescribeTable(nlohmann::json{{"TableDescription", table}});
    QCOMPARE(created.name, QStringLiteral("bare"));
}

QTEST_GUILESS_MAIN(TestTableDescription)
#include "tst_table_description.moc"
