// QueryRowModel: the query builder's editable rows: conditions (a filter or a
// write condition) or update actions.
//
// A condition row is attribute, operator, value type, value and (BETWEEN) a
// second value; an update row is action, attribute, value type and value.
// Values are kept as typed text and turned into AttributeValues only when the
// spec is built (tools::parseTypedValue), so a half-typed row never loses
// what the user wrote. Operators and actions use the expression language's
// spelling ("=", "begins_with", "SET"); the display role translates them.
//
// Thread-safety: GUI thread only.
#pragma once

#include "shardscope/tools/expression_builder.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace shardscope::ui {

class QueryRowModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum class Kind { Condition, Update };
    // Condition columns: Attribute, Operator, Type, Value, Value2.
    // Update columns:    Operator (the action), Attribute, Type, Value.
    enum Column { Attribute, Operator, Type, Value, Value2 };
    static constexpr int kWireValueRole = Qt::UserRole + 1;

    explicit QueryRowModel(Kind kind, QObject* parent = nullptr);

    Kind kind() const { return m_kind; }
    // The logical column shown at `visualColumn`.
    Column columnAt(int visualColumn) const;
    int visualColumn(Column column) const;

    // Appends a row (attribute empty, "=" or SET, type S); returns its row.
    int addRow(const QString& attribute = {});
    void removeRow(int row);
    void clear();

    // The rows as the tools library takes them. Rows without an attribute are
    // skipped; a value that does not parse sets `*error` (translated) and is skipped.
    std::vector<tools::ConditionRow> conditionRows(QString* error = nullptr) const;
    std::vector<tools::UpdateRow> updateRows(QString* error = nullptr) const;
    void setConditionRows(const std::vector<tools::ConditionRow>& rows);
    void setUpdateRows(const std::vector<tools::UpdateRow>& rows);

    // Operator or action choices for this kind: wire value and translated label.
    QList<QPair<QString, QString>> operatorChoices() const;
    // Whether the operator/action takes a value (attribute_exists and REMOVE do not).
    static bool takesValue(const QString& op);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void rowsEdited();

private:
    struct Row {
        QString attribute;
        QString op;
        QString type = QStringLiteral("S");
        QString value;
        QString value2;
    };
    std::optional<nlohmann::json> parse(const QString& type, const QString& text, QString* error) const;
    QString operatorText(const QString& op) const;

    Kind m_kind;
    QList<Row> m_rows;
};

}  // namespace shardscope::ui
