#include "dialogs/table_designer_index_model.h"

#include "models/table_description.h"

#include <QCoreApplication>
#include <QStringList>

namespace shardscope::ui {
namespace {

QString fromStd(const std::string& text) {
    return QString::fromStdString(text);
}

QStringList splitNames(const QString& text) {
    QStringList names;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty()) names.append(part.trimmed());
    return names;
}

}  // namespace

QString projectionText(const QString& projectionType) {
    if (projectionType == QLatin1String("ALL"))
        return QCoreApplication::translate("TableDesignerIndexModel", "All attributes");
    if (projectionType == QLatin1String("KEYS_ONLY"))
        return QCoreApplication::translate("TableDesignerIndexModel", "Keys only");
    if (projectionType == QLatin1String("INCLUDE"))
        return QCoreApplication::translate("TableDesignerIndexModel", "Listed attributes");
    return projectionType;
}

TableDesignerIndexModel::TableDesignerIndexModel(bool local, QObject* parent)
    : QAbstractTableModel(parent), m_local(local) {}

void TableDesignerIndexModel::setIndexes(std::vector<tools::IndexDesign> indexes) {
    beginResetModel();
    m_indexes = std::move(indexes);
    endResetModel();
}

void TableDesignerIndexModel::setProvisioned(bool provisioned) {
    if (m_provisioned == provisioned) return;
    m_provisioned = provisioned;
    if (!m_indexes.empty()) emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void TableDesignerIndexModel::setReadOnly(bool readOnly) {
    m_readOnly = readOnly;
    if (!m_indexes.empty()) emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

int TableDesignerIndexModel::addIndex() {
    const QString prefix = m_local ? QStringLiteral("LSI") : QStringLiteral("GSI");
    int n = 1;
    auto taken = [this](const std::string& name) {
        for (const tools::IndexDesign& i : m_indexes)
            if (i.name == name) return true;
        return false;
    };
    while (taken((prefix + QString::number(n)).toStdString())) ++n;
    tools::IndexDesign index;
    index.name = (prefix + QString::number(n)).toStdString();
    const int row = rowCount();
    beginInsertRows({}, row, row);
    m_indexes.push_back(std::move(index));
    endInsertRows();
    emit designChanged();
    return row;
}

void TableDesignerIndexModel::removeIndex(int row) {
    if (row < 0 || row >= rowCount()) return;
    beginRemoveRows({}, row, row);
    m_indexes.erase(m_indexes.begin() + row);
    endRemoveRows();
    emit designChanged();
}

TableDesignerIndexModel::Column TableDesignerIndexModel::columnAt(int visualColumn) const {
    static constexpr Column kLocal[] = {Name, SortKey, SortType, Projection, NonKeyAttributes};
    if (m_local) return visualColumn >= 0 && visualColumn < 5 ? kLocal[visualColumn] : Name;
    return static_cast<Column>(visualColumn);
}

int TableDesignerIndexModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_indexes.size());
}

int TableDesignerIndexModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : (m_local ? 5 : 9);
}

QVariant TableDesignerIndexModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) return {};
    const tools::IndexDesign& d = m_indexes[static_cast<std::size_t>(index.row())];
    const Column column = columnAt(index.column());
    const bool include = d.projectionType == "INCLUDE";
    if (role == kWireValueRole || role == Qt::EditRole || role == Qt::DisplayRole) {
        QVariant wire;
        switch (column) {
            case Name:
                wire = fromStd(d.name);
                break;
            case PartitionKey:
                wire = fromStd(d.partitionKey.name);
                break;
            case PartitionType:
                wire = fromStd(d.partitionKey.type);
                break;
            case SortKey:
                wire = fromStd(d.sortKey.name);
                break;
            case SortType:
                wire = d.sortKey.isSet() ? fromStd(d.sortKey.type) : QString();
                break;
            case Projection:
                wire = fromStd(d.projectionType);
                break;
            case NonKeyAttributes: {
                QStringList names;
                for (const std::string& n : d.nonKeyAttributes) names.append(fromStd(n));
                wire = include ? names.join(QStringLiteral(", ")) : QString();
                break;
            }
            case Read:
                wire = m_provisioned ? QVariant(qlonglong(d.throughput.readCapacityUnits)) : QVariant();
                break;
            case Write:
                wire = m_provisioned ? QVariant(qlonglong(d.throughput.writeCapacityUnits)) : QVariant();
                break;
        }
        if (role != Qt::DisplayRole) return wire;
        if (column == PartitionType || column == SortType) return TableDescription::attributeTypeText(wire.toString());
        if (column == Projection) return projectionText(wire.toString());
        if ((column == Read || column == Write) && !m_provisioned) return tr("on demand");
        return wire;
    }
    if (role == Qt::ToolTipRole && column == NonKeyAttributes)
        return include ? tr("Attributes projected besides the keys, separated by commas")
                       : tr("Only INCLUDE projections list non-key attributes");
    return {};
}

bool TableDesignerIndexModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!index.isValid() || role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable)) return false;
    tools::IndexDesign& d = m_indexes[static_cast<std::size_t>(index.row())];
    const std::string text = value.toString().trimmed().toStdString();
    switch (columnAt(index.column())) {
        case Name:
            d.name = text;
            break;
        case PartitionKey:
            d.partitionKey.name = text;
            break;
        case PartitionType:
            d.partitionKey.type = text;
            break;
        case SortKey:
            d.sortKey.name = text;
            break;
        case SortType:
            d.sortKey.type = text;
            break;
        case Projection:
            d.projectionType = text;
            break;
        case NonKeyAttributes:
            d.nonKeyAttributes.clear();
            for (const QString& name : splitNames(value.toString())) d.nonKeyAttributes.push_back(name.toStdString());
            break;
        case Read:
            d.throughput.readCapacityUnits = value.toLongLong();
            break;
        case Write:
            d.throughput.writeCapacityUnits = value.toLongLong();
            break;
    }
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), columnCount() - 1));
    emit designChanged();
    return true;
}

Qt::ItemFlags TableDesignerIndexModel::flags(const QModelIndex& index) const {
    if (!index.isValid()) return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (m_readOnly) return f;
    const tools::IndexDesign& d = m_indexes[static_cast<std::size_t>(index.row())];
    const Column column = columnAt(index.column());
    const bool applies = (column != Read && column != Write) || m_provisioned;
    const bool nonKey = column != NonKeyAttributes || d.projectionType == "INCLUDE";
    const bool sortType = column != SortType || d.sortKey.isSet();
    if (applies && nonKey && sortType) f |= Qt::ItemIsEditable;
    return f;
}

QVariant TableDesignerIndexModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (columnAt(section)) {
        case Name:
            return tr("Name");
        case PartitionKey:
            return tr("Partition key");
        case PartitionType:
            return tr("Type");
        case SortKey:
            return tr("Sort key");
        case SortType:
            return tr("Type");
        case Projection:
            return tr("Projection");
        case NonKeyAttributes:
            return tr("Non-key attributes");
        case Read:
            return tr("RCU");
        case Write:
            return tr("WCU");
    }
    return {};
}

}  // namespace shardscope::ui
