#include "shardscope/tools/cli_command.h"

#include "shardscope/tools/code_generator.h"

#include "code_layout.h"

namespace shardscope::tools {
namespace {

using nlohmann::json;

bool isSafeShellChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           std::string_view("_-./:@%+=,").find(c) != std::string_view::npos;
}

std::string joinCommand(const std::vector<std::string>& words, const CliOptions& options) {
    // words[0] is "aws <service> <operation>"; the rest are "--option value" pairs.
    std::string out = words.front();
    for (std::size_t i = 1; i < words.size(); ++i) out += (options.multiline ? " \\\n    " : " ") + words[i];
    return out;
}

void addGlobalOptions(std::vector<std::string>& words, const CliOptions& options) {
    if (!options.region.empty()) words.push_back("--region " + shellQuote(options.region));
    if (!options.endpointUrl.empty()) words.push_back("--endpoint-url " + shellQuote(options.endpointUrl));
}

}  // namespace

std::string shellQuote(std::string_view text) {
    bool safe = !text.empty();
    for (char c : text) safe = safe && isSafeShellChar(c);
    if (safe) return std::string(text);
    std::string out = "'";
    for (char c : text) {
        if (c == '\'')
            out += "'\\''";
        else
            out += c;
    }
    return out + "'";
}

std::string awsCliCommand(std::string_view operation, const json& request, const CliOptions& options) {
    std::vector<std::string> words{"aws dynamodb " + wireNameToSnake(operation, '-')};
    const bool paginated = operation == "Query" || operation == "Scan";
    if (request.is_object()) {
        for (const std::string& name : codegen::memberOrder(request)) {
            const std::string option = "--" + wireNameToSnake(name, '-');
            const json& value = request[name];
            if (paginated && name == "Limit") {
                // The CLI hides Limit on paginated operations; page size and item cap together give one page.
                words.push_back("--max-items " + value.dump());
                words.push_back("--page-size " + value.dump());
            } else if (value.is_boolean()) {
                words.push_back(value.get<bool>() ? option : "--no-" + option.substr(2));
            } else if (value.is_string()) {
                words.push_back(option + " " + shellQuote(value.get<std::string>()));
            } else if (value.is_number()) {
                words.push_back(option + " " + value.dump());
            } else {
                words.push_back(option + " " + shellQuote(value.dump()));
            }
        }
    }
    addGlobalOptions(words, options);
    return joinCommand(words, options);
}

std::vector<std::string> autoScalingCommands(const TableDesign& design, const CliOptions& options) {
    std::vector<std::string> commands;
    if (!design.isProvisioned()) return commands;
    auto add = [&](const std::string& resource, const char* level, const char* side, const AutoScalingDesign& scaling,
                   const char* metric) {
        if (!scaling.enabled) return;
        const std::string dimension = std::string("dynamodb:") + level + ":" + side + "CapacityUnits";
        CliOptions global = options;
        global.endpointUrl.clear();  // Application Auto Scaling is AWS's, not the local endpoint's
        std::vector<std::string> reg{"aws application-autoscaling register-scalable-target",
                                     "--service-namespace dynamodb",
                                     "--resource-id " + shellQuote(resource),
                                     "--scalable-dimension " + dimension,
                                     "--min-capacity " + std::to_string(scaling.minCapacity),
                                     "--max-capacity " + std::to_string(scaling.maxCapacity)};
        addGlobalOptions(reg, global);
        commands.push_back(joinCommand(reg, options));
        const json policy = {{"TargetValue", scaling.targetUtilization},
                             {"PredefinedMetricSpecification", {{"PredefinedMetricType", metric}}}};
        std::string policyName = resource;
        for (char& c : policyName)
            if (c == '/') c = '-';
        std::vector<std::string> put{"aws application-autoscaling put-scaling-policy",
                                     "--service-namespace dynamodb",
                                     "--resource-id " + shellQuote(resource),
                                     "--scalable-dimension " + dimension,
                                     "--policy-name " + shellQuote(policyName + "-" + side + "-scaling"),
                                     "--policy-type TargetTrackingScaling",
                                     "--target-tracking-scaling-policy-configuration " + shellQuote(policy.dump())};
        addGlobalOptions(put, global);
        commands.push_back(joinCommand(put, options));
    };
    const std::string table = "table/" + design.tableName;
    add(table, "table", "Read", design.throughput.readScaling, "DynamoDBReadCapacityUtilization");
    add(table, "table", "Write", design.throughput.writeScaling, "DynamoDBWriteCapacityUtilization");
    for (const IndexDesign& index : design.globalIndexes) {
        const std::string resource = table + "/index/" + index.name;
        add(resource, "index", "Read", index.throughput.readScaling, "DynamoDBReadCapacityUtilization");
        add(resource, "index", "Write", index.throughput.writeScaling, "DynamoDBWriteCapacityUtilization");
    }
    return commands;
}

}  // namespace shardscope::tools
