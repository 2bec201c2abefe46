#include "models/items_import_job.h"

#include "models/items_batch_writer.h"

namespace shardscope::ui {
namespace {

// Writes waiting in the batch writer before the job takes another chunk.
constexpr qint64 kMaxPendingWrites = 2 * ItemsImportReader::kChunkItems;

// %n takes an int.
int count(qint64 n) {
    return int(qMin<qint64>(n, INT_MAX));
}

}  // namespace

ItemsImportJob::ItemsImportJob(std::shared_ptr<Backend> backend, QString tableName, QStringList keyNames,
                               ItemsImportOptions options, QObject* parent)
    : QObject(parent),
      m_tableName(tableName),
      m_reader(new ItemsImportReader(std::move(options), this)),
      m_writer(new ItemsBatchWriter(std::move(backend), std::move(tableName), std::move(keyNames), this)) {
    connect(m_reader, &ItemsImportReader::chunkReady, this, &ItemsImportJob::pump);
    connect(m_reader, &ItemsImportReader::finished, this, [this](const QString& error) {
        if (!m_running)
            return;
        m_readerDone = true;
        if (!error.isEmpty()) {
            m_writer->cancel();
            finishWith(false, false,
                       stoppedText()
                           .arg(error));
            return;
        }
        pump();
    });
    connect(m_writer, &ItemsBatchWriter::progressed, this, [this](qint64 written) {
        emit progressed(written, bytesRead(), totalBytes());
        pump();
    });
    connect(m_writer, &ItemsBatchWriter::drained, this, &ItemsImportJob::pump);
    connect(m_writer, &ItemsBatchWriter::failed, this, [this](const QString& text) {
        if (!m_running)
            return;
        m_reader->cancel();
        finishWith(false, false,
                   stoppedText().arg(text));
    });
}

ItemsImportJob::~ItemsImportJob() = default;

qint64 ItemsImportJob::writtenCount() const {
    return m_writer->writtenCount();
}

qint64 ItemsImportJob::bytesRead() const {
    return m_reader->bytesRead();
}

qint64 ItemsImportJob::totalBytes() const {
    return m_reader->totalBytes();
}

void ItemsImportJob::start() {
    Q_ASSERT(!m_running);
    m_running = true;
    m_reader->start();
}

void ItemsImportJob::cancel() {
    if (!m_running)
        return;
    m_cancelled = true;
    m_reader->cancel();
    m_writer->cancel();
    finishWith(false, true,
               (writtenCount() == 1 ? tr("Import cancelled; 1 item had been written.")
                                 : tr("Import cancelled; %n items had been written.", "", count(writtenCount()))));
}

void ItemsImportJob::pump() {
    if (!m_running || m_cancelled)
        return;
    std::vector<nlohmann::json> items;
    while (m_writer->pendingCount() < kMaxPendingWrites && m_reader->takeChunk(&items)) {
        std::vector<nlohmann::json> requests;
        requests.reserve(items.size());
        for (nlohmann::json& item : items)
            requests.push_back({{"PutRequest", {{"Item", std::move(item)}}}});
        m_writer->enqueue(std::move(requests));
    }
    // Idle after the loop means no chunk was left to take.
    if (m_readerDone && m_writer->isIdle() && !m_writer->hasFailed())
        finishWith(true, false,
                   (writtenCount() == 1 ? tr("Imported 1 item into “%1”.")
                                        : tr("Imported %n items into “%1”.", "", count(writtenCount())))
                       .arg(m_tableName));
}

QString ItemsImportJob::stoppedText() const {
    return writtenCount() == 1 ? tr("Import stopped after 1 item: %1")
                               : tr("Import stopped after %n items: %1", "", count(writtenCount()));
}

void ItemsImportJob::finishWith(bool ok, bool cancelled, const QString& message) {
    if (!m_running)
        return;
    m_running = false;
    emit progressed(writtenCount(), bytesRead(), totalBytes());
    emit finished(ok, cancelled, message);
}

}  // namespace shardscope::ui
