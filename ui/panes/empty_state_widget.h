// EmptyStateWidget: the centred "nothing here yet" message a pane shows
// instead of an empty view: a title, an explanation and, optionally, one
// action button that triggers a QAction.
//
// Thread-safety: GUI thread only.
#pragma once

#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QPushButton;

namespace shardscope::ui {

class EmptyStateWidget : public QWidget {
    Q_OBJECT

public:
    explicit EmptyStateWidget(QWidget* parent = nullptr);

    void setTitle(const QString& title);
    void setText(const QString& text);
    // Shows a button that triggers `action` (null hides it). The button
    // follows the action's text and enabled state.
    void setAction(QAction* action);

    QString title() const;
    QString text() const;

private:
    void syncButton();

    QLabel* m_title;
    QLabel* m_text;
    QPushButton* m_button;
    QPointer<QAction> m_action;
};

}  // namespace shardscope::ui
