#include "observe/contributor_insights_ops.h"

#include "observe/observatory.h"
#include "observe/throughput.h"
#include "ops/table_ops.h"
#include "wire/request_reader.h"

#include <algorithm>
#include <cmath>

namespace shardscope::engine::ops {
namespace {

using nlohmann::json;
using observe::InsightsState;

constexpr const char* kDefaultMode = "ACCESSED_AND_THROTTLED_KEYS";

struct Target {
    TableSchema* table = nullptr;
    const std::string* index = nullptr;
};

// TableName (name or ARN) and optional IndexName of a GSI.
Result<Target> readTarget(OpContext& ctx, wire::RequestReader& reader) {
    Target t;
    const std::string* tableName = reader.string("TableName");
    reader.tableName("TableName", tableName, true);
    t.index = reader.string("IndexName");
    reader.tableName("IndexName", t.index, false);
    t.table = tableName ? resolveTable(ctx, *tableName) : nullptr;
    return t;
}

Result<Target> checkTarget(const std::string& tableName, Target t) {
    if (!t.table) return ApiError::resourceNotFound("Requested resource not found: Table: " + tableName + " not found");
    if (t.index) {
        const indexes::IndexSchema* index = t.table->findIndex(*t.index);
        if (!index || !index->isGlobal())
            return ApiError::resourceNotFound("Requested resource not found: Index: " + *t.index + " not found");
    }
    return t;
}

bool hasSortKey(const TableSchema& table, const std::string* index) {
    if (!index) return table.rangeKey().has_value();
    const indexes::IndexSchema* schema = table.findIndex(*index);
    return schema && schema->rangeKey().has_value();
}

// CloudWatch Contributor Insights rule names: PKC/SKC (most accessed
// partition / partition+sort keys), PKT/SKT (most throttled); SK rules only
// for a resource with a sort key.
json ruleNames(const TableSchema& table, const std::string* index, const InsightsState& state) {
    json rules = json::array();
    const std::string resource = index ? table.name() + "-" + *index : table.name();
    const std::string stamp = std::to_string(state.enabledAtMillis);
    const bool accessed = state.mode == kDefaultMode;
    const bool sort = hasSortKey(table, index);
    for (const char* kind : {"PKC", "PKT", "SKC", "SKT"}) {
        const std::string k = kind;
        if ((k == "PKC" || k == "SKC") && !accessed) continue;
        if (k[0] == 'S' && !sort) continue;
        rules.push_back("DynamoDBContributorInsights-" + k + "-" + resource + "-" + stamp);
    }
    return rules;
}

void addTarget(json& out, const TableSchema& table, const std::string* index) {
    out["TableName"] = table.name();
    if (index) out["IndexName"] = *index;
}

}  // namespace

Result<json> updateContributorInsights(OpContext& ctx, const json& request) {
    wire::RequestReader reader(request);
    auto target = readTarget(ctx, reader);
    const std::string* action = reader.string("ContributorInsightsAction");
    reader.required("ContributorInsightsAction", action != nullptr);
    reader.enumValue("ContributorInsightsAction", action, {"ENABLE", "DISABLE"});
    const std::string* mode = reader.string("ContributorInsightsMode");
    reader.enumValue("ContributorInsightsMode", mode, {"ACCESSED_AND_THROTTLED_KEYS", "THROTTLED_KEYS"});
    SHARDSCOPE_TRY(reader.status());
    auto checked = checkTarget(request.value("TableName", ""), *target);
    if (!checked.ok()) return std::move(checked).error();
    const Target t = *checked;

    InsightsState& state = ctx.engine.observatory->insights[{t.table->id(), t.index ? *t.index : std::string()}];
    const std::int64_t now = observe::callNow(ctx);
    const bool enable = *action == "ENABLE";
    if (enable && (!state.enabled || mode)) state.enabledAtMillis = now;
    state.enabled = enable;
    if (mode) state.mode = *mode;
    state.lastUpdateSeconds = std::floor(static_cast<double>(now) / 1000.0);

    json out = json::object();
    addTarget(out, *t.table, t.index);
    out["ContributorInsightsStatus"] = enable ? "ENABLING" : "DISABLING";
    out["ContributorInsightsMode"] = state.mode;
    return out;
}

Result<json> describeContributorInsights(OpContext& ctx, const json& request) {
    wire::RequestReader reader(request);
    auto target = readTarget(ctx, reader);
    SHARDSCOPE_TRY(reader.status());
    auto checked = checkTarget(request.value("TableName", ""), *target);
    if (!checked.ok()) return std::move(checked).error();
    const Target t = *checked;

    json out = json::object();
    addTarget(out, *t.table, t.index);
    auto& all = ctx.engine.observatory->insights;
    auto it = all.find({t.table->id(), t.index ? *t.index : std::string()});
    if (it == all.end()) {
        out["ContributorInsightsStatus"] = "DISABLED";
        return out;
    }
    const InsightsState& state = it->second;
    // Rules are in place by the time anyone asks: ENABLING/DISABLING pass at once.
    if (state.enabled) out["ContributorInsightsRuleList"] = ruleNames(*t.table, t.index, state);
    out["ContributorInsightsStatus"] = state.enabled ? "ENABLED" : "DISABLED";
    out["LastUpdateDateTime"] = state.lastUpdateSeconds;
    out["ContributorInsightsMode"] = state.mode;
    return out;
}

Result<json> listContributorInsights(OpContext& ctx, const json& request) {
    wire::RequestReader reader(request);
    const std::string* tableName = reader.string("TableName");
    reader.tableName("TableName", tableName, false);
    const std::string* nextToken = reader.string("NextToken");
    const auto maxResults = reader.integer("MaxResults");
    reader.maxValue("MaxResults", maxResults, 100);
    SHARDSCOPE_TRY(reader.status());
    TableSchema* only = nullptr;
    if (tableName) {
        only = resolveTable(ctx, *tableName);
        if (!only) return ApiError::resourceNotFound("Requested resource not found: Table: " + *tableName + " not found");
    }
    const std::size_t limit = maxResults && *maxResults > 0 ? static_cast<std::size_t>(*maxResults) : 100;

    // Every table and GSI in name order; the token is the last one listed.
    std::vector<std::pair<TableSchema*, std::string>> resources;
    for (auto& [name, table] : ctx.engine.tables) {
        if (only && table.get() != only) continue;
        resources.emplace_back(table.get(), std::string());
        for (const auto& index : table->indexes())
            if (index.isGlobal()) resources.emplace_back(table.get(), index.name());
    }
    std::sort(resources.begin(), resources.end(), [](const auto& a, const auto& b) {
        return a.first->name() + "/" + a.second < b.first->name() + "/" + b.second;
    });
    json summaries = json::array();
    std::string last;
    bool more = false;
    for (const auto& [table, index] : resources) {
        const std::string id = table->name() + "/" + index;
        if (nextToken && id <= *nextToken) continue;
        if (summaries.size() == limit) {
            more = true;
            break;
        }
        json s = json::object();
        addTarget(s, *table, index.empty() ? nullptr : &index);
        auto it = ctx.engine.observatory->insights.find({table->id(), index});
        const bool enabled = it != ctx.engine.observatory->insights.end() && it->second.enabled;
        s["ContributorInsightsStatus"] = enabled ? "ENABLED" : "DISABLED";
        if (it != ctx.engine.observatory->insights.end()) s["ContributorInsightsMode"] = it->second.mode;
        summaries.push_back(std::move(s));
        last = id;
    }
    json out = {{"ContributorInsightsSummaries", std::move(summaries)}};
    if (more) out["NextToken"] = last;
    return out;
}

}  // namespace shardscope::engine::ops
