#pragma once
// What LocalStore's source files share (LocalStore.cpp, LocalStoreCredentials.cpp, LocalStoreMfa.cpp):
// the acting administrator and a user row as the store reads them, and small conversions.

#include "core/User.h"
#include "core/store/LocalStore.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QVariant>

namespace authdesk {

struct LocalStore::Actor {
    qint64 id = 0;
    QString name;
    QSet<QString> permissions;
    bool mustChangePassword = false; // may do nothing but change it
};

struct LocalStore::UserRow {
    User user;
    QString passwordHash;
};

struct LocalStore::Targeted {
    Actor actor;
    UserRow target;
};

namespace store {

inline QDateTime fromMs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

inline QVariant toMs(const QDateTime &dt)
{
    return dt.isValid() ? QVariant(dt.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

inline QString jsonOf(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// The TOTP throttle (LocalStoreMfa.cpp): after this many consecutive failures, how long the next
// attempt must wait after the last failure. The user list's "locked" reads the same rule.
qint64 mfaWaitSeconds(int failures);

// "abcd efgh-ijkl mnop" → "ABCDEFGHIJKLMNOP": how recovery codes and temporary access passes are
// typed (grouped, any case) and compared.
QString normalizeGroupedCode(const QString &typed);

// An Argon2id hash of a fixed text: unknown users are checked against it, so they cost as much time
// as known ones and a timing probe cannot list usernames.
const QString &dummyPasswordHash();

// What a client said of itself (IP, user agent), as the store keeps it: at most 512 characters, no
// control characters, never null.
QString clientText(const QString &text);

} // namespace store
} // namespace authdesk
