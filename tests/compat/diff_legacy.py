"""Legacy read parameters rewritten as expressions, for deviations D13, D30.

dynalite evaluates QueryFilter/ScanFilter with ConditionalOperator=OR as "the
first condition decides" (its matchesFilter returns on the first failing
entry), and NOT_CONTAINS as true on a missing attribute. For such reads the
driver asks dynalite the equivalent expression request instead, built here by the documented correspondence between the
legacy ComparisonOperators and expression syntax (developer guide, "Legacy
conditional parameters"):

  EQ a = :v   NE a <> :v   LE/LT/GE/GT a <= / < / >= / > :v
  NOT_NULL attribute_exists(a)   NULL attribute_not_exists(a)
  CONTAINS contains(a, :v)
  NOT_CONTAINS attribute_exists(a) AND NOT contains(a, :v)   (false on a missing attribute)
  BEGINS_WITH begins_with(a, :v)   IN a IN (:v1, ...)   BETWEEN a BETWEEN :v1 AND :v2

KeyConditions become a KeyConditionExpression and AttributesToGet a
ProjectionExpression, because legacy and expression parameters cannot be
mixed. Stateless.
"""

import copy

TEMPLATES = {"EQ": "{a} = {0}", "NE": "{a} <> {0}", "LE": "{a} <= {0}", "LT": "{a} < {0}", "GE": "{a} >= {0}",
             "GT": "{a} > {0}", "NOT_NULL": "attribute_exists({a})", "NULL": "attribute_not_exists({a})",
             "CONTAINS": "contains({a}, {0})", "NOT_CONTAINS": "(attribute_exists({a}) AND NOT contains({a}, {0}))",
             "BEGINS_WITH": "begins_with({a}, {0})", "BETWEEN": "{a} BETWEEN {0} AND {1}"}


def needs_rewrite(request):
    """True for a read whose legacy filter combines several entries with OR
    (D13) or has a NOT_CONTAINS entry (D30)."""
    conditions = request.get("QueryFilter") or request.get("ScanFilter") or {}
    if not isinstance(conditions, dict):
        return False
    not_contains = any(isinstance(e, dict) and e.get("ComparisonOperator") == "NOT_CONTAINS"
                       for e in conditions.values())
    return (request.get("ConditionalOperator") == "OR" and len(conditions) > 1) or not_contains


class _Builder:
    def __init__(self):
        self.names, self.values = {}, {}

    def name(self, attribute):
        token = f"#l{len(self.names)}"
        self.names[token] = attribute
        return token

    def value(self, attribute_value):
        token = f":l{len(self.values)}"
        self.values[token] = attribute_value
        return token

    def condition(self, attribute, entry):
        operator = entry["ComparisonOperator"]
        values = [self.value(v) for v in entry.get("AttributeValueList", [])]
        name = self.name(attribute)
        if operator == "IN":
            return f"{name} IN ({', '.join(values)})"
        return TEMPLATES[operator].format(*values, a=name)


def rewrite(request):
    request = copy.deepcopy(request)
    builder = _Builder()
    field = "QueryFilter" if "QueryFilter" in request else "ScanFilter"
    parts = [builder.condition(a, e) for a, e in request.pop(field).items()]
    joiner = " OR " if request.pop("ConditionalOperator", "AND") == "OR" else " AND "
    request["FilterExpression"] = joiner.join(parts)
    if "KeyConditions" in request:
        request["KeyConditionExpression"] = " AND ".join(
            builder.condition(a, e) for a, e in request.pop("KeyConditions").items())
    if "AttributesToGet" in request:
        request["ProjectionExpression"] = ", ".join(builder.name(a) for a in request.pop("AttributesToGet"))
    request["ExpressionAttributeNames"] = builder.names
    if builder.values:
        request["ExpressionAttributeValues"] = builder.values
    return request
