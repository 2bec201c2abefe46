#include "models/query_row_model.h"

namespace shardscope::ui {
namespace {

QString fromStd(const std::string& text) {
    return QString::fromStdString(text);
}

}  // namespace

QueryRowModel::QueryRowModel(Kind kind, QObject* parent) : QAbstractTableModel(parent), m_kind(kind) {}

QueryRowModel::Column QueryRowModel::columnAt(int visualColumn) const {
    static constexpr Column kCondition[] = {Attribute, Operator, Type, Value, Value2};
    static constexpr Column kUpdate[] = {Operator, Attribute, Type, Value};
    if (visualColumn < 0 || visualColumn >= columnCount()) return Attribute;
    return m_kind == Kind::Condition ? kCondition[visualColumn] : kUpdate[visualColumn];
}

int QueryRowModel::visualColumn(Column column) const {
    for (int c = 0; c < columnCount(); ++c)
        if (columnAt(c) == column) return c;
    return -1;
}

int QueryRowModel::addRow(const QString& attribute) {
    const int row = rowCount();
    beginInsertRows({}, row, row);
    Row r;
    r.attribute = attribute;
    r.op = m_kind == Kind::Condition ? QStringLiteral("=") : QStringLiteral("SET");
    m_rows.append(r);
    endInsertRows();
    emit rowsEdited();
    return row;
}

void QueryRowModel::removeRow(int row) {
    if (row < 0 || row >= rowCount()) return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    emit rowsEdited();
}

void QueryRowModel::clear() {
    beginResetModel();
    m_rows.clear();
    endResetModel();
    emit rowsEdited();
}

std::optional<nlohmann::json> QueryRowModel::parse(const QString& type, const QString& text, QString* error) const {
    tools::ValueInputError inputError = tools::ValueInputError::None;
    auto value = tools::parseTypedValue(type.toStdString(), text.toStdString(), &inputError);
    if (!value && error && error->isEmpty()) {
        *error = inputError == tools::ValueInputError::InvalidBoolean
                     ? tr("“%1” is not a boolean: enter true or false.").arg(text)
                     : tr("“%1” is not valid JSON for a %2 value.").arg(text, type);
    }
    return value;
}

std::vector<tools::ConditionRow> QueryRowModel::conditionRows(QString* error) const {
    std::vector<tools::ConditionRow> rows;
    for (const Row& r : m_rows) {
        if (r.attribute.trimmed().isEmpty()) continue;
        tools::ConditionRow out;
        out.attribute = r.attribute.trimmed().toStdString();
        out.op = r.op.toStdString();
        if (takesValue(r.op)) {
            // attribute_type compares with a type name, written as a string value.
            const QString type = r.op == QLatin1String("attribute_type") ? QStringLiteral("S") : r.type;
            auto value = parse(type, r.value, error);
            if (!value) continue;
            out.value = *value;
            if (r.op == QLatin1String("BETWEEN")) {
                auto upper = parse(type, r.value2, error);
                if (!upper) continue;
                out.value2 = *upper;
            }
        }
        rows.push_back(std::move(out));
    }
    return rows;
}

std::vector<tools::UpdateRow> QueryRowModel::updateRows(QString* error) const {
    std::vector<tools::UpdateRow> rows;
    for (const Row& r : m_rows) {
        if (r.attribute.trimmed().isEmpty()) continue;
        tools::UpdateRow out;
        out.action = r.op.toStdString();
        out.attribute = r.attribute.trimmed().toStdString();
        if (takesValue(r.op)) {
            auto value = parse(r.type, r.value, error);
            if (!value) continue;
            out.value = *value;
        }
        rows.push_back(std::move(out));
    }
    return rows;
}

void QueryRowModel::setConditionRows(const std::vector<tools::ConditionRow>& rows) {
    beginResetModel();
    m_rows.clear();
    for (const tools::ConditionRow& c : rows) {
        Row r;
        r.attribute = fromStd(c.attribute);
        r.op = fromStd(c.op);
        const auto [type, text] = tools::typedValueText(c.value);
        r.type = fromStd(type);
        r.value = fromStd(text);
        r.value2 = fromStd(tools::typedValueText(c.value2).second);
        m_rows.append(r);
    }
    endResetModel();
    emit rowsEdited();
}

void QueryRowModel::setUpdateRows(const std::vector<tools::UpdateRow>& rows) {
    beginResetModel();
    m_rows.clear();
    for (const tools::UpdateRow& u : rows) {
        Row r;
        r.attribute = fromStd(u.attribute);
        r.op = fromStd(u.action);
        const auto [type, text] = tools::typedValueText(u.value);
        r.type = fromStd(type);
        r.value = fromStd(text);
        m_rows.append(r);
    }
    endResetModel();
    emit rowsEdited();
}

QList<QPair<QString, QString>> QueryRowModel::operatorChoices() const {
    QList<QPair<QString, QString>> choices;
    if (m_kind == Kind::Condition) {
        for (const char* op : {"=", "<>", "<", "<=", ">", ">=", "BETWEEN", "begins_with", "contains",
                               "attribute_exists", "attribute_not_exists", "attribute_type"})
            choices.append({QLatin1String(op), operatorText(QLatin1String(op))});
    } else {
        for (const char* op :
             {"SET", "SET_IF_NOT_EXISTS", "INCREMENT", "DECREMENT", "APPEND", "REMOVE", "ADD", "DELETE"})
            choices.append({QLatin1String(op), operatorText(QLatin1String(op))});
    }
    return choices;
}

bool QueryRowModel::takesValue(const QString& op) {
    return op != QLatin1String("attribute_exists") && op != QLatin1String("attribute_not_exists") &&
           op != QLatin1String("REMOVE");
}

QString QueryRowModel::operatorText(const QString& op) const {
    if (op == QLatin1String("BETWEEN")) return tr("between");
    if (op == QLatin1String("begins_with")) return tr("begins with");
    if (op == QLatin1String("contains")) return tr("contains");
    if (op == QLatin1String("attribute_exists")) return tr("exists");
    if (op == QLatin1String("attribute_not_exists")) return tr("does not exist");
    if (op == QLatin1String("attribute_type")) return tr("is of type");
    if (op == QLatin1String("SET")) return tr("Set to");
    if (op == QLatin1String("SET_IF_NOT_EXISTS")) return tr("Set if missing");
    if (op == QLatin1String("INCREMENT")) return tr("Increase by");
    if (op == QLatin1String("DECREMENT")) return tr("Decrease by");
    if (op == QLatin1String("APPEND")) return tr("Append list");
    if (op == QLatin1String("REMOVE")) return tr("Remove");
    if (op == QLatin1String("ADD")) return tr("Add (number or set)");
    if (op == QLatin1String("DELETE")) return tr("Delete from set");
    return op;
}

int QueryRowModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int QueryRowModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : (m_kind == Kind::Condition ? 5 : 4);
}

QVariant QueryRowModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) return {};
    const Row& r = m_rows.at(index.row());
    const Column column = columnAt(index.column());
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != kWireValueRole) return {};
    switch (column) {
        case Attribute:
            return r.attribute;
        case Operator:
            return role == Qt::DisplayRole ? operatorText(r.op) : r.op;
        case Type:
            return takesValue(r.op) && r.op != QLatin1String("attribute_type") ? r.type : QString();
        case Value:
            return takesValue(r.op) ? r.value : QString();
        case Value2:
            return r.op == QLatin1String("BETWEEN") ? r.value2 : QString();
    }
    return {};
}

bool QueryRowModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!index.isValid() || role != Qt::EditRole || index.row() >= rowCount()) return false;
    Row& r = m_rows[index.row()];
    switch (columnAt(index.column())) {
        case Attribute:
            r.attribute = value.toString();
            break;
        case Operator:
            r.op = value.toString();
            break;
        case Type:
            r.type = value.toString();
            break;
        case Value:
            r.value = value.toString();
            break;
        case Value2:
            r.value2 = value.toString();
            break;
    }
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), columnCount() - 1));
    emit rowsEdited();
    return true;
}

Qt::ItemFlags QueryRowModel::flags(const QModelIndex& index) const {
    if (!index.isValid()) return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    const Row& r = m_rows.at(index.row());
    switch (columnAt(index.column())) {
        case Type:
            if (!takesValue(r.op) || r.op == QLatin1String("attribute_type")) return f;
            break;
        case Value:
            if (!takesValue(r.op)) return f;
            break;
        case Value2:
            if (r.op != QLatin1String("BETWEEN")) return f;
            break;
        default:
            break;
    }
    return f | Qt::ItemIsEditable;
}

QVariant QueryRowModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (columnAt(section)) {
        case Attribute:
            return tr("Attribute");
        case Operator:
            return m_kind == Kind::Condition ? tr("Operator") : tr("Action");
        case Type:
            return tr("Type");
        case Value:
            return tr("Value");
        case Value2:
            return tr("And");
    }
    return {};
}

}  // namespace shardscope::ui
