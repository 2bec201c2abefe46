#include "panes/items_import_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace shardscope::ui {
namespace {

QComboBox* keyTypeCombo(const QString& type, QWidget* parent) {
    auto* combo = new QComboBox(parent);
    combo->addItem(QCoreApplication::translate("ItemsImportDialog", "String (S)"), QStringLiteral("S"));
    combo->addItem(QCoreApplication::translate("ItemsImportDialog", "Number (N)"), QStringLiteral("N"));
    combo->addItem(QCoreApplication::translate("ItemsImportDialog", "Binary, base64 (B)"), QStringLiteral("B"));
    const int index = combo->findData(type.isEmpty() ? QStringLiteral("S") : type);
    combo->setCurrentIndex(qMax(0, index));
    return combo;
}

}  // namespace

ItemsImportDialog::ItemsImportDialog(const QString& path, const ItemsSource& source, QWidget* parent)
    : QDialog(parent),
      m_path(path),
      m_source(source),
      m_format(new QComboBox(this)),
      m_partitionType(keyTypeCombo(source.tablePartitionKey.type, this)),
      m_sortType(keyTypeCombo(source.tableSortKey ? source.tableSortKey->type : QString(), this)),
      m_detectNumbers(new QCheckBox(tr("Store plain numbers in other columns as numbers (N)"), this)),
      m_csvNote(new QLabel(this)) {
    setObjectName(QStringLiteral("itemsImportDialog"));
    setWindowTitle(tr("Import Items"));
    m_format->setObjectName(QStringLiteral("importFormatCombo"));
    m_format->addItem(tr("CSV with a header row"), int(ItemsImportOptions::Format::Csv));
    m_format->addItem(tr("DynamoDB JSON (one {\"Item\": …} per line, or an array)"),
                      int(ItemsImportOptions::Format::DynamoDbJson));
    const bool csv = QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0;
    m_format->setCurrentIndex(csv ? 0 : 1);
    m_partitionType->setObjectName(QStringLiteral("partitionKeyTypeCombo"));
    m_sortType->setObjectName(QStringLiteral("sortKeyTypeCombo"));
    m_detectNumbers->setObjectName(QStringLiteral("detectNumbersCheck"));
    m_csvNote->setWordWrap(true);
    m_csvNote->setForegroundRole(QPalette::PlaceholderText);
    m_csvNote->setText(tr("Other columns are stored as strings; empty fields are left out of the item."));

    auto* form = new QFormLayout;
    auto* file = new QLabel(QFileInfo(path).fileName(), this);
    file->setToolTip(path);
    form->addRow(tr("File:"), file);
    form->addRow(tr("Table:"), new QLabel(source.tableName, this));
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("Partition key “%1”:").arg(source.tablePartitionKey.name), m_partitionType);
    if (source.tableSortKey)
        form->addRow(tr("Sort key “%1”:").arg(source.tableSortKey->name), m_sortType);
    else
        m_sortType->hide();
    form->addRow(QString(), m_detectNumbers);
    form->addRow(QString(), m_csvNote);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    import->setObjectName(QStringLiteral("startImportButton"));
    import->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ItemsImportDialog::updateEnabled);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    updateEnabled();
}

void ItemsImportDialog::updateEnabled() {
    const bool csv = m_format->currentData().toInt() == int(ItemsImportOptions::Format::Csv);
    for (QWidget* widget : {static_cast<QWidget*>(m_partitionType), static_cast<QWidget*>(m_sortType),
                            static_cast<QWidget*>(m_detectNumbers), static_cast<QWidget*>(m_csvNote)})
        widget->setEnabled(csv);
}

ItemsImportOptions ItemsImportDialog::options() const {
    ItemsImportOptions options;
    options.path = m_path;
    options.format = static_cast<ItemsImportOptions::Format>(m_format->currentData().toInt());
    options.partitionKey = m_source.tablePartitionKey.name;
    options.partitionKeyType = m_partitionType->currentData().toString();
    if (m_source.tableSortKey) {
        options.sortKey = m_source.tableSortKey->name;
        options.sortKeyType = m_sortType->currentData().toString();
    }
    options.detectNumbers = m_detectNumbers->isChecked();
    return options;
}

}  // namespace shardscope::ui
