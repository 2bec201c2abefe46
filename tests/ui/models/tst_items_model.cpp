// Tests ui/models/items_model.cpp: paging a Scan or Query with fetchMore(),
// the columns, bounded memory (page eviction and re-reading), the stale-result
// guard, filters that become FilterExpressions and sort-key conditions, and
// row removal; QAbstractItemModelTester watches every change.
#include "../fake_backend.h"
#include "../items_test_support.h"

#include "backend/local_backend.h"
#include "models/items_model.h"
#include "models/items_query.h"
#include "models/items_source.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace shardscope;
using namespace shardscope::ui;

namespace {

void fill(engine::Engine& engine, const std::string& table, int count, int partitions = 0) {
    test::fillTable(engine, table, count, partitions);
}

ItemsSource sourceOf(engine::Engine& engine, const std::string& table) {
    return test::tableSource(engine, table);
}

ItemsQuery scanOf(const ItemsSource& source) {
    ItemsQuery query;
    query.source = source;
    return query;
}

ItemsFilter filterOf(const QString& attribute, const QString& text, const QString& type = QString()) {
    ItemsFilter filter;
    QString error;
    if (!ItemsFilter::parse(attribute, text, type, &filter, &error))
        qFatal("filter %s: %s", qPrintable(text), qPrintable(error));
    return filter;
}

// Fetches until `rows` rows are there or nothing more can come.
bool fetchUntil(ItemsModel& model, int rows) {
    QElapsedTimer timer;
    timer.start();
    while (model.rowCount() < rows && timer.elapsed() < 60000) {
        if (model.canFetchMore(QModelIndex()))
            model.fetchMore(QModelIndex());
        else if (!model.isLoading() && !model.hasMore())
            break;
        QTest::qWait(1);
    }
    return model.rowCount() >= rows;
}

QStringList column(const ItemsModel& model, const QString& attribute) {
    QStringList values;
    const int c = model.columnOf(attribute);
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, c).data().toString());
    return values;
}

}  // namespace

class TestItemsModel : public QObject {
    Q_OBJECT

private slots:
    void browsesALargeTablePageByPage();
    void columnsAndTypedCells();
    void dropsStaleAnswers();
    void keepsFetchingWhileAFilterMatchesLittle();
    void filtersBecomeAFilterExpression();
    void queriesWithSortKeyRanges_data();
    void queriesWithSortKeyRanges();
    void keyFiltersOfAQueryGoToTheKeyCondition();
    void showsTheEnginesErrorForIndexReads();
    void removesAndRefreshesRows();
};

void TestItemsModel::browsesALargeTablePageByPage() {
    auto engine = test::openMemoryEngine();
    SS_CREATE_TABLE(*engine, "big", "pk");
    fill(*engine, "big", 100000);
    auto backend = std::make_shared<LocalBackend>(engine);
    ItemsModel model(backend);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(500);
    model.setResidentPageLimit(8);

    QElapsedTimer opened;
    opened.start();
    model.setQuery(scanOf(sourceOf(*engine, "big")));
    QTRY_VERIFY(model.rowCount() > 0);
    QVERIFY(!model.isLoading());
    QCOMPARE(model.rowCount(), 500);  // one page, not the table
    QVERIFY(model.hasMore());
    QVERIFY(model.canFetchMore(QModelIndex()));
    qInfo("first page after %lld ms", qint64(opened.elapsed()));

    // Keys first, then attributes by first appearance.
    QCOMPARE(model.attributeName(0), QStringLiteral("pk"));
    QVERIFY(model.isKeyColumn(0));
    QVERIFY(!model.isKeyColumn(1));
    QVERIFY(model.attributeNames().contains(QStringLiteral("extra")));

    // Scroll to row 60,000: page by page, memory stays bounded.
    QVERIFY(fetchUntil(model, 60000));
    QVERIFY(model.rowCount() < 61000);
    QCOMPARE(model.pageCount(), model.rowCount() / 500);
    QVERIFY2(model.residentPageCount() <= 8, qPrintable(QString::number(model.residentPageCount())));
    QVERIFY(model.residentRowCount() <= 8 * 500);
    // Cell texts of at most 8 pages, not of 60,000 items (each item's JSON is ~80 bytes).
    QVERIFY2(model.residentTextBytes() < 8 * 500 * 120, qPrintable(QString::number(model.residentTextBytes())));

    // Keys are known for evicted rows, and asking for an evicted row re-reads its page.
    // (Row 0 stays resident: the model tester reads it after every change.)
    QVERIFY(!model.isRowResident(1010));
    const QString key = QString::fromStdString(model.keyOf(1010)["pk"]["S"].get<std::string>());
    QVERIFY(key.startsWith(QLatin1String("item-")));
    QVERIFY(!model.index(1010, 0).data(ItemsModel::LoadedRole).toBool());
    QTRY_VERIFY2(model.isRowResident(1010), qPrintable(model.errorText() + QString::number(model.residentPageCount())));
    QCOMPARE(model.index(1010, 0).data().toString(), key);
    QVERIFY(model.residentPageCount() <= 8);

    // To the end: exactly every item once.
    // (A last full page still carries a LastEvaluatedKey; one more, empty page ends it.)
    QVERIFY(!fetchUntil(model, 100001));
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(model.rowCount(), 100000);
    QVERIFY(!model.hasMore());
    QVERIFY(!model.canFetchMore(QModelIndex()));
    QSet<QString> keys;
    for (int row = 0; row < model.rowCount(); row += 1)
        keys.insert(QString::fromStdString(model.keyOf(row)["pk"]["S"].get<std::string>()));
    QCOMPARE(keys.size(), 100000);
    QCOMPARE(model.scannedCount(), 100000);
}

void TestItemsModel::columnsAndTypedCells() {
    auto engine = test::openMemoryEngine();
    SS_CREATE_TABLE(*engine, "typed", "id", "N", "sk", "S");
    nlohmann::json item = nlohmann::json::parse(R"({
        "id": {"N": "7"}, "sk": {"S": "a"}, "s": {"S": "text"}, "b": {"B": "SGVsbG8="},
        "t": {"BOOL": true}, "z": {"NULL": true},
        "m": {"M": {"city": {"S": "Berlin"}, "zip": {"N": "10115"}}},
        "l": {"L": [{"S": "x"}, {"N": "2"}]},
        "ss": {"SS": ["a", "b"]}, "ns": {"NS": ["1", "2"]}, "bs": {"BS": ["AA=="]}})");
    item["long"] = {{"S", std::string(5000, 'x')}};
    QVERIFY(test::callEngine(*engine, "PutItem", {{"TableName", "typed"}, {"Item", item}}).isEmpty());
    auto backend = std::make_shared<LocalBackend>(engine);
    ItemsModel model(backend);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setQuery(scanOf(sourceOf(*engine, "typed")));
    QTRY_COMPARE(model.rowCount(), 1);
    QCOMPARE(model.attributeNames().mid(0, 2), (QStringList{QStringLiteral("id"), QStringLiteral("sk")}));
    QCOMPARE(model.columnCount(), 12);
    QCOMPARE(model.columnTypeName(0), QStringLiteral("N"));

    auto cell = [&](const char* name, int role = Qt::DisplayRole) {
        return model.index(0, model.columnOf(QLatin1String(name))).data(role);
    };
    auto type = [&](const char* name) { return static_cast<ItemValueType>(cell(name, ItemsModel::TypeRole).toInt()); };
    QCOMPARE(cell("id").toString(), QStringLiteral("7"));
    QCOMPARE(type("id"), ItemValueType::N);
    QCOMPARE(cell("b").toString(), QStringLiteral("SGVsbG8="));
    QVERIFY(cell("b", Qt::ToolTipRole).toString().contains(QLatin1String("48 65 6c 6c 6f")));
    QCOMPARE(type("t"), ItemValueType::Bool);
    QCOMPARE(cell("t").toString(), QStringLiteral("true"));
    QCOMPARE(type("z"), ItemValueType::Null);
    QCOMPARE(cell("m").toString(), QStringLiteral("{\"city\": \"Berlin\", \"zip\": 10115}"));
    QCOMPARE(type("m"), ItemValueType::M);
    QCOMPARE(cell("l").toString(), QStringLiteral("[\"x\", 2]"));
    QCOMPARE(cell("ss").toString(), QStringLiteral("[\"a\", \"b\"]"));
    QCOMPARE(cell("ns").toString(), QStringLiteral("[1, 2]"));
    QCOMPARE(type("bs"), ItemValueType::BS);
    // Long values are cut previews.
    QVERIFY(cell("long").toString().size() <= ItemsModel::kPreviewChars + 1);
    QVERIFY(cell("long", ItemsModel::TruncatedRole).toBool());
    SS_COMPARE_JSON(model.keyOf(0), (nlohmann::json{{"id", {{"N", "7"}}}, {"sk", {{"S", "a"}}}}));
}

void TestItemsModel::dropsStaleAnswers() {
    auto backend = std::make_shared<test::FakeBackend>();
    ItemsModel model(backend);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ItemsSource source;
    source.tableName = QStringLiteral("t");
    source.partitionKey = {QStringLiteral("pk"), QStringLiteral("S")};
    source.tablePartitionKey = source.partitionKey;

    model.setQuery(scanOf(source));
    QCOMPARE(backend->requests(QStringLiteral("Scan")).size(), 1);
    const quint64 first = backend->requests().front().id;
    ItemsQuery filtered = scanOf(source);
    filtered.filters.append(filterOf(QStringLiteral("kind"), QStringLiteral("red")));
    model.setQuery(filtered);
    QCOMPARE(backend->requests(QStringLiteral("Scan")).size(), 2);
    const quint64 second = backend->requests().back().id;
    QVERIFY(backend->requests().back().body.contains("FilterExpression"));

    // The new query answers first; the old one's late answer must not land.
    backend->answer(second, {{"Items", {{{"pk", {{"S", "new"}}}}}}, {"Count", 1}, {"ScannedCount", 1}});
    QCOMPARE(model.rowCount(), 1);
    backend->answer(first, {{"Items", {{{"pk", {{"S", "old-1"}}}}, {{"pk", {{"S", "old-2"}}}}}},
                            {"LastEvaluatedKey", {{"pk", {{"S", "old-2"}}}}}});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("new"));
    QVERIFY(!model.hasMore());

    // An error is shown, and stops paging.
    QSignalSpy errors(&model, &ItemsModel::errorOccurred);
    model.reload();
    backend->fail(backend->requests().back().id, QStringLiteral("ValidationException"), QStringLiteral("bad filter"));
    QCOMPARE(errors.size(), 1);
    QVERIFY(model.errorText().contains(QLatin1String("bad filter")));
    QVERIFY(!model.canFetchMore(QModelIndex()));
}

void TestItemsModel::keepsFetchingWhileAFilterMatchesLittle() {
    auto engine = test::openMemoryEngine();
    SS_CREATE_TABLE(*engine, "sparse", "pk");
    fill(*engine, "sparse", 3000);
    auto backend = std::make_shared<LocalBackend>(engine);
    ItemsModel model(backend);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(100);
    ItemsQuery query = scanOf(sourceOf(*engine, "sparse"));
    query.filters.append(filterOf(QStringLiteral("n"), QStringLiteral(">=2990"), QStringLiteral("N")));
    model.setQuery(query);
    // 30 pages of 100 evaluated items hold 10 matches: one fetch keeps requesting
    // pages rather than showing an empty view, but stops at its request budget.
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(model.scannedCount(), 2500);
    QVERIFY(model.hasMore());
    QVERIFY(model.canFetchMore(QModelIndex()));
    QVERIFY(model.rowCount() < 10);
    QVERIFY(fetchUntil(model, 10));
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(model.scannedCount(), 3000);
    QVERIFY(!model.hasMore());
    // The filtered attribute is a column from the start.
    QVERIFY(model.columnOf(QStringLiteral("n")) >= 0);
}

void TestItemsModel::filtersBecomeAFilterExpression() {
    // The request, exactly.
    ItemsSource source;
    source.tableName = QStringLiteral("t");
    source.partitionKey = {QStringLiteral("pk"), QStringLiteral("S")};
    source.tablePartitionKey = source.partitionKey;
    ItemsQuery query = scanOf(source);
    query.filters = {filterOf(QStringLiteral("n"), QStringLiteral("10..20"), QStringLiteral("N")),
                     filterOf(QStringLiteral("name"), QStringLiteral("^ab")),
                     filterOf(QStringLiteral("size"), QStringLiteral("!*"))};
    nlohmann::json request;
    QString error;
    QVERIFY2(query.build(&request, &error), qPrintable(error));
    QCOMPARE(request["FilterExpression"].get<std::string>(),
             "#n0 BETWEEN :v0 AND :v1 AND begins_with(#n1, :v2) AND attribute_not_exists(#n2)");
    SS_COMPARE_JSON(request["ExpressionAttributeNames"],
                    (nlohmann::json{{"#n0", "n"}, {"#n1", "name"}, {"#n2", "size"}}));
    SS_COMPARE_JSON(request["ExpressionAttributeValues"],
             (nlohmann::json{{":v0", {{"N", "10"}}}, {":v1", {{"N", "20"}}}, {":v2", {{"S", "ab"}}}}));
    QVERIFY(!request.contains("KeyConditionExpression"));

    // And through the engine: only matching items come back.
    auto engine = test::openMemoryEngine();
    SS_CREATE_TABLE(*engine, "filtered", "pk");
    fill(*engine, "filtered", 300);
    auto backend = std::make_shared<LocalBackend>(engine);
    ItemsModel model(backend);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ItemsQuery engineQuery = scanOf(sourceOf(*engine, "filtered"));
    engineQuery.filters = {filterOf(QStringLiteral("n"), QStringLiteral("<30"), QStringLiteral("N")),
                           filterOf(QStringLiteral("kind"), QStringLiteral("red"), QStringLiteral("S")),
                           filterOf(QStringLiteral("extra"), QStringLiteral("*"))};
    model.setQuery(engineQuery);
    QVERIFY(fetchUntil(model, 1000) || !model.hasMore());
    QTRY_VERIFY(!model.isLoading());
    // n < 30, n % 3 == 0 (red) and n % 10 == 0 (extra): 0 and ... only multiples of 30 below 30.
    QCOMPARE(column(model, QStringLiteral("n")), QStringList{QStringLiteral("0")});

    // Number filters are checked with the engine's number parser.
    ItemsFilter bad;
    QVERIFY(!ItemsFilter::parse(QStringLiteral("n"), QStringLiteral(">1e999"), QStringLiteral("N"), &bad, &error));
    QVERIFY2(error.contains(QLatin1String("not a number")), qPrintable(error));
    QVERIFY(ItemsFilter::parse(QStringLiteral("n"), QStringLiteral("\"abc\""), QStringLiteral("N"), &bad, &error));
    SS_COMPARE_JSON(bad.value, (nlohmann::json{{"S", "abc"}}));
}

void TestItemsModel::queriesWithSortKeyRanges_data() {
    QTest::addColumn<int>("op");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("value2");
    QTest::addColumn<bool>("forward");
    QTest::addColumn<QStringList>("expected");
    auto list = [](std::initializer_list<int> values) {
        QStringList out;
        for (int v : values)
            out.append(QString::number(v));
        return out;
    };
    using Op = ItemsQuery::SortOp;
    QTest::newRow("all") << int(Op::None) << QString() << QString() << true << list({0, 1, 2, 3, 4, 5, 6, 7, 8, 9});
    QTest::newRow("descending") << int(Op::None) << QString() << QString() << false
                                << list({9, 8, 7, 6, 5, 4, 3, 2, 1, 0});
    QTest::newRow("=") << int(Op::Equal) << QStringLiteral("4") << QString() << true << list({4});
    QTest::newRow("<") << int(Op::Less) << QStringLiteral("3") << QString() << true << list({0, 1, 2});
    QTest::newRow("<=") << int(Op::LessEqual) << QStringLiteral("3") << QString() << true << list({0, 1, 2, 3});
    QTest::newRow(">") << int(Op::Greater) << QStringLiteral("7") << QString() << true << list({8, 9});
    QTest::newRow(">=") << int(Op::GreaterEqual) << QStringLiteral("7") << QString() << false << list({9, 8, 7});
    QTest::newRow("between") << int(Op::Between) << QStringLiteral("2") << QStringLiteral("5") << true
                             << list({2, 3, 4, 5});
}

void TestItemsModel::queriesWithSortKeyRanges() {
    QFETCH(int, op);
    QFETCH(QString, value);
    QFETCH(QString, value2);
    QFETCH(bool, forward);
    QFETCH(QStringList, expected);
    auto engine = test::openMemoryEngine();
    SS_CREATE_TABLE(*engine, "queried", "pk", "S", "sk", "N");
    fill(*engine, "queried", 30, 3);  // partitions p0..p2, sort keys 0..9 each
    auto backend = std::make_shared<LocalBackend>(engine);
    ItemsModel model(backend);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(3);  // several pages, in order across page boundaries
    ItemsQuery query = scanOf(sourceOf(*engine, "queried"));
    query.mode = ItemsQuery::Mode::Query;
    query.partitionValue = QStringLiteral("p1");
    query.sortOp = static_cast<ItemsQuery::SortOp>(op);
    query.sortValue = value;
    query.sortValue2 = value2;
    query.forward = forward;
    model.setQuery(query);
    QTRY_VERIFY(!model.isLoading());
    fetchUntil(model, 100);
    QCOMPARE(column(model, QStringLiteral("sk")), expected);
    QCOMPARE(column(model, QStringLiteral("pk")), QStringList(expected.size(), QStringLiteral("p1")));
}

void TestItemsModel::keyFiltersOfAQueryGoToTheKeyCondition() {
    ItemsSource source;
    source.tableName = QStringLiteral("t");
    source.partitionKey = {QStringLiteral("pk"), QStringLiteral("S")};
    source.sortKey = KeyAttribute{QStringLiteral("sk"), QStringLiteral("N")};
    source.tablePartitionKey = source.partitionKey;
    source.tableSortKey = source.sortKey;
    ItemsQuery query = scanOf(source);
    query.mode = ItemsQuery::Mode::Query;
    query.filters = {filterOf(QStringLiteral("pk"), QStringLiteral("p1"), QStringLiteral("S")),
                     filterOf(QStringLiteral("sk"), QStringLiteral(">=5"), QStringLiteral("N")),
                     filterOf(QStringLiteral("kind"), QStringLiteral("red"))};
    nlohmann::json request;
    QString error;
    QVERIFY2(query.build(&request, &error), qPrintable(error));
    QCOMPARE(request["KeyConditionExpression"].get<std::string>(), "#n0 = :v0 AND #n1 >= :v1");
    QCOMPARE(request["FilterExpression"].get<std::string>(), "#n2 = :v2");
    SS_COMPARE_JSON(request["ExpressionAttributeNames"],
                    (nlohmann::json{{"#n0", "pk"}, {"#n1", "sk"}, {"#n2", "kind"}}));
    SS_COMPARE_JSON(request["ExpressionAttributeValues"][":v1"], (nlohmann::json{{"N", "5"}}));

    // Conditions DynamoDB cannot express on keys are refused, saying why.
    ItemsQuery contains = query;
    contains.filters = {filterOf(QStringLiteral("sk"), QStringLiteral("<>5"), QStringLiteral("N"))};
    contains.partitionValue = QStringLiteral("p1");
    QVERIFY(!contains.build(&request, &error));
    QVERIFY2(error.contains(QLatin1String("sort key")) && error.contains(QLatin1String("=, <, <=")), qPrintable(error));
    ItemsQuery twice = contains;
    twice.filters = {filterOf(QStringLiteral("sk"), QStringLiteral("5"), QStringLiteral("N"))};
    twice.sortOp = ItemsQuery::SortOp::Less;
    twice.sortValue = QStringLiteral("3");
    QVERIFY(!twice.build(&request, &error));
    QVERIFY2(error.contains(QLatin1String("already has a condition")), qPrintable(error));
    ItemsQuery range = contains;
    range.filters = {filterOf(QStringLiteral("pk"), QStringLiteral(">a"), QStringLiteral("S"))};
    QVERIFY(!range.build(&request, &error));
    QVERIFY2(error.contains(QLatin1String("exact value")), qPrintable(error));
    ItemsQuery contradiction = contains;
    contradiction.filters = {filterOf(QStringLiteral("pk"), QStringLiteral("p2"), QStringLiteral("S"))};
    QVERIFY(!contradiction.build(&request, &error));
    QVERIFY2(error.contains(QLatin1String("contradicts")), qPrintable(error));
    ItemsQuery noPartition = scanOf(source);
    noPartition.mode = ItemsQuery::Mode::Query;
    QVERIFY(!noPartition.build(&request, &error));
    QVERIFY2(error.contains(QLatin1String("partition key value")), qPrintable(error));
    ItemsQuery badNumber = noPartition;
    badNumber.partitionValue = QStringLiteral("p");
    badNumber.sortOp = ItemsQuery::SortOp::Equal;
    badNumber.sortValue = QStringLiteral("x");
    QVERIFY(!badNumber.build(&request, &error));
    QVERIFY2(error.contains(QLatin1String("is a number")), qPrintable(error));

    // A Scan keeps key filters in the FilterExpression.
    ItemsQuery scan = query;
    scan.mode = ItemsQuery::Mode::Scan;
    QVERIFY(scan.build(&request, &error));
    QVERIFY(!request.contains("KeyConditionExpression"));
    QCOMPARE(request["FilterExpression"].get<std::string>(), "#n0 = :v0 AND #n1 >= :v1 AND #n2 = :v2");
}

void TestItemsModel::showsTheEnginesErrorForIndexReads() {
    auto engine = test::openMemoryEngine();
    nlohmann::json create = test::createTableRequest("idx", "pk");
    create["AttributeDefinitions"].push_back({{"AttributeName", "status"}, {"AttributeType", "S"}});
    create["GlobalSecondaryIndexes"] = {{{"IndexName", "byStatus"},
                                         {"KeySchema", {{{"AttributeName", "status"}, {"KeyType", "HASH"}}}},
                                         {"Projection", {{"ProjectionType", "ALL"}}}}};
    QVERIFY(test::callEngine(*engine, "CreateTable", create).isEmpty());
    nlohmann::json described;
    QVERIFY(test::callEngine(*engine, "DescribeTable", {{"TableName", "idx"}}, &described).isEmpty());
    const QList<ItemsSource> sources = ItemsSource::fromDescription(TableDescription::fromDescribeTable(described));
    QCOMPARE(sources.size(), 2);
    QCOMPARE(sources.at(1).indexName, QStringLiteral("byStatus"));
    QCOMPARE(sources.at(1).keyAttributeNames(), (QStringList{QStringLiteral("status"), QStringLiteral("pk")}));

    auto backend = std::make_shared<LocalBackend>(engine);
    ItemsModel model(backend);
    model.setQuery(scanOf(sources.at(1)));
    QTRY_VERIFY(!model.isLoading());
    // Whatever the engine answers (rows, or its error while index reads are not
    // there), the model shows it: no rows without an error, no error without text.
    const auto direct = engine->call("Scan", {{"TableName", "idx"}, {"IndexName", "byStatus"}, {"Limit", 200}});
    if (direct.ok()) {
        QVERIFY(model.errorText().isEmpty());
    } else {
        QVERIFY2(model.errorText().contains(QString::fromStdString(direct.error().message())),
                 qPrintable(model.errorText()));
    }
}

void TestItemsModel::removesAndRefreshesRows() {
    auto engine = test::openMemoryEngine();
    SS_CREATE_TABLE(*engine, "removals", "pk");
    fill(*engine, "removals", 50);
    auto backend = std::make_shared<LocalBackend>(engine);
    ItemsModel model(backend);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(10);
    model.setQuery(scanOf(sourceOf(*engine, "removals")));
    QVERIFY(fetchUntil(model, 50));
    const nlohmann::json keep = model.keyOf(12);
    const nlohmann::json gone = model.keyOf(11);
    // Deleted from the table, then from the model: across a page boundary, and a whole page.
    const QList<int> removed{11, 9, 10, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39};
    for (int row : removed)
        QVERIFY(test::callEngine(*engine, "DeleteItem", {{"TableName", "removals"}, {"Key", model.keyOf(row)}})
                    .isEmpty());
    model.removeItemRows(removed);
    QCOMPARE(model.rowCount(), 37);
    SS_COMPARE_JSON(model.keyOf(9), keep);
    QCOMPARE(model.pageCount(), 4);
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(model.keyOf(row) != gone);

    // An edit made elsewhere shows after refreshRows().
    const std::string pk = keep["pk"]["S"].get<std::string>();
    QVERIFY(test::callEngine(*engine, "UpdateItem",
                             {{"TableName", "removals"},
                              {"Key", keep},
                              {"UpdateExpression", "SET kind = :k"},
                              {"ExpressionAttributeValues", {{":k", {{"S", "green"}}}}}})
                .isEmpty());
    model.refreshRows({9});
    QTRY_COMPARE(model.index(9, model.columnOf(QStringLiteral("kind"))).data().toString(), QStringLiteral("green"));
    SS_COMPARE_JSON(model.keyOf(9), keep);
}

QTEST_MAIN(TestItemsModel)
#include "tst_items_model.moc"
