// AWS CLI command lines for DynamoDB requests.
//
// awsCliCommand() renders one request as `aws dynamodb <operation> --member
// value ...` for a POSIX shell: string members are single-quoted when they
// need it, structures and lists become compact JSON in single quotes (a quote
// inside is written '\''), top-level booleans become --flag / --no-flag, and
// binary values stay base64 (the CLI v2 default for blobs). The CLI pages
// Query and Scan itself and hides their Limit, so a Limit becomes
// --max-items and --page-size with the same value. Continuation lines end in
// a backslash when `multiline` is set.
//
// autoScalingCommands() gives the Application Auto Scaling commands
// (register-scalable-target, put-scaling-policy) for a design's auto scaling
// settings, which DynamoDB's own API does not carry.
//
// Thread-safety: pure functions.
#pragma once

#include "shardscope/tools/table_design.h"

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace shardscope::tools {

struct CliOptions {
    std::string endpointUrl;  // adds --endpoint-url when set
    std::string region;       // adds --region when set
    bool multiline = true;
};

// `text` as one POSIX shell word: unchanged when it holds only safe
// characters, else in single quotes.
std::string shellQuote(std::string_view text);

std::string awsCliCommand(std::string_view operation, const nlohmann::json& request, const CliOptions& options = {});

std::vector<std::string> autoScalingCommands(const TableDesign& design, const CliOptions& options = {});

}  // namespace shardscope::tools
