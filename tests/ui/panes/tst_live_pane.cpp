// Tests ui/panes/live_pane.cpp with the observation bridge
// (backend/observation_snapshot.cpp), LiveSnapshot, PartitionStrip, LiveChart,
// HotKeysModel, StreamFollower and StreamTailModel: a provisioned table with
// a GSI, a stream and TTL, written to straight through the engine (as an
// external client through the endpoint would), shows its partitions, capacity
// series, the hot key first, every stream record and the TTL state; switching
// to the GSI shows the index's partitions; two simulated minutes of load on
// a manual clock show splits, throttles, the hot key and TTL deletions; a
// backend that cannot answer the observation request gets a notice, not
// numbers. With
// SHARDSCOPE_SCREENSHOT_DIR set it saves live_pane.png there:
//
//   SHARDSCOPE_SCREENSHOT_DIR=docs/screenshots xvfb-run -a -s "-screen 0 1600x1100x24"
//       build/tests/ui/tst_live_pane -platform xcb
#include "../fake_backend.h"
#include "../screenshot_support.h"
#include "../ui_test_support.h"

#include "backend/local_backend.h"
#include "backend/observation_snapshot.h"
#include "charts/live_chart.h"
#include "charts/partition_strip.h"
#include "models/hot_keys_model.h"
#include "models/stream_tail_model.h"
#include "models/table_description.h"
#include "panes/live_pane.h"

#include <QComboBox>
#include <QDateTime>
#include <QLabel>
#include <QTest>

using namespace shardscope;
using namespace shardscope::ui;
using nlohmann::json;

namespace {

std::shared_ptr<engine::Engine> liveEngine() {
    auto engine = test::openMemoryEngine();
    const json create = json::parse(R"({"TableName":"Orders",
        "AttributeDefinitions":[{"AttributeName":"pk","AttributeType":"S"},{"AttributeName":"sk","AttributeType":"S"},
                                {"AttributeName":"status","AttributeType":"S"}],
        "KeySchema":[{"AttributeName":"pk","KeyType":"HASH"},{"AttributeName":"sk","KeyType":"RANGE"}],
        "ProvisionedThroughput":{"ReadCapacityUnits":50,"WriteCapacityUnits":50},
        "GlobalSecondaryIndexes":[{"IndexName":"ByStatus","KeySchema":[{"AttributeName":"status","KeyType":"HASH"}],
            "Projection":{"ProjectionType":"KEYS_ONLY"},"ProvisionedThroughput":{"ReadCapacityUnits":20,"WriteCapacityUnits":20}}],
        "StreamSpecification":{"StreamEnabled":true,"StreamViewType":"NEW_IMAGE"}})");
    QString error = test::callEngine(*engine, "CreateTable", create);
    if (!error.isEmpty()) qFatal("create: %s", qPrintable(error));
    error = test::callEngine(*engine, "UpdateTimeToLive",
                             {{"TableName", "Orders"}, {"TimeToLiveSpecification", {{"Enabled", true}, {"AttributeName", "expires"}}}});
    if (!error.isEmpty()) qFatal("ttl: %s", qPrintable(error));
    return engine;
}

// 30 writes to one hot customer, one each to 10 others: 40 stream records.
void writeOrders(engine::Engine& engine) {
    for (int i = 0; i < 40; ++i) {
        const std::string pk = i < 30 ? "customer#hot" : "customer#" + std::to_string(i);
        const json item = {{"pk", {{"S", pk}}},
                           {"sk", {{"S", "order#" + std::to_string(i)}}},
                           {"status", {{"S", i % 3 ? "open" : "shipped"}}},
                           {"payload", {{"S", std::string(300, 'x')}}}};
        const QString error = test::callEngine(engine, "PutItem", {{"TableName", "Orders"}, {"Item", item}});
        if (!error.isEmpty()) qFatal("put: %s", qPrintable(error));
    }
}

TableDescription describe(engine::Engine& engine) {
    json described;
    const QString error = test::callEngine(engine, "DescribeTable", {{"TableName", "Orders"}}, &described);
    if (!error.isEmpty()) qFatal("describe: %s", qPrintable(error));
    return TableDescription::fromDescribeTable(described);
}

double maxOf(const QList<QPointF>& points) {
    double m = 0;
    for (const QPointF& p : points) m = std::max(m, p.y());
    return m;
}

}  // namespace

class TestLivePane : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { test::isolateSettings("tst_live_pane"); }

    void snapshotBridgeAnswersForTablesAndIndexes() {
        auto engine = liveEngine();
        writeOrders(*engine);
        auto answer = observeTableSnapshot(*engine, {{"TableName", "Orders"}});
        QVERIFY(answer.ok());
        const LiveSnapshot snapshot = LiveSnapshot::fromJson(*answer);
        QVERIFY(snapshot.nowMillis > 0);
        QVERIFY(!snapshot.table.partitions.isEmpty());
        QCOMPARE(snapshot.table.provisionedWriteUnits, 50.0);
        qint64 items = 0;
        for (const LivePartition& p : snapshot.table.partitions) items += p.itemCount;
        QCOMPARE(items, qint64{40});
        QCOMPARE(snapshot.globalIndexes.size(), qsizetype{1});
        QCOMPARE(snapshot.globalIndexes.front().indexName, QStringLiteral("ByStatus"));
        QVERIFY(maxOf(snapshot.series.value(QStringLiteral("ConsumedWriteCapacityUnits"))) > 0);
        const QList<LiveHotKey> hot = snapshot.hotKeys.value(QStringLiteral("AccessedPartitionKeys"));
        QVERIFY(!hot.isEmpty());
        QCOMPARE(hot.front().key, QStringLiteral("pk = customer#hot"));
        QVERIFY(snapshot.ttl.enabled);
        QCOMPARE(snapshot.ttl.attributeName, QStringLiteral("expires"));

        auto index = observeTableSnapshot(*engine, {{"TableName", "Orders"}, {"IndexName", "ByStatus"}});
        QVERIFY(index.ok());
        const auto indexHot = LiveSnapshot::fromJson(*index).hotKeys.value(QStringLiteral("AccessedPartitionKeys"));
        QVERIFY(!indexHot.isEmpty());
        QVERIFY(indexHot.front().key.startsWith(QStringLiteral("status = ")));

        auto missing = observeTableSnapshot(*engine, {{"TableName", "Nope"}});
        QVERIFY(!missing.ok());
        QCOMPARE(QString::fromStdString(std::string(missing.error().name())), QStringLiteral("ResourceNotFoundException"));
    }

    void paneShowsTheTableLive() {
        auto engine = liveEngine();
        LivePane pane(std::make_shared<LocalBackend>(engine));
        pane.resize(1400, 900);
        pane.show();
        pane.showTable(nullptr);
        const TableDescription description = describe(*engine);
        pane.showTable(&description);
        writeOrders(*engine);

        // Every refresh asks again; the stream tail needs a few rounds
        // (describe, iterator, records).
        QTRY_VERIFY_WITH_TIMEOUT((pane.refreshNow(), pane.streamTailModel()->rowCount() == 40), 10000);
        QTRY_VERIFY_WITH_TIMEOUT((pane.refreshNow(), pane.hotKeysModel()->rowCount() > 1), 10000);

        QVERIFY(pane.observationAvailable());
        QVERIFY(pane.partitionStrip()->partitionCount() >= 1);
        QCOMPARE(pane.partitionStrip()->cellRects().size(), qsizetype{pane.partitionStrip()->partitionCount()});
        const QModelIndex first = pane.hotKeysModel()->index(0, HotKeysModel::Key);
        QCOMPARE(first.data().toString(), QStringLiteral("pk = customer#hot"));
        // Counters are drawn up to the last complete second.
        QTRY_VERIFY_WITH_TIMEOUT((pane.refreshNow(), maxOf(pane.writeChart()->pointsOf(QStringLiteral("ConsumedWriteCapacityUnits"))) > 0),
                                 5000);
        // Gauges are sampled once per clock second, on the next call.
        const json read = {{"TableName", "Orders"}, {"Key", {{"pk", {{"S", "customer#hot"}}}, {"sk", {{"S", "order#0"}}}}}};
        QTRY_VERIFY_WITH_TIMEOUT((test::callEngine(*engine, "GetItem", read), pane.refreshNow(),
                                  maxOf(pane.writeChart()->pointsOf(QStringLiteral("ProvisionedWriteCapacityUnits"))) == 50.0),
                                 5000);
        QVERIFY(pane.ttlLabel()->text().contains(QStringLiteral("expires")));
        // Newest first: the last write is on top.
        QVERIFY(pane.streamTailModel()->index(0, StreamTailModel::Keys).data().toString().contains(QStringLiteral("order#39")));
        QCOMPARE(pane.streamTailModel()->index(0, StreamTailModel::Event).data().toString(), QStringLiteral("INSERT"));

        // The GSI has its own partitions and hot keys.
        QCOMPARE(pane.resourceBox()->count(), 2);
        pane.resourceBox()->setCurrentIndex(1);
        QTRY_VERIFY_WITH_TIMEOUT((pane.refreshNow(), pane.hotKeysModel()->rowCount() > 0 &&
                                  pane.hotKeysModel()->index(0, HotKeysModel::Key).data().toString().startsWith(QStringLiteral("status = "))),
                                 10000);
        QVERIFY(pane.partitionStrip()->partitionCount() >= 1);

    }

    // Two simulated minutes on a manual clock: a 5-WCU table, small
    // partitions (so it splits), a calm first phase and then a hot key
    // hammered past the burst, so it throttles. The pane shows several
    // partitions, the throttles and the hot key; this is the screenshot.
    void underLoadShowsSplitsThrottlesAndTheHotKey() {
        const auto clock = std::make_shared<engine::ManualClock>(QDateTime::currentMSecsSinceEpoch() / 1000 * 1000 - 125'000);
        engine::EngineOptions options;
        options.databasePath = ":memory:";
        options.clock = clock;
        options.ttlSweepIntervalSeconds = 0;
        options.partitionMaxBytes = 24 * 1024;
        auto opened = engine::Engine::open(options);
        QVERIFY(opened.ok());
        std::shared_ptr<engine::Engine> engine(std::move(*opened));
        const json create = json::parse(R"({"TableName":"Sessions",
            "AttributeDefinitions":[{"AttributeName":"user","AttributeType":"S"},{"AttributeName":"at","AttributeType":"N"}],
            "KeySchema":[{"AttributeName":"user","KeyType":"HASH"},{"AttributeName":"at","KeyType":"RANGE"}],
            "ProvisionedThroughput":{"ReadCapacityUnits":10,"WriteCapacityUnits":5},
            "StreamSpecification":{"StreamEnabled":true,"StreamViewType":"NEW_AND_OLD_IMAGES"}})");
        QCOMPARE(test::callEngine(*engine, "CreateTable", create), QString());
        QCOMPARE(test::callEngine(*engine, "UpdateTimeToLive", {{"TableName", "Sessions"},
                     {"TimeToLiveSpecification", {{"Enabled", true}, {"AttributeName", "expires"}}}}), QString());
        int throttled = 0;
        for (int second = 0; second < 120; ++second) {
            const int writes = second < 40 ? 4 : 30;
            for (int w = 0; w < writes; ++w) {
                const bool hot = second >= 40 && w % 3 != 0;
                const std::string user = hot ? "user#celebrity" : "user#" + std::to_string((second * 31 + w * 7) % 97);
                const json item = {{"user", {{"S", user}}},
                                   {"at", {{"N", std::to_string(second * 100 + w)}}},
                                   {"page", {{"S", "/feed?page=" + std::to_string(w)}}},
                                   {"agent", {{"S", std::string(280, 'a')}}},
                                   {"expires", {{"N", std::to_string(clock->nowMillis() / 1000 + (w % 5 == 0 ? -10 : 3600))}}}};
                const QString error = test::callEngine(*engine, "PutItem", {{"TableName", "Sessions"}, {"Item", item}});
                if (error.startsWith(QLatin1String("ProvisionedThroughputExceededException"))) ++throttled;
                else QVERIFY2(error.isEmpty(), qPrintable(error));
            }
            for (int r = 0; r < 6; ++r)
                test::callEngine(*engine, "GetItem", {{"TableName", "Sessions"},
                                 {"Key", {{"user", {{"S", "user#" + std::to_string(r * 13)}}}, {"at", {{"N", "1"}}}}}});
            clock->advanceMillis(1000);
        }
        QVERIFY(throttled > 0);
        QVERIFY(engine->runTtlSweep() > 0);

        LivePane pane(std::make_shared<LocalBackend>(engine));
        pane.resize(1500, 980);
        pane.show();
        const TableDescription description = [&] {
            json described;
            test::callEngine(*engine, "DescribeTable", {{"TableName", "Sessions"}}, &described);
            return TableDescription::fromDescribeTable(described);
        }();
        pane.showTable(&description);
        QTRY_VERIFY_WITH_TIMEOUT((pane.refreshNow(), pane.streamTailModel()->rowCount() == StreamTailModel::maxRows() &&
                                  pane.hotKeysModel()->rowCount() > 1),
                                 10000);
        QVERIFY(pane.partitionStrip()->partitionCount() > 1);
        QCOMPARE(pane.hotKeysModel()->index(0, HotKeysModel::Key).data().toString(), QStringLiteral("user = user#celebrity"));
        QVERIFY(maxOf(pane.throttleChart()->pointsOf(QStringLiteral("WriteThrottleEvents"))) > 0);
        QVERIFY(pane.ttlLabel()->text().contains(QStringLiteral("expires")));
        // TTL deletions (the newest records) arrive in the stream marked as such,
        // once every shard has been read to its end.
        const auto newestIsTtl = [&] {
            return pane.streamTailModel()->index(0, StreamTailModel::Event).data().toString() == QStringLiteral("REMOVE (TTL)");
        };
        QTRY_VERIFY_WITH_TIMEOUT((pane.refreshNow(), newestIsTtl()), 20000);

        test::saveScreenshot(pane.grab().toImage(), "live_pane.png");
    }

    void remoteServicesGetANoticeNotNumbers() {
        auto fake = std::make_shared<test::FakeBackend>();
        test::FakeBackend& backend = *fake;
        LivePane pane(fake);
        pane.show();
        TableDescription description;
        description.name = QStringLiteral("Orders");
        pane.showTable(&description);
        pane.refreshNow();
        const auto requests = backend.requests(QString::fromLatin1(kObserveTableOperation));
        QCOMPARE(requests.size(), qsizetype{1});
        QCOMPARE(QString::fromStdString(requests.front().body["TableName"].get<std::string>()), QStringLiteral("Orders"));
        backend.fail(requests.front().id, QStringLiteral("UnknownOperationException"), QStringLiteral("not supported"));
        QVERIFY(!pane.observationAvailable());
        QCOMPARE(pane.partitionStrip()->partitionCount(), 0);
        // No further observation requests are sent to a backend that refused.
        pane.refreshNow();
        QVERIFY(backend.requests(QString::fromLatin1(kObserveTableOperation)).isEmpty());
    }

    void staleAnswersAreDropped() {
        auto fake = std::make_shared<test::FakeBackend>();
        test::FakeBackend& backend = *fake;
        LivePane pane(fake);
        pane.show();
        TableDescription a;
        a.name = QStringLiteral("First");
        pane.showTable(&a);
        pane.refreshNow();
        const auto first = backend.requests(QString::fromLatin1(kObserveTableOperation));
        QCOMPARE(first.size(), qsizetype{1});
        TableDescription b;
        b.name = QStringLiteral("Second");
        pane.showTable(&b);
        // The answer for the first table arrives after the switch.
        backend.answer(first.front().id, {{"NowMillis", 1000}, {"Table", {{"Partitions", {{{"Index", 0}, {"ItemCount", 7}}}}}}});
        QCOMPARE(pane.partitionStrip()->partitionCount(), 0);
        QCOMPARE(pane.snapshot().nowMillis, qint64{0});
    }
};

QTEST_MAIN(TestLivePane)
#include "tst_live_pane.moc"
