// Tests for engine/src/types/attribute_value.cpp: maps stay sorted and
// searchable, sets compare as sets, and type names map both ways.
#include "shardscope/engine/attribute_value.h"

#include <QTest>

using namespace shardscope::engine;

class TestAttributeValue : public QObject {
    Q_OBJECT

private slots:
    void mapOperations() {
        AttributeMap m;
        m.set("b", AttributeValue::string("2"));
        m.set("a", AttributeValue::string("1"));
        m.set("c", AttributeValue::boolean(true));
        m.set("b", AttributeValue::number("3"));
        QCOMPARE(m.size(), std::size_t(3));
        QCOMPARE(m.begin()->first, std::string("a"));
        QVERIFY(m.find("b")->is(AttributeType::N));
        QVERIFY(m.find("zz") == nullptr);
        QVERIFY(m.erase("a"));
        QVERIFY(!m.erase("a"));
        QCOMPARE(m.size(), std::size_t(2));
    }

    void setsCompareAsSets() {
        auto a = AttributeValue::set(AttributeType::SS, {"x", "y"});
        auto b = AttributeValue::set(AttributeType::SS, {"y", "x"});
        QVERIFY(a == b);
        QVERIFY(!(a == AttributeValue::set(AttributeType::BS, {"x", "y"})));
        auto ns = AttributeValue::set(AttributeType::NS, {"10", "9", "-1"});
        QCOMPARE(ns.members(), (std::vector<std::string>{"-1", "9", "10"}));
    }

    void typeNames() {
        for (int i = 0; i <= static_cast<int>(AttributeType::BS); ++i) {
            const auto t = static_cast<AttributeType>(i);
            AttributeType back;
            QVERIFY(parseAttributeTypeName(attributeTypeName(t), &back));
            QCOMPARE(back, t);
        }
        AttributeType unused;
        QVERIFY(!parseAttributeTypeName("X", &unused));
        QVERIFY(isSetType(AttributeType::NS));
        QVERIFY(!isSetType(AttributeType::L));
        QVERIFY(isScalarKeyType(AttributeType::B));
        QVERIFY(!isScalarKeyType(AttributeType::BOOL));
    }
};

QTEST_APPLESS_MAIN(TestAttributeValue)
#include "tst_attribute_value.moc"
