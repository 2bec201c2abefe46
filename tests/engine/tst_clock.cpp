// Tests for engine/include/shardscope/engine/clock.h (engine/src/types/clock.cpp):
// the manual and the accelerated clock.
#include "shardscope/engine/clock.h"

#include <QTest>

#include <chrono>
#include <thread>

using namespace shardscope::engine;
using namespace std::chrono_literals;

class TestClock : public QObject {
    Q_OBJECT

private slots:
    void manualClockMovesOnlyWhenTold() {
        ManualClock clock(1'000);
        QCOMPARE(clock.nowMillis(), std::int64_t(1'000));
        clock.advanceMillis(500);
        QCOMPARE(clock.nowMillis(), std::int64_t(1'500));
        QCOMPARE(clock.nowSeconds(), 1.5);
        clock.setMillis(42);
        QCOMPARE(clock.nowMillis(), std::int64_t(42));
    }

    void acceleratedClockStartsWhereItIsTold() {
        AcceleratedClock clock(60.0, 1'700'000'000'000);
        const auto now = clock.nowMillis();
        QVERIFY(now >= 1'700'000'000'000);
        // Even a slow machine does not lose more than a few real seconds here.
        QVERIFY(now < 1'700'000'000'000 + 60 * 5'000);
        QCOMPARE(clock.factor(), 60.0);
    }

    void acceleratedClockRunsFaster() {
        AcceleratedClock clock(1000.0, 0);
        const auto before = clock.nowMillis();
        std::this_thread::sleep_for(20ms);
        const auto elapsed = clock.nowMillis() - before;
        // 20 ms of real time is at least 20 s of simulated time.
        QVERIFY2(elapsed >= 20'000, qPrintable(QString::number(elapsed)));
    }

    void fastForwardSkipsADay() {
        AcceleratedClock clock(1.0, 1'000'000);
        const auto before = clock.nowMillis();
        clock.fastForward(24h);
        const auto after = clock.nowMillis();
        QVERIFY(after - before >= 24 * 3600 * 1000LL);
        QVERIFY(after - before < 24 * 3600 * 1000LL + 5'000);
        clock.fastForward(-1h);  // ignored: time never runs backwards
        QVERIFY(clock.nowMillis() >= after);
    }

    void changingTheFactorKeepsTheTimeReached() {
        AcceleratedClock clock(1000.0, 0);
        std::this_thread::sleep_for(10ms);
        const auto reached = clock.nowMillis();
        clock.setFactor(1.0);
        QCOMPARE(clock.factor(), 1.0);
        const auto after = clock.nowMillis();
        QVERIFY(after >= reached);
        QVERIFY(after - reached < 5'000);  // no jump back to the start, no jump ahead either
        clock.setFactor(0);  // ignored
        QCOMPARE(clock.factor(), 1.0);
    }

    void invalidFactorFallsBackToRealSpeed() {
        AcceleratedClock clock(-3.0, 0);
        QCOMPARE(clock.factor(), 1.0);
    }
};

QTEST_GUILESS_MAIN(TestClock)
#include "tst_clock.moc"
