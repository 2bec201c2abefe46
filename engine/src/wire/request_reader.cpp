#include "wire/request_reader.h"

#include "wire/json_types.h"

#include <algorithm>

namespace shardscope::engine::wire {
namespace {

// The model's pattern is [a-zA-Z0-9_.-]+: an empty name fails it too.
bool validNameChars(const std::string& s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' ||
               c == '.';
    });
}

}  // namespace

std::string lowerFirst(std::string_view name) {
    std::string out(name);
    if (!out.empty() && out[0] >= 'A' && out[0] <= 'Z') out[0] = static_cast<char>(out[0] - 'A' + 'a');
    return out;
}

RequestReader::RequestReader(const nlohmann::json& object, std::string pathPrefix)
    : m_object(object), m_prefix(std::move(pathPrefix)) {}

std::string RequestReader::path(std::string_view member) const {
    return m_prefix.empty() ? lowerFirst(member) : m_prefix + "." + lowerFirst(member);
}

const nlohmann::json* RequestReader::member(std::string_view name) const {
    if (!m_object.is_object()) return nullptr;
    auto it = m_object.find(name);
    if (it == m_object.end() || it->is_null()) return nullptr;
    return &*it;
}

void RequestReader::typeError(const nlohmann::json& value, std::string_view expected) {
    if (!m_serialization) m_serialization = wrongJsonType(value, expected);
}

void RequestReader::serializationError(ApiError error) {
    if (!m_serialization) m_serialization = std::move(error);
}

const std::string* RequestReader::string(std::string_view name) {
    const auto* v = member(name);
    if (!v) return nullptr;
    if (!v->is_string()) {
        typeError(*v, "String");
        return nullptr;
    }
    return &v->get_ref<const std::string&>();
}

std::optional<std::int64_t> RequestReader::integer(std::string_view name, std::string_view modelType) {
    const auto* v = member(name);
    if (!v) return std::nullopt;
    if (v->is_number_integer()) return v->get<std::int64_t>();
    if (v->is_number_float()) return static_cast<std::int64_t>(v->get<double>());
    typeError(*v, modelType);
    return std::nullopt;
}

std::optional<bool> RequestReader::boolean(std::string_view name) {
    const auto* v = member(name);
    if (!v) return std::nullopt;
    if (!v->is_boolean()) {
        typeError(*v, "Boolean");
        return std::nullopt;
    }
    return v->get<bool>();
}

const nlohmann::json* RequestReader::object(std::string_view name) {
    const auto* v = member(name);
    if (!v) return nullptr;
    if (!v->is_object()) {
        typeError(*v, "Structure");
        return nullptr;
    }
    return v;
}

const nlohmann::json* RequestReader::array(std::string_view name) {
    const auto* v = member(name);
    if (!v) return nullptr;
    if (!v->is_array()) {
        typeError(*v, "List");
        return nullptr;
    }
    return v;
}

void RequestReader::violation(std::string_view memberName, std::string renderedValue, std::string_view constraint) {
    m_violations.push_back("Value " + renderedValue + " at '" + path(memberName) +
                           "' failed to satisfy constraint: " + std::string(constraint));
}

bool RequestReader::required(std::string_view name, bool present) {
    if (present) return true;
    violation(name, "null", "Member must not be null");
    return false;
}

bool RequestReader::tableName(std::string_view name, const std::string* value, bool isRequired, bool controlPlane) {
    if (!value) return isRequired ? required(name, false) : true;
    // A table ARN is accepted wherever a table name is.
    if (value->rfind("arn:", 0) == 0) return lengthBetween(name, value, 1, 1024);
    if (controlPlane && (value->size() < 3 || value->size() > 255)) {
        if (!m_immediate)
            m_immediate = ApiError::validation(std::string(name) +
                                               " must be at least 3 characters long and at most 255 characters long");
        return false;
    }
    bool ok = true;
    if (!validNameChars(*value)) {
        violation(name, "'" + *value + "'", "Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+");
        ok = false;
    }
    if (value->size() < 3) {
        violation(name, "'" + *value + "'", "Member must have length greater than or equal to 3");
        ok = false;
    }
    if (value->size() > 255) {
        violation(name, "'" + *value + "'", "Member must have length less than or equal to 255");
        ok = false;
    }
    return ok;
}

bool RequestReader::enumValue(std::string_view name, const std::string* value,
                              std::initializer_list<std::string_view> allowed) {
    if (!value) return true;
    if (std::find(allowed.begin(), allowed.end(), *value) != allowed.end()) return true;
    std::string set = "[";
    bool first = true;
    for (auto a : allowed) {
        if (!first) set += ", ";
        set += a;
        first = false;
    }
    set += "]";
    violation(name, "'" + *value + "'", "Member must satisfy enum value set: " + set);
    return false;
}

bool RequestReader::minValue(std::string_view name, std::optional<std::int64_t> value, std::int64_t min) {
    if (!value || *value >= min) return true;
    violation(name, "'" + std::to_string(*value) + "'", "Member must have value greater than or equal to " + std::to_string(min));
    return false;
}

bool RequestReader::maxValue(std::string_view name, std::optional<std::int64_t> value, std::int64_t max) {
    if (!value || *value <= max) return true;
    violation(name, "'" + std::to_string(*value) + "'", "Member must have value less than or equal to " + std::to_string(max));
    return false;
}

bool RequestReader::lengthBetween(std::string_view name, const std::string* value, std::size_t min, std::size_t max) {
    if (!value) return true;
    if (value->size() < min) {
        violation(name, "'" + *value + "'", "Member must have length greater than or equal to " + std::to_string(min));
        return false;
    }
    if (value->size() > max) {
        violation(name, "'" + *value + "'", "Member must have length less than or equal to " + std::to_string(max));
        return false;
    }
    return true;
}

bool RequestReader::countBetween(std::string_view name, const nlohmann::json* list, std::size_t min, std::size_t max) {
    if (!list) return true;
    const std::size_t n = list->size();
    if (n >= min && n <= max) return true;
    // The service renders the offending list with Java's toString; a compact
    // JSON rendering carries the same information.
    const std::string rendered = "'" + list->dump() + "'";
    if (n < min)
        violation(name, rendered, "Member must have length greater than or equal to " + std::to_string(min));
    else
        violation(name, rendered, "Member must have length less than or equal to " + std::to_string(max));
    return false;
}

Status RequestReader::status() const {
    if (m_serialization) return *m_serialization;
    if (m_immediate) return *m_immediate;
    if (m_violations.empty()) return Status::success();
    const std::size_t n = std::min<std::size_t>(m_violations.size(), 10);
    std::string message = std::to_string(n) + " validation error" + (n > 1 ? "s" : "") + " detected: ";
    for (std::size_t i = 0; i < n; ++i) {
        if (i) message += "; ";
        message += m_violations[i];
    }
    return ApiError::validation(std::move(message));
}

}  // namespace shardscope::engine::wire
