#include "panes/query_row_delegate.h"

#include "models/query_row_model.h"
#include "panes/query_attribute_completer.h"

#include <QComboBox>
#include <QLineEdit>

namespace shardscope::ui {

QueryRowDelegate::QueryRowDelegate(QAbstractItemModel* attributeNames, QObject* parent)
    : QStyledItemDelegate(parent), m_attributeNames(attributeNames) {}

QWidget* QueryRowDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                        const QModelIndex& index) const {
    const auto* model = qobject_cast<const QueryRowModel*>(index.model());
    if (!model) return QStyledItemDelegate::createEditor(parent, option, index);
    switch (model->columnAt(index.column())) {
        case QueryRowModel::Operator: {
            auto* combo = new QComboBox(parent);
            for (const auto& [wire, label] : model->operatorChoices()) combo->addItem(label, wire);
            return combo;
        }
        case QueryRowModel::Type: {
            auto* combo = new QComboBox(parent);
            for (const std::string& type : tools::attributeTypes())
                combo->addItem(QString::fromStdString(type), QString::fromStdString(type));
            return combo;
        }
        case QueryRowModel::Attribute: {
            auto* edit = new QLineEdit(parent);
            edit->setCompleter(new QueryAttributeCompleter(m_attributeNames, false, edit));
            return edit;
        }
        default:
            return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void QueryRowDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const {
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        const int at = combo->findData(index.data(Qt::EditRole));
        combo->setCurrentIndex(at < 0 ? 0 : at);
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void QueryRowDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const {
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        model->setData(index, combo->currentData(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

}  // namespace shardscope::ui
