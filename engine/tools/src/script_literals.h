// Literals of DynamoDB requests for the dynamic languages (Python, JavaScript).
//
// requestMembers() renders a request object's members as CodeNodes, knowing
// which members hold AttributeValue maps, so that binary values (base64 in
// DynamoDB JSON) come out as the language's byte type: Python bytes,
// JavaScript Buffer (a Uint8Array). Everything else is the JSON value in the
// language's spelling.
//
// Thread-safety: pure functions.
#pragma once

#include "code_layout.h"

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace shardscope::tools::codegen {

struct ScriptStyle {
    const char* trueText;
    const char* falseText;
    const char* nullText;
    int indentStep;
    bool spaceInsideBraces;                         // "{ a: 1 }" (Prettier) or "{"a": 1}" (Black)
    std::string (*key)(std::string_view name);      // an object key as written before ": "
    std::string (*bytes)(std::string_view base64);  // a binary value
};

const ScriptStyle& pythonStyle();
const ScriptStyle& javascriptStyle();

// A JSON value that is the value of request member `member` (empty: none).
CodeNode scriptValue(const nlohmann::json& value, std::string_view member, const ScriptStyle& style);
// The members of a request object, each as `Name<separator><value>`.
std::vector<CodeNode> requestMembers(const nlohmann::json& request, const ScriptStyle& style,
                                     std::string_view separator);

}  // namespace shardscope::tools::codegen
