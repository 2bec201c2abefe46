#include "models/items_query.h"

#include "models/items_value_format.h"

#include <QCoreApplication>
#include <QStringList>

namespace shardscope::ui {
namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("ItemsQuery", text);
}

// Hands out #n/:v placeholders and collects the two maps for the request.
class Placeholders {
public:
    QString name(const QString& attribute) {
        const std::string key = attribute.toStdString();
        for (auto it = m_names.begin(); it != m_names.end(); ++it)
            if (it.value() == key)
                return QString::fromStdString(it.key());
        const QString placeholder = QStringLiteral("#n%1").arg(m_names.size());
        m_names[placeholder.toStdString()] = key;
        return placeholder;
    }
    QString value(const nlohmann::json& value) {
        const QString placeholder = QStringLiteral(":v%1").arg(m_values.size());
        m_values[placeholder.toStdString()] = value;
        return placeholder;
    }
    void store(nlohmann::json& request) const {
        if (!m_names.empty())
            request["ExpressionAttributeNames"] = m_names;
        if (!m_values.empty())
            request["ExpressionAttributeValues"] = m_values;
    }

private:
    nlohmann::json m_names = nlohmann::json::object();
    nlohmann::json m_values = nlohmann::json::object();
};

QString condition(const ItemsFilter& filter, Placeholders& placeholders) {
    const QString name = placeholders.name(filter.attribute);
    auto compare = [&](const char* op) {
        return QStringLiteral("%1 %2 %3").arg(name, QLatin1String(op), placeholders.value(filter.value));
    };
    switch (filter.op) {
    case ItemsFilter::Op::Equal:
        return compare("=");
    case ItemsFilter::Op::NotEqual:
        return compare("<>");
    case ItemsFilter::Op::Less:
        return compare("<");
    case ItemsFilter::Op::LessEqual:
        return compare("<=");
    case ItemsFilter::Op::Greater:
        return compare(">");
    case ItemsFilter::Op::GreaterEqual:
        return compare(">=");
    case ItemsFilter::Op::Between: {
        const QString low = placeholders.value(filter.value);
        const QString high = placeholders.value(filter.value2);
        return QStringLiteral("%1 BETWEEN %2 AND %3").arg(name, low, high);
    }
    case ItemsFilter::Op::BeginsWith:
        return QStringLiteral("begins_with(%1, %2)").arg(name, placeholders.value(filter.value));
    case ItemsFilter::Op::Contains:
        return QStringLiteral("contains(%1, %2)").arg(name, placeholders.value(filter.value));
    case ItemsFilter::Op::Exists:
        return QStringLiteral("attribute_exists(%1)").arg(name);
    case ItemsFilter::Op::NotExists:
        return QStringLiteral("attribute_not_exists(%1)").arg(name);
    }
    return {};
}

// A key value typed by the key's type ("S", "N", "B"; unknown reads as "S").
bool keyValue(const KeyAttribute& key, const QString& text, nlohmann::json* out, QString* error) {
    if (key.type == QLatin1String("N")) {
        QString message;
        if (!ItemsValueFormat::isValidNumber(text, &message)) {
            *error = tr("The key “%1” is a number, and “%2” is not one (%3).").arg(key.name, text, message);
            return false;
        }
        *out = {{"N", text.toStdString()}};
    } else if (key.type == QLatin1String("B")) {
        if (!ItemsValueFormat::decodeBase64(text)) {
            *error = tr("The key “%1” is binary; type its value as base64.").arg(key.name);
            return false;
        }
        *out = {{"B", text.toStdString()}};
    } else {
        *out = {{"S", text.toStdString()}};
    }
    return true;
}

ItemsFilter::Op toFilterOp(ItemsQuery::SortOp op) {
    switch (op) {
    case ItemsQuery::SortOp::Less:
        return ItemsFilter::Op::Less;
    case ItemsQuery::SortOp::LessEqual:
        return ItemsFilter::Op::LessEqual;
    case ItemsQuery::SortOp::Greater:
        return ItemsFilter::Op::Greater;
    case ItemsQuery::SortOp::GreaterEqual:
        return ItemsFilter::Op::GreaterEqual;
    case ItemsQuery::SortOp::Between:
        return ItemsFilter::Op::Between;
    case ItemsQuery::SortOp::BeginsWith:
        return ItemsFilter::Op::BeginsWith;
    default:
        return ItemsFilter::Op::Equal;
    }
}

}  // namespace

QString ItemsQuery::operation() const {
    return mode == Mode::Query ? QStringLiteral("Query") : QStringLiteral("Scan");
}

bool ItemsQuery::build(nlohmann::json* request, QString* error) const {
    QString ignored;
    QString& message = error ? *error : ignored;
    if (!source.isValid()) {
        message = tr("No table is selected.");
        return false;
    }
    nlohmann::json body = {{"TableName", source.tableName.toStdString()}};
    if (source.isIndex())
        body["IndexName"] = source.indexName.toStdString();

    Placeholders placeholders;
    QStringList keyConditions;
    QStringList filterConditions;
    QList<ItemsFilter> remaining = filters;

    if (mode == Mode::Query) {
        QString partitionText = partitionValue;
        std::optional<ItemsFilter> sortCondition;
        if (sortOp != SortOp::None) {
            ItemsFilter sort;
            sort.attribute = source.sortKey ? source.sortKey->name : QString();
            sort.op = toFilterOp(sortOp);
            if (!source.sortKey) {
                message = tr("“%1” has no sort key, so there is no sort-key condition to apply.")
                              .arg(source.isIndex() ? source.indexName : source.tableName);
                return false;
            }
            if (sortValue.isEmpty() || (sortOp == SortOp::Between && sortValue2.isEmpty())) {
                message = tr("Type the sort-key value(s) for the condition on “%1”.").arg(sort.attribute);
                return false;
            }
            if (!keyValue(*source.sortKey, sortValue, &sort.value, &message))
                return false;
            if (sortOp == SortOp::Between && !keyValue(*source.sortKey, sortValue2, &sort.value2, &message))
                return false;
            if (sortOp == SortOp::BeginsWith && source.sortKey->type == QLatin1String("N")) {
                message = tr("begins_with needs a string or binary sort key; “%1” is a number.").arg(sort.attribute);
                return false;
            }
            sortCondition = sort;
        }

        // Filters on this source's keys belong to the key condition, or nowhere.
        for (qsizetype i = remaining.size() - 1; i >= 0; --i) {
            const ItemsFilter& filter = remaining.at(i);
            if (filter.attribute == source.partitionKey.name) {
                if (filter.op != ItemsFilter::Op::Equal) {
                    message = tr("A Query reads one partition: the partition key “%1” can only be filtered with an "
                                 "exact value, not “%2”.")
                                  .arg(filter.attribute, filter.text);
                    return false;
                }
                const nlohmann::json& typed = filter.value.begin().value();
                if (!typed.is_string()) {
                    message = tr("The partition key “%1” holds strings, numbers or binaries; “%2” is none of them.")
                                  .arg(filter.attribute, filter.text);
                    return false;
                }
                const QString filterText = QString::fromStdString(typed.get<std::string>());
                if (!partitionText.isEmpty() && partitionText != filterText) {
                    message = tr("The filter “%1” on the partition key “%2” contradicts the partition key value "
                                 "“%3” of the query.")
                                  .arg(filter.text, filter.attribute, partitionText);
                    return false;
                }
                partitionText = filterText;
                remaining.removeAt(i);
            } else if (source.sortKey && filter.attribute == source.sortKey->name) {
                if (!filter.isSortKeyOperator()) {
                    message = tr("In a Query the sort key “%1” can only be filtered with =, <, <=, >, >=, a..b or "
                                 "^prefix; DynamoDB allows no other conditions on key attributes (“%2”).")
                                  .arg(filter.attribute, filter.text);
                    return false;
                }
                if (sortCondition) {
                    message = tr("The sort key “%1” already has a condition; a Query allows one. Clear the filter "
                                 "“%2” or the sort-key condition.")
                                  .arg(filter.attribute, filter.text);
                    return false;
                }
                sortCondition = filter;
                remaining.removeAt(i);
            }
        }
        if (partitionText.isEmpty()) {
            message = tr("Type the partition key value (“%1”) to run a Query.").arg(source.partitionKey.name);
            return false;
        }
        ItemsFilter partition;
        partition.attribute = source.partitionKey.name;
        if (!keyValue(source.partitionKey, partitionText, &partition.value, &message))
            return false;
        keyConditions.append(condition(partition, placeholders));
        if (sortCondition)
            keyConditions.append(condition(*sortCondition, placeholders));
        body["ScanIndexForward"] = forward;
    }

    for (const ItemsFilter& filter : remaining)
        filterConditions.append(condition(filter, placeholders));
    if (!keyConditions.isEmpty())
        body["KeyConditionExpression"] = keyConditions.join(QStringLiteral(" AND ")).toStdString();
    if (!filterConditions.isEmpty())
        body["FilterExpression"] = filterConditions.join(QStringLiteral(" AND ")).toStdString();
    placeholders.store(body);
    *request = std::move(body);
    return true;
}

}  // namespace shardscope::ui
