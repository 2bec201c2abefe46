#include "models/items_export_job.h"

#include "backend/backend.h"

namespace shardscope::ui {

ItemsExportJob::ItemsExportJob(std::shared_ptr<Backend> backend, ItemsQuery query, QString path,
                               ItemsExportWriter::Format format, QObject* parent)
    : QObject(parent),
      m_backend(std::move(backend)),
      m_query(std::move(query)),
      m_path(std::move(path)),
      m_writer(new ItemsExportWriter(m_path, format, m_query.source.keyAttributeNames(), this)) {
    Q_ASSERT(m_backend);
    connect(m_writer, &ItemsExportWriter::pageWritten, this, [this](qint64 items) {
        m_written = items;
        emit progressed(items);
        // The writer caught up: keep the pipeline full.
        if (m_running && !m_pageInFlight && !m_pagesDone && m_writer->queuedPages() < kMaxQueuedPages)
            requestPage();
    });
    connect(m_writer, &ItemsExportWriter::finished, this, &ItemsExportJob::onWriterFinished);
}

ItemsExportJob::~ItemsExportJob() = default;

void ItemsExportJob::start() {
    Q_ASSERT(!m_running);
    QString error;
    if (!m_query.build(&m_request, &error)) {
        m_running = true;
        finishWith(false, false, error);
        return;
    }
    m_running = true;
    m_writer->start();
    requestPage();
}

void ItemsExportJob::cancel() {
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    ++m_generation;  // the page in flight, if any, is dropped
    m_pageInFlight = false;
    m_writer->cancel();
}

void ItemsExportJob::requestPage() {
    nlohmann::json request = m_request;
    request["Limit"] = m_pageLimit;
    if (!m_nextKey.is_null())
        request["ExclusiveStartKey"] = m_nextKey;
    m_pageInFlight = true;
    const quint64 generation = m_generation;
    m_backend->call(m_query.operation(), request, this,
                    [this, generation](const BackendReply& reply) { onPage(generation, reply); });
}

void ItemsExportJob::onPage(quint64 generation, const BackendReply& reply) {
    if (generation != m_generation || !m_running)
        return;
    m_pageInFlight = false;
    if (!reply.ok()) {
        m_error = reply.error().displayText();
        m_writer->cancel();  // finishWith() follows from the writer
        return;
    }
    const nlohmann::json& response = reply.response();
    const nlohmann::json items = response.is_object() ? response.value("Items", nlohmann::json::array())
                                                      : nlohmann::json::array();
    if (items.is_array() && !items.empty()) {
        m_fetched += qint64(items.size());
        m_writer->write(items);
    }
    const nlohmann::json last = response.is_object() ? response.value("LastEvaluatedKey", nlohmann::json())
                                                     : nlohmann::json();
    if (last.is_object() && !last.empty()) {
        m_nextKey = last;
        if (m_writer->queuedPages() < kMaxQueuedPages)
            requestPage();
        return;
    }
    m_pagesDone = true;
    m_writer->finish();
}

void ItemsExportJob::onWriterFinished(bool ok, const QString& error) {
    if (!m_running)
        return;
    if (m_cancelled) {
        finishWith(false, true, tr("Export cancelled; “%1” was not written.").arg(m_path));
        return;
    }
    if (!m_error.isEmpty()) {
        finishWith(false, false, m_error);
        return;
    }
    if (!ok) {
        finishWith(false, false, error);
        return;
    }
    const int count = int(qMin<qint64>(m_written, INT_MAX));
    finishWith(true, false,
               (count == 1 ? tr("Exported 1 item to “%1”.") : tr("Exported %n items to “%1”.", "", count)).arg(m_path));
}

void ItemsExportJob::finishWith(bool ok, bool cancelled, const QString& message) {
    m_running = false;
    emit finished(ok, cancelled, message);
}

}  // namespace shardscope::ui
