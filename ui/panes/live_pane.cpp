#include "panes/live_pane.h"

#include "backend/backend.h"
#include "backend/observation_snapshot.h"
#include "models/hot_keys_model.h"
#include "models/stream_follower.h"
#include "models/stream_tail_model.h"
#include "models/table_description.h"
#include "panes/empty_state_widget.h"
#include "charts/live_chart.h"
#include "charts/partition_strip.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace shardscope::ui {
namespace {

using nlohmann::json;

constexpr int kRefreshMillis = 1000;

QTableView* makeTable(QAbstractItemModel* model, QWidget* parent) {
    auto* view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}

QString units(double value) { return QLocale().toString(value, 'f', value < 10 && value != std::floor(value) ? 1 : 0); }

}  // namespace

LivePane::LivePane(std::shared_ptr<Backend> backend, QWidget* parent)
    : TablePane(parent),
      m_backend(std::move(backend)),
      m_stack(new QStackedWidget(this)),
      m_emptyState(new EmptyStateWidget(this)),
      m_hotKeysModel(new HotKeysModel(this)),
      m_follower(new StreamFollower(m_backend.get(), this)),
      m_streamModel(new StreamTailModel(this)) {
    setObjectName(QStringLiteral("live"));
    m_emptyState->setTitle(tr("No table selected"));
    m_emptyState->setText(tr("Select a table to watch its partitions, capacity, hot keys, stream and TTL sweeps live."));
    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(buildContent());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    m_timer.setInterval(kRefreshMillis);
    connect(&m_timer, &QTimer::timeout, this, &LivePane::refreshNow);
    connect(m_follower, &StreamFollower::recordsArrived, m_streamModel, &StreamTailModel::appendRecords);
    connect(m_follower, &StreamFollower::failed, this,
            [this](const QString& message) { m_streamLabel->setText(tr("Stream: %1").arg(message)); });
}

LivePane::~LivePane() = default;

QWidget* LivePane::buildContent() {
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);

    // Header: which resource, and its capacity in one line.
    auto* header = new QHBoxLayout;
    header->addWidget(new QLabel(tr("Show:"), content));
    m_resourceBox = new QComboBox(content);
    m_resourceBox->setToolTip(tr("The table or one of its global secondary indexes; each has its own partitions and capacity."));
    m_resourceBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    header->addWidget(m_resourceBox);
    m_capacityLabel = new QLabel(content);
    m_capacityLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    header->addWidget(m_capacityLabel, 1);
    layout->addLayout(header);

    m_notice = new QLabel(content);
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(QStringLiteral("QLabel { background: palette(alternate-base); border-radius: 4px; padding: 6px; }"));
    m_notice->hide();
    layout->addWidget(m_notice);

    // Partitions.
    m_partitionTitle = new QLabel(content);
    layout->addWidget(m_partitionTitle);
    m_strip = new PartitionStrip(content);
    m_strip->setToolTip(tr("One cell per partition, as wide as its share of the bytes, coloured by its consumed capacity "
                           "in the last second against its share: blue idle, amber at its share, red beyond. A red outline "
                           "marks a partition that throttled since the last update."));
    layout->addWidget(m_strip);

    // Charts.
    auto* charts = new QHBoxLayout;
    m_readChart = new LiveChart(tr("Read capacity"), content);
    m_readChart->addSeries(QStringLiteral("ConsumedReadCapacityUnits"), tr("Consumed"), QColor(0x2a, 0x7a, 0xd5), false, false);
    m_readChart->addSeries(QStringLiteral("ProvisionedReadCapacityUnits"), tr("Provisioned"), QColor(0x2a, 0x7a, 0xd5), true, true);
    m_writeChart = new LiveChart(tr("Write capacity"), content);
    m_writeChart->addSeries(QStringLiteral("ConsumedWriteCapacityUnits"), tr("Consumed"), QColor(0x1f, 0x9e, 0x6e), false, false);
    m_writeChart->addSeries(QStringLiteral("ProvisionedWriteCapacityUnits"), tr("Provisioned"), QColor(0x1f, 0x9e, 0x6e), true, true);
    m_throttleChart = new LiveChart(tr("Throttle events"), content);
    m_throttleChart->addSeries(QStringLiteral("ReadThrottleEvents"), tr("Reads"), QColor(0xe0, 0x8e, 0x0b), false, false);
    m_throttleChart->addSeries(QStringLiteral("WriteThrottleEvents"), tr("Writes"), QColor(0xd6, 0x3c, 0x2f), false, false);
    charts->addWidget(m_readChart);
    charts->addWidget(m_writeChart);
    charts->addWidget(m_throttleChart);
    layout->addLayout(charts, 3);

    // Hot keys | stream tail | TTL.
    auto* bottom = new QSplitter(Qt::Horizontal, content);
    auto* hotBox = new QGroupBox(tr("Hot keys"), bottom);
    auto* hotLayout = new QVBoxLayout(hotBox);
    m_ruleBox = new QComboBox(hotBox);
    m_ruleBox->addItem(tr("Most accessed partition keys"), QStringLiteral("AccessedPartitionKeys"));
    m_ruleBox->addItem(tr("Most throttled partition keys"), QStringLiteral("ThrottledPartitionKeys"));
    m_ruleBox->addItem(tr("Most accessed items (partition + sort key)"), QStringLiteral("AccessedItemKeys"));
    m_ruleBox->addItem(tr("Most throttled items (partition + sort key)"), QStringLiteral("ThrottledItemKeys"));
    m_ruleBox->setToolTip(tr("Contributor-Insights rules over the last minute; counts are capacity units "
                             "(writes weigh three times reads) or throttled requests."));
    // Long rule names must not widen the box: the stream beside it needs the room.
    m_ruleBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_ruleBox->setMinimumContentsLength(16);
    hotLayout->addWidget(m_ruleBox);
    m_hotKeysView = makeTable(m_hotKeysModel, hotBox);
    m_hotKeysView->horizontalHeader()->setSectionResizeMode(HotKeysModel::Key, QHeaderView::Stretch);
    m_hotKeysView->horizontalHeader()->setSectionResizeMode(HotKeysModel::Rank, QHeaderView::ResizeToContents);
    m_hotKeysView->horizontalHeader()->setSectionResizeMode(HotKeysModel::Count, QHeaderView::ResizeToContents);
    m_hotKeysView->horizontalHeader()->setSectionResizeMode(HotKeysModel::Share, QHeaderView::ResizeToContents);
    hotLayout->addWidget(m_hotKeysView);
    connect(m_ruleBox, &QComboBox::currentIndexChanged, this, &LivePane::showHotKeys);

    auto* streamBox = new QGroupBox(tr("Stream"), bottom);
    auto* streamLayout = new QVBoxLayout(streamBox);
    m_streamLabel = new QLabel(streamBox);
    m_streamLabel->setWordWrap(true);
    streamLayout->addWidget(m_streamLabel);
    m_streamView = makeTable(m_streamModel, streamBox);
    m_streamView->horizontalHeader()->setSectionResizeMode(StreamTailModel::Keys, QHeaderView::Stretch);
    m_streamView->horizontalHeader()->setSectionResizeMode(StreamTailModel::Time, QHeaderView::ResizeToContents);
    m_streamView->horizontalHeader()->setSectionResizeMode(StreamTailModel::Event, QHeaderView::ResizeToContents);
    m_streamView->horizontalHeader()->setSectionResizeMode(StreamTailModel::Size, QHeaderView::ResizeToContents);
    streamLayout->addWidget(m_streamView);

    auto* ttlBox = new QGroupBox(tr("TTL sweeper"), bottom);
    ttlBox->setMinimumWidth(ttlBox->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 22);
    auto* ttlLayout = new QVBoxLayout(ttlBox);
    m_ttlProgress = new QProgressBar(ttlBox);
    m_ttlProgress->setToolTip(tr("The partition the sweeper is walking, of all partitions of the table."));
    ttlLayout->addWidget(m_ttlProgress);
    m_ttlLabel = new QLabel(ttlBox);
    m_ttlLabel->setWordWrap(true);
    m_ttlLabel->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    ttlLayout->addWidget(m_ttlLabel, 1);
    bottom->addWidget(hotBox);
    bottom->addWidget(streamBox);
    bottom->addWidget(ttlBox);
    // The stream's keys need the width most; the TTL box the least.
    bottom->setStretchFactor(0, 4);
    bottom->setStretchFactor(1, 5);
    bottom->setStretchFactor(2, 1);
    // Initial widths in the same proportion (the tables' size hints would
    // otherwise decide, and squeeze the stream).
    bottom->setSizes({400, 450, 170});
    layout->addWidget(bottom, 2);

    connect(m_resourceBox, &QComboBox::currentIndexChanged, this, [this] {
        // Another resource has other series and hot keys: ask at once.
        m_readChart->clear();
        m_writeChart->clear();
        m_throttleChart->clear();
        m_strip->clear();
        ++m_generation;
        m_requestInFlight = false;
        requestSnapshot();
    });
    return content;
}

void LivePane::showTable(const TableDescription* description) {
    if (!description) {
        m_tableName.clear();
        ++m_generation;
        m_requestInFlight = false;
        m_follower->follow(QString());
        m_streamModel->clear();
        m_stack->setCurrentWidget(m_emptyState);
        m_timer.stop();
        return;
    }
    const bool sameTable = description->name == m_tableName;
    m_tableName = description->name;
    m_stack->setCurrentIndex(1);

    // Resources: the table and its GSIs (LSIs share the table's partitions).
    const QString current = sameTable ? m_resourceBox->currentData().toString() : QString();
    QStringList names;
    for (const IndexDescription& index : description->indexes)
        if (index.kind == IndexDescription::Kind::Global) names << index.name;
    QStringList existing;
    for (int i = 1; i < m_resourceBox->count(); ++i) existing << m_resourceBox->itemData(i).toString();
    if (!sameTable || existing != names) {
        const QSignalBlocker blocker(m_resourceBox);
        m_resourceBox->clear();
        m_resourceBox->addItem(tr("Table %1").arg(m_tableName), QString());
        for (const QString& n : names) m_resourceBox->addItem(tr("Index %1").arg(n), n);
        const int keep = m_resourceBox->findData(current);
        m_resourceBox->setCurrentIndex(keep >= 0 ? keep : 0);
    }

    m_tableKeys.clear();
    if (description->partitionKey) m_tableKeys << description->partitionKey->name;
    if (description->sortKey) m_tableKeys << description->sortKey->name;
    m_streamModel->setKeyOrder(m_tableKeys);
    m_indexKeys.clear();
    for (const IndexDescription& index : description->indexes) {
        QStringList keys;
        if (index.partitionKey) keys << index.partitionKey->name;
        if (index.sortKey) keys << index.sortKey->name;
        m_indexKeys.insert(index.name, keys + m_tableKeys);
    }

    // The stream: followed while enabled.
    const json& raw = description->raw;
    const bool streamOn = raw.is_object() && raw.contains("StreamSpecification") && raw["StreamSpecification"].is_object() &&
                          raw["StreamSpecification"].value("StreamEnabled", false);
    const QString arn = streamOn && raw.contains("LatestStreamArn") && raw["LatestStreamArn"].is_string()
                            ? QString::fromStdString(raw["LatestStreamArn"].get<std::string>())
                            : QString();
    if (arn != m_follower->streamArn()) m_streamModel->clear();
    m_follower->follow(arn);
    m_streamText = arn.isEmpty() ? tr("Streams are off for this table; enable them in the table designer to see every change here.")
                                 : tr("Newest records first (%1).")
                                       .arg(QString::fromStdString(raw["StreamSpecification"].value("StreamViewType", std::string())));
    m_streamLabel->setText(m_streamText);

    if (!sameTable) {
        ++m_generation;
        m_requestInFlight = false;
        m_observationAvailable = true;
        m_notice->hide();
        m_snapshot = LiveSnapshot{};
        m_strip->clear();
        m_readChart->clear();
        m_writeChart->clear();
        m_throttleChart->clear();
        m_hotKeysModel->setKeys({}, QString());
    }
    if (isVisible()) {
        if (!m_timer.isActive()) m_timer.start();
        if (!sameTable) refreshNow();
    }
}

void LivePane::showEvent(QShowEvent* event) {
    TablePane::showEvent(event);
    if (!m_tableName.isEmpty()) {
        m_timer.start();
        refreshNow();
    }
}

void LivePane::hideEvent(QHideEvent* event) {
    // Nothing is polled for a tab nobody looks at.
    m_timer.stop();
    TablePane::hideEvent(event);
}

void LivePane::refreshNow() {
    if (m_tableName.isEmpty()) return;
    requestSnapshot();
    m_follower->poll();
}

void LivePane::requestSnapshot() {
    if (!m_backend || m_tableName.isEmpty() || m_requestInFlight || !m_observationAvailable) return;
    m_requestInFlight = true;
    const quint64 generation = m_generation;
    json request{{"TableName", m_tableName.toStdString()}};
    const QString index = m_resourceBox->currentData().toString();
    if (!index.isEmpty()) request["IndexName"] = index.toStdString();
    if (m_snapshot.nowMillis > 0) request["SinceMillis"] = m_snapshot.nowMillis - 1000LL * (LiveChart::windowSeconds() + 1);
    m_backend->call(QString::fromLatin1(kObserveTableOperation), request, this, [this, generation](const BackendReply& reply) {
        if (generation != m_generation) return;
        m_requestInFlight = false;
        if (!reply.ok()) {
            if (reply.error().type == QLatin1String("ResourceNotFoundException")) return;  // deleted; the list will notice
            m_observationAvailable = false;
            showUnavailable(reply.error().displayText());
            return;
        }
        const QString shown = m_resourceBox->currentData().toString();
        applySnapshot(LiveSnapshot::fromJson(reply.response(), shown.isEmpty() ? m_tableKeys : m_indexKeys.value(shown)));
    });
}

void LivePane::showUnavailable(const QString& why) {
    m_notice->setText(tr("Partitions, capacity, hot keys and TTL progress come from Shardscope's own engine and are not "
                         "available on this connection. The stream tail still works where the service offers the "
                         "Streams API.\n(%1)").arg(why));
    m_notice->show();
    m_capacityLabel->clear();
    m_partitionTitle->setText(tr("Partitions: not available"));
}

void LivePane::applySnapshot(const LiveSnapshot& snapshot) {
    m_snapshot = snapshot;
    m_notice->hide();
    showResource();
    m_readChart->update(snapshot);
    m_writeChart->update(snapshot);
    m_throttleChart->update(snapshot);
    showHotKeys();
    showTtl();
}

void LivePane::showResource() {
    const LiveResource* r = m_snapshot.resource(m_resourceBox->currentData().toString());
    if (!r) {
        m_strip->clear();
        m_capacityLabel->clear();
        return;
    }
    m_strip->setResource(*r);
    qint64 items = 0, bytes = 0;
    for (const LivePartition& p : r->partitions) {
        items += p.itemCount;
        bytes += p.sizeBytes;
    }
    const QLocale locale;
    m_partitionTitle->setText(tr("<b>Partitions</b>: %n partition(s), %1 items, %2", nullptr, static_cast<int>(r->partitions.size()))
                                  .arg(locale.toString(items), locale.formattedDataSize(bytes)));
    QString capacity;
    if (r->onDemand) {
        capacity = tr("On-demand · allowance %1 RCU / %2 WCU per second").arg(units(r->readAllowance), units(r->writeAllowance));
    } else {
        capacity = tr("Provisioned %1 RCU / %2 WCU · burst %3 / %4")
                       .arg(units(r->provisionedReadUnits), units(r->provisionedWriteUnits), units(r->readBurstBalance),
                            units(r->writeBurstBalance));
        if (r->readAutoScaling || r->writeAutoScaling) capacity += tr(" · auto scaling");
    }
    capacity += tr(" · throttled: %1 reads, %2 writes").arg(locale.toString(r->readThrottleEvents), locale.toString(r->writeThrottleEvents));
    if (!r->enforced) capacity += tr(" · not enforced");
    m_capacityLabel->setText(capacity);
}

void LivePane::showHotKeys() {
    const QString rule = m_ruleBox->currentData().toString();
    const bool throttled = rule.startsWith(QLatin1String("Throttled"));
    m_hotKeysModel->setKeys(m_snapshot.hotKeys.value(rule), throttled ? tr("Throttles") : tr("Units"));
}

void LivePane::showTtl() {
    const LiveTtl& t = m_snapshot.ttl;
    const QLocale locale;
    if (!t.enabled) {
        m_ttlProgress->setRange(0, 1);
        m_ttlProgress->setValue(0);
        m_ttlProgress->setFormat(tr("Off"));
        m_ttlLabel->setText(tr("Time to live is off for this table."));
        return;
    }
    m_ttlProgress->setRange(0, std::max(1, t.partitionCount));
    if (t.partition >= 0) {
        m_ttlProgress->setValue(t.partition + 1);
        m_ttlProgress->setFormat(tr("Partition %1 of %2").arg(t.partition + 1).arg(t.partitionCount));
    } else {
        m_ttlProgress->setValue(0);
        m_ttlProgress->setFormat(tr("Between sweeps"));
    }
    m_ttlLabel->setText(tr("Attribute <b>%1</b><br>Examined this sweep: %2<br>Deleted: %3<br>Expired, not yet deleted: %4<br>"
                           "Sweeps completed: %5")
                            .arg(t.attributeName.toHtmlEscaped(), locale.toString(t.itemsExamined), locale.toString(t.itemsDeleted),
                                 locale.toString(t.pendingExpired), locale.toString(t.sweepsCompleted)));
}

}  // namespace shardscope::ui
