// CodeNode: a small layout tree for generated code, shared by the language
// generators. A node is an atom ("42"), a bracketed list (an object, array or
// argument list) or a builder chain (X.builder().a(..).b(..).build()). render()
// keeps a node on one line when it fits in kLineWidth columns at its
// indentation, and otherwise breaks it, one member per line.
//
// Also here: string literal spellings shared by several languages, and the
// DynamoDB request members whose values are maps of AttributeValues.
//
// Thread-safety: plain values and pure functions.
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace shardscope::tools::codegen {

inline constexpr std::size_t kLineWidth = 96;

struct CodeNode {
    enum class Kind { Atom, List, Chain };
    Kind kind = Kind::Atom;
    std::string text;                // Atom: the text; List/Chain: the opening ("{", "Map.of(", "Put.builder()")
    std::string close;               // List: "}" / ")"; Chain: ".build()"
    std::vector<CodeNode> children;  // List: members; Chain: calls (".tableName(...)" without the dot)
    bool trailingComma = false;      // List broken over lines: a comma after the last member too
    int indentStep = 4;              // extra indentation of broken members
    bool spaceInside = false;        // List on one line: "{ a: 1 }" rather than "{a: 1}"

    static CodeNode atom(std::string text) { return {Kind::Atom, std::move(text), {}, {}, false, 4, false}; }
    static CodeNode list(std::string open, std::string close, std::vector<CodeNode> members, int indentStep,
                         bool trailingComma, bool spaceInside = false) {
        return {Kind::List,    std::move(open), std::move(close), std::move(members),
                trailingComma, indentStep,      spaceInside};
    }
    // A member "prefix<value>" (e.g. `"#pk": ` + node): an atom prefix glued to a node.
    static CodeNode prefixed(std::string prefix, CodeNode value);
};

std::string renderFlat(const CodeNode& node);
// `column` is where the node starts; `indent` the indentation of its line;
// lines longer than `width` are broken where the node allows.
std::string render(const CodeNode& node, std::size_t indent, std::size_t column, std::size_t width = kLineWidth);

// A double-quoted literal with JSON's escapes (valid Python, JavaScript and Java).
std::string stringLiteral(std::string_view text);
// Decodes base64; invalid input decodes as far as it is valid.
std::string decodeBase64(std::string_view text);

// Request members holding a map of attribute name -> AttributeValue.
bool isAttributeMapMember(std::string_view member);

// The member names of a request object (or a nested structure) in the order
// people write them: TableName, index, key or item, expressions, their
// placeholders, options; members not listed follow in name order.
std::vector<std::string> memberOrder(const nlohmann::json& object);

}  // namespace shardscope::tools::codegen
