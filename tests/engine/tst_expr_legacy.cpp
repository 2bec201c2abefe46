// Tests for engine/src/expr/legacy_conditions.cpp and legacy_items.cpp: the
// legacy parameters (Expected, QueryFilter/ScanFilter, KeyConditions,
// ConditionalOperator, AttributeUpdates, AttributesToGet) translated onto the
// expression types, with their validation messages and semantics.
#include "expr/legacy_conditions.h"
#include "expr/legacy_items.h"
#include "shardscope/engine/json_codec.h"

#include <QTest>

using namespace shardscope::engine;
using namespace shardscope::engine::expr;

namespace {

AttributeValue value(const char* json) {
    auto v = attributeValueFromJson(nlohmann::json::parse(json));
    if (!v.ok()) qFatal("bad test JSON: %s", v.error().message().c_str());
    return *v;
}

Item itemFrom(const char* json) {
    auto item = itemFromJson(nlohmann::json::parse(json));
    if (!item.ok()) qFatal("bad test JSON: %s", item.error().message().c_str());
    return *item;
}

LegacyCondition op(const char* attribute, LegacyOperator comparison, std::vector<AttributeValue> list) {
    LegacyCondition c;
    c.attribute = attribute;
    c.comparisonOperator = comparison;
    c.attributeValueList = std::move(list);
    return c;
}

LegacyCondition expectValue(const char* attribute, const char* json) {
    LegacyCondition c;
    c.attribute = attribute;
    c.value = value(json);
    return c;
}

LegacyCondition expectExists(const char* attribute, bool exists) {
    LegacyCondition c;
    c.attribute = attribute;
    c.exists = exists;
    return c;
}

// "true", "false" or the error message.
QString expected(const std::vector<LegacyCondition>& conditions, std::optional<ConditionalOperator> conditional = {},
                 const char* item = R"({"a": {"N": "1"}, "b": {"S": "hello"}, "l": {"L": [{"N": "2"}]}, "ss": {"SS": ["x", "y"]}})") {
    auto parsed = translateExpected(conditions, conditional);
    if (!parsed.ok()) return QString::fromStdString(parsed.error().message());
    return evaluate(*parsed, itemFrom(item)) ? "true" : "false";
}

QString filter(const std::vector<LegacyCondition>& conditions, std::optional<ConditionalOperator> conditional = {}) {
    auto parsed = translateFilter(conditions, conditional);
    if (!parsed.ok()) return QString::fromStdString(parsed.error().message());
    return evaluate(*parsed, itemFrom(R"({"a": {"N": "1"}, "b": {"S": "hello"}, "l": {"L": [{"N": "2"}]}})")) ? "true" : "false";
}

const QString kInvalid = "One or more parameter values were invalid: ";

}  // namespace

class TestExprLegacy : public QObject {
    Q_OBJECT

private slots:
    void operatorNames() {
        QCOMPARE(parseLegacyOperator("NOT_CONTAINS").value(), LegacyOperator::NotContains);
        QCOMPARE(parseLegacyOperator("NULL").value(), LegacyOperator::Null);
        QVERIFY(!parseLegacyOperator("eq").has_value());
        QCOMPARE(QString::fromStdString(std::string(legacyOperatorName(LegacyOperator::BeginsWith))), QString("BEGINS_WITH"));
    }

    void expectedSemantics() {
        const auto one = value(R"({"N": "1"})");
        const auto two = value(R"({"N": "2"})");
        const auto x = value(R"({"S": "x"})");
        QCOMPARE(expected({expectValue("a", R"({"N": "1"})")}), QString("true"));
        QCOMPARE(expected({expectValue("a", R"({"N": "2"})")}), QString("false"));
        QCOMPARE(expected({expectValue("zz", R"({"N": "1"})")}), QString("false"));
        QCOMPARE(expected({expectExists("zz", false)}), QString("true"));
        QCOMPARE(expected({expectExists("a", false)}), QString("false"));
        LegacyCondition existsWithValue = expectValue("a", R"({"N": "1"})");
        existsWithValue.exists = true;
        QCOMPARE(expected({existsWithValue}), QString("true"));
        QCOMPARE(expected({op("a", LegacyOperator::Eq, {one})}), QString("true"));
        QCOMPARE(expected({op("a", LegacyOperator::Eq, {value(R"({"S": "1"})")})}), QString("false"));
        QCOMPARE(expected({op("a", LegacyOperator::Ne, {two})}), QString("true"));
        QCOMPARE(expected({op("zz", LegacyOperator::Ne, {one})}), QString("true"));
        QCOMPARE(expected({op("a", LegacyOperator::Lt, {two})}), QString("true"));
        QCOMPARE(expected({op("a", LegacyOperator::Ge, {two})}), QString("false"));
        QCOMPARE(expected({op("a", LegacyOperator::Between, {one, two})}), QString("true"));
        QCOMPARE(expected({op("a", LegacyOperator::In, {two, one})}), QString("true"));
        QCOMPARE(expected({op("a", LegacyOperator::NotNull, {})}), QString("true"));
        QCOMPARE(expected({op("a", LegacyOperator::Null, {})}), QString("false"));
        QCOMPARE(expected({op("b", LegacyOperator::BeginsWith, {value(R"({"S": "he"})")})}), QString("true"));
        QCOMPARE(expected({op("b", LegacyOperator::Contains, {value(R"({"S": "ll"})")})}), QString("true"));
        QCOMPARE(expected({op("ss", LegacyOperator::Contains, {x})}), QString("true"));
        QCOMPARE(expected({op("l", LegacyOperator::Contains, {two})}), QString("true"));
        QCOMPARE(expected({op("l", LegacyOperator::NotContains, {one})}), QString("true"));
        QCOMPARE(expected({op("ss", LegacyOperator::NotContains, {x})}), QString("false"));
        // A missing attribute fails both CONTAINS and NOT_CONTAINS.
        QCOMPARE(expected({op("zz", LegacyOperator::Contains, {one})}), QString("false"));
        QCOMPARE(expected({op("zz", LegacyOperator::NotContains, {one})}), QString("false"));
        // A Value may stand in for a one-element AttributeValueList.
        LegacyCondition withValue = expectValue("a", R"({"N": "0"})");
        withValue.comparisonOperator = LegacyOperator::Gt;
        QCOMPARE(expected({withValue}), QString("true"));
        // Names are literal: a dot is part of the name.
        QCOMPARE(expected({expectValue("x.y", R"({"N": "1"})")}, {}, R"({"x.y": {"N": "1"}})"), QString("true"));
    }

    void conditionalOperator() {
        const std::vector<LegacyCondition> mixed = {expectValue("a", R"({"N": "74"})"), expectExists("zz", false)};
        QCOMPARE(expected(mixed), QString("false"));
        QCOMPARE(expected(mixed, ConditionalOperator::And), QString("false"));
        QCOMPARE(expected(mixed, ConditionalOperator::Or), QString("true"));
        QCOMPARE(expected({}), QString("true"));
        const QString message = "ConditionalOperator can only be used when Filter or Expected has two or more elements";
        QCOMPARE(expected({}, ConditionalOperator::Or), message);
        QCOMPARE(expected({expectExists("zz", false)}, ConditionalOperator::And), message);
    }

    void expectedErrors_data() {
        QTest::addColumn<int>("kase");
        QTest::addColumn<QString>("message");
        QTest::newRow("exists true without value") << 0 << kInvalid + "Value must be provided when Exists is true for Attribute: a";
        QTest::newRow("nothing at all") << 1 << kInvalid + "Value must be provided when Exists is null for Attribute: a";
        QTest::newRow("exists false with value") << 2 << kInvalid + "Value cannot be used when Exists is false for Attribute: a";
        QTest::newRow("exists with operator") << 3 << kInvalid + "Exists and ComparisonOperator cannot be used together for Attribute: a";
        QTest::newRow("value with list") << 4 << kInvalid + "Value and AttributeValueList cannot be used together for Attribute: a";
        QTest::newRow("list without operator") << 5 << kInvalid + "AttributeValueList can only be used with a ComparisonOperator for Attribute: a";
        QTest::newRow("operator without values") << 6 << kInvalid + "Value or AttributeValueList must be used with ComparisonOperator: EQ for Attribute: a";
        QTest::newRow("argument count") << 7 << kInvalid + "Invalid number of argument(s) for the EQ ComparisonOperator";
        QTest::newRow("NULL with a value") << 8 << kInvalid + "Invalid number of argument(s) for the NULL ComparisonOperator";
        QTest::newRow("mixed types") << 9 << kInvalid + "AttributeValues inside AttributeValueList must be of same type";
        QTest::newRow("ordering a set") << 10 << kInvalid + "ComparisonOperator LT is not valid for SS AttributeValue type";
        QTest::newRow("begins_with a number") << 11 << kInvalid + "ComparisonOperator BEGINS_WITH is not valid for N AttributeValue type";
        QTest::newRow("BETWEEN order") << 12 << "The BETWEEN condition was provided a range where the lower bound is greater than the upper bound";
        QTest::newRow("IN with a list") << 13 << kInvalid + "ComparisonOperator IN is not valid for L AttributeValue type";
        QTest::newRow("empty IN") << 14 << kInvalid + "Invalid number of argument(s) for the IN ComparisonOperator";
    }
    void expectedErrors() {
        QFETCH(int, kase);
        QFETCH(QString, message);
        const auto one = value(R"({"N": "1"})");
        LegacyCondition c;
        c.attribute = "a";
        switch (kase) {
        case 0: c.exists = true; break;
        case 1: break;
        case 2: c.exists = false; c.value = one; break;
        case 3: c = op("a", LegacyOperator::Eq, {one}); c.exists = true; break;
        case 4: c = op("a", LegacyOperator::Eq, {one}); c.value = one; break;
        case 5: c.attributeValueList = std::vector<AttributeValue>{one}; break;
        case 6: c.comparisonOperator = LegacyOperator::Eq; break;
        case 7: c = op("a", LegacyOperator::Eq, {one, one}); break;
        case 8: c = op("a", LegacyOperator::Null, {one}); break;
        case 9: c = op("a", LegacyOperator::In, {one, value(R"({"S": "dog"})")}); break;
        case 10: c = op("a", LegacyOperator::Lt, {value(R"({"SS": ["x"]})")}); break;
        case 11: c = op("a", LegacyOperator::BeginsWith, {one}); break;
        case 12: c = op("a", LegacyOperator::Between, {value(R"({"N": "4"})"), value(R"({"N": "3"})")}); break;
        case 13: c = op("a", LegacyOperator::In, {value(R"({"L": [{"N": "1"}]})")}); break;
        case 14: c = op("a", LegacyOperator::In, {}); break;
        }
        QCOMPARE(expected({c}), message);
    }

    void filters() {
        const auto one = value(R"({"N": "1"})");
        QCOMPARE(filter({op("a", LegacyOperator::Eq, {one})}), QString("true"));
        QCOMPARE(filter({op("a", LegacyOperator::Eq, {one}), op("b", LegacyOperator::Null, {})}), QString("false"));
        QCOMPARE(filter({op("a", LegacyOperator::Eq, {one}), op("b", LegacyOperator::Null, {})}, ConditionalOperator::Or), QString("true"));
        QCOMPARE(filter({op("a", LegacyOperator::Eq, {value(R"({"BOOL": true})")})}),
                 kInvalid + "ComparisonOperator EQ is not valid for BOOL AttributeValue type");
        QCOMPARE(filter({op("a", LegacyOperator::Gt, {})}), kInvalid + "Invalid number of argument(s) for the GT ComparisonOperator");
    }

    void keyConditions_data() {
        QTest::addColumn<int>("kase");
        QTest::addColumn<QString>("result");
        QTest::newRow("partition only") << 0 << "pk=q";
        QTest::newRow("with BETWEEN") << 1 << "pk=q sk between 1..5";
        QTest::newRow("partition range") << 2 << "Query key condition not supported";
        QTest::newRow("no partition") << 3 << "Query condition missed key schema element: pk";
        QTest::newRow("not indexable") << 4 << "Attempted conditional constraint is not an indexable operation";
        QTest::newRow("type mismatch") << 5 << "One or more parameter values were invalid: Condition parameter type does not match schema type";
        QTest::newRow("three") << 6 << "Conditions can be of length 1 or 2 only";
        QTest::newRow("non-key") << 7 << "Query condition missed key schema element: sk";
        QTest::newRow("begins_with") << 8 << "pk=q sk begins_with";
    }
    void keyConditions() {
        QFETCH(int, kase);
        QFETCH(QString, result);
        const KeySchemaNames schema{"pk", AttributeType::S, "sk", AttributeType::N};
        const auto q = value(R"({"S": "q"})");
        const auto one = value(R"({"N": "1"})");
        const auto five = value(R"({"N": "5"})");
        std::vector<LegacyCondition> conditions;
        switch (kase) {
        case 0: conditions = {op("pk", LegacyOperator::Eq, {q})}; break;
        case 1: conditions = {op("sk", LegacyOperator::Between, {one, five}), op("pk", LegacyOperator::Eq, {q})}; break;
        case 2: conditions = {op("pk", LegacyOperator::Gt, {q})}; break;
        case 3: conditions = {op("sk", LegacyOperator::Eq, {one})}; break;
        case 4: conditions = {op("pk", LegacyOperator::Eq, {q}), op("sk", LegacyOperator::Ne, {one})}; break;
        case 5: conditions = {op("pk", LegacyOperator::Eq, {one})}; break;
        case 6: conditions = {op("pk", LegacyOperator::Eq, {q}), op("sk", LegacyOperator::Eq, {one}), op("x", LegacyOperator::Eq, {one})}; break;
        case 7: conditions = {op("pk", LegacyOperator::Eq, {q}), op("x", LegacyOperator::Eq, {one})}; break;
        case 8: {
            const KeySchemaNames stringKeys{"pk", AttributeType::S, "sk", AttributeType::S};
            auto c = translateKeyConditions({op("pk", LegacyOperator::Eq, {q}), op("sk", LegacyOperator::BeginsWith, {q})}, stringKeys);
            QVERIFY(c.ok());
            QCOMPARE(c->sortOp, SortKeyOp::BeginsWith);
            QCOMPARE(QString("pk=q sk begins_with"), result);
            return;
        }
        }
        auto c = translateKeyConditions(conditions, schema);
        if (!c.ok()) {
            QCOMPARE(QString::fromStdString(c.error().message()), result);
            return;
        }
        QString text = QString::fromStdString(c->partitionKey + "=" + c->partitionValue.scalar());
        if (c->sortOp == SortKeyOp::Between)
            text += QString::fromStdString(" " + c->sortKey + " between " + c->sortValues[0].scalar() + ".." + c->sortValues[1].scalar());
        QCOMPARE(text, result);
    }

    void attributeUpdates() {
        std::vector<LegacyUpdate> updates;
        updates.push_back({"put", LegacyAction::Put, value(R"({"S": "new"})")});
        updates.push_back({"gone", LegacyAction::Delete, std::nullopt});
        updates.push_back({"count", LegacyAction::Add, value(R"({"N": "2"})")});
        updates.push_back({"fresh", LegacyAction::Add, value(R"({"N": "5"})")});
        updates.push_back({"tags", LegacyAction::Add, value(R"({"SS": ["b"]})")});
        updates.push_back({"list", LegacyAction::Add, value(R"({"L": [{"N": "2"}]})")});
        updates.push_back({"drop", LegacyAction::Delete, value(R"({"SS": ["x"]})")});
        updates.push_back({"a.b", LegacyAction::Put, value(R"({"N": "1"})")});
        auto parsed = translateAttributeUpdates(updates);
        QVERIFY(parsed.ok());
        const Item old = itemFrom(R"({"pk": {"S": "k"}, "gone": {"S": "x"}, "count": {"N": "1"}, "tags": {"SS": ["a"]},
                                     "list": {"L": [{"N": "1"}]}, "drop": {"SS": ["x", "y"]}, "put": {"N": "0"}})");
        auto outcome = applyUpdate(*parsed, old, true);
        QVERIFY(outcome.ok());
        const auto expected = nlohmann::json::parse(R"({"pk": {"S": "k"}, "count": {"N": "3"}, "fresh": {"N": "5"},
            "tags": {"SS": ["a", "b"]}, "list": {"L": [{"N": "1"}, {"N": "2"}]}, "drop": {"SS": ["y"]},
            "put": {"S": "new"}, "a.b": {"N": "1"}})");
        QCOMPARE(QString::fromStdString(toJson(outcome->item).dump()), QString::fromStdString(expected.dump()));
    }

    void attributeUpdateErrors() {
        auto message = [](LegacyUpdate update) {
            auto parsed = translateAttributeUpdates({std::move(update)});
            return parsed.ok() ? QString("OK") : QString::fromStdString(parsed.error().message());
        };
        QCOMPARE(message({"a", LegacyAction::Put, std::nullopt}), kInvalid + "Only DELETE action is allowed when no attribute value is specified");
        QCOMPARE(message({"a", LegacyAction::Add, value(R"({"S": "x"})")}), kInvalid + "ADD action is not supported for the type S");
        QCOMPARE(message({"a", LegacyAction::Delete, value(R"({"N": "1"})")}), kInvalid + "DELETE action with value is not supported for the type N");

        auto parsed = translateAttributeUpdates({{"a", LegacyAction::Add, value(R"({"N": "1"})")}});
        QVERIFY(parsed.ok());
        auto outcome = applyUpdate(*parsed, itemFrom(R"({"a": {"S": "x"}})"), true);
        QVERIFY(!outcome.ok());
        QCOMPARE(QString::fromStdString(outcome.error().message()), QString("Type mismatch for attribute to update"));
        const std::vector<std::string> keys{"a"};
        QCOMPARE(QString::fromStdString(checkKeyAttributesNotUpdated(*parsed, keys).error().message()),
                 kInvalid + "Cannot update attribute a. This attribute is part of the key");
    }

    void attributesToGet() {
        auto projection = translateAttributesToGet({"a", "b.c", "zz"});
        QVERIFY(projection.ok());
        const Item item = itemFrom(R"({"a": {"N": "1"}, "b.c": {"S": "dotted"}, "b": {"M": {"c": {"S": "nested"}}}})");
        QCOMPARE(QString::fromStdString(toJson(project(*projection, item)).dump()),
                 QString::fromStdString(nlohmann::json::parse(R"({"a": {"N": "1"}, "b.c": {"S": "dotted"}})").dump()));
        auto duplicate = translateAttributesToGet({"a", "b", "a"});
        QCOMPARE(QString::fromStdString(duplicate.error().message()), kInvalid + "Duplicate value in attribute name: a");
    }
};

QTEST_APPLESS_MAIN(TestExprLegacy)
#include "tst_expr_legacy.moc"
