// JavaScript: AWS SDK for JavaScript v3, one Command per operation, an ES
// module with top-level await (Node.js 18 or later).
#include "language_generators.h"
#include "script_literals.h"

namespace shardscope::tools::codegen {
namespace {

std::string printResult(std::string_view operation, bool consumed) {
    std::string out;
    if (operation == "GetItem")
        out = "console.log(response.Item);\n";
    else if (operation == "Query" || operation == "Scan")
        out =
            "for (const item of response.Items) {\n  console.log(item);\n}\n"
            "console.log(`Count: ${response.Count}, scanned: ${response.ScannedCount}`);\n";
    else if (operation == "PutItem" || operation == "UpdateItem" || operation == "DeleteItem")
        out = "console.log(response.Attributes);\n";
    else if (operation == "TransactGetItems")
        out = "for (const entry of response.Responses) {\n  console.log(entry.Item);\n}\n";
    else if (operation == "TransactWriteItems")
        out = "console.log(\"Transaction committed\");\n";
    else
        out = "console.log(response);\n";
    if (consumed) out += "console.log(\"Consumed capacity:\", JSON.stringify(response.ConsumedCapacity));\n";
    return out;
}

}  // namespace

std::string javascriptCode(std::string_view operation, const nlohmann::json& request, const CodegenOptions& options) {
    const ScriptStyle& style = javascriptStyle();
    const std::string command = std::string(operation) + "Command";
    std::string out = "import { DynamoDBClient, " + command + " } from \"@aws-sdk/client-dynamodb\";\n\n";
    std::vector<CodeNode> clientConfig{CodeNode::atom("region: " + stringLiteral(options.region))};
    if (!options.endpointUrl.empty())
        clientConfig.push_back(CodeNode::atom("endpoint: " + stringLiteral(options.endpointUrl)));
    out += "const client = new DynamoDBClient(" +
           render(CodeNode::list("{", "}", std::move(clientConfig), 2, true, true), 0, 32) + ");\n\n";
    CodeNode input = CodeNode::list("{", "}", requestMembers(request, style, ": "), 2, true);
    // Always broken over lines: one member per line reads best for a request.
    std::string body = "new " + command + "(" + render(input, 2, kLineWidth) + ")";
    out += "const response = await client.send(\n  " + body + ",\n);\n";
    out += printResult(operation, wantsConsumedCapacity(request));
    return out;
}

}  // namespace shardscope::tools::codegen
