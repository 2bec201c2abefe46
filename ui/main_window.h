// MainWindow: the workbench shell.
//
// Left, the backend's tables (TableListPane on a TableListModel); right, the
// selected table in a TableWorkspace: tabs for its details (TableDetailsPane,
// "Overview") and its items (ItemsPane), and whatever further TablePanes are
// added to it. Menus, toolbar and the list's context menu create, clone
// (the designer prefilled from DescribeTable), edit, delete and refresh
// tables; the status bar shows what the window is connected to,
// whether requests are running, and the local endpoint's address. Geometry,
// toolbar/dock state, splitter, last selected table, the workspace tab, the
// UI language and the theme are kept in Settings; the window applies the
// saved theme (ThemeManager) when it is created, and File ▸ Preferences…
// edits these settings.
//
// The window talks to data only through its Backend, asynchronously: nothing
// here blocks the GUI thread, and dialogs are opened window-modal with open(),
// never exec().
//
// Thread-safety: GUI thread only.
#pragma once

#include <QMainWindow>

#include <memory>

class QAction;
class QActionGroup;
class QLabel;
class QSplitter;
class QTimer;
class QToolBar;

namespace shardscope::ui {

class Backend;
class ConnectionController;
class Settings;
class TableDetailsPane;
class TableListModel;
class TableListPane;
class TableWorkspace;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    // `backend` must not be null. The window starts listing tables at once.
    explicit MainWindow(std::shared_ptr<Backend> backend, QWidget* parent = nullptr);
    ~MainWindow() override;

    // The address of the local DynamoDB endpoint serving the same engine
    // ("http://127.0.0.1:8000"), shown in the status bar; empty hides it.
    void setEndpointAddress(const QString& address);
    QString endpointAddress() const { return m_endpointAddress; }

    TableListModel* tableListModel() const { return m_model; }
    TableListPane* tableListPane() const { return m_listPane; }
    TableDetailsPane* tableDetailsPane() const;
    TableWorkspace* tableWorkspace() const { return m_workspace; }
    ConnectionController* connectionController() const { return m_connections; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createStatusBar();
    QMenu* createLanguageMenu();

    void openNewTableDialog();
    void openEditTableDialog();
    void openCloneTableDialog();
    void showTableListMenu(const QPoint& position);
    void confirmDeleteTable();
    void deleteTable(const QString& tableName);
    void refresh();
    void showAbout();
    void openPreferences();
    void showShortcuts();
    void chooseLanguage(const QString& language);

    void onTablesChanged();
    void updateDetails();
    void updateActions();
    void updateBackendState();
    void selectWhenListed(const QString& tableName);

    void restoreWindowState();
    void saveWindowState();

    std::shared_ptr<Backend> m_backend;
    std::unique_ptr<Settings> m_settings;
    // File ▸ Connect…: switches the BackendSwitch that m_backend is.
    ConnectionController* m_connections = nullptr;
    TableListModel* m_model;
    TableListPane* m_listPane;
    TableWorkspace* m_workspace;
    QSplitter* m_splitter;
    QToolBar* m_toolBar = nullptr;
    QLabel* m_backendLabel = nullptr;
    QLabel* m_endpointLabel = nullptr;
    QTimer* m_busyDelay;

    QAction* m_newTableAction = nullptr;
    QAction* m_deleteTableAction = nullptr;
    QAction* m_editTableAction = nullptr;
    QAction* m_cloneTableAction = nullptr;
    QAction* m_findTableAction = nullptr;
    QAction* m_refreshAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_statusBarAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_preferencesAction = nullptr;
    QAction* m_shortcutsAction = nullptr;
    QActionGroup* m_languageGroup = nullptr;

    QString m_endpointAddress;
    QString m_pendingSelection;  // select this table once it is listed
    bool m_firstLoad = true;
    bool m_showBusy = false;  // requests have been running longer than the indicator delay
};

}  // namespace shardscope::ui
