#pragma once
// The append-only audit log: each event is chained to the one before it by an HMAC-SHA256
// over both, keyed with the store's chain key, so an edited, removed or reordered event is
// found and named by verify(). The store's triggers refuse UPDATE and DELETE as well.

#include "core/AuditEvent.h"
#include "core/Result.h"

#include <QByteArray>
#include <QSqlQuery>
#include <optional>

namespace authdesk {

class Database;

class AuditLog {
public:
    // anchorPath: where this computer keeps the newest committed event (ChainKeyFile::Anchor);
    // empty for none.
    AuditLog(Database &db, QByteArray chainKey, QString machine, QString anchorPath = {});
    ~AuditLog();

    bool hasKey() const { return !m_key.isEmpty(); }
    // The chain key arrives when the store is unlocked (LocalStore's key slots).
    void setKey(QByteArray chainKey);

    // Call inside a write transaction before append(): reads the chain head once.
    Status loadHead();
    // Appends inside the caller's write transaction; fills in id, time (unless set), machine (unless set) and hashes.
    Status append(AuditEvent &event);
    // Call after the transaction holding the appended events committed: moves the anchor forward.
    void committed();

    Result<QList<AuditEvent>> list(const AuditQuery &query) const;
    Result<AuditCount> count(const AuditQuery &query) const;
    Result<AuditVerification> verify() const;

    static QByteArray canonicalForm(const AuditEvent &event);
    static QString genesisHash();

private:
    QString computeHash(const AuditEvent &event) const;

    Database &m_db;
    QByteArray m_key;
    QString m_machine;
    qint64 m_headId = -1;
    QString m_headHash;
    std::optional<QSqlQuery> m_insert;
    QString m_anchorPath;
    qint64 m_anchoredId = 0;
};

} // namespace authdesk
