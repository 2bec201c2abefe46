#include "models/stream_tail_model.h"

#include "models/live_snapshot.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <iterator>

namespace shardscope::ui {

using nlohmann::json;

StreamTailModel::StreamTailModel(QObject* parent) : QAbstractTableModel(parent) {}

void StreamTailModel::appendRecords(const json& records) {
    if (!records.is_array() || records.empty()) return;
    QList<Row> fresh;
    for (const json& r : records) {
        if (!r.is_object()) continue;
        Row row;
        row.event = QString::fromStdString(r.value("eventName", std::string()));
        const json& d = r.contains("dynamodb") && r["dynamodb"].is_object() ? r["dynamodb"] : json::object();
        if (const auto t = d.find("ApproximateCreationDateTime"); t != d.end() && t->is_number())
            row.time = QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(std::llround(t->get<double>() * 1000.0)));
        if (const auto k = d.find("Keys"); k != d.end()) row.keys = liveKeyText(*k, m_keyOrder);
        if (const auto s = d.find("SizeBytes"); s != d.end() && s->is_number()) row.sizeBytes = s->get<qint64>();
        if (const auto q = d.find("SequenceNumber"); q != d.end() && q->is_string())
            row.sequence = QString::fromStdString(q->get<std::string>());
        if (const auto u = r.find("userIdentity"); u != r.end() && u->is_object())
            // The Streams API names it PrincipalId; Lambda's event shape principalId.
            row.byTtl = u->value("PrincipalId", u->value("principalId", std::string())) == "dynamodb.amazonaws.com";
        row.record = r;
        fresh.append(std::move(row));  // put in order below
    }
    if (fresh.isEmpty()) return;
    std::stable_sort(fresh.begin(), fresh.end(), newer);
    if (m_rows.isEmpty() || !newer(m_rows.front(), fresh.back())) {
        // The usual case: everything new is newer than what is shown. Drop
        // from the end (the oldest) what no longer fits, then insert on top.
        const qsizetype keepOld = std::max<qsizetype>(0, maxRows() - fresh.size());
        if (m_rows.size() > keepOld) {
            beginRemoveRows({}, static_cast<int>(keepOld), static_cast<int>(m_rows.size() - 1));
            m_rows.resize(keepOld);
            endRemoveRows();
        }
        if (fresh.size() > maxRows()) fresh.resize(maxRows());
        beginInsertRows({}, 0, static_cast<int>(fresh.size() - 1));
        m_rows = fresh + m_rows;
        endInsertRows();
        return;
    }
    // Another shard delivered older records than some shown: merge.
    beginResetModel();
    QList<Row> merged;
    merged.reserve(m_rows.size() + fresh.size());
    std::merge(m_rows.begin(), m_rows.end(), fresh.begin(), fresh.end(), std::back_inserter(merged), newer);
    if (merged.size() > maxRows()) merged.resize(maxRows());
    m_rows = std::move(merged);
    endResetModel();
}

bool StreamTailModel::newer(const Row& a, const Row& b) {
    if (a.time != b.time) return a.time > b.time;
    // Sequence numbers are decimal strings of growing length.
    if (a.sequence.size() != b.sequence.size()) return a.sequence.size() > b.sequence.size();
    return a.sequence > b.sequence;
}

void StreamTailModel::clear() {
    if (m_rows.isEmpty()) return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

json StreamTailModel::recordAt(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows[row].record : json();
}

int StreamTailModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int StreamTailModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant StreamTailModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size()) return {};
    const Row& r = m_rows[index.row()];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Time: return r.time.isValid() ? QLocale().toString(r.time.toLocalTime().time(), QStringLiteral("HH:mm:ss")) : QString();
        case Event: return r.byTtl ? tr("%1 (TTL)").arg(r.event) : r.event;
        case Keys: return r.keys;
        case Size: return QLocale().formattedDataSize(r.sizeBytes);
        default: return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Event) {
        if (r.event == QLatin1String("INSERT")) return QBrush(QColor(0x2e, 0x8b, 0x57));
        if (r.event == QLatin1String("MODIFY")) return QBrush(QColor(0xc2, 0x7c, 0x0e));
        if (r.event == QLatin1String("REMOVE")) return QBrush(QColor(0xc0, 0x39, 0x2b));
    }
    if (role == Qt::TextAlignmentRole && index.column() == Size) return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) return QString::fromStdString(r.record.dump(2));
    return {};
}

QVariant StreamTailModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case Time: return tr("Time");
    case Event: return tr("Event");
    case Keys: return tr("Keys");
    case Size: return tr("Size");
    default: return {};
    }
}

}  // namespace shardscope::ui
