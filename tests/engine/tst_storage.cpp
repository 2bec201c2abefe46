// Tests for engine/src/storage: WAL file databases persist tables and items
// across reopen, the catalog keeps descriptions, and rollback loses nothing.
#include "engine_test_support.h"
#include "storage/catalog.h"
#include "storage/database.h"
#include "storage/item_store.h"

#include <QTemporaryDir>

using namespace shardscope::engine;
using shardscope::engine::test::j;

class TestStorage : public QObject {
    Q_OBJECT

private slots:
    void fileDatabaseUsesWal() {
        QTemporaryDir dir;
        const std::string path = dir.filePath("w.db").toStdString();
        auto db = storage::Database::open(path);
        QVERIFY(db.ok());
        auto stmt = (*db)->prepared("PRAGMA journal_mode");
        QVERIFY(stmt.ok());
        QVERIFY(*(*stmt)->step());
        QCOMPARE(QString::fromStdString(std::string((*stmt)->columnText(0))), QString("wal"));
        (*stmt)->reset();
    }

    void itemStoreAndRollback() {
        auto db = storage::Database::open(":memory:");
        QVERIFY(db.ok());
        storage::ItemStore items(**db);
        storage::StoredKey key{7, "pk", ""};
        QVERIFY(items.put(1, key, 10, "data").ok());
        auto got = items.get(1, key);
        QVERIFY(got.ok() && got->has_value());
        QCOMPARE((*got)->data, std::string("data"));
        QVERIFY(!items.get(2, key)->has_value());  // other table
        {
            storage::Transaction tx(**db);
            QVERIFY(tx.begin().ok());
            QVERIFY(items.erase(1, key).ok());
            // no commit: the destructor rolls back
        }
        QVERIFY(items.get(1, key)->has_value());
        auto usage = items.usage();
        QVERIFY(usage.ok());
        QCOMPARE(usage->size(), std::size_t(1));
        QCOMPARE(usage->front().itemCount, std::int64_t(1));
        QCOMPARE(usage->front().sizeBytes, std::int64_t(10));
    }

    void engineDataPersistsAcrossReopen() {
        QTemporaryDir dir;
        EngineOptions options;
        options.databasePath = dir.filePath("persist.db").toStdString();
        {
            auto engine = Engine::open(options);
            QVERIFY(engine.ok());
            nlohmann::json out;
            SS_CALL_OK(**engine, "CreateTable", j(R"({"TableName":"Persist","AttributeDefinitions":[{"AttributeName":"pk","AttributeType":"S"}],
                "KeySchema":[{"AttributeName":"pk","KeyType":"HASH"}],"BillingMode":"PAY_PER_REQUEST"})"), out);
            SS_CALL_OK(**engine, "PutItem", j(R"({"TableName":"Persist","Item":{"pk":{"S":"a"},"v":{"N":"1"}}})"), out);
            SS_CALL_OK(**engine, "PutItem", j(R"({"TableName":"Persist","Item":{"pk":{"S":"b"},"v":{"N":"2"}}})"), out);
        }
        auto engine = Engine::open(options);
        QVERIFY(engine.ok());
        nlohmann::json out;
        SS_CALL_OK(**engine, "GetItem", j(R"({"TableName":"Persist","Key":{"pk":{"S":"b"}}})"), out);
        SS_COMPARE_JSON(out, j(R"({"Item":{"pk":{"S":"b"},"v":{"N":"2"}}})"));
        SS_CALL_OK(**engine, "DescribeTable", j(R"({"TableName":"Persist"})"), out);
        QCOMPARE(out["Table"]["ItemCount"].get<int>(), 2);
        QCOMPARE(out["Table"]["TableStatus"].get<std::string>(), std::string("ACTIVE"));
    }

    void oneProcessOwnsAWorkspace() {
        QTemporaryDir dir;
        EngineOptions options;
        options.databasePath = dir.filePath("owned.db").toStdString();
        auto first = Engine::open(options);
        QVERIFY(first.ok());
        auto second = Engine::open(options);
        QVERIFY(!second.ok());
        QVERIFY(second.error().message().find("in use by another Shardscope process") != std::string::npos);
        first = ApiError::internal("closed");  // closing the first engine releases the lock
        QVERIFY(Engine::open(options).ok());
    }

    void unreadableFileIsAnError() {
        EngineOptions options;
        options.databasePath = "/nonexistent-dir/x/y.db";
        auto engine = Engine::open(options);
        QVERIFY(!engine.ok());
        QVERIFY(engine.error().message().find("Cannot open database") != std::string::npos);
    }
};

QTEST_APPLESS_MAIN(TestStorage)
#include "tst_storage.moc"
