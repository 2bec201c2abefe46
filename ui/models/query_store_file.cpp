#include "models/query_store_file.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace shardscope::ui::query_store_file {

nlohmann::json read(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return nullptr;
    const QByteArray bytes = file.readAll();
    nlohmann::json content = nlohmann::json::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
    return content.is_discarded() ? nlohmann::json() : content;
}

bool write(const QString& path, const nlohmann::json& content) {
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) return false;
    const std::string text = content.dump(1);
    file.write(text.data(), static_cast<qint64>(text.size()));
    return file.commit();
}

}  // namespace shardscope::ui::query_store_file
