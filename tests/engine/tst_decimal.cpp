// Tests for engine/src/types/decimal.cpp: parsing, canonical text, range and
// precision errors, ordering, exact arithmetic and DynamoDB's size rule.
#include "shardscope/engine/decimal.h"

#include <QTest>

using shardscope::engine::Decimal;

class TestDecimal : public QObject {
    Q_OBJECT

private:
    static QString canon(const char* text) {
        auto d = Decimal::parse(text);
        return d.ok() ? QString::fromStdString(d->toString()) : QString("ERR:") + QString::fromStdString(d.error().message());
    }

private slots:
    void canonicalForm_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("integer") << "42" << "42";
        QTest::newRow("leading zeros") << "007" << "7";
        QTest::newRow("trailing fraction zeros") << "01.50" << "1.5";
        QTest::newRow("exponent") << "1e2" << "100";
        QTest::newRow("negative exponent") << "15E-3" << "0.015";
        QTest::newRow("negative zero") << "-0" << "0";
        QTest::newRow("zero with fraction") << "0.000" << "0";
        QTest::newRow("plus sign") << "+3.25" << "3.25";
        QTest::newRow("leading point") << ".5" << "0.5";
        QTest::newRow("trailing point") << "5." << "5";
        QTest::newRow("negative") << "-12.500" << "-12.5";
        QTest::newRow("38 digits") << "12345678901234567890123456789012345678" << "12345678901234567890123456789012345678";
        QTest::newRow("smallest") << "1E-130" << (QString("0.") + QString(129, '0') + "1");
        QTest::newRow("largest") << "9.9999999999999999999999999999999999999E+125"
                                 << ("99999999999999999999999999999999999999" + QString(88, '0'));
    }
    void canonicalForm() {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(canon(input.toUtf8().constData()), expected);
    }

    void errors_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << "" << "The parameter cannot be converted to a numeric value";
        QTest::newRow("letters") << "abc" << "The parameter cannot be converted to a numeric value: abc";
        QTest::newRow("two points") << "1.2.3" << "The parameter cannot be converted to a numeric value: 1.2.3";
        QTest::newRow("bare exponent") << "1e" << "The parameter cannot be converted to a numeric value: 1e";
        QTest::newRow("space") << " 1" << "The parameter cannot be converted to a numeric value:  1";
        QTest::newRow("overflow") << "1E126"
                                  << "Number overflow. Attempting to store a number with magnitude larger than supported range";
        QTest::newRow("underflow") << "1E-131"
                                   << "Number underflow. Attempting to store a number with magnitude smaller than supported range";
        QTest::newRow("precision") << "123456789012345678901234567890123456789"
                                   << "Attempting to store more than 38 significant digits in a Number";
        QTest::newRow("huge exponent") << "1e999999999999"
                                       << "Number overflow. Attempting to store a number with magnitude larger than supported range";
    }
    void errors() {
        QFETCH(QString, input);
        QFETCH(QString, message);
        QCOMPARE(canon(input.toUtf8().constData()), "ERR:" + message);
    }

    void ordering() {
        const char* ascending[] = {"-1E125", "-100", "-10.5", "-10", "-1", "-0.001", "0", "1E-130", "0.001", "0.5",
                                   "1", "1.0000001", "10", "10.5", "100", "9.99E125"};
        for (std::size_t i = 0; i + 1 < std::size(ascending); ++i) {
            auto a = *Decimal::parse(ascending[i]);
            auto b = *Decimal::parse(ascending[i + 1]);
            QVERIFY2(a < b, ascending[i]);
            QVERIFY(!(b < a));
        }
        QVERIFY(*Decimal::parse("1.0") == *Decimal::parse("1"));
    }

    void arithmetic() {
        auto sum = Decimal::parse("0.1")->add(*Decimal::parse("0.2"));
        QVERIFY(sum.ok());
        QCOMPARE(QString::fromStdString(sum->toString()), QString("0.3"));
        auto diff = Decimal::parse("5")->subtract(*Decimal::parse("7.25"));
        QCOMPARE(QString::fromStdString(diff->toString()), QString("-2.25"));
        auto zero = Decimal::parse("-3.5")->add(*Decimal::parse("3.5"));
        QVERIFY(zero->isZero());
        auto carry = Decimal::parse("999")->add(*Decimal::parse("1"));
        QCOMPARE(QString::fromStdString(carry->toString()), QString("1000"));
        auto precise = Decimal::parse("12345678901234567890123456789012345678")->add(*Decimal::parse("1"));
        QCOMPARE(QString::fromStdString(precise->toString()), QString("12345678901234567890123456789012345679"));
        auto tooPrecise = Decimal::parse("1E100")->add(*Decimal::parse("1"));
        QVERIFY(!tooPrecise.ok());
        QCOMPARE(QString::fromStdString(tooPrecise.error().message()),
                 QString("Attempting to store more than 38 significant digits in a Number"));
        auto overflow = Decimal::parse("9.9999999999999999999999999999999999999E+125")->add(*Decimal::parse("1E125"));
        QVERIFY(!overflow.ok());
    }

    void storageSize() {
        QCOMPARE(Decimal::parse("0")->storageSize(), std::size_t(1));
        QCOMPARE(Decimal::parse("1")->storageSize(), std::size_t(2));
        QCOMPARE(Decimal::parse("12")->storageSize(), std::size_t(2));
        QCOMPARE(Decimal::parse("123")->storageSize(), std::size_t(3));
        QCOMPARE(Decimal::parse("1234")->storageSize(), std::size_t(3));
        QCOMPARE(Decimal::parse("-1")->storageSize(), std::size_t(3));
        QCOMPARE(Decimal::parse("0.5")->storageSize(), std::size_t(2));
    }
};

QTEST_APPLESS_MAIN(TestDecimal)
#include "tst_decimal.moc"
