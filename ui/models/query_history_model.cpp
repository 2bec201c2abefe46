#include "models/query_history_model.h"

#include "models/query_store_file.h"

#include <QColor>
#include <QCoreApplication>
#include <QLocale>

namespace shardscope::ui {

QString operationSummary(const tools::OperationSpec& spec) {
    const QString operation = QString::fromStdString(spec.operation);
    if (spec.isTransaction())
        return (spec.transactItems.size() == 1 ? QCoreApplication::translate("QueryHistoryModel", "%1 (1 action)")
                                               : QCoreApplication::translate("QueryHistoryModel", "%1 (%n actions)", "",
                                                                             int(spec.transactItems.size())))
            .arg(operation);
    QString text = operation + QLatin1Char(' ') + QString::fromStdString(spec.tableName);
    if (!spec.indexName.empty()) text += QStringLiteral(" (%1)").arg(QString::fromStdString(spec.indexName));
    return text;
}

QueryHistoryModel::QueryHistoryModel(const QString& filePath, QObject* parent)
    : QAbstractListModel(parent), m_filePath(filePath) {
    if (m_filePath.isEmpty()) return;
    const nlohmann::json stored = query_store_file::read(m_filePath);
    if (!stored.is_array()) return;
    for (const nlohmann::json& e : stored) {
        if (!e.is_object() || !e.contains("spec")) continue;
        Entry entry;
        entry.when = QDateTime::fromString(QString::fromStdString(e.value("when", "")), Qt::ISODateWithMs);
        entry.spec = tools::OperationSpec::fromJson(e["spec"]);
        entry.ok = e.value("ok", false);
        entry.outcome = QString::fromStdString(e.value("outcome", ""));
        m_entries.append(std::move(entry));
        if (m_entries.size() >= kMaxEntries) break;
    }
}

void QueryHistoryModel::add(const tools::OperationSpec& spec, bool ok, const QString& outcome, const QDateTime& when) {
    beginInsertRows({}, 0, 0);
    m_entries.prepend(Entry{when, spec, ok, outcome});
    endInsertRows();
    if (m_entries.size() > kMaxEntries) {
        beginRemoveRows({}, kMaxEntries, static_cast<int>(m_entries.size()) - 1);
        while (m_entries.size() > kMaxEntries) m_entries.removeLast();
        endRemoveRows();
    }
    save();
}

void QueryHistoryModel::clear() {
    beginResetModel();
    m_entries.clear();
    endResetModel();
    save();
}

int QueryHistoryModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

QVariant QueryHistoryModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) return {};
    const Entry& e = m_entries.at(index.row());
    switch (role) {
        case Qt::DisplayRole:
            return tr("%1  %2 — %3")
                .arg(QLocale().toString(e.when.time(), QLocale::ShortFormat), operationSummary(e.spec), e.outcome);
        case Qt::ToolTipRole:
            return QLocale().toString(e.when, QLocale::LongFormat);
        case Qt::ForegroundRole:
            return e.ok ? QVariant() : QVariant(QColor(0xb7, 0x1c, 0x1c));
        default:
            return {};
    }
}

void QueryHistoryModel::save() const {
    if (m_filePath.isEmpty()) return;
    nlohmann::json out = nlohmann::json::array();
    for (const Entry& e : m_entries)
        out.push_back({{"when", e.when.toString(Qt::ISODateWithMs).toStdString()},
                       {"spec", e.spec.toJson()},
                       {"ok", e.ok},
                       {"outcome", e.outcome.toStdString()}});
    query_store_file::write(m_filePath, out);
}

}  // namespace shardscope::ui
