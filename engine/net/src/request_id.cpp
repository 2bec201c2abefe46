#include "request_id.h"

#include <QRandomGenerator>

namespace shardscope::net {

QByteArray newRequestId() {
    static constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    static constexpr quint64 kRadix = sizeof(kAlphabet) - 1;
    // 36^12 < 2^64, so one 64-bit draw yields 12 digits with negligible bias.
    static constexpr int kDigitsPerDraw = 12;

    QByteArray id(kRequestIdLength, Qt::Uninitialized);
    char* out = id.data();
    quint64 bits = 0;
    for (int i = 0; i < kRequestIdLength; ++i) {
        if (i % kDigitsPerDraw == 0)
            bits = QRandomGenerator::global()->generate64();
        out[i] = kAlphabet[bits % kRadix];
        bits /= kRadix;
    }
    return id;
}

}  // namespace shardscope::net
