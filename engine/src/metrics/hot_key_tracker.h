// HotKeyTracker: Contributor-Insights-style top keys over a sliding window.
//
// The window (a minute by default) is made of a few slices; each slice is
// a space-saving summary (Metwally et al.) of at most `capacity` counters,
// keyed by a 64-bit key hash so the hot path hashes nothing and copies key
// bytes only when a key takes over a counter. top() merges the live slices:
// a key's count is the sum of its counters (an upper bound of its true
// weight), its error the sum of the inherited floors plus, for each full
// slice that lacks it, that slice's smallest counter. On skewed loads the
// heaviest keys are exact, which is what "most accessed keys" needs.
//
// Thread-safety: none; used under the engine's lock.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace shardscope::engine::metrics {

class HotKeyTracker {
public:
    struct Entry {
        std::string pk;  // encoded key values (types/key_codec.h)
        std::string sk;
        double count = 0;
        double error = 0;
    };

    explicit HotKeyTracker(std::size_t capacity = 32, std::int64_t windowMillis = 60'000, std::size_t slices = 6);
    // m_current points into m_slices.
    HotKeyTracker(const HotKeyTracker&) = delete;
    HotKeyTracker& operator=(const HotKeyTracker&) = delete;

    void add(std::uint64_t id, std::string_view pk, std::string_view sk, double weight, std::int64_t nowMillis);
    // The heaviest `n` keys of the window ending at `nowMillis`, heaviest first.
    std::vector<Entry> top(std::size_t n, std::int64_t nowMillis) const;

private:
    struct Counter {
        std::uint64_t id = 0;
        double count = 0;
        double error = 0;
        std::string pk;
        std::string sk;
    };
    struct Slice {
        std::int64_t number = -1;  // nowMillis / sliceMillis
        std::vector<Counter> counters;
        std::unordered_map<std::uint64_t, std::uint32_t> index;
    };

    std::size_t m_capacity;
    std::int64_t m_sliceMillis;
    std::vector<Slice> m_slices;
    Slice* m_current = nullptr;
};

}  // namespace shardscope::engine::metrics
