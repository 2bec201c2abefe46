// BackendChange: one "something changed" notice from a backend's live events.
//
// Backends report what changed, not the new state: a view that cares asks the
// backend again (DescribeTable, ListTables). Changes arrive in batches on the
// GUI thread (see ChangeCoalescer), deduplicated within a batch, at most about
// ten batches a second however busy the engine is.
//
// Thread-safety: plain value type.
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace shardscope::ui {

struct BackendChange {
    enum class Kind { TableCreated, TableUpdated, TableDeleted, ItemsChanged };

    Kind kind = Kind::TableUpdated;
    QString tableName;

    friend bool operator==(const BackendChange&, const BackendChange&) = default;
};

}  // namespace shardscope::ui

Q_DECLARE_METATYPE(shardscope::ui::BackendChange)
