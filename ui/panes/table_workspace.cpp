#include "panes/table_workspace.h"

#include "panes/table_details_pane.h"
#include "panes/table_pane.h"
#include "settings/settings.h"

namespace shardscope::ui {
namespace {

const QLatin1String kOverviewName("overview");

}  // namespace

TableWorkspace::TableWorkspace(Settings* settings, QWidget* parent)
    : QTabWidget(parent), m_settings(settings), m_detailsPane(new TableDetailsPane(this)) {
    setObjectName(QStringLiteral("tableWorkspace"));
    setDocumentMode(true);
    m_detailsPane->setObjectName(kOverviewName);
    m_adding = true;
    addTab(m_detailsPane, tr("Overview"));
    m_adding = false;
    if (m_settings)
        m_rememberedTab = m_settings->workspaceTab();
    connect(this, &QTabWidget::currentChanged, this, &TableWorkspace::rememberCurrentTab);
}

TableWorkspace::~TableWorkspace() = default;

int TableWorkspace::addPane(TablePane* pane, const QString& title) {
    Q_ASSERT(pane);
    m_adding = true;
    const int index = addTab(pane, title);
    m_adding = false;
    pane->showTable(currentDescription());
    if (!m_rememberedTab.isEmpty() && pane->objectName() == m_rememberedTab)
        setCurrentIndex(index);
    return index;
}

QList<TablePane*> TableWorkspace::panes() const {
    QList<TablePane*> result;
    for (int i = 0; i < count(); ++i)
        if (auto* pane = qobject_cast<TablePane*>(widget(i)))
            result.append(pane);
    return result;
}

void TableWorkspace::showNoSelection(bool hasTables) {
    m_detailsPane->showNoSelection(hasTables);
    if (m_description) {
        m_description.reset();
        forwardToPanes();
    }
}

void TableWorkspace::showLoading(const QString& tableName) {
    m_detailsPane->showLoading(tableName);
    if (m_description) {
        m_description.reset();
        forwardToPanes();
    }
}

void TableWorkspace::showDescription(const TableDescription& description) {
    m_detailsPane->showDescription(description);
    // Live refreshes re-describe the same table often; panes only hear of real changes.
    if (m_description && m_description->raw == description.raw)
        return;
    m_description = description;
    forwardToPanes();
}

void TableWorkspace::forwardToPanes() {
    const TableDescription* description = currentDescription();
    for (TablePane* pane : panes())
        pane->showTable(description);
}

void TableWorkspace::rememberCurrentTab() {
    if (m_adding)
        return;
    QWidget* current = currentWidget();
    if (!current || current->objectName().isEmpty())
        return;
    m_rememberedTab = current->objectName();
    if (m_settings)
        m_settings->setWorkspaceTab(m_rememberedTab);
}

}  // namespace shardscope::ui
