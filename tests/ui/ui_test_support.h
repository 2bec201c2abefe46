// Helpers shared by the UI tests: an in-memory engine, table creation straight
// through the engine (bypassing the GUI, as a foreign client would), and test
// isolation for settings.
#pragma once

#include "shardscope/engine/engine.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QString>
#include <QTest>

#include <memory>
#include <string>

namespace shardscope::ui::test {

inline std::shared_ptr<engine::Engine> openMemoryEngine() {
    engine::EngineOptions options;
    options.databasePath = ":memory:";
    auto engine = engine::Engine::open(options);
    if (!engine.ok())
        qFatal("cannot open engine: %s", engine.error().message().c_str());
    return std::shared_ptr<engine::Engine>(std::move(*engine));
}

// Calls the engine directly; returns the error as "Type: message", or an empty string.
inline QString callEngine(engine::Engine& engine, const char* operation, const nlohmann::json& request,
                          nlohmann::json* response = nullptr) {
    auto result = engine.call(operation, request);
    if (!result.ok())
        return QString::fromStdString(std::string(result.error().name()) + ": " + result.error().message());
    if (response)
        *response = std::move(*result);
    return {};
}

inline nlohmann::json createTableRequest(const std::string& name, const std::string& partitionKey,
                                         const std::string& partitionType = "S", const std::string& sortKey = {},
                                         const std::string& sortType = "S") {
    nlohmann::json request = {
        {"TableName", name},
        {"AttributeDefinitions", {{{"AttributeName", partitionKey}, {"AttributeType", partitionType}}}},
        {"KeySchema", {{{"AttributeName", partitionKey}, {"KeyType", "HASH"}}}},
        {"BillingMode", "PAY_PER_REQUEST"},
    };
    if (!sortKey.empty()) {
        request["AttributeDefinitions"].push_back({{"AttributeName", sortKey}, {"AttributeType", sortType}});
        request["KeySchema"].push_back({{"AttributeName", sortKey}, {"KeyType", "RANGE"}});
    }
    return request;
}

// Creates a table through the engine; fails the calling test on error.
#define SS_CREATE_TABLE(engine, ...)                                                                   \
    do {                                                                                               \
        const QString error_ = shardscope::ui::test::callEngine(                                       \
            (engine), "CreateTable", shardscope::ui::test::createTableRequest(__VA_ARGS__));           \
        QVERIFY2(error_.isEmpty(), qPrintable(error_));                                                \
    } while (false)

// Points QSettings and QStandardPaths at throw-away test locations and clears
// what an earlier run left there. Call from initTestCase().
inline void isolateSettings(const char* testName) {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ShardscopeTests"));
    QCoreApplication::setApplicationName(QString::fromLatin1(testName));
    QSettings().clear();
}

}  // namespace shardscope::ui::test
