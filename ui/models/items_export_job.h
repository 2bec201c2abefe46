// ItemsExportJob: exports every item of a Scan or Query (all pages, not just
// the ones a view has loaded) to a CSV or DynamoDB-JSON file.
//
// The job pages through the backend itself (LastEvaluatedKey to
// ExclusiveStartKey) and hands each page to an ItemsExportWriter, which writes
// on its own thread. At most a few pages wait for the writer; the next page is
// requested when the writer catches up, so memory stays bounded however big
// the table is. cancel() stops paging, drops answers still in flight (they
// carry the job's generation) and leaves the target file untouched.
//
// Thread-safety: GUI thread only, like the Backend it talks to.
#pragma once

#include "models/items_export_writer.h"
#include "models/items_query.h"

#include <nlohmann/json.hpp>

#include <QObject>

#include <memory>

namespace shardscope::ui {

class Backend;
class BackendReply;

class ItemsExportJob : public QObject {
    Q_OBJECT

public:
    static constexpr int kPageLimit = 1000;
    static constexpr int kMaxQueuedPages = 3;

    ItemsExportJob(std::shared_ptr<Backend> backend, ItemsQuery query, QString path,
                   ItemsExportWriter::Format format, QObject* parent = nullptr);
    ~ItemsExportJob() override;

    // Starts paging. Call once.
    void start();
    // Stops; finished(false, true, ...) follows.
    void cancel();

    bool isRunning() const { return m_running; }
    qint64 exportedCount() const { return m_written; }
    qint64 fetchedCount() const { return m_fetched; }
    // Items per request (default kPageLimit).
    void setPageLimit(int items) { m_pageLimit = qMax(1, items); }

signals:
    // `exported` items are in the file (or its spool).
    void progressed(qint64 exported);
    // `ok`: the file is complete. `cancelled`: the user stopped it. `message` is
    // translated: the error, or a summary on success.
    void finished(bool ok, bool cancelled, const QString& message);

private:
    void requestPage();
    void onPage(quint64 generation, const BackendReply& reply);
    void onWriterFinished(bool ok, const QString& error);
    void finishWith(bool ok, bool cancelled, const QString& message);

    std::shared_ptr<Backend> m_backend;
    ItemsQuery m_query;
    QString m_path;
    nlohmann::json m_request;
    ItemsExportWriter* m_writer;
    nlohmann::json m_nextKey;
    quint64 m_generation = 0;
    int m_pageLimit = kPageLimit;
    qint64 m_fetched = 0;
    qint64 m_written = 0;
    bool m_running = false;
    bool m_pageInFlight = false;
    bool m_pagesDone = false;
    bool m_cancelled = false;
    QString m_error;
};

}  // namespace shardscope::ui
