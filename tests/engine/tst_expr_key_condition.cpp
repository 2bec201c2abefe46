// Tests for engine/src/expr/key_condition.cpp: KeyConditionExpression rules
// and messages, the structured KeyCondition a Query turns into a range, and
// the filter/key-path checks that sit beside it.
#include "expr/expressions.h"
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

constexpr const char* kValues = R"({
    ":p": {"S": "q"}, ":n": {"N": "5"}, ":n2": {"N": "9"}, ":s": {"S": "a"}, ":s2": {"S": "b"},
    ":bool": {"BOOL": true}, ":bool2": {"BOOL": false}, ":empty": {"S": ""}
})";

KeySchemaNames numberSortKey() { return {"pk", AttributeType::S, "sk", AttributeType::N}; }
KeySchemaNames stringSortKey() { return {"pk", AttributeType::S, "sk", AttributeType::S}; }
KeySchemaNames hashOnly() { return {"pk", AttributeType::S, "", AttributeType::S}; }

const char* opName(SortKeyOp op) {
    switch (op) {
    case SortKeyOp::None: return "none";
    case SortKeyOp::Eq: return "=";
    case SortKeyOp::Lt: return "<";
    case SortKeyOp::Le: return "<=";
    case SortKeyOp::Gt: return ">";
    case SortKeyOp::Ge: return ">=";
    case SortKeyOp::Between: return "between";
    case SortKeyOp::BeginsWith: return "begins_with";
    }
    return "?";
}

// "pk=q sk>5" or the error message.
QString keyCondition(const char* text, const KeySchemaNames& schema) {
    NameMap names{{"#pk", "pk"}, {"#sk", "sk"}};
    const AttributeMap values = fromJson(kValues);
    ExpressionContext context(&names, &values);
    auto condition = parseKeyCondition(text, context, schema);
    if (!condition.ok()) return QString::fromStdString(condition.error().message());
    std::string out = condition->partitionKey + "=" + condition->partitionValue.scalar();
    if (condition->sortOp != SortKeyOp::None) {
        out += " " + condition->sortKey + opName(condition->sortOp);
        for (const AttributeValue& v : condition->sortValues) out += "," + v.scalar();
    }
    return QString::fromStdString(out);
}

}  // namespace

class TestExprKeyCondition : public QObject {
    Q_OBJECT

private slots:
    void keyConditions_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("schema");  // 0: pk S + sk N, 1: pk S + sk S, 2: pk S only
        QTest::addColumn<QString>("result");
        const QString kce = "Invalid KeyConditionExpression: ";
        const QString schemaType = "One or more parameter values were invalid: Condition parameter type does not match schema type";
        QTest::newRow("partition only") << "pk = :p" << 0 << "pk=q";
        QTest::newRow("hash-only table") << " pk  =   :p " << 2 << "pk=q";
        QTest::newRow("equality") << "pk = :p AND sk = :n" << 0 << "pk=q sk=,5";
        QTest::newRow("less than") << "pk = :p AND sk < :n" << 0 << "pk=q sk<,5";
        QTest::newRow("reversed") << ":n < sk AND :p = pk" << 0 << "pk=q sk>,5";
        QTest::newRow("reversed ge") << "pk = :p AND :n >= sk" << 0 << "pk=q sk<=,5";
        QTest::newRow("between") << "pk = :p AND sk BETWEEN :n AND :n2" << 0 << "pk=q skbetween,5,9";
        QTest::newRow("begins_with") << "pk = :p AND begins_with(sk, :s)" << 1 << "pk=q skbegins_with,a";
        QTest::newRow("sort key first, placeholders") << "#sk >= :n AND #pk = :p" << 0 << "pk=q sk>=,5";
        QTest::newRow("parentheses") << "((sk = :n) AND (pk = :p))" << 0 << "pk=q sk=,5";
        QTest::newRow("case-insensitive keywords") << "pk = :p aNd sk bEtWeEn :n AnD :n2" << 0 << "pk=q skbetween,5,9";
        QTest::newRow("OR") << "sk = :n OR pk = :p" << 0 << "Invalid operator used in KeyConditionExpression: OR";
        QTest::newRow("NOT") << "NOT sk = :n AND pk = :p" << 0 << "Invalid operator used in KeyConditionExpression: NOT";
        QTest::newRow("IN") << "pk = :p AND sk IN (:n)" << 0 << "Invalid operator used in KeyConditionExpression: IN";
        QTest::newRow("not equal") << "pk = :p AND sk <> :n" << 0 << "Invalid operator used in KeyConditionExpression: <>";
        QTest::newRow("attribute_exists") << "pk = :p AND attribute_exists(sk)" << 0
                                          << "Invalid operator used in KeyConditionExpression: attribute_exists";
        QTest::newRow("unknown function") << "pk = :p AND dog(sk, :n)" << 0 << kce + "Invalid function name; function: dog";
        QTest::newRow("size") << "pk = :p AND size(sk) = :n" << 0 << kce + "KeyConditionExpressions cannot contain nested operations";
        QTest::newRow("two conditions on the sort key") << "pk = :p AND sk > :n AND sk < :n2" << 0
                                                        << kce + "KeyConditionExpressions must only contain one condition per key";
        QTest::newRow("two on the partition key") << "pk = :p AND pk = :p" << 0
                                                  << kce + "KeyConditionExpressions must only contain one condition per key";
        QTest::newRow("three attributes") << "pk = :p AND sk > :n AND extra = :n2" << 0
                                          << "The number of query conditions (3) exceeds the number of key attributes defined in the schema (2)";
        QTest::newRow("two on hash-only") << "pk = :p AND sk > :n" << 2
                                          << "The number of query conditions (2) exceeds the number of key attributes defined in the schema (1)";
        QTest::newRow("no partition key") << "sk = :n" << 0 << "Query condition missed key schema element: pk";
        QTest::newRow("non-key attribute") << "pk = :p AND notkey = :n" << 0 << "Query condition missed key schema element: sk";
        QTest::newRow("partition key range") << "pk < :p" << 0 << "Query key condition not supported";
        QTest::newRow("nested non-key") << "pk = :p AND a.b < :n" << 0 << kce + "KeyConditionExpressions cannot have conditions on nested attributes";
        QTest::newRow("nested key") << "pk.x = :p" << 0
                                    << "Key attributes must be scalars; list random access '[]' and map lookup '.' are not allowed: Key: pk";
        QTest::newRow("two attributes") << "pk = sk" << 0
                                        << "Invalid condition in KeyConditionExpression: Multiple attribute names used in one condition";
        QTest::newRow("two values") << ":p = :s" << 0 << "Query condition missed key schema element: pk";
        QTest::newRow("BETWEEN value first") << "pk = :p AND :n BETWEEN sk AND :n2" << 0
                                             << "Invalid condition in KeyConditionExpression: BETWEEN operator must have the key attribute as its first operand";
        QTest::newRow("partition type") << "pk = :n" << 0 << schemaType;
        QTest::newRow("sort type") << "pk = :p AND sk = :s" << 0 << schemaType;
        QTest::newRow("begins_with on a number key with a string") << "pk = :p AND begins_with(sk, :s)" << 0 << schemaType;
        QTest::newRow("begins_with with a number")
            << "pk = :p AND begins_with(sk, :n)" << 1
            << kce + "Incorrect operand type for operator or function; operator or function: begins_with, operand type: N";
        QTest::newRow("ordering with a boolean") << "pk = :p AND sk < :bool" << 0
                                                 << kce + "Incorrect operand type for operator or function; operator or function: <, operand type: BOOL";
        QTest::newRow("BETWEEN with booleans")
            << "pk = :p AND sk BETWEEN :bool2 AND :bool" << 0
            << kce + "Incorrect operand type for operator or function; operator or function: BETWEEN, operand type: BOOL";
        QTest::newRow("equality with a boolean") << "pk = :p AND sk = :bool" << 0 << schemaType;
        QTest::newRow("empty key value") << "pk = :empty" << 0
                                         << "One or more parameter values are not valid. The AttributeValue for a key attribute "
                                            "cannot contain an empty string value. Key: pk";
        QTest::newRow("undefined value before bad operand")
            << "pk = :missing AND begins_with(sk, :n)" << 1
            << kce + "An expression attribute value used in expression is not defined; attribute value: :missing";
        QTest::newRow("bad operand before undefined value")
            << "begins_with(sk, :n) AND pk = :missing" << 1
            << kce + "Incorrect operand type for operator or function; operator or function: begins_with, operand type: N";
        QTest::newRow("syntax") << "pk = :p AND sk != :n" << 0 << kce + "Syntax error; token: \"!\", near: \"sk !=\"";
        QTest::newRow("empty") << "" << 0 << kce + "The expression can not be empty;";
    }
    void keyConditions() {
        QFETCH(QString, text);
        QFETCH(int, schema);
        QFETCH(QString, result);
        const KeySchemaNames schemas[] = {numberSortKey(), stringSortKey(), hashOnly()};
        QCOMPARE(keyCondition(text.toUtf8().constData(), schemas[schema]), result);
    }

    void matchesSortKey() {
        KeyCondition c;
        c.sortOp = SortKeyOp::Between;
        c.sortValues = {AttributeValue::number("4"), AttributeValue::number("7")};
        QVERIFY(c.matchesSortKey(AttributeValue::number("4")));
        QVERIFY(c.matchesSortKey(AttributeValue::number("6.5")));
        QVERIFY(!c.matchesSortKey(AttributeValue::number("7.01")));
        QVERIFY(!c.matchesSortKey(AttributeValue::string("5")));
        c.sortOp = SortKeyOp::BeginsWith;
        c.sortValues = {AttributeValue::string("ab")};
        QVERIFY(c.matchesSortKey(AttributeValue::string("abc")));
        QVERIFY(!c.matchesSortKey(AttributeValue::string("a")));
        c.sortOp = SortKeyOp::Lt;
        c.sortValues = {AttributeValue::binary(std::string(1, '\x80'))};
        QVERIFY(c.matchesSortKey(AttributeValue::binary(std::string(1, '\x7f'))));
        c.sortOp = SortKeyOp::None;
        QVERIFY(c.matchesSortKey(AttributeValue::boolean(true)));
    }

    void prefixSuccessors() {
        QCOMPARE(prefixSuccessor("ab").value_or("none"), std::string("ac"));
        QCOMPARE(prefixSuccessor(std::string("a\xFF", 2)).value_or("none"), std::string("b"));
        QVERIFY(!prefixSuccessor(std::string("\xFF\xFF", 2)).has_value());
        QVERIFY(!prefixSuccessor("").has_value());
    }

    void filterMayNotUseKeys() {
        const AttributeMap values = fromJson(kValues);
        ExpressionContext context(nullptr, &values);
        auto filter = parseCondition("a = :n OR sk > :n", ExpressionKind::Filter, context);
        QVERIFY(filter.ok());
        const Status status = checkFilterAvoidsKeys(*filter, numberSortKey());
        QCOMPARE(QString::fromStdString(status.error().message()),
                 QString("Filter Expression can only contain non-primary key attributes: Primary key attribute: sk"));
        auto fine = parseCondition("a = :n", ExpressionKind::Filter, context);
        QVERIFY(checkFilterAvoidsKeys(*fine, numberSortKey()).ok());
        QCOMPARE(QString::fromStdString(checkFilterAvoidsKeys(*filter, numberSortKey(), "QueryFilter").error().message()),
                 QString("QueryFilter can only contain non-primary key attributes: Primary key attribute: sk"));
    }

    void noNestedKeyPaths() {
        const AttributeMap values = fromJson(kValues);
        ExpressionContext context(nullptr, &values);
        auto condition = parseCondition("pk.x = :n", ExpressionKind::Condition, context);
        QVERIFY(condition.ok());
        QCOMPARE(QString::fromStdString(checkNoNestedKeyPaths(*condition, {"pk"}).error().message()),
                 QString("Key attributes must be scalars; list random access '[]' and map lookup '.' are not allowed: Key: pk"));
        QVERIFY(checkNoNestedKeyPaths(*condition, {"other"}).ok());
        NameMap names{{"#k", "pk"}};
        ExpressionContext projectionContext(&names, nullptr);
        auto projection = parseProjection("a, #k[0]", projectionContext);
        QVERIFY(projection.ok());
        QVERIFY(!checkNoNestedKeyPaths(projection->paths, {"pk"}).ok());
    }
};

QTEST_APPLESS_MAIN(TestExprKeyCondition)
#include "tst_expr_key_condition.moc"
