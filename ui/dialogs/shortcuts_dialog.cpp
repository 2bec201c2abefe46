#include "dialogs/shortcuts_dialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace shardscope::ui {
namespace {

// "&New Table…" -> "New Table".
QString plainText(QString text) {
    text.remove(QLatin1Char('&'));
    text.remove(QChar(0x2026));
    return text.trimmed();
}

QString keysText(const QList<QKeySequence>& keys) {
    QStringList texts;
    for (const QKeySequence& key : keys)
        texts.append(key.toString(QKeySequence::NativeText));
    return texts.join(QStringLiteral(", "));
}

}  // namespace

ShortcutsDialog::ShortcutsDialog(const QList<QAction*>& actions, QWidget* parent)
    : QDialog(parent), m_model(new QStandardItemModel(0, 2, this)) {
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_model->setHorizontalHeaderLabels({tr("Action"), tr("Keys")});

    auto addGroup = [this](const QString& title) {
        auto* group = new QStandardItem(title);
        QFont font = group->font();
        font.setBold(true);
        group->setFont(font);
        m_model->appendRow({group, new QStandardItem()});
        return group;
    };
    auto addRow = [](QStandardItem* group, const QString& what, const QString& keys) {
        group->appendRow({new QStandardItem(what), new QStandardItem(keys)});
    };

    QStandardItem* window = addGroup(tr("Main window"));
    for (QAction* action : actions)
        if (action && !action->shortcuts().isEmpty())
            addRow(window, plainText(action->text()), keysText(action->shortcuts()));

    QStandardItem* items = addGroup(tr("Items tab"));
    addRow(items, tr("Open the selected item"), keysText({QKeySequence(Qt::Key_Return)}));
    addRow(items, tr("Delete the selected items"), keysText({QKeySequence(QKeySequence::Delete)}));
    addRow(items, tr("Read more items"), tr("Scroll to the bottom"));

    QStandardItem* query = addGroup(tr("Query tab"));
    addRow(query, tr("Run the operation"),
           keysText({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}));
    addRow(query, tr("Complete an attribute name"), tr("Type its first letters"));

    QStandardItem* tabs = addGroup(tr("Table tabs"));
    addRow(tabs, tr("Next / previous tab"),
           keysText({QKeySequence(Qt::CTRL | Qt::Key_Tab), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab)}));

    auto* view = new QTreeView(this);
    view->setObjectName(QStringLiteral("shortcutsView"));
    view->setModel(m_model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionMode(QAbstractItemView::NoSelection);
    view->setRootIsDecorated(false);
    view->setFocusPolicy(Qt::NoFocus);  // a list to read: no current-cell frame
    view->setItemsExpandable(false);
    view->expandAll();
    view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    view->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    view->header()->setStretchLastSection(false);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(view, 1);
    layout->addWidget(buttons);
    resize(520, 420);
}

}  // namespace shardscope::ui
