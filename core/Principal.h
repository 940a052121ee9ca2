#pragma once
// The acting administrator of every mutating call. Only a directory's sign-in can make one
// (the PrincipalKey passkey), so core never acts for a name it has not authenticated.

#include <QString>

namespace authdesk {

class LocalStore;

class PrincipalKey {
    friend class LocalStore;
    PrincipalKey() = default;
};

class Principal {
public:
    Principal() = default;
    Principal(PrincipalKey, qint64 userId, QString username)
        : m_userId(userId), m_username(std::move(username)) {}

    bool isValid() const { return m_userId > 0; }
    qint64 userId() const { return m_userId; }
    const QString &username() const { return m_username; }

private:
    qint64 m_userId = 0;
    QString m_username;
};

} // namespace authdesk
