// Tests for engine/src/expr/condition_evaluator.cpp and value_ops.cpp:
// DynamoDB's condition semantics on items (types, absent attributes,
// numbers, bytes, sets, functions, boolean logic), data-driven.
#include "expr/expressions.h"
#include "expr/value_ops.h"
#include "shardscope/engine/json_codec.h"

#include <QTest>

using namespace shardscope::engine;
using namespace shardscope::engine::expr;

namespace {

AttributeMap fromJson(const char* json) {
    auto item = itemFromJson(nlohmann::json::parse(json));
    if (!item.ok()) qFatal("bad test JSON: %s", item.error().message().c_str());
    return *item;
}

// A sample item with every type.
constexpr const char* kItem = R"({
    "pk": {"S": "p1"},
    "n": {"N": "10"}, "neg": {"N": "-2.5"}, "big": {"N": "12345678901234567890.5"}, "small": {"N": "0.001"},
    "s": {"S": "hello"}, "accent": {"S": "\u00e9t\u00e9"}, "emoji": {"S": "a\ud834\udd1e"}, "blank": {"S": ""},
    "b": {"B": "aGkgdGhlcmU="}, "hi": {"B": "fw=="},
    "t": {"BOOL": true}, "nul": {"NULL": true},
    "ss": {"SS": ["dog", "cat"]}, "ns": {"NS": ["2", "4", "7.5"]}, "bs": {"BS": ["AQ==", "Ag=="]},
    "l": {"L": [{"S": "hi"}, {"N": "2"}, {"SS": ["x"]}, {"L": [{"N": "3"}]}]},
    "m": {"M": {"x": {"N": "1"}, "y": {"M": {"z": {"L": [{"N": "5"}, {"N": "6"}]}}}}},
    "ten": {"N": "10"}, "twin": {"S": "hello"}
})";

constexpr const char* kValues = R"({
    ":ten": {"N": "10"}, ":ten0": {"N": "10.0"}, ":nine": {"N": "9"}, ":eleven": {"N": "11"}, ":minus3": {"N": "-3"},
    ":five": {"N": "5"}, ":four": {"N": "4"}, ":three": {"N": "3"}, ":zero": {"N": "0"}, ":one": {"N": "1"}, ":two": {"N": "2"},
    ":hello": {"S": "hello"}, ":hell": {"S": "hell"}, ":ell": {"S": "ell"}, ":dog": {"S": "dog"}, ":z": {"S": "z"},
    ":A": {"S": "A"}, ":a": {"S": "a"}, ":inv": {"S": "\u00bf"}, ":str10": {"S": "10"}, ":empty": {"S": ""},
    ":hiB": {"B": "aGk="}, ":thereB": {"B": "dGhlcmU="}, ":x80": {"B": "gA=="}, ":x7e": {"B": "fg=="},
    ":true": {"BOOL": true}, ":false": {"BOOL": false}, ":null": {"NULL": true},
    ":ss": {"SS": ["cat", "dog"]}, ":ss1": {"SS": ["cat"]}, ":ns": {"NS": ["7.50", "2", "4"]},
    ":l": {"L": [{"S": "hi"}, {"N": "2"}, {"SS": ["x"]}, {"L": [{"N": "3"}]}]}, ":l3": {"L": [{"N": "3"}]},
    ":m": {"M": {"y": {"M": {"z": {"L": [{"N": "5"}, {"N": "6"}]}}}, "x": {"N": "1"}}},
    ":tS": {"S": "S"}, ":tN": {"S": "N"}, ":tB": {"S": "B"}, ":tBOOL": {"S": "BOOL"}, ":tNULL": {"S": "NULL"},
    ":tSS": {"S": "SS"}, ":tNS": {"S": "NS"}, ":tBS": {"S": "BS"}, ":tL": {"S": "L"}, ":tM": {"S": "M"}
})";

bool run(const char* condition, const Item& item) {
    const AttributeMap values = fromJson(kValues);
    ExpressionContext context(nullptr, &values);
    auto parsed = parseCondition(condition, ExpressionKind::Condition, context);
    if (!parsed.ok()) qFatal("unexpected parse error for %s: %s", condition, parsed.error().message().c_str());
    return evaluate(*parsed, item);
}

}  // namespace

class TestExprEvaluate : public QObject {
    Q_OBJECT

private slots:
    void conditions_data() {
        QTest::addColumn<QString>("condition");
        QTest::addColumn<bool>("expected");
        auto row = [](const char* condition, bool expected) { QTest::newRow(condition) << QString(condition) << expected; };
        // Equality across types.
        row("n = :ten", true);
        row("n = :ten0", true);
        row("n = :str10", false);
        row("n <> :str10", true);
        row("s = :hello", true);
        row("s = twin", true);
        row("n = ten", true);
        row("b = :hiB", false);
        row("t = :true", true);
        row("t = :false", false);
        row("t = :one", false);
        row("nul = :null", true);
        row("ss = :ss", true);
        row("ss = :ss1", false);
        row("ns = :ns", true);
        row("l = :l", true);
        row("m = :m", true);
        row("m.y = :m", false);
        row("blank = :empty", true);
        // Missing attributes.
        row("absent = :ten", false);
        row("absent <> :ten", true);
        row("absent = elsewhere", false);
        row("absent <> elsewhere", true);
        row("absent < :ten", false);
        row("absent >= elsewhere", false);
        row("NOT absent = :ten", true);
        row("absent BETWEEN :one AND :ten", false);
        row("absent IN (:ten, :one)", false);
        // Numbers compare numerically.
        row("n > :nine", true);
        row("n < :eleven", true);
        row("n <= :ten0", true);
        row("n >= :ten", true);
        row("neg < :zero", true);
        row("neg > :minus3", true);
        row("small < :one", true);
        row("small > :zero", true);
        row("big > n", true);
        row("n < big", true);
        row(":two < n", true);
        row("n > :str10", false);
        row("n < :str10", false);
        // Strings and binaries compare as unsigned bytes.
        row("s > :ell", true);
        row("s < :z", true);
        row(":A < :a", true);
        row("accent < :inv", false);
        row("s < :inv", true);
        row("hi < :x80", true);
        row("hi > :x7e", true);
        row("s BETWEEN :ell AND :z", true);
        row("s BETWEEN :dog AND :z", true);
        row("n BETWEEN :nine AND :eleven", true);
        row("n BETWEEN :ten AND :ten", true);
        row("n BETWEEN :eleven AND ten", false);
        row("n BETWEEN :hell AND :z", false);
        row("l < ss", false);
        row("t > nul", false);
        // IN.
        row("n IN (:one, :ten0)", true);
        row("n IN (:str10, :hello)", false);
        row("ss IN (:ss, :one)", true);
        row("s IN (twin)", true);
        // Functions.
        row("attribute_exists(n)", true);
        row("attribute_exists(absent)", false);
        row("attribute_not_exists(absent)", true);
        row("attribute_not_exists(m.x)", false);
        row("attribute_exists(m.y.z[1])", true);
        row("attribute_exists(m.y.z[2])", false);
        row("attribute_exists(l[3][0])", true);
        row("attribute_exists(s[0])", false);
        row("attribute_exists(l.x)", false);
        row("attribute_type(s, :tS)", true);
        row("attribute_type(n, :tN)", true);
        row("attribute_type(b, :tB)", true);
        row("attribute_type(t, :tBOOL)", true);
        row("attribute_type(nul, :tNULL)", true);
        row("attribute_type(ss, :tSS)", true);
        row("attribute_type(ns, :tNS)", true);
        row("attribute_type(bs, :tBS)", true);
        row("attribute_type(l, :tL)", true);
        row("attribute_type(m, :tM)", true);
        row("attribute_type(m, :tL)", false);
        row("attribute_type(absent, :tS)", false);
        row("begins_with(s, :hell)", true);
        row("begins_with(s, :ell)", false);
        row("begins_with(s, :empty)", true);
        row("begins_with(b, :hiB)", true);
        row("begins_with(b, :thereB)", false);
        row("begins_with(s, :hiB)", false);
        row("begins_with(n, :hell)", false);
        row("begins_with(:hello, s)", true);
        row("contains(s, :ell)", true);
        row("contains(s, :z)", false);
        row("contains(b, :thereB)", true);
        row("contains(ss, :dog)", true);
        row("contains(ss, :z)", false);
        row("contains(ns, :four)", true);
        row("contains(ns, :three)", false);
        row("contains(ss, :ss1)", false);
        row("contains(bs, :x7e)", false);
        row("contains(l, :two)", true);
        row("contains(l, :l3)", true);
        row("contains(l, :three)", false);
        row("contains(n, :one)", false);
        row("contains(absent, :one)", false);
        row("size(s) = :five", true);
        row("size(accent) = :three", true);
        row("size(emoji) = :three", true);
        row("size(b) = :eleven", false);
        row("size(ss) = :two", true);
        row("size(ns) = :three", true);
        row("size(l) = :four", true);
        row("size(m) = :two", true);
        row("size(blank) = :zero", true);
        row("size(n) = :two", false);
        row("size(n) <> :two", true);
        row("size(t) >= :zero", false);
        row("size(absent) = :zero", false);
        row("size(s) > :four", true);
        row("size(s) < n", true);
        row("n > size(s)", true);
        row("size(s) = :str10", false);
        row("size(l) = size(bs) OR size(ss) = size(bs)", true);
        row("size(s) BETWEEN :four AND :five", true);
        row("size(s) IN (:one, :five)", true);
        // Boolean logic and precedence.
        row("n = :ten AND s = :hello", true);
        row("n = :ten AND s = :dog", false);
        row("n = :one OR s = :hello", true);
        row("NOT n = :ten", false);
        row("NOT NOT n = :ten", true);
        row("n = :one OR s = :dog AND t = :true", false);
        row("n = :ten OR s = :dog AND t = :false", true);
        row("(n = :ten OR s = :dog) AND t = :false", false);
        row("NOT n = :one AND s = :hello", true);
        row("NOT (n = :ten AND s = :dog)", true);
    }
    void conditions() {
        QFETCH(QString, condition);
        QFETCH(bool, expected);
        const AttributeMap item = fromJson(kItem);
        QCOMPARE(run(condition.toUtf8().constData(), item), expected);
    }

    void missingItemIsEmpty() {
        const Item none;
        QVERIFY(run("attribute_not_exists(pk)", none));
        QVERIFY(!run("attribute_exists(pk)", none));
        QVERIFY(run("pk <> :hello", none));
        QVERIFY(!run("pk = :hello", none));
        QVERIFY(!run("size(pk) >= :zero", none));
    }

    void numberComparison_data() {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("order");
        QTest::newRow("equal") << "1.5" << "1.5" << 0;
        QTest::newRow("integer lengths") << "9" << "10" << -1;
        QTest::newRow("fractions") << "0.05" << "0.5" << -1;
        QTest::newRow("fraction prefix") << "1.5" << "1.55" << -1;
        QTest::newRow("zero and negative") << "0" << "-0.1" << 1;
        QTest::newRow("negatives") << "-10" << "-9" << -1;
        QTest::newRow("negative fractions") << "-0.5" << "-0.05" << -1;
        QTest::newRow("huge") << ("1" + QString(125, '0')) << "99" << 1;
        QTest::newRow("tiny") << ("0." + QString(129, '0') + "1") << "0" << 1;
    }
    void numberComparison() {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, order);
        QCOMPARE(compareNumbers(a.toStdString(), b.toStdString()), order);
        QCOMPARE(compareNumbers(b.toStdString(), a.toStdString()), -order);
    }

    void setMembership() {
        const auto ns = AttributeValue::set(AttributeType::NS, {"10", "-1", "2.5", "100"});
        QVERIFY(setHasMember(ns, "2.5"));
        QVERIFY(setHasMember(ns, "-1"));
        QVERIFY(setHasMember(ns, "100"));
        QVERIFY(!setHasMember(ns, "25"));
        const auto ss = AttributeValue::set(AttributeType::SS, {"b", "a", "\xC3\xA9"});
        QVERIFY(setHasMember(ss, "\xC3\xA9"));
        QVERIFY(!setHasMember(ss, "c"));
    }

    void parsedConditionIsReusable() {
        // One parse, many items: the Scan/Query filter pattern.
        const AttributeMap values = fromJson(R"({":min": {"N": "5"}})");
        ExpressionContext context(nullptr, &values);
        auto parsed = parseCondition("v >= :min", ExpressionKind::Filter, context);
        QVERIFY(parsed.ok());
        int matches = 0;
        for (int i = 0; i < 10; ++i) {
            Item item;
            item.set("v", AttributeValue::number(std::to_string(i)));
            if (evaluate(*parsed, item)) ++matches;
        }
        QCOMPARE(matches, 5);
    }
};

QTEST_APPLESS_MAIN(TestExprEvaluate)
#include "tst_expr_evaluate.moc"
