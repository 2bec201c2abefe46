#include "models/table_list_model.h"

#include "backend/backend.h"

#include <QLocale>
#include <QSet>

namespace shardscope::ui {
namespace {

constexpr int kListPageSize = 100;  // ListTables' maximum Limit

}  // namespace

TableListModel::TableListModel(std::shared_ptr<Backend> backend, QObject* parent)
    : QAbstractItemModel(parent), m_backend(std::move(backend)) {
    Q_ASSERT(m_backend);
    connect(m_backend.get(), &Backend::changed, this, &TableListModel::onChanges);
}

TableListModel::~TableListModel() = default;

QModelIndex TableListModel::index(int row, int column, const QModelIndex& parent) const {
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_rows.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= m_rows.size())
        return {};  // index rows have no children
    const Row& table = m_rows.at(parent.row());
    return row < table.description.indexes.size() ? createIndex(row, column, table.id) : QModelIndex();
}

QModelIndex TableListModel::parent(const QModelIndex& child) const {
    if (!child.isValid() || child.internalId() == 0)
        return {};
    const int row = rowOfId(child.internalId());
    return row < 0 ? QModelIndex() : createIndex(row, 0, quintptr(0));
}

int TableListModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid())
        return static_cast<int>(m_rows.size());
    if (parent.column() != 0 || parent.internalId() != 0 || parent.row() >= m_rows.size())
        return 0;
    return static_cast<int>(m_rows.at(parent.row()).description.indexes.size());
}

int TableListModel::columnCount(const QModelIndex&) const {
    return ColumnCount;
}

QVariant TableListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() != 0) {
        const int tableRow = rowOfId(index.internalId());
        if (tableRow < 0)
            return {};
        const Row& table = m_rows.at(tableRow);
        return indexData(table, table.description.indexes.at(index.row()), index.column(), role);
    }
    const Row& row = m_rows.at(index.row());
    const TableDescription& d = row.description;
    const bool described = d.isValid();

    switch (role) {
    case TableNameRole:
        return row.name;
    case DescriptionRole:
        return described ? QVariant::fromValue(d) : QVariant();
    case StatusRole:
        return d.status;
    case IndexNameRole:
        return QString();
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return row.name;
        case StatusColumn:
            return described ? d.statusText() : QVariant();
        case ItemCountColumn:
            return described ? QLocale().toString(d.itemCount) : QVariant();
        case SizeColumn:
            return described ? QLocale().formattedDataSize(d.sizeBytes, 1, QLocale::DataSizeTraditionalFormat)
                             : QVariant();
        case KeySchemaColumn:
            return described ? d.keySchemaSummary() : QVariant();
        }
        break;
    case SortRole:
        switch (index.column()) {
        case NameColumn:
            return row.name;
        case StatusColumn:
            return d.statusText();
        case ItemCountColumn:
            return d.itemCount;
        case SizeColumn:
            return d.sizeBytes;
        case KeySchemaColumn:
            return d.keySchemaSummary();
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == NameColumn && described && !d.arn.isEmpty())
            return d.arn;
        if (index.column() == SizeColumn && described)
            return tr("%1 bytes").arg(QLocale().toString(d.sizeBytes));
        if (index.column() == ItemCountColumn && described)
            return tr("As DescribeTable reports it (DynamoDB refreshes it about every six hours)");
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == ItemCountColumn || index.column() == SizeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant TableListModel::indexData(const Row& table, const IndexDescription& d, int column, int role) const {
    // A local index lives and dies with its table and reports no status of its own.
    const QString status = d.status.isEmpty() ? table.description.status : d.status;
    const bool global = d.kind == IndexDescription::Kind::Global;
    switch (role) {
    case TableNameRole:
        return table.name;
    case DescriptionRole:
        return QVariant::fromValue(table.description);
    case IndexNameRole:
        return d.name;
    case StatusRole:
        return status;
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return d.name;
        case StatusColumn:
            return TableDescription::statusText(status);
        case ItemCountColumn:
            return QLocale().toString(d.itemCount);
        case SizeColumn:
            return QLocale().formattedDataSize(d.sizeBytes, 1, QLocale::DataSizeTraditionalFormat);
        case KeySchemaColumn:
            //: Prefix of an index's key schema in the table list: global / local secondary index.
            return (global ? tr("GSI") : tr("LSI")) + QStringLiteral(" \u00b7 ") + d.keySchemaSummary();
        }
        break;
    case SortRole:
        switch (column) {
        case NameColumn:
            return d.name;
        case StatusColumn:
            return TableDescription::statusText(status);
        case ItemCountColumn:
            return d.itemCount;
        case SizeColumn:
            return d.sizeBytes;
        case KeySchemaColumn:
            return d.keySchemaSummary();
        }
        break;
    case Qt::ToolTipRole:
        if (column == NameColumn || column == KeySchemaColumn)
            return tr("%1 of “%2”, projection %3").arg(d.kindText(), table.name, d.projectionType);
        if (column == SizeColumn)
            return tr("%1 bytes").arg(QLocale().toString(d.sizeBytes));
        break;
    case Qt::TextAlignmentRole:
        if (column == ItemCountColumn || column == SizeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant TableListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && (section == ItemCountColumn || section == SizeColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Table");
    case StatusColumn:
        return tr("Status");
    case ItemCountColumn:
        return tr("Items");
    case SizeColumn:
        return tr("Size");
    case KeySchemaColumn:
        return tr("Key schema");
    }
    return {};
}

QHash<int, QByteArray> TableListModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(TableNameRole, "tableName");
    names.insert(DescriptionRole, "description");
    names.insert(SortRole, "sortValue");
    names.insert(IndexNameRole, "indexName");
    names.insert(StatusRole, "status");
    return names;
}

void TableListModel::refresh() {
    const quint64 generation = ++m_listGeneration;
    m_listing = true;
    m_listedNames.clear();
    updateLoading();
    requestListPage(generation, QString());
}

void TableListModel::refreshTable(const QString& tableName) {
    if (rowOf(tableName) >= 0)
        describe(tableName);
}

int TableListModel::rowOf(const QString& tableName) const {
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).name == tableName)
            return row;
    return -1;
}

int TableListModel::rowOfId(quintptr id) const {
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).id == id)
            return row;
    return -1;
}

TableDescription TableListModel::description(const QString& tableName) const {
    const int row = rowOf(tableName);
    return row < 0 ? TableDescription() : m_rows.at(row).description;
}

void TableListModel::requestListPage(quint64 generation, const QString& exclusiveStart) {
    nlohmann::json request = {{"Limit", kListPageSize}};
    if (!exclusiveStart.isEmpty())
        request["ExclusiveStartTableName"] = exclusiveStart.toStdString();
    m_backend->call(QStringLiteral("ListTables"), request, this,
                    [this, generation](const BackendReply& reply) { onListPage(generation, reply); });
}

void TableListModel::onListPage(quint64 generation, const BackendReply& reply) {
    if (generation != m_listGeneration)
        return;  // a newer refresh is under way
    if (!reply.ok()) {
        m_listing = false;
        m_loaded = true;
        updateLoading();
        emit errorOccurred(reply.error().displayText());
        return;
    }
    const nlohmann::json& response = reply.response();
    if (const auto names = response.find("TableNames"); names != response.end() && names->is_array()) {
        for (const nlohmann::json& name : *names)
            if (name.is_string())
                m_listedNames.append(QString::fromStdString(name.get<std::string>()));
    }
    if (const auto last = response.find("LastEvaluatedTableName"); last != response.end() && last->is_string()) {
        requestListPage(generation, QString::fromStdString(last->get<std::string>()));
        return;
    }

    m_listing = false;
    m_loaded = true;
    applyNames(m_listedNames);
    for (const Row& row : std::as_const(m_rows))
        describe(row.name);
    m_listedNames.clear();
    updateLoading();
}

void TableListModel::applyNames(const QStringList& listed) {
    // Keep the listing's order, drop duplicates a misbehaving service might send.
    QStringList names;
    QSet<QString> wanted;
    for (const QString& name : listed)
        if (!wanted.contains(name)) {
            wanted.insert(name);
            names.append(name);
        }

    for (int row = static_cast<int>(m_rows.size()) - 1; row >= 0; --row)
        if (!wanted.contains(m_rows.at(row).name))
            dropRow(row);

    // The surviving rows are a subsequence of `names`; insert (or, should the
    // order have changed, move) rows until both agree.
    for (int i = 0; i < names.size(); ++i) {
        if (i < m_rows.size() && m_rows.at(i).name == names.at(i))
            continue;
        const int existing = rowOf(names.at(i));
        if (existing > i) {
            beginMoveRows(QModelIndex(), existing, existing, QModelIndex(), i);
            m_rows.move(existing, i);
            endMoveRows();
        } else {
            beginInsertRows(QModelIndex(), i, i);
            m_rows.insert(i, Row{names.at(i), TableDescription(), m_nextRowId++});
            endInsertRows();
        }
    }
}

void TableListModel::describe(const QString& tableName) {
    const quint64 generation = ++m_describeCounter;
    m_describeInFlight.insert(tableName, generation);
    const nlohmann::json request = {{"TableName", tableName.toStdString()}};
    m_backend->call(QStringLiteral("DescribeTable"), request, this,
                    [this, tableName, generation](const BackendReply& reply) {
                        onDescribed(tableName, generation, reply);
                    });
    updateLoading();
}

void TableListModel::onDescribed(const QString& tableName, quint64 generation, const BackendReply& reply) {
    if (m_describeInFlight.value(tableName) != generation)
        return;  // a newer DescribeTable of this table is under way
    m_describeInFlight.remove(tableName);

    const int row = rowOf(tableName);
    if (row >= 0) {
        if (reply.ok()) {
            TableDescription description = TableDescription::fromDescribeTable(reply.response());
            if (description.isValid())
                setDescription(row, std::move(description));
        } else if (reply.error().type == QLatin1String("ResourceNotFoundException")) {
            dropRow(row);  // deleted since it was listed
        } else {
            emit errorOccurred(reply.error().displayText());
        }
    }
    updateLoading();
}

void TableListModel::onChanges(const QList<BackendChange>& changes) {
    QStringList toDescribe;
    for (const BackendChange& change : changes) {
        switch (change.kind) {
        case BackendChange::Kind::TableCreated:
        case BackendChange::Kind::TableDeleted:
            // Re-listing re-describes every table, so nothing else is needed.
            refresh();
            return;
        case BackendChange::Kind::TableUpdated:
        case BackendChange::Kind::ItemsChanged:
            if (!toDescribe.contains(change.tableName))
                toDescribe.append(change.tableName);
            break;
        }
    }
    for (const QString& name : std::as_const(toDescribe)) {
        if (rowOf(name) >= 0) {
            describe(name);
        } else if (!m_listing) {
            refresh();  // a table we have not listed yet
            return;
        }
    }
}

void TableListModel::setDescription(int row, TableDescription description) {
    const QModelIndex parent = index(row, 0);
    const QList<IndexDescription>& old = m_rows.at(row).description.indexes;
    const auto sameIndexes = [&] {
        if (old.size() != description.indexes.size())
            return false;
        for (int i = 0; i < old.size(); ++i)
            if (old.at(i).name != description.indexes.at(i).name || old.at(i).kind != description.indexes.at(i).kind)
                return false;
        return true;
    }();
    if (sameIndexes) {
        const int count = static_cast<int>(description.indexes.size());
        m_rows[row].description = std::move(description);
        if (count > 0)
            emit dataChanged(index(0, 0, parent), index(count - 1, ColumnCount - 1, parent));
    } else {
        // An index was added or removed (UpdateTable): replace the child rows.
        if (!old.isEmpty()) {
            beginRemoveRows(parent, 0, static_cast<int>(old.size()) - 1);
            m_rows[row].description.indexes.clear();
            endRemoveRows();
        }
        const int count = static_cast<int>(description.indexes.size());
        if (count > 0) {
            beginInsertRows(parent, 0, count - 1);
            m_rows[row].description = std::move(description);
            endInsertRows();
        } else {
            m_rows[row].description = std::move(description);
        }
    }
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void TableListModel::dropRow(int row) {
    beginRemoveRows(QModelIndex(), row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void TableListModel::updateLoading() {
    const bool loading = m_listing || !m_describeInFlight.isEmpty();
    if (loading == m_loading)
        return;
    m_loading = loading;
    emit loadingChanged(m_loading);
}

}  // namespace shardscope::ui
