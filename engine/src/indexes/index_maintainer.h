// Index maintenance: one base item change applied to the table's indexes.
//
// Called from ItemWriter::itemChanged(), inside the writer's SQLite
// transaction, with the item before and after the change. For every index
// that is maintained (Active, or Creating while it is backfilled) the old
// and new entries are compared: no entry before or after, or the same entry,
// writes nothing; an entry that appears is put, one that disappears is
// deleted, one whose index key changed is deleted and put again, one whose
// projected attributes changed is put over. The write units go to the call's
// IndexCallState. For tables with LSIs the item collection's size is kept
// (base item + LSI entries) and a change that grows it past the engine's
// itemCollectionSizeLimitBytes fails with ItemCollectionSizeLimitExceeded,
// which rolls the whole write back; shrinking writes always pass.
//
// Writes must have passed checkIndexWrite() (index_write_checks.h) before:
// an index key value this layer cannot index is simply left out.
//
// Thread-safety: under the engine's lock.
#pragma once

#include "engine_impl.h"

namespace shardscope::engine::indexes {

Status maintainIndexes(OpContext& ctx, TableSchema& table, const storage::StoredKey& key, const Item* before,
                       const Item* after);

}  // namespace shardscope::engine::indexes
