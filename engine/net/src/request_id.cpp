#include "request_id.h"

#include <QRandomGenerator>

#include <array>

namespace shardscope::net {

namespace {

// A generator per thread, seeded with 256 bits from the system's source.
QRandomGenerator64& threadGenerator() {
    thread_local QRandomGenerator64 generator = [] {
        std::array<quint32, 8> seed{};
        QRandomGenerator::system()->fillRange(seed.data(), seed.size());
        return QRandomGenerator64(seed.data(), static_cast<qsizetype>(seed.size()));
    }();
    return generator;
}

}  // namespace

void writeRequestId(char* out) {
    static constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    static constexpr quint64 kRadix = sizeof(kAlphabet) - 1;
    // 36^12 < 2^64, so one 64-bit draw yields 12 digits with negligible bias.
    static constexpr int kDigitsPerDraw = 12;

    QRandomGenerator64& generator = threadGenerator();
    quint64 bits = 0;
    for (int i = 0; i < kRequestIdLength; ++i) {
        if (i % kDigitsPerDraw == 0)
            bits = generator.generate64();
        out[i] = kAlphabet[bits % kRadix];
        bits /= kRadix;
    }
}

QByteArray newRequestId() {
    QByteArray id(kRequestIdLength, Qt::Uninitialized);
    writeRequestId(id.data());
    return id;
}

}  // namespace shardscope::net
