#include "delegates/item_value_delegate.h"

#include "dialogs/item_editor_model.h"
#include "models/items_value_format.h"
#include "widgets/binary_value_edit.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPainter>

namespace shardscope::ui {
namespace {

ItemValueType typeAt(const QModelIndex& index) {
    return static_cast<ItemValueType>(index.data(ItemEditorModel::TypeRole).toInt());
}

void markNumber(QLineEdit* edit) {
    QString error;
    const bool ok = ItemsValueFormat::isValidNumber(edit->text(), &error);
    edit->setStyleSheet(ok ? QString() : QStringLiteral("QLineEdit { border: 1px solid #c62828; }"));
    edit->setToolTip(ok ? QString() : error);
}

}  // namespace

QWidget* ItemValueDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                         const QModelIndex& index) const {
    const auto* model = qobject_cast<const ItemEditorModel*>(index.model());
    if (index.column() == ItemEditorModel::TypeColumn && model) {
        auto* combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("typeEditor"));
        combo->addItems(model->allowedTypes(index));
        // Apply the type as soon as it is picked: the value editor depends on it.
        auto* self = const_cast<ItemValueDelegate*>(this);
        connect(combo, &QComboBox::activated, self, [self, combo] { emit self->commitData(combo); });
        return combo;
    }
    if (index.column() == ItemEditorModel::ValueColumn) {
        switch (typeAt(index)) {
        case ItemValueType::B: {
            auto* edit = new BinaryValueEdit(parent);
            edit->setObjectName(QStringLiteral("binaryEditor"));
            return edit;
        }
        case ItemValueType::Bool: {
            auto* combo = new QComboBox(parent);
            combo->setObjectName(QStringLiteral("boolEditor"));
            combo->addItems({QStringLiteral("true"), QStringLiteral("false")});
            return combo;
        }
        case ItemValueType::N: {
            auto* edit = new QLineEdit(parent);
            edit->setObjectName(QStringLiteral("numberEditor"));
            connect(edit, &QLineEdit::textChanged, edit, [edit] { markNumber(edit); });
            return edit;
        }
        default: {
            auto* edit = new QLineEdit(parent);
            edit->setObjectName(QStringLiteral("textEditor"));
            return edit;
        }
        }
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void ItemValueDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const {
    const QString value = index.data(Qt::EditRole).toString();
    if (auto* binary = qobject_cast<BinaryValueEdit*>(editor)) {
        binary->setText(value);
    } else if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        combo->setCurrentIndex(qMax(0, combo->findText(value)));
    } else if (auto* edit = qobject_cast<QLineEdit*>(editor)) {
        edit->setText(value);
        if (edit->objectName() == QLatin1String("numberEditor"))
            markNumber(edit);
    } else {
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void ItemValueDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const {
    if (auto* binary = qobject_cast<BinaryValueEdit*>(editor))
        model->setData(index, binary->text());
    else if (auto* combo = qobject_cast<QComboBox*>(editor))
        model->setData(index, combo->currentText());
    else if (auto* edit = qobject_cast<QLineEdit*>(editor))
        model->setData(index, edit->text());
    else
        QStyledItemDelegate::setModelData(editor, model, index);
}

void ItemValueDelegate::updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                                             const QModelIndex& index) const {
    if (qobject_cast<BinaryValueEdit*>(editor)) {
        // Room for the hex preview under the text.
        QRect rect = option.rect;
        rect.setHeight(editor->sizeHint().height());
        editor->setGeometry(rect);
        return;
    }
    QStyledItemDelegate::updateEditorGeometry(editor, option, index);
}

void ItemValueDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const {
    QStyledItemDelegate::initStyleOption(option, index);
    const bool error = !index.data(ItemEditorModel::ErrorRole).toString().isEmpty();
    if (index.column() == ItemEditorModel::NameColumn && index.data(ItemEditorModel::KeyRole).toBool())
        option->font.setBold(true);
    if (index.column() == ItemEditorModel::NameColumn && index.parent().isValid()) {
        // Elements and members are named by position, which is presentation.
        const ItemValueType parentType = typeAt(index.parent());
        if (parentType == ItemValueType::L || ItemsValueFormat::isSet(parentType)) {
            option->text = QStringLiteral("[%1]").arg(index.row());
            option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
        }
    }
    if (index.column() == ItemEditorModel::TypeColumn)
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
    if (index.column() != ItemEditorModel::ValueColumn) {
        if (error && index.column() == ItemEditorModel::NameColumn)
            option->palette.setColor(QPalette::Text, QColor(0xc6, 0x28, 0x28));
        return;
    }
    const ItemValueType type = typeAt(index);
    if (error) {
        option->palette.setColor(QPalette::Text, QColor(0xc6, 0x28, 0x28));
    } else if (type == ItemValueType::Null || index.data(ItemEditorModel::ContainerRole).toBool()) {
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
        if (type == ItemValueType::Null)
            option->font.setItalic(true);
    }
}

QSize ItemValueDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const {
    // A little air between rows: the form is read more than it is scanned.
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(size.height() + 6);
    return size;
}

void ItemValueDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const {
    if (index.column() != ItemEditorModel::ValueColumn || typeAt(index) != ItemValueType::B) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // Binaries: the base64 text, then a grey hex preview of the bytes.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString base64 = opt.text;
    opt.text.clear();
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    const QRect text = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(2, 0, -2, 0);
    QByteArray bytes;
    const bool valid = ItemsValueFormat::decodeBase64(base64, &bytes);
    const QFontMetrics metrics(opt.font);
    const bool selected = opt.state & QStyle::State_Selected;
    painter->save();
    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    const int width = qMin(metrics.horizontalAdvance(base64), text.width() / 2);
    painter->drawText(QRect(text.left(), text.top(), width, text.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(base64, Qt::ElideRight, width));
    if (valid) {
        painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
        const QRect rest = text.adjusted(width + 12, 0, 0, 0);
        painter->drawText(rest, Qt::AlignLeft | Qt::AlignVCenter,
                          metrics.elidedText(ItemsValueFormat::hexPreview(bytes, 16), Qt::ElideRight, rest.width()));
    }
    painter->restore();
}

}  // namespace shardscope::ui
