"""Capacity, throttling, Contributor Insights and /metrics through boto3,
run by tst_metrics_endpoint.

Usage: metrics_boto3.py ENDPOINT_URL [--no-capacity-enforcement]

Creates a provisioned table (5 RCU / 5 WCU) with a GSI, hammers one key
with PutItem (SDK retries off) until DynamoDB's throttle comes back —
ProvisionedThroughputExceededException with the service's message — or,
when the server runs with --no-capacity-enforcement, checks that nothing
throttles. Then drives UpdateContributorInsights / DescribeContributorInsights
/ ListContributorInsights, and fetches GET /metrics (the Prometheus text a
scraper sees) and checks the CloudWatch-named series and their per-table,
per-GSI, per-operation and per-partition labels. Prints "metrics ok".
"""
import sys
import urllib.request

import boto3
from botocore.config import Config
from botocore.exceptions import ClientError

URL = sys.argv[1]
ENFORCED = "--no-capacity-enforcement" not in sys.argv[2:]
CONFIG = Config(retries={"max_attempts": 1}, connect_timeout=5, read_timeout=30)
THROTTLE_MESSAGE = ("The level of configured provisioned throughput for the table was exceeded. "
                    "Consider increasing your provisioning level with the UpdateTable API.")

ddb = boto3.client("dynamodb", endpoint_url=URL, region_name="us-east-1", aws_access_key_id="test",
                   aws_secret_access_key="test", config=CONFIG)

ddb.create_table(
    TableName="Hot",
    AttributeDefinitions=[{"AttributeName": "pk", "AttributeType": "S"},
                          {"AttributeName": "sk", "AttributeType": "N"},
                          {"AttributeName": "g", "AttributeType": "S"}],
    KeySchema=[{"AttributeName": "pk", "KeyType": "HASH"}, {"AttributeName": "sk", "KeyType": "RANGE"}],
    GlobalSecondaryIndexes=[{"IndexName": "ByG", "KeySchema": [{"AttributeName": "g", "KeyType": "HASH"}],
                             "Projection": {"ProjectionType": "KEYS_ONLY"},
                             "ProvisionedThroughput": {"ReadCapacityUnits": 5, "WriteCapacityUnits": 5000}}],
    ProvisionedThroughput={"ReadCapacityUnits": 5, "WriteCapacityUnits": 5})

# Load: reads and writes of other keys, a query, a scan, a failed condition.
for i in range(20):
    ddb.put_item(TableName="Hot", Item={"pk": {"S": "k%d" % i}, "sk": {"N": "1"}, "g": {"S": "x"}})
    ddb.get_item(TableName="Hot", Key={"pk": {"S": "k%d" % i}, "sk": {"N": "1"}})
assert ddb.query(TableName="Hot", KeyConditionExpression="pk = :p",
                 ExpressionAttributeValues={":p": {"S": "k1"}})["Count"] == 1
assert ddb.query(TableName="Hot", IndexName="ByG", KeyConditionExpression="g = :g",
                 ExpressionAttributeValues={":g": {"S": "x"}})["Count"] == 20
assert ddb.scan(TableName="Hot")["Count"] == 20
try:
    ddb.put_item(TableName="Hot", Item={"pk": {"S": "k1"}, "sk": {"N": "1"}}, ConditionExpression="attribute_not_exists(pk)")
    raise AssertionError("the condition should have failed")
except ClientError as e:
    assert e.response["Error"]["Code"] == "ConditionalCheckFailedException", e.response

# Hammer one key: 5 WCU with 300 s of burst gives about 1,500 writes.
throttled = None
written = 0
for i in range(2500):
    try:
        ddb.put_item(TableName="Hot", Item={"pk": {"S": "hot"}, "sk": {"N": str(i % 3)}, "n": {"N": str(i)}})
        written += 1
    except ClientError as e:
        throttled = e
        break
if ENFORCED:
    assert throttled is not None, "no throttle after %d writes" % written
    error = throttled.response["Error"]
    assert error["Code"] == "ProvisionedThroughputExceededException", throttled.response
    assert 1000 <= written <= 2000, written
    if error["Message"] != THROTTLE_MESSAGE:
        assert "ThrottlingReasons" in throttled.response or "KeyRange" in str(throttled.response), throttled.response
else:
    assert throttled is None, throttled.response
    assert written == 2500

# Contributor Insights on the wire.
state = ddb.describe_contributor_insights(TableName="Hot")
assert state["ContributorInsightsStatus"] == "DISABLED", state
updated = ddb.update_contributor_insights(TableName="Hot", ContributorInsightsAction="ENABLE")
assert updated["TableName"] == "Hot" and updated["ContributorInsightsStatus"] == "ENABLING", updated
updated = ddb.update_contributor_insights(TableName="Hot", IndexName="ByG", ContributorInsightsAction="ENABLE")
assert updated["IndexName"] == "ByG", updated
state = ddb.describe_contributor_insights(TableName="Hot")
assert state["ContributorInsightsStatus"] == "ENABLED", state
rules = state["ContributorInsightsRuleList"]
assert len(rules) == 4 and all(r.startswith("DynamoDBContributorInsights-") for r in rules), rules
assert {r.split("-")[1] for r in rules} == {"PKC", "PKT", "SKC", "SKT"}, rules
assert "LastUpdateDateTime" in state
index_state = ddb.describe_contributor_insights(TableName="Hot", IndexName="ByG")
assert index_state["ContributorInsightsStatus"] == "ENABLED" and len(index_state["ContributorInsightsRuleList"]) == 2
summaries = ddb.list_contributor_insights(TableName="Hot")["ContributorInsightsSummaries"]
assert [(s["TableName"], s.get("IndexName"), s["ContributorInsightsStatus"]) for s in summaries] == \
    [("Hot", None, "ENABLED"), ("Hot", "ByG", "ENABLED")], summaries
page = ddb.list_contributor_insights(MaxResults=1)
assert len(page["ContributorInsightsSummaries"]) == 1 and "NextToken" in page, page
ddb.update_contributor_insights(TableName="Hot", IndexName="ByG", ContributorInsightsAction="DISABLE")
assert ddb.describe_contributor_insights(TableName="Hot", IndexName="ByG")["ContributorInsightsStatus"] == "DISABLED"
try:
    ddb.describe_contributor_insights(TableName="Nope")
    raise AssertionError("an unknown table should fail")
except ClientError as e:
    assert e.response["Error"]["Code"] == "ResourceNotFoundException", e.response

# The Prometheus text.
with urllib.request.urlopen(URL + "/metrics", timeout=10) as reply:
    assert reply.status == 200
    assert reply.headers["Content-Type"].startswith("text/plain"), reply.headers["Content-Type"]
    text = reply.read().decode("utf-8")
expected = [
    "# TYPE dynamodb_ConsumedWriteCapacityUnits counter",
    'dynamodb_ConsumedWriteCapacityUnits{TableName="Hot"} ',
    'dynamodb_ConsumedReadCapacityUnits{TableName="Hot"} ',
    'dynamodb_ConsumedWriteCapacityUnits{TableName="Hot",GlobalSecondaryIndexName="ByG"} ',
    'dynamodb_ConsumedReadCapacityUnits{TableName="Hot",GlobalSecondaryIndexName="ByG"} ',
    'dynamodb_ProvisionedWriteCapacityUnits{TableName="Hot"} 5',
    'dynamodb_ProvisionedWriteCapacityUnits{TableName="Hot",GlobalSecondaryIndexName="ByG"} 5000',
    'dynamodb_ReadThrottleEvents{TableName="Hot"} ',
    'dynamodb_WriteThrottleEvents{TableName="Hot"} ',
    'dynamodb_ThrottledRequests{TableName="Hot",Operation="PutItem"} ',
    'dynamodb_SuccessfulRequestLatency_count{TableName="Hot",Operation="PutItem"} ',
    'dynamodb_SuccessfulRequestLatency_sum{TableName="Hot",Operation="GetItem"} ',
    'dynamodb_ReturnedItemCount{TableName="Hot",Operation="Query"} ',
    'dynamodb_ReturnedItemCount{TableName="Hot",Operation="Scan"} 20',
    'dynamodb_ConditionalCheckFailedRequests{TableName="Hot"} 1',
    "dynamodb_UserErrors ",
    'shardscope_partition_ItemCount{TableName="Hot",Partition="0",HashLow="0x0000000000000000",',
    'shardscope_partition_ConsumedWriteCapacityUnits{TableName="Hot",Partition="0",',
    'shardscope_partition_WriteThrottleEvents{TableName="Hot",Partition="0",',
    'shardscope_partition_ItemCount{TableName="Hot",GlobalSecondaryIndexName="ByG",Partition="',
]
for line in expected:
    assert line in text, "missing %r in:\n%s" % (line, text)
throttles = [l for l in text.splitlines() if l.startswith('dynamodb_WriteThrottleEvents{TableName="Hot"} ')]
assert (float(throttles[0].split()[-1]) >= 1) == ENFORCED, throttles
latency = [l for l in text.splitlines()
           if l.startswith('dynamodb_SuccessfulRequestLatency_count{TableName="Hot",Operation="PutItem"} ')]
assert float(latency[0].split()[-1]) >= written, latency
print("metrics ok")
