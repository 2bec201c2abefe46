#include "ops/request_expressions.h"

#include "shardscope/engine/json_codec.h"
#include "wire/json_types.h"
#include "wire/request_reader.h"

namespace shardscope::engine {
namespace {

using nlohmann::json;

bool present(const json& request, const char* member) {
    auto it = request.find(member);
    return it != request.end() && !it->is_null();
}

std::string braced(const std::vector<const char*>& names) {
    std::string out = "{";
    for (std::size_t i = 0; i < names.size(); ++i) out += (i ? ", " : "") + std::string(names[i]);
    return out + "}";
}

}  // namespace

Result<std::unique_ptr<RequestExpressions>> RequestExpressions::open(const json& request, const ExpressionSpec& spec) {
    std::unique_ptr<RequestExpressions> self(new RequestExpressions(request));
    std::vector<const char*> legacyUsed, expressionsUsed;
    for (const char* m : spec.legacy)
        if (present(request, m)) legacyUsed.push_back(m);
    for (const char* m : spec.expressions)
        if (present(request, m)) expressionsUsed.push_back(m);
    const bool hasNames = present(request, "ExpressionAttributeNames");
    // Reads without value-bearing expressions (GetItem, BatchGetItem,
    // TransactGetItems' Get) have no ExpressionAttributeValues member in the
    // service model; like any unknown member it is ignored.
    const bool hasValues = !spec.valueBearing.empty() && present(request, "ExpressionAttributeValues");
    if (legacyUsed.empty() && expressionsUsed.empty() && !hasNames && !hasValues) return self;

    if (!legacyUsed.empty() && !expressionsUsed.empty())
        return ApiError::validation("Can not use both expression and non-expression parameters in the same request: "
                                    "Non-expression parameters: " + braced(legacyUsed) +
                                    " Expression parameters: " + braced(expressionsUsed));
    if (hasNames && expressionsUsed.empty())
        return ApiError::validation("ExpressionAttributeNames can only be specified when using expressions");
    if (hasValues) {
        bool valueExpression = false;
        for (const char* m : spec.valueBearing) valueExpression = valueExpression || present(request, m);
        if (!valueExpression)
            return ApiError::validation(std::string("ExpressionAttributeValues can only be specified when using expressions: ") +
                                        spec.valuesNull);
    }

    const expr::NameMap* names = nullptr;
    const AttributeMap* values = nullptr;
    if (hasNames) {
        const json& n = request["ExpressionAttributeNames"];
        if (!n.is_object()) return wire::wrongJsonType(n, "Map");
        for (auto it = n.begin(); it != n.end(); ++it) {
            if (!it.value().is_string()) return wire::wrongJsonType(it.value(), "String");
            self->m_names.emplace(it.key(), it.value().get<std::string>());
        }
        names = &self->m_names;
    }
    if (hasValues) {
        const json& v = request["ExpressionAttributeValues"];
        if (!v.is_object()) return wire::wrongJsonType(v, "Map");
        for (auto it = v.begin(); it != v.end(); ++it) {
            auto value = attributeValueFromJson(it.value());
            if (!value.ok()) {
                if (value.error().code() != ErrorCode::Validation) return std::move(value).error();
                return ApiError::validation("ExpressionAttributeValues contains invalid value: " + value.error().message() +
                                            " for key " + it.key());
            }
            self->m_values.set(it.key(), std::move(*value));
        }
        values = &self->m_values;
    }
    self->m_context = expr::ExpressionContext(names, values);
    SHARDSCOPE_TRY(self->m_context.validateDeclarations());
    return self;
}

bool RequestExpressions::has(const char* member) const { return present(m_request, member); }

Result<std::optional<expr::ParsedCondition>> RequestExpressions::condition(const char* member, expr::ExpressionKind kind) {
    if (!has(member)) return std::optional<expr::ParsedCondition>();
    const json& text = m_request[member];
    if (!text.is_string()) return wire::wrongJsonType(text, "String");
    auto parsed = expr::parseCondition(text.get_ref<const std::string&>(), kind, m_context);
    if (!parsed.ok()) return std::move(parsed).error();
    return std::optional<expr::ParsedCondition>(std::move(*parsed));
}

Result<std::optional<expr::ParsedProjection>> RequestExpressions::projection() {
    if (has("ProjectionExpression")) {
        const json& text = m_request["ProjectionExpression"];
        if (!text.is_string()) return wire::wrongJsonType(text, "String");
        auto parsed = expr::parseProjection(text.get_ref<const std::string&>(), m_context);
        if (!parsed.ok()) return std::move(parsed).error();
        return std::optional<expr::ParsedProjection>(std::move(*parsed));
    }
    if (has("AttributesToGet")) {
        const json& list = m_request["AttributesToGet"];
        if (!list.is_array()) return wire::wrongJsonType(list, "List");
        if (list.empty())
            return ApiError::validation("1 validation error detected: Value '[]' at 'attributesToGet' failed to satisfy "
                                        "constraint: Member must have length greater than or equal to 1");
        std::vector<std::string> names;
        for (const auto& n : list) {
            if (!n.is_string()) return wire::wrongJsonType(n, "String");
            names.push_back(n.get<std::string>());
        }
        auto parsed = expr::translateAttributesToGet(names);
        if (!parsed.ok()) return std::move(parsed).error();
        return std::optional<expr::ParsedProjection>(std::move(*parsed));
    }
    return std::optional<expr::ParsedProjection>();
}

Result<std::optional<expr::ParsedUpdate>> RequestExpressions::update() {
    if (has("UpdateExpression")) {
        const json& text = m_request["UpdateExpression"];
        if (!text.is_string()) return wire::wrongJsonType(text, "String");
        auto parsed = expr::parseUpdate(text.get_ref<const std::string&>(), m_context);
        if (!parsed.ok()) return std::move(parsed).error();
        return std::optional<expr::ParsedUpdate>(std::move(*parsed));
    }
    if (has("AttributeUpdates")) {
        const json& updates = m_request["AttributeUpdates"];
        if (!updates.is_object()) return wire::wrongJsonType(updates, "Map");
        std::vector<expr::LegacyUpdate> list;
        for (auto it = updates.begin(); it != updates.end(); ++it) {
            if (!it.value().is_object()) return wire::wrongJsonType(it.value(), "Structure");
            expr::LegacyUpdate u;
            u.attribute = it.key();
            if (present(it.value(), "Action")) {
                const json& action = it.value()["Action"];
                if (!action.is_string()) return wire::wrongJsonType(action, "String");
                const std::string a = action.get<std::string>();
                if (a == "PUT") u.action = expr::LegacyAction::Put;
                else if (a == "ADD") u.action = expr::LegacyAction::Add;
                else if (a == "DELETE") u.action = expr::LegacyAction::Delete;
                else
                    return ApiError::validation("1 validation error detected: Value '" + a + "' at 'attributeUpdates." + it.key() +
                                                ".member.action' failed to satisfy constraint: Member must satisfy enum value set: [ADD, PUT, DELETE]");
            }
            if (present(it.value(), "Value")) {
                auto value = attributeValueFromJson(it.value()["Value"]);
                if (!value.ok()) return std::move(value).error();
                u.value = std::move(*value);
            }
            list.push_back(std::move(u));
        }
        auto parsed = expr::translateAttributeUpdates(list);
        if (!parsed.ok()) return std::move(parsed).error();
        return std::optional<expr::ParsedUpdate>(std::move(*parsed));
    }
    return std::optional<expr::ParsedUpdate>();
}

std::optional<expr::ConditionalOperator> RequestExpressions::conditionalOperator() const {
    if (!has("ConditionalOperator") || !m_request["ConditionalOperator"].is_string()) return std::nullopt;
    return m_request["ConditionalOperator"].get<std::string>() == "OR" ? expr::ConditionalOperator::Or
                                                                       : expr::ConditionalOperator::And;
}

Result<std::vector<expr::LegacyCondition>> RequestExpressions::readLegacyConditions(const char* member, bool allowExists) {
    const json& map = m_request[member];
    if (!map.is_object()) return wire::wrongJsonType(map, "Map");
    std::vector<expr::LegacyCondition> out;
    for (auto it = map.begin(); it != map.end(); ++it) {
        const json& c = it.value();
        if (!c.is_object()) return wire::wrongJsonType(c, "Structure");
        expr::LegacyCondition cond;
        cond.attribute = it.key();
        if (present(c, "ComparisonOperator")) {
            if (!c["ComparisonOperator"].is_string()) return wire::wrongJsonType(c["ComparisonOperator"], "String");
            const std::string op = c["ComparisonOperator"].get<std::string>();
            cond.comparisonOperator = expr::parseLegacyOperator(op);
            if (!cond.comparisonOperator)
                return ApiError::validation("1 validation error detected: Value '" + op + "' at '" + wire::lowerFirst(member) + "." +
                                            it.key() + ".member.comparisonOperator' failed to satisfy constraint: Member must satisfy enum value set: "
                                            "[IN, NULL, BETWEEN, LT, NOT_CONTAINS, EQ, GT, NOT_NULL, NE, LE, BEGINS_WITH, GE, CONTAINS]");
        }
        if (present(c, "AttributeValueList")) {
            const json& list = c["AttributeValueList"];
            if (!list.is_array()) return wire::wrongJsonType(list, "List");
            std::vector<AttributeValue> values;
            for (const auto& v : list) {
                auto value = attributeValueFromJson(v);
                if (!value.ok()) return std::move(value).error();
                values.push_back(std::move(*value));
            }
            cond.attributeValueList = std::move(values);
        }
        if (allowExists) {
            if (present(c, "Value")) {
                auto value = attributeValueFromJson(c["Value"]);
                if (!value.ok()) return std::move(value).error();
                cond.value = std::move(*value);
            }
            if (present(c, "Exists")) {
                if (!c["Exists"].is_boolean()) return wire::wrongJsonType(c["Exists"], "Boolean");
                cond.exists = c["Exists"].get<bool>();
            }
        }
        out.push_back(std::move(cond));
    }
    return out;
}

Result<std::optional<expr::ParsedCondition>> RequestExpressions::legacyCondition(const char* member, bool isFilter) {
    if (!has(member)) return std::optional<expr::ParsedCondition>();
    auto conditions = readLegacyConditions(member, !isFilter);
    if (!conditions.ok()) return std::move(conditions).error();
    auto parsed = isFilter ? expr::translateFilter(*conditions, conditionalOperator())
                           : expr::translateExpected(*conditions, conditionalOperator());
    if (!parsed.ok()) return std::move(parsed).error();
    return std::optional<expr::ParsedCondition>(std::move(*parsed));
}

Status RequestExpressions::checkLegacyKeyConditions() {
    if (!has("KeyConditions")) return Status::success();
    auto conditions = readLegacyConditions("KeyConditions", false);
    if (!conditions.ok()) return std::move(conditions).error();
    m_keyConditions = std::move(*conditions);
    return expr::checkKeyConditionsShape(*m_keyConditions);
}

Result<std::optional<expr::KeyCondition>> RequestExpressions::legacyKeyConditions(const expr::KeySchemaNames& schema) {
    if (!has("KeyConditions")) return std::optional<expr::KeyCondition>();
    if (!m_keyConditions) {
        auto conditions = readLegacyConditions("KeyConditions", false);
        if (!conditions.ok()) return std::move(conditions).error();
        m_keyConditions = std::move(*conditions);
    }
    auto parsed = expr::translateKeyConditions(*m_keyConditions, schema);
    if (!parsed.ok()) return std::move(parsed).error();
    return std::optional<expr::KeyCondition>(std::move(*parsed));
}

}  // namespace shardscope::engine
