#!/usr/bin/python3
"""End-to-end data-plane checks with boto3 against a running Shardscope endpoint.

Usage: /usr/bin/python3 boto3_data_plane.py ENDPOINT_URL

Run by tst_boto3_data_plane (tests/compat), which starts `shardscope --serve
--in-memory` first. Every check compares a whole response (ResponseMetadata
removed) or an error's code, message and modelled members with what Amazon
DynamoDB answers; the expected values follow the AWS documentation and the
facts sheet (shared/reference/dynamodb-facts.md). The first failed check stops
the script with a non-zero exit status and a diff-friendly message.

The low-level client covers the wire shapes; the resource API (Table, Key,
Attr, batch_writer, the type serializer) is what most applications use, so it
is driven as well. Debian's boto3 (1.26) predates
ReturnValuesOnConditionCheckFailure; that parameter is covered by the engine
tests and the differential test instead.
"""

import sys
import threading
from decimal import Decimal

import boto3
import botocore.exceptions
from boto3.dynamodb.conditions import Attr, Key
from boto3.dynamodb.types import Binary
from botocore.config import Config

CHECKS = 0


def fail(what, detail):
    print(f"FAILED: {what}\n{detail}", file=sys.stderr)
    sys.exit(1)


def strip(response):
    response = dict(response)
    response.pop("ResponseMetadata", None)
    return response


def canonical(value):
    """`value` with DynamoDB sets sorted: set order is not part of the contract."""
    if isinstance(value, dict):
        return {k: sorted(v, key=repr) if k in ("SS", "NS", "BS") and isinstance(v, list) else canonical(v)
                for k, v in value.items()}
    if isinstance(value, list):
        return [canonical(v) for v in value]
    return value


def check(what, actual, expected):
    global CHECKS
    CHECKS += 1
    if canonical(actual) != canonical(expected):
        fail(what, f"  got:      {actual!r}\n  expected: {expected!r}")


def check_error(what, call, code, message, **members):
    """Runs call(); it must fail with `code` and `message` and carry `members`."""
    global CHECKS
    CHECKS += 1
    try:
        result = call()
    except botocore.exceptions.ClientError as error:
        response = error.response
        got = (response["Error"]["Code"], response["Error"]["Message"])
        if got != (code, message):
            fail(what, f"  got error:      {got!r}\n  expected error: {(code, message)!r}")
        for name, value in members.items():
            if canonical(response.get(name)) != canonical(value):
                fail(what, f"  {name}: got {response.get(name)!r}\n  expected {value!r}")
        extra = set(response) - {"Error", "ResponseMetadata", "Message", "message"} - set(members)
        if extra:
            fail(what, f"  unexpected members in the error response: {sorted(extra)} in {response!r}")
        return response
    fail(what, f"  succeeded with {result!r}; expected {code}: {message}")


S = lambda v: {"S": v}  # noqa: E731
N = lambda v: {"N": v}  # noqa: E731


def make_tables(client):
    """Events (pk S, sk S), Scores (pk S, sk N), Counters (id S)."""
    specs = [("Events", [("pk", "S"), ("sk", "S")]), ("Scores", [("pk", "S"), ("sk", "N")]),
             ("Counters", [("id", "S")])]
    for name, keys in specs:
        schema = [{"AttributeName": a, "KeyType": t} for (a, _), t in zip(keys, ["HASH", "RANGE"])]
        definitions = [{"AttributeName": a, "AttributeType": t} for a, t in keys]
        client.create_table(TableName=name, KeySchema=schema, AttributeDefinitions=definitions,
                            BillingMode="PAY_PER_REQUEST")
        client.get_waiter("table_exists").wait(TableName=name, WaiterConfig={"Delay": 1, "MaxAttempts": 30})


def conditional_puts(c):
    item = {"id": S("c1"), "v": N("1"), "tags": {"SS": ["b", "a"]}}
    check("put with attribute_not_exists on a new item",
          strip(c.put_item(TableName="Counters", Item=item, ConditionExpression="attribute_not_exists(id)")), {})
    check_error("put with attribute_not_exists on an existing item",
                lambda: c.put_item(TableName="Counters", Item=item, ConditionExpression="attribute_not_exists(id)"),
                "ConditionalCheckFailedException", "The conditional request failed")
    check("conditional put with ReturnValues=ALL_OLD",
          strip(c.put_item(TableName="Counters", Item={"id": S("c1"), "v": N("2")}, ReturnValues="ALL_OLD",
                           ConditionExpression="#v = :one AND contains(tags, :a)",
                           ExpressionAttributeNames={"#v": "v"},
                           ExpressionAttributeValues={":one": N("1.0"), ":a": S("a")})),
          {"Attributes": {"id": S("c1"), "v": N("1"), "tags": {"SS": ["a", "b"]}}})
    check_error("ALL_NEW is not valid for PutItem",
                lambda: c.put_item(TableName="Counters", Item=item, ReturnValues="ALL_NEW"),
                "ValidationException", "ReturnValues can only be ALL_OLD or NONE")
    check_error("syntax error in a ConditionExpression",
                lambda: c.put_item(TableName="Counters", Item=item, ConditionExpression="attribute_exists(id) AND"),
                "ValidationException", 'Invalid ConditionExpression: Syntax error; token: "<EOF>", near: "AND"')
    check_error("unused expression attribute value",
                lambda: c.put_item(TableName="Counters", Item=item, ConditionExpression="attribute_exists(id)",
                                   ExpressionAttributeValues={":unused": N("1")}),
                "ValidationException", "Value provided in ExpressionAttributeValues unused in expressions: keys: {:unused}")
    check_error("reserved word in a ConditionExpression",
                lambda: c.put_item(TableName="Counters", Item=item, ConditionExpression="attribute_exists(name)"),
                "ValidationException",
                "Invalid ConditionExpression: Attribute name is a reserved keyword; reserved keyword: name")
    check_error("a key of the wrong type",
                lambda: c.put_item(TableName="Counters", Item={"id": N("1")}), "ValidationException",
                "One or more parameter values were invalid: Type mismatch for key id expected: S actual: N")
    check_error("a missing table", lambda: c.put_item(TableName="NoSuchTable", Item=item),
                "ResourceNotFoundException", "Requested resource not found")
    check("conditional delete with ALL_OLD",
          strip(c.delete_item(TableName="Counters", Key={"id": S("c1")}, ConditionExpression="v BETWEEN :a AND :b",
                              ExpressionAttributeValues={":a": N("1"), ":b": N("3")}, ReturnValues="ALL_OLD")),
          {"Attributes": {"id": S("c1"), "v": N("2")}})
    check("get of the deleted item", strip(c.get_item(TableName="Counters", Key={"id": S("c1")})), {})


def update_return_values(c):
    key = {"id": S("u1")}
    c.put_item(TableName="Counters", Item={"id": S("u1"), "a": S("hi"), "b": S("dog"), "n": N("5")})

    def update(return_values, expression, values=None):
        args = {"TableName": "Counters", "Key": key, "UpdateExpression": expression, "ReturnValues": return_values}
        if values:
            args["ExpressionAttributeValues"] = values
        return strip(c.update_item(**args))

    check("ReturnValues=NONE", update("NONE", "SET b = :v", {":v": S("cat")}), {})
    check("ReturnValues=ALL_OLD", update("ALL_OLD", "SET b = :v", {":v": S("cow")}),
          {"Attributes": {"id": S("u1"), "a": S("hi"), "b": S("cat"), "n": N("5")}})
    check("ReturnValues=UPDATED_OLD (only attributes that existed)",
          update("UPDATED_OLD", "SET b = :v, c = :w", {":v": S("eel"), ":w": S("new")}), {"Attributes": {"b": S("cow")}})
    check("ReturnValues=UPDATED_OLD of a new attribute only", update("UPDATED_OLD", "SET d = :v", {":v": N("1")}), {})
    check("ReturnValues=ALL_NEW", update("ALL_NEW", "SET n = n + :one REMOVE c, d", {":one": N("1")}),
          {"Attributes": {"id": S("u1"), "a": S("hi"), "b": S("eel"), "n": N("6")}})
    check("ReturnValues=UPDATED_NEW", update("UPDATED_NEW", "SET n = n - :k, e = :k", {":k": N("0.5")}),
          {"Attributes": {"n": N("5.5"), "e": N("0.5")}})
    check("ReturnValues=UPDATED_NEW after a REMOVE", update("UPDATED_NEW", "REMOVE e"), {})
    c.put_item(TableName="Counters", Item={"id": S("u1"), "m": {"M": {"b": S("dog"), "c": {"L": [N("1"), N("2")]}}}})
    check("UPDATED_OLD of nested paths",
          update("UPDATED_OLD", "SET m.c[1] = :v, m.b = :w", {":v": N("7"), ":w": S("yo")}),
          {"Attributes": {"m": {"M": {"b": S("dog"), "c": {"L": [N("2")]}}}}})
    check("UPDATED_NEW of nested paths", update("UPDATED_NEW", "SET m.x = :v", {":v": N("8")}),
          {"Attributes": {"m": {"M": {"x": N("8")}}}})
    check_error("ReturnValues value outside the enum",
                lambda: update("EVERYTHING", "SET b = :v", {":v": N("1")}), "ValidationException",
                "1 validation error detected: Value 'EVERYTHING' at 'returnValues' failed to satisfy constraint: "
                "Member must satisfy enum value set: [ALL_NEW, UPDATED_OLD, ALL_OLD, NONE, UPDATED_NEW]")
    check("upsert creates the item",
          strip(c.update_item(TableName="Counters", Key={"id": S("u2")}, UpdateExpression="SET a = :v",
                              ExpressionAttributeValues={":v": S("x")}, ReturnValues="ALL_NEW")),
          {"Attributes": {"id": S("u2"), "a": S("x")}})
    check("REMOVE alone does not create a missing item",
          strip(c.update_item(TableName="Counters", Key={"id": S("u3")}, UpdateExpression="REMOVE a",
                              ReturnValues="ALL_NEW")), {})
    check("the REMOVE-only update left no item", strip(c.get_item(TableName="Counters", Key={"id": S("u3")})), {})
    check_error("updating a key attribute",
                lambda: update("NONE", "SET id = :v", {":v": S("z")}), "ValidationException",
                "One or more parameter values were invalid: Cannot update attribute id. This attribute is part of the key")
    check_error("arithmetic on a string",
                lambda: update("NONE", "SET m = m + :v", {":v": N("1")}), "ValidationException",
                "An operand in the update expression has an incorrect data type")
    check_error("overlapping paths",
                lambda: update("NONE", "SET m = :v REMOVE m.b", {":v": N("1")}), "ValidationException",
                "Invalid UpdateExpression: Two document paths overlap with each other; must remove or rewrite one of "
                "these paths; path one: [m], path two: [m, b]")


def sets_and_lists(c):
    key = {"id": S("s1")}

    def update(expression, values=None, return_values="ALL_NEW"):
        args = {"TableName": "Counters", "Key": key, "UpdateExpression": expression, "ReturnValues": return_values}
        if values:
            args["ExpressionAttributeValues"] = values
        return strip(c.update_item(**args))

    check("ADD to a missing item creates number and set",
          update("ADD n :n, ss :s", {":n": N("3"), ":s": {"SS": ["x", "y"]}}),
          {"Attributes": {"id": S("s1"), "n": N("3"), "ss": {"SS": ["x", "y"]}}})
    check("ADD merges sets and adds numbers",
          update("ADD n :n, ss :s", {":n": N("-0.25"), ":s": {"SS": ["y", "z"]}}, "UPDATED_NEW"),
          {"Attributes": {"n": N("2.75"), "ss": {"SS": ["x", "y", "z"]}}})
    check("DELETE removes set members", update("DELETE ss :s", {":s": {"SS": ["x", "q"]}}, "UPDATED_NEW"),
          {"Attributes": {"ss": {"SS": ["y", "z"]}}})
    check("DELETE of the last members removes the attribute",
          update("DELETE ss :s", {":s": {"SS": ["y", "z"]}}), {"Attributes": {"id": S("s1"), "n": N("2.75")}})
    check("ADD number sets", update("ADD ns :s", {":s": {"NS": ["1", "10", "2.5"]}}, "UPDATED_NEW"),
          {"Attributes": {"ns": {"NS": ["1", "10", "2.5"]}}})
    check_error("ADD of a string", lambda: update("ADD n :s", {":s": S("x")}), "ValidationException",
                "Invalid UpdateExpression: Incorrect operand type for operator or function; operator: ADD, "
                "operand type: STRING, typeSet: ALLOWED_FOR_ADD_OPERAND")
    check_error("ADD of a mismatched set", lambda: update("ADD ns :s", {":s": {"SS": ["x"]}}), "ValidationException",
                "An operand in the update expression has an incorrect data type")
    check_error("DELETE of a number", lambda: update("DELETE ns :s", {":s": N("1")}), "ValidationException",
                "Invalid UpdateExpression: Incorrect operand type for operator or function; operator: DELETE, "
                "operand type: NUMBER, typeSet: ALLOWED_FOR_DELETE_OPERAND")

    check("list_append on a missing list via if_not_exists",
          update("SET l = list_append(if_not_exists(l, :empty), :v)",
                 {":empty": {"L": []}, ":v": {"L": [N("1"), N("2"), N("3")]}}, "UPDATED_NEW"),
          {"Attributes": {"l": {"L": [N("1"), N("2"), N("3")]}}})
    check("list_append prepends when the list comes second",
          update("SET l = list_append(:v, l)", {":v": {"L": [S("zero")]}}, "UPDATED_NEW"),
          {"Attributes": {"l": {"L": [S("zero"), N("1"), N("2"), N("3")]}}})
    check("if_not_exists keeps an existing value",
          update("SET n = if_not_exists(n, :z), fresh = if_not_exists(fresh, :z)", {":z": N("0")}, "UPDATED_NEW"),
          {"Attributes": {"n": N("2.75"), "fresh": N("0")}})
    check("REMOVE list elements uses the old indexes", update("REMOVE l[0], l[2]", None, "UPDATED_OLD"),
          {"Attributes": {"l": {"L": [S("zero"), N("2")]}}})
    check("the list after REMOVE", strip(c.get_item(TableName="Counters", Key=key, ProjectionExpression="l")),
          {"Item": {"l": {"L": [N("1"), N("3")]}}})
    check("SET past the end appends", update("SET l[9] = :v", {":v": S("end")}, "ALL_NEW")["Attributes"]["l"],
          {"L": [N("1"), N("3"), S("end")]})
    check_error("list_append of a non-list",
                lambda: update("SET l = list_append(l, :v)", {":v": S("x")}), "ValidationException",
                "Invalid UpdateExpression: Incorrect operand type for operator or function; "
                "operator or function: list_append, operand type: S")
    check_error("list_append of a stored non-list",
                lambda: update("SET l = list_append(n, l)"), "ValidationException",
                "An operand in the update expression has an incorrect data type")
    check_error("SET into a missing map", lambda: update("SET nope.child = :v", {":v": S("x")}),
                "ValidationException", "The document path provided in the update expression is invalid for update")


def seed_events(c):
    requests = []
    for i in range(12):
        kind = "order" if i % 2 == 0 else "visit"
        requests.append({"PutRequest": {"Item": {"pk": S("user#1"), "sk": S(f"{kind}#{i:03d}"), "n": N(str(i)),
                                                   "even": {"BOOL": i % 2 == 0}}}})
    requests.append({"PutRequest": {"Item": {"pk": S("user#2"), "sk": S("order#000"), "n": N("100")}}})
    check("BatchWriteItem of 13 puts", strip(c.batch_write_item(RequestItems={"Events": requests})),
          {"UnprocessedItems": {}})
    scores = [{"PutRequest": {"Item": {"pk": S("game"), "sk": N(str(v)), "who": S(f"p{v}")}}}
              for v in ["-5", "0", "1.5", "10", "1e3"]]
    c.batch_write_item(RequestItems={"Scores": scores})


def query(c):
    def q(**args):
        return strip(c.query(TableName="Events", **args))

    res = q(KeyConditionExpression="pk = :p AND begins_with(sk, :o)",
            ExpressionAttributeValues={":p": S("user#1"), ":o": S("order#")}, ProjectionExpression="sk")
    check("Query begins_with", res, {"Items": [{"sk": S(f"order#{i:03d}")} for i in range(0, 12, 2)],
                                     "Count": 6, "ScannedCount": 6})
    res = q(KeyConditionExpression="pk = :p AND sk BETWEEN :a AND :b", ProjectionExpression="n",
            ExpressionAttributeValues={":p": S("user#1"), ":a": S("order#004"), ":b": S("order#008")},
            ScanIndexForward=False)
    check("Query BETWEEN, descending", res, {"Items": [{"n": N("8")}, {"n": N("6")}, {"n": N("4")}],
                                             "Count": 3, "ScannedCount": 3})
    res = q(KeyConditionExpression="pk = :p", FilterExpression="even = :t AND n >= :four",
            ExpressionAttributeValues={":p": S("user#1"), ":t": {"BOOL": True}, ":four": N("4")}, Select="COUNT")
    check("Query with FilterExpression and Select=COUNT", res, {"Count": 4, "ScannedCount": 12})
    pages, start = [], None
    for _ in range(10):
        args = {"KeyConditionExpression": "pk = :p", "ExpressionAttributeValues": {":p": S("user#1")},
                "Limit": 5, "ProjectionExpression": "sk"}
        if start:
            args["ExclusiveStartKey"] = start
        page = q(**args)
        pages.append(page)
        start = page.get("LastEvaluatedKey")
        if not start:
            break
    check("Query pagination page sizes", [p["Count"] for p in pages], [5, 5, 2])
    check("Query pagination LastEvaluatedKey", pages[0]["LastEvaluatedKey"], {"pk": S("user#1"), "sk": S("order#008")})
    check("Query pagination visits every item once", [i["sk"]["S"] for p in pages for i in p["Items"]],
          sorted(f"{'order' if i % 2 == 0 else 'visit'}#{i:03d}" for i in range(12)))
    res = strip(c.query(TableName="Scores", KeyConditionExpression="pk = :p AND sk > :v", ProjectionExpression="sk",
                        ExpressionAttributeValues={":p": S("game"), ":v": N("0")}, ReturnConsumedCapacity="TOTAL"))
    check("Query orders numbers numerically", res,
          {"Items": [{"sk": N("1.5")}, {"sk": N("10")}, {"sk": N("1000")}], "Count": 3, "ScannedCount": 3,
           "ConsumedCapacity": {"TableName": "Scores", "CapacityUnits": 0.5}})
    check_error("Query without the partition key",
                lambda: q(KeyConditionExpression="sk = :s", ExpressionAttributeValues={":s": S("x")}),
                "ValidationException", "Query condition missed key schema element: pk")
    check_error("Query with a filter on a key",
                lambda: q(KeyConditionExpression="pk = :p", FilterExpression="sk = :s",
                          ExpressionAttributeValues={":p": S("user#1"), ":s": S("x")}),
                "ValidationException",
                "Filter Expression can only contain non-primary key attributes: Primary key attribute: sk")
    check_error("begins_with on a number sort key",
                lambda: strip(c.query(TableName="Scores", KeyConditionExpression="pk = :p AND begins_with(sk, :v)",
                                      ExpressionAttributeValues={":p": S("game"), ":v": N("1")})),
                "ValidationException",
                "Invalid KeyConditionExpression: Incorrect operand type for operator or function; "
                "operator or function: begins_with, operand type: N")


def scan(c):
    all_items, pages = [], 0
    start = None
    for _ in range(20):
        args = {"TableName": "Events", "Limit": 4}
        if start:
            args["ExclusiveStartKey"] = start
        page = strip(c.scan(**args))
        pages += 1
        all_items += page["Items"]
        start = page.get("LastEvaluatedKey")
        if not start:
            break
    check("Scan pagination returns every item once", len(all_items), 13)
    check("Scan pagination pages", pages in (4, 5), True)
    res = strip(c.scan(TableName="Events", FilterExpression="n > :v OR attribute_not_exists(even)",
                       ExpressionAttributeValues={":v": N("9")}, ProjectionExpression="n"))
    check("Scan FilterExpression", sorted(int(i["n"]["N"]) for i in res["Items"]), [10, 11, 100])
    check("Scan counts", (res["Count"], res["ScannedCount"]), (3, 13))
    seen = []
    for segment in range(3):
        start = None
        for _ in range(20):
            args = {"TableName": "Events", "Segment": segment, "TotalSegments": 3, "Limit": 3}
            if start:
                args["ExclusiveStartKey"] = start
            page = strip(c.scan(**args))
            seen += [(i["pk"]["S"], i["sk"]["S"]) for i in page["Items"]]
            start = page.get("LastEvaluatedKey")
            if not start:
                break
    check("parallel Scan segments cover the table exactly once", sorted(seen),
          sorted([("user#1", f"{'order' if i % 2 == 0 else 'visit'}#{i:03d}") for i in range(12)] +
                 [("user#2", "order#000")]))
    check("Scan Select=COUNT", strip(c.scan(TableName="Events", Select="COUNT")), {"Count": 13, "ScannedCount": 13})
    check_error("Segment without TotalSegments", lambda: c.scan(TableName="Events", Segment=1),
                "ValidationException",
                "The TotalSegments parameter is required but was not present in the request when Segment parameter "
                "is present")
    check_error("Segment out of range", lambda: c.scan(TableName="Events", Segment=3, TotalSegments=3),
                "ValidationException",
                "The Segment parameter is zero-based and must be less than parameter TotalSegments: Segment: 3 is not "
                "less than TotalSegments: 3")


def batches(c):
    res = strip(c.batch_write_item(RequestItems={"Counters": [
        {"PutRequest": {"Item": {"id": S("b1"), "v": N("1")}}},
        {"PutRequest": {"Item": {"id": S("b2"), "v": {"B": b"\x00\xff"}}}},
        {"DeleteRequest": {"Key": {"id": S("s1")}}}]}, ReturnConsumedCapacity="TOTAL"))
    check("BatchWriteItem puts and deletes", res,
          {"UnprocessedItems": {}, "ConsumedCapacity": [{"TableName": "Counters", "CapacityUnits": 3.0}]})
    res = strip(c.batch_get_item(RequestItems={
        "Counters": {"Keys": [{"id": S("b1")}, {"id": S("b2")}, {"id": S("s1")}], "ConsistentRead": True},
        "Events": {"Keys": [{"pk": S("user#2"), "sk": S("order#000")}], "ProjectionExpression": "#n",
                   "ExpressionAttributeNames": {"#n": "n"}}}))
    res["Responses"]["Counters"].sort(key=lambda i: i["id"]["S"])
    check("BatchGetItem over two tables", res,
          {"Responses": {"Counters": [{"id": S("b1"), "v": N("1")}, {"id": S("b2"), "v": {"B": b"\x00\xff"}}],
                         "Events": [{"n": N("100")}]}, "UnprocessedKeys": {}})
    check_error("BatchWriteItem with a duplicate key",
                lambda: c.batch_write_item(RequestItems={"Counters": [
                    {"PutRequest": {"Item": {"id": S("d")}}}, {"DeleteRequest": {"Key": {"id": S("d")}}}]}),
                "ValidationException", "Provided list of item keys contains duplicates")
    check_error("BatchGetItem with a duplicate key",
                lambda: c.batch_get_item(RequestItems={"Counters": {"Keys": [{"id": S("d")}, {"id": S("d")}]}}),
                "ValidationException", "Provided list of item keys contains duplicates")


def transactions(c):
    put = {"Put": {"TableName": "Counters", "Item": {"id": S("t1"), "v": N("1")},
                   "ConditionExpression": "attribute_not_exists(id)"}}
    update = {"Update": {"TableName": "Counters", "Key": {"id": S("t2")}, "UpdateExpression": "ADD v :one",
                         "ExpressionAttributeValues": {":one": N("1")}}}
    res = strip(c.transact_write_items(TransactItems=[put, update], ReturnConsumedCapacity="TOTAL"))
    check("TransactWriteItems commits", res, {"ConsumedCapacity": [{"TableName": "Counters", "CapacityUnits": 4.0}]})
    check_error("TransactWriteItems cancelled by a condition",
                lambda: c.transact_write_items(TransactItems=[update, put, {"ConditionCheck": {
                    "TableName": "Counters", "Key": {"id": S("b1")}, "ConditionExpression": "v = :one",
                    "ExpressionAttributeValues": {":one": N("1")}}}]),
                "TransactionCanceledException",
                "Transaction cancelled, please refer cancellation reasons for specific reasons "
                "[None, ConditionalCheckFailed, None]",
                CancellationReasons=[{"Code": "None"},
                                     {"Code": "ConditionalCheckFailed", "Message": "The conditional request failed"},
                                     {"Code": "None"}])
    check("a cancelled transaction changes nothing",
          strip(c.get_item(TableName="Counters", Key={"id": S("t2")})), {"Item": {"id": S("t2"), "v": N("1")}})
    check_error("TransactWriteItems with a runtime validation error",
                lambda: c.transact_write_items(TransactItems=[{"Update": {
                    "TableName": "Counters", "Key": {"id": S("b2")}, "UpdateExpression": "SET v = v + :one",
                    "ExpressionAttributeValues": {":one": N("1")}}}]),
                "TransactionCanceledException",
                "Transaction cancelled, please refer cancellation reasons for specific reasons [ValidationError]",
                CancellationReasons=[{"Code": "ValidationError",
                                      "Message": "An operand in the update expression has an incorrect data type"}])
    check_error("two actions on one item",
                lambda: c.transact_write_items(TransactItems=[update, update]), "ValidationException",
                "Transaction request cannot include multiple operations on one item")
    res = strip(c.transact_get_items(TransactItems=[
        {"Get": {"TableName": "Counters", "Key": {"id": S("t1")}}},
        {"Get": {"TableName": "Counters", "Key": {"id": S("missing")}}},
        {"Get": {"TableName": "Events", "Key": {"pk": S("user#2"), "sk": S("order#000")}, "ProjectionExpression": "n"}}],
        ReturnConsumedCapacity="TOTAL"))
    check("TransactGetItems", res, {
        "Responses": [{"Item": {"id": S("t1"), "v": N("1")}}, {}, {"Item": {"n": N("100")}}],
        "ConsumedCapacity": [{"TableName": "Counters", "CapacityUnits": 4.0},
                             {"TableName": "Events", "CapacityUnits": 2.0}]})
    token = {"ClientRequestToken": "token-1", "TransactItems": [{"Put": {"TableName": "Counters",
                                                                         "Item": {"id": S("t3"), "v": N("1")}}}]}
    c.transact_write_items(**token)
    c.update_item(TableName="Counters", Key={"id": S("t3")}, UpdateExpression="SET v = :two",
                  ExpressionAttributeValues={":two": N("2")})
    check("an idempotent replay does not re-apply", strip(c.transact_write_items(**token)), {})
    check("after the replay", strip(c.get_item(TableName="Counters", Key={"id": S("t3")}))["Item"]["v"], N("2"))
    token["TransactItems"][0]["Put"]["Item"]["v"] = N("3")
    check_error("same token, different request", lambda: c.transact_write_items(**token),
                "IdempotentParameterMismatchException",
                "Request with the same ClientRequestToken was sent with different parameters")


def legacy(c):
    check("PutItem with Expected Exists=false",
          strip(c.put_item(TableName="Counters", Item={"id": S("l1"), "v": N("1"), "s": {"SS": ["a"]}},
                           Expected={"id": {"Exists": False}})), {})
    check_error("PutItem with Expected Value mismatch",
                lambda: c.put_item(TableName="Counters", Item={"id": S("l1")}, Expected={"v": {"Value": N("2")}}),
                "ConditionalCheckFailedException", "The conditional request failed")
    res = strip(c.update_item(TableName="Counters", Key={"id": S("l1")}, ReturnValues="ALL_NEW",
                              AttributeUpdates={"v": {"Action": "ADD", "Value": N("4")},
                                                "s": {"Action": "DELETE", "Value": {"SS": ["a"]}},
                                                "t": {"Action": "PUT", "Value": S("x")}},
                              Expected={"v": {"ComparisonOperator": "LE", "AttributeValueList": [N("1")]}}))
    check("UpdateItem with AttributeUpdates and Expected", res,
          {"Attributes": {"id": S("l1"), "v": N("5"), "t": S("x")}})
    check_error("mixing legacy and expression parameters",
                lambda: c.update_item(TableName="Counters", Key={"id": S("l1")}, UpdateExpression="SET a = :v",
                                      ExpressionAttributeValues={":v": N("1")}, Expected={"v": {"Exists": True,
                                                                                               "Value": N("5")}}),
                "ValidationException",
                "Can not use both expression and non-expression parameters in the same request: "
                "Non-expression parameters: {Expected} Expression parameters: {UpdateExpression}")
    res = strip(c.query(TableName="Events", KeyConditions={
        "pk": {"ComparisonOperator": "EQ", "AttributeValueList": [S("user#1")]},
        "sk": {"ComparisonOperator": "BEGINS_WITH", "AttributeValueList": [S("visit#")]}},
        QueryFilter={"n": {"ComparisonOperator": "GT", "AttributeValueList": [N("6")]}},
        AttributesToGet=["n"], Limit=5))
    check("Query with KeyConditions, QueryFilter and AttributesToGet", res,
          {"Items": [{"n": N("7")}, {"n": N("9")}], "Count": 2, "ScannedCount": 5,
           "LastEvaluatedKey": {"pk": S("user#1"), "sk": S("visit#009")}})
    res = strip(c.scan(TableName="Events", ScanFilter={
        "n": {"ComparisonOperator": "BETWEEN", "AttributeValueList": [N("2"), N("3")]},
        "sk": {"ComparisonOperator": "BEGINS_WITH", "AttributeValueList": [S("visit#")]}}, ConditionalOperator="OR",
        Select="COUNT"))
    check("Scan with ScanFilter and ConditionalOperator=OR", res, {"Count": 7, "ScannedCount": 13})
    check_error("BETWEEN with one value",
                lambda: c.scan(TableName="Events", ScanFilter={
                    "n": {"ComparisonOperator": "BETWEEN", "AttributeValueList": [N("2")]}}),
                "ValidationException",
                "One or more parameter values were invalid: Invalid number of argument(s) for the BETWEEN "
                "ComparisonOperator")
    check_error("EQ on a BOOL in a legacy filter",
                lambda: c.scan(TableName="Events", ScanFilter={
                    "even": {"ComparisonOperator": "EQ", "AttributeValueList": [{"BOOL": True}]}}),
                "ValidationException",
                "One or more parameter values were invalid: ComparisonOperator EQ is not valid for BOOL AttributeValue "
                "type")
    check("GetItem with AttributesToGet",
          strip(c.get_item(TableName="Counters", Key={"id": S("l1")}, AttributesToGet=["t", "nothing"])),
          {"Item": {"t": S("x")}})


def consumed_capacity(c):
    big = "x" * 5000
    check("PutItem TOTAL",
          strip(c.put_item(TableName="Counters", Item={"id": S("cap"), "big": S(big)}, ReturnConsumedCapacity="TOTAL")),
          {"ConsumedCapacity": {"TableName": "Counters", "CapacityUnits": 5.0}})
    check("GetItem eventually consistent",
          strip(c.get_item(TableName="Counters", Key={"id": S("cap")}, ProjectionExpression="id",
                           ReturnConsumedCapacity="TOTAL")),
          {"Item": {"id": S("cap")}, "ConsumedCapacity": {"TableName": "Counters", "CapacityUnits": 1.0}})
    check("GetItem strongly consistent with INDEXES",
          strip(c.get_item(TableName="Counters", Key={"id": S("cap")}, ProjectionExpression="id",
                           ConsistentRead=True, ReturnConsumedCapacity="INDEXES")),
          {"Item": {"id": S("cap")},
           "ConsumedCapacity": {"TableName": "Counters", "CapacityUnits": 2.0, "Table": {"CapacityUnits": 2.0}}})
    check("GetItem of a missing item",
          strip(c.get_item(TableName="Counters", Key={"id": S("none")}, ReturnConsumedCapacity="TOTAL")),
          {"ConsumedCapacity": {"TableName": "Counters", "CapacityUnits": 0.5}})
    check("DeleteItem of a missing item",
          strip(c.delete_item(TableName="Counters", Key={"id": S("none")}, ReturnConsumedCapacity="TOTAL")),
          {"ConsumedCapacity": {"TableName": "Counters", "CapacityUnits": 1.0}})
    check("ReturnConsumedCapacity=NONE",
          strip(c.delete_item(TableName="Counters", Key={"id": S("cap")}, ReturnConsumedCapacity="NONE")), {})


def resource_api(endpoint, config):
    db = boto3.resource("dynamodb", endpoint_url=endpoint, region_name="us-east-1", aws_access_key_id="test",
                        aws_secret_access_key="test", config=config)
    table = db.create_table(TableName="Orders", KeySchema=[{"AttributeName": "customer", "KeyType": "HASH"},
                                                           {"AttributeName": "order", "KeyType": "RANGE"}],
                            AttributeDefinitions=[{"AttributeName": "customer", "AttributeType": "S"},
                                                  {"AttributeName": "order", "AttributeType": "N"}],
                            BillingMode="PAY_PER_REQUEST")
    table.wait_until_exists()
    table.reload()
    check("Table.table_status", table.table_status, "ACTIVE")
    item = {"customer": "alice", "order": 1, "total": Decimal("19.99"), "tags": {"new", "gift"},
            "lines": [{"sku": "A-1", "qty": 2}, {"sku": "B-7", "qty": 1}], "paid": True, "note": None,
            "blob": Binary(b"\x01\x02"), "scores": {Decimal("1.5"), Decimal("2")}}
    table.put_item(Item=item)
    check("Table.get_item round-trips Python types", table.get_item(Key={"customer": "alice", "order": 1})["Item"],
          {**item, "order": Decimal(1), "lines": [{"sku": "A-1", "qty": Decimal(2)}, {"sku": "B-7", "qty": Decimal(1)}]})
    with table.batch_writer(overwrite_by_pkeys=["customer", "order"]) as batch:
        for i in range(2, 30):
            batch.put_item(Item={"customer": "alice" if i % 3 else "bob", "order": i, "total": Decimal(i) / 4,
                                 "status": "open" if i % 2 else "closed"})
        batch.delete_item(Key={"customer": "bob", "order": 3})
    res = table.query(KeyConditionExpression=Key("customer").eq("alice") & Key("order").between(10, 20),
                      FilterExpression=Attr("status").eq("open") & Attr("total").gte(Decimal("3")),
                      ProjectionExpression="#o", ExpressionAttributeNames={"#o": "order"}, ScanIndexForward=False)
    check("Table.query with Key and Attr conditions", [int(i["order"]) for i in res["Items"]], [19, 17, 13])
    check("Table.query counts", (res["Count"], res["ScannedCount"]), (3, 8))
    res = table.query(KeyConditionExpression=Key("customer").eq("alice") & Key("order").lt(5), Limit=2)
    check("Table.query LastEvaluatedKey is deserialized", res["LastEvaluatedKey"],
          {"customer": "alice", "order": Decimal(2)})
    res = table.scan(FilterExpression=Attr("tags").contains("gift") | Attr("order").is_in([6, 9, 12]),
                     ProjectionExpression="customer, #o", ExpressionAttributeNames={"#o": "order"})
    check("Table.scan with contains and IN", sorted((i["customer"], int(i["order"])) for i in res["Items"]),
          [("alice", 1), ("bob", 6), ("bob", 9), ("bob", 12)])
    res = table.scan(FilterExpression=Attr("lines").size().eq(2) & Attr("note").attribute_type("NULL") &
                     Attr("missing").not_exists() & Attr("blob").exists(), Select="COUNT")
    check("Table.scan with size, attribute_type and (not_)exists", res["Count"], 1)
    res = table.update_item(Key={"customer": "alice", "order": 1},
                            UpdateExpression="SET #l[0].qty = #l[0].qty + :one, #t = :t ADD tags :g",
                            ConditionExpression=Attr("paid").eq(True) & Attr("lines[0].sku").begins_with("A-"),
                            ExpressionAttributeNames={"#l": "lines", "#t": "total"},
                            ExpressionAttributeValues={":one": 1, ":t": Decimal("21.5"), ":g": {"vip"}},
                            ReturnValues="UPDATED_NEW")
    check("Table.update_item with an Attr condition", res["Attributes"],
          {"lines": [{"qty": Decimal(3)}], "total": Decimal("21.5"), "tags": {"new", "gift", "vip"}})
    try:
        table.delete_item(Key={"customer": "alice", "order": 1}, ConditionExpression=Attr("paid").eq(False))
        fail("Table.delete_item with a false condition", "succeeded")
    except table.meta.client.exceptions.ConditionalCheckFailedException as error:
        check("ConditionalCheckFailedException via the resource API", error.response["Error"]["Message"],
              "The conditional request failed")
    res = db.batch_get_item(RequestItems={"Orders": {"Keys": [{"customer": "bob", "order": 6},
                                                              {"customer": "bob", "order": 3}]}})
    check("resource batch_get_item", res["Responses"]["Orders"],
          [{"customer": "bob", "order": Decimal(6), "total": Decimal("1.5"), "status": "closed"}])
    total = 0
    for segment in range(2):
        kwargs = {"Segment": segment, "TotalSegments": 2, "Select": "COUNT"}
        while True:
            page = table.scan(**kwargs)
            total += page["Count"]
            if "LastEvaluatedKey" not in page:
                break
            kwargs["ExclusiveStartKey"] = page["LastEvaluatedKey"]
    check("Table.scan parallel COUNT", total, 28)
    table.delete()
    names = [t.name for t in db.tables.all()]
    check("Table.delete", ("Orders" in names, {"Counters", "Events", "Scores"} <= set(names)), (False, True))


def concurrent_clients(endpoint, config):
    """Eight clients at once on the multi-threaded endpoint: ADD counters lose
    no update, and of racing conditional creates exactly one wins each key."""
    workers, rounds = 8, 50
    errors = []

    def client():
        return boto3.client("dynamodb", endpoint_url=endpoint, region_name="us-east-1", aws_access_key_id="test",
                            aws_secret_access_key="test", config=config)

    def add_counter():
        c = client()
        try:
            for _ in range(rounds):
                c.update_item(TableName="Counters", Key={"id": {"S": "race"}}, UpdateExpression="ADD hits :one",
                              ExpressionAttributeValues={":one": {"N": "1"}})
        except Exception as e:  # noqa: BLE001 - reported below
            errors.append(repr(e))

    wins = [0] * workers

    def claim(worker):
        c = client()
        try:
            for n in range(rounds):
                try:
                    c.put_item(TableName="Counters", Item={"id": {"S": f"claim#{n}"}, "owner": {"N": str(worker)}},
                               ConditionExpression="attribute_not_exists(id)")
                    wins[worker] += 1
                except c.exceptions.ConditionalCheckFailedException:
                    pass
        except Exception as e:  # noqa: BLE001
            errors.append(repr(e))

    threads = [threading.Thread(target=add_counter) for _ in range(workers)]
    threads += [threading.Thread(target=claim, args=(w,)) for w in range(workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    check("concurrent clients finished without errors", errors, [])
    c = client()
    item = c.get_item(TableName="Counters", Key={"id": {"S": "race"}}, ConsistentRead=True)["Item"]
    check("parallel ADD counters lose no update", item["hits"], {"N": str(workers * rounds)})
    check("each racing conditional create has exactly one winner", sum(wins), rounds)


def main():
    endpoint = sys.argv[1]
    config = Config(retries={"max_attempts": 1, "mode": "standard"}, connect_timeout=10, read_timeout=30)
    client = boto3.client("dynamodb", endpoint_url=endpoint, region_name="us-east-1", aws_access_key_id="test",
                          aws_secret_access_key="test", config=config)
    make_tables(client)
    conditional_puts(client)
    update_return_values(client)
    sets_and_lists(client)
    seed_events(client)
    query(client)
    scan(client)
    batches(client)
    transactions(client)
    legacy(client)
    consumed_capacity(client)
    resource_api(endpoint, config)
    concurrent_clients(endpoint, config)
    print(f"boto3 data plane: {CHECKS} checks passed")


if __name__ == "__main__":
    main()
