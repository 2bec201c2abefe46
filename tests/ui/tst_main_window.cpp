// Tests ui/main_window.cpp: the workbench shell on a real in-memory engine,
// driven through its real widgets on the offscreen platform.
#include "ui_test_support.h"

#include "backend/local_backend.h"
#include "dialogs/about_dialog.h"
#include "dialogs/new_table_dialog.h"
#include "dialogs/preferences_dialog.h"
#include "dialogs/shortcuts_dialog.h"
#include "main_window.h"
#include "models/table_list_model.h"
#include "panes/empty_state_widget.h"
#include "panes/table_details_pane.h"
#include "panes/table_list_pane.h"
#include "settings/settings.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTest>
#include <QTreeView>

using namespace shardscope;
using namespace shardscope::ui;

namespace {

QString labelText(const QWidget& root, const char* objectName) {
    const auto* label = root.findChild<QLabel*>(QLatin1String(objectName));
    return label ? label->text() : QStringLiteral("<no label %1>").arg(QLatin1String(objectName));
}

QStringList listedTables(const TableListPane& pane) {
    QStringList names;
    const QAbstractItemModel* model = pane.view()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        names.append(model->index(row, 0).data().toString());
    return names;
}

}  // namespace

class TestMainWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { test::isolateSettings("tst_main_window"); }
    void init() { QSettings().clear(); }

    void showsTablesAndTheSelectedTablesDetails();
    void followsChangesMadeThroughTheEngine();
    void newTableDialogShowsTheEnginesErrorAndCreatesTables();
    void deletesTableAfterConfirmation();
    void showsEmptyStates();
    void restoresGeometryAndSelection();
    void showsIndexesInTheTreeAndClonesATable();
    void deleteKeyDeletesTablesOnlyFromTheList();
    void opensPreferencesAndAbout();
};

void TestMainWindow::showsTablesAndTheSelectedTablesDetails() {
    auto engine = test::openMemoryEngine();
    SS_CREATE_TABLE(*engine, "orders", "PK", "S", "SK", "N");
    SS_CREATE_TABLE(*engine, "users", "userId");

    auto backend = std::make_shared<LocalBackend>(engine);
    MainWindow window(backend);
    window.setEndpointAddress(QStringLiteral("http://127.0.0.1:8000"));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    TableListPane* pane = window.tableListPane();
    QTRY_COMPARE(listedTables(*pane), (QStringList{QStringLiteral("orders"), QStringLiteral("users")}));

    QVERIFY(pane->selectTable(QStringLiteral("orders")));
    QTRY_COMPARE(labelText(window, "tableNameLabel"), QStringLiteral("orders"));
    QVERIFY2(labelText(window, "partitionKeyValue").startsWith(QLatin1String("PK")),
             qPrintable(labelText(window, "partitionKeyValue")));
    QVERIFY(labelText(window, "partitionKeyValue").contains(QLatin1String("String")));
    QVERIFY(labelText(window, "sortKeyValue").startsWith(QLatin1String("SK")));
    QVERIFY(labelText(window, "sortKeyValue").contains(QLatin1String("Number")));
    QCOMPARE(labelText(window, "attributesValue"), QStringLiteral("PK (S), SK (N)"));
    QCOMPARE(labelText(window, "billingModeValue"), QStringLiteral("On-demand"));
    QVERIFY(labelText(window, "tableArnLabel").endsWith(QLatin1String(":table/orders")));
    const auto* json = window.findChild<QPlainTextEdit*>(QStringLiteral("describeJsonView"));
    QVERIFY(json);
    QVERIFY(json->toPlainText().contains(QLatin1String("\"TableName\": \"orders\"")));
    QVERIFY(json->isReadOnly());
    QCOMPARE(window.windowTitle(), QStringLiteral("orders — Shardscope"));

    // The list's key-schema column summarises the same schema.
    const TableListModel* model = window.tableListModel();
    const int row = model->rowOf(QStringLiteral("orders"));
    QCOMPARE(model->index(row, TableListModel::KeySchemaColumn).data().toString(),
             QStringLiteral("PK (S) \u00b7 SK (N)"));

    QVERIFY(pane->selectTable(QStringLiteral("users")));
    QTRY_COMPARE(labelText(window, "tableNameLabel"), QStringLiteral("users"));
    QVERIFY(labelText(window, "partitionKeyValue").startsWith(QLatin1String("userId")));
    QCOMPARE(labelText(window, "sortKeyValue"), QStringLiteral("None"));

    QCOMPARE(labelText(window, "endpointLabel"), QStringLiteral("Endpoint: http://127.0.0.1:8000"));
    QTRY_COMPARE(labelText(window, "backendStateLabel"), QStringLiteral("Embedded engine · ready"));
    QVERIFY(!window.windowIcon().isNull());
}

void TestMainWindow::followsChangesMadeThroughTheEngine() {
    auto engine = test::openMemoryEngine();
    SS_CREATE_TABLE(*engine, "orders", "PK");
    auto backend = std::make_shared<LocalBackend>(engine);
    MainWindow window(backend);
    window.show();
    TableListPane* pane = window.tableListPane();
    QTRY_COMPARE(listedTables(*pane), QStringList{QStringLiteral("orders")});
    QTRY_COMPARE(pane->currentTable(), QStringLiteral("orders"));  // the first table is selected by default

    // A table created by someone else (here: straight through the engine) appears.
    SS_CREATE_TABLE(*engine, "audit", "id");
    QTRY_COMPARE(listedTables(*pane), (QStringList{QStringLiteral("audit"), QStringLiteral("orders")}));
    QCOMPARE(pane->currentTable(), QStringLiteral("orders"));  // the selection stays put

    // Items written by someone else update the selected table's details.
    for (int i = 0; i < 3; ++i) {
        const nlohmann::json put = {{"TableName", "orders"}, {"Item", {{"PK", {{"S", "o" + std::to_string(i)}}}}}};
        const QString error = test::callEngine(*engine, "PutItem", put);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    nlohmann::json described;
    QVERIFY(test::callEngine(*engine, "DescribeTable", {{"TableName", "orders"}}, &described).isEmpty());
    const QString expectedCount = QLocale().toString(described["Table"]["ItemCount"].get<qint64>());
    QTRY_COMPARE(labelText(window, "itemCountValue"), expectedCount);

    // A table deleted by someone else disappears.
    QVERIFY(test::callEngine(*engine, "DeleteTable", {{"TableName", "audit"}}).isEmpty());
    QTRY_COMPARE(listedTables(*pane), QStringList{QStringLiteral("orders")});
}

void TestMainWindow::newTableDialogShowsTheEnginesErrorAndCreatesTables() {
    auto engine = test::openMemoryEngine();
    auto backend = std::make_shared<LocalBackend>(engine);
    MainWindow window(backend);
    window.show();
    QTRY_VERIFY(window.tableListModel()->hasLoaded());

    auto* newTable = window.findChild<QAction*>(QStringLiteral("newTableAction"));
    QVERIFY(newTable);
    newTable->trigger();
    NewTableDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<NewTableDialog*>()) != nullptr);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(dialog->isModal());

    auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("tableNameEdit"));
    auto* partitionKey = dialog->findChild<QLineEdit*>(QStringLiteral("partitionKeyEdit"));
    auto* create = dialog->findChild<QPushButton*>(QStringLiteral("createButton"));
    QVERIFY(name && partitionKey && create);
    QVERIFY(!create->isEnabled());  // nothing typed yet

    // A name DynamoDB rejects (too short): the dialog shows exactly what the engine says.
    QTest::keyClicks(name, QStringLiteral("ab"));
    QTest::keyClicks(partitionKey, QStringLiteral("pk"));
    QVERIFY(create->isEnabled());
    auto direct = engine->call("CreateTable", dialog->createTableRequest());
    QVERIFY2(!direct.ok(), "the engine accepted a two-character table name");
    const QString expected = QString::fromStdString(direct.error().message());
    QVERIFY(!expected.isEmpty());

    QTest::mouseClick(create, Qt::LeftButton);
    QTRY_VERIFY2(dialog->errorText().contains(expected), qPrintable(dialog->errorText()));
    QVERIFY(dialog->errorText().startsWith(QLatin1String("The request is not valid.")));
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->isBusy());

    // Corrected, the table is created, listed and selected; the dialog closes.
    name->clear();
    QTest::keyClicks(name, QStringLiteral("inventory"));
    QTest::mouseClick(create, Qt::LeftButton);
    QTRY_VERIFY(window.findChild<NewTableDialog*>() == nullptr);  // closed and deleted
    QTRY_COMPARE(window.tableListPane()->currentTable(), QStringLiteral("inventory"));
    QTRY_COMPARE(labelText(window, "tableNameLabel"), QStringLiteral("inventory"));
    QVERIFY(test::callEngine(*engine, "DescribeTable", {{"TableName", "inventory"}}).isEmpty());
}

void TestMainWindow::deletesTableAfterConfirmation() {
    auto engine = test::openMemoryEngine();
    SS_CREATE_TABLE(*engine, "orders", "PK");
    SS_CREATE_TABLE(*engine, "users", "userId");
    auto backend = std::make_shared<LocalBackend>(engine);
    MainWindow window(backend);
    window.show();
    TableListPane* pane = window.tableListPane();
    QTRY_COMPARE(listedTables(*pane).size(), 2);
    QVERIFY(pane->selectTable(QStringLiteral("users")));

    auto* deleteAction = window.findChild<QAction*>(QStringLiteral("deleteTableAction"));
    QVERIFY(deleteAction && deleteAction->isEnabled());

    // Cancelling leaves the table alone.
    deleteAction->trigger();
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = window.findChild<QMessageBox*>(QStringLiteral("deleteTableConfirmation"))) != nullptr);
    QVERIFY(box->text().contains(QLatin1String("users")));
    QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(window.findChild<QMessageBox*>(QStringLiteral("deleteTableConfirmation")) == nullptr);
    QTest::qWait(50);
    QCOMPARE(listedTables(*pane).size(), 2);

    // Confirming deletes it.
    deleteAction->trigger();
    QTRY_VERIFY((box = window.findChild<QMessageBox*>(QStringLiteral("deleteTableConfirmation"))) != nullptr);
    auto* confirm = box->findChild<QPushButton*>(QStringLiteral("confirmDeleteButton"));
    QVERIFY(confirm);
    QTest::mouseClick(confirm, Qt::LeftButton);
    QTRY_COMPARE(listedTables(*pane), QStringList{QStringLiteral("orders")});
    QVERIFY(test::callEngine(*engine, "DescribeTable", {{"TableName", "users"}})
                .startsWith(QLatin1String("ResourceNotFoundException")));
}

void TestMainWindow::showsEmptyStates() {
    auto engine = test::openMemoryEngine();
    auto backend = std::make_shared<LocalBackend>(engine);
    MainWindow window(backend);
    window.show();
    QTRY_VERIFY(window.tableListModel()->hasLoaded());

    auto* listEmpty = window.findChild<EmptyStateWidget*>(QStringLiteral("tableListEmptyState"));
    auto* detailsEmpty = window.findChild<EmptyStateWidget*>(QStringLiteral("detailsEmptyState"));
    QVERIFY(listEmpty && detailsEmpty);
    QTRY_VERIFY(listEmpty->isVisible());
    QCOMPARE(listEmpty->title(), QStringLiteral("No tables yet"));
    QVERIFY(detailsEmpty->isVisible());
    QCOMPARE(detailsEmpty->title(), QStringLiteral("No table selected"));
    auto* deleteAction = window.findChild<QAction*>(QStringLiteral("deleteTableAction"));
    QVERIFY(!deleteAction->isEnabled());

    // The empty state's button is New Table….
    auto* button = listEmpty->findChild<QPushButton*>();
    QVERIFY(button && button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY(window.findChild<NewTableDialog*>() != nullptr);
    window.findChild<NewTableDialog*>()->reject();

    // Filtering everything out says so.
    SS_CREATE_TABLE(*engine, "orders", "PK");
    QTRY_COMPARE(listedTables(*window.tableListPane()).size(), 1);
    QVERIFY(!listEmpty->isVisible());
    auto* filter = window.findChild<QLineEdit*>(QStringLiteral("tableFilter"));
    QTest::keyClicks(filter, QStringLiteral("zzz"));
    QTRY_VERIFY(listEmpty->isVisible());
    QCOMPARE(listEmpty->title(), QStringLiteral("No matching tables"));
    filter->clear();
    QTRY_VERIFY(!listEmpty->isVisible());
}

void TestMainWindow::restoresGeometryAndSelection() {
    auto engine = test::openMemoryEngine();
    SS_CREATE_TABLE(*engine, "alpha", "PK");
    SS_CREATE_TABLE(*engine, "beta", "PK");
    auto backend = std::make_shared<LocalBackend>(engine);
    {
        MainWindow window(backend);
        window.show();
        QTRY_COMPARE(listedTables(*window.tableListPane()).size(), 2);
        QVERIFY(window.tableListPane()->selectTable(QStringLiteral("beta")));
        window.resize(900, 600);
        QVERIFY(window.close());
    }
    QVERIFY(!Settings().windowGeometry().isEmpty());
    QCOMPARE(Settings().lastSelectedTable(), QStringLiteral("beta"));

    MainWindow window(backend);
    QCOMPARE(window.size(), QSize(900, 600));
    window.show();
    QTRY_COMPARE(window.tableListPane()->currentTable(), QStringLiteral("beta"));
}

void TestMainWindow::showsIndexesInTheTreeAndClonesATable() {
    auto engine = test::openMemoryEngine();
    nlohmann::json request = test::createTableRequest("orders", "pk", "S", "sk", "S");
    request["AttributeDefinitions"].push_back({{"AttributeName", "status"}, {"AttributeType", "S"}});
    request["GlobalSecondaryIndexes"] = {{{"IndexName", "byStatus"},
                                          {"KeySchema", {{{"AttributeName", "status"}, {"KeyType", "HASH"}}}},
                                          {"Projection", {{"ProjectionType", "KEYS_ONLY"}}}}};
    QVERIFY(test::callEngine(*engine, "CreateTable", request).isEmpty());
    auto backend = std::make_shared<LocalBackend>(engine);
    MainWindow window(backend);
    window.show();
    TableListPane* pane = window.tableListPane();
    QTRY_COMPARE(listedTables(*pane), QStringList{QStringLiteral("orders")});

    // The index is a child row of its table, expanded, and selecting it keeps its table current.
    QTreeView* view = pane->view();
    const QModelIndex orders = view->model()->index(0, 0);
    QTRY_COMPARE(view->model()->rowCount(orders), 1);
    const QModelIndex index = view->model()->index(0, 0, orders);
    QCOMPARE(index.data().toString(), QStringLiteral("byStatus"));
    QTRY_VERIFY(view->isExpanded(orders));
    view->setCurrentIndex(index);
    QCOMPARE(pane->currentTable(), QStringLiteral("orders"));

    auto* clone = window.findChild<QAction*>(QStringLiteral("cloneTableAction"));
    QVERIFY(clone);
    QTRY_VERIFY(clone->isEnabled());
    QVERIFY(!clone->toolTip().isEmpty());
    clone->trigger();
    NewTableDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<NewTableDialog*>(QStringLiteral("cloneTableDialog"))) != nullptr);
    QCOMPARE(QString::fromStdString(dialog->design().tableName), QStringLiteral("orders-copy"));
    QCOMPARE(dialog->design().globalIndexes.size(), std::size_t(1));
    QCOMPARE(dialog->design().globalIndexes[0].name, std::string("byStatus"));
    QCOMPARE(dialog->design().sortKey.name, std::string("sk"));
    QVERIFY(dialog->windowTitle().contains(QLatin1String("orders")));
    QTRY_VERIFY(dialog->isDesignAccepted());
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("createButton")), Qt::LeftButton);
    QTRY_COMPARE(listedTables(*pane), (QStringList{QStringLiteral("orders"), QStringLiteral("orders-copy")}));
    QTRY_COMPARE(pane->currentTable(), QStringLiteral("orders-copy"));
    nlohmann::json described;
    QVERIFY(test::callEngine(*engine, "DescribeTable", {{"TableName", "orders-copy"}}, &described).isEmpty());
    QCOMPARE(described["Table"]["GlobalSecondaryIndexes"][0]["IndexName"].get<std::string>(), std::string("byStatus"));
}

void TestMainWindow::deleteKeyDeletesTablesOnlyFromTheList() {
    auto engine = test::openMemoryEngine();
    SS_CREATE_TABLE(*engine, "orders", "PK");
    auto backend = std::make_shared<LocalBackend>(engine);
    MainWindow window(backend);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    TableListPane* pane = window.tableListPane();
    QTRY_COMPARE(pane->currentTable(), QStringLiteral("orders"));

    // Del in the filter line edits the text; no table is at stake.
    auto* filter = window.findChild<QLineEdit*>(QStringLiteral("tableFilter"));
    filter->setFocus();
    QTest::keyClick(filter, Qt::Key_Delete);
    QTest::qWait(50);
    QVERIFY(window.findChild<QMessageBox*>(QStringLiteral("deleteTableConfirmation")) == nullptr);

    // Ctrl+F reaches the filter from anywhere.
    pane->view()->setFocus();
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(filter->hasFocus());

    // Del in the list asks to delete the current table.
    pane->view()->setFocus();
    QTest::keyClick(pane->view(), Qt::Key_Delete);
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = window.findChild<QMessageBox*>(QStringLiteral("deleteTableConfirmation"))) != nullptr);
    QVERIFY(box->text().contains(QLatin1String("orders")));
    QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
    box->reject();
}

void TestMainWindow::opensPreferencesAndAbout() {
    auto engine = test::openMemoryEngine();
    auto backend = std::make_shared<LocalBackend>(engine);
    MainWindow window(backend);
    window.show();
    for (QAction* action : window.findChildren<QAction*>()) {
        if (action->isSeparator() || action->text().isEmpty() || action->objectName().isEmpty() ||
            action->menu())
            continue;
        QVERIFY2(!action->statusTip().isEmpty(), qPrintable(action->objectName()));
    }

    auto* preferences = window.findChild<QAction*>(QStringLiteral("preferencesAction"));
    QVERIFY(preferences && !preferences->shortcut().isEmpty());
    preferences->trigger();
    PreferencesDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<PreferencesDialog*>()) != nullptr);
    QVERIFY(dialog->isModal());
    dialog->reject();

    // Help ▸ Keyboard Shortcuts lists the window's actions with their keys, and the panes'.
    window.findChild<QAction*>(QStringLiteral("shortcutsAction"))->trigger();
    ShortcutsDialog* shortcuts = nullptr;
    QTRY_VERIFY((shortcuts = window.findChild<ShortcutsDialog*>()) != nullptr);
    QStandardItemModel* list = shortcuts->model();
    QStringList rows;
    for (int group = 0; group < list->rowCount(); ++group)
        for (int row = 0; row < list->item(group)->rowCount(); ++row)
            rows.append(list->item(group)->child(row, 0)->text() + QLatin1Char('=') +
                        list->item(group)->child(row, 1)->text());
    QVERIFY2(rows.contains(QStringLiteral("New Table=Ctrl+N")), qPrintable(rows.join(QLatin1Char(';'))));
    QVERIFY2(rows.contains(QStringLiteral("Refresh=F5")) || rows.contains(QStringLiteral("Refresh=F5, Ctrl+R")),
             qPrintable(rows.join(QLatin1Char(';'))));
    QVERIFY(rows.contains(QStringLiteral("Run the operation=Ctrl+Return, Ctrl+Enter")));
    shortcuts->reject();

    window.findChild<QAction*>(QStringLiteral("aboutAction"))->trigger();
    AboutDialog* about = nullptr;
    QTRY_VERIFY((about = window.findChild<AboutDialog*>()) != nullptr);
    about->reject();
}

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
