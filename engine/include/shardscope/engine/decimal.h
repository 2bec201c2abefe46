// Decimal: a DynamoDB number, exact to 38 significant digits.
//
// A value is sign × 0.d1d2…dn × 10^exponent with d1 != 0 and dn != 0 (no
// leading or trailing zeros), or zero. This is the canonical form: two
// Decimals are equal exactly when their fields are. DynamoDB's range is
// 1E-130 ≤ |x| < 1E126 with at most 38 significant digits; parse() enforces
// it with the service's error messages. Arithmetic is exact; a result that
// leaves the range or needs more than 38 digits is an error, as in DynamoDB.
//
// Thread-safety: plain value type.
#pragma once

#include "shardscope/engine/result.h"

#include <compare>
#include <string>
#include <string_view>

namespace shardscope::engine {

class Decimal {
public:
    static constexpr int kMaxDigits = 38;
    // Exponent bounds in the 0.d1d2… form: 1E-130 = 0.1E-129, 9.99…E125 = 0.999…E126.
    static constexpr int kMinExponent = -129;
    static constexpr int kMaxExponent = 126;

    Decimal() = default;  // zero

    // Parses DynamoDB's number syntax ("-12.5", "1e3", "0.00"). Errors are
    // ValidationExceptions with DynamoDB's text.
    static Result<Decimal> parse(std::string_view text);
    static Decimal fromInt(long long value);

    bool isZero() const { return m_digits.empty(); }
    bool isNegative() const { return m_negative; }
    const std::string& digits() const { return m_digits; }  // '1'..'9' leading, no trailing '0'
    int exponent() const { return m_exponent; }

    // Canonical text: plain notation, no exponent, no superfluous zeros ("100", "0.001", "-1.5").
    std::string toString() const;
    // DynamoDB's size of the number in bytes (item-size accounting).
    std::size_t storageSize() const;

    Result<Decimal> add(const Decimal& other) const;
    Result<Decimal> subtract(const Decimal& other) const;
    Decimal negated() const;

    friend bool operator==(const Decimal&, const Decimal&) = default;
    friend std::strong_ordering operator<=>(const Decimal& a, const Decimal& b);

    // Best-effort conversion for display and capacity maths (never for storage).
    double toDouble() const;

private:
    static Result<Decimal> normalized(bool negative, std::string digits, int exponent);

    bool m_negative = false;
    std::string m_digits;
    int m_exponent = 0;
};

}  // namespace shardscope::engine
