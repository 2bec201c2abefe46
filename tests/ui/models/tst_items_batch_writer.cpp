// Tests ui/models/items_batch_writer.cpp: BatchWriteItem in chunks of 25, no
// key twice in one batch, unprocessed items and throttling retried with
// backoff, other errors reported.
#include "../fake_backend.h"
#include "../items_test_support.h"

#include "models/items_batch_writer.h"

#include <QSignalSpy>
#include <QTest>

using namespace shardscope;
using namespace shardscope::ui;

namespace {

nlohmann::json put(int id) {
    return {
        {"PutRequest", {{"Item", {{"pk", {{"S", "k" + std::to_string(id)}}}, {"n", {{"N", std::to_string(id)}}}}}}}};
}

const nlohmann::json& batchOf(const test::FakeBackend::Request& request) {
    return request.body["RequestItems"]["t1"];
}

}  // namespace

class TestItemsBatchWriter : public QObject {
    Q_OBJECT

private slots:
    void writesInChunksOf25();
    void neverPutsOneKeyTwiceInABatch();
    void retriesUnprocessedItemsWithBackoff();
    void retriesThrottlingAndReportsOtherErrors();
    void cancelDropsTheQueue();
};

void TestItemsBatchWriter::writesInChunksOf25() {
    auto backend = std::make_shared<test::FakeBackend>();
    ItemsBatchWriter writer(backend, QStringLiteral("t1"), {QStringLiteral("pk")});
    QSignalSpy drained(&writer, &ItemsBatchWriter::drained);
    std::vector<nlohmann::json> requests;
    for (int i = 0; i < 60; ++i)
        requests.push_back(put(i));
    writer.enqueue(requests);
    QCOMPARE(writer.pendingCount(), 60);
    QList<int> sizes;
    while (!backend->requests().isEmpty()) {
        QCOMPARE(backend->requests().size(), 1);  // one batch in flight
        const auto request = backend->requests().front();
        QCOMPARE(request.operation, QStringLiteral("BatchWriteItem"));
        sizes.append(int(batchOf(request).size()));
        backend->answer(request.id, {{"UnprocessedItems", nlohmann::json::object()}});
    }
    QCOMPARE(sizes, (QList<int>{25, 25, 10}));
    QCOMPARE(writer.writtenCount(), 60);
    QVERIFY(writer.isIdle());
    QCOMPARE(drained.size(), 1);
}

void TestItemsBatchWriter::neverPutsOneKeyTwiceInABatch() {
    auto backend = std::make_shared<test::FakeBackend>();
    ItemsBatchWriter writer(backend, QStringLiteral("t1"), {QStringLiteral("pk")});
    writer.enqueue({put(1), put(2), put(1), put(3)});
    QCOMPARE(batchOf(backend->requests().front()).size(), std::size_t(2));
    backend->answer(backend->requests().front().id, nlohmann::json::object());
    QCOMPARE(batchOf(backend->requests().front()).size(), std::size_t(2));  // the second write of k1, then k3
    SS_COMPARE_JSON(batchOf(backend->requests().front())[0], put(1));
    backend->answer(backend->requests().front().id, nlohmann::json::object());
    QCOMPARE(writer.writtenCount(), 4);
}

void TestItemsBatchWriter::retriesUnprocessedItemsWithBackoff() {
    auto backend = std::make_shared<test::FakeBackend>();
    ItemsBatchWriter writer(backend, QStringLiteral("t1"), {QStringLiteral("pk")});
    writer.setBackoff(20, 80);
    QSignalSpy progressed(&writer, &ItemsBatchWriter::progressed);
    writer.enqueue({put(1), put(2), put(3)});
    backend->answer(backend->requests().front().id,
                    {{"UnprocessedItems", {{"t1", {put(2), put(3)}}}}});
    QCOMPARE(writer.writtenCount(), 1);
    QCOMPARE(writer.pendingCount(), 2);
    QVERIFY(backend->requests().isEmpty());  // waiting out the backoff
    QElapsedTimer waited;
    waited.start();
    QTRY_COMPARE(backend->requests().size(), 1);
    QVERIFY(waited.elapsed() >= 15);
    SS_COMPARE_JSON(batchOf(backend->requests().front()), (nlohmann::json{put(2), put(3)}));
    backend->answer(backend->requests().front().id, {{"UnprocessedItems", nlohmann::json::object()}});
    QCOMPARE(writer.writtenCount(), 3);
    QCOMPARE(progressed.last().at(0).toLongLong(), 3);

    // An item the backend never takes fails after kMaxAttempts.
    QSignalSpy failed(&writer, &ItemsBatchWriter::failed);
    writer.setBackoff(1, 2);
    writer.enqueue({put(9)});
    for (int attempt = 0; attempt < ItemsBatchWriter::kMaxAttempts && failed.isEmpty(); ++attempt) {
        QTRY_COMPARE(backend->requests().size(), 1);
        backend->answer(backend->requests().front().id, {{"UnprocessedItems", {{"t1", {put(9)}}}}});
    }
    QCOMPARE(failed.size(), 1);
    QVERIFY(failed.front().at(0).toString().contains(QLatin1String("unprocessed")));
    QVERIFY(writer.hasFailed());
}

void TestItemsBatchWriter::retriesThrottlingAndReportsOtherErrors() {
    auto backend = std::make_shared<test::FakeBackend>();
    ItemsBatchWriter writer(backend, QStringLiteral("t1"), {QStringLiteral("pk")});
    writer.setBackoff(1, 2);
    QSignalSpy failed(&writer, &ItemsBatchWriter::failed);
    writer.enqueue({put(1)});
    backend->fail(backend->requests().front().id, QStringLiteral("ProvisionedThroughputExceededException"),
                  QStringLiteral("slow down"));
    QVERIFY(failed.isEmpty());
    QTRY_COMPARE(backend->requests().size(), 1);
    backend->fail(backend->requests().front().id, QStringLiteral("ValidationException"),
                  QStringLiteral("One or more parameter values were invalid"));
    QCOMPARE(failed.size(), 1);
    QVERIFY(failed.front().at(0).toString().contains(QLatin1String("One or more parameter values were invalid")));
    writer.enqueue({put(2)});
    QVERIFY(backend->requests().isEmpty());  // a failed writer writes no more
}

void TestItemsBatchWriter::cancelDropsTheQueue() {
    auto backend = std::make_shared<test::FakeBackend>();
    ItemsBatchWriter writer(backend, QStringLiteral("t1"), {QStringLiteral("pk")});
    std::vector<nlohmann::json> requests;
    for (int i = 0; i < 100; ++i)
        requests.push_back(put(i));
    writer.enqueue(requests);
    writer.cancel();
    QVERIFY(writer.isIdle());
    backend->answer(backend->requests().front().id, nlohmann::json::object());
    QCOMPARE(writer.writtenCount(), 0);  // the late answer is dropped
    QVERIFY(backend->requests().isEmpty());
}

QTEST_MAIN(TestItemsBatchWriter)
#include "tst_items_batch_writer.moc"
