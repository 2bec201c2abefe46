#include "shardscope/tools/table_design.h"

#include <algorithm>
#include <map>
#include <set>

namespace shardscope::tools {
namespace {

using nlohmann::json;

std::string stringOf(const json& object, const char* name, std::string fallback = {}) {
    if (!object.is_object()) return fallback;
    auto it = object.find(name);
    return it != object.end() && it->is_string() ? it->get<std::string>() : fallback;
}

long long integerOf(const json& object, const char* name, long long fallback) {
    if (!object.is_object()) return fallback;
    auto it = object.find(name);
    if (it == object.end() || !it->is_number()) return fallback;
    return it->is_number_float() ? static_cast<long long>(it->get<double>()) : it->get<long long>();
}

bool boolOf(const json& object, const char* name, bool fallback) {
    if (!object.is_object()) return fallback;
    auto it = object.find(name);
    return it != object.end() && it->is_boolean() ? it->get<bool>() : fallback;
}

const json& memberOf(const json& object, const char* name) {
    static const json kNull;
    if (!object.is_object()) return kNull;
    auto it = object.find(name);
    return it == object.end() ? kNull : *it;
}

std::string typeOf(const json& table, const std::string& attribute) {
    for (const json& d : memberOf(table, "AttributeDefinitions"))
        if (stringOf(d, "AttributeName") == attribute) return stringOf(d, "AttributeType", "S");
    return "S";
}

void readKeys(const json& table, const json& keySchema, KeyDesign& partition, KeyDesign& sort) {
    if (!keySchema.is_array()) return;
    for (const json& element : keySchema) {
        const std::string name = stringOf(element, "AttributeName");
        const std::string keyType = stringOf(element, "KeyType");
        if (keyType == "HASH")
            partition = {name, typeOf(table, name)};
        else if (keyType == "RANGE")
            sort = {name, typeOf(table, name)};
    }
}

ThroughputDesign readThroughput(const json& throughput) {
    ThroughputDesign out;
    out.readCapacityUnits = integerOf(throughput, "ReadCapacityUnits", out.readCapacityUnits);
    out.writeCapacityUnits = integerOf(throughput, "WriteCapacityUnits", out.writeCapacityUnits);
    return out;
}

std::vector<IndexDesign> readIndexes(const json& table, const char* member) {
    std::vector<IndexDesign> out;
    const json& list = memberOf(table, member);
    if (!list.is_array()) return out;
    for (const json& index : list) {
        IndexDesign d;
        d.name = stringOf(index, "IndexName");
        readKeys(table, memberOf(index, "KeySchema"), d.partitionKey, d.sortKey);
        const json& projection = memberOf(index, "Projection");
        d.projectionType = stringOf(projection, "ProjectionType", "ALL");
        for (const json& name : memberOf(projection, "NonKeyAttributes"))
            if (name.is_string()) d.nonKeyAttributes.push_back(name.get<std::string>());
        d.throughput = readThroughput(memberOf(index, "ProvisionedThroughput"));
        out.push_back(std::move(d));
    }
    return out;
}

json keySchema(const KeyDesign& partition, const KeyDesign& sort) {
    json schema = json::array({{{"AttributeName", partition.name}, {"KeyType", "HASH"}}});
    if (sort.isSet()) schema.push_back({{"AttributeName", sort.name}, {"KeyType", "RANGE"}});
    return schema;
}

json projection(const IndexDesign& index) {
    json out = {{"ProjectionType", index.projectionType}};
    if (index.projectionType == "INCLUDE") out["NonKeyAttributes"] = index.nonKeyAttributes;
    return out;
}

json throughputJson(const ThroughputDesign& t) {
    return {{"ReadCapacityUnits", t.readCapacityUnits}, {"WriteCapacityUnits", t.writeCapacityUnits}};
}

json globalIndexJson(const IndexDesign& index, bool provisioned) {
    json out = {{"IndexName", index.name},
                {"KeySchema", keySchema(index.partitionKey, index.sortKey)},
                {"Projection", projection(index)}};
    if (provisioned) out["ProvisionedThroughput"] = throughputJson(index.throughput);
    return out;
}

json localIndexJson(const IndexDesign& index, const KeyDesign& tablePartition) {
    return {{"IndexName", index.name},
            {"KeySchema", keySchema(tablePartition, index.sortKey)},
            {"Projection", projection(index)}};
}

json tagsJson(const std::vector<std::pair<std::string, std::string>>& tags) {
    json out = json::array();
    for (const auto& [key, value] : tags) out.push_back({{"Key", key}, {"Value", value}});
    return out;
}

json timeToLive(const std::string& table, const std::string& attribute, bool enabled) {
    return {{"TableName", table}, {"TimeToLiveSpecification", {{"Enabled", enabled}, {"AttributeName", attribute}}}};
}

const IndexDesign* findIndex(const std::vector<IndexDesign>& indexes, const std::string& name) {
    auto it = std::find_if(indexes.begin(), indexes.end(), [&](const IndexDesign& i) { return i.name == name; });
    return it == indexes.end() ? nullptr : &*it;
}

// Same keys and projection: the index can stay (only its throughput may change).
bool sameShape(const IndexDesign& a, const IndexDesign& b) {
    return a.partitionKey == b.partitionKey && a.sortKey == b.sortKey && a.projectionType == b.projectionType &&
           (a.projectionType != "INCLUDE" || a.nonKeyAttributes == b.nonKeyAttributes);
}

bool sameCapacity(const ThroughputDesign& a, const ThroughputDesign& b) {
    return a.readCapacityUnits == b.readCapacityUnits && a.writeCapacityUnits == b.writeCapacityUnits;
}

}  // namespace

TableDesign TableDesign::fromDescribeTable(const json& response) {
    const json* tablePtr = &response;
    if (response.is_object() && response.contains("Table"))
        tablePtr = &response["Table"];
    else if (response.is_object() && response.contains("TableDescription"))
        tablePtr = &response["TableDescription"];
    const json& table = *tablePtr;

    TableDesign d;
    if (!table.is_object()) return d;
    d.tableName = stringOf(table, "TableName");
    d.tableArn = stringOf(table, "TableArn");
    readKeys(table, memberOf(table, "KeySchema"), d.partitionKey, d.sortKey);
    // DynamoDB omits BillingModeSummary for tables that were always provisioned.
    d.billingMode = stringOf(memberOf(table, "BillingModeSummary"), "BillingMode", "PROVISIONED");
    const ThroughputDesign throughput = readThroughput(memberOf(table, "ProvisionedThroughput"));
    d.throughput.readCapacityUnits = throughput.readCapacityUnits;
    d.throughput.writeCapacityUnits = throughput.writeCapacityUnits;
    d.globalIndexes = readIndexes(table, "GlobalSecondaryIndexes");
    d.localIndexes = readIndexes(table, "LocalSecondaryIndexes");
    for (IndexDesign& index : d.localIndexes) index.partitionKey = {};  // always the table's
    const json& stream = memberOf(table, "StreamSpecification");
    d.streamEnabled = boolOf(stream, "StreamEnabled", false);
    d.streamViewType = stringOf(stream, "StreamViewType", d.streamViewType);
    d.tableClass = stringOf(memberOf(table, "TableClassSummary"), "TableClass", "STANDARD");
    d.deletionProtection = boolOf(table, "DeletionProtectionEnabled", false);
    return d;
}

void TableDesign::applyTimeToLive(const json& response) {
    const json& description = memberOf(response, "TimeToLiveDescription");
    const std::string status = stringOf(description, "TimeToLiveStatus");
    ttlAttribute = status == "ENABLED" || status == "ENABLING" ? stringOf(description, "AttributeName") : std::string();
}

void TableDesign::applyTags(const json& response) {
    tags.clear();
    for (const json& tag : memberOf(response, "Tags")) tags.emplace_back(stringOf(tag, "Key"), stringOf(tag, "Value"));
}

json attributeDefinitions(const TableDesign& design) {
    json out = json::array();
    std::set<std::pair<std::string, std::string>> seen;
    auto add = [&](const KeyDesign& key) {
        if (!key.isSet() || !seen.emplace(key.name, key.type).second) return;
        out.push_back({{"AttributeName", key.name}, {"AttributeType", key.type}});
    };
    add(design.partitionKey);
    add(design.sortKey);
    for (const IndexDesign& index : design.globalIndexes) {
        add(index.partitionKey);
        add(index.sortKey);
    }
    for (const IndexDesign& index : design.localIndexes) add(index.sortKey);
    return out;
}

json createTableRequest(const TableDesign& design) {
    json request = {
        {"TableName", design.tableName},
        {"AttributeDefinitions", attributeDefinitions(design)},
        {"KeySchema", keySchema(design.partitionKey, design.sortKey)},
        {"BillingMode", design.billingMode},
    };
    const bool provisioned = design.isProvisioned();
    if (provisioned) request["ProvisionedThroughput"] = throughputJson(design.throughput);
    if (!design.globalIndexes.empty()) {
        json list = json::array();
        for (const IndexDesign& index : design.globalIndexes) list.push_back(globalIndexJson(index, provisioned));
        request["GlobalSecondaryIndexes"] = std::move(list);
    }
    if (!design.localIndexes.empty()) {
        json list = json::array();
        for (const IndexDesign& index : design.localIndexes) list.push_back(localIndexJson(index, design.partitionKey));
        request["LocalSecondaryIndexes"] = std::move(list);
    }
    if (design.streamEnabled)
        request["StreamSpecification"] = {{"StreamEnabled", true}, {"StreamViewType", design.streamViewType}};
    if (design.tableClass != "STANDARD") request["TableClass"] = design.tableClass;
    if (design.deletionProtection) request["DeletionProtectionEnabled"] = true;
    if (!design.tags.empty()) request["Tags"] = tagsJson(design.tags);
    return request;
}

std::vector<PlannedRequest> creationPlan(const TableDesign& design) {
    std::vector<PlannedRequest> plan{{"CreateTable", createTableRequest(design)}};
    if (!design.ttlAttribute.empty())
        plan.push_back({"UpdateTimeToLive", timeToLive(design.tableName, design.ttlAttribute, true)});
    return plan;
}

UpdatePlan updatePlan(const TableDesign& before, const TableDesign& after) {
    UpdatePlan plan;
    const std::string& table = before.tableName;
    if (after.tableName != before.tableName) plan.unchangeable.push_back("TableName");
    if (after.partitionKey != before.partitionKey || after.sortKey != before.sortKey)
        plan.unchangeable.push_back("KeySchema");
    if (after.localIndexes != before.localIndexes) plan.unchangeable.push_back("LocalSecondaryIndexes");

    const bool provisioned = after.isProvisioned();
    // 1. Table-level settings, and the throughput of indexes that stay.
    json base = {{"TableName", table}};
    if (after.billingMode != before.billingMode) base["BillingMode"] = after.billingMode;
    if (provisioned && (after.billingMode != before.billingMode || !sameCapacity(after.throughput, before.throughput)))
        base["ProvisionedThroughput"] = throughputJson(after.throughput);
    json indexUpdates = json::array();
    for (const IndexDesign& index : after.globalIndexes) {
        const IndexDesign* old = findIndex(before.globalIndexes, index.name);
        if (!old || !sameShape(*old, index) || !provisioned) continue;
        // Switching to PROVISIONED needs every remaining index's throughput in the same call.
        if (after.billingMode != before.billingMode || !sameCapacity(old->throughput, index.throughput))
            indexUpdates.push_back(
                {{"Update", {{"IndexName", index.name}, {"ProvisionedThroughput", throughputJson(index.throughput)}}}});
    }
    if (!indexUpdates.empty()) base["GlobalSecondaryIndexUpdates"] = std::move(indexUpdates);
    const bool streamChanged = after.streamEnabled != before.streamEnabled ||
                               (after.streamEnabled && after.streamViewType != before.streamViewType);
    const bool streamReEnable = streamChanged && before.streamEnabled && after.streamEnabled;
    if (streamChanged) {
        base["StreamSpecification"] = after.streamEnabled && !streamReEnable
                                          ? json{{"StreamEnabled", true}, {"StreamViewType", after.streamViewType}}
                                          : json{{"StreamEnabled", false}};
    }
    if (after.tableClass != before.tableClass) base["TableClass"] = after.tableClass;
    if (after.deletionProtection != before.deletionProtection)
        base["DeletionProtectionEnabled"] = after.deletionProtection;
    if (base.size() > 1) plan.requests.push_back({"UpdateTable", std::move(base)});

    // 2. Indexes removed or reshaped are deleted, one per call...
    for (const IndexDesign& old : before.globalIndexes) {
        const IndexDesign* now = findIndex(after.globalIndexes, old.name);
        if (now && sameShape(old, *now)) continue;
        plan.requests.push_back(
            {"UpdateTable",
             {{"TableName", table}, {"GlobalSecondaryIndexUpdates", {{{"Delete", {{"IndexName", old.name}}}}}}}});
    }
    // 3. ...then new or reshaped ones are created, one per call.
    for (const IndexDesign& index : after.globalIndexes) {
        const IndexDesign* old = findIndex(before.globalIndexes, index.name);
        if (old && sameShape(*old, index)) continue;
        TableDesign keysOnly;
        keysOnly.partitionKey = after.partitionKey;
        keysOnly.sortKey = after.sortKey;
        keysOnly.globalIndexes = {index};
        plan.requests.push_back(
            {"UpdateTable",
             {{"TableName", table},
              {"AttributeDefinitions", attributeDefinitions(keysOnly)},
              {"GlobalSecondaryIndexUpdates", {{{"Create", globalIndexJson(index, provisioned)}}}}}});
    }
    if (streamReEnable)
        plan.requests.push_back(
            {"UpdateTable",
             {{"TableName", table},
              {"StreamSpecification", {{"StreamEnabled", true}, {"StreamViewType", after.streamViewType}}}}});

    // 4. Time to live: disable the old attribute before enabling a new one.
    if (after.ttlAttribute != before.ttlAttribute) {
        if (!before.ttlAttribute.empty())
            plan.requests.push_back({"UpdateTimeToLive", timeToLive(table, before.ttlAttribute, false)});
        if (!after.ttlAttribute.empty())
            plan.requests.push_back({"UpdateTimeToLive", timeToLive(table, after.ttlAttribute, true)});
    }

    // 5. Tags, by key.
    std::map<std::string, std::string> oldTags(before.tags.begin(), before.tags.end());
    std::map<std::string, std::string> newTags(after.tags.begin(), after.tags.end());
    std::vector<std::pair<std::string, std::string>> added;
    json removed = json::array();
    for (const auto& [key, value] : after.tags)
        if (auto it = oldTags.find(key); it == oldTags.end() || it->second != value) added.emplace_back(key, value);
    for (const auto& [key, value] : before.tags)
        if (!newTags.count(key)) removed.push_back(key);
    if (!removed.empty())
        plan.requests.push_back({"UntagResource", {{"ResourceArn", before.tableArn}, {"TagKeys", removed}}});
    if (!added.empty())
        plan.requests.push_back({"TagResource", {{"ResourceArn", before.tableArn}, {"Tags", tagsJson(added)}}});
    return plan;
}

}  // namespace shardscope::tools
