#include "panes/items_query_bar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace shardscope::ui {

ItemsQueryBar::ItemsQueryBar(QWidget* parent)
    : QWidget(parent),
      m_source(new QComboBox(this)),
      m_mode(new QComboBox(this)),
      m_partitionLabel(new QLabel(this)),
      m_partitionValue(new QLineEdit(this)),
      m_sortLabel(new QLabel(this)),
      m_sortOp(new QComboBox(this)),
      m_sortValue(new QLineEdit(this)),
      m_andLabel(new QLabel(tr("and"), this)),
      m_sortValue2(new QLineEdit(this)),
      m_order(new QComboBox(this)),
      m_run(new QPushButton(tr("Run"), this)) {
    m_source->setObjectName(QStringLiteral("itemsSourceCombo"));
    m_source->setToolTip(tr("Read the table or one of its secondary indexes"));
    m_source->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_mode->setObjectName(QStringLiteral("itemsModeCombo"));
    m_mode->addItem(tr("Scan"), int(ItemsQuery::Mode::Scan));
    m_mode->addItem(tr("Query"), int(ItemsQuery::Mode::Query));
    m_partitionValue->setObjectName(QStringLiteral("partitionValueEdit"));
    m_partitionValue->setPlaceholderText(tr("partition key value"));
    m_partitionValue->setMinimumWidth(120);
    m_sortOp->setObjectName(QStringLiteral("sortOpCombo"));
    m_sortOp->addItem(tr("any"), int(ItemsQuery::SortOp::None));
    m_sortOp->addItem(QStringLiteral("="), int(ItemsQuery::SortOp::Equal));
    m_sortOp->addItem(QStringLiteral("<"), int(ItemsQuery::SortOp::Less));
    m_sortOp->addItem(QStringLiteral("<="), int(ItemsQuery::SortOp::LessEqual));
    m_sortOp->addItem(QStringLiteral(">"), int(ItemsQuery::SortOp::Greater));
    m_sortOp->addItem(QStringLiteral(">="), int(ItemsQuery::SortOp::GreaterEqual));
    m_sortOp->addItem(tr("between"), int(ItemsQuery::SortOp::Between));
    m_sortOp->addItem(tr("begins with"), int(ItemsQuery::SortOp::BeginsWith));
    m_sortValue->setObjectName(QStringLiteral("sortValueEdit"));
    m_sortValue->setPlaceholderText(tr("value"));
    m_sortValue2->setObjectName(QStringLiteral("sortValue2Edit"));
    m_sortValue2->setPlaceholderText(tr("upper bound"));
    m_order->setObjectName(QStringLiteral("sortOrderCombo"));
    m_order->addItem(tr("Ascending"), true);
    m_order->addItem(tr("Descending"), false);
    m_order->setToolTip(tr("ScanIndexForward: the order of the sort key"));
    m_run->setObjectName(QStringLiteral("runQueryButton"));
    m_run->setDefault(true);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_source);
    layout->addWidget(m_mode);
    layout->addSpacing(6);
    layout->addWidget(m_partitionLabel);
    layout->addWidget(m_partitionValue, 2);
    layout->addWidget(m_sortLabel);
    layout->addWidget(m_sortOp);
    layout->addWidget(m_sortValue, 1);
    layout->addWidget(m_andLabel);
    layout->addWidget(m_sortValue2, 1);
    layout->addWidget(m_order);
    layout->addStretch(0);
    layout->addWidget(m_run);

    connect(m_mode, &QComboBox::currentIndexChanged, this, &ItemsQueryBar::updateVisibility);
    connect(m_sortOp, &QComboBox::currentIndexChanged, this, &ItemsQueryBar::updateVisibility);
    connect(m_source, &QComboBox::currentIndexChanged, this, [this] {
        updateKeyLabels();
        updateVisibility();
    });
    connect(m_run, &QPushButton::clicked, this, &ItemsQueryBar::runRequested);
    for (QLineEdit* edit : {m_partitionValue, m_sortValue, m_sortValue2})
        connect(edit, &QLineEdit::returnPressed, this, &ItemsQueryBar::runRequested);
    updateKeyLabels();
    updateVisibility();
}

void ItemsQueryBar::setSources(const QList<ItemsSource>& sources) {
    const QString current = currentSource().indexName;
    const QSignalBlocker blocker(m_source);
    m_sources = sources;
    m_source->clear();
    for (const ItemsSource& source : sources)
        m_source->addItem(source.displayName(), source.indexName);
    const int index = m_source->findData(current);
    m_source->setCurrentIndex(index >= 0 ? index : 0);
    updateKeyLabels();
    updateVisibility();
}

ItemsSource ItemsQueryBar::currentSource() const {
    const int index = m_source->currentIndex();
    return index >= 0 && index < m_sources.size() ? m_sources.at(index) : ItemsSource();
}

bool ItemsQueryBar::selectSource(const QString& indexName) {
    const int index = m_source->findData(indexName);
    if (index < 0)
        return false;
    m_source->setCurrentIndex(index);
    return true;
}

ItemsQuery ItemsQueryBar::query() const {
    ItemsQuery query;
    query.source = currentSource();
    query.mode = static_cast<ItemsQuery::Mode>(m_mode->currentData().toInt());
    if (query.mode == ItemsQuery::Mode::Query) {
        query.partitionValue = m_partitionValue->text();
        if (query.source.sortKey) {
            query.sortOp = static_cast<ItemsQuery::SortOp>(m_sortOp->currentData().toInt());
            query.sortValue = m_sortValue->text();
            query.sortValue2 = m_sortValue2->text();
        }
        query.forward = m_order->currentData().toBool();
    }
    return query;
}

void ItemsQueryBar::setQuery(const ItemsQuery& query) {
    selectSource(query.source.indexName);
    m_mode->setCurrentIndex(m_mode->findData(int(query.mode)));
    m_partitionValue->setText(query.partitionValue);
    m_sortOp->setCurrentIndex(m_sortOp->findData(int(query.sortOp)));
    m_sortValue->setText(query.sortValue);
    m_sortValue2->setText(query.sortValue2);
    m_order->setCurrentIndex(m_order->findData(query.forward));
}

void ItemsQueryBar::updateKeyLabels() {
    const ItemsSource source = currentSource();
    auto label = [](const KeyAttribute& key) {
        return key.type.isEmpty() ? key.name : QStringLiteral("%1 (%2)").arg(key.name, key.type);
    };
    m_partitionLabel->setText(source.isValid() ? label(source.partitionKey) + QStringLiteral(" =") : QString());
    m_sortLabel->setText(source.sortKey ? label(*source.sortKey) : QString());
}

void ItemsQueryBar::updateVisibility() {
    const bool isQuery = m_mode->currentData().toInt() == int(ItemsQuery::Mode::Query);
    const bool hasSort = currentSource().sortKey.has_value();
    const auto sortOp = static_cast<ItemsQuery::SortOp>(m_sortOp->currentData().toInt());
    m_partitionLabel->setVisible(isQuery);
    m_partitionValue->setVisible(isQuery);
    m_sortLabel->setVisible(isQuery && hasSort);
    m_sortOp->setVisible(isQuery && hasSort);
    m_sortValue->setVisible(isQuery && hasSort && sortOp != ItemsQuery::SortOp::None);
    m_andLabel->setVisible(isQuery && hasSort && sortOp == ItemsQuery::SortOp::Between);
    m_sortValue2->setVisible(isQuery && hasSort && sortOp == ItemsQuery::SortOp::Between);
    m_order->setVisible(isQuery);
}

}  // namespace shardscope::ui
