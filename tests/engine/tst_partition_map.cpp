// Tests for engine/src/partitions/partition_map.cpp: partitions cover the
// whole hash space without gaps, a key's partition is found by its hash,
// sustained heat requests a split that isolates the hot key down to a
// single hash, and size past the limit requests a split.
#include "partitions/partition_map.h"

#include <QTest>

using shardscope::engine::partitions::PartitionLimits;
using shardscope::engine::partitions::PartitionMap;

namespace {

constexpr std::int64_t kStart = 1'700'000'000'000;

void checkCoverage(const PartitionMap& map) {
    QCOMPARE(map.at(0).low, INT64_MIN);
    QCOMPARE(map.highInclusive(map.size() - 1), INT64_MAX);
    for (std::size_t i = 1; i < map.size(); ++i) QCOMPARE(map.at(i).low, map.highInclusive(i - 1) + 1);
}

}  // namespace

class TestPartitionMap : public QObject {
    Q_OBJECT

private slots:
    void startsWithEvenRangesThatCoverEverything() {
        PartitionMap map(PartitionLimits{}, 4, kStart);
        QCOMPARE(map.size(), std::size_t(4));
        checkCoverage(map);
        // Even quarters of the unsigned hash space (storage form is signed).
        QCOMPARE(map.at(2).low, std::int64_t(0));
        QCOMPARE(map.find(INT64_MIN), std::size_t(0));
        QCOMPARE(map.find(-1), std::size_t(1));
        QCOMPARE(map.find(0), std::size_t(2));
        QCOMPARE(map.find(INT64_MAX), std::size_t(3));
        map.ensureCount(3, kStart);  // never merges
        QCOMPARE(map.size(), std::size_t(4));
    }

    void sustainedHeatIsolatesTheHotKey() {
        PartitionLimits limits;
        limits.maxWriteUnits = 10;
        limits.heatSeconds = 3;
        PartitionMap map(limits, 1, kStart);
        const std::int64_t hot = 12345;
        std::int64_t now = kStart;
        for (int second = 0; second < 3; ++second, now += 1000) {
            for (int i = 0; i < 9; ++i) map.consume(0, hot, 0, 1, now);
            map.consume(0, 777, 0, 1, now);
        }
        QVERIFY(!map.splitPending());  // a second is judged when the next one starts
        map.consume(0, hot, 0, 1, now);  // judges the third hot second
        QVERIFY(map.splitPending());
        QVERIFY(map.at(0).splitRequested);
        const auto lows = map.heatSplitPoints(0);
        QCOMPARE(lows.size(), std::size_t(2));
        QCOMPARE(lows[0], hot);
        QCOMPARE(lows[1], hot + 1);
        map.split(0, lows, now);
        map.clearSplitRequests();
        QCOMPARE(map.size(), std::size_t(3));
        checkCoverage(map);
        const std::size_t alone = map.find(hot);
        QCOMPARE(map.at(alone).low, hot);
        QCOMPARE(map.highInclusive(alone), hot);
        // A partition of one hash cannot split further for heat.
        QVERIFY(map.heatSplitPoints(alone).empty());
    }

    void coolTrafficNeverSplits() {
        PartitionLimits limits;
        limits.maxWriteUnits = 10;
        limits.heatSeconds = 2;
        PartitionMap map(limits, 1, kStart);
        for (int second = 0; second < 20; ++second)
            for (int i = 0; i < 7; ++i) map.consume(0, i, 0, 1, kStart + second * 1000);
        QVERIFY(!map.splitPending());
    }

    void sizePastTheLimitRequestsASplit() {
        PartitionLimits limits;
        limits.maxBytes = 1000;
        PartitionMap map(limits, 2, kStart);
        map.addItems(1, 5, 900);
        QVERIFY(!map.splitPending());
        map.addItems(1, 1, 200);
        QVERIFY(map.splitPending());
        QVERIFY(map.at(1).splitRequested);
        QVERIFY(!map.at(0).splitRequested);
        QCOMPARE(map.at(1).itemCount, std::int64_t(6));
    }

    void hardLimitsRefuseBeyondASecondsWorth() {
        PartitionLimits limits;
        limits.maxReadUnits = 5;
        PartitionMap map(limits, 1, kStart);
        for (int i = 0; i < 5; ++i) {
            QVERIFY(map.admitRead(0, kStart));
            map.consume(0, 1, 1, 0, kStart);
        }
        QVERIFY(!map.admitRead(0, kStart));
        QVERIFY(map.admitRead(0, kStart + 200));
    }
};

QTEST_APPLESS_MAIN(TestPartitionMap)
#include "tst_partition_map.moc"
