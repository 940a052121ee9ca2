#include "tests/support/StoreFixture.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>

namespace authdesk::test {

QString ownerName()
{
    return QStringLiteral("owner");
}

QString ownerEmail()
{
    return QStringLiteral("owner@example.test");
}

QString ownerPassword()
{
    return QStringLiteral("correct horse battery staple");
}

QString staffPassword()
{
    return QStringLiteral("staff password long enough 1");
}

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::None: return QStringLiteral("None");
    case ErrorCode::InvalidInput: return QStringLiteral("InvalidInput");
    case ErrorCode::NotFound: return QStringLiteral("NotFound");
    case ErrorCode::AlreadyExists: return QStringLiteral("AlreadyExists");
    case ErrorCode::PermissionDenied: return QStringLiteral("PermissionDenied");
    case ErrorCode::Conflict: return QStringLiteral("Conflict");
    case ErrorCode::AuthenticationFailed: return QStringLiteral("AuthenticationFailed");
    case ErrorCode::StoreUnavailable: return QStringLiteral("StoreUnavailable");
    case ErrorCode::StoreTooNew: return QStringLiteral("StoreTooNew");
    case ErrorCode::Integrity: return QStringLiteral("Integrity");
    case ErrorCode::KeyUnavailable: return QStringLiteral("KeyUnavailable");
    case ErrorCode::Canceled: return QStringLiteral("Canceled");
    case ErrorCode::RateLimited: return QStringLiteral("RateLimited");
    case ErrorCode::SecondFactorRequired: return QStringLiteral("SecondFactorRequired");
    case ErrorCode::Internal: return QStringLiteral("Internal");
    }
    return QStringLiteral("?");
}

// ---- StoreFixture ---------------------------------------------------------------------------

StoreFixture::StoreFixture() = default;

StoreFixture::~StoreFixture()
{
    close();
}

QString StoreFixture::path() const
{
    return m_dir.filePath(QStringLiteral("store.authdesk"));
}

QString StoreFixture::keyDir() const
{
    return m_dir.filePath(QStringLiteral("keys"));
}

StoreOptions StoreFixture::options() const
{
    StoreOptions o{path(), keyDir(), QStringLiteral("test-machine")};
    o.clock = [clock = m_clock] { return clock->value_or(QDateTime::currentDateTimeUtc()); };
    return o;
}

QString StoreFixture::create()
{
    if (!m_dir.isValid())
        return QStringLiteral("no temporary folder: ") + m_dir.errorString();
    NewUser owner;
    owner.username = ownerName();
    owner.email = ownerEmail();
    owner.displayName = QStringLiteral("The Owner");
    owner.password = ownerPassword();
    auto created = LocalStore::create(options(), owner);
    if (!created.ok())
        return QStringLiteral("create: ") + describe(created);
    m_store = std::move(created.value());
    auto principal = m_store->signIn(ownerName(), ownerPassword());
    if (!principal.ok())
        return QStringLiteral("owner sign-in: ") + describe(principal);
    m_owner = principal.value();
    return {};
}

void StoreFixture::close()
{
    m_store.reset();
}

QString StoreFixture::reopen()
{
    m_store.reset();
    auto opened = LocalStore::open(options());
    if (!opened.ok())
        return QStringLiteral("open: ") + describe(opened);
    m_store = std::move(opened.value());
    auto principal = m_store->signIn(ownerName(), ownerPassword());
    if (!principal.ok())
        return QStringLiteral("owner sign-in: ") + describe(principal);
    m_owner = principal.value();
    return {};
}

Result<User> StoreFixture::addUser(const QString &name, const QStringList &roles, const QString &password)
{
    NewUser u;
    u.username = name;
    u.email = name + QStringLiteral("@example.test");
    u.displayName = QStringLiteral("User ") + name;
    u.roles = roles;
    u.password = password;
    return m_store->createUser(m_owner, u);
}

Result<Principal> StoreFixture::addStaff(const QString &name, const QStringList &roles)
{
    auto user = addUser(name, roles, staffPassword());
    if (!user.ok())
        return user.error();
    return m_store->signIn(name, staffPassword());
}

qint64 StoreFixture::auditCount()
{
    RawConnection raw(path());
    return raw.scalar(QStringLiteral("SELECT count(*) FROM audit_events")).toLongLong();
}

qint64 StoreFixture::userCount()
{
    RawConnection raw(path());
    return raw.scalar(QStringLiteral("SELECT count(*) FROM users")).toLongLong();
}

// ---- RawConnection --------------------------------------------------------------------------

RawConnection::RawConnection(const QString &path)
{
    static QAtomicInteger<quint64> counter;
    m_name = QStringLiteral("raw-test-%1").arg(counter.fetchAndAddRelaxed(1));
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open())
        m_lastError = m_db.lastError().text();
}

RawConnection::~RawConnection()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

QVariant RawConnection::scalar(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql)) {
        m_lastError = q.lastError().text();
        return {};
    }
    if (!q.next()) {
        m_lastError = QStringLiteral("no row");
        return {};
    }
    return q.value(0);
}

bool RawConnection::exec(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql)) {
        m_lastError = q.lastError().text();
        return false;
    }
    return true;
}

QList<QVariantList> RawConnection::rows(const QString &sql)
{
    QList<QVariantList> out;
    QSqlQuery q(m_db);
    if (!q.exec(sql)) {
        m_lastError = q.lastError().text();
        return out;
    }
    while (q.next()) {
        QVariantList row;
        for (int i = 0; i < q.record().count(); ++i)
            row << q.value(i);
        out << row;
    }
    return out;
}

// ---- files and tools ------------------------------------------------------------------------

QString sqlite3Path()
{
    const QString found = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    return found.isEmpty() ? QStringLiteral("/usr/bin/sqlite3") : found;
}

ToolRun runSqlite3(const QString &path, const QString &sql)
{
    ToolRun run;
    QProcess p;
    p.start(sqlite3Path(), {QStringLiteral("-bail"), path});
    if (!p.waitForStarted(10000)) {
        run.err = QStringLiteral("cannot start sqlite3: ") + p.errorString();
        return run;
    }
    p.write(sql.toUtf8());
    p.closeWriteChannel();
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        run.err = QStringLiteral("sqlite3 did not finish");
        return run;
    }
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = QString::fromUtf8(p.readAllStandardOutput());
    run.err = QString::fromUtf8(p.readAllStandardError());
    return run;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(bytes) == bytes.size() && f.flush();
}

QStringList folderEntries(const QString &path)
{
    QStringList names = QDir(path).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
    names.sort();
    return names;
}

} // namespace authdesk::test
