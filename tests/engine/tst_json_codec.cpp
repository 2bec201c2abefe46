// Tests for engine/src/types/json_codec.cpp: all ten types round-trip, and
// every validation and serialization error carries DynamoDB's text.
#include "engine_test_support.h"
#include "shardscope/engine/item_size.h"
#include "shardscope/engine/json_codec.h"

using namespace shardscope::engine;
using shardscope::engine::test::j;

class TestJsonCodec : public QObject {
    Q_OBJECT

private:
    static QString roundTrip(const char* text) {
        auto v = attributeValueFromJson(j(text));
        if (!v.ok()) return QString("ERR:%1:%2").arg(QString::fromStdString(std::string(v.error().name())),
                                                      QString::fromStdString(v.error().message()));
        return QString::fromStdString(toJson(*v).dump());
    }

private slots:
    void allTypesRoundTrip_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("S") << R"({"S":"héllo"})" << R"({"S":"héllo"})";
        QTest::newRow("empty S") << R"({"S":""})" << R"({"S":""})";
        QTest::newRow("N canonical") << R"({"N":"01.50"})" << R"({"N":"1.5"})";
        QTest::newRow("B") << R"({"B":"AAEC"})" << R"({"B":"AAEC"})";
        QTest::newRow("BOOL") << R"({"BOOL":false})" << R"({"BOOL":false})";
        QTest::newRow("NULL") << R"({"NULL":true})" << R"({"NULL":true})";
        QTest::newRow("M") << R"({"M":{"b":{"N":"2"},"a":{"S":"x"}}})" << R"({"M":{"a":{"S":"x"},"b":{"N":"2"}}})";
        QTest::newRow("empty M") << R"({"M":{}})" << R"({"M":{}})";
        QTest::newRow("L") << R"({"L":[{"S":"x"},{"N":"1"},{"L":[]}]})" << R"({"L":[{"S":"x"},{"N":"1"},{"L":[]}]})";
        QTest::newRow("SS sorted") << R"({"SS":["b","a","c"]})" << R"({"SS":["a","b","c"]})";
        QTest::newRow("NS numeric order") << R"({"NS":["10","9","-1.50"]})" << R"({"NS":["-1.5","9","10"]})";
        QTest::newRow("BS") << R"({"BS":["AQ==","AA=="]})" << R"({"BS":["AA==","AQ=="]})";
        QTest::newRow("null member ignored") << R"({"S":"x","N":null})" << R"({"S":"x"})";
    }
    void allTypesRoundTrip() {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(roundTrip(input.toUtf8().constData()), expected);
    }

    void errors_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        const QString v = "ERR:ValidationException:";
        const QString s = "ERR:SerializationException:";
        QTest::newRow("empty") << "{}" << v + "Supplied AttributeValue is empty, must contain exactly one of the supported datatypes";
        QTest::newRow("two types") << R"({"S":"a","N":"1"})"
                                   << v + "Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes";
        QTest::newRow("null false") << R"({"NULL":false})"
                                    << v + "One or more parameter values were invalid: Null attribute value types must have the value of true";
        QTest::newRow("bad number") << R"({"N":"x1"})" << v + "The parameter cannot be converted to a numeric value: x1";
        QTest::newRow("empty SS") << R"({"SS":[]})" << v + "One or more parameter values were invalid: An string set  may not be empty";
        QTest::newRow("empty NS") << R"({"NS":[]})" << v + "One or more parameter values were invalid: An number set  may not be empty";
        QTest::newRow("empty BS") << R"({"BS":[]})" << v + "One or more parameter values were invalid: Binary sets should not be empty";
        QTest::newRow("dup SS") << R"({"SS":["a","a"]})"
                                << v + "One or more parameter values were invalid: Input collection [a, a] contains duplicates.";
        QTest::newRow("dup NS after normalisation") << R"({"NS":["1","1.0"]})" << v + "Input collection contains duplicates";
        QTest::newRow("S not string") << R"({"S":5})" << s + "NUMBER_VALUE cannot be converted to String";
        QTest::newRow("value not object") << R"("x")" << s + "Expected map or null";
        QTest::newRow("bad base64 length") << R"({"B":"abcde"})"
                                           << s + "'abcde' can not be converted to a Blob: Base64 encoded length is expected a multiple of 4 bytes but found: 5";
        QTest::newRow("bad base64 char") << R"({"B":"ab!d"})" << s + "'ab!d' can not be converted to a Blob: Invalid Base64 character: '!'";
    }
    void errors() {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(roundTrip(input.toUtf8().constData()), expected);
    }

    void nestingLimit() {
        std::string deep = R"({"S":"x"})";
        for (int i = 0; i < 32; ++i) deep = R"({"L":[)" + deep + "]}";
        QVERIFY(attributeValueFromJson(j(deep.c_str())).ok());
        deep = R"({"M":{"k":)" + deep + "}}";
        auto tooDeep = attributeValueFromJson(j(deep.c_str()));
        QVERIFY(!tooDeep.ok());
        QCOMPARE(QString::fromStdString(tooDeep.error().message()), QString("Nesting Levels have exceeded supported limits"));
    }

    void itemSizeAsDynamoCounts() {
        // The AWS documentation's example: 23 bytes.
        auto item = itemFromJson(j(R"({"shirt-color":{"S":"R"},"shirt-size":{"S":"M"}})"));
        QVERIFY(item.ok());
        QCOMPARE(itemSize(*item), std::size_t(23));
        auto doc = itemFromJson(j(R"({"m":{"M":{"ab":{"BOOL":true}}},"l":{"L":[{"NULL":true}]},"n":{"N":"123"}})"));
        // m: 1 + (3 + 2 + 1 + 1) = 8; l: 1 + (3 + 1 + 1) = 6; n: 1 + 3 = 4
        QCOMPARE(itemSize(*doc), std::size_t(18));
    }
};

QTEST_APPLESS_MAIN(TestJsonCodec)
#include "tst_json_codec.moc"
