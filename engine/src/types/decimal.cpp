#include "shardscope/engine/decimal.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace shardscope::engine {
namespace {

constexpr const char* kNotNumeric = "The parameter cannot be converted to a numeric value";

ApiError notNumeric(std::string_view text) {
    if (text.empty())
        return ApiError::validation(kNotNumeric);
    return ApiError::validation(std::string(kNotNumeric) + ": " + std::string(text));
}

bool isDigit(char c) { return c >= '0' && c <= '9'; }

// Magnitude comparison of two non-negative digit strings scaled to the same
// exponent (both normalised: no leading zeros). Returns <0, 0, >0.
int compareMagnitude(const Decimal& a, const Decimal& b) {
    if (a.isZero() || b.isZero())
        return (a.isZero() ? 0 : 1) - (b.isZero() ? 0 : 1);
    if (a.exponent() != b.exponent())
        return a.exponent() < b.exponent() ? -1 : 1;
    const int c = a.digits().compare(b.digits());
    return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

// Adds two non-negative integers given as decimal digit strings.
std::string addDigits(const std::string& a, const std::string& b) {
    std::string out;
    out.reserve(std::max(a.size(), b.size()) + 1);
    int carry = 0;
    auto ia = a.rbegin();
    auto ib = b.rbegin();
    while (ia != a.rend() || ib != b.rend() || carry) {
        int sum = carry;
        if (ia != a.rend()) sum += *ia++ - '0';
        if (ib != b.rend()) sum += *ib++ - '0';
        out.push_back(static_cast<char>('0' + sum % 10));
        carry = sum / 10;
    }
    std::reverse(out.begin(), out.end());
    return out;
}

// a - b for non-negative digit strings with a >= b (as integers, same length).
std::string subtractDigits(const std::string& a, const std::string& b) {
    std::string out(a.size(), '0');
    int borrow = 0;
    for (std::size_t i = a.size(); i-- > 0;) {
        int d = (a[i] - '0') - borrow - (b[i] - '0');
        borrow = d < 0 ? 1 : 0;
        if (d < 0) d += 10;
        out[i] = static_cast<char>('0' + d);
    }
    return out;
}

}  // namespace

Result<Decimal> Decimal::normalized(bool negative, std::string digits, int exponent) {
    // Strip leading zeros (each moves the point) and trailing zeros (free).
    std::size_t lead = 0;
    while (lead < digits.size() && digits[lead] == '0') ++lead;
    if (lead == digits.size())
        return Decimal();
    std::size_t end = digits.size();
    while (end > lead && digits[end - 1] == '0') --end;
    Decimal d;
    d.m_negative = negative;
    d.m_digits = digits.substr(lead, end - lead);
    d.m_exponent = exponent - static_cast<int>(lead);
    // DynamoDB checks magnitude before precision.
    if (d.m_exponent > kMaxExponent)
        return ApiError::validation("Number overflow. Attempting to store a number with magnitude larger than supported range");
    if (d.m_exponent < kMinExponent)
        return ApiError::validation("Number underflow. Attempting to store a number with magnitude smaller than supported range");
    if (d.m_digits.size() > static_cast<std::size_t>(kMaxDigits))
        return ApiError::validation("Attempting to store more than 38 significant digits in a Number");
    return d;
}

Result<Decimal> Decimal::parse(std::string_view text) {
    std::size_t i = 0;
    const std::size_t n = text.size();
    bool negative = false;
    if (i < n && (text[i] == '+' || text[i] == '-')) {
        negative = text[i] == '-';
        ++i;
    }
    std::string digits;
    digits.reserve(n);
    int intDigits = 0;
    bool sawDigit = false;
    while (i < n && isDigit(text[i])) {
        digits.push_back(text[i++]);
        ++intDigits;
        sawDigit = true;
    }
    if (i < n && text[i] == '.') {
        ++i;
        while (i < n && isDigit(text[i])) {
            digits.push_back(text[i++]);
            sawDigit = true;
        }
    }
    if (!sawDigit)
        return notNumeric(text);
    long long exp = 0;
    if (i < n && (text[i] == 'e' || text[i] == 'E')) {
        ++i;
        bool expNegative = false;
        if (i < n && (text[i] == '+' || text[i] == '-')) {
            expNegative = text[i] == '-';
            ++i;
        }
        if (i == n || !isDigit(text[i]))
            return notNumeric(text);
        while (i < n && isDigit(text[i])) {
            // Clamp: anything this large is out of range anyway.
            if (exp < 1'000'000'000) exp = exp * 10 + (text[i] - '0');
            ++i;
        }
        if (expNegative) exp = -exp;
    }
    if (i != n)
        return notNumeric(text);
    const long long pointExponent = std::clamp<long long>(intDigits + exp, -2'000'000'000LL, 2'000'000'000LL);
    return normalized(negative, std::move(digits), static_cast<int>(pointExponent));
}

Decimal Decimal::fromInt(long long value) {
    auto parsed = parse(std::to_string(value));
    return parsed.ok() ? *parsed : Decimal();
}

std::string Decimal::toString() const {
    if (isZero())
        return "0";
    std::string out;
    out.reserve(m_digits.size() + 8);
    if (m_negative) out.push_back('-');
    const int len = static_cast<int>(m_digits.size());
    if (m_exponent <= 0) {
        out.append("0.");
        out.append(static_cast<std::size_t>(-m_exponent), '0');
        out.append(m_digits);
    } else if (m_exponent >= len) {
        out.append(m_digits);
        out.append(static_cast<std::size_t>(m_exponent - len), '0');
    } else {
        out.append(m_digits, 0, static_cast<std::size_t>(m_exponent));
        out.push_back('.');
        out.append(m_digits, static_cast<std::size_t>(m_exponent), std::string::npos);
    }
    return out;
}

std::size_t Decimal::storageSize() const {
    // DynamoDB stores numbers in base 100 with digit pairs aligned on the
    // decimal point, one exponent byte, and one terminator byte for negatives.
    if (isZero())
        return 1;
    const int sciExponent = m_exponent - 1;
    const bool padFront = ((sciExponent % 2) + 2) % 2 == 0;
    const std::size_t baseHundredDigits = (m_digits.size() + (padFront ? 1 : 0) + 1) / 2;
    return 1 + baseHundredDigits + (m_negative ? 1 : 0);
}

Decimal Decimal::negated() const {
    Decimal d = *this;
    if (!d.isZero()) d.m_negative = !d.m_negative;
    return d;
}

Result<Decimal> Decimal::add(const Decimal& other) const {
    if (other.isZero()) return *this;
    if (isZero()) return other;
    // Scale both to integers at the smaller unit exponent.
    const int unitA = m_exponent - static_cast<int>(m_digits.size());
    const int unitB = other.m_exponent - static_cast<int>(other.m_digits.size());
    const int unit = std::min(unitA, unitB);
    std::string a = m_digits + std::string(static_cast<std::size_t>(unitA - unit), '0');
    std::string b = other.m_digits + std::string(static_cast<std::size_t>(unitB - unit), '0');
    const std::size_t width = std::max(a.size(), b.size());
    a.insert(0, width - a.size(), '0');
    b.insert(0, width - b.size(), '0');
    if (m_negative == other.m_negative) {
        std::string sum = addDigits(a, b);
        const int exponent = unit + static_cast<int>(sum.size());
        return normalized(m_negative, std::move(sum), exponent);
    }
    const int cmp = a.compare(b);
    if (cmp == 0) return Decimal();
    const bool aLarger = cmp > 0;
    std::string diff = aLarger ? subtractDigits(a, b) : subtractDigits(b, a);
    const int exponent = unit + static_cast<int>(diff.size());
    return normalized(aLarger ? m_negative : other.m_negative, std::move(diff), exponent);
}

Result<Decimal> Decimal::subtract(const Decimal& other) const { return add(other.negated()); }

std::strong_ordering operator<=>(const Decimal& a, const Decimal& b) {
    const int signA = a.isZero() ? 0 : (a.isNegative() ? -1 : 1);
    const int signB = b.isZero() ? 0 : (b.isNegative() ? -1 : 1);
    if (signA != signB) return signA <=> signB;
    if (signA == 0) return std::strong_ordering::equal;
    const int mag = compareMagnitude(a, b);
    const int result = signA > 0 ? mag : -mag;
    return result <=> 0;
}

double Decimal::toDouble() const { return std::strtod(toString().c_str(), nullptr); }

}  // namespace shardscope::engine
