// Tests for engine/src/ops/query_scan.cpp and page_collector.cpp: key
// conditions become ranges, pages stop at Limit and 1 MB with a usable
// LastEvaluatedKey, filters, projections, Select and parallel segments.
#include "engine_test_support.h"

#include <set>

using namespace shardscope::engine;
using namespace shardscope::engine::test;

class TestQueryScan : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<Engine> m_engine;

    nlohmann::json call(const char* op, const nlohmann::json& request) {
        auto r = m_engine->call(op, request);
        if (!r.ok()) qWarning("%s: %s", op, r.error().message().c_str());
        return r.ok() ? *r : nlohmann::json{{"error", r.error().message()}};
    }

    static std::vector<std::string> sortKeys(const nlohmann::json& page) {
        std::vector<std::string> out;
        for (const auto& item : page["Items"]) out.push_back(item["sk"]["N"].get<std::string>());
        return out;
    }

private slots:
    void init() {
        m_engine = openMemoryEngine();
        call("CreateTable", j(R"({"TableName":"Events","BillingMode":"PAY_PER_REQUEST",
            "AttributeDefinitions":[{"AttributeName":"pk","AttributeType":"S"},{"AttributeName":"sk","AttributeType":"N"}],
            "KeySchema":[{"AttributeName":"pk","KeyType":"HASH"},{"AttributeName":"sk","KeyType":"RANGE"}]})"));
        for (int user = 0; user < 3; ++user)
            for (int n = -5; n <= 5; ++n) {
                nlohmann::json put = {{"TableName", "Events"},
                                      {"Item", {{"pk", {{"S", "user" + std::to_string(user)}}},
                                                {"sk", {{"N", std::to_string(n * 10)}}},
                                                {"kind", {{"S", n % 2 == 0 ? "even" : "odd"}}},
                                                {"payload", {{"S", std::string(100, 'p')}}}}}};
                call("PutItem", put);
            }
    }

    void sortKeyConditions_data() {
        QTest::addColumn<QString>("condition");
        QTest::addColumn<QString>("values");
        QTest::addColumn<QString>("expected");
        QTest::newRow("all") << "pk = :p" << "{}" << "-50,-40,-30,-20,-10,0,10,20,30,40,50";
        QTest::newRow("eq") << "pk = :p AND sk = :a" << R"({":a":{"N":"-20"}})" << "-20";
        QTest::newRow("lt") << "pk = :p AND sk < :a" << R"({":a":{"N":"-20"}})" << "-50,-40,-30";
        QTest::newRow("le") << "pk = :p AND sk <= :a" << R"({":a":{"N":"-20"}})" << "-50,-40,-30,-20";
        QTest::newRow("gt") << "pk = :p AND sk > :a" << R"({":a":{"N":"30"}})" << "40,50";
        QTest::newRow("ge") << "pk = :p AND sk >= :a" << R"({":a":{"N":"30"}})" << "30,40,50";
        QTest::newRow("between") << "pk = :p AND sk BETWEEN :a AND :b" << R"({":a":{"N":"-10"},":b":{"N":"15"}})" << "-10,0,10";
        QTest::newRow("reversed operands") << ":p = pk AND :a < sk" << R"({":a":{"N":"30"}})" << "40,50";
    }
    void sortKeyConditions() {
        QFETCH(QString, condition);
        QFETCH(QString, values);
        QFETCH(QString, expected);
        nlohmann::json request = {{"TableName", "Events"}, {"KeyConditionExpression", condition.toStdString()}};
        request["ExpressionAttributeValues"] = nlohmann::json::parse(values.toStdString());
        request["ExpressionAttributeValues"][":p"] = {{"S", "user1"}};
        const auto page = call("Query", request);
        std::string joined;
        for (const auto& s : sortKeys(page)) joined += (joined.empty() ? "" : ",") + s;
        QCOMPARE(QString::fromStdString(joined), expected);
        QCOMPARE(page["Count"].get<int>(), static_cast<int>(page["Items"].size()));
    }

    void descendingPagesResume() {
        std::vector<std::string> seen;
        nlohmann::json request = j(R"({"TableName":"Events","KeyConditionExpression":"pk = :p","ScanIndexForward":false,
                                       "Limit":4,"ExpressionAttributeValues":{":p":{"S":"user2"}}})");
        for (int page = 0; page < 10; ++page) {
            const auto result = call("Query", request);
            for (const auto& s : sortKeys(result)) seen.push_back(s);
            if (!result.contains("LastEvaluatedKey")) break;
            request["ExclusiveStartKey"] = result["LastEvaluatedKey"];
        }
        const std::vector<std::string> expected = {"50", "40", "30", "20", "10", "0", "-10", "-20", "-30", "-40", "-50"};
        QCOMPARE(seen, expected);
    }

    void filterProjectionAndCount() {
        auto page = call("Query", j(R"({"TableName":"Events","KeyConditionExpression":"pk = :p","FilterExpression":"kind = :k",
            "ProjectionExpression":"sk, kind","ExpressionAttributeValues":{":p":{"S":"user0"},":k":{"S":"even"}},"Limit":5})"));
        QCOMPARE(page["ScannedCount"].get<int>(), 5);
        QCOMPARE(page["Count"].get<int>(), 2);  // -40 and -20 among -50..-10
        SS_COMPARE_JSON(page["Items"][0], j(R"({"kind":{"S":"even"},"sk":{"N":"-40"}})"));
        page = call("Query", j(R"({"TableName":"Events","KeyConditionExpression":"pk = :p","Select":"COUNT",
            "ExpressionAttributeValues":{":p":{"S":"user0"}}})"));
        QVERIFY(!page.contains("Items"));
        QCOMPARE(page["Count"].get<int>(), 11);
        SS_CALL_ERROR(*m_engine, "Query", j(R"({"TableName":"Events","KeyConditionExpression":"pk = :p","FilterExpression":"sk > :p",
            "ExpressionAttributeValues":{":p":{"S":"user0"}}})"), "ValidationException",
                      std::string("Filter Expression can only contain non-primary key attributes: Primary key attribute: sk"));
        SS_CALL_ERROR(*m_engine, "Query", j(R"({"TableName":"Events","KeyConditionExpression":"pk = :p","Select":"COUNT",
            "ProjectionExpression":"kind","ExpressionAttributeValues":{":p":{"S":"user0"}}})"), "ValidationException",
                      std::string("Cannot specify the ProjectionExpression when choosing to get only the Count"));
        SS_CALL_ERROR(*m_engine, "Query", j(R"({"TableName":"Events"})"), "ValidationException",
                      std::string("Either the KeyConditions or KeyConditionExpression parameter must be specified in the request."));
    }

    void legacyKeyConditionsAndFilter() {
        auto page = call("Query", j(R"({"TableName":"Events","KeyConditions":{"pk":{"ComparisonOperator":"EQ","AttributeValueList":[{"S":"user1"}]},
            "sk":{"ComparisonOperator":"BETWEEN","AttributeValueList":[{"N":"0"},{"N":"20"}]}},
            "QueryFilter":{"kind":{"ComparisonOperator":"EQ","AttributeValueList":[{"S":"odd"}]}},"AttributesToGet":["sk"]})"));
        SS_COMPARE_JSON(page["Items"], j(R"([{"sk":{"N":"10"}}])"));
        // KeyConditions counts as a non-expression parameter only beside a
        // KeyConditionExpression; with a projection or a filter it is accepted.
        page = call("Query", j(R"({"TableName":"Events","KeyConditions":{"pk":{"ComparisonOperator":"EQ","AttributeValueList":[{"S":"user1"}]},
            "sk":{"ComparisonOperator":"LE","AttributeValueList":[{"N":"-40"}]}},
            "ProjectionExpression":"sk","FilterExpression":"kind = :k","ExpressionAttributeValues":{":k":{"S":"even"}}})"));
        SS_COMPARE_JSON(page, j(R"({"Count":1,"Items":[{"sk":{"N":"-40"}}],"ScannedCount":2})"));
        SS_CALL_ERROR(*m_engine, "Query", j(R"({"TableName":"Events","KeyConditions":{"pk":{"ComparisonOperator":"EQ","AttributeValueList":[{"S":"u"}]}},
            "KeyConditionExpression":"pk = :p","ExpressionAttributeValues":{":p":{"S":"u"}}})"), "ValidationException",
                      std::string("Can not use both expression and non-expression parameters in the same request: "
                                  "Non-expression parameters: {KeyConditions} Expression parameters: {KeyConditionExpression}"));
        SS_CALL_ERROR(*m_engine, "Query", j(R"({"TableName":"Events","KeyConditions":{"pk":{"ComparisonOperator":"EQ","AttributeValueList":[{"S":"u"}]}},
            "AttributesToGet":["sk"],"ProjectionExpression":"sk"})"), "ValidationException",
                      std::string("Can not use both expression and non-expression parameters in the same request: "
                                  "Non-expression parameters: {AttributesToGet} Expression parameters: {ProjectionExpression}"));
    }

    // Checks DynamoDB makes from the request alone come before the table
    // lookup, and quote the member's model type and name pattern.
    void requestChecksPrecedeTableLookup() {
        SS_CALL_ERROR(*m_engine, "Query",
                      j(R"({"TableName":"Missing","KeyConditions":{"pk":{"ComparisonOperator":"BETWEEN","AttributeValueList":[{"S":"a"}]}}})"),
                      "ValidationException",
                      "One or more parameter values were invalid: Invalid number of argument(s) for the BETWEEN ComparisonOperator");
        SS_CALL_ERROR(*m_engine, "Query",
                      j(R"({"TableName":"Missing","KeyConditions":{"a":{"ComparisonOperator":"EQ","AttributeValueList":[{"S":"a"}]},
                            "b":{"ComparisonOperator":"EQ","AttributeValueList":[{"S":"a"}]},
                            "c":{"ComparisonOperator":"EQ","AttributeValueList":[{"S":"a"}]}}})"),
                      "ValidationException", "Conditions can be of length 1 or 2 only");
        SS_CALL_ERROR(*m_engine, "Query",
                      j(R"({"TableName":"Missing","KeyConditions":{"pk":{"ComparisonOperator":"EQ","AttributeValueList":[{"S":"a"}]}}})"),
                      "ResourceNotFoundException", "Requested resource not found");
        SS_CALL_ERROR(*m_engine, "Scan", j(R"({"TableName":"Events","Limit":"ten"})"), "SerializationException",
                      "STRING_VALUE cannot be converted to Integer");
        SS_CALL_ERROR(*m_engine, "Scan", j(R"({"TableName":""})"), "ValidationException",
                      "2 validation errors detected: Value '' at 'tableName' failed to satisfy constraint: Member must satisfy "
                      "regular expression pattern: [a-zA-Z0-9_.-]+; Value '' at 'tableName' failed to satisfy constraint: Member "
                      "must have length greater than or equal to 3");
    }

    void startKeysAreChecked() {
        const char* query = R"({"TableName":"Events","KeyConditionExpression":"pk = :p AND sk > :a",
            "ExpressionAttributeValues":{":p":{"S":"user1"},":a":{"N":"0"}},"ExclusiveStartKey":%1})";
        auto withStart = [&](const char* start) { return j(qPrintable(QString::fromLatin1(query).arg(QLatin1String(start)))); };
        SS_CALL_ERROR(*m_engine, "Query", withStart(R"({"pk":{"S":"user1"}})"), "ValidationException",
                      "The provided starting key is invalid");
        SS_CALL_ERROR(*m_engine, "Query", withStart(R"({"pk":{"S":"user1"},"other":{"N":"5"}})"), "ValidationException",
                      "The provided starting key is invalid");
        SS_CALL_ERROR(*m_engine, "Query", withStart(R"({"pk":{"S":"user1"},"sk":{"S":"5"}})"), "ValidationException",
                      "The provided starting key is invalid: The provided key element does not match the schema");
        SS_CALL_ERROR(*m_engine, "Query", withStart(R"({"pk":{"S":"user1"},"sk":{"N":"-10"}})"), "ValidationException",
                      "The provided starting key does not match the range key predicate");
        SS_CALL_ERROR(*m_engine, "Query", withStart(R"({"pk":{"S":"user2"},"sk":{"N":"10"}})"), "ValidationException",
                      "The query can return at most one row and cannot be restarted");
        nlohmann::json page;
        SS_CALL_OK(*m_engine, "Query", withStart(R"({"pk":{"S":"user1"},"sk":{"N":"30"}})"), page);
        QCOMPARE(sortKeys(page), (std::vector<std::string>{"40", "50"}));

        // A parallel scan resumes only inside its own segment: a key of one
        // segment is refused by the other (three partitions: one of the two
        // segments holds an item).
        int segment = 0;
        nlohmann::json first;
        for (; segment < 2 && !first.contains("LastEvaluatedKey"); ++segment)
            SS_CALL_OK(*m_engine, "Scan",
                       (nlohmann::json{{"TableName", "Events"}, {"Segment", segment}, {"TotalSegments", 2}, {"Limit", 1}}), first);
        QVERIFY(first.contains("LastEvaluatedKey"));
        const int other = segment == 1 ? 1 : 0;  // `segment` is one past the segment that answered
        nlohmann::json wrongSegment = {{"TableName", "Events"}, {"Segment", other}, {"TotalSegments", 2},
                                       {"ExclusiveStartKey", first["LastEvaluatedKey"]}};
        SS_CALL_ERROR(*m_engine, "Scan", wrongSegment, "ValidationException",
                      "The provided starting key is invalid: Invalid ExclusiveStartKey. Please use ExclusiveStartKey with "
                      "correct Segment. TotalSegments: 2 Segment: " + std::to_string(other));
    }

    void scanPagesAndSegmentsCoverEverything() {
        std::multiset<std::string> all;
        nlohmann::json request = j(R"({"TableName":"Events","Limit":7})");
        for (int page = 0; page < 20; ++page) {
            const auto result = call("Scan", request);
            for (const auto& item : result["Items"]) all.insert(item["pk"]["S"].get<std::string>() + "/" + item["sk"]["N"].get<std::string>());
            if (!result.contains("LastEvaluatedKey")) break;
            request["ExclusiveStartKey"] = result["LastEvaluatedKey"];
        }
        QCOMPARE(all.size(), std::size_t(33));
        QCOMPARE(std::set<std::string>(all.begin(), all.end()).size(), std::size_t(33));

        std::multiset<std::string> segmented;
        for (int segment = 0; segment < 4; ++segment) {
            nlohmann::json r = {{"TableName", "Events"}, {"Segment", segment}, {"TotalSegments", 4}};
            const auto result = call("Scan", r);
            QVERIFY(!result.contains("LastEvaluatedKey"));
            for (const auto& item : result["Items"]) segmented.insert(item["pk"]["S"].get<std::string>() + "/" + item["sk"]["N"].get<std::string>());
        }
        QCOMPARE(segmented, all);
        SS_CALL_ERROR(*m_engine, "Scan", j(R"({"TableName":"Events","Segment":4,"TotalSegments":4})"), "ValidationException",
                      std::string("The Segment parameter is zero-based and must be less than parameter TotalSegments: Segment: 4 is not less than TotalSegments: 4"));
        SS_CALL_ERROR(*m_engine, "Scan", j(R"({"TableName":"Events","Segment":1})"), "ValidationException",
                      std::string("The TotalSegments parameter is required but was not present in the request when Segment parameter is present"));
    }

    void oneMegabytePages() {
        call("CreateTable", j(R"({"TableName":"Big","BillingMode":"PAY_PER_REQUEST",
            "AttributeDefinitions":[{"AttributeName":"pk","AttributeType":"S"},{"AttributeName":"sk","AttributeType":"N"}],
            "KeySchema":[{"AttributeName":"pk","KeyType":"HASH"},{"AttributeName":"sk","KeyType":"RANGE"}]})"));
        for (int i = 0; i < 30; ++i) {
            nlohmann::json put = {{"TableName", "Big"},
                                  {"Item", {{"pk", {{"S", "p"}}}, {"sk", {{"N", std::to_string(i)}}}, {"blob", {{"S", std::string(100'000, 'b')}}}}}};
            call("PutItem", put);
        }
        const auto page = call("Query", j(R"({"TableName":"Big","KeyConditionExpression":"pk = :p",
            "ExpressionAttributeValues":{":p":{"S":"p"}},"ReturnConsumedCapacity":"TOTAL"})"));
        QCOMPARE(page["Count"].get<int>(), 11);  // the item crossing 1 MB is the last one
        QVERIFY(page.contains("LastEvaluatedKey"));
        // 11 items of ~100,011 bytes, summed then rounded up to 4 KB, halved (eventual).
        QCOMPARE(page["ConsumedCapacity"]["CapacityUnits"].get<double>(), 134.5);
    }

    void emptyQueryStillCostsMinimum() {
        const auto page = call("Query", j(R"({"TableName":"Events","KeyConditionExpression":"pk = :p","ConsistentRead":true,
            "ExpressionAttributeValues":{":p":{"S":"nobody"}},"ReturnConsumedCapacity":"TOTAL"})"));
        QCOMPARE(page["Count"].get<int>(), 0);
        QCOMPARE(page["ConsumedCapacity"]["CapacityUnits"].get<double>(), 1.0);
    }
};

QTEST_APPLESS_MAIN(TestQueryScan)
#include "tst_query_scan.moc"
