#!/usr/bin/python3
"""Differential test: Shardscope against dynalite, on a seeded random workload.

Usage: /usr/bin/python3 differential.py SHARDSCOPE_URL DYNALITE_URL
       [--seed N] [--steps N] [--max-mismatches N] [--verbose]
Environment: SHARDSCOPE_DIFF_SEED and SHARDSCOPE_DIFF_STEPS override the
defaults (seed 20240611, 3000 steps); CI uses the defaults.

Run by tst_differential_dynalite (tests/compat), which starts both servers.
The driver creates four small tables on both, then runs a pseudo-random
sequence of data-plane requests (diff_requests.py) against both with the same
bytes (diff_client.py), normalises what legitimately differs and compares
HTTP status plus the whole body: success bodies, and error type + message.
After every write it re-reads the touched items on both (strongly
consistent) and compares them, and at the end it compares every table in
full. The exit status is the number of mismatches (capped at 1).

Normalised everywhere (not deviations: the API leaves them open):
  * set members (SS/NS/BS) are compared sorted;
  * BatchGetItem's item order per table, and the per-table order of
    ConsumedCapacity lists (batches, transactions);
  * Scan: item order, page boundaries and LastEvaluatedKey depend on each
    engine's hash order, so a Scan is paginated to the end on both sides
    and compared as the multiset of its items plus the summed Count and
    ScannedCount (per-page ConsumedCapacity is not comparable then);
  * CreateTable: CreationDateTime, TableId, the ARN's account,
    BillingModeSummary.LastUpdateToPayPerRequestDateTime.

Known dynalite deviations from Amazon DynamoDB. Each is masked by the exact
rule given, and nothing else; tests/compat/README.md carries the same table.

| id  | dynalite 4.0 does                              | DynamoDB does (source)                             | rule |
|-----|------------------------------------------------|----------------------------------------------------|------|
| D1  | no TransactWriteItems / TransactGetItems        | both exist (API reference)                         | reference answer emulated from single-item ops (diff_reference.py); ConsumedCapacity removed from Shardscope's transaction answers |
| D2  | ADD/DELETE operand-type message lacks the tail  | "..., typeSet: ALLOWED_FOR_ADD_OPERAND" (captured  | Shardscope message == dynalite message + ", typeSet: ALLOWED_FOR_ADD_OPERAND" (or _DELETE_) counts as equal |
|     |                                                 | AWS responses quoted by several SDK test suites)   |      |
| D3  | REMOVE l[0], l[2] removes sequentially (indexes | indexes refer to the list before the update        | not generated: a list REMOVEd by index gets no other index action in the same update; tst_boto3_data_plane asserts AWS's result |
|     | shift between the two removals)                 | (developer guide, UpdateExpression REMOVE)         |      |
| D4  | syntax errors in PEG.js wording ("Expected ... | 'Syntax error; token: "<tok>", near: "<text>"'     | both ValidationException with the same "Invalid <X>Expression: Syntax error; " prefix count as equal |
|     | but ... found.")                                |                                                    |      |
| D5  | "Attributes": {} when UPDATED_OLD/UPDATED_NEW   | Attributes omitted (alternator's AWS-verified      | an empty "Attributes" map is dropped from dynalite's UpdateItem answer |
|     | select nothing                                  | test_returnvalues.py)                              |      |
| D6  | ignores ReturnValuesOnConditionCheckFailure     | ALL_OLD puts the old item into the                 | for such requests the driver reads the item from dynalite first and adds it as "Item" to dynalite's ConditionalCheckFailedException |
|     | (parameter added to the API in 2023)            | ConditionalCheckFailedException (API reference)    |      |
| D7  | CreateTable: no DeletionProtectionEnabled (API  | both as in the 2023+ model: DeletionProtection-    | CreateTable answers only: Shardscope's DeletionProtectionEnabled and dynalite's TableThroughputModeSummary are dropped |
|     | 2023), adds TableThroughputModeSummary (not in  | Enabled present, no TableThroughputModeSummary     |      |
|     | the service model)                              | (botocore service-2.json)                          |      |
| D8  | "a < :v" with :v a set, list, map, BOOL or NULL | ValidationException "Invalid <X>Expression:        | the generator records each ordering comparison (< <= > >= BETWEEN) against such a literal; when Shardscope answers that error and dynalite succeeds, fails the condition, or reports a runtime or later check (BETWEEN bounds, key-attribute update, filter on a key, unused or undefined names) or, in a transaction, an error of a later action, dynalite's answer is replaced and a write it made is undone |
|     | is evaluated (false)                            | Incorrect operand type ...; operator or function:  |      |
|     |                                                 | <op>, operand type: <T>" (alternator's AWS-verified |      |
|     |                                                 | test_update_condition_lt and _le)                  |      |
| D9  | Expected: no check that the ComparisonOperator  | ValidationException "One or more parameter values  | the generator lists the messages each Expected entry with a disallowed type would give; when Shardscope answers one of them and dynalite does not fail validation, dynalite's answer is replaced by it |
|     | accepts the AttributeValueList types (it checks | were invalid: ComparisonOperator BEGINS_WITH is    |      |
|     | QueryFilter/ScanFilter only)                    | not valid for N AttributeValue type" (alternator's |      |
|     |                                                 | AWS-verified test_expected.py: BEGINS_WITH with a  |      |
|     |                                                 | number, CONTAINS/IN with a list)                   |      |
| D10 | several runtime errors in one UpdateExpression: | undocumented; Shardscope follows the precedence in | when both answers are runtime update errors (missing attribute, invalid document path, wrong operand type, number overflow) with different messages, they count as equal (also inside CancellationReasons) |
|     | reports the first action's in textual order     | engine/src/expr/update_applier.h (open question)   |      |
| D11 | Select is not checked against the projection   | ValidationException: "Cannot specify the           | when Select contradicts ProjectionExpression/AttributesToGet (COUNT, ALL_ATTRIBUTES or ALL_PROJECTED_ATTRIBUTES with one, SPECIFIC_ATTRIBUTES without, ALL_PROJECTED_ATTRIBUTES on a table) and Shardscope answers that family's message (with or without the "1 validation error detected: " prefix, open problem P6) while dynalite answers anything else, dynalite's answer is replaced |
|     | parameters                                      | ProjectionExpression when choosing to get only the |      |
|     |                                                 | Count" etc. (API reference, Query/Scan "Select")   |      |
| D12 | an UpdateExpression of only REMOVE/DELETE (or   | the item is not created (alternator's AWS-verified | for such UpdateItems the driver reads the item from dynalite first; if it was missing, dynalite's returned ALL_NEW/UPDATED_NEW Attributes are dropped and the item dynalite created is deleted again; the transaction emulation does the same |
|     | AttributeUpdates of only DELETE) on a missing   | test_update_item_non_existent and                  |      |
|     | item creates the item                           | test_update_item_returnvalues_all_new)             |      |
| D13 | QueryFilter/ScanFilter/Expected with            | OR over all entries (API reference,                | reads: once dynalite accepted the request, it is asked the equivalent expression request instead (diff_legacy.py); Expected: OR over several entries is not generated |
|     | ConditionalOperator=OR: the first entry decides | ConditionalOperator)                               |      |
| D14 | IN, BETWEEN, attribute_type and size() treat a  | false, "" and empty binary are values like any     | stored booleans are generated as true only and stored strings/binaries are never empty; false, "" and empty binary still appear as condition operands |
|     | stored false, "" or empty binary as a missing   | other (developer guide, condition expressions;     |      |
|     | attribute                                       | empty values allowed since 2020)                   |      |
| D15 | a Query/Scan page that reads nothing costs 0    | the minimum read is charged: 0.5 RCU eventually    | on pages with ScannedCount 0, dynalite's CapacityUnits 0 (and Table.CapacityUnits) become 0.5, or 1.0 with ConsistentRead |
|     |                                                 | consistent, 1 strongly (facts sheet 4 and 5.1)     |      |
| D16 | Expected {Exists: true, Value: v} only checks   | the attribute must exist and equal v (API          | such entries are sent to dynalite as the equivalent {Value: v} |
|     | that the attribute exists                       | reference, ExpectedAttributeValue)                 |      |
| D17 | REMOVE of a nested path (a.b, a[0]) on a       | silently ignored when the whole item is missing    | not generated for items the driver knows to be missing (its model is refreshed from dynalite after every write) |
|     | missing item: "The document path provided in    | (alternator's AWS-verified                         |      |
|     | the update expression is invalid for update"    | test_nested_attribute_remove_from_missing_item)    |      |
| D18 | BETWEEN bound messages print binary bounds as   | the bound is printed as a Java ByteBuffer:         | when two ValidationException messages differ only inside "{B:...}", they count as equal |
|     | base64 ("{B:AAE=}")                              | "{B:java.nio.HeapByteBuffer[pos=0 lim=2 cap=2]}"   |      |
|     |                                                 | (Shardscope's wording; unverified, open question)  |      |
| D19 | "NOT NOT c" is a syntax error                    | NOT applies to any condition (developer guide,     | not generated: a NOT whose operand starts with NOT gets parentheses |
|     |                                                 | condition expression grammar)                      |      |
| D20 | SET a = a + :v / ADD keep exact results of any  | a result needing more than 38 digits fails with    | for arithmetic updates the driver snapshots the item; if dynalite then holds a number of more than 38 digits, its answer becomes DynamoDB's error, the snapshot is restored; the transaction emulation reports a ValidationError |
|     | precision (big.js)                              | "Number overflow. Attempting to store a number     |      |
|     |                                                 | with magnitude larger than supported range"        |      |
|     |                                                 | (alternator's AWS-verified                         |      |
|     |                                                 | test_update_expression_plus_imprecise)             |      |
| D21 | ConditionalOperator with fewer than two        | ValidationException "ConditionalOperator can only  | handled like D8: the generator records the message; when Shardscope answers it and dynalite does not fail validation, dynalite's answer is replaced (and a write it made is undone) |
|     | Expected/QueryFilter/ScanFilter entries is      | be used when Filter or Expected has two or more    |      |
|     | accepted                                        | elements" / "... cannot be used without Filter or  |      |
|     |                                                 | Expected" (DynamoDB Local's error list; emulators  |      |
|     |                                                 | verified against AWS)                              |      |
| D22 | Scan drops ConsistentRead (not in its parameter | a strongly consistent Scan costs twice an eventual | for Scans with ConsistentRead true, dynalite's CapacityUnits are doubled; malformed ConsistentRead values are not generated for Scan |
|     | list): eventual-read capacity, any JSON type    | one (facts sheet 4, 5.1; API reference, Scan)      |      |
|     | accepted                                        |                                                    |      |
| D23 | several undefined placeholders: reports the     | undocumented which one is named (open question)    | when both name an undefined placeholder of the same kind and expression and neither token is declared, they count as equal |
|     | first in textual order                          |                                                    |      |
| D24 | Query with static errors in two expressions:    | undocumented; Shardscope reports FilterExpression, | when both answers are "Invalid <X>Expression: ..." errors about two different expressions the request has, they count as equal |
|     | reports the KeyConditionExpression's            | then ProjectionExpression, then KeyCondition-      |      |
|     |                                                 | Expression (expr/expressions.h; open question)     |      |
| D25 | several invalid legacy entries: reports the    | undocumented (Shardscope: attribute-name order)    | when both answers are per-entry messages (argument count, mixed types, "ComparisonOperator X is not valid for T AttributeValue type") that entries of the request do produce, they count as equal |
|     | first in request order                          |                                                    |      |
| D26 | contains(list, v) only finds S, N and B members | any member type compares by value (developer       | not generated: contains() operands are S, N or B |
|     |                                                 | guide, contains; facts sheet 3.1)                  |      |
| D27 | =, <> and IN compare lists and maps by object   | L and M compare by value (facts sheet 3.1)         | not generated: =, <> and IN operands are never L or M literals (ordering comparisons with them are D8) |
|     | reference (never equal)                         |                                                    |      |
| D28 | DeleteItem accepts any valid ReturnValues       | "ReturnValues can only be ALL_OLD or NONE"         | handled like D21 for DeleteItem with ReturnValues UPDATED_NEW |
|     |                                                 | (alternator's AWS-verified test_returnvalues.py)   |      |
| D29 | two missing attributes compare as equal and     | any comparison with a missing attribute is false,  | not generated: path-to-path comparisons appear only in conditions on known items where both paths exist |
|     | ordered ("a >= b" true)                         | except <> (alternator's AWS-verified               |      |
|     |                                                 | test_update_condition_comparison_two_unset)        |      |
| D30 | legacy NOT_CONTAINS is true on a missing        | false on a missing attribute (alternator's         | reads: rewritten as in D13 ("attribute_exists(a) AND NOT contains(a, :v)"); Expected: NOT_CONTAINS is not generated |
|     | attribute                                       | AWS-verified test_update_expected_1_not_contains)  |      |
| D31 | a Query filter on both key attributes names the | undocumented (Shardscope names the first one the   | when both name a key attribute of the filter but different ones, they count as equal |
|     | partition key                                   | filter mentions; open question)                    |      |
| D32 | size() of an empty string or binary is          | 0 (the length of the value)                        | not generated: size() appears only in conditions on known items, never on an empty S or B |
|     | undefined (the comparison is false)             |                                                    |      |
| D33 | empty attribute names in                        | ValidationException "ExpressionAttributeNames      | handled like D21 (the generator records the message for every empty name) |
|     | ExpressionAttributeNames are accepted           | contains invalid value: Empty attribute name for   |      |
|     |                                                 | key #n" (quoted by applications matching on it)    |      |
| D34 | SET x = y shares y's value: an ADD/DELETE on y  | every value is read from the item before the       | not generated: no action writes a path another action of the same UpdateExpression reads |
|     | in the same update also changes x (and can      | update (developer guide, UpdateExpression)         |      |
|     | leave an empty set)                             |                                                    |      |
| D35 | two static operand-type errors in one           | undocumented (Shardscope: SET values before ADD/   | when both answers are "Invalid UpdateExpression: Incorrect operand type ...; operator ..." messages, they count as equal |
|     | UpdateExpression: reports the first in text     | DELETE operands; open question)                    |      |
| D36 | TotalSegments above 1,000,000 is accepted       | constraint error (service model: TotalSegments     | handled like D21 |
|     |                                                 | 1..1000000)                                        |      |
| D37 | attribute_type's "valid types: {...}" list in   | a printed Java set; Shardscope and the facts sheet | when two messages differ only in the order inside "valid types: {...}", they count as equal |
|     | another order                                   | disagree on its order (open question)              |      |
| D38 | a bare "#" or ":" is read as a placeholder      | a syntax error at that token (placeholders need at | when Shardscope reports the syntax error at the bare token and dynalite the undefined placeholder "#" / ":", they count as equal |
|     | name ("... is not defined; attribute name: #")  | least one character after # or :)                  |      |
| D39 | crashes (TypeError, process exits) on legacy    | ValidationException (D9) or a plain comparison     | not generated: BEGINS_WITH values are never BOOL, NULL or M |
|     | BEGINS_WITH with a BOOL, NULL or M value that   |                                                    |      |
|     | meets an attribute of that type                 |                                                    |      |
| D40 | a grammar keyword (SET, REMOVE, ADD, DELETE,    | undocumented whether such words are tokens where   | when Shardscope reports a syntax error at such a word and dynalite the reserved-keyword error for the same word, they count as equal (open question) |
|     | AND, OR, NOT, BETWEEN, IN) where a name is      | a name is expected; Shardscope reports a syntax    |      |
|     | expected: "Attribute name is a reserved keyword"| error                                              |      |
| D41 | several overlapping or conflicting paths: names | undocumented which pair is named (open question)   | when both report overlapping/conflicting paths with the same "path one", they count as equal |
|     | another second path                             |                                                    |      |
| D42 | Query with an empty string/binary key value in  | ValidationException "... The AttributeValue for a  | when Shardscope answers that error for a Query whose ExpressionAttributeValues hold an empty S or B and dynalite succeeds, dynalite's answer is replaced |
|     | KeyConditionExpression returns nothing          | key attribute cannot contain an empty string       |      |
|     |                                                 | value" (facts sheet 2.2)                           |      |
| D43 | "_f(...)" is an invalid function name           | a syntax error at "_": names and functions start   | when Shardscope reports the syntax error at "_" and dynalite "Invalid function name; function: _...", they count as equal |
|     |                                                 | with a letter (alternator's AWS-verified           |      |
|     |                                                 | test_update_expression_function_name)              |      |
| D44 | contains() and begins_with() compare binaries   | byte-wise comparison                               | not generated: their binary operands (expression and legacy) hold ASCII bytes only |
|     | as UTF-8 text (bytes >= 0x80 all become U+FFFD) |                                                    |      |
| D45 | orders lists, maps and sets in path-to-path     | ordering comparisons hold only between S, N or B   | not generated: path-to-path ordering comparisons only between scalars, = and <> not between lists or maps |
|     | comparisons ("a > b" with two lists is true)    | values (facts sheet 3.1)                           |      |

Not thread-safe; one run per process.
"""

import argparse
import copy
import json
import os
import random
import re
import sys
import time

import diff_legacy
import diff_reference
from diff_client import Endpoint
from diff_requests import Model, Requests, Step, legacy_entry_errors
from diff_values import TABLES, key_id, key_of

DEFAULT_SEED = 20240611
DEFAULT_STEPS = 3000
MAX_PAGES = 200
SYNTAX_PREFIX = "Syntax error; "
TYPESET_TAILS = (", typeSet: ALLOWED_FOR_ADD_OPERAND", ", typeSet: ALLOWED_FOR_DELETE_OPERAND")

VALIDATION_TYPE = "com.amazon.coral.validate#ValidationException"
ARITHMETIC = re.compile(r"[+-] :|\bADD\b", re.IGNORECASE)
BINARY_BOUND = re.compile(r"\{B:[^}]*\}")
# dynalite errors that DynamoDB reports only after the static checks D8,
# D9, D21 and D28 stand for: BETWEEN bounds (same expression, later in
# written order), the key-attribute update check (needs the table).
LATER_CHECKS = re.compile(r"The BETWEEN operator requires (same data type|upper bound)|Cannot update attribute .* This "
                          r"attribute is part of the key|can only contain non-primary key attributes|unused in "
                          r"expressions|is not defined; attribute name|The provided key element does not match the "
                          r"schema|Missing the key|Type mismatch for key|Incorrect operand type for operator or "
                          r"function; operator or function: (begins_with|size|attribute_type)|Invalid attribute type name found|Transaction request "
                          r"cannot include multiple operations on one item")
PATH_PAIR = re.compile(r"(Invalid \w+Expression: Two document paths (?:overlap|conflict) with each other; must "
                       r"remove or rewrite one of these paths; path one: \[[^\]]*\]), path two: .*")
UNDERSCORE = re.compile(r'(Invalid \w+Expression: )Syntax error; token: "_", near: ".*"')
EMPTY_KEY = re.compile(r"The AttributeValue for a key attribute cannot contain an empty (string|binary) value")
KEY_IN_FILTER = re.compile(r"(Filter Expression|QueryFilter) can only contain non-primary key attributes: Primary key "
                           r"attribute: (\S+)")
CLAUSE_TOKEN = re.compile(r'(Invalid \w+Expression: )Syntax error; '
                          r'token: "((?i:SET|REMOVE|ADD|DELETE|AND|OR|NOT|BETWEEN|IN))", near: ".*"')
BARE_TOKEN = re.compile(r'(Invalid \w+: )Syntax error; token: "([#:])", near: ".*"')
UPDATE_OPERAND = "Invalid UpdateExpression: Incorrect operand type for operator or function; operator"
EXPRESSION_ERROR = re.compile(r"Invalid (KeyConditionExpression|FilterExpression|ProjectionExpression): ")
UNDEFINED = re.compile(r"(Invalid \w+: )An expression attribute (name used in the document path|value used in "
                       r"expression) is not defined; attribute (?:name|value): ([#:]\w+)")
SELECT_ERROR = re.compile(r"(1 validation error detected: )?(Cannot specify the (ProjectionExpression|AttributesToGet) "
                          r"when choosing to get (only the Count|ALL_ATTRIBUTES|ALL_PROJECTED_ATTRIBUTES)|Must specify "
                          r"the AttributesToGet or ProjectionExpression when choosing to get SPECIFIC_ATTRIBUTES|"
                          r"ALL_PROJECTED_ATTRIBUTES can be used only when Querying using an IndexName)")
# Runtime UpdateItem errors; their precedence when several apply is D10.
RUNTIME_UPDATE_ERRORS = {
    "The provided expression refers to an attribute that does not exist in the item",
    "The document path provided in the update expression is invalid for update",
    "An operand in the update expression has an incorrect data type",
    "Number overflow. Attempting to store a number with magnitude larger than supported range",
}
VALID_TYPES = re.compile(r"valid types: \{([A-Z,]+)\}")

MASKS_APPLIED = {}


def masked(deviation):
    MASKS_APPLIED[deviation] = MASKS_APPLIED.get(deviation, 0) + 1


# --- normalisation ----------------------------------------------------------

def canonical(value):
    if isinstance(value, dict):
        return {k: sorted(v, key=str) if k in ("SS", "NS", "BS") and isinstance(v, list) else canonical(v)
                for k, v in value.items()}
    if isinstance(value, list):
        return [canonical(v) for v in value]
    return value


def dump(value):
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def normalise(operation, body):
    body = canonical(copy.deepcopy(body))
    if not isinstance(body, dict):
        return body
    if operation == "BatchGetItem":
        for items in body.get("Responses", {}).values():
            items.sort(key=dump)
    if isinstance(body.get("ConsumedCapacity"), list):
        body["ConsumedCapacity"].sort(key=lambda c: c.get("TableName", ""))
    if operation == "CreateTable" and "TableDescription" in body:
        description = body["TableDescription"]
        for name in ("CreationDateTime", "TableId"):
            description.pop(name, None)
        description.get("BillingModeSummary", {}).pop("LastUpdateToPayPerRequestDateTime", None)
        if "TableArn" in description:
            parts = description["TableArn"].split(":")
            description["TableArn"] = ":".join(parts[:4] + ["<account>"] + parts[5:])
    return body


def message_of(body):
    return (body or {}).get("message", (body or {}).get("Message"))


def is_validation(body):
    return isinstance(body, dict) and body.get("__type", "").endswith("#ValidationException")


def declared(request, token):
    """Whether `token` (#name or :value) is declared anywhere in `request`."""
    key = "ExpressionAttributeNames" if token.startswith("#") else "ExpressionAttributeValues"
    maps = [request.get(key)] + [body.get(key) for entry in request.get("TransactItems", [])
                                 if isinstance(entry, dict) for body in entry.values() if isinstance(body, dict)]
    return any(isinstance(m, dict) and token in m for m in maps)


def select_conflict(request):
    """Whether Select contradicts the projection parameters (D11)."""
    select = request.get("Select")
    projected = "ProjectionExpression" in request or "AttributesToGet" in request
    if select is None:
        return False
    return (select != "SPECIFIC_ATTRIBUTES") == projected or select == "ALL_PROJECTED_ATTRIBUTES"


def apply_masks(step, ours, reference):
    """Applies the answer-level deviation rules (D1's capacity part, D2, D4,
    D5, D7 to D12, D15, D18, D21 to D23). Returns both answers and whether a
    reference success (or failed condition) was overruled, in which case the
    reference may have written what DynamoDB would have refused."""
    (status_a, a), (status_b, b) = ours, reference
    overruled = False
    expected = dict((message, deviation) for deviation, message in reversed(step.unvalidated))
    later_action = isinstance(b, dict) and b.get("_action", -1) > step.action_of.get(message_of(a), 1 << 30)
    if isinstance(b, dict) and "_action" in b:
        b = {k: v for k, v in b.items() if k != "_action"}
    if is_validation(a) and message_of(a) in expected and \
            (not is_validation(b) or message_of(b) in diff_reference.RUNTIME_MESSAGES or
             LATER_CHECKS.search(message_of(b) or "") or later_action):
        masked(expected[message_of(a)])
        overruled = not is_validation(b)
        status_b, b = 400, {"__type": VALIDATION_TYPE, "message": message_of(a)}
    if step.operation == "Scan" and step.request.get("ConsistentRead") is True and status_b == 200 and \
            isinstance(b.get("ConsumedCapacity"), dict) and b["ConsumedCapacity"].get("CapacityUnits"):
        masked("D22")
        b = copy.deepcopy(b)
        b["ConsumedCapacity"]["CapacityUnits"] *= 2
        if "Table" in b["ConsumedCapacity"]:
            b["ConsumedCapacity"]["Table"]["CapacityUnits"] *= 2
    if is_validation(a) and is_validation(b) and message_of(a) != message_of(b):
        invalid_entries = set()
        for field in ("Expected", "QueryFilter", "ScanFilter", "KeyConditions"):
            invalid_entries.update(legacy_entry_errors(step.request.get(field)))
        if message_of(a) in invalid_entries and message_of(b) in invalid_entries:
            masked("D25")
            b = dict(b, message=message_of(a))
        expression_a = EXPRESSION_ERROR.match(message_of(a) or "")
        expression_b = EXPRESSION_ERROR.match(message_of(b) or "")
        if step.operation == "Query" and expression_a and expression_b and \
                expression_a.group(1) != expression_b.group(1) and \
                all(m.group(1) in step.request for m in (expression_a, expression_b)):
            masked("D24")
            b = dict(b, message=message_of(a))
    if is_validation(a) and is_validation(b) and message_of(a) != message_of(b) and \
            (message_of(a) or "").startswith(UPDATE_OPERAND) and (message_of(b) or "").startswith(UPDATE_OPERAND):
        masked("D35")
        b = dict(b, message=message_of(a))
    if is_validation(a) and is_validation(b) and message_of(a) != message_of(b) and \
            VALID_TYPES.sub(lambda m: ",".join(sorted(m.group(1).split(","))), message_of(a) or "") == \
            VALID_TYPES.sub(lambda m: ",".join(sorted(m.group(1).split(","))), message_of(b) or ""):
        masked("D37")
        b = dict(b, message=message_of(a))
    pair_a = PATH_PAIR.fullmatch(message_of(a) or "") if is_validation(a) else None
    pair_b = PATH_PAIR.fullmatch(message_of(b) or "") if is_validation(b) else None
    if pair_a and pair_b and pair_a.group(1) == pair_b.group(1) and message_of(a) != message_of(b):
        masked("D41")
        b = dict(b, message=message_of(a))
    underscore = UNDERSCORE.fullmatch(message_of(a) or "") if is_validation(a) else None
    if underscore and is_validation(b) and (message_of(b) or "").startswith(
            f"{underscore.group(1)}Invalid function name; function: _"):
        masked("D43")
        b = dict(b, message=message_of(a))
    if step.operation == "Query" and status_b == 200 and is_validation(a) and EMPTY_KEY.search(message_of(a) or "") \
            and any(v in ({"S": ""}, {"B": ""}) for v in (step.request.get("ExpressionAttributeValues") or {}).values()):
        masked("D42")
        status_b, b = 400, {"__type": VALIDATION_TYPE, "message": message_of(a)}
    key_a = KEY_IN_FILTER.fullmatch(message_of(a) or "") if is_validation(a) else None
    key_b = KEY_IN_FILTER.fullmatch(message_of(b) or "") if is_validation(b) else None
    if key_a and key_b and key_a.group(1) == key_b.group(1) and key_a.group(2) != key_b.group(2):
        masked("D31")
        b = dict(b, message=message_of(a))
    clause = CLAUSE_TOKEN.fullmatch(message_of(a) or "") if is_validation(a) else None
    if clause and is_validation(b) and message_of(b) == \
            f"{clause.group(1)}Attribute name is a reserved keyword; reserved keyword: {clause.group(2)}":
        masked("D40")
        b = dict(b, message=message_of(a))
    bare = BARE_TOKEN.fullmatch(message_of(a) or "") if is_validation(a) else None
    if bare and is_validation(b) and message_of(b) == f"{bare.group(1)}An expression attribute " + (
            "name used in the document path is not defined; attribute name: #" if bare.group(2) == "#" else
            "value used in expression is not defined; attribute value: :"):
        masked("D38")
        b = dict(b, message=message_of(a))
    undefined_a = UNDEFINED.fullmatch(message_of(a) or "") if is_validation(a) else None
    undefined_b = UNDEFINED.fullmatch(message_of(b) or "") if is_validation(b) else None
    if undefined_a and undefined_b and undefined_a.group(1, 2) == undefined_b.group(1, 2) and \
            undefined_a.group(3) != undefined_b.group(3) and \
            all(not declared(step.request, m.group(3)) for m in (undefined_a, undefined_b)):
        masked("D23")
        b = dict(b, message=message_of(a))
    if step.operation in ("Query", "Scan") and select_conflict(step.request) and is_validation(a) and \
            SELECT_ERROR.fullmatch(message_of(a) or "") and message_of(a) != message_of(b):
        masked("D11")
        status_b, b = 400, {"__type": VALIDATION_TYPE, "message": message_of(a)}
    if is_validation(a) and is_validation(b) and message_of(a) != message_of(b) and \
            message_of(a) in RUNTIME_UPDATE_ERRORS and message_of(b) in RUNTIME_UPDATE_ERRORS:
        masked("D10")
        b = dict(b, message=message_of(a))
    if isinstance(a, dict) and isinstance(b, dict) and a.get("CancellationReasons") and \
            len(a["CancellationReasons"]) == len(b.get("CancellationReasons") or []):
        reasons = copy.deepcopy(b["CancellationReasons"])
        for mine, theirs in zip(a["CancellationReasons"], reasons):
            if mine.get("Message") != theirs.get("Message") and mine.get("Message") in RUNTIME_UPDATE_ERRORS \
                    and theirs.get("Message") in RUNTIME_UPDATE_ERRORS:
                masked("D10")
                theirs["Message"] = mine["Message"]
        b = dict(b, CancellationReasons=reasons)
    if is_validation(a) and is_validation(b) and message_of(a) != message_of(b) and \
            BINARY_BOUND.sub("{B:?}", message_of(a) or "") == BINARY_BOUND.sub("{B:?}", message_of(b) or ""):
        masked("D18")
        b = dict(b, message=message_of(a))
    if step.operation == "CreateTable" and status_a == status_b == 200:
        masked("D7")
        a = copy.deepcopy(a)
        b = copy.deepcopy(b)
        a["TableDescription"].pop("DeletionProtectionEnabled", None)
        b["TableDescription"].pop("TableThroughputModeSummary", None)
    if status_a == status_b == 400 and isinstance(a, dict) and isinstance(b, dict) and \
            a.get("__type") == b.get("__type"):
        ma, mb = message_of(a), message_of(b)
        if ma and mb and ma != mb:
            if any(ma == mb + tail for tail in TYPESET_TAILS):
                masked("D2")
                b = dict(b, message=ma)
            elif a["__type"].endswith("#ValidationException") and ma.split(SYNTAX_PREFIX)[0] == \
                    mb.split(SYNTAX_PREFIX)[0] and SYNTAX_PREFIX in ma and SYNTAX_PREFIX in mb:
                masked("D4")
                b = dict(b, message=ma)
    if step.missing_before and status_b == 200 and "Attributes" in b and \
            step.request.get("ReturnValues") in ("ALL_NEW", "UPDATED_NEW"):
        masked("D12")
        b = {k: v for k, v in b.items() if k != "Attributes"}
    if step.operation in ("Query", "Scan") and status_b == 200 and b.get("ScannedCount") == 0 and \
            isinstance(b.get("ConsumedCapacity"), dict) and b["ConsumedCapacity"].get("CapacityUnits") == 0:
        masked("D15")
        minimum = 1.0 if step.request.get("ConsistentRead") is True else 0.5
        b = copy.deepcopy(b)
        b["ConsumedCapacity"]["CapacityUnits"] = minimum
        if "Table" in b["ConsumedCapacity"]:
            b["ConsumedCapacity"]["Table"]["CapacityUnits"] = minimum
    if step.operation == "UpdateItem" and status_b == 200 and b.get("Attributes") == {}:
        masked("D5")
        b = {k: v for k, v in b.items() if k != "Attributes"}
    if step.mode in ("transact_write", "transact_get") and status_a == 200 and "ConsumedCapacity" in a:
        masked("D1")
        a = {k: v for k, v in a.items() if k != "ConsumedCapacity"}
    return (status_a, a), (status_b, b), overruled


def reference_request(request):
    """D16: Expected {Exists: true, Value: v} goes to dynalite as the
    equivalent {Value: v} (Exists defaults to true when Value is given)."""
    expected = request.get("Expected")
    if not isinstance(expected, dict) or not any(
            isinstance(e, dict) and e.get("Exists") is True and "Value" in e for e in expected.values()):
        return request
    masked("D16")
    request = copy.deepcopy(request)
    for entry in request["Expected"].values():
        if isinstance(entry, dict) and entry.get("Exists") is True and "Value" in entry:
            del entry["Exists"]
    return request


class LegacyOrReads:
    """The reference endpoint for Query/Scan, with D13's and D30's rewrite: a
    legacy filter that ORs several entries or uses NOT_CONTAINS is asked as
    the equivalent expression request once the original has passed
    dynalite's validation."""

    def __init__(self, endpoint):
        self.endpoint = endpoint

    def call(self, operation, request):
        status, body = self.endpoint.call(operation, request)
        if status == 200 and diff_legacy.needs_rewrite(request):
            masked("D13/D30")
            return self.endpoint.call(operation, diff_legacy.rewrite(request))
        return status, body


# --- the driver ---------------------------------------------------------------

class Driver:
    def __init__(self, ours, reference, seed, max_mismatches, verbose):
        self.ours, self.reference = ours, reference
        self.rng = random.Random(seed)
        self.model = Model()
        self.requests = Requests(self.rng, self.model)
        self.mismatches = 0
        self.max_mismatches = max_mismatches
        self.verbose = verbose
        self.counts = {}

    def report(self, what, request, a, b):
        self.mismatches += 1
        print(f"MISMATCH {self.mismatches} at {what}\n  request:    {dump(request)}\n"
              f"  shardscope: {a[0]} {dump(a[1])}\n  dynalite:   {b[0]} {dump(b[1])}", file=sys.stderr)
        if self.mismatches >= self.max_mismatches:
            raise SystemExit(self.summary(failed=True))

    def compare(self, what, step, request, a, b):
        a = (a[0], normalise(step.operation, a[1]))
        b = (b[0], normalise(step.operation, b[1]))
        a, b, overruled = apply_masks(step, a, b)
        step.overruled = step.overruled or overruled
        if a != b:
            self.report(what, request, a, b)
            return False
        return True

    def both(self, operation, request):
        return self.ours.call(operation, request), self.reference.call(operation, request)

    def setup(self):
        for table, (hash_name, hash_type, range_name, range_type) in TABLES.items():
            schema = [{"AttributeName": hash_name, "KeyType": "HASH"}]
            definitions = [{"AttributeName": hash_name, "AttributeType": hash_type}]
            if range_name:
                schema.append({"AttributeName": range_name, "KeyType": "RANGE"})
                definitions.append({"AttributeName": range_name, "AttributeType": range_type})
            request = {"TableName": table, "KeySchema": schema, "AttributeDefinitions": definitions,
                       "BillingMode": "PAY_PER_REQUEST"}
            a, b = self.both("CreateTable", request)
            self.compare(f"CreateTable {table}", Step("CreateTable", request), request, a, b)
        for _ in range(100):
            statuses = [self.reference.call("DescribeTable", {"TableName": t})[1]["Table"]["TableStatus"]
                        for t in TABLES]
            if all(s == "ACTIVE" for s in statuses):
                return
            time.sleep(0.05)
        raise SystemExit("dynalite tables did not become ACTIVE")

    def run_step(self, number, step):
        what = f"step {number} ({step.operation})"
        self.counts[step.operation] = self.counts.get(step.operation, 0) + 1
        if self.verbose:
            print(f"{what}: {dump(step.request)}")
        updates = step.request.get("AttributeUpdates")
        arithmetic = step.operation == "UpdateItem" and (ARITHMETIC.search(
            step.request.get("UpdateExpression", "") if isinstance(step.request.get("UpdateExpression"), str) else "")
            or (isinstance(updates, dict) and any(isinstance(u, dict) and u.get("Action") == "ADD"
                                                  for u in updates.values())))
        snapshot = self.snapshot(step.touched) if step.unvalidated or arithmetic else None
        if step.mode == "query":
            self.run_query(what, step)
        elif step.mode == "scan":
            self.run_scan(what, step)
        elif step.mode == "transact_write":
            a = self.ours.call(step.operation, step.request)
            b = diff_reference.transact_write(self.reference, step.request)
            self.compare(what, step, step.request, a, b)
        elif step.mode == "transact_get":
            a = self.ours.call(step.operation, step.request)
            b = diff_reference.transact_get(self.reference, step.request)
            self.compare(what, step, step.request, a, b)
        else:
            old = self.old_item_for_d6(step)
            if step.operation == "UpdateItem" and diff_reference.removes_only(step.request) and \
                    step.request.get("TableName") in TABLES and isinstance(step.request.get("Key"), dict):
                step.missing_before = diff_reference.read_item(
                    self.reference, step.request["TableName"], step.request["Key"]) is None
            a = self.ours.call(step.operation, step.request)
            b = self.reference.call(step.operation, reference_request(step.request))
            if step.missing_before and b[0] == 200:
                masked("D12")
                diff_reference.restore(self.reference, step.request["TableName"], step.request["Key"], None)
            if arithmetic and b[0] == 200 and is_validation(a[1]) and \
                    message_of(a[1]) == diff_reference.NUMBER_OVERFLOW and diff_reference.too_precise(
                        diff_reference.read_item(self.reference, step.request["TableName"], step.request["Key"])):
                masked("D20")
                step.overruled = True
                b = (400, {"__type": VALIDATION_TYPE, "message": diff_reference.NUMBER_OVERFLOW})
            if old is not None and b[0] == 400 and b[1].get("__type", "").endswith("#ConditionalCheckFailedException"):
                masked("D6")
                b = (b[0], dict(b[1], Item=old))
            self.compare(what, step, step.request, a, b)
        if snapshot and step.overruled:
            for table, key, item in snapshot:
                diff_reference.restore(self.reference, table, key, item)
        self.refresh(what, step.touched)

    def snapshot(self, touched):
        """The reference's items before a step that D8/D9 may overrule."""
        items = []
        for table, key in touched:
            try:
                key_id(table, key)
            except Exception:
                continue
            items.append((table, key, diff_reference.read_item(self.reference, table, key)))
        return items

    def old_item_for_d6(self, step):
        request = step.request
        if request.get("ReturnValuesOnConditionCheckFailure") != "ALL_OLD" or request.get("TableName") not in TABLES:
            return None
        key = request.get("Key")
        if key is None and isinstance(request.get("Item"), dict):
            try:
                key = key_of(request["TableName"], request["Item"])
            except KeyError:
                return None
        status, body = self.reference.call("GetItem", {"TableName": request["TableName"], "Key": key,
                                                       "ConsistentRead": True})
        return body.get("Item") if status == 200 else None

    def run_query(self, what, step):
        request = copy.deepcopy(step.request)
        reference = LegacyOrReads(self.reference)
        for page in range(MAX_PAGES):
            a, b = self.ours.call("Query", request), reference.call("Query", request)
            if not self.compare(f"{what} page {page}", step, request, a, b) or a[0] != 200:
                return
            start = a[1].get("LastEvaluatedKey")
            if not start:
                return
            request["ExclusiveStartKey"] = start

    def scan_all(self, endpoint, request):
        request, items, count, scanned, pages = copy.deepcopy(request), [], 0, 0, 0
        for pages in range(1, MAX_PAGES + 1):
            status, body = endpoint.call("Scan", request)
            if status != 200:
                return status, body
            items += body.get("Items", [])
            count += body.get("Count", 0)
            scanned += body.get("ScannedCount", 0)
            if "LastEvaluatedKey" not in body:
                break
            request["ExclusiveStartKey"] = body["LastEvaluatedKey"]
        result = {"Count": count, "ScannedCount": scanned}
        if "Items" in body:
            result["Items"] = sorted((dump(canonical(i)) for i in items))
        if pages == 1 and "ConsumedCapacity" in body:
            result["ConsumedCapacity"] = body["ConsumedCapacity"]
        return 200, result

    def scan_segments(self, endpoint, request):
        """scan_all over every segment of a valid parallel Scan, merged."""
        total, segment = request.get("TotalSegments"), request.get("Segment")
        if not (isinstance(total, int) and isinstance(segment, int) and 0 <= segment < total <= 8):
            return self.scan_all(endpoint, request)
        merged = None
        for number in range(total):
            status, body = self.scan_all(endpoint, dict(request, Segment=number))
            if status != 200:
                return status, body
            if merged is None:
                merged = body
                continue
            merged["Count"] += body["Count"]
            merged["ScannedCount"] += body["ScannedCount"]
            if "Items" in body:
                merged["Items"] = sorted(merged["Items"] + body["Items"])
            merged.pop("ConsumedCapacity", None)
        merged.pop("ConsumedCapacity", None)
        return 200, merged

    def run_scan(self, what, step):
        a = self.scan_segments(self.ours, step.request)
        b = self.scan_segments(LegacyOrReads(self.reference), step.request)
        self.compare(what, step, step.request, a, b)

    def refresh(self, what, touched):
        for table, key in touched:
            try:
                key_id(table, key)
            except Exception:
                continue
            request = {"TableName": table, "Key": key, "ConsistentRead": True}
            a, b = self.both("GetItem", request)
            self.compare(f"{what}: state of {dump(key)} in {table}", Step("GetItem", request), request, a, b)
            if b[0] == 200:
                self.model.set(table, key, b[1].get("Item"))

    def final_check(self):
        for table in TABLES:
            request = {"TableName": table}
            a, b = self.scan_all(self.ours, request), self.scan_all(self.reference, request)
            self.compare(f"final contents of {table}", Step("Scan", request, mode="scan"), request, a, b)

    def summary(self, failed=False):
        lines = [f"differential: {sum(self.counts.values())} steps "
                 f"({', '.join(f'{k} {v}' for k, v in sorted(self.counts.items()))}); "
                 f"{self.ours.calls} Shardscope calls, {self.reference.calls} dynalite calls",
                 "masks applied: " + (", ".join(f"{k} x{v}" for k, v in sorted(MASKS_APPLIED.items())) or "none"),
                 f"mismatches: {self.mismatches}" + (" (stopped early)" if failed else "")]
        print("\n".join(lines))
        return 1 if self.mismatches else 0


def deviation_table(text):
    """The deviation table's lines in `text` (this docstring or README.md)."""
    return [line for line in text.splitlines() if re.match(r"\| (id |D\d+|-----|    )", line)]


def check_readme():
    """README.md must carry the same deviation table as this file."""
    readme = os.path.join(os.path.dirname(os.path.abspath(__file__)), "README.md")
    with open(readme, encoding="utf-8") as f:
        if deviation_table(f.read()) != deviation_table(__doc__):
            raise SystemExit("tests/compat/README.md and differential.py list different deviation tables")


def main():
    check_readme()
    parser = argparse.ArgumentParser()
    parser.add_argument("shardscope_url")
    parser.add_argument("dynalite_url")
    parser.add_argument("--seed", type=int, default=int(os.environ.get("SHARDSCOPE_DIFF_SEED", DEFAULT_SEED)))
    parser.add_argument("--steps", type=int, default=int(os.environ.get("SHARDSCOPE_DIFF_STEPS", DEFAULT_STEPS)))
    parser.add_argument("--max-mismatches", type=int, default=10)
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    print(f"differential: seed {args.seed}, {args.steps} steps")
    started = time.monotonic()
    driver = Driver(Endpoint("shardscope", args.shardscope_url), Endpoint("dynalite", args.dynalite_url),
                    args.seed, args.max_mismatches, args.verbose)
    driver.setup()
    for number in range(1, args.steps + 1):
        driver.run_step(number, driver.requests.next())
    driver.final_check()
    status = driver.summary()
    print(f"differential: {time.monotonic() - started:.1f} s")
    return status


if __name__ == "__main__":
    sys.exit(main())
