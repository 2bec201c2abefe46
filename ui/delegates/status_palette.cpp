#include "delegates/status_palette.h"

namespace shardscope::ui {

QColor statusColor(const QString& status) {
    if (status.isEmpty())
        return {};
    if (status == QLatin1String("ACTIVE"))
        return QColor(0x2e, 0x7d, 0x32);
    if (status == QLatin1String("CREATING") || status == QLatin1String("UPDATING"))
        return QColor(0xb2, 0x6a, 0x00);
    return QColor(0xc6, 0x28, 0x28);
}

}  // namespace shardscope::ui
