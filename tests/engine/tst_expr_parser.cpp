// Tests for engine/src/expr/lexer.cpp and parser.cpp (plus the reserved-word
// list): tokens, DynamoDB's syntax-error form with its "near" context,
// precedence, parentheses, and the size/emptiness/operator-count checks that
// run around parsing.
#include "expr/expressions.h"
#include "expr/lexer.h"
#include "expr/parser.h"
#include "expr/reserved_words.h"

#include <QTest>

using namespace shardscope::engine;
using namespace shardscope::engine::expr;

namespace {

// Renders a condition tree as an S-expression: (OR (= a :v) (NOT ...)).
std::string render(const Node& node) {
    switch (node.kind) {
    case NodeKind::Path: {
        std::string out;
        for (const PathElement& e : node.path.elements) {
            if (e.isIndex())
                out += "[" + e.name + "]";
            else
                out += (out.empty() ? "" : ".") + e.name;
        }
        return out;
    }
    case NodeKind::Value: return node.text;
    default: break;
    }
    std::string head;
    switch (node.kind) {
    case NodeKind::Or: head = "OR"; break;
    case NodeKind::And: head = "AND"; break;
    case NodeKind::Not: head = "NOT"; break;
    case NodeKind::Compare: head = std::string(compareOpText(node.op)); break;
    case NodeKind::Between: head = "BETWEEN"; break;
    case NodeKind::In: head = "IN"; break;
    case NodeKind::Call: head = node.text; break;
    case NodeKind::Arith: head = std::string(1, node.arith); break;
    default: break;
    }
    std::string out = "(" + head;
    for (const Node& child : node.children) out += " " + render(child);
    return out + ")";
}

QString parseTree(const char* text) {
    Parser parser(text, ExpressionKind::Condition);
    auto root = parser.parseCondition();
    if (!root.ok()) return QString::fromStdString("ERR " + root.error().message());
    return QString::fromStdString(render(*root));
}

QString conditionError(const char* text, ExpressionKind kind = ExpressionKind::Condition) {
    NameMap names{{"#n", "name"}};
    AttributeMap values;
    values.set(":v", AttributeValue::number("1"));
    ExpressionContext context(&names, &values);
    auto parsed = parseCondition(text, kind, context);
    return parsed.ok() ? QString("OK") : QString::fromStdString(parsed.error().message());
}

QString updateError(const char* text) {
    AttributeMap values;
    values.set(":v", AttributeValue::number("1"));
    values.set(":s", AttributeValue::set(AttributeType::SS, {"x"}));
    ExpressionContext context(nullptr, &values);
    auto parsed = parseUpdate(text, context);
    return parsed.ok() ? QString("OK") : QString::fromStdString(parsed.error().message());
}

QString projectionError(const char* text) {
    ExpressionContext context;
    auto parsed = parseProjection(text, context);
    return parsed.ok() ? QString("OK") : QString::fromStdString(parsed.error().message());
}

}  // namespace

class TestExprParser : public QObject {
    Q_OBJECT

private slots:
    void reservedWordsAreTheGuidesList() {
        QCOMPARE(reservedWordCount(), std::size_t(573));
        QVERIFY(isReservedWord("name"));
        QVERIFY(isReservedWord("STATUS"));
        QVERIFY(isReservedWord("Data"));
        QVERIFY(isReservedWord("ttl"));
        QVERIFY(isReservedWord("ABORT"));
        QVERIFY(isReservedWord("ZONE"));
        QVERIFY(isReservedWord("flattern"));
        QVERIFY(!isReservedWord("pk"));
        QVERIFY(!isReservedWord("names_"));
        QVERIFY(!isReservedWord(""));
    }

    void tokens_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("kinds");
        QTest::newRow("names and keywords") << "a AnD #b oR :c" << "id and #name or :value eof";
        QTest::newRow("two-char operators") << "<><=>=< > =" << "<> <= >= < > = eof";
        QTest::newRow("integers") << "007 120" << "int int int int eof";
        QTest::newRow("underscore starts nothing") << "_a" << "bad id eof";
        QTest::newRow("bare sigils") << "# :" << "bad bad eof";
        QTest::newRow("utf8 is one bad token") << "\xC3\xA9x" << "bad id eof";
        QTest::newRow("punctuation") << "()[],.+-" << "( ) [ ] , . + - eof";
    }
    void tokens() {
        QFETCH(QString, text);
        QFETCH(QString, kinds);
        const std::string source = text.toStdString();
        QStringList out;
        for (const Token& t : Lexer::tokenize(source)) {
            switch (t.kind) {
            case TokenKind::Identifier: out << "id"; break;
            case TokenKind::NamePlaceholder: out << "#name"; break;
            case TokenKind::ValuePlaceholder: out << ":value"; break;
            case TokenKind::Integer: out << "int"; break;
            case TokenKind::KwAnd: out << "and"; break;
            case TokenKind::KwOr: out << "or"; break;
            case TokenKind::Eq: out << "="; break;
            case TokenKind::Ne: out << "<>"; break;
            case TokenKind::Lt: out << "<"; break;
            case TokenKind::Le: out << "<="; break;
            case TokenKind::Gt: out << ">"; break;
            case TokenKind::Ge: out << ">="; break;
            case TokenKind::LParen: out << "("; break;
            case TokenKind::RParen: out << ")"; break;
            case TokenKind::LBracket: out << "["; break;
            case TokenKind::RBracket: out << "]"; break;
            case TokenKind::Comma: out << ","; break;
            case TokenKind::Dot: out << "."; break;
            case TokenKind::Plus: out << "+"; break;
            case TokenKind::Minus: out << "-"; break;
            case TokenKind::Bad: out << "bad"; break;
            case TokenKind::Eof: out << "eof"; break;
            default: out << "kw"; break;
            }
        }
        QCOMPARE(out.join(' '), kinds);
    }

    void precedence_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("tree");
        QTest::newRow("AND binds tighter than OR") << "a = :v OR b = :v AND c = :v" << "(OR (= a :v) (AND (= b :v) (= c :v)))";
        QTest::newRow("left-assoc OR") << "a = :v OR b = :v OR c = :v" << "(OR (OR (= a :v) (= b :v)) (= c :v))";
        QTest::newRow("NOT binds tighter than AND") << "NOT a < b AND c < b" << "(AND (NOT (< a b)) (< c b))";
        QTest::newRow("NOT NOT") << "NOT NOT a = b" << "(NOT (NOT (= a b)))";
        QTest::newRow("parentheses") << "(a = :v OR b = :v) AND c = :v" << "(AND (OR (= a :v) (= b :v)) (= c :v))";
        QTest::newRow("BETWEEN takes its AND") << "b BETWEEN a AND c AND a < b" << "(AND (BETWEEN b a c) (< a b))";
        QTest::newRow("IN list") << "a IN (:x, b, :y)" << "(IN a :x b :y)";
        QTest::newRow("keywords any case") << "a between :x aNd :y or NoT c in (:z)"
                                           << "(OR (BETWEEN a :x :y) (NOT (IN c :z)))";
        QTest::newRow("functions and size") << "attribute_exists(a.b[2]) AND size(c) > :v"
                                            << "(AND (attribute_exists a.b[2]) (> (size c) :v))";
        QTest::newRow("parenthesised operand") << "(a) = (:v)" << "(= a :v)";
        QTest::newRow("parenthesised function compared") << "(size(a)) >= :v" << "(>= (size a) :v)";
        QTest::newRow("whitespace everywhere") << " \ta\n=\r:v " << "(= a :v)";
        QTest::newRow("placeholder path") << "#a.#b[0].c <> :v" << "(<> #a.#b[0].c :v)";
        QTest::newRow("nested function args") << "contains(a, size(b))" << "(contains a (size b))";
    }
    void precedence() {
        QFETCH(QString, text);
        QFETCH(QString, tree);
        QCOMPARE(parseTree(text.toUtf8().constData()), tree);
    }

    void syntaxErrors_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        const QString p = "Invalid ConditionExpression: Syntax error; ";
        QTest::newRow("bare path") << "foo" << p + "token: \"<EOF>\", near: \"foo\"";
        QTest::newRow("double equals") << "a = = b" << p + "token: \"=\", near: \"= = b\"";
        QTest::newRow("not-equals C style") << "a != :v" << p + "token: \"!\", near: \"a !=\"";
        QTest::newRow("missing operand") << "a < " << p + "token: \"<EOF>\", near: \"< \"";
        QTest::newRow("underscore name") << "x = :v AND __typename = :v" << p + "token: \"_\", near: \"AND __\"";
        QTest::newRow("arithmetic in condition") << "a + :v = b" << p + "token: \"+\", near: \"a + :v\"";
        QTest::newRow("empty IN") << "a IN ()" << p + "token: \")\", near: \"(\x29\"";
        QTest::newRow("value as index") << "a[:v] = b" << p + "token: \":v\", near: \"[:v]\"";
        QTest::newRow("leading zero index") << "a[01] = b" << p + "token: \"1\", near: \"01]\"";
        QTest::newRow("parenthesised bare path") << "(a)" << p + "token: \"<EOF>\", near: \")\"";
        QTest::newRow("operand with AND") << "(a AND b = :v)" << p + "token: \"AND\", near: \"a AND b\"";
        QTest::newRow("NOT of operand") << "(NOT a)" << p + "token: \")\", near: \"a)\"";
        QTest::newRow("keyword as name") << "and = :v" << p + "token: \"and\", near: \"and =\"";
        QTest::newRow("trailing token") << "a = :v b" << p + "token: \"b\", near: \":v b\"";
        QTest::newRow("hash alone") << "# = :v" << p + "token: \"#\", near: \"# =\"";
        QTest::newRow("whitespace only") << "   " << p + "token: \"<EOF>\", near: \"   \"";
        QTest::newRow("unclosed paren") << "(a = :v" << p + "token: \"<EOF>\", near: \":v\"";
        QTest::newRow("BETWEEN without AND") << "a BETWEEN :v OR :v" << p + "token: \"OR\", near: \":v OR :v\"";
        QTest::newRow("multibyte bad token") << "a = \xC3\xA9" << p + "token: \"\xC3\xA9\", near: \"= \xC3\xA9\"";
    }
    void syntaxErrors() {
        QFETCH(QString, text);
        QFETCH(QString, message);
        QCOMPARE(conditionError(text.toUtf8().constData()), message);
    }

    void redundantParentheses_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("result");
        const QString redundant = "Invalid ConditionExpression: The expression has redundant parentheses;";
        QTest::newRow("double around condition") << "((a = :v))" << redundant;
        QTest::newRow("double around operand") << "((a)) = :v" << redundant;
        QTest::newRow("double around function") << "((attribute_exists(a)))" << redundant;
        QTest::newRow("double around argument") << "size(((a))) = :v" << redundant;
        QTest::newRow("inner double") << "((a = :v) AND ((b = :v)))" << redundant;
        QTest::newRow("single levels are fine") << "((a = :v) AND (b = :v))" << "OK";
        QTest::newRow("redundant before later syntax error") << "((a = :v)) AND b = = c" << redundant;
        QTest::newRow("syntax error before later redundancy") << "a = = b AND ((c = :v))"
                                                              << "Invalid ConditionExpression: Syntax error; token: \"=\", near: \"= = b\"";
    }
    void redundantParentheses() {
        QFETCH(QString, text);
        QFETCH(QString, result);
        QCOMPARE(conditionError(text.toUtf8().constData()), result);
    }

    void emptyAndSize() {
        QCOMPARE(conditionError(""), QString("Invalid ConditionExpression: The expression can not be empty;"));
        QCOMPARE(conditionError("", ExpressionKind::Filter), QString("Invalid FilterExpression: The expression can not be empty;"));
        QCOMPARE(updateError(""), QString("Invalid UpdateExpression: The expression can not be empty;"));
        QCOMPARE(projectionError(""), QString("Invalid ProjectionExpression: The expression can not be empty;"));

        // 4096 bytes is accepted, 4097 is not; the raw text counts.
        std::string atLimit = std::string(4091, 'x') + " = :v";
        QCOMPARE(atLimit.size(), std::size_t(4096));
        QCOMPARE(conditionError(atLimit.c_str()), QString("OK"));
        const std::string over = atLimit + " ";
        QCOMPARE(conditionError(over.c_str()),
                 QString("Invalid ConditionExpression: Expression size has exceeded the maximum allowed size; "
                         "expression size: 4097"));
        std::string update = "SET ";
        for (int i = 0; update.size() < 4100; ++i) update += "a" + std::to_string(i) + " = :v, ";
        QCOMPARE(updateError(update.c_str()),
                 QString("Invalid UpdateExpression: Expression size has exceeded the maximum allowed size;"));
    }

    void operatorLimit() {
        // 150 comparisons joined by 149 ANDs: 299 operators; one more pair: 301.
        std::string text = "a = :v";
        for (int i = 1; i < 150; ++i) text += " AND a = :v";
        QCOMPARE(conditionError(text.c_str()), QString("OK"));
        text += " AND a = :v";
        QCOMPARE(conditionError(text.c_str()),
                 QString("Invalid ConditionExpression: The expression contains too many operators; operator count: 301"));
    }

    void updateSyntax_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("result");
        const QString p = "Invalid UpdateExpression: Syntax error; ";
        QTest::newRow("ok") << "SET a = :v, b = a + :v REMOVE c[1] ADD d :v DELETE e :s" << "OK";
        QTest::newRow("keywords any case") << "sEt a = :v remove b" << "OK";
        QTest::newRow("unknown clause") << "INVALID SYNTAX HERE" << p + "token: \"INVALID\", near: \"INVALID SYNTAX\"";
        QTest::newRow("literal number") << "SET MyStr = myNum + 1" << p + "token: \"1\", near: \"+ 1\"";
        QTest::newRow("dangling plus") << "SET a = b +" << p + "token: \"<EOF>\", near: \"+\"";
        QTest::newRow("division") << "SET numx = numx / :v" << p + "token: \"/\", near: \"numx / :v\"";
        QTest::newRow("three operands") << "SET b = :v + :v + :v" << p + "token: \"+\", near: \":v + :v\"";
        QTest::newRow("missing comma") << "SET a = :v b = :v" << p + "token: \"b\", near: \":v b =\"";
        QTest::newRow("value on the left") << "SET :v = :v" << p + "token: \":v\", near: \"SET :v =\"";
        QTest::newRow("underscore name") << "SET _123 = :v" << p + "token: \"_\", near: \"SET _123\"";
        QTest::newRow("plus inside function") << "SET c = if_not_exists(c, :v+:v)" << p + "token: \"+\", near: \":v+:v\"";
        QTest::newRow("ADD needs a value") << "ADD a b" << p + "token: \"b\", near: \"a b\"";
        QTest::newRow("keyword only") << "SET" << p + "token: \"<EOF>\", near: \"SET\"";
        QTest::newRow("name reference as index") << "SET a[#xyz] = :v" << p + "token: \"#xyz\", near: \"[#xyz]\"";
    }
    void updateSyntax() {
        QFETCH(QString, text);
        QFETCH(QString, result);
        QCOMPARE(updateError(text.toUtf8().constData()), result);
    }

    void projectionSyntax_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("result");
        const QString p = "Invalid ProjectionExpression: Syntax error; ";
        QTest::newRow("ok") << "a, b.c, d[3].e" << "OK";
        QTest::newRow("parentheses") << "(a1)" << p + "token: \"(\", near: \"(a1\"";
        QTest::newRow("trailing comma") << "a," << p + "token: \"<EOF>\", near: \",\"";
        QTest::newRow("letter index") << "l[a]" << p + "token: \"a\", near: \"[a]\"";
        QTest::newRow("empty index") << "l[]" << p + "token: \"]\", near: \"[]\"";
    }
    void projectionSyntax() {
        QFETCH(QString, text);
        QFETCH(QString, result);
        QCOMPARE(projectionError(text.toUtf8().constData()), result);
    }
};

QTEST_APPLESS_MAIN(TestExprParser)
#include "tst_expr_parser.moc"
