#include "models/live_snapshot.h"

#include "models/items_value_format.h"

#include <algorithm>

namespace shardscope::ui {
namespace {

using nlohmann::json;

double number(const json& object, const char* name) {
    const auto it = object.find(name);
    return it != object.end() && it->is_number() ? it->get<double>() : 0.0;
}

qint64 integer(const json& object, const char* name) {
    const auto it = object.find(name);
    return it != object.end() && it->is_number() ? it->get<qint64>() : 0;
}

bool flag(const json& object, const char* name) {
    const auto it = object.find(name);
    return it != object.end() && it->is_boolean() && it->get<bool>();
}

QString text(const json& object, const char* name) {
    const auto it = object.find(name);
    return it != object.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

quint64 unsignedText(const json& object, const char* name) {
    return text(object, name).toULongLong();
}

LiveResource readResource(const json& r) {
    LiveResource out;
    if (!r.is_object()) return out;
    out.indexName = text(r, "IndexName");
    out.onDemand = flag(r, "OnDemand");
    out.enforced = flag(r, "Enforced");
    out.provisionedReadUnits = number(r, "ProvisionedReadCapacityUnits");
    out.provisionedWriteUnits = number(r, "ProvisionedWriteCapacityUnits");
    out.readAllowance = number(r, "ReadAllowance");
    out.writeAllowance = number(r, "WriteAllowance");
    out.readBurstBalance = number(r, "ReadBurstBalance");
    out.writeBurstBalance = number(r, "WriteBurstBalance");
    out.readThrottleEvents = integer(r, "ReadThrottleEvents");
    out.writeThrottleEvents = integer(r, "WriteThrottleEvents");
    if (const auto a = r.find("ReadAutoScaling"); a != r.end() && a->is_object()) out.readAutoScaling = flag(*a, "Enabled");
    if (const auto a = r.find("WriteAutoScaling"); a != r.end() && a->is_object()) out.writeAutoScaling = flag(*a, "Enabled");
    out.contributorInsights = flag(r, "ContributorInsights");
    if (const auto ps = r.find("Partitions"); ps != r.end() && ps->is_array()) {
        for (const json& p : *ps) {
            if (!p.is_object()) continue;
            LivePartition lp;
            lp.index = static_cast<int>(integer(p, "Index"));
            lp.hashLow = unsignedText(p, "HashLow");
            lp.hashHigh = unsignedText(p, "HashHigh");
            lp.itemCount = integer(p, "ItemCount");
            lp.sizeBytes = integer(p, "SizeBytes");
            lp.consumedReadUnits = number(p, "ConsumedReadUnits");
            lp.consumedWriteUnits = number(p, "ConsumedWriteUnits");
            lp.readUnitsLastSecond = number(p, "ReadUnitsLastSecond");
            lp.writeUnitsLastSecond = number(p, "WriteUnitsLastSecond");
            lp.readThrottles = integer(p, "ReadThrottles");
            lp.writeThrottles = integer(p, "WriteThrottles");
            out.partitions.append(lp);
        }
    }
    return out;
}

double share(double capacity, qsizetype partitions) {
    return std::max(1.0, capacity / static_cast<double>(std::max<qsizetype>(1, partitions)));
}

}  // namespace

double LiveResource::readShare() const {
    return share(onDemand ? readAllowance : provisionedReadUnits, partitions.size());
}

double LiveResource::writeShare() const {
    return share(onDemand ? writeAllowance : provisionedWriteUnits, partitions.size());
}

QString liveKeyText(const json& key, const QStringList& order) {
    if (!key.is_object()) return QString();
    QStringList parts;
    auto part = [](const std::string& name, const json& value) {
        return QString::fromStdString(name) + QStringLiteral(" = ") + ItemsValueFormat::preview(value, 60);
    };
    for (const QString& name : order)
        if (const auto it = key.find(name.toStdString()); it != key.end()) parts << part(it.key(), it.value());
    for (auto it = key.begin(); it != key.end(); ++it)
        if (!order.contains(QString::fromStdString(it.key()))) parts << part(it.key(), it.value());
    return parts.join(QStringLiteral(" · "));
}

LiveSnapshot LiveSnapshot::fromJson(const json& answer, const QStringList& keyOrder) {
    LiveSnapshot out;
    if (!answer.is_object()) return out;
    out.nowMillis = integer(answer, "NowMillis");
    if (const auto t = answer.find("Table"); t != answer.end()) out.table = readResource(*t);
    if (const auto gs = answer.find("GlobalIndexes"); gs != answer.end() && gs->is_array())
        for (const json& g : *gs) out.globalIndexes.append(readResource(g));
    if (const auto series = answer.find("Series"); series != answer.end() && series->is_object()) {
        for (auto it = series->begin(); it != series->end(); ++it) {
            QList<QPointF> points;
            if (it->is_array())
                for (const json& p : *it)
                    if (p.is_array() && p.size() == 2 && p[0].is_number() && p[1].is_number())
                        points.append(QPointF(p[0].get<double>(), p[1].get<double>()));
            out.series.insert(QString::fromStdString(it.key()), points);
        }
    }
    if (const auto hot = answer.find("HotKeys"); hot != answer.end() && hot->is_object()) {
        for (auto it = hot->begin(); it != hot->end(); ++it) {
            QList<LiveHotKey> keys;
            if (it->is_array())
                for (const json& k : *it)
                    if (k.is_object())
                        keys.append({liveKeyText(k.value("Key", json::object()), keyOrder), number(k, "Count"), number(k, "Error")});
            out.hotKeys.insert(QString::fromStdString(it.key()), keys);
        }
    }
    if (const auto t = answer.find("Ttl"); t != answer.end() && t->is_object()) {
        out.ttl.enabled = flag(*t, "Enabled");
        out.ttl.attributeName = text(*t, "AttributeName");
        out.ttl.partitionCount = static_cast<int>(integer(*t, "PartitionCount"));
        const auto partition = t->find("Partition");
        out.ttl.partition = partition != t->end() && partition->is_number() ? partition->get<int>() : -1;
        out.ttl.itemsExamined = integer(*t, "ItemsExamined");
        out.ttl.itemsDeleted = integer(*t, "ItemsDeleted");
        out.ttl.pendingExpired = integer(*t, "PendingExpired");
        out.ttl.sweepsCompleted = integer(*t, "SweepsCompleted");
    }
    return out;
}

const LiveResource* LiveSnapshot::resource(const QString& indexName) const {
    if (indexName.isEmpty()) return &table;
    for (const LiveResource& g : globalIndexes)
        if (g.indexName == indexName) return &g;
    return nullptr;
}

}  // namespace shardscope::ui
