// TableListPane: the left side of the main window: a filterable, sortable
// list of the backend's tables (a view on TableListModel) and, when there is
// nothing to list, an empty state that says why and offers the next step.
//
// Each table row carries its secondary indexes as children (expanded when
// they first appear). The pane reports the current table by name (an index
// row reports its table), so selections survive sorting, filtering and
// refreshes.
//
// Thread-safety: GUI thread only.
#pragma once

#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QTreeView;

namespace shardscope::ui {

class EmptyStateWidget;
class TableListModel;

class TableListPane : public QWidget {
    Q_OBJECT

public:
    // `model` must outlive the pane.
    explicit TableListPane(TableListModel* model, QWidget* parent = nullptr);

    // The empty state's button triggers `action` (File > New Table…).
    void setCreateTableAction(QAction* action);

    // The current table's name; empty if none.
    QString currentTable() const;
    // Makes `tableName` current if it is listed (and passes the filter);
    // returns whether it did.
    bool selectTable(const QString& tableName);

    QTreeView* view() const { return m_view; }
    // The filter line (Ctrl+F in the main window focuses it).
    QLineEdit* filterEdit() const { return m_filter; }

signals:
    // The current table changed; empty when there is none.
    void currentTableChanged(const QString& tableName);

private:
    void updatePlaceholder();
    void updateCount();
    void emitCurrentIfChanged();

    TableListModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLabel* m_countLabel;
    QLineEdit* m_filter;
    QStackedWidget* m_stack;
    QTreeView* m_view;
    EmptyStateWidget* m_emptyState;
    QPointer<QAction> m_createAction;
    QString m_current;
};

}  // namespace shardscope::ui
