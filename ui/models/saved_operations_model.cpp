#include "models/saved_operations_model.h"

#include "models/query_history_model.h"
#include "models/query_store_file.h"

namespace shardscope::ui {

SavedOperationsModel::SavedOperationsModel(const QString& filePath, QObject* parent)
    : QAbstractListModel(parent), m_filePath(filePath) {
    if (m_filePath.isEmpty()) return;
    const nlohmann::json stored = query_store_file::read(m_filePath);
    if (!stored.is_array()) return;
    for (const nlohmann::json& e : stored) {
        if (!e.is_object() || !e.contains("spec") || !e.contains("name") || !e["name"].is_string()) continue;
        m_entries.append(
            Entry{QString::fromStdString(e["name"].get<std::string>()), tools::OperationSpec::fromJson(e["spec"])});
    }
}

int SavedOperationsModel::save(const QString& name, const tools::OperationSpec& spec) {
    int row = find(name);
    if (row >= 0) {
        m_entries[row].spec = spec;
        emit dataChanged(index(row), index(row));
    } else {
        row = rowCount();
        beginInsertRows({}, row, row);
        m_entries.append(Entry{name, spec});
        endInsertRows();
    }
    write();
    return row;
}

void SavedOperationsModel::remove(int row) {
    if (row < 0 || row >= rowCount()) return;
    beginRemoveRows({}, row, row);
    m_entries.removeAt(row);
    endRemoveRows();
    write();
}

int SavedOperationsModel::find(const QString& name) const {
    for (int i = 0; i < rowCount(); ++i)
        if (m_entries.at(i).name == name) return i;
    return -1;
}

int SavedOperationsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

QVariant SavedOperationsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) return {};
    const Entry& e = m_entries.at(index.row());
    if (role == Qt::DisplayRole) return tr("%1 — %2").arg(e.name, operationSummary(e.spec));
    if (role == Qt::EditRole) return e.name;
    return {};
}

void SavedOperationsModel::write() const {
    if (m_filePath.isEmpty()) return;
    nlohmann::json out = nlohmann::json::array();
    for (const Entry& e : m_entries) out.push_back({{"name", e.name.toStdString()}, {"spec", e.spec.toJson()}});
    query_store_file::write(m_filePath, out);
}

}  // namespace shardscope::ui
