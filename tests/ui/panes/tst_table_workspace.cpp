// Tests ui/panes/table_workspace.cpp: the tabbed right side of the main
// window: forwarding the selected table to every TablePane, the Overview tab,
// and the remembered tab.
#include "../ui_test_support.h"

#include "models/table_description.h"
#include "panes/table_details_pane.h"
#include "panes/table_pane.h"
#include "panes/table_workspace.h"
#include "settings/settings.h"

#include <QTest>

using namespace shardscope;
using namespace shardscope::ui;

namespace {

// Records what the workspace told it.
class RecordingPane final : public TablePane {
public:
    explicit RecordingPane(const QString& name) { setObjectName(name); }
    void showTable(const TableDescription* description) override {
        ++calls;
        shown = description ? description->name : QString();
    }
    int calls = 0;
    QString shown;
};

TableDescription describe(const std::string& name, qint64 itemCount = 0) {
    return TableDescription::fromDescribeTable(
        {{"Table", {{"TableName", name}, {"TableStatus", "ACTIVE"}, {"ItemCount", itemCount}}}});
}

}  // namespace

class TestTableWorkspace : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { test::isolateSettings("tst_table_workspace"); }
    void init() { QSettings().clear(); }

    void forwardsTheCurrentTableToEveryPane();
    void remembersTheSelectedTab();
};

void TestTableWorkspace::forwardsTheCurrentTableToEveryPane() {
    Settings settings;
    TableWorkspace workspace(&settings);
    QCOMPARE(workspace.count(), 1);
    QCOMPARE(workspace.widget(0), static_cast<QWidget*>(workspace.detailsPane()));
    QCOMPARE(workspace.tabText(0), QStringLiteral("Overview"));
    QVERIFY(workspace.currentDescription() == nullptr);

    auto* first = new RecordingPane(QStringLiteral("first"));
    QCOMPARE(workspace.addPane(first, QStringLiteral("First")), 1);
    QCOMPARE(first->calls, 1);  // told "no table" at once
    QCOMPARE(first->shown, QString());

    workspace.showDescription(describe("orders"));
    QCOMPARE(first->shown, QStringLiteral("orders"));
    QCOMPARE(workspace.detailsPane()->tableName(), QStringLiteral("orders"));

    // A pane added later sees the current table at once.
    auto* second = new RecordingPane(QStringLiteral("second"));
    workspace.addPane(second, QStringLiteral("Second"));
    QCOMPARE(second->shown, QStringLiteral("orders"));
    QCOMPARE(workspace.panes(), (QList<TablePane*>{first, second}));

    // An identical refresh is not forwarded; a changed one is.
    const int before = first->calls;
    workspace.showDescription(describe("orders"));
    QCOMPARE(first->calls, before);
    workspace.showDescription(describe("orders", 5));
    QCOMPARE(first->calls, before + 1);

    // Loading and no selection both read as "no table" for the panes.
    workspace.showLoading(QStringLiteral("users"));
    QCOMPARE(first->shown, QString());
    QCOMPARE(second->shown, QString());
    QCOMPARE(workspace.detailsPane()->tableName(), QStringLiteral("users"));
    workspace.showDescription(describe("users"));
    QCOMPARE(second->shown, QStringLiteral("users"));
    workspace.showNoSelection(true);
    QCOMPARE(second->shown, QString());
    QVERIFY(workspace.currentDescription() == nullptr);
}

void TestTableWorkspace::remembersTheSelectedTab() {
    {
        Settings settings;
        TableWorkspace workspace(&settings);
        workspace.addPane(new RecordingPane(QStringLiteral("items")), QStringLiteral("Items"));
        workspace.addPane(new RecordingPane(QStringLiteral("query")), QStringLiteral("Query"));
        QCOMPARE(workspace.currentIndex(), 0);  // adding does not switch
        workspace.setCurrentIndex(2);
        QCOMPARE(Settings().workspaceTab(), QStringLiteral("query"));
    }
    // Restored by name, whatever the order the panes are added in.
    Settings settings;
    TableWorkspace workspace(&settings);
    workspace.addPane(new RecordingPane(QStringLiteral("query")), QStringLiteral("Query"));
    QCOMPARE(workspace.currentWidget()->objectName(), QStringLiteral("query"));
    workspace.addPane(new RecordingPane(QStringLiteral("items")), QStringLiteral("Items"));
    QCOMPARE(workspace.currentWidget()->objectName(), QStringLiteral("query"));
    QCOMPARE(settings.workspaceTab(), QStringLiteral("query"));
    workspace.setCurrentIndex(0);
    QCOMPARE(settings.workspaceTab(), QStringLiteral("overview"));

    // No settings: nothing is remembered, nothing breaks.
    TableWorkspace bare(nullptr);
    bare.addPane(new RecordingPane(QStringLiteral("items")), QStringLiteral("Items"));
    bare.setCurrentIndex(1);
    QCOMPARE(bare.currentIndex(), 1);
}

QTEST_MAIN(TestTableWorkspace)
#include "tst_table_workspace.moc"
