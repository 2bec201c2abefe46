#include "main_window.h"

#include "app_icon.h"
#include "backend/backend.h"
#include "backend/backend_switch.h"
#include "connections/connection_controller.h"
#include "dialogs/about_dialog.h"
#include "dialogs/new_table_dialog.h"
#include "dialogs/preferences_dialog.h"
#include "dialogs/shortcuts_dialog.h"
#include "dialogs/table_designer_dialog.h"
#include "i18n/translator.h"
#include "models/table_list_model.h"
#include "panes/items_pane.h"
#include "panes/live_pane.h"
#include "panes/query_pane.h"
#include "panes/table_details_pane.h"
#include "panes/table_list_pane.h"
#include "panes/table_workspace.h"
#include "settings/settings.h"
#include "theme/theme.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>

namespace shardscope::ui {
namespace {

constexpr int kStatusMessageMillis = 6000;
// Requests shorter than this never show "working" (no status-bar flicker on live updates).
constexpr int kBusyIndicatorDelayMillis = 300;

}  // namespace

MainWindow::MainWindow(std::shared_ptr<Backend> backend, QWidget* parent)
    : QMainWindow(parent),
      // Every view holds the switch, so Connect… can change what they all talk to.
      m_backend(std::make_shared<BackendSwitch>(std::move(backend))),
      m_settings(std::make_unique<Settings>()),
      m_model(new TableListModel(m_backend, this)),
      m_listPane(new TableListPane(m_model, this)),
      m_workspace(new TableWorkspace(m_settings.get(), this)),
      m_splitter(new QSplitter(Qt::Horizontal, this)),
      m_busyDelay(new QTimer(this)) {
    Q_ASSERT(m_backend);
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(applicationIcon());
    setWindowTitle(tr("Shardscope"));
    ThemeManager::instance()->apply(ThemeManager::fromString(m_settings->theme()));

    m_workspace->addPane(new ItemsPane(m_backend, m_workspace), tr("Items"));
    m_workspace->addPane(new QueryPane(m_backend, m_workspace), tr("Query"));
    m_workspace->addPane(new LivePane(m_backend, m_workspace), tr("Live"));

    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_listPane);
    m_splitter->addWidget(m_workspace);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    m_connections =
        new ConnectionController(std::static_pointer_cast<BackendSwitch>(m_backend), m_settings.get(), this);
    connect(m_connections, &ConnectionController::switched, this, [this](const QString& message) {
        statusBar()->showMessage(message, kStatusMessageMillis);
        m_model->refresh();
        updateBackendState();
    });
    connect(m_connections, &ConnectionController::failed, this,
            [this](const QString& message) { statusBar()->showMessage(message, 2 * kStatusMessageMillis); });
    createActions();
    createMenus();
    createToolBar();
    createStatusBar();
    m_listPane->setCreateTableAction(m_newTableAction);
    m_listPane->view()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_listPane->view(), &QWidget::customContextMenuRequested, this, &MainWindow::showTableListMenu);

    connect(m_listPane, &TableListPane::currentTableChanged, this, [this] {
        updateDetails();
        updateActions();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        updateDetails();
        updateActions();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::onTablesChanged);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::onTablesChanged);
    connect(m_model, &TableListModel::loadingChanged, this, &MainWindow::onTablesChanged);
    connect(m_model, &TableListModel::errorOccurred, this,
            [this](const QString& text) { statusBar()->showMessage(text, kStatusMessageMillis); });
    connect(m_backend.get(), &Backend::pendingCountChanged, this, &MainWindow::updateBackendState);
    m_busyDelay->setSingleShot(true);
    m_busyDelay->setInterval(kBusyIndicatorDelayMillis);
    connect(m_busyDelay, &QTimer::timeout, this, [this] {
        m_showBusy = m_backend->pendingCount() > 0;
        updateBackendState();
    });

    restoreWindowState();
    updateActions();
    updateBackendState();
    updateDetails();
    m_model->refresh();
}

MainWindow::~MainWindow() {
    // Quitting without closing the window (Ctrl+C, session end) still keeps the layout;
    // a window that was never shown has nothing worth keeping.
    if (isVisible())
        saveWindowState();
}

TableDetailsPane* MainWindow::tableDetailsPane() const {
    return m_workspace->detailsPane();
}

void MainWindow::setEndpointAddress(const QString& address) {
    m_endpointAddress = address;
    m_endpointLabel->setText(tr("Endpoint: %1").arg(address));
    m_endpointLabel->setVisible(!address.isEmpty());
}

void MainWindow::closeEvent(QCloseEvent* event) {
    saveWindowState();
    event->accept();
}

void MainWindow::createActions() {
    m_newTableAction = new QAction(actionIcon(QStringLiteral("list-add"), QStringLiteral("new-table")),
                                   tr("&New Table…"), this);
    m_newTableAction->setObjectName(QStringLiteral("newTableAction"));
    m_newTableAction->setIconText(tr("New Table"));
    m_newTableAction->setShortcut(QKeySequence::New);
    m_newTableAction->setStatusTip(tr("Create a table with a partition key and an optional sort key"));
    m_newTableAction->setToolTip(tr("Design a new table: keys, indexes, capacity and settings (Ctrl+N)"));
    connect(m_newTableAction, &QAction::triggered, this, &MainWindow::openNewTableDialog);

    m_deleteTableAction = new QAction(actionIcon(QStringLiteral("edit-delete"), QStringLiteral("delete-table")),
                                      tr("&Delete Table…"), this);
    m_deleteTableAction->setObjectName(QStringLiteral("deleteTableAction"));
    m_deleteTableAction->setIconText(tr("Delete Table"));
    m_deleteTableAction->setShortcut(QKeySequence::Delete);
    // Del deletes a table only from the table list; in the Items tab it deletes items.
    m_deleteTableAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_listPane->view()->addAction(m_deleteTableAction);
    m_deleteTableAction->setStatusTip(tr("Delete the selected table and all its items"));
    m_deleteTableAction->setToolTip(tr("Delete the selected table and all its items, after confirmation"));
    connect(m_deleteTableAction, &QAction::triggered, this, &MainWindow::confirmDeleteTable);

    m_editTableAction = new QAction(tr("&Edit Table…"), this);
    m_editTableAction->setObjectName(QStringLiteral("editTableAction"));
    m_editTableAction->setStatusTip(tr("Change the selected table's capacity, indexes, stream, TTL and tags"));
    m_editTableAction->setToolTip(m_editTableAction->statusTip());
    m_editTableAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_editTableAction, &QAction::triggered, this, &MainWindow::openEditTableDialog);

    m_cloneTableAction = new QAction(tr("&Clone Table…"), this);
    m_cloneTableAction->setObjectName(QStringLiteral("cloneTableAction"));
    m_cloneTableAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_cloneTableAction->setStatusTip(
        tr("Create a new table with the selected table's keys, indexes and settings (not its items)"));
    m_cloneTableAction->setToolTip(m_cloneTableAction->statusTip());
    connect(m_cloneTableAction, &QAction::triggered, this, &MainWindow::openCloneTableDialog);

    m_findTableAction = new QAction(tr("&Find Table"), this);
    m_findTableAction->setObjectName(QStringLiteral("findTableAction"));
    m_findTableAction->setShortcut(QKeySequence::Find);
    m_findTableAction->setStatusTip(tr("Filter the table list by name"));
    m_findTableAction->setToolTip(m_findTableAction->statusTip());
    connect(m_findTableAction, &QAction::triggered, this, [this] {
        m_listPane->filterEdit()->setFocus(Qt::ShortcutFocusReason);
        m_listPane->filterEdit()->selectAll();
    });

    m_refreshAction = new QAction(actionIcon(QStringLiteral("view-refresh"), QStringLiteral("refresh")),
                                  tr("&Refresh"), this);
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    QList<QKeySequence> refreshKeys{QKeySequence(Qt::Key_F5)};
    for (const QKeySequence& key : QKeySequence::keyBindings(QKeySequence::Refresh))
        if (!refreshKeys.contains(key))
            refreshKeys.append(key);
    m_refreshAction->setShortcuts(refreshKeys);
    m_refreshAction->setStatusTip(tr("Reload the table list and every table's description"));
    m_refreshAction->setToolTip(tr("Reload the table list and every table's description (F5)"));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    m_quitAction->setStatusTip(tr("Close the window and stop the embedded endpoint"));
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_statusBarAction = new QAction(tr("&Status Bar"), this);
    m_statusBarAction->setObjectName(QStringLiteral("statusBarAction"));
    m_statusBarAction->setCheckable(true);
    m_statusBarAction->setChecked(true);
    m_statusBarAction->setStatusTip(tr("Show or hide the status bar"));
    connect(m_statusBarAction, &QAction::toggled, this, [this](bool on) { statusBar()->setVisible(on); });

    m_preferencesAction = new QAction(tr("&Preferences…"), this);
    m_preferencesAction->setObjectName(QStringLiteral("preferencesAction"));
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    // Not every platform binds QKeySequence::Preferences; Ctrl+, is the common choice.
    QList<QKeySequence> preferencesKeys = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (preferencesKeys.isEmpty())
        preferencesKeys.append(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_preferencesAction->setShortcuts(preferencesKeys);
    m_preferencesAction->setStatusTip(tr("Endpoint port, TTL sweep interval, theme and language"));
    m_preferencesAction->setToolTip(m_preferencesAction->statusTip());
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::openPreferences);

    m_shortcutsAction = new QAction(tr("&Keyboard Shortcuts"), this);
    m_shortcutsAction->setObjectName(QStringLiteral("shortcutsAction"));
    m_shortcutsAction->setShortcuts(QKeySequence::HelpContents);
    m_shortcutsAction->setStatusTip(tr("Every keyboard shortcut of the workbench"));
    m_shortcutsAction->setToolTip(m_shortcutsAction->statusTip());
    connect(m_shortcutsAction, &QAction::triggered, this, &MainWindow::showShortcuts);

    m_aboutAction = new QAction(tr("&About Shardscope"), this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_aboutAction->setStatusTip(tr("Version, credits and licences"));
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newTableAction);
    file->addAction(m_deleteTableAction);
    file->addSeparator();
    file->addAction(m_refreshAction);
    file->addSeparator();
    file->addAction(m_connections->connectAction());
    file->addAction(m_connections->embeddedAction());
    file->addSeparator();
    file->addAction(m_preferencesAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu* table = menuBar()->addMenu(tr("&Table"));
    table->setObjectName(QStringLiteral("tableMenu"));
    table->addAction(m_editTableAction);
    table->addAction(m_cloneTableAction);
    table->addSeparator();
    table->addAction(m_findTableAction);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    view->addAction(m_statusBarAction);
    view->addSeparator();
    view->addMenu(createLanguageMenu());

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_shortcutsAction);
    help->addSeparator();
    help->addAction(m_aboutAction);
}

QMenu* MainWindow::createLanguageMenu() {
    auto* menu = new QMenu(tr("&Language"), this);
    menu->setObjectName(QStringLiteral("languageMenu"));
    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    const QString current = m_settings->language();

    auto addLanguage = [&](const QString& code, const QString& label) {
        QAction* action = menu->addAction(label);
        action->setCheckable(true);
        action->setData(code);
        action->setChecked(code == current);
        m_languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { chooseLanguage(code); });
    };
    addLanguage(QString(), tr("System Default"));
    menu->addSeparator();
    for (const QString& code : Translator::availableLanguages()) {
        // Each language in its own words, so a user can find theirs in any UI language.
        QString name = code == QLatin1String("en") ? QStringLiteral("English") : QLocale(code).nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        addLanguage(code, name.isEmpty() ? code : name);
    }
    return menu;
}

void MainWindow::createToolBar() {
    m_toolBar = addToolBar(tr("Main Toolbar"));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addAction(m_newTableAction);
    m_toolBar->addAction(m_deleteTableAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_refreshAction);
    if (QMenu* view = menuBar()->findChild<QMenu*>(QStringLiteral("viewMenu")))
        view->insertAction(m_statusBarAction, m_toolBar->toggleViewAction());
}

void MainWindow::createStatusBar() {
    m_backendLabel = new QLabel(this);
    m_backendLabel->setObjectName(QStringLiteral("backendStateLabel"));
    m_endpointLabel = new QLabel(this);
    m_endpointLabel->setObjectName(QStringLiteral("endpointLabel"));
    m_endpointLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_endpointLabel->setToolTip(
        tr("Point the AWS CLI or an AWS SDK at this address (--endpoint-url) to use the embedded engine."));
    m_endpointLabel->setVisible(false);
    for (QLabel* label : {m_backendLabel, m_endpointLabel}) {
        label->setContentsMargins(8, 0, 8, 0);
        statusBar()->addPermanentWidget(label);
    }
}

void MainWindow::openNewTableDialog() {
    auto* dialog = new NewTableDialog(m_backend, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NewTableDialog::tableCreated, this, [this](const QString& tableName) {
        statusBar()->showMessage(tr("Created table “%1”.").arg(tableName), kStatusMessageMillis);
        selectWhenListed(tableName);
        // A remote backend sends no change events; a local one's refresh is merely early.
        m_model->refresh();
    });
    dialog->open();
}

void MainWindow::openEditTableDialog() {
    const TableDescription description = m_model->description(m_listPane->currentTable());
    if (!description.isValid())
        return;
    auto* dialog = new TableDesignerDialog(m_backend, description, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TableDesignerDialog::tableUpdated, this, [this](const QString& tableName) {
        statusBar()->showMessage(tr("Updated table “%1”.").arg(tableName), kStatusMessageMillis);
        m_model->refresh();
    });
    dialog->open();
}

void MainWindow::openCloneTableDialog() {
    const TableDescription description = m_model->description(m_listPane->currentTable());
    if (!description.isValid())
        return;
    tools::TableDesign design = tools::TableDesign::fromDescribeTable(description.raw);
    design.tableArn.clear();
    // A free name next to the original: "orders-copy", "orders-copy-2", ...
    const QString base = description.name + QStringLiteral("-copy");
    QString name = base;
    for (int n = 2; m_model->rowOf(name) >= 0; ++n)
        name = base + QLatin1Char('-') + QString::number(n);
    design.tableName = name.toStdString();

    auto* dialog = new NewTableDialog(m_backend, this);
    dialog->setObjectName(QStringLiteral("cloneTableDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Clone Table “%1”").arg(description.name));
    dialog->setDesign(design);
    connect(dialog, &NewTableDialog::tableCreated, this, [this](const QString& tableName) {
        statusBar()->showMessage(tr("Created table “%1”.").arg(tableName), kStatusMessageMillis);
        selectWhenListed(tableName);
        m_model->refresh();
    });
    dialog->open();
}

void MainWindow::showTableListMenu(const QPoint& position) {
    QTreeView* view = m_listPane->view();
    const QModelIndex index = view->indexAt(position);
    if (index.isValid())
        view->setCurrentIndex(index);
    // popup(), not exec(): no nested event loop on the GUI thread.
    auto* menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("tableListMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(m_newTableAction);
    if (index.isValid()) {
        menu->addAction(m_editTableAction);
        menu->addAction(m_cloneTableAction);
        menu->addSeparator();
        menu->addAction(m_deleteTableAction);
    }
    menu->addSeparator();
    menu->addAction(m_refreshAction);
    menu->popup(view->viewport()->mapToGlobal(position));
}

void MainWindow::confirmDeleteTable() {
    const QString tableName = m_listPane->currentTable();
    if (tableName.isEmpty())
        return;
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Delete Table"),
                                tr("Delete the table “%1” and all its items?").arg(tableName), QMessageBox::NoButton,
                                this);
    box->setObjectName(QStringLiteral("deleteTableConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("This cannot be undone."));
    QPushButton* deleteButton = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    deleteButton->setObjectName(QStringLiteral("confirmDeleteButton"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this, [this, deleteButton, tableName](QAbstractButton* clicked) {
        if (clicked == deleteButton)
            deleteTable(tableName);
    });
    box->open();
}

void MainWindow::deleteTable(const QString& tableName) {
    const nlohmann::json request = {{"TableName", tableName.toStdString()}};
    m_backend->call(QStringLiteral("DeleteTable"), request, this, [this, tableName](const BackendReply& reply) {
        if (reply.ok()) {
            statusBar()->showMessage(tr("Deleted table “%1”.").arg(tableName), kStatusMessageMillis);
            m_model->refresh();
            return;
        }
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Delete Table"),
                                    tr("The table “%1” could not be deleted.").arg(tableName), QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("deleteTableError"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setInformativeText(reply.error().displayText());
        box->open();
    });
}

void MainWindow::refresh() {
    m_model->refresh();
    statusBar()->showMessage(tr("Refreshing tables…"), kStatusMessageMillis);
}

void MainWindow::showAbout() {
    auto* dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showShortcuts() {
    // The window's own actions, in menu order; the panes' keys are the dialog's to list.
    QList<QAction*> actions;
    for (QAction* menuAction : menuBar()->actions())
        if (QMenu* menu = menuAction->menu())
            for (QAction* action : menu->actions())
                if (!action->isSeparator() && !action->menu() && !actions.contains(action))
                    actions.append(action);
    auto* dialog = new ShortcutsDialog(actions, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::openPreferences() {
    auto* dialog = new PreferencesDialog(m_settings.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        // The language may have changed there; keep View ▸ Language in step.
        for (QAction* action : m_languageGroup->actions())
            action->setChecked(action->data().toString() == m_settings->language());
    });
    connect(dialog, &PreferencesDialog::restartRequired, this, [this] {
        statusBar()->showMessage(tr("Some changes take effect when Shardscope is restarted."),
                                 2 * kStatusMessageMillis);
    });
    dialog->open();
}

void MainWindow::chooseLanguage(const QString& language) {
    if (language == m_settings->language())
        return;
    m_settings->setLanguage(language);
    statusBar()->showMessage(tr("The new language takes effect when Shardscope is restarted."),
                             2 * kStatusMessageMillis);
}

void MainWindow::onTablesChanged() {
    if (!m_pendingSelection.isEmpty() && m_listPane->selectTable(m_pendingSelection))
        m_pendingSelection.clear();
    if (m_firstLoad && m_model->hasLoaded() && !m_model->isLoading()) {
        // First listing done: if the remembered table is gone, start on the first one.
        m_firstLoad = false;
        m_pendingSelection.clear();
        if (m_listPane->currentTable().isEmpty() && m_model->rowCount() > 0)
            m_listPane->view()->setCurrentIndex(m_listPane->view()->model()->index(0, 0));
    }
    updateDetails();
    updateActions();
}

void MainWindow::updateDetails() {
    const QString tableName = m_listPane->currentTable();
    if (tableName.isEmpty()) {
        m_workspace->showNoSelection(m_model->rowCount() > 0);
        setWindowTitle(tr("Shardscope"));
        return;
    }
    setWindowTitle(tr("%1 — Shardscope").arg(tableName));
    const TableDescription description = m_model->description(tableName);
    if (description.isValid())
        m_workspace->showDescription(description);
    else
        m_workspace->showLoading(tableName);
}

void MainWindow::updateActions() {
    m_deleteTableAction->setEnabled(!m_listPane->currentTable().isEmpty());
    m_editTableAction->setEnabled(!m_listPane->currentTable().isEmpty());
    m_cloneTableAction->setEnabled(m_model->description(m_listPane->currentTable()).isValid());
}

void MainWindow::updateBackendState() {
    const int pending = m_backend->pendingCount();
    if (pending == 0) {
        m_busyDelay->stop();
        m_showBusy = false;
    } else if (!m_showBusy && !m_busyDelay->isActive()) {
        m_busyDelay->start();
    }
    m_backendLabel->setText(m_showBusy ? tr("%1 · working…").arg(m_backend->displayName())
                                       : tr("%1 · ready").arg(m_backend->displayName()));
    m_backendLabel->setToolTip(m_showBusy ? tr("Requests running: %1").arg(pending) : QString());
}

void MainWindow::selectWhenListed(const QString& tableName) {
    if (!m_listPane->selectTable(tableName))
        m_pendingSelection = tableName;
}

void MainWindow::restoreWindowState() {
    const QByteArray geometry = m_settings->windowGeometry();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1180, 740);
    restoreState(m_settings->windowState());
    const QByteArray splitter = m_settings->mainSplitterState();
    if (splitter.isEmpty() || !m_splitter->restoreState(splitter))
        m_splitter->setSizes({460, 720});
    m_statusBarAction->setChecked(!statusBar()->isHidden());
    m_pendingSelection = m_settings->lastSelectedTable();
}

void MainWindow::saveWindowState() {
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    m_settings->setMainSplitterState(m_splitter->saveState());
    m_settings->setLastSelectedTable(m_listPane->currentTable());
    m_settings->sync();
}

}  // namespace shardscope::ui
