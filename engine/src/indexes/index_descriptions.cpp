#include "indexes/index_descriptions.h"

#include <set>
#include <utility>

namespace shardscope::engine::indexes {
namespace {

bool hasList(const nlohmann::json& description, const char* member) {
    return description.contains(member) && description.at(member).is_array();
}

void collectKeyNames(const nlohmann::json& owner, std::set<std::string>& out) {
    if (!owner.contains("KeySchema") || !owner.at("KeySchema").is_array()) return;
    for (const auto& element : owner.at("KeySchema")) out.insert(element.value("AttributeName", ""));
}

}  // namespace

const nlohmann::json* findIndexDescription(const nlohmann::json& description, const char* member, std::string_view name) {
    if (!hasList(description, member)) return nullptr;
    for (const auto& index : description.at(member))
        if (index.is_object() && index.value("IndexName", "") == name) return &index;
    return nullptr;
}

nlohmann::json* findIndexDescription(nlohmann::json& description, const char* member, std::string_view name) {
    return const_cast<nlohmann::json*>(findIndexDescription(std::as_const(description), member, name));
}

std::string globalIndexStatus(const nlohmann::json& description, std::string_view name) {
    const nlohmann::json* index = findIndexDescription(description, kGlobalIndexes, name);
    return index ? index->value("IndexStatus", "ACTIVE") : std::string();
}

void removeGlobalIndexDescription(nlohmann::json& description, std::string_view name) {
    if (!hasList(description, kGlobalIndexes)) return;
    nlohmann::json kept = nlohmann::json::array();
    for (const auto& index : description.at(kGlobalIndexes))
        if (index.value("IndexName", "") != name) kept.push_back(index);
    if (kept.empty())
        description.erase(kGlobalIndexes);
    else
        description[kGlobalIndexes] = kept;

    std::set<std::string> used;
    collectKeyNames(description, used);
    for (const char* member : {kLocalIndexes, kGlobalIndexes})
        if (hasList(description, member))
            for (const auto& index : description.at(member)) collectKeyNames(index, used);
    if (!hasList(description, "AttributeDefinitions")) return;
    nlohmann::json keptDefinitions = nlohmann::json::array();
    for (const auto& definition : description.at("AttributeDefinitions"))
        if (used.count(definition.value("AttributeName", ""))) keptDefinitions.push_back(definition);
    description["AttributeDefinitions"] = keptDefinitions;
}

}  // namespace shardscope::engine::indexes
