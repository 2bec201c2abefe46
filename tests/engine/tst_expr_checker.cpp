// Tests for engine/src/expr/node_checker.cpp, path_checks.cpp and
// expression_context.cpp: DynamoDB's semantic errors for conditions, with
// their exact text and their order, placeholder resolution, and the
// request-wide unused-placeholder errors.
#include "expr/expressions.h"
#include "shardscope/engine/json_codec.h"

#include <QTest>

using namespace shardscope::engine;
using namespace shardscope::engine::expr;

namespace {

// Values of one request, from DynamoDB JSON.
AttributeMap valuesFrom(const char* json) {
    auto values = itemFromJson(nlohmann::json::parse(json));
    if (!values.ok()) qFatal("bad test values: %s", values.error().message().c_str());
    return *values;
}

// Parses `text` with names {"#n": "name", "#a": "a"} and the given values.
QString check(const char* text, const char* valuesJson = R"({":v": {"N": "1"}})",
              ExpressionKind kind = ExpressionKind::Condition) {
    NameMap names{{"#n", "name"}, {"#a", "a"}};
    const AttributeMap values = valuesFrom(valuesJson);
    ExpressionContext context(&names, &values);
    auto parsed = parseCondition(text, kind, context);
    return parsed.ok() ? QString("OK") : QString::fromStdString(parsed.error().message());
}

const QString kPrefix = "Invalid ConditionExpression: ";

}  // namespace

class TestExprChecker : public QObject {
    Q_OBJECT

private slots:
    void staticErrors_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("reserved word") << "name = :v" << kPrefix + "Attribute name is a reserved keyword; reserved keyword: name";
        QTest::newRow("reserved word keeps case") << "a.Status = :v"
                                                  << kPrefix + "Attribute name is a reserved keyword; reserved keyword: Status";
        QTest::newRow("escaped reserved word") << "#n = :v" << "OK";
        QTest::newRow("unknown function") << "foo(a)" << kPrefix + "Invalid function name; function: foo";
        QTest::newRow("function names are case-sensitive") << "BEGINS_WITH(a, :v)"
                                                           << kPrefix + "Invalid function name; function: BEGINS_WITH";
        QTest::newRow("update function") << "if_not_exists(a, a) = :v"
                                         << kPrefix + "The function is not allowed in a condition expression; function: if_not_exists";
        QTest::newRow("list_append") << "list_append(a, :v) = :v"
                                     << kPrefix + "The function is not allowed in a condition expression; function: list_append";
        QTest::newRow("size alone") << "size(a)" << kPrefix + "The function is not allowed to be used this way in an expression; function: size";
        QTest::newRow("condition function as operand") << "attribute_exists(a) < :v"
                                                       << kPrefix + "The function is not allowed to be used this way in an expression; function: attribute_exists";
        QTest::newRow("condition function inside size") << "size(contains(a, :v)) = :v"
                                                        << kPrefix + "The function is not allowed to be used this way in an expression; function: contains";
        QTest::newRow("arity") << "attribute_exists(a, b)"
                               << kPrefix + "Incorrect number of operands for operator or function; operator or function: attribute_exists, number of operands: 2";
        QTest::newRow("size arity") << "size(a, a) = :v"
                                    << kPrefix + "Incorrect number of operands for operator or function; operator or function: size, number of operands: 2";
        QTest::newRow("index range") << "a[2147483648] = :v"
                                     << kPrefix + "List index is not within the allowable range; index: [2147483648]";
        QTest::newRow("largest index") << "a[2147483647] = :v" << "OK";
        QTest::newRow("written order: reserved before unknown function") << "size = :v AND foo(a)"
                                                                          << kPrefix + "Attribute name is a reserved keyword; reserved keyword: size";
        QTest::newRow("written order: unknown function before reserved") << "foo(a) AND size = :v"
                                                                          << kPrefix + "Invalid function name; function: foo";
        QTest::newRow("static before placeholders") << "a = :undefined AND foo(a)" << kPrefix + "Invalid function name; function: foo";
    }
    void staticErrors() {
        QFETCH(QString, text);
        QFETCH(QString, message);
        QCOMPARE(check(text.toUtf8().constData()), message);
    }

    void resolveErrors_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("values");
        QTest::addColumn<QString>("message");
        const QString n = R"({":v": {"N": "1"}})";
        QTest::newRow("undefined name") << "#x = :v" << n
                                        << kPrefix + "An expression attribute name used in the document path is not defined; attribute name: #x";
        QTest::newRow("undefined value") << "a = :x" << n
                                         << kPrefix + "An expression attribute value used in expression is not defined; attribute value: :x";
        QTest::newRow("first in written order") << "a = :x AND #x = :v" << n
                                                << kPrefix + "An expression attribute value used in expression is not defined; attribute value: :x";
        QTest::newRow("bad operand before later undefined value")
            << "begins_with(a, :v) AND b = :x" << n
            << kPrefix + "Incorrect operand type for operator or function; operator or function: begins_with, operand type: N";
        QTest::newRow("undefined value before later bad operand")
            << "b = :x AND begins_with(a, :v)" << n
            << kPrefix + "An expression attribute value used in expression is not defined; attribute value: :x";
        QTest::newRow("size of a number") << "size(:v) > :v" << n
                                          << kPrefix + "Incorrect operand type for operator or function; operator or function: size, operand type: N";
        QTest::newRow("size of a bool") << "size(:b) > :v" << R"({":v": {"N": "1"}, ":b": {"BOOL": true}})"
                                        << kPrefix + "Incorrect operand type for operator or function; operator or function: size, operand type: BOOL";
        QTest::newRow("size of a list value") << "size(:l) > :v" << R"({":v": {"N": "1"}, ":l": {"L": []}})" << "OK";
        QTest::newRow("ordering a list literal") << "a < :l" << R"({":l": {"L": [{"N": "1"}]}})"
                                                 << kPrefix + "Incorrect operand type for operator or function; operator or function: <, operand type: L";
        QTest::newRow("ordering a bool literal, value first") << ":b >= a" << R"({":b": {"BOOL": true}})"
                                                              << kPrefix + "Incorrect operand type for operator or function; operator or function: >=, operand type: BOOL";
        QTest::newRow("equality with a list literal") << "a = :l" << R"({":l": {"L": []}})" << "OK";
        QTest::newRow("BETWEEN with sets") << "a BETWEEN :s AND :s" << R"({":s": {"SS": ["x"]}})"
                                           << kPrefix + "Incorrect operand type for operator or function; operator or function: BETWEEN, operand type: SS";
        QTest::newRow("BETWEEN bound types")
            << "a BETWEEN :lo AND :hi" << R"({":lo": {"N": "2"}, ":hi": {"S": "dog"}})"
            << kPrefix + "The BETWEEN operator requires same data type for lower and upper bounds; lower bound operand: "
                         "AttributeValue: {N:2}, upper bound operand: AttributeValue: {S:dog}";
        QTest::newRow("BETWEEN bound order")
            << "a BETWEEN :lo AND :hi" << R"({":lo": {"N": "2"}, ":hi": {"N": "1"}})"
            << kPrefix + "The BETWEEN operator requires upper bound to be greater than or equal to lower bound; lower bound "
                         "operand: AttributeValue: {N:2}, upper bound operand: AttributeValue: {N:1}";
        QTest::newRow("BETWEEN binary bounds")
            << "a BETWEEN :lo AND :hi" << R"({":lo": {"B": "Ag=="}, ":hi": {"B": "AQ=="}})"
            << kPrefix + "The BETWEEN operator requires upper bound to be greater than or equal to lower bound; lower bound "
                         "operand: AttributeValue: {B:java.nio.HeapByteBuffer[pos=0 lim=1 cap=1]}, upper bound operand: "
                         "AttributeValue: {B:java.nio.HeapByteBuffer[pos=0 lim=1 cap=1]}";
        QTest::newRow("BETWEEN equal bounds") << "a BETWEEN :v AND :v" << n << "OK";
        QTest::newRow("BETWEEN path bound") << "a BETWEEN b AND :v" << n << "OK";
        QTest::newRow("begins_with number") << "begins_with(a, :v)" << n
                                            << kPrefix + "Incorrect operand type for operator or function; operator or function: begins_with, operand type: N";
        QTest::newRow("attribute_type needs a path") << "attribute_type(:t, :t)" << R"({":t": {"S": "N"}})"
                                                     << kPrefix + "Operator or function requires a document path; operator or function: attribute_type";
        QTest::newRow("attribute_exists needs a path") << "attribute_exists(:v)" << n
                                                       << kPrefix + "Operator or function requires a document path; operator or function: attribute_exists";
        QTest::newRow("attribute_type unknown type") << "attribute_type(a, :t)" << R"({":t": {"S": "DOG"}})"
                                                     << kPrefix + "Invalid attribute type name found; type: DOG, valid types: {N,BS,L,B,NULL,M,S,SS,NS,BOOL}";
        QTest::newRow("attribute_type not a string") << "attribute_type(a, :v)" << n
                                                     << kPrefix + "Incorrect operand type for operator or function; operator or function: attribute_type, operand type: N";
        QTest::newRow("attribute_type from a path")
            << "attribute_type(a, b)" << n
            << kPrefix + "Incorrect operand type for operator or function; operator or function: attribute_type, operand type: "
                         "{SS,M,DECIMAL,DOUBLESET,HDS,N,B,DICT,INTSET,BOOL,HD,BS,INT,DECIMALSET,NULL,FLOAT,FS,S,L,NS,DOUBLE}";
        QTest::newRow("distinct comparison") << "a = a" << n
                                             << kPrefix + "The first operand must be distinct from the remaining operands for this operator or function; operator: =, first operand: [a]";
        QTest::newRow("distinct after names") << "#a.b[1] <> a.b[1]" << n
                                              << kPrefix + "The first operand must be distinct from the remaining operands for this operator or function; operator: <>, first operand: [a, b, [1]]";
        QTest::newRow("distinct contains") << "contains(a, a)" << n
                                           << kPrefix + "The first operand must be distinct from the remaining operands for this operator or function; operator: contains, first operand: [a]";
        QTest::newRow("distinct BETWEEN") << "a BETWEEN :v AND a" << n
                                          << kPrefix + "The first operand must be distinct from the remaining operands for this operator or function; operator: BETWEEN, first operand: [a]";
        QTest::newRow("distinct IN") << "a IN (:v, a)" << n
                                     << kPrefix + "The first operand must be distinct from the remaining operands for this operator or function; operator: IN, first operand: [a]";
        QTest::newRow("different paths are fine") << "a.b = a.c" << n << "OK";
    }
    void resolveErrors() {
        QFETCH(QString, text);
        QFETCH(QString, values);
        QFETCH(QString, message);
        QCOMPARE(check(text.toUtf8().constData(), values.toUtf8().constData()), message);
    }

    void inOperandLimit() {
        std::string list = ":v";
        for (int i = 1; i < 100; ++i) list += ", :v";
        QCOMPARE(check(("a IN (" + list + ")").c_str()), QString("OK"));
        QCOMPARE(check(("a IN (" + list + ", :v)").c_str()),
                 kPrefix + "The IN operator is provided with too many operands; number of operands: 101");
    }

    void pathDepthLimit() {
        std::string path = "a";
        for (int i = 1; i < 32; ++i) path += ".a";
        QCOMPARE(check((path + " = :v").c_str()), QString("OK"));
        QCOMPARE(check((path + "[0] = :v").c_str()),
                 kPrefix + "The document path has too many nesting levels; nesting levels: 33");
    }

    void prefixFollowsKind() {
        QCOMPARE(check("name = :v", R"({":v": {"N": "1"}})", ExpressionKind::Filter),
                 QString("Invalid FilterExpression: Attribute name is a reserved keyword; reserved keyword: name"));
        QCOMPARE(check("name = :v", R"({":v": {"N": "1"}})", ExpressionKind::KeyCondition),
                 QString("Invalid KeyConditionExpression: Attribute name is a reserved keyword; reserved keyword: name"));
    }

    void unusedPlaceholdersAcrossExpressions() {
        NameMap names{{"#a", "a"}, {"#b", "b"}, {"#c", "c"}};
        const AttributeMap values = valuesFrom(R"({":x": {"N": "1"}, ":y": {"N": "2"}, ":z": {"N": "3"}})");
        ExpressionContext context(&names, &values);
        QVERIFY(context.validateDeclarations().ok());
        // Used in any expression counts, even where evaluation would short-circuit.
        QVERIFY(parseCondition("#a = :x OR #b = :y", ExpressionKind::Condition, context).ok());
        auto status = context.checkAllUsed();
        QVERIFY(!status.ok());
        QCOMPARE(QString::fromStdString(status.error().message()),
                 QString("Value provided in ExpressionAttributeNames unused in expressions: keys: {#c}"));
        QVERIFY(parseUpdate("SET #c = :x", context).ok());
        status = context.checkAllUsed();
        QCOMPARE(QString::fromStdString(status.error().message()),
                 QString("Value provided in ExpressionAttributeValues unused in expressions: keys: {:z}"));
        QVERIFY(parseCondition("attribute_exists(z) AND a <> :z", ExpressionKind::Condition, context).ok());
        QVERIFY(context.checkAllUsed().ok());
    }

    void unusedKeysInJavaHashSetOrder() {
        // Several unused keys are listed the way DynamoDB (a Java HashSet) lists them.
        NameMap names{{"#a", "a"}, {"#b", "b"}, {"#unused", "x"}, {"#zz", "z"}};
        ExpressionContext context(&names, nullptr);
        QVERIFY(parseProjection("#a", context).ok());
        const auto status = context.checkAllUsed();
        QCOMPARE(QString::fromStdString(status.error().message()),
                 QString("Value provided in ExpressionAttributeNames unused in expressions: keys: {#zz, #b, #unused}"));
    }

    void declarations_data() {
        QTest::addColumn<QString>("names");
        QTest::addColumn<QString>("values");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty names") << "{}" << "" << "ExpressionAttributeNames must not be empty";
        QTest::newRow("empty values") << "" << "{}" << "ExpressionAttributeValues must not be empty";
        QTest::newRow("bad name key") << R"({"x": "a"})" << "" << "ExpressionAttributeNames contains invalid key: Syntax error; key: \"x\"";
        QTest::newRow("bare sigil") << R"({"#": "a"})" << "" << "ExpressionAttributeNames contains invalid key: Syntax error; key: \"#\"";
        QTest::newRow("bad value key") << "" << R"({"v": {"N": "1"}})"
                                       << "ExpressionAttributeValues contains invalid key: Syntax error; key: \"v\"";
        QTest::newRow("dash in key") << "" << R"({":a-b": {"N": "1"}})"
                                     << "ExpressionAttributeValues contains invalid key: Syntax error; key: \":a-b\"";
        QTest::newRow("empty attribute name") << R"({"#a": ""})" << ""
                                              << "ExpressionAttributeNames contains invalid value: Empty attribute name for key #a";
        QTest::newRow("fine") << R"({"#a": "x.y"})" << R"({":_1": {"S": ""}})" << "OK";
    }
    void declarations() {
        QFETCH(QString, names);
        QFETCH(QString, values);
        QFETCH(QString, message);
        NameMap nameMap;
        if (!names.isEmpty()) nameMap = nlohmann::json::parse(names.toStdString()).get<NameMap>();
        AttributeMap valueMap;
        if (!values.isEmpty()) valueMap = valuesFrom(values.toUtf8().constData());
        ExpressionContext context(names.isEmpty() ? nullptr : &nameMap, values.isEmpty() ? nullptr : &valueMap);
        const Status status = context.validateDeclarations();
        QCOMPARE(status.ok() ? QString("OK") : QString::fromStdString(status.error().message()), message);
    }

    void resolvedTreeIsSelfContained() {
        ParsedCondition parsed;
        {
            NameMap names{{"#n", "name"}};
            const AttributeMap values = valuesFrom(R"({":v": {"S": "x"}, ":w": {"S": "y"}})");
            ExpressionContext context(&names, &values);
            auto result = parseCondition("#n = :v OR #n = :w OR #n = :v", ExpressionKind::Condition, context);
            QVERIFY(result.ok());
            parsed = std::move(*result);
        }
        // One copy per distinct placeholder, names substituted.
        QCOMPARE(parsed.values.size(), std::size_t(2));
        Item item;
        item.set("name", AttributeValue::string("y"));
        QVERIFY(evaluate(parsed, item));
        QCOMPARE(QString::fromStdString(parsed.root.children[1].children[0].path.root()), QString("name"));
    }
};

QTEST_APPLESS_MAIN(TestExprChecker)
#include "tst_expr_checker.moc"
