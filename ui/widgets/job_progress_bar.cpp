#include "widgets/job_progress_bar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

#include <algorithm>

namespace shardscope::ui {
namespace {

// QProgressBar counts in int; large totals are scaled to per-mille.
constexpr int kScale = 1000;

}  // namespace

JobProgressBar::JobProgressBar(QWidget* parent)
    : QWidget(parent),
      m_label(new QLabel(this)),
      m_bar(new QProgressBar(this)),
      m_cancel(new QPushButton(tr("Cancel"), this)),
      m_dismiss(new QPushButton(tr("Dismiss"), this)) {
    setObjectName(QStringLiteral("jobProgressBar"));
    m_label->setObjectName(QStringLiteral("jobLabel"));
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setWordWrap(true);
    m_bar->setObjectName(QStringLiteral("jobProgress"));
    m_bar->setTextVisible(true);
    m_bar->setMaximumWidth(260);
    m_cancel->setObjectName(QStringLiteral("jobCancelButton"));
    m_dismiss->setObjectName(QStringLiteral("jobDismissButton"));
    m_dismiss->setFlat(true);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    layout->addWidget(m_dismiss);
    connect(m_cancel, &QPushButton::clicked, this, &JobProgressBar::cancelRequested);
    connect(m_dismiss, &QPushButton::clicked, this, &QWidget::hide);
    hide();
}

void JobProgressBar::start(const QString& text, qint64 maximum) {
    m_running = true;
    m_label->setText(text);
    m_label->setStyleSheet(QString());
    m_bar->show();
    m_cancel->show();
    m_cancel->setEnabled(true);
    m_dismiss->hide();
    setProgress(0, maximum, text);
    show();
}

void JobProgressBar::setProgress(qint64 value, qint64 maximum, const QString& text) {
    m_label->setText(text);
    if (maximum <= 0) {
        m_bar->setRange(0, 0);
        return;
    }
    m_bar->setRange(0, kScale);
    m_bar->setValue(int(std::clamp<qint64>(value * kScale / maximum, 0, kScale)));
    m_bar->setFormat(QStringLiteral("%1 %").arg(value * 100 / maximum));
}

void JobProgressBar::finish(const QString& message, bool ok) {
    m_running = false;
    m_label->setText(message);
    m_label->setStyleSheet(ok ? QString() : QStringLiteral("QLabel { color: #c62828; }"));
    m_bar->hide();
    m_cancel->hide();
    m_dismiss->show();
    show();
}

QString JobProgressBar::text() const {
    return m_label->text();
}

}  // namespace shardscope::ui
