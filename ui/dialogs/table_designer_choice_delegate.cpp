#include "dialogs/table_designer_choice_delegate.h"

#include "dialogs/table_designer_index_model.h"
#include "models/table_description.h"

#include <QComboBox>
#include <QSpinBox>

namespace shardscope::ui {

TableDesignerChoiceDelegate::TableDesignerChoiceDelegate(QObject* parent) : QStyledItemDelegate(parent) {}

void TableDesignerChoiceDelegate::setChoices(int column, const Choices& choices) {
    m_choices.insert(column, choices);
}

void TableDesignerChoiceDelegate::setNumeric(int column, int minimum, int maximum) {
    m_numeric.insert(column, {minimum, maximum});
}

QWidget* TableDesignerChoiceDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                                   const QModelIndex& index) const {
    if (auto it = m_choices.constFind(index.column()); it != m_choices.constEnd()) {
        auto* combo = new QComboBox(parent);
        for (const auto& [wire, label] : *it) combo->addItem(label, wire);
        return combo;
    }
    if (auto it = m_numeric.constFind(index.column()); it != m_numeric.constEnd()) {
        auto* spin = new QSpinBox(parent);
        spin->setRange(it->first, it->second);
        return spin;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void TableDesignerChoiceDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const {
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        const int at = combo->findData(index.data(Qt::EditRole));
        combo->setCurrentIndex(at < 0 ? 0 : at);
        return;
    }
    if (auto* spin = qobject_cast<QSpinBox*>(editor)) {
        spin->setValue(index.data(Qt::EditRole).toInt());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void TableDesignerChoiceDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                               const QModelIndex& index) const {
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        model->setData(index, combo->currentData(), Qt::EditRole);
        return;
    }
    if (auto* spin = qobject_cast<QSpinBox*>(editor)) {
        spin->interpretText();
        model->setData(index, spin->value(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

TableDesignerChoiceDelegate::Choices TableDesignerChoiceDelegate::keyTypes() {
    Choices choices;
    for (const char* type : {"S", "N", "B"})
        choices.append({QLatin1String(type), TableDescription::attributeTypeText(QLatin1String(type))});
    return choices;
}

TableDesignerChoiceDelegate::Choices TableDesignerChoiceDelegate::projections() {
    Choices choices;
    for (const char* type : {"ALL", "KEYS_ONLY", "INCLUDE"})
        choices.append({QLatin1String(type), projectionText(QLatin1String(type))});
    return choices;
}

}  // namespace shardscope::ui
