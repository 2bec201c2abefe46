#include "panes/items_pane.h"

#include "backend/backend.h"
#include "delegates/items_cell_delegate.h"
#include "dialogs/item_editor_dialog.h"
#include "models/items_batch_writer.h"
#include "models/items_export_job.h"
#include "models/items_import_job.h"
#include "models/items_model.h"
#include "models/items_source.h"
#include "panes/empty_state_widget.h"
#include "panes/items_import_dialog.h"
#include "panes/items_query_bar.h"
#include "widgets/filter_header.h"
#include "widgets/job_progress_bar.h"

#include <QAction>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace shardscope::ui {
namespace {

// Change events this soon after our own write are taken to be its echo.
constexpr int kOwnWriteEchoMillis = 1500;

}  // namespace

ItemsPane::ItemsPane(std::shared_ptr<Backend> backend, QWidget* parent)
    : TablePane(parent),
      m_backend(std::move(backend)),
      m_model(new ItemsModel(m_backend, this)),
      m_stack(new QStackedWidget(this)),
      m_emptyState(new EmptyStateWidget(this)),
      m_queryBar(new ItemsQueryBar(this)),
      m_toolBar(new QToolBar(this)),
      m_view(new QTableView(this)),
      m_header(new FilterHeader(m_view)),
      m_statusLabel(new QLabel(this)),
      m_changedLabel(new QLabel(this)),
      m_errorLabel(new QLabel(this)),
      m_jobBar(new JobProgressBar(this)) {
    Q_ASSERT(m_backend);
    setObjectName(QStringLiteral("items"));
    m_emptyState->setObjectName(QStringLiteral("itemsEmptyState"));
    m_emptyState->setTitle(tr("No table selected"));
    m_emptyState->setText(tr("Select a table to browse, filter, edit, import and export its items."));

    m_view->setObjectName(QStringLiteral("itemsView"));
    m_view->setHorizontalHeader(m_header);
    m_view->setModel(m_model);
    m_view->setItemDelegate(new ItemsCellDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_header->setDefaultSectionSize(150);
    m_header->setMinimumSectionSize(48);
    m_header->setHelpText(ItemsFilter::syntaxHelp());

    m_statusLabel->setObjectName(QStringLiteral("itemsStatusLabel"));
    m_statusLabel->setForegroundRole(QPalette::PlaceholderText);
    m_changedLabel->setObjectName(QStringLiteral("itemsChangedLabel"));
    m_changedLabel->setText(tr("Items changed since they were read. <a href=\"reload\">Reload</a>"));
    m_changedLabel->setVisible(false);
    m_errorLabel->setObjectName(QStringLiteral("itemsErrorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->setStyleSheet(QStringLiteral("QLabel { color: #c62828; }"));
    m_errorLabel->setVisible(false);

    createActions();

    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_statusLabel, 1);
    statusRow->addWidget(m_changedLabel);

    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->setSpacing(6);
    layout->addWidget(m_queryBar);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_view, 1);
    layout->addLayout(statusRow);
    layout->addWidget(m_jobBar);

    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(content);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    connect(m_queryBar, &ItemsQueryBar::runRequested, this, &ItemsPane::run);
    connect(m_header, &FilterHeader::filterChanged, this, &ItemsPane::onFilterChanged);
    connect(m_model, &ItemsModel::statusChanged, this, &ItemsPane::updateStatus);
    connect(m_model, &ItemsModel::loadingChanged, this, &ItemsPane::updateStatus);
    connect(m_model, &ItemsModel::errorOccurred, this, &ItemsPane::showError);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex&, int first) {
        // Size the columns to the first page once; later pages keep the user's widths.
        if (first == 0)
            m_view->resizeColumnsToContents();
    });
    connect(m_view, &QAbstractItemView::doubleClicked, this,
            [this](const QModelIndex& index) { openEditor(index.row()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ItemsPane::updateActions);
    connect(m_changedLabel, &QLabel::linkActivated, this, [this] { run(); });
    connect(m_jobBar, &JobProgressBar::cancelRequested, this, &ItemsPane::cancelJob);
    connect(m_backend.get(), &Backend::changed, this, &ItemsPane::onBackendChanged);

    m_stack->setCurrentWidget(m_emptyState);
    updateActions();
}

ItemsPane::~ItemsPane() = default;

void ItemsPane::createActions() {
    m_toolBar->setObjectName(QStringLiteral("itemsToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->setIconSize(QSize(16, 16));
    auto add = [this](const QString& text, const char* name, const QString& tip) {
        auto* action = new QAction(text, this);
        action->setObjectName(QLatin1String(name));
        action->setStatusTip(tip);
        action->setToolTip(tip);
        return action;
    };
    m_newAction = add(tr("New Item…"), "newItemAction", tr("Add an item to the table"));
    m_editAction = add(tr("Edit…"), "editItemAction", tr("Open the selected item in the editor"));
    m_deleteAction = add(tr("Delete…"), "deleteItemsAction", tr("Delete the selected items"));
    m_importAction = add(tr("Import…"), "importItemsAction", tr("Import items from a CSV or DynamoDB-JSON file"));
    m_exportCsvAction = add(tr("All Items as CSV…"), "exportCsvAction",
                            tr("Export every item of this Scan/Query (all pages) to a CSV file"));
    m_exportJsonAction = add(tr("All Items as DynamoDB JSON…"), "exportJsonAction",
                             tr("Export every item of this Scan/Query (all pages), one {\"Item\": …} per line"));
    m_reloadAction = add(tr("Reload"), "reloadItemsAction", tr("Read the items again from the first page"));

    connect(m_newAction, &QAction::triggered, this, [this] { openNewItemEditor(); });
    connect(m_editAction, &QAction::triggered, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid())
            openEditor(current.row());
    });
    connect(m_deleteAction, &QAction::triggered, this, &ItemsPane::confirmDeleteSelected);
    connect(m_importAction, &QAction::triggered, this, &ItemsPane::chooseImportFile);
    connect(m_exportCsvAction, &QAction::triggered, this,
            [this] { chooseExportFile(ItemsExportWriter::Format::Csv); });
    connect(m_exportJsonAction, &QAction::triggered, this,
            [this] { chooseExportFile(ItemsExportWriter::Format::DynamoDbJson); });
    connect(m_reloadAction, &QAction::triggered, this, [this] { run(); });

    m_toolBar->addAction(m_newAction);
    m_toolBar->addAction(m_editAction);
    m_toolBar->addAction(m_deleteAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_importAction);
    auto* exportMenu = new QMenu(this);
    exportMenu->addAction(m_exportCsvAction);
    exportMenu->addAction(m_exportJsonAction);
    auto* exportButton = new QToolButton(this);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    exportButton->setText(tr("Export"));
    exportButton->setMenu(exportMenu);
    exportButton->setPopupMode(QToolButton::InstantPopup);
    m_toolBar->addWidget(exportButton);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_reloadAction);
    // Delete and Enter act on the view's selection (not while typing a filter).
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(m_deleteAction);
    m_editAction->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_editAction->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(m_editAction);
}

void ItemsPane::showTable(const TableDescription* description) {
    if (!description) {
        const bool hadTable = m_description.has_value();
        m_description.reset();
        m_browsePending = false;
        m_model->clear();
        m_stack->setCurrentWidget(m_emptyState);
        if (hadTable)
            m_changedLabel->hide();
        updateActions();
        return;
    }
    const bool sameTable = m_description && m_description->name == description->name;
    m_description = *description;
    const QList<ItemsSource> sources = ItemsSource::fromDescription(*description);
    m_queryBar->setSources(sources);
    m_stack->setCurrentWidget(m_stack->widget(1));
    if (sameTable) {
        // A refreshed description (item count, a new index): keep what is on screen,
        // unless the key schema the model reads with changed.
        if (m_model->hasQuery() && !sources.contains(m_model->query().source))
            browseIfVisible();
        updateActions();
        return;
    }
    m_header->clearFilters();
    m_filterTypes.clear();
    m_errorLabel->hide();
    m_changedLabel->hide();
    m_model->clear();
    m_browsePending = true;
    browseIfVisible();
    updateActions();
}

void ItemsPane::showEvent(QShowEvent* event) {
    TablePane::showEvent(event);
    if (m_browsePending)
        browseIfVisible();
}

void ItemsPane::browseIfVisible() {
    m_browsePending = true;
    if (!isVisible())
        return;
    m_browsePending = false;
    run();
}

bool ItemsPane::run() {
    if (!m_description)
        return false;
    ItemsQuery query = m_queryBar->query();
    bool filtersOk = true;
    const QHash<QString, QString> filters = m_header->filters();
    for (auto it = filters.begin(); it != filters.end(); ++it) {
        QString type = query.source.keyType(it.key());
        if (type.isEmpty())
            type = m_filterTypes.value(it.key());
        ItemsFilter filter;
        QString error;
        if (ItemsFilter::parse(it.key(), it.value(), type, &filter, &error)) {
            query.filters.append(filter);
            m_header->setError(it.key(), QString());
        } else {
            m_header->setError(it.key(), error);
            showError(tr("Filter on “%1”: %2").arg(it.key(), error));
            filtersOk = false;
        }
    }
    if (!filtersOk)
        return false;
    // Filters in a stable order, so the same filters give the same request.
    std::sort(query.filters.begin(), query.filters.end(),
              [](const ItemsFilter& a, const ItemsFilter& b) { return a.attribute < b.attribute; });
    m_errorLabel->hide();
    m_changedLabel->hide();
    m_model->setQuery(query);
    updateActions();
    return m_model->errorText().isEmpty();
}

void ItemsPane::onFilterChanged(const QString& attribute, const QString& text) {
    Q_UNUSED(text);
    const int column = m_model->columnOf(attribute);
    if (column >= 0 && !m_filterTypes.contains(attribute))
        m_filterTypes.insert(attribute, m_model->columnTypeName(column));
    run();
}

void ItemsPane::showError(const QString& text) {
    m_errorLabel->setText(text);
    m_errorLabel->setVisible(!text.isEmpty());
    updateStatus();
}

void ItemsPane::updateStatus() {
    const QLocale locale;
    QStringList parts;
    const int rows = m_model->rowCount();
    if (m_model->hasQuery()) {
        parts.append(rows == 1 ? tr("1 item read") : tr("%n items read", "", rows));
        if (m_model->isLoading())
            parts.append(tr("reading…"));
        else if (m_model->hasMore())
            parts.append(tr("more on scrolling"));
        else if (m_model->errorText().isEmpty())
            parts.append(tr("all read"));
        if (m_model->scannedCount() != rows)
            parts.append(tr("%1 evaluated").arg(locale.toString(m_model->scannedCount())));
    }
    m_statusLabel->setText(parts.join(QStringLiteral(" · ")));
    updateActions();
}

void ItemsPane::updateActions() {
    const bool table = m_description.has_value();
    const bool job = isJobRunning();
    const bool selection = m_view->selectionModel() && m_view->selectionModel()->hasSelection();
    m_newAction->setEnabled(table);
    m_editAction->setEnabled(table && m_view->currentIndex().isValid());
    m_deleteAction->setEnabled(table && selection && !job);
    m_importAction->setEnabled(table && !job);
    m_exportCsvAction->setEnabled(table && m_model->hasQuery() && !job);
    m_exportJsonAction->setEnabled(table && m_model->hasQuery() && !job);
    m_reloadAction->setEnabled(table);
}

QList<int> ItemsPane::selectedRows() const {
    QList<int> rows;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

// --- Editing ----------------------------------------------------------------

ItemEditorDialog* ItemsPane::openEditor(int row) {
    if (!m_description || row < 0 || row >= m_model->rowCount())
        return nullptr;
    const ItemsSource table = ItemsSource::fromDescription(*m_description).value(0);
    auto* dialog = new ItemEditorDialog(m_backend, table, m_model->keyOf(row), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ItemEditorDialog::itemSaved, this, [this, row] {
        noteOwnWrite();
        m_model->refreshRows({row});
    });
    dialog->open();
    return dialog;
}

ItemEditorDialog* ItemsPane::openNewItemEditor() {
    if (!m_description)
        return nullptr;
    const ItemsSource table = ItemsSource::fromDescription(*m_description).value(0);
    auto* dialog = new ItemEditorDialog(m_backend, table, nlohmann::json(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ItemEditorDialog::itemSaved, this, [this] {
        noteOwnWrite();
        m_jobBar->finish(tr("Item saved. Reload to see it in the list."), true);
    });
    dialog->open();
    return dialog;
}

// --- Jobs ---------------------------------------------------------------------

bool ItemsPane::isJobRunning() const {
    return m_exportJob || m_importJob || m_deleteWriter;
}

void ItemsPane::cancelJob() {
    if (ItemsExportJob* job = m_exportJob)
        job->cancel();  // finished() follows and ends the job
    if (ItemsImportJob* job = m_importJob)
        job->cancel();
    if (ItemsBatchWriter* writer = m_deleteWriter) {
        const qint64 deleted = writer->writtenCount();
        writer->cancel();
        writer->deleteLater();
        m_deleteWriter = nullptr;
        endJob(false, deleted == 1 ? tr("Deletion cancelled after 1 item. Reload to see what is left.")
                                   : tr("Deletion cancelled after %n items. Reload to see what is left.", "",
                                        int(deleted)));
    }
}

void ItemsPane::startJob(const QString& text) {
    m_jobBar->start(text);
    updateActions();
}

void ItemsPane::endJob(bool ok, const QString& message) {
    m_jobBar->finish(message, ok);
    updateActions();
    emit jobFinished(ok, message);
}

void ItemsPane::noteOwnWrite() {
    m_ownWriteUntil = QDateTime::currentDateTimeUtc().addMSecs(kOwnWriteEchoMillis);
}

void ItemsPane::confirmDeleteSelected() {
    const QList<int> rows = selectedRows();
    if (rows.isEmpty() || isJobRunning())
        return;
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Delete Items"),
                                (rows.size() == 1 ? tr("Delete 1 item from “%1”?")
                                                  : tr("Delete %n items from “%1”?", "", int(rows.size())))
                                    .arg(tableName()),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("deleteItemsConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("This cannot be undone."));
    QPushButton* confirm = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("confirmDeleteItemsButton"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this, [this, confirm, rows](QAbstractButton* clicked) {
        if (clicked == confirm)
            deleteRows(rows);
    });
    box->open();
}

bool ItemsPane::deleteRows(const QList<int>& rows) {
    if (!m_description || rows.isEmpty() || isJobRunning())
        return false;
    const ItemsSource table = ItemsSource::fromDescription(*m_description).value(0);
    std::vector<nlohmann::json> requests;
    requests.reserve(std::size_t(rows.size()));
    for (int row : rows)
        requests.push_back({{"DeleteRequest", {{"Key", m_model->keyOf(row)}}}});
    auto* writer = new ItemsBatchWriter(m_backend, table.tableName, table.tableKeyNames(), this);
    m_deleteWriter = writer;
    const qint64 total = qint64(requests.size());
    connect(writer, &ItemsBatchWriter::progressed, this, [this, total](qint64 deleted) {
        noteOwnWrite();
        m_jobBar->setProgress(deleted, total, tr("Deleting items… %1 of %2").arg(deleted).arg(total));
    });
    connect(writer, &ItemsBatchWriter::drained, this, [this, writer, rows] {
        // Rows are taken out in place: the view keeps its position in the pages.
        m_model->removeItemRows(rows);
        writer->deleteLater();
        m_deleteWriter = nullptr;
        endJob(true, rows.size() == 1 ? tr("Deleted 1 item.") : tr("Deleted %n items.", "", int(rows.size())));
    });
    connect(writer, &ItemsBatchWriter::failed, this, [this, writer](const QString& text) {
        writer->deleteLater();
        m_deleteWriter = nullptr;
        const int deleted = int(writer->writtenCount());
        endJob(false, (deleted == 1 ? tr("Deletion stopped after 1 item: %1")
                                    : tr("Deletion stopped after %n items: %1", "", deleted))
                          .arg(text));
    });
    startJob(total == 1 ? tr("Deleting 1 item…") : tr("Deleting %n items…", "", int(total)));
    m_jobBar->setProgress(0, total, tr("Deleting items… 0 of %1").arg(total));
    noteOwnWrite();
    writer->enqueue(std::move(requests));
    return true;
}

void ItemsPane::chooseExportFile(ItemsExportWriter::Format format) {
    const bool csv = format == ItemsExportWriter::Format::Csv;
    auto* dialog = new QFileDialog(this, tr("Export Items"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(csv ? tr("CSV files (*.csv)") : tr("DynamoDB JSON (*.json)"));
    dialog->setDefaultSuffix(csv ? QStringLiteral("csv") : QStringLiteral("json"));
    dialog->selectFile(tableName() + (csv ? QStringLiteral(".csv") : QStringLiteral(".json")));
    connect(dialog, &QFileDialog::fileSelected, this, [this, format](const QString& path) { exportTo(path, format); });
    dialog->open();
}

bool ItemsPane::exportTo(const QString& path, ItemsExportWriter::Format format) {
    if (!m_model->hasQuery() || isJobRunning())
        return false;
    auto* job = new ItemsExportJob(m_backend, m_model->query(), path, format, this);
    m_exportJob = job;
    connect(job, &ItemsExportJob::progressed, this, [this](qint64 exported) {
        m_jobBar->setProgress(exported, 0, tr("Exporting… %1 items written").arg(QLocale().toString(exported)));
    });
    connect(job, &ItemsExportJob::finished, this, [this, job](bool ok, bool, const QString& message) {
        job->deleteLater();
        m_exportJob = nullptr;
        endJob(ok, message);
    });
    startJob(tr("Exporting every page of this %1…").arg(m_model->query().operation()));
    job->start();
    return true;
}

void ItemsPane::chooseImportFile() {
    if (!m_description)
        return;
    auto* dialog = new QFileDialog(this, tr("Import Items"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("CSV or DynamoDB JSON (*.csv *.json *.jsonl)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        if (!m_description)
            return;
        const ItemsSource table = ItemsSource::fromDescription(*m_description).value(0);
        auto* options = new ItemsImportDialog(path, table, this);
        options->setAttribute(Qt::WA_DeleteOnClose);
        connect(options, &QDialog::accepted, this, [this, options] { importFrom(options->options()); });
        options->open();
    });
    dialog->open();
}

bool ItemsPane::importFrom(const ItemsImportOptions& options) {
    if (!m_description || isJobRunning())
        return false;
    const ItemsSource table = ItemsSource::fromDescription(*m_description).value(0);
    auto* job = new ItemsImportJob(m_backend, table.tableName, table.tableKeyNames(), options, this);
    m_importJob = job;
    connect(job, &ItemsImportJob::progressed, this, [this](qint64 written, qint64 read, qint64 total) {
        noteOwnWrite();
        m_jobBar->setProgress(read, total, tr("Importing… %1 items written").arg(QLocale().toString(written)));
    });
    connect(job, &ItemsImportJob::finished, this, [this, job](bool ok, bool, const QString& message) {
        job->deleteLater();
        m_importJob = nullptr;
        endJob(ok, message);
        run();  // show what is in the table now
    });
    startJob(tr("Importing “%1”…").arg(options.path));
    job->start();
    return true;
}

void ItemsPane::onBackendChanged(const QList<BackendChange>& changes) {
    if (!m_description || !m_model->hasQuery())
        return;
    for (const BackendChange& change : changes) {
        if (change.kind != BackendChange::Kind::ItemsChanged || change.tableName != m_description->name)
            continue;
        if (isJobRunning() || QDateTime::currentDateTimeUtc() < m_ownWriteUntil)
            return;
        m_changedLabel->show();
        return;
    }
}

}  // namespace shardscope::ui
