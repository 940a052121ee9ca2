#pragma once
// One open connection to a store (SQLite today, PostgreSQL with the shared-store issue), with
// the pragmas that make writes durable and the SQL dialect the schema and queries adapt to.
// A Database belongs to the thread that opened it.

#include "core/Result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <memory>

namespace authdesk {

enum class SqlDialect { SQLite, PostgreSQL };

class Database {
public:
    enum class OpenMode { CreateIfMissing, MustExist };

    static Result<std::unique_ptr<Database>> openSqlite(const QString &path, OpenMode mode);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase &connection() { return m_db; }
    SqlDialect dialect() const { return m_dialect; }
    const QString &location() const { return m_location; }

    // A write transaction that takes the write lock at once (SQLite BEGIN IMMEDIATE), so two
    // writers never both read the audit chain head and fork it.
    Status beginWrite();
    Status beginRead();
    Status commit();
    void rollback();
    bool inTransaction() const { return m_inTransaction; }

    QSqlQuery query() const { return QSqlQuery(m_db); }
    // Prepares and reports a translated error.
    Result<QSqlQuery> prepare(const QString &sql) const;
    // The same statement prepared once per connection and kept, for the hot paths (token validation).
    // The caller binds with bindValue(i, …), runs it, reads it and calls finish() before anyone uses
    // that SQL text again: it must not be nested with itself.
    Result<QSqlQuery *> cached(const QString &sql);
    // SQLite's PRAGMA data_version: changes whenever another connection commits to the file (not
    // for this connection's own commits). -1 where the dialect has nothing like it: never cache then.
    qint64 dataVersion();
    Status exec(QSqlQuery &query) const;
    // Runs a statement with no bound values (schema, pragmas, transaction control).
    Status execRaw(const QString &sql) const;

    // Maps a driver error to a user-facing error: locked, read-only, not a database, disk full.
    Error sqlError(const QSqlError &error) const;

private:
    Database() = default;

    QSqlDatabase m_db;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_cached; // dropped before the connection closes
    QString m_connectionName;
    QString m_location;
    SqlDialect m_dialect = SqlDialect::SQLite;
    bool m_inTransaction = false;
};

// Rolls back unless committed: every early return inside a write leaves nothing half-done.
class WriteTransaction {
public:
    explicit WriteTransaction(Database &db) : m_db(db) {}
    ~WriteTransaction()
    {
        if (m_active)
            m_db.rollback();
    }
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    Status begin()
    {
        auto s = m_db.beginWrite();
        m_active = s.ok();
        return s;
    }
    Status commit()
    {
        m_active = false;
        return m_db.commit();
    }

private:
    Database &m_db;
    bool m_active = false;
};

} // namespace authdesk
