// Tests for engine/src/streams/: stream lifecycle on CreateTable/UpdateTable/
// DeleteTable, the records every kind of write produces, shard lineage across
// rollovers, retention, iterators and GetRecords paging.
#include "stream_test_support.h"
#include "streams/shard_iterator.h"
#include "streams/stream_naming.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

using namespace shardscope::engine;
using namespace shardscope::engine::test;
using nlohmann::json;

namespace {

constexpr std::int64_t kStart = 1'700'000'000'123;  // 2023-11-14T22:13:20.123Z
constexpr std::int64_t kMinute = 60'000;
constexpr std::int64_t kHour = 60 * kMinute;

QString q(const std::string& s) { return QString::fromStdString(s); }

json put(const std::string& pk, const json& extra = json::object()) {
    json item = {{"pk", {{"S", pk}}}};
    for (auto it = extra.begin(); it != extra.end(); ++it) item[it.key()] = it.value();
    return {{"TableName", "Tbl"}, {"Item", item}};
}

bool isUpdateTableAvailable(Engine& engine) {
    auto r = engine.call("UpdateTable", json::object());
    return r.ok() || r.error().code() != ErrorCode::UnknownOperation;
}

}  // namespace

class TestStreams : public QObject {
    Q_OBJECT

private slots:
    void namesAndSequenceNumbers() {
        using namespace shardscope::engine::streams;
        QCOMPARE(q(streamLabel(1'431'379'293'291)), QString("2015-05-11T21:21:33.291"));
        QCOMPARE(q(formatSequenceNumber(42)), QString("100000000000000000042"));
        QCOMPARE(sequenceOrder("100000000000000000042"), std::int64_t(42));
        QCOMPARE(sequenceOrder("000000000000000000042"), std::int64_t(-1));   // below all of ours
        QCOMPARE(sequenceOrder("300000000003218256413"), INT64_MAX);         // above all of ours
        QCOMPARE(sequenceOrder("4421584500000000017450439091"), INT64_MAX);
        QVERIFY(isSequenceNumberText("100000000000000000042"));
        QVERIFY(!isSequenceNumberText("10000000000000000004"));
        QVERIFY(!isSequenceNumberText("10000000000000000004x"));
        QVERIFY(QRegularExpression("^shardId-00000000000000001234-[0-9a-f]{8}$").match(q(newShardId(1234))).hasMatch());
        QVERIFY(newEventId() != newEventId());

        const ShardIterator it{"arn:aws:dynamodb:us-east-1:000000000000:table/Tbl/stream/2015-05-11T21:21:33.291", 7,
                               "shardId-00000000000000001234-0000abcd", 99, 1'700'000'000'000};
        const auto back = ShardIterator::decode(it.encode());
        QVERIFY(back.has_value());
        QCOMPARE(q(back->streamArn), q(it.streamArn));
        QCOMPARE(back->streamId, it.streamId);
        QCOMPARE(q(back->shardId), q(it.shardId));
        QCOMPARE(back->position, it.position);
        QCOMPARE(back->issuedMs, it.issuedMs);
        QVERIFY(!ShardIterator::decode("nonsense").has_value());
        QVERIFY(!ShardIterator::decode(it.streamArn + "|1|bm9wZQ==").has_value());  // "nope"
    }

    void createTableDescribesTheStream() {
        auto clock = std::make_shared<ManualClock>(kStart);
        auto engine = openTunedEngine(clock);
        const json out = callOk(*engine, "CreateTable", streamTableRequest("Tbl", "NEW_AND_OLD_IMAGES"));
        QVERIFY(!out.is_null());
        const json& d = out["TableDescription"];
        SS_COMPARE_JSON(d["StreamSpecification"], j(R"({"StreamEnabled":true,"StreamViewType":"NEW_AND_OLD_IMAGES"})"));
        QCOMPARE(q(d["LatestStreamLabel"]), QString("2023-11-14T22:13:20.123"));
        QCOMPARE(q(d["LatestStreamArn"]),
                 QString("arn:aws:dynamodb:us-east-1:000000000000:table/Tbl/stream/2023-11-14T22:13:20.123"));
        const json described = callOk(*engine, "DescribeTable", {{"TableName", "Tbl"}})["Table"];
        QCOMPARE(q(described["LatestStreamArn"]), q(d["LatestStreamArn"]));
        SS_COMPARE_JSON(described["StreamSpecification"], d["StreamSpecification"]);

        const json listed = callOk(*engine, "ListStreams", json::object());
        SS_COMPARE_JSON(listed, (json{{"Streams", {{{"StreamArn", d["LatestStreamArn"]}, {"StreamLabel", d["LatestStreamLabel"]}, {"TableName", "Tbl"}}}}}));

        const json stream = callOk(*engine, "DescribeStream", {{"StreamArn", d["LatestStreamArn"]}})["StreamDescription"];
        QCOMPARE(q(stream["StreamStatus"]), QString("ENABLED"));
        QCOMPARE(q(stream["StreamViewType"]), QString("NEW_AND_OLD_IMAGES"));
        QCOMPARE(q(stream["StreamLabel"]), q(d["LatestStreamLabel"]));
        QCOMPARE(q(stream["TableName"]), QString("Tbl"));
        QCOMPARE(stream["CreationRequestDateTime"].get<double>(), 1'700'000'000.123);
        SS_COMPARE_JSON(stream["KeySchema"], j(R"([{"AttributeName":"pk","KeyType":"HASH"}])"));
        QCOMPARE(stream["Shards"].size(), std::size_t(1));
        const json& shard = stream["Shards"][0];
        QVERIFY(QRegularExpression("^shardId-00000001700000000123-[0-9a-f]{8}$").match(q(shard["ShardId"])).hasMatch());
        QVERIFY(!shard.contains("ParentShardId"));
        QVERIFY(!shard["SequenceNumberRange"].contains("EndingSequenceNumber"));
        QCOMPARE(shard["SequenceNumberRange"]["StartingSequenceNumber"].get<std::string>().size(), std::size_t(21));
        QVERIFY(!stream.contains("LastEvaluatedShardId"));
    }

    void createTableValidatesTheSpecification() {
        auto engine = openTunedEngine(std::make_shared<ManualClock>(kStart));
        auto request = [](const json& spec) {
            json r = streamTableRequest("Val", "KEYS_ONLY");
            r["StreamSpecification"] = spec;
            return r;
        };
        SS_CALL_ERROR(*engine, "CreateTable", request(j(R"({"StreamEnabled":true})")), "ValidationException",
                      "One or more parameter values were invalid: Table is being created with a stream enabled, UpdateViewType is required");
        SS_CALL_ERROR(*engine, "CreateTable", request(j(R"({"StreamEnabled":false,"StreamViewType":"NEW_IMAGE"})")),
                      "ValidationException",
                      "One or more parameter values were invalid: Table is being created with a stream disabled, UpdateViewType should not be specified");
        SS_CALL_ERROR(*engine, "CreateTable", request(j(R"({"StreamViewType":"NEW_IMAGE"})")), "ValidationException",
                      "1 validation error detected: Value null at 'streamSpecification.streamEnabled' failed to satisfy constraint: Member must not be null");
        SS_CALL_ERROR(*engine, "CreateTable", request(j(R"({"StreamEnabled":true,"StreamViewType":"new_image"})")),
                      "ValidationException",
                      "1 validation error detected: Value 'new_image' at 'streamSpecification.streamViewType' failed to satisfy constraint: "
                      "Member must satisfy enum value set: [OLD_IMAGE, KEYS_ONLY, NEW_AND_OLD_IMAGES, NEW_IMAGE]");
        QCOMPARE(engine->call("CreateTable", request(j(R"({"StreamEnabled":"yes"})"))).error().name(),
                 std::string_view("SerializationException"));
        // A disabled specification creates a table without a stream.
        const json out = callOk(*engine, "CreateTable", request(j(R"({"StreamEnabled":false})")));
        QVERIFY(!out["TableDescription"].contains("StreamSpecification"));
        QVERIFY(!out["TableDescription"].contains("LatestStreamArn"));
        QVERIFY(callOk(*engine, "ListStreams", json::object())["Streams"].empty());
    }

    void recordsForEveryChangeType() {
        auto clock = std::make_shared<ManualClock>(kStart);
        auto engine = openTunedEngine(clock);
        QVERIFY(!callOk(*engine, "CreateTable", streamTableRequest("Tbl", "NEW_AND_OLD_IMAGES")).is_null());
        QVERIFY(!callOk(*engine, "PutItem", put("a", j(R"({"v":{"N":"1"}})"))).is_null());
        QVERIFY(!callOk(*engine, "PutItem", put("a", j(R"({"v":{"N":"1"}})"))).is_null());  // identical: no record
        clock->advanceMillis(2'500);
        {
            const json request_ = j(R"({"TableName":"Tbl","Key":{"pk":{"S":"a"}},
            "UpdateExpression":"SET v = :v, w = :w","ExpressionAttributeValues":{":v":{"N":"2"},":w":{"S":"x"}}})");
            QVERIFY(!callOk(*engine, "UpdateItem", request_).is_null());
        }
        {
            const json request_ = j(R"({"TableName":"Tbl","Key":{"pk":{"S":"a"}},
            "UpdateExpression":"SET v = :v","ExpressionAttributeValues":{":v":{"N":"2"}}})");
            QVERIFY(!callOk(*engine, "UpdateItem", request_).is_null());
        }  // no change
        QVERIFY(!callOk(*engine, "DeleteItem", j(R"({"TableName":"Tbl","Key":{"pk":{"S":"a"}}})")).is_null());
        QVERIFY(!callOk(*engine, "DeleteItem", j(R"({"TableName":"Tbl","Key":{"pk":{"S":"a"}}})")).is_null());  // missing
        // A failed condition writes nothing.
        {
            const json request_ = j(R"J({"TableName":"Tbl","Item":{"pk":{"S":"b"}},
            "ConditionExpression":"attribute_exists(pk)"})J");
            QVERIFY(!engine->call("PutItem", request_).ok());
        }

        const auto records = readStream(*engine, latestStreamArn(*engine, "Tbl"));
        QCOMPARE(records.size(), std::size_t(3));
        const json& insert = records[0];
        QCOMPARE(q(insert["eventName"]), QString("INSERT"));
        QCOMPARE(q(insert["eventVersion"]), QString("1.1"));
        QCOMPARE(q(insert["eventSource"]), QString("aws:dynamodb"));
        QCOMPARE(q(insert["awsRegion"]), QString("us-east-1"));
        QVERIFY(QRegularExpression("^[0-9a-f]{32}$").match(q(insert["eventID"])).hasMatch());
        QVERIFY(!insert.contains("userIdentity"));
        QCOMPARE(insert["dynamodb"]["ApproximateCreationDateTime"].get<double>(), 1'700'000'000.0);
        SS_COMPARE_JSON(insert["dynamodb"]["Keys"], j(R"({"pk":{"S":"a"}})"));
        SS_COMPARE_JSON(insert["dynamodb"]["NewImage"], j(R"({"pk":{"S":"a"},"v":{"N":"1"}})"));
        QVERIFY(!insert["dynamodb"].contains("OldImage"));
        QCOMPARE(q(insert["dynamodb"]["StreamViewType"]), QString("NEW_AND_OLD_IMAGES"));
        QVERIFY(insert["dynamodb"]["SizeBytes"].get<int>() > 3);  // Keys (3 bytes) + NewImage

        const json& modify = records[1];
        QCOMPARE(q(modify["eventName"]), QString("MODIFY"));
        QCOMPARE(modify["dynamodb"]["ApproximateCreationDateTime"].get<double>(), 1'700'000'002.0);  // rounded down
        SS_COMPARE_JSON(modify["dynamodb"]["OldImage"], j(R"({"pk":{"S":"a"},"v":{"N":"1"}})"));
        SS_COMPARE_JSON(modify["dynamodb"]["NewImage"], j(R"({"pk":{"S":"a"},"v":{"N":"2"},"w":{"S":"x"}})"));

        const json& remove = records[2];
        QCOMPARE(q(remove["eventName"]), QString("REMOVE"));
        SS_COMPARE_JSON(remove["dynamodb"]["OldImage"], j(R"({"pk":{"S":"a"},"v":{"N":"2"},"w":{"S":"x"}})"));
        QVERIFY(!remove["dynamodb"].contains("NewImage"));
        QVERIFY(!remove.contains("userIdentity"));

        // Sequence numbers: numeric strings of 21 digits, increasing; event ids unique.
        for (std::size_t i = 0; i < records.size(); ++i) {
            const std::string seq = records[i]["dynamodb"]["SequenceNumber"];
            QCOMPARE(seq.size(), std::size_t(21));
            QVERIFY(QRegularExpression("^[0-9]+$").match(q(seq)).hasMatch());
            if (i) {
                QVERIFY(seq > records[i - 1]["dynamodb"]["SequenceNumber"].get<std::string>());
                QVERIFY(records[i]["eventID"] != records[i - 1]["eventID"]);
            }
        }
    }

    void batchesAndTransactionsWriteRecordsAtomically() {
        auto engine = openTunedEngine(std::make_shared<ManualClock>(kStart));
        QVERIFY(!callOk(*engine, "CreateTable", streamTableRequest("Tbl", "KEYS_ONLY")).is_null());
        {
            const json request_ = j(R"({"RequestItems":{"Tbl":[
            {"PutRequest":{"Item":{"pk":{"S":"b1"}}}},{"PutRequest":{"Item":{"pk":{"S":"b2"}}}}]}})");
            QVERIFY(!callOk(*engine, "BatchWriteItem", request_).is_null());
        }
        // A cancelled transaction leaves no record of its first action.
        {
            const json request_ = j(R"J({"TransactItems":[
            {"Put":{"TableName":"Tbl","Item":{"pk":{"S":"t1"}}}},
            {"Put":{"TableName":"Tbl","Item":{"pk":{"S":"b1"}},"ConditionExpression":"attribute_not_exists(pk)"}}]})J");
            QVERIFY(!engine->call("TransactWriteItems", request_).ok());
        }
        {
            const json request_ = j(R"({"TransactItems":[
            {"Put":{"TableName":"Tbl","Item":{"pk":{"S":"t1"}}}},{"Delete":{"TableName":"Tbl","Key":{"pk":{"S":"b2"}}}}]})");
            QVERIFY(!callOk(*engine, "TransactWriteItems", request_).is_null());
        }
        const auto records = readStream(*engine, latestStreamArn(*engine, "Tbl"));
        QStringList seen;
        for (const auto& r : records)
            seen << q(r["eventName"].get<std::string>() + ":" + r["dynamodb"]["Keys"]["pk"]["S"].get<std::string>());
        seen.sort();
        QCOMPARE(seen, (QStringList{"INSERT:b1", "INSERT:b2", "INSERT:t1", "REMOVE:b2"}));
    }

    void viewTypesChooseTheImages_data() {
        QTest::addColumn<QString>("viewType");
        QTest::addColumn<bool>("newImage");
        QTest::addColumn<bool>("oldImage");
        QTest::newRow("KEYS_ONLY") << "KEYS_ONLY" << false << false;
        QTest::newRow("NEW_IMAGE") << "NEW_IMAGE" << true << false;
        QTest::newRow("OLD_IMAGE") << "OLD_IMAGE" << false << true;
        QTest::newRow("NEW_AND_OLD_IMAGES") << "NEW_AND_OLD_IMAGES" << true << true;
    }

    void viewTypesChooseTheImages() {
        QFETCH(QString, viewType);
        QFETCH(bool, newImage);
        QFETCH(bool, oldImage);
        auto engine = openTunedEngine(std::make_shared<ManualClock>(kStart));
        QVERIFY(!callOk(*engine, "CreateTable", streamTableRequest("Tbl", viewType.toStdString())).is_null());
        QVERIFY(!callOk(*engine, "PutItem", put("k", j(R"({"v":{"S":"one"}})"))).is_null());
        QVERIFY(!callOk(*engine, "PutItem", put("k", j(R"({"v":{"S":"two"}})"))).is_null());
        QVERIFY(!callOk(*engine, "DeleteItem", j(R"({"TableName":"Tbl","Key":{"pk":{"S":"k"}}})")).is_null());
        const auto records = readStream(*engine, latestStreamArn(*engine, "Tbl"));
        QCOMPARE(records.size(), std::size_t(3));
        const json& modify = records[1]["dynamodb"];
        QCOMPARE(q(records[1]["eventName"]), QString("MODIFY"));
        QCOMPARE(q(modify["StreamViewType"]), viewType);
        SS_COMPARE_JSON(modify["Keys"], j(R"({"pk":{"S":"k"}})"));
        QCOMPARE(modify.contains("NewImage"), newImage);
        QCOMPARE(modify.contains("OldImage"), oldImage);
        if (newImage) SS_COMPARE_JSON(modify["NewImage"]["v"], j(R"({"S":"two"})"));
        if (oldImage) SS_COMPARE_JSON(modify["OldImage"]["v"], j(R"({"S":"one"})"));
        QVERIFY(!records[0]["dynamodb"].contains("OldImage"));
        QVERIFY(!records[2]["dynamodb"].contains("NewImage"));
        QVERIFY(modify["SizeBytes"].get<int>() >= 1);
    }

    void lineageAcrossRollovers() {
        auto clock = std::make_shared<ManualClock>(kStart);
        auto engine = openTunedEngine(clock, [](EngineOptions& o) { o.streamShardMaxRecords = 2; });
        QVERIFY(!callOk(*engine, "CreateTable", streamTableRequest("Tbl", "KEYS_ONLY")).is_null());
        for (int i = 0; i < 5; ++i) {
            clock->advanceMillis(10);
            QVERIFY(!callOk(*engine, "PutItem", put("k" + std::to_string(i))).is_null());
        }
        const std::string arn = latestStreamArn(*engine, "Tbl");
        json shards = shardsOf(*engine, arn);
        QCOMPARE(shards.size(), std::size_t(3));
        for (std::size_t i = 1; i < shards.size(); ++i) {
            QCOMPARE(q(shards[i]["ParentShardId"]), q(shards[i - 1]["ShardId"]));
            const auto& parent = shards[i - 1]["SequenceNumberRange"];
            QVERIFY(parent.contains("EndingSequenceNumber"));
            QVERIFY(parent["EndingSequenceNumber"].get<std::string>() >= parent["StartingSequenceNumber"].get<std::string>());
            QVERIFY(shards[i]["SequenceNumberRange"]["StartingSequenceNumber"].get<std::string>() >
                    parent["EndingSequenceNumber"].get<std::string>());
        }
        QVERIFY(!shards[2]["SequenceNumberRange"].contains("EndingSequenceNumber"));

        // Closed shards read to their end answer without NextShardIterator;
        // parents then children give every record once, in order.
        std::vector<std::string> keys;
        for (std::size_t i = 0; i < shards.size(); ++i) {
            bool closed = false;
            const auto records = readShard(*engine, arn, shards[i]["ShardId"], &closed);
            QCOMPARE(closed, i + 1 < shards.size());
            for (const auto& r : records) {
                const std::string seq = r["dynamodb"]["SequenceNumber"];
                const auto& range = shards[i]["SequenceNumberRange"];
                QVERIFY(seq >= range["StartingSequenceNumber"].get<std::string>());
                if (range.contains("EndingSequenceNumber")) QVERIFY(seq <= range["EndingSequenceNumber"].get<std::string>());
                keys.push_back(r["dynamodb"]["Keys"]["pk"]["S"]);
            }
        }
        QCOMPARE(keys, (std::vector<std::string>{"k0", "k1", "k2", "k3", "k4"}));

        // Age: after four hours of clock time the open shard hands over, even idle.
        clock->advanceMillis(4 * kHour);
        shards = shardsOf(*engine, arn);
        QCOMPARE(shards.size(), std::size_t(4));
        QCOMPARE(q(shards[3]["ParentShardId"]), q(shards[2]["ShardId"]));
        QVERIFY(shards[2]["SequenceNumberRange"].contains("EndingSequenceNumber"));
        QVERIFY(!callOk(*engine, "PutItem", put("k5")).is_null());
        QCOMPARE(readShard(*engine, arn, shards[3]["ShardId"]).size(), std::size_t(1));

        // DescribeStream pages through the shards.
        json page = callOk(*engine, "DescribeStream", {{"StreamArn", arn}, {"Limit", 3}})["StreamDescription"];
        QCOMPARE(page["Shards"].size(), std::size_t(3));
        QCOMPARE(q(page["LastEvaluatedShardId"]), q(shards[2]["ShardId"]));
        page = callOk(*engine, "DescribeStream",
                      {{"StreamArn", arn}, {"Limit", 3}, {"ExclusiveStartShardId", page["LastEvaluatedShardId"]}})["StreamDescription"];
        QCOMPARE(page["Shards"].size(), std::size_t(1));
        QCOMPARE(q(page["Shards"][0]["ShardId"]), q(shards[3]["ShardId"]));
        QVERIFY(!page.contains("LastEvaluatedShardId"));
    }

    void retentionTrimsOldRecords() {
        auto clock = std::make_shared<ManualClock>(kStart);
        auto engine = openTunedEngine(clock);
        QVERIFY(!callOk(*engine, "CreateTable", streamTableRequest("Tbl", "KEYS_ONLY")).is_null());
        QVERIFY(!callOk(*engine, "PutItem", put("old")).is_null());
        const std::string arn = latestStreamArn(*engine, "Tbl");
        const std::string firstSeq = readStream(*engine, arn)[0]["dynamodb"]["SequenceNumber"];
        // Shards roll over every four hours; keep writing so each has a record.
        for (int h = 4; h <= 20; h += 4) {
            clock->setMillis(kStart + h * kHour);
            QVERIFY(!callOk(*engine, "PutItem", put("h" + std::to_string(h))).is_null());
        }
        clock->setMillis(kStart + 23 * kHour + 59 * kMinute);
        const json shards = shardsOf(*engine, arn);
        const std::string firstShard = shards[0]["ShardId"];
        const std::string iterator =
            callOk(*engine, "GetShardIterator", {{"StreamArn", arn}, {"ShardId", firstShard}, {"ShardIteratorType", "TRIM_HORIZON"}})["ShardIterator"];

        // Two minutes later the first record is older than 24 hours: trimmed.
        clock->setMillis(kStart + 24 * kHour + kMinute);
        SS_CALL_ERROR(*engine, "GetRecords", (json{{"ShardIterator", iterator}}), "TrimmedDataAccessException",
                      "The data you are trying to access has been trimmed");
        SS_CALL_ERROR(*engine, "GetShardIterator",
                      (json{{"StreamArn", arn}, {"ShardId", firstShard}, {"ShardIteratorType", "AT_SEQUENCE_NUMBER"}, {"SequenceNumber", firstSeq}}),
                      "TrimmedDataAccessException", "The data you are trying to access has been trimmed");
        // A fresh TRIM_HORIZON starts after the trim point: nothing left in that shard.
        bool closed = false;
        QVERIFY(readShard(*engine, arn, firstShard, &closed).empty());
        QVERIFY(closed);
        std::vector<std::string> keys;
        for (const auto& r : readStream(*engine, arn)) keys.push_back(r["dynamodb"]["Keys"]["pk"]["S"]);
        QCOMPARE(keys, (std::vector<std::string>{"h4", "h8", "h12", "h16", "h20"}));

        // A closed shard older than the retention period disappears.
        clock->setMillis(kStart + 28 * kHour + kMinute);
        const json later = shardsOf(*engine, arn);
        for (const auto& s : later) QVERIFY(s["ShardId"] != firstShard);
    }

    void deletedTableLeavesADisabledStreamForADay() {
        auto clock = std::make_shared<ManualClock>(kStart);
        auto engine = openTunedEngine(clock);
        QVERIFY(!callOk(*engine, "CreateTable", streamTableRequest("Tbl", "NEW_IMAGE")).is_null());
        QVERIFY(!callOk(*engine, "PutItem", put("a")).is_null());
        const std::string arn = latestStreamArn(*engine, "Tbl");
        clock->advanceMillis(kMinute);
        QVERIFY(!callOk(*engine, "DeleteTable", {{"TableName", "Tbl"}}).is_null());
        clock->advanceMillis(kMinute);
        json stream = callOk(*engine, "DescribeStream", {{"StreamArn", arn}})["StreamDescription"];
        QCOMPARE(q(stream["StreamStatus"]), QString("DISABLED"));
        for (const auto& s : stream["Shards"]) QVERIFY(s["SequenceNumberRange"].contains("EndingSequenceNumber"));
        QCOMPARE(readStream(*engine, arn).size(), std::size_t(1));
        QCOMPARE(callOk(*engine, "ListStreams", json::object())["Streams"].size(), std::size_t(1));

        // A new table of the same name gets its own stream; the old one stays listed.
        clock->advanceMillis(kMinute);
        QVERIFY(!callOk(*engine, "CreateTable", streamTableRequest("Tbl", "KEYS_ONLY")).is_null());
        QVERIFY(latestStreamArn(*engine, "Tbl") != arn);
        QCOMPARE(callOk(*engine, "ListStreams", {{"TableName", "Tbl"}})["Streams"].size(), std::size_t(2));

        clock->advanceMillis(25 * kHour);
        SS_CALL_ERROR(*engine, "DescribeStream", (json{{"StreamArn", arn}}), "ResourceNotFoundException",
                      "Requested resource not found: Stream: " + arn + " not found");
        const json listed = callOk(*engine, "ListStreams", json::object())["Streams"];
        QCOMPARE(listed.size(), std::size_t(1));
        QVERIFY(listed[0]["StreamArn"] != arn);
    }

    void enableAndDisableThroughUpdateTable() {
        auto clock = std::make_shared<ManualClock>(kStart);
        auto engine = openTunedEngine(clock);
        if (!isUpdateTableAvailable(*engine)) QSKIP("UpdateTable is not registered in this build yet");
        json create = streamTableRequest("Tbl", "KEYS_ONLY");
        create.erase("StreamSpecification");
        QVERIFY(!callOk(*engine, "CreateTable", create).is_null());
        SS_CALL_ERROR(*engine, "UpdateTable", j(R"({"TableName":"Tbl","StreamSpecification":{"StreamEnabled":false}})"),
                      "ValidationException", "Table has no stream to disable: TableName: Tbl");
        SS_CALL_ERROR(*engine, "UpdateTable", j(R"({"TableName":"Tbl","StreamSpecification":{"StreamEnabled":true}})"),
                      "ValidationException",
                      "One or more parameter values were invalid: If stream is being enabled then UpdateViewType is required");
        QVERIFY(!callOk(*engine, "UpdateTable",
                        j(R"({"TableName":"Tbl","StreamSpecification":{"StreamEnabled":true,"StreamViewType":"NEW_IMAGE"}})")).is_null());
        const std::string first = latestStreamArn(*engine, "Tbl");
        QVERIFY(!first.empty());
        SS_CALL_ERROR(*engine, "UpdateTable",
                      j(R"({"TableName":"Tbl","StreamSpecification":{"StreamEnabled":true,"StreamViewType":"KEYS_ONLY"}})"),
                      "ValidationException", "Table already has an enabled stream: TableName: Tbl");
        QVERIFY(!callOk(*engine, "PutItem", put("a")).is_null());
        SS_CALL_ERROR(*engine, "UpdateTable",
                      j(R"({"TableName":"Tbl","StreamSpecification":{"StreamEnabled":false,"StreamViewType":"KEYS_ONLY"}})"),
                      "ValidationException",
                      "One or more parameter values were invalid: If stream is being disabled, then UpdateViewType must not be specified");
        QVERIFY(!callOk(*engine, "UpdateTable", j(R"({"TableName":"Tbl","StreamSpecification":{"StreamEnabled":false}})")).is_null());
        json table = callOk(*engine, "DescribeTable", {{"TableName", "Tbl"}})["Table"];
        QVERIFY(!table.contains("StreamSpecification"));
        QCOMPARE(q(table["LatestStreamArn"]), q(first));
        QVERIFY(!callOk(*engine, "PutItem", put("b")).is_null());  // no stream: no record
        QCOMPARE(q(callOk(*engine, "DescribeStream", {{"StreamArn", first}})["StreamDescription"]["StreamStatus"]),
                 QString("DISABLED"));
        QCOMPARE(readStream(*engine, first).size(), std::size_t(1));
        // Re-enabling within the same millisecond still gets a new stream.
        QVERIFY(!callOk(*engine, "UpdateTable",
                        j(R"({"TableName":"Tbl","StreamSpecification":{"StreamEnabled":true,"StreamViewType":"KEYS_ONLY"}})")).is_null());
        const std::string second = latestStreamArn(*engine, "Tbl");
        QVERIFY(second != first);
        QCOMPARE(callOk(*engine, "ListStreams", {{"TableName", "Tbl"}})["Streams"].size(), std::size_t(2));
    }

    void iteratorTypes() {
        auto clock = std::make_shared<ManualClock>(kStart);
        auto engine = openTunedEngine(clock);
        QVERIFY(!callOk(*engine, "CreateTable", streamTableRequest("Tbl", "KEYS_ONLY")).is_null());
        for (const char* k : {"a", "b", "c"}) QVERIFY(!callOk(*engine, "PutItem", put(k)).is_null());
        const std::string arn = latestStreamArn(*engine, "Tbl");
        const std::string shard = shardsOf(*engine, arn)[0]["ShardId"];
        const auto all = readShard(*engine, arn, shard);
        QCOMPARE(all.size(), std::size_t(3));
        const std::string second = all[1]["dynamodb"]["SequenceNumber"];
        auto keysFrom = [&](const json& request) {
            std::vector<std::string> keys;
            const json it = callOk(*engine, "GetShardIterator", request);
            if (it.is_null()) return keys;
            const json out = callOk(*engine, "GetRecords", {{"ShardIterator", it["ShardIterator"]}});
            for (const auto& r : out["Records"]) keys.push_back(r["dynamodb"]["Keys"]["pk"]["S"]);
            return keys;
        };
        const json base = {{"StreamArn", arn}, {"ShardId", shard}};
        json at = base;
        at["ShardIteratorType"] = "AT_SEQUENCE_NUMBER";
        at["SequenceNumber"] = second;
        QCOMPARE(keysFrom(at), (std::vector<std::string>{"b", "c"}));
        json after = at;
        after["ShardIteratorType"] = "AFTER_SEQUENCE_NUMBER";
        QCOMPARE(keysFrom(after), (std::vector<std::string>{"c"}));

        json latest = base;
        latest["ShardIteratorType"] = "LATEST";
        const std::string latestIterator = callOk(*engine, "GetShardIterator", latest)["ShardIterator"];
        QVERIFY(latestIterator.size() <= 2048);
        QVERIFY(latestIterator.rfind(arn + "|", 0) == 0);
        json page = callOk(*engine, "GetRecords", {{"ShardIterator", latestIterator}});
        QVERIFY(page["Records"].empty());
        QVERIFY(page.contains("NextShardIterator"));  // an open shard always has a next position
        QVERIFY(!callOk(*engine, "PutItem", put("d")).is_null());
        page = callOk(*engine, "GetRecords", {{"ShardIterator", page["NextShardIterator"]}});
        QCOMPARE(page["Records"].size(), std::size_t(1));
        QCOMPARE(q(page["Records"][0]["dynamodb"]["Keys"]["pk"]["S"]), QString("d"));

        // Expiry: 15 minutes of clock time after issue.
        const std::string next = page["NextShardIterator"];
        clock->advanceMillis(15 * kMinute);
        QVERIFY(engine->call("GetRecords", {{"ShardIterator", next}}).ok());
        clock->advanceMillis(1);
        SS_CALL_ERROR(*engine, "GetRecords", (json{{"ShardIterator", next}}), "ExpiredIteratorException",
                      "Shard iterator has expired");
        auto expired = engine->call("GetRecords", {{"ShardIterator", next}});
        QVERIFY(q(expired.error().typeName()).endsWith("#ExpiredIteratorException"));
        QCOMPARE(expired.error().httpStatus(), 400);
    }

    void iteratorValidation() {
        auto engine = openTunedEngine(std::make_shared<ManualClock>(kStart));
        QVERIFY(!callOk(*engine, "CreateTable", streamTableRequest("Tbl", "KEYS_ONLY")).is_null());
        const std::string arn = latestStreamArn(*engine, "Tbl");
        const std::string shard = shardsOf(*engine, arn)[0]["ShardId"];
        const std::string unknownArn = "arn:aws:dynamodb:us-east-1:000000000000:table/X/stream/2023-01-01T00:00:00.000";
        SS_CALL_ERROR(*engine, "GetShardIterator",
                      (json{{"StreamArn", unknownArn}, {"ShardId", shard}, {"ShardIteratorType", "LATEST"}}),
                      "ResourceNotFoundException", "Requested resource not found: Stream: " + unknownArn + " not found");
        SS_CALL_ERROR(*engine, "GetShardIterator",
                      (json{{"StreamArn", arn}, {"ShardId", "shardId-00000000000000000000-00000000"}, {"ShardIteratorType", "LATEST"}}),
                      "ResourceNotFoundException", "Requested resource not found: Shard does not exist");
        SS_CALL_ERROR(*engine, "GetShardIterator", (json{{"StreamArn", arn}, {"ShardId", shard}, {"ShardIteratorType", "NEWEST"}}),
                      "ValidationException",
                      "1 validation error detected: Value 'NEWEST' at 'shardIteratorType' failed to satisfy constraint: "
                      "Member must satisfy enum value set: [TRIM_HORIZON, LATEST, AT_SEQUENCE_NUMBER, AFTER_SEQUENCE_NUMBER]");
        SS_CALL_ERROR(*engine, "GetShardIterator", (json{{"StreamArn", arn}, {"ShardId", "short"}, {"ShardIteratorType", "LATEST"}}),
                      "ValidationException",
                      "1 validation error detected: Value 'short' at 'shardId' failed to satisfy constraint: "
                      "Member must have length greater than or equal to 28");
        SS_CALL_ERROR(*engine, "GetShardIterator", (json{{"StreamArn", arn}, {"ShardId", shard}, {"ShardIteratorType", "AT_SEQUENCE_NUMBER"}}),
                      "ValidationException", "A SequenceNumber must be specified when ShardIteratorType is AT_SEQUENCE_NUMBER");
        SS_CALL_ERROR(*engine, "GetShardIterator", (json{{"ShardId", shard}, {"ShardIteratorType", "LATEST"}}), "ValidationException",
                      "1 validation error detected: Value null at 'streamArn' failed to satisfy constraint: Member must not be null");
        SS_CALL_ERROR(*engine, "GetRecords", (json{{"ShardIterator", "nonsense"}}), "ValidationException", "Invalid ShardIterator");
        SS_CALL_ERROR(*engine, "DescribeStream", (json{{"StreamArn", arn}, {"Limit", 101}}), "ValidationException",
                      "1 validation error detected: Value '101' at 'limit' failed to satisfy constraint: "
                      "Member must have value less than or equal to 100");
        SS_CALL_ERROR(*engine, "ListStreams", (json{{"Limit", 0}}), "ValidationException",
                      "1 validation error detected: Value '0' at 'limit' failed to satisfy constraint: "
                      "Member must have value greater than or equal to 1");
        SS_CALL_ERROR(*engine, "DescribeStream", (json{{"StreamArn", "arn:too-short"}}), "ValidationException",
                      "1 validation error detected: Value 'arn:too-short' at 'streamArn' failed to satisfy constraint: "
                      "Member must have length greater than or equal to 37");
    }

    void getRecordsPaging() {
        auto engine = openTunedEngine(std::make_shared<ManualClock>(kStart));
        QVERIFY(!callOk(*engine, "CreateTable", streamTableRequest("Tbl", "NEW_IMAGE")).is_null());
        for (int i = 0; i < 25; ++i) QVERIFY(!callOk(*engine, "PutItem", put("k" + std::to_string(100 + i))).is_null());
        const std::string arn = latestStreamArn(*engine, "Tbl");
        const std::string shard = shardsOf(*engine, arn)[0]["ShardId"];
        std::string iterator =
            callOk(*engine, "GetShardIterator", {{"StreamArn", arn}, {"ShardId", shard}, {"ShardIteratorType", "TRIM_HORIZON"}})["ShardIterator"];
        SS_CALL_ERROR(*engine, "GetRecords", (json{{"ShardIterator", iterator}, {"Limit", 1001}}), "LimitExceededException",
                      "Limit should be less than or equal to 1000");
        SS_CALL_ERROR(*engine, "GetRecords", (json{{"ShardIterator", iterator}, {"Limit", 0}}), "ValidationException",
                      "1 validation error detected: Value '0' at 'limit' failed to satisfy constraint: "
                      "Member must have value greater than or equal to 1");
        std::vector<std::size_t> pages;
        std::vector<std::string> keys;
        for (int i = 0; i < 5; ++i) {
            const json out = callOk(*engine, "GetRecords", {{"ShardIterator", iterator}, {"Limit", 10}});
            pages.push_back(out["Records"].size());
            for (const auto& r : out["Records"]) keys.push_back(r["dynamodb"]["Keys"]["pk"]["S"]);
            QVERIFY(out.contains("NextShardIterator"));
            iterator = out["NextShardIterator"];
        }
        QCOMPARE(pages, (std::vector<std::size_t>{10, 10, 5, 0, 0}));
        QCOMPARE(keys.size(), std::size_t(25));
        QCOMPARE(keys.front(), std::string("k100"));
        QCOMPARE(keys.back(), std::string("k124"));
    }

    void getRecordsStopsAtOneMegabyte() {
        auto engine = openTunedEngine(std::make_shared<ManualClock>(kStart));
        QVERIFY(!callOk(*engine, "CreateTable", streamTableRequest("Tbl", "NEW_IMAGE")).is_null());
        const std::string big(300'000, 'x');
        for (int i = 0; i < 5; ++i)
            QVERIFY(!callOk(*engine, "PutItem", put("k" + std::to_string(i), {{"blob", {{"S", big}}}})).is_null());
        const std::string arn = latestStreamArn(*engine, "Tbl");
        const std::string shard = shardsOf(*engine, arn)[0]["ShardId"];
        const std::string iterator =
            callOk(*engine, "GetShardIterator", {{"StreamArn", arn}, {"ShardId", shard}, {"ShardIteratorType", "TRIM_HORIZON"}})["ShardIterator"];
        const json out = callOk(*engine, "GetRecords", {{"ShardIterator", iterator}});
        QCOMPARE(out["Records"].size(), std::size_t(3));  // 3 x ~300 KB fit in 1 MB, 4 do not
        const json rest = callOk(*engine, "GetRecords", {{"ShardIterator", out["NextShardIterator"]}});
        QCOMPARE(rest["Records"].size(), std::size_t(2));
    }

    void listStreamsPagingAndFilter() {
        auto clock = std::make_shared<ManualClock>(kStart);
        auto engine = openTunedEngine(clock);
        for (const char* name : {"Aaa", "Bbb", "Ccc"}) {
            clock->advanceMillis(1);
            QVERIFY(!callOk(*engine, "CreateTable", streamTableRequest(name, "KEYS_ONLY")).is_null());
        }
        json page = callOk(*engine, "ListStreams", {{"Limit", 2}});
        QCOMPARE(page["Streams"].size(), std::size_t(2));
        QCOMPARE(q(page["Streams"][0]["TableName"]), QString("Aaa"));
        QCOMPARE(q(page["LastEvaluatedStreamArn"]), q(page["Streams"][1]["StreamArn"]));
        page = callOk(*engine, "ListStreams", {{"Limit", 2}, {"ExclusiveStartStreamArn", page["LastEvaluatedStreamArn"]}});
        QCOMPARE(page["Streams"].size(), std::size_t(1));
        QCOMPARE(q(page["Streams"][0]["TableName"]), QString("Ccc"));
        QVERIFY(!page.contains("LastEvaluatedStreamArn"));
        page = callOk(*engine, "ListStreams", {{"TableName", "Bbb"}});
        QCOMPARE(page["Streams"].size(), std::size_t(1));
        QCOMPARE(q(page["Streams"][0]["StreamArn"]), q(latestStreamArn(*engine, "Bbb")));
        QVERIFY(callOk(*engine, "ListStreams", {{"TableName", "Nope"}})["Streams"].empty());
    }

    void streamsSurviveAReopen() {
        const QString path = QDir::temp().filePath(QString("shardscope-streams-%1.db").arg(QCoreApplication::applicationPid()));
        QFile::remove(path);
        auto clock = std::make_shared<ManualClock>(kStart);
        std::string arn;
        {
            auto engine = openTunedEngine(clock, [&](EngineOptions& o) { o.databasePath = path.toStdString(); });
            QVERIFY(!callOk(*engine, "CreateTable", streamTableRequest("Tbl", "NEW_IMAGE")).is_null());
            QVERIFY(!callOk(*engine, "PutItem", put("a")).is_null());
            arn = latestStreamArn(*engine, "Tbl");
        }
        {
            auto engine = openTunedEngine(clock, [&](EngineOptions& o) { o.databasePath = path.toStdString(); });
            QVERIFY(!callOk(*engine, "PutItem", put("b")).is_null());  // the stream is still enabled after reopening
            const auto records = readStream(*engine, arn);
            QCOMPARE(records.size(), std::size_t(2));
            QVERIFY(records[1]["dynamodb"]["SequenceNumber"] > records[0]["dynamodb"]["SequenceNumber"]);
        }
        QFile::remove(path);
        QFile::remove(path + "-wal");
        QFile::remove(path + "-shm");
        QFile::remove(path + ".lock");
    }
};

QTEST_GUILESS_MAIN(TestStreams)
#include "tst_streams.moc"
