// ItemsCellDelegate: presentation of ItemsModel cells by DynamoDB type:
// strings as text, numbers right-aligned, binaries as base64 followed by a
// hex preview, booleans as a read-only check mark with true/false, NULL
// greyed, and maps, lists and sets as their compact JSON behind a small type
// badge ("M", "L", "SS", ...). Rows whose page is being re-read show a grey
// ellipsis. The model supplies types and texts (TypeRole, LoadedRole); all
// colour and layout decisions live here.
//
// Thread-safety: GUI thread only.
#pragma once

#include <QStyledItemDelegate>

namespace shardscope::ui {

class ItemsCellDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    // The text a cell shows (what paint() draws after any badge), for tests and accessibility.
    static QString displayText(const QModelIndex& index);
};

}  // namespace shardscope::ui
