// Tests engine/tools/src/cost_estimator.cpp: capacity units by DynamoDB's
// rules, on-demand and provisioned bills at the us-east-1 list prices, auto
// scaling, global indexes' own lines and the table class.
#include "shardscope/tools/cost_estimator.h"

#include <QTest>

using namespace shardscope::tools;

namespace {

bool near(double a, double b) {
    return std::abs(a - b) < 1e-6 * std::max(1.0, std::abs(b));
}

#define COMPARE_NEAR(actual, expected)   \
    QVERIFY2(near((actual), (expected)), \
             qPrintable(QStringLiteral("got %1, expected %2").arg(actual, 0, 'g', 12).arg(expected, 0, 'g', 12)))

TableDesign table(const std::string& billing) {
    TableDesign d;
    d.tableName = "T";
    d.partitionKey = {"pk", "S"};
    d.billingMode = billing;
    return d;
}

}  // namespace

class TestCostEstimator : public QObject {
    Q_OBJECT

private slots:
    void unitsFollowDynamoDbRules();
    void onDemandBill();
    void provisionedBillAndThrottling();
    void autoScalingSettlesBetweenBounds();
    void globalIndexesHaveTheirOwnLines();
    void infrequentAccessClassPricesDiffer();
    void priceTableIsDated();
};

void TestCostEstimator::unitsFollowDynamoDbRules() {
    // The pricing page's examples: an 8 KB read is 2 RCU strong, 1 eventual, 4 transactional;
    // a 3 KB write is 3 WCU, 6 transactional.
    COMPARE_NEAR(readUnitsPerRequest(8192, ReadConsistency::Strong), 2.0);
    COMPARE_NEAR(readUnitsPerRequest(8192, ReadConsistency::Eventual), 1.0);
    COMPARE_NEAR(readUnitsPerRequest(8192, ReadConsistency::Transactional), 4.0);
    COMPARE_NEAR(writeUnitsPerRequest(3072, false), 3.0);
    COMPARE_NEAR(writeUnitsPerRequest(3072, true), 6.0);
    COMPARE_NEAR(readUnitsPerRequest(4097, ReadConsistency::Strong), 2.0);  // sizes round up
    COMPARE_NEAR(writeUnitsPerRequest(1, false), 1.0);
    COMPARE_NEAR(writeUnitsPerRequest(0, false), 1.0);  // an empty write still costs a unit
}

void TestCostEstimator::onDemandBill() {
    Workload w;
    w.readsPerSecond = 100;  // eventually consistent 1 KB reads: 50 RRU/s
    w.writesPerSecond = 10;  // 1 KB writes: 10 WRU/s
    w.averageItemBytes = 1024;
    w.itemCount = 1'000'000;
    const CostEstimate e = estimateCost(table("PAY_PER_REQUEST"), w);
    QCOMPARE(e.lines.size(), std::size_t(1));
    const double seconds = 730.0 * 3600.0;
    COMPARE_NEAR(e.lines[0].requiredRcu, 50.0);
    COMPARE_NEAR(e.lines[0].requiredWcu, 10.0);
    COMPARE_NEAR(e.readCost, 50.0 * seconds / 1e6 * 0.125);
    COMPARE_NEAR(e.writeCost, 10.0 * seconds / 1e6 * 0.625);
    const double gb = 1e6 * (1024.0 + 100.0) / (1024.0 * 1024.0 * 1024.0);
    COMPARE_NEAR(e.storageCost, gb * 0.25);
    COMPARE_NEAR(e.total, e.readCost + e.writeCost + e.storageCost);
    COMPARE_NEAR(e.minimumMonthly, e.total);
    COMPARE_NEAR(e.maximumMonthly, e.total);
}

void TestCostEstimator::provisionedBillAndThrottling() {
    TableDesign d = table("PROVISIONED");
    d.throughput.readCapacityUnits = 100;
    d.throughput.writeCapacityUnits = 5;
    Workload w;
    w.readsPerSecond = 10;
    w.writesPerSecond = 20;  // needs 20 WCU, only 5 provisioned
    const CostEstimate e = estimateCost(d, w);
    // The pricing page's numbers: $0.00013 per RCU-hour, $0.00065 per WCU-hour, 730 hours.
    COMPARE_NEAR(e.readCost, 100 * 0.00013 * 730);
    COMPARE_NEAR(e.writeCost, 5 * 0.00065 * 730);
    QVERIFY(!e.lines[0].throttledReads);
    QVERIFY(e.lines[0].throttledWrites);
    COMPARE_NEAR(e.lines[0].provisionedWcu, 5.0);
}

void TestCostEstimator::autoScalingSettlesBetweenBounds() {
    AutoScalingDesign s{true, 5, 100, 70.0};
    COMPARE_NEAR(autoScaledCapacity(0, s), 5.0);
    COMPARE_NEAR(autoScaledCapacity(35, s), 50.0);  // 35 / 0.7
    COMPARE_NEAR(autoScaledCapacity(36, s), 52.0);  // rounds up
    COMPARE_NEAR(autoScaledCapacity(1000, s), 100.0);

    TableDesign d = table("PROVISIONED");
    d.throughput.readScaling = s;
    d.throughput.writeScaling = {true, 1, 10, 50.0};
    Workload w;
    w.readsPerSecond = 70;  // strong 1 KB: 70 RCU -> 100 provisioned
    w.readConsistency = ReadConsistency::Strong;
    w.writesPerSecond = 2;  // 2 WCU -> 4 provisioned
    const CostEstimate e = estimateCost(d, w);
    COMPARE_NEAR(e.lines[0].provisionedRcu, 100.0);
    COMPARE_NEAR(e.lines[0].provisionedWcu, 4.0);
    COMPARE_NEAR(e.minimumMonthly, (5 * 0.00013 + 1 * 0.00065) * 730);
    COMPARE_NEAR(e.maximumMonthly, (100 * 0.00013 + 10 * 0.00065) * 730);
    QVERIFY(e.minimumMonthly <= e.total && e.total <= e.maximumMonthly);
}

void TestCostEstimator::globalIndexesHaveTheirOwnLines() {
    TableDesign d = table("PAY_PER_REQUEST");
    IndexDesign all;
    all.name = "All";
    all.partitionKey = {"g", "S"};
    IndexDesign keys = all;
    keys.name = "Keys";
    keys.projectionType = "KEYS_ONLY";
    d.globalIndexes = {all, keys};
    Workload w;
    w.writesPerSecond = 10;
    w.averageItemBytes = 3000;  // 3 WCU per write
    w.keyBytes = 50;            // 1 WCU per index write
    w.itemCount = 1000;
    IndexWorkload half;
    half.indexName = "All";
    half.writeFraction = 0.5;
    half.readsPerSecond = 4;  // eventually consistent, 3000 B: 0.5 RCU each
    const CostEstimate e = estimateCost(d, w, {half});
    QCOMPARE(e.lines.size(), std::size_t(3));
    QCOMPARE(e.lines[1].name, std::string("All"));
    QVERIFY(e.lines[1].isIndex);
    COMPARE_NEAR(e.lines[0].requiredWcu, 30.0);
    COMPARE_NEAR(e.lines[1].requiredWcu, 15.0);
    COMPARE_NEAR(e.lines[1].requiredRcu, 2.0);
    COMPARE_NEAR(e.lines[2].requiredWcu, 10.0);
    COMPARE_NEAR(e.lines[2].itemBytes, 50.0);
    COMPARE_NEAR(e.lines[1].storageGb, 500 * 3100.0 / (1024.0 * 1024.0 * 1024.0));
    COMPARE_NEAR(e.writeCost, (30.0 + 15.0 + 10.0) * 730 * 3600 / 1e6 * 0.625);
}

void TestCostEstimator::infrequentAccessClassPricesDiffer() {
    TableDesign d = table("PAY_PER_REQUEST");
    Workload w;
    w.writesPerSecond = 1;
    w.itemCount = 1e7;
    const CostEstimate standard = estimateCost(d, w);
    d.tableClass = "STANDARD_INFREQUENT_ACCESS";
    const CostEstimate ia = estimateCost(d, w);
    COMPARE_NEAR(ia.storageCost, standard.storageCost * 0.10 / 0.25);
    COMPARE_NEAR(ia.writeCost, standard.writeCost * 0.78125 / 0.625);
}

void TestCostEstimator::priceTableIsDated() {
    QCOMPARE(QString::fromLatin1(kUsEast1Prices.region), QStringLiteral("us-east-1"));
    QCOMPARE(QString::fromLatin1(kUsEast1Prices.effectiveDate), QStringLiteral("2024-11-01"));
    const CostEstimate e = estimateCost(table("PAY_PER_REQUEST"), Workload{});
    QCOMPARE(e.prices, &kUsEast1Prices);
    COMPARE_NEAR(e.total, 0.0);
}

QTEST_APPLESS_MAIN(TestCostEstimator)
#include "tst_cost_estimator.moc"
