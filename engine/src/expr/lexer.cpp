#include "expr/lexer.h"

#include <array>
#include <string_view>

namespace shardscope::engine::expr {
namespace {

bool isLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isWordChar(char c) { return isLetter(c) || isDigit(c) || c == '_'; }
bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool equalsIgnoreCase(std::string_view word, std::string_view upper) {
    if (word.size() != upper.size()) return false;
    for (std::size_t i = 0; i < word.size(); ++i) {
        char c = word[i];
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
        if (c != upper[i]) return false;
    }
    return true;
}

struct Keyword {
    std::string_view upper;
    TokenKind kind;
};

constexpr std::array<Keyword, 9> kKeywords = {{
    {"AND", TokenKind::KwAnd},
    {"OR", TokenKind::KwOr},
    {"NOT", TokenKind::KwNot},
    {"BETWEEN", TokenKind::KwBetween},
    {"IN", TokenKind::KwIn},
    {"SET", TokenKind::KwSet},
    {"REMOVE", TokenKind::KwRemove},
    {"ADD", TokenKind::KwAdd},
    {"DELETE", TokenKind::KwDelete},
}};

TokenKind wordKind(std::string_view word) {
    for (const Keyword& keyword : kKeywords) {
        if (equalsIgnoreCase(word, keyword.upper)) return keyword.kind;
    }
    return TokenKind::Identifier;
}

// Length of the UTF-8 sequence starting with `lead` (1 for stray bytes).
std::size_t utf8Length(unsigned char lead) {
    if (lead >= 0xF0 && lead <= 0xF7) return 4;
    if (lead >= 0xE0) return lead <= 0xEF ? 3 : 1;
    if (lead >= 0xC0) return 2;
    return 1;
}

TokenKind punctuation(char c) {
    switch (c) {
    case '=': return TokenKind::Eq;
    case '<': return TokenKind::Lt;
    case '>': return TokenKind::Gt;
    case '(': return TokenKind::LParen;
    case ')': return TokenKind::RParen;
    case '[': return TokenKind::LBracket;
    case ']': return TokenKind::RBracket;
    case ',': return TokenKind::Comma;
    case '.': return TokenKind::Dot;
    case '+': return TokenKind::Plus;
    case '-': return TokenKind::Minus;
    default: return TokenKind::Bad;
    }
}

}  // namespace

std::vector<Token> Lexer::tokenize(std::string_view text) {
    std::vector<Token> tokens;
    tokens.reserve(text.size() / 3 + 2);
    const std::size_t n = text.size();
    std::size_t i = 0;
    while (i < n) {
        const char c = text[i];
        if (isSpace(c)) {
            ++i;
            continue;
        }
        const std::size_t start = i;
        TokenKind kind;
        if (isLetter(c)) {
            while (i < n && isWordChar(text[i])) ++i;
            kind = wordKind(text.substr(start, i - start));
        } else if (c == '#' || c == ':') {
            ++i;
            while (i < n && isWordChar(text[i])) ++i;
            if (i == start + 1)
                kind = TokenKind::Bad;
            else
                kind = c == '#' ? TokenKind::NamePlaceholder : TokenKind::ValuePlaceholder;
        } else if (isDigit(c)) {
            ++i;
            if (c != '0') {
                while (i < n && isDigit(text[i])) ++i;
            }
            kind = TokenKind::Integer;
        } else if (c == '<' && i + 1 < n && text[i + 1] == '>') {
            i += 2;
            kind = TokenKind::Ne;
        } else if (c == '<' && i + 1 < n && text[i + 1] == '=') {
            i += 2;
            kind = TokenKind::Le;
        } else if (c == '>' && i + 1 < n && text[i + 1] == '=') {
            i += 2;
            kind = TokenKind::Ge;
        } else {
            kind = punctuation(c);
            i += kind == TokenKind::Bad ? utf8Length(static_cast<unsigned char>(c)) : 1;
            if (i > n) i = n;
        }
        tokens.push_back({kind, static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(i)});
    }
    tokens.push_back({TokenKind::Eof, static_cast<std::uint32_t>(n), static_cast<std::uint32_t>(n)});
    return tokens;
}

}  // namespace shardscope::engine::expr
