// UpdateTable: billing mode, provisioned throughput (table and GSIs), online
// GSI creation and deletion, streams, table class and deletion protection.
//
// Changes to capacity, class and protection take effect at once (the local
// engine has no fleet to reconfigure), so the answer says UPDATING as the
// service does and the table is ACTIVE again by the next call. Index
// creation and deletion run in the background (indexes/index_lifecycle.h);
// streams are switched by streams/stream_lifecycle.h.
#include "ops/table_ops.h"

#include "indexes/index_lifecycle.h"
#include "streams/stream_lifecycle.h"
#include "wire/request_reader.h"

#include <ctime>
#include <set>

namespace shardscope::engine::ops {
namespace {

using nlohmann::json;
constexpr const char* kInvalid = "One or more parameter values were invalid: ";
constexpr std::int64_t kMaxCapacity = 1'000'000'000'000LL;
constexpr int kFreeDecreasesPerDay = 4;
constexpr int kMaxDecreasesPerDay = 27;
constexpr double kSecondsBetweenLaterDecreases = 3600;

std::int64_t utcDay(double epochSeconds) { return static_cast<std::int64_t>(epochSeconds) / 86400; }

std::string isoTime(double epochSeconds) {
    const std::time_t t = static_cast<std::time_t>(epochSeconds);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%a %b %d %H:%M:%S UTC %Y", &tm);
    return buf;
}

// Applies a new provisioned throughput to a ProvisionedThroughput
// description (a table's or a GSI's) with DynamoDB's rules on unchanged
// values and on the number of decreases per UTC day.
Status applyThroughput(json& current, const json& requested, double now, const std::string& resource) {
    const auto rcu = requested["ReadCapacityUnits"].get<std::int64_t>();
    const auto wcu = requested["WriteCapacityUnits"].get<std::int64_t>();
    for (const auto& [name, value] : {std::pair{"ReadCapacityUnits", rcu}, std::pair{"WriteCapacityUnits", wcu}})
        if (value > kMaxCapacity)
            return ApiError::validation("Given value " + std::to_string(value) + " for " + name + " is out of bounds");
    const auto curR = current.value("ReadCapacityUnits", 0LL);
    const auto curW = current.value("WriteCapacityUnits", 0LL);
    if (rcu == curR && wcu == curW)
        return ApiError::validation(
            "The provisioned throughput for the " + resource + " will not change. The requested value equals the current value. "
            "Current ReadCapacityUnits provisioned for the " + resource + ": " + std::to_string(curR) +
            ". Requested ReadCapacityUnits: " + std::to_string(rcu) + ". Current WriteCapacityUnits provisioned for the " +
            resource + ": " + std::to_string(curW) + ". Requested WriteCapacityUnits: " + std::to_string(wcu) +
            ". Refer to the Amazon DynamoDB Developer Guide for current limits and how to request higher limits.");
    const bool decrease = rcu < curR || wcu < curW;
    const bool increase = rcu > curR || wcu > curW;
    if (decrease) {
        const double last = current.value("LastDecreaseDateTime", 0.0);
        int today = current.value("NumberOfDecreasesToday", 0);
        if (utcDay(last) != utcDay(now)) today = 0;
        const bool waited = now - last >= kSecondsBetweenLaterDecreases;
        if (today >= kMaxDecreasesPerDay || (today >= kFreeDecreasesPerDay && !waited))
            return ApiError::limitExceeded(
                "Subscriber limit exceeded: Provisioned throughput decreases are limited within a given UTC day. After the "
                "first 4 decreases, each subsequent decrease in the same UTC day can be performed at most once every 3600 "
                "seconds. Number of decreases today: " + std::to_string(today) + ". Last decrease at " + isoTime(last) +
                ". Next decrease can be made at " + isoTime(last + kSecondsBetweenLaterDecreases));
        current["NumberOfDecreasesToday"] = today + 1;
        current["LastDecreaseDateTime"] = now;
    }
    if (increase) current["LastIncreaseDateTime"] = now;
    current["ReadCapacityUnits"] = rcu;
    current["WriteCapacityUnits"] = wcu;
    return Status::success();
}

json* findGlobalIndex(json& description, const std::string& name) {
    if (!description.contains("GlobalSecondaryIndexes")) return nullptr;
    for (auto& index : description["GlobalSecondaryIndexes"])
        if (index.value("IndexName", "") == name) return &index;
    return nullptr;
}

}  // namespace

Result<json> updateTable(OpContext& ctx, const json& request) {
    wire::RequestReader reader(request);
    const std::string* name = reader.string("TableName");
    reader.tableName("TableName", name, true, true);
    const std::string* billingMode = reader.string("BillingMode");
    reader.enumValue("BillingMode", billingMode, {"PROVISIONED", "PAY_PER_REQUEST"});
    const json* throughput = reader.object("ProvisionedThroughput");
    readProvisionedThroughput(reader, throughput, "provisionedThroughput");
    const json* definitions = reader.array("AttributeDefinitions");
    const json* indexUpdates = reader.array("GlobalSecondaryIndexUpdates");
    const json* streamSpec = reader.object("StreamSpecification");
    const std::string* tableClass = reader.string("TableClass");
    reader.enumValue("TableClass", tableClass, {"STANDARD", "STANDARD_INFREQUENT_ACCESS"});
    const auto deletionProtection = reader.boolean("DeletionProtectionEnabled");
    const json* sse = reader.object("SSESpecification");
    const json* replicas = reader.array("ReplicaUpdates");
    if (indexUpdates) {
        for (std::size_t i = 0; i < indexUpdates->size(); ++i) {
            const json& u = (*indexUpdates)[i];
            if (!u.is_object()) continue;
            if (u.contains("Update") && u["Update"].is_object())
                readProvisionedThroughput(reader, u["Update"].contains("ProvisionedThroughput") ? &u["Update"]["ProvisionedThroughput"] : nullptr,
                               "globalSecondaryIndexUpdates." + std::to_string(i + 1) + ".member.update.provisionedThroughput");
        }
    }
    SHARDSCOPE_TRY(reader.status());

    if (!throughput && !billingMode && !streamSpec && (!indexUpdates || indexUpdates->empty()) && !sse && !replicas &&
        !tableClass && !deletionProtection)
        return ApiError::validation("At least one of ProvisionedThroughput, BillingMode, UpdateStreamEnabled, "
                                    "GlobalSecondaryIndexUpdates or SSESpecification or ReplicaUpdates is required");
    if (replicas) return ApiError::validation("Global table replicas are not supported by this engine");
    if (streamSpec) SHARDSCOPE_TRY(validateStreamSpecification(*streamSpec));
    std::set<std::string> touched;
    if (indexUpdates) {
        for (const auto& u : *indexUpdates) {
            if (!u.is_object()) return ApiError::serialization("Expected map or null");
            const char* kinds[] = {"Update", "Create", "Delete"};
            std::string indexName;
            int actions = 0;
            for (const char* k : kinds)
                if (u.contains(k) && u[k].is_object()) {
                    ++actions;
                    indexName = u[k].value("IndexName", "");
                }
            if (actions != 1)
                return ApiError::validation(std::string(kInvalid) + "One of GlobalSecondaryIndexUpdate.Update, "
                                            "GlobalSecondaryIndexUpdate.Create, GlobalSecondaryIndexUpdate.Delete must not be null");
            if (!touched.insert(indexName).second)
                return ApiError::validation(std::string(kInvalid) +
                                            "Only one global secondary index update per index is allowed simultaneously. Index: " + indexName);
        }
    }

    TableSchema* table = resolveTable(ctx, *name);
    if (!table) return ApiError::resourceNotFound("Requested resource not found: Table: " + *name + " not found");
    json& d = table->description();
    const json before = d;
    const double now = ctx.engine.clock->nowSeconds();
    const bool wasOnDemand = d.contains("BillingModeSummary") && d["BillingModeSummary"].value("BillingMode", "") == "PAY_PER_REQUEST";
    const bool onDemand = billingMode ? *billingMode == "PAY_PER_REQUEST" : wasOnDemand;

    auto fail = [&](ApiError error) -> Result<json> {
        d = before;  // nothing of a refused update stays
        return error;
    };
    if (onDemand && throughput)
        return fail(ApiError::validation(std::string(kInvalid) +
                                         "Neither ReadCapacityUnits nor WriteCapacityUnits can be specified when BillingMode is PAY_PER_REQUEST"));
    if (billingMode && !onDemand && wasOnDemand && !throughput)
        return fail(ApiError::validation(std::string(kInvalid) +
                                         "ReadCapacityUnits and WriteCapacityUnits must both be specified when BillingMode is PROVISIONED"));
    if (billingMode) {
        d["BillingModeSummary"] = {{"BillingMode", *billingMode}};
        if (onDemand) d["BillingModeSummary"]["LastUpdateToPayPerRequestDateTime"] = now;
        if (onDemand) {
            d["ProvisionedThroughput"]["ReadCapacityUnits"] = 0;
            d["ProvisionedThroughput"]["WriteCapacityUnits"] = 0;
            if (d.contains("GlobalSecondaryIndexes"))
                for (auto& g : d["GlobalSecondaryIndexes"]) g["ProvisionedThroughput"] = {{"NumberOfDecreasesToday", 0}, {"ReadCapacityUnits", 0}, {"WriteCapacityUnits", 0}};
        }
    }
    if (throughput) {
        if (Status s = applyThroughput(d["ProvisionedThroughput"], *throughput, now, "table"); !s.ok())
            return fail(std::move(s).error());
    }
    if (indexUpdates) {
        for (const auto& u : *indexUpdates) {
            if (!u.contains("Update") || !u["Update"].is_object()) continue;
            const std::string indexName = u["Update"].value("IndexName", "");
            json* index = findGlobalIndex(d, indexName);
            if (!index)
                return fail(ApiError::resourceNotFound("Requested resource not found: Index: " + indexName + " not found"));
            if (onDemand && !u["Update"].contains("OnDemandThroughput"))
                return fail(ApiError::validation(std::string(kInvalid) + "ProvisionedThroughput should not be specified for index: " +
                                                 indexName + " when BillingMode is PAY_PER_REQUEST"));
            if (u["Update"].contains("ProvisionedThroughput"))
                if (Status s = applyThroughput((*index)["ProvisionedThroughput"], u["Update"]["ProvisionedThroughput"], now, "index");
                    !s.ok())
                    return fail(std::move(s).error());
        }
    }
    if (tableClass) d["TableClassSummary"] = {{"TableClass", *tableClass}, {"LastUpdateDateTime", now}};
    if (deletionProtection) d["DeletionProtectionEnabled"] = *deletionProtection;

    // Index creation/deletion and streams change more than the description;
    // they run last, once everything that can be refused has been checked.
    // The stream's own refusals are checked before the index changes start,
    // so a stream error cannot leave a backfill running behind it.
    const bool enableStreamNow = streamSpec && streamSpec->value("StreamEnabled", false);
    if (streamSpec)
        if (Status s = checkStreamSwitch(*table, enableStreamNow); !s.ok()) return fail(std::move(s).error());
    if (indexUpdates) {
        for (const auto& u : *indexUpdates) {
            if (u.contains("Create") && u["Create"].is_object()) {
                if (Status s = indexes::beginCreateGlobalIndex(ctx, *table, u["Create"], definitions); !s.ok())
                    return fail(std::move(s).error());
            } else if (u.contains("Delete") && u["Delete"].is_object()) {
                if (Status s = indexes::beginDeleteGlobalIndex(ctx, *table, u["Delete"].value("IndexName", "")); !s.ok())
                    return fail(std::move(s).error());
            }
        }
    }
    SHARDSCOPE_TRY(ctx.engine.catalog->update(table->id(), d));
    if (streamSpec) {
        // enableStream/disableStream persist the description they extend.
        Status s = enableStreamNow ? enableStream(ctx, *table, streamSpec->value("StreamViewType", ""))
                                   : disableStream(ctx, *table);
        if (!s.ok()) return std::move(s).error();
    }
    ctx.events.push_back({ChangeEvent::Kind::TableUpdated, table->name()});

    json described = table->describe();
    described["TableStatus"] = "UPDATING";
    return json{{"TableDescription", std::move(described)}};
}

}  // namespace shardscope::engine::ops
