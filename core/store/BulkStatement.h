#pragma once
// A prepared INSERT on the store's own SQLite connection through SQLite's C API, for the one
// place where QtSql's per-value overhead dominates: importing millions of users. Values are bound
// as UTF-8; the statement runs inside the caller's transaction on the same connection.

#include "core/Result.h"

#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace authdesk {

class Database;

class BulkStatement {
public:
    static Result<BulkStatement> prepare(Database &db, const QString &sql);
    BulkStatement() = default;
    BulkStatement(BulkStatement &&other) noexcept;
    BulkStatement &operator=(BulkStatement &&other) noexcept;
    BulkStatement(const BulkStatement &) = delete;
    BulkStatement &operator=(const BulkStatement &) = delete;
    ~BulkStatement();

    bool isValid() const { return m_stmt != nullptr; }
    void bindText(int index, const QString &text);   // 1-based, as SQLite counts
    void bindNullableText(int index, const QString &text);
    void bindInt(int index, qint64 value);
    // Runs, resets and clears the bindings. Returns the driver's error code and message on failure.
    Status run(Database &db);
    qint64 lastInsertRowId() const;

private:
    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};

} // namespace authdesk
