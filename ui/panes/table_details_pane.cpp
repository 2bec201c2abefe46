#include "panes/table_details_pane.h"

#include "delegates/status_palette.h"
#include "panes/empty_state_widget.h"
#include "panes/json_highlighter.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace shardscope::ui {
namespace {

QString keyText(const std::optional<KeyAttribute>& key) {
    if (!key)
        return TableDetailsPane::tr("None");
    if (key->type.isEmpty())
        return key->name;
    return TableDetailsPane::tr("%1 \u2014 %2").arg(key->name, TableDescription::attributeTypeText(key->type));
}

QString badgeStyle(const QString& status) {
    return QStringLiteral("QLabel { color: white; background: %1; border-radius: 4px; padding: 1px 8px; }")
        .arg(statusColor(status).name());
}

}  // namespace

TableDetailsPane::TableDetailsPane(QWidget* parent)
    : QWidget(parent),
      m_stack(new QStackedWidget(this)),
      m_emptyState(new EmptyStateWidget(this)),
      m_content(new QWidget(this)),
      m_nameLabel(new QLabel(m_content)),
      m_statusBadge(new QLabel(m_content)),
      m_arnLabel(new QLabel(m_content)),
      m_jsonView(new QPlainTextEdit(m_content)) {
    m_emptyState->setObjectName(QStringLiteral("detailsEmptyState"));

    m_nameLabel->setObjectName(QStringLiteral("tableNameLabel"));
    m_nameLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont nameFont = m_nameLabel->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.5);
    nameFont.setBold(true);
    m_nameLabel->setFont(nameFont);
    m_statusBadge->setObjectName(QStringLiteral("tableStatusBadge"));
    m_arnLabel->setObjectName(QStringLiteral("tableArnLabel"));
    m_arnLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_arnLabel->setForegroundRole(QPalette::PlaceholderText);

    auto* titleRow = new QHBoxLayout;
    titleRow->setSpacing(10);
    titleRow->addWidget(m_nameLabel);
    titleRow->addWidget(m_statusBadge, 0, Qt::AlignVCenter);
    titleRow->addStretch();

    auto* form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignLeft);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setHorizontalSpacing(18);
    form->setVerticalSpacing(6);
    addSection(form, tr("Keys"));
    m_partitionKeyValue = addField(form, tr("Partition key"), "partitionKeyValue");
    m_sortKeyValue = addField(form, tr("Sort key"), "sortKeyValue");
    m_attributesValue = addField(form, tr("Attribute definitions"), "attributesValue");
    m_indexesValue = addField(form, tr("Secondary indexes"), "indexesValue");
    addSection(form, tr("Capacity and size"));
    m_billingModeValue = addField(form, tr("Billing mode"), "billingModeValue");
    m_itemCountValue = addField(form, tr("Item count"), "itemCountValue");
    m_sizeValue = addField(form, tr("Table size"), "tableSizeValue");
    m_createdValue = addField(form, tr("Created"), "createdValue");

    auto* jsonTitle = new QLabel(tr("DescribeTable response"), m_content);
    QFont sectionFont = jsonTitle->font();
    sectionFont.setBold(true);
    jsonTitle->setFont(sectionFont);

    m_jsonView->setObjectName(QStringLiteral("describeJsonView"));
    m_jsonView->setReadOnly(true);
    m_jsonView->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_jsonView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_jsonView->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    new JsonHighlighter(m_jsonView->document());

    auto* layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(16, 12, 12, 12);
    layout->setSpacing(4);
    layout->addLayout(titleRow);
    layout->addWidget(m_arnLabel);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addSpacing(14);
    layout->addWidget(jsonTitle);
    layout->addWidget(m_jsonView, 1);

    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(m_content);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    showNoSelection(false);
}

QLabel* TableDetailsPane::addSection(QFormLayout* form, const QString& title) {
    auto* label = new QLabel(title, m_content);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    if (form->rowCount() > 0)
        label->setContentsMargins(0, 10, 0, 0);
    form->addRow(label);
    return label;
}

QLabel* TableDetailsPane::addField(QFormLayout* form, const QString& label, const char* objectName) {
    auto* value = new QLabel(m_content);
    value->setObjectName(QLatin1String(objectName));
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    auto* name = new QLabel(label, m_content);
    name->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(name, value);
    return value;
}

void TableDetailsPane::showNoSelection(bool hasTables) {
    m_tableName.clear();
    m_shownJson.clear();
    m_emptyState->setTitle(tr("No table selected"));
    m_emptyState->setText(hasTables ? tr("Select a table to see its keys, capacity and full description.")
                                    : tr("Tables you create appear on the left."));
    m_stack->setCurrentWidget(m_emptyState);
}

void TableDetailsPane::showLoading(const QString& tableName) {
    m_tableName = tableName;
    m_shownJson.clear();
    m_emptyState->setTitle(tableName);
    m_emptyState->setText(tr("Loading the table description…"));
    m_stack->setCurrentWidget(m_emptyState);
}

void TableDetailsPane::showDescription(const TableDescription& d) {
    const QLocale locale;
    const bool sameTable = m_tableName == d.name && m_stack->currentWidget() == m_content;
    m_tableName = d.name;
    m_nameLabel->setText(d.name);
    m_statusBadge->setText(d.statusText());
    m_statusBadge->setStyleSheet(badgeStyle(d.status));
    m_statusBadge->setVisible(!d.status.isEmpty());
    m_arnLabel->setText(d.arn);
    m_arnLabel->setVisible(!d.arn.isEmpty());

    m_partitionKeyValue->setText(keyText(d.partitionKey));
    m_sortKeyValue->setText(keyText(d.sortKey));
    QStringList attributes;
    for (const AttributeDefinition& definition : d.attributeDefinitions)
        attributes.append(QStringLiteral("%1 (%2)").arg(definition.name, definition.type));
    m_attributesValue->setText(attributes.isEmpty() ? tr("None") : attributes.join(QStringLiteral(", ")));

    QStringList indexes;
    if (!d.globalSecondaryIndexes.isEmpty())
        indexes.append(tr("Global: %1").arg(d.globalSecondaryIndexes.join(QStringLiteral(", "))));
    if (!d.localSecondaryIndexes.isEmpty())
        indexes.append(tr("Local: %1").arg(d.localSecondaryIndexes.join(QStringLiteral(", "))));
    m_indexesValue->setText(indexes.isEmpty() ? tr("None") : indexes.join(QStringLiteral("; ")));

    m_billingModeValue->setText(d.billingModeText());
    m_itemCountValue->setText(locale.toString(d.itemCount));
    m_sizeValue->setText(tr("%1 (%2 bytes)")
                             .arg(locale.formattedDataSize(d.sizeBytes, 1, QLocale::DataSizeTraditionalFormat),
                                  locale.toString(d.sizeBytes)));
    m_createdValue->setText(d.creationTime.isValid()
                                ? locale.toString(d.creationTime.toLocalTime(), QLocale::ShortFormat)
                                : tr("Unknown"));

    // Live refreshes of the same table keep the reader's scroll position.
    const QString json = QString::fromStdString(d.raw.dump(2, ' ', false, nlohmann::json::error_handler_t::replace));
    if (json != m_shownJson) {
        const int scroll = sameTable ? m_jsonView->verticalScrollBar()->value() : 0;
        m_jsonView->setPlainText(json);
        m_jsonView->verticalScrollBar()->setValue(scroll);
        m_shownJson = json;
    }
    m_stack->setCurrentWidget(m_content);
}

}  // namespace shardscope::ui
