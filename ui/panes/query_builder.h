// QueryBuilder: the Query tab's form: one DynamoDB operation built visually or
// as raw expressions, turned into a tools::OperationSpec.
//
// Pick an operation (GetItem, Query, Scan, PutItem, UpdateItem, DeleteItem,
// TransactGetItems, TransactWriteItems). Key fields come from the table's (or
// the chosen index's) key schema; the filter or condition, the update actions
// and the projection are rows with operator pickers (QueryRowModel), or, with
// "Edit as expressions", expression text with ExpressionAttributeNames and
// Values as JSON. Attribute cells and the projection complete names from
// attributeNames(). For a transaction the form edits one action at a time and
// "Add Action" appends it to the transaction's list.
//
// The builder only describes; it neither checks nor sends. spec() reports
// input it cannot turn into values (malformed JSON, a non-boolean BOOL) as a
// translated message; everything else is for the engine to judge.
//
// Thread-safety: GUI thread only.
#pragma once

#include "shardscope/tools/expression_validator.h"
#include "shardscope/tools/operation_spec.h"
#include "shardscope/tools/table_design.h"

#include <QWidget>

#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStringListModel;
class QTableView;

namespace shardscope::ui {

class QueryRowModel;

class QueryBuilder : public QWidget {
    Q_OBJECT

public:
    explicit QueryBuilder(QWidget* parent = nullptr);

    // The table to build for (null: none). Input is kept when the table stays the same.
    void setTable(const std::optional<tools::TableDesign>& table);
    // Names offered for completion: the table's key attributes plus addAttributeNames().
    QStringListModel* attributeNames() const { return m_attributeNames; }
    void addAttributeNames(const QStringList& names);

    // The operation the form describes. On input that cannot become values,
    // `*inputError` (if given) says why; the spec then lacks that part.
    tools::OperationSpec spec(QString* inputError = nullptr) const;
    void setSpec(const tools::OperationSpec& spec);
    // The key schema the operation's key condition is checked against (the index's on an index).
    tools::KeySchemaInfo keySchema() const;

    QString operation() const;
    void setOperation(const QString& operation);
    QueryRowModel* conditionModel() const { return m_conditions; }
    QueryRowModel* updateModel() const { return m_updates; }
    // Appends the action being edited to the transaction (transactions only).
    void addTransactionAction();
    int transactionActionCount() const { return static_cast<int>(m_actions.size()); }

signals:
    // Anything that changes spec() changed.
    void changed();

private:
    void buildUi();
    QString currentAction() const;
    bool isRaw() const;
    tools::OperationSpec actionSpec(const QString& operation, QString* error) const;
    void loadAction(const tools::OperationSpec& action);
    void switchMode(bool raw);
    void updateVisibility();
    void updateKeyLabels();
    void refreshAttributeNames();
    void refreshActionList();
    const tools::IndexDesign* selectedIndex() const;

    std::optional<tools::TableDesign> m_table;
    std::vector<tools::OperationSpec> m_actions;
    QStringList m_seenAttributes;
    QStringListModel* m_attributeNames;
    QStringListModel* m_actionList;
    QueryRowModel* m_conditions;
    QueryRowModel* m_updates;
    bool m_loading = false;

    QComboBox* m_operation = nullptr;
    QComboBox* m_action = nullptr;
    QComboBox* m_index = nullptr;
    QCheckBox* m_raw = nullptr;
    QGroupBox* m_transactionGroup = nullptr;
    QListView* m_transactionView = nullptr;
    QGroupBox* m_keyGroup = nullptr;
    QLabel* m_partitionLabel = nullptr;
    QLineEdit* m_partitionValue = nullptr;
    QLabel* m_sortLabel = nullptr;
    QComboBox* m_sortOp = nullptr;
    QLineEdit* m_sortValue = nullptr;
    QLineEdit* m_sortValue2 = nullptr;
    QWidget* m_sortRow = nullptr;
    QGroupBox* m_itemGroup = nullptr;
    QPlainTextEdit* m_item = nullptr;
    QGroupBox* m_conditionGroup = nullptr;
    QTableView* m_conditionView = nullptr;
    QComboBox* m_join = nullptr;
    QGroupBox* m_updateGroup = nullptr;
    QTableView* m_updateView = nullptr;
    QWidget* m_projectionRow = nullptr;
    QLineEdit* m_projection = nullptr;
    QGroupBox* m_rawGroup = nullptr;
    QLineEdit* m_rawKeyCondition = nullptr;
    QLineEdit* m_rawCondition = nullptr;
    QLineEdit* m_rawUpdate = nullptr;
    QLineEdit* m_rawProjection = nullptr;
    QPlainTextEdit* m_rawNames = nullptr;
    QPlainTextEdit* m_rawValues = nullptr;
    QSpinBox* m_limit = nullptr;
    QCheckBox* m_consistentRead = nullptr;
    QCheckBox* m_scanForward = nullptr;
    QComboBox* m_returnValues = nullptr;
    QComboBox* m_consumedCapacity = nullptr;
};

}  // namespace shardscope::ui
