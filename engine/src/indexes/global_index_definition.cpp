#include "indexes/global_index_definition.h"

#include "indexes/index_descriptions.h"
#include "wire/request_reader.h"

#include <algorithm>
#include <vector>

namespace shardscope::engine::indexes {
namespace {

using nlohmann::json;
constexpr const char* kInvalid = "One or more parameter values were invalid: ";
constexpr const char* kCreatePath = "globalSecondaryIndexUpdates.1.member.create";
constexpr std::size_t kMaxGlobalIndexes = 20;

std::string joined(const std::vector<std::string>& names) {
    std::string out = "[";
    for (std::size_t i = 0; i < names.size(); ++i) out += (i ? ", " : "") + names[i];
    return out + "]";
}

// The members' constraints, collected as the service reports them.
Status checkConstraints(const json& create, const json* attributeDefinitions) {
    wire::RequestReader reader(create, kCreatePath);
    const std::string* name = reader.string("IndexName");
    if (reader.required("IndexName", name != nullptr)) reader.tableName("IndexName", name, true);
    const json* keySchema = reader.array("KeySchema");
    if (reader.required("KeySchema", keySchema != nullptr)) reader.countBetween("KeySchema", keySchema, 1, 2);
    if (keySchema) {
        for (std::size_t i = 0; i < keySchema->size(); ++i) {
            const json& element = (*keySchema)[i];
            if (!element.is_object()) return ApiError::serialization("Expected map or null");
            wire::RequestReader k(element, std::string(kCreatePath) + ".keySchema." + std::to_string(i + 1) + ".member");
            const std::string* attr = k.string("AttributeName");
            const std::string* type = k.string("KeyType");
            k.required("AttributeName", attr != nullptr);
            k.lengthBetween("AttributeName", attr, 1, 255);
            if (k.required("KeyType", type != nullptr)) k.enumValue("KeyType", type, {"HASH", "RANGE"});
            if (Status s = k.status(); !s.ok()) reader.serializationError(std::move(s).error());
        }
    }
    const json* projection = reader.object("Projection");
    if (reader.required("Projection", projection != nullptr)) {
        wire::RequestReader p(*projection, std::string(kCreatePath) + ".projection");
        const std::string* type = p.string("ProjectionType");
        p.enumValue("ProjectionType", type, {"ALL", "INCLUDE", "KEYS_ONLY"});
        p.countBetween("NonKeyAttributes", p.array("NonKeyAttributes"), 1, 20);
        if (Status s = p.status(); !s.ok()) reader.serializationError(std::move(s).error());
    }
    if (const json* throughput = reader.object("ProvisionedThroughput")) {
        wire::RequestReader t(*throughput, std::string(kCreatePath) + ".provisionedThroughput");
        const auto wcu = t.integer("WriteCapacityUnits");
        const auto rcu = t.integer("ReadCapacityUnits");
        if (t.required("WriteCapacityUnits", wcu.has_value())) t.minValue("WriteCapacityUnits", wcu, 1);
        if (t.required("ReadCapacityUnits", rcu.has_value())) t.minValue("ReadCapacityUnits", rcu, 1);
        if (Status s = t.status(); !s.ok()) reader.serializationError(std::move(s).error());
    }
    if (attributeDefinitions) {
        for (std::size_t i = 0; i < attributeDefinitions->size(); ++i) {
            const json& d = (*attributeDefinitions)[i];
            if (!d.is_object()) return ApiError::serialization("Expected map or null");
            wire::RequestReader def(d, "attributeDefinitions." + std::to_string(i + 1) + ".member");
            const std::string* attr = def.string("AttributeName");
            const std::string* type = def.string("AttributeType");
            def.required("AttributeName", attr != nullptr);
            if (def.required("AttributeType", type != nullptr)) def.enumValue("AttributeType", type, {"B", "N", "S"});
            if (Status s = def.status(); !s.ok()) reader.serializationError(std::move(s).error());
        }
    }
    return reader.status();
}

// "key{name:S:HASH}" for the first key schema of the table that uses `attr`.
std::string existingSchemaElement(const json& description, const std::string& attr, const std::string& type) {
    auto find = [&](const json& keySchema) -> std::string {
        if (!keySchema.is_array()) return {};
        for (const auto& e : keySchema)
            if (e.value("AttributeName", "") == attr) return "key{" + attr + ":" + type + ":" + e.value("KeyType", "") + "}";
        return {};
    };
    if (auto found = find(description.value("KeySchema", json::array())); !found.empty()) return found;
    for (const char* member : {kLocalIndexes, kGlobalIndexes}) {
        if (!description.contains(member) || !description.at(member).is_array()) continue;
        for (const auto& index : description.at(member))
            if (auto found = find(index.value("KeySchema", json::array())); !found.empty()) return found;
    }
    return "key{" + attr + ":" + type + "}";
}

}  // namespace

Result<GlobalIndexDefinition> readGlobalIndexCreate(const TableSchema& table, const json& create,
                                                    const json* attributeDefinitions) {
    SHARDSCOPE_TRY(checkConstraints(create, attributeDefinitions));
    const json& d = table.description();
    GlobalIndexDefinition out;
    out.name = create["IndexName"].get<std::string>();
    const json& keySchema = create["KeySchema"];
    std::vector<std::string> keys;
    for (const auto& k : keySchema) keys.push_back(k["AttributeName"].get<std::string>());
    if (keySchema[0]["KeyType"] != "HASH")
        return ApiError::validation("Invalid KeySchema: The first KeySchemaElement is not a HASH key type");
    if (keys.size() == 2 && keys[0] == keys[1])
        return ApiError::validation("Both the Hash Key and the Range Key element in the KeySchema have the same name");
    if (keys.size() == 2 && keySchema[1]["KeyType"] != "RANGE")
        return ApiError::validation("Invalid KeySchema: The second KeySchemaElement is not a RANGE key type");

    std::vector<std::string> defined;
    if (attributeDefinitions)
        for (const auto& def : *attributeDefinitions) defined.push_back(def.value("AttributeName", ""));
    for (const auto& k : keys)
        if (std::find(defined.begin(), defined.end(), k) == defined.end())
            return ApiError::validation(std::string(kInvalid) +
                                        "Some index key attributes are not defined in AttributeDefinitions. Keys: " +
                                        joined(keys) + ", AttributeDefinitions: " + joined(defined));
    out.attributeDefinitions = d.value("AttributeDefinitions", json::array());
    for (const auto& def : *attributeDefinitions) {
        const std::string attr = def.value("AttributeName", "");
        const std::string type = def.value("AttributeType", "");
        bool known = false;
        for (const auto& existing : out.attributeDefinitions) {
            if (existing.value("AttributeName", "") != attr) continue;
            known = true;
            const std::string oldType = existing.value("AttributeType", "");
            const auto key = std::find(keys.begin(), keys.end(), attr);
            if (oldType != type && key != keys.end())
                return ApiError::validation(
                    std::string(kInvalid) +
                    "Attributes cannot be redefined. Please check that your attribute has the same type as previously "
                    "defined. Existing schema: Schema:[SchemaElement: " + existingSchemaElement(d, attr, oldType) +
                    "] New schema: Schema:[SchemaElement: key{" + attr + ":" + type + ":" +
                    keySchema[key - keys.begin()]["KeyType"].get<std::string>() + "}]");
        }
        // Definitions the new index does not use are ignored, as the service does.
        if (!known && std::find(keys.begin(), keys.end(), attr) != keys.end()) out.attributeDefinitions.push_back(def);
    }

    const json& projection = create["Projection"];
    const std::string projectionType = projection.value("ProjectionType", "");
    if (projectionType.empty()) return ApiError::validation(std::string(kInvalid) + "Unknown ProjectionType: null");
    if (projection.contains("NonKeyAttributes") && projectionType != "INCLUDE")
        return ApiError::validation(std::string(kInvalid) + "ProjectionType is " + projectionType +
                                    ", but NonKeyAttributes is specified");

    if (table.findIndex(out.name)) return ApiError::validation("Attempting to create an index which already exists");

    const bool onDemand = d.contains("BillingModeSummary") &&
                          d["BillingModeSummary"].value("BillingMode", "") == "PAY_PER_REQUEST";
    const json* throughput = create.contains("ProvisionedThroughput") && create["ProvisionedThroughput"].is_object()
                                 ? &create["ProvisionedThroughput"]
                                 : nullptr;
    if (onDemand && throughput)
        return ApiError::validation(std::string(kInvalid) + "ProvisionedThroughput should not be specified for index: " +
                                    out.name + " when BillingMode is PAY_PER_REQUEST");
    if (!onDemand && !throughput)
        return ApiError::validation(std::string(kInvalid) + "ProvisionedThroughput must be specified for index: " +
                                    out.name);
    std::size_t globalCount = 0;
    for (const auto& index : table.indexes())
        if (index.isGlobal()) ++globalCount;
    if (globalCount >= kMaxGlobalIndexes)
        return ApiError::validation(std::string(kInvalid) + "GlobalSecondaryIndex count exceeds the per-table limit of 20");

    out.description = {
        {"IndexName", out.name},
        {"KeySchema", keySchema},
        {"Projection", projection},
        {"IndexStatus", "CREATING"},
        {"Backfilling", true},
        {"ProvisionedThroughput",
         {{"NumberOfDecreasesToday", 0},
          {"ReadCapacityUnits", throughput ? throughput->value("ReadCapacityUnits", 0LL) : 0LL},
          {"WriteCapacityUnits", throughput ? throughput->value("WriteCapacityUnits", 0LL) : 0LL}}},
        {"IndexSizeBytes", 0},
        {"ItemCount", 0},
        {"IndexArn", d.value("TableArn", "") + "/index/" + out.name},
    };
    if (create.contains("OnDemandThroughput")) out.description["OnDemandThroughput"] = create["OnDemandThroughput"];
    return out;
}

}  // namespace shardscope::engine::indexes
