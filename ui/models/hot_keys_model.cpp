#include "models/hot_keys_model.h"

#include <QLocale>

namespace shardscope::ui {

HotKeysModel::HotKeysModel(QObject* parent) : QAbstractTableModel(parent) {}

void HotKeysModel::setKeys(const QList<LiveHotKey>& keys, const QString& unit) {
    // Same keys in the same order: only the numbers move, so keep the
    // selection and scroll position by signalling dataChanged.
    bool sameRows = keys.size() == m_keys.size();
    for (qsizetype i = 0; sameRows && i < keys.size(); ++i) sameRows = keys[i].key == m_keys[i].key;
    m_total = 0;
    for (const LiveHotKey& k : keys) m_total += k.count;
    if (sameRows) {
        m_keys = keys;
        m_unit = unit;
        if (!m_keys.isEmpty()) emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_keys = keys;
    m_unit = unit;
    endResetModel();
}

int HotKeysModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_keys.size());
}

int HotKeysModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant HotKeysModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_keys.size()) return {};
    const LiveHotKey& k = m_keys[index.row()];
    const QLocale locale;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Rank: return index.row() + 1;
        case Key: return k.key;
        case Count: return locale.toString(k.count, 'f', k.count < 10 ? 1 : 0);
        case Share: return m_total > 0 ? locale.toString(100.0 * k.count / m_total, 'f', 1) + QLatin1Char('%') : QString();
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() != Key)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole)
        return tr("%1\n%2 %3 in the window (at least %4)")
            .arg(k.key, locale.toString(k.count, 'f', 1), m_unit, locale.toString(std::max(0.0, k.count - k.error), 'f', 1));
    return {};
}

QVariant HotKeysModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case Rank: return tr("#");
    case Key: return tr("Key");
    case Count: return m_unit.isEmpty() ? tr("Count") : m_unit;
    case Share: return tr("Share");
    default: return {};
    }
}

}  // namespace shardscope::ui
