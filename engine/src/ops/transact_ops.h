// Transactions: TransactGetItems and TransactWriteItems.
//
// A write transaction validates every action, refuses two actions on one
// item, evaluates every condition against the stored items and, only when
// all hold, applies all writes in one storage transaction; otherwise it
// answers TransactionCanceledException with one reason per action. The
// engine's lock makes transactions serializable with every other request.
// ClientRequestToken makes a repeat within ten minutes return the first
// answer without writing again.
//
// Thread-safety: handlers run under the engine's lock (see engine_impl.h).
#pragma once

#include "engine_impl.h"

#include <nlohmann/json.hpp>

namespace shardscope::engine::ops {

Result<nlohmann::json> transactGetItems(OpContext& ctx, const nlohmann::json& request);
Result<nlohmann::json> transactWriteItems(OpContext& ctx, const nlohmann::json& request);

}  // namespace shardscope::engine::ops
