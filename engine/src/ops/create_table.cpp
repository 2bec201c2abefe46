// CreateTable: validation exactly as DynamoDB orders it, then the catalog entry.
#include "ops/table_ops.h"

#include "indexes/index_lifecycle.h"
#include "ops/tag_ops.h"
#include "streams/stream_lifecycle.h"

#include "wire/request_reader.h"

#include <algorithm>
#include <random>
#include <set>

namespace shardscope::engine::ops {
namespace {

using nlohmann::json;
constexpr const char* kInvalid = "One or more parameter values were invalid: ";
constexpr std::int64_t kMaxCapacity = 1'000'000'000'000LL;
constexpr std::size_t kMaxLocalIndexes = 5;
constexpr std::size_t kMaxGlobalIndexes = 20;

std::string joined(const std::vector<std::string>& names) {
    std::string out = "[";
    for (std::size_t i = 0; i < names.size(); ++i) out += (i ? ", " : "") + names[i];
    return out + "]";
}

std::string newTableId() {
    static thread_local std::mt19937_64 rng{std::random_device{}()};
    const std::uint64_t a = rng(), b = rng();
    char buf[37];
    std::snprintf(buf, sizeof buf, "%08x-%04x-4%03x-%04x-%012llx", static_cast<unsigned>(a >> 32),
                  static_cast<unsigned>((a >> 16) & 0xFFFF), static_cast<unsigned>(a & 0xFFF),
                  static_cast<unsigned>(0x8000 | ((b >> 48) & 0x3FFF)),
                  static_cast<unsigned long long>(b & 0xFFFFFFFFFFFFULL));
    return buf;
}

// Reads a KeySchema list's members, recording constraint violations.
void readKeySchema(wire::RequestReader& reader, const json* list, const std::string& path) {
    if (!list) return;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const json& element = (*list)[i];
        if (!element.is_object()) {
            reader.serializationError(ApiError::serialization("Expected map or null"));
            continue;
        }
        wire::RequestReader member(element, path + "." + std::to_string(i + 1) + ".member");
        const std::string* name = member.string("AttributeName");
        const std::string* type = member.string("KeyType");
        member.required("AttributeName", name != nullptr);
        member.lengthBetween("AttributeName", name, 1, 255);
        if (member.required("KeyType", type != nullptr)) member.enumValue("KeyType", type, {"HASH", "RANGE"});
        if (Status s = member.status(); !s.ok()) reader.serializationError(std::move(s).error());
    }
}

std::vector<std::string> keyNames(const json& keySchema) {
    std::vector<std::string> names;
    for (const auto& k : keySchema) names.push_back(k.value("AttributeName", ""));
    return names;
}

// Checks one index definition (shared by LSIs and GSIs).
Status checkIndex(const json& index, const std::vector<std::string>& defined, bool payPerRequest, bool global,
                  const std::string& tableHash) {
    const std::string indexName = index.value("IndexName", "");
    const json& keySchema = index["KeySchema"];
    const auto keys = keyNames(keySchema);
    for (const auto& k : keys)
        if (std::find(defined.begin(), defined.end(), k) == defined.end())
            return ApiError::validation(std::string(kInvalid) + "Some index key attributes are not defined in AttributeDefinitions. Keys: " +
                                        joined(keys) + ", AttributeDefinitions: " + joined(defined));
    if (keys.size() == 2 && keys[0] == keys[1])
        return ApiError::validation("Both the Hash Key and the Range Key element in the KeySchema have the same name");
    if (keySchema[0].value("KeyType", "") != "HASH")
        return ApiError::validation("Invalid KeySchema: The first KeySchemaElement is not a HASH key type");
    if (keys.size() == 2 && keySchema[1].value("KeyType", "") != "RANGE")
        return ApiError::validation("Invalid KeySchema: The second KeySchemaElement is not a RANGE key type");
    if (!global) {
        if (keys.size() != 2)
            return ApiError::validation(std::string(kInvalid) + "Index KeySchema does not have a range key for index: " + indexName);
        if (keys[0] != tableHash)
            return ApiError::validation(std::string(kInvalid) +
                                        "Index KeySchema does not have the same leading hash key as table KeySchema for index: " +
                                        indexName + ". index hash key: " + keys[0] + ", table hash key: " + tableHash);
    }
    const json& projection = index["Projection"];
    const std::string projectionType = projection.value("ProjectionType", "");
    if (projectionType.empty())
        return ApiError::validation(std::string(kInvalid) + "Unknown ProjectionType: null");
    if (projection.contains("NonKeyAttributes") && projectionType != "INCLUDE")
        return ApiError::validation(std::string(kInvalid) + "ProjectionType is " + projectionType +
                                    ", but NonKeyAttributes is specified");
    if (global && payPerRequest && index.contains("ProvisionedThroughput"))
        return ApiError::validation(std::string(kInvalid) + "ProvisionedThroughput should not be specified for index: " +
                                    indexName + " when BillingMode is PAY_PER_REQUEST");
    if (global && !payPerRequest && !index.contains("ProvisionedThroughput"))
        return ApiError::validation(std::string(kInvalid) +
                                    "ProvisionedThroughput must be specified for index: " + indexName);
    return Status::success();
}

// Reads and constraint-checks the index lists.
void readIndexes(wire::RequestReader& reader, const json* list, const std::string& path, bool global) {
    if (!list) return;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const json& index = (*list)[i];
        if (!index.is_object()) {
            reader.serializationError(ApiError::serialization("Expected map or null"));
            continue;
        }
        const std::string memberPath = path + "." + std::to_string(i + 1) + ".member";
        wire::RequestReader r(index, memberPath);
        const std::string* name = r.string("IndexName");
        if (r.required("IndexName", name != nullptr)) r.tableName("IndexName", name, true);
        const json* keySchema = r.array("KeySchema");
        if (r.required("KeySchema", keySchema != nullptr)) r.countBetween("KeySchema", keySchema, 1, 2);
        readKeySchema(r, keySchema, memberPath + ".keySchema");
        const json* projection = r.object("Projection");
        if (r.required("Projection", projection != nullptr)) {
            wire::RequestReader p(*projection, memberPath + ".projection");
            const std::string* type = p.string("ProjectionType");
            p.enumValue("ProjectionType", type, {"ALL", "INCLUDE", "KEYS_ONLY"});
            const json* nonKey = p.array("NonKeyAttributes");
            p.countBetween("NonKeyAttributes", nonKey, 1, 20);
            if (Status s = p.status(); !s.ok()) r.serializationError(std::move(s).error());
        }
        if (global) readProvisionedThroughput(r, r.object("ProvisionedThroughput"), memberPath + ".provisionedThroughput");
        if (Status s = r.status(); !s.ok()) reader.serializationError(std::move(s).error());
    }
}

json throughputDescription(const json* throughput) {
    json out = {{"NumberOfDecreasesToday", 0}, {"ReadCapacityUnits", 0}, {"WriteCapacityUnits", 0}};
    if (throughput) {
        out["ReadCapacityUnits"] = throughput->value("ReadCapacityUnits", 0LL);
        out["WriteCapacityUnits"] = throughput->value("WriteCapacityUnits", 0LL);
    }
    return out;
}

}  // namespace

Result<json> createTable(OpContext& ctx, const json& request) {
    wire::RequestReader reader(request);
    const json* definitions = reader.array("AttributeDefinitions");
    const std::string* tableName = reader.string("TableName");
    const json* keySchema = reader.array("KeySchema");
    const std::string* billingMode = reader.string("BillingMode");
    const json* throughput = reader.object("ProvisionedThroughput");
    const json* lsis = reader.array("LocalSecondaryIndexes");
    const json* gsis = reader.array("GlobalSecondaryIndexes");
    const std::string* tableClass = reader.string("TableClass");
    const auto deletionProtection = reader.boolean("DeletionProtectionEnabled");
    const json* tags = reader.array("Tags");
    const json* streamSpec = reader.object("StreamSpecification");

    reader.tableName("TableName", tableName, true, true);
    if (reader.required("AttributeDefinitions", definitions != nullptr) && definitions) {
        for (std::size_t i = 0; i < definitions->size(); ++i) {
            const json& d = (*definitions)[i];
            if (!d.is_object()) {
                reader.serializationError(ApiError::serialization("Expected map or null"));
                continue;
            }
            wire::RequestReader def(d, "attributeDefinitions." + std::to_string(i + 1) + ".member");
            const std::string* attrName = def.string("AttributeName");
            const std::string* attrType = def.string("AttributeType");
            def.required("AttributeName", attrName != nullptr);
            if (def.required("AttributeType", attrType != nullptr)) def.enumValue("AttributeType", attrType, {"B", "N", "S"});
            if (Status s = def.status(); !s.ok()) reader.serializationError(std::move(s).error());
        }
    }
    if (reader.required("KeySchema", keySchema != nullptr)) reader.countBetween("KeySchema", keySchema, 1, 2);
    readKeySchema(reader, keySchema, "keySchema");
    reader.enumValue("BillingMode", billingMode, {"PROVISIONED", "PAY_PER_REQUEST"});
    readProvisionedThroughput(reader, throughput, "provisionedThroughput");
    readIndexes(reader, lsis, "localSecondaryIndexes", false);
    readIndexes(reader, gsis, "globalSecondaryIndexes", true);
    reader.enumValue("TableClass", tableClass, {"STANDARD", "STANDARD_INFREQUENT_ACCESS"});
    SHARDSCOPE_TRY(reader.status());

    // Semantic checks, in the service's order.
    const bool payPerRequest = billingMode && *billingMode == "PAY_PER_REQUEST";
    if (payPerRequest && throughput)
        return ApiError::validation(std::string(kInvalid) +
                                    "Neither ReadCapacityUnits nor WriteCapacityUnits can be specified when BillingMode is PAY_PER_REQUEST");
    if (!payPerRequest) {
        if (!throughput)
            return ApiError::validation(std::string(kInvalid) +
                                        "ReadCapacityUnits and WriteCapacityUnits must both be specified when BillingMode is PROVISIONED");
        for (const char* member : {"ReadCapacityUnits", "WriteCapacityUnits"}) {
            const auto value = (*throughput)[member].get<std::int64_t>();
            if (value > kMaxCapacity)
                return ApiError::validation("Given value " + std::to_string(value) + " for " + member + " is out of bounds");
        }
    }
    std::vector<std::string> defined;
    for (const auto& d : *definitions) defined.push_back(d.value("AttributeName", ""));
    const auto keys = keyNames(*keySchema);
    if (keys.size() > defined.size()) return ApiError::validation("Invalid KeySchema: Some index key attribute have no definition");
    for (const auto& k : keys)
        if (std::find(defined.begin(), defined.end(), k) == defined.end())
            return ApiError::validation(std::string(kInvalid) + "Some index key attributes are not defined in AttributeDefinitions. Keys: " +
                                        joined(keys) + ", AttributeDefinitions: " + joined(defined));
    if (keys.size() == 2 && keys[0] == keys[1])
        return ApiError::validation("Both the Hash Key and the Range Key element in the KeySchema have the same name");
    if ((*keySchema)[0].value("KeyType", "") != "HASH")
        return ApiError::validation("Invalid KeySchema: The first KeySchemaElement is not a HASH key type");
    if (keys.size() == 2 && (*keySchema)[1].value("KeyType", "") != "RANGE")
        return ApiError::validation("Invalid KeySchema: The second KeySchemaElement is not a RANGE key type");
    if (std::set<std::string>(defined.begin(), defined.end()).size() != defined.size())
        return ApiError::validation(std::string(kInvalid) + "Duplicate AttributeName in AttributeDefinitions");

    std::set<std::string> usedKeys(keys.begin(), keys.end());
    std::set<std::string> indexNames;
    for (const auto* list : {lsis, gsis}) {
        if (!list) continue;
        const bool global = list == gsis;
        if (list->empty())
            return ApiError::validation(std::string(kInvalid) + "List of " +
                                        (global ? "GlobalSecondaryIndexes" : "LocalSecondaryIndexes") + " is empty");
        if (!global && keys.size() != 2)
            return ApiError::validation(std::string(kInvalid) +
                                        "Table KeySchema does not have a range key, which is required when specifying a LocalSecondaryIndex");
        for (const auto& index : *list) {
            SHARDSCOPE_TRY(checkIndex(index, defined, payPerRequest, global, keys[0]));
            const std::string name = index.value("IndexName", "");
            if (!indexNames.insert(name).second)
                return ApiError::validation(std::string(kInvalid) + "Duplicate index name: " + name);
            for (const auto& k : keyNames(index["KeySchema"])) usedKeys.insert(k);
        }
        if (!global && list->size() > kMaxLocalIndexes)
            return ApiError::validation(std::string(kInvalid) + "Number of LocalSecondaryIndexes exceeds per-table limit of 5");
        if (global && list->size() > kMaxGlobalIndexes)
            return ApiError::validation(std::string(kInvalid) + "GlobalSecondaryIndex count exceeds the per-table limit of 20");
    }
    if (!lsis && !gsis && keys.size() != defined.size())
        return ApiError::validation(std::string(kInvalid) +
                                    "Number of attributes in KeySchema does not exactly match number of attributes defined in AttributeDefinitions");
    if (usedKeys.size() != defined.size()) {
        return ApiError::validation(std::string(kInvalid) + "Some AttributeDefinitions are not used. AttributeDefinitions: " +
                                    joined(defined) + ", keys used: " +
                                    joined(std::vector<std::string>(usedKeys.begin(), usedKeys.end())));
    }

    if (tags) SHARDSCOPE_TRY(validateTags(*tags, "tags"));
    if (streamSpec) SHARDSCOPE_TRY(validateStreamSpecification(*streamSpec, true));

    auto& engine = ctx.engine;
    if (engine.findTable(*tableName)) return ApiError::resourceInUse("Table already exists: " + *tableName);

    // The description DescribeTable will return.
    const double now = engine.clock->nowSeconds();
    const std::string arn = engine.tableArn(*tableName);
    json description = {
        {"AttributeDefinitions", *definitions},
        {"TableName", *tableName},
        {"KeySchema", *keySchema},
        {"TableStatus", "ACTIVE"},
        {"CreationDateTime", now},
        {"ProvisionedThroughput", throughputDescription(payPerRequest ? nullptr : throughput)},
        {"TableSizeBytes", 0},
        {"ItemCount", 0},
        {"TableArn", arn},
        {"TableId", newTableId()},
        {"DeletionProtectionEnabled", deletionProtection.value_or(false)},
    };
    if (billingMode)
        description["BillingModeSummary"] = {{"BillingMode", *billingMode},
                                             {"LastUpdateToPayPerRequestDateTime", now}};
    if (tableClass) description["TableClassSummary"] = {{"TableClass", *tableClass}};
    auto indexDescription = [&](const json& index, bool global) {
        json out = {{"IndexName", index["IndexName"]},
                    {"KeySchema", index["KeySchema"]},
                    {"Projection", index["Projection"]},
                    {"IndexSizeBytes", 0},
                    {"ItemCount", 0},
                    {"IndexArn", arn + "/index/" + index["IndexName"].get<std::string>()}};
        if (global) {
            out["IndexStatus"] = "ACTIVE";
            out["ProvisionedThroughput"] =
                throughputDescription(payPerRequest ? nullptr : &index["ProvisionedThroughput"]);
        }
        return out;
    };
    if (lsis) {
        json list = json::array();
        for (const auto& i : *lsis) list.push_back(indexDescription(i, false));
        description["LocalSecondaryIndexes"] = std::move(list);
    }
    if (gsis) {
        json list = json::array();
        for (const auto& i : *gsis) list.push_back(indexDescription(i, true));
        description["GlobalSecondaryIndexes"] = std::move(list);
    }

    storage::Transaction tx(*engine.db);
    SHARDSCOPE_TRY(tx.begin());
    if (streamSpec) SHARDSCOPE_TRY(addStreamToNewTable(ctx, *streamSpec, description));
    auto id = engine.catalog->insert(*tableName, description);
    if (!id.ok()) return std::move(id).error();
    if (tags) SHARDSCOPE_TRY(storeTags(ctx, *id, *tags));
    SHARDSCOPE_TRY(indexes::prepareNewTable(ctx, *id, description));
    SHARDSCOPE_TRY(tx.commit());
    auto schema = TableSchema::fromDescription(*id, description);
    if (!schema.ok()) return std::move(schema).error();
    schema->setIndexStore(engine.indexStore.get());
    engine.tables.emplace(*tableName, std::make_unique<TableSchema>(std::move(*schema)));
    ctx.events.push_back({ChangeEvent::Kind::TableCreated, *tableName});

    // The service answers CreateTable while the table is still being created.
    description["TableStatus"] = "CREATING";
    if (description.contains("GlobalSecondaryIndexes"))
        for (auto& g : description["GlobalSecondaryIndexes"]) g["IndexStatus"] = "CREATING";
    return json{{"TableDescription", std::move(description)}};
}

}  // namespace shardscope::engine::ops
