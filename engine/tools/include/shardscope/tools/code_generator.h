// Code generation: one DynamoDB request as a runnable program or command.
//
// generateCode() turns an operation name and its request body (DynamoDB JSON,
// exactly as sent to the engine) into
//   Python      boto3's low-level client (client.query(TableName=..., ...)),
//   JavaScript  AWS SDK for JavaScript v3 (@aws-sdk/client-dynamodb, ES module
//               with top-level await, DynamoDBClient.send(new QueryCommand(...))),
//   Java        AWS SDK for Java 2.x (DynamoDbClient, request builders,
//               AttributeValue builders, enum constants),
//   AwsCli      an `aws dynamodb ...` command line for a POSIX shell.
// Binary values (base64 on the wire) become bytes/Buffer/SdkBytes. Every
// program prints what the operation returns (items, attributes, consumed
// capacity). With CodegenOptions::endpointUrl set, the client points at that
// endpoint (Shardscope's local one); empty means the service's default.
//
// The data-plane operations GetItem, PutItem, UpdateItem, DeleteItem, Query,
// Scan, TransactGetItems and TransactWriteItems are supported in all four
// languages; other operations (CreateTable, UpdateTable, ...) in Python,
// JavaScript and the CLI, whose renderings need no per-member knowledge.
//
// Thread-safety: pure functions.
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace shardscope::tools {

enum class Language { Python, JavaScript, Java, AwsCli };

struct CodegenOptions {
    std::string endpointUrl;  // e.g. "http://127.0.0.1:8000"; empty: AWS
    std::string region = "us-east-1";
};

// False for an operation this language cannot render (Java outside the data plane).
bool supportsOperation(Language language, std::string_view operation);

// Precondition: supportsOperation(language, operation).
std::string generateCode(Language language, std::string_view operation, const nlohmann::json& request,
                         const CodegenOptions& options = {});

// `request` as JSON for previews: members in the order people write them
// (TableName first, then keys, expressions, placeholders, options), the top
// level one member per line, and anything that fits in `width` columns on one
// line. A negative `indent` gives compact one-line JSON.
std::string formatRequestJson(const nlohmann::json& request, int indent = 2, std::size_t width = 72);

// "TransactWriteItems" -> "transact-write-items" (separator '-') or
// "transact_write_items" ('_'), as botocore names operations and parameters.
std::string wireNameToSnake(std::string_view name, char separator);

}  // namespace shardscope::tools
