// ItemValueDelegate: editors and presentation for the item editor's tree
// (ItemEditorModel): the type column edits with a combo box of the types the
// node may take, the value column with an editor for the node's type (text,
// a number box checked with the engine's number parser, a BinaryValueEdit
// with hex preview, true/false). Values with an error are drawn red, NULL
// greyed, binaries with a hex preview, containers as a grey summary, key
// attributes' names bold.
//
// Thread-safety: GUI thread only.
#pragma once

#include <QStyledItemDelegate>

namespace shardscope::ui {

class ItemValueDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
    void updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

}  // namespace shardscope::ui
