// Stream records for item changes: what ItemWriter::itemChanged() calls for a
// table with an enabled stream.
//
// recordChange() writes one record — INSERT, MODIFY or REMOVE, with Keys and
// the images the stream's view type asks for — into the open shard of the
// item's partition, in the caller's SQLite transaction, so the record exists
// exactly when the change is committed. A write that changes nothing (an
// identical rewrite, a delete of a missing item) writes no record. Deletes by
// the TTL sweeper carry the service's userIdentity.
//
// Thread-safety: none; used under the engine's lock.
#pragma once

#include "ops/item_writer.h"

namespace shardscope::engine::streams {

// Records the change of one item; `before`/`after` are null when the item
// did not / does not exist.
Status recordChange(OpContext& ctx, const TableSchema& table, const storage::StoredKey& key, const Item* before,
                    const Item* after, ChangeOrigin origin);

}  // namespace shardscope::engine::streams
