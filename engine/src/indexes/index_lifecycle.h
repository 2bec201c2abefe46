// The life cycle of secondary indexes: engine open and close, new and
// deleted tables, and online GSI creation and deletion for UpdateTable.
//
// Online changes (DynamoDB allows one per table at a time):
//
//   beginCreateGlobalIndex() takes one GlobalSecondaryIndexUpdates[].Create
//   object and the request's AttributeDefinitions (null when absent). It
//   validates the definition completely, with the service's messages, before
//   changing anything: the constraint checks of the members, index key
//   attributes defined in the request's AttributeDefinitions (even when the
//   table already defines them) and not redefined with another type, the key
//   schema and projection rules, ProvisionedThroughput against the table's
//   billing mode, a name no index of the table has ("Attempting to create an
//   index which already exists"), the 20-GSI limit, and no other online
//   index change in progress (LimitExceededException "Subscriber limit
//   exceeded: Only 1 online index can be created or deleted simultaneously
//   per table"). On success it merges the attribute definitions into the
//   table's description, adds the index with IndexStatus CREATING and
//   Backfilling true, persists the description, and hands the index to the
//   backfill worker (backfill_worker.h), which makes it ACTIVE when done.
//   Writes maintain a CREATING index from the start; reads of it fail with
//   "Cannot read from backfilling global secondary index: <name>".
//
//   beginDeleteGlobalIndex() marks the GSI DELETING, persists, and lets the
//   worker remove its entries and then the index (and the attribute
//   definitions only it used) from the description. An unknown name is
//   ResourceNotFoundException "Requested resource not found: Index: <name>
//   not found"; an LSI cannot be deleted (ValidationException). Deleting an
//   index that is still CREATING cancels its backfill.
//
//   Both leave the description unchanged when they fail. When a second
//   change for the same table is refused in the same call, the first is
//   taken back too (description, catalog and worker), so a caller that
//   restores its own copy of the description after the error stays
//   consistent with the index layer.
//
// Thread-safety: everything runs under the engine's mutex, except
// closeIndexes(), which must be called without it.
#pragma once

#include "engine_impl.h"

#include <nlohmann/json.hpp>

#include <string>

namespace shardscope::engine::indexes {

// Engine::open, after the catalog is loaded: creates the index tables,
// attaches the index store to every table, removes entries of tables that
// no longer exist, and rebuilds indexes a workspace lacks entries for
// (written before indexes were maintained).
Status openIndexes(Engine::Impl& engine);
// The last step of Engine::open (nothing may use the database without the
// engine's mutex after it): hands CREATING / DELETING GSIs back to the
// backfill worker, which starts its thread.
void resumeIndexChanges(Engine::Impl& engine);
// Engine destruction: stops the backfill worker (joined).
void closeIndexes(Engine::Impl& engine);

// CreateTable, inside its transaction once the table id is known: removes
// any entries left under that id and records each index as built (empty).
Status prepareNewTable(OpContext& ctx, std::int64_t tableId, const nlohmann::json& description);
// DeleteTable, inside its transaction: removes the table's entries, index
// usage and item collections.
Status dropTableIndexes(OpContext& ctx, std::int64_t tableId);

Status beginCreateGlobalIndex(OpContext& ctx, TableSchema& table, const nlohmann::json& create,
                              const nlohmann::json* attributeDefinitions);
Status beginDeleteGlobalIndex(OpContext& ctx, TableSchema& table, const std::string& indexName);

// Whether a GSI of the table is CREATING or DELETING.
bool onlineIndexChangeInProgress(const TableSchema& table);

}  // namespace shardscope::engine::indexes
