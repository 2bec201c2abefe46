// statusColor(): the one colour code for table and index states, shared by the
// list's status dots and the details pane's badge: green when ready, amber
// while changing, red when going away or unusable.
//
// Thread-safety: pure function.
#pragma once

#include <QColor>
#include <QString>

namespace shardscope::ui {

// `status` is the wire value ("ACTIVE", "CREATING", ...). Empty gives an invalid colour.
QColor statusColor(const QString& status);

}  // namespace shardscope::ui
