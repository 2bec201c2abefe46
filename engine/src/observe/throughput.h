// The hooks the operations call so that capacity is enforced and
// consumption observed: admit before a request touches anything (a throttled
// request fails with nothing done), charge once the units are known.
//
// admit*() return ProvisionedThroughputExceededException (with
// ThrottlingReasons) when the table, a GSI (back-pressure on base writes) or
// the key's partition has no capacity left, and count the throttle where
// CloudWatch and Contributor Insights count it. charge*() debit the buckets
// and feed partitions, metric series and hot keys. With observation off only
// the capacity buckets are kept; with enforcement off admit*() always pass.
//
// Thread-safety: under the engine's lock, from operation handlers.
#pragma once

#include "engine_impl.h"
#include "indexes/index_schema.h"
#include "ops/consumed_capacity.h"

#include <cstdint>
#include <string_view>

namespace shardscope::engine::observe {

class TableMonitor;

// A key as partitions and hot keys see it: the storage hash of the
// partition key and the encoded key values (sk empty when there is none).
struct KeyRef {
    std::int64_t hash = 0;
    std::string_view pk;
    std::string_view sk;
};
inline KeyRef keyRef(const storage::StoredKey& k) { return {k.hash, k.pk, k.sk}; }
inline KeyRef indexKeyRef(const indexes::IndexKey& k) { return {k.hash, k.ipk, k.isk}; }

// The table's monitor, built on first use; null only if building failed.
TableMonitor* monitorOf(OpContext& ctx, TableSchema& table);
// The clock reading of this call (read once).
std::int64_t callNow(OpContext& ctx);

// A read of `key` (null: a Scan, no single partition) from the table or,
// with `globalIndex`, from that GSI.
[[nodiscard]] Status admitRead(OpContext& ctx, TableSchema& table, const indexes::IndexSchema* globalIndex,
                               const KeyRef* key);
// A write of `key` to the table; every GSI must have write capacity too.
[[nodiscard]] Status admitWrite(OpContext& ctx, TableSchema& table, const KeyRef& key);

void chargeRead(OpContext& ctx, TableSchema& table, const indexes::IndexSchema* globalIndex, const KeyRef* key,
                double units);
void chargeWrite(OpContext& ctx, TableSchema& table, const KeyRef& key, double units);
// A GSI entry written or deleted (index maintenance): its units, and the
// entries and bytes it adds to the index partition.
void chargeIndexWrite(OpContext& ctx, TableSchema& table, const indexes::IndexSchema& index, const KeyRef& key,
                      double units, std::int64_t items, std::int64_t bytes);
// A Query or Scan of a secondary index, run with CapacityDetail::Indexes:
// charges the units its ConsumedCapacity reports (a GSI's to the GSI, an
// LSI's and base fetches to the table), then rewrites ConsumedCapacity to
// what the client asked for (`detail`; removed for None).
void chargeIndexResponse(OpContext& ctx, TableSchema& table, const indexes::IndexSchema& index, const KeyRef* key,
                         nlohmann::json& response, CapacityDetail detail);
// The storage hash of an index partition key value.
std::int64_t indexPartitionHash(const AttributeValue& value);

// Committed item changes in the partition of `hash`.
void itemsCommitted(OpContext& ctx, TableSchema& table, std::int64_t hash, std::int64_t items, std::int64_t bytes);
// Items the TTL sweeper deleted (TimeToLiveDeletedItemCount).
void ttlDeleted(OpContext& ctx, TableSchema& table, std::int64_t count);

}  // namespace shardscope::engine::observe
