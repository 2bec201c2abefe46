// The per-language halves of generateCode() (see code_generator.h).
//
// Thread-safety: pure functions.
#pragma once

#include "shardscope/tools/code_generator.h"

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace shardscope::tools::codegen {

std::string pythonCode(std::string_view operation, const nlohmann::json& request, const CodegenOptions& options);
std::string javascriptCode(std::string_view operation, const nlohmann::json& request, const CodegenOptions& options);
std::string javaCode(std::string_view operation, const nlohmann::json& request, const CodegenOptions& options);
bool javaSupports(std::string_view operation);

// True when the request asks for consumed capacity (ReturnConsumedCapacity other than NONE).
bool wantsConsumedCapacity(const nlohmann::json& request);

}  // namespace shardscope::tools::codegen
