#include "models/items_source.h"

#include <QCoreApplication>

namespace shardscope::ui {
namespace {

QString typeOf(const TableDescription& description, const QString& attribute) {
    for (const AttributeDefinition& definition : description.attributeDefinitions)
        if (definition.name == attribute)
            return definition.type;
    return {};
}

void readKeySchema(const nlohmann::json& keySchema, const TableDescription& description, ItemsSource& source) {
    if (!keySchema.is_array())
        return;
    for (const nlohmann::json& element : keySchema) {
        if (!element.is_object())
            continue;
        const auto name = element.find("AttributeName");
        const auto keyType = element.find("KeyType");
        if (name == element.end() || keyType == element.end() || !name->is_string() || !keyType->is_string())
            continue;
        const QString attribute = QString::fromStdString(name->get<std::string>());
        const KeyAttribute key{attribute, typeOf(description, attribute)};
        if (keyType->get<std::string>() == "HASH")
            source.partitionKey = key;
        else if (keyType->get<std::string>() == "RANGE")
            source.sortKey = key;
    }
}

void appendIndexes(const TableDescription& description, const ItemsSource& table, const char* listName,
                   ItemsSource::Kind kind, QList<ItemsSource>& out) {
    const auto list = description.raw.find(listName);
    if (list == description.raw.end() || !list->is_array())
        return;
    for (const nlohmann::json& index : *list) {
        if (!index.is_object() || !index.contains("IndexName") || !index["IndexName"].is_string())
            continue;
        ItemsSource source = table;
        source.kind = kind;
        source.indexName = QString::fromStdString(index["IndexName"].get<std::string>());
        source.partitionKey = {};
        source.sortKey.reset();
        if (const auto keySchema = index.find("KeySchema"); keySchema != index.end())
            readKeySchema(*keySchema, description, source);
        if (source.isValid())
            out.append(source);
    }
}

bool sameKey(const KeyAttribute& a, const KeyAttribute& b) {
    return a.name == b.name && a.type == b.type;
}

bool sameKey(const std::optional<KeyAttribute>& a, const std::optional<KeyAttribute>& b) {
    return a.has_value() == b.has_value() && (!a || sameKey(*a, *b));
}

}  // namespace

bool operator==(const ItemsSource& a, const ItemsSource& b) {
    return a.tableName == b.tableName && a.indexName == b.indexName && a.kind == b.kind &&
           sameKey(a.partitionKey, b.partitionKey) && sameKey(a.sortKey, b.sortKey) &&
           sameKey(a.tablePartitionKey, b.tablePartitionKey) && sameKey(a.tableSortKey, b.tableSortKey);
}

QList<ItemsSource> ItemsSource::fromDescription(const TableDescription& description) {
    QList<ItemsSource> sources;
    if (!description.isValid() || !description.partitionKey)
        return sources;
    ItemsSource table;
    table.tableName = description.name;
    table.partitionKey = *description.partitionKey;
    table.sortKey = description.sortKey;
    table.tablePartitionKey = table.partitionKey;
    table.tableSortKey = table.sortKey;
    sources.append(table);
    appendIndexes(description, table, "GlobalSecondaryIndexes", Kind::GlobalIndex, sources);
    appendIndexes(description, table, "LocalSecondaryIndexes", Kind::LocalIndex, sources);
    return sources;
}

QString ItemsSource::displayName() const {
    switch (kind) {
    case Kind::Table:
        return QCoreApplication::translate("ItemsSource", "Table: %1").arg(tableName);
    case Kind::GlobalIndex:
        return QCoreApplication::translate("ItemsSource", "GSI: %1").arg(indexName);
    case Kind::LocalIndex:
        return QCoreApplication::translate("ItemsSource", "LSI: %1").arg(indexName);
    }
    return tableName;
}

QStringList ItemsSource::keyAttributeNames() const {
    QStringList names;
    auto add = [&names](const QString& name) {
        if (!name.isEmpty() && !names.contains(name))
            names.append(name);
    };
    add(partitionKey.name);
    if (sortKey)
        add(sortKey->name);
    add(tablePartitionKey.name);
    if (tableSortKey)
        add(tableSortKey->name);
    return names;
}

QString ItemsSource::keyType(const QString& name) const {
    for (const KeyAttribute* key : {&partitionKey, sortKey ? &*sortKey : nullptr, &tablePartitionKey,
                                    tableSortKey ? &*tableSortKey : nullptr})
        if (key && key->name == name)
            return key->type;
    return {};
}

QStringList ItemsSource::tableKeyNames() const {
    QStringList names{tablePartitionKey.name};
    if (tableSortKey)
        names.append(tableSortKey->name);
    return names;
}

}  // namespace shardscope::ui
