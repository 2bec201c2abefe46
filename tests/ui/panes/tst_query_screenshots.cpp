// Renders the Query tab (a built Query run on realistic orders, its items,
// consumed capacity and generated code) in the real main window, and the
// table designer (a global index, provisioned capacity with auto scaling and
// a cost estimate), and checks that they draw what they should. With
// SHARDSCOPE_SCREENSHOT_DIR set, it also saves docs/screenshots/
// query_builder.png and table_designer.png there:
//
//   SHARDSCOPE_SCREENSHOT_DIR=docs/screenshots xvfb-run -a -s "-screen 0 1600x1100x24"
//       build/tests/ui/tst_query_screenshots -platform xcb
#include "../screenshot_support.h"
#include "../ui_test_support.h"

#include "backend/local_backend.h"
#include "dialogs/table_designer_dialog.h"
#include "dialogs/table_designer_index_model.h"
#include "main_window.h"
#include "models/query_result_model.h"
#include "models/query_row_model.h"
#include "panes/query_builder.h"
#include "panes/query_code_view.h"
#include "panes/query_pane.h"
#include "panes/table_list_pane.h"
#include "panes/table_workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace shardscope;
using namespace shardscope::ui;

namespace {

const char* const kStatuses[] = {"PENDING", "PAID", "SHIPPED", "DELIVERED"};
const char* const kCities[] = {"Berlin", "Lisbon", "Osaka", "Toronto", "Oslo"};

nlohmann::json order(int i) {
    return {{"PK", {{"S", "CUST#" + std::to_string(1000 + i % 7)}}},
            {"SK",
             {{"S", "ORDER#2024-1" + std::to_string(i % 3) + "-" + std::to_string(10 + i % 18) + "#" +
                        std::to_string(50000 + i)}}},
            {"status", {{"S", kStatuses[i % 4]}}},
            {"total", {{"N", std::to_string(19 + (i * 37) % 480) + "." + std::to_string(10 + i % 89)}}},
            {"itemCount", {{"N", std::to_string(1 + i % 4)}}},
            {"shipTo", {{"M", {{"city", {{"S", kCities[i % 5]}}}, {"zip", {{"S", std::to_string(10000 + i * 7)}}}}}}}};
}

template <typename T>
T* child(const QObject& parent, const char* name) {
    T* widget = parent.findChild<T*>(QLatin1String(name));
    if (!widget) qFatal("no child %s", name);
    return widget;
}

}  // namespace

class TestQueryScreenshots : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void queryBuilder();
    void tableDesigner();

private:
    std::shared_ptr<engine::Engine> m_engine;
    std::shared_ptr<LocalBackend> m_backend;
};

void TestQueryScreenshots::initTestCase() {
    test::isolateSettings("tst_query_screenshots");
    m_engine = test::openMemoryEngine();
    nlohmann::json create = test::createTableRequest("orders", "PK", "S", "SK", "S");
    create["AttributeDefinitions"].push_back({{"AttributeName", "status"}, {"AttributeType", "S"}});
    create["GlobalSecondaryIndexes"] = {
        {{"IndexName", "byStatus"},
         {"KeySchema",
          {{{"AttributeName", "status"}, {"KeyType", "HASH"}}, {{"AttributeName", "SK"}, {"KeyType", "RANGE"}}}},
         {"Projection", {{"ProjectionType", "ALL"}}}}};
    QVERIFY(test::callEngine(*m_engine, "CreateTable", create).isEmpty());
    SS_CREATE_TABLE(*m_engine, "customers", "PK");
    for (int i = 0; i < 120; ++i)
        QVERIFY(test::callEngine(*m_engine, "PutItem", {{"TableName", "orders"}, {"Item", order(i)}}).isEmpty());
    m_backend = std::make_shared<LocalBackend>(m_engine);
}

void TestQueryScreenshots::queryBuilder() {
    MainWindow window(m_backend);
    window.setEndpointAddress(QStringLiteral("http://127.0.0.1:8000"));
    window.resize(1480, 1040);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(window.tableListPane()->selectTable(QStringLiteral("orders")));
    child<QSplitter>(window, "mainSplitter")->setSizes({300, 1180});
    TableWorkspace* workspace = window.tableWorkspace();
    auto* pane = workspace->findChild<QueryPane*>();
    QVERIFY(pane);
    workspace->setCurrentWidget(pane);
    QTRY_VERIFY(pane->builder()->keySchema().partitionKey == "PK");

    QueryBuilder* builder = pane->builder();
    builder->setOperation(QStringLiteral("Query"));
    child<QLineEdit>(*builder, "partitionValueEdit")->setText(QStringLiteral("CUST#1003"));
    auto* sortOp = child<QComboBox>(*builder, "sortOpCombo");
    sortOp->setCurrentIndex(sortOp->findData(QStringLiteral("begins_with")));
    child<QLineEdit>(*builder, "sortValueEdit")->setText(QStringLiteral("ORDER#2024-1"));
    QueryRowModel* filter = builder->conditionModel();
    filter->addRow(QStringLiteral("total"));
    filter->setData(filter->index(0, filter->visualColumn(QueryRowModel::Operator)), QStringLiteral(">="));
    filter->setData(filter->index(0, filter->visualColumn(QueryRowModel::Type)), QStringLiteral("N"));
    filter->setData(filter->index(0, filter->visualColumn(QueryRowModel::Value)), QStringLiteral("100"));
    filter->addRow(QStringLiteral("status"));
    filter->setData(filter->index(1, filter->visualColumn(QueryRowModel::Operator)), QStringLiteral("<>"));
    filter->setData(filter->index(1, filter->visualColumn(QueryRowModel::Value)), QStringLiteral("PENDING"));
    auto* capacity = child<QComboBox>(*builder, "consumedCapacityCombo");
    capacity->setCurrentIndex(capacity->findData(QStringLiteral("INDEXES")));

    QSignalSpy finished(pane, &QueryPane::runFinished);
    QTest::mouseClick(child<QPushButton>(*pane, "runButton"), Qt::LeftButton);
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY2(finished[0][0].toBool(), qPrintable(pane->statusText()));
    QVERIFY(pane->resultModel()->rowCount() > 3);
    QVERIFY(pane->consumedCapacityText().contains(QLatin1String("RCU")));
    pane->codeView()->setCurrentIndex(0);
    QVERIFY(pane->codeView()->code(tools::Language::Python).contains(QLatin1String("client.query(")));
    child<QSplitter>(*pane, "querySplitter")->setSizes({430, 250, 330});
    auto* results = child<QTableView>(*pane, "resultView");
    results->resizeColumnsToContents();
    QTest::qWait(200);

    const QImage image = window.grab().toImage();
    QVERIFY(!image.isNull());
    QVERIFY(test::distinctColours(image) > 200);
    QVERIFY(test::distinctColours(results->viewport()->grab().toImage()) > 20);
    test::saveScreenshot(image, "query_builder.png");
}

void TestQueryScreenshots::tableDesigner() {
    QWidget parent;
    auto* dialog = new TableDesignerDialog(m_backend, &parent);
    dialog->resize(1240, 760);
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    child<QLineEdit>(*dialog, "tableNameEdit")->setText(QStringLiteral("shop"));
    child<QLineEdit>(*dialog, "partitionKeyEdit")->setText(QStringLiteral("PK"));
    child<QLineEdit>(*dialog, "sortKeyEdit")->setText(QStringLiteral("SK"));
    QTest::mouseClick(child<QPushButton>(*dialog, "addGlobalIndexButton"), Qt::LeftButton);
    auto* indexes = qobject_cast<TableDesignerIndexModel*>(child<QTableView>(*dialog, "globalIndexView")->model());
    indexes->setData(indexes->index(0, TableDesignerIndexModel::Name), QStringLiteral("byStatus"));
    indexes->setData(indexes->index(0, TableDesignerIndexModel::PartitionKey), QStringLiteral("status"));
    indexes->setData(indexes->index(0, TableDesignerIndexModel::SortKey), QStringLiteral("createdAt"));
    indexes->setData(indexes->index(0, TableDesignerIndexModel::SortType), QStringLiteral("N"));
    indexes->setData(indexes->index(0, TableDesignerIndexModel::Projection), QStringLiteral("INCLUDE"));
    indexes->setData(indexes->index(0, TableDesignerIndexModel::NonKeyAttributes), QStringLiteral("total, customer"));
    child<QRadioButton>(*dialog, "provisionedRadio")->setChecked(true);
    child<QSpinBox>(*dialog, "readCapacitySpin")->setValue(25);
    child<QSpinBox>(*dialog, "writeCapacitySpin")->setValue(10);
    child<QCheckBox>(*dialog, "autoScalingCheck")->setChecked(true);
    child<QSpinBox>(*dialog, "readMaxSpin")->setValue(400);
    child<QSpinBox>(*dialog, "writeMaxSpin")->setValue(200);
    child<QDoubleSpinBox>(*dialog, "readsPerSecondSpin")->setValue(120);
    child<QDoubleSpinBox>(*dialog, "writesPerSecondSpin")->setValue(30);
    child<QDoubleSpinBox>(*dialog, "itemSizeSpin")->setValue(1.5);
    child<QDoubleSpinBox>(*dialog, "itemCountSpin")->setValue(2000000);
    child<QTabWidget>(*dialog, "designTabs")->setCurrentIndex(2);
    QTRY_VERIFY(dialog->isDesignAccepted());
    QVERIFY(child<QLabel>(*dialog, "estimateLabel")->text().contains(QLatin1String("Index byStatus")));
    QTest::qWait(200);

    const QImage image = dialog->grab().toImage();
    QVERIFY(test::distinctColours(image) > 100);
    test::saveScreenshot(image, "table_designer.png");
    dialog->reject();
}

QTEST_MAIN(TestQueryScreenshots)
#include "tst_query_screenshots.moc"
