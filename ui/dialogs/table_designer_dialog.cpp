#include "dialogs/table_designer_dialog.h"

#include "backend/backend.h"
#include "dialogs/table_designer_choice_delegate.h"
#include "dialogs/table_designer_estimate.h"
#include "dialogs/table_designer_index_model.h"
#include "dialogs/table_designer_validator.h"
#include "models/table_description.h"
#include "panes/json_highlighter.h"
#include "shardscope/tools/cli_command.h"
#include "shardscope/tools/code_generator.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace shardscope::ui {
namespace {

constexpr int kMaxCapacity = 40000;
constexpr std::size_t kPreviewWidth = 64;  // columns of the JSON preview before it breaks a line

QString fromStd(const std::string& text) {
    return QString::fromStdString(text);
}

QComboBox* makeChoiceCombo(const TableDesignerChoiceDelegate::Choices& choices, QWidget* parent) {
    auto* combo = new QComboBox(parent);
    for (const auto& [wire, label] : choices) combo->addItem(label, wire);
    return combo;
}

void selectData(QComboBox* combo, const std::string& wire) {
    const int at = combo->findData(fromStd(wire));
    combo->setCurrentIndex(at < 0 ? 0 : at);
}

QWidget* row(std::initializer_list<QWidget*> widgets, QWidget* parent, bool stretch = false) {
    auto* holder = new QWidget(parent);
    auto* layout = new QHBoxLayout(holder);
    layout->setContentsMargins(0, 0, 0, 0);
    bool first = true;
    for (QWidget* w : widgets) {
        layout->addWidget(w, first && !stretch ? 1 : 0);
        first = false;
    }
    if (stretch) layout->addStretch();
    return holder;
}

QSpinBox* capacitySpin(const char* name, int value, QWidget* parent) {
    auto* spin = new QSpinBox(parent);
    spin->setObjectName(QLatin1String(name));
    spin->setRange(1, kMaxCapacity);
    spin->setValue(value);
    spin->setAccelerated(true);
    return spin;
}

QDoubleSpinBox* workloadSpin(const char* name, double maximum, double value, int decimals, QWidget* parent) {
    auto* spin = new QDoubleSpinBox(parent);
    spin->setObjectName(QLatin1String(name));
    spin->setRange(0, maximum);
    spin->setDecimals(decimals);
    spin->setValue(value);
    spin->setGroupSeparatorShown(true);
    spin->setAccelerated(true);
    return spin;
}

QTableView* indexView(TableDesignerIndexModel* model, bool local, QWidget* parent) {
    auto* view = new QTableView(parent);
    view->setModel(model);
    auto* delegate = new TableDesignerChoiceDelegate(view);
    for (int column = 0; column < model->columnCount(); ++column) {
        switch (model->columnAt(column)) {
            case TableDesignerIndexModel::PartitionType:
            case TableDesignerIndexModel::SortType:
                delegate->setChoices(column, TableDesignerChoiceDelegate::keyTypes());
                break;
            case TableDesignerIndexModel::Projection:
                delegate->setChoices(column, TableDesignerChoiceDelegate::projections());
                break;
            case TableDesignerIndexModel::Read:
            case TableDesignerIndexModel::Write:
                delegate->setNumeric(column, 1, kMaxCapacity);
                break;
            default:
                break;
        }
    }
    view->setItemDelegate(delegate);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::AllEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(local);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->setMinimumHeight(110);
    return view;
}

QPlainTextEdit* previewEdit(const char* name, QWidget* parent) {
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setReadOnly(true);
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return edit;
}

}  // namespace

TableDesignerDialog::TableDesignerDialog(std::shared_ptr<Backend> backend, QWidget* parent)
    : QDialog(parent),
      m_backend(std::move(backend)),
      m_validator(new TableDesignerValidator(this)),
      m_globalIndexes(new TableDesignerIndexModel(false, this)),
      m_localIndexes(new TableDesignerIndexModel(true, this)),
      m_tags(new QStandardItemModel(0, 2, this)) {
    Q_ASSERT(m_backend);
    setWindowTitle(tr("New Table"));
    buildUi();
    onDesignChanged();
}

TableDesignerDialog::TableDesignerDialog(std::shared_ptr<Backend> backend, const TableDescription& existing,
                                         QWidget* parent)
    : TableDesignerDialog(std::move(backend), parent) {
    m_original = tools::TableDesign::fromDescribeTable(existing.raw);
    setWindowTitle(tr("Edit Table “%1”").arg(existing.name));
    m_createButton->setText(tr("Apply Changes"));
    setDesign(*m_original);
    for (QWidget* fixed : std::initializer_list<QWidget*>{m_tableName, m_partitionKey, m_partitionKeyType, m_sortKey,
                                                          m_sortKeyType, m_addLocalIndex, m_removeLocalIndex})
        fixed->setEnabled(false);
    m_localIndexes->setReadOnly(true);
    m_tableName->setToolTip(tr("The name, keys and local indexes of a table cannot change after it is created."));
    loadExtras();
    updateState();
}

TableDesignerDialog::~TableDesignerDialog() = default;

void TableDesignerDialog::buildUi() {
    setObjectName(QStringLiteral("TableDesignerDialog"));
    setMinimumSize(980, 640);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("designTabs"));
    m_tabs->addTab(buildKeysTab(), tr("&Keys"));
    m_tabs->addTab(buildIndexesTab(), tr("&Indexes"));
    m_tabs->addTab(buildCapacityTab(), tr("&Capacity && Cost"));
    m_tabs->addTab(buildSettingsTab(), tr("Se&ttings"));

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_tabs);
    splitter->addWidget(buildPreview());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({640, 560});

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setStyleSheet(
        QStringLiteral("QLabel { color: #b71c1c; background: #fdecea; border: 1px solid #f5c2c0; border-radius: 4px; "
                       "padding: 6px; }"));
    m_errorLabel->setVisible(false);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_createButton = m_buttons->addButton(tr("Create Table"), QDialogButtonBox::AcceptRole);
    m_createButton->setObjectName(QStringLiteral("createButton"));
    m_createButton->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TableDesignerDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);

    connect(m_validator, &TableDesignerValidator::checked, this, &TableDesignerDialog::onChecked);
    connect(m_globalIndexes, &TableDesignerIndexModel::designChanged, this, &TableDesignerDialog::onDesignChanged);
    connect(m_localIndexes, &TableDesignerIndexModel::designChanged, this, &TableDesignerDialog::onDesignChanged);
    connect(m_tags, &QStandardItemModel::dataChanged, this, &TableDesignerDialog::onDesignChanged);
    connect(m_tags, &QStandardItemModel::rowsRemoved, this, &TableDesignerDialog::onDesignChanged);
    for (QLineEdit* edit : {m_tableName, m_partitionKey, m_sortKey, m_ttlAttribute})
        connect(edit, &QLineEdit::textChanged, this, &TableDesignerDialog::onDesignChanged);
    for (QComboBox* combo : {m_partitionKeyType, m_sortKeyType, m_streamViewType, m_tableClass, m_consistency})
        connect(combo, &QComboBox::currentIndexChanged, this, &TableDesignerDialog::onDesignChanged);
    for (QSpinBox* spin :
         {m_readCapacity, m_writeCapacity, m_readMin, m_readMax, m_writeMin, m_writeMax, m_targetUtilization})
        connect(spin, &QSpinBox::valueChanged, this, &TableDesignerDialog::onDesignChanged);
    for (QDoubleSpinBox* spin : {m_readsPerSecond, m_writesPerSecond, m_itemSize, m_itemCount})
        connect(spin, &QDoubleSpinBox::valueChanged, this, &TableDesignerDialog::onDesignChanged);
    for (QAbstractButton* button :
         std::initializer_list<QAbstractButton*>{m_provisioned, m_autoScaling, m_stream, m_deletionProtection})
        connect(button, &QAbstractButton::toggled, this, &TableDesignerDialog::onDesignChanged);
}

QWidget* TableDesignerDialog::buildKeysTab() {
    auto* page = new QWidget(this);
    m_tableName = new QLineEdit(page);
    m_tableName->setObjectName(QStringLiteral("tableNameEdit"));
    m_tableName->setPlaceholderText(tr("e.g. Orders"));
    m_partitionKey = new QLineEdit(page);
    m_partitionKey->setObjectName(QStringLiteral("partitionKeyEdit"));
    m_partitionKey->setPlaceholderText(tr("e.g. PK"));
    m_partitionKeyType = makeChoiceCombo(TableDesignerChoiceDelegate::keyTypes(), page);
    m_partitionKeyType->setObjectName(QStringLiteral("partitionKeyTypeCombo"));
    m_sortKey = new QLineEdit(page);
    m_sortKey->setObjectName(QStringLiteral("sortKeyEdit"));
    m_sortKey->setPlaceholderText(tr("Optional, e.g. SK"));
    m_sortKeyType = makeChoiceCombo(TableDesignerChoiceDelegate::keyTypes(), page);
    m_sortKeyType->setObjectName(QStringLiteral("sortKeyTypeCombo"));

    auto* form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Table name:"), m_tableName);
    form->addRow(tr("&Partition key:"), row({m_partitionKey, m_partitionKeyType}, page));
    form->addRow(tr("&Sort key:"), row({m_sortKey, m_sortKeyType}, page));
    auto* hint = new QLabel(tr("Single-table designs often use generic keys (PK, SK) and overload them with "
                               "entity prefixes; add global indexes for the other access patterns."),
                            page);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(hint);
    return page;
}

QWidget* TableDesignerDialog::buildIndexesTab() {
    auto* page = new QWidget(this);
    m_globalIndexView = indexView(m_globalIndexes, false, page);
    m_globalIndexView->setObjectName(QStringLiteral("globalIndexView"));
    m_localIndexView = indexView(m_localIndexes, true, page);
    m_localIndexView->setObjectName(QStringLiteral("localIndexView"));

    auto buttons = [this, page](TableDesignerIndexModel* model, QTableView* view, const char* addName,
                                const char* removeName, QPushButton** addOut, QPushButton** removeOut) {
        auto* add = new QPushButton(tr("Add"), page);
        add->setObjectName(QLatin1String(addName));
        auto* remove = new QPushButton(tr("Remove"), page);
        remove->setObjectName(QLatin1String(removeName));
        connect(add, &QPushButton::clicked, this, [model, view] {
            const int r = model->addIndex();
            view->setCurrentIndex(model->index(r, 0));
            view->edit(model->index(r, 0));
        });
        connect(remove, &QPushButton::clicked, this, [model, view] { model->removeIndex(view->currentIndex().row()); });
        if (addOut) *addOut = add;
        if (removeOut) *removeOut = remove;
        auto* column = new QVBoxLayout;
        column->addWidget(add);
        column->addWidget(remove);
        column->addStretch();
        return column;
    };

    auto* globalBox = new QGroupBox(tr("Global secondary indexes"), page);
    auto* globalLayout = new QHBoxLayout(globalBox);
    globalLayout->addWidget(m_globalIndexView, 1);
    globalLayout->addLayout(buttons(m_globalIndexes, m_globalIndexView, "addGlobalIndexButton",
                                    "removeGlobalIndexButton", nullptr, nullptr));
    auto* localBox = new QGroupBox(tr("Local secondary indexes"), page);
    localBox->setToolTip(
        tr("Same partition key as the table, another sort key; defined only when the table is created."));
    auto* localLayout = new QHBoxLayout(localBox);
    localLayout->addWidget(m_localIndexView, 1);
    localLayout->addLayout(buttons(m_localIndexes, m_localIndexView, "addLocalIndexButton", "removeLocalIndexButton",
                                   &m_addLocalIndex, &m_removeLocalIndex));
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(globalBox, 3);
    layout->addWidget(localBox, 2);
    return page;
}

QWidget* TableDesignerDialog::buildCapacityTab() {
    auto* page = new QWidget(this);
    m_onDemand = new QRadioButton(tr("On-demand"), page);
    m_onDemand->setObjectName(QStringLiteral("onDemandRadio"));
    m_onDemand->setChecked(true);
    m_provisioned = new QRadioButton(tr("Provisioned"), page);
    m_provisioned->setObjectName(QStringLiteral("provisionedRadio"));
    m_onDemand->setToolTip(tr("Pay per request; no capacity to plan, and the table follows its traffic"));
    m_provisioned->setToolTip(
        tr("Reserve read and write capacity units per second; requests beyond them (and the burst) are throttled"));
    m_readCapacity = capacitySpin("readCapacitySpin", 5, page);
    m_readCapacity->setSuffix(tr(" RCU"));
    m_writeCapacity = capacitySpin("writeCapacitySpin", 5, page);
    m_writeCapacity->setSuffix(tr(" WCU"));
    m_autoScaling = new QCheckBox(tr("Auto scaling"), page);
    m_autoScaling->setToolTip(
        tr("Application Auto Scaling keeps the provisioned capacity between the minimum and the "
           "maximum at the target utilisation; it applies to the table and its global indexes."));
    m_autoScaling->setObjectName(QStringLiteral("autoScalingCheck"));
    m_readMin = capacitySpin("readMinSpin", 5, page);
    m_readMax = capacitySpin("readMaxSpin", 100, page);
    m_writeMin = capacitySpin("writeMinSpin", 5, page);
    m_writeMax = capacitySpin("writeMaxSpin", 100, page);
    m_targetUtilization = new QSpinBox(page);
    m_targetUtilization->setObjectName(QStringLiteral("targetUtilizationSpin"));
    m_targetUtilization->setRange(20, 90);
    m_targetUtilization->setValue(70);
    m_targetUtilization->setSuffix(QStringLiteral(" %"));
    m_targetUtilization->setMaximumWidth(m_readMin->sizeHint().width() + 20);
    m_targetUtilization->setToolTip(tr("The share of the provisioned capacity auto scaling aims to keep in use"));

    auto* billing = new QGroupBox(tr("Billing mode"), page);
    auto* billingForm = new QFormLayout(billing);
    billingForm->addRow(m_onDemand);
    billingForm->addRow(m_provisioned, row({m_readCapacity, m_writeCapacity}, billing, true));
    billingForm->addRow(m_autoScaling);
    billingForm->addRow(tr("Read min / max:"), row({m_readMin, m_readMax}, billing, true));
    billingForm->addRow(tr("Write min / max:"), row({m_writeMin, m_writeMax}, billing, true));
    billingForm->addRow(tr("Target utilisation:"), m_targetUtilization);

    m_readsPerSecond = workloadSpin("readsPerSecondSpin", 1e6, 10, 1, page);
    m_readsPerSecond->setSuffix(tr(" reads/s"));
    m_writesPerSecond = workloadSpin("writesPerSecondSpin", 1e6, 5, 1, page);
    m_writesPerSecond->setSuffix(tr(" writes/s"));
    m_itemSize = workloadSpin("itemSizeSpin", 400, 1, 1, page);
    m_itemSize->setSuffix(tr(" KB"));
    m_itemCount = workloadSpin("itemCountSpin", 1e10, 100000, 0, page);
    m_itemCount->setSuffix(tr(" items"));
    m_consistency = new QComboBox(page);
    m_consistency->setObjectName(QStringLiteral("consistencyCombo"));
    m_consistency->addItem(tr("Eventually consistent"), int(tools::ReadConsistency::Eventual));
    m_consistency->addItem(tr("Strongly consistent"), int(tools::ReadConsistency::Strong));
    m_consistency->addItem(tr("Transactional"), int(tools::ReadConsistency::Transactional));
    m_consistency->setToolTip(tr("A strongly consistent read costs twice an eventually consistent one, "
                                 "a transactional read four times"));
    m_itemSize->setToolTip(tr("Reads are billed per 4 KB, writes per 1 KB of item size, rounded up"));

    auto* workload = new QGroupBox(tr("Expected workload"), page);
    auto* workloadForm = new QFormLayout(workload);
    workloadForm->addRow(tr("Reads:"), row({m_readsPerSecond, m_consistency}, workload, true));
    workloadForm->addRow(tr("Writes:"), m_writesPerSecond);
    workloadForm->addRow(tr("Average item size:"), m_itemSize);
    workloadForm->addRow(tr("Stored items:"), m_itemCount);

    m_estimate = new QLabel(page);
    m_estimate->setObjectName(QStringLiteral("estimateLabel"));
    m_estimate->setTextFormat(Qt::RichText);
    m_estimate->setWordWrap(true);
    m_estimate->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* estimateBox = new QGroupBox(tr("Capacity and monthly cost"), page);
    auto* estimateLayout = new QVBoxLayout(estimateBox);
    estimateLayout->addWidget(m_estimate);

    auto* layout = new QGridLayout(page);
    layout->addWidget(billing, 0, 0);
    layout->addWidget(workload, 1, 0);
    layout->addWidget(estimateBox, 2, 0);
    layout->setRowStretch(3, 1);
    return page;
}

QWidget* TableDesignerDialog::buildSettingsTab() {
    auto* page = new QWidget(this);
    m_stream = new QCheckBox(tr("Enable a stream"), page);
    m_stream->setObjectName(QStringLiteral("streamCheck"));
    m_streamViewType = new QComboBox(page);
    m_streamViewType->setObjectName(QStringLiteral("streamViewTypeCombo"));
    m_streamViewType->addItem(tr("New and old images"), QStringLiteral("NEW_AND_OLD_IMAGES"));
    m_streamViewType->addItem(tr("New image"), QStringLiteral("NEW_IMAGE"));
    m_streamViewType->addItem(tr("Old image"), QStringLiteral("OLD_IMAGE"));
    m_streamViewType->addItem(tr("Keys only"), QStringLiteral("KEYS_ONLY"));
    m_stream->setToolTip(tr("Record every change to the table's items for 24 hours (DynamoDB Streams)"));
    m_streamViewType->setToolTip(tr("What each stream record carries besides the keys"));
    m_ttlAttribute = new QLineEdit(page);
    m_ttlAttribute->setObjectName(QStringLiteral("ttlAttributeEdit"));
    m_ttlAttribute->setPlaceholderText(tr("Attribute holding the expiry time in epoch seconds; empty: no TTL"));
    m_ttlNote = new QLabel(page);
    m_ttlNote->setObjectName(QStringLiteral("ttlNote"));
    m_ttlNote->setWordWrap(true);
    m_ttlNote->setVisible(false);
    m_tableClass = new QComboBox(page);
    m_tableClass->setObjectName(QStringLiteral("tableClassCombo"));
    m_tableClass->addItem(tr("Standard"), QStringLiteral("STANDARD"));
    m_tableClass->addItem(tr("Standard – Infrequent Access"), QStringLiteral("STANDARD_INFREQUENT_ACCESS"));
    m_tableClass->setToolTip(
        tr("Infrequent Access stores data for less and charges more per request; for tables read rarely"));
    m_deletionProtection = new QCheckBox(tr("Protect the table from deletion"), page);
    m_deletionProtection->setToolTip(tr("DeleteTable fails while this is on; switch it off first to delete"));
    m_deletionProtection->setObjectName(QStringLiteral("deletionProtectionCheck"));

    m_tags->setHorizontalHeaderLabels({tr("Key"), tr("Value")});
    auto* tagView = new QTableView(page);
    tagView->setObjectName(QStringLiteral("tagView"));
    tagView->setModel(m_tags);
    tagView->verticalHeader()->hide();
    tagView->horizontalHeader()->setStretchLastSection(true);
    tagView->setMinimumHeight(100);
    auto* addTag = new QPushButton(tr("Add Tag"), page);
    addTag->setObjectName(QStringLiteral("addTagButton"));
    auto* removeTag = new QPushButton(tr("Remove Tag"), page);
    connect(addTag, &QPushButton::clicked, this, [this, tagView] {
        m_tags->appendRow({new QStandardItem(), new QStandardItem()});
        tagView->edit(m_tags->index(m_tags->rowCount() - 1, 0));
    });
    connect(removeTag, &QPushButton::clicked, this, [this, tagView] {
        if (tagView->currentIndex().isValid()) m_tags->removeRow(tagView->currentIndex().row());
    });

    auto* form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Stream:"), row({m_stream, m_streamViewType}, page, true));
    form->addRow(tr("Time to live:"), m_ttlAttribute);
    form->addRow(QString(), m_ttlNote);
    form->addRow(tr("Table class:"), m_tableClass);
    form->addRow(tr("Deletion:"), m_deletionProtection);
    form->addRow(tr("Tags:"), tagView);
    form->addRow(QString(), row({addTag, removeTag}, page, true));
    return page;
}

QWidget* TableDesignerDialog::buildPreview() {
    auto* panel = new QWidget(this);
    auto* previews = new QTabWidget(panel);
    previews->setObjectName(QStringLiteral("previewTabs"));
    m_requestPreview = previewEdit("requestPreviewEdit", previews);
    new JsonHighlighter(m_requestPreview->document());
    m_cliPreview = previewEdit("cliPreviewEdit", previews);
    previews->addTab(m_requestPreview, tr("Request JSON"));
    previews->addTab(m_cliPreview, tr("AWS CLI"));
    auto* copy = new QToolButton(previews);
    copy->setObjectName(QStringLiteral("copyPreviewButton"));
    copy->setText(tr("Copy"));
    copy->setAutoRaise(true);
    previews->setCornerWidget(copy, Qt::TopRightCorner);
    connect(copy, &QToolButton::clicked, this, [previews] {
        if (auto* edit = qobject_cast<QPlainTextEdit*>(previews->currentWidget()))
            QApplication::clipboard()->setText(edit->toPlainText());
    });

    m_validationLabel = new QLabel(panel);
    m_validationLabel->setObjectName(QStringLiteral("validationLabel"));
    m_validationLabel->setWordWrap(true);
    m_validationLabel->setTextFormat(Qt::PlainText);
    m_validationLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("What will be sent:"), panel));
    layout->addWidget(previews, 1);
    layout->addWidget(m_validationLabel);
    return panel;
}

tools::TableDesign TableDesignerDialog::design() const {
    tools::TableDesign d;
    if (m_original) d.tableArn = m_original->tableArn;
    d.tableName = m_tableName->text().toStdString();
    d.partitionKey = {m_partitionKey->text().trimmed().toStdString(),
                      m_partitionKeyType->currentData().toString().toStdString()};
    d.sortKey = {m_sortKey->text().trimmed().toStdString(), m_sortKeyType->currentData().toString().toStdString()};
    d.billingMode = m_provisioned->isChecked() ? "PROVISIONED" : "PAY_PER_REQUEST";
    const bool scaling = m_autoScaling->isChecked();
    auto scalingDesign = [&](QSpinBox* min, QSpinBox* max) {
        return tools::AutoScalingDesign{scaling, min->value(), max->value(), double(m_targetUtilization->value())};
    };
    d.throughput.readCapacityUnits = m_readCapacity->value();
    d.throughput.writeCapacityUnits = m_writeCapacity->value();
    d.throughput.readScaling = scalingDesign(m_readMin, m_readMax);
    d.throughput.writeScaling = scalingDesign(m_writeMin, m_writeMax);
    d.globalIndexes = m_globalIndexes->indexes();
    for (tools::IndexDesign& index : d.globalIndexes) {
        index.throughput.readScaling = d.throughput.readScaling;
        index.throughput.writeScaling = d.throughput.writeScaling;
    }
    d.localIndexes = m_localIndexes->indexes();
    d.streamEnabled = m_stream->isChecked();
    d.streamViewType = m_streamViewType->currentData().toString().toStdString();
    d.ttlAttribute = m_ttlAttribute->text().trimmed().toStdString();
    d.tableClass = m_tableClass->currentData().toString().toStdString();
    d.deletionProtection = m_deletionProtection->isChecked();
    for (int r = 0; r < m_tags->rowCount(); ++r) {
        const QString key = m_tags->item(r, 0) ? m_tags->item(r, 0)->text() : QString();
        const QString value = m_tags->item(r, 1) ? m_tags->item(r, 1)->text() : QString();
        if (!key.isEmpty() || !value.isEmpty()) d.tags.emplace_back(key.toStdString(), value.toStdString());
    }
    return d;
}

void TableDesignerDialog::setDesign(const tools::TableDesign& d) {
    m_updatingInputs = true;
    m_tableName->setText(fromStd(d.tableName));
    m_partitionKey->setText(fromStd(d.partitionKey.name));
    selectData(m_partitionKeyType, d.partitionKey.type);
    m_sortKey->setText(fromStd(d.sortKey.name));
    selectData(m_sortKeyType, d.sortKey.type);
    (d.isProvisioned() ? m_provisioned : m_onDemand)->setChecked(true);
    m_readCapacity->setValue(int(d.throughput.readCapacityUnits));
    m_writeCapacity->setValue(int(d.throughput.writeCapacityUnits));
    const tools::AutoScalingDesign& read = d.throughput.readScaling;
    const tools::AutoScalingDesign& write = d.throughput.writeScaling;
    m_autoScaling->setChecked(read.enabled || write.enabled);
    if (read.enabled || write.enabled) {
        m_readMin->setValue(int(read.minCapacity));
        m_readMax->setValue(int(read.maxCapacity));
        m_writeMin->setValue(int(write.minCapacity));
        m_writeMax->setValue(int(write.maxCapacity));
        m_targetUtilization->setValue(int(read.targetUtilization));
    }
    m_globalIndexes->setIndexes(d.globalIndexes);
    m_localIndexes->setIndexes(d.localIndexes);
    m_stream->setChecked(d.streamEnabled);
    selectData(m_streamViewType, d.streamViewType);
    m_ttlAttribute->setText(fromStd(d.ttlAttribute));
    selectData(m_tableClass, d.tableClass);
    m_deletionProtection->setChecked(d.deletionProtection);
    m_tags->removeRows(0, m_tags->rowCount());
    for (const auto& [key, value] : d.tags)
        m_tags->appendRow({new QStandardItem(fromStd(key)), new QStandardItem(fromStd(value))});
    m_updatingInputs = false;
    onDesignChanged();
}

tools::Workload TableDesignerDialog::workload() const {
    tools::Workload w;
    w.readsPerSecond = m_readsPerSecond->value();
    w.writesPerSecond = m_writesPerSecond->value();
    w.averageItemBytes = m_itemSize->value() * 1024.0;
    w.itemCount = m_itemCount->value();
    w.readConsistency = static_cast<tools::ReadConsistency>(m_consistency->currentData().toInt());
    return w;
}

tools::CostEstimate TableDesignerDialog::costEstimate() const {
    return tools::estimateCost(design(), workload());
}

nlohmann::json TableDesignerDialog::createTableRequest() const {
    return tools::createTableRequest(design());
}

std::vector<tools::PlannedRequest> TableDesignerDialog::plannedRequests() const {
    return m_original ? tools::updatePlan(*m_original, design()).requests : tools::creationPlan(design());
}

QString TableDesignerDialog::requestPreview() const {
    return m_requestPreview->toPlainText();
}

QString TableDesignerDialog::cliPreview() const {
    return m_cliPreview->toPlainText();
}

QString TableDesignerDialog::validationText() const {
    if (!m_check || m_check->ok) return {};
    const QString head = QStringLiteral("%1: %2").arg(fromStd(m_check->operation), fromStd(m_check->errorType));
    return m_check->message.empty() ? head : head + QStringLiteral(": ") + fromStd(m_check->message);
}

bool TableDesignerDialog::isValidationPending() const {
    return m_validator->isPending();
}

bool TableDesignerDialog::isDesignAccepted() const {
    return m_check && m_check->ok && !m_validator->isPending();
}

QString TableDesignerDialog::errorText() const {
    return m_errorLabel->isVisibleTo(this) ? m_errorLabel->text() : QString();
}

void TableDesignerDialog::loadExtras() {
    const std::string table = m_original->tableName;
    m_loadingExtras = 2;
    m_backend->call(QStringLiteral("DescribeTimeToLive"), {{"TableName", table}}, this,
                    [this](const BackendReply& reply) {
                        if (reply.ok()) {
                            m_original->applyTimeToLive(reply.response());
                        } else {
                            // Without the current TTL state the plan cannot change it safely: say why, and keep it.
                            m_ttlNote->setText(
                                tr("The current TTL setting could not be read: %1").arg(reply.error().displayText()));
                            m_ttlNote->setVisible(true);
                        }
                        onExtrasLoaded();
                    });
    if (m_original->tableArn.empty()) {
        onExtrasLoaded();
        return;
    }
    m_backend->call(QStringLiteral("ListTagsOfResource"), {{"ResourceArn", m_original->tableArn}}, this,
                    [this](const BackendReply& reply) {
                        if (reply.ok()) m_original->applyTags(reply.response());
                        onExtrasLoaded();
                    });
}

void TableDesignerDialog::onExtrasLoaded() {
    if (--m_loadingExtras > 0) return;
    // Keep what the user changed meanwhile in the other inputs; TTL and tags come from the table.
    tools::TableDesign current = design();
    current.ttlAttribute = m_original->ttlAttribute;
    current.tags = m_original->tags;
    setDesign(current);
    updateState();
}

void TableDesignerDialog::onDesignChanged() {
    if (m_updatingInputs) return;
    const tools::TableDesign d = design();
    m_globalIndexes->setProvisioned(d.isProvisioned());
    QString json;
    QString cli;
    const tools::CliOptions cliOptions;
    for (const tools::PlannedRequest& step : plannedRequests()) {
        json += QStringLiteral("// %1\n%2\n\n")
                    .arg(fromStd(step.operation), fromStd(tools::formatRequestJson(step.request, 2, kPreviewWidth)));
        cli += fromStd(tools::awsCliCommand(step.operation, step.request, cliOptions)) + QStringLiteral("\n\n");
    }
    if (json.isEmpty()) json = tr("// No changes to send.");
    const std::vector<std::string> scaling = tools::autoScalingCommands(d, cliOptions);
    if (!scaling.empty()) {
        cli += tr("# Auto scaling is configured with Application Auto Scaling (AWS only; the local engine keeps "
                  "the provisioned capacity):") +
               QStringLiteral("\n");
        for (const std::string& command : scaling) cli += fromStd(command) + QStringLiteral("\n\n");
    }
    m_requestPreview->setPlainText(json.trimmed());
    m_cliPreview->setPlainText(cli.trimmed());
    m_estimate->setText(TableDesignerEstimate::html(d, tools::estimateCost(d, workload())));

    m_check.reset();
    if (d.tableName.empty() || d.partitionKey.name.empty()) {
        m_validationLabel->setText(tr("Enter a table name and a partition key."));
        m_validationLabel->setStyleSheet(QString());
    } else if (!m_finished) {
        m_validationLabel->setText(tr("Checking the design with the engine…"));
        m_validationLabel->setStyleSheet(QStringLiteral("QLabel { color: palette(placeholder-text); }"));
        m_validator->request(d, m_original);
    }
    updateState();
}

void TableDesignerDialog::onChecked(const tools::DesignCheck& check) {
    m_check = check;
    if (check.ok) {
        m_validationLabel->setText(isEditing() ? tr("\u2714 The engine accepts these changes.")
                                               : tr("\u2714 The engine accepts this design."));
        m_validationLabel->setStyleSheet(QStringLiteral("QLabel { color: #1b5e20; }"));
    } else {
        m_validationLabel->setText(validationText());
        m_validationLabel->setStyleSheet(
            QStringLiteral("QLabel { color: #b71c1c; background: #fdecea; border: 1px solid #f5c2c0; border-radius: "
                           "4px; padding: 6px; }"));
    }
}

void TableDesignerDialog::submit() {
    if (isBusy() || m_finished || !m_createButton->isEnabled()) return;
    m_running = plannedRequests();
    if (m_running.empty()) {
        accept();
        return;
    }
    m_busy = true;
    showError(QString());
    updateState();
    runStep(0);
}

void TableDesignerDialog::runStep(std::size_t step) {
    const tools::PlannedRequest& request = m_running[step];
    m_backend->call(QString::fromStdString(request.operation), request.request, this,
                    [this, step](const BackendReply& reply) { onStepReply(step, reply); });
}

void TableDesignerDialog::onStepReply(std::size_t step, const BackendReply& reply) {
    const QString tableName = m_tableName->text();
    if (reply.ok() && step + 1 < m_running.size()) {
        runStep(step + 1);
        return;
    }
    m_busy = false;
    if (reply.ok()) {
        updateState();
        if (isEditing())
            emit tableUpdated(tableName);
        else
            emit tableCreated(tableName);
        // Cancelled while the requests ran: the change is made, but the dialog is gone.
        if (isVisible()) accept();
        return;
    }
    const QString operation = QString::fromStdString(m_running[step].operation);
    const BackendError& error = reply.error();
    if (!isEditing() && step == 0) {
        showError(error.displayText());
    } else if (!isEditing()) {
        // CreateTable went through: the table exists whatever comes next.
        m_finished = true;
        emit tableCreated(tableName);
        showError(tr("The table “%1” was created, but %2 failed (%3). %4")
                      .arg(tableName, operation, error.type, error.displayText()));
    } else if (step == 0) {
        showError(tr("%1 failed (%2). %3").arg(operation, error.type, error.displayText()));
    } else {
        emit tableUpdated(tableName);
        showError(tr("%1 failed (%2) after %3 of %4 requests succeeded. %5")
                      .arg(operation, error.type)
                      .arg(step)
                      .arg(m_running.size())
                      .arg(error.displayText()));
    }
    updateState();
    if (isVisible() && !m_finished) m_tableName->setFocus();
}

void TableDesignerDialog::showError(const QString& text) {
    m_errorLabel->setText(text);
    m_errorLabel->setVisible(!text.isEmpty());
}

void TableDesignerDialog::updateState() {
    const bool busy = isBusy();
    const bool editable = !busy && !m_finished;
    m_tabs->setEnabled(editable);
    m_sortKeyType->setEnabled(editable && !isEditing() && !m_sortKey->text().isEmpty());
    m_readCapacity->setEnabled(editable && m_provisioned->isChecked());
    m_writeCapacity->setEnabled(editable && m_provisioned->isChecked());
    const bool scaling = m_provisioned->isChecked() && m_autoScaling->isChecked();
    m_autoScaling->setEnabled(editable && m_provisioned->isChecked());
    for (QSpinBox* spin : {m_readMin, m_readMax, m_writeMin, m_writeMax, m_targetUtilization})
        spin->setEnabled(editable && scaling);
    m_streamViewType->setEnabled(editable && m_stream->isChecked());
    m_createButton->setEnabled(editable && !m_tableName->text().isEmpty() && !m_partitionKey->text().isEmpty());
    if (m_finished) {
        m_createButton->setText(tr("Created"));
        m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
    } else if (isEditing()) {
        m_createButton->setText(m_busy ? tr("Applying…") : tr("Apply Changes"));
    } else {
        m_createButton->setText(m_busy ? tr("Creating…") : tr("Create Table"));
    }
}

}  // namespace shardscope::ui
