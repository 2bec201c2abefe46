// SpaceSaving: bounded-memory top-K heavy hitters (Metwally et al., 2005).
//
// Keeps at most `capacity` counters. A new key, when the table is full,
// takes over the smallest counter and inherits its count as its error bound.
// For any key with true weight above total/capacity the estimate is kept,
// and the top entries of a skewed stream are exact as long as their count
// exceeds the smallest counter's — which is what Contributor Insights-style
// "most accessed keys" needs, in memory that does not grow with the keys.
//
// Thread-safety: none; the owner serialises access.
#pragma once

#include <algorithm>
#include <cstddef>
#include <string>
#include <unordered_map>
#include <vector>

namespace shardscope::engine {

class SpaceSaving {
public:
    struct Entry {
        std::string key;
        double count = 0;  // estimate, never below the true weight
        double error = 0;  // count - error <= true weight
    };

    explicit SpaceSaving(std::size_t capacity = 64) : m_capacity(capacity) {}

    void add(const std::string& key, double weight = 1.0) {
        m_total += weight;
        auto it = m_index.find(key);
        if (it != m_index.end()) {
            m_entries[it->second].count += weight;
            return;
        }
        if (m_entries.size() < m_capacity) {
            m_index.emplace(key, m_entries.size());
            m_entries.push_back({key, weight, 0});
            return;
        }
        // Replace the minimum; a linear scan is fine for capacities of ~100.
        std::size_t min = 0;
        for (std::size_t i = 1; i < m_entries.size(); ++i)
            if (m_entries[i].count < m_entries[min].count) min = i;
        m_index.erase(m_entries[min].key);
        const double floor = m_entries[min].count;
        m_entries[min] = {key, floor + weight, floor};
        m_index.emplace(key, min);
    }

    // Merges another summary (for sliding windows made of buckets).
    void merge(const SpaceSaving& other) {
        for (const auto& e : other.m_entries) {
            add(e.key, e.count);
            auto it = m_index.find(e.key);
            if (it != m_index.end()) m_entries[it->second].error += e.error;
        }
    }

    // The heaviest `n` entries, heaviest first (ties by key for stable output).
    std::vector<Entry> top(std::size_t n) const {
        std::vector<Entry> sorted = m_entries;
        std::sort(sorted.begin(), sorted.end(), [](const Entry& a, const Entry& b) {
            return a.count != b.count ? a.count > b.count : a.key < b.key;
        });
        if (sorted.size() > n) sorted.resize(n);
        return sorted;
    }

    double total() const { return m_total; }
    std::size_t size() const { return m_entries.size(); }
    void clear() {
        m_entries.clear();
        m_index.clear();
        m_total = 0;
    }

private:
    std::size_t m_capacity;
    std::vector<Entry> m_entries;
    std::unordered_map<std::string, std::size_t> m_index;
    double m_total = 0;
};

}  // namespace shardscope::engine
