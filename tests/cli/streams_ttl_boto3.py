"""Streams and TTL through real SDK clients, run by tst_streams_ttl_endpoint.

Usage: streams_ttl_boto3.py ENDPOINT_URL

The `dynamodb` client creates a table with a GSI, an LSI, a stream
(NEW_AND_OLD_IMAGES) and TTL, and writes items, some already expired. The
unchanged `dynamodbstreams` client then lists and describes the stream and
reads every shard from TRIM_HORIZON until it has seen the INSERTs and the
sweeper's REMOVEs (bounded: 30 s). Prints "streams ttl ok" on success; any
failed check raises.
"""
import sys
import time

import boto3
from botocore.config import Config
from botocore.exceptions import ClientError

URL = sys.argv[1]
CONFIG = Config(retries={"max_attempts": 1}, connect_timeout=5, read_timeout=30)
SERVICE_IDENTITY = {"PrincipalId": "dynamodb.amazonaws.com", "Type": "Service"}


def client(name):
    return boto3.client(name, endpoint_url=URL, region_name="us-east-1", aws_access_key_id="test",
                        aws_secret_access_key="test", config=CONFIG)


ddb = client("dynamodb")
streams = client("dynamodbstreams")

ddb.create_table(
    TableName="Events",
    AttributeDefinitions=[{"AttributeName": n, "AttributeType": "S"} for n in ("pk", "sk", "g", "l")],
    KeySchema=[{"AttributeName": "pk", "KeyType": "HASH"}, {"AttributeName": "sk", "KeyType": "RANGE"}],
    GlobalSecondaryIndexes=[{"IndexName": "ByGroup", "KeySchema": [{"AttributeName": "g", "KeyType": "HASH"}],
                             "Projection": {"ProjectionType": "ALL"}}],
    LocalSecondaryIndexes=[{"IndexName": "ByLocal",
                            "KeySchema": [{"AttributeName": "pk", "KeyType": "HASH"},
                                          {"AttributeName": "l", "KeyType": "RANGE"}],
                            "Projection": {"ProjectionType": "KEYS_ONLY"}}],
    BillingMode="PAY_PER_REQUEST",
    StreamSpecification={"StreamEnabled": True, "StreamViewType": "NEW_AND_OLD_IMAGES"})
table = ddb.describe_table(TableName="Events")["Table"]
stream_arn = table["LatestStreamArn"]
assert table["StreamSpecification"] == {"StreamEnabled": True, "StreamViewType": "NEW_AND_OLD_IMAGES"}, table

spec = ddb.update_time_to_live(TableName="Events",
                               TimeToLiveSpecification={"AttributeName": "exp", "Enabled": True})
assert spec["TimeToLiveSpecification"] == {"AttributeName": "exp", "Enabled": True}, spec
ttl = ddb.describe_time_to_live(TableName="Events")["TimeToLiveDescription"]
assert ttl == {"TimeToLiveStatus": "ENABLED", "AttributeName": "exp"}, ttl

now = int(time.time())
expired = {"e1", "e2", "e3"}
alive = {"a1", "a2", "n1"}
for key in sorted(expired | alive):
    item = {"pk": {"S": "user"}, "sk": {"S": key}, "g": {"S": "group"}, "l": {"S": "l-" + key}}
    if key in expired:
        item["exp"] = {"N": str(now - 100)}
    elif key != "n1":
        item["exp"] = {"N": str(now + 3600)}
    ddb.put_item(TableName="Events", Item=item)

listed = streams.list_streams(TableName="Events")["Streams"]
assert [s["StreamArn"] for s in listed] == [stream_arn], listed
description = streams.describe_stream(StreamArn=stream_arn)["StreamDescription"]
assert description["StreamStatus"] == "ENABLED", description
assert description["StreamViewType"] == "NEW_AND_OLD_IMAGES", description
assert description["TableName"] == "Events", description
assert description["Shards"], description


def read_all_shards():
    """Every record of every shard, from TRIM_HORIZON, parents first."""
    records = []
    shards, start = [], None
    for _ in range(100):
        kwargs = {"StreamArn": stream_arn}
        if start:
            kwargs["ExclusiveStartShardId"] = start
        page = streams.describe_stream(**kwargs)["StreamDescription"]
        shards += page["Shards"]
        start = page.get("LastEvaluatedShardId")
        if not start:
            break
    for shard in shards:
        iterator = streams.get_shard_iterator(StreamArn=stream_arn, ShardId=shard["ShardId"],
                                              ShardIteratorType="TRIM_HORIZON")["ShardIterator"]
        for _ in range(1000):
            out = streams.get_records(ShardIterator=iterator, Limit=100)
            records += out["Records"]
            iterator = out.get("NextShardIterator")
            if not iterator or not out["Records"]:
                break
    return records


deadline = time.time() + 30
while True:
    records = read_all_shards()
    removes = [r for r in records if r["eventName"] == "REMOVE"]
    if len(removes) >= len(expired) or time.time() > deadline:
        break
    time.sleep(0.5)

inserts = [r for r in records if r["eventName"] == "INSERT"]
assert {r["dynamodb"]["Keys"]["sk"]["S"] for r in inserts} == expired | alive, inserts
assert {r["dynamodb"]["Keys"]["sk"]["S"] for r in removes} == expired, removes
for r in removes:
    assert r.get("userIdentity") == SERVICE_IDENTITY, r
    assert "NewImage" not in r["dynamodb"] and r["dynamodb"]["OldImage"]["exp"]["N"] == str(now - 100), r
for r in inserts:
    assert "userIdentity" not in r, r
    assert r["eventSource"] == "aws:dynamodb" and r["awsRegion"] == "us-east-1", r
    assert len(r["dynamodb"]["SequenceNumber"]) >= 21 and r["dynamodb"]["SizeBytes"] > 0, r
    assert hasattr(r["dynamodb"]["ApproximateCreationDateTime"], "year"), r  # parsed as a timestamp
# Per item, the INSERT comes before the REMOVE.
positions = {(r["eventName"], r["dynamodb"]["Keys"]["sk"]["S"]): i for i, r in enumerate(records)}
for key in expired:
    assert positions[("INSERT", key)] < positions[("REMOVE", key)], records

left = ddb.query(TableName="Events", KeyConditionExpression="pk = :p",
                 ExpressionAttributeValues={":p": {"S": "user"}})
assert {i["sk"]["S"] for i in left["Items"]} == alive, left
try:
    by_group = ddb.query(TableName="Events", IndexName="ByGroup", KeyConditionExpression="g = :g",
                         ExpressionAttributeValues={":g": {"S": "group"}})
    by_local = ddb.query(TableName="Events", IndexName="ByLocal", KeyConditionExpression="pk = :p",
                         ExpressionAttributeValues={":p": {"S": "user"}})
except ClientError as error:
    print("index reads not available, index check skipped:", error)
else:
    assert {i["sk"]["S"] for i in by_group["Items"]} == alive, by_group
    assert {i["sk"]["S"] for i in by_local["Items"]} == alive, by_local
    print("indexes follow TTL deletes")

print("streams ttl ok")
