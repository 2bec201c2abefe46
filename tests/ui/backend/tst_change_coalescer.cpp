// Tests ui/backend/change_coalescer.cpp: changes from many threads arrive as
// deduplicated batches on the coalescer's thread, no more often than the
// interval, and sinks outliving the coalescer are harmless.
#include "backend/change_coalescer.h"

#include <QElapsedTimer>
#include <QTest>
#include <QThread>

#include <thread>
#include <vector>

using namespace shardscope::ui;
using namespace std::chrono_literals;

class TestChangeCoalescer : public QObject {
    Q_OBJECT

private slots:
    void deliversOneChangeWithinAnInterval();
    void coalescesFloodsFromManyThreads();
    void keepsArrivalOrderAndDistinctChanges();
    void sinkOutlivingTheCoalescerIsHarmless();
};

void TestChangeCoalescer::deliversOneChangeWithinAnInterval() {
    ChangeCoalescer coalescer(50ms);
    QList<QList<BackendChange>> batches;
    connect(&coalescer, &ChangeCoalescer::batchReady, this,
            [&](const QList<BackendChange>& batch) { batches.append(batch); });
    QElapsedTimer timer;
    timer.start();
    coalescer.sink()({BackendChange::Kind::TableCreated, QStringLiteral("t")});
    QVERIFY(batches.isEmpty());  // never synchronously
    QTRY_COMPARE(batches.size(), 1);
    QVERIFY(timer.elapsed() >= 45);
    QCOMPARE(batches[0], (QList<BackendChange>{{BackendChange::Kind::TableCreated, QStringLiteral("t")}}));
}

void TestChangeCoalescer::coalescesFloodsFromManyThreads() {
    ChangeCoalescer coalescer(100ms);
    QList<QList<BackendChange>> batches;
    QList<qint64> arrivals;
    QElapsedTimer clock;
    clock.start();
    connect(&coalescer, &ChangeCoalescer::batchReady, this, [&](const QList<BackendChange>& batch) {
        QCOMPARE(QThread::currentThread(), qApp->thread());
        batches.append(batch);
        arrivals.append(clock.elapsed());
    });

    const ChangeCoalescer::Sink sink = coalescer.sink();
    std::vector<std::thread> writers;
    for (int w = 0; w < 4; ++w)
        writers.emplace_back([sink, w] {
            for (int i = 0; i < 5000; ++i)
                sink({BackendChange::Kind::ItemsChanged, QStringLiteral("table%1").arg((i + w) % 3)});
        });
    for (std::thread& writer : writers)
        writer.join();
    QTRY_VERIFY(!batches.isEmpty());
    QTest::qWait(250);

    QList<BackendChange> all;
    for (const auto& batch : batches) {
        QVERIFY(batch.size() <= 3);  // three distinct changes at most
        all.append(batch);
    }
    for (int t = 0; t < 3; ++t)
        QVERIFY(all.contains(BackendChange{BackendChange::Kind::ItemsChanged, QStringLiteral("table%1").arg(t)}));
    for (qsizetype i = 1; i < arrivals.size(); ++i)
        QVERIFY2(arrivals[i] - arrivals[i - 1] >= 90, "batches came faster than the interval");
}

void TestChangeCoalescer::keepsArrivalOrderAndDistinctChanges() {
    ChangeCoalescer coalescer(20ms);
    QList<BackendChange> batch;
    connect(&coalescer, &ChangeCoalescer::batchReady, this,
            [&](const QList<BackendChange>& changes) { batch = changes; });
    const auto sink = coalescer.sink();
    sink({BackendChange::Kind::TableCreated, QStringLiteral("t")});
    sink({BackendChange::Kind::ItemsChanged, QStringLiteral("t")});
    sink({BackendChange::Kind::TableCreated, QStringLiteral("t")});
    sink({BackendChange::Kind::TableDeleted, QStringLiteral("t")});
    QTRY_COMPARE(batch.size(), 3);
    QCOMPARE(batch[0].kind, BackendChange::Kind::TableCreated);
    QCOMPARE(batch[1].kind, BackendChange::Kind::ItemsChanged);
    QCOMPARE(batch[2].kind, BackendChange::Kind::TableDeleted);
}

void TestChangeCoalescer::sinkOutlivingTheCoalescerIsHarmless() {
    ChangeCoalescer::Sink sink;
    int batches = 0;
    {
        ChangeCoalescer coalescer(10ms);
        connect(&coalescer, &ChangeCoalescer::batchReady, this, [&] { ++batches; });
        sink = coalescer.sink();
        sink({BackendChange::Kind::TableCreated, QStringLiteral("t")});
    }
    sink({BackendChange::Kind::TableCreated, QStringLiteral("u")});
    QTest::qWait(50);
    QCOMPARE(batches, 0);
}

QTEST_MAIN(TestChangeCoalescer)
#include "tst_change_coalescer.moc"
