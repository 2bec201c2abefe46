// Tests for engine/src/types/item_codec.cpp: items of every type survive the
// binary encoding unchanged, and corrupt bytes are an error, not a crash.
#include "engine_test_support.h"
#include "shardscope/engine/json_codec.h"
#include "types/item_codec.h"

using namespace shardscope::engine;
using shardscope::engine::test::j;

class TestItemCodec : public QObject {
    Q_OBJECT

private slots:
    void roundTripsEveryType() {
        const auto json = j(R"({"s":{"S":"x"},"n":{"N":"-1.5"},"b":{"B":"AAEC"},"t":{"BOOL":true},"z":{"NULL":true},
            "m":{"M":{"inner":{"L":[{"SS":["a","b"]},{"NS":["1","2"]},{"BS":["AQ=="]}]}}},"e":{"S":""}})");
        auto item = itemFromJson(json);
        QVERIFY(item.ok());
        const std::string bytes = encodeItem(*item);
        auto decoded = decodeItem(bytes);
        QVERIFY(decoded.ok());
        QVERIFY(*decoded == *item);
        QCOMPARE(QString::fromStdString(toJson(*decoded).dump()), QString::fromStdString(toJson(*item).dump()));
    }

    void corruptBytesAreAnError() {
        auto item = itemFromJson(j(R"({"a":{"S":"hello"},"b":{"L":[{"N":"1"}]}})"));
        const std::string bytes = encodeItem(*item);
        for (std::size_t cut = 0; cut < bytes.size(); ++cut) QVERIFY(!decodeItem(bytes.substr(0, cut)).ok());
        std::string bad = bytes;
        bad[3] = '\x7F';  // an impossible type tag
        QVERIFY(!decodeItem(bad).ok());
        QVERIFY(!decodeItem(bytes + "x").ok());
    }
};

QTEST_APPLESS_MAIN(TestItemCodec)
#include "tst_item_codec.moc"
