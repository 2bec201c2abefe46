// Tests for engine/src/expr/projector.cpp and ProjectionExpression parsing:
// validation errors (reserved words, placeholders, overlaps, depth) and the
// pruning of items (maps keep selected keys, lists are compacted).
#include "expr/expressions.h"
#include "shardscope/engine/json_codec.h"

#include <QTest>

using namespace shardscope::engine;
using namespace shardscope::engine::expr;

namespace {

AttributeMap fromJson(const QString& json) {
    auto item = itemFromJson(nlohmann::json::parse(json.toStdString()));
    if (!item.ok()) qFatal("bad test JSON: %s", item.error().message().c_str());
    return *item;
}

QString normalized(const QString& json) { return QString::fromStdString(nlohmann::json::parse(json.toStdString()).dump()); }

constexpr const char* kItem = R"({
    "pk": {"S": "p"}, "a": {"N": "1"}, "b": {"S": "x"}, "dotted.name": {"S": "d"},
    "m": {"M": {"x": {"N": "1"}, "y": {"M": {"z": {"N": "2"}, "w": {"N": "3"}}}, "l": {"L": [{"N": "7"}]}}},
    "l": {"L": [{"S": "zero"}, {"M": {"k": {"S": "one"}, "j": {"S": "uno"}}}, {"S": "two"}, {"L": [{"N": "30"}, {"N": "31"}]}]}
})";

QString projectText(const char* expression) {
    NameMap names{{"#d", "dotted.name"}, {"#m", "m"}, {"#st", "status"}};
    ExpressionContext context(&names, nullptr);
    auto parsed = parseProjection(expression, context);
    if (!parsed.ok()) return "ERR " + QString::fromStdString(parsed.error().message());
    return QString::fromStdString(toJson(project(*parsed, fromJson(kItem))).dump());
}

const QString kPrefix = "ERR Invalid ProjectionExpression: ";

}  // namespace

class TestExprProjection : public QObject {
    Q_OBJECT

private slots:
    void projections_data() {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("expected");
        QTest::newRow("top level") << "a, b" << R"({"a": {"N": "1"}, "b": {"S": "x"}})";
        QTest::newRow("missing attributes are skipped") << "a, nothing" << R"({"a": {"N": "1"}})";
        QTest::newRow("nothing selected") << "nothing" << "{}";
        QTest::newRow("placeholder with a dot") << "#d" << R"({"dotted.name": {"S": "d"}})";
        QTest::newRow("literal dotted path is nested") << "dotted.nom" << "{}";
        QTest::newRow("map keeps selected keys") << "m.x, m.y.z" << R"({"m": {"M": {"x": {"N": "1"}, "y": {"M": {"z": {"N": "2"}}}}}})";
        QTest::newRow("whole sub-document") << "#m.y" << R"({"m": {"M": {"y": {"M": {"z": {"N": "2"}, "w": {"N": "3"}}}}}})";
        QTest::newRow("list elements are compacted") << "l[2], l[0]" << R"({"l": {"L": [{"S": "zero"}, {"S": "two"}]}})";
        QTest::newRow("inside list elements") << "l[1].k, l[3][1]" << R"({"l": {"L": [{"M": {"k": {"S": "one"}}}, {"L": [{"N": "31"}]}]}})";
        QTest::newRow("index past the end") << "l[9]" << "{}";
        QTest::newRow("map with no selected keys is dropped") << "m.nope, a" << R"({"a": {"N": "1"}})";
        QTest::newRow("name into a list") << "l.k" << "{}";
        QTest::newRow("index into a map") << "m[0]" << "{}";
        QTest::newRow("step into a scalar") << "a.b, b[0]" << "{}";
        QTest::newRow("escaped reserved word") << "#st" << "{}";
        QTest::newRow("reserved word") << "status" << kPrefix + "Attribute name is a reserved keyword; reserved keyword: status";
        QTest::newRow("undefined name") << "#zz" << kPrefix + "An expression attribute name used in the document path is not defined; attribute name: #zz";
        QTest::newRow("same path") << "a, a"
                                   << kPrefix + "Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a], path two: [a]";
        QTest::newRow("parent and child") << "m.y, #m"
                                          << kPrefix + "Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [m, y], path two: [m]";
        QTest::newRow("map and list") << "l[1], l.k"
                                      << kPrefix + "Two document paths conflict with each other; must remove or rewrite one of these paths; path one: [l, [1]], path two: [l, k]";
        QTest::newRow("index range") << "l[99999999999]" << kPrefix + "List index is not within the allowable range; index: [99999999999]";
        QTest::newRow("reserved before undefined") << "#zz, status"
                                                   << kPrefix + "Attribute name is a reserved keyword; reserved keyword: status";
    }
    void projections() {
        QFETCH(QString, expression);
        QFETCH(QString, expected);
        const QString actual = projectText(expression.toUtf8().constData());
        QCOMPARE(actual, expected.startsWith("ERR") ? expected : normalized(expected));
    }

    void depthLimit() {
        std::string path = "m";
        for (int i = 1; i < 33; ++i) path += ".x";
        QCOMPARE(projectText(path.c_str()),
                 kPrefix + "The document path has too many nesting levels; nesting levels: 33");
    }

    void marksNamesUsed() {
        NameMap names{{"#a", "a"}, {"#b", "b"}};
        ExpressionContext context(&names, nullptr);
        QVERIFY(parseProjection("#a", context).ok());
        QCOMPARE(QString::fromStdString(context.checkAllUsed().error().message()),
                 QString("Value provided in ExpressionAttributeNames unused in expressions: keys: {#b}"));
    }
};

QTEST_APPLESS_MAIN(TestExprProjection)
#include "tst_expr_projection.moc"
