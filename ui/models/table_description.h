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
    nlohmann::json raw;      // the "Table" object as received

    static TableDescription fromDescribeTable(const nlohmann::json& response);

    bool isValid() const { return !name.isEmpty(); }

    // "pk (S) · sk (N)"; "pk (S)" without a sort key.
    QString keySchemaSummary() const;
    // Translated: "On-demand", "Provisioned (5 RCU, 5 WCU)".
    QString billingModeText() const;
    // Translated: "Active", "Creating", ...; unknown values verbatim.
    QString statusText() const;
    // Translated name of an attribute type: "String", "Number", "Binary".
    static QString attributeTypeText(const QString& type);
};

}  // namespace shardscope::ui

Q_DECLARE_METATYPE(shardscope::ui::TableDescription)
