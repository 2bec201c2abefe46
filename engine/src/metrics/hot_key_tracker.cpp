#include "metrics/hot_key_tracker.h"

#include <algorithm>

namespace shardscope::engine::metrics {

HotKeyTracker::HotKeyTracker(std::size_t capacity, std::int64_t windowMillis, std::size_t slices)
    : m_capacity(std::max<std::size_t>(capacity, 1)),
      m_sliceMillis(std::max<std::int64_t>(windowMillis / static_cast<std::int64_t>(std::max<std::size_t>(slices, 1)), 1)),
      m_slices(std::max<std::size_t>(slices, 1)) {}

void HotKeyTracker::add(std::uint64_t id, std::string_view pk, std::string_view sk, double weight,
                        std::int64_t nowMillis) {
    const std::int64_t number = nowMillis / m_sliceMillis;
    Slice* slice = m_current;
    if (!slice || slice->number != number) {
        slice = &m_slices[static_cast<std::size_t>(number) % m_slices.size()];
        if (slice->number != number) {
            slice->number = number;
            slice->counters.clear();
            slice->index.clear();
        }
        m_current = slice;
    }
    if (auto it = slice->index.find(id); it != slice->index.end()) {
        slice->counters[it->second].count += weight;
        return;
    }
    if (slice->counters.size() < m_capacity) {
        slice->index.emplace(id, static_cast<std::uint32_t>(slice->counters.size()));
        slice->counters.push_back({id, weight, 0, std::string(pk), std::string(sk)});
        return;
    }
    // Take over the smallest counter; a linear scan is cheap at this size.
    std::size_t min = 0;
    for (std::size_t i = 1; i < slice->counters.size(); ++i)
        if (slice->counters[i].count < slice->counters[min].count) min = i;
    Counter& c = slice->counters[min];
    slice->index.erase(c.id);
    const double floor = c.count;
    c.id = id;
    c.count = floor + weight;
    c.error = floor;
    c.pk.assign(pk);
    c.sk.assign(sk);
    slice->index.emplace(id, static_cast<std::uint32_t>(min));
}

std::vector<HotKeyTracker::Entry> HotKeyTracker::top(std::size_t n, std::int64_t nowMillis) const {
    const std::int64_t newest = nowMillis / m_sliceMillis;
    const std::int64_t oldest = newest - static_cast<std::int64_t>(m_slices.size()) + 1;
    std::unordered_map<std::uint64_t, Entry> merged;
    std::vector<const Slice*> live;
    for (const Slice& s : m_slices)
        if (s.number >= oldest && s.number <= newest && !s.counters.empty()) live.push_back(&s);
    for (const Slice* s : live)
        for (const Counter& c : s->counters) {
            Entry& e = merged[c.id];
            if (e.pk.empty() && e.sk.empty()) {
                e.pk = c.pk;
                e.sk = c.sk;
            }
            e.count += c.count;
            e.error += c.error;
        }
    for (auto& [id, e] : merged)
        for (const Slice* s : live) {
            if (s->counters.size() < m_capacity || s->index.count(id)) continue;
            double floor = s->counters.front().count;
            for (const Counter& c : s->counters) floor = std::min(floor, c.count);
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
