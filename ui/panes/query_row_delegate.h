// QueryRowDelegate: editors for the query builder's row tables: a combo of
// operators or actions, a combo of value types, and a line editor with
// attribute-name completion for attribute cells.
//
// Thread-safety: GUI thread only.
#pragma once

#include <QStyledItemDelegate>

class QAbstractItemModel;

namespace shardscope::ui {

class QueryRowDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    // `attributeNames` (not owned) feeds completion in attribute cells.
    explicit QueryRowDelegate(QAbstractItemModel* attributeNames, QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

private:
    QAbstractItemModel* m_attributeNames;
};

}  // namespace shardscope::ui
