// Helpers shared by the engine tests: an in-memory engine on a manual clock,
// and compact assertions on whole responses and on DynamoDB error envelopes.
#pragma once

#include "shardscope/engine/engine.h"

#include <QTest>

#include <memory>

namespace shardscope::engine::test {

inline std::unique_ptr<Engine> openMemoryEngine(std::shared_ptr<ManualClock> clock = std::make_shared<ManualClock>()) {
    EngineOptions options;
    options.databasePath = ":memory:";
    options.clock = std::move(clock);
    auto engine = Engine::open(options);
    if (!engine.ok()) qFatal("cannot open engine: %s", engine.error().message().c_str());
    return std::move(*engine);
}

inline nlohmann::json j(const char* text) { return nlohmann::json::parse(text); }

// Calls and expects success; fails the test with the error otherwise.
#define SS_CALL_OK(engine, op, request, out)                                                            \
    do {                                                                                               \
        auto r_ = (engine).call(op, request);                                                          \
        if (!r_.ok())                                                                                  \
            QFAIL(qPrintable(QString("%1 failed: %2: %3")                                               \
                                 .arg(QString::fromStdString(std::string(op)), QString::fromStdString(std::string(r_.error().name())),     \
                                      QString::fromStdString(r_.error().message()))));                \
        out = std::move(*r_);                                                                          \
    } while (false)

// Calls and expects the given error type name and exact message.
#define SS_CALL_ERROR(engine, op, request, type, text)                                                  \
    do {                                                                                               \
        auto r_ = (engine).call(op, request);                                                          \
        QVERIFY2(!r_.ok(), qPrintable(QString("%1 unexpectedly succeeded: %2")                          \
                                          .arg(QString::fromStdString(std::string(op)), QString::fromStdString(r_.ok() ? r_->dump() : std::string())))); \
        QCOMPARE(QString::fromStdString(std::string(r_.error().name())), QString(type));              \
        QCOMPARE(QString::fromStdString(r_.error().message()), QString::fromStdString(text));           \
    } while (false)

#define SS_COMPARE_JSON(actual, expected) \
    QCOMPARE(QString::fromStdString((actual).dump()), QString::fromStdString((expected).dump()))

}  // namespace shardscope::engine::test
