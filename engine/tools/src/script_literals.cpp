#include "script_literals.h"

#include <cstdio>

namespace shardscope::tools::codegen {
namespace {

using nlohmann::json;

std::string pythonKey(std::string_view name) {
    return stringLiteral(name);
}

bool isIdentifier(std::string_view name) {
    if (name.empty()) return false;
    for (std::size_t i = 0; i < name.size(); ++i) {
        const char c = name[i];
        const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$';
        const bool digit = c >= '0' && c <= '9';
        if (!letter && !(digit && i > 0)) return false;
    }
    return true;
}

std::string javascriptKey(std::string_view name) {
    return isIdentifier(name) ? std::string(name) : stringLiteral(name);
}

std::string pythonBytes(std::string_view base64) {
    std::string out = "b\"";
    for (unsigned char c : decodeBase64(base64)) {
        if (c == '\\' || c == '"') {
            out += '\\';
            out += static_cast<char>(c);
        } else if (c >= 0x20 && c < 0x7f) {
            out += static_cast<char>(c);
        } else {
            char buf[5];
            std::snprintf(buf, sizeof buf, "\\x%02x", c);
            out += buf;
        }
    }
    return out + "\"";
}

std::string javascriptBytes(std::string_view base64) {
    return "Buffer.from(" + stringLiteral(base64) + ", \"base64\")";
}

CodeNode object(std::vector<CodeNode> members, const ScriptStyle& style) {
    return CodeNode::list("{", "}", std::move(members), style.indentStep, true, style.spaceInsideBraces);
}

CodeNode array(std::vector<CodeNode> elements, const ScriptStyle& style) {
    return CodeNode::list("[", "]", std::move(elements), style.indentStep, true);
}

CodeNode plain(const json& value, const ScriptStyle& style);

CodeNode attributeValue(const json& value, const ScriptStyle& style);

CodeNode attributeMap(const json& map, const ScriptStyle& style) {
    std::vector<CodeNode> members;
    for (auto it = map.begin(); it != map.end(); ++it)
        members.push_back(CodeNode::prefixed(style.key(it.key()) + ": ", attributeValue(it.value(), style)));
    return object(std::move(members), style);
}

CodeNode attributeValue(const json& value, const ScriptStyle& style) {
    if (!value.is_object() || value.size() != 1) return plain(value, style);
    const std::string& type = value.begin().key();
    const json& inner = value.begin().value();
    CodeNode converted;
    if (type == "B" && inner.is_string()) {
        converted = CodeNode::atom(style.bytes(inner.get<std::string>()));
    } else if (type == "BS" && inner.is_array()) {
        std::vector<CodeNode> members;
        for (const json& m : inner)
            members.push_back(m.is_string() ? CodeNode::atom(style.bytes(m.get<std::string>())) : plain(m, style));
        converted = array(std::move(members), style);
    } else if (type == "M" && inner.is_object()) {
        converted = attributeMap(inner, style);
    } else if (type == "L" && inner.is_array()) {
        std::vector<CodeNode> members;
        for (const json& m : inner) members.push_back(attributeValue(m, style));
        converted = array(std::move(members), style);
    } else {
        return plain(value, style);
    }
    return object({CodeNode::prefixed(style.key(type) + ": ", std::move(converted))}, style);
}

CodeNode plain(const json& value, const ScriptStyle& style) {
    switch (value.type()) {
        case json::value_t::object: {
            std::vector<CodeNode> members;
            for (auto it = value.begin(); it != value.end(); ++it)
                members.push_back(CodeNode::prefixed(style.key(it.key()) + ": ", plain(it.value(), style)));
            return object(std::move(members), style);
        }
        case json::value_t::array: {
            std::vector<CodeNode> elements;
            for (const json& e : value) elements.push_back(plain(e, style));
            return array(std::move(elements), style);
        }
        case json::value_t::string:
            return CodeNode::atom(stringLiteral(value.get<std::string>()));
        case json::value_t::boolean:
            return CodeNode::atom(value.get<bool>() ? style.trueText : style.falseText);
        case json::value_t::null:
            return CodeNode::atom(style.nullText);
        default:
            return CodeNode::atom(value.dump());
    }
}

}  // namespace

const ScriptStyle& pythonStyle() {
    static const ScriptStyle style{"True", "False", "None", 4, false, &pythonKey, &pythonBytes};
    return style;
}

const ScriptStyle& javascriptStyle() {
    static const ScriptStyle style{"true", "false", "null", 2, true, &javascriptKey, &javascriptBytes};
    return style;
}

CodeNode scriptValue(const json& value, std::string_view member, const ScriptStyle& style) {
    if (isAttributeMapMember(member) && value.is_object()) return attributeMap(value, style);
    if (value.is_object()) {
        // A structure (a transaction's Put, Update, ...): its members may hold attribute maps.
        std::vector<CodeNode> members;
        for (const std::string& name : memberOrder(value))
            members.push_back(CodeNode::prefixed(style.key(name) + ": ", scriptValue(value[name], name, style)));
        return object(std::move(members), style);
    }
    if (value.is_array()) {
        std::vector<CodeNode> elements;
        for (const json& e : value) elements.push_back(scriptValue(e, {}, style));
        return array(std::move(elements), style);
    }
    return plain(value, style);
}

std::vector<CodeNode> requestMembers(const json& request, const ScriptStyle& style, std::string_view separator) {
    std::vector<CodeNode> members;
    if (!request.is_object()) return members;
    for (const std::string& name : memberOrder(request))
        members.push_back(CodeNode::prefixed(name + std::string(separator), scriptValue(request[name], name, style)));
    return members;
}

}  // namespace shardscope::tools::codegen
