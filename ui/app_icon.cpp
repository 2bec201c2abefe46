#include "app_icon.h"

namespace shardscope::ui {

QIcon applicationIcon() {
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/shardscope-%1.png").arg(size), QSize(size, size));
    return icon;
}

QIcon actionIcon(const QString& themeName, const QString& resourceName) {
    QIcon fallback;
    fallback.addFile(QStringLiteral(":/icons/actions/%1.png").arg(resourceName), QSize(24, 24));
    fallback.addFile(QStringLiteral(":/icons/actions/%1@2x.png").arg(resourceName), QSize(48, 48));
    return QIcon::fromTheme(themeName, fallback);
}

}  // namespace shardscope::ui
