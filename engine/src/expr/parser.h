// Parser: recursive descent over Lexer tokens for every expression kind.
//
// parseCondition() reads ConditionExpression / FilterExpression /
// KeyConditionExpression text (they share one grammar), parseUpdate() an
// UpdateExpression, parseProjection() a ProjectionExpression. Precedence, high
// to low: comparisons, BETWEEN, IN, functions, parentheses, NOT, AND, OR; so
// "a OR b AND c" is "a OR (b AND c)" and "NOT a AND b" is "(NOT a) AND b".
//
// Only syntax is checked here. A syntax error is reported as DynamoDB does:
// `Syntax error; token: "<tok>", near: "<text from the previous token to the
// next one>"`, with "<EOF>" for the end. Two parentheses straight around the
// same thing give "The expression has redundant parentheses;" as soon as the
// outer one closes. Function names, placeholders, reserved words and types
// are left to the Checker. Every error carries the expression's prefix
// ("Invalid UpdateExpression: ").
//
// Thread-safety: a Parser is single-use and single-threaded.
#pragma once

#include "expr/ast.h"
#include "expr/lexer.h"
#include "shardscope/engine/result.h"

#include <string_view>
#include <vector>

namespace shardscope::engine::expr {

class Parser {
public:
    Parser(std::string_view text, ExpressionKind kind);

    // The text must not be empty (callers report that case themselves).
    Result<Node> parseCondition();
    Result<std::vector<UpdateAction>> parseUpdate();
    Result<std::vector<DocumentPath>> parseProjection();

private:
    const Token& peek(std::size_t ahead = 0) const;
    TokenKind peekKind(std::size_t ahead = 0) const { return peek(ahead).kind; }
    std::string_view tokenText(const Token& token) const;
    bool accept(TokenKind kind);
    bool expect(TokenKind kind);
    bool failHere();
    bool failRedundant();
    bool atComparisonStart() const;

    bool parseOr(Node& out);
    bool parseAnd(Node& out);
    bool parseNot(Node& out);
    bool parsePrimary(Node& out);
    bool parseComparisonRest(Node left, Node& out);
    bool parseOperand(Node& out);
    bool parseCall(Node& out);
    bool parsePath(DocumentPath& out);
    bool parseSetAction(UpdateAction& out);

    std::string_view m_text;
    ExpressionKind m_kind;
    std::vector<Token> m_tokens;
    std::size_t m_pos = 0;
    int m_depth = 0;  // open parentheses around the current condition
    std::string m_error;
};

}  // namespace shardscope::engine::expr
