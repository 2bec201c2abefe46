// StreamFollower: reads a table's DynamoDB stream as it grows, through the
// Backend (DescribeStream, GetShardIterator, GetRecords: the Streams API the
// engine serves on the same endpoint), and hands new records to whoever
// listens (the Live pane's StreamTailModel).
//
// Each poll() reads every known open shard once (a shard that returned a full
// page is read again at once, to catch up); every few polls the stream is
// described again to pick up the child shards of a rollover. New shards are
// read from TRIM_HORIZON (every page of DescribeStream's shard list), so the tail starts with the records still retained;
// an expired iterator resumes after the last sequence number seen. A shard
// that closes (no NextShardIterator) is dropped. Answers for a stream that is
// no longer followed are ignored (generation counter).
//
// Thread-safety: GUI thread only.
#pragma once

#include <nlohmann/json.hpp>

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

namespace shardscope::ui {

class Backend;

class StreamFollower : public QObject {
    Q_OBJECT

public:
    explicit StreamFollower(Backend* backend, QObject* parent = nullptr);

    // Follows `streamArn` (empty: nothing). The same ARN again keeps reading
    // where it was.
    void follow(const QString& streamArn);
    QString streamArn() const { return m_streamArn; }
    // One round of reads; does nothing while a round is still in flight.
    void poll();
    // Shards being read now.
    int openShardCount() const { return static_cast<int>(m_iterators.size()); }

signals:
    // GetRecords' "Records" array, oldest first; never empty.
    void recordsArrived(const nlohmann::json& records);
    // A request failed: the error's text, for the pane's status line.
    void failed(const QString& message);

private:
    // Describes the stream from `startShardId` on (empty: the first page), and
    // the following pages.
    void describe(const QString& startShardId = {});
    void requestIterator(const QString& shardId);
    void readShard(const QString& shardId);
    void finishOne();

    QPointer<Backend> m_backend;
    QString m_streamArn;
    quint64 m_generation = 0;
    QHash<QString, QString> m_iterators;        // shard id -> next iterator
    QHash<QString, QString> m_lastSequence;     // shard id -> last sequence number read
    QSet<QString> m_knownShards;                // every shard ever seen (closed ones too)
    int m_inFlight = 0;
    int m_pollsSinceDescribe = 0;
};

}  // namespace shardscope::ui
