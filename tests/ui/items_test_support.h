// Helpers shared by the item-browser tests: a JSON comparison that prints
// both sides, tables filled through BatchWriteItem, and the ItemsSource of a
// table as the workbench would read it.
#pragma once

#include "ui_test_support.h"

#include "models/items_source.h"
#include "models/table_description.h"

#include <QTest>

#include <string>

// QCOMPARE cannot print JSON; this can.
#define SS_COMPARE_JSON(actual, expected)                                                              \
    do {                                                                                              \
        const nlohmann::json actual_ = (actual);                                                      \
        const nlohmann::json expected_ = (expected);                                                  \
        QVERIFY2(actual_ == expected_,                                                                \
                 qPrintable(QString::fromStdString(actual_.dump() + "\n  != " + expected_.dump()))); \
    } while (false)

namespace shardscope::ui::test {

// Item `i` of the test tables: "pk" (S) "item-<i>", or with `partitions` "p<i % partitions>"
// plus "sk" (N) i / partitions; "n" (N) i; "kind" red/blue; every tenth item a nested "extra" map.
inline nlohmann::json numberedItem(int i, int partitions = 0) {
    nlohmann::json item = {{"pk", {{"S", partitions ? "p" + std::to_string(i % partitions)
                                                     : "item-" + std::to_string(i)}}},
                           {"n", {{"N", std::to_string(i)}}},
                           {"kind", {{"S", i % 3 == 0 ? "red" : "blue"}}}};
    if (partitions)
        item["sk"] = {{"N", std::to_string(i / partitions)}};
    if (i % 10 == 0)
        item["extra"] = nlohmann::json::parse(R"({"M": {"a": {"L": [{"N": "1"}, {"S": "x"}]}}})");
    return item;
}

// Writes numberedItem(0 .. count-1) to `table` straight through the engine.
inline void fillTable(engine::Engine& engine, const std::string& table, int count, int partitions = 0) {
    nlohmann::json batch = nlohmann::json::array();
    auto flush = [&] {
        if (batch.empty())
            return;
        const QString error = callEngine(engine, "BatchWriteItem", {{"RequestItems", {{table, batch}}}});
        if (!error.isEmpty())
            qFatal("fillTable: %s", qPrintable(error));
        batch = nlohmann::json::array();
    };
    for (int i = 0; i < count; ++i) {
        batch.push_back({{"PutRequest", {{"Item", numberedItem(i, partitions)}}}});
        if (batch.size() == 25)
            flush();
    }
    flush();
}

inline TableDescription describeTable(engine::Engine& engine, const std::string& table) {
    nlohmann::json described;
    callEngine(engine, "DescribeTable", {{"TableName", table}}, &described);
    return TableDescription::fromDescribeTable(described);
}

// The table itself as an item source.
inline ItemsSource tableSource(engine::Engine& engine, const std::string& table) {
    return ItemsSource::fromDescription(describeTable(engine, table)).value(0);
}

// Every item of `table`, by one full Scan through the engine, keyed by their "pk" (and "sk").
inline std::map<std::string, nlohmann::json> scanAll(engine::Engine& engine, const std::string& table) {
    std::map<std::string, nlohmann::json> items;
    nlohmann::json request = {{"TableName", table}};
    for (;;) {
        nlohmann::json page;
        const QString error = callEngine(engine, "Scan", request, &page);
        if (!error.isEmpty())
            qFatal("scanAll: %s", qPrintable(error));
        for (const nlohmann::json& item : page["Items"])
            items[item["pk"].dump() + (item.contains("sk") ? item["sk"].dump() : std::string())] = item;
        if (!page.contains("LastEvaluatedKey"))
            break;
        request["ExclusiveStartKey"] = page["LastEvaluatedKey"];
    }
    return items;
}

}  // namespace shardscope::ui::test
