#include "metrics/prometheus_writer.h"

#include <cmath>
#include <cstdio>

namespace shardscope::engine::metrics {
namespace {

void appendEscaped(std::string& out, std::string_view value) {
    for (char c : value) {
        if (c == '\\') out += "\\\\";
        else if (c == '"') out += "\\\"";
        else if (c == '\n') out += "\\n";
        else out += c;
    }
}

void appendNumber(std::string& out, double value) {
    if (std::isnan(value)) {
        out += "NaN";
        return;
    }
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.17g", value);
    out += buffer;
}

const char* typeName(PrometheusWriter::Type type) {
    switch (type) {
    case PrometheusWriter::Type::Counter: return "counter";
    case PrometheusWriter::Type::Gauge: return "gauge";
    case PrometheusWriter::Type::Summary: return "summary";
    }
    return "untyped";
}

}  // namespace

void PrometheusWriter::add(const std::string& family, Type type, const Labels& labels, double value,
                           std::string_view suffix) {
    Family& f = m_families[family];
    f.type = type;
    std::string& out = f.samples;
    out += family;
    out += suffix;
    if (!labels.empty()) {
        out += '{';
        bool first = true;
        for (const auto& [name, labelValue] : labels) {
            if (!first) out += ',';
            first = false;
            out += name;
            out += "=\"";
            appendEscaped(out, labelValue);
            out += '"';
        }
        out += '}';
    }
    out += ' ';
    appendNumber(out, value);
    out += '\n';
}

std::string PrometheusWriter::text() const {
    std::string out;
    for (const auto& [name, f] : m_families) {
        out += "# TYPE ";
        out += name;
        out += ' ';
        out += typeName(f.type);
        out += '\n';
        out += f.samples;
    }
    return out;
}

}  // namespace shardscope::engine::metrics
