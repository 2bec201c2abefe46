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

    void decodesStraightToTheSameJson() {
        // Every type, nesting, set order (NS numerically), base64 for binaries,
        // names that sort by bytes, an empty map and list.
        const auto json = j(R"({"s":{"S":"x"},"n":{"N":"-1.50"},"b":{"B":"AAEC"},"t":{"BOOL":false},"z":{"NULL":true},
            "m":{"M":{"inner":{"L":[{"SS":["b","a"]},{"NS":["10","9","-1"]},{"BS":["Ag==","AQ=="]}]},"Z":{"M":{}}}},
            "l":{"L":[]},"e":{"S":""},"\u00e9":{"N":"1E+3"},"A":{"M":{"x":{"L":[{"M":{"y":{"NULL":true}}}]}}}})");
        auto item = itemFromJson(json);
        QVERIFY(item.ok());
        const std::string bytes = encodeItem(*item);
        auto direct = decodeItemToJson(bytes);
        QVERIFY(direct.ok());
        QCOMPARE(QString::fromStdString(direct->dump()), QString::fromStdString(toJson(*item).dump()));
    }

    void corruptBytesAreAnError() {
        auto item = itemFromJson(j(R"({"a":{"S":"hello"},"b":{"L":[{"N":"1"}]}})"));
        const std::string bytes = encodeItem(*item);
        for (std::size_t cut = 0; cut < bytes.size(); ++cut) {
            QVERIFY(!decodeItem(bytes.substr(0, cut)).ok());
            QVERIFY(!decodeItemToJson(bytes.substr(0, cut)).ok());
        }
        std::string bad = bytes;
        bad[3] = '\x7F';  // an impossible type tag
        QVERIFY(!decodeItem(bad).ok());
        QVERIFY(!decodeItemToJson(bad).ok());
        QVERIFY(!decodeItem(bytes + "x").ok());
        QVERIFY(!decodeItemToJson(bytes + "x").ok());
    }
};

QTEST_APPLESS_MAIN(TestItemCodec)
#include "tst_item_codec.moc"
