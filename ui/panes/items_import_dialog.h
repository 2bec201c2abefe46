// ItemsImportDialog: the options of one import before it starts: the file's
// format (CSV or DynamoDB JSON, guessed from the extension), for CSV the
// types of the key columns (preset from the table's definitions) and whether
// plain numbers in the other columns become N. options() returns them.
//
// Open it with open() (window-modal); accepted() means "import".
//
// Thread-safety: GUI thread only.
#pragma once

#include "models/items_import_reader.h"
#include "models/items_source.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;

namespace shardscope::ui {

class ItemsImportDialog : public QDialog {
    Q_OBJECT

public:
    // `source` gives the table and its key attributes.
    ItemsImportDialog(const QString& path, const ItemsSource& source, QWidget* parent = nullptr);

    ItemsImportOptions options() const;

private:
    void updateEnabled();

    QString m_path;
    ItemsSource m_source;
    QComboBox* m_format;
    QComboBox* m_partitionType;
    QComboBox* m_sortType;
    QCheckBox* m_detectNumbers;
    QLabel* m_csvNote;
};

}  // namespace shardscope::ui
