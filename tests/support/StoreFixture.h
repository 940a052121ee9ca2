#pragma once
// Shared by the core test suites: a real store in a temporary folder with its owner signed in,
// raw SQL on a connection of its own (to look at the store from outside the core), and the
// sqlite3 command-line tool (to change it behind the core's back).

#include "core/Result.h"
#include "core/store/LocalStore.h"

#include <QByteArray>
#include <QDateTime>
#include <optional>
#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>
#include <QVariant>
#include <memory>

namespace authdesk::test {

QString ownerName();
QString ownerEmail();
QString ownerPassword();
// A password every helper-created account gets; long enough for the policy.
QString staffPassword();

QString errorCodeName(ErrorCode code);

// "ok" or "<code>: <message>", for QVERIFY2 messages.
template <typename T>
QString describe(const Result<T> &r)
{
    return r.ok() ? QStringLiteral("ok") : errorCodeName(r.code()) + QStringLiteral(": ") + r.message();
}

class StoreFixture {
public:
    StoreFixture();
    ~StoreFixture();
    StoreFixture(const StoreFixture &) = delete;
    StoreFixture &operator=(const StoreFixture &) = delete;

    bool tempDirOk() const { return m_dir.isValid(); }
    QString dirPath() const { return m_dir.path(); }
    QString path() const;
    QString keyDir() const;
    StoreOptions options() const;

    // Creates the store with its owner and signs the owner in. Empty string on success.
    QString create();
    // Closes the store (checkpointing the WAL into the file).
    void close();
    // Opens the existing store again and signs the owner in. Empty string on success.
    QString reopen();

    // The store's clock (TOTP steps, throttling): the real time until set.
    void setTime(const QDateTime &utc) { *m_clock = utc; }
    void advance(qint64 seconds) { *m_clock = now().addSecs(seconds); }
    QDateTime now() const { return m_clock->value_or(QDateTime::currentDateTimeUtc()); }

    bool isOpen() const { return m_store != nullptr; }
    LocalStore &store() { return *m_store; }
    const Principal &owner() const { return m_owner; }

    // The owner creates NAME (email NAME@example.test) with ROLES and, when given, a password.
    Result<User> addUser(const QString &name, const QStringList &roles = {}, const QString &password = {});
    // addUser with staffPassword(), then signs the new user in.
    Result<Principal> addStaff(const QString &name, const QStringList &roles);

    qint64 auditCount();
    qint64 userCount();

private:
    QTemporaryDir m_dir;
    std::shared_ptr<std::optional<QDateTime>> m_clock = std::make_shared<std::optional<QDateTime>>();
    std::unique_ptr<LocalStore> m_store;
    Principal m_owner;
};

// A QSQLITE connection of its own to a store file: what any other program would see.
class RawConnection {
public:
    explicit RawConnection(const QString &path);
    ~RawConnection();
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    bool isOpen() const { return m_db.isOpen(); }
    QSqlDatabase &db() { return m_db; }
    // The first column of the first row; an invalid QVariant (and lastError()) on failure.
    QVariant scalar(const QString &sql);
    // Runs one statement; false and lastError() on failure.
    bool exec(const QString &sql);
    QList<QVariantList> rows(const QString &sql);
    const QString &lastError() const { return m_lastError; }

private:
    QString m_name;
    QSqlDatabase m_db;
    QString m_lastError;
};

struct ToolRun {
    int exitCode = -1;
    QString out;
    QString err;
};
// Runs the sqlite3 command-line tool on PATH with SQL on its stdin.
ToolRun runSqlite3(const QString &path, const QString &sql);
QString sqlite3Path();

QByteArray readFile(const QString &path);
bool writeFile(const QString &path, const QByteArray &bytes);
// The names in a folder, sorted (to see that nothing was created beside a file).
QStringList folderEntries(const QString &path);

} // namespace authdesk::test
