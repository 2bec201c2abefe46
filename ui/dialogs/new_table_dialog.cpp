#include "dialogs/new_table_dialog.h"

#include "backend/backend.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace shardscope::ui {
namespace {

QComboBox* makeTypeCombo(QWidget* parent) {
    auto* combo = new QComboBox(parent);
    combo->addItem(NewTableDialog::tr("String"), QStringLiteral("S"));
    combo->addItem(NewTableDialog::tr("Number"), QStringLiteral("N"));
    combo->addItem(NewTableDialog::tr("Binary"), QStringLiteral("B"));
    return combo;
}

QWidget* keyRow(QLineEdit* name, QComboBox* type, QWidget* parent) {
    auto* row = new QWidget(parent);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(name, 1);
    layout->addWidget(type);
    return row;
}

}  // namespace

NewTableDialog::NewTableDialog(std::shared_ptr<Backend> backend, QWidget* parent)
    : QDialog(parent),
      m_backend(std::move(backend)),
      m_tableName(new QLineEdit(this)),
      m_partitionKey(new QLineEdit(this)),
      m_partitionKeyType(makeTypeCombo(this)),
      m_sortKey(new QLineEdit(this)),
      m_sortKeyType(makeTypeCombo(this)),
      m_onDemand(new QRadioButton(tr("On-demand"), this)),
      m_provisioned(new QRadioButton(tr("Provisioned"), this)),
      m_readCapacity(new QSpinBox(this)),
      m_writeCapacity(new QSpinBox(this)),
      m_errorLabel(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this)),
      m_createButton(m_buttons->addButton(tr("Create Table"), QDialogButtonBox::AcceptRole)) {
    Q_ASSERT(m_backend);
    setWindowTitle(tr("New Table"));
    setMinimumWidth(460);

    m_tableName->setObjectName(QStringLiteral("tableNameEdit"));
    m_tableName->setPlaceholderText(tr("e.g. Orders"));
    m_partitionKey->setObjectName(QStringLiteral("partitionKeyEdit"));
    m_partitionKey->setPlaceholderText(tr("e.g. PK"));
    m_partitionKeyType->setObjectName(QStringLiteral("partitionKeyTypeCombo"));
    m_sortKey->setObjectName(QStringLiteral("sortKeyEdit"));
    m_sortKey->setPlaceholderText(tr("Optional, e.g. SK"));
    m_sortKeyType->setObjectName(QStringLiteral("sortKeyTypeCombo"));

    m_onDemand->setObjectName(QStringLiteral("onDemandRadio"));
    m_provisioned->setObjectName(QStringLiteral("provisionedRadio"));
    m_onDemand->setChecked(true);
    for (QSpinBox* spin : {m_readCapacity, m_writeCapacity}) {
        spin->setRange(1, 40000);
        spin->setValue(5);
        spin->setAccelerated(true);
    }
    m_readCapacity->setObjectName(QStringLiteral("readCapacitySpin"));
    m_writeCapacity->setObjectName(QStringLiteral("writeCapacitySpin"));
    m_readCapacity->setSuffix(tr(" RCU"));
    m_writeCapacity->setSuffix(tr(" WCU"));

    auto* billing = new QWidget(this);
    auto* billingLayout = new QVBoxLayout(billing);
    billingLayout->setContentsMargins(0, 0, 0, 0);
    billingLayout->addWidget(m_onDemand);
    auto* provisionedRow = new QHBoxLayout;
    provisionedRow->addWidget(m_provisioned);
    provisionedRow->addWidget(m_readCapacity);
    provisionedRow->addWidget(m_writeCapacity);
    provisionedRow->addStretch();
    billingLayout->addLayout(provisionedRow);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Table name:"), m_tableName);
    form->addRow(tr("&Partition key:"), keyRow(m_partitionKey, m_partitionKeyType, this));
    form->addRow(tr("&Sort key:"), keyRow(m_sortKey, m_sortKeyType, this));
    form->addRow(tr("Billing mode:"), billing);

    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setStyleSheet(QStringLiteral(
        "QLabel { color: #b71c1c; background: #fdecea; border: 1px solid #f5c2c0; border-radius: 4px; padding: 6px; }"));
    m_errorLabel->setVisible(false);

    m_createButton->setObjectName(QStringLiteral("createButton"));
    m_createButton->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewTableDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit* edit : {m_tableName, m_partitionKey, m_sortKey})
        connect(edit, &QLineEdit::textChanged, this, &NewTableDialog::updateState);
    connect(m_provisioned, &QRadioButton::toggled, this, &NewTableDialog::updateState);
    updateState();
}

nlohmann::json NewTableDialog::createTableRequest() const {
    const std::string partitionKey = m_partitionKey->text().toStdString();
    const std::string sortKey = m_sortKey->text().toStdString();
    nlohmann::json definitions = nlohmann::json::array();
    nlohmann::json keySchema = nlohmann::json::array();
    definitions.push_back(
        {{"AttributeName", partitionKey}, {"AttributeType", m_partitionKeyType->currentData().toString().toStdString()}});
    keySchema.push_back({{"AttributeName", partitionKey}, {"KeyType", "HASH"}});
    if (!sortKey.empty()) {
        definitions.push_back(
            {{"AttributeName", sortKey}, {"AttributeType", m_sortKeyType->currentData().toString().toStdString()}});
        keySchema.push_back({{"AttributeName", sortKey}, {"KeyType", "RANGE"}});
    }
    nlohmann::json request = {
        {"TableName", m_tableName->text().toStdString()},
        {"AttributeDefinitions", definitions},
        {"KeySchema", keySchema},
    };
    if (m_provisioned->isChecked()) {
        request["BillingMode"] = "PROVISIONED";
        request["ProvisionedThroughput"] = {{"ReadCapacityUnits", m_readCapacity->value()},
                                            {"WriteCapacityUnits", m_writeCapacity->value()}};
    } else {
        request["BillingMode"] = "PAY_PER_REQUEST";
    }
    return request;
}

QString NewTableDialog::errorText() const {
    return m_errorLabel->isVisibleTo(this) ? m_errorLabel->text() : QString();
}

void NewTableDialog::submit() {
    if (m_busy || !m_createButton->isEnabled())
        return;
    m_busy = true;
    showError(QString());
    updateState();
    const QString tableName = m_tableName->text();
    m_backend->call(QStringLiteral("CreateTable"), createTableRequest(), this,
                    [this, tableName](const BackendReply& reply) { onReply(tableName, reply); });
}

void NewTableDialog::onReply(const QString& tableName, const BackendReply& reply) {
    m_busy = false;
    updateState();
    if (!reply.ok()) {
        showError(reply.error().displayText());
        if (!isVisible())
            return;
        m_tableName->setFocus();
        return;
    }
    emit tableCreated(tableName);
    // Cancelled while the request ran: the table exists now, but the dialog is gone.
    if (isVisible())
        accept();
}

void NewTableDialog::showError(const QString& text) {
    m_errorLabel->setText(text);
    m_errorLabel->setVisible(!text.isEmpty());
}

void NewTableDialog::updateState() {
    for (QWidget* input : std::initializer_list<QWidget*>{m_tableName, m_partitionKey, m_partitionKeyType, m_sortKey,
                                                          m_onDemand, m_provisioned})
        input->setEnabled(!m_busy);
    m_sortKeyType->setEnabled(!m_busy && !m_sortKey->text().isEmpty());
    m_readCapacity->setEnabled(!m_busy && m_provisioned->isChecked());
    m_writeCapacity->setEnabled(!m_busy && m_provisioned->isChecked());
    m_createButton->setEnabled(!m_busy && !m_tableName->text().isEmpty() && !m_partitionKey->text().isEmpty());
    m_createButton->setText(m_busy ? tr("Creating…") : tr("Create Table"));
}

}  // namespace shardscope::ui
