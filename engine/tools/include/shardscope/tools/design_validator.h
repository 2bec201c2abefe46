// Design validation by a throw-away engine.
//
// The engine is the one judge of a table design: these functions open a
// fresh in-memory engine, send it the design's requests (creationPlan(), or
// the original table's CreateTable followed by updatePlan()) and report the
// first failure exactly as the engine answers it. Nothing reaches the user's
// workspace. Opening an engine and creating a table takes milliseconds, not
// microseconds: call these from a worker thread, never the GUI thread.
//
// Thread-safety: each call uses its own engine; safe from any thread.
#pragma once

#include "shardscope/tools/table_design.h"

#include <string>

namespace shardscope::tools {

struct DesignCheck {
    bool ok = true;
    std::string operation;  // the request that failed: "CreateTable", "UpdateTimeToLive", ...
    std::string errorType;  // "ValidationException", "UnknownOperationException", ...
    std::string message;    // the engine's text, verbatim
};

DesignCheck validateCreation(const TableDesign& design);
// `before` is the existing table (as read from DescribeTable).
DesignCheck validateUpdate(const TableDesign& before, const TableDesign& after);

}  // namespace shardscope::tools
