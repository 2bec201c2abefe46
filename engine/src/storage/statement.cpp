#include "storage/statement.h"

#include <sqlite3.h>

#include <utility>

namespace shardscope::engine::storage {

Statement::~Statement() {
    if (m_stmt) sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_stmt(std::exchange(other.m_stmt, nullptr)) {}

Statement& Statement::operator=(Statement&& other) noexcept {
    if (this != &other) {
        if (m_stmt) sqlite3_finalize(m_stmt);
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
    }
    return *this;
}

Statement& Statement::bind(int index, std::int64_t value) {
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, std::string_view blob) {
    // A zero-length blob must still bind as a BLOB (not NULL): pass a valid pointer.
    static const char kEmpty = 0;
    sqlite3_bind_blob(m_stmt, index, blob.empty() ? &kEmpty : blob.data(), static_cast<int>(blob.size()),
                      SQLITE_STATIC);
    return *this;
}

Statement& Statement::bindText(int index, std::string_view text) {
    sqlite3_bind_text(m_stmt, index, text.data(), static_cast<int>(text.size()), SQLITE_STATIC);
    return *this;
}

Statement& Statement::bindNull(int index) {
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Result<bool> Statement::step() {
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    return ApiError::internal(std::string("Storage error: ") + sqlite3_errmsg(m_db));
}

Status Statement::run() {
    auto r = step();
    if (!r.ok()) {
        reset();
        return std::move(r).error();
    }
    reset();
    return Status::success();
}

void Statement::reset() {
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

std::int64_t Statement::columnInt64(int index) const { return sqlite3_column_int64(m_stmt, index); }

std::string_view Statement::columnBlob(int index) const {
    const void* data = sqlite3_column_blob(m_stmt, index);
    const int size = sqlite3_column_bytes(m_stmt, index);
    if (!data || size <= 0) return {};
    return {static_cast<const char*>(data), static_cast<std::size_t>(size)};
}

std::string_view Statement::columnText(int index) const {
    const unsigned char* data = sqlite3_column_text(m_stmt, index);
    const int size = sqlite3_column_bytes(m_stmt, index);
    if (!data || size <= 0) return {};
    return {reinterpret_cast<const char*>(data), static_cast<std::size_t>(size)};
}

bool Statement::columnIsNull(int index) const { return sqlite3_column_type(m_stmt, index) == SQLITE_NULL; }

}  // namespace shardscope::engine::storage
