// ConnectionController: what the workbench is connected to, and the actions
// that change it.
//
// Owns the "Connect…" action (opens the ConnectionDialog) and the "Embedded
// Engine" action (returns to the backend the window started with). On
// connect it builds a RemoteBackend from the chosen profile, asking for the
// secret first when it was not remembered, and makes it the BackendSwitch's
// target; the window's views follow because they all hold the switch.
// switched() tells the window to reload and what to say.
//
// Thread-safety: GUI thread only.
#pragma once

#include "connections/connection_profile.h"

#include <QObject>

#include <memory>

class QAction;
class QWidget;

namespace shardscope::ui {

class Backend;
class BackendSwitch;
class ConnectionStore;
class Settings;

class ConnectionController : public QObject {
    Q_OBJECT

public:
    // `backendSwitch`'s current target is the embedded backend to return to.
    // `settings` must outlive the controller; `window` parents its dialogs.
    ConnectionController(std::shared_ptr<BackendSwitch> backendSwitch, Settings* settings, QWidget* window);
    ~ConnectionController() override;

    QAction* connectAction() const { return m_connectAction; }
    QAction* embeddedAction() const { return m_embeddedAction; }
    ConnectionStore* store() const { return m_store.get(); }
    bool isRemote() const;

    // Switches to `profile` at once; returns false (and emits failed()) when
    // the profile cannot be resolved (bad URL, unusable AWS profile).
    bool connectTo(const ConnectionProfile& profile);
    void useEmbedded();
    void openConnectionDialog();

signals:
    // The backend changed; `message` says to what, for the status bar.
    void switched(const QString& message);
    void failed(const QString& message);

private:
    // Connects, first finding the secret when the profile lacks it: in the
    // keychain, else by asking the user.
    void askForSecretThenConnect(const ConnectionProfile& profile);
    void askUserForSecret(const ConnectionProfile& profile);

    std::shared_ptr<BackendSwitch> m_switch;
    std::shared_ptr<Backend> m_embedded;
    std::unique_ptr<ConnectionStore> m_store;
    QWidget* m_window;
    QAction* m_connectAction;
    QAction* m_embeddedAction;
};

}  // namespace shardscope::ui
