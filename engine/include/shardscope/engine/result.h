// Result<T>: a value or an ApiError, never both.
//
// The engine reports every failure as a value (LevelDB's Status idea): no
// exception crosses the engine's API. Result is a small stand-in for C++23's
// std::expected, which Debian 12's GCC does not offer in C++20 mode.
//
// Thread-safety: a Result is a plain value; distinct objects may be used from
// distinct threads, one object needs external synchronisation.
#pragma once

#include "shardscope/engine/api_error.h"

#include <cassert>
#include <utility>
#include <variant>

namespace shardscope::engine {

template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_state(std::in_place_index<0>, std::move(value)) {}
    Result(ApiError error) : m_state(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    // Precondition: ok().
    T& value() & { assert(ok()); return std::get<0>(m_state); }
    const T& value() const& { assert(ok()); return std::get<0>(m_state); }
    T&& value() && { assert(ok()); return std::get<0>(std::move(m_state)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    // Precondition: !ok().
    const ApiError& error() const& { assert(!ok()); return std::get<1>(m_state); }
    ApiError&& error() && { assert(!ok()); return std::get<1>(std::move(m_state)); }

private:
    std::variant<T, ApiError> m_state;
};

// Status: a Result that carries no value on success.
class [[nodiscard]] Status {
public:
    Status() = default;
    Status(ApiError error) : m_error(std::move(error)), m_failed(true) {}
    static Status success() { return {}; }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const ApiError& error() const& { assert(m_failed); return m_error; }
    ApiError&& error() && { assert(m_failed); return std::move(m_error); }

private:
    ApiError m_error;
    bool m_failed = false;
};

}  // namespace shardscope::engine

// Propagates a failed Status/Result out of the enclosing function.
#define SHARDSCOPE_TRY(expr)                                  \
    do {                                                      \
        auto&& shardscope_try_result_ = (expr);               \
        if (!shardscope_try_result_.ok())                     \
            return std::move(shardscope_try_result_).error(); \
    } while (false)
