#include "dialogs/connection_dialog.h"

#include "backend/remote_backend.h"
#include "connections/connection_store.h"
#include "connections/keychain_access.h"

#include "shardscope/net/aws_profile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSpinBox>
#include <QStringListModel>
#include <QVBoxLayout>

namespace shardscope::ui {

namespace {

// Regions offered in the list; any other can be typed.
const char* const kRegions[] = {"us-east-1",      "us-east-2",      "us-west-1",    "us-west-2",
                                "ca-central-1",   "eu-west-1",      "eu-west-2",    "eu-west-3",
                                "eu-central-1",   "eu-central-2",   "eu-north-1",   "eu-south-1",
                                "ap-south-1",     "ap-northeast-1", "ap-northeast-2", "ap-northeast-3",
                                "ap-southeast-1", "ap-southeast-2", "sa-east-1",    "me-south-1",
                                "af-south-1",     "cn-north-1"};

}  // namespace

ConnectionDialog::ConnectionDialog(ConnectionStore* store, QWidget* parent)
    : QDialog(parent),
      m_store(store),
      m_listModel(new QStringListModel(this)),
      m_list(new QListView(this)),
      m_name(new QLineEdit(this)),
      m_kind(new QComboBox(this)),
      m_region(new QComboBox(this)),
      m_url(new QLineEdit(this)),
      m_credentialSource(new QComboBox(this)),
      m_awsProfile(new QComboBox(this)),
      m_accessKeyId(new QLineEdit(this)),
      m_secretAccessKey(new QLineEdit(this)),
      m_sessionToken(new QLineEdit(this)),
      m_storeSecrets(new QCheckBox(tr("Store the secret in plain text in the settings"), this)),
      m_storeWarning(new QLabel(this)),
      m_maxAttempts(new QSpinBox(this)),
      m_timeout(new QSpinBox(this)),
      m_ignoreTlsErrors(new QCheckBox(tr("Accept any TLS certificate (self-signed test servers only)"), this)),
      m_status(new QLabel(this)),
      m_testButton(new QPushButton(tr("&Test"), this)),
      m_connectButton(new QPushButton(tr("&Connect"), this)) {
    setObjectName(QStringLiteral("connectionDialog"));
    setWindowTitle(tr("Connections"));
    setMinimumWidth(760);

    m_list->setObjectName(QStringLiteral("connectionList"));
    m_list->setModel(m_listModel);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto* newButton = new QPushButton(tr("&New"), this);
    newButton->setObjectName(QStringLiteral("newConnectionButton"));
    auto* deleteButton = new QPushButton(tr("&Delete"), this);
    deleteButton->setObjectName(QStringLiteral("deleteConnectionButton"));
    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(newButton);
    listButtons->addWidget(deleteButton);
    auto* left = new QVBoxLayout;
    left->addWidget(m_list);
    left->addLayout(listButtons);

    m_name->setObjectName(QStringLiteral("connectionName"));
    m_kind->setObjectName(QStringLiteral("connectionKind"));
    m_kind->addItem(tr("AWS DynamoDB"), int(ConnectionProfile::Kind::AwsRegion));
    m_kind->addItem(tr("ScyllaDB Alternator"), int(ConnectionProfile::Kind::Alternator));
    m_kind->addItem(tr("DynamoDB Local"), int(ConnectionProfile::Kind::DynamoDbLocal));
    m_kind->addItem(tr("Custom URL"), int(ConnectionProfile::Kind::CustomUrl));
    m_region->setObjectName(QStringLiteral("connectionRegion"));
    m_region->setEditable(true);
    for (const char* region : kRegions)
        m_region->addItem(QLatin1String(region));
    m_url->setObjectName(QStringLiteral("connectionUrl"));
    m_url->setPlaceholderText(QStringLiteral("http://localhost:8000"));
    m_credentialSource->setObjectName(QStringLiteral("credentialSource"));
    m_credentialSource->addItem(tr("Access keys"), int(ConnectionProfile::CredentialSource::AccessKeys));
    m_credentialSource->addItem(tr("AWS CLI profile"), int(ConnectionProfile::CredentialSource::AwsProfile));
    m_credentialSource->addItem(tr("None (placeholder keys for local services)"),
                                int(ConnectionProfile::CredentialSource::Placeholder));
    m_awsProfile->setObjectName(QStringLiteral("awsProfile"));
    m_awsProfile->setEditable(true);
    m_awsProfile->addItems(net::availableAwsProfiles());
    m_accessKeyId->setObjectName(QStringLiteral("accessKeyId"));
    m_secretAccessKey->setObjectName(QStringLiteral("secretAccessKey"));
    m_secretAccessKey->setEchoMode(QLineEdit::Password);
    m_sessionToken->setObjectName(QStringLiteral("sessionToken"));
    m_sessionToken->setEchoMode(QLineEdit::Password);
    m_sessionToken->setPlaceholderText(tr("only for temporary credentials"));
    m_storeSecrets->setObjectName(QStringLiteral("storeSecrets"));
    m_storeWarning->setObjectName(QStringLiteral("storeSecretsWarning"));
    m_storeWarning->setWordWrap(true);
    m_storeWarning->setText(
        KeychainAccess::isCompiledIn()
            ? tr("Without this, the secret goes to the system keychain (or, when none answers, is kept only until "
                 "Shardscope quits). With it, anyone who can read your settings file can read the secret.")
            : tr("Without this, the secret is kept only until Shardscope quits. With it, anyone who can read your "
                 "settings file can read the secret."));
    m_maxAttempts->setObjectName(QStringLiteral("maxAttempts"));
    m_maxAttempts->setRange(1, 20);
    m_timeout->setObjectName(QStringLiteral("timeoutSeconds"));
    m_timeout->setRange(1, 600);
    m_timeout->setSuffix(tr(" s"));
    m_ignoreTlsErrors->setObjectName(QStringLiteral("ignoreTlsErrors"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Service:"), m_kind);
    form->addRow(tr("&Region:"), m_region);
    form->addRow(tr("&URL:"), m_url);
    form->addRow(tr("C&redentials:"), m_credentialSource);
    form->addRow(tr("AWS &profile:"), m_awsProfile);
    form->addRow(tr("&Access key ID:"), m_accessKeyId);
    form->addRow(tr("Secret access &key:"), m_secretAccessKey);
    form->addRow(tr("Session &token:"), m_sessionToken);
    form->addRow(QString(), m_storeSecrets);
    form->addRow(QString(), m_storeWarning);
    form->addRow(tr("Max &attempts:"), m_maxAttempts);
    form->addRow(tr("Ti&meout:"), m_timeout);
    form->addRow(QString(), m_ignoreTlsErrors);

    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(form, 2);

    m_status->setObjectName(QStringLiteral("connectionStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* buttons = new QDialogButtonBox(this);
    m_testButton->setObjectName(QStringLiteral("testConnectionButton"));
    m_connectButton->setObjectName(QStringLiteral("connectButton"));
    auto* saveButton = buttons->addButton(QDialogButtonBox::Save);
    saveButton->setObjectName(QStringLiteral("saveConnectionButton"));
    buttons->addButton(m_testButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_connectButton, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Close);
    m_connectButton->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(newButton, &QPushButton::clicked, this, &ConnectionDialog::newConnection);
    connect(deleteButton, &QPushButton::clicked, this, &ConnectionDialog::deleteConnection);
    connect(saveButton, &QPushButton::clicked, this, &ConnectionDialog::saveConnection);
    connect(m_testButton, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    connect(m_connectButton, &QPushButton::clicked, this, &ConnectionDialog::connectNow);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ConnectionDialog::onSelectionChanged);
    for (QComboBox* box : {m_kind, m_credentialSource})
        connect(box, &QComboBox::currentIndexChanged, this, &ConnectionDialog::updateFormState);
    connect(m_storeSecrets, &QCheckBox::toggled, this, &ConnectionDialog::updateFormState);

    reloadList(QString());
    if (m_ids.isEmpty())
        newConnection();
    updateFormState();
}

ConnectionDialog::~ConnectionDialog() = default;

ConnectionProfile ConnectionDialog::profile() const {
    ConnectionProfile profile;
    profile.id = m_currentId;
    profile.name = m_name->text().trimmed();
    profile.kind = static_cast<ConnectionProfile::Kind>(m_kind->currentData().toInt());
    profile.region = m_region->currentText().trimmed();
    profile.url = m_url->text().trimmed();
    profile.credentialSource =
        static_cast<ConnectionProfile::CredentialSource>(m_credentialSource->currentData().toInt());
    profile.awsProfile = m_awsProfile->currentText().trimmed();
    profile.accessKeyId = m_accessKeyId->text().trimmed();
    profile.secretAccessKey = m_secretAccessKey->text();
    profile.sessionToken = m_sessionToken->text().trimmed();
    profile.storeSecretsInPlainText = m_storeSecrets->isChecked();
    profile.maxAttempts = m_maxAttempts->value();
    profile.timeoutSeconds = m_timeout->value();
    profile.ignoreTlsErrors = m_ignoreTlsErrors->isChecked();
    return profile;
}

void ConnectionDialog::setProfile(const ConnectionProfile& profile) {
    m_currentId = profile.id;
    m_name->setText(profile.name);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(profile.kind))));
    m_region->setCurrentText(profile.region);
    m_url->setText(profile.url);
    m_credentialSource->setCurrentIndex(std::max(0, m_credentialSource->findData(int(profile.credentialSource))));
    m_awsProfile->setCurrentText(profile.awsProfile);
    m_accessKeyId->setText(profile.accessKeyId);
    m_secretAccessKey->setText(profile.secretAccessKey);
    m_sessionToken->setText(profile.sessionToken);
    m_storeSecrets->setChecked(profile.storeSecretsInPlainText);
    m_maxAttempts->setValue(profile.maxAttempts);
    m_timeout->setValue(profile.timeoutSeconds);
    m_ignoreTlsErrors->setChecked(profile.ignoreTlsErrors);
    updateFormState();
}

void ConnectionDialog::reloadList(const QString& selectId) {
    QStringList names;
    m_ids.clear();
    for (const ConnectionProfile& profile : m_store->connections()) {
        names.append(profile.displayName());
        m_ids.append(profile.id);
    }
    m_listModel->setStringList(names);
    const qsizetype row = m_ids.indexOf(selectId);
    if (row >= 0)
        m_list->setCurrentIndex(m_listModel->index(static_cast<int>(row), 0));
}

void ConnectionDialog::onSelectionChanged() {
    const int row = m_list->currentIndex().row();
    if (row < 0 || row >= m_ids.size())
        return;
    const std::optional<ConnectionProfile> found = m_store->find(m_ids.at(row));
    if (!found)
        return;
    setProfile(*found);
    showStatus(QString(), false);
    if (found->needsSecret() && KeychainAccess::isCompiledIn()) {
        const QString id = found->id;
        KeychainAccess::read(id, this, [this, id](const std::optional<StoredSecrets>& secrets, const QString&) {
            // Only if the user is still looking at that connection and typed nothing.
            if (!secrets || m_currentId != id || !m_secretAccessKey->text().isEmpty())
                return;
            m_secretAccessKey->setText(secrets->secretAccessKey);
            m_sessionToken->setText(secrets->sessionToken);
        });
    }
}

void ConnectionDialog::newConnection() {
    m_list->clearSelection();
    ConnectionProfile fresh;
    fresh.name = tr("New connection");
    setProfile(fresh);
    m_name->setFocus();
    m_name->selectAll();
}

void ConnectionDialog::deleteConnection() {
    if (m_currentId.isEmpty())
        return;
    m_store->remove(m_currentId);
    m_currentId.clear();
    reloadList(QString());
    newConnection();
}

void ConnectionDialog::saveConnection() {
    const ConnectionProfile saved = profile();
    m_currentId = m_store->save(saved);
    reloadList(m_currentId);
    const bool toKeychain = saved.credentialSource == ConnectionProfile::CredentialSource::AccessKeys &&
                            !saved.storeSecretsInPlainText && !saved.secretAccessKey.isEmpty();
    if (!toKeychain || !KeychainAccess::isCompiledIn()) {
        showStatus(tr("Saved."), false);
        return;
    }
    showStatus(tr("Saved; storing the secret in the system keychain…"), false);
    KeychainAccess::write(m_currentId, {saved.secretAccessKey, saved.sessionToken}, this,
                          [this](bool ok, const QString& error) {
                              showStatus(ok ? tr("Saved; the secret is in the system keychain.")
                                            : tr("Saved. No keychain took the secret (%1); it is kept until "
                                                 "Shardscope quits.")
                                                  .arg(error),
                                         !ok);
                          });
}

void ConnectionDialog::connectNow() {
    QString error;
    if (!profile().clientOptions(&error)) {
        showStatus(error, true);
        return;
    }
    saveConnection();
    emit connectRequested(profile());
    accept();
}

void ConnectionDialog::testConnection() {
    QString error;
    const ConnectionProfile tested = profile();
    const std::optional<net::ClientOptions> options = tested.clientOptions(&error);
    if (!options) {
        showStatus(error, true);
        emit testFinished(false, error);
        return;
    }
    // A new test replaces a running one, whose answer then never comes.
    m_testBackend = std::make_unique<RemoteBackend>(*options, tested.displayName());
    m_testButton->setEnabled(false);
    showStatus(tr("Testing %1…").arg(options->endpoint.toString(QUrl::RemoveUserInfo)), false);
    m_testBackend->call(QStringLiteral("ListTables"), {{"Limit", 1}}, this, [this](const BackendReply& reply) {
        m_testButton->setEnabled(true);
        const QString text = reply.ok() ? tr("Connected: the service answered ListTables.")
                                        : reply.error().displayText();
        showStatus(text, !reply.ok());
        emit testFinished(reply.ok(), text);
    });
}

void ConnectionDialog::updateFormState() {
    const auto kind = static_cast<ConnectionProfile::Kind>(m_kind->currentData().toInt());
    const auto source = static_cast<ConnectionProfile::CredentialSource>(m_credentialSource->currentData().toInt());
    const bool keys = source == ConnectionProfile::CredentialSource::AccessKeys;
    m_region->setEnabled(true);  // AWS: the endpoint's; others: the signing region
    m_url->setEnabled(kind != ConnectionProfile::Kind::AwsRegion);
    m_awsProfile->setEnabled(source == ConnectionProfile::CredentialSource::AwsProfile);
    for (QWidget* field : {static_cast<QWidget*>(m_accessKeyId), static_cast<QWidget*>(m_secretAccessKey),
                           static_cast<QWidget*>(m_sessionToken), static_cast<QWidget*>(m_storeSecrets)})
        field->setEnabled(keys);
    m_storeWarning->setEnabled(keys);
}

void ConnectionDialog::showStatus(const QString& text, bool error) {
    m_status->setText(text);
    m_status->setProperty("error", error);
}

}  // namespace shardscope::ui
