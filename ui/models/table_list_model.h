// TableListModel: the tables of a backend, one top-level row each, with the
// table's secondary indexes (global ones first) as child rows.
//
// refresh() lists every table (ListTables, following LastEvaluatedTableName
// through all pages) and then describes each one (DescribeTable); rows appear
// as soon as the list is known and fill in as descriptions arrive. Rows are
// updated in place (inserted, moved, removed, changed), never reset, so a view's
// selection survives refreshes. The model follows the backend's live changes:
// a created or deleted table re-lists, items or settings that changed
// re-describe just that table.
//
// Every request carries a generation (STYLE.md item 7): a newer refresh
// supersedes older listings, and a newer DescribeTable of a table supersedes
// older ones, so answers arriving late or out of order are dropped.
//
// Child rows come from the table's latest description; they are inserted and
// removed with the proper signals when the set of indexes changes and updated
// in place otherwise. A child's internal id is its table row's stable id, so
// child indexes (and a proxy's mapping of them) survive rows being inserted
// or moved above their table.
//
// The list is loaded whole rather than through fetchMore(): an account holds at
// most a few thousand tables, and views want them all for sorting and filtering.
//
// Thread-safety: GUI thread only, like the Backend it talks to.
#pragma once

#include "models/table_description.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <QStringList>

#include <memory>

namespace shardscope::ui {

class Backend;
class BackendReply;
struct BackendChange;

class TableListModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column { NameColumn, StatusColumn, ItemCountColumn, SizeColumn, KeySchemaColumn, ColumnCount };
    enum Role {
        TableNameRole = Qt::UserRole + 1,  // QString, in every column; an index row's table
        DescriptionRole,                   // TableDescription (of the table); invalid until described
        SortRole,                          // raw value for sorting (numbers as qint64)
        IndexNameRole,                     // QString: an index row's index name; empty on table rows
        StatusRole,                        // QString: the wire status of the table or index
    };
    Q_ENUM(Role)

    // `backend` must not be null. The model starts empty; call refresh().
    explicit TableListModel(std::shared_ptr<Backend> backend, QObject* parent = nullptr);
    ~TableListModel() override;

    QModelIndex index(int row, int column, const QModelIndex& parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Re-lists and re-describes every table. Answers to earlier refreshes are dropped.
    void refresh();
    // Re-describes one table, if it is listed.
    void refreshTable(const QString& tableName);

    // True while a listing or any description is in flight.
    bool isLoading() const { return m_loading; }
    // True once a listing has completed (successfully or not).
    bool hasLoaded() const { return m_loaded; }
    // The row of `tableName`, or -1.
    int rowOf(const QString& tableName) const;
    // The latest description of `tableName`; invalid if unlisted or not yet described.
    TableDescription description(const QString& tableName) const;

signals:
    void loadingChanged(bool loading);
    // A listing or description failed; `text` is translated, with the service's message.
    void errorOccurred(const QString& text);

private:
    struct Row {
        QString name;
        TableDescription description;  // invalid until the first answer
        quintptr id = 0;               // stable and unique; the internal id of its index rows
    };

    // The top-level row whose id is `id`, or -1.
    int rowOfId(quintptr id) const;
    QVariant indexData(const Row& table, const IndexDescription& index, int column, int role) const;
    // Stores `description` in `row`, with the row signals its indexes need.
    void setDescription(int row, TableDescription description);

    void requestListPage(quint64 generation, const QString& exclusiveStart);
    void onListPage(quint64 generation, const BackendReply& reply);
    void applyNames(const QStringList& names);
    void describe(const QString& tableName);
    void onDescribed(const QString& tableName, quint64 generation, const BackendReply& reply);
    void onChanges(const QList<BackendChange>& changes);
    void dropRow(int row);
    void updateLoading();

    std::shared_ptr<Backend> m_backend;
    QList<Row> m_rows;  // in ListTables order
    quintptr m_nextRowId = 1;  // 0 marks top-level indexes
    quint64 m_listGeneration = 0;
    bool m_listing = false;
    QStringList m_listedNames;                    // pages collected by the current listing
    quint64 m_describeCounter = 0;
    QHash<QString, quint64> m_describeInFlight;   // table -> generation of its newest DescribeTable
    bool m_loading = false;
    bool m_loaded = false;
};

}  // namespace shardscope::ui
