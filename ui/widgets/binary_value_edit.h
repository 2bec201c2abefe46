// BinaryValueEdit: an editor for a DynamoDB binary (B) value: base64 text in
// a line edit with a live hex preview of the decoded bytes (and their count)
// under it; invalid base64 is marked red.
//
// Thread-safety: GUI thread only.
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace shardscope::ui {

class BinaryValueEdit : public QWidget {
    Q_OBJECT

public:
    explicit BinaryValueEdit(QWidget* parent = nullptr);

    QString text() const;
    void setText(const QString& base64);
    // The hex preview as shown ("3 bytes: 48 65 6c").
    QString previewText() const;
    QLineEdit* lineEdit() const { return m_edit; }

signals:
    void editingFinished();

private:
    void updatePreview();

    QLineEdit* m_edit;
    QLabel* m_preview;
};

}  // namespace shardscope::ui
