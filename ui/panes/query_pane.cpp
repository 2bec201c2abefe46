#include "panes/query_pane.h"

#include "backend/backend.h"
#include "models/query_history_model.h"
#include "models/query_result_model.h"
#include "models/saved_operations_model.h"
#include "models/table_description.h"
#include "panes/json_highlighter.h"
#include "panes/query_builder.h"
#include "panes/query_code_view.h"
#include "settings/settings.h"
#include "shardscope/tools/code_generator.h"
#include "shardscope/tools/expression_validator.h"

#include <QDir>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QStringListModel>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace shardscope::ui {
namespace {

using nlohmann::json;

constexpr std::size_t kJsonWidth = 100;  // columns of the request/response views before a line breaks

QString fromStd(const std::string& text) {
    return QString::fromStdString(text);
}

bool isWrite(const std::string& op) {
    return op == "PutItem" || op == "UpdateItem" || op == "DeleteItem" || op == "TransactWriteItems";
}

QString units(double value) {
    return QLocale().toString(value, 'g', 6);
}

QPlainTextEdit* jsonView(const char* name, QWidget* parent) {
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setReadOnly(true);
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    new JsonHighlighter(edit->document());
    return edit;
}

// The items a response carries, whatever the operation.
std::vector<json> responseItems(const std::string& op, const json& response) {
    std::vector<json> items;
    auto take = [&items](const json& value) {
        if (value.is_object()) items.push_back(value);
    };
    if (op == "Query" || op == "Scan") {
        for (const json& item : response.value("Items", json::array())) take(item);
    } else if (op == "GetItem") {
        take(response.value("Item", json()));
    } else if (op == "TransactGetItems") {
        for (const json& entry : response.value("Responses", json::array())) take(entry.value("Item", json()));
    } else {
        take(response.value("Attributes", json()));
    }
    return items;
}

}  // namespace

QueryPane::QueryPane(std::shared_ptr<Backend> backend, QWidget* parent, const QString& storeDirectory)
    : TablePane(parent),
      m_backend(std::move(backend)),
      m_builder(new QueryBuilder(this)),
      m_results(new QueryResultModel(this)),
      m_history(nullptr),
      m_saved(nullptr),
      m_validationTimer(new QTimer(this)) {
    Q_ASSERT(m_backend);
    setObjectName(QStringLiteral("queryPane"));
    const QString directory =
        storeDirectory.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) : storeDirectory;
    m_history = new QueryHistoryModel(QDir(directory).filePath(QStringLiteral("query_history.json")), this);
    m_saved = new SavedOperationsModel(QDir(directory).filePath(QStringLiteral("saved_operations.json")), this);
    m_endpointUrl = QStringLiteral("http://127.0.0.1:%1").arg(Settings().endpointPort());

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("queryBuilderScroll"));
    scroll->setWidget(m_builder);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_validationLabel = new QLabel(this);
    m_validationLabel->setObjectName(QStringLiteral("queryValidationLabel"));
    m_validationLabel->setWordWrap(true);
    m_validationLabel->setTextFormat(Qt::PlainText);
    m_validationLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_runButton = new QPushButton(tr("Run"), this);
    m_runButton->setObjectName(QStringLiteral("runButton"));
    m_runButton->setToolTip(tr("Send the operation (Ctrl+Return)"));
    m_runButton->setDefault(true);
    m_saveButton = new QPushButton(tr("Save…"), this);
    m_saveButton->setObjectName(QStringLiteral("saveOperationButton"));
    m_saveButton->setToolTip(tr("Keep this operation under a name"));
    auto* runBar = new QHBoxLayout;
    runBar->addWidget(m_validationLabel, 1);
    runBar->addWidget(m_saveButton);
    runBar->addWidget(m_runButton);

    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(scroll, 1);
    topLayout->addLayout(runBar);

    m_code = new QueryCodeView(this);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("querySplitter"));
    splitter->addWidget(top);
    splitter->addWidget(buildResults());
    splitter->addWidget(m_code);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);
    splitter->setChildrenCollapsible(false);

    m_content = splitter;
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    m_validationTimer->setSingleShot(true);
    m_validationTimer->setInterval(kValidationDelayMillis);
    connect(m_validationTimer, &QTimer::timeout, this, &QueryPane::validateNow);
    connect(m_builder, &QueryBuilder::changed, m_validationTimer, qOverload<>(&QTimer::start));
    connect(m_runButton, &QPushButton::clicked, this, &QueryPane::run);
    connect(m_saveButton, &QPushButton::clicked, this, &QueryPane::askSaveName);
    // Ctrl+Return, and Ctrl+Enter on the keypad.
    for (const QKeySequence& key : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* runShortcut = new QShortcut(key, this);
        runShortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(runShortcut, &QShortcut::activated, this, &QueryPane::run);
    }

    showTable(nullptr);
}

QueryPane::~QueryPane() = default;

QWidget* QueryPane::buildResults() {
    auto* panel = new QWidget(this);
    m_statusLabel = new QLabel(tr("Run an operation to see its result."), panel);
    m_statusLabel->setObjectName(QStringLiteral("resultStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_capacityLabel = new QLabel(panel);
    m_capacityLabel->setObjectName(QStringLiteral("consumedCapacityLabel"));
    m_capacityLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_resultTabs = new QTabWidget(panel);
    m_resultTabs->setObjectName(QStringLiteral("resultTabs"));
    m_resultView = new QTableView(m_resultTabs);
    m_resultView->setObjectName(QStringLiteral("resultView"));
    m_resultView->setModel(m_results);
    m_resultView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_resultView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_resultView->setAlternatingRowColors(true);
    m_resultView->horizontalHeader()->setDefaultSectionSize(130);
    m_resultView->verticalHeader()->setDefaultSectionSize(m_resultView->fontMetrics().height() + 8);
    m_response = jsonView("responseView", m_resultTabs);
    m_request = jsonView("requestView", m_resultTabs);

    m_historyView = new QListView(m_resultTabs);
    m_historyView->setObjectName(QStringLiteral("historyView"));
    m_historyView->setModel(m_history);
    m_historyView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_historyView->setToolTip(tr("Double-click a run to load it into the builder"));
    connect(m_historyView, &QListView::activated, this,
            [this](const QModelIndex& index) { loadHistoryEntry(index.row()); });

    auto* savedPage = new QWidget(m_resultTabs);
    m_savedView = new QListView(savedPage);
    m_savedView->setObjectName(QStringLiteral("savedView"));
    m_savedView->setModel(m_saved);
    m_savedView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto* load = new QPushButton(tr("Load"), savedPage);
    load->setObjectName(QStringLiteral("loadSavedButton"));
    auto* remove = new QPushButton(tr("Delete"), savedPage);
    remove->setObjectName(QStringLiteral("deleteSavedButton"));
    auto* savedButtons = new QVBoxLayout;
    savedButtons->addWidget(load);
    savedButtons->addWidget(remove);
    savedButtons->addStretch();
    auto* savedLayout = new QHBoxLayout(savedPage);
    savedLayout->addWidget(m_savedView, 1);
    savedLayout->addLayout(savedButtons);
    connect(m_savedView, &QListView::activated, this,
            [this](const QModelIndex& index) { loadSavedOperation(index.row()); });
    connect(load, &QPushButton::clicked, this, [this] { loadSavedOperation(m_savedView->currentIndex().row()); });
    connect(remove, &QPushButton::clicked, this, [this] { m_saved->remove(m_savedView->currentIndex().row()); });

    m_resultTabs->addTab(m_resultView, tr("Items"));
    m_resultTabs->addTab(m_response, tr("Response"));
    m_resultTabs->addTab(m_request, tr("Request"));
    m_resultTabs->addTab(m_historyView, tr("History"));
    m_resultTabs->addTab(savedPage, tr("Saved"));

    auto* status = new QHBoxLayout;
    status->addWidget(m_statusLabel, 1);
    status->addWidget(m_capacityLabel);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(status);
    layout->addWidget(m_resultTabs, 1);
    return panel;
}

void QueryPane::showTable(const TableDescription* description) {
    const QString name = description ? description->name : QString();
    const bool newTable = name != m_tableName;
    m_tableName = name;
    m_content->setEnabled(description != nullptr);
    if (!description) {
        m_builder->setTable(std::nullopt);
        m_validationLabel->setText(tr("Select a table to build operations on it."));
        updateRunState();
        return;
    }
    m_builder->setTable(tools::TableDesign::fromDescribeTable(description->raw));
    if (newTable) {
        ++m_runGeneration;  // an answer for the previous table no longer belongs here
        m_running = false;
        m_results->clear();
        m_response->clear();
        m_capacityLabel->clear();
        m_statusLabel->setText(tr("Run an operation to see its result."));
        sampleAttributes();
    }
    validateNow();
}

json QueryPane::currentRequest() const {
    return tools::buildRequest(m_builder->spec());
}

void QueryPane::validateNow() {
    m_validationTimer->stop();
    m_validationError.clear();
    QString inputError;
    const tools::OperationSpec spec = m_builder->spec(&inputError);
    m_inputError = inputError;
    if (m_tableName.isEmpty()) {
        m_code->clear();
        updateRunState();
        return;
    }
    const json request = tools::buildRequest(spec);
    const QString requestText = fromStd(tools::formatRequestJson(request, 2, kJsonWidth));
    if (m_request->toPlainText() != requestText)  // a refreshed description must not reset the view
        m_request->setPlainText(requestText);
    tools::CodegenOptions options;
    options.endpointUrl = m_endpointUrl.toStdString();
    m_code->setRequest(fromStd(spec.operation), request, options);

    if (!inputError.isEmpty()) {
        m_validationError = inputError;
    } else if (spec.isTransaction() && spec.transactItems.empty()) {
        m_validationError = tr("Add at least one action to the transaction (Add Action).");
    } else {
        const tools::KeySchemaInfo keys = m_builder->keySchema();
        if (auto error = tools::validateRequestExpressions(spec.operation, request, &keys))
            m_validationError = fromStd(error->type + ": " + error->message);
    }
    if (m_validationError.isEmpty()) {
        m_validationLabel->setText(tr("\u2714 The engine's parser accepts the expressions."));
        m_validationLabel->setStyleSheet(QStringLiteral("QLabel { color: #1b5e20; }"));
    } else {
        m_validationLabel->setText(m_validationError);
        m_validationLabel->setStyleSheet(QStringLiteral("QLabel { color: #b71c1c; }"));
    }
    updateRunState();
}

void QueryPane::run() {
    validateNow();
    if (m_tableName.isEmpty() || !m_inputError.isEmpty()) return;
    const tools::OperationSpec spec = m_builder->spec();
    if (spec.isTransaction() && spec.transactItems.empty()) return;
    const json request = tools::buildRequest(spec);
    const quint64 generation = ++m_runGeneration;
    m_running = true;
    m_runClock.start();
    m_statusLabel->setText(tr("Running %1…").arg(fromStd(spec.operation)));
    m_statusLabel->setStyleSheet(QString());
    updateRunState();
    m_backend->call(fromStd(spec.operation), request, this, [this, generation, spec](const BackendReply& reply) {
        if (generation != m_runGeneration) return;  // stale: a newer run, or another table, took over
        onRunReply(spec, reply);
    });
}

void QueryPane::onRunReply(const tools::OperationSpec& spec, const BackendReply& reply) {
    m_running = false;
    const qint64 millis = m_runClock.elapsed();
    QString outcome;
    if (reply.ok()) {
        const json& response = reply.response();
        std::vector<json> items = responseItems(spec.operation, response);
        QStringList seen;
        for (const json& item : items)
            for (auto it = item.begin(); it != item.end(); ++it)
                if (!seen.contains(fromStd(it.key()))) seen.append(fromStd(it.key()));
        m_builder->addAttributeNames(seen);
        const tools::KeySchemaInfo keys = m_builder->keySchema();
        QStringList keyNames{fromStd(keys.partitionKey), fromStd(keys.sortKey)};
        const int count = static_cast<int>(items.size());
        m_results->setItems(std::move(items), keyNames);
        m_response->setPlainText(fromStd(tools::formatRequestJson(response, 2, kJsonWidth)));
        if (spec.operation == "Query" || spec.operation == "Scan") {
            outcome = itemCount(count);
            const int scanned = response.value("ScannedCount", count);
            if (scanned != count) outcome = tr("%1 of %2 scanned").arg(outcome).arg(scanned);
            if (response.contains("LastEvaluatedKey")) outcome += tr(", more available");
        } else if (spec.operation == "TransactWriteItems") {
            outcome = tr("Transaction committed");
        } else if (spec.operation == "GetItem") {
            outcome = count ? tr("Item found") : tr("No such item");
        } else if (spec.operation == "TransactGetItems") {
            outcome = itemCount(count);
        } else {
            outcome = count ? tr("Done; %1 returned").arg(itemCount(count)) : tr("Done");
        }
        m_statusLabel->setText(tr("%1 · %2 ms").arg(outcome).arg(millis));
        m_statusLabel->setStyleSheet(QString());
        m_capacityLabel->setText(
            formatConsumedCapacity(response.value("ConsumedCapacity", json()), isWrite(spec.operation)));
        m_resultTabs->setCurrentWidget(m_resultView);
    } else {
        const BackendError& error = reply.error();
        outcome = error.type;
        m_results->clear();
        m_response->setPlainText(
            fromStd(json{{"__type", error.type.toStdString()}, {"message", error.message.toStdString()}}.dump(2)));
        m_statusLabel->setText(tr("%1: %2").arg(error.type, error.message));
        m_statusLabel->setStyleSheet(QStringLiteral("QLabel { color: #b71c1c; }"));
        m_capacityLabel->clear();
    }
    m_history->add(spec, reply.ok(), outcome);
    updateRunState();
    emit runFinished(reply.ok());
}

QString QueryPane::itemCount(int count) {
    return count == 1 ? tr("1 item") : tr("%n items", "", count);
}

QString QueryPane::formatConsumedCapacity(const json& consumed, bool write) {
    std::vector<json> entries;
    if (consumed.is_array())
        entries.assign(consumed.begin(), consumed.end());
    else if (consumed.is_object())
        entries.push_back(consumed);
    QStringList parts;
    auto amount = [write](const json& c) {
        if (!c.is_object()) return QString();
        QStringList pieces;
        if (c.contains("ReadCapacityUnits"))
            pieces.append(tr("%1 RCU").arg(units(c["ReadCapacityUnits"].get<double>())));
        if (c.contains("WriteCapacityUnits"))
            pieces.append(tr("%1 WCU").arg(units(c["WriteCapacityUnits"].get<double>())));
        if (pieces.isEmpty() && c.contains("CapacityUnits"))
            pieces.append((write ? tr("%1 WCU") : tr("%1 RCU")).arg(units(c["CapacityUnits"].get<double>())));
        return pieces.join(QStringLiteral(", "));
    };
    for (const json& entry : entries) {
        if (!entry.is_object()) continue;
        QString text = tr("%1: %2").arg(fromStd(entry.value("TableName", std::string())), amount(entry));
        QStringList breakdown;
        if (entry.contains("Table")) breakdown.append(tr("table %1").arg(amount(entry["Table"])));
        for (const char* member : {"GlobalSecondaryIndexes", "LocalSecondaryIndexes"})
            if (entry.contains(member) && entry[member].is_object())
                for (auto it = entry[member].begin(); it != entry[member].end(); ++it)
                    breakdown.append(tr("index %1 %2").arg(fromStd(it.key()), amount(it.value())));
        if (!breakdown.isEmpty())
            text += QStringLiteral(" (") + breakdown.join(QStringLiteral("; ")) + QLatin1Char(')');
        parts.append(text);
    }
    return parts.isEmpty() ? QString() : tr("Consumed: %1").arg(parts.join(QStringLiteral(" · ")));
}

QString QueryPane::statusText() const {
    return m_statusLabel->text();
}

QString QueryPane::consumedCapacityText() const {
    return m_capacityLabel->text();
}

QString QueryPane::responseText() const {
    return m_response->toPlainText();
}

void QueryPane::saveOperation(const QString& name) {
    if (name.trimmed().isEmpty()) return;
    const int row = m_saved->save(name.trimmed(), m_builder->spec());
    m_savedView->setCurrentIndex(m_saved->index(row));
}

void QueryPane::loadSavedOperation(int row) {
    if (row < 0 || row >= m_saved->rowCount()) return;
    tools::OperationSpec spec = m_saved->entry(row).spec;
    spec.tableName = m_tableName.toStdString();
    m_builder->setSpec(spec);
    validateNow();
}

void QueryPane::loadHistoryEntry(int row) {
    if (row < 0 || row >= m_history->rowCount()) return;
    tools::OperationSpec spec = m_history->entry(row).spec;
    spec.tableName = m_tableName.toStdString();
    m_builder->setSpec(spec);
    validateNow();
}

void QueryPane::setEndpointUrl(const QString& url) {
    m_endpointUrl = url;
    validateNow();
}

void QueryPane::sampleAttributes() {
    const quint64 generation = ++m_sampleGeneration;
    const json request = {{"TableName", m_tableName.toStdString()}, {"Limit", kSampleScanLimit}};
    m_backend->call(QStringLiteral("Scan"), request, this, [this, generation](const BackendReply& reply) {
        if (generation != m_sampleGeneration || !reply.ok()) return;
        QStringList names;
        for (const json& item : reply.response().value("Items", json::array()))
            if (item.is_object())
                for (auto it = item.begin(); it != item.end(); ++it)
                    if (!names.contains(fromStd(it.key()))) names.append(fromStd(it.key()));
        m_builder->addAttributeNames(names);
    });
}

void QueryPane::updateRunState() {
    const bool ready = !m_tableName.isEmpty() && m_inputError.isEmpty();
    m_runButton->setEnabled(ready && !m_running);
    m_runButton->setText(m_running ? tr("Running…") : tr("Run"));
    m_saveButton->setEnabled(!m_tableName.isEmpty());
}

void QueryPane::askSaveName() {
    auto* dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("saveOperationDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Save Operation"));
    dialog->setLabelText(tr("Name:"));
    dialog->setTextValue(operationSummary(m_builder->spec()));
    connect(dialog, &QInputDialog::textValueSelected, this, &QueryPane::saveOperation);
    dialog->open();
}

}  // namespace shardscope::ui
