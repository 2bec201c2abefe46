#include "models/items_batch_writer.h"

#include "backend/backend.h"

#include <QTimer>

#include <set>

namespace shardscope::ui {
namespace {

bool isThrottling(const QString& type) {
    return type == QLatin1String("ProvisionedThroughputExceededException") ||
           type == QLatin1String("ThrottlingException") || type == QLatin1String("RequestLimitExceeded") ||
           type == QLatin1String("InternalServerError") || type == QLatin1String("ServiceUnavailableException");
}

}  // namespace

ItemsBatchWriter::ItemsBatchWriter(std::shared_ptr<Backend> backend, QString tableName, QStringList keyNames,
                                   QObject* parent)
    : QObject(parent),
      m_backend(std::move(backend)),
      m_tableName(std::move(tableName)),
      m_keyNames(std::move(keyNames)),
      m_retryTimer(new QTimer(this)) {
    Q_ASSERT(m_backend);
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &ItemsBatchWriter::sendNext);
}

ItemsBatchWriter::~ItemsBatchWriter() = default;

void ItemsBatchWriter::enqueue(std::vector<nlohmann::json> requests) {
    if (m_failed || m_cancelled)
        return;
    for (nlohmann::json& request : requests)
        m_queue.push_back(std::move(request));
    if (m_inFlight == 0 && !m_retryTimer->isActive())
        sendNext();
}

void ItemsBatchWriter::cancel() {
    m_cancelled = true;
    ++m_generation;
    m_queue.clear();
    m_inFlight = 0;
    m_retryTimer->stop();
}

void ItemsBatchWriter::setBackoff(int initialMillis, int maxMillis) {
    m_initialBackoff = qMax(0, initialMillis);
    m_maxBackoff = qMax(m_initialBackoff, maxMillis);
}

std::string ItemsBatchWriter::keyOf(const nlohmann::json& request) const {
    const nlohmann::json* source = nullptr;
    if (auto put = request.find("PutRequest"); put != request.end() && put->contains("Item"))
        source = &(*put)["Item"];
    else if (auto del = request.find("DeleteRequest"); del != request.end() && del->contains("Key"))
        source = &(*del)["Key"];
    if (!source || !source->is_object())
        return {};
    std::string key;
    for (const QString& name : m_keyNames) {
        const auto value = source->find(name.toStdString());
        key += value == source->end() ? std::string("-") : value->dump();
        key += '\x1f';
    }
    return key;
}

void ItemsBatchWriter::sendNext() {
    if (m_inFlight > 0 || m_queue.empty() || m_failed || m_cancelled)
        return;
    std::vector<nlohmann::json> batch;
    std::set<std::string> keys;
    while (!m_queue.empty() && int(batch.size()) < kBatchSize) {
        // A second write of the same key waits for the next batch.
        const std::string key = keyOf(m_queue.front());
        if (!key.empty() && !keys.insert(key).second)
            break;
        batch.push_back(std::move(m_queue.front()));
        m_queue.pop_front();
    }
    m_inFlight = qint64(batch.size());
    nlohmann::json request = {{"RequestItems", {{m_tableName.toStdString(), batch}}}};
    const quint64 generation = m_generation;
    m_backend->call(QStringLiteral("BatchWriteItem"), request, this,
                    [this, generation, sent = std::move(batch)](const BackendReply& reply) mutable {
                        onReply(generation, std::move(sent), reply);
                    });
}

void ItemsBatchWriter::onReply(quint64 generation, std::vector<nlohmann::json> sent, const BackendReply& reply) {
    if (generation != m_generation)
        return;
    m_inFlight = 0;
    if (!reply.ok()) {
        if (isThrottling(reply.error().type) && m_attempt + 1 < kMaxAttempts) {
            retryLater(std::move(sent));
            return;
        }
        m_failed = true;
        m_queue.clear();
        emit failed(reply.error().displayText());
        return;
    }
    std::vector<nlohmann::json> unprocessed;
    const nlohmann::json& response = reply.response();
    if (auto all = response.find("UnprocessedItems"); all != response.end() && all->is_object())
        if (auto mine = all->find(m_tableName.toStdString()); mine != all->end() && mine->is_array())
            unprocessed.assign(mine->begin(), mine->end());
    const qint64 done = qint64(sent.size()) - qint64(unprocessed.size());
    m_written += qMax<qint64>(0, done);
    // Decide what is sent next before telling anyone, so a listener that
    // enqueues more cannot overtake the unprocessed requests.
    if (!unprocessed.empty()) {
        if (done > 0)
            m_attempt = 0;
        if (m_attempt + 1 >= kMaxAttempts) {
            m_failed = true;
            m_queue.clear();
            const int count = int(unprocessed.size());
            emit failed((count == 1 ? tr("The backend left 1 item unprocessed after %1 attempts; it is probably "
                                         "throttling.")
                                    : tr("The backend left %n items unprocessed after %1 attempts; it is probably "
                                         "throttling.",
                                         "", count))
                            .arg(kMaxAttempts));
            return;
        }
        retryLater(std::move(unprocessed));
    } else {
        m_attempt = 0;
        sendNext();
    }
    if (done > 0)
        emit progressed(m_written);
    if (isIdle())
        emit drained();
}

void ItemsBatchWriter::retryLater(std::vector<nlohmann::json> requests) {
    // Unprocessed requests go first, in their order, so a later write of the same key stays later.
    for (auto it = requests.rbegin(); it != requests.rend(); ++it)
        m_queue.push_front(std::move(*it));
    const int delay = qMin(m_maxBackoff, m_initialBackoff << qMin(m_attempt, 16));
    ++m_attempt;
    m_retryTimer->start(delay);
}

}  // namespace shardscope::ui
