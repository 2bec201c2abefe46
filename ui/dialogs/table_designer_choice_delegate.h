// TableDesignerChoiceDelegate: edits a designer cell with a fixed set of wire
// values (attribute types, projections, stream view types) in a combo box
// showing translated labels, or a capacity cell with a spin box. Other cells
// get the default line editor.
//
// Thread-safety: GUI thread only.
#pragma once

#include <QList>
#include <QPair>
#include <QStyledItemDelegate>

namespace shardscope::ui {

class TableDesignerChoiceDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using Choices = QList<QPair<QString, QString>>;  // wire value, label

    explicit TableDesignerChoiceDelegate(QObject* parent = nullptr);

    // Cells of `column` edit with a combo of `choices`.
    void setChoices(int column, const Choices& choices);
    // Cells of `column` edit with a spin box of `minimum`..`maximum`.
    void setNumeric(int column, int minimum, int maximum);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

    // The designer's standard choice lists, translated.
    static Choices keyTypes();
    static Choices projections();

private:
    QHash<int, Choices> m_choices;
    QHash<int, QPair<int, int>> m_numeric;
};

}  // namespace shardscope::ui
