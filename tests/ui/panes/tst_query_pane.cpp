// Tests ui/panes/query_pane.cpp with its builder, row models, result model,
// code view, history and saved operations: a built Query and a built
// UpdateItem run against a real engine with results and consumed capacity;
// the engine parser's exact message while typing; generated code in four
// languages; a transaction; stale answers dropped; history and saved
// operations surviving a new pane; and the pane's place in the main window.
#include "../fake_backend.h"
#include "../ui_test_support.h"

#include "backend/local_backend.h"
#include "main_window.h"
#include "models/query_history_model.h"
#include "models/query_result_model.h"
#include "models/query_row_model.h"
#include "models/saved_operations_model.h"
#include "models/table_description.h"
#include "panes/query_builder.h"
#include "panes/query_code_view.h"
#include "panes/query_pane.h"
#include "panes/table_list_pane.h"
#include "panes/table_workspace.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStringListModel>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace shardscope;
using namespace shardscope::ui;
using nlohmann::json;

namespace {

template <typename T>
T* child(const QWidget& parent, const char* name) {
    T* widget = parent.findChild<T*>(QLatin1String(name));
    if (!widget) qFatal("no child %s", name);
    return widget;
}

TableDescription describe(engine::Engine& engine, const char* table) {
    json described;
    const QString error = test::callEngine(engine, "DescribeTable", {{"TableName", table}}, &described);
    if (!error.isEmpty()) qFatal("describe: %s", qPrintable(error));
    return TableDescription::fromDescribeTable(described);
}

std::shared_ptr<engine::Engine> ordersEngine() {
    auto engine = test::openMemoryEngine();
    test::callEngine(*engine, "CreateTable", test::createTableRequest("Orders", "PK", "S", "SK"));
    for (int i = 1; i <= 4; ++i) {
        const json item = {{"PK", {{"S", "c#1"}}},
                           {"SK", {{"S", "order#" + std::to_string(i)}}},
                           {"status", {{"S", i % 2 ? "open" : "shipped"}}},
                           {"total", {{"N", std::to_string(i * 10)}}}};
        test::callEngine(*engine, "PutItem", {{"TableName", "Orders"}, {"Item", item}});
    }
    test::callEngine(*engine, "PutItem",
                     {{"TableName", "Orders"}, {"Item", {{"PK", {{"S", "c#2"}}}, {"SK", {{"S", "order#1"}}}}}});
    return engine;
}

void setRow(QueryRowModel* model, int row, QueryRowModel::Column column, const QString& value) {
    QVERIFY(model->setData(model->index(row, model->visualColumn(column)), value));
}

}  // namespace

class TestQueryPane : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void runsABuiltQuery();
    void runsABuiltUpdateItem();
    void showsTheParsersExactMessageWhileTyping();
    void generatesCodeInFourLanguages();
    void runsATransaction();
    void dropsStaleAnswers();
    void historyAndSavedOperationsSurviveANewPane();
    void isATabOfTheMainWindow();

private:
    QTemporaryDir m_store;
};

void TestQueryPane::initTestCase() {
    test::isolateSettings("tst_query_pane");
    QVERIFY(m_store.isValid());
}

void TestQueryPane::runsABuiltQuery() {
    auto engine = ordersEngine();
    QueryPane pane(std::make_shared<LocalBackend>(engine), nullptr, m_store.filePath(QStringLiteral("query")));
    const TableDescription table = describe(*engine, "Orders");
    pane.showTable(&table);
    pane.show();
    QueryBuilder* builder = pane.builder();
    builder->setOperation(QStringLiteral("Query"));
    child<QLineEdit>(*builder, "partitionValueEdit")->setText(QStringLiteral("c#1"));
    auto* sortOp = child<QComboBox>(*builder, "sortOpCombo");
    sortOp->setCurrentIndex(sortOp->findData(QStringLiteral("begins_with")));
    QTest::keyClicks(child<QLineEdit>(*builder, "sortValueEdit"), QStringLiteral("order#"));
    QTest::mouseClick(child<QPushButton>(*builder, "addConditionButton"), Qt::LeftButton);
    QueryRowModel* filter = builder->conditionModel();
    setRow(filter, 0, QueryRowModel::Attribute, QStringLiteral("status"));
    setRow(filter, 0, QueryRowModel::Value, QStringLiteral("open"));
    auto* capacity = child<QComboBox>(*builder, "consumedCapacityCombo");
    capacity->setCurrentIndex(capacity->findData(QStringLiteral("INDEXES")));

    pane.validateNow();
    QVERIFY2(pane.validationText().isEmpty(), qPrintable(pane.validationText()));
    const json request = pane.currentRequest();
    QCOMPARE(QString::fromStdString(request["KeyConditionExpression"].get<std::string>()),
             QStringLiteral("#PK = :PK AND begins_with(#SK, :SK)"));
    QCOMPARE(QString::fromStdString(request["FilterExpression"].get<std::string>()),
             QStringLiteral("#status = :status"));

    QSignalSpy finished(&pane, &QueryPane::runFinished);
    QTest::mouseClick(child<QPushButton>(pane, "runButton"), Qt::LeftButton);
    QVERIFY(pane.isRunning());
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished[0][0].toBool(), true);
    QCOMPARE(pane.resultModel()->rowCount(), 2);
    QCOMPARE(pane.resultModel()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("PK"));
    QCOMPARE(pane.resultModel()->headerData(1, Qt::Horizontal).toString(), QStringLiteral("SK"));
    QVERIFY2(pane.statusText().startsWith(QLatin1String("2 items of 4 scanned")), qPrintable(pane.statusText()));
    QVERIFY2(pane.consumedCapacityText().startsWith(QLatin1String("Consumed: Orders: ")),
             qPrintable(pane.consumedCapacityText()));
    QVERIFY2(pane.consumedCapacityText().contains(QLatin1String("RCU (table ")),
             qPrintable(pane.consumedCapacityText()));
    QVERIFY(pane.responseText().contains(QLatin1String("\"ConsumedCapacity\"")));
    QCOMPARE(pane.historyModel()->rowCount(), 1);
    QVERIFY(pane.historyModel()->entry(0).ok);

    // Ctrl+Enter (the keypad's, like Ctrl+Return) runs it again from any field of the pane.
    QVERIFY(QTest::qWaitForWindowActive(&pane));
    auto* partition = child<QLineEdit>(*builder, "partitionValueEdit");
    partition->setFocus();
    QTest::keyClick(partition, Qt::Key_Enter, Qt::ControlModifier);
    QTRY_COMPARE(finished.count(), 2);
    QCOMPARE(pane.historyModel()->rowCount(), 2);

    // Attribute names seen in results complete further rows.
    QVERIFY(builder->attributeNames()->stringList().contains(QStringLiteral("total")));
}

void TestQueryPane::runsABuiltUpdateItem() {
    auto engine = ordersEngine();
    QueryPane pane(std::make_shared<LocalBackend>(engine), nullptr, m_store.filePath(QStringLiteral("update")));
    const TableDescription table = describe(*engine, "Orders");
    pane.showTable(&table);
    QueryBuilder* builder = pane.builder();
    builder->setOperation(QStringLiteral("UpdateItem"));
    child<QLineEdit>(*builder, "partitionValueEdit")->setText(QStringLiteral("c#1"));
    child<QLineEdit>(*builder, "sortValueEdit")->setText(QStringLiteral("order#1"));
    QueryRowModel* updates = builder->updateModel();
    updates->addRow(QStringLiteral("total"));
    setRow(updates, 0, QueryRowModel::Operator, QStringLiteral("INCREMENT"));
    setRow(updates, 0, QueryRowModel::Type, QStringLiteral("N"));
    setRow(updates, 0, QueryRowModel::Value, QStringLiteral("5"));
    updates->addRow(QStringLiteral("status"));
    setRow(updates, 1, QueryRowModel::Value, QStringLiteral("paid"));
    builder->conditionModel()->addRow(QStringLiteral("status"));
    setRow(builder->conditionModel(), 0, QueryRowModel::Value, QStringLiteral("open"));
    auto* returnValues = child<QComboBox>(*builder, "returnValuesCombo");
    returnValues->setCurrentIndex(returnValues->findData(QStringLiteral("ALL_NEW")));

    QSignalSpy finished(&pane, &QueryPane::runFinished);
    pane.run();
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY2(finished[0][0].toBool(), qPrintable(pane.statusText()));
    QCOMPARE(pane.resultModel()->rowCount(), 1);
    const int totalColumn = pane.resultModel()->attributes().indexOf(QStringLiteral("total"));
    QVERIFY(totalColumn >= 0);
    QCOMPARE(pane.resultModel()->index(0, totalColumn).data().toString(), QStringLiteral("15"));
    QVERIFY2(pane.consumedCapacityText().contains(QLatin1String("WCU")), qPrintable(pane.consumedCapacityText()));
    json item;
    QVERIFY(test::callEngine(*engine, "GetItem",
                             {{"TableName", "Orders"}, {"Key", {{"PK", {{"S", "c#1"}}}, {"SK", {{"S", "order#1"}}}}}},
                             &item)
                .isEmpty());
    QCOMPARE(QString::fromStdString(item["Item"]["status"]["S"].get<std::string>()), QStringLiteral("paid"));

    // The condition no longer holds: the engine's ConditionalCheckFailedException is the result.
    pane.run();
    QTRY_COMPARE(finished.count(), 2);
    QCOMPARE(finished[1][0].toBool(), false);
    QVERIFY2(
        pane.statusText().startsWith(QLatin1String("ConditionalCheckFailedException: The conditional request failed")),
        qPrintable(pane.statusText()));
    QCOMPARE(pane.historyModel()->rowCount(), 2);
    QVERIFY(!pane.historyModel()->entry(0).ok);
}

void TestQueryPane::showsTheParsersExactMessageWhileTyping() {
    auto engine = ordersEngine();
    QueryPane pane(std::make_shared<LocalBackend>(engine), nullptr, m_store.filePath(QStringLiteral("typing")));
    const TableDescription table = describe(*engine, "Orders");
    pane.showTable(&table);
    QueryBuilder* builder = pane.builder();
    builder->setOperation(QStringLiteral("Scan"));
    child<QCheckBox>(*builder, "rawModeCheck")->setChecked(true);
    pane.validateNow();
    QVERIFY2(pane.validationText().isEmpty(), qPrintable(pane.validationText()));  // a plain Scan
    auto expectEngine = [&](const json& request) {
        json body = request;
        body["TableName"] = "Orders";
        auto direct = engine->call("Scan", body);
        QVERIFY(!direct.ok());
        QCOMPARE(pane.validationText(),
                 QStringLiteral("%1: %2").arg(QString::fromStdString(std::string(direct.error().name())),
                                              QString::fromStdString(direct.error().message())));
    };

    // An incomplete comparison, as the engine's parser sees it.
    auto* filter = child<QLineEdit>(*builder, "conditionExpressionEdit");
    QTest::keyClicks(filter, QStringLiteral("total >"));
    QVERIFY(pane.validationText().isEmpty());  // debounced: nothing yet
    QTRY_VERIFY(!pane.validationText().isEmpty());
    expectEngine({{"FilterExpression", "total >"}});
    QCOMPARE(child<QLabel>(pane, "queryValidationLabel")->text(), pane.validationText());

    // A syntax error, then an unused value: each time the engine's own words.
    filter->clear();
    child<QPlainTextEdit>(*builder, "namesEdit")->setPlainText(QStringLiteral(R"({"#t": "total"})"));
    QTest::keyClicks(filter, QStringLiteral("#t >"));
    pane.validateNow();
    expectEngine({{"FilterExpression", "#t >"}, {"ExpressionAttributeNames", {{"#t", "total"}}}});
    QTest::keyClicks(filter, QStringLiteral(" :min"));
    auto* values = child<QPlainTextEdit>(*builder, "valuesEdit");
    values->setPlainText(QStringLiteral(R"({":min": {"N": "15"}, ":unused": {"S": "x"}})"));
    pane.validateNow();
    expectEngine({{"FilterExpression", "#t > :min"},
                  {"ExpressionAttributeNames", {{"#t", "total"}}},
                  {"ExpressionAttributeValues", {{":min", {{"N", "15"}}}, {":unused", {{"S", "x"}}}}}});

    values->setPlainText(QStringLiteral(R"({":min": {"N": "15"}})"));
    filter->setText(QStringLiteral("total > :min"));  // a reserved word, as the engine's parser knows them
    pane.validateNow();
    expectEngine({{"FilterExpression", "total > :min"},
                  {"ExpressionAttributeNames", {{"#t", "total"}}},
                  {"ExpressionAttributeValues", {{":min", {{"N", "15"}}}}}});
    QVERIFY(pane.validationText().contains(QLatin1String("reserved keyword")));
    filter->setText(QStringLiteral("#t > :min"));
    pane.validateNow();
    QVERIFY2(pane.validationText().isEmpty(), qPrintable(pane.validationText()));
    QSignalSpy finished(&pane, &QueryPane::runFinished);
    pane.run();
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(pane.resultModel()->rowCount(), 3);  // totals 20, 30, 40

    // Input the builder cannot turn into a value never reaches the engine.
    values->setPlainText(QStringLiteral("{oops"));
    pane.validateNow();
    QVERIFY(pane.validationText().contains(QLatin1String("ExpressionAttributeValues is not valid JSON")));
    QVERIFY(!child<QPushButton>(pane, "runButton")->isEnabled());
}

void TestQueryPane::generatesCodeInFourLanguages() {
    auto engine = ordersEngine();
    QueryPane pane(std::make_shared<LocalBackend>(engine), nullptr, m_store.filePath(QStringLiteral("code")));
    pane.setEndpointUrl(QStringLiteral("http://127.0.0.1:8123"));
    const TableDescription table = describe(*engine, "Orders");
    pane.showTable(&table);
    QueryBuilder* builder = pane.builder();
    builder->setOperation(QStringLiteral("GetItem"));
    child<QLineEdit>(*builder, "partitionValueEdit")->setText(QStringLiteral("c#1"));
    child<QLineEdit>(*builder, "sortValueEdit")->setText(QStringLiteral("order#2"));
    child<QLineEdit>(*builder, "projectionEdit")->setText(QStringLiteral("total, status"));
    pane.validateNow();
    QueryCodeView* code = pane.codeView();
    const QString python = code->code(tools::Language::Python);
    QVERIFY2(python.contains(QLatin1String("response = client.get_item(\n    TableName=\"Orders\",")),
             qPrintable(python));
    QVERIFY(python.contains(QLatin1String("endpoint_url=\"http://127.0.0.1:8123\"")));
    QVERIFY(python.contains(QLatin1String("ProjectionExpression=\"#total, #status\"")));
    const QString js = code->code(tools::Language::JavaScript);
    QVERIFY2(js.contains(QLatin1String("new GetItemCommand({")), qPrintable(js));
    QVERIFY(js.contains(QLatin1String("Key: { PK: { S: \"c#1\" }, SK: { S: \"order#2\" } },")));
    const QString java = code->code(tools::Language::Java);
    QVERIFY2(java.contains(QLatin1String("GetItemRequest request = GetItemRequest.builder()")), qPrintable(java));
    QVERIFY(java.contains(QLatin1String(".projectionExpression(\"#total, #status\")")));
    const QString cli = code->code(tools::Language::AwsCli);
    QVERIFY2(cli.startsWith(QLatin1String("aws dynamodb get-item \\\n    --table-name Orders \\\n")), qPrintable(cli));
    QVERIFY(cli.contains(QLatin1String("--endpoint-url http://127.0.0.1:8123")));
    // The code tabs show it, and Copy puts the shown language on the clipboard.
    code->setCurrentIndex(3);
    QTest::mouseClick(child<QToolButton>(*code, "copyCodeButton"), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), cli);
    QCOMPARE(child<QPlainTextEdit>(*code, "pythonCode")->toPlainText(), python);
}

void TestQueryPane::runsATransaction() {
    auto engine = ordersEngine();
    QueryPane pane(std::make_shared<LocalBackend>(engine), nullptr, m_store.filePath(QStringLiteral("transaction")));
    const TableDescription table = describe(*engine, "Orders");
    pane.showTable(&table);
    pane.show();
    QueryBuilder* builder = pane.builder();
    builder->setOperation(QStringLiteral("TransactWriteItems"));
    pane.validateNow();
    QVERIFY(pane.validationText().contains(QLatin1String("Add at least one action")));
    auto* action = child<QComboBox>(*builder, "actionCombo");
    action->setCurrentIndex(action->findData(QStringLiteral("PutItem")));
    child<QLineEdit>(*builder, "partitionValueEdit")->setText(QStringLiteral("c#3"));
    child<QLineEdit>(*builder, "sortValueEdit")->setText(QStringLiteral("order#1"));
    child<QPlainTextEdit>(*builder, "itemEdit")->setPlainText(QStringLiteral(R"({"total": {"N": "7"}})"));
    QTest::mouseClick(child<QPushButton>(*builder, "addActionButton"), Qt::LeftButton);
    action->setCurrentIndex(action->findData(QStringLiteral("DeleteItem")));
    child<QLineEdit>(*builder, "partitionValueEdit")->setText(QStringLiteral("c#2"));
    QTest::mouseClick(child<QPushButton>(*builder, "addActionButton"), Qt::LeftButton);
    QCOMPARE(builder->transactionActionCount(), 2);
    const json request = pane.currentRequest();
    QVERIFY(request["TransactItems"][0].contains("Put"));
    QVERIFY(request["TransactItems"][1].contains("Delete"));

    QSignalSpy finished(&pane, &QueryPane::runFinished);
    pane.run();
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY2(finished[0][0].toBool(), qPrintable(pane.statusText()));
    QVERIFY(pane.statusText().startsWith(QLatin1String("Transaction committed")));
    json scan;
    QVERIFY(test::callEngine(*engine, "Scan", {{"TableName", "Orders"}, {"Select", "COUNT"}}, &scan).isEmpty());
    QCOMPARE(scan["Count"].get<int>(), 5);  // 5 - 1 + 1
}

void TestQueryPane::dropsStaleAnswers() {
    auto backend = std::make_shared<test::FakeBackend>();
    QueryPane pane(backend, nullptr, m_store.filePath(QStringLiteral("stale")));
    auto engine = ordersEngine();
    const TableDescription orders = describe(*engine, "Orders");
    pane.showTable(&orders);
    pane.builder()->setOperation(QStringLiteral("Scan"));
    QSignalSpy finished(&pane, &QueryPane::runFinished);
    pane.run();
    pane.run();
    const auto scans = backend->requests(QStringLiteral("Scan"));
    QCOMPARE(scans.size(), 3);  // the sample scan and two runs
    backend->answer(scans[2].id,
                    {{"Items", json::array({{{"PK", {{"S", "new"}}}}})}, {"Count", 1}, {"ScannedCount", 1}});
    backend->answer(scans[1].id,
                    {{"Items", json::array({{{"PK", {{"S", "old"}}}}})}, {"Count", 1}, {"ScannedCount", 1}});
    QCOMPARE(finished.count(), 1);
    QCOMPARE(pane.resultModel()->index(0, 0).data().toString(), QStringLiteral("new"));

    // An answer for the previous table is dropped once another table is shown.
    pane.run();
    SS_CREATE_TABLE(*engine, "Other", "id");
    const TableDescription other = describe(*engine, "Other");
    pane.showTable(&other);
    const auto pending = backend->requests(QStringLiteral("Scan"));
    backend->answer(pending.first().id, {{"Items", json::array({{{"PK", {{"S", "late"}}}}})}, {"Count", 1}});
    QCOMPARE(finished.count(), 1);
    QCOMPARE(pane.resultModel()->rowCount(), 0);
    QVERIFY(!pane.isRunning());
}

void TestQueryPane::historyAndSavedOperationsSurviveANewPane() {
    auto engine = ordersEngine();
    auto backend = std::make_shared<LocalBackend>(engine);
    const QString store = m_store.filePath(QStringLiteral("restart"));
    const TableDescription table = describe(*engine, "Orders");
    {
        QueryPane pane(backend, nullptr, store);
        pane.showTable(&table);
        pane.builder()->setOperation(QStringLiteral("Query"));
        child<QLineEdit>(*pane.builder(), "partitionValueEdit")->setText(QStringLiteral("c#2"));
        QSignalSpy finished(&pane, &QueryPane::runFinished);
        pane.run();
        QTRY_COMPARE(finished.count(), 1);
        pane.builder()->setOperation(QStringLiteral("Scan"));
        pane.run();
        QTRY_COMPARE(finished.count(), 2);
        pane.builder()->setOperation(QStringLiteral("Query"));
        child<QLineEdit>(*pane.builder(), "partitionValueEdit")->setText(QStringLiteral("c#1"));
        pane.saveOperation(QStringLiteral("Orders of c#1"));
        QCOMPARE(pane.savedOperationsModel()->rowCount(), 1);
    }
    QueryPane pane(backend, nullptr, store);
    pane.showTable(&table);
    QCOMPARE(pane.historyModel()->rowCount(), 2);
    QCOMPARE(QString::fromStdString(pane.historyModel()->entry(0).spec.operation), QStringLiteral("Scan"));
    QCOMPARE(
        QString::fromStdString(pane.historyModel()->entry(1).spec.keyConditions.at(0).value["S"].get<std::string>()),
        QStringLiteral("c#2"));
    const int saved = pane.savedOperationsModel()->find(QStringLiteral("Orders of c#1"));
    QCOMPARE(saved, 0);

    pane.loadSavedOperation(saved);
    QCOMPARE(pane.builder()->operation(), QStringLiteral("Query"));
    QCOMPARE(child<QLineEdit>(*pane.builder(), "partitionValueEdit")->text(), QStringLiteral("c#1"));
    pane.loadHistoryEntry(1);
    QCOMPARE(child<QLineEdit>(*pane.builder(), "partitionValueEdit")->text(), QStringLiteral("c#2"));
    QSignalSpy finished(&pane, &QueryPane::runFinished);
    pane.run();
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(pane.resultModel()->rowCount(), 1);
    QCOMPARE(pane.historyModel()->rowCount(), 3);
}

void TestQueryPane::isATabOfTheMainWindow() {
    auto engine = ordersEngine();
    MainWindow window(std::make_shared<LocalBackend>(engine));
    window.show();
    QueryPane* pane = window.findChild<QueryPane*>();
    QVERIFY(pane);
    QVERIFY(window.tableWorkspace()->panes().contains(pane));
    QTRY_COMPARE(window.tableListPane()->currentTable(), QStringLiteral("Orders"));
    QTRY_VERIFY(pane->builder()->keySchema().partitionKey == "PK");
    auto* edit = window.findChild<QAction*>(QStringLiteral("editTableAction"));
    QVERIFY(edit && edit->isEnabled());
}

QTEST_MAIN(TestQueryPane)
#include "tst_query_pane.moc"
