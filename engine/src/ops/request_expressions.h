// RequestExpressions: the expression and legacy-condition parameters of one
// request, checked as DynamoDB checks them and parsed into the expression
// pipeline's types.
//
// open() runs the request-level rules in the service's order: expression and
// non-expression parameters may not be mixed, ExpressionAttributeNames need
// an expression and ExpressionAttributeValues a value-bearing one, then the
// maps are decoded and validated. The accessors parse one parameter each
// (absent -> nullopt); finish() reports unused names and values across all
// of them. Each operation states what it accepts in an ExpressionSpec.
//
// Thread-safety: one instance per request, single-threaded.
#pragma once

#include "expr/expressions.h"
#include "expr/legacy_conditions.h"
#include "expr/legacy_items.h"
#include "shardscope/engine/result.h"

#include <nlohmann/json.hpp>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace shardscope::engine {

struct ExpressionSpec {
    // Non-expression parameters, in the order the service lists them in messages.
    std::vector<const char*> legacy;
    // Expression parameters, likewise.
    std::vector<const char*> expressions;
    // Tail of "ExpressionAttributeValues can only be specified when using
    // expressions: <valuesNull>", e.g. "ConditionExpression is null".
    const char* valuesNull = "";
    // Expression parameters that may use values (the rest only use names).
    std::vector<const char*> valueBearing;
};

class RequestExpressions {
public:
    // `request` must outlive the returned object.
    static Result<std::unique_ptr<RequestExpressions>> open(const nlohmann::json& request, const ExpressionSpec& spec);

    bool has(const char* member) const;
    expr::ExpressionContext& context() { return m_context; }

    // A ConditionExpression / FilterExpression / KeyConditionExpression.
    Result<std::optional<expr::ParsedCondition>> condition(const char* member, expr::ExpressionKind kind);
    // ProjectionExpression, or the legacy AttributesToGet.
    Result<std::optional<expr::ParsedProjection>> projection();
    // UpdateExpression, or the legacy AttributeUpdates.
    Result<std::optional<expr::ParsedUpdate>> update();
    // Expected (with ConditionalOperator), or QueryFilter / ScanFilter.
    Result<std::optional<expr::ParsedCondition>> legacyCondition(const char* member, bool isFilter);
    // KeyConditions' schema-free checks, for before the table lookup; keeps
    // what it read for legacyKeyConditions().
    Status checkLegacyKeyConditions();
    // KeyConditions, against the queried key schema.
    Result<std::optional<expr::KeyCondition>> legacyKeyConditions(const expr::KeySchemaNames& schema);

    // Unused names or values across everything parsed so far.
    Status finish() const { return m_context.checkAllUsed(); }

private:
    explicit RequestExpressions(const nlohmann::json& request) : m_request(request) {}
    Result<std::vector<expr::LegacyCondition>> readLegacyConditions(const char* member, bool allowExists);
    std::optional<expr::ConditionalOperator> conditionalOperator() const;

    const nlohmann::json& m_request;
    expr::NameMap m_names;
    AttributeMap m_values;
    expr::ExpressionContext m_context;
    std::optional<std::vector<expr::LegacyCondition>> m_keyConditions;  // read by checkLegacyKeyConditions()
};

}  // namespace shardscope::engine
