#include "models/table_description.h"

#include <QCoreApplication>

#include <cmath>

namespace shardscope::ui {
namespace {

// Tolerant readers: a missing member or one of the wrong type reads as empty.
const nlohmann::json* member(const nlohmann::json& object, const char* name) {
    if (!object.is_object())
        return nullptr;
    const auto it = object.find(name);
    return it == object.end() ? nullptr : &*it;
}

QString stringMember(const nlohmann::json& object, const char* name) {
    const nlohmann::json* value = member(object, name);
    if (!value || !value->is_string())
        return {};
    return QString::fromStdString(value->get<std::string>());
}

qint64 integerMember(const nlohmann::json& object, const char* name) {
    const nlohmann::json* value = member(object, name);
    if (!value || !value->is_number())
        return 0;
    if (value->is_number_float())
        return static_cast<qint64>(value->get<double>());
    if (value->is_number_unsigned())
        return static_cast<qint64>(value->get<std::uint64_t>());
    return value->get<std::int64_t>();
}

QStringList indexNames(const nlohmann::json& table, const char* listName) {
    QStringList names;
    const nlohmann::json* list = member(table, listName);
    if (!list || !list->is_array())
        return names;
    for (const nlohmann::json& index : *list) {
        const QString name = stringMember(index, "IndexName");
        if (!name.isEmpty())
            names.append(name);
    }
    return names;
}

QString keySummary(const std::optional<KeyAttribute>& partitionKey, const std::optional<KeyAttribute>& sortKey) {
    auto part = [](const KeyAttribute& key) {
        return key.type.isEmpty() ? key.name : QStringLiteral("%1 (%2)").arg(key.name, key.type);
    };
    QString summary = partitionKey ? part(*partitionKey) : QString();
    if (sortKey)
        summary += QStringLiteral(" \u00b7 ") + part(*sortKey);
    return summary;
}

// Reads a KeySchema array into the partition and sort key, typed by `typeOf`.
template <typename TypeOf>
void readKeySchema(const nlohmann::json& owner, const TypeOf& typeOf, std::optional<KeyAttribute>& partitionKey,
                   std::optional<KeyAttribute>& sortKey) {
    const nlohmann::json* keySchema = member(owner, "KeySchema");
    if (!keySchema || !keySchema->is_array())
        return;
    for (const nlohmann::json& element : *keySchema) {
        const QString attribute = stringMember(element, "AttributeName");
        const QString keyType = stringMember(element, "KeyType");
        if (keyType == QLatin1String("HASH"))
            partitionKey = KeyAttribute{attribute, typeOf(attribute)};
        else if (keyType == QLatin1String("RANGE"))
            sortKey = KeyAttribute{attribute, typeOf(attribute)};
    }
}

template <typename TypeOf>
void readIndexes(const nlohmann::json& table, const char* listName, IndexDescription::Kind kind,
                 const TypeOf& typeOf, QList<IndexDescription>& out) {
    const nlohmann::json* list = member(table, listName);
    if (!list || !list->is_array())
        return;
    for (const nlohmann::json& index : *list) {
        IndexDescription d;
        d.kind = kind;
        d.name = stringMember(index, "IndexName");
        if (d.name.isEmpty())
            continue;
        d.status = stringMember(index, "IndexStatus");
        if (const nlohmann::json* projection = member(index, "Projection"))
            d.projectionType = stringMember(*projection, "ProjectionType");
        readKeySchema(index, typeOf, d.partitionKey, d.sortKey);
        d.itemCount = integerMember(index, "ItemCount");
        d.sizeBytes = integerMember(index, "IndexSizeBytes");
        out.append(std::move(d));
    }
}

}  // namespace

TableDescription TableDescription::fromDescribeTable(const nlohmann::json& response) {
    const nlohmann::json* tablePtr = member(response, "Table");
    if (!tablePtr)
        tablePtr = member(response, "TableDescription");
    const nlohmann::json& table = tablePtr ? *tablePtr : response;

    TableDescription d;
    if (!table.is_object())
        return d;
    d.raw = table;
    d.name = stringMember(table, "TableName");
    d.status = stringMember(table, "TableStatus");
    d.arn = stringMember(table, "TableArn");
    d.itemCount = integerMember(table, "ItemCount");
    d.sizeBytes = integerMember(table, "TableSizeBytes");

    if (const nlohmann::json* definitions = member(table, "AttributeDefinitions");
        definitions && definitions->is_array()) {
        for (const nlohmann::json& definition : *definitions)
            d.attributeDefinitions.append(
                {stringMember(definition, "AttributeName"), stringMember(definition, "AttributeType")});
    }
    auto typeOf = [&d](const QString& attribute) {
        for (const AttributeDefinition& definition : d.attributeDefinitions)
            if (definition.name == attribute)
                return definition.type;
        return QString();
    };
    readKeySchema(table, typeOf, d.partitionKey, d.sortKey);

    // DynamoDB omits BillingModeSummary for tables that were always provisioned.
    if (const nlohmann::json* summary = member(table, "BillingModeSummary"))
        d.billingMode = stringMember(*summary, "BillingMode");
    if (d.billingMode.isEmpty())
        d.billingMode = QStringLiteral("PROVISIONED");
    if (const nlohmann::json* throughput = member(table, "ProvisionedThroughput")) {
        d.readCapacityUnits = integerMember(*throughput, "ReadCapacityUnits");
        d.writeCapacityUnits = integerMember(*throughput, "WriteCapacityUnits");
    }

    // CreationDateTime is epoch seconds on the wire, possibly fractional.
    if (const nlohmann::json* created = member(table, "CreationDateTime"); created && created->is_number()) {
        const double seconds = created->get<double>();
        if (std::isfinite(seconds) && seconds > 0)
            d.creationTime = QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(std::llround(seconds * 1000.0)));
    }

    d.globalSecondaryIndexes = indexNames(table, "GlobalSecondaryIndexes");
    d.localSecondaryIndexes = indexNames(table, "LocalSecondaryIndexes");
    readIndexes(table, "GlobalSecondaryIndexes", IndexDescription::Kind::Global, typeOf, d.indexes);
    readIndexes(table, "LocalSecondaryIndexes", IndexDescription::Kind::Local, typeOf, d.indexes);
    return d;
}

QString TableDescription::keySchemaSummary() const {
    return keySummary(partitionKey, sortKey);
}

QString IndexDescription::keySchemaSummary() const {
    return keySummary(partitionKey, sortKey);
}

QString IndexDescription::kindText() const {
    return kind == Kind::Global ? QCoreApplication::translate("TableDescription", "Global secondary index")
                                : QCoreApplication::translate("TableDescription", "Local secondary index");
}

QString TableDescription::billingModeText() const {
    if (billingMode == QLatin1String("PAY_PER_REQUEST"))
        return QCoreApplication::translate("TableDescription", "On-demand");
    if (billingMode == QLatin1String("PROVISIONED"))
        return QCoreApplication::translate("TableDescription", "Provisioned (%1 RCU, %2 WCU)")
            .arg(readCapacityUnits)
            .arg(writeCapacityUnits);
    return billingMode;
}

QString TableDescription::statusText() const {
    return statusText(status);
}

QString TableDescription::statusText(const QString& status) {
    if (status == QLatin1String("ACTIVE"))
        return QCoreApplication::translate("TableDescription", "Active");
    if (status == QLatin1String("CREATING"))
        return QCoreApplication::translate("TableDescription", "Creating");
    if (status == QLatin1String("UPDATING"))
        return QCoreApplication::translate("TableDescription", "Updating");
    if (status == QLatin1String("DELETING"))
        return QCoreApplication::translate("TableDescription", "Deleting");
    if (status == QLatin1String("ARCHIVING"))
        return QCoreApplication::translate("TableDescription", "Archiving");
    if (status == QLatin1String("ARCHIVED"))
        return QCoreApplication::translate("TableDescription", "Archived");
    if (status == QLatin1String("INACCESSIBLE_ENCRYPTION_CREDENTIALS"))
        return QCoreApplication::translate("TableDescription", "Inaccessible");
    return status;
}

QString TableDescription::attributeTypeText(const QString& type) {
    if (type == QLatin1String("S"))
        return QCoreApplication::translate("TableDescription", "String");
    if (type == QLatin1String("N"))
        return QCoreApplication::translate("TableDescription", "Number");
    if (type == QLatin1String("B"))
        return QCoreApplication::translate("TableDescription", "Binary");
    return type;
}

}  // namespace shardscope::ui
