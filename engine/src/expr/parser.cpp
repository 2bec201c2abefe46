#include "expr/parser.h"

#include <utility>

namespace shardscope::engine::expr {
namespace {

bool isBareOperand(const Node& node) { return node.kind == NodeKind::Path || node.kind == NodeKind::Value; }

}  // namespace

Parser::Parser(std::string_view text, ExpressionKind kind)
    : m_text(text), m_kind(kind), m_tokens(Lexer::tokenize(text)) {}

const Token& Parser::peek(std::size_t ahead) const {
    const std::size_t at = m_pos + ahead;
    return at < m_tokens.size() ? m_tokens[at] : m_tokens.back();
}

std::string_view Parser::tokenText(const Token& token) const {
    if (token.kind == TokenKind::Eof) return "<EOF>";
    return m_text.substr(token.begin, token.end - token.begin);
}

bool Parser::accept(TokenKind kind) {
    if (peekKind() != kind) return false;
    ++m_pos;
    return true;
}

bool Parser::expect(TokenKind kind) { return accept(kind) || failHere(); }

// Reports the current token, quoting the text from the start of the previous
// token to the end of the next one, as DynamoDB does.
bool Parser::failHere() {
    if (!m_error.empty()) return false;
    const std::size_t at = std::min(m_pos, m_tokens.size() - 1);
    const Token& token = m_tokens[at];
    const std::size_t from = at > 0 ? m_tokens[at - 1].begin : 0;
    const std::size_t to = at + 1 < m_tokens.size() ? m_tokens[at + 1].end : token.end;
    m_error = "Syntax error; token: \"";
    m_error += tokenText(token);
    m_error += "\", near: \"";
    m_error += m_text.substr(from, to - from);
    m_error += '"';
    return false;
}

bool Parser::failRedundant() {
    if (m_error.empty()) m_error = "The expression has redundant parentheses;";
    return false;
}

bool Parser::atComparisonStart() const {
    switch (peekKind()) {
    case TokenKind::Eq:
    case TokenKind::Ne:
    case TokenKind::Lt:
    case TokenKind::Le:
    case TokenKind::Gt:
    case TokenKind::Ge:
    case TokenKind::KwBetween:
    case TokenKind::KwIn:
        return true;
    default:
        return false;
    }
}

Result<Node> Parser::parseCondition() {
    Node root;
    if (!parseOr(root) || (isBareOperand(root) && !failHere()) || !expect(TokenKind::Eof))
        return ApiError::validation(errorPrefix(m_kind) + m_error);
    root.parenthesized = false;
    return root;
}

// or := and (OR and)*
bool Parser::parseOr(Node& out) {
    if (!parseAnd(out)) return false;
    while (peekKind() == TokenKind::KwOr) {
        ++m_pos;
        Node right;
        if (!parseAnd(right)) return false;
        if (isBareOperand(right)) return failHere();
        Node node;
        node.kind = NodeKind::Or;
        node.children.reserve(2);
        node.children.push_back(std::move(out));
        node.children.push_back(std::move(right));
        out = std::move(node);
    }
    return true;
}

// and := not (AND not)*
bool Parser::parseAnd(Node& out) {
    if (!parseNot(out)) return false;
    while (peekKind() == TokenKind::KwAnd) {
        ++m_pos;
        Node right;
        if (!parseNot(right)) return false;
        if (isBareOperand(right)) return failHere();
        Node node;
        node.kind = NodeKind::And;
        node.children.reserve(2);
        node.children.push_back(std::move(out));
        node.children.push_back(std::move(right));
        out = std::move(node);
    }
    return true;
}

// not := NOT not | primary
bool Parser::parseNot(Node& out) {
    if (peekKind() != TokenKind::KwNot) return parsePrimary(out);
    ++m_pos;
    Node child;
    if (!parseNot(child)) return false;
    if (isBareOperand(child)) return failHere();
    out = Node();
    out.kind = NodeKind::Not;
    out.children.push_back(std::move(child));
    return true;
}

// primary := '(' or ')' [comparison-rest] | operand comparison-rest | function
//
// A parenthesised group may hold a bare operand ("(a) = :v"); such a bare
// path or value is only returned while inside parentheses and right before
// ')', so the enclosing group can decide what it is.
bool Parser::parsePrimary(Node& out) {
    if (peekKind() == TokenKind::LParen) {
        ++m_pos;
        ++m_depth;
        Node inner;
        if (!parseOr(inner) || !expect(TokenKind::RParen)) return false;
        --m_depth;
        if (inner.parenthesized) return failRedundant();
        inner.parenthesized = true;
        if (inner.isOperand()) {
            if (atComparisonStart()) return parseComparisonRest(std::move(inner), out);
            if (inner.kind == NodeKind::Call || (m_depth > 0 && peekKind() == TokenKind::RParen)) {
                out = std::move(inner);
                return true;
            }
            return failHere();
        }
        out = std::move(inner);
        return true;
    }
    Node operand;
    if (!parseOperand(operand)) return false;
    if (atComparisonStart()) return parseComparisonRest(std::move(operand), out);
    if (operand.kind == NodeKind::Call || (m_depth > 0 && peekKind() == TokenKind::RParen)) {
        out = std::move(operand);
        return true;
    }
    return failHere();
}

bool Parser::parseComparisonRest(Node left, Node& out) {
    Node node;
    const TokenKind kind = peekKind();
    ++m_pos;
    switch (kind) {
    case TokenKind::KwBetween: {
        node.kind = NodeKind::Between;
        node.children.resize(3);
        node.children[0] = std::move(left);
        if (!parseOperand(node.children[1]) || !expect(TokenKind::KwAnd) || !parseOperand(node.children[2]))
            return false;
        break;
    }
    case TokenKind::KwIn: {
        node.kind = NodeKind::In;
        node.children.push_back(std::move(left));
        if (!expect(TokenKind::LParen)) return false;
        do {
            Node member;
            if (!parseOperand(member)) return false;
            node.children.push_back(std::move(member));
        } while (accept(TokenKind::Comma));
        if (!expect(TokenKind::RParen)) return false;
        break;
    }
    default: {
        node.kind = NodeKind::Compare;
        switch (kind) {
        case TokenKind::Eq: node.op = CompareOp::Eq; break;
        case TokenKind::Ne: node.op = CompareOp::Ne; break;
        case TokenKind::Lt: node.op = CompareOp::Lt; break;
        case TokenKind::Le: node.op = CompareOp::Le; break;
        case TokenKind::Gt: node.op = CompareOp::Gt; break;
        default: node.op = CompareOp::Ge; break;
        }
        node.children.resize(2);
        node.children[0] = std::move(left);
        if (!parseOperand(node.children[1])) return false;
        break;
    }
    }
    out = std::move(node);
    return true;
}

// operand := :value | '(' operand ')' | name '(' operand {, operand} ')' | path
bool Parser::parseOperand(Node& out) {
    const Token& token = peek();
    switch (token.kind) {
    case TokenKind::ValuePlaceholder:
        out = Node();
        out.kind = NodeKind::Value;
        out.text = std::string(tokenText(token));
        ++m_pos;
        return true;
    case TokenKind::LParen: {
        ++m_pos;
        Node inner;
        if (!parseOperand(inner) || !expect(TokenKind::RParen)) return false;
        if (inner.parenthesized) return failRedundant();
        inner.parenthesized = true;
        out = std::move(inner);
        return true;
    }
    case TokenKind::Identifier:
        if (peekKind(1) == TokenKind::LParen) return parseCall(out);
        [[fallthrough]];
    case TokenKind::NamePlaceholder:
        out = Node();
        out.kind = NodeKind::Path;
        return parsePath(out.path);
    default:
        return failHere();
    }
}

bool Parser::parseCall(Node& out) {
    out = Node();
    out.kind = NodeKind::Call;
    out.text = std::string(tokenText(peek()));
    out.function = functionByName(out.text);
    m_pos += 2;  // name and '('
    do {
        Node argument;
        if (!parseOperand(argument)) return false;
        out.children.push_back(std::move(argument));
    } while (accept(TokenKind::Comma));
    return expect(TokenKind::RParen);
}

// path := (name | #name) ('.' (name | #name) | '[' integer ']')*
bool Parser::parsePath(DocumentPath& out) {
    out.elements.clear();
    const Token& first = peek();
    if (first.kind != TokenKind::Identifier && first.kind != TokenKind::NamePlaceholder) return failHere();
    out.elements.push_back({std::string(tokenText(first)), -1, first.kind == TokenKind::NamePlaceholder});
    ++m_pos;
    for (;;) {
        if (accept(TokenKind::Dot)) {
            const Token& token = peek();
            if (token.kind != TokenKind::Identifier && token.kind != TokenKind::NamePlaceholder) return failHere();
            out.elements.push_back({std::string(tokenText(token)), -1, token.kind == TokenKind::NamePlaceholder});
            ++m_pos;
        } else if (accept(TokenKind::LBracket)) {
            const Token& token = peek();
            if (token.kind != TokenKind::Integer) return failHere();
            const std::string_view digits = tokenText(token);
            ++m_pos;
            if (!expect(TokenKind::RBracket)) return false;
            // Out-of-range indexes keep their digits; the Checker reports them.
            std::int64_t index = 0;
            if (digits.size() <= 10) {
                for (const char c : digits) index = index * 10 + (c - '0');
            } else {
                index = std::int64_t{1} << 40;
            }
            out.elements.push_back({std::string(digits), index, false});
        } else {
            return true;
        }
    }
}

// update := clause+ ; clause := SET set-action {, set-action} | REMOVE path {, path}
//         | ADD path :value {, path :value} | DELETE path :value {, path :value}
Result<std::vector<UpdateAction>> Parser::parseUpdate() {
    std::vector<UpdateAction> actions;
    std::uint32_t clause = 0;
    bool ok = true;
    do {
        const TokenKind keyword = peekKind();
        UpdateActionKind kind = UpdateActionKind::Set;
        switch (keyword) {
        case TokenKind::KwSet: kind = UpdateActionKind::Set; break;
        case TokenKind::KwRemove: kind = UpdateActionKind::Remove; break;
        case TokenKind::KwAdd: kind = UpdateActionKind::Add; break;
        case TokenKind::KwDelete: kind = UpdateActionKind::Delete; break;
        default: ok = failHere(); break;
        }
        if (!ok) break;
        ++m_pos;
        do {
            UpdateAction action;
            action.kind = kind;
            action.clause = clause;
            if (kind == UpdateActionKind::Set) {
                ok = parseSetAction(action);
            } else {
                ok = parsePath(action.path);
                if (ok && kind != UpdateActionKind::Remove) {
                    const Token& token = peek();
                    if (token.kind != TokenKind::ValuePlaceholder) {
                        ok = failHere();
                    } else {
                        action.value.kind = NodeKind::Value;
                        action.value.text = std::string(tokenText(token));
                        ++m_pos;
                    }
                }
            }
            if (!ok) break;
            actions.push_back(std::move(action));
        } while (accept(TokenKind::Comma));
        ++clause;
    } while (ok && peekKind() != TokenKind::Eof);
    if (!ok) return ApiError::validation(errorPrefix(m_kind) + m_error);
    return actions;
}

// set-action := path '=' operand [('+' | '-') operand]
bool Parser::parseSetAction(UpdateAction& out) {
    if (!parsePath(out.path) || !expect(TokenKind::Eq)) return false;
    Node first;
    if (!parseOperand(first)) return false;
    if (peekKind() == TokenKind::Plus || peekKind() == TokenKind::Minus) {
        out.value = Node();
        out.value.kind = NodeKind::Arith;
        out.value.arith = peekKind() == TokenKind::Plus ? '+' : '-';
        ++m_pos;
        out.value.children.resize(2);
        out.value.children[0] = std::move(first);
        return parseOperand(out.value.children[1]);
    }
    out.value = std::move(first);
    return true;
}

// projection := path {, path}
Result<std::vector<DocumentPath>> Parser::parseProjection() {
    std::vector<DocumentPath> paths;
    do {
        DocumentPath path;
        if (!parsePath(path)) return ApiError::validation(errorPrefix(m_kind) + m_error);
        paths.push_back(std::move(path));
    } while (accept(TokenKind::Comma));
    if (!expect(TokenKind::Eof)) return ApiError::validation(errorPrefix(m_kind) + m_error);
    return paths;
}

}  // namespace shardscope::engine::expr
