// JobProgressBar: a slim bar at the bottom of a pane for one background job
// (export, import, batch delete): what is running, a progress bar (busy when
// the total is unknown) and a Cancel button; afterwards the outcome stays
// readable in the bar until the next job or until dismissed.
//
// Thread-safety: GUI thread only.
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace shardscope::ui {

class JobProgressBar : public QWidget {
    Q_OBJECT

public:
    explicit JobProgressBar(QWidget* parent = nullptr);

    // Shows the bar for a job described by `text`; `maximum` 0 means unknown (busy).
    void start(const QString& text, qint64 maximum = 0);
    // Updates progress (`value` of `maximum`; 0 keeps the bar busy) and the text.
    void setProgress(qint64 value, qint64 maximum, const QString& text);
    // The job ended: hides the bar and Cancel, shows `message` (red if !ok).
    void finish(const QString& message, bool ok);
    bool isRunning() const { return m_running; }
    QString text() const;

signals:
    void cancelRequested();

private:
    QLabel* m_label;
    QProgressBar* m_bar;
    QPushButton* m_cancel;
    QPushButton* m_dismiss;
    bool m_running = false;
};

}  // namespace shardscope::ui
