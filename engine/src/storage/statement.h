// Statement: one prepared SQLite statement (RAII).
//
// Bind parameters are 1-based as in SQLite. Blob and text bindings are
// SQLITE_STATIC: the caller keeps the bound bytes alive until the statement
// is reset, which keeps the hot paths free of copies. Column views are valid
// until the next step() or reset().
//
// Thread-safety: none; a statement belongs to its Database, which serialises use.
#pragma once

#include "shardscope/engine/result.h"

#include <cstdint>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace shardscope::engine::storage {

class Statement {
public:
    Statement() = default;
    Statement(sqlite3* db, sqlite3_stmt* stmt) : m_db(db), m_stmt(stmt) {}
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, std::string_view blob);  // as BLOB, not copied
    Statement& bindText(int index, std::string_view text);  // as TEXT, not copied
    Statement& bindNull(int index);

    // True when a row is available; false when done. Errors become InternalServerError.
    Result<bool> step();
    // Runs to completion (for statements without rows).
    Status run();
    void reset();

    // Steps through the rows, calling visit(const Statement&) for each until
    // it returns false (a visitor returning void sees every row); always
    // resets, also after an error. The one row loop every store uses.
    template <typename Visit>
    Status forEachRow(Visit&& visit);
    // Every row read with read(const Statement&); always resets.
    template <typename Row, typename Read>
    Result<std::vector<Row>> collectRows(Read&& read);

    std::int64_t columnInt64(int index) const;
    std::string_view columnBlob(int index) const;
    std::string_view columnText(int index) const;
    bool columnIsNull(int index) const;

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
};

template <typename Visit>
Status Statement::forEachRow(Visit&& visit) {
    for (;;) {
        auto row = step();
        if (!row.ok()) {
            reset();
            return std::move(row).error();
        }
        if (!*row) break;
        const Statement& current = *this;
        if constexpr (std::is_void_v<std::invoke_result_t<Visit&, const Statement&>>) {
            visit(current);
        } else if (!visit(current)) {
            break;
        }
    }
    reset();
    return Status::success();
}

template <typename Row, typename Read>
Result<std::vector<Row>> Statement::collectRows(Read&& read) {
    std::vector<Row> out;
    Status status = forEachRow([&](const Statement& s) { out.push_back(read(s)); });
    if (!status.ok()) return std::move(status).error();
    return out;
}

}  // namespace shardscope::engine::storage
