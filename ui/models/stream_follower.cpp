#include "models/stream_follower.h"

#include "backend/backend.h"

namespace shardscope::ui {
namespace {

using nlohmann::json;

constexpr int kDescribeEveryPolls = 5;
constexpr int kRecordsPerRead = 1000;

std::string utf8(const QString& s) { return s.toStdString(); }

}  // namespace

StreamFollower::StreamFollower(Backend* backend, QObject* parent) : QObject(parent), m_backend(backend) {}

void StreamFollower::follow(const QString& streamArn) {
    if (streamArn == m_streamArn) return;
    ++m_generation;
    m_streamArn = streamArn;
    m_iterators.clear();
    m_lastSequence.clear();
    m_knownShards.clear();
    m_inFlight = 0;
    m_pollsSinceDescribe = kDescribeEveryPolls;  // describe on the next poll
}

void StreamFollower::poll() {
    if (!m_backend || m_streamArn.isEmpty() || m_inFlight > 0) return;
    if (++m_pollsSinceDescribe >= kDescribeEveryPolls) {
        m_pollsSinceDescribe = 0;
        describe();
    }
    for (auto it = m_iterators.cbegin(); it != m_iterators.cend(); ++it)
        if (!it.value().isEmpty()) readShard(it.key());
}

void StreamFollower::finishOne() {
    if (m_inFlight > 0) --m_inFlight;
}

void StreamFollower::describe(const QString& startShardId) {
    ++m_inFlight;
    const quint64 generation = m_generation;
    json request{{"StreamArn", utf8(m_streamArn)}};
    if (!startShardId.isEmpty()) request["ExclusiveStartShardId"] = utf8(startShardId);
    m_backend->call(QStringLiteral("DescribeStream"), request, this, [this, generation](const BackendReply& reply) {
        if (generation != m_generation) return;
        finishOne();
        if (!reply.ok()) {
            emit failed(reply.error().displayText());
            return;
        }
        const json& response = reply.response();
        const json description =
            response.contains("StreamDescription") && response["StreamDescription"].is_object() ? response["StreamDescription"] : json::object();
        const json shards = description.value("Shards", json::array());
        for (const json& shard : shards) {
            if (!shard.is_object()) continue;
            const QString id = QString::fromStdString(shard.value("ShardId", std::string()));
            if (id.isEmpty() || m_knownShards.contains(id)) continue;
            m_knownShards.insert(id);
            requestIterator(id);
        }
        // DescribeStream pages its shard list (100 a page).
        const auto last = description.find("LastEvaluatedShardId");
        if (last != description.end() && last->is_string()) describe(QString::fromStdString(last->get<std::string>()));
    });
}

void StreamFollower::requestIterator(const QString& shardId) {
    json request{{"StreamArn", utf8(m_streamArn)}, {"ShardId", utf8(shardId)}};
    if (const auto last = m_lastSequence.constFind(shardId); last != m_lastSequence.cend()) {
        request["ShardIteratorType"] = "AFTER_SEQUENCE_NUMBER";
        request["SequenceNumber"] = utf8(*last);
    } else {
        request["ShardIteratorType"] = "TRIM_HORIZON";
    }
    ++m_inFlight;
    const quint64 generation = m_generation;
    m_backend->call(QStringLiteral("GetShardIterator"), request, this, [this, generation, shardId](const BackendReply& reply) {
        if (generation != m_generation) return;
        finishOne();
        if (!reply.ok()) {
            // A shard trimmed away by retention has nothing left to read.
            if (reply.error().type != QLatin1String("ResourceNotFoundException")) emit failed(reply.error().displayText());
            return;
        }
        m_iterators.insert(shardId, QString::fromStdString(reply.response().value("ShardIterator", std::string())));
        readShard(shardId);
    });
}

void StreamFollower::readShard(const QString& shardId) {
    const QString iterator = m_iterators.value(shardId);
    if (iterator.isEmpty()) return;
    m_iterators[shardId].clear();  // in flight; the answer brings the next one
    ++m_inFlight;
    const quint64 generation = m_generation;
    m_backend->call(QStringLiteral("GetRecords"), json{{"ShardIterator", utf8(iterator)}, {"Limit", kRecordsPerRead}}, this,
                    [this, generation, shardId](const BackendReply& reply) {
                        if (generation != m_generation) return;
                        finishOne();
                        if (!reply.ok()) {
                            if (reply.error().type == QLatin1String("ExpiredIteratorException")) {
                                m_iterators.remove(shardId);
                                requestIterator(shardId);
                            } else {
                                m_iterators.remove(shardId);
                                emit failed(reply.error().displayText());
                            }
                            return;
                        }
                        const json& response = reply.response();
                        const json records = response.value("Records", json::array());
                        if (!records.empty()) {
                            const json& last = records.back();
                            const std::string sequence =
                                last.is_object() && last.contains("dynamodb") && last["dynamodb"].is_object()
                                    ? last["dynamodb"].value("SequenceNumber", std::string())
                                    : std::string();
                            if (!sequence.empty()) m_lastSequence.insert(shardId, QString::fromStdString(sequence));
                            emit recordsArrived(records);
                        }
                        const auto next = response.find("NextShardIterator");
                        if (next == response.end() || !next->is_string()) {
                            m_iterators.remove(shardId);  // closed shard, read to its end
                            return;
                        }
                        m_iterators.insert(shardId, QString::fromStdString(next->get<std::string>()));
                        // A full page means more is waiting: catch up without waiting for the next poll.
                        if (static_cast<int>(records.size()) >= kRecordsPerRead) readShard(shardId);
                    });
}

}  // namespace shardscope::ui
