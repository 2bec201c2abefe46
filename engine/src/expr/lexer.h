// Lexer: splits an expression into DynamoDB's tokens.
//
// Tokens follow DynamoDB's lexical rules: a name is a letter followed by
// letters, digits and underscores; "#x" / ":x" placeholders need at least one
// [A-Za-z0-9_] after the sigil; an integer is "0" or a digit string without a
// leading zero; AND OR NOT BETWEEN IN SET REMOVE ADD DELETE are keywords in
// any case; "<>", "<=", ">=" are single tokens. Any other character is a
// one-code-point Bad token, which the parser reports as a syntax error. The
// list always ends with an Eof token. Whitespace (space, tab, CR, LF) only
// separates tokens; token offsets still let the parser quote the original
// text around an error.
//
// Thread-safety: pure function.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace shardscope::engine::expr {

enum class TokenKind : std::uint8_t {
    Identifier,   // attribute name or function name
    NamePlaceholder,   // #name
    ValuePlaceholder,  // :value
    Integer,
    KwAnd,
    KwOr,
    KwNot,
    KwBetween,
    KwIn,
    KwSet,
    KwRemove,
    KwAdd,
    KwDelete,
    Eq,       // =
    Ne,       // <>
    Lt,       // <
    Le,       // <=
    Gt,       // >
    Ge,       // >=
    LParen,
    RParen,
    LBracket,
    RBracket,
    Comma,
    Dot,
    Plus,
    Minus,
    Bad,
    Eof,
};

struct Token {
    TokenKind kind = TokenKind::Eof;
    std::uint32_t begin = 0;  // byte offsets into the expression
    std::uint32_t end = 0;
};

class Lexer {
public:
    static std::vector<Token> tokenize(std::string_view text);
};

}  // namespace shardscope::engine::expr
