#include "models/items_model.h"

#include "backend/backend.h"

#include <QFont>
#include <QTimer>

#include <algorithm>

namespace shardscope::ui {
namespace {

// One fetchMore() asks for pages until this many rows arrived (a screenful)...
constexpr int kMinRowsPerRound = 50;
// ...or this many requests were sent (a selective filter over a huge table
// must not scan it all behind the user's back).
constexpr int kMaxRequestsPerRound = 25;
// Re-reads of evicted pages running at once; more wait their turn.
constexpr int kMaxRefetchesInFlight = 3;

const nlohmann::json* member(const nlohmann::json& object, const char* name) {
    if (!object.is_object())
        return nullptr;
    const auto it = object.find(name);
    return it == object.end() ? nullptr : &*it;
}

QString scalarText(const nlohmann::json& value) {
    if (ItemsValueFormat::typeOf(value) == ItemValueType::Missing)
        return {};
    const nlohmann::json& inner = value.begin().value();
    return inner.is_string() ? QString::fromStdString(inner.get_ref<const std::string&>()) : QString();
}

}  // namespace

ItemsModel::ItemsModel(std::shared_ptr<Backend> backend, QObject* parent)
    : QAbstractTableModel(parent), m_backend(std::move(backend)) {
    Q_ASSERT(m_backend);
}

ItemsModel::~ItemsModel() = default;

int ItemsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : m_rowCount;
}

int ItemsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant ItemsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int pageIndex = pageIndexOfRow(index.row());
    if (pageIndex < 0)
        return {};
    const Page& page = m_pages[std::size_t(pageIndex)];
    page.lastUse = ++m_useClock;
    const bool resident = !page.rows.empty();
    if (!resident)
        wantPage(pageIndex);  // whatever a view asks for, it wants the row's cells
    if (role == LoadedRole)
        return resident;
    if (role == KeyColumnRole)
        return isKeyColumn(index.column());
    if (!resident)
        return {};
    const Cell* cell = cellAt(page, index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
        return cell ? cell->text : QString();
    case TypeRole:
        return int(cell ? cell->type : ItemValueType::Missing);
    case TruncatedRole:
        return cell && cell->truncated;
    case Qt::ToolTipRole:
        if (!cell)
            return {};
        if (cell->type == ItemValueType::B) {
            QByteArray bytes;
            ItemsValueFormat::decodeBase64(cell->text, &bytes);
            return tr("Binary, base64: %1\nHex: %2").arg(cell->text, ItemsValueFormat::hexPreview(bytes, 32));
        }
        if (cell->truncated)
            return tr("%1 (preview; open the item to see all of it)").arg(ItemsValueFormat::typeName(cell->type));
        return {};
    default:
        return {};
    }
}

QVariant ItemsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < m_rowCount)
            return section + 1;
        return {};
    }
    if (section < 0 || section >= m_columns.size())
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return m_columns.at(section);
    case Qt::ToolTipRole: {
        const QString type = columnTypeName(section);
        if (!isKeyColumn(section))
            return type.isEmpty() ? m_columns.at(section)
                                  : tr("%1 (first seen as %2)").arg(m_columns.at(section), type);
        const ItemsSource& source = m_query.source;
        QString what = tr("key of the base table");
        if (m_columns.at(section) == source.partitionKey.name)
            what = tr("partition key");
        else if (source.sortKey && m_columns.at(section) == source.sortKey->name)
            what = tr("sort key");
        return tr("%1 — %2 (%3)").arg(m_columns.at(section), what, type.isEmpty() ? tr("unknown type") : type);
    }
    case Qt::FontRole:
        if (isKeyColumn(section)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case KeyColumnRole:
        return isKeyColumn(section);
    default:
        return {};
    }
}

Qt::ItemFlags ItemsModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

bool ItemsModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && m_active && m_hasMore && !m_fetching && m_error.isEmpty();
}

void ItemsModel::fetchMore(const QModelIndex& parent) {
    if (canFetchMore(parent))
        startRound();
}

void ItemsModel::setQuery(const ItemsQuery& query) {
    const bool wasFetching = m_fetching;
    beginResetModel();
    resetState();
    m_query = query;
    m_active = true;
    for (const QString& name : query.source.keyAttributeNames()) {
        m_columnIndex.insert(name, int(m_columns.size()));
        m_columns.append(name);
        m_columnTypes.append(ItemsValueFormat::typeFromName(query.source.keyType(name)));
    }
    m_keyColumnCount = int(m_columns.size());
    // A filtered attribute keeps its column (and filter box) even before an item shows it.
    for (const ItemsFilter& filter : query.filters)
        if (!m_columnIndex.contains(filter.attribute)) {
            m_columnIndex.insert(filter.attribute, int(m_columns.size()));
            m_columns.append(filter.attribute);
            m_columnTypes.append(ItemsValueFormat::typeOf(filter.value));
        }
    QString error;
    if (!query.build(&m_request, &error)) {
        m_error = error;
        m_active = false;
    }
    endResetModel();
    if (wasFetching)
        emit loadingChanged(false);
    emit statusChanged();
    if (!m_error.isEmpty()) {
        emit errorOccurred(m_error);
        return;
    }
    m_hasMore = true;  // the first page is "more" until it answers
    startRound();
}

void ItemsModel::reload() {
    if (m_active || !m_error.isEmpty())
        setQuery(m_query);
}

void ItemsModel::clear() {
    const bool wasFetching = m_fetching;
    beginResetModel();
    resetState();
    m_query = ItemsQuery();
    endResetModel();
    if (wasFetching)
        emit loadingChanged(false);
    emit statusChanged();
}

void ItemsModel::resetState() {
    ++m_generation;  // drops every answer still on its way
    m_active = false;
    m_request = nlohmann::json();
    m_pages.clear();
    m_rowCount = 0;
    m_columns.clear();
    m_columnIndex.clear();
    m_columnTypes.clear();
    m_keyColumnCount = 0;
    m_nextKey = nlohmann::json();
    m_hasMore = false;
    m_fetching = false;
    m_scanned = 0;
    m_error.clear();
    m_wantedPages.clear();
    m_refetchesInFlight = 0;
}

void ItemsModel::setPageSize(int items) {
    m_pageSize = std::clamp(items, 1, 10000);
}

void ItemsModel::setResidentPageLimit(int pages) {
    m_residentPageLimit = std::max(2, pages);
    evictIfNeeded(0);
}

int ItemsModel::residentPageCount() const {
    return int(std::count_if(m_pages.begin(), m_pages.end(), [](const Page& page) { return !page.rows.empty(); }));
}

int ItemsModel::residentRowCount() const {
    int rows = 0;
    for (const Page& page : m_pages)
        rows += int(page.rows.size());
    return rows;
}

qint64 ItemsModel::residentTextBytes() const {
    qint64 bytes = 0;
    for (const Page& page : m_pages)
        for (const Row& row : page.rows)
            for (const Cell& cell : row)
                bytes += cell.text.size() * qint64(sizeof(QChar));
    return bytes;
}

QString ItemsModel::attributeName(int column) const {
    return column >= 0 && column < m_columns.size() ? m_columns.at(column) : QString();
}

QString ItemsModel::columnTypeName(int column) const {
    if (column < 0 || column >= m_columns.size())
        return {};
    if (isKeyColumn(column)) {
        const QString keyType = m_query.source.keyType(m_columns.at(column));
        if (!keyType.isEmpty())
            return keyType;
    }
    return ItemsValueFormat::typeName(m_columnTypes.at(column));
}

nlohmann::json ItemsModel::keyOf(int row) const {
    nlohmann::json key = nlohmann::json::object();
    const int pageIndex = pageIndexOfRow(row);
    if (pageIndex < 0)
        return key;
    const Page& page = m_pages[std::size_t(pageIndex)];
    const RowKey& rowKey = page.keys[std::size_t(row - page.firstRow)];
    const ItemsSource& source = m_query.source;
    key[source.tablePartitionKey.name.toStdString()] = {
        {ItemsValueFormat::typeName(rowKey.partitionType).toStdString(), rowKey.partition}};
    if (source.tableSortKey)
        key[source.tableSortKey->name.toStdString()] = {
            {ItemsValueFormat::typeName(rowKey.sortType).toStdString(), rowKey.sort}};
    return key;
}

bool ItemsModel::isRowResident(int row) const {
    const int pageIndex = pageIndexOfRow(row);
    return pageIndex >= 0 && !m_pages[std::size_t(pageIndex)].rows.empty();
}

// --- Paging -----------------------------------------------------------------

void ItemsModel::startRound() {
    m_fetching = true;
    m_roundRows = 0;
    m_roundRequests = 0;
    emit loadingChanged(true);
    requestNextPage();
}

void ItemsModel::requestNextPage() {
    nlohmann::json request = m_request;
    request["Limit"] = m_pageSize;
    if (!m_nextKey.is_null())
        request["ExclusiveStartKey"] = m_nextKey;
    ++m_roundRequests;
    const quint64 generation = m_generation;
    m_backend->call(m_query.operation(), request, this,
                    [this, generation, startKey = m_nextKey, limit = m_pageSize](const BackendReply& reply) {
                        onPage(generation, startKey, limit, reply);
                    });
}

void ItemsModel::onPage(quint64 generation, const nlohmann::json& startKey, int limit, const BackendReply& reply) {
    if (generation != m_generation)
        return;  // an answer to a query that has been replaced
    if (!reply.ok()) {
        fail(reply);
        return;
    }
    const nlohmann::json& response = reply.response();
    if (const nlohmann::json* scanned = member(response, "ScannedCount"); scanned && scanned->is_number_integer())
        m_scanned += scanned->get<qint64>();
    const nlohmann::json* last = member(response, "LastEvaluatedKey");
    m_nextKey = last && last->is_object() && !last->empty() ? *last : nlohmann::json();
    m_hasMore = !m_nextKey.is_null();

    const nlohmann::json* items = member(response, "Items");
    const std::size_t count = items && items->is_array() ? items->size() : 0;
    if (count > 0) {
        Page page;
        page.id = m_nextPageId++;
        page.startKey = startKey;
        page.limit = limit;
        page.firstRow = m_rowCount;
        page.rowCount = int(count);
        convertItems(*items, count, page.rows, page.keys);
        page.lastUse = ++m_useClock;
        const quint64 id = page.id;
        beginInsertRows(QModelIndex(), m_rowCount, m_rowCount + int(count) - 1);
        m_pages.push_back(std::move(page));
        m_rowCount += int(count);
        endInsertRows();
        evictIfNeeded(id);
        m_roundRows += int(count);
    }
    if (m_hasMore && m_roundRows < kMinRowsPerRound && m_roundRequests < kMaxRequestsPerRound) {
        emit statusChanged();
        requestNextPage();
        return;
    }
    m_fetching = false;
    emit loadingChanged(false);
    emit statusChanged();
}

void ItemsModel::fail(const BackendReply& reply) {
    m_error = reply.error().displayText();
    if (m_fetching) {
        m_fetching = false;
        emit loadingChanged(false);
    }
    emit errorOccurred(m_error);
    emit statusChanged();
}

void ItemsModel::convertItems(const nlohmann::json& items, std::size_t count, std::vector<Row>& rows,
                              std::vector<RowKey>& keys) {
    QStringList newColumns;
    QList<ItemValueType> newTypes;
    rows.clear();
    keys.clear();
    rows.reserve(count);
    keys.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
        const nlohmann::json& item = items[i];
        keys.push_back(keyFromItem(item));
        // Columns first seen in this page get indexes after the known ones.
        QStringList pending;
        for (auto it = item.begin(); item.is_object() && it != item.end(); ++it) {
            const QString name = QString::fromStdString(it.key());
            if (!m_columnIndex.contains(name) && !newColumns.contains(name) &&
                m_columns.size() + newColumns.size() < kMaxColumns) {
                newColumns.append(name);
                newTypes.append(ItemsValueFormat::typeOf(it.value()));
            }
        }
        rows.push_back(toRow(item, newColumns));
    }
    addColumns(newColumns, newTypes);
}

ItemsModel::Row ItemsModel::toRow(const nlohmann::json& item, const QStringList& newColumns) const {
    Row row;
    if (!item.is_object())
        return row;
    row.reserve(item.size());
    for (auto it = item.begin(); it != item.end(); ++it) {
        const QString name = QString::fromStdString(it.key());
        int column = m_columnIndex.value(name, -1);
        if (column < 0) {
            const qsizetype pending = newColumns.indexOf(name);
            if (pending < 0)
                continue;  // beyond kMaxColumns
            column = int(m_columns.size() + pending);
        }
        Cell cell;
        cell.column = quint16(column);
        cell.type = ItemsValueFormat::typeOf(it.value());
        // Key values are never cut: keyOf() and the editor rely on them.
        cell.text = column < m_keyColumnCount ? scalarText(it.value())
                                              : ItemsValueFormat::preview(it.value(), kPreviewChars, &cell.truncated);
        row.push_back(std::move(cell));
    }
    std::sort(row.begin(), row.end(), [](const Cell& a, const Cell& b) { return a.column < b.column; });
    row.shrink_to_fit();
    return row;
}

ItemsModel::RowKey ItemsModel::keyFromItem(const nlohmann::json& item) const {
    RowKey key;
    const ItemsSource& source = m_query.source;
    if (const nlohmann::json* value = member(item, source.tablePartitionKey.name.toStdString().c_str())) {
        key.partition = scalarText(*value).toStdString();
        key.partitionType = ItemsValueFormat::typeOf(*value);
    }
    if (source.tableSortKey)
        if (const nlohmann::json* value = member(item, source.tableSortKey->name.toStdString().c_str())) {
            key.sort = scalarText(*value).toStdString();
            key.sortType = ItemsValueFormat::typeOf(*value);
        }
    return key;
}

void ItemsModel::addColumns(const QStringList& names, const QList<ItemValueType>& types) {
    if (names.isEmpty())
        return;
    const int first = int(m_columns.size());
    beginInsertColumns(QModelIndex(), first, first + int(names.size()) - 1);
    for (qsizetype i = 0; i < names.size(); ++i) {
        m_columnIndex.insert(names.at(i), int(m_columns.size()));
        m_columns.append(names.at(i));
        m_columnTypes.append(types.at(i));
    }
    endInsertColumns();
}

int ItemsModel::pageIndexOfRow(int row) const {
    if (row < 0 || row >= m_rowCount)
        return -1;
    auto it = std::upper_bound(m_pages.begin(), m_pages.end(), row,
                               [](int r, const Page& page) { return r < page.firstRow; });
    if (it == m_pages.begin())
        return -1;
    return int(std::distance(m_pages.begin(), it)) - 1;
}

int ItemsModel::pageIndexOfId(quint64 id) const {
    auto it = std::lower_bound(m_pages.begin(), m_pages.end(), id,
                               [](const Page& page, quint64 value) { return page.id < value; });
    if (it == m_pages.end() || it->id != id)
        return -1;
    return int(std::distance(m_pages.begin(), it));
}

const ItemsModel::Cell* ItemsModel::cellAt(const Page& page, int row, int column) const {
    const std::size_t offset = std::size_t(row - page.firstRow);
    if (offset >= page.rows.size())
        return nullptr;
    const Row& cells = page.rows[offset];
    auto it = std::lower_bound(cells.begin(), cells.end(), column,
                               [](const Cell& cell, int value) { return cell.column < value; });
    return it != cells.end() && it->column == column ? &*it : nullptr;
}

// --- Eviction and re-reading --------------------------------------------------

void ItemsModel::evictIfNeeded(quint64 keepPageId) {
    int resident = residentPageCount();
    while (resident > m_residentPageLimit) {
        Page* oldest = nullptr;
        for (Page& page : m_pages)
            if (!page.rows.empty() && page.id != keepPageId && (!oldest || page.lastUse < oldest->lastUse))
                oldest = &page;
        if (!oldest)
            return;
        // swap() releases the memory; clear() would keep the capacity.
        std::vector<Row>().swap(oldest->rows);
        --resident;
    }
}

void ItemsModel::wantPage(int pageIndex) const {
    const Page& page = m_pages[std::size_t(pageIndex)];
    if (page.refetching)
        return;
    m_wantedPages.insert(page.id);
    if (!m_loadScheduled) {
        // data() is const and may run inside a paint event: send the requests afterwards.
        m_loadScheduled = true;
        QTimer::singleShot(0, const_cast<ItemsModel*>(this), &ItemsModel::loadWantedPages);
    }
}

void ItemsModel::loadWantedPages() {
    m_loadScheduled = false;
    // Most recently wanted first; pages wanted long ago would be evicted again at once.
    std::vector<std::pair<quint64, quint64>> wanted;  // (lastUse, id)
    for (quint64 id : m_wantedPages) {
        const int index = pageIndexOfId(id);
        if (index >= 0 && m_pages[std::size_t(index)].rows.empty() && !m_pages[std::size_t(index)].refetching)
            wanted.emplace_back(m_pages[std::size_t(index)].lastUse, id);
    }
    std::sort(wanted.begin(), wanted.end(), std::greater<>());
    if (wanted.size() > std::size_t(m_residentPageLimit / 2))
        wanted.resize(std::size_t(std::max(1, m_residentPageLimit / 2)));
    m_wantedPages.clear();
    for (const auto& [lastUse, id] : wanted) {
        if (m_refetchesInFlight >= kMaxRefetchesInFlight) {
            m_wantedPages.insert(id);  // next turn
            continue;
        }
        refetchPage(pageIndexOfId(id));
    }
}

void ItemsModel::refreshRows(const QList<int>& rows) {
    std::set<quint64> ids;
    for (int row : rows)
        if (const int index = pageIndexOfRow(row); index >= 0)
            ids.insert(m_pages[std::size_t(index)].id);
    for (quint64 id : ids)
        if (const int index = pageIndexOfId(id); index >= 0 && !m_pages[std::size_t(index)].refetching)
            refetchPage(index);
}

void ItemsModel::refetchPage(int pageIndex) {
    Page& page = m_pages[std::size_t(pageIndex)];
    page.refetching = true;
    ++m_refetchesInFlight;
    nlohmann::json request = m_request;
    request["Limit"] = page.limit;
    if (!page.startKey.is_null())
        request["ExclusiveStartKey"] = page.startKey;
    const quint64 generation = m_generation;
    m_backend->call(m_query.operation(), request, this, [this, generation, id = page.id](const BackendReply& reply) {
        onRefetched(generation, id, reply);
    });
}

void ItemsModel::onRefetched(quint64 generation, quint64 pageId, const BackendReply& reply) {
    if (generation != m_generation)
        return;
    --m_refetchesInFlight;
    if (const int pageIndex = pageIndexOfId(pageId); pageIndex >= 0) {
        Page& page = m_pages[std::size_t(pageIndex)];
        page.refetching = false;
        if (!reply.ok()) {
            fail(reply);
            return;
        }
        const nlohmann::json* items = member(reply.response(), "Items");
        const std::size_t available = items && items->is_array() ? items->size() : 0;
        // The window may hold other items now (the table changed): show the
        // first rowCount of them; rows beyond what came back read as empty.
        std::vector<Row> rows;
        std::vector<RowKey> keys;
        if (available > 0)
            convertItems(*items, std::min(available, std::size_t(page.rowCount)), rows, keys);
        for (std::size_t i = 0; i < keys.size(); ++i)
            page.keys[i] = std::move(keys[i]);
        rows.resize(std::size_t(page.rowCount));
        page.rows = std::move(rows);
        page.lastUse = ++m_useClock;
        emit dataChanged(index(page.firstRow, 0), index(page.firstRow + page.rowCount - 1, columnCount() - 1));
        evictIfNeeded(pageId);
    }
    if (!m_wantedPages.empty() && !m_loadScheduled) {
        m_loadScheduled = true;
        QTimer::singleShot(0, this, &ItemsModel::loadWantedPages);
    }
}

void ItemsModel::removeItemRows(QList<int> rows) {
    std::sort(rows.begin(), rows.end(), std::greater<>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    qsizetype i = 0;
    while (i < rows.size()) {
        const int last = rows.at(i);
        const int pageIndex = pageIndexOfRow(last);
        if (pageIndex < 0) {
            ++i;
            continue;
        }
        // A run of consecutive rows inside one page, removed in one go.
        int first = last;
        while (i + 1 < rows.size() && rows.at(i + 1) == first - 1 &&
               rows.at(i + 1) >= m_pages[std::size_t(pageIndex)].firstRow) {
            --first;
            ++i;
        }
        ++i;
        Page& page = m_pages[std::size_t(pageIndex)];
        const auto offset = std::ptrdiff_t(first - page.firstRow);
        const auto count = std::ptrdiff_t(last - first + 1);
        beginRemoveRows(QModelIndex(), first, last);
        page.keys.erase(page.keys.begin() + offset, page.keys.begin() + offset + count);
        if (!page.rows.empty())
            page.rows.erase(page.rows.begin() + offset, page.rows.begin() + offset + count);
        page.rowCount -= int(count);
        for (std::size_t p = std::size_t(pageIndex) + 1; p < m_pages.size(); ++p)
            m_pages[p].firstRow -= int(count);
        m_rowCount -= int(count);
        if (page.rowCount == 0)
            m_pages.erase(m_pages.begin() + pageIndex);
        endRemoveRows();
    }
    emit statusChanged();
}

}  // namespace shardscope::ui
