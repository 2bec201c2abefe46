#include "widgets/binary_value_edit.h"

#include "models/items_value_format.h"

#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace shardscope::ui {

BinaryValueEdit::BinaryValueEdit(QWidget* parent)
    : QWidget(parent), m_edit(new QLineEdit(this)), m_preview(new QLabel(this)) {
    setAutoFillBackground(true);
    m_edit->setObjectName(QStringLiteral("base64Edit"));
    m_edit->setPlaceholderText(tr("base64"));
    m_preview->setObjectName(QStringLiteral("hexPreview"));
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setForegroundRole(QPalette::PlaceholderText);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_edit);
    layout->addWidget(m_preview);
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::textChanged, this, &BinaryValueEdit::updatePreview);
    connect(m_edit, &QLineEdit::editingFinished, this, &BinaryValueEdit::editingFinished);
    updatePreview();
}

QString BinaryValueEdit::text() const {
    return m_edit->text();
}

void BinaryValueEdit::setText(const QString& base64) {
    m_edit->setText(base64);
}

QString BinaryValueEdit::previewText() const {
    return m_preview->text();
}

void BinaryValueEdit::updatePreview() {
    QByteArray bytes;
    if (ItemsValueFormat::decodeBase64(m_edit->text(), &bytes)) {
        const int size = int(bytes.size());
        m_preview->setText((size == 1 ? tr("1 byte: %1") : tr("%n bytes: %1", "", size))
                               .arg(ItemsValueFormat::hexPreview(bytes, 24)));
        m_edit->setStyleSheet(QString());
        m_edit->setToolTip(QString());
    } else {
        m_preview->setText(tr("not valid base64"));
        m_edit->setStyleSheet(QStringLiteral("QLineEdit { border: 1px solid #c62828; }"));
        m_edit->setToolTip(tr("Binary values are typed as base64, padding included."));
    }
}

}  // namespace shardscope::ui
