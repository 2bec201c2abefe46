// TableDetailsPane: the right side of the main window: everything DescribeTable
// says about one table, as a readable overview (keys, attribute definitions,
// billing mode, item count, size, creation time, indexes, ARN) above the raw
// DescribeTable JSON in a read-only monospace view.
//
// The pane only displays what it is given; the main window feeds it from
// TableListModel, so it never talks to a backend itself.
//
// Thread-safety: GUI thread only.
#pragma once

#include "models/table_description.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QStackedWidget;

namespace shardscope::ui {

class EmptyStateWidget;

class TableDetailsPane : public QWidget {
    Q_OBJECT

public:
    explicit TableDetailsPane(QWidget* parent = nullptr);

    // Nothing selected; `hasTables` picks the hint.
    void showNoSelection(bool hasTables);
    // `tableName` is selected but not described yet.
    void showLoading(const QString& tableName);
    // Shows `description` (which must be valid).
    void showDescription(const TableDescription& description);

    // The table shown, if any (empty in the no-selection state).
    QString tableName() const { return m_tableName; }

private:
    QLabel* addField(QFormLayout* form, const QString& label, const char* objectName);
    QLabel* addSection(QFormLayout* form, const QString& title);

    QStackedWidget* m_stack;
    EmptyStateWidget* m_emptyState;
    QWidget* m_content;
    QLabel* m_nameLabel;
    QLabel* m_statusBadge;
    QLabel* m_arnLabel;
    QLabel* m_partitionKeyValue;
    QLabel* m_sortKeyValue;
    QLabel* m_attributesValue;
    QLabel* m_billingModeValue;
    QLabel* m_itemCountValue;
    QLabel* m_sizeValue;
    QLabel* m_createdValue;
    QLabel* m_indexesValue;
    QPlainTextEdit* m_jsonView;
    QString m_tableName;
    QString m_shownJson;
};

}  // namespace shardscope::ui
