// ItemsImportReader: reads an import file into DynamoDB-JSON items on its own
// thread, a chunk at a time, so the GUI thread never waits for the disk or
// the parser and memory stays bounded however big the file is.
//
// Formats:
//  - CSV: a header row names the attributes; RFC 4180 quoting (fields may span
//    lines). Key columns are typed as ItemsImportOptions says (S, N or B as
//    base64); other non-empty fields become S, or N when detectNumbers is set
//    and the field is a plain decimal number the engine accepts. Empty fields
//    are left out of the item.
//  - DynamoDB JSON: one {"Item": {...}} per line (DynamoDB's export format; a
//    bare item per line is accepted too), or a JSON array of such objects,
//    streamed element by element.
// A malformed record stops reading with an error naming its line (or array
// element).
//
// The reader keeps at most kMaxQueuedChunks chunks ready; the consumer takes
// them with takeChunk() when chunkReady() says one is there.
//
// Thread-safety: create, call and destroy it on one thread (the GUI thread);
// signals arrive there, queued. Destruction cancels and joins the thread.
#pragma once

#include <nlohmann/json.hpp>

#include <QObject>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <vector>

class QThread;

namespace shardscope::ui {

struct ItemsImportOptions {
    enum class Format { Csv, DynamoDbJson };
    QString path;
    Format format = Format::DynamoDbJson;
    QString partitionKey;       // CSV: the key columns and their types ("S", "N", "B")
    QString partitionKeyType = QStringLiteral("S");
    QString sortKey;            // empty if the table has none
    QString sortKeyType = QStringLiteral("S");
    bool detectNumbers = false; // CSV: plain numbers in non-key columns become N
};

class ItemsImportReader : public QObject {
    Q_OBJECT

public:
    static constexpr int kChunkItems = 250;
    static constexpr int kMaxQueuedChunks = 4;

    explicit ItemsImportReader(ItemsImportOptions options, QObject* parent = nullptr);
    ~ItemsImportReader() override;

    // Starts the reader thread. Call once.
    void start();
    // Stops reading as soon as possible; finished() follows.
    void cancel();
    // Moves the oldest ready chunk into `*items`; false if none is ready.
    bool takeChunk(std::vector<nlohmann::json>* items);

    qint64 totalBytes() const { return m_totalBytes; }
    qint64 bytesRead() const { return m_bytesRead; }

    // One CSV field made a typed attribute value, as described above. Returns
    // false with a translated `*error` for a key field that does not fit its type.
    static bool csvValue(const QString& field, const QString& keyType, bool detectNumbers, nlohmann::json* value,
                         QString* error);

signals:
    // A chunk can be taken.
    void chunkReady();
    // Reading stopped: at the end of the file (empty `error`), on an error
    // (translated, with the line), or cancelled (empty `error`, cancel() called).
    void finished(const QString& error);

private:
    class Stop {};  // thrown inside the JSON parser's callback to abandon parsing

    void run();
    QString readCsv();
    QString readJson();
    // Queues `item`; flushes a full chunk, waiting while kMaxQueuedChunks are ready.
    // Throws Stop when cancelled.
    void emitItem(nlohmann::json item);
    void flush();

    ItemsImportOptions m_options;
    std::mutex m_mutex;
    std::condition_variable m_space;
    std::deque<std::vector<nlohmann::json>> m_chunks;  // guarded by m_mutex
    std::vector<nlohmann::json> m_pending;            // reader thread only
    std::atomic<bool> m_cancelled{false};
    std::atomic<qint64> m_bytesRead{0};
    qint64 m_totalBytes = 0;
    std::unique_ptr<QThread> m_thread;
};

}  // namespace shardscope::ui
