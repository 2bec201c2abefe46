// ItemsPane: the "Items" tab of the table workspace: browse a table or index
// with Scan or Query (ItemsQueryBar), page through the results in a table
// view (ItemsModel, ItemsCellDelegate), filter per column (FilterHeader, which
// becomes the FilterExpression or, for a Query, the key condition), and work
// on items: open one in the ItemEditorDialog (double-click, Enter), add one,
// delete the selected ones (confirmed; BatchWriteItem in chunks of 25), export
// every page of the current Scan/Query to CSV or DynamoDB JSON, and import
// CSV or DynamoDB JSON. Background jobs show progress with a Cancel button in
// a JobProgressBar; one job runs at a time.
//
// The pane reads lazily: selecting a table while another tab is showing only
// remembers it; the first page is requested when the tab becomes visible.
// Refreshed descriptions of the same table keep the browse as it is. Writes
// by others (live change events) are announced with a Reload link rather
// than reloading under the user's scroll position.
//
// File dialogs are opened window-modal with open(); exportTo() and
// importFrom() start the jobs directly (what the dialogs call, and what tests
// use).
//
// Thread-safety: GUI thread only.
#pragma once

#include "models/items_export_writer.h"
#include "models/items_import_reader.h"
#include "models/table_description.h"
#include "panes/table_pane.h"

#include <nlohmann/json.hpp>

#include <QDateTime>
#include <QHash>

#include <memory>
#include <optional>

class QAction;
class QLabel;
class QStackedWidget;
class QTableView;
class QToolBar;

namespace shardscope::ui {

class Backend;
struct BackendChange;
class EmptyStateWidget;
class FilterHeader;
class ItemEditorDialog;
class ItemsBatchWriter;
class ItemsExportJob;
class ItemsImportJob;
class ItemsModel;
class ItemsQueryBar;
class JobProgressBar;

class ItemsPane : public TablePane {
    Q_OBJECT

public:
    // `backend` must not be null.
    explicit ItemsPane(std::shared_ptr<Backend> backend, QWidget* parent = nullptr);
    ~ItemsPane() override;

    void showTable(const TableDescription* description) override;

    ItemsModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    ItemsQueryBar* queryBar() const { return m_queryBar; }
    FilterHeader* filterHeader() const { return m_header; }
    JobProgressBar* jobBar() const { return m_jobBar; }
    // The table shown; empty if none.
    QString tableName() const { return m_description ? m_description->name : QString(); }

    // Runs the query bar's Scan/Query with the column filters. Returns false
    // (and shows why) if the filters or values cannot form a request.
    bool run();
    // Opens the editor on `row`'s item, or on a new item; the dialog is open()ed.
    ItemEditorDialog* openEditor(int row);
    ItemEditorDialog* openNewItemEditor();
    // Asks, then deletes the selected rows' items.
    void confirmDeleteSelected();
    // Deletes the items of `rows` without asking. False if a job is running.
    bool deleteRows(const QList<int>& rows);
    // Exports every item of the current Scan/Query to `path`. False if a job is running.
    bool exportTo(const QString& path, ItemsExportWriter::Format format);
    // Imports `options.path` into the table. False if a job is running.
    bool importFrom(const ItemsImportOptions& options);
    bool isJobRunning() const;
    // Cancels the running job, if any.
    void cancelJob();

signals:
    // A job ended; `message` is what the job bar shows.
    void jobFinished(bool ok, const QString& message);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void createActions();
    void browseIfVisible();
    void updateStatus();
    void updateActions();
    void showError(const QString& text);
    void onFilterChanged(const QString& attribute, const QString& text);
    void onBackendChanged(const QList<BackendChange>& changes);
    void chooseExportFile(ItemsExportWriter::Format format);
    void chooseImportFile();
    void startJob(const QString& text);
    void endJob(bool ok, const QString& message);
    void noteOwnWrite();
    QList<int> selectedRows() const;

    std::shared_ptr<Backend> m_backend;
    ItemsModel* m_model;
    std::optional<TableDescription> m_description;
    QStackedWidget* m_stack;
    EmptyStateWidget* m_emptyState;
    ItemsQueryBar* m_queryBar;
    QToolBar* m_toolBar;
    QTableView* m_view;
    FilterHeader* m_header;
    QLabel* m_statusLabel;
    QLabel* m_changedLabel;
    QLabel* m_errorLabel;
    JobProgressBar* m_jobBar;

    QAction* m_newAction = nullptr;
    QAction* m_editAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_exportCsvAction = nullptr;
    QAction* m_exportJsonAction = nullptr;
    QAction* m_reloadAction = nullptr;

    QHash<QString, QString> m_filterTypes;  // attribute -> column type when its filter was typed
    bool m_browsePending = false;           // a table is shown but not read yet
    // The running job, if any (children of the pane; cleared when they finish).
    ItemsExportJob* m_exportJob = nullptr;
    ItemsImportJob* m_importJob = nullptr;
    ItemsBatchWriter* m_deleteWriter = nullptr;
    QDateTime m_ownWriteUntil;              // change events before this are our own writes
};

}  // namespace shardscope::ui
