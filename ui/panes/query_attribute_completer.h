// QueryAttributeCompleter: completes attribute names, also inside a
// comma-separated list ("PK, to" completes "total" after the last comma), for
// the query builder's projection field and attribute cells.
//
// Thread-safety: GUI thread only.
#pragma once

#include <QCompleter>

namespace shardscope::ui {

class QueryAttributeCompleter : public QCompleter {
    Q_OBJECT

public:
    // `listMode`: complete the part after the last comma and keep the rest.
    QueryAttributeCompleter(QAbstractItemModel* names, bool listMode, QObject* parent = nullptr);

    QStringList splitPath(const QString& path) const override;
    QString pathFromIndex(const QModelIndex& index) const override;

private:
    bool m_listMode;
};

}  // namespace shardscope::ui
