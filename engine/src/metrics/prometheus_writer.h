// PrometheusWriter: the Prometheus text exposition format (version 0.0.4).
//
// Samples are grouped by metric family, each family once with its # TYPE
// line, so an existing Prometheus or Grafana Agent can scrape GET /metrics.
// Label values are escaped as the format requires (\\, \", \n).
//
// Thread-safety: none; one writer per scrape.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace shardscope::engine::metrics {

class PrometheusWriter {
public:
    enum class Type { Counter, Gauge, Summary };
    using Labels = std::vector<std::pair<std::string_view, std::string_view>>;

    void add(const std::string& family, Type type, const Labels& labels, double value, std::string_view suffix = {});
    std::string text() const;

private:
    struct Family {
        Type type = Type::Gauge;
        std::string samples;
    };
    std::map<std::string, Family> m_families;
};

}  // namespace shardscope::engine::metrics
