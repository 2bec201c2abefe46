#include "metrics/hot_key_tracker.h"

#include <algorithm>

namespace shardscope::engine::metrics {

HotKeyTracker::HotKeyTracker(std::size_t capacity, std::int64_t windowMillis, std::size_t slices)
    : m_capacity(std::max<std::size_t>(capacity, 1)),
      m_sliceMillis(std::max<std::int64_t>(windowMillis / static_cast<std::int64_t>(std::max<std::size_t>(slices, 1)), 1)),
      m_slices(std::max<std::size_t>(slices, 1)) {}

std::size_t HotKeyTracker::Slice::find(std::uint64_t id) const {
    for (std::size_t i = 0; i < slots.size(); ++i)
        if (slots[i].id == id) return i;
    return slots.size();
}

void HotKeyTracker::add(std::uint64_t id, std::string_view pk, std::string_view sk, double weight,
                        std::int64_t nowMillis) {
    const std::int64_t number = nowMillis / m_sliceMillis;
    Slice* slice = m_current;
    if (!slice || slice->number != number) {
        slice = &m_slices[static_cast<std::size_t>(number) % m_slices.size()];
        if (slice->number != number) {
            slice->number = number;
            slice->slots.clear();
            slice->counters.clear();
            slice->minCount = 0;
        }
        m_current = slice;
    }
    Slot* slots = slice->slots.data();
    const std::size_t n = slice->slots.size();
    for (std::size_t i = 0; i < n; ++i)
        if (slots[i].id == id) {
            slots[i].count += weight;
            return;
        }
    if (n < m_capacity) {
        slice->slots.push_back({id, weight});
        slice->counters.push_back({0, std::string(pk), std::string(sk)});
        if (slice->slots.size() == m_capacity) slice->minCount = minimum(*slice);
        return;
    }
    // Randomized admission against the (lower bound of the) smallest count.
    m_random ^= m_random << 13;
    m_random ^= m_random >> 7;
    m_random ^= m_random << 17;
    const double draw = static_cast<double>(m_random >> 11) * 0x1.0p-53;
    if (draw * (slice->minCount + weight) >= weight) return;
    std::size_t min = 0;
    for (std::size_t i = 1; i < n; ++i)
        if (slots[i].count < slots[min].count) min = i;
    const double floor = slots[min].count;
    slots[min] = {id, floor + weight};
    Counter& c = slice->counters[min];
    c.error = floor;
    c.pk.assign(pk);
    c.sk.assign(sk);
    slice->minCount = minimum(*slice);
}

double HotKeyTracker::minimum(const Slice& slice) {
    double min = slice.slots.empty() ? 0 : slice.slots.front().count;
    for (const Slot& slot : slice.slots) min = std::min(min, slot.count);
    return min;
}

std::vector<HotKeyTracker::Entry> HotKeyTracker::top(std::size_t n, std::int64_t nowMillis) const {
    const std::int64_t newest = nowMillis / m_sliceMillis;
    const std::int64_t oldest = newest - static_cast<std::int64_t>(m_slices.size()) + 1;
    std::unordered_map<std::uint64_t, Entry> merged;
    std::vector<const Slice*> live;
    for (const Slice& s : m_slices)
        if (s.number >= oldest && s.number <= newest && !s.counters.empty()) live.push_back(&s);
    for (const Slice* s : live)
        for (std::size_t i = 0; i < s->counters.size(); ++i) {
            const Counter& c = s->counters[i];
            Entry& e = merged[s->slots[i].id];
            if (e.pk.empty() && e.sk.empty()) {
                e.pk = c.pk;
                e.sk = c.sk;
            }
            e.count += s->slots[i].count;
            e.error += c.error;
        }
    for (auto& [id, e] : merged)
        for (const Slice* s : live) {
            if (s->slots.size() < m_capacity || s->find(id) < s->slots.size()) continue;
            const double floor = minimum(*s);
            e.count += floor;
            e.error += floor;
        }
    std::vector<Entry> out;
    out.reserve(merged.size());
    for (auto& [id, e] : merged) out.push_back(std::move(e));
    std::sort(out.begin(), out.end(), [](const Entry& a, const Entry& b) {
        return a.count != b.count ? a.count > b.count : (a.pk != b.pk ? a.pk < b.pk : a.sk < b.sk);
    });
    if (out.size() > n) out.resize(n);
    return out;
}

}  // namespace shardscope::engine::metrics
