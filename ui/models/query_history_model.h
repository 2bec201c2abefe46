// QueryHistoryModel: the query pane's last runs, newest first, at most
// kMaxEntries, kept in a JSON file so they survive a restart.
//
// Each entry keeps the operation spec that ran (so it can be loaded back into
// the builder), when it ran, whether it succeeded and a one-line outcome
// ("3 items", "ConditionalCheckFailedException"). The file is rewritten after
// every change; a missing or damaged file starts an empty history.
//
// Thread-safety: GUI thread only.
#pragma once

#include "shardscope/tools/operation_spec.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QList>

namespace shardscope::ui {

class QueryHistoryModel : public QAbstractListModel {
    Q_OBJECT

public:
    static constexpr int kMaxEntries = 100;

    struct Entry {
        QDateTime when;
        tools::OperationSpec spec;
        bool ok = false;
        QString outcome;
    };

    // Loads `filePath` (empty: keep nothing on disk).
    explicit QueryHistoryModel(const QString& filePath, QObject* parent = nullptr);

    // Prepends a run, drops the oldest beyond kMaxEntries, saves.
    void add(const tools::OperationSpec& spec, bool ok, const QString& outcome,
             const QDateTime& when = QDateTime::currentDateTime());
    void clear();
    const Entry& entry(int row) const { return m_entries.at(row); }
    QString filePath() const { return m_filePath; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    void save() const;

    QString m_filePath;
    QList<Entry> m_entries;
};

// "Query Orders (ByStatus)", "TransactWriteItems (3 actions)": a spec in a few words.
QString operationSummary(const tools::OperationSpec& spec);

}  // namespace shardscope::ui
