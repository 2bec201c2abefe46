// Tests ui/panes/items_pane.cpp (with ItemsQueryBar and FilterHeader): the
// Items tab driven through its widgets on a real engine: lazy first read,
// per-column filters, Query with key conditions, multi-select delete,
// export and import with progress and cancel, opening the editor, and the
// notice when someone else writes.
#include "../fake_backend.h"
#include "../items_test_support.h"

#include "backend/local_backend.h"
#include "dialogs/item_editor_dialog.h"
#include "models/items_model.h"
#include "panes/items_pane.h"
#include "panes/items_query_bar.h"
#include "widgets/filter_header.h"
#include "widgets/job_progress_bar.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace shardscope;
using namespace shardscope::ui;

namespace {

// Reads every row the model can give.
bool fetchAll(ItemsModel& model) {
    return QTest::qWaitFor(
        [&] {
            if (model.canFetchMore(QModelIndex()))
                model.fetchMore(QModelIndex());
            return !model.isLoading() && !model.hasMore();
        },
        30000);
}

QStringList columnValues(ItemsModel& model, const QString& attribute) {
    QStringList values;
    const int column = model.columnOf(attribute);
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, column).data().toString());
    return values;
}

// Types `text` into the filter box of `attribute` and presses Enter.
bool typeFilter(ItemsPane& pane, const QString& attribute, const QString& text) {
    // The boxes follow the columns as the model settles.
    QLineEdit* edit = nullptr;
    if (!QTest::qWaitFor([&] { return (edit = pane.filterHeader()->editor(pane.model()->columnOf(attribute))); }))
        return false;
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
    return true;
}

bool waitForJob(ItemsPane& pane, bool* ok = nullptr, QString* message = nullptr) {
    QSignalSpy finished(&pane, &ItemsPane::jobFinished);
    if (finished.isEmpty() && !finished.wait(60000))
        return false;
    if (ok)
        *ok = finished.front().at(0).toBool();
    if (message)
        *message = finished.front().at(1).toString();
    return true;
}

}  // namespace

class TestItemsPane : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { test::isolateSettings("tst_items_pane"); }
    void init();
    void cleanup();
    void readsOnlyWhenShown();
    void filtersPerColumn();
    void queriesWithKeyConditions();
    void deletesTheSelectedItems();
    void exportsAndImportsWithProgressAndCancel();
    void opensTheEditorAndNoticesOthersWrites();
    void browsesAHundredThousandItemsByScrolling();

private:
    std::shared_ptr<engine::Engine> m_engine;
    std::shared_ptr<LocalBackend> m_backend;
    std::unique_ptr<ItemsPane> m_pane;
    TableDescription m_description;
    QTemporaryDir m_dir;
};

void TestItemsPane::init() {
    m_engine = test::openMemoryEngine();
    SS_CREATE_TABLE(*m_engine, "catalog", "pk", "S", "sk", "N");
    test::fillTable(*m_engine, "catalog", 500, 5);  // p0..p4, sort keys 0..99
    m_backend = std::make_shared<LocalBackend>(m_engine);
    m_description = test::describeTable(*m_engine, "catalog");
    m_pane = std::make_unique<ItemsPane>(m_backend);
    m_pane->resize(1100, 700);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
    m_pane->showTable(&m_description);
    QTRY_VERIFY(m_pane->model()->rowCount() > 0);
}

void TestItemsPane::cleanup() {
    m_pane.reset();
    m_backend.reset();
    m_engine.reset();
}

void TestItemsPane::readsOnlyWhenShown() {
    auto backend = std::make_shared<test::FakeBackend>();
    ItemsPane pane(backend);
    pane.showTable(&m_description);
    QVERIFY(backend->requests().isEmpty());  // another tab is showing
    pane.show();
    QTRY_COMPARE(backend->requests(QStringLiteral("Scan")).size(), 1);
    // A refreshed description of the same table keeps the browse as it is.
    TableDescription refreshed = m_description;
    refreshed.itemCount = 501;
    refreshed.raw["ItemCount"] = 501;
    pane.showTable(&refreshed);
    QCOMPARE(backend->requests(QStringLiteral("Scan")).size(), 1);
    // No table: the empty state.
    pane.showTable(nullptr);
    QCOMPARE(pane.model()->rowCount(), 0);
    QVERIFY(!pane.model()->hasQuery());
}

void TestItemsPane::filtersPerColumn() {
    ItemsPane& pane = *m_pane;
    ItemsModel& model = *pane.model();
    QCOMPARE(model.attributeName(0), QStringLiteral("pk"));
    QCOMPARE(model.attributeName(1), QStringLiteral("sk"));
    QVERIFY(pane.filterHeader()->editor(0));
    QVERIFY(!pane.filterHeader()->editor(0)->toolTip().isEmpty());  // the syntax help

    QVERIFY(typeFilter(pane, QStringLiteral("kind"), QStringLiteral("red")));
    QTRY_VERIFY(!model.isLoading());
    fetchAll(model);
    QCOMPARE(model.rowCount(), 167);  // i % 3 == 0 for i < 500
    QCOMPARE(columnValues(model, QStringLiteral("kind")).count(QStringLiteral("red")), 167);
    nlohmann::json request;
    QVERIFY(model.query().build(&request, nullptr));
    QCOMPARE(request["FilterExpression"].get<std::string>(), "#n0 = :v0");
    // A second filter narrows further; the number column compares numbers.
    QVERIFY(typeFilter(pane, QStringLiteral("n"), QStringLiteral("<30")));
    QTRY_VERIFY(!model.isLoading());
    fetchAll(model);
    QCOMPARE(model.rowCount(), 10);
    // The filter boxes keep their text across the reset.
    QCOMPARE(pane.filterHeader()->editor(model.columnOf(QStringLiteral("kind")))->text(), QStringLiteral("red"));

    // A filter that is no condition is shown, and nothing is read.
    QVERIFY(typeFilter(pane, QStringLiteral("n"), QStringLiteral(">abc")));
    auto* error = pane.findChild<QLabel*>(QStringLiteral("itemsErrorLabel"));
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QLatin1String("not a number")), qPrintable(error->text()));
    QVERIFY(pane.filterHeader()->editor(model.columnOf(QStringLiteral("n")))->toolTip().contains(
        QLatin1String("not a number")));
    // Clearing it runs again.
    pane.filterHeader()->editor(model.columnOf(QStringLiteral("n")))->clear();
    QTRY_VERIFY(!error->isVisible());
    fetchAll(model);
    QCOMPARE(model.rowCount(), 167);
}

void TestItemsPane::queriesWithKeyConditions() {
    ItemsPane& pane = *m_pane;
    ItemsModel& model = *pane.model();
    auto* mode = pane.findChild<QComboBox*>(QStringLiteral("itemsModeCombo"));
    auto* partition = pane.findChild<QLineEdit*>(QStringLiteral("partitionValueEdit"));
    auto* sortOp = pane.findChild<QComboBox*>(QStringLiteral("sortOpCombo"));
    auto* sortValue = pane.findChild<QLineEdit*>(QStringLiteral("sortValueEdit"));
    auto* order = pane.findChild<QComboBox*>(QStringLiteral("sortOrderCombo"));
    QVERIFY(mode && partition && sortOp && sortValue && order);
    QVERIFY(!partition->isVisible());
    mode->setCurrentIndex(1);
    QVERIFY(partition->isVisible());

    // Without a partition key value the Query says what it needs.
    pane.run();
    auto* error = pane.findChild<QLabel*>(QStringLiteral("itemsErrorLabel"));
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QLatin1String("partition key value")), qPrintable(error->text()));

    QTest::keyClicks(partition, QStringLiteral("p2"));
    sortOp->setCurrentIndex(sortOp->findText(QStringLiteral(">=")));
    QTest::keyClicks(sortValue, QStringLiteral("95"));
    order->setCurrentIndex(1);  // descending
    QTest::keyClick(sortValue, Qt::Key_Return);
    QTRY_VERIFY(!model.isLoading());
    fetchAll(model);
    QCOMPARE(columnValues(model, QStringLiteral("sk")),
             (QStringList{QStringLiteral("99"), QStringLiteral("98"), QStringLiteral("97"), QStringLiteral("96"),
                          QStringLiteral("95")}));
    QVERIFY(!error->isVisible());

    // A filter on the sort key of a Query becomes its key condition...
    sortOp->setCurrentIndex(0);  // any
    QVERIFY(typeFilter(pane, QStringLiteral("sk"), QStringLiteral("10..12")));
    QTRY_VERIFY(!model.isLoading());
    fetchAll(model);
    QCOMPARE(columnValues(model, QStringLiteral("sk")),
             (QStringList{QStringLiteral("12"), QStringLiteral("11"), QStringLiteral("10")}));
    nlohmann::json request;
    QVERIFY(model.query().build(&request, nullptr));
    QCOMPARE(request["KeyConditionExpression"].get<std::string>(), "#n0 = :v0 AND #n1 BETWEEN :v1 AND :v2");
    QVERIFY(!request.contains("FilterExpression"));
    QCOMPARE(request["ScanIndexForward"].get<bool>(), false);
    // ...and one it cannot express is refused with the reason.
    QVERIFY(typeFilter(pane, QStringLiteral("sk"), QStringLiteral("~1")));
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QLatin1String("sort key")), qPrintable(error->text()));
}

void TestItemsPane::deletesTheSelectedItems() {
    ItemsPane& pane = *m_pane;
    ItemsModel& model = *pane.model();
    const int before = model.rowCount();
    QList<nlohmann::json> keys;
    QItemSelectionModel* selection = pane.view()->selectionModel();
    for (int row : {1, 2, 5}) {
        keys.append(model.keyOf(row));
        selection->select(model.index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    auto* deleteAction = pane.findChild<QAction*>(QStringLiteral("deleteItemsAction"));
    QVERIFY(deleteAction && deleteAction->isEnabled());

    // Cancel leaves them alone.
    deleteAction->trigger();
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = pane.findChild<QMessageBox*>(QStringLiteral("deleteItemsConfirmation"))) != nullptr);
    QVERIFY(box->text().contains(QLatin1String("3 items")));
    QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(pane.findChild<QMessageBox*>(QStringLiteral("deleteItemsConfirmation")) == nullptr);
    QCOMPARE(model.rowCount(), before);

    deleteAction->trigger();
    QTRY_VERIFY((box = pane.findChild<QMessageBox*>(QStringLiteral("deleteItemsConfirmation"))) != nullptr);
    QTest::mouseClick(box->findChild<QPushButton*>(QStringLiteral("confirmDeleteItemsButton")), Qt::LeftButton);
    bool ok = false;
    QString message;
    QVERIFY(waitForJob(pane, &ok, &message));
    QVERIFY2(ok, qPrintable(message));
    QCOMPARE(message, QStringLiteral("Deleted 3 items."));
    QCOMPARE(model.rowCount(), before - 3);
    for (const nlohmann::json& key : keys) {
        nlohmann::json response;
        QVERIFY(test::callEngine(*m_engine, "GetItem", {{"TableName", "catalog"}, {"Key", key}}, &response).isEmpty());
        QVERIFY(!response.contains("Item"));
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(model.keyOf(row) != key);
    }
}

void TestItemsPane::exportsAndImportsWithProgressAndCancel() {
    ItemsPane& pane = *m_pane;
    ItemsModel& model = *pane.model();
    auto* cancel = pane.findChild<QPushButton*>(QStringLiteral("jobCancelButton"));
    QVERIFY(cancel);

    // Export every page of the filtered Scan, though the view has read only the first.
    QVERIFY(typeFilter(pane, QStringLiteral("kind"), QStringLiteral("blue")));
    QTRY_VERIFY(!model.isLoading());
    QVERIFY(model.hasMore());  // 333 matches, the view holds fewer
    const QString json = m_dir.filePath(QStringLiteral("blue.json"));
    QVERIFY(pane.exportTo(json, ItemsExportWriter::Format::DynamoDbJson));
    QVERIFY(pane.jobBar()->isVisible());
    QVERIFY(cancel->isVisible());
    QVERIFY(!pane.exportTo(json, ItemsExportWriter::Format::Csv));  // one job at a time
    bool ok = false;
    QString message;
    QVERIFY(waitForJob(pane, &ok, &message));
    QVERIFY2(ok, qPrintable(message));
    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().count('\n'), 333);

    // Cancel from the bar: no file.
    const QString csv = m_dir.filePath(QStringLiteral("cancelled.csv"));
    QVERIFY(pane.exportTo(csv, ItemsExportWriter::Format::Csv));
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(waitForJob(pane, &ok, &message));
    QVERIFY(!ok);
    QVERIFY2(message.contains(QLatin1String("cancelled")), qPrintable(message));
    QVERIFY(!QFile::exists(csv));
    QVERIFY(!pane.isJobRunning());

    // Import a CSV; the view reads again afterwards.
    const QString input = m_dir.filePath(QStringLiteral("new.csv"));
    QFile out(input);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("pk,sk,kind,n\nnew,1,blue,1000\nnew,2,blue,1001\nnew,3,green,7\n");
    out.close();
    ItemsImportOptions options;
    options.path = input;
    options.format = ItemsImportOptions::Format::Csv;
    options.partitionKey = QStringLiteral("pk");
    options.sortKey = QStringLiteral("sk");
    options.sortKeyType = QStringLiteral("N");
    options.detectNumbers = true;
    QVERIFY(pane.importFrom(options));
    QVERIFY(waitForJob(pane, &ok, &message));
    QVERIFY2(ok, qPrintable(message));
    QCOMPARE(message, QStringLiteral("Imported 3 items into “catalog”."));
    QTRY_VERIFY(!model.isLoading());
    fetchAll(model);
    QCOMPARE(model.rowCount(), 335);  // the filter still applies: two new blue items
    nlohmann::json response;
    QVERIFY(test::callEngine(*m_engine, "GetItem",
                             {{"TableName", "catalog"}, {"Key", {{"pk", {{"S", "new"}}}, {"sk", {{"N", "3"}}}}}},
                             &response)
                .isEmpty());
    SS_COMPARE_JSON(response["Item"]["n"], (nlohmann::json{{"N", "7"}}));
}

void TestItemsPane::opensTheEditorAndNoticesOthersWrites() {
    ItemsPane& pane = *m_pane;
    ItemsModel& model = *pane.model();
    auto* changed = pane.findChild<QLabel*>(QStringLiteral("itemsChangedLabel"));
    QVERIFY(!changed->isVisible());
    // Someone else writes: the pane says so instead of jumping under the user.
    QVERIFY(test::callEngine(*m_engine, "PutItem",
                             {{"TableName", "catalog"}, {"Item", {{"pk", {{"S", "x"}}}, {"sk", {{"N", "1"}}}}}})
                .isEmpty());
    QTRY_VERIFY(changed->isVisible());
    const int rows = model.rowCount();
    QCOMPARE(rows, model.rowCount());

    // Double-click opens the editor on that row's item.
    const QModelIndex index = model.index(3, 2);
    const QRect rect = pane.view()->visualRect(index);
    QVERIFY(pane.view()->viewport()->rect().contains(rect.center()));
    QSignalSpy doubleClicked(pane.view(), &QAbstractItemView::doubleClicked);
    // (A press first: the view only takes a double-click on the index it saw pressed.)
    QTest::mouseClick(pane.view()->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
    QTest::mouseDClick(pane.view()->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
    QCOMPARE(doubleClicked.size(), 1);
    ItemEditorDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = pane.findChild<ItemEditorDialog*>()) != nullptr);
    QTRY_VERIFY(!dialog->loadedItem().is_null());
    SS_COMPARE_JSON(dialog->loadedItem()["pk"], model.keyOf(3)["pk"]);
    dialog->reject();
}

void TestItemsPane::browsesAHundredThousandItemsByScrolling() {
    auto engine = test::openMemoryEngine();
    SS_CREATE_TABLE(*engine, "big", "pk");
    test::fillTable(*engine, "big", 100000);
    const TableDescription description = test::describeTable(*engine, "big");
    QCOMPARE(description.itemCount, 100000);
    ItemsPane pane(std::make_shared<LocalBackend>(engine));
    pane.resize(1000, 600);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    pane.showTable(&description);
    ItemsModel* model = pane.model();
    QTRY_VERIFY(model->rowCount() > 0 && !model->isLoading());
    const int pageSize = model->rowCount();
    QVERIFY(pageSize < 1000);  // a page, not the table
    auto* status = pane.findChild<QLabel*>(QStringLiteral("itemsStatusLabel"));
    QVERIFY(status->text().contains(QLatin1String("more on scrolling")));

    // Dragging to the bottom reads exactly one more page each time, as a user scrolls.
    QScrollBar* bar = pane.view()->verticalScrollBar();
    for (int page = 2; page <= 6; ++page) {
        bar->setValue(bar->maximum());
        QTRY_COMPARE(model->rowCount(), page * pageSize);
        QTRY_VERIFY(!model->isLoading());
    }
    QTRY_VERIFY2(status->text().startsWith(QString::number(6 * pageSize) + QLatin1String(" items read")),
                 qPrintable(status->text()));
    // The rows now at the bottom of the view are the newest page's, painted with their keys.
    const QModelIndex last = model->index(model->rowCount() - 1, 0);
    pane.view()->scrollTo(last);
    QVERIFY(pane.view()->visualRect(last).isValid());
    QVERIFY(last.data().toString().startsWith(QLatin1String("item-")));
    QVERIFY(model->hasMore());
}

QTEST_MAIN(TestItemsPane)
#include "tst_items_pane.moc"
