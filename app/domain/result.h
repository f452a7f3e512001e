#pragma once

#include <optional>
#include <utility>
#include <variant>

#include <QString>

namespace PayDesk {

// What went wrong, as a sentence a person can read plus a kind that callers can branch on.
struct Error
{
    enum class Kind
    {
        BadInput,
        Refused,
        InDoubt,
        Storage,
        Busy,     // the database stayed locked by another program past the busy wait
        Conflict, // another PayDesk changed the row since it was read (a version-checked write lost)
        Drift,    // LINE Pay reports a state that cannot follow the local one
        Network,
        Malformed,
    };

    Kind kind = Kind::BadInput;
    QString message;
};

// A value or an Error: the return type of every synchronous call that can fail.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_value(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_value); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_value); }
    T &value() & { return std::get<T>(m_value); }
    T &&value() && { return std::get<T>(std::move(m_value)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const Error &error() const { return std::get<Error>(m_value); }

private:
    std::variant<T, Error> m_value;
};

struct Done
{};

using Status = Result<Done>;

inline Error badInput(QString message)
{
    return Error{Error::Kind::BadInput, std::move(message)};
}

inline Error storageError(QString message)
{
    return Error{Error::Kind::Storage, std::move(message)};
}

} // namespace PayDesk
