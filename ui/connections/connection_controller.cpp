#include "connections/connection_controller.h"

#include "backend/backend_switch.h"
#include "backend/remote_backend.h"
#include "connections/connection_store.h"
#include "connections/keychain_access.h"
#include "dialogs/connection_dialog.h"

#include <QAction>
#include <QInputDialog>
#include <QLineEdit>
#include <QWidget>

namespace shardscope::ui {

ConnectionController::ConnectionController(std::shared_ptr<BackendSwitch> backendSwitch, Settings* settings,
                                           QWidget* window)
    : QObject(window),
      m_switch(std::move(backendSwitch)),
      m_embedded(m_switch->target()),
      m_store(std::make_unique<ConnectionStore>(settings)),
      m_window(window),
      m_connectAction(new QAction(tr("&Connect…"), this)),
      m_embeddedAction(new QAction(tr("Use &Embedded Engine"), this)) {
    m_connectAction->setObjectName(QStringLiteral("connectAction"));
    m_connectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_connectAction->setStatusTip(
        tr("Connect to AWS DynamoDB, ScyllaDB Alternator, DynamoDB Local or another DynamoDB-compatible service"));
    connect(m_connectAction, &QAction::triggered, this, &ConnectionController::openConnectionDialog);

    m_embeddedAction->setObjectName(QStringLiteral("embeddedEngineAction"));
    m_embeddedAction->setStatusTip(tr("Work on the embedded engine again"));
    m_embeddedAction->setEnabled(false);
    connect(m_embeddedAction, &QAction::triggered, this, &ConnectionController::useEmbedded);
}

ConnectionController::~ConnectionController() = default;

bool ConnectionController::isRemote() const {
    return m_switch->target() != m_embedded;
}

bool ConnectionController::connectTo(const ConnectionProfile& profile) {
    QString error;
    const std::optional<net::ClientOptions> options = profile.clientOptions(&error);
    if (!options) {
        emit failed(error);
        return false;
    }
    m_switch->setTarget(std::make_shared<RemoteBackend>(*options, profile.displayName()));
    m_embeddedAction->setEnabled(true);
    emit switched(tr("Connected to %1.").arg(profile.displayName()));
    return true;
}

void ConnectionController::useEmbedded() {
    if (!isRemote())
        return;
    m_switch->setTarget(m_embedded);
    m_embeddedAction->setEnabled(false);
    emit switched(tr("Back on the embedded engine."));
}

void ConnectionController::openConnectionDialog() {
    auto* dialog = new ConnectionDialog(m_store.get(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ConnectionDialog::connectRequested, this, &ConnectionController::askForSecretThenConnect);
    dialog->open();
}

void ConnectionController::askForSecretThenConnect(const ConnectionProfile& profile) {
    if (!profile.needsSecret()) {
        connectTo(profile);
        return;
    }
    if (KeychainAccess::isCompiledIn() && !profile.id.isEmpty()) {
        // The keychain first; the user is asked only when it has nothing.
        KeychainAccess::read(profile.id, this,
                             [this, profile](const std::optional<StoredSecrets>& secrets, const QString&) {
                                 if (secrets && !secrets->secretAccessKey.isEmpty()) {
                                     ConnectionProfile withSecret = profile;
                                     withSecret.secretAccessKey = secrets->secretAccessKey;
                                     withSecret.sessionToken = secrets->sessionToken;
                                     connectTo(withSecret);
                                 } else {
                                     askUserForSecret(profile);
                                 }
                             });
        return;
    }
    askUserForSecret(profile);
}

void ConnectionController::askUserForSecret(const ConnectionProfile& profile) {
    // Asked without blocking: the dialog answers through its signal.
    auto* ask = new QInputDialog(m_window);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setWindowTitle(tr("Secret Access Key"));
    ask->setLabelText(tr("Secret access key for %1:").arg(profile.accessKeyId));
    ask->setTextEchoMode(QLineEdit::Password);
    connect(ask, &QInputDialog::textValueSelected, this, [this, profile](const QString& secret) {
        ConnectionProfile withSecret = profile;
        withSecret.secretAccessKey = secret;
        m_store->save(withSecret);  // remembered for the session only
        connectTo(withSecret);
    });
    ask->open();
}

}  // namespace shardscope::ui
