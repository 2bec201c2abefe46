// Java: AWS SDK for Java 2.x, DynamoDbClient with request and AttributeValue
// builders and the SDK's enum constants. Members are looked up in a small
// table of the data-plane requests' shapes, since a builder needs each
// member's Java type.
#include "language_generators.h"

#include "code_layout.h"

#include <array>
#include <set>

namespace shardscope::tools::codegen {
namespace {

using nlohmann::json;

constexpr int kContinuation = 8;  // Java's continuation indent

enum class Kind { String, Integer, Boolean, AttributeMap, StringMap, StringList, Enum, Struct, StructList };

struct MemberShape {
    std::string_view name;
    Kind kind;
    std::string_view
        javaType;  // Enum: the enum class; Struct: the class; StructList: element class (empty: by operation)
};

constexpr std::array<MemberShape, 28> kShapes{{
    {"TableName", Kind::String, {}},
    {"IndexName", Kind::String, {}},
    {"KeyConditionExpression", Kind::String, {}},
    {"FilterExpression", Kind::String, {}},
    {"ConditionExpression", Kind::String, {}},
    {"UpdateExpression", Kind::String, {}},
    {"ProjectionExpression", Kind::String, {}},
    {"ClientRequestToken", Kind::String, {}},
    {"Key", Kind::AttributeMap, {}},
    {"Item", Kind::AttributeMap, {}},
    {"ExpressionAttributeValues", Kind::AttributeMap, {}},
    {"ExclusiveStartKey", Kind::AttributeMap, {}},
    {"ExpressionAttributeNames", Kind::StringMap, {}},
    {"AttributesToGet", Kind::StringList, {}},
    {"ConsistentRead", Kind::Boolean, {}},
    {"ScanIndexForward", Kind::Boolean, {}},
    {"Limit", Kind::Integer, {}},
    {"Segment", Kind::Integer, {}},
    {"TotalSegments", Kind::Integer, {}},
    {"Select", Kind::Enum, "Select"},
    {"ReturnValues", Kind::Enum, "ReturnValue"},
    {"ReturnConsumedCapacity", Kind::Enum, "ReturnConsumedCapacity"},
    {"ReturnItemCollectionMetrics", Kind::Enum, "ReturnItemCollectionMetrics"},
    {"ReturnValuesOnConditionCheckFailure", Kind::Enum, "ReturnValuesOnConditionCheckFailure"},
    {"Get", Kind::Struct, "Get"},
    {"Put", Kind::Struct, "Put"},
    {"Update", Kind::Struct, "Update"},
    {"Delete", Kind::Struct, "Delete"},
}};

constexpr std::array<std::string_view, 8> kOperations{"GetItem", "PutItem", "UpdateItem",       "DeleteItem",
                                                      "Query",   "Scan",    "TransactGetItems", "TransactWriteItems"};

const MemberShape* shapeOf(std::string_view member) {
    static constexpr MemberShape kConditionCheck{"ConditionCheck", Kind::Struct, "ConditionCheck"};
    static constexpr MemberShape kTransactItems{"TransactItems", Kind::StructList, {}};
    if (member == kConditionCheck.name) return &kConditionCheck;
    if (member == kTransactItems.name) return &kTransactItems;
    for (const MemberShape& shape : kShapes)
        if (shape.name == member) return &shape;
    return nullptr;
}

std::string lowerFirst(std::string_view name) {
    std::string out(name);
    if (!out.empty() && out[0] >= 'A' && out[0] <= 'Z') out[0] = static_cast<char>(out[0] - 'A' + 'a');
    return out;
}

class JavaWriter {
public:
    explicit JavaWriter(std::string_view operation) : m_operation(operation) {}

    std::set<std::string>& imports() { return m_imports; }

    void use(std::string_view modelClass) {
        m_imports.insert("software.amazon.awssdk.services.dynamodb.model." + std::string(modelClass));
    }

    CodeNode structure(std::string_view javaClass, const json& object) {
        use(javaClass);
        CodeNode chain;
        chain.kind = CodeNode::Kind::Chain;
        chain.text = std::string(javaClass) + ".builder()";
        chain.close = ".build()";
        chain.indentStep = kContinuation;
        for (const std::string& name : memberOrder(object)) chain.children.push_back(member(name, object[name]));
        return chain;
    }

private:
    CodeNode call(std::string_view method, std::vector<CodeNode> arguments) {
        return CodeNode::list(std::string(method) + "(", ")", std::move(arguments), kContinuation, false);
    }

    CodeNode member(const std::string& name, const json& value) {
        const std::string method = lowerFirst(name);
        const MemberShape* shape = shapeOf(name);
        if (!shape) return call(method, {CodeNode::atom("/* not generated: " + value.dump() + " */")});
        switch (shape->kind) {
            case Kind::String:
                return call(
                    method,
                    {CodeNode::atom(stringLiteral(value.is_string() ? value.get<std::string>() : value.dump()))});
            case Kind::Integer:
            case Kind::Boolean:
                return call(method, {CodeNode::atom(value.dump())});
            case Kind::Enum:
                use(shape->javaType);
                return call(method, {CodeNode::atom(std::string(shape->javaType) + "." +
                                                    (value.is_string() ? value.get<std::string>() : value.dump()))});
            case Kind::AttributeMap:
                return call(method, {attributeMap(value)});
            case Kind::StringMap: {
                std::vector<std::pair<std::string, CodeNode>> entries;
                for (auto it = value.begin(); it != value.end(); ++it)
                    entries.emplace_back(
                        it.key(), CodeNode::atom(stringLiteral(it.value().is_string() ? it.value().get<std::string>()
                                                                                      : it.value().dump())));
                return call(method, {map(std::move(entries))});
            }
            case Kind::StringList: {
                std::vector<CodeNode> items;
                for (const json& s : value)
                    items.push_back(CodeNode::atom(stringLiteral(s.is_string() ? s.get<std::string>() : s.dump())));
                return call(method, std::move(items));
            }
            case Kind::Struct:
                return call(method, {structure(shape->javaType, value)});
            case Kind::StructList: {
                const std::string_view element =
                    m_operation == "TransactGetItems" ? "TransactGetItem" : "TransactWriteItem";
                std::vector<CodeNode> items;
                for (const json& e : value) items.push_back(structure(element, e));
                return call(method, std::move(items));
            }
        }
        return call(method, {});
    }

    CodeNode map(std::vector<std::pair<std::string, CodeNode>> entries) {
        m_imports.insert("java.util.Map");
        std::vector<CodeNode> args;
        // Map.of takes at most ten pairs.
        const bool small = entries.size() <= 10;
        for (auto& [key, value] : entries) {
            if (small) {
                args.push_back(CodeNode::prefixed(stringLiteral(key) + ", ", std::move(value)));
            } else {
                args.push_back(CodeNode::list("Map.entry(", ")", {CodeNode::atom(stringLiteral(key)), std::move(value)},
                                              kContinuation, false));
            }
        }
        return CodeNode::list(small ? "Map.of(" : "Map.ofEntries(", ")", std::move(args), kContinuation, false);
    }

    CodeNode attributeMap(const json& object) {
        std::vector<std::pair<std::string, CodeNode>> entries;
        if (object.is_object())
            for (auto it = object.begin(); it != object.end(); ++it)
                entries.emplace_back(it.key(), attributeValue(it.value()));
        return map(std::move(entries));
    }

    CodeNode bytes(const json& base64) {
        m_imports.insert("java.util.Base64");
        m_imports.insert("software.amazon.awssdk.core.SdkBytes");
        return CodeNode::atom("SdkBytes.fromByteArray(Base64.getDecoder().decode(" +
                              stringLiteral(base64.is_string() ? base64.get<std::string>() : std::string()) + "))");
    }

    CodeNode attributeValue(const json& value) {
        use("AttributeValue");
        CodeNode chain;
        chain.kind = CodeNode::Kind::Chain;
        chain.text = "AttributeValue.builder()";
        chain.close = ".build()";
        chain.indentStep = kContinuation;
        if (!value.is_object() || value.size() != 1) {
            chain.children.push_back(call("nul", {CodeNode::atom("true")}));
            return chain;
        }
        const std::string& type = value.begin().key();
        const json& inner = value.begin().value();
        auto strings = [&] {
            std::vector<CodeNode> items;
            for (const json& s : inner)
                items.push_back(CodeNode::atom(stringLiteral(s.is_string() ? s.get<std::string>() : s.dump())));
            return items;
        };
        if (type == "S" || type == "N")
            chain.children.push_back(call(lowerFirst(type), {CodeNode::atom(stringLiteral(inner.get<std::string>()))}));
        else if (type == "BOOL")
            chain.children.push_back(call("bool", {CodeNode::atom(inner.dump())}));
        else if (type == "NULL")
            chain.children.push_back(call("nul", {CodeNode::atom("true")}));
        else if (type == "B")
            chain.children.push_back(call("b", {bytes(inner)}));
        else if (type == "SS")
            chain.children.push_back(call("ss", strings()));
        else if (type == "NS")
            chain.children.push_back(call("ns", strings()));
        else if (type == "BS") {
            std::vector<CodeNode> items;
            for (const json& b : inner) items.push_back(bytes(b));
            chain.children.push_back(call("bs", std::move(items)));
        } else if (type == "M") {
            chain.children.push_back(call("m", {attributeMap(inner)}));
        } else if (type == "L") {
            std::vector<CodeNode> items;
            for (const json& e : inner) items.push_back(attributeValue(e));
            chain.children.push_back(call("l", std::move(items)));
        }
        return chain;
    }

    std::string m_operation;
    std::set<std::string> m_imports;
};

std::string printResult(std::string_view operation, bool consumed, const std::string& indent) {
    std::string out;
    if (operation == "GetItem")
        out = indent + "System.out.println(response.item());\n";
    else if (operation == "Query" || operation == "Scan")
        out = indent + "response.items().forEach(System.out::println);\n" + indent +
              "System.out.println(\"Count: \" + response.count() + \", scanned: \" + response.scannedCount());\n";
    else if (operation == "PutItem" || operation == "UpdateItem" || operation == "DeleteItem")
        out = indent + "System.out.println(response.attributes());\n";
    else if (operation == "TransactGetItems")
        out = indent + "response.responses().forEach(entry -> System.out.println(entry.item()));\n";
    else
        out = indent + "System.out.println(\"Transaction committed\");\n";
    if (consumed) out += indent + "System.out.println(\"Consumed capacity: \" + response.consumedCapacity());\n";
    return out;
}

}  // namespace

bool javaSupports(std::string_view operation) {
    for (std::string_view op : kOperations)
        if (op == operation) return true;
    return false;
}

std::string javaCode(std::string_view operation, const json& request, const CodegenOptions& options) {
    JavaWriter writer(operation);
    const std::string op(operation);
    const CodeNode requestNode = writer.structure(op + "Request", request);
    writer.use(op + "Response");
    auto& imports = writer.imports();
    imports.insert("software.amazon.awssdk.regions.Region");
    imports.insert("software.amazon.awssdk.services.dynamodb.DynamoDbClient");
    if (!options.endpointUrl.empty()) imports.insert("java.net.URI");

    std::string out;
    for (const bool javaGroup : {true, false}) {
        bool any = false;
        for (const std::string& name : imports) {
            if ((name.rfind("java.", 0) == 0) != javaGroup) continue;
            out += "import " + name + ";\n";
            any = true;
        }
        if (any) out += "\n";
    }
    const std::string indent(12, ' ');
    out += "public class " + op + "Example {\n";
    out += "    public static void main(String[] args) {\n";
    out += "        try (DynamoDbClient client = DynamoDbClient.builder()\n";
    out += "                .region(Region.of(" + stringLiteral(options.region) + "))\n";
    if (!options.endpointUrl.empty())
        out += "                .endpointOverride(URI.create(" + stringLiteral(options.endpointUrl) + "))\n";
    out += "                .build()) {\n";
    const std::string declaration = op + "Request request = ";
    // Always one member per line: forced by starting past the line width.
    out += indent + declaration + render(requestNode, indent.size(), kLineWidth) + ";\n";
    out += indent + op + "Response response = client." + lowerFirst(op) + "(request);\n";
    out += printResult(operation, wantsConsumedCapacity(request), indent);
    out += "        }\n    }\n}\n";
    return out;
}

}  // namespace shardscope::tools::codegen
