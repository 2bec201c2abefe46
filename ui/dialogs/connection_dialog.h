// ConnectionDialog: the connection manager.
//
// Left, the saved connections; right, the selected one's form: what the
// service is (AWS DynamoDB by region, ScyllaDB Alternator, DynamoDB Local,
// any URL), how requests are signed (access keys, a profile of the AWS CLI's
// files, or placeholder keys for local services), attempts and timeout.
// "Test" sends ListTables (Limit 1) through a throw-away RemoteBackend and
// shows the answer or the error, without blocking; "Save" stores the form
// in the ConnectionStore; "Connect" saves and emits connectRequested().
//
// Secrets are never written to the settings unless the user ticks "Store the
// secret in plain text", whose warning says what that means; otherwise they
// go to the system keychain when there is one (KeychainAccess) and last for
// the session in any case.
//
// Thread-safety: GUI thread only; open it with open(), never exec().
#pragma once

#include "connections/connection_profile.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QSpinBox;
class QStringListModel;

namespace shardscope::ui {

class ConnectionStore;
class RemoteBackend;

class ConnectionDialog : public QDialog {
    Q_OBJECT

public:
    // `store` must outlive the dialog.
    explicit ConnectionDialog(ConnectionStore* store, QWidget* parent = nullptr);
    ~ConnectionDialog() override;

    // The form as a profile (the selected connection's id, or a new one's).
    ConnectionProfile profile() const;
    // Fills the form (for tests and "New").
    void setProfile(const ConnectionProfile& profile);

    // Starts the connection test; the outcome appears in the status line and
    // in testFinished().
    void testConnection();

signals:
    void connectRequested(const shardscope::ui::ConnectionProfile& profile);
    void testFinished(bool ok, const QString& message);

private:
    void reloadList(const QString& selectId);
    void onSelectionChanged();
    void newConnection();
    void deleteConnection();
    void saveConnection();
    void connectNow();
    void updateFormState();
    void showStatus(const QString& text, bool error);

    ConnectionStore* m_store;
    QString m_currentId;
    QStringList m_ids;  // parallel to the list model's rows

    QStringListModel* m_listModel;
    QListView* m_list;
    QLineEdit* m_name;
    QComboBox* m_kind;
    QComboBox* m_region;
    QLineEdit* m_url;
    QComboBox* m_credentialSource;
    QComboBox* m_awsProfile;
    QLineEdit* m_accessKeyId;
    QLineEdit* m_secretAccessKey;
    QLineEdit* m_sessionToken;
    QCheckBox* m_storeSecrets;
    QLabel* m_storeWarning;
    QSpinBox* m_maxAttempts;
    QSpinBox* m_timeout;
    QCheckBox* m_ignoreTlsErrors;
    QLabel* m_status;
    QPushButton* m_testButton;
    QPushButton* m_connectButton;
    std::unique_ptr<RemoteBackend> m_testBackend;
};

}  // namespace shardscope::ui
