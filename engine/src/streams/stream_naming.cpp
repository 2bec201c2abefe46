#include "streams/stream_naming.h"

#include <algorithm>
#include <cinttypes>
#include <climits>
#include <cstdio>
#include <ctime>
#include <random>

namespace shardscope::engine::streams {
namespace {

std::mt19937_64& generator() {
    static thread_local std::mt19937_64 rng{std::random_device{}()};
    return rng;
}

constexpr std::size_t kSequenceDigits = 21;

}  // namespace

std::string streamLabel(std::int64_t millis) {
    const std::time_t seconds = static_cast<std::time_t>(millis / 1000);
    std::tm tm{};
    gmtime_r(&seconds, &tm);
    char buf[96];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03d", tm.tm_year + 1900, tm.tm_mon + 1,
                  tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, static_cast<int>(millis % 1000));
    return buf;
}

std::string streamArn(std::string_view tableArn, std::string_view label) {
    std::string arn(tableArn);
    arn += "/stream/";
    arn += label;
    return arn;
}

std::string newShardId(std::int64_t createdMillis) {
    char buf[48];
    std::snprintf(buf, sizeof buf, "shardId-%020" PRId64 "-%08x", std::max<std::int64_t>(createdMillis, 0),
                  static_cast<unsigned>(generator()() & 0xFFFFFFFFu));
    return buf;
}

std::string newEventId() {
    char buf[40];
    const std::uint64_t a = generator()(), b = generator()();
    std::snprintf(buf, sizeof buf, "%016" PRIx64 "%016" PRIx64, a, b);
    return buf;
}

std::string formatSequenceNumber(std::int64_t counter) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "1%020" PRId64, std::max<std::int64_t>(counter, 0));
    return buf;
}

bool isSequenceNumberText(std::string_view text) {
    return text.size() >= kSequenceDigits && text.size() <= 40 &&
           std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::int64_t sequenceOrder(std::string_view text) {
    // Our numbers are exactly 21 digits with a leading '1'; strip leading
    // zeros to compare magnitudes.
    const auto first = text.find_first_not_of('0');
    if (first == std::string_view::npos) return -1;
    const std::string_view digits = text.substr(first);
    if (digits.size() < kSequenceDigits) return -1;
    if (digits.size() > kSequenceDigits || digits[0] > '1') return INT64_MAX;
    // digits = "1" + 20 digits: the counter, unless it overflows int64.
    const std::string_view counter = digits.substr(1);
    const std::string_view maxText = "09223372036854775807";
    if (counter > maxText) return INT64_MAX;
    std::int64_t value = 0;
    for (char c : counter) value = value * 10 + (c - '0');
    return value;
}

}  // namespace shardscope::engine::streams
