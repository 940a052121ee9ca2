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
    Principal(PrincipalKey, qint64 userId, QString username, QString directoryId)
        : m_userId(userId), m_username(std::move(username)), m_directoryId(std::move(directoryId)) {}

    bool isValid() const { return m_userId > 0; }
    qint64 userId() const { return m_userId; }
    const QString &username() const { return m_username; }
    // The directory that authenticated this principal; no other directory accepts it.
    const QString &directoryId() const { return m_directoryId; }

private:
    qint64 m_userId = 0;
    QString m_username;
    QString m_directoryId;
};

} // namespace authdesk
