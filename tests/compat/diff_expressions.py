"""Random expressions for the differential test: conditions, filters, key
conditions, updates and projections, plus their legacy equivalents.

An Expr collects the #names and :values one request uses. Paths are picked
from a known item when there is one (so conditions are sometimes true and
updates touch real attributes) and invented otherwise. Roughly one request in
ten carries a deliberate mistake (syntax, undefined or unused placeholder,
reserved word, overlapping paths, wrong function use) so that validation
order and messages are compared too.

Not thread-safe: one Expressions per Random.
"""

import base64

from diff_values import NAMES, PLAIN, RESERVED, TYPES, ordered, reversed_bounds

COMPARATORS = ["=", "<>", "<", "<=", ">", ">="]
LEGACY_OPERATORS = ["EQ", "NE", "LE", "LT", "GE", "GT", "NOT_NULL", "NULL", "CONTAINS", "NOT_CONTAINS",
                    "BEGINS_WITH", "IN", "BETWEEN"]


class Expr:
    """The #names and :values of one request."""

    def __init__(self):
        self.names = {}
        self.values = {}
        # (operator, type) of ordering comparisons against a literal that is
        # not S, N or B, in textual order (deviation D8).
        self.unorderable = []
        # Another deliberate static error was generated (no spoil() then).
        self.invalid = False

    def name(self, attribute, force=False):
        if not force and attribute in PLAIN:
            return attribute
        for token, existing in self.names.items():
            if existing == attribute:
                return token
        token = f"#n{len(self.names)}"
        self.names[token] = attribute
        return token

    def value(self, attribute_value):
        token = f":v{len(self.values)}"
        self.values[token] = attribute_value
        return token

    def apply(self, request):
        if self.names:
            request["ExpressionAttributeNames"] = self.names
        if self.values:
            request["ExpressionAttributeValues"] = self.values
        return request


def ascii_binary(value):
    """`value`, or an ASCII binary in place of a binary with bytes >= 0x80:
    dynalite's contains() and begins_with() compare binaries as UTF-8 text,
    where every such invalid byte becomes U+FFFD (D44)."""
    if "B" in value and any(byte >= 0x80 for byte in base64.b64decode(value["B"])):
        return {"B": base64.b64encode(b"a").decode("ascii")}
    return value


def render(expr, path, force=False):
    text = expr.name(path[0], force)
    for step in path[1:]:
        text += f"[{step}]" if isinstance(step, int) else "." + expr.name(step, force)
    return text


def overlaps(a, b):
    n = min(len(a), len(b))
    return a[:n] == b[:n]


class Expressions:
    def __init__(self, rng, values):
        self.rng = rng
        self.values = values

    def chance(self, p):
        return self.rng.random() < p

    # --- paths ------------------------------------------------------------

    def existing_path(self, item, keys):
        """A path into `item` (not into a key attribute), with its value."""
        names = [n for n in item if n not in keys]
        if not names:
            return None, None
        path = [self.rng.choice(names)]
        value = item[path[0]]
        while self.chance(0.4):
            if "M" in value and value["M"]:
                step = self.rng.choice(list(value["M"]))
                path.append(step)
                value = value["M"][step]
            elif "L" in value and value["L"]:
                step = self.rng.randrange(len(value["L"]))
                path.append(step)
                value = value["L"][step]
            else:
                break
        return path, value

    def path(self, item, keys, allow_nested=True):
        if item and self.chance(0.7):
            path, value = self.existing_path(item, keys)
            if path and (allow_nested or len(path) == 1):
                return path, value
        path = [self.rng.choice([n for n in NAMES if n not in keys])]
        if allow_nested and self.chance(0.25):
            path.append(self.rng.choice(["k", "x", 0, 1, 5]))
        return path, None

    def operand_value(self, known):
        """A value near `known` (equal, same type, or anything)."""
        r = self.rng.random()
        if r < 0.04:
            return {"BOOL": False}
        if r < 0.07:
            return self.rng.choice([{"S": ""}, {"B": ""}])
        if known is not None and self.chance(0.5):
            return known
        if known is not None and self.chance(0.5):
            return self.values.value(type_name=next(iter(known)))
        return self.values.value()

    def comparable(self, value):
        """`value`, or a scalar in its place when it is a list or map:
        dynalite compares those by reference (D27)."""
        if next(iter(value)) in ("L", "M"):
            return self.values.value(type_name=self.rng.choice(["S", "N", "B"]))
        return value

    # --- conditions -------------------------------------------------------

    def condition(self, expr, item, keys, depth=0, filter_=False):
        r = self.rng.random()
        if depth < 2 and r < 0.2:
            op = self.rng.choice(["AND", "OR", "and", "Or"])
            return f"{self.condition(expr, item, keys, depth + 1, filter_)} {op} {self.condition(expr, item, keys, depth + 1, filter_)}"
        if depth < 2 and r < 0.27:
            inner = self.condition(expr, item, keys, depth + 1, filter_)
            # "NOT NOT c" is valid DynamoDB grammar that dynalite rejects (D19).
            return f"NOT ({inner})" if inner.startswith("NOT ") else f"NOT {inner}"
        if depth < 2 and r < 0.33:
            inner = self.condition(expr, item, keys, depth + 1, filter_)
            # "((c))" has redundant parentheses, a static error: not on purpose.
            return inner if inner.startswith("(") and inner.endswith(")") else f"({inner})"
        path, known = self.path(item, keys)
        text = render(expr, path)
        kind = self.rng.random()
        if kind < 0.3:
            if self.chance(0.15) and item and known is not None and not filter_:
                # Two paths only when both exist: dynalite finds two missing
                # attributes equal and ordered (D29).
                other, other_known = self.existing_path(item, keys)
                if other_known is not None and other != path:
                    # Ordering only between scalars: dynalite also orders lists,
                    # maps and sets (D45); =, <> compare those (D27 aside).
                    scalar = all(next(iter(v)) in ("S", "N", "B") for v in (known, other_known))
                    comparable = all(next(iter(v)) not in ("L", "M") for v in (known, other_known))
                    ops = COMPARATORS if scalar else ["=", "<>"] if comparable else []
                    if ops:
                        return f"{text} {self.rng.choice(ops)} {render(expr, other)}"
            op, value = self.rng.choice(COMPARATORS), self.operand_value(known)
            if op in ("=", "<>"):
                value = self.comparable(value)
            elif next(iter(value)) not in ("S", "N", "B"):
                expr.unorderable.append((op, next(iter(value))))
            return f"{text} {op} {expr.value(value)}"
        if kind < 0.38:
            # size() only on a known, non-empty attribute: dynalite's size()
            # of an empty string or binary is undefined (D32).
            if not filter_ and known is not None and known not in ({"S": ""}, {"B": ""}):
                return f"size({text}) {self.rng.choice(COMPARATORS)} {expr.value({'N': str(self.rng.randint(0, 4))})}"
            return f"attribute_exists({text})"
        if kind < 0.46:
            low, high = self.bounds(known, expr)
            for bound in (low, high):
                if next(iter(bound)) not in ("S", "N", "B"):
                    expr.unorderable.append(("BETWEEN", next(iter(bound))))
                    break
            return f"{text} BETWEEN {expr.value(low)} AND {expr.value(high)}"
        if kind < 0.54:
            members = [expr.value(self.comparable(self.operand_value(known))) for _ in range(self.rng.randint(1, 3))]
            return f"{text} IN ({', '.join(members)})"
        if kind < 0.66:
            return f"attribute_exists({text})"
        if kind < 0.76:
            return f"attribute_not_exists({text})"
        if kind < 0.82:
            type_name = self.rng.choice(TYPES + ["X"] if self.chance(0.1) else TYPES)
            expr.invalid = expr.invalid or type_name == "X"
            return f"attribute_type({text}, {expr.value({'S': type_name})})"
        if kind < 0.9:
            prefix = self.values.value(type_name=self.rng.choice(["S", "S", "B", "N"]))
            if known and "S" in known and self.chance(0.5):
                prefix = {"S": known["S"][: self.rng.randint(0, len(known["S"]))]}
            expr.invalid = expr.invalid or "N" in prefix
            return f"begins_with({text}, {expr.value(ascii_binary(prefix))})"
        member = self.values.value(type_name=self.rng.choice(["S", "N", "B"]))
        if known:
            for set_type, scalar in (("SS", "S"), ("NS", "N"), ("BS", "B")):
                if set_type in known and self.chance(0.6):
                    member = {scalar: self.rng.choice(known[set_type])}
            scalars = [e for e in known.get("L", []) if next(iter(e)) in ("S", "N", "B")]
            if scalars and self.chance(0.5):
                # Only scalar list members: dynalite's contains() matches no
                # other element type (D26).
                member = self.rng.choice(scalars)
        return f"contains({text}, {expr.value(ascii_binary(member))})"

    def bounds(self, known, expr=None):
        """BETWEEN bounds of one type in ascending order; one in ten pairs is
        reversed on purpose (marked on `expr` as a deliberate error)."""
        if known and "N" in known and self.chance(0.6):
            low, high = {"N": self.values.number()}, known
        elif self.chance(0.5):
            low, high = {"S": self.values.string()}, {"S": self.values.string()}
        else:
            low, high = self.values.value(type_name="N"), self.values.value(type_name="N")
        low, high = ordered(low, high, self.chance(0.1))
        if expr is not None:
            expr.invalid = expr.invalid or reversed_bounds(low, high)
        return low, high

    # --- updates ----------------------------------------------------------

    def update(self, expr, item, keys):
        """An UpdateExpression; at most one REMOVE index per list (D3), and no
        nested REMOVE on an item known to be missing (D17)."""
        clauses = self.rng.sample(["SET", "REMOVE", "ADD", "DELETE"], self.rng.choice([1, 1, 2, 2, 3]))
        used, reads, parts, indexed = [], [], [], []
        for clause in clauses:
            actions = []
            for _ in range(self.rng.randint(1, 3)):
                nested = clause == "SET" or (clause == "REMOVE" and item is not None) or self.chance(0.2)
                path, known = self.path(item, keys, allow_nested=nested and (item is not None or clause != "REMOVE"))
                # No action may write what another one reads: dynalite shares
                # a copied value with its source (D34).
                if any(overlaps(path, other) for other in used + reads):
                    continue
                # No second index action on a list that one REMOVEs by index:
                # dynalite shifts the indexes in between (D3).
                if isinstance(path[-1], int) and any(
                        isinstance(other[-1], int) and other[:-1] == path[:-1] and "REMOVE" in (clause, kind)
                        for other, kind in indexed):
                    continue
                if isinstance(path[-1], int):
                    indexed.append((path, clause))
                used.append(path)
                action_reads = []
                action = self.update_action(clause, expr, path, known, item, keys, action_reads)
                # A SET may read its own target, but not a part or parent of it
                # (dynalite would build a cycle and crash).
                if any(overlaps(read, other) and (other is not path or read != path)
                       for read in action_reads for other in used):
                    action = f"{render(expr, path)} = {expr.value(self.values.value())}"
                    action_reads = []
                reads.extend(action_reads)
                actions.append(action)
            if actions:
                parts.append(f"{clause} {', '.join(actions)}")
        if not parts:
            parts.append(f"SET {render(expr, ['a'])} = {expr.value(self.values.value())}")
        return " ".join(parts)

    def update_action(self, clause, expr, path, known, item, keys, reads):
        text = render(expr, path)
        if clause == "REMOVE":
            return text
        if clause == "ADD":
            if known and next(iter(known)) in ("SS", "NS", "BS") and self.chance(0.7):
                return f"{text} {expr.value(self.values.set_value(next(iter(known))))}"
            kind = self.rng.choice(["N", "N", "SS", "NS", "BS", "S"])
            value = self.values.set_value(kind) if kind in ("SS", "NS", "BS") else self.values.value(type_name=kind)
            expr.invalid = expr.invalid or kind == "S"
            return f"{text} {expr.value(value)}"
        if clause == "DELETE":
            kind = next(iter(known)) if known and next(iter(known)) in ("SS", "NS", "BS") else "SS"
            if known and kind in known and self.chance(0.6):
                members = self.rng.sample(known[kind], self.rng.randint(1, len(known[kind])))
                return f"{text} {expr.value({kind: members})}"
            value = self.values.set_value(self.rng.choice([kind, "NS", "N"]))
            expr.invalid = expr.invalid or "N" in value
            return f"{text} {expr.value(value)}"
        return f"{text} = {self.set_value(expr, path, known, item, keys, reads)}"

    def set_value(self, expr, path, known, item, keys, reads):
        """The right-hand side of SET `path`; appends other paths it reads."""
        r = self.rng.random()
        if r < 0.4:
            return expr.value(self.values.value())
        if r < 0.5 and item:
            other, _ = self.path(item, keys)
            reads.append(other)
            return render(expr, other)
        if r < 0.65:
            other, other_known = self.path(item, keys) if self.chance(0.5) else (path, known)
            reads.append(other)
            number = {"N": self.values.number()} if self.chance(0.9) else self.values.value()
            expr.invalid = expr.invalid or "N" not in number
            return f"{render(expr, other)} {self.rng.choice(['+', '-'])} {expr.value(number)}"
        if r < 0.77:
            return f"if_not_exists({render(expr, path)}, {expr.value(self.values.value())})"
        addition = expr.value({"L": [self.values.value(2) for _ in range(self.rng.randint(0, 2))]})
        if self.chance(0.3):
            base = f"if_not_exists({render(expr, path)}, {expr.value({'L': []})})"
        else:
            base = render(expr, path)
        return f"list_append({base}, {addition})" if self.chance(0.6) else f"list_append({addition}, {base})"

    # --- projections ------------------------------------------------------

    def projection(self, expr, item, keys):
        paths = []
        for _ in range(self.rng.randint(1, 4)):
            path, _ = self.path(item, [], allow_nested=True)
            if not any(overlaps(path, other) for other in paths):
                paths.append(path)
        if keys and self.chance(0.3):
            key = [self.rng.choice(keys)]
            if not any(overlaps(key, other) for other in paths):
                paths.append(key)
        return ", ".join(render(expr, p) for p in paths)

    # --- deliberate mistakes ----------------------------------------------

    def spoil(self, request, field):
        """Breaks request[field] (an expression) or its placeholders."""
        text = request.get(field, "")
        names = request.setdefault("ExpressionAttributeNames", {})
        values = request.setdefault("ExpressionAttributeValues", {})
        choice = self.rng.randrange(11)
        if choice == 0 and text:
            cut = self.rng.randrange(len(text))
            request[field] = text[:cut] + self.rng.choice(["", " (", ")", ",", " AND", " =", " SET", "[", "]", ".",
                                                            " :", " #"]) + text[cut + 1:]
        elif choice == 1:
            values[":unused"] = {"S": "u"}
        elif choice == 2:
            names["#unused"] = "u"
        elif choice == 3:
            request[field] = text + (" AND :undefined = :undefined" if field != "UpdateExpression" else
                                     ", undefinedvalue = :undefined" if text.startswith("SET") else
                                     " SET undefinedvalue = :undefined")
        elif choice == 4:
            request[field] = (text + " AND " if field not in ("UpdateExpression", "ProjectionExpression") else
                              text + ", ") + ("#undefined" if field != "UpdateExpression" else "")
            if field == "UpdateExpression":
                request[field] = "SET #undefined = " + (next(iter(values), None) or ":undefined")
        elif choice == 5:
            request[field] = text.replace(text.split(" ")[-1], self.rng.choice(sorted(RESERVED) + ["size", "Data"]), 1)
        elif choice == 6:
            request[field] = ""
        elif choice == 7:
            request[field] = "(" + text + ")" if self.chance(0.5) else "((" + text + "))"
        elif choice == 8:
            request[field] = text + self.rng.choice([" OR foo(a)", " AND size(a, b) = :x", " AND begins_with(a)",
                                                     ", list_append(a)", " AND a BETWEEN :x AND", " AND contains()"])
            values.setdefault(":x", {"N": "1"})
        elif choice == 9:
            values[self.rng.choice(list(values) or [":v0"])] = self.rng.choice(
                [{"S": ""}, {"N": "abc"}, {"SS": []}, {}, {"S": "a", "N": "1"}, {"NULL": False}, {"NS": ["1", "1.0"]}])
        else:
            if self.chance(0.5):
                names[self.rng.choice(list(names) or ["#n0"])] = self.rng.choice(["", "a", "x" * 256])
            else:
                names["bad"] = "a"
        if not names:
            del request["ExpressionAttributeNames"]
        if not values:
            del request["ExpressionAttributeValues"]
        return request

    # --- legacy parameters ------------------------------------------------

    def legacy_conditions(self, item, keys, allow_exists):
        """Expected (allow_exists) or a legacy filter. Expected never uses
        NOT_CONTAINS (D30)."""
        conditions = {}
        operators = [op for op in LEGACY_OPERATORS if op != "NOT_CONTAINS" or not allow_exists]
        for _ in range(self.rng.randint(1, 3)):
            path, known = self.path(item, keys, allow_nested=False)
            name = path[0]
            if allow_exists and self.chance(0.3):
                entry = {"Exists": False} if self.chance(0.5) else {"Value": self.comparable(self.operand_value(known))}
                if "Value" in entry and self.chance(0.5):
                    entry["Exists"] = True
            else:
                op = self.rng.choice(operators)
                count = {"NOT_NULL": 0, "NULL": 0, "BETWEEN": 2, "IN": self.rng.randint(1, 3)}.get(op, 1)
                if self.chance(0.05):
                    count += 1
                if op == "BETWEEN":
                    low, high = self.bounds(known)
                    entry_values = [low, high][:count] + [self.values.value()] * (count - 2)
                else:
                    entry_values = [self.comparable(self.operand_value(known)) for _ in range(count)]
                    if op in ("BEGINS_WITH", "CONTAINS", "NOT_CONTAINS"):
                        entry_values = [ascii_binary(v) for v in entry_values]
                    if op == "BEGINS_WITH":
                        # dynalite crashes on BEGINS_WITH with a BOOL, NULL or M
                        # value that meets an attribute of that type (D39).
                        entry_values = [v if next(iter(v)) not in ("BOOL", "NULL", "M") else {"S": "a"}
                                        for v in entry_values]
                entry = {"ComparisonOperator": op}
                if entry_values or self.chance(0.3):
                    entry["AttributeValueList"] = entry_values
            conditions[name] = entry
        return conditions

    def attribute_updates(self, item, keys):
        updates = {}
        for _ in range(self.rng.randint(0, 3)):
            path, known = self.path(item, keys, allow_nested=False)
            action = self.rng.choice(["PUT", "ADD", "DELETE", None])
            entry = {} if action is None else {"Action": action}
            if action in ("PUT", None):
                entry["Value"] = self.values.value()
            elif action == "ADD":
                kind = self.rng.choice(["N", "N", "SS", "NS", "L", "S"])
                entry["Value"] = (self.values.set_value(kind) if kind in ("SS", "NS") else
                                  self.values.value(type_name=kind))
            elif self.chance(0.5):
                kind = next(iter(known)) if known and next(iter(known)) in ("SS", "NS", "BS") else "SS"
                entry["Value"] = self.values.set_value(kind)
            updates[path[0]] = entry
        return updates
