// Tests for engine/src/expr/update_checker.cpp and update_applier.cpp:
// UpdateExpression validation (sections, overlapping paths, operand types,
// functions, key attributes, order of errors) and its application to items
// (SET/REMOVE/ADD/DELETE, nested paths, list index semantics, arithmetic,
// runtime errors), data-driven.
#include "expr/expressions.h"
#include "shardscope/engine/json_codec.h"

#include <QTest>

using namespace shardscope::engine;
using namespace shardscope::engine::expr;

namespace {

AttributeMap fromJson(const std::string& json) {
    auto item = itemFromJson(nlohmann::json::parse(json));
    if (!item.ok()) qFatal("bad test JSON: %s", item.error().message().c_str());
    return *item;
}

QString normalized(const QString& json) { return QString::fromStdString(nlohmann::json::parse(json.toStdString()).dump()); }

const char* const kValues = R"({
    ":v": {"N": "1"}, ":two": {"N": "2"}, ":seven": {"N": "7"}, ":s": {"S": "hello"}, ":l": {"L": [{"N": "1"}, {"S": "x"}]},
    ":ss": {"SS": ["cat", "dog"]}, ":ss2": {"SS": ["dog", "pig"]}, ":ns": {"NS": ["5"]}, ":bs": {"BS": ["AQ=="]},
    ":b": {"B": "AQ=="}, ":t": {"BOOL": true}, ":m": {"M": {"k": {"S": "v"}}}, ":e": {"L": []},
    ":big": {"N": "9.9999999999999999999999999999999999999E+125"}, ":frac": {"N": "0.1"}
})";

// Parses `expression` with names {#a: a, #b: b, #n: name} and kValues (only
// the placeholders used are checked for use); returns "OK" or the error.
QString parseError(const char* expression) {
    NameMap names{{"#a", "a"}, {"#b", "b"}, {"#n", "name"}, {"#a2", "a"}};
    const AttributeMap values = fromJson(kValues);
    ExpressionContext context(&names, &values);
    auto parsed = parseUpdate(expression, context);
    return parsed.ok() ? QString("OK") : QString::fromStdString(parsed.error().message());
}

// Applies `expression` to `old` (empty: no item; the key {pk} is the base
// then) and returns the new item as JSON, or "ERR <message>".
QString apply(const QString& old, const char* expression) {
    NameMap names{{"#a", "a"}, {"#b", "b"}, {"#n", "name"}};
    const AttributeMap values = fromJson(kValues);
    ExpressionContext context(&names, &values);
    auto parsed = parseUpdate(expression, context);
    if (!parsed.ok()) return "PARSE " + QString::fromStdString(parsed.error().message());
    const bool exists = !old.isEmpty();
    const Item base = fromJson(exists ? old.toStdString() : std::string(R"({"pk": {"S": "k"}})"));
    auto outcome = applyUpdate(*parsed, base, exists);
    if (!outcome.ok()) return "ERR " + QString::fromStdString(outcome.error().message());
    return QString::fromStdString(toJson(outcome->item).dump());
}

const QString kPrefix = "Invalid UpdateExpression: ";

}  // namespace

class TestExprUpdate : public QObject {
    Q_OBJECT

private slots:
    void validation_data() {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("result");
        QTest::newRow("fine") << "SET a = :v, b = list_append(if_not_exists(b, :e), :l) REMOVE c ADD d :ss DELETE e :ns" << "OK";
        QTest::newRow("SET twice") << "SET a = :v SET b = :v" << kPrefix + "The \"SET\" section can only be used once in an update expression;";
        QTest::newRow("SET twice, interleaved") << "SET a = :v REMOVE b SET c = :v"
                                                << kPrefix + "The \"SET\" section can only be used once in an update expression;";
        QTest::newRow("REMOVE twice") << "REMOVE a REMOVE b" << kPrefix + "The \"REMOVE\" section can only be used once in an update expression;";
        QTest::newRow("same path") << "SET a = :v, a = :two"
                                   << kPrefix + "Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a], path two: [a]";
        QTest::newRow("same path via names") << "SET #a = :v, #a2 = :two"
                                             << kPrefix + "Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a], path two: [a]";
        QTest::newRow("parent and child") << "SET a = :v, a.b = :two"
                                          << kPrefix + "Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a], path two: [a, b]";
        QTest::newRow("child and parent") << "SET a[1][1] = :v, a[1] = :two"
                                          << kPrefix + "Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a, [1], [1]], path two: [a, [1]]";
        QTest::newRow("across clauses") << "REMOVE a SET a = :v"
                                        << kPrefix + "Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a], path two: [a]";
        QTest::newRow("map and list") << "SET a.b = :v, a[1] = :two"
                                      << kPrefix + "Two document paths conflict with each other; must remove or rewrite one of these paths; path one: [a, b], path two: [a, [1]]";
        QTest::newRow("deep conflict") << "SET a.b.c = :v, a.b[2] = :two"
                                       << kPrefix + "Two document paths conflict with each other; must remove or rewrite one of these paths; path one: [a, b, c], path two: [a, b, [2]]";
        QTest::newRow("siblings are fine") << "SET a.b = :v, a.c = :two, a.d[1] = :v REMOVE e[1], e[2]" << "OK";
        QTest::newRow("reading what is written is fine") << "SET a = a + :v, b = a" << "OK";
        QTest::newRow("reserved word") << "SET name = :v" << kPrefix + "Attribute name is a reserved keyword; reserved keyword: name";
        QTest::newRow("escaped reserved word") << "SET #n = :v" << "OK";
        QTest::newRow("unknown function") << "SET a = f(b, c)" << kPrefix + "Invalid function name; function: f";
        QTest::newRow("condition function") << "SET a = size(b)" << kPrefix + "The function is not allowed in an update expression; function: size";
        QTest::newRow("contains") << "SET a = contains(b, :v)" << kPrefix + "The function is not allowed in an update expression; function: contains";
        QTest::newRow("nested list_append") << "SET a = list_append(list_append(:l, :l), :l)"
                                            << kPrefix + "The function is not allowed to be used this way in an expression; function: list_append";
        QTest::newRow("nested if_not_exists") << "SET a = if_not_exists(b, if_not_exists(c, :v))" << "OK";
        QTest::newRow("list_append arity") << "SET a = list_append(:l)"
                                           << kPrefix + "Incorrect number of operands for operator or function; operator or function: list_append, number of operands: 1";
        QTest::newRow("list_append operand") << "SET a = list_append(:l, :s)"
                                             << kPrefix + "Incorrect operand type for operator or function; operator or function: list_append, operand type: S";
        QTest::newRow("plus a string") << "SET a = :s + :v" << kPrefix + "Incorrect operand type for operator or function; operator or function: +, operand type: S";
        QTest::newRow("minus a list") << "SET a = :v - :l" << kPrefix + "Incorrect operand type for operator or function; operator or function: -, operand type: L";
        QTest::newRow("if_not_exists needs a path") << "SET a = if_not_exists(:v, :v)"
                                                    << kPrefix + "Operator or function requires a document path; operator or function: if_not_exists";
        QTest::newRow("if_not_exists distinct") << "SET b = if_not_exists(a, a)"
                                                << kPrefix + "The first operand must be distinct from the remaining operands for this operator or function; operator: if_not_exists, first operand: [a]";
        QTest::newRow("ADD a string") << "ADD a :s"
                                      << kPrefix + "Incorrect operand type for operator or function; operator: ADD, operand type: STRING, typeSet: ALLOWED_FOR_ADD_OPERAND";
        QTest::newRow("ADD a list") << "ADD a :l"
                                    << kPrefix + "Incorrect operand type for operator or function; operator: ADD, operand type: LIST, typeSet: ALLOWED_FOR_ADD_OPERAND";
        QTest::newRow("ADD a map") << "ADD a :m"
                                   << kPrefix + "Incorrect operand type for operator or function; operator: ADD, operand type: MAP, typeSet: ALLOWED_FOR_ADD_OPERAND";
        QTest::newRow("DELETE a number") << "DELETE a :v"
                                         << kPrefix + "Incorrect operand type for operator or function; operator: DELETE, operand type: NUMBER, typeSet: ALLOWED_FOR_DELETE_OPERAND";
        QTest::newRow("DELETE a bool") << "DELETE a :t"
                                       << kPrefix + "Incorrect operand type for operator or function; operator: DELETE, operand type: BOOLEAN, typeSet: ALLOWED_FOR_DELETE_OPERAND";
        QTest::newRow("undefined value") << "SET a = :x" << kPrefix + "An expression attribute value used in expression is not defined; attribute value: :x";
        QTest::newRow("undefined name on the left") << "SET #x = :v"
                                                    << kPrefix + "An expression attribute name used in the document path is not defined; attribute name: #x";
        QTest::newRow("values checked last action first") << "SET a = :x, b = :y"
                                                          << kPrefix + "An expression attribute value used in expression is not defined; attribute value: :y";
        QTest::newRow("names before values") << "SET a = :x, b = #y"
                                             << kPrefix + "An expression attribute name used in the document path is not defined; attribute name: #y";
        QTest::newRow("section before names") << "SET #x = :v SET b = :v"
                                              << kPrefix + "The \"SET\" section can only be used once in an update expression;";
        QTest::newRow("overlap before values") << "SET a = :x, a = :v"
                                               << kPrefix + "Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a], path two: [a]";
        QTest::newRow("value in ADD") << "ADD a :x" << kPrefix + "An expression attribute value used in expression is not defined; attribute value: :x";
    }
    void validation() {
        QFETCH(QString, expression);
        QFETCH(QString, result);
        QCOMPARE(parseError(expression.toUtf8().constData()), result);
    }

    void keyAttributes() {
        const AttributeMap values = fromJson(kValues);
        NameMap names{{"#k", "pk"}};
        ExpressionContext context(&names, &values);
        auto parsed = parseUpdate("SET a = :v REMOVE #k", context);
        QVERIFY(parsed.ok());
        const std::vector<std::string> keys{"pk", "sk"};
        const Status status = checkKeyAttributesNotUpdated(*parsed, keys);
        QVERIFY(!status.ok());
        QCOMPARE(QString::fromStdString(status.error().message()),
                 QString("One or more parameter values were invalid: Cannot update attribute pk. This attribute is part of the key"));
        auto other = parseUpdate("ADD sk :v", context);
        QCOMPARE(QString::fromStdString(checkKeyAttributesNotUpdated(*other, keys).error().message()),
                 QString("One or more parameter values were invalid: Cannot update attribute sk. This attribute is part of the key"));
        auto fine = parseUpdate("SET pk2 = :v", context);
        QVERIFY(checkKeyAttributesNotUpdated(*fine, keys).ok());
    }

    void application_data() {
        QTest::addColumn<QString>("old");
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("expected");
        const QString pk = R"("pk": {"S": "k"})";
        auto item = [&](const QString& rest) { return "{" + pk + (rest.isEmpty() ? "" : ", " + rest) + "}"; };
        const QString missingAttr = "ERR The provided expression refers to an attribute that does not exist in the item";
        const QString badType = "ERR An operand in the update expression has an incorrect data type";
        const QString badPath = "ERR The document path provided in the update expression is invalid for update";

        QTest::newRow("SET new attribute") << item(R"("a": {"S": "x"})") << "SET b = :v" << item(R"("a": {"S": "x"}, "b": {"N": "1"})");
        QTest::newRow("SET replaces") << item(R"("a": {"S": "x"})") << "SET a = :m" << item(R"("a": {"M": {"k": {"S": "v"}}})");
        QTest::newRow("upsert on missing item") << "" << "SET b = :v" << item(R"("b": {"N": "1"})");
        QTest::newRow("copy attribute") << item(R"("a": {"S": "x"})") << "SET b = a" << item(R"("a": {"S": "x"}, "b": {"S": "x"})");
        QTest::newRow("copy missing") << item(R"("a": {"S": "x"})") << "SET b = z" << missingAttr;
        QTest::newRow("copy on missing item") << "" << "SET b = z" << missingAttr;
        QTest::newRow("reads the old item") << item("") << "SET x = :v, y = x" << missingAttr;
        QTest::newRow("SET z = z") << item(R"("z": {"N": "3"})") << "SET z = z" << item(R"("z": {"N": "3"})");
        QTest::newRow("REMOVE then copy old") << item(R"("a": {"S": "x"})") << "REMOVE a SET b = a" << item(R"("b": {"S": "x"})");
        QTest::newRow("increment") << item(R"("n": {"N": "2"})") << "SET n = n + :v" << item(R"("n": {"N": "3"})");
        QTest::newRow("value first") << item(R"("n": {"N": "2"})") << "SET m = :seven - n" << item(R"("m": {"N": "5"}, "n": {"N": "2"})");
        QTest::newRow("decimal arithmetic") << item(R"("n": {"N": "0.2"})") << "SET n = n + :frac" << item(R"("n": {"N": "0.3"})");
        QTest::newRow("negative result") << item(R"("n": {"N": "0.05"})") << "SET n = n - :v" << item(R"("n": {"N": "-0.95"})");
        QTest::newRow("overflow") << item("") << "SET n = :big + :big"
                                  << "ERR Number overflow. Attempting to store a number with magnitude larger than supported range";
        // 1e50 + 1 needs 39 digits; DynamoDB calls that an overflow too.
        QTest::newRow("imprecise sum") << item(R"("n": {"N": "1e50"})") << "SET n = n + :v"
                                       << "ERR Number overflow. Attempting to store a number with magnitude larger than supported range";
        QTest::newRow("imprecise ADD") << item(R"("n": {"N": "-1e50"})") << "ADD n :v"
                                       << "ERR Number overflow. Attempting to store a number with magnitude larger than supported range";
        QTest::newRow("increment a string") << item(R"("n": {"S": "2"})") << "SET n = n + :v" << badType;
        QTest::newRow("increment missing") << item("") << "SET n = n + :v" << missingAttr;
        QTest::newRow("if_not_exists missing") << item("") << "SET n = if_not_exists(n, :seven)" << item(R"("n": {"N": "7"})");
        QTest::newRow("if_not_exists present") << item(R"("n": {"N": "2"})") << "SET n = if_not_exists(n, :seven)" << item(R"("n": {"N": "2"})");
        QTest::newRow("counter idiom") << item("") << "SET n = if_not_exists(n, :v) + :two" << item(R"("n": {"N": "3"})");
        QTest::newRow("list_append") << item(R"("l": {"L": [{"N": "0"}]})") << "SET l = list_append(l, :l)"
                                     << item(R"("l": {"L": [{"N": "0"}, {"N": "1"}, {"S": "x"}]})");
        QTest::newRow("prepend") << item(R"("l": {"L": [{"N": "0"}]})") << "SET l = list_append(:l, l)"
                                 << item(R"("l": {"L": [{"N": "1"}, {"S": "x"}, {"N": "0"}]})");
        QTest::newRow("append to missing list") << item("") << "SET l = list_append(l, :l)" << missingAttr;
        QTest::newRow("append idiom") << item("") << "SET l = list_append(if_not_exists(l, :e), :l)"
                                      << item(R"("l": {"L": [{"N": "1"}, {"S": "x"}]})");
        QTest::newRow("append to a string") << item(R"("l": {"S": "x"})") << "SET l = list_append(l, :l)" << badType;
        QTest::newRow("nested SET") << item(R"("a": {"M": {"b": {"N": "3"}}})") << "SET a.c = :v, a.b = :two"
                                    << item(R"("a": {"M": {"b": {"N": "2"}, "c": {"N": "1"}}})");
        QTest::newRow("deep SET") << item(R"("a": {"M": {"c": {"L": [{"S": "hi"}, {"M": {"x": {"L": [{"N": "3"}, {"N": "5"}]}}}]}}})")
                                  << "SET a.c[1].x[1] = :seven"
                                  << item(R"("a": {"M": {"c": {"L": [{"S": "hi"}, {"M": {"x": {"L": [{"N": "3"}, {"N": "7"}]}}}]}}})");
        QTest::newRow("SET into a string") << item(R"("a": {"S": "x"})") << "SET a.c = :v" << badPath;
        QTest::newRow("SET into a list by name") << item(R"("a": {"L": []})") << "SET a.c = :v" << badPath;
        QTest::newRow("SET into missing parent") << item("") << "SET a.b.c = :v" << badPath;
        QTest::newRow("SET into missing item") << "" << "SET c.c = :v" << badPath;
        QTest::newRow("SET index of a string") << item(R"("a": {"S": "x"})") << "SET a[0] = :v" << badPath;
        QTest::newRow("SET list element") << item(R"("l": {"L": [{"S": "one"}, {"S": "two"}, {"S": "three"}]})") << "SET l[1] = :s"
                                          << item(R"("l": {"L": [{"S": "one"}, {"S": "hello"}, {"S": "three"}]})");
        QTest::newRow("SET past the end appends") << item(R"("l": {"L": [{"S": "one"}]})") << "SET l[7] = :s"
                                                  << item(R"("l": {"L": [{"S": "one"}, {"S": "hello"}]})");
        QTest::newRow("appends in index order") << item(R"("l": {"L": []})") << "SET l[84] = :v, l[37] = :two, l[50] = :seven"
                                                << item(R"("l": {"L": [{"N": "2"}, {"N": "7"}, {"N": "1"}]})");
        QTest::newRow("REMOVE") << item(R"("a": {"S": "x"}, "b": {"S": "y"})") << "REMOVE a" << item(R"("b": {"S": "y"})");
        QTest::newRow("REMOVE missing is a no-op") << item(R"("b": {"S": "y"})") << "REMOVE c" << item(R"("b": {"S": "y"})");
        QTest::newRow("REMOVE nested") << item(R"("a": {"M": {"b": {"N": "1"}, "c": {"N": "2"}}})") << "REMOVE a.b"
                                       << item(R"("a": {"M": {"c": {"N": "2"}}})");
        QTest::newRow("REMOVE last key leaves empty map") << item(R"("a": {"M": {"b": {"N": "1"}}})") << "REMOVE a.b" << item(R"("a": {"M": {}})");
        QTest::newRow("REMOVE missing key") << item(R"("a": {"M": {"x": {"N": "3"}}})") << "REMOVE a.y" << item(R"("a": {"M": {"x": {"N": "3"}}})");
        QTest::newRow("REMOVE list element shifts") << item(R"("l": {"L": [{"S": "a"}, {"S": "b"}, {"S": "c"}]})") << "REMOVE l[1]"
                                                    << item(R"("l": {"L": [{"S": "a"}, {"S": "c"}]})");
        QTest::newRow("REMOVE only element") << item(R"("l": {"L": [{"N": "1"}]})") << "REMOVE l[0]" << item(R"("l": {"L": []})");
        QTest::newRow("REMOVE past the end") << item(R"("l": {"L": [{"N": "1"}]})") << "REMOVE l[17]" << item(R"("l": {"L": [{"N": "1"}]})");
        QTest::newRow("indexes refer to the old list")
            << item(R"("l": {"L": [{"N": "2"}, {"N": "3"}, {"N": "4"}, {"N": "5"}, {"N": "6"}, {"N": "7"}]})")
            << "REMOVE l[1] SET l[3] = :seven"
            << item(R"("l": {"L": [{"N": "2"}, {"N": "4"}, {"N": "7"}, {"N": "6"}, {"N": "7"}]})");
        QTest::newRow("several removals") << item(R"("l": {"L": [{"N": "0"}, {"N": "1"}, {"N": "2"}, {"N": "3"}]})") << "REMOVE l[0], l[2]"
                                          << item(R"("l": {"L": [{"N": "1"}, {"N": "3"}]})");
        QTest::newRow("REMOVE into a string") << item(R"("a": {"S": "x"})") << "REMOVE a.c" << badPath;
        QTest::newRow("REMOVE under missing parent") << item("") << "REMOVE c.c" << badPath;
        QTest::newRow("REMOVE under missing parent of a missing item") << "" << "REMOVE x.y, w[0]" << item("");
        QTest::newRow("REMOVE index of a string") << item(R"("a": {"S": "x"})") << "REMOVE a[0]" << badPath;
        QTest::newRow("ADD number") << item(R"("n": {"N": "3"})") << "ADD n :seven" << item(R"("n": {"N": "10"})");
        QTest::newRow("ADD new number") << item("") << "ADD n :seven" << item(R"("n": {"N": "7"})");
        QTest::newRow("ADD on missing item") << "" << "ADD n :v" << item(R"("n": {"N": "1"})");
        QTest::newRow("ADD to a string") << item(R"("n": {"S": "3"})") << "ADD n :v" << badType;
        QTest::newRow("ADD set union") << item(R"("s": {"SS": ["cat", "mouse"]})") << "ADD s :ss2"
                                       << item(R"("s": {"SS": ["cat", "dog", "mouse", "pig"]})");
        QTest::newRow("ADD new set") << item("") << "ADD s :ss" << item(R"("s": {"SS": ["cat", "dog"]})");
        QTest::newRow("ADD set of another type") << item(R"("s": {"SS": ["cat"]})") << "ADD s :ns" << badType;
        QTest::newRow("ADD set to a number") << item(R"("s": {"N": "1"})") << "ADD s :ss" << badType;
        QTest::newRow("ADD set to a list") << item(R"("s": {"L": []})") << "ADD s :ss" << badType;
        QTest::newRow("ADD nested") << item(R"("m": {"M": {}})") << "ADD m.n :v" << item(R"("m": {"M": {"n": {"N": "1"}}})");
        QTest::newRow("ADD under missing parent") << item("") << "ADD m.n :v" << badPath;
        QTest::newRow("ADD overflow") << item(R"("n": {"N": "9.9999999999999999999999999999999999999E+125"})") << "ADD n :big"
                                      << "ERR Number overflow. Attempting to store a number with magnitude larger than supported range";
        QTest::newRow("DELETE members") << item(R"("s": {"SS": ["cat", "dog", "mouse"]})") << "DELETE s :ss"
                                        << item(R"("s": {"SS": ["mouse"]})");
        QTest::newRow("DELETE absent member") << item(R"("s": {"SS": ["mouse"]})") << "DELETE s :ss" << item(R"("s": {"SS": ["mouse"]})");
        QTest::newRow("DELETE last members") << item(R"("s": {"SS": ["cat", "dog"]})") << "DELETE s :ss" << item("");
        QTest::newRow("DELETE from missing") << item("") << "DELETE s :ss" << item("");
        QTest::newRow("DELETE number set") << item(R"("s": {"NS": ["5", "6"]})") << "DELETE s :ns" << item(R"("s": {"NS": ["6"]})");
        QTest::newRow("DELETE other set type") << item(R"("s": {"SS": ["5"]})") << "DELETE s :ns" << badType;
        QTest::newRow("type error before missing read") << item(R"("n": {"S": "x"})") << "SET a = z, b = n + :v" << badType;
        QTest::newRow("bad path before missing read, last clause first") << item("") << "SET a = z REMOVE c.d" << badPath;
        QTest::newRow("wrong parent type before type error") << item(R"("s": {"S": "x"}, "n": {"S": "y"})")
                                                             << "SET b = n + :v, s.x = :v" << badPath;
        QTest::newRow("missing read before overflow") << item("") << "SET a = :big + :big, b = z" << missingAttr;
    }
    void application() {
        QFETCH(QString, old);
        QFETCH(QString, expression);
        QFETCH(QString, expected);
        const QString actual = apply(old, expression.toUtf8().constData());
        if (expected.startsWith("ERR") || expected.startsWith("PARSE"))
            QCOMPARE(actual, expected);
        else
            QCOMPARE(actual, normalized(expected));
    }

    void updatedPaths() {
        const AttributeMap values = fromJson(kValues);
        ExpressionContext context(nullptr, &values);
        auto parsed = parseUpdate("SET a.b = :v, a.c = :two REMOVE z", context);
        QVERIFY(parsed.ok());
        const Item old = fromJson(R"({"pk": {"S": "k"}, "a": {"M": {"existing": {"S": "e"}, "b": {"N": "0"}}}, "z": {"N": "9"}})");
        auto outcome = applyUpdate(*parsed, old, true);
        QVERIFY(outcome.ok());
        QCOMPARE(outcome->updatedPaths.size(), std::size_t(3));
        // UPDATED_NEW: every written subpath; UPDATED_OLD: what they held.
        QCOMPARE(QString::fromStdString(toJson(projectPaths(outcome->item, outcome->updatedPaths)).dump()),
                 normalized(R"({"a": {"M": {"b": {"N": "1"}, "c": {"N": "2"}}}})"));
        QCOMPARE(QString::fromStdString(toJson(projectPaths(old, outcome->updatedPaths)).dump()),
                 normalized(R"({"a": {"M": {"b": {"N": "0"}}}, "z": {"N": "9"}})"));
    }
};

QTEST_APPLESS_MAIN(TestExprUpdate)
#include "tst_expr_update.moc"
