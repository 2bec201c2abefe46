// Tests ui/models/table_list_model.cpp: listing and describing through a real
// engine under QAbstractItemModelTester, paging, live changes, and the
// generation guard against stale answers (with a hand-driven FakeBackend).
#include "../fake_backend.h"
#include "../ui_test_support.h"

#include "backend/local_backend.h"
#include "models/table_list_model.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace shardscope;
using namespace shardscope::ui;

namespace {

QStringList names(const TableListModel& model) {
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result.append(model.index(row, TableListModel::NameColumn).data().toString());
    return result;
}

nlohmann::json describeResponse(const std::string& name, qint64 itemCount) {
    return {{"Table",
             {{"TableName", name},
              {"TableStatus", "ACTIVE"},
              {"ItemCount", itemCount},
              {"TableSizeBytes", itemCount * 100},
              {"KeySchema", {{{"AttributeName", "pk"}, {"KeyType", "HASH"}}}},
              {"AttributeDefinitions", {{{"AttributeName", "pk"}, {"AttributeType", "S"}}}}}}};
}

}  // namespace

class TestTableListModel : public QObject {
    Q_OBJECT

private slots:
    void listsAndDescribesTablesFromTheEngine();
    void followsAllListTablesPages();
    void followsLiveChanges();
    void dropsStaleListings();
    void dropsStaleDescriptions();
    void removesTablesThatVanishBeforeTheyAreDescribed();
    void describesOnlyTheChangedTable();
    void reportsErrors();
    void showsSecondaryIndexesAsChildren();
};

void TestTableListModel::listsAndDescribesTablesFromTheEngine() {
    auto engine = test::openMemoryEngine();
    SS_CREATE_TABLE(*engine, "orders", "PK", "S", "SK", "N");
    SS_CREATE_TABLE(*engine, "users", "userId", "B");
    auto backend = std::make_shared<LocalBackend>(engine);
    TableListModel model(backend);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loading(&model, &TableListModel::loadingChanged);

    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.hasLoaded());
    model.refresh();
    QVERIFY(model.isLoading());
    QTRY_VERIFY(model.hasLoaded() && !model.isLoading());
    QCOMPARE(loading.count(), 2);
    QCOMPARE(names(model), (QStringList{QStringLiteral("orders"), QStringLiteral("users")}));
    QCOMPARE(model.columnCount(), int(TableListModel::ColumnCount));

    const QModelIndex orders = model.index(0, TableListModel::KeySchemaColumn);
    QCOMPARE(orders.data().toString(), QStringLiteral("PK (S) \u00b7 SK (N)"));
    QCOMPARE(model.index(1, TableListModel::KeySchemaColumn).data().toString(), QStringLiteral("userId (B)"));
    QCOMPARE(model.index(0, TableListModel::StatusColumn).data().toString(), QStringLiteral("Active"));
    QCOMPARE(model.index(0, TableListModel::ItemCountColumn).data(TableListModel::SortRole).toLongLong(), 0);
    QCOMPARE(model.index(0, TableListModel::NameColumn).data(TableListModel::TableNameRole).toString(),
             QStringLiteral("orders"));
    const auto description =
        model.index(0, TableListModel::SizeColumn).data(TableListModel::DescriptionRole).value<TableDescription>();
    QCOMPARE(description.name, QStringLiteral("orders"));
    QCOMPARE(model.description(QStringLiteral("users")).partitionKey->type, QStringLiteral("B"));
    QVERIFY(!model.description(QStringLiteral("nope")).isValid());
    QCOMPARE(model.headerData(TableListModel::NameColumn, Qt::Horizontal).toString(), QStringLiteral("Table"));

    // A refresh with nothing changed keeps the rows (no reset, no churn).
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.refresh();
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(removed.count() + inserted.count() + reset.count(), 0);
}

void TestTableListModel::followsAllListTablesPages() {
    auto engine = test::openMemoryEngine();
    QStringList expected;
    for (int i = 0; i < 205; ++i) {
        const std::string name = QStringLiteral("table_%1").arg(i, 3, 10, QLatin1Char('0')).toStdString();
        SS_CREATE_TABLE(*engine, name, "pk");
        expected.append(QString::fromStdString(name));
    }
    auto backend = std::make_shared<LocalBackend>(engine);
    TableListModel model(backend);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(model.hasLoaded() && !model.isLoading(), 20000);
    QCOMPARE(names(model), expected);
    QVERIFY(model.description(QStringLiteral("table_204")).isValid());
}

void TestTableListModel::followsLiveChanges() {
    auto engine = test::openMemoryEngine();
    SS_CREATE_TABLE(*engine, "b_table", "pk");
    auto backend = std::make_shared<LocalBackend>(engine);
    TableListModel model(backend);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.refresh();
    QTRY_COMPARE(names(model), QStringList{QStringLiteral("b_table")});

    SS_CREATE_TABLE(*engine, "a_table", "pk");
    SS_CREATE_TABLE(*engine, "c_table", "pk");
    QTRY_COMPARE(names(model),
                 (QStringList{QStringLiteral("a_table"), QStringLiteral("b_table"), QStringLiteral("c_table")}));
    QTRY_VERIFY(model.description(QStringLiteral("c_table")).isValid());

    QVERIFY(test::callEngine(*engine, "PutItem", {{"TableName", "b_table"}, {"Item", {{"pk", {{"S", "x"}}}}}})
                .isEmpty());
    nlohmann::json described;
    QVERIFY(test::callEngine(*engine, "DescribeTable", {{"TableName", "b_table"}}, &described).isEmpty());
    const qint64 engineCount = described["Table"]["ItemCount"].get<qint64>();
    const qint64 engineSize = described["Table"]["TableSizeBytes"].get<qint64>();
    QTRY_COMPARE(model.description(QStringLiteral("b_table")).itemCount, engineCount);
    QCOMPARE(model.description(QStringLiteral("b_table")).sizeBytes, engineSize);

    QVERIFY(test::callEngine(*engine, "DeleteTable", {{"TableName", "a_table"}}).isEmpty());
    QTRY_COMPARE(names(model), (QStringList{QStringLiteral("b_table"), QStringLiteral("c_table")}));
}

void TestTableListModel::dropsStaleListings() {
    auto backend = std::make_shared<test::FakeBackend>();
    TableListModel model(backend);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    model.refresh();
    model.refresh();
    const auto listings = backend->requests(QStringLiteral("ListTables"));
    QCOMPARE(listings.size(), 2);
    QCOMPARE(listings[0].body["Limit"].get<int>(), 100);

    // The newer listing answers first; the older one arrives late and must not win.
    backend->answer(listings[1].id, {{"TableNames", {"b", "c"}}});
    QCOMPARE(names(model), (QStringList{QStringLiteral("b"), QStringLiteral("c")}));
    backend->answer(listings[0].id, {{"TableNames", {"stale"}}});
    QCOMPARE(names(model), (QStringList{QStringLiteral("b"), QStringLiteral("c")}));
    QCOMPARE(backend->requests(QStringLiteral("DescribeTable")).size(), 2);

    // Pages: the model follows LastEvaluatedTableName to the end.
    model.refresh();
    auto page = backend->requests(QStringLiteral("ListTables"));
    QCOMPARE(page.size(), 1);
    backend->answer(page[0].id, {{"TableNames", {"a", "b"}}, {"LastEvaluatedTableName", "b"}});
    QCOMPARE(names(model), (QStringList{QStringLiteral("b"), QStringLiteral("c")}));  // not applied mid-way
    page = backend->requests(QStringLiteral("ListTables"));
    QCOMPARE(page.size(), 1);
    QCOMPARE(page[0].body["ExclusiveStartTableName"].get<std::string>(), "b");
    backend->answer(page[0].id, {{"TableNames", {"d"}}});
    QCOMPARE(names(model), (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("d")}));
}

void TestTableListModel::dropsStaleDescriptions() {
    auto backend = std::make_shared<test::FakeBackend>();
    TableListModel model(backend);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.refresh();
    backend->answer(backend->requests(QStringLiteral("ListTables"))[0].id, {{"TableNames", {"t"}}});
    model.refreshTable(QStringLiteral("t"));
    const auto describes = backend->requests(QStringLiteral("DescribeTable"));
    QCOMPARE(describes.size(), 2);
    QVERIFY(model.isLoading());

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    backend->answer(describes[1].id, describeResponse("t", 7));
    QCOMPARE(model.description(QStringLiteral("t")).itemCount, 7);
    QCOMPARE(changed.count(), 1);
    QVERIFY(!model.isLoading());
    backend->answer(describes[0].id, describeResponse("t", 1));  // older, late: dropped
    QCOMPARE(model.description(QStringLiteral("t")).itemCount, 7);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(0, TableListModel::ItemCountColumn).data(TableListModel::SortRole).toLongLong(), 7);
    QCOMPARE(model.index(0, TableListModel::SizeColumn).data(TableListModel::SortRole).toLongLong(), 700);
}

void TestTableListModel::removesTablesThatVanishBeforeTheyAreDescribed() {
    auto backend = std::make_shared<test::FakeBackend>();
    TableListModel model(backend);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.refresh();
    backend->answer(backend->requests(QStringLiteral("ListTables"))[0].id, {{"TableNames", {"gone", "kept"}}});
    const auto describes = backend->requests(QStringLiteral("DescribeTable"));
    QCOMPARE(describes.size(), 2);
    backend->fail(describes[0].id, QStringLiteral("ResourceNotFoundException"),
                  QStringLiteral("Requested resource not found: Table: gone not found"));
    backend->answer(describes[1].id, describeResponse("kept", 0));
    QCOMPARE(names(model), QStringList{QStringLiteral("kept")});
}

void TestTableListModel::describesOnlyTheChangedTable() {
    auto backend = std::make_shared<test::FakeBackend>();
    TableListModel model(backend);
    model.refresh();
    backend->answer(backend->requests(QStringLiteral("ListTables"))[0].id, {{"TableNames", {"a", "b"}}});
    for (const auto& request : backend->requests(QStringLiteral("DescribeTable")))
        backend->answer(request.id, describeResponse(request.body["TableName"].get<std::string>(), 0));
    QVERIFY(backend->requests().isEmpty());

    backend->emitChanges({{BackendChange::Kind::ItemsChanged, QStringLiteral("b")},
                          {BackendChange::Kind::TableUpdated, QStringLiteral("b")}});
    QCOMPARE(backend->requests().size(), 1);
    QCOMPARE(backend->requests()[0].operation, QStringLiteral("DescribeTable"));
    QCOMPARE(backend->requests()[0].body["TableName"].get<std::string>(), "b");
    backend->answer(backend->requests()[0].id, describeResponse("b", 3));

    backend->emitChanges({{BackendChange::Kind::TableCreated, QStringLiteral("c")}});
    QCOMPARE(backend->requests().size(), 1);
    QCOMPARE(backend->requests()[0].operation, QStringLiteral("ListTables"));
}

void TestTableListModel::reportsErrors() {
    auto backend = std::make_shared<test::FakeBackend>();
    TableListModel model(backend);
    QSignalSpy errors(&model, &TableListModel::errorOccurred);
    model.refresh();
    backend->fail(backend->requests()[0].id, QStringLiteral("InternalServerError"), QStringLiteral("disk on fire"));
    QCOMPARE(errors.count(), 1);
    QVERIFY(errors[0][0].toString().contains(QLatin1String("disk on fire")));
    QVERIFY(model.hasLoaded());
    QVERIFY(!model.isLoading());
}

void TestTableListModel::showsSecondaryIndexesAsChildren() {
    auto engine = test::openMemoryEngine();
    nlohmann::json request = test::createTableRequest("orders", "pk", "S", "sk", "N");
    request["AttributeDefinitions"].push_back({{"AttributeName", "email"}, {"AttributeType", "S"}});
    request["AttributeDefinitions"].push_back({{"AttributeName", "created"}, {"AttributeType", "N"}});
    request["GlobalSecondaryIndexes"] = {{{"IndexName", "byEmail"},
                                          {"KeySchema", {{{"AttributeName", "email"}, {"KeyType", "HASH"}}}},
                                          {"Projection", {{"ProjectionType", "ALL"}}}}};
    request["LocalSecondaryIndexes"] = {{{"IndexName", "byCreated"},
                                         {"KeySchema", {{{"AttributeName", "pk"}, {"KeyType", "HASH"}},
                                                        {{"AttributeName", "created"}, {"KeyType", "RANGE"}}}},
                                         {"Projection", {{"ProjectionType", "KEYS_ONLY"}}}}};
    QVERIFY(test::callEngine(*engine, "CreateTable", request).isEmpty());
    SS_CREATE_TABLE(*engine, "plain", "id");
    for (int i = 0; i < 3; ++i)
        QVERIFY(test::callEngine(*engine, "PutItem",
                                 {{"TableName", "orders"},
                                  {"Item", {{"pk", {{"S", "c#1"}}},
                                            {"sk", {{"N", std::to_string(i)}}},
                                            {"email", {{"S", "a" + std::to_string(i) + "@example.com"}}}}}})
                    .isEmpty());

    auto backend = std::make_shared<LocalBackend>(engine);
    TableListModel model(backend);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.refresh();
    QTRY_VERIFY(model.hasLoaded() && !model.isLoading());
    QCOMPARE(names(model), (QStringList{QStringLiteral("orders"), QStringLiteral("plain")}));

    const QModelIndex orders = model.index(0, 0);
    QCOMPARE(model.rowCount(orders), 2);
    QCOMPARE(model.rowCount(model.index(1, 0)), 0);
    const QModelIndex gsi = model.index(0, TableListModel::NameColumn, orders);
    QCOMPARE(gsi.data().toString(), QStringLiteral("byEmail"));
    QCOMPARE(gsi.parent(), orders);
    QCOMPARE(gsi.data(TableListModel::TableNameRole).toString(), QStringLiteral("orders"));
    QCOMPARE(gsi.data(TableListModel::IndexNameRole).toString(), QStringLiteral("byEmail"));
    QCOMPARE(model.index(0, TableListModel::KeySchemaColumn, orders).data().toString(),
             QStringLiteral("GSI \u00b7 email (S)"));
    QCOMPARE(model.index(0, TableListModel::StatusColumn, orders).data().toString(), QStringLiteral("Active"));
    QCOMPARE(model.index(0, TableListModel::ItemCountColumn, orders).data(TableListModel::SortRole).toLongLong(),
             3);
    QVERIFY(model.index(0, TableListModel::SizeColumn, orders).data(TableListModel::SortRole).toLongLong() > 0);
    QVERIFY(gsi.data(Qt::ToolTipRole).toString().contains(QLatin1String("ALL")));
    const QModelIndex lsi = model.index(1, TableListModel::KeySchemaColumn, orders);
    QCOMPARE(lsi.data().toString(), QStringLiteral("LSI \u00b7 pk (S) \u00b7 created (N)"));
    QCOMPARE(model.index(1, TableListModel::ItemCountColumn, orders).data(TableListModel::SortRole).toLongLong(),
             0);  // no item has `created`
    QCOMPARE(model.index(1, TableListModel::StatusColumn, orders).data(TableListModel::StatusRole).toString(),
             QStringLiteral("ACTIVE"));  // a local index reports its table's status

    // A table created above "orders" moves it down; its index rows follow it.
    const QPersistentModelIndex persistentGsi(gsi);
    SS_CREATE_TABLE(*engine, "audit", "id");
    QTRY_COMPARE(names(model),
                 (QStringList{QStringLiteral("audit"), QStringLiteral("orders"), QStringLiteral("plain")}));
    QVERIFY(persistentGsi.isValid());
    QCOMPARE(persistentGsi.parent().row(), 1);
    QCOMPARE(persistentGsi.data().toString(), QStringLiteral("byEmail"));

    // A global index added by UpdateTable appears as a new child row.
    QVERIFY(test::callEngine(
                *engine, "UpdateTable",
                {{"TableName", "plain"},
                 {"AttributeDefinitions", {{{"AttributeName", "kind"}, {"AttributeType", "S"}}}},
                 {"GlobalSecondaryIndexUpdates",
                  {{{"Create",
                     {{"IndexName", "byKind"},
                      {"KeySchema", {{{"AttributeName", "kind"}, {"KeyType", "HASH"}}}},
                      {"Projection", {{"ProjectionType", "KEYS_ONLY"}}}}}}}}})
                .isEmpty());
    QTRY_COMPARE(model.rowCount(model.index(2, 0)), 1);
    QCOMPARE(model.index(0, 0, model.index(2, 0)).data().toString(), QStringLiteral("byKind"));
}

QTEST_MAIN(TestTableListModel)
#include "tst_table_list_model.moc"
