#include "shardscope/net/aws_ini_file.h"

#include <QFile>

#include <algorithm>

namespace shardscope::net {

namespace {

std::string_view trim(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t' || text.front() == '\r'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r'))
        text.remove_suffix(1);
    return text;
}

constexpr std::string_view kProfilePrefix = "profile ";

}  // namespace

std::string AwsIniSection::value(std::string_view key) const {
    for (auto it = values.rbegin(); it != values.rend(); ++it)
        if (it->first == key)
            return it->second;
    return {};
}

bool AwsIniSection::has(std::string_view key) const {
    return std::any_of(values.begin(), values.end(), [key](const auto& entry) { return entry.first == key; });
}

std::optional<AwsIniFile> AwsIniFile::load(const QString& path, QString* error) {
    QFile file(path);
    if (!file.exists())
        return AwsIniFile();
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return std::nullopt;
    }
    const QByteArray text = file.readAll();
    return parse(std::string_view(text.constData(), static_cast<std::size_t>(text.size())));
}

AwsIniFile AwsIniFile::parse(std::string_view text) {
    AwsIniFile file;
    AwsIniSection* current = nullptr;
    while (!text.empty()) {
        const std::size_t end = text.find('\n');
        const std::string_view raw = text.substr(0, end);
        text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);

        const std::string_view line = trim(raw);
        if (line.empty() || line.front() == '#' || line.front() == ';')
            continue;
        if (line.front() == '[') {
            const std::size_t close = line.find(']');
            if (close == std::string_view::npos) {
                current = nullptr;  // malformed: its keys belong to no profile
                continue;
            }
            file.m_sections.push_back({std::string(trim(line.substr(1, close - 1))), {}});
            current = &file.m_sections.back();
            continue;
        }
        // Nested blocks ("s3 =" followed by indented lines) are not read.
        if (raw.front() == ' ' || raw.front() == '\t' || !current)
            continue;
        const std::size_t equals = line.find('=');
        if (equals == std::string_view::npos)
            continue;
        current->values.emplace_back(std::string(trim(line.substr(0, equals))),
                                     std::string(trim(line.substr(equals + 1))));
    }
    return file;
}

const AwsIniSection* AwsIniFile::profile(std::string_view name, Kind kind) const {
    const AwsIniSection* found = nullptr;
    for (const AwsIniSection& section : m_sections) {
        std::string_view sectionName = section.name;
        if (kind == Kind::Config && sectionName != "default") {
            if (!sectionName.starts_with(kProfilePrefix))
                continue;
            sectionName = trim(sectionName.substr(kProfilePrefix.size()));
        }
        if (sectionName == name)
            found = &section;  // a repeated section: the last one wins
    }
    return found;
}

std::vector<std::string> AwsIniFile::profileNames(Kind kind) const {
    std::vector<std::string> names;
    for (const AwsIniSection& section : m_sections) {
        std::string_view name = section.name;
        if (kind == Kind::Config && name != "default") {
            if (!name.starts_with(kProfilePrefix))
                continue;
            name = trim(name.substr(kProfilePrefix.size()));
        }
        if (std::find(names.begin(), names.end(), name) == names.end())
            names.emplace_back(name);
    }
    return names;
}

}  // namespace shardscope::net
