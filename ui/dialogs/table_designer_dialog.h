// TableDesignerDialog: create or edit a table visually.
//
// Tabs for the keys, the secondary indexes (global: keys, projection,
// capacity; local: sort key, projection), capacity (on-demand, or provisioned
// RCU/WCU with auto scaling bounds, plus a workload for the live RCU/WCU and
// monthly cost estimate of tools::estimateCost) and settings (stream view
// type, TTL attribute, table class, deletion protection, tags). Beside them, a
// read-only preview of exactly what will be sent, as request JSON and as AWS
// CLI commands, and the engine's verdict on the design.
//
// Validation is the engine's: a TableDesignerValidator replays the design on
// a throw-away in-memory engine on a worker thread as the user types
// (debounced) and the verdict shows the engine's exact message. The dialog
// holds no rules of its own.
//
// Create mode (File ▸ New Table…) sends CreateTable, then UpdateTimeToLive if
// a TTL attribute is set. Edit mode (Table ▸ Edit Table…) reads the table's
// TTL and tags, keeps the name, keys and local indexes fixed, and sends the
// tools::updatePlan() between the original and the edited design. Requests
// run one after another through the backend, never blocking; the first
// failure stops the run and shows the backend's message (an engine without
// UpdateTimeToLive answers UnknownOperationException, shown as such). If a
// later step fails after CreateTable succeeded, the table exists: the dialog
// says so, emits tableCreated() and offers only Close.
//
// Thread-safety: GUI thread only.
#pragma once

#include "shardscope/tools/cost_estimator.h"
#include "shardscope/tools/design_validator.h"
#include "shardscope/tools/table_design.h"

#include <nlohmann/json.hpp>

#include <QDialog>

#include <memory>
#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QStandardItemModel;
class QTabWidget;
class QTableView;

namespace shardscope::ui {

class Backend;
class BackendReply;
class TableDesignerIndexModel;
class TableDesignerValidator;
struct TableDescription;

class TableDesignerDialog : public QDialog {
    Q_OBJECT

public:
    // Create mode. `backend` must not be null.
    explicit TableDesignerDialog(std::shared_ptr<Backend> backend, QWidget* parent = nullptr);
    // Edit mode for the described table `existing`.
    TableDesignerDialog(std::shared_ptr<Backend> backend, const TableDescription& existing, QWidget* parent = nullptr);
    ~TableDesignerDialog() override;

    bool isEditing() const { return m_original.has_value(); }
    // The design the inputs describe.
    tools::TableDesign design() const;
    // Fills the inputs (keys and local indexes stay as they are in edit mode).
    void setDesign(const tools::TableDesign& design);
    tools::Workload workload() const;
    tools::CostEstimate costEstimate() const;

    // The CreateTable request the current input describes.
    nlohmann::json createTableRequest() const;
    // What Create / Apply would send, in order.
    std::vector<tools::PlannedRequest> plannedRequests() const;
    QString requestPreview() const;
    QString cliPreview() const;

    // The engine's verdict on the current design: empty while pending or when it
    // accepts the design, else "<Operation>: <ErrorType>: <message>" (without
    // ": <message>" when the engine sent none, as for UnknownOperationException).
    QString validationText() const;
    bool isValidationPending() const;
    bool isDesignAccepted() const;

    // The error shown for the last attempt; empty if none.
    QString errorText() const;
    // True while requests are in flight (or the edited table's TTL and tags load).
    bool isBusy() const { return m_busy || m_loadingExtras > 0; }

signals:
    void tableCreated(const QString& tableName);
    void tableUpdated(const QString& tableName);

private:
    void buildUi();
    QWidget* buildKeysTab();
    QWidget* buildIndexesTab();
    QWidget* buildCapacityTab();
    QWidget* buildSettingsTab();
    QWidget* buildPreview();
    void loadExtras();
    void onExtrasLoaded();

    void onDesignChanged();
    void onChecked(const tools::DesignCheck& check);
    void submit();
    void runStep(std::size_t step);
    void onStepReply(std::size_t step, const BackendReply& reply);
    void showError(const QString& text);
    void updateState();

    std::shared_ptr<Backend> m_backend;
    std::optional<tools::TableDesign> m_original;  // edit mode: the table as it is
    TableDesignerValidator* m_validator;
    TableDesignerIndexModel* m_globalIndexes;
    TableDesignerIndexModel* m_localIndexes;
    QStandardItemModel* m_tags;

    QTabWidget* m_tabs = nullptr;
    QLineEdit* m_tableName = nullptr;
    QLineEdit* m_partitionKey = nullptr;
    QComboBox* m_partitionKeyType = nullptr;
    QLineEdit* m_sortKey = nullptr;
    QComboBox* m_sortKeyType = nullptr;
    QTableView* m_globalIndexView = nullptr;
    QTableView* m_localIndexView = nullptr;
    QPushButton* m_addLocalIndex = nullptr;
    QPushButton* m_removeLocalIndex = nullptr;
    QRadioButton* m_onDemand = nullptr;
    QRadioButton* m_provisioned = nullptr;
    QSpinBox* m_readCapacity = nullptr;
    QSpinBox* m_writeCapacity = nullptr;
    QCheckBox* m_autoScaling = nullptr;
    QSpinBox* m_readMin = nullptr;
    QSpinBox* m_readMax = nullptr;
    QSpinBox* m_writeMin = nullptr;
    QSpinBox* m_writeMax = nullptr;
    QSpinBox* m_targetUtilization = nullptr;
    QDoubleSpinBox* m_readsPerSecond = nullptr;
    QDoubleSpinBox* m_writesPerSecond = nullptr;
    QDoubleSpinBox* m_itemSize = nullptr;
    QDoubleSpinBox* m_itemCount = nullptr;
    QComboBox* m_consistency = nullptr;
    QLabel* m_estimate = nullptr;
    QCheckBox* m_stream = nullptr;
    QComboBox* m_streamViewType = nullptr;
    QLineEdit* m_ttlAttribute = nullptr;
    QLabel* m_ttlNote = nullptr;
    QComboBox* m_tableClass = nullptr;
    QCheckBox* m_deletionProtection = nullptr;
    QPlainTextEdit* m_requestPreview = nullptr;
    QPlainTextEdit* m_cliPreview = nullptr;
    QLabel* m_validationLabel = nullptr;
    QLabel* m_errorLabel = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_createButton = nullptr;

    std::optional<tools::DesignCheck> m_check;     // the newest verdict; empty while pending
    std::vector<tools::PlannedRequest> m_running;  // the plan being sent
    bool m_busy = false;
    bool m_finished = false;  // created, but a later step failed: only Close is left
    int m_loadingExtras = 0;
    bool m_updatingInputs = false;  // setDesign() is filling the inputs
};

}  // namespace shardscope::ui
