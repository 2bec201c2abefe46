// LiveSnapshot: one answer of the observation request (Shardscope.ObserveTable,
// backend/observation_snapshot.h) read into Qt-friendly fields for the Live
// pane: the partitions and capacity of a table and its GSIs, the metric series
// the charts draw, the hot-key lists and the TTL sweeper's progress.
//
// fromJson() never throws: missing or mistyped members read as empty/zero,
// so a malformed answer shows as an empty pane, not a crash.
//
// Thread-safety: plain value type.
#pragma once

#include <nlohmann/json.hpp>

#include <QHash>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

namespace shardscope::ui {

struct LivePartition {
    int index = 0;
    quint64 hashLow = 0;
    quint64 hashHigh = 0;
    qint64 itemCount = 0;
    qint64 sizeBytes = 0;
    double consumedReadUnits = 0;
    double consumedWriteUnits = 0;
    double readUnitsLastSecond = 0;
    double writeUnitsLastSecond = 0;
    qint64 readThrottles = 0;
    qint64 writeThrottles = 0;
};

// The table itself (indexName empty) or one GSI.
struct LiveResource {
    QString indexName;
    bool onDemand = false;
    bool enforced = false;
    double provisionedReadUnits = 0;
    double provisionedWriteUnits = 0;
    double readAllowance = 0;
    double writeAllowance = 0;
    double readBurstBalance = 0;
    double writeBurstBalance = 0;
    qint64 readThrottleEvents = 0;
    qint64 writeThrottleEvents = 0;
    bool readAutoScaling = false;
    bool writeAutoScaling = false;
    bool contributorInsights = false;
    QList<LivePartition> partitions;

    // What one partition may consume per second before it runs hot: the
    // resource's capacity (provisioned, or the on-demand allowance) shared
    // evenly, at least one unit.
    double readShare() const;
    double writeShare() const;
};

struct LiveHotKey {
    QString key;  // "pk = user#1 · sk = 42"
    double count = 0;
    double error = 0;
};

struct LiveTtl {
    bool enabled = false;
    QString attributeName;
    int partitionCount = 0;
    int partition = -1;
    qint64 itemsExamined = 0;
    qint64 itemsDeleted = 0;
    qint64 pendingExpired = 0;
    qint64 sweepsCompleted = 0;
};

struct LiveSnapshot {
    qint64 nowMillis = 0;
    LiveResource table;
    QList<LiveResource> globalIndexes;
    // CloudWatch metric name -> (start of second in ms since the epoch, sum).
    QHash<QString, QList<QPointF>> series;
    // Contributor-Insights rule -> top keys, hottest first
    // ("AccessedPartitionKeys", "ThrottledPartitionKeys", "AccessedItemKeys", "ThrottledItemKeys").
    QHash<QString, QList<LiveHotKey>> hotKeys;
    LiveTtl ttl;

    // `keyOrder`: see liveKeyText().
    static LiveSnapshot fromJson(const nlohmann::json& answer, const QStringList& keyOrder = {});
    // The table for an empty name, else the GSI of that name; null if unknown.
    const LiveResource* resource(const QString& indexName) const;
};

// "pk = user#1 · sk = 42" for a key in DynamoDB JSON ({"pk": {"S": "user#1"}}).
// Attributes named in `order` come first, in that order (the key schema:
// partition key, then sort key); the rest follow by name.
QString liveKeyText(const nlohmann::json& key, const QStringList& order = {});

}  // namespace shardscope::ui
