#include "storage/database.h"

#include <sqlite3.h>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace shardscope::engine::storage {
namespace {

constexpr int kSchemaVersion = 1;

// Items of every table live in one WITHOUT ROWID table, clustered by
// (table, partition-key hash, partition key, sort key): Scan walks hash order
// as DynamoDB does, parallel-scan segments and partitions are hash ranges,
// and a Query is a range inside one (hash, pk) prefix.
constexpr const char* kSchemaV1 = R"sql(
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS tables(
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  description TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS items(
  table_id INTEGER NOT NULL,
  hash INTEGER NOT NULL,
  pk BLOB NOT NULL,
  sk BLOB NOT NULL,
  size INTEGER NOT NULL,
  data BLOB NOT NULL,
  PRIMARY KEY(table_id, hash, pk, sk)) WITHOUT ROWID;
)sql";

// Turns off SQLite's memory statistics, once per process and before SQLite
// initialises. With them on (Debian's default), every allocation SQLite makes
// takes a process-wide mutex to keep the counters; nothing here reads them.
// If SQLite was already initialised by someone else, sqlite3_config() refuses
// and SQLite simply keeps its defaults.
void configureSqliteOnce() {
    static const bool configured = [] {
        (void)sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
        return true;
    }();
    (void)configured;
}

}  // namespace

Result<std::unique_ptr<Database>> Database::open(const std::string& path) {
    configureSqliteOnce();
    const bool memory = path == ":memory:" || path.empty();
    int lockFd = -1;
    if (!memory) {
        const std::string lockPath = path + ".lock";
        lockFd = ::open(lockPath.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
        if (lockFd < 0) return ApiError::internal("Cannot open database '" + path + "': cannot create " + lockPath);
        if (::flock(lockFd, LOCK_EX | LOCK_NB) != 0) {
            ::close(lockFd);
            return ApiError::internal("Cannot open database '" + path +
                                      "': it is in use by another Shardscope process");
        }
    }
    sqlite3* handle = nullptr;
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
    const int rc = sqlite3_open_v2(path.c_str(), &handle, flags, nullptr);
    if (rc != SQLITE_OK) {
        std::string message = handle ? sqlite3_errmsg(handle) : sqlite3_errstr(rc);
        if (handle) sqlite3_close(handle);
        if (lockFd >= 0) ::close(lockFd);
        return ApiError::internal("Cannot open database '" + path + "': " + message);
    }
    std::unique_ptr<Database> db(new Database(handle, memory));
    db->m_lockFd = lockFd;
    sqlite3_busy_timeout(handle, 5000);
    if (!memory) {
        SHARDSCOPE_TRY(db->exec("PRAGMA journal_mode=WAL"));
        SHARDSCOPE_TRY(db->exec("PRAGMA synchronous=NORMAL"));
        // A checkpoint copies the WAL back into the database and syncs both
        // files (milliseconds each); at SQLite's default of every 1000 pages
        // that cost landed on every few hundredth write. Every 10000 pages
        // (about 40 MiB of WAL) spreads it ten times thinner. A WAL that grew
        // past 64 MiB anyway (a checkpoint held off by a long read) is cut
        // back to that size once it is checkpointed.
        SHARDSCOPE_TRY(db->exec("PRAGMA wal_autocheckpoint=10000"));
        SHARDSCOPE_TRY(db->exec("PRAGMA journal_size_limit=67108864"));
    }
    SHARDSCOPE_TRY(db->exec("PRAGMA foreign_keys=OFF"));
    SHARDSCOPE_TRY(db->exec("PRAGMA cache_size=-65536"));  // 64 MiB page cache
    SHARDSCOPE_TRY(db->migrate());
    return db;
}

Database::~Database() {
    m_statements.clear();  // finalize before close
    if (m_db) sqlite3_close(m_db);
    if (m_lockFd >= 0) ::close(m_lockFd);  // releases the workspace lock
}

std::string Database::lastError() const { return sqlite3_errmsg(m_db); }

Status Database::exec(std::string_view sql) {
    char* error = nullptr;
    const std::string text(sql);
    if (sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
        std::string message = error ? error : "unknown error";
        sqlite3_free(error);
        return ApiError::internal("Storage error: " + message);
    }
    return Status::success();
}

Result<Statement*> Database::prepared(std::string_view sql) {
    auto it = m_statements.find(sql.data());
    if (it != m_statements.end()) {
        it->second->reset();
        return it->second.get();
    }
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v3(m_db, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &stmt,
                           nullptr) != SQLITE_OK)
        return ApiError::internal("Storage error preparing statement: " + lastError());
    auto owned = std::make_unique<Statement>(m_db, stmt);
    Statement* raw = owned.get();
    m_statements.emplace(sql.data(), std::move(owned));
    return raw;
}

// Through cached statements: these run around every write, and sqlite3_exec()
// would compile the SQL text each time.
Status Database::begin() {
    auto stmt = prepared("BEGIN IMMEDIATE");
    if (!stmt.ok()) return std::move(stmt).error();
    return (*stmt)->run();
}

Status Database::commit() {
    auto stmt = prepared("COMMIT");
    if (!stmt.ok()) return std::move(stmt).error();
    return (*stmt)->run();
}

void Database::rollback() {
    auto stmt = prepared("ROLLBACK");
    if (stmt.ok()) (void)(*stmt)->run();
}

Status Database::migrate() {
    SHARDSCOPE_TRY(exec(kSchemaV1));
    auto stmt = prepared("SELECT value FROM meta WHERE key='schema_version'");
    if (!stmt.ok()) return std::move(stmt).error();
    auto row = (*stmt)->step();
    if (!row.ok()) return std::move(row).error();
    int version = 0;
    if (*row) version = std::stoi(std::string((*stmt)->columnText(0)));
    (*stmt)->reset();
    if (version > kSchemaVersion)
        return ApiError::internal("The workspace was written by a newer Shardscope (schema " + std::to_string(version) +
                                  "); this build understands up to " + std::to_string(kSchemaVersion));
    if (version == 0)
        SHARDSCOPE_TRY(exec("INSERT OR REPLACE INTO meta(key, value) VALUES('schema_version', '1')"));
    return Status::success();
}

}  // namespace shardscope::engine::storage
