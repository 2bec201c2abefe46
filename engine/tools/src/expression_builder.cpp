#include "shardscope/tools/expression_builder.h"

#include <algorithm>
#include <cctype>

namespace shardscope::tools {
namespace {

using nlohmann::json;

std::string sanitized(std::string_view text) {
    std::string out;
    for (char c : text)
        if (std::isalnum(static_cast<unsigned char>(c)) || c == '_') out += c;
    return out.empty() ? std::string("v") : out;
}

std::string trimmed(std::string_view text) {
    const auto begin = text.find_first_not_of(" \t\r\n");
    if (begin == std::string_view::npos) return {};
    const auto end = text.find_last_not_of(" \t\r\n");
    return std::string(text.substr(begin, end - begin + 1));
}

// The last name segment of a path, for naming its value placeholder.
std::string lastName(std::string_view path) {
    std::string name(path);
    if (auto bracket = name.find('['); bracket != std::string::npos) name.resize(bracket);
    if (auto dot = name.rfind('.'); dot != std::string::npos) name = name.substr(dot + 1);
    return name;
}

}  // namespace

std::string PlaceholderSet::path(std::string_view attributePath) {
    std::string out;
    std::size_t i = 0;
    while (i < attributePath.size()) {
        if (attributePath[i] == '[') {
            const std::size_t close = attributePath.find(']', i);
            const std::size_t end = close == std::string_view::npos ? attributePath.size() : close + 1;
            out += attributePath.substr(i, end - i);
            i = end;
            continue;
        }
        if (attributePath[i] == '.') {
            out += '.';
            ++i;
            continue;
        }
        const std::size_t end = std::min(attributePath.find_first_of(".[", i), attributePath.size());
        const std::string name(attributePath.substr(i, end - i));
        auto found = m_nameToPlaceholder.find(name);
        if (found == m_nameToPlaceholder.end()) {
            std::string placeholder = "#" + sanitized(name);
            for (int n = 2; m_placeholderToName.count(placeholder); ++n)
                placeholder = "#" + sanitized(name) + "_" + std::to_string(n);
            m_placeholderToName.emplace(placeholder, name);
            found = m_nameToPlaceholder.emplace(name, placeholder).first;
        }
        out += found->second;
        i = end;
    }
    return out;
}

std::string PlaceholderSet::value(std::string_view hint, const json& attributeValue) {
    std::string placeholder = ":" + sanitized(hint);
    for (int n = 2; m_values.count(placeholder); ++n) placeholder = ":" + sanitized(hint) + "_" + std::to_string(n);
    m_values.emplace(placeholder, attributeValue);
    return placeholder;
}

json PlaceholderSet::names() const {
    if (m_placeholderToName.empty()) return nullptr;
    json out = json::object();
    for (const auto& [placeholder, name] : m_placeholderToName) out[placeholder] = name;
    return out;
}

json PlaceholderSet::values() const {
    if (m_values.empty()) return nullptr;
    json out = json::object();
    for (const auto& [placeholder, value] : m_values) out[placeholder] = value;
    return out;
}

std::string buildCondition(const std::vector<ConditionRow>& rows, std::string_view join, PlaceholderSet& placeholders) {
    std::vector<std::string> parts;
    for (const ConditionRow& row : rows) {
        const std::string attribute = trimmed(row.attribute);
        if (attribute.empty()) continue;
        const std::string path = placeholders.path(attribute);
        const std::string hint = lastName(attribute);
        const std::string& op = row.op;
        if (op == "attribute_exists" || op == "attribute_not_exists") {
            parts.push_back(op + "(" + path + ")");
        } else if (op == "begins_with" || op == "contains" || op == "attribute_type") {
            parts.push_back(op + "(" + path + ", " + placeholders.value(hint, row.value) + ")");
        } else if (op == "BETWEEN") {
            const std::string low = placeholders.value(hint, row.value);
            const std::string high = placeholders.value(hint, row.value2);
            parts.push_back(path + " BETWEEN " + low + " AND " + high);
        } else {
            parts.push_back(path + " " + op + " " + placeholders.value(hint, row.value));
        }
    }
    std::string out;
    const std::string separator = " " + std::string(join) + " ";
    for (std::size_t i = 0; i < parts.size(); ++i) out += (i ? separator : std::string()) + parts[i];
    return out;
}

std::string buildUpdate(const std::vector<UpdateRow>& rows, PlaceholderSet& placeholders) {
    std::vector<std::string> set, remove, add, del;
    for (const UpdateRow& row : rows) {
        const std::string attribute = trimmed(row.attribute);
        if (attribute.empty()) continue;
        const std::string path = placeholders.path(attribute);
        const std::string hint = lastName(attribute);
        const std::string& a = row.action;
        if (a == "REMOVE") {
            remove.push_back(path);
        } else if (a == "ADD") {
            add.push_back(path + " " + placeholders.value(hint, row.value));
        } else if (a == "DELETE") {
            del.push_back(path + " " + placeholders.value(hint, row.value));
        } else {
            const std::string v = placeholders.value(hint, row.value);
            if (a == "SET_IF_NOT_EXISTS")
                set.push_back(path + " = if_not_exists(" + path + ", " + v + ")");
            else if (a == "INCREMENT")
                set.push_back(path + " = " + path + " + " + v);
            else if (a == "DECREMENT")
                set.push_back(path + " = " + path + " - " + v);
            else if (a == "APPEND")
                set.push_back(path + " = list_append(" + path + ", " + v + ")");
            else
                set.push_back(path + " = " + v);
        }
    }
    std::string out;
    auto clause = [&out](const char* keyword, const std::vector<std::string>& actions) {
        if (actions.empty()) return;
        if (!out.empty()) out += ' ';
        out += keyword;
        for (std::size_t i = 0; i < actions.size(); ++i) out += (i ? ", " : " ") + actions[i];
    };
    clause("SET", set);
    clause("REMOVE", remove);
    clause("ADD", add);
    clause("DELETE", del);
    return out;
}

std::string buildProjection(const std::vector<std::string>& attributes, PlaceholderSet& placeholders) {
    std::string out;
    for (const std::string& attribute : attributes) {
        const std::string name = trimmed(attribute);
        if (name.empty()) continue;
        out += (out.empty() ? "" : ", ") + placeholders.path(name);
    }
    return out;
}

const std::vector<std::string>& attributeTypes() {
    static const std::vector<std::string> kTypes{"S", "N", "B", "BOOL", "NULL", "SS", "NS", "BS", "L", "M"};
    return kTypes;
}

std::optional<json> parseTypedValue(std::string_view type, std::string_view text, ValueInputError* error) {
    auto fail = [error](ValueInputError e) -> std::optional<json> {
        if (error) *error = e;
        return std::nullopt;
    };
    if (error) *error = ValueInputError::None;
    const std::string t(type);
    if (t == "S" || t == "B") return json{{t, std::string(text)}};
    if (t == "N") return json{{t, trimmed(text)}};
    if (t == "NULL") return json{{"NULL", true}};
    if (t == "BOOL") {
        std::string lower = trimmed(text);
        std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
        if (lower == "true") return json{{"BOOL", true}};
        if (lower == "false") return json{{"BOOL", false}};
        return fail(ValueInputError::InvalidBoolean);
    }
    if (t == "SS" || t == "NS" || t == "BS") {
        const std::string body = trimmed(text);
        if (!body.empty() && body.front() == '[') {
            json parsed = json::parse(body, nullptr, false);
            if (parsed.is_discarded() || !parsed.is_array()) return fail(ValueInputError::InvalidJson);
            return json{{t, parsed}};
        }
        json members = json::array();
        std::size_t start = 0;
        while (start <= body.size()) {
            const std::size_t comma = std::min(body.find(',', start), body.size());
            const std::string member = trimmed(std::string_view(body).substr(start, comma - start));
            if (!member.empty()) members.push_back(member);
            start = comma + 1;
        }
        return json{{t, members}};
    }
    if (t == "L" || t == "M") {
        json parsed = json::parse(trimmed(text), nullptr, false);
        if (parsed.is_discarded()) return fail(ValueInputError::InvalidJson);
        return json{{t, parsed}};
    }
    return fail(ValueInputError::InvalidJson);
}

std::pair<std::string, std::string> typedValueText(const json& attributeValue) {
    if (!attributeValue.is_object() || attributeValue.size() != 1) return {"S", std::string()};
    const std::string type = attributeValue.begin().key();
    const json& inner = attributeValue.begin().value();
    if (inner.is_string()) return {type, inner.get<std::string>()};
    if (type == "BOOL" && inner.is_boolean()) return {type, inner.get<bool>() ? "true" : "false"};
    if (type == "NULL") return {type, std::string()};
    return {type, inner.dump()};
}

}  // namespace shardscope::tools
