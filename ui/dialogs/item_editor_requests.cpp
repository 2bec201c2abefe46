#include "dialogs/item_editor_requests.h"

#include "shardscope/engine/decimal.h"

#include <QCoreApplication>
#include <QStringList>

namespace shardscope::ui {
namespace {

const char* const kVersionNames[] = {"version", "Version", "VERSION", "_version"};

}  // namespace

QString ItemEditorRequests::versionAttribute(const nlohmann::json& item) {
    if (!item.is_object())
        return {};
    for (const char* name : kVersionNames) {
        const auto it = item.find(name);
        if (it != item.end() && it->is_object() && it->contains("N") && (*it)["N"].is_string())
            return QString::fromLatin1(name);
    }
    return {};
}

nlohmann::json ItemEditorRequests::withNextVersion(const nlohmann::json& item, const nlohmann::json& loaded) {
    const QString version = versionAttribute(loaded);
    if (version.isEmpty())
        return item;
    const std::string name = version.toStdString();
    if (!item.contains(name) || item[name] != loaded[name])
        return item;  // the user set a version of their own
    const auto current = engine::Decimal::parse(loaded[name]["N"].get<std::string>());
    if (!current.ok())
        return item;
    const auto next = current->add(engine::Decimal::fromInt(1));
    if (!next.ok())
        return item;
    nlohmann::json bumped = item;
    bumped[name] = {{"N", next->toString()}};
    return bumped;
}

nlohmann::json ItemEditorRequests::put(const QString& table, const nlohmann::json& item, const nlohmann::json& loaded,
                                       const QString& partitionKey, Write write, QString* note) {
    nlohmann::json request = {{"TableName", table.toStdString()}, {"Item", item}};
    if (write == Write::Overwrite)
        return request;
    nlohmann::json names = {{"#pk", partitionKey.toStdString()}};
    if (write == Write::Create) {
        request["ConditionExpression"] = "attribute_not_exists(#pk)";
        request["ExpressionAttributeNames"] = names;
        return request;
    }

    // Replace: the stored item must still be the loaded one.
    QStringList conditions{QStringLiteral("attribute_exists(#pk)")};
    nlohmann::json values = nlohmann::json::object();
    const QString version = versionAttribute(loaded);
    if (!version.isEmpty()) {
        names["#ver"] = version.toStdString();
        values[":ver"] = loaded[version.toStdString()];
        conditions.append(QStringLiteral("#ver = :ver"));
        request["Item"] = withNextVersion(item, loaded);
    } else if (loaded.is_object()) {
        int compared = 0;
        int skipped = 0;
        for (auto it = loaded.begin(); it != loaded.end(); ++it) {
            if (QString::fromStdString(it.key()) == partitionKey)
                continue;
            if (compared >= kMaxComparedAttributes) {
                ++skipped;
                continue;
            }
            const std::string name = "#a" + std::to_string(compared);
            const std::string value = ":a" + std::to_string(compared);
            names[name] = it.key();
            values[value] = it.value();
            conditions.append(
                QStringLiteral("%1 = %2").arg(QString::fromStdString(name), QString::fromStdString(value)));
            ++compared;
        }
        if (skipped > 0 && note)
            *note = QCoreApplication::translate("ItemEditorRequests",
                                                "Only %1 of %2 attributes can be checked for concurrent changes; add "
                                                "a numeric “version” attribute to check the whole item.")
                        .arg(compared)
                        .arg(compared + skipped);
    }
    request["ConditionExpression"] = conditions.join(QStringLiteral(" AND ")).toStdString();
    request["ExpressionAttributeNames"] = names;
    if (!values.empty())
        request["ExpressionAttributeValues"] = values;
    return request;
}

nlohmann::json ItemEditorRequests::dryRun(const QString& table, const nlohmann::json& item,
                                          const QString& partitionKey) {
    return {{"TableName", table.toStdString()},
            {"Item", item},
            {"ConditionExpression", "attribute_exists(#pk) AND attribute_not_exists(#pk)"},
            {"ExpressionAttributeNames", {{"#pk", partitionKey.toStdString()}}}};
}

nlohmann::json ItemEditorRequests::get(const QString& table, const nlohmann::json& key) {
    return {{"TableName", table.toStdString()}, {"Key", key}, {"ConsistentRead", true}};
}

}  // namespace shardscope::ui
