// ShortcutsDialog: Help ▸ Keyboard Shortcuts: every shortcut of the
// workbench in one list, grouped by where it works.
//
// The window's own shortcuts are read from the actions it passes in (so the
// list follows the actions and the platform's key bindings); the panes'
// shortcuts, which live on their views, are listed here by hand.
//
// Thread-safety: GUI thread only.
#pragma once

#include <QDialog>
#include <QList>

class QAction;
class QStandardItemModel;

namespace shardscope::ui {

class ShortcutsDialog : public QDialog {
    Q_OBJECT

public:
    // `actions` are the window's actions; those without a shortcut are left out.
    explicit ShortcutsDialog(const QList<QAction*>& actions, QWidget* parent = nullptr);

    // Two columns: what it does, the keys (native text).
    QStandardItemModel* model() const { return m_model; }

private:
    QStandardItemModel* m_model;
};

}  // namespace shardscope::ui
