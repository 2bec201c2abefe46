// TableListDelegate: presentation of TableListModel rows: a little more air
// per row than the style's minimum, and a coloured dot before each status
// (statusColor()), so a table that is not ACTIVE stands out in a long list.
//
// Thread-safety: GUI thread only.
#pragma once

#include <QStyledItemDelegate>

namespace shardscope::ui {

class TableListDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

}  // namespace shardscope::ui
