// Switching a table's stream on and off: what CreateTable, UpdateTable and
// DeleteTable call.
//
// Enabling creates a new stream (a new ARN and label, ISO-8601 with
// milliseconds from the Clock) with one open shard per partition, records
// StreamSpecification, LatestStreamArn and LatestStreamLabel in the table's
// description (persisted through the catalog) and makes the table's writes
// produce records (TableSchema::setStreamEnabled). Disabling closes the
// stream's shards; the stream stays readable, DISABLED, for the retention
// period; the description loses StreamSpecification but keeps
// LatestStreamArn/LatestStreamLabel, as DynamoDB's does. The view type of a
// stream cannot change: disable, then enable again.
//
// Messages are DynamoDB's (all ValidationException):
//   "Table already has an enabled stream: TableName: <T>"
//   "Table has no stream to disable: TableName: <T>"
//   "One or more parameter values were invalid: If stream is being enabled then UpdateViewType is required"
//   "... If stream is being disabled, then UpdateViewType must not be specified"
//   CreateTable: "... Table is being created with a stream enabled, UpdateViewType is required" and
//                "... Table is being created with a stream disabled, UpdateViewType should not be specified"
//
// Each function's database writes are atomic (a SQLite savepoint, so they
// also nest inside the caller's transaction); on failure the table and its
// description are unchanged.
//
// Thread-safety: none; called under the engine's lock.
#pragma once

#include "engine_impl.h"

#include <nlohmann/json.hpp>

#include <string>

namespace shardscope::engine {

// Checks a StreamSpecification object (constraint violations first, then the
// enabled/view-type rules). `creatingTable` selects CreateTable's wording.
Status validateStreamSpecification(const nlohmann::json& spec, bool creatingTable = false);

// Whether the table's stream can be switched on (`enable`) or off now:
// DynamoDB refuses enabling an enabled stream and disabling a missing one.
// enableStream()/disableStream() check it first; UpdateTable checks it
// before its other changes start.
Status checkStreamSwitch(const TableSchema& table, bool enable);

// Precondition: `viewType` is valid (validateStreamSpecification()).
Status enableStream(OpContext& ctx, TableSchema& table, const std::string& viewType);
Status disableStream(OpContext& ctx, TableSchema& table);

// CreateTable: when the validated `spec` enables a stream, creates it for the
// table being created and adds the stream fields to `description`, which
// must already hold TableName, TableArn, TableId and KeySchema. Call inside
// the transaction that inserts the table.
Status addStreamToNewTable(OpContext& ctx, const nlohmann::json& spec, nlohmann::json& description);

// DeleteTable: the table's stream (if enabled) goes DISABLED now. Optional —
// the Streams operations notice a deleted table by themselves — but it makes
// the disable time exact.
Status streamTableDeleted(OpContext& ctx, const TableSchema& table);

}  // namespace shardscope::engine
