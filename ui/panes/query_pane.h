// QueryPane: the "Query" tab: build, check, run and keep DynamoDB operations
// on the selected table, and see them as code.
//
// A QueryBuilder describes the operation; as the user types (debounced) the
// pane checks its expressions with the engine's own parser
// (tools::validateRequestExpressions, synchronous and cheap) and shows the
// engine's exact message, the request JSON and the generated code (Python,
// JavaScript, Java, AWS CLI; QueryCodeView). Run sends the request through
// the Backend, asynchronously, with ReturnConsumedCapacity as chosen; answers
// carry a generation number and stale ones (an older run, another table) are
// dropped. The result shows as items in a read-only table
// (QueryResultModel), as raw JSON, and with the consumed capacity.
//
// Every run lands in the history (last 100, QueryHistoryModel); operations
// can be saved by name (SavedOperationsModel). Both live as JSON files in
// `storeDirectory` (default: the application data directory) and come back
// when the pane is created again. Attribute names for completion come from
// the key schema, a small sample Scan when a table is shown, and every result.
//
// Thread-safety: GUI thread only.
#pragma once

#include "panes/table_pane.h"
#include "shardscope/tools/operation_spec.h"

#include <nlohmann/json.hpp>

#include <QElapsedTimer>
#include <QString>

#include <memory>

class QLabel;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QTimer;

namespace shardscope::ui {

class Backend;
class BackendReply;
class QueryBuilder;
class QueryCodeView;
class QueryHistoryModel;
class QueryResultModel;
class SavedOperationsModel;

class QueryPane : public TablePane {
    Q_OBJECT

public:
    static constexpr int kValidationDelayMillis = 250;
    static constexpr int kSampleScanLimit = 50;

    // `backend` must not be null.
    explicit QueryPane(std::shared_ptr<Backend> backend, QWidget* parent = nullptr, const QString& storeDirectory = {});
    ~QueryPane() override;

    void showTable(const TableDescription* description) override;

    QueryBuilder* builder() const { return m_builder; }
    QueryResultModel* resultModel() const { return m_results; }
    QueryHistoryModel* historyModel() const { return m_history; }
    SavedOperationsModel* savedOperationsModel() const { return m_saved; }
    QueryCodeView* codeView() const { return m_code; }

    // The request the builder describes now, and the engine parser's verdict
    // on its expressions (or the input problem); empty when fine.
    nlohmann::json currentRequest() const;
    QString validationText() const { return m_validationError; }
    // Checks now instead of after the debounce delay.
    void validateNow();

    // Sends the built request; does nothing without a table or with input that does not build.
    void run();
    bool isRunning() const { return m_running; }
    QString statusText() const;
    QString consumedCapacityText() const;
    QString responseText() const;

    void saveOperation(const QString& name);
    void loadSavedOperation(int row);
    void loadHistoryEntry(int row);
    // The endpoint generated code talks to (default: the local endpoint's port from Settings).
    void setEndpointUrl(const QString& url);

    // "Orders: 0.5 RCU (table 0.5; index ByStatus 0.5)" for a response's ConsumedCapacity.
    static QString formatConsumedCapacity(const nlohmann::json& consumed, bool write);
    // "1 item", "3 items".
    static QString itemCount(int count);

signals:
    // A run was answered (not a dropped stale one).
    void runFinished(bool ok);

private:
    QWidget* buildResults();
    void onRunReply(const tools::OperationSpec& spec, const BackendReply& reply);
    void sampleAttributes();
    void updateRunState();
    void askSaveName();

    std::shared_ptr<Backend> m_backend;
    QueryBuilder* m_builder;
    QueryResultModel* m_results;
    QueryHistoryModel* m_history;
    SavedOperationsModel* m_saved;
    QueryCodeView* m_code = nullptr;
    QTimer* m_validationTimer;
    QLabel* m_validationLabel = nullptr;
    QPushButton* m_runButton = nullptr;
    QPushButton* m_saveButton = nullptr;
    QLabel* m_statusLabel = nullptr;
    QLabel* m_capacityLabel = nullptr;
    QTabWidget* m_resultTabs = nullptr;
    QTableView* m_resultView = nullptr;
    QPlainTextEdit* m_response = nullptr;
    QPlainTextEdit* m_request = nullptr;
    QListView* m_historyView = nullptr;
    QListView* m_savedView = nullptr;
    QWidget* m_content = nullptr;

    QString m_tableName;
    QString m_endpointUrl;
    QString m_validationError;
    QString m_inputError;
    quint64 m_runGeneration = 0;
    quint64 m_sampleGeneration = 0;
    bool m_running = false;
    QElapsedTimer m_runClock;
};

}  // namespace shardscope::ui
