#include "panes/table_list_pane.h"

#include "delegates/table_list_delegate.h"
#include "models/table_list_model.h"
#include "panes/empty_state_widget.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace shardscope::ui {
namespace {

// Filters tables by name; a listed table keeps all its index rows, so typing
// a table's name never hides its indexes.
class TableFilterProxy : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override {
        return sourceParent.isValid() || QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
    }
};

}  // namespace

TableListPane::TableListPane(TableListModel* model, QWidget* parent)
    : QWidget(parent),
      m_model(model),
      m_proxy(new TableFilterProxy(this)),
      m_countLabel(new QLabel(this)),
      m_filter(new QLineEdit(this)),
      m_stack(new QStackedWidget(this)),
      m_view(new QTreeView(this)),
      m_emptyState(new EmptyStateWidget(this)) {
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(TableListModel::SortRole);
    m_proxy->setFilterKeyColumn(TableListModel::NameColumn);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    auto* title = new QLabel(tr("Tables"), this);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_countLabel->setObjectName(QStringLiteral("tableCountLabel"));
    m_countLabel->setForegroundRole(QPalette::PlaceholderText);

    m_filter->setObjectName(QStringLiteral("tableFilter"));
    m_filter->setPlaceholderText(tr("Filter tables"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setToolTip(tr("Show only the tables whose name contains this text (Ctrl+F)"));
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text);
        updatePlaceholder();
    });

    m_view->setObjectName(QStringLiteral("tableListView"));
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new TableListDelegate(m_view));
    // Tables are top-level rows; their secondary indexes are children.
    m_view->setRootIsDecorated(true);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(TableListModel::NameColumn, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    // Names (tables and, indented, their indexes) and the short columns keep
    // their full width; the key schema takes the room that is left and is
    // elided first when the pane is narrow.
    QHeaderView* header = m_view->header();
    header->setStretchLastSection(false);
    header->setMinimumSectionSize(48);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(TableListModel::KeySchemaColumn, QHeaderView::Stretch);

    m_emptyState->setObjectName(QStringLiteral("tableListEmptyState"));
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_emptyState);

    auto* headerRow = new QHBoxLayout;
    headerRow->addWidget(title);
    headerRow->addWidget(m_countLabel);
    headerRow->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 4, 8);
    layout->setSpacing(6);
    layout->addLayout(headerRow);
    layout->addWidget(m_filter);
    layout->addWidget(m_stack, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TableListPane::emitCurrentIfChanged);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex& insertedInto) {
        // A table's indexes show expanded when they first arrive; collapsing
        // one sticks, as refreshes update index rows in place.
        if (insertedInto.isValid())
            m_view->expand(insertedInto);
        updatePlaceholder();
        updateCount();
    });
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, [this] {
        updatePlaceholder();
        updateCount();
        emitCurrentIfChanged();
    });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        updatePlaceholder();
        updateCount();
        emitCurrentIfChanged();
    });
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &TableListPane::updatePlaceholder);
    connect(m_model, &TableListModel::loadingChanged, this, &TableListPane::updatePlaceholder);

    updatePlaceholder();
    updateCount();
}

void TableListPane::setCreateTableAction(QAction* action) {
    m_createAction = action;
    updatePlaceholder();
}

QString TableListPane::currentTable() const {
    return m_view->currentIndex().data(TableListModel::TableNameRole).toString();
}

bool TableListPane::selectTable(const QString& tableName) {
    const int sourceRow = m_model->rowOf(tableName);
    if (sourceRow < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, TableListModel::NameColumn));
    if (!index.isValid())
        return false;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

void TableListPane::updatePlaceholder() {
    if (m_proxy->rowCount() > 0) {
        m_stack->setCurrentWidget(m_view);
        return;
    }
    if (m_model->rowCount() > 0) {
        m_emptyState->setTitle(tr("No matching tables"));
        m_emptyState->setText(tr("No table name contains “%1”.").arg(m_filter->text()));
        m_emptyState->setAction(nullptr);
    } else if (!m_model->hasLoaded()) {
        m_emptyState->setTitle(tr("Loading tables…"));
        m_emptyState->setText(QString());
        m_emptyState->setAction(nullptr);
    } else {
        m_emptyState->setTitle(tr("No tables yet"));
        m_emptyState->setText(
            tr("Create a table here, or point an AWS SDK or the AWS CLI at the endpoint shown in the "
               "status bar."));
        m_emptyState->setAction(m_createAction);
    }
    m_stack->setCurrentWidget(m_emptyState);
}

void TableListPane::updateCount() {
    const int count = m_model->rowCount();
    m_countLabel->setText(count > 0 ? QLocale().toString(count) : QString());
}

void TableListPane::emitCurrentIfChanged() {
    const QString current = currentTable();
    if (current == m_current)
        return;
    m_current = current;
    emit currentTableChanged(m_current);
}

}  // namespace shardscope::ui
