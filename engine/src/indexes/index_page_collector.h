// IndexPageCollector: builds one Query or Scan page from an index walk.
//
// The index counterpart of ops/page_collector.h: entries are read until
// Limit entries were evaluated or 1 MB was read, measured on entry sizes
// (plus the base items fetched for an LSI read of unprojected attributes),
// then filtered, projected and counted. LastEvaluatedKey carries the table
// key and the index key of the last entry evaluated. Consumed capacity is
// split: the entries read are charged to the index, fetched base items to
// the table, each total rounded up to 4 KB.
//
// Thread-safety: one collector per request, under the engine's lock.
#pragma once

#include "engine_impl.h"
#include "expr/expressions.h"
#include "indexes/index_store.h"
#include "ops/consumed_capacity.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>

namespace shardscope::engine::indexes {

struct IndexPageOptions {
    std::optional<std::int64_t> limit;
    const expr::ParsedCondition* filter = nullptr;
    const expr::ParsedProjection* projection = nullptr;
    bool countOnly = false;
    bool consistent = false;
    // Read each entry's base item and evaluate that instead (LSIs only).
    bool fetchBaseItems = false;
};

class IndexPageCollector {
public:
    static constexpr std::size_t kPageBytes = 1024 * 1024;

    IndexPageCollector(OpContext& ctx, const TableSchema& table, const IndexSchema& index, const IndexPageOptions& options)
        : m_ctx(ctx), m_table(table), m_index(index), m_options(options) {}

    // The IndexRowVisitor entry point; `self` is an IndexPageCollector.
    static bool visit(void* self, const IndexRowView& row);

    Status status() const { return m_error; }
    // Items/Count/ScannedCount/LastEvaluatedKey, plus ConsumedCapacity when asked.
    nlohmann::json response(CapacityDetail detail) const;

private:
    bool accept(const IndexRowView& row);

    OpContext& m_ctx;
    const TableSchema& m_table;
    const IndexSchema& m_index;
    IndexPageOptions m_options;
    nlohmann::json m_items = nlohmann::json::array();
    std::int64_t m_count = 0;
    std::int64_t m_scanned = 0;
    std::size_t m_pageBytes = 0;
    std::size_t m_indexBytes = 0;
    std::size_t m_tableBytes = 0;
    bool m_fetched = false;
    bool m_stoppedEarly = false;
    Item m_lastKey;
    Status m_error;
};

}  // namespace shardscope::engine::indexes
