#include "core/store/BulkStatement.h"

#include "core/store/Database.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <sqlite3.h>

namespace authdesk {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(BulkStatement)
};
} // namespace

Result<BulkStatement> BulkStatement::prepare(Database &db, const QString &sql)
{
    const QVariant handle = db.connection().driver()->handle();
    if (db.dialect() != SqlDialect::SQLite || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return makeError(ErrorCode::Internal, Tr::tr("Bulk statements need a SQLite connection."));
    BulkStatement statement;
    statement.m_handle = *static_cast<sqlite3 *const *>(handle.data());
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(statement.m_handle, utf8.constData(), static_cast<int>(utf8.size()), &statement.m_stmt, nullptr)
        != SQLITE_OK)
        return makeError(ErrorCode::Internal,
                         Tr::tr("Store error: %1").arg(QString::fromUtf8(sqlite3_errmsg(statement.m_handle))));
    return statement;
}

BulkStatement::BulkStatement(BulkStatement &&other) noexcept
    : m_handle(std::exchange(other.m_handle, nullptr)), m_stmt(std::exchange(other.m_stmt, nullptr))
{
}

BulkStatement &BulkStatement::operator=(BulkStatement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_handle = std::exchange(other.m_handle, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
    }
    return *this;
}

BulkStatement::~BulkStatement()
{
    sqlite3_finalize(m_stmt);
}

void BulkStatement::bindText(int index, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
}

void BulkStatement::bindNullableText(int index, const QString &text)
{
    if (text.isEmpty())
        sqlite3_bind_null(m_stmt, index);
    else
        bindText(index, text);
}

void BulkStatement::bindInt(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

Status BulkStatement::run(Database &db)
{
    const int rc = sqlite3_step(m_stmt);
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    if (rc == SQLITE_DONE)
        return Done{};
    // Reported through the same mapping as every other store error (locked, full, constraint …).
    return db.sqlError(QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(m_handle)), QSqlError::StatementError,
                                 QString::number(sqlite3_extended_errcode(m_handle))));
}

qint64 BulkStatement::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_handle);
}

} // namespace authdesk
