#include "shardscope/tools/design_validator.h"

#include "shardscope/engine/engine.h"

namespace shardscope::tools {
namespace {

using nlohmann::json;

DesignCheck failed(const std::string& operation, const engine::ApiError& error) {
    return {false, operation, std::string(error.name()), error.message()};
}

std::unique_ptr<engine::Engine> scratchEngine(DesignCheck& check) {
    engine::EngineOptions options;
    options.databasePath = ":memory:";
    auto opened = engine::Engine::open(options);
    if (!opened.ok()) {
        check = failed("", opened.error());
        return nullptr;
    }
    return std::move(*opened);
}

DesignCheck run(engine::Engine& engine, const std::vector<PlannedRequest>& plan, const std::string& arn) {
    for (const PlannedRequest& step : plan) {
        json request = step.request;
        // Tags address the table by ARN: the scratch table's, not the original's.
        if (request.contains("ResourceArn")) request["ResourceArn"] = arn;
        auto result = engine.call(step.operation, request);
        if (!result.ok()) return failed(step.operation, result.error());
    }
    return {};
}

}  // namespace

DesignCheck validateCreation(const TableDesign& design) {
    DesignCheck check;
    auto engine = scratchEngine(check);
    if (!engine) return check;
    return run(*engine, creationPlan(design), {});
}

DesignCheck validateUpdate(const TableDesign& before, const TableDesign& after) {
    DesignCheck check;
    auto engine = scratchEngine(check);
    if (!engine) return check;
    // The original table without the parts set by later calls (TTL, tags need no replay
    // to judge the update, and an engine without UpdateTimeToLive still judges the rest).
    TableDesign original = before;
    original.ttlAttribute.clear();
    auto created = engine->call("CreateTable", createTableRequest(original));
    if (!created.ok()) return failed("CreateTable", created.error());
    const std::string arn = created->value("/TableDescription/TableArn"_json_pointer, std::string());
    TableDesign from = original;
    from.ttlAttribute = before.ttlAttribute;  // the plan disables the old attribute as the real table needs
    return run(*engine, updatePlan(from, after).requests, arn);
}

}  // namespace shardscope::tools
