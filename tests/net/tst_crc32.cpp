// Tests engine/net/src/crc32.cpp against published CRC-32 (zlib) vectors.
#include "shardscope/net/crc32.h"

#include <QTest>

#include <string>

using shardscope::net::crc32;

class TestCrc32 : public QObject {
    Q_OBJECT

private slots:
    void knownVectors_data() {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<quint32>("expected");
        QTest::newRow("empty") << QByteArray() << quint32(0);
        QTest::newRow("check value") << QByteArray("123456789") << quint32(3421780262u);
        QTest::newRow("a") << QByteArray("a") << quint32(0xE8B7BE43u);
        QTest::newRow("abc") << QByteArray("abc") << quint32(0x352441C2u);
        QTest::newRow("fox") << QByteArray("The quick brown fox jumps over the lazy dog") << quint32(0x414FA339u);
        // A body botocore checks: an empty ListTables answer (value from zlib).
        QTest::newRow("json") << QByteArray(R"({"TableNames":[]})") << quint32(1315925753u);
        QTest::newRow("zero bytes") << QByteArray(32, '\0') << quint32(0x190A55ADu);
        QTest::newRow("0xFF bytes") << QByteArray(32, '\xFF') << quint32(0xFF6CAB0Bu);
    }

    void knownVectors() {
        QFETCH(QByteArray, input);
        QFETCH(quint32, expected);
        QCOMPARE(crc32(input.constData(), static_cast<std::size_t>(input.size())), expected);
    }

    void dynaliteUnknownOperationBody() {
        // dynalite hard-codes this header value for its 404 body.
        QCOMPARE(crc32("<UnknownOperationException/>\n"), 3552371480u);
    }

    void continuesAcrossChunks() {
        const std::string text = "The quick brown fox jumps over the lazy dog";
        for (std::size_t split = 0; split <= text.size(); ++split) {
            const std::uint32_t first = crc32(std::string_view(text).substr(0, split));
            QCOMPARE(crc32(std::string_view(text).substr(split), first), 0x414FA339u);
        }
    }

    void highBytesAreUnsigned() {
        // UTF-8 bytes above 0x7F must not be sign-extended ("\u00e9").
        QCOMPARE(crc32("\xC3\xA9"), 0x0E048D3Eu);
    }
};

QTEST_APPLESS_MAIN(TestCrc32)
#include "tst_crc32.moc"
