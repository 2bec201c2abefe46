#include "models/query_result_model.h"

#include "models/items_value_format.h"

#include <QFont>

namespace shardscope::ui {

QueryResultModel::QueryResultModel(QObject* parent) : QAbstractTableModel(parent) {}

void QueryResultModel::setItems(std::vector<nlohmann::json> items, const QStringList& keyNames) {
    beginResetModel();
    m_items = std::move(items);
    m_columns.clear();
    m_keyColumns = 0;
    for (const QString& key : keyNames) {
        bool present = false;
        for (const nlohmann::json& item : m_items)
            present = present || (item.is_object() && item.contains(key.toStdString()));
        if (present && !m_columns.contains(key)) {
            m_columns.append(key);
            ++m_keyColumns;
        }
    }
    for (const nlohmann::json& item : m_items) {
        if (!item.is_object()) continue;
        for (auto it = item.begin(); it != item.end(); ++it) {
            const QString name = QString::fromStdString(it.key());
            if (!m_columns.contains(name)) m_columns.append(name);
        }
    }
    m_columnKeys.clear();
    for (const QString& name : m_columns) m_columnKeys.push_back(name.toStdString());
    endResetModel();
}

void QueryResultModel::clear() {
    setItems({}, {});
}

int QueryResultModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int QueryResultModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

QVariant QueryResultModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount()) return {};
    const nlohmann::json& item = m_items[static_cast<std::size_t>(index.row())];
    const std::string& name = m_columnKeys[static_cast<std::size_t>(index.column())];
    const auto it = item.is_object() ? item.find(name) : item.end();
    const bool missing = !item.is_object() || it == item.end();
    switch (role) {
        case Qt::DisplayRole:
            return missing ? QString() : ItemsValueFormat::preview(*it, kPreviewChars);
        case Qt::ToolTipRole:
            return missing ? tr("No such attribute in this item")
                           : ItemsValueFormat::typeName(ItemsValueFormat::typeOf(*it));
        case kJsonRole:
            return missing ? QString() : QString::fromStdString(it->dump());
        default:
            return {};
    }
}

QVariant QueryResultModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Vertical) return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (section < 0 || section >= columnCount()) return {};
    if (role == Qt::DisplayRole) return m_columns.at(section);
    if (role == Qt::FontRole && section < m_keyColumns) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::ToolTipRole && section < m_keyColumns) return tr("Key attribute");
    return {};
}

}  // namespace shardscope::ui
