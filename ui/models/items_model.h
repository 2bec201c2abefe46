// ItemsModel: the items of one Scan or Query, one row per item and one column
// per attribute, paged from the backend with canFetchMore()/fetchMore() on
// LastEvaluatedKey (Qt's Fetch More pattern), so a table of any size opens at
// once and grows as the view scrolls.
//
// Columns are the attributes seen so far: the source's key attributes first
// (the index's keys, then the table's), then every other attribute in order of
// first appearance; new attributes append columns. Rows hold compact cell
// snapshots (type, a bounded preview text), never the items' JSON.
//
// Memory stays bounded while scrolling: the model keeps pages, and only the
// residentPageLimit() most recently used pages keep their cells. An evicted
// page keeps its start key, its Limit and its items' primary keys, so keyOf()
// answers for every row, and its cells are re-read (the same Scan/Query from
// the same ExclusiveStartKey with the same Limit) when a view asks for them
// again; until then its rows read as not loaded (LoadedRole false). If the
// table changed in between, the re-read page shows what is there now.
//
// A filter that matches little makes pages short or empty; one fetchMore()
// keeps requesting pages until a screenful of rows arrived, the source is
// exhausted, or a request budget is spent (then canFetchMore() stays true).
//
// Every request carries the model's generation (STYLE.md item 7): setQuery(),
// reload() and clear() start a new generation and answers to older ones are
// dropped, so a late page of an old query never lands in a new one.
//
// Thread-safety: GUI thread only, like the Backend it talks to.
#pragma once

#include "models/items_query.h"
#include "models/items_value_format.h"

#include <nlohmann/json.hpp>

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QStringList>

#include <memory>
#include <set>
#include <string>
#include <vector>

namespace shardscope::ui {

class Backend;
class BackendReply;

class ItemsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Role {
        TypeRole = Qt::UserRole + 1,  // int(ItemValueType); Missing where the item lacks the attribute
        TruncatedRole,                // bool: the display text is a cut preview
        LoadedRole,                   // bool: the row's cells are resident (false while re-reading)
        KeyColumnRole,                // bool: the column is a key attribute (also in headerData)
    };
    Q_ENUM(Role)

    static constexpr int kDefaultPageSize = 200;
    static constexpr int kDefaultResidentPageLimit = 64;
    static constexpr int kPreviewChars = 200;
    static constexpr int kMaxColumns = 1000;

    // `backend` must not be null. The model starts without a query.
    explicit ItemsModel(std::shared_ptr<Backend> backend, QObject* parent = nullptr);
    ~ItemsModel() override;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    // Resets to `query`'s first page and requests it. A query that does not
    // build leaves the model empty with errorText() saying why.
    void setQuery(const ItemsQuery& query);
    const ItemsQuery& query() const { return m_query; }
    bool hasQuery() const { return m_active; }
    // The current query again, from its first page.
    void reload();
    // No query, no rows, no columns.
    void clear();

    // Items per request (Limit); applies to requests sent afterwards.
    void setPageSize(int items);
    int pageSize() const { return m_pageSize; }
    // Pages whose cells stay resident (at least 2).
    void setResidentPageLimit(int pages);
    int residentPageLimit() const { return m_residentPageLimit; }

    bool isLoading() const { return m_fetching; }
    // The last page had a LastEvaluatedKey: there are more items to fetch.
    bool hasMore() const { return m_hasMore; }
    // Translated description of the last failure (the engine's message included); empty if none.
    QString errorText() const { return m_error; }
    // Items the backend evaluated for the rows so far (ScannedCount), filtered or not.
    qint64 scannedCount() const { return m_scanned; }
    int pageCount() const { return int(m_pages.size()); }
    int residentPageCount() const;
    int residentRowCount() const;
    // Bytes held by cell texts of resident rows (a memory estimate for tests).
    qint64 residentTextBytes() const;

    QStringList attributeNames() const { return m_columns; }
    QString attributeName(int column) const;
    int columnOf(const QString& attribute) const { return m_columnIndex.value(attribute, -1); }
    bool isKeyColumn(int column) const { return column >= 0 && column < m_keyColumnCount; }
    // The column's type name: the key type for key columns, else the type the
    // attribute had when first seen ("N", "M", ...). For filter hints.
    QString columnTypeName(int column) const;
    // The base table's primary key of `row` as DynamoDB JSON; known for every
    // fetched row, resident or not. Empty object if `row` is out of range.
    nlohmann::json keyOf(int row) const;
    bool isRowResident(int row) const;

    // Re-reads the pages that hold `rows` (after an edit), keeping the old
    // cells on screen until the answer arrives.
    void refreshRows(const QList<int>& rows);
    // Removes `rows` (deleted from the table) without reloading.
    void removeItemRows(QList<int> rows);

signals:
    void loadingChanged(bool loading);
    // A request failed; `text` is translated and carries the service's message.
    void errorOccurred(const QString& text);
    // Rows, scanned count or "more available" changed.
    void statusChanged();

private:
    struct Cell {
        QString text;
        quint16 column = 0;
        ItemValueType type = ItemValueType::Missing;
        bool truncated = false;
    };
    using Row = std::vector<Cell>;  // sorted by column
    // Kept for every row ever fetched (a million on a big table), so it is
    // compact: UTF-8 in std::string, whose small-string buffer holds typical
    // keys (up to 15 bytes) without a heap block.
    struct RowKey {
        std::string partition;
        std::string sort;
        ItemValueType partitionType = ItemValueType::Missing;
        ItemValueType sortType = ItemValueType::Missing;
    };
    struct Page {
        quint64 id = 0;              // increasing in row order; survives removals
        nlohmann::json startKey;     // ExclusiveStartKey that produced it; null for the first
        int limit = 0;
        int firstRow = 0;
        int rowCount = 0;
        std::vector<RowKey> keys;    // always resident
        std::vector<Row> rows;       // empty while evicted
        mutable quint64 lastUse = 0;
        bool refetching = false;
    };

    void resetState();
    void startRound();
    void requestNextPage();
    void onPage(quint64 generation, const nlohmann::json& startKey, int limit, const BackendReply& reply);
    void fail(const BackendReply& reply);
    Row toRow(const nlohmann::json& item, const QStringList& newColumns) const;
    RowKey keyFromItem(const nlohmann::json& item) const;
    void addColumns(const QStringList& names, const QList<ItemValueType>& types);
    void convertItems(const nlohmann::json& items, std::size_t count, std::vector<Row>& rows,
                      std::vector<RowKey>& keys);
    int pageIndexOfRow(int row) const;
    int pageIndexOfId(quint64 id) const;
    const Cell* cellAt(const Page& page, int row, int column) const;
    void wantPage(int pageIndex) const;
    void loadWantedPages();
    void refetchPage(int pageIndex);
    void onRefetched(quint64 generation, quint64 pageId, const BackendReply& reply);
    void evictIfNeeded(quint64 keepPageId);

    std::shared_ptr<Backend> m_backend;
    ItemsQuery m_query;
    nlohmann::json m_request;  // the built request without Limit/ExclusiveStartKey
    bool m_active = false;
    quint64 m_generation = 0;

    std::vector<Page> m_pages;
    int m_rowCount = 0;
    quint64 m_nextPageId = 1;
    mutable quint64 m_useClock = 0;

    QStringList m_columns;
    QHash<QString, int> m_columnIndex;
    QList<ItemValueType> m_columnTypes;
    int m_keyColumnCount = 0;

    nlohmann::json m_nextKey;  // LastEvaluatedKey of the last page; null when exhausted or not started
    bool m_hasMore = false;
    bool m_fetching = false;
    int m_roundRows = 0;
    int m_roundRequests = 0;
    qint64 m_scanned = 0;
    QString m_error;

    int m_pageSize = kDefaultPageSize;
    int m_residentPageLimit = kDefaultResidentPageLimit;
    mutable std::set<quint64> m_wantedPages;  // evicted pages a view asked for, by id
    mutable bool m_loadScheduled = false;
    int m_refetchesInFlight = 0;
};

}  // namespace shardscope::ui
