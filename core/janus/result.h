#pragma once

#include "error.h"

#include <optional>
#include <utility>

namespace janus {

/// A value or the Error that prevented it: the one way core reports a failure (std::expected
/// is C++23). Test it like a pointer: `if (!r) show(r.error()); else use(*r);`.
template <typename T> class [[nodiscard]] Result {
public:
    Result(T value)
        : m_value(std::move(value)) {}
    Result(Error error)
        : m_error(std::move(error)) {}

    bool ok() const { return !m_error.isError(); }
    explicit operator bool() const { return ok(); }
    const T& value() const { return *m_value; }
    const T& operator*() const { return *m_value; }
    const T* operator->() const { return &*m_value; }
    T valueOr(T fallback) const { return ok() ? *m_value : std::move(fallback); }
    const Error& error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

/// The value of a request that answers only "done" (destroy, leave, remove_remote_publisher…).
struct Done {};

} // namespace janus
