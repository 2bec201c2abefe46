// HotKeyTracker: Contributor-Insights-style top keys over a sliding window.
//
// The window (a minute by default) is made of a few slices; each slice is
// a space-saving summary (Metwally et al.) of at most `capacity` counters,
// keyed by a 64-bit key hash so the hot path hashes nothing and copies key
// bytes only when a key takes over a counter. With a few dozen counters a
// linear scan over the contiguous ids beats a hash map (no allocation, a
// few cache lines), which keeps add() cheap enough to leave on.
//
// A key that is not counted takes over the smallest counter with
// probability weight / (smallest + weight) — the randomized admission of
// Ben Basat et al. (RAP, 2017) — rather than always: on a flat load (every
// access a new key) that spares almost every eviction and keeps the tail
// from churning the counters, while a heavy key is admitted early and then
// counted exactly.
//
// top() merges the live slices: a key's count is the sum of its counters
// (an estimate; exact for a key counted since it first appeared), its error
// the sum of the floors it inherited plus, for each full slice that lacks
// it, that slice's smallest counter.
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
    // What add() scans: the id and count of each counter, contiguous.
    struct Slot {
        std::uint64_t id = 0;
        double count = 0;
    };
    // The rest of a counter, touched only when a key takes it over.
    struct Counter {
        double error = 0;
        std::string pk;
        std::string sk;
    };
    struct Slice {
        std::int64_t number = -1;  // nowMillis / sliceMillis
        double minCount = 0;       // a lower bound of the smallest count once full
        std::vector<Slot> slots;  // slots[i] and counters[i] are one counter
        std::vector<Counter> counters;
        std::size_t find(std::uint64_t id) const;  // slots.size() when absent
    };

    static double minimum(const Slice& slice);

    std::size_t m_capacity;
    std::int64_t m_sliceMillis;
    std::vector<Slice> m_slices;
    Slice* m_current = nullptr;
    std::uint64_t m_random = 0x9E37'79B9'7F4A'7C15ULL;  // xorshift64 state for admission
};

}  // namespace shardscope::engine::metrics
