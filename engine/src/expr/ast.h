// The expression AST shared by every stage of the pipeline
// (parse -> check/resolve -> evaluate).
//
// The parser builds Nodes whose paths still hold raw "#name" placeholders and
// whose values hold raw ":value" placeholders. The checker resolves them in
// place: path elements get the attribute names from ExpressionAttributeNames,
// value nodes get an index into the owning Parsed* object's value table. After
// that, the tree is immutable and evaluation never allocates for it.
//
// Thread-safety: plain value types; a resolved tree may be read from any
// number of threads at once.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace shardscope::engine::expr {

// Which request parameter an expression came from; decides the error prefix
// ("Invalid ConditionExpression: ") and which functions are allowed.
enum class ExpressionKind : std::uint8_t { Condition, Filter, KeyCondition, Update, Projection };

// "ConditionExpression", "FilterExpression", ...
std::string_view expressionParameterName(ExpressionKind kind);
// "Invalid ConditionExpression: " etc.
std::string errorPrefix(ExpressionKind kind);

// One step of a document path: a map key / attribute name, or a list index.
struct PathElement {
    // Attribute name or map key. Before resolution a placeholder holds its raw
    // text ("#n"); an index holds its digits as written.
    std::string name;
    // >= 0 for a list index ("[3]"), -1 for a name.
    std::int64_t index = -1;
    // Written as "#n" (true until resolved, kept for diagnostics after).
    bool placeholder = false;

    bool isIndex() const { return index >= 0; }
    friend bool operator==(const PathElement& a, const PathElement& b) {
        return a.index == b.index && (a.index >= 0 || a.name == b.name);
    }
};

struct DocumentPath {
    std::vector<PathElement> elements;

    const std::string& root() const { return elements.front().name; }
    bool isNested() const { return elements.size() > 1; }
    friend bool operator==(const DocumentPath& a, const DocumentPath& b) { return a.elements == b.elements; }
};

// "[a, b, [3]]": how DynamoDB prints a path in overlap/distinct messages.
std::string formatPath(const DocumentPath& path);

enum class NodeKind : std::uint8_t {
    Or,       // children: 2
    And,      // children: 2
    Not,      // children: 1
    Compare,  // children: 2, op
    Between,  // children: 3 (operand, lower, upper)
    In,       // children: operand + 1..100 list members
    Call,     // children: arguments, function
    Path,     // path
    Value,    // text (":v"), valueIndex after resolution
    Arith,    // children: 2, arith ('+' or '-'); UpdateExpression SET only
    True,     // always holds; an empty legacy Expected / filter
};

enum class CompareOp : std::uint8_t { Eq, Ne, Lt, Le, Gt, Ge };
std::string_view compareOpText(CompareOp op);  // "=", "<>", "<", ...

enum class Function : std::uint8_t {
    Unknown,
    AttributeExists,
    AttributeNotExists,
    AttributeType,
    BeginsWith,
    Contains,
    Size,
    IfNotExists,
    ListAppend,
};
// Case-sensitive lookup, as DynamoDB does; Unknown when not a function.
Function functionByName(std::string_view name);
std::string_view functionName(Function function);

struct Node {
    NodeKind kind = NodeKind::Value;
    CompareOp op = CompareOp::Eq;
    char arith = '+';
    Function function = Function::Unknown;
    // Parse-time only: the node was written inside its own parentheses.
    bool parenthesized = false;
    std::uint32_t valueIndex = 0;
    std::string text;  // Call: function name as written; Value: ":v"
    DocumentPath path;
    std::vector<Node> children;

    bool isOperand() const { return kind == NodeKind::Path || kind == NodeKind::Value || kind == NodeKind::Call; }
};

enum class UpdateActionKind : std::uint8_t { Set, Remove, Add, Delete };
std::string_view updateActionKeyword(UpdateActionKind kind);  // "SET", ...

// One action of an UpdateExpression ("a = :v" in SET, "a" in REMOVE, ...).
struct UpdateAction {
    UpdateActionKind kind = UpdateActionKind::Set;
    std::uint32_t clause = 0;  // index of the clause (SET/REMOVE/...) as written
    DocumentPath path;
    // Set: the value (operand, Call or Arith). Add/Delete: a Value node.
    // Remove: unused.
    Node value;
};

}  // namespace shardscope::engine::expr
