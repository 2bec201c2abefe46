// NewTableDialog: File > New Table…: name, partition key and type, optional
// sort key and type, billing mode; sends CreateTable through the backend.
//
// The dialog does not validate names itself: the backend is the one authority
// on what DynamoDB accepts, so Create sends the request and a failure shows the
// backend's own message (under a translated headline) in the dialog, which
// stays open for a correction. On success it emits tableCreated() and accepts.
// Nothing blocks while the request runs; the inputs are disabled instead.
//
// Thread-safety: GUI thread only.
#pragma once

#include <nlohmann/json.hpp>

#include <QDialog>

#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace shardscope::ui {

class Backend;
class BackendReply;

class NewTableDialog : public QDialog {
    Q_OBJECT

public:
    // `backend` must not be null.
    explicit NewTableDialog(std::shared_ptr<Backend> backend, QWidget* parent = nullptr);

    // The CreateTable request the current input describes.
    nlohmann::json createTableRequest() const;
    // The error shown for the last attempt; empty if none.
    QString errorText() const;
    // True while a CreateTable request is in flight.
    bool isBusy() const { return m_busy; }

signals:
    // CreateTable succeeded for `tableName`.
    void tableCreated(const QString& tableName);

private:
    void submit();
    void onReply(const QString& tableName, const BackendReply& reply);
    void showError(const QString& text);
    void updateState();

    std::shared_ptr<Backend> m_backend;
    QLineEdit* m_tableName;
    QLineEdit* m_partitionKey;
    QComboBox* m_partitionKeyType;
    QLineEdit* m_sortKey;
    QComboBox* m_sortKeyType;
    QRadioButton* m_onDemand;
    QRadioButton* m_provisioned;
    QSpinBox* m_readCapacity;
    QSpinBox* m_writeCapacity;
    QLabel* m_errorLabel;
    QDialogButtonBox* m_buttons;
    QPushButton* m_createButton;
    bool m_busy = false;
};

}  // namespace shardscope::ui
