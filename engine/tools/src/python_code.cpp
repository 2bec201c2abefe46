// Python: boto3's low-level DynamoDB client, keyword arguments in wire names.
#include "language_generators.h"
#include "script_literals.h"

namespace shardscope::tools::codegen {
namespace {

std::string printResult(std::string_view operation, bool consumed) {
    std::string out;
    if (operation == "GetItem")
        out = "print(response.get(\"Item\"))\n";
    else if (operation == "Query" || operation == "Scan")
        out =
            "for item in response[\"Items\"]:\n    print(item)\nprint(\"Count:\", response[\"Count\"], \"Scanned:\", "
            "response[\"ScannedCount\"])\n";
    else if (operation == "PutItem" || operation == "UpdateItem" || operation == "DeleteItem")
        out = "print(response.get(\"Attributes\"))\n";
    else if (operation == "TransactGetItems")
        out = "for entry in response[\"Responses\"]:\n    print(entry.get(\"Item\"))\n";
    else if (operation == "TransactWriteItems")
        out = "print(\"Transaction committed\")\n";
    else
        out = "print(response)\n";
    if (consumed) out += "print(\"Consumed capacity:\", response.get(\"ConsumedCapacity\"))\n";
    return out;
}

}  // namespace

std::string pythonCode(std::string_view operation, const nlohmann::json& request, const CodegenOptions& options) {
    const ScriptStyle& style = pythonStyle();
    std::string out = "import boto3\n\n";
    std::vector<CodeNode> clientArgs{CodeNode::atom(stringLiteral("dynamodb")),
                                     CodeNode::atom("region_name=" + stringLiteral(options.region))};
    if (!options.endpointUrl.empty())
        clientArgs.push_back(CodeNode::atom("endpoint_url=" + stringLiteral(options.endpointUrl)));
    out += "client = " + render(CodeNode::list("boto3.client(", ")", std::move(clientArgs), 4, true), 0, 9) + "\n\n";
    const std::string call = "response = client." + wireNameToSnake(operation, '_') + "(";
    // One keyword argument per line, as black formats a call that is not trivial.
    out += render(CodeNode::list(call, ")", requestMembers(request, style, "="), 4, true), 0, kLineWidth) + "\n";
    out += printResult(operation, wantsConsumedCapacity(request));
    return out;
}

bool wantsConsumedCapacity(const nlohmann::json& request) {
    if (!request.is_object()) return false;
    auto it = request.find("ReturnConsumedCapacity");
    return it != request.end() && it->is_string() && *it != "NONE";
}

}  // namespace shardscope::tools::codegen
