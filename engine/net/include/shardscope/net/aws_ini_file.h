// AwsIniFile: the AWS CLI's shared credentials and config files, read as the
// CLI reads them.
//
// Both files are INI: "[section]" lines, then "key = value" lines; lines that
// start with '#' or ';' are comments; keys are case-sensitive; a line that
// starts with whitespace continues a nested block (such as "s3 =" in the
// config file) and is skipped, since nothing here reads nested settings. In
// the credentials file a profile's section is its name ("[default]",
// "[work]"); in the config file it is "[profile work]", except "[default]".
// profile() hides that difference.
//
// Thread-safety: a plain value; load() touches only the file it is given.
#pragma once

#include <QString>

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace shardscope::net {

struct AwsIniSection {
    std::string name;
    std::vector<std::pair<std::string, std::string>> values;

    // The value of `key`, or empty when the section lacks it. The last
    // occurrence wins, as in the CLI.
    std::string value(std::string_view key) const;
    bool has(std::string_view key) const;
};

class AwsIniFile {
public:
    enum class Kind { Credentials, Config };

    AwsIniFile() = default;
    // Reads `path`. A missing file is an empty file (the CLI treats it so);
    // an unreadable one returns nullopt with *error set.
    static std::optional<AwsIniFile> load(const QString& path, QString* error);
    static AwsIniFile parse(std::string_view text);

    const std::vector<AwsIniSection>& sections() const { return m_sections; }
    // The section of profile `name` as a file of `kind` names it; null if none.
    const AwsIniSection* profile(std::string_view name, Kind kind) const;
    // The profile names the file defines, in file order.
    std::vector<std::string> profileNames(Kind kind) const;

private:
    std::vector<AwsIniSection> m_sections;
};

}  // namespace shardscope::net
