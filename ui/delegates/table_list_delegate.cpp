#include "delegates/table_list_delegate.h"

#include "delegates/status_palette.h"
#include "models/table_list_model.h"

#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace shardscope::ui {
namespace {

constexpr int kExtraRowHeight = 6;
constexpr int kDotSize = 8;

QIcon dotIcon(const QColor& colour) {
    static QHash<QRgb, QIcon> cache;  // a handful of colours, GUI thread only
    auto it = cache.find(colour.rgba());
    if (it != cache.end())
        return *it;
    QIcon icon;
    for (int scale : {1, 2}) {
        QPixmap pixmap(kDotSize * scale, kDotSize * scale);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawEllipse(QRectF(0.5, 0.5, kDotSize * scale - 1.0, kDotSize * scale - 1.0));
        painter.end();
        pixmap.setDevicePixelRatio(scale);
        icon.addPixmap(pixmap);
    }
    return cache.insert(colour.rgba(), icon).value();
}

}  // namespace

QSize TableListDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const {
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.rheight() += kExtraRowHeight;
    return size;
}

void TableListDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const {
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() != TableListModel::StatusColumn)
        return;
    const QColor colour = statusColor(index.data(TableListModel::StatusRole).toString());
    if (!colour.isValid())
        return;
    option->icon = dotIcon(colour);
    option->decorationSize = QSize(kDotSize, kDotSize);
    option->features |= QStyleOptionViewItem::HasDecoration;
}

}  // namespace shardscope::ui
