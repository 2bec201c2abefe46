"""What the reference server lacks, emulated with the operations it has.

dynalite 4 implements no TransactWriteItems/TransactGetItems (deviation D1 in
differential.py). For a differential comparison the driver needs the
reference's answer anyway, so it is derived from single-item operations on
the reference, following the documented transaction semantics:

TransactWriteItems: every distinct item is read first (strongly consistent).
Each action then runs as its single-item twin with the same condition and
placeholders (Put -> PutItem, Update -> UpdateItem, Delete -> DeleteItem,
ConditionCheck -> a conditional DeleteItem). The items are distinct and every
condition is evaluated against the state before the transaction, so running
them one after another yields each action's own outcome. A request-level
error of any action (validation, missing table) becomes the answer; else two
actions on one item give "Transaction request cannot include multiple
operations on one item"; else any ConditionalCheckFailedException or runtime
validation error cancels the transaction with one CancellationReasons entry
per action ("None" for the others). Whenever the transaction does not commit,
and for ConditionCheck actions always, every touched item is restored from
the snapshot.

TransactGetItems: one strongly consistent GetItem per action, in order.

ConsumedCapacity is not emulated (see D1). Not thread-safe.
"""

import copy
import re

from diff_values import TABLES, key_id, key_of

TX_CANCELLED = "com.amazonaws.dynamodb.v20120810#TransactionCanceledException"
VALIDATION = "com.amazon.coral.validate#ValidationException"
CONDITION_FAILED = "ConditionalCheckFailedException"
# Errors that surface at run time, after the request was accepted; inside a
# transaction they become a ValidationError cancellation reason.
RUNTIME_MESSAGES = {
    "An operand in the update expression has an incorrect data type",
    "The provided expression refers to an attribute that does not exist in the item",
    "The document path provided in the update expression is invalid for update",
    "Item size to update has exceeded the maximum allowed size",
    "Item size has exceeded the maximum allowed size",
    "Nesting Levels have exceeded supported limits",
    "Number overflow. Attempting to store a number with magnitude larger than supported range",
    "Number underflow. Attempting to store a number with magnitude smaller than supported range",
    "Attempting to store more than 38 significant digits in a Number",
    "Type mismatch for attribute to update",
}
SINGLE_OPERATION = {"Put": "PutItem", "Update": "UpdateItem", "Delete": "DeleteItem", "ConditionCheck": "DeleteItem"}


NUMBER_OVERFLOW = "Number overflow. Attempting to store a number with magnitude larger than supported range"


def too_precise(value):
    """True when `value` (an item or attribute value) holds a number with
    more than 38 significant digits, which DynamoDB cannot store (D20)."""
    if isinstance(value, dict):
        for type_name, inner in value.items():
            if type_name == "N" and isinstance(inner, str) and significant_digits(inner) > 38:
                return True
            if type_name == "NS" and isinstance(inner, list) and any(significant_digits(n) > 38 for n in inner):
                return True
            if isinstance(inner, (dict, list)) and too_precise(inner):
                return True
    elif isinstance(value, list):
        return any(too_precise(v) for v in value)
    return False


def significant_digits(text):
    digits = text.lstrip("+-").lower().split("e")[0].replace(".", "").strip("0")
    return len(digits)


def removes_only(body):
    """True for an update made only of REMOVE/DELETE actions (D12)."""
    if "UpdateExpression" in body and isinstance(body["UpdateExpression"], str):
        keywords = re.findall(r"\b(SET|REMOVE|ADD|DELETE)\b", body["UpdateExpression"], re.IGNORECASE)
        return bool(keywords) and all(k.upper() in ("REMOVE", "DELETE") for k in keywords)
    updates = body.get("AttributeUpdates")
    return isinstance(updates, dict) and bool(updates) and all(
        isinstance(u, dict) and u.get("Action") == "DELETE" for u in updates.values())


def error_name(body):
    return (body or {}).get("__type", "").rsplit("#", 1)[-1]


def error_message(body):
    return (body or {}).get("message", (body or {}).get("Message", ""))


def action_key(kind, body):
    table = body.get("TableName")
    if table not in TABLES:
        return None
    try:
        return key_of(table, body["Item"]) if kind == "Put" else dict(body["Key"])
    except (KeyError, TypeError):
        return None


def read_item(endpoint, table, key):
    status, body = endpoint.call("GetItem", {"TableName": table, "Key": key, "ConsistentRead": True})
    return body.get("Item") if status == 200 and body else None


def restore(endpoint, table, key, item):
    if item is None:
        endpoint.call("DeleteItem", {"TableName": table, "Key": key})
    else:
        endpoint.call("PutItem", {"TableName": table, "Item": item})


def transact_write(endpoint, request):
    actions = []
    for entry in request["TransactItems"]:
        (kind, body), = entry.items()
        actions.append((kind, body, action_key(kind, body)))
    snapshots = {}
    for kind, body, key in actions:
        if key is not None and key_id(body["TableName"], key) not in snapshots:
            snapshots[key_id(body["TableName"], key)] = (body["TableName"], key,
                                                         read_item(endpoint, body["TableName"], key))
    request_error, reasons, checks = None, [], []
    for index, (kind, body, key) in enumerate(actions):
        single = {k: copy.deepcopy(v) for k, v in body.items() if k != "ReturnValuesOnConditionCheckFailure"}
        status, answer = endpoint.call(SINGLE_OPERATION[kind], single)
        if kind == "ConditionCheck":
            checks.append(key_id(body["TableName"], key) if key is not None else None)
        if status == 200 and kind == "Update" and too_precise(read_item(endpoint, body["TableName"], key)):
            # D20: dynalite stored an arithmetic result DynamoDB refuses.
            reasons.append({"Code": "ValidationError", "Message": NUMBER_OVERFLOW})
        elif status == 200:
            reasons.append({"Code": "None"})
        elif error_name(answer) == CONDITION_FAILED:
            reason = {"Code": "ConditionalCheckFailed", "Message": "The conditional request failed"}
            old = snapshots[key_id(body["TableName"], key)][2]
            if body.get("ReturnValuesOnConditionCheckFailure") == "ALL_OLD" and old is not None:
                reason["Item"] = old
            reasons.append(reason)
        elif error_name(answer) == "ValidationException" and error_message(answer) in RUNTIME_MESSAGES:
            reasons.append({"Code": "ValidationError", "Message": error_message(answer)})
        else:
            # "_action" (dropped before comparing) tells the driver which
            # action failed, for D8 in transactions.
            request_error = request_error or (status, dict(answer or {}, _action=index))
            reasons.append(None)
    distinct = {key_id(body["TableName"], key) for _, body, key in actions if key is not None}
    duplicate = len(distinct) < len(actions)
    committed = request_error is None and not duplicate and all(r["Code"] == "None" for r in reasons)
    # D12: an Update of only REMOVE/DELETE leaves a missing item missing.
    creates_nothing = {key_id(body["TableName"], key) for kind, body, key in actions
                       if kind == "Update" and key is not None and removes_only(body)}
    for identity, (table, key, old) in snapshots.items():
        if not committed or identity in checks or (identity in creates_nothing and old is None):
            restore(endpoint, table, key, old)
    if request_error:
        return request_error
    if duplicate:
        return 400, {"__type": VALIDATION,
                     "message": "Transaction request cannot include multiple operations on one item"}
    if not committed:
        codes = ", ".join(r["Code"] for r in reasons)
        return 400, {"__type": TX_CANCELLED, "CancellationReasons": reasons,
                     "Message": f"Transaction cancelled, please refer cancellation reasons for specific reasons [{codes}]"}
    return 200, {}


def transact_get(endpoint, request):
    responses, seen = [], set()
    duplicate = False
    for entry in request["TransactItems"]:
        body = dict(entry["Get"])
        body["ConsistentRead"] = True
        status, answer = endpoint.call("GetItem", body)
        if status != 200:
            return status, answer
        key = action_key("Get", entry["Get"])
        if key is not None:
            identity = key_id(entry["Get"]["TableName"], key)
            duplicate = duplicate or identity in seen
            seen.add(identity)
        responses.append({"Item": answer["Item"]} if "Item" in answer else {})
    if duplicate:
        return 400, {"__type": VALIDATION,
                     "message": "Transaction request cannot include multiple operations on one item"}
    return 200, {"Responses": responses}
