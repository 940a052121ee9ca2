// The store's schema and how a store file is opened: migrations from empty and on reopen, a
// newer schema refused, files that are not stores refused without a byte written, read-only and
// locked stores refused with a clear message and nothing half-written.

#include "core/policy/ConsolePermissions.h"
#include "core/store/Database.h"
#include "core/store/Schema.h"
#include "tests/support/StoreFixture.h"

#include <algorithm>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace authdesk;
using namespace authdesk::test;

namespace {

const QStringList expectedTables = {
    QStringLiteral("audit_events"), QStringLiteral("audit_pending"),  QStringLiteral("key_slots"),
    QStringLiteral("meta"),         QStringLiteral("mfa_factors"),    QStringLiteral("permissions"),
    QStringLiteral("recovery_codes"), QStringLiteral("refresh_tokens"), QStringLiteral("revoked_tokens"),
    QStringLiteral("role_permissions"), QStringLiteral("roles"),      QStringLiteral("sessions"),
    QStringLiteral("settings"),     QStringLiteral("signing_keys"),   QStringLiteral("store_secrets"),
    QStringLiteral("temporary_passes"), QStringLiteral("trusted_devices"), QStringLiteral("user_roles"),
    QStringLiteral("user_tokens"),  QStringLiteral("users")};

// The users as a migration must leave them: names, password hashes and versions.
QString usersFingerprint(RawConnection &raw)
{
    QString out;
    for (const auto &row : raw.rows(QStringLiteral("SELECT username, password_hash, version FROM users ORDER BY id")))
        out += row.value(0).toString() + row.value(1).toString() + row.value(2).toString() + QLatin1Char('\n');
    return out;
}

// Takes schema 5's additions (sessions and tokens) out again, as a store of schema 4 or older has none.
bool dropSchema5(RawConnection &raw)
{
    for (const char *sql : {"DROP TABLE refresh_tokens", "DROP TABLE sessions", "DROP TABLE revoked_tokens",
                            "DROP TABLE signing_keys", "DROP TABLE user_tokens",
                            "ALTER TABLE users DROP COLUMN tokens_not_before",
                            "ALTER TABLE users DROP COLUMN login_failures",
                            "ALTER TABLE users DROP COLUMN last_login_failure_at",
                            "ALTER TABLE users DROP COLUMN login_locked_until",
                            "ALTER TABLE users DROP COLUMN email_verified_at"})
        if (!raw.exec(QString::fromLatin1(sql))) {
            qWarning("%s: %s", sql, qPrintable(raw.lastError()));
            return false;
        }
    return true;
}

QStringList namesOf(RawConnection &raw, const QString &type)
{
    QStringList names;
    for (const auto &row : raw.rows(QStringLiteral("SELECT name FROM sqlite_master WHERE type = '%1' "
                                                   "AND name NOT LIKE 'sqlite_%' ORDER BY name").arg(type)))
        names << row.value(0).toString();
    return names;
}

QString schemaDump(const QString &path)
{
    RawConnection raw(path);
    QStringList parts;
    for (const auto &row : raw.rows(QStringLiteral("SELECT type, name, sql FROM sqlite_master ORDER BY type, name")))
        parts << row.value(0).toString() + QLatin1Char('|') + row.value(1).toString() + QLatin1Char('|')
                + row.value(2).toString();
    return parts.join(QLatin1Char('\n'));
}

QString pragmaOn(QSqlDatabase db, const QString &pragma)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA ") + pragma) || !q.next())
        return QStringLiteral("<failed>");
    return q.value(0).toString();
}

QStringList storeConnectionNames()
{
    QStringList names;
    for (const QString &n : QSqlDatabase::connectionNames())
        if (n.startsWith(QLatin1String("authdesk-")))
            names << n;
    return names;
}

// Sets or clears the immutable attribute (chattr +i): the one way a file is read-only to root.
bool setImmutable(const QString &path, bool on)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd < 0)
        return false;
    int flags = 0;
    bool ok = ::ioctl(fd, FS_IOC_GETFLAGS, &flags) == 0;
    if (ok) {
        flags = on ? (flags | FS_IMMUTABLE_FL) : (flags & ~FS_IMMUTABLE_FL);
        ok = ::ioctl(fd, FS_IOC_SETFLAGS, &flags) == 0;
    }
    ::close(fd);
    return ok;
}

bool chownTree(const QString &path, uid_t uid)
{
    if (::chown(QFile::encodeName(path).constData(), uid, uid) != 0)
        return false;
    const QFileInfo info(path);
    if (info.isDir() && !info.isSymLink())
        for (const QString &name : folderEntries(path))
            if (!chownTree(QDir(path).filePath(name), uid))
                return false;
    return true;
}

constexpr uid_t nobodyUid = 65534;

struct ProbeOutcome {
    QString open;   // "ok" or "<code> <message>"
    QString write;  // "ok", "<code> <message>" or empty
    QString error;  // why the probe could not report
};

ProbeOutcome runProbe(const StoreFixture &f, bool dropToNobody)
{
    ProbeOutcome out;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("STORE_PROBE_LOGIN"), ownerName());
    env.insert(QStringLiteral("STORE_PROBE_PASSWORD"), ownerPassword());
    p.setProcessEnvironment(env);
    QStringList args{f.path(), f.keyDir()};
    if (dropToNobody)
        args << QString::number(nobodyUid);
    p.start(QStringLiteral(STORE_OPEN_PROBE_PATH), args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        out.error = QStringLiteral("probe failed: exit %1, %2").arg(p.exitCode()).arg(QString::fromUtf8(p.readAllStandardError()));
        return out;
    }
    for (const QString &line : QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (line.startsWith(QLatin1String("OPEN ")))
            out.open = line.mid(5);
        else if (line.startsWith(QLatin1String("WRITE ")))
            out.write = line.mid(6);
    }
    return out;
}

} // namespace

class TestSchema : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void createFromEmpty_data();
    void createFromEmpty();
    void databaseConnectionPragmas();
    void reopenChangesNothing();
    void foreignKeysCascade();
    void createOnExistingStoreRefused();
    void openMissingCreatesNothing();
    void newerSchemaRefused_data();
    void newerSchemaRefused();
    void notAStoreRefused_data();
    void notAStoreRefused();
    void readOnlyStoreRefused_data();
    void readOnlyStoreRefused();
    void lockedStoreRefusesWrites();
    void lockReleasedWithinTimeoutWaits();
    void schema2StoreMigratesToTrustedDevices();
    void schema3StoreMigratesToMfaReset();
    void schema4StoreMigratesToSessions();
};

// A store written by schema 4 opens as schema 5: the session and token tables exist and are empty,
// every user gets zero sign-in failures and no lockout or token cut-off, nothing else changed.
void TestSchema::schema4StoreMigratesToSessions()
{
    StoreFixture f;
    QVERIFY(f.create().isEmpty());
    QVERIFY(f.addUser(QStringLiteral("gina"), {QStringLiteral("admin")}, staffPassword()).ok());
    f.close();
    QString before;
    {
        RawConnection raw(f.path());
        QVERIFY(dropSchema5(raw));
        QVERIFY(raw.exec(QStringLiteral("UPDATE meta SET value = '4' WHERE name = 'schema_version'")));
        QVERIFY(!namesOf(raw, QStringLiteral("table")).contains(QStringLiteral("sessions")));
        before = usersFingerprint(raw);
    }
    QVERIFY(f.reopen().isEmpty());
    RawConnection raw(f.path());
    QCOMPARE(raw.scalar(QStringLiteral("SELECT value FROM meta WHERE name = 'schema_version'")).toString(),
             QStringLiteral("5"));
    QCOMPARE(namesOf(raw, QStringLiteral("table")), expectedTables);
    const QStringList indexes = namesOf(raw, QStringLiteral("index"));
    for (const char *name : {"sessions_user", "sessions_expires", "refresh_tokens_session", "revoked_tokens_expires",
                             "signing_keys_one_active", "user_tokens_user"})
        QVERIFY2(indexes.contains(QString::fromLatin1(name)), name);
    const QString after = usersFingerprint(raw);
    QCOMPARE(after, before);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM users WHERE login_failures <> 0 OR login_locked_until IS "
                                       "NOT NULL OR tokens_not_before IS NOT NULL")).toInt(), 0);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM sessions")).toInt(), 0);
    // The store keeps one active signing key at most, and only the three algorithms it signs with.
    const QString insert = QStringLiteral("INSERT INTO signing_keys (kid, algorithm, state, key_sealed, created_at) "
                                          "VALUES ('%1', '%2', 'active', x'00', 0)");
    QVERIFY2(raw.exec(insert.arg(QStringLiteral("k1"), QStringLiteral("EdDSA"))), qPrintable(raw.lastError()));
    QVERIFY(!raw.exec(insert.arg(QStringLiteral("k2"), QStringLiteral("ES256"))));
    QVERIFY(!raw.exec(insert.arg(QStringLiteral("k3"), QStringLiteral("none")).replace(QStringLiteral("'active'"),
                                                                                       QStringLiteral("'retired'"))));
}

// A store written by schema 3 (before the helpdesk MFA reset) opens as schema 4: every user gets
// mfa_enrollment_required = 0, the temporary_passes table exists and works, nothing else changed.
void TestSchema::schema3StoreMigratesToMfaReset()
{
    StoreFixture f;
    QVERIFY(f.create().isEmpty());
    QVERIFY(f.addUser(QStringLiteral("gina"), {QStringLiteral("admin")}, staffPassword()).ok());
    f.close();
    QString before;
    {
        RawConnection raw(f.path());
        QVERIFY(dropSchema5(raw));
        QVERIFY2(raw.exec(QStringLiteral("DROP TABLE temporary_passes")), qPrintable(raw.lastError()));
        QVERIFY2(raw.exec(QStringLiteral("ALTER TABLE users DROP COLUMN mfa_enrollment_required")),
                 qPrintable(raw.lastError()));
        QVERIFY(raw.exec(QStringLiteral("UPDATE meta SET value = '3' WHERE name = 'schema_version'")));
        before = usersFingerprint(raw);
    }
    QVERIFY(f.reopen().isEmpty());
    {
        RawConnection raw(f.path());
        QCOMPARE(raw.scalar(QStringLiteral("SELECT value FROM meta WHERE name = 'schema_version'")).toString(),
                 QString::number(Schema::CurrentVersion));
        QCOMPARE(namesOf(raw, QStringLiteral("table")), expectedTables);
        QVERIFY(namesOf(raw, QStringLiteral("index")).contains(QStringLiteral("temporary_passes_user")));
        const QString after = usersFingerprint(raw);
        QCOMPARE(after, before);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM users WHERE mfa_enrollment_required <> 0")).toInt(), 0);
        // The flag is 0 or 1, nothing else.
        QVERIFY(!raw.exec(QStringLiteral("UPDATE users SET mfa_enrollment_required = 2 WHERE username = 'gina'")));
        QVERIFY2(raw.exec(QStringLiteral("INSERT INTO temporary_passes (user_id, salt, pass_hash, created_at, "
                                         "expires_at, created_by) SELECT id, x'01', x'02', 1, 2, 1 FROM users "
                                         "WHERE username = 'gina'")),
                 qPrintable(raw.lastError()));
    }
    auto gina = f.store().findUser(f.owner(), QStringLiteral("gina"));
    QVERIFY(gina.ok());
    QVERIFY(!gina->mfaEnrollmentRequired);
    auto v = f.store().verifyAudit(f.owner());
    QVERIFY2(v.ok() && v->intact, qPrintable(describe(v)));
    // A user's passes go with the user.
    QVERIFY(f.store().deleteUser(f.owner(), QStringLiteral("gina")).ok());
    RawConnection raw(f.path());
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM temporary_passes")).toInt(), 0);
}

// A store written by schema 2 (before "remember on this computer") opens as the current schema with the
// trusted_devices table and the search index, everything else as it was, and the table works.
void TestSchema::schema2StoreMigratesToTrustedDevices()
{
    StoreFixture f;
    QVERIFY(f.create().isEmpty());
    QVERIFY(f.addUser(QStringLiteral("gina"), {QStringLiteral("admin")}, staffPassword()).ok());
    f.close();
    QString before;
    {
        RawConnection raw(f.path());
        QVERIFY(dropSchema5(raw));
        QVERIFY2(raw.exec(QStringLiteral("DROP TABLE trusted_devices")), qPrintable(raw.lastError()));
        // Schema 4's additions go too: a schema 2 store has none of them.
        QVERIFY2(raw.exec(QStringLiteral("DROP TABLE temporary_passes")), qPrintable(raw.lastError()));
        QVERIFY2(raw.exec(QStringLiteral("ALTER TABLE users DROP COLUMN mfa_enrollment_required")),
                 qPrintable(raw.lastError()));
        QVERIFY2(raw.exec(QStringLiteral("DROP INDEX users_username_search")), qPrintable(raw.lastError()));
        QVERIFY(raw.exec(QStringLiteral("UPDATE meta SET value = '2' WHERE name = 'schema_version'")));
        QVERIFY(!namesOf(raw, QStringLiteral("table")).contains(QStringLiteral("trusted_devices")));
        before = usersFingerprint(raw);
    }
    const qint64 events = [&] {
        RawConnection raw(f.path());
        return raw.scalar(QStringLiteral("SELECT count(*) FROM audit_events")).toLongLong();
    }();
    QVERIFY(f.reopen().isEmpty());
    {
        RawConnection raw(f.path());
        QCOMPARE(raw.scalar(QStringLiteral("SELECT value FROM meta WHERE name = 'schema_version'")).toString(),
                 QString::number(Schema::CurrentVersion));
        QCOMPARE(namesOf(raw, QStringLiteral("table")), expectedTables);
        QVERIFY(namesOf(raw, QStringLiteral("index")).contains(QStringLiteral("trusted_devices_user")));
        QVERIFY(namesOf(raw, QStringLiteral("index")).contains(QStringLiteral("users_username_search")));
        // A search in username order reads that index alone, matching each entry before its row.
        const QString plan = raw.rows(QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM users WHERE "
                                                     "instr(search_key, 'mil') > 0 ORDER BY username_key LIMIT 200"))
                                 .value(0)
                                 .value(3)
                                 .toString();
        QVERIFY2(plan.contains(QStringLiteral("users_username_search")), qPrintable(plan));
        const QString after = usersFingerprint(raw);
        QCOMPARE(after, before);
        // The owner's sign-in of reopen() is the only new event; the chain is intact.
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM audit_events")).toLongLong(), events + 1);
        // A user's devices go with the user; a token hash is unique.
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO trusted_devices (user_id, token_hash, label, created_at, expires_at) "
                                        "SELECT id, x'00', 'm', 1, 2 FROM users WHERE username = 'gina'")));
        QVERIFY(!raw.exec(QStringLiteral("INSERT INTO trusted_devices (user_id, token_hash, label, created_at, "
                                         "expires_at) SELECT id, x'00', 'm', 1, 2 FROM users WHERE username = 'gina'")));
    }
    auto v = f.store().verifyAudit(f.owner());
    QVERIFY2(v.ok() && v->intact, qPrintable(describe(v)));
    QVERIFY(f.store().deleteUser(f.owner(), QStringLiteral("gina")).ok());
    RawConnection raw(f.path());
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM trusted_devices")).toInt(), 0);
}

void TestSchema::createFromEmpty_data()
{
    QTest::addColumn<bool>("existsEmpty");
    QTest::addColumn<bool>("inNewFolder");
    QTest::newRow("no file") << false << false;
    QTest::newRow("no file, folder missing") << false << true;
    QTest::newRow("empty file") << true << false;
}

void TestSchema::createFromEmpty()
{
    QFETCH(bool, existsEmpty);
    QFETCH(bool, inNewFolder);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = inNewFolder ? dir.filePath(QStringLiteral("sub/folder/store.authdesk"))
                                     : dir.filePath(QStringLiteral("store.authdesk"));
    if (existsEmpty)
        QVERIFY(writeFile(path, {}));
    const QStringList connectionsBefore = storeConnectionNames();

    NewUser owner;
    owner.username = ownerName();
    owner.email = ownerEmail();
    owner.password = ownerPassword();
    auto created = LocalStore::create(StoreOptions{path, dir.filePath(QStringLiteral("keys")), QStringLiteral("m")}, owner);
    QVERIFY2(created.ok(), qPrintable(describe(created)));
    QVERIFY(!created.value()->storeId().isEmpty());
    QVERIFY(created.value()->hasAuditKey());

    // The store's own connection: foreign keys on, full fsync.
    QStringList added = storeConnectionNames();
    for (const QString &n : connectionsBefore)
        added.removeAll(n);
    QCOMPARE(added.size(), 1);
    QSqlDatabase storeConnection = QSqlDatabase::database(added.first(), false);
    QCOMPARE(pragmaOn(storeConnection, QStringLiteral("foreign_keys")), QStringLiteral("1"));
    QCOMPARE(pragmaOn(storeConnection, QStringLiteral("journal_mode")), QStringLiteral("wal"));
    QCOMPARE(pragmaOn(storeConnection, QStringLiteral("synchronous")), QStringLiteral("2")); // FULL
    storeConnection = QSqlDatabase();

    {
        RawConnection raw(path);
        QVERIFY2(raw.isOpen(), qPrintable(raw.lastError()));
        QCOMPARE(raw.scalar(QStringLiteral("SELECT value FROM meta WHERE name = 'schema_version'")).toString(),
                 QString::number(Schema::CurrentVersion));
        QCOMPARE(raw.scalar(QStringLiteral("SELECT value FROM meta WHERE name = 'application'")).toString(),
                 QString::fromLatin1(Schema::ApplicationId));
        QCOMPARE(raw.scalar(QStringLiteral("SELECT value FROM meta WHERE name = 'store_id'")).toString(),
                 created.value()->storeId());
        QCOMPARE(namesOf(raw, QStringLiteral("table")), expectedTables);
        QCOMPARE(namesOf(raw, QStringLiteral("trigger")),
                 (QStringList{QStringLiteral("audit_events_no_delete"), QStringLiteral("audit_events_no_replace"),
                              QStringLiteral("audit_events_no_update")}));
        // WAL is a property of the file, seen by any connection.
        QCOMPARE(pragmaOn(raw.db(), QStringLiteral("journal_mode")), QStringLiteral("wal"));
        // Seeded: every console permission, the four built-in roles, one owner, two audit events.
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM permissions WHERE kind = 'console'")).toInt(),
                 ConsolePermission::all().size());
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM roles WHERE builtin = 1")).toInt(),
                 ConsolePermission::builtinRoles().size());
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM users")).toInt(), 1);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT group_concat(action, ',') FROM (SELECT action FROM audit_events ORDER BY id)"))
                     .toString(),
                 QStringLiteral("store.create,user.create"));
    }

    // The built-in roles are stored as data with exactly the policy's permissions.
    auto principal = created.value()->signIn(ownerName(), ownerPassword());
    QVERIFY2(principal.ok(), qPrintable(describe(principal)));
    auto roles = created.value()->listRoles(principal.value());
    QVERIFY2(roles.ok(), qPrintable(describe(roles)));
    for (const auto &builtin : ConsolePermission::builtinRoles()) {
        auto it = std::find_if(roles->begin(), roles->end(), [&](const Role &r) { return r.name == builtin.name; });
        QVERIFY2(it != roles->end(), qPrintable(builtin.name));
        QVERIFY(it->builtin);
        QStringList wanted = builtin.permissions;
        wanted.sort();
        QStringList have = it->permissions;
        have.sort();
        QCOMPARE(have, wanted);
    }
}

void TestSchema::databaseConnectionPragmas()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto db = Database::openSqlite(dir.filePath(QStringLiteral("plain.db")), Database::OpenMode::CreateIfMissing);
    QVERIFY2(db.ok(), qPrintable(describe(db)));
    QCOMPARE(pragmaOn(db.value()->connection(), QStringLiteral("foreign_keys")), QStringLiteral("1"));
    QCOMPARE(pragmaOn(db.value()->connection(), QStringLiteral("journal_mode")), QStringLiteral("wal"));
    QCOMPARE(pragmaOn(db.value()->connection(), QStringLiteral("synchronous")), QStringLiteral("2"));
    auto found = Schema::storedVersion(*db.value());
    QVERIFY2(found.ok(), qPrintable(describe(found)));
    QCOMPARE(found.value(), 0);
    auto migrated = Schema::migrate(*db.value());
    QVERIFY2(migrated.ok(), qPrintable(describe(migrated)));
    QCOMPARE(migrated.value(), 0); // the version found before migrating
    QCOMPARE(Schema::storedVersion(*db.value()).value(), Schema::CurrentVersion);
    auto again = Schema::migrate(*db.value());
    QVERIFY2(again.ok(), qPrintable(describe(again)));
    QCOMPARE(again.value(), Schema::CurrentVersion);
}

void TestSchema::reopenChangesNothing()
{
    StoreFixture f;
    const QString err = f.create();
    QVERIFY2(err.isEmpty(), qPrintable(err));
    QVERIFY(f.addUser(QStringLiteral("alice"), {QStringLiteral("auditor")}).ok());
    QVERIFY(f.addUser(QStringLiteral("bob")).ok());
    const QString storeId = f.store().storeId();
    f.close();

    const QByteArray bytes = readFile(f.path());
    const QString schema = schemaDump(f.path());
    QVERIFY(!bytes.isEmpty());
    QVERIFY(schema.contains(QLatin1String("CREATE TABLE users")));

    // Opening and closing again migrates nothing and writes nothing.
    {
        auto opened = LocalStore::open(f.options());
        QVERIFY2(opened.ok(), qPrintable(describe(opened)));
        QCOMPARE(opened.value()->storeId(), storeId);
        // Opened, not signed in: locked until an administrator's password opens the data key.
        QCOMPARE(opened.value()->keyState(), KeyState::Locked);
    }
    QCOMPARE(schemaDump(f.path()), schema);
    QVERIFY2(readFile(f.path()) == bytes, "reopening a current store changed its file");
    {
        RawConnection raw(f.path());
        QCOMPARE(raw.scalar(QStringLiteral("SELECT value FROM meta WHERE name = 'schema_version'")).toString(),
                 QString::number(Schema::CurrentVersion));
    }

    // The data is all there, and the chain still verifies.
    const QString err2 = f.reopen();
    QVERIFY2(err2.isEmpty(), qPrintable(err2));
    UserQuery all;
    auto page = f.store().listUsers(f.owner(), all);
    QVERIFY2(page.ok(), qPrintable(describe(page)));
    QCOMPARE(page->total, 3);
    QStringList names;
    for (const User &u : page->users)
        names << u.username;
    QCOMPARE(names, (QStringList{QStringLiteral("alice"), QStringLiteral("bob"), ownerName()}));
    QCOMPARE(page->users.at(0).roles, QStringList{QStringLiteral("auditor")});
    auto verified = f.store().verifyAudit(f.owner());
    QVERIFY2(verified.ok(), qPrintable(describe(verified)));
    QVERIFY2(verified->intact, qPrintable(verified->problem));
    QCOMPARE(verified->eventsChecked, f.auditCount());
}

void TestSchema::foreignKeysCascade()
{
    StoreFixture f;
    const QString err = f.create();
    QVERIFY2(err.isEmpty(), qPrintable(err));
    auto carol = f.addUser(QStringLiteral("carol"), {QStringLiteral("auditor")});
    QVERIFY2(carol.ok(), qPrintable(describe(carol)));
    {
        RawConnection raw(f.path());
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM user_roles WHERE user_id = %1").arg(carol->id)).toInt(), 1);
    }
    auto deleted = f.store().deleteUser(f.owner(), QStringLiteral("carol"));
    QVERIFY2(deleted.ok(), qPrintable(describe(deleted)));
    RawConnection raw(f.path());
    // ON DELETE CASCADE only acts with foreign_keys on: no orphaned role assignment is left.
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM user_roles WHERE user_id = %1").arg(carol->id)).toInt(), 0);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM user_roles WHERE user_id NOT IN (SELECT id FROM users)")).toInt(), 0);
}

void TestSchema::createOnExistingStoreRefused()
{
    StoreFixture f;
    const QString err = f.create();
    QVERIFY2(err.isEmpty(), qPrintable(err));
    const QString storeId = f.store().storeId();
    f.close();
    const QStringList keysBefore = folderEntries(f.keyDir());
    NewUser other;
    other.username = QStringLiteral("intruder");
    other.email = QStringLiteral("intruder@example.test");
    other.password = ownerPassword();
    auto again = LocalStore::create(f.options(), other);
    QCOMPARE(again.code(), ErrorCode::AlreadyExists);
    QVERIFY(again.message().contains(f.path()));
    QCOMPARE(folderEntries(f.keyDir()), keysBefore);
    RawConnection raw(f.path());
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM users")).toInt(), 1);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT value FROM meta WHERE name = 'store_id'")).toString(), storeId);
}

void TestSchema::openMissingCreatesNothing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("nothing-here.authdesk"));
    auto opened = LocalStore::open(StoreOptions{path, dir.filePath(QStringLiteral("keys")), {}});
    QCOMPARE(opened.code(), ErrorCode::StoreUnavailable);
    QVERIFY2(opened.message().contains(path), qPrintable(opened.message()));
    QVERIFY(folderEntries(dir.path()).isEmpty());
}

void TestSchema::newerSchemaRefused_data()
{
    QTest::addColumn<int>("storedVersion");
    QTest::addColumn<bool>("withSqliteTool");
    QTest::addColumn<bool>("viaCreate");
    QTest::newRow("current+1, edited with QtSql, open") << Schema::CurrentVersion + 1 << false << false;
    QTest::newRow("current+1, edited with sqlite3, open") << Schema::CurrentVersion + 1 << true << false;
    QTest::newRow("current+1, edited with sqlite3, create") << Schema::CurrentVersion + 1 << true << true;
    QTest::newRow("1000, edited with QtSql, open") << 1000 << false << false;
}

void TestSchema::newerSchemaRefused()
{
    QFETCH(int, storedVersion);
    QFETCH(bool, withSqliteTool);
    QFETCH(bool, viaCreate);
    StoreFixture f;
    const QString err = f.create();
    QVERIFY2(err.isEmpty(), qPrintable(err));
    f.close();
    const QString bump = QStringLiteral("UPDATE meta SET value = '%1' WHERE name = 'schema_version';").arg(storedVersion);
    if (withSqliteTool) {
        const ToolRun run = runSqlite3(f.path(), bump);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    } else {
        RawConnection raw(f.path());
        QVERIFY2(raw.exec(bump), qPrintable(raw.lastError()));
    }
    const QByteArray bytes = readFile(f.path());
    const QStringList entries = folderEntries(f.dirPath());

    Result<std::unique_ptr<LocalStore>> opened = makeError(ErrorCode::Internal, QString());
    if (viaCreate) {
        NewUser owner;
        owner.username = QStringLiteral("second");
        owner.email = QStringLiteral("second@example.test");
        owner.password = ownerPassword();
        opened = LocalStore::create(f.options(), owner);
    } else {
        opened = LocalStore::open(f.options());
    }
    QCOMPARE(opened.code(), ErrorCode::StoreTooNew);
    // The message names both versions (the path is taken out so its characters cannot match).
    QString message = opened.message();
    message.remove(f.path());
    QVERIFY2(message.contains(QRegularExpression(QStringLiteral("\\b%1\\b").arg(storedVersion))), qPrintable(message));
    QVERIFY2(message.contains(QRegularExpression(QStringLiteral("\\b%1\\b").arg(Schema::CurrentVersion))), qPrintable(message));
    QVERIFY2(readFile(f.path()) == bytes, "refusing a newer store changed its file");
    QCOMPARE(folderEntries(f.dirPath()), entries);
}

void TestSchema::notAStoreRefused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("viaCreate");
    const QStringList kinds = {QStringLiteral("random bytes"),
                               QStringLiteral("text file"),
                               QStringLiteral("SQLite header then garbage"),
                               QStringLiteral("SQLite database of another app"),
                               QStringLiteral("SQLite database of another app, WAL"),
                               QStringLiteral("SQLite database with a different meta table"),
                               QStringLiteral("SQLite database whose meta names another application"),
                               QStringLiteral("a folder")};
    for (const QString &kind : kinds) {
        QTest::newRow(qPrintable(kind + QStringLiteral(", open"))) << kind << false;
        QTest::newRow(qPrintable(kind + QStringLiteral(", create"))) << kind << true;
    }
}

void TestSchema::notAStoreRefused()
{
    QFETCH(QString, kind);
    QFETCH(bool, viaCreate);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("target"));
    auto sqlite = [&](const QString &sql) {
        const ToolRun run = runSqlite3(path, sql);
        return run.exitCode == 0 ? QString() : run.err + run.out;
    };
    if (kind == QLatin1String("random bytes")) {
        QByteArray bytes(8192, '\0');
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
        QVERIFY(writeFile(path, bytes));
    } else if (kind == QLatin1String("text file")) {
        QVERIFY(writeFile(path, "username,email\nalice,alice@example.test\n"));
    } else if (kind == QLatin1String("SQLite header then garbage")) {
        QByteArray bytes = QByteArray("SQLite format 3\0", 16) + QByteArray(4096 - 16, '\x5a');
        QVERIFY(writeFile(path, bytes));
    } else if (kind == QLatin1String("SQLite database of another app")) {
        const QString e = sqlite(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);"
                                                "INSERT INTO notes (body) VALUES ('hello'), ('world');"));
        QVERIFY2(e.isEmpty(), qPrintable(e));
    } else if (kind == QLatin1String("SQLite database of another app, WAL")) {
        const QString e = sqlite(QStringLiteral("PRAGMA journal_mode = WAL; CREATE TABLE notes (body TEXT);"
                                                "INSERT INTO notes VALUES ('hello');"));
        QVERIFY2(e.isEmpty(), qPrintable(e));
    } else if (kind == QLatin1String("SQLite database with a different meta table")) {
        const QString e = sqlite(QStringLiteral("CREATE TABLE meta (key TEXT, val TEXT); INSERT INTO meta VALUES ('v', '3');"));
        QVERIFY2(e.isEmpty(), qPrintable(e));
    } else if (kind == QLatin1String("SQLite database whose meta names another application")) {
        const QString e = sqlite(QStringLiteral("CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);"
                                                "INSERT INTO meta VALUES ('application', 'other-app'), ('schema_version', '1');"));
        QVERIFY2(e.isEmpty(), qPrintable(e));
    } else if (kind == QLatin1String("a folder")) {
        QVERIFY(QDir().mkpath(path));
    } else {
        QFAIL("unknown kind");
    }
    const QByteArray bytes = readFile(path);
    const QStringList entries = folderEntries(dir.path());
    const StoreOptions options{path, dir.filePath(QStringLiteral("keys")), {}};

    Result<std::unique_ptr<LocalStore>> opened = makeError(ErrorCode::Internal, QString());
    if (viaCreate) {
        NewUser owner;
        owner.username = ownerName();
        owner.email = ownerEmail();
        owner.password = ownerPassword();
        opened = LocalStore::create(options, owner);
    } else {
        opened = LocalStore::open(options);
    }
    QVERIFY2(opened.code() == ErrorCode::StoreUnavailable, qPrintable(describe(opened)));
    QVERIFY2(opened.message().contains(path), qPrintable(opened.message()));
    QVERIFY2(readFile(path) == bytes, "refusing a file that is not a store changed it");
    QCOMPARE(folderEntries(dir.path()), entries); // no -wal, -shm or key folder left behind
}

void TestSchema::readOnlyStoreRefused_data()
{
    // How: "inprocess" opens the store in this process; "nobody" opens it from a probe process
    // that dropped to uid 65534, because root writes through permission bits.
    QTest::addColumn<QString>("how");
    QTest::addColumn<int>("fileMode");
    QTest::addColumn<int>("folderMode");
    QTest::addColumn<bool>("immutable");
    QTest::addColumn<bool>("expectReadOnly");
    if (::geteuid() == 0) {
        QTest::newRow("writable file and folder, as uid 65534 (control)") << QStringLiteral("nobody") << 0644 << 0755 << false << false;
        QTest::newRow("file 0444, as uid 65534") << QStringLiteral("nobody") << 0444 << 0755 << false << true;
        QTest::newRow("folder 0555, as uid 65534") << QStringLiteral("nobody") << 0644 << 0555 << false << true;
        QTest::newRow("immutable file (chattr +i), as root") << QStringLiteral("inprocess") << 0644 << 0755 << true << true;
    } else {
        QTest::newRow("writable file and folder (control)") << QStringLiteral("inprocess") << 0644 << 0755 << false << false;
        QTest::newRow("file 0444") << QStringLiteral("inprocess") << 0444 << 0755 << false << true;
        QTest::newRow("folder 0555") << QStringLiteral("inprocess") << 0644 << 0555 << false << true;
    }
}

void TestSchema::readOnlyStoreRefused()
{
    QFETCH(QString, how);
    QFETCH(int, fileMode);
    QFETCH(int, folderMode);
    QFETCH(bool, immutable);
    QFETCH(bool, expectReadOnly);

    StoreFixture f;
    const QString err = f.create();
    QVERIFY2(err.isEmpty(), qPrintable(err));
    f.close();
    const QString storeDir = f.dirPath();
    if (how == QLatin1String("nobody")) {
        QVERIFY(::chmod(QFile::encodeName(storeDir).constData(), 0755) == 0);
        QVERIFY2(chownTree(storeDir, nobodyUid), "cannot hand the store to uid 65534");
    }
    QVERIFY(::chmod(QFile::encodeName(f.path()).constData(), static_cast<mode_t>(fileMode)) == 0);
    if (immutable)
        QVERIFY2(setImmutable(f.path(), true), "cannot set the immutable attribute (needs CAP_LINUX_IMMUTABLE and ext4/xfs/btrfs)");
    // Whatever happens below, leave a folder QTemporaryDir can remove.
    struct Restore {
        QString path, dir;
        bool immutable;
        ~Restore()
        {
            if (immutable)
                setImmutable(path, false);
            ::chmod(QFile::encodeName(dir).constData(), 0700);
            ::chmod(QFile::encodeName(path).constData(), 0600);
        }
    } restore{f.path(), storeDir, immutable};
    QVERIFY(::chmod(QFile::encodeName(storeDir).constData(), static_cast<mode_t>(folderMode)) == 0);
    const QByteArray bytes = readFile(f.path());

    if (how == QLatin1String("nobody")) {
        const ProbeOutcome out = runProbe(f, true);
        QVERIFY2(out.error.isEmpty(), qPrintable(out.error));
        if (expectReadOnly) {
            QVERIFY2(out.open.startsWith(QString::number(static_cast<int>(ErrorCode::StoreUnavailable)) + QLatin1Char(' ')),
                     qPrintable(out.open));
            QVERIFY2(out.open.contains(QLatin1String("read-only")), qPrintable(out.open));
            QVERIFY2(out.open.contains(f.path()), qPrintable(out.open));
            QVERIFY(out.write.isEmpty());
        } else {
            QCOMPARE(out.open, QStringLiteral("ok"));
            QCOMPARE(out.write, QStringLiteral("ok"));
        }
    } else {
        auto opened = LocalStore::open(f.options());
        if (expectReadOnly) {
            QVERIFY2(opened.code() == ErrorCode::StoreUnavailable, qPrintable(describe(opened)));
            QVERIFY2(opened.message().contains(QLatin1String("read-only")), qPrintable(opened.message()));
            QVERIFY2(opened.message().contains(f.path()), qPrintable(opened.message()));
        } else {
            QVERIFY2(opened.ok(), qPrintable(describe(opened)));
            auto actor = opened.value()->signIn(ownerName(), ownerPassword());
            QVERIFY2(actor.ok(), qPrintable(describe(actor)));
        }
    }
    if (expectReadOnly)
        QVERIFY2(readFile(f.path()) == bytes, "a read-only store was changed");
}

void TestSchema::lockedStoreRefusesWrites()
{
    StoreFixture f;
    const QString err = f.create();
    QVERIFY2(err.isEmpty(), qPrintable(err));
    QVERIFY(f.addUser(QStringLiteral("before_lock")).ok());
    const qint64 usersBefore = f.userCount();
    const qint64 eventsBefore = f.auditCount();

    // Another program takes the write lock and keeps it.
    QProcess holder;
    holder.start(sqlite3Path(), {f.path()});
    QVERIFY(holder.waitForStarted());
    holder.write("BEGIN EXCLUSIVE;\nSELECT 'locked';\n");
    QByteArray said; // QTRY evaluates its expression once more after success: keep what was read
    QTRY_VERIFY_WITH_TIMEOUT((said += holder.readAllStandardOutput()).contains("locked") || holder.state() != QProcess::Running,
                             10000);
    QCOMPARE(holder.state(), QProcess::Running);

    // Reading still works (WAL) …
    UserQuery all;
    auto page = f.store().listUsers(f.owner(), all);
    QVERIFY2(page.ok(), qPrintable(describe(page)));
    QCOMPARE(page->total, usersBefore);

    // … a write waits for the busy timeout, then fails with a clear message.
    NewUser u;
    u.username = QStringLiteral("during_lock");
    u.email = QStringLiteral("during_lock@example.test");
    QElapsedTimer timer;
    timer.start();
    auto created = f.store().createUser(f.owner(), u);
    const qint64 waited = timer.elapsed();
    QVERIFY2(created.code() == ErrorCode::StoreUnavailable, qPrintable(describe(created)));
    QVERIFY2(created.message().contains(QLatin1String("locked")), qPrintable(created.message()));
    QVERIFY2(waited >= 4000 && waited < 15000, qPrintable(QStringLiteral("waited %1 ms").arg(waited)));

    holder.write("COMMIT;\n.quit\n");
    holder.closeWriteChannel();
    QVERIFY(holder.waitForFinished(10000));
    QCOMPARE(holder.exitCode(), 0);

    // Nothing half-written: no user, no audit event; the chain verifies; the same write now works.
    QCOMPARE(f.userCount(), usersBefore);
    QCOMPARE(f.auditCount(), eventsBefore);
    auto verified = f.store().verifyAudit(f.owner());
    QVERIFY2(verified.ok() && verified->intact, qPrintable(describe(verified)));
    auto retried = f.store().createUser(f.owner(), u);
    QVERIFY2(retried.ok(), qPrintable(describe(retried)));
    QCOMPARE(f.userCount(), usersBefore + 1);
    QCOMPARE(f.auditCount(), eventsBefore + 1);
}

void TestSchema::lockReleasedWithinTimeoutWaits()
{
    StoreFixture f;
    const QString err = f.create();
    QVERIFY2(err.isEmpty(), qPrintable(err));
    const qint64 usersBefore = f.userCount();

    // The other program holds the lock for 1.5 s, then commits on its own.
    QProcess holder;
    holder.start(sqlite3Path(), {f.path()});
    QVERIFY(holder.waitForStarted());
    holder.write("BEGIN EXCLUSIVE;\nSELECT 'locked';\n.shell sleep 1.5\nCOMMIT;\n");
    holder.closeWriteChannel();
    QByteArray said; // QTRY evaluates its expression once more after success: keep what was read
    QTRY_VERIFY_WITH_TIMEOUT((said += holder.readAllStandardOutput()).contains("locked") || holder.state() != QProcess::Running,
                             10000);
    NewUser u;
    u.username = QStringLiteral("patient");
    u.email = QStringLiteral("patient@example.test");
    QElapsedTimer timer;
    timer.start();
    auto created = f.store().createUser(f.owner(), u);
    QVERIFY2(created.ok(), qPrintable(describe(created)));
    QVERIFY2(timer.elapsed() >= 500, qPrintable(QStringLiteral("did not wait: %1 ms").arg(timer.elapsed())));
    QVERIFY(holder.waitForFinished(10000));
    QCOMPARE(f.userCount(), usersBefore + 1);
}

QTEST_GUILESS_MAIN(TestSchema)
#include "tst_schema.moc"
