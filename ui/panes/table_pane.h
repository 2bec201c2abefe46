// TablePane: the interface of every tab in the TableWorkspace (Items, Query,
// Designer, ...) that works on the table selected in the main window.
//
// The workspace calls showTable() whenever the selection changes and again
// whenever the selected table's description is refreshed (live item counts,
// status changes), so a pane must treat a call with the same table name as an
// update and keep its own state (scroll position, running requests, edits).
// A null description means "no table": nothing is selected, or the selected
// table has not been described yet.
//
// A pane that talks to a backend takes it in its own constructor; the
// workspace knows nothing about backends.
//
// Thread-safety: GUI thread only.
#pragma once

#include <QWidget>

namespace shardscope::ui {

struct TableDescription;

class TablePane : public QWidget {
    Q_OBJECT

public:
    using QWidget::QWidget;

    // Shows `description`, or the no-table state if it is null. The pointer
    // stays valid until the next showTable() call on this pane (the workspace
    // owns the description); copy whatever must live longer.
    virtual void showTable(const TableDescription* description) = 0;
};

}  // namespace shardscope::ui
