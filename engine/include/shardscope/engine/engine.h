// Engine: the DynamoDB-compatible engine behind one front door.
//
// call(operation, request) takes an operation name ("PutItem") and the request
// body as DynamoDB JSON and returns the response body, or an ApiError that the
// wire layer turns into DynamoDB's error envelope. The dispatch table behind
// call() is the only list of supported operations. Everything the GUI, the
// endpoint and the tests do to data goes through this door, so they all see
// the same behaviour.
//
// Storage is SQLite (a file in WAL mode, or ":memory:"). Every acknowledged
// write is committed before call() returns.
//
// Thread-safety: call() may be used from any number of threads at once; each
// call is atomic and isolated. Change listeners run on the calling thread
// after the change is committed and outside the engine's locks; they must be
// quick and must not block.
#pragma once

#include "shardscope/engine/clock.h"
#include "shardscope/engine/result.h"

#include <nlohmann/json.hpp>

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace shardscope::engine {

struct EngineOptions {
    // SQLite file path, or ":memory:" for a throw-away engine.
    std::string databasePath = ":memory:";
    std::string region = "us-east-1";
    std::string accountId = "000000000000";
    // host:port of the endpoint serving this engine, for DescribeEndpoints
    // (empty: the service's regional address).
    std::string endpointAddress;
    std::shared_ptr<Clock> clock;  // null: the system clock
};

// What changed, for listeners that keep a view fresh (the GUI's table list).
struct ChangeEvent {
    enum class Kind { TableCreated, TableUpdated, TableDeleted, ItemsChanged };
    Kind kind;
    std::string tableName;
};

class Engine {
public:
    using ChangeListener = std::function<void(const ChangeEvent&)>;

    // Opens (creating if needed) the database and loads the catalog.
    static Result<std::unique_ptr<Engine>> open(EngineOptions options);
    ~Engine();
    Engine(const Engine&) = delete;
    Engine& operator=(const Engine&) = delete;

    // The front door. `operation` is the name after the X-Amz-Target prefix.
    // An unknown operation gives UnknownOperationException.
    Result<nlohmann::json> call(std::string_view operation, const nlohmann::json& request);

    // The operations call() accepts, in dispatch-table order.
    static std::vector<std::string_view> operations();

    // Returns an id for removeChangeListener().
    int addChangeListener(ChangeListener listener);
    void removeChangeListener(int id);

    const EngineOptions& options() const;
    const Clock& clock() const;

    class Impl;

private:
    explicit Engine(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

}  // namespace shardscope::engine
