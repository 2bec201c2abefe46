// TableWorkspace: the right side of the main window: one tab per view of the
// selected table. The first tab, "Overview", is the TableDetailsPane; every
// further tab is a TablePane added with addPane() (Items, Query, Designer, ...).
//
// The main window feeds the workspace the selection state (no selection,
// loading, described) and the workspace forwards it: the Overview tab gets it
// as is, every TablePane gets showTable() with the current description or null.
// A pane added later receives the current table at once.
//
// The selected tab is remembered in Settings by the pane's objectName() (the
// Overview tab is "overview"), so the choice survives restarts even when panes
// are added in a different order; give every pane a stable objectName.
//
// Thread-safety: GUI thread only.
#pragma once

#include "models/table_description.h"

#include <QList>
#include <QTabWidget>

#include <optional>

namespace shardscope::ui {

class Settings;
class TableDetailsPane;
class TablePane;

class TableWorkspace : public QTabWidget {
    Q_OBJECT

public:
    // `settings` (may be null: nothing is remembered) must outlive the workspace.
    explicit TableWorkspace(Settings* settings, QWidget* parent = nullptr);
    ~TableWorkspace() override;

    // The Overview tab.
    TableDetailsPane* detailsPane() const { return m_detailsPane; }

    // Adds `pane` as a tab titled `title`, takes ownership, shows it the
    // current table and returns its tab index. If the remembered tab is this
    // pane's objectName(), the tab becomes current.
    int addPane(TablePane* pane, const QString& title);
    // The added panes, in tab order (without the Overview tab).
    QList<TablePane*> panes() const;

    // Nothing is selected; `hasTables` picks the Overview's hint.
    void showNoSelection(bool hasTables);
    // `tableName` is selected but not described yet (panes see null).
    void showLoading(const QString& tableName);
    // `description` (valid) is selected, or was refreshed.
    void showDescription(const TableDescription& description);

    // The table forwarded to the panes; null when none.
    const TableDescription* currentDescription() const { return m_description ? &*m_description : nullptr; }

private:
    void forwardToPanes();
    void rememberCurrentTab();

    Settings* m_settings;
    TableDetailsPane* m_detailsPane;
    std::optional<TableDescription> m_description;
    QString m_rememberedTab;  // objectName of the tab to select once it exists
    bool m_adding = false;    // tab changes made by addTab() are not the user's choice
};

}  // namespace shardscope::ui
