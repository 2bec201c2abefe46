// Database: one SQLite connection with a cache of prepared statements.
//
// One process at a time owns a workspace file: open() takes an exclusive
// advisory lock on "<path>.lock" and fails with a readable error when another
// engine holds it (two engines on one file would each cache their own
// catalog). Opens a file in WAL mode (synchronous=NORMAL: a committed write survives a
// process crash; fsync happens at checkpoints, every 10000 WAL pages) or an
// in-memory database, and
// applies the schema migrations. Hot paths ask for statements by their SQL
// text through prepared(), which prepares each text once.
//
// Thread-safety: none. The engine serialises all access to a Database.
#pragma once

#include "shardscope/engine/result.h"
#include "storage/statement.h"

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

struct sqlite3;

namespace shardscope::engine::storage {

class Database {
public:
    static Result<std::unique_ptr<Database>> open(const std::string& path);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    Status exec(std::string_view sql);
    // A cached statement for `sql`, reset and ready to bind. `sql` must be a
    // constant (string literal): it is the cache key.
    Result<Statement*> prepared(std::string_view sql);

    Status begin();
    Status commit();
    void rollback();

    bool inMemory() const { return m_inMemory; }
    std::string lastError() const;

private:
    Database(sqlite3* db, bool inMemory) : m_db(db), m_inMemory(inMemory) {}
    Status migrate();

    int m_lockFd = -1;  // the workspace lock, held while the file is open
    sqlite3* m_db = nullptr;
    bool m_inMemory = false;
    std::unordered_map<const char*, std::unique_ptr<Statement>> m_statements;
};

// Rolls back unless commit() was called (all-or-nothing writes).
class Transaction {
public:
    explicit Transaction(Database& db) : m_db(db) {}
    ~Transaction() {
        if (m_open) m_db.rollback();
    }
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    Status begin() {
        Status s = m_db.begin();
        m_open = s.ok();
        return s;
    }
    Status commit() {
        Status s = m_db.commit();
        if (s.ok()) m_open = false;
        return s;
    }

private:
    Database& m_db;
    bool m_open = false;
};

}  // namespace shardscope::engine::storage
