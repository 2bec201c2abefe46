#include "delegates/items_cell_delegate.h"

#include "models/items_model.h"
#include "models/items_value_format.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace shardscope::ui {
namespace {

constexpr int kMargin = 4;

QColor badgeColor(ItemValueType type, bool dark) {
    switch (type) {
    case ItemValueType::M:
        return dark ? QColor(0x2b, 0x8a, 0x8a) : QColor(0x1c, 0x7c, 0x7c);
    case ItemValueType::L:
        return dark ? QColor(0x8a, 0x6b, 0xc8) : QColor(0x6a, 0x4c, 0xa8);
    case ItemValueType::B:
        return dark ? QColor(0x6f, 0x7f, 0x90) : QColor(0x5b, 0x6b, 0x7c);
    default:  // sets
        return dark ? QColor(0xc0, 0x7a, 0x2a) : QColor(0xb0, 0x62, 0x10);
    }
}

bool isDark(const QPalette& palette) {
    return palette.color(QPalette::Base).lightness() < 128;
}

}  // namespace

QString ItemsCellDelegate::displayText(const QModelIndex& index) {
    if (!index.data(ItemsModel::LoadedRole).toBool())
        return QStringLiteral("\u2026");
    return index.data(Qt::DisplayRole).toString();
}

QSize ItemsCellDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const {
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    // Long previews would make columns absurdly wide when resized to contents.
    size.setWidth(qMin(size.width() + 2 * kMargin + 24, 280));
    return size;
}

void ItemsCellDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    opt.text.clear();
    // Background, selection and focus as the style draws them.
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor textColor = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor mutedColor = opt.palette.color(group, QPalette::PlaceholderText);
    if (selected)
        mutedColor = textColor;
    QRect rect = opt.rect.adjusted(kMargin, 0, -kMargin, 0);
    painter->save();
    painter->setClipRect(opt.rect);
    painter->setFont(opt.font);
    const QFontMetrics metrics(opt.font);

    auto drawText = [&](const QRect& area, const QString& text, const QColor& color, Qt::Alignment alignment) {
        painter->setPen(color);
        painter->drawText(area, int(alignment | Qt::AlignVCenter),
                          metrics.elidedText(text, Qt::ElideRight, area.width()));
    };

    if (!index.data(ItemsModel::LoadedRole).toBool()) {
        drawText(rect, QStringLiteral("\u2026"), mutedColor, Qt::AlignLeft);
        painter->restore();
        return;
    }
    const auto type = static_cast<ItemValueType>(index.data(ItemsModel::TypeRole).toInt());
    const QString text = index.data(Qt::DisplayRole).toString();
    switch (type) {
    case ItemValueType::Missing:
        break;
    case ItemValueType::S:
        drawText(rect, text, textColor, Qt::AlignLeft);
        break;
    case ItemValueType::N:
        drawText(rect, text, textColor, Qt::AlignRight);
        break;
    case ItemValueType::Null: {
        QFont italic = opt.font;
        italic.setItalic(true);
        painter->setFont(italic);
        drawText(rect, QStringLiteral("null"), mutedColor, Qt::AlignLeft);
        break;
    }
    case ItemValueType::Bool: {
        // A read-only check box: the style's indicator, never interactive.
        QStyleOptionButton check;
        check.state = QStyle::State_ReadOnly | (opt.state & QStyle::State_Enabled);
        check.state |= text == QLatin1String("true") ? QStyle::State_On : QStyle::State_Off;
        const QRect indicator = style->subElementRect(QStyle::SE_CheckBoxIndicator, &check, widget);
        check.rect = QRect(rect.left(), rect.top() + (rect.height() - indicator.height()) / 2, indicator.width(),
                           indicator.height());
        check.palette = opt.palette;
        style->drawPrimitive(QStyle::PE_IndicatorCheckBox, &check, painter, widget);
        drawText(rect.adjusted(indicator.width() + kMargin, 0, 0, 0), text, textColor, Qt::AlignLeft);
        break;
    }
    default: {
        // Type badge, then the compact text (and for binaries a hex preview).
        const QString badge = ItemsValueFormat::typeName(type);
        QFont badgeFont = opt.font;
        badgeFont.setPointSizeF(qMax(6.0, badgeFont.pointSizeF() * 0.78));
        badgeFont.setBold(true);
        const QFontMetrics badgeMetrics(badgeFont);
        const int badgeWidth = badgeMetrics.horizontalAdvance(badge) + 8;
        const int badgeHeight = qMin(rect.height() - 4, badgeMetrics.height() + 2);
        const QRect badgeRect(rect.left(), rect.top() + (rect.height() - badgeHeight) / 2, badgeWidth, badgeHeight);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(badgeColor(type, isDark(opt.palette)));
        painter->drawRoundedRect(badgeRect, 3, 3);
        painter->setFont(badgeFont);
        painter->setPen(Qt::white);
        painter->drawText(badgeRect, Qt::AlignCenter, badge);
        painter->setFont(opt.font);
        QRect textRect = rect.adjusted(badgeWidth + kMargin, 0, 0, 0);
        if (type == ItemValueType::B) {
            QByteArray bytes;
            ItemsValueFormat::decodeBase64(text, &bytes);
            const QString hex = QStringLiteral("  ") + ItemsValueFormat::hexPreview(bytes, 8);
            const int base64Width = qMin(metrics.horizontalAdvance(text), textRect.width() * 2 / 3);
            drawText(QRect(textRect.left(), textRect.top(), base64Width, textRect.height()), text, textColor,
                     Qt::AlignLeft);
            drawText(textRect.adjusted(base64Width, 0, 0, 0), hex, mutedColor, Qt::AlignLeft);
        } else {
            drawText(textRect, text, textColor, Qt::AlignLeft);
        }
        break;
    }
    }
    painter->restore();
}

}  // namespace shardscope::ui
