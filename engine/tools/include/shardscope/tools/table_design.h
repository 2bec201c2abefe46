// TableDesign: a table as the designer edits it, and the requests that make it real.
//
// A TableDesign holds what a user can choose for a table: keys, secondary
// indexes, billing mode and capacity (with Application Auto Scaling bounds),
// streams, TTL, table class, deletion protection and tags. Types and enum
// values are kept in their wire spelling ("S", "PAY_PER_REQUEST", "KEYS_ONLY").
//
// Nothing here judges whether a design is valid: the engine is the one
// authority (see design_validator.h). The builders only translate:
//   createTableRequest()  -> the CreateTable body, without members left at
//                            their defaults (TableClass STANDARD, no tags...);
//   creationPlan()        -> CreateTable, then UpdateTimeToLive when TTL is set;
//   updatePlan(old, new)  -> the UpdateTable / UpdateTimeToLive / TagResource /
//                            UntagResource calls that turn `old` into `new`, in
//                            the order DynamoDB accepts them (one index created
//                            or deleted per UpdateTable call; a stream's view
//                            type changes by disabling, then enabling).
// Keys and local secondary indexes cannot change after creation; updatePlan()
// ignores such differences and lists them in UpdatePlan::unchangeable.
// Auto scaling is not part of DynamoDB's API (it is Application Auto
// Scaling's); it feeds the cost estimate and the CLI preview only.
//
// Thread-safety: plain value types and pure functions.
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <utility>
#include <vector>

namespace shardscope::tools {

struct KeyDesign {
    std::string name;  // empty: no such key (an optional sort key)
    std::string type = "S";

    bool isSet() const { return !name.empty(); }
    bool operator==(const KeyDesign&) const = default;
};

struct AutoScalingDesign {
    bool enabled = false;
    long long minCapacity = 1;
    long long maxCapacity = 10;
    double targetUtilization = 70.0;  // percent, 20..90 in DynamoDB's console

    bool operator==(const AutoScalingDesign&) const = default;
};

struct ThroughputDesign {
    long long readCapacityUnits = 5;
    long long writeCapacityUnits = 5;
    AutoScalingDesign readScaling;
    AutoScalingDesign writeScaling;

    bool operator==(const ThroughputDesign&) const = default;
};

struct IndexDesign {
    std::string name;
    KeyDesign partitionKey;  // for a local index: unused, the table's partition key applies
    KeyDesign sortKey;
    std::string projectionType = "ALL";         // ALL, KEYS_ONLY or INCLUDE
    std::vector<std::string> nonKeyAttributes;  // INCLUDE only
    ThroughputDesign throughput;                // global indexes of PROVISIONED tables

    bool operator==(const IndexDesign&) const = default;
};

struct TableDesign {
    std::string tableName;
    KeyDesign partitionKey;
    KeyDesign sortKey;
    std::vector<IndexDesign> globalIndexes;
    std::vector<IndexDesign> localIndexes;
    std::string billingMode = "PAY_PER_REQUEST";  // or PROVISIONED
    ThroughputDesign throughput;
    bool streamEnabled = false;
    std::string streamViewType = "NEW_AND_OLD_IMAGES";
    std::string ttlAttribute;  // empty: TTL disabled
    std::string tableClass = "STANDARD";
    bool deletionProtection = false;
    std::vector<std::pair<std::string, std::string>> tags;
    std::string tableArn;  // known for a design read from DescribeTable

    bool isProvisioned() const { return billingMode == "PROVISIONED"; }
    bool operator==(const TableDesign&) const = default;

    // Reads a DescribeTable answer ({"Table": {...}} or the bare object);
    // tolerant like the views: missing or mistyped members keep defaults.
    static TableDesign fromDescribeTable(const nlohmann::json& response);
    // Adds a DescribeTimeToLive answer (TTL ENABLED/ENABLING -> attribute).
    void applyTimeToLive(const nlohmann::json& response);
    // Adds a ListTagsOfResource answer.
    void applyTags(const nlohmann::json& response);
};

// One request of a plan: the operation name and its body.
struct PlannedRequest {
    std::string operation;
    nlohmann::json request;
};

struct UpdatePlan {
    std::vector<PlannedRequest> requests;
    // What differs but cannot be changed on an existing table, in wire
    // member names: "KeySchema", "LocalSecondaryIndexes", "TableName".
    std::vector<std::string> unchangeable;
};

// The AttributeDefinitions that the table's and indexes' keys need, in order
// of first use. A name used with two types is listed twice: the engine decides.
nlohmann::json attributeDefinitions(const TableDesign& design);
nlohmann::json createTableRequest(const TableDesign& design);
std::vector<PlannedRequest> creationPlan(const TableDesign& design);
UpdatePlan updatePlan(const TableDesign& before, const TableDesign& after);

}  // namespace shardscope::tools
