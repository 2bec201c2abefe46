// Tests for engine/src/types/key_codec.cpp: byte order equals DynamoDB order,
// decoding inverts encoding, and the partition hash is stable and spread.
#include "shardscope/engine/decimal.h"
#include "types/key_codec.h"

#include <QTest>

#include <algorithm>
#include <random>
#include <set>

using namespace shardscope::engine;

class TestKeyCodec : public QObject {
    Q_OBJECT

private slots:
    void numbersSortNumerically() {
        std::vector<std::string> texts = {"-1E125", "-123.45", "-123.4", "-100", "-99.999", "-1", "-0.5", "-1E-130",
                                          "0", "1E-130", "0.001", "0.5", "1", "1.5", "9", "10", "10.01", "123.4",
                                          "123.45", "1E20", "9.9999999999999999999999999999999999999E+125"};
        std::vector<std::string> encoded;
        for (const auto& t : texts) encoded.push_back(encodeKeyValue(AttributeValue::number(Decimal::parse(t)->toString())));
        for (std::size_t i = 0; i + 1 < encoded.size(); ++i)
            QVERIFY2(encoded[i] < encoded[i + 1], texts[i].c_str());
    }

    void randomNumbersRoundTripAndOrder() {
        std::mt19937_64 rng(42);
        std::uniform_int_distribution<long long> value(-1'000'000'000LL, 1'000'000'000LL);
        std::uniform_int_distribution<int> scale(-20, 20);
        for (int i = 0; i < 2000; ++i) {
            const std::string a = std::to_string(value(rng)) + "e" + std::to_string(scale(rng));
            const std::string b = std::to_string(value(rng)) + "e" + std::to_string(scale(rng));
            const Decimal da = *Decimal::parse(a), db = *Decimal::parse(b);
            const auto ea = encodeKeyValue(AttributeValue::number(da.toString()));
            const auto eb = encodeKeyValue(AttributeValue::number(db.toString()));
            QCOMPARE(ea < eb, da < db);
            QCOMPARE(ea == eb, da == db);
            auto back = decodeKeyValue(AttributeType::N, ea);
            QVERIFY(back.ok());
            QCOMPARE(back->scalar(), da.toString());
        }
    }

    void stringsAndBinariesAreBytewise() {
        // "A" (0x41) < "a" (0x61) < "¿" (0xC2 0xBF): UTF-8 byte order, not collation.
        const auto upper = encodeKeyValue(AttributeValue::string("A"));
        const auto lower = encodeKeyValue(AttributeValue::string("a"));
        const auto inverted = encodeKeyValue(AttributeValue::string("\xC2\xBF"));
        QVERIFY(upper < lower);
        QVERIFY(lower < inverted);
        const auto low = encodeKeyValue(AttributeValue::binary(std::string("\x01", 1)));
        const auto high = encodeKeyValue(AttributeValue::binary(std::string("\xFF", 1)));
        QVERIFY(low < high);  // unsigned
        QCOMPARE(decodeKeyValue(AttributeType::S, upper)->scalar(), std::string("A"));
    }

    void hashIsStableAndSpread() {
        QCOMPARE(partitionHash("user#1"), partitionHash("user#1"));
        QVERIFY(partitionHash("user#1") != partitionHash("user#2"));
        // Sequential keys must land all over the hash space: count quarters.
        int quarters[4] = {0, 0, 0, 0};
        for (int i = 0; i < 4000; ++i) ++quarters[partitionHash("k" + std::to_string(i)) >> 62];
        for (int q : quarters) QVERIFY2(q > 850 && q < 1150, qPrintable(QString::number(q)));
        // Storage order of the signed form equals unsigned order.
        QVERIFY(hashToStorage(1) < hashToStorage(0xFFFFFFFFFFFFFFFFULL));
        QCOMPARE(hashFromStorage(hashToStorage(12345)), std::uint64_t(12345));
    }
};

QTEST_APPLESS_MAIN(TestKeyCodec)
#include "tst_key_codec.moc"
