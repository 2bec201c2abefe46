#include "panes/empty_state_widget.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace shardscope::ui {

EmptyStateWidget::EmptyStateWidget(QWidget* parent)
    : QWidget(parent), m_title(new QLabel(this)), m_text(new QLabel(this)), m_button(new QPushButton(this)) {
    m_title->setObjectName(QStringLiteral("emptyStateTitle"));
    m_title->setAlignment(Qt::AlignHCenter);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_text->setObjectName(QStringLiteral("emptyStateText"));
    m_text->setAlignment(Qt::AlignHCenter);
    m_text->setWordWrap(true);
    m_text->setForegroundRole(QPalette::PlaceholderText);

    m_button->setVisible(false);
    connect(m_button, &QPushButton::clicked, this, [this] {
        if (m_action)
            m_action->trigger();
    });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->setSpacing(8);
    layout->addStretch(2);
    layout->addWidget(m_title);
    // No alignment flag here: it would stop the word-wrapped label from
    // getting the height its wrapped lines need.
    layout->addWidget(m_text);
    layout->addSpacing(8);
    layout->addWidget(m_button, 0, Qt::AlignHCenter);
    layout->addStretch(3);
}

void EmptyStateWidget::setTitle(const QString& title) {
    m_title->setText(title);
}

void EmptyStateWidget::setText(const QString& text) {
    m_text->setText(text);
    m_text->setVisible(!text.isEmpty());
}

void EmptyStateWidget::setAction(QAction* action) {
    if (m_action)
        disconnect(m_action, nullptr, this, nullptr);
    m_action = action;
    if (m_action)
        connect(m_action, &QAction::changed, this, &EmptyStateWidget::syncButton);
    syncButton();
}

QString EmptyStateWidget::title() const {
    return m_title->text();
}

QString EmptyStateWidget::text() const {
    return m_text->text();
}

void EmptyStateWidget::syncButton() {
    m_button->setVisible(m_action != nullptr);
    if (!m_action)
        return;
    m_button->setText(m_action->text());
    m_button->setIcon(m_action->icon());
    m_button->setEnabled(m_action->isEnabled());
}

}  // namespace shardscope::ui
