// Small JSON files for the query pane's history and saved operations.
//
// read() returns the file's JSON, or null when it is missing or unreadable
// (a corrupt file is treated as empty rather than an error: it only holds
// conveniences). write() replaces the file atomically (QSaveFile), creating
// its directory.
//
// Thread-safety: functions; callers serialise access to one file.
#pragma once

#include <nlohmann/json.hpp>

#include <QString>

namespace shardscope::ui::query_store_file {

nlohmann::json read(const QString& path);
bool write(const QString& path, const nlohmann::json& content);

}  // namespace shardscope::ui::query_store_file
