// PageCollector: builds one Query or Scan page from a storage walk.
//
// DynamoDB reads items until Limit items were evaluated or 1 MB was read
// (sizes before filtering and projection), then filters, projects and counts.
// The collector is the RowVisitor of that walk: it decodes each row, applies
// the filter, keeps the projected item (unless only counting) and stops the
// walk at the page limits, remembering the last evaluated key for
// LastEvaluatedKey. Consumed capacity is the total size read, rounded up.
//
// Thread-safety: one collector per request.
#pragma once

#include "expr/expressions.h"
#include "ops/consumed_capacity.h"
#include "ops/table_schema.h"
#include "storage/item_store.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>

namespace shardscope::engine {

struct PageOptions {
    std::optional<std::int64_t> limit;
    const expr::ParsedCondition* filter = nullptr;
    const expr::ParsedProjection* projection = nullptr;
    bool countOnly = false;
    bool consistent = false;
};

class PageCollector {
public:
    static constexpr std::size_t kPageBytes = 1024 * 1024;

    PageCollector(const TableSchema& table, const PageOptions& options) : m_table(table), m_options(options) {}

    // The RowVisitor entry point; `self` is a PageCollector.
    static bool visit(void* self, const storage::RowView& row);

    Status status() const { return m_error; }
    // Items/Count/ScannedCount/LastEvaluatedKey, plus ConsumedCapacity when
    // asked. Moves the items out: call once, after the walk.
    nlohmann::json response(CapacityDetail detail);
    double consumedUnits() const { return readUnits(m_bytesRead, m_options.consistent); }

private:
    bool accept(const storage::RowView& row);
    // Limit items evaluated, or 1 MB read.
    bool pageFull() const;

    const TableSchema& m_table;
    PageOptions m_options;
    nlohmann::json m_items = nlohmann::json::array();
    std::int64_t m_count = 0;
    std::int64_t m_scanned = 0;
    std::size_t m_bytesRead = 0;
    bool m_stoppedEarly = false;
    Item m_lastKey;
    Status m_error;
};

}  // namespace shardscope::engine
