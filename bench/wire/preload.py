#!/usr/bin/env python3
"""Creates the benchmark table and preloads it over the DynamoDB wire protocol.

Usage: preload.py http://127.0.0.1:PORT

Creates table "bench" (pk S HASH, sk S RANGE, on-demand), waits until it is
ACTIVE, writes 10,000 partition keys x 5 sort keys with BatchWriteItem (25
items a request, unprocessed items retried), then checks one GetItem and one
Query. The items match bench/wire/*.lua: about 200 bytes each as DynamoDB
counts them. Uses only the standard library, so it runs on a fresh machine.
"""

import http.client
import json
import sys
import time
import urllib.parse

TABLE = "bench"
PARTITIONS = 10000
SORT_KEYS = 5
PAYLOAD = "0123456789abcdef" * 10  # 160 characters, as common.lua

HEADERS = {
    "Content-Type": "application/x-amz-json-1.0",
    "X-Amz-Date": "20240101T000000Z",
    "Authorization": "AWS4-HMAC-SHA256 Credential=bench/20240101/us-east-1/dynamodb/aws4_request, "
    "SignedHeaders=content-type;host;x-amz-date;x-amz-target, "
    "Signature=0000000000000000000000000000000000000000000000000000000000000000",
}


class Client:
    def __init__(self, url):
        parsed = urllib.parse.urlparse(url)
        self.conn = http.client.HTTPConnection(parsed.hostname, parsed.port, timeout=30)

    def call(self, operation, body):
        headers = dict(HEADERS)
        headers["X-Amz-Target"] = "DynamoDB_20120810." + operation
        self.conn.request("POST", "/", json.dumps(body), headers)
        response = self.conn.getresponse()
        data = json.loads(response.read() or b"{}")
        if response.status != 200:
            raise RuntimeError(f"{operation} failed with {response.status}: {data}")
        return data


def item(p, s):
    return {
        "pk": {"S": f"user#{p:05d}"},
        "sk": {"S": f"item#{s}"},
        "payload": {"S": PAYLOAD},
        "count": {"N": str((p * SORT_KEYS + s) % 1000)},
        "active": {"BOOL": True},
    }


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    client = Client(sys.argv[1])
    client.call("CreateTable", {
        "TableName": TABLE,
        "AttributeDefinitions": [{"AttributeName": "pk", "AttributeType": "S"},
                                 {"AttributeName": "sk", "AttributeType": "S"}],
        "KeySchema": [{"AttributeName": "pk", "KeyType": "HASH"},
                      {"AttributeName": "sk", "KeyType": "RANGE"}],
        "BillingMode": "PAY_PER_REQUEST",
    })
    for _ in range(300):
        if client.call("DescribeTable", {"TableName": TABLE})["Table"]["TableStatus"] == "ACTIVE":
            break
        time.sleep(0.1)
    else:
        raise RuntimeError("the table did not become ACTIVE")

    writes = [{"PutRequest": {"Item": item(p, s)}} for p in range(PARTITIONS) for s in range(SORT_KEYS)]
    for start in range(0, len(writes), 25):
        batch = writes[start:start + 25]
        while batch:
            reply = client.call("BatchWriteItem", {"RequestItems": {TABLE: batch}})
            batch = reply.get("UnprocessedItems", {}).get(TABLE, [])

    got = client.call("GetItem", {"TableName": TABLE,
                                  "Key": {"pk": {"S": "user#04242"}, "sk": {"S": "item#3"}}})
    if got.get("Item") != item(4242, 3):
        raise RuntimeError(f"GetItem after the preload returned {got}")
    queried = client.call("Query", {"TableName": TABLE, "KeyConditionExpression": "pk = :p",
                                    "ExpressionAttributeValues": {":p": {"S": "user#09999"}}})
    if queried.get("Count") != SORT_KEYS:
        raise RuntimeError(f"Query after the preload returned {queried}")
    print(f"preloaded {PARTITIONS * SORT_KEYS} items into {sys.argv[1]}")


if __name__ == "__main__":
    main()
