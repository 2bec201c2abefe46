// SavedOperationsModel: operations the user saved by name, kept in a JSON
// file so they survive a restart. Saving under an existing name replaces it;
// names are listed in the order they were first saved.
//
// Thread-safety: GUI thread only.
#pragma once

#include "shardscope/tools/operation_spec.h"

#include <QAbstractListModel>
#include <QList>

namespace shardscope::ui {

class SavedOperationsModel : public QAbstractListModel {
    Q_OBJECT

public:
    struct Entry {
        QString name;
        tools::OperationSpec spec;
    };

    // Loads `filePath` (empty: keep nothing on disk).
    explicit SavedOperationsModel(const QString& filePath, QObject* parent = nullptr);

    // Saves (or replaces) `name`; returns its row.
    int save(const QString& name, const tools::OperationSpec& spec);
    void remove(int row);
    const Entry& entry(int row) const { return m_entries.at(row); }
    // -1 when there is no such name.
    int find(const QString& name) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    void write() const;

    QString m_filePath;
    QList<Entry> m_entries;
};

}  // namespace shardscope::ui
