// Renders the Items tab and the item editor with realistic data (nested maps,
// lists, sets, binaries, booleans, nulls) in the real main window and checks
// that they draw what they should. With SHARDSCOPE_SCREENSHOT_DIR set, it also
// saves docs/screenshots/items_browser.png and item_editor.png there:
//
//   SHARDSCOPE_SCREENSHOT_DIR=docs/screenshots xvfb-run -a -s "-screen 0 1600x1000x24"
//       build/tests/ui/tst_items_screenshots -platform xcb
#include "../screenshot_support.h"
#include "../items_test_support.h"

#include "backend/local_backend.h"
#include "dialogs/item_editor_dialog.h"
#include "dialogs/item_editor_model.h"
#include "main_window.h"
#include "models/items_model.h"
#include "panes/items_pane.h"
#include "panes/table_list_pane.h"
#include "panes/table_workspace.h"
#include "widgets/filter_header.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace shardscope;
using namespace shardscope::ui;

namespace {

const char* const kCities[] = {"Berlin", "Lisbon", "Osaka", "Toronto", "Nairobi", "Oslo", "Austin"};
const char* const kStatuses[] = {"PENDING", "PAID", "SHIPPED", "DELIVERED", "RETURNED"};
const char* const kProducts[] = {"keyboard", "monitor", "cable", "headset", "dock", "webcam"};

// Order `i` of customer `i % 97`: varied, nested, as a shop's single table holds them.
nlohmann::json order(int i) {
    const std::string customer = "CUST#" + std::to_string(1000 + i % 97);
    nlohmann::json item = {{"PK", {{"S", customer}}},
                           {"SK", {{"S", "ORDER#2024-" + std::to_string(10 + i % 3) + "-" +
                                            std::to_string(10 + i % 18) + "#" + std::to_string(50000 + i)}}},
                           {"status", {{"S", kStatuses[i % 5]}}},
                           {"total", {{"N", std::to_string(19 + (i * 37) % 480) + "." + std::to_string(10 + i % 89)}}},
                           {"paid", {{"BOOL", i % 5 != 0}}},
                           {"itemCount", {{"N", std::to_string(1 + i % 4)}}}};
    nlohmann::json geo = {{"M", {{"lat", {{"N", std::to_string(40 + i % 20) + ".5"}}},
                                 {"lon", {{"N", std::to_string(-10 + i % 30) + ".25"}}}}}};
    item["shipTo"] = {{"M", {{"city", {{"S", kCities[i % 7]}}},
                             {"zip", {{"S", std::to_string(10000 + (i * 7) % 89999)}}},
                             {"geo", geo}}}};
    nlohmann::json lines = nlohmann::json::array();
    for (int l = 0; l < 1 + i % 3; ++l)
        lines.push_back({{"M", {{"sku", {{"S", kProducts[(i + l) % 6]}}}, {"qty", {{"N", std::to_string(1 + l)}}}}}});
    item["lines"] = {{"L", lines}};
    if (i % 3 == 0)
        item["tags"] = {{"SS", nlohmann::json::array({"gift", i % 2 ? "express" : "fragile"})}};
    if (i % 4 == 0)
        item["ratings"] = {{"NS", nlohmann::json::array({std::to_string(2 + i % 3), "5"})}};
    if (i % 6 == 0)
        item["giftNote"] = {{"NULL", true}};
    if (i % 5 == 1)
        item["receipt"] = {{"B", QByteArray("%PDF-1.7 receipt " + QByteArray::number(i)).toBase64().toStdString()}};
    return item;
}

void fillOrders(engine::Engine& engine, int count) {
    nlohmann::json batch = nlohmann::json::array();
    for (int i = 0; i < count; ++i) {
        batch.push_back({{"PutRequest", {{"Item", order(i)}}}});
        if (batch.size() == 25 || i + 1 == count) {
            const QString error = test::callEngine(engine, "BatchWriteItem", {{"RequestItems", {{"orders", batch}}}});
            if (!error.isEmpty())
                qFatal("%s", qPrintable(error));
            batch = nlohmann::json::array();
        }
    }
}

}  // namespace

class TestItemsScreenshots : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void itemsBrowser();
    void itemEditor();

private:
    std::shared_ptr<engine::Engine> m_engine;
    std::shared_ptr<LocalBackend> m_backend;
};

void TestItemsScreenshots::initTestCase() {
    test::isolateSettings("tst_items_screenshots");
    m_engine = test::openMemoryEngine();
    nlohmann::json create = test::createTableRequest("orders", "PK", "S", "SK", "S");
    create["AttributeDefinitions"].push_back({{"AttributeName", "status"}, {"AttributeType", "S"}});
    create["GlobalSecondaryIndexes"] = {{{"IndexName", "byStatus"},
                                         {"KeySchema", {{{"AttributeName", "status"}, {"KeyType", "HASH"}},
                                                        {{"AttributeName", "SK"}, {"KeyType", "RANGE"}}}},
                                         {"Projection", {{"ProjectionType", "ALL"}}}}};
    QVERIFY(test::callEngine(*m_engine, "CreateTable", create).isEmpty());
    SS_CREATE_TABLE(*m_engine, "customers", "PK");
    SS_CREATE_TABLE(*m_engine, "sessions", "sessionId");
    fillOrders(*m_engine, 3000);
    m_backend = std::make_shared<LocalBackend>(m_engine);
}

void TestItemsScreenshots::itemsBrowser() {
    MainWindow window(m_backend);
    window.setEndpointAddress(QStringLiteral("http://127.0.0.1:8000"));
    window.resize(1480, 860);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(window.tableListPane()->selectTable(QStringLiteral("orders")));
    auto* splitter = window.findChild<QSplitter*>(QStringLiteral("mainSplitter"));
    splitter->setSizes({330, 1150});
    TableWorkspace* workspace = window.tableWorkspace();
    auto* pane = workspace->findChild<ItemsPane*>();
    QVERIFY(pane);
    workspace->setCurrentWidget(pane);
    ItemsModel* model = pane->model();
    QTRY_VERIFY(model->rowCount() > 0);
    QTRY_VERIFY(!model->isLoading());
    QCOMPARE(model->attributeName(0), QStringLiteral("PK"));
    QCOMPARE(model->attributeName(1), QStringLiteral("SK"));

    // A filter typed in, as a user would, and a few rows selected.
    QLineEdit* filter = nullptr;
    QTRY_VERIFY((filter = pane->filterHeader()->editor(model->columnOf(QStringLiteral("total")))) != nullptr);
    filter->setText(QStringLiteral(">=100"));
    emit filter->editingFinished();
    QTRY_VERIFY(model->rowCount() > 0 && !model->isLoading());
    QTableView* view = pane->view();
    for (int row : {2, 3, 4})
        view->selectionModel()->select(model->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    view->setFocus();
    QTest::qWait(200);

    const QImage image = window.grab().toImage();
    QVERIFY(!image.isNull());
    QVERIFY(test::distinctColours(image) > 200);
    // The typed cells: the delegate drew badges for maps, lists and sets.
    const QImage table = view->viewport()->grab().toImage();
    QVERIFY(test::distinctColours(table) > 50);
    test::saveScreenshot(image, "items_browser.png");
}

void TestItemsScreenshots::itemEditor() {
    QWidget parent;
    parent.resize(1200, 760);
    const ItemsSource source = test::tableSource(*m_engine, "orders");
    // An order with a bit of everything: a binary receipt, sets, a null, nested maps and lists.
    nlohmann::json key = {{"PK", order(36)["PK"]}, {"SK", order(36)["SK"]}};
    auto* dialog = new ItemEditorDialog(m_backend, source, key, &parent);
    dialog->resize(1180, 720);
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QTRY_VERIFY(!dialog->loadedItem().is_null());
    dialog->formView()->expandAll();
    dialog->formView()->resizeColumnToContents(0);
    dialog->formView()->setCurrentIndex(dialog->model()->index(9, 0));
    QTest::qWait(200);
    QVERIFY(dialog->jsonEdit()->toPlainText().contains(QLatin1String("\"shipTo\"")));
    const QImage image = dialog->grab().toImage();
    QVERIFY(test::distinctColours(image) > 100);
    test::saveScreenshot(image, "item_editor.png");
    dialog->reject();
}

QTEST_MAIN(TestItemsScreenshots)
#include "tst_items_screenshots.moc"
