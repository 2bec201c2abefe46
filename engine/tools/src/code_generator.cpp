#include "shardscope/tools/code_generator.h"

#include "code_layout.h"
#include "language_generators.h"
#include "shardscope/tools/cli_command.h"

namespace shardscope::tools {

bool supportsOperation(Language language, std::string_view operation) {
    return language != Language::Java || codegen::javaSupports(operation);
}

std::string generateCode(Language language, std::string_view operation, const nlohmann::json& request,
                         const CodegenOptions& options) {
    switch (language) {
        case Language::Python:
            return codegen::pythonCode(operation, request, options);
        case Language::JavaScript:
            return codegen::javascriptCode(operation, request, options);
        case Language::Java:
            return codegen::javaCode(operation, request, options);
        case Language::AwsCli:
            return awsCliCommand(operation, request, {options.endpointUrl, options.region, true}) + "\n";
    }
    return {};
}

namespace {

// JSON as CodeNodes: objects in writing order, small ones kept on one line.
codegen::CodeNode jsonNode(const nlohmann::json& value, int indent) {
    if (value.is_object()) {
        std::vector<codegen::CodeNode> members;
        for (const std::string& name : codegen::memberOrder(value))
            members.push_back(
                codegen::CodeNode::prefixed(nlohmann::json(name).dump() + ": ", jsonNode(value[name], indent)));
        return codegen::CodeNode::list("{", "}", std::move(members), indent, false);
    }
    if (value.is_array()) {
        std::vector<codegen::CodeNode> elements;
        for (const nlohmann::json& element : value) elements.push_back(jsonNode(element, indent));
        return codegen::CodeNode::list("[", "]", std::move(elements), indent, false);
    }
    return codegen::CodeNode::atom(value.dump());
}

}  // namespace

std::string formatRequestJson(const nlohmann::json& request, int indent, std::size_t width) {
    if (indent < 0) return codegen::renderFlat(jsonNode(request, 0));
    // Starting past the width breaks the top level: one member per line.
    return codegen::render(jsonNode(request, indent), 0, width + 1, width);
}

std::string wireNameToSnake(std::string_view name, char separator) {
    // botocore's xform_name: a break before an upper-case letter that follows a
    // lower-case one or a digit, and before the last capital of an acronym
    // ("SSESpecification" -> "sse-specification").
    auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
    auto lower = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
    std::string out;
    for (std::size_t i = 0; i < name.size(); ++i) {
        const char c = name[i];
        if (i > 0 && upper(c)) {
            const bool afterLower = lower(name[i - 1]);
            const bool acronymEnd = upper(name[i - 1]) && i + 1 < name.size() && lower(name[i + 1]) &&
                                    !(name[i + 1] >= '0' && name[i + 1] <= '9');
            if (afterLower || acronymEnd) out += separator;
        }
        out += upper(c) ? static_cast<char>(c - 'A' + 'a') : c;
    }
    return out;
}

}  // namespace shardscope::tools
