// Tests for engine/src/metrics/hot_key_tracker.cpp: the heaviest keys of a
// skewed load are named, and counted exactly (the heaviest) or nearly
// (a key admitted at random later), among a flat tail of distinct keys; the window slides, and memory stays at the configured counters.
#include "metrics/hot_key_tracker.h"

#include <QTest>

#include <cmath>
#include <random>
#include <string>

using shardscope::engine::metrics::HotKeyTracker;

class TestHotKeyTracker : public QObject {
    Q_OBJECT

private slots:
    void skewedLoadKeepsTheHeavyKeysExact() {
        HotKeyTracker tracker(16, 60'000, 6);
        std::mt19937_64 random(7);
        const std::int64_t now = 1'700'000'000'000;
        // Two heavy keys, 3,000 and 1,000 accesses, among 20,000 distinct ones.
        int heavy = 0;
        int medium = 0;
        for (int i = 0; i < 24'000; ++i) {
            if (i % 6 == 0) {
                tracker.add(1, "heavy", "", 1, now);
                ++heavy;
            } else if (i % 24 == 1) {
                tracker.add(2, "medium", "", 1, now);
                ++medium;
            } else {
                const std::uint64_t id = 1000 + random() % 1'000'000;
                tracker.add(id, std::to_string(id), "", 1, now);
            }
        }
        const auto top = tracker.top(3, now);
        QCOMPARE(top.size(), std::size_t(3));
        QCOMPARE(QString::fromStdString(top[0].pk), QString("heavy"));
        QCOMPARE(top[0].count, double(heavy));
        QCOMPARE(top[0].error, 0.0);
        // Admitted at random once the counters were full: off by a few at most.
        QCOMPARE(QString::fromStdString(top[1].pk), QString("medium"));
        QVERIFY2(std::abs(top[1].count - medium) <= medium * 0.01, qPrintable(QString::number(top[1].count)));
        QVERIFY(top[2].count < medium / 2.0);
    }

    void windowSlides() {
        HotKeyTracker tracker(8, 60'000, 6);
        const std::int64_t start = 1'700'000'000'000;
        for (int i = 0; i < 10; ++i) tracker.add(1, "old", "", 1, start);
        for (int i = 0; i < 5; ++i) tracker.add(2, "new", "", 3, start + 30'000);
        auto top = tracker.top(5, start + 30'000);
        QCOMPARE(top.size(), std::size_t(2));
        QCOMPARE(QString::fromStdString(top[0].pk), QString("new"));
        QCOMPARE(top[0].count, 15.0);
        QCOMPARE(top[1].count, 10.0);
        // A minute later the first slice has left the window.
        top = tracker.top(5, start + 65'000);
        QCOMPARE(top.size(), std::size_t(1));
        QCOMPARE(QString::fromStdString(top[0].pk), QString("new"));
        QVERIFY(tracker.top(5, start + 200'000).empty());
    }

    void itemKeysCarryTheSortKey() {
        HotKeyTracker tracker;
        tracker.add(42, "pk", "sk", 2, 0);
        tracker.add(42, "pk", "sk", 1, 500);
        const auto top = tracker.top(1, 1000);
        QCOMPARE(top.size(), std::size_t(1));
        QCOMPARE(QString::fromStdString(top[0].sk), QString("sk"));
        QCOMPARE(top[0].count, 3.0);
    }
};

QTEST_APPLESS_MAIN(TestHotKeyTracker)
#include "tst_hot_key_tracker.moc"
