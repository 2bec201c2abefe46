// TableDescription: a DescribeTable answer, read into fields the views show.
//
// fromDescribeTable() accepts the whole response ({"Table": {...}}) or the
// bare table object and never throws: members that are missing or of the wrong
// JSON type read as empty/zero, because a remote service may omit what the
// embedded engine sends. `raw` keeps the table object as received, for the
// JSON view. Texts that depend on the language (billing mode, status, types)
// are made by the *Text() helpers, translated.
//
// Thread-safety: plain value type.
#pragma once

#include <nlohmann/json.hpp>

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace shardscope::ui {

struct KeyAttribute {
    QString name;
    QString type;  // "S", "N" or "B"; empty if AttributeDefinitions lacks it
};

struct AttributeDefinition {
    QString name;
    QString type;
};

// One secondary index of a table, as DescribeTable reports it.
struct IndexDescription {
    enum class Kind { Global, Local };
    Kind kind = Kind::Global;
    QString name;
    QString status;          // IndexStatus (global indexes); empty for local ones
    QString projectionType;  // "ALL", "KEYS_ONLY", "INCLUDE"
    std::optional<KeyAttribute> partitionKey;
    std::optional<KeyAttribute> sortKey;
    qint64 itemCount = 0;
    qint64 sizeBytes = 0;

    // "gpk (S) · gsk (N)", as TableDescription::keySchemaSummary().
    QString keySchemaSummary() const;
    // Translated: "Global secondary index" / "Local secondary index".
    QString kindText() const;
};

struct TableDescription {
    QString name;
    QString status;       // wire value: "ACTIVE", "CREATING", ...
    QString arn;
    QString billingMode;  // "PAY_PER_REQUEST" or "PROVISIONED"
    std::optional<KeyAttribute> partitionKey;
    std::optional<KeyAttribute> sortKey;
    QList<AttributeDefinition> attributeDefinitions;
    qint64 itemCount = 0;
    qint64 sizeBytes = 0;
    qint64 readCapacityUnits = 0;
    qint64 writeCapacityUnits = 0;
    QDateTime creationTime;  // invalid if not reported
    QStringList globalSecondaryIndexes;
    QStringList localSecondaryIndexes;
    QList<IndexDescription> indexes;  // global ones first, each list in the answer's order
    nlohmann::json raw;      // the "Table" object as received

    static TableDescription fromDescribeTable(const nlohmann::json& response);

    bool isValid() const { return !name.isEmpty(); }

    // "pk (S) · sk (N)"; "pk (S)" without a sort key.
    QString keySchemaSummary() const;
    // Translated: "On-demand", "Provisioned (5 RCU, 5 WCU)".
    QString billingModeText() const;
    // Translated: "Active", "Creating", ...; unknown values verbatim.
    QString statusText() const;
    static QString statusText(const QString& status);
    // Translated name of an attribute type: "String", "Number", "Binary".
    static QString attributeTypeText(const QString& type);
};

}  // namespace shardscope::ui

Q_DECLARE_METATYPE(shardscope::ui::TableDescription)
