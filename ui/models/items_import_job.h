// ItemsImportJob: imports a CSV or DynamoDB-JSON file into a table.
//
// An ItemsImportReader parses the file on its own thread; the job takes its
// chunks and feeds an ItemsBatchWriter (BatchWriteItem, 25 at a time,
// unprocessed items retried with backoff). Chunks are taken only while fewer
// than a few hundred writes wait, so neither side runs ahead of the other.
// cancel() stops both; items already acknowledged stay written (the message
// says how many).
//
// Thread-safety: GUI thread only, like the Backend it talks to.
#pragma once

#include "models/items_import_reader.h"

#include <QObject>
#include <QStringList>

#include <memory>

namespace shardscope::ui {

class Backend;
class ItemsBatchWriter;

class ItemsImportJob : public QObject {
    Q_OBJECT

public:
    // `keyNames`: the table's primary-key attributes (partition key first).
    ItemsImportJob(std::shared_ptr<Backend> backend, QString tableName, QStringList keyNames,
                   ItemsImportOptions options, QObject* parent = nullptr);
    ~ItemsImportJob() override;

    // Starts reading and writing. Call once.
    void start();
    // Stops; finished(false, true, ...) follows.
    void cancel();

    bool isRunning() const { return m_running; }
    qint64 writtenCount() const;
    qint64 bytesRead() const;
    qint64 totalBytes() const;
    // Retry delays of the batch writer (tests make them short).
    ItemsBatchWriter* writer() const { return m_writer; }

signals:
    void progressed(qint64 written, qint64 bytesRead, qint64 totalBytes);
    // `message` is translated: the error (with the line), or a summary.
    void finished(bool ok, bool cancelled, const QString& message);

private:
    void pump();
    void finishWith(bool ok, bool cancelled, const QString& message);
    QString stoppedText() const;  // "Import stopped after N items: %1"

    QString m_tableName;
    ItemsImportReader* m_reader;
    ItemsBatchWriter* m_writer;
    bool m_running = false;
    bool m_readerDone = false;
    bool m_cancelled = false;
};

}  // namespace shardscope::ui
