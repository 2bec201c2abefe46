// Tests engine/tools/src/expression_builder.cpp, operation_spec.cpp and
// expression_validator.cpp: builder rows to expression text with
// placeholders, specs to request bodies, and validation that answers exactly
// what the engine answers.
#include "shardscope/engine/engine.h"
#include "shardscope/tools/expression_builder.h"
#include "shardscope/tools/expression_validator.h"
#include "shardscope/tools/operation_spec.h"

#include <QTest>

using nlohmann::json;
using namespace shardscope::tools;

#define COMPARE_JSON(actual, expected)                                                                  \
    do {                                                                                                \
        const json actual_ = (actual);                                                                  \
        const json expected_ = (expected);                                                              \
        QVERIFY2(actual_ == expected_, qPrintable(QStringLiteral("got %1\nexpected %2")                 \
                                                      .arg(QString::fromStdString(actual_.dump()),      \
                                                           QString::fromStdString(expected_.dump())))); \
    } while (false)

namespace {

json S(const char* s) {
    return {{"S", s}};
}
json N(const char* n) {
    return {{"N", n}};
}

std::unique_ptr<shardscope::engine::Engine> engineWithOrders() {
    auto engine = shardscope::engine::Engine::open({});
    if (!engine.ok()) qFatal("engine");
    auto created = (*engine)->call("CreateTable", json::parse(R"({"TableName": "Orders",
        "AttributeDefinitions": [{"AttributeName": "PK", "AttributeType": "S"}, {"AttributeName": "SK", "AttributeType": "S"}],
        "KeySchema": [{"AttributeName": "PK", "KeyType": "HASH"}, {"AttributeName": "SK", "KeyType": "RANGE"}],
        "BillingMode": "PAY_PER_REQUEST"})"));
    if (!created.ok()) qFatal("create");
    return std::move(*engine);
}

}  // namespace

class TestExpressionTools : public QObject {
    Q_OBJECT

private slots:
    void placeholdersNameEveryPathSegment();
    void conditionsOfEveryOperator();
    void updateClausesInOrder();
    void typedValues();
    void querySpecBuildsTheRequest();
    void writeSpecsAndTransactions();
    void specSurvivesJson();
    void rawModeUsesTheTextAsTyped();
    void singleExpressionErrorsAreTheEngines_data();
    void singleExpressionErrorsAreTheEngines();
    void requestValidationMatchesTheEngine_data();
    void requestValidationMatchesTheEngine();
    void builtRequestsRunOnTheEngine();
};

void TestExpressionTools::placeholdersNameEveryPathSegment() {
    PlaceholderSet p;
    QCOMPARE(p.path("address.city"), std::string("#address.#city"));
    QCOMPARE(p.path("lines[2].sku"), std::string("#lines[2].#sku"));
    QCOMPARE(p.path("a-b"), std::string("#ab"));
    QCOMPARE(p.path("ab"), std::string("#ab_2"));          // a different name with the same spelling
    QCOMPARE(p.path("address"), std::string("#address"));  // reused
    QCOMPARE(p.value("total", N("1")), std::string(":total"));
    QCOMPARE(p.value("total", N("2")), std::string(":total_2"));
    COMPARE_JSON(p.names(), json::parse(R"({"#address": "address", "#city": "city", "#lines": "lines", "#sku": "sku",
        "#ab": "a-b", "#ab_2": "ab"})"));
    COMPARE_JSON(p.values(), json::parse(R"({":total": {"N": "1"}, ":total_2": {"N": "2"}})"));
    QVERIFY(PlaceholderSet().names().is_null());
}

void TestExpressionTools::conditionsOfEveryOperator() {
    PlaceholderSet p;
    const std::string text = buildCondition({{"a", "=", S("x"), {}},
                                             {"b", "<>", N("1"), {}},
                                             {"c", "BETWEEN", N("1"), N("9")},
                                             {"d", "begins_with", S("pre"), {}},
                                             {"e", "contains", S("y"), {}},
                                             {"f", "attribute_exists", {}, {}},
                                             {"g", "attribute_not_exists", {}, {}},
                                             {"h", "attribute_type", S("N"), {}},
                                             {"  ", "=", S("skipped"), {}}},
                                            "OR", p);
    QCOMPARE(text, std::string("#a = :a OR #b <> :b OR #c BETWEEN :c AND :c_2 OR begins_with(#d, :d) OR "
                               "contains(#e, :e) OR attribute_exists(#f) OR attribute_not_exists(#g) OR "
                               "attribute_type(#h, :h)"));
    QCOMPARE(p.values().size(), std::size_t(7));
}

void TestExpressionTools::updateClausesInOrder() {
    PlaceholderSet p;
    const std::string text = buildUpdate({{"DELETE", "tags", {{"SS", {"old"}}}},
                                          {"REMOVE", "draft", {}},
                                          {"SET", "status", S("paid")},
                                          {"INCREMENT", "version", N("1")},
                                          {"ADD", "visits", N("1")},
                                          {"SET_IF_NOT_EXISTS", "created", N("5")},
                                          {"APPEND", "log", {{"L", {S("e")}}}},
                                          {"DECREMENT", "stock", N("2")}},
                                         p);
    QCOMPARE(text, std::string("SET #status = :status, #version = #version + :version, "
                               "#created = if_not_exists(#created, :created), #log = list_append(#log, :log), "
                               "#stock = #stock - :stock REMOVE #draft ADD #visits :visits DELETE #tags :tags"));
    PlaceholderSet q;
    QCOMPARE(buildProjection({"a", " b.c ", ""}, q), std::string("#a, #b.#c"));
}

void TestExpressionTools::typedValues() {
    COMPARE_JSON(*parseTypedValue("S", " x "), S(" x "));
    COMPARE_JSON(*parseTypedValue("N", " 42 "), N("42"));
    COMPARE_JSON(*parseTypedValue("BOOL", "True"), json({{"BOOL", true}}));
    ValueInputError error = ValueInputError::None;
    QVERIFY(!parseTypedValue("BOOL", "yes", &error));
    QCOMPARE(error, ValueInputError::InvalidBoolean);
    COMPARE_JSON(*parseTypedValue("NULL", "whatever"), json({{"NULL", true}}));
    COMPARE_JSON(*parseTypedValue("SS", "a, b ,c"), json({{"SS", {"a", "b", "c"}}}));
    COMPARE_JSON(*parseTypedValue("NS", "[\"1\", \"2\"]"), json({{"NS", {"1", "2"}}}));
    COMPARE_JSON(*parseTypedValue("M", R"({"a": {"S": "b"}})"), json::parse(R"({"M": {"a": {"S": "b"}}})"));
    QVERIFY(!parseTypedValue("L", "[oops", &error));
    QCOMPARE(error, ValueInputError::InvalidJson);
    QCOMPARE(typedValueText(N("7")), (std::pair<std::string, std::string>{"N", "7"}));
    QCOMPARE(typedValueText(json({{"BOOL", false}})), (std::pair<std::string, std::string>{"BOOL", "false"}));
    QCOMPARE(typedValueText(json({{"SS", {"a"}}})), (std::pair<std::string, std::string>{"SS", "[\"a\"]"}));
}

void TestExpressionTools::querySpecBuildsTheRequest() {
    OperationSpec spec;
    spec.operation = "Query";
    spec.tableName = "Orders";
    spec.indexName = "ByStatus";
    spec.keyConditions = {{"PK", "=", S("c#1"), {}}, {"SK", "begins_with", S("o#"), {}}};
    spec.conditions = {{"total", ">", N("10"), {}}};
    spec.projection = {"PK", "total"};
    spec.limit = 5;
    spec.scanIndexForward = false;
    spec.consistentRead = true;
    spec.returnConsumedCapacity = "INDEXES";
    COMPARE_JSON(buildRequest(spec), json::parse(R"J({"TableName": "Orders", "IndexName": "ByStatus",
        "KeyConditionExpression": "#PK = :PK AND begins_with(#SK, :SK)",
        "FilterExpression": "#total > :total",
        "ProjectionExpression": "#PK, #total",
        "ExpressionAttributeNames": {"#PK": "PK", "#SK": "SK", "#total": "total"},
        "ExpressionAttributeValues": {":PK": {"S": "c#1"}, ":SK": {"S": "o#"}, ":total": {"N": "10"}},
        "Limit": 5, "ScanIndexForward": false, "ConsistentRead": true, "ReturnConsumedCapacity": "INDEXES"})J"));
}

void TestExpressionTools::writeSpecsAndTransactions() {
    OperationSpec put;
    put.operation = "PutItem";
    put.tableName = "Orders";
    put.key = {{"PK", S("a")}, {"SK", S("b")}};
    put.item = {{"total", N("3")}, {"PK", S("ignored: the key wins")}};
    put.conditions = {{"PK", "attribute_not_exists", {}, {}}};
    put.returnValues = "ALL_OLD";
    put.returnConsumedCapacity = "NONE";
    COMPARE_JSON(buildRequest(put), json::parse(R"J({"TableName": "Orders",
        "Item": {"PK": {"S": "a"}, "SK": {"S": "b"}, "total": {"N": "3"}},
        "ConditionExpression": "attribute_not_exists(#PK)", "ExpressionAttributeNames": {"#PK": "PK"},
        "ReturnValues": "ALL_OLD"})J"));

    OperationSpec get;
    get.operation = "GetItem";
    get.tableName = "Orders";
    get.key = {{"PK", S("a")}, {"SK", S("b")}};
    OperationSpec check;
    check.operation = "ConditionCheck";
    check.tableName = "Orders";
    check.key = get.key;
    check.conditions = {{"total", ">=", N("1"), {}}};

    OperationSpec tx;
    tx.operation = "TransactWriteItems";
    tx.transactItems = {put, get, check};  // the get does not belong in a write transaction
    COMPARE_JSON(buildRequest(tx), json::parse(R"J({"ReturnConsumedCapacity": "TOTAL", "TransactItems": [
        {"Put": {"TableName": "Orders", "Item": {"PK": {"S": "a"}, "SK": {"S": "b"}, "total": {"N": "3"}},
                 "ConditionExpression": "attribute_not_exists(#PK)", "ExpressionAttributeNames": {"#PK": "PK"}}},
        {"ConditionCheck": {"TableName": "Orders", "Key": {"PK": {"S": "a"}, "SK": {"S": "b"}},
                 "ConditionExpression": "#total >= :total", "ExpressionAttributeNames": {"#total": "total"},
                 "ExpressionAttributeValues": {":total": {"N": "1"}}}}]})J"));
    tx.operation = "TransactGetItems";
    COMPARE_JSON(buildRequest(tx)["TransactItems"],
                 json::parse(R"([{"Get": {"TableName": "Orders", "Key": {"PK": {"S": "a"}, "SK": {"S": "b"}}}}])"));
}

void TestExpressionTools::specSurvivesJson() {
    OperationSpec spec;
    spec.operation = "UpdateItem";
    spec.tableName = "T";
    spec.key = {{"id", N("1")}};
    spec.updates = {{"SET", "a", S("b")}, {"REMOVE", "c", {}}};
    spec.conditions = {{"v", "BETWEEN", N("1"), N("2")}};
    spec.returnValues = "ALL_NEW";
    OperationSpec tx;
    tx.operation = "TransactWriteItems";
    tx.transactItems = {spec};
    QVERIFY(OperationSpec::fromJson(spec.toJson()) == spec);
    QVERIFY(OperationSpec::fromJson(tx.toJson()) == tx);
    const OperationSpec lenient = OperationSpec::fromJson(json::parse(R"({"operation": "Scan", "limit": "x"})"));
    QCOMPARE(lenient.operation, std::string("Scan"));
    QCOMPARE(lenient.limit, 0);
}

void TestExpressionTools::rawModeUsesTheTextAsTyped() {
    OperationSpec spec;
    spec.operation = "Scan";
    spec.tableName = "T";
    spec.raw = true;
    spec.conditions = {{"ignored", "=", S("x"), {}}};
    spec.conditionExpression = "#n > :v";
    spec.names = {{"#n", "n"}};
    spec.values = {{":v", N("1")}};
    spec.returnConsumedCapacity = "NONE";
    COMPARE_JSON(buildRequest(spec), json::parse(R"({"TableName": "T", "FilterExpression": "#n > :v",
        "ExpressionAttributeNames": {"#n": "n"}, "ExpressionAttributeValues": {":v": {"N": "1"}}})"));
}

void TestExpressionTools::singleExpressionErrorsAreTheEngines_data() {
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("names");
    QTest::addColumn<QString>("values");
    QTest::newRow("syntax") << int(ExpressionKind::Condition) << "a =="
                            << "null"
                            << "null";
    QTest::newRow("reserved word") << int(ExpressionKind::Condition) << "status = :s"
                                   << "null"
                                   << R"({":s": {"S": "x"}})";
    QTest::newRow("undefined value") << int(ExpressionKind::Filter) << "a = :missing"
                                     << "null"
                                     << "null";
    QTest::newRow("undefined name") << int(ExpressionKind::Projection) << "#nope"
                                    << "null"
                                    << "null";
    QTest::newRow("update syntax") << int(ExpressionKind::Update) << "SET"
                                   << "null"
                                   << "null";
    QTest::newRow("bad number") << int(ExpressionKind::Condition) << "a = :n"
                                << "null"
                                << R"({":n": {"N": "x1"}})";
    QTest::newRow("empty names") << int(ExpressionKind::Condition) << "a = b"
                                 << "{}"
                                 << "null";
}

void TestExpressionTools::singleExpressionErrorsAreTheEngines() {
    QFETCH(int, kind);
    QFETCH(QString, text);
    QFETCH(QString, names);
    QFETCH(QString, values);
    const json n = json::parse(names.toStdString());
    const json v = json::parse(values.toStdString());
    auto error = validateExpression(static_cast<ExpressionKind>(kind), text.toStdString(), n, v);
    QVERIFY(error.has_value());

    // The same expression in a real request to the engine answers the same text.
    auto engine = engineWithOrders();
    json request = {{"TableName", "Orders"}};
    std::string operation = "Scan";
    switch (static_cast<ExpressionKind>(kind)) {
        case ExpressionKind::Condition:
            operation = "DeleteItem";
            request["Key"] = {{"PK", S("a")}, {"SK", S("b")}};
            request["ConditionExpression"] = text.toStdString();
            break;
        case ExpressionKind::Filter:
            request["FilterExpression"] = text.toStdString();
            break;
        case ExpressionKind::Projection:
            request["ProjectionExpression"] = text.toStdString();
            break;
        case ExpressionKind::Update:
            operation = "UpdateItem";
            request["Key"] = {{"PK", S("a")}, {"SK", S("b")}};
            request["UpdateExpression"] = text.toStdString();
            break;
        default:
            break;
    }
    if (!n.is_null()) request["ExpressionAttributeNames"] = n;
    if (!v.is_null()) request["ExpressionAttributeValues"] = v;
    auto answer = engine->call(operation, request);
    QVERIFY(!answer.ok());
    QCOMPARE(QString::fromStdString(error->message), QString::fromStdString(answer.error().message()));
    QCOMPARE(QString::fromStdString(error->type), QString::fromStdString(std::string(answer.error().name())));
}

void TestExpressionTools::requestValidationMatchesTheEngine_data() {
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("request");
    QTest::newRow("unused value") << "Query"
                                  << R"({"TableName": "Orders", "KeyConditionExpression": "PK = :a",
                                         "ExpressionAttributeValues": {":a": {"S": "x"}, ":b": {"S": "y"}}})";
    QTest::newRow("key condition on a non-key") << "Query"
                                                << R"({"TableName": "Orders", "KeyConditionExpression": "other = :a",
                                         "ExpressionAttributeValues": {":a": {"S": "x"}}})";
    QTest::newRow("filter on a key") << "Query"
                                     << R"({"TableName": "Orders", "KeyConditionExpression": "PK = :a",
                                         "FilterExpression": "SK = :a", "ExpressionAttributeValues": {":a": {"S": "x"}}})";
    QTest::newRow("update before condition") << "UpdateItem"
                                             << R"({"TableName": "Orders", "Key": {"PK": {"S": "a"}, "SK": {"S": "b"}},
                                         "UpdateExpression": "SET a = ", "ConditionExpression": "=="})";
    QTest::newRow("transaction item") << "TransactWriteItems"
                                      << R"({"TransactItems": [{"ConditionCheck": {"TableName": "Orders",
                                         "Key": {"PK": {"S": "a"}, "SK": {"S": "b"}}, "ConditionExpression": "x = :y"}}]})";
}

void TestExpressionTools::requestValidationMatchesTheEngine() {
    QFETCH(QString, operation);
    QFETCH(QString, request);
    const json body = json::parse(request.toStdString());
    const KeySchemaInfo keys{"PK", "S", "SK", "S"};
    auto error = validateRequestExpressions(operation.toStdString(), body, &keys);
    QVERIFY(error.has_value());
    auto engine = engineWithOrders();
    auto answer = engine->call(operation.toStdString(), body);
    QVERIFY(!answer.ok());
    QCOMPARE(QString::fromStdString(error->message), QString::fromStdString(answer.error().message()));
}

void TestExpressionTools::builtRequestsRunOnTheEngine() {
    auto engine = engineWithOrders();
    OperationSpec put;
    put.operation = "PutItem";
    put.tableName = "Orders";
    put.key = {{"PK", S("c#1")}, {"SK", S("o#1")}};
    put.item = {{"status", S("open")}, {"total", N("12")}};
    OperationSpec update;
    update.operation = "UpdateItem";
    update.tableName = "Orders";
    update.key = put.key;
    update.updates = {{"INCREMENT", "total", N("3")}, {"SET", "status", S("paid")}};
    update.conditions = {{"status", "=", S("open"), {}}};
    update.returnValues = "ALL_NEW";
    OperationSpec query;
    query.operation = "Query";
    query.tableName = "Orders";
    query.keyConditions = {{"PK", "=", S("c#1"), {}}, {"SK", "begins_with", S("o#"), {}}};
    query.conditions = {{"total", "BETWEEN", N("10"), N("20")}};
    query.projection = {"total", "status"};
    const KeySchemaInfo keys{"PK", "S", "SK", "S"};
    for (const OperationSpec* spec : {&put, &update, &query}) {
        const json request = buildRequest(*spec);
        auto error = validateRequestExpressions(spec->operation, request, &keys);
        QVERIFY2(!error, error ? error->message.c_str() : "");
        auto answer = engine->call(spec->operation, request);
        QVERIFY2(answer.ok(), answer.ok() ? "" : answer.error().message().c_str());
        if (spec == &query) {
            COMPARE_JSON((*answer)["Items"], json::parse(R"([{"total": {"N": "15"}, "status": {"S": "paid"}}])"));
            QVERIFY(answer->contains("ConsumedCapacity"));
        }
    }
}

QTEST_APPLESS_MAIN(TestExpressionTools)
#include "tst_expression_tools.moc"
