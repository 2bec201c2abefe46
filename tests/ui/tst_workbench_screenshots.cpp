// Renders the workbench shell with realistic data and checks that it draws
// what it should: the main window with the table tree (tables, their global
// and local indexes, counts and sizes), the Preferences and About dialogs,
// Help ▸ Keyboard Shortcuts, and the main window in the dark theme. With
// SHARDSCOPE_SCREENSHOT_DIR set, it also saves main_window.png,
// preferences.png, about.png, shortcuts.png and main_window_dark.png there:
//
//   SHARDSCOPE_SCREENSHOT_DIR=docs/screenshots xvfb-run -a -s "-screen 0 1600x1000x24"
//       build/tests/ui/tst_workbench_screenshots -platform xcb
#include "screenshot_support.h"
#include "ui_test_support.h"

#include "backend/local_backend.h"
#include "dialogs/about_dialog.h"
#include "dialogs/preferences_dialog.h"
#include "dialogs/shortcuts_dialog.h"
#include "main_window.h"
#include "models/items_model.h"
#include "models/table_list_model.h"
#include "panes/items_pane.h"
#include "panes/table_list_pane.h"
#include "panes/table_workspace.h"
#include "settings/settings.h"
#include "theme/theme.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QImage>
#include <QSet>
#include <QSplitter>
#include <QTableView>
#include <QTest>
#include <QTreeView>

#include <string>

using namespace shardscope;
using namespace shardscope::ui;

namespace {

const char* const kStatuses[] = {"PENDING", "PAID", "SHIPPED", "DELIVERED", "RETURNED"};
const char* const kCities[] = {"Berlin", "Lisbon", "Osaka", "Toronto", "Nairobi", "Oslo", "Austin"};

void put(engine::Engine& engine, const std::string& table, std::vector<nlohmann::json> items) {
    nlohmann::json batch = nlohmann::json::array();
    for (std::size_t i = 0; i < items.size(); ++i) {
        batch.push_back({{"PutRequest", {{"Item", std::move(items[i])}}}});
        if (batch.size() == 25 || i + 1 == items.size()) {
            const QString error = test::callEngine(engine, "BatchWriteItem", {{"RequestItems", {{table, batch}}}});
            if (!error.isEmpty())
                qFatal("%s", qPrintable(error));
            batch = nlohmann::json::array();
        }
    }
}

nlohmann::json index(const std::string& name, const std::string& pk, const std::string& sk,
                     const std::string& projection) {
    nlohmann::json keys = {{{"AttributeName", pk}, {"KeyType", "HASH"}}};
    if (!sk.empty())
        keys.push_back({{"AttributeName", sk}, {"KeyType", "RANGE"}});
    return {{"IndexName", name}, {"KeySchema", keys}, {"Projection", {{"ProjectionType", projection}}}};
}

void createShop(engine::Engine& engine) {
    nlohmann::json orders = test::createTableRequest("orders", "PK", "S", "SK", "S");
    for (const char* attribute : {"status", "createdAt", "total"})
        orders["AttributeDefinitions"].push_back(
            {{"AttributeName", attribute}, {"AttributeType", std::string(attribute) == "total" ? "N" : "S"}});
    orders["GlobalSecondaryIndexes"] = {index("byStatus", "status", "createdAt", "ALL")};
    orders["LocalSecondaryIndexes"] = {index("byTotal", "PK", "total", "KEYS_ONLY")};
    QString error = test::callEngine(engine, "CreateTable", orders);
    if (!error.isEmpty())
        qFatal("%s", qPrintable(error));
    std::vector<nlohmann::json> items;
    for (int i = 0; i < 2400; ++i)
        items.push_back({{"PK", {{"S", "CUST#" + std::to_string(1000 + i % 97)}}},
                         {"SK", {{"S", "ORDER#" + std::to_string(50000 + i)}}},
                         {"status", {{"S", kStatuses[i % 5]}}},
                         {"createdAt", {{"S", "2026-11-" + std::to_string(10 + i % 18) + "T0" +
                                                   std::to_string(i % 10) + ":15:00Z"}}},
                         {"total", {{"N", std::to_string(19 + (i * 37) % 480) + "." + std::to_string(10 + i % 89)}}},
                         {"city", {{"S", kCities[i % 7]}}}});
    put(engine, "orders", std::move(items));

    nlohmann::json customers = test::createTableRequest("customers", "customerId");
    customers["AttributeDefinitions"].push_back({{"AttributeName", "email"}, {"AttributeType", "S"}});
    customers["GlobalSecondaryIndexes"] = {index("byEmail", "email", "", "KEYS_ONLY")};
    customers["BillingMode"] = "PROVISIONED";
    customers["ProvisionedThroughput"] = {{"ReadCapacityUnits", 10}, {"WriteCapacityUnits", 5}};
    customers["GlobalSecondaryIndexes"][0]["ProvisionedThroughput"] = {{"ReadCapacityUnits", 5},
                                                                       {"WriteCapacityUnits", 5}};
    error = test::callEngine(engine, "CreateTable", customers);
    if (!error.isEmpty())
        qFatal("%s", qPrintable(error));
    items.clear();
    for (int i = 0; i < 97; ++i)
        items.push_back({{"customerId", {{"S", "CUST#" + std::to_string(1000 + i)}}},
                         {"email", {{"S", "customer" + std::to_string(i) + "@example.com"}}},
                         {"name", {{"S", "Customer " + std::to_string(i)}}}});
    put(engine, "customers", std::move(items));

    error = test::callEngine(engine, "CreateTable", test::createTableRequest("sessions", "sessionId"));
    if (!error.isEmpty())
        qFatal("%s", qPrintable(error));
    items.clear();
    for (int i = 0; i < 180; ++i)
        items.push_back({{"sessionId", {{"S", "s-" + std::to_string(700000 + i * 13)}}},
                         {"expiresAt", {{"N", std::to_string(1795000000 + i * 60)}}}});
    put(engine, "sessions", std::move(items));

    error = test::callEngine(engine, "CreateTable", test::createTableRequest("audit-log", "stream", "S", "at", "N"));
    if (!error.isEmpty())
        qFatal("%s", qPrintable(error));
}

}  // namespace

class TestWorkbenchScreenshots : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup() { ThemeManager::instance()->apply(ThemeManager::Choice::Light); }
    void mainWindowWithTableTree();
    void preferencesAndAbout();
    void darkTheme();

private:
    // A window on the shop, "orders" selected, indexes listed; `tab` is the workspace tab's objectName.
    void prepare(MainWindow& window, const char* tab);

    std::shared_ptr<engine::Engine> m_engine;
    std::shared_ptr<LocalBackend> m_backend;
};

void TestWorkbenchScreenshots::initTestCase() {
    test::isolateSettings("tst_workbench_screenshots");
    m_engine = test::openMemoryEngine();
    createShop(*m_engine);
    m_backend = std::make_shared<LocalBackend>(m_engine);
}

void TestWorkbenchScreenshots::prepare(MainWindow& window, const char* tab) {
    window.setEndpointAddress(QStringLiteral("http://127.0.0.1:8000"));
    window.resize(1480, 860);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(window.tableListModel()->hasLoaded() && !window.tableListModel()->isLoading());
    QTRY_VERIFY(window.tableListPane()->selectTable(QStringLiteral("orders")));
    window.findChild<QSplitter*>(QStringLiteral("mainSplitter"))->setSizes({560, 920});
    QTreeView* tree = window.tableListPane()->view();
    tree->expandAll();
    for (int column = 1; column < TableListModel::ColumnCount; ++column)
        tree->resizeColumnToContents(column);
    TableWorkspace* workspace = window.tableWorkspace();
    for (int i = 0; i < workspace->count(); ++i)
        if (workspace->widget(i)->objectName() == QLatin1String(tab))
            workspace->setCurrentIndex(i);
    QCOMPARE(workspace->currentWidget()->objectName(), QLatin1String(tab));
}

void TestWorkbenchScreenshots::mainWindowWithTableTree() {
    MainWindow window(m_backend);
    prepare(window, "overview");

    // The tree: four tables; orders with its global and local index, counted.
    QTreeView* tree = window.tableListPane()->view();
    QAbstractItemModel* model = tree->model();
    QCOMPARE(model->rowCount(), 4);
    const QModelIndex customers = model->index(1, 0);
    const QModelIndex orders = model->index(2, 0);
    QCOMPARE(orders.data().toString(), QStringLiteral("orders"));
    QCOMPARE(model->rowCount(orders), 2);
    QCOMPARE(model->rowCount(customers), 1);
    QCOMPARE(model->index(0, TableListModel::ItemCountColumn, orders).data(TableListModel::SortRole).toLongLong(),
             2400);
    QVERIFY(tree->isExpanded(orders));
    QTest::qWait(200);

    const QImage image = window.grab().toImage();
    QVERIFY(test::distinctColours(image) > 100);
    test::saveScreenshot(image, "main_window.png");
}

void TestWorkbenchScreenshots::preferencesAndAbout() {
    MainWindow window(m_backend);
    window.show();
    Settings settings;
    auto* preferences = new PreferencesDialog(&settings, &window);
    preferences->show();
    QVERIFY(QTest::qWaitForWindowExposed(preferences));
    QTest::qWait(100);
    const QImage prefsImage = preferences->grab().toImage();
    QVERIFY(test::distinctColours(prefsImage) > 20);
    test::saveScreenshot(prefsImage, "preferences.png");
    preferences->reject();

    auto* about = new AboutDialog(&window);
    about->show();
    QVERIFY(QTest::qWaitForWindowExposed(about));
    QTest::qWait(100);
    const QImage aboutImage = about->grab().toImage();
    QVERIFY(test::distinctColours(aboutImage) > 20);
    test::saveScreenshot(aboutImage, "about.png");
    about->reject();

    window.findChild<QAction*>(QStringLiteral("shortcutsAction"))->trigger();
    ShortcutsDialog* shortcuts = nullptr;
    QTRY_VERIFY((shortcuts = window.findChild<ShortcutsDialog*>()) != nullptr);
    QVERIFY(QTest::qWaitForWindowExposed(shortcuts));
    QTest::qWait(100);
    const QImage shortcutsImage = shortcuts->grab().toImage();
    QVERIFY(test::distinctColours(shortcutsImage) > 20);
    test::saveScreenshot(shortcutsImage, "shortcuts.png");
    shortcuts->reject();
}

void TestWorkbenchScreenshots::darkTheme() {
    ThemeManager::instance()->apply(ThemeManager::Choice::Dark);
    MainWindow window(m_backend);
    // The window applies the saved theme (light by default); the user picked dark.
    ThemeManager::instance()->apply(ThemeManager::Choice::Dark);
    prepare(window, "items");
    auto* pane = window.tableWorkspace()->findChild<ItemsPane*>();
    QTRY_VERIFY(pane->model()->rowCount() > 0 && !pane->model()->isLoading());
    pane->view()->selectRow(3);
    QTest::qWait(200);

    const QImage image = window.grab().toImage();
    // Mostly dark: the window background and the table's base.
    const QColor corner = image.pixelColor(image.width() - 20, image.height() / 2);
    QVERIFY2(corner.lightness() < 100, qPrintable(corner.name()));
    QVERIFY(test::distinctColours(image) > 100);
    test::saveScreenshot(image, "main_window_dark.png");
}

QTEST_MAIN(TestWorkbenchScreenshots)
#include "tst_workbench_screenshots.moc"
