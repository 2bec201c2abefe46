// ItemsExportWriter: writes exported items to a file on its own thread, so
// the GUI thread never waits for the disk.
//
// The export job hands it pages (JSON arrays of items, as Scan/Query return
// them) with write(); the writer thread appends them to the file and reports
// pageWritten(). DynamoDB JSON files get one {"Item": {...}} object per line,
// as DynamoDB's export to S3 writes them. CSV files need every column in the
// header before the first row, and the columns are known only at the end: the
// writer spools the items to a temporary file and writes the CSV (header:
// `leadingColumns` first, then the other attributes by first appearance) when
// finish() is called. Cells are ItemsValueFormat::csvText(); fields are quoted
// as RFC 4180 says, lines end with CRLF.
//
// The target is written through QSaveFile: it appears complete or not at all;
// cancel() and failures leave an existing file untouched.
//
// Thread-safety: create, call and destroy it on one thread (the GUI thread);
// its signals are delivered there, queued. Destruction cancels and joins the
// writer thread (which stops at the next item).
#pragma once

#include <nlohmann/json.hpp>

#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>

class QThread;

namespace shardscope::ui {

class ItemsExportWriter : public QObject {
    Q_OBJECT

public:
    enum class Format { Csv, DynamoDbJson };

    ItemsExportWriter(QString path, Format format, QStringList leadingColumns, QObject* parent = nullptr);
    ~ItemsExportWriter() override;

    // Starts the writer thread. Call once.
    void start();
    // Queues a page (a JSON array of items). Never blocks.
    void write(nlohmann::json items);
    // No more pages: complete and commit the file, then finished().
    void finish();
    // Stops as soon as possible; the target is not written. finished() follows.
    void cancel();
    // Pages queued and not yet written.
    int queuedPages() const;

    // Quotes `field` for CSV if it needs it.
    static QString csvField(const QString& field);

signals:
    // `items` have been written so far (spooled, for CSV).
    void pageWritten(qint64 items);
    // The thread is done; `ok` with an empty error when the file is complete.
    void finished(bool ok, const QString& error);

private:
    void run();
    bool takePage(nlohmann::json* page, bool* done);

    QString m_path;
    Format m_format;
    QStringList m_leadingColumns;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<nlohmann::json> m_pages;  // guarded by m_mutex
    bool m_finishing = false;           // guarded by m_mutex
    std::atomic<bool> m_cancelled{false};
    std::unique_ptr<QThread> m_thread;
};

}  // namespace shardscope::ui
