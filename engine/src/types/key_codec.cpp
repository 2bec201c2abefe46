#include "types/key_codec.h"

#include "shardscope/engine/decimal.h"

namespace shardscope::engine {
namespace {

constexpr unsigned char kNegative = 0x40;
constexpr unsigned char kZero = 0x80;
constexpr unsigned char kPositive = 0xC0;
constexpr unsigned char kNegativeEnd = 0xFF;  // sorts after every complemented digit

std::string encodeNumber(const std::string& canonical) {
    auto parsed = Decimal::parse(canonical);
    const Decimal d = parsed.ok() ? *parsed : Decimal();
    std::string out;
    if (d.isZero()) {
        out.push_back(static_cast<char>(kZero));
        return out;
    }
    const auto biased = static_cast<unsigned char>(d.exponent() - Decimal::kMinExponent);  // 0..255
    out.reserve(d.digits().size() + 3);
    if (!d.isNegative()) {
        out.push_back(static_cast<char>(kPositive));
        out.push_back(static_cast<char>(biased));
        out.append(d.digits());
    } else {
        // Larger magnitude must sort lower: complement everything, and end
        // with a byte above any digit so a shorter magnitude sorts higher.
        out.push_back(static_cast<char>(kNegative));
        out.push_back(static_cast<char>(0xFF - biased));
        for (char c : d.digits()) out.push_back(static_cast<char>(0xFF - static_cast<unsigned char>(c)));
        out.push_back(static_cast<char>(kNegativeEnd));
    }
    return out;
}

Result<AttributeValue> decodeNumber(std::string_view bytes) {
    const auto corrupt = ApiError::internal("Corrupt number key encoding");
    if (bytes.empty()) return corrupt;
    const auto sign = static_cast<unsigned char>(bytes[0]);
    if (sign == kZero) return AttributeValue::number("0");
    if (bytes.size() < 3) return corrupt;
    std::string text;
    int exponent = 0;
    std::string digits;
    if (sign == kPositive) {
        exponent = static_cast<unsigned char>(bytes[1]) + Decimal::kMinExponent;
        digits.assign(bytes.substr(2));
    } else if (sign == kNegative) {
        exponent = (0xFF - static_cast<unsigned char>(bytes[1])) + Decimal::kMinExponent;
        for (std::size_t i = 2; i + 1 < bytes.size(); ++i)
            digits.push_back(static_cast<char>(0xFF - static_cast<unsigned char>(bytes[i])));
    } else {
        return corrupt;
    }
    // Rebuild scientific text and let Decimal canonicalise it.
    text = (sign == kNegative ? "-0." : "0.") + digits + "e" + std::to_string(exponent);
    auto d = Decimal::parse(text);
    if (!d.ok()) return corrupt;
    return AttributeValue::number(d->toString());
}

}  // namespace

std::string encodeKeyValue(const AttributeValue& value) {
    if (value.is(AttributeType::N)) return encodeNumber(value.scalar());
    return value.scalar();
}

Result<AttributeValue> decodeKeyValue(AttributeType type, std::string_view bytes) {
    switch (type) {
    case AttributeType::S: return AttributeValue::string(std::string(bytes));
    case AttributeType::B: return AttributeValue::binary(std::string(bytes));
    case AttributeType::N: return decodeNumber(bytes);
    default: return ApiError::internal("Key attributes must be S, N or B");
    }
}

std::uint64_t partitionHash(std::string_view encodedPartitionKey) {
    // FNV-1a for speed, then MurmurHash3's finaliser so nearby keys spread
    // over the whole hash space.
    std::uint64_t h = 0xcbf29ce484222325ULL;
    for (unsigned char c : encodedPartitionKey) {
        h ^= c;
        h *= 0x100000001b3ULL;
    }
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    return h;
}

}  // namespace shardscope::engine
