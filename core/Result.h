#pragma once
// Errors are values: a Result<T> holds either a value or an Error (code + translated message).
// It crosses every layer boundary; exceptions never do.

#include <QString>
#include <optional>
#include <utility>
#include <variant>

namespace authdesk {

enum class ErrorCode {
    None,
    InvalidInput,      // malformed email, control characters, bad CSV line …
    NotFound,          // no such user, role or permission
    AlreadyExists,     // duplicate username/email/role
    PermissionDenied,  // the acting principal lacks a permission, or a guard rule applied
    Conflict,          // optimistic-lock version mismatch
    AuthenticationFailed,
    StoreUnavailable,  // cannot open, read-only, locked, not a store
    StoreTooNew,       // written by a newer AuthDesk
    Integrity,         // audit chain broken, constraint violated unexpectedly
    KeyUnavailable,    // the store is locked (its data key is not open here), or no keychain
    Canceled,
    RateLimited,       // too many failed attempts: wait and try again
    SecondFactorRequired, // the password was right, but the account's second factor has to be given too
    Internal,
};

struct Error {
    ErrorCode code = ErrorCode::Internal;
    QString message;
};

template <typename T>
class [[nodiscard]] Result {
public:
    // An empty Result is an error; QFuture needs a default constructor.
    Result() : m_data(std::in_place_index<1>, Error{ErrorCode::Internal, QString()}) {}
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const T *operator->() const { return &std::get<0>(m_data); }
    const T &operator*() const { return std::get<0>(m_data); }

    const Error &error() const { return std::get<1>(m_data); }
    ErrorCode code() const { return ok() ? ErrorCode::None : error().code; }
    QString message() const { return ok() ? QString() : error().message; }

private:
    std::variant<T, Error> m_data;
};

// For operations that produce no value.
struct Done {};
using Status = Result<Done>;

inline Error makeError(ErrorCode code, QString message) { return Error{code, std::move(message)}; }

} // namespace authdesk
