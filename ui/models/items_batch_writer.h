// ItemsBatchWriter: writes many items to one table (puts or deletes) with
// BatchWriteItem, at most 25 requests per call and one call in flight, as
// DynamoDB requires and as a shared engine prefers.
//
// enqueue() takes write requests in DynamoDB's shape ({"PutRequest": {"Item":
// ...}} or {"DeleteRequest": {"Key": ...}}) and sending starts at once. A batch
// never holds two requests for the same key (DynamoDB refuses such a batch),
// so a file that writes one key twice is written in order. UnprocessedItems
// and throttling errors are retried with exponential backoff; any other error
// stops the writer with failed() and the engine's message. cancel() drops
// what is queued; a batch already sent may still be applied.
//
// Thread-safety: GUI thread only, like the Backend it talks to.
#pragma once

#include <nlohmann/json.hpp>

#include <QObject>
#include <QString>
#include <QStringList>

#include <deque>
#include <memory>
#include <vector>

class QTimer;

namespace shardscope::ui {

class Backend;
class BackendReply;

class ItemsBatchWriter : public QObject {
    Q_OBJECT

public:
    static constexpr int kBatchSize = 25;
    static constexpr int kMaxAttempts = 10;

    // `keyNames` are the table's primary-key attributes (partition key first).
    ItemsBatchWriter(std::shared_ptr<Backend> backend, QString tableName, QStringList keyNames,
                     QObject* parent = nullptr);
    ~ItemsBatchWriter() override;

    // Queues write requests; ignored after failed() or cancel().
    void enqueue(std::vector<nlohmann::json> requests);
    // Requests queued or in flight, not yet acknowledged.
    qint64 pendingCount() const { return qint64(m_queue.size()) + m_inFlight; }
    // Requests the backend has acknowledged.
    qint64 writtenCount() const { return m_written; }
    bool isIdle() const { return pendingCount() == 0; }
    bool hasFailed() const { return m_failed; }
    // Drops the queue and ignores the answer in flight.
    void cancel();
    // First retry delay and its cap (default 50 ms doubling up to 3.2 s).
    void setBackoff(int initialMillis, int maxMillis);

signals:
    void progressed(qint64 written);
    // Nothing is queued or in flight (emitted after each drain).
    void drained();
    // A batch failed for good; `text` is translated and carries the service's message.
    void failed(const QString& text);

private:
    void sendNext();
    void onReply(quint64 generation, std::vector<nlohmann::json> sent, const BackendReply& reply);
    void retryLater(std::vector<nlohmann::json> requests);
    std::string keyOf(const nlohmann::json& request) const;

    std::shared_ptr<Backend> m_backend;
    QString m_tableName;
    QStringList m_keyNames;
    std::deque<nlohmann::json> m_queue;
    qint64 m_inFlight = 0;
    qint64 m_written = 0;
    int m_attempt = 0;  // consecutive attempts that made no progress
    int m_initialBackoff = 50;
    int m_maxBackoff = 3200;
    quint64 m_generation = 0;
    bool m_failed = false;
    bool m_cancelled = false;
    QTimer* m_retryTimer;
};

}  // namespace shardscope::ui
