#include "code_layout.h"

#include <array>

namespace shardscope::tools::codegen {
namespace {

std::string spaces(std::size_t n) {
    return std::string(n, ' ');
}

}  // namespace

CodeNode CodeNode::prefixed(std::string prefix, CodeNode value) {
    // A glued prefix is a one-member list without brackets or breaks of its own.
    CodeNode node;
    node.kind = Kind::List;
    node.text = std::move(prefix);
    node.children.push_back(std::move(value));
    node.indentStep = 0;
    return node;
}

std::string renderFlat(const CodeNode& node) {
    switch (node.kind) {
        case CodeNode::Kind::Atom:
            return node.text;
        case CodeNode::Kind::List: {
            const bool pad = node.spaceInside && !node.children.empty();
            std::string out = node.text + (pad ? " " : "");
            for (std::size_t i = 0; i < node.children.size(); ++i)
                out += (i ? ", " : "") + renderFlat(node.children[i]);
            return out + (pad ? " " : "") + node.close;
        }
        case CodeNode::Kind::Chain: {
            std::string out = node.text;
            for (const CodeNode& call : node.children) out += "." + renderFlat(call);
            return out + node.close;
        }
    }
    return {};
}

std::string render(const CodeNode& node, std::size_t indent, std::size_t column, std::size_t width) {
    const std::string flat = renderFlat(node);
    if (node.kind == CodeNode::Kind::Atom || column + flat.size() <= width) return flat;
    // A builder with a single scalar call ("AttributeValue.builder().s(..).build()") reads best whole.
    if (node.kind == CodeNode::Kind::Chain && node.children.size() == 1 &&
        (node.children.front().children.empty() || node.children.front().children.front().kind == CodeNode::Kind::Atom))
        return flat;
    if (node.kind == CodeNode::Kind::List && node.indentStep == 0) {
        // Prefix + value: the value breaks by itself, on the same line.
        return node.text + render(node.children.front(), indent, column + node.text.size(), width);
    }
    if (node.kind == CodeNode::Kind::List && node.children.size() == 1 && node.close == ")") {
        // f(x) where x breaks itself: keep "f(" and ")" around it (Java's Map.of(...) arguments).
        const CodeNode& only = node.children.front();
        if (only.kind == CodeNode::Kind::Atom) return flat;  // nothing to break
        return node.text + render(only, indent, column + node.text.size(), width) + node.close;
    }
    const std::size_t inner = indent + static_cast<std::size_t>(node.indentStep);
    std::string out = node.text;
    if (node.kind == CodeNode::Kind::List) {
        if (node.children.empty()) return flat;
        out += "\n";
        for (std::size_t i = 0; i < node.children.size(); ++i) {
            out += spaces(inner) + render(node.children[i], inner, inner, width);
            const bool last = i + 1 == node.children.size();
            if (!last || node.trailingComma) out += ",";
            out += "\n";
        }
        return out + spaces(indent) + node.close;
    }
    for (const CodeNode& call : node.children)
        out += "\n" + spaces(inner) + "." + render(call, inner, inner + 1, width);
    return out + "\n" + spaces(inner) + node.close;
}

std::string stringLiteral(std::string_view text) {
    // JSON's escaping, minus "\/" (nlohmann never writes it): readable in all three languages.
    return nlohmann::json(std::string(text)).dump();
}

std::string decodeBase64(std::string_view text) {
    static constexpr std::string_view kAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    unsigned buffer = 0;
    int bits = 0;
    for (char c : text) {
        const std::size_t value = kAlphabet.find(c);
        if (value == std::string_view::npos) break;  // '=' padding or junk
        buffer = (buffer << 6) | static_cast<unsigned>(value);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out.push_back(static_cast<char>((buffer >> bits) & 0xFF));
        }
    }
    return out;
}

std::vector<std::string> memberOrder(const nlohmann::json& object) {
    static constexpr std::array<std::string_view, 46> kOrder{"TableName",
                                                             "IndexName",
                                                             "Key",
                                                             "Item",
                                                             "KeyConditionExpression",
                                                             "FilterExpression",
                                                             "ConditionExpression",
                                                             "UpdateExpression",
                                                             "ProjectionExpression",
                                                             "ExpressionAttributeNames",
                                                             "ExpressionAttributeValues",
                                                             "Select",
                                                             "Limit",
                                                             "ConsistentRead",
                                                             "ScanIndexForward",
                                                             "ExclusiveStartKey",
                                                             "Segment",
                                                             "TotalSegments",
                                                             "ReturnValues",
                                                             "ReturnValuesOnConditionCheckFailure",
                                                             "ReturnItemCollectionMetrics",
                                                             "ReturnConsumedCapacity",
                                                             "TransactItems",
                                                             "ClientRequestToken",
                                                             "AttributeDefinitions",
                                                             "KeySchema",
                                                             "BillingMode",
                                                             "Projection",
                                                             "ProjectionType",
                                                             "NonKeyAttributes",
                                                             "ProvisionedThroughput",
                                                             "GlobalSecondaryIndexes",
                                                             "GlobalSecondaryIndexUpdates",
                                                             "LocalSecondaryIndexes",
                                                             "StreamSpecification",
                                                             "TableClass",
                                                             "DeletionProtectionEnabled",
                                                             "TimeToLiveSpecification",
                                                             "ResourceArn",
                                                             "Tags",
                                                             "TagKeys",
                                                             "Get",
                                                             "Put",
                                                             "AttributeName",
                                                             "AttributeType",
                                                             "KeyType"};
    std::vector<std::string> out;
    if (!object.is_object()) return out;
    for (std::string_view name : kOrder)
        if (object.contains(name)) out.emplace_back(name);
    for (auto it = object.begin(); it != object.end(); ++it) {
        bool listed = false;
        for (std::string_view name : kOrder) listed = listed || name == it.key();
        if (!listed) out.push_back(it.key());
    }
    return out;
}

bool isAttributeMapMember(std::string_view member) {
    static constexpr std::array<std::string_view, 4> kMembers{"Key", "Item", "ExpressionAttributeValues",
                                                              "ExclusiveStartKey"};
    for (std::string_view m : kMembers)
        if (m == member) return true;
    return false;
}

}  // namespace shardscope::tools::codegen
