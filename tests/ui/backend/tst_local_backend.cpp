// Tests ui/backend/local_backend.cpp (and the Backend base it implements):
// answers and errors as the engine gives them, in order, off the GUI thread,
// and the engine's change events batched onto the GUI thread.
#include "../ui_test_support.h"

#include "backend/local_backend.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>
#include <thread>

using namespace shardscope;
using namespace shardscope::ui;

class TestLocalBackend : public QObject {
    Q_OBJECT

private slots:
    void answersWithTheEnginesResponse();
    void answersWithTheEnginesErrors();
    void answersInOrderAndCountsPending();
    void runsTheEngineOffTheGuiThread();
    void skipsHandlersWhoseContextIsGone();
    void batchesChangesOntoTheGuiThread();
    void destroysCleanlyWithRequestsQueued();
};

void TestLocalBackend::answersWithTheEnginesResponse() {
    auto engine = test::openMemoryEngine();
    SS_CREATE_TABLE(*engine, "orders", "PK");
    LocalBackend backend(engine);
    QCOMPARE(backend.displayName(), QStringLiteral("Embedded engine"));
    QSignalSpy finished(&backend, &Backend::finished);

    BackendReply received;
    bool handled = false;
    const quint64 id = backend.call(QStringLiteral("ListTables"), nlohmann::json::object(), this,
                                    [&](const BackendReply& reply) {
                                        received = reply;
                                        handled = true;
                                    });
    QVERIFY(id > 0);
    QVERIFY(!handled);  // never answered synchronously
    QTRY_VERIFY(handled);
    QVERIFY(received.ok());
    QCOMPARE(QString::fromStdString(received.response()["TableNames"].dump()), QStringLiteral("[\"orders\"]"));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished[0][0].toULongLong(), id);
    QVERIFY(finished[0][1].value<BackendReply>().ok());
}

void TestLocalBackend::answersWithTheEnginesErrors() {
    auto engine = test::openMemoryEngine();
    LocalBackend backend(engine);
    const nlohmann::json request = {{"TableName", "missing"}};
    auto direct = engine->call("DescribeTable", request);
    QVERIFY(!direct.ok());

    BackendReply received;
    bool handled = false;
    backend.call(QStringLiteral("DescribeTable"), request, this, [&](const BackendReply& reply) {
        received = reply;
        handled = true;
    });
    QTRY_VERIFY(handled);
    QVERIFY(!received.ok());
    QCOMPARE(received.error().type, QStringLiteral("ResourceNotFoundException"));
    QCOMPARE(received.error().message, QString::fromStdString(direct.error().message()));
    QCOMPARE(received.error().httpStatus, 400);
    QCOMPARE(received.error().summary(), QStringLiteral("The table does not exist."));
    QVERIFY(received.error().displayText().endsWith(received.error().message));

    handled = false;
    backend.call(QStringLiteral("NoSuchOperation"), nlohmann::json::object(), this, [&](const BackendReply& reply) {
        received = reply;
        handled = true;
    });
    QTRY_VERIFY(handled);
    QVERIFY(!received.ok());
    QCOMPARE(received.error().type, QStringLiteral("UnknownOperationException"));
}

void TestLocalBackend::answersInOrderAndCountsPending() {
    auto engine = test::openMemoryEngine();
    SS_CREATE_TABLE(*engine, "orders", "PK");
    LocalBackend backend(engine);
    QList<quint64> answered;
    connect(&backend, &Backend::finished, this, [&](quint64 id, const BackendReply& reply) {
        QVERIFY(reply.ok());
        answered.append(id);
    });
    QList<quint64> sent;
    for (int i = 0; i < 50; ++i) {
        const nlohmann::json put = {{"TableName", "orders"}, {"Item", {{"PK", {{"S", std::to_string(i)}}}}}};
        sent.append(backend.call(QStringLiteral("PutItem"), put));
    }
    QCOMPARE(backend.pendingCount(), 50);
    QTRY_COMPARE(answered.size(), 50);
    QCOMPARE(answered, sent);
    QCOMPARE(backend.pendingCount(), 0);
}

void TestLocalBackend::runsTheEngineOffTheGuiThread() {
    auto engine = test::openMemoryEngine();
    SS_CREATE_TABLE(*engine, "orders", "PK");
    // Change listeners run on the thread that made the change.
    std::atomic<bool> sawChange{false};
    std::atomic<bool> onGuiThread{true};
    const auto guiThread = std::this_thread::get_id();
    const int listener = engine->addChangeListener([&](const engine::ChangeEvent&) {
        onGuiThread = std::this_thread::get_id() == guiThread;
        sawChange = true;
    });
    LocalBackend backend(engine);
    bool handled = false;
    const nlohmann::json put = {{"TableName", "orders"}, {"Item", {{"PK", {{"S", "a"}}}}}};
    backend.call(QStringLiteral("PutItem"), put, this, [&](const BackendReply& reply) {
        QVERIFY(reply.ok());
        QCOMPARE(QThread::currentThread(), qApp->thread());  // answers come back to the GUI thread
        handled = true;
    });
    QTRY_VERIFY(handled);
    QVERIFY(sawChange);
    QVERIFY(!onGuiThread);
    engine->removeChangeListener(listener);
}

void TestLocalBackend::skipsHandlersWhoseContextIsGone() {
    auto engine = test::openMemoryEngine();
    LocalBackend backend(engine);
    QSignalSpy finished(&backend, &Backend::finished);
    bool handled = false;
    auto* context = new QObject;
    backend.call(QStringLiteral("ListTables"), nlohmann::json::object(), context,
                 [&](const BackendReply&) { handled = true; });
    delete context;
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(!handled);
}

void TestLocalBackend::batchesChangesOntoTheGuiThread() {
    auto engine = test::openMemoryEngine();
    SS_CREATE_TABLE(*engine, "orders", "PK");
    LocalBackend backend(engine);
    QList<QList<BackendChange>> batches;
    connect(&backend, &Backend::changed, this, [&](const QList<BackendChange>& changes) {
        QCOMPARE(QThread::currentThread(), qApp->thread());
        batches.append(changes);
    });

    // A burst from another thread, as the network endpoint would cause.
    QElapsedTimer burst;
    burst.start();
    std::thread writer([&] {
        for (int i = 0; i < 200; ++i) {
            const nlohmann::json put = {{"TableName", "orders"}, {"Item", {{"PK", {{"S", std::to_string(i)}}}}}};
            (void)engine->call("PutItem", put);
        }
        (void)engine->call("CreateTable", test::createTableRequest("audit", "id"));
    });
    writer.join();
    const qint64 burstMillis = burst.elapsed();
    QTRY_VERIFY(!batches.isEmpty());
    QTest::qWait(300);  // anything still trickling in

    // 201 changes, coalesced: at most one batch per 100 ms of burst (plus the
    // one that closes it), each change once per batch.
    QVERIFY2(batches.size() <= burstMillis / 90 + 2,
             qPrintable(QStringLiteral("%1 batches in %2 ms").arg(batches.size()).arg(burstMillis)));
    QList<BackendChange> all;
    for (const auto& batch : batches) {
        for (const BackendChange& change : batch)
            QCOMPARE(batch.count(change), 1);
        all.append(batch);
    }
    QVERIFY(all.contains(BackendChange{BackendChange::Kind::ItemsChanged, QStringLiteral("orders")}));
    QVERIFY(all.contains(BackendChange{BackendChange::Kind::TableCreated, QStringLiteral("audit")}));
}

void TestLocalBackend::destroysCleanlyWithRequestsQueued() {
    auto engine = test::openMemoryEngine();
    SS_CREATE_TABLE(*engine, "orders", "PK");
    int handled = 0;
    {
        LocalBackend backend(engine);
        for (int i = 0; i < 200; ++i) {
            const nlohmann::json put = {{"TableName", "orders"}, {"Item", {{"PK", {{"S", std::to_string(i)}}}}}};
            backend.call(QStringLiteral("PutItem"), put, this, [&](const BackendReply&) { ++handled; });
        }
    }
    // Answers to a destroyed backend are never delivered, and nothing crashes.
    QTest::qWait(100);
    QCOMPARE(handled, 0);
    // The engine is still usable by others.
    QVERIFY(test::callEngine(*engine, "DescribeTable", {{"TableName", "orders"}}).isEmpty());
}

QTEST_MAIN(TestLocalBackend)
#include "tst_local_backend.moc"
