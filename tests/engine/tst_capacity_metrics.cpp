// Tests for engine/src/capacity/token_bucket.cpp, metrics/space_saving.h and
// metrics/time_series.cpp: burst banking and refill, exact top keys on a
// skewed stream in bounded memory, and bounded 1 s / 1 min rollups.
#include "capacity/token_bucket.h"
#include "metrics/space_saving.h"
#include "metrics/time_series.h"

#include <QTest>

#include <random>

using namespace shardscope::engine;

class TestCapacityMetrics : public QObject {
    Q_OBJECT

private slots:
    void bucketBanksBurstAndRefills() {
        std::int64_t now = 1'000'000;
        TokenBucket bucket(5, now);  // 5 WCU: 1,500 units of burst
        QCOMPARE(bucket.capacity(), 1500.0);
        int admitted = 0;
        while (bucket.admit(now) && admitted < 10'000) {
            bucket.consume(1, now);
            ++admitted;
        }
        QCOMPARE(admitted, 1500);     // the burst, then throttling
        QVERIFY(!bucket.admit(now));
        now += 1000;                   // one second refills five units
        QVERIFY(bucket.admit(now));
        QCOMPARE(bucket.balance(now), 5.0);
        now += 3'600'000;              // refill never exceeds the burst size
        QCOMPARE(bucket.balance(now), 1500.0);
        bucket.consume(2000, now);     // a big request is served, then paid back
        QVERIFY(!bucket.admit(now));
        QVERIFY(!bucket.admit(now + 99'000));
        QVERIFY(bucket.admit(now + 101'000));
        bucket.setRate(1, now);        // lowering capacity keeps the balance within the new burst
        QVERIFY(bucket.balance(now + 101'000) <= 300.0);
    }

    void topKeysExactOnSkew() {
        SpaceSaving summary(32);
        std::mt19937 rng(7);
        std::uniform_int_distribution<int> cold(0, 9999);
        for (int i = 0; i < 100'000; ++i) {
            if (i % 4 == 0) summary.add("hot", 1);              // 25% of traffic
            else if (i % 10 == 1) summary.add("warm", 3);       // weighted (writes count 3x)
            else summary.add("cold#" + std::to_string(cold(rng)), 1);
        }
        const auto top = summary.top(2);
        QCOMPARE(top[0].key, std::string("warm"));
        QCOMPARE(top[0].count, 30'000.0);
        QCOMPARE(top[0].error, 0.0);
        QCOMPARE(top[1].key, std::string("hot"));
        QCOMPARE(top[1].count, 25'000.0);
        QVERIFY(summary.size() <= 32);
        SpaceSaving other(32);
        other.add("hot", 5);
        summary.merge(other);
        QCOMPARE(summary.top(2)[1].count, 25'005.0);
    }

    void seriesRollUpAndStayBounded() {
        TimeSeries series(60, 10);
        const std::int64_t start = 1'700'000'040'000;  // on a minute boundary
        for (int s = 0; s < 120; ++s)
            for (int k = 0; k < 3; ++k) series.record(start + s * 1000 + k * 100, s % 2 ? 2.0 : 1.0);
        const std::int64_t now = start + 119'999;
        const auto seconds = series.points(TimeSeries::Resolution::Second, 0, now);
        QCOMPARE(seconds.size(), std::size_t(60));  // only the last minute survives at 1 s
        QCOMPARE(seconds.back().sum, 6.0);
        QCOMPARE(seconds.back().sampleCount, 3.0);
        const auto minutes = series.points(TimeSeries::Resolution::Minute, 0, now);
        QCOMPARE(minutes.size(), std::size_t(2));
        QCOMPARE(minutes[0].sum, 270.0);  // 60 s x (1 or 2) x 3 samples
        QCOMPARE(minutes[0].maximum, 2.0);
        QCOMPARE(series.sumSince(now - 9'999, now), 45.0);
    }
};

QTEST_APPLESS_MAIN(TestCapacityMetrics)
#include "tst_capacity_metrics.moc"
