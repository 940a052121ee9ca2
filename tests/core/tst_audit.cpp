// The audit log: intact after thousands of operations; UPDATE, DELETE and REPLACE through SQL
// refused by the store's own triggers; an event altered, removed or reordered behind the core's
// back (sqlite3 tool, triggers dropped) found and named by the verifier; no password, hash or
// secret in any event; the chain key kept out of the store in a 0600 file, and a store without
// its key refuses writes but still reads.

#include "core/audit/ChainKeyFile.h"
#include "core/crypto/SecretBox.h"
#include "core/secrets/KeySlot.h"
#include "core/store/Schema.h"
#include "tests/support/StoreFixture.h"

#include <QElapsedTimer>
#include <QDir>
#include <QFile>
#include <QTest>

#include <sys/stat.h>

using namespace authdesk;
using namespace authdesk::test;

namespace {

int modeOf(const QString &path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return static_cast<int>(st.st_mode & 07777);
}

QString allAuditText(const QString &storePath)
{
    RawConnection raw(storePath);
    QString text;
    for (const auto &row : raw.rows(QStringLiteral("SELECT * FROM audit_events ORDER BY id")))
        for (const QVariant &v : row)
            text += v.toString() + QLatin1Char('\x1f');
    return text;
}

} // namespace

class TestAudit : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void chainIntactAfterThousandsOfOperations();
    void chainLinksAreContiguous();
    void triggersRefuseChanges_data();
    void triggersRefuseChanges();
    void tamperingFoundAndNamed_data();
    void tamperingFoundAndNamed();
    void eventsCarryWhoWhatWhenWhere();
    void noSecretsInEvents();
    void keyFileIsPrivateAndOutsideTheStore();
    void keyReadableByOthersRefused();
    void storeWithoutKeyRefusesWritesButReads();

private:
    // The big store: built once, then copied for each tampering.
    StoreFixture m_big;
    qint64 m_bigEvents = 0;
    QString m_bigStoreId;
};

void TestAudit::initTestCase()
{
    QElapsedTimer timer;
    timer.start();
    const QString err = m_big.create();
    QVERIFY2(err.isEmpty(), qPrintable(err));
    LocalStore &s = m_big.store();
    const Principal &owner = m_big.owner();
    m_bigStoreId = s.storeId();
    QVERIFY(s.createRole(owner, QStringLiteral("app_users"), {}).ok());
    auto helpdesk = m_big.addStaff(QStringLiteral("desk"), {QStringLiteral("helpdesk")});
    QVERIFY2(helpdesk.ok(), qPrintable(describe(helpdesk)));

    // 3,000 mixed operations, and a refusal every 50th: creates, edits, disables and role changes.
    qint64 expectedNew = 0;
    for (int k = 0; k < 1000; ++k) {
        const QString name = QStringLiteral("user%1").arg(k, 4, 10, QLatin1Char('0'));
        NewUser u;
        u.username = name;
        u.email = name + QStringLiteral("@example.test");
        auto created = s.createUser(owner, u);
        QVERIFY2(created.ok(), qPrintable(describe(created)));
        UserChanges c;
        c.displayName = QStringLiteral("Display %1").arg(k);
        auto edited = s.updateUser(owner, name, created->version, c);
        QVERIFY2(edited.ok(), qPrintable(describe(edited)));
        if (k % 2 == 0) {
            auto disabled = s.disableUser(owner, name, QStringLiteral("batch %1").arg(k), {});
            QVERIFY2(disabled.ok(), qPrintable(describe(disabled)));
        } else {
            auto added = s.addUserRole(owner, name, QStringLiteral("app_users"));
            QVERIFY2(added.ok(), qPrintable(describe(added)));
        }
        expectedNew += 3;
        if (k % 50 == 0) {
            QCOMPARE(s.deleteUser(helpdesk.value(), name).code(), ErrorCode::PermissionDenied);
            ++expectedNew;
        }
    }
    // store.create, owner's user.create, owner sign-in, role create, desk create, desk sign-in.
    m_bigEvents = 6 + expectedNew;
    qInfo("3,000 operations in %lld ms", static_cast<long long>(timer.elapsed()));
}

void TestAudit::chainIntactAfterThousandsOfOperations()
{
    QCOMPARE(m_big.auditCount(), m_bigEvents);
    QElapsedTimer timer;
    timer.start();
    auto v = m_big.store().verifyAudit(m_big.owner());
    QVERIFY2(v.ok(), qPrintable(describe(v)));
    QVERIFY2(v->intact, qPrintable(v->problem));
    QCOMPARE(v->eventsChecked, m_bigEvents);
    QCOMPARE(v->firstBadId, 0);
    QVERIFY(v->problem.isEmpty());
    qInfo("verified %lld events in %lld ms", static_cast<long long>(v->eventsChecked), static_cast<long long>(timer.elapsed()));

    // Paging through the log with the API sees every event once, newest first.
    qint64 seen = 0;
    qint64 beforeId = 0;
    qint64 lastId = std::numeric_limits<qint64>::max();
    for (;;) {
        AuditQuery q;
        q.limit = 700;
        q.beforeId = beforeId;
        auto page = m_big.store().listAudit(m_big.owner(), q);
        QVERIFY2(page.ok(), qPrintable(describe(page)));
        if (page->isEmpty())
            break;
        for (const AuditEvent &e : page.value()) {
            QVERIFY(e.id < lastId);
            lastId = e.id;
            ++seen;
        }
        beforeId = page->last().id;
    }
    QCOMPARE(seen, m_bigEvents);
}

void TestAudit::chainLinksAreContiguous()
{
    // Checked from outside the verifier: ids 1..n with no gap, each prev_hash the hash before it.
    RawConnection raw(m_big.path());
    const auto rows = raw.rows(QStringLiteral("SELECT id, prev_hash, hash FROM audit_events ORDER BY id"));
    QCOMPARE(rows.size(), m_bigEvents);
    QString prev = QString(64, QLatin1Char('0'));
    QSet<QString> hashes;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QCOMPARE(rows.at(i).at(0).toLongLong(), i + 1);
        QCOMPARE(rows.at(i).at(1).toString(), prev);
        prev = rows.at(i).at(2).toString();
        QCOMPARE(prev.size(), 64);
        hashes.insert(prev);
    }
    QCOMPARE(hashes.size(), rows.size());
}

void TestAudit::triggersRefuseChanges_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<bool>("withSqliteTool");
    const QStringList statements = {
        QStringLiteral("UPDATE audit_events SET reason = 'rewritten' WHERE id = 5"),
        QStringLiteral("UPDATE audit_events SET result = 'success' WHERE result = 'denied'"),
        QStringLiteral("UPDATE audit_events SET id = id + 100000 WHERE id = 7"),
        QStringLiteral("DELETE FROM audit_events WHERE id = 5"),
        QStringLiteral("DELETE FROM audit_events"),
        QStringLiteral("INSERT OR REPLACE INTO audit_events SELECT id, at, actor_id, actor_name, 'forged', target_type, "
                       "target_id, target_name, result, reason, before_json, after_json, machine, prev_hash, hash "
                       "FROM audit_events WHERE id = 5"),
        QStringLiteral("REPLACE INTO audit_events SELECT id, at, actor_id, 'someone else', action, target_type, "
                       "target_id, target_name, result, reason, before_json, after_json, machine, prev_hash, hash "
                       "FROM audit_events WHERE id = 6"),
    };
    for (const QString &sql : statements) {
        QTest::newRow(qPrintable(QStringLiteral("QtSql: ") + sql.left(60))) << sql << false;
        QTest::newRow(qPrintable(QStringLiteral("sqlite3: ") + sql.left(60))) << sql << true;
    }
}

void TestAudit::triggersRefuseChanges()
{
    QFETCH(QString, sql);
    QFETCH(bool, withSqliteTool);
    const QString before = allAuditText(m_big.path());
    QVERIFY(!before.isEmpty());
    if (withSqliteTool) {
        const ToolRun run = runSqlite3(m_big.path(), sql + QLatin1Char(';'));
        QVERIFY2(run.exitCode != 0, qPrintable(QStringLiteral("sqlite3 accepted it: ") + run.out));
        QVERIFY2(run.err.contains(QLatin1String("append-only")), qPrintable(run.err));
    } else {
        // A connection of its own, while the store is open, as any other program would.
        RawConnection raw(m_big.path());
        QVERIFY(raw.isOpen());
        QVERIFY2(!raw.exec(sql), "the statement was accepted");
        QVERIFY2(raw.lastError().contains(QLatin1String("append-only")), qPrintable(raw.lastError()));
    }
    QVERIFY2(allAuditText(m_big.path()) == before, "the audit log changed");
    auto v = m_big.store().verifyAudit(m_big.owner());
    QVERIFY2(v.ok() && v->intact, qPrintable(describe(v)));
}

void TestAudit::tamperingFoundAndNamed_data()
{
    QTest::addColumn<QString>("tamper");
    QTest::addColumn<qint64>("firstBad");
    QTest::addColumn<qint64>("checkedBefore"); // intact events before the first bad one
    QTest::newRow("reason of event 1234 altered")
        << QStringLiteral("UPDATE audit_events SET reason = 'nothing to see here' WHERE id = 1234;") << qint64(1234) << qint64(1233);
    QTest::newRow("after-values of event 800 altered")
        << QStringLiteral("UPDATE audit_events SET after_json = replace(after_json, 'Display', 'Forged') WHERE id = 800;")
        << qint64(800) << qint64(799);
    QTest::newRow("a refusal turned into a success (event 10)")
        << QStringLiteral("UPDATE audit_events SET result = 'success' WHERE id = 10 AND result = 'denied';") << qint64(10) << qint64(9);
    QTest::newRow("time of event 2000 moved by 1 ms")
        << QStringLiteral("UPDATE audit_events SET at = at + 1 WHERE id = 2000;") << qint64(2000) << qint64(1999);
    QTest::newRow("actor of the first event replaced")
        << QStringLiteral("UPDATE audit_events SET actor_name = 'mallory' WHERE id = 1;") << qint64(1) << qint64(0);
    QTest::newRow("event 1500 deleted: 1501 named")
        << QStringLiteral("DELETE FROM audit_events WHERE id = 1500;") << qint64(1501) << qint64(1499);
    QTest::newRow("events 100-199 deleted: 200 named")
        << QStringLiteral("DELETE FROM audit_events WHERE id BETWEEN 100 AND 199;") << qint64(200) << qint64(99);
    QTest::newRow("events 1000 and 1001 swapped")
        << QStringLiteral("UPDATE audit_events SET id = -1 WHERE id = 1000;"
                          "UPDATE audit_events SET id = 1000 WHERE id = 1001;"
                          "UPDATE audit_events SET id = 1001 WHERE id = -1;")
        << qint64(1000) << qint64(999);
    QTest::newRow("event 2500 deleted and 2501 renumbered to close the gap")
        << QStringLiteral("DELETE FROM audit_events WHERE id = 2500; UPDATE audit_events SET id = 2500 WHERE id = 2501;")
        << qint64(2500) << qint64(2499);
    QTest::newRow("event 600 replaced by a copy of event 601 with its hashes")
        << QStringLiteral("DELETE FROM audit_events WHERE id = 600;"
                          "INSERT INTO audit_events SELECT 600, at, actor_id, actor_name, action, target_type, target_id, "
                          "target_name, result, reason, before_json, after_json, machine, prev_hash, hash "
                          "FROM audit_events WHERE id = 601;")
        << qint64(600) << qint64(599);
}

void TestAudit::tamperingFoundAndNamed()
{
    QFETCH(QString, tamper);
    QFETCH(qint64, firstBad);
    QFETCH(qint64, checkedBefore);
    QTemporaryDir copyDir;
    QVERIFY(copyDir.isValid());
    const QString copy = copyDir.filePath(QStringLiteral("tampered.authdesk"));
    // A consistent copy of the live store (the WAL folded in), then tampered with by the tool.
    {
        const ToolRun backup = runSqlite3(m_big.path(), QStringLiteral(".backup '%1'\n").arg(copy));
        QVERIFY2(backup.exitCode == 0, qPrintable(backup.err));
    }
    const ToolRun run = runSqlite3(copy, QStringLiteral("DROP TRIGGER audit_events_no_update;"
                                                        "DROP TRIGGER audit_events_no_delete;")
                                             + tamper);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));

    // Same store id, so the same key folder holds its key.
    auto opened = LocalStore::open(StoreOptions{copy, m_big.keyDir(), QStringLiteral("verifier")});
    QVERIFY2(opened.ok(), qPrintable(describe(opened)));
    QCOMPARE(opened.value()->storeId(), m_bigStoreId);
    auto owner = opened.value()->signIn(ownerName(), ownerPassword());
    QVERIFY2(owner.ok(), qPrintable(describe(owner)));
    auto v = opened.value()->verifyAudit(owner.value());
    QVERIFY2(v.ok(), qPrintable(describe(v)));
    QVERIFY2(!v->intact, "tampering went unnoticed");
    QCOMPARE(v->firstBadId, firstBad);
    QCOMPARE(v->eventsChecked, checkedBefore);
    QVERIFY(!v->problem.isEmpty());
    QVERIFY2(v->problem.contains(QString::number(firstBad)), qPrintable(v->problem));
}

void TestAudit::eventsCarryWhoWhatWhenWhere()
{
    StoreFixture f;
    const QString err = f.create();
    QVERIFY2(err.isEmpty(), qPrintable(err));
    const QDateTime start = QDateTime::currentDateTimeUtc().addMSecs(-1);
    auto created = f.addUser(QStringLiteral("dora"));
    QVERIFY(created.ok());
    auto disabled = f.store().disableUser(f.owner(), QStringLiteral("dora"), QStringLiteral("ticket INC-42"), {});
    QVERIFY(disabled.ok());
    AuditQuery q;
    q.limit = 2;
    auto events = f.store().listAudit(f.owner(), q);
    QVERIFY2(events.ok(), qPrintable(describe(events)));
    QCOMPARE(events->size(), 2);
    const AuditEvent &e = events->at(0);
    QCOMPARE(e.action, QStringLiteral("user.disable"));
    QCOMPARE(e.actorName, ownerName());
    QCOMPARE(e.actorId, f.owner().userId());
    QCOMPARE(e.targetType, QStringLiteral("user"));
    QCOMPARE(e.targetId, QString::number(created->id));
    QCOMPARE(e.targetName, QStringLiteral("dora"));
    QCOMPARE(e.result, AuditResult::Success);
    QCOMPARE(e.reason, QStringLiteral("ticket INC-42"));
    QCOMPARE(e.machine, QStringLiteral("test-machine"));
    QCOMPARE(e.at.timeSpec(), Qt::UTC);
    QVERIFY(e.at >= start && e.at <= QDateTime::currentDateTimeUtc());
    QVERIFY2(e.before.contains(QLatin1String("\"status\":\"active\"")), qPrintable(e.before));
    QVERIFY2(e.after.contains(QLatin1String("\"status\":\"disabled\"")), qPrintable(e.after));
    QCOMPARE(events->at(1).action, QStringLiteral("user.create"));
    QVERIFY(events->at(1).before.isEmpty());
    QVERIFY(events->at(1).after.contains(QLatin1String("\"username\":\"dora\"")));
}

void TestAudit::noSecretsInEvents()
{
    StoreFixture f;
    const QString err = f.create();
    QVERIFY2(err.isEmpty(), qPrintable(err));
    const QString first = QStringLiteral("first secret passphrase 7781");
    const QString second = QStringLiteral("second secret passphrase 9902");
    const QString wrong = QStringLiteral("wrong guess passphrase 3317");
    NewUser u;
    u.username = QStringLiteral("frank");
    u.email = QStringLiteral("frank@example.test");
    u.password = first;
    u.roles = {QStringLiteral("auditor")};
    QVERIFY(f.store().createUser(f.owner(), u).ok());
    QVERIFY(f.store().signIn(QStringLiteral("frank"), first).ok());
    QVERIFY(f.store().setPassword(f.owner(), QStringLiteral("frank"), second, true).ok());
    QCOMPARE(f.store().signIn(QStringLiteral("frank"), wrong).code(), ErrorCode::AuthenticationFailed);
    QCOMPARE(f.store().signIn(QStringLiteral("frank"), first).code(), ErrorCode::AuthenticationFailed);
    QVERIFY(f.store().signIn(QStringLiteral("frank"), second).ok());
    QCOMPARE(f.store().signIn(ownerName(), wrong).code(), ErrorCode::AuthenticationFailed);
    QCOMPARE(f.store().signIn(wrong, wrong).code(), ErrorCode::AuthenticationFailed); // a password typed as the login

    QStringList forbidden = {first, second, ownerPassword(), QStringLiteral("$argon2"), QStringLiteral("argon2id")};
    {
        RawConnection raw(f.path());
        for (const auto &row : raw.rows(QStringLiteral("SELECT password_hash FROM users WHERE password_hash IS NOT NULL"))) {
            const QString hash = row.value(0).toString();
            QVERIFY(hash.startsWith(QLatin1String("$argon2id$")));
            forbidden << hash << hash.section(QLatin1Char('$'), -1) << hash.section(QLatin1Char('$'), -2, -2);
        }
    }
    const QString text = allAuditText(f.path());
    QVERIFY(text.contains(QLatin1String("user.set_password")));
    for (const QString &secret : std::as_const(forbidden))
        QVERIFY2(!text.contains(secret), qPrintable(QStringLiteral("found in the audit log: ") + secret.left(12)));
    // Only the one place the wrong guess was typed as a login name may mention it (as an unknown user).
    QCOMPARE(text.count(wrong), 2); // actor_name and target_name of that one failed sign-in

    // The API shows the same: the password change is recorded, its value is not.
    auto events = f.store().listAudit(f.owner(), AuditQuery{});
    QVERIFY(events.ok());
    bool sawChange = false;
    for (const AuditEvent &e : events.value()) {
        for (const QString &field : {e.before, e.after, e.reason})
            for (const QString &secret : {first, second, QStringLiteral("$argon2")})
                QVERIFY2(!field.contains(secret), qPrintable(e.action));
        if (e.action == QLatin1String("user.set_password")) {
            sawChange = true;
            QVERIFY2(e.after.contains(QLatin1String("\"password\":\"changed\"")), qPrintable(e.after));
        }
    }
    QVERIFY(sawChange);
}

// The chain key as only an administrator's password reaches it: the owner's key slot opens the
// data key, the data key opens the sealed chain key.
static QByteArray chainKeyOf(StoreFixture &f)
{
    RawConnection raw(f.path());
    const auto slot = raw.rows(QStringLiteral(
        "SELECT kdf_salt, kdf_memory_kib, kdf_iterations, kdf_parallelism, wrapped_key, user_id FROM key_slots "
        "WHERE user_id = (SELECT id FROM users WHERE username = 'owner')"));
    if (slot.size() != 1)
        return {};
    PasswordSlot s;
    s.salt = slot[0][0].toByteArray();
    s.memoryKiB = slot[0][1].toUInt();
    s.iterations = slot[0][2].toUInt();
    s.parallelism = slot[0][3].toUInt();
    s.wrapped = slot[0][4].toByteArray();
    const QByteArray storeId = f.store().storeId().toUtf8();
    auto dataKey = KeySlot::unwrapWithPassword(s, ownerPassword(), "authdesk-slot-v1\n" + storeId + "\nadmin\n" + slot[0][5].toByteArray());
    if (!dataKey.ok())
        return {};
    const QByteArray sealed = raw.scalar(QStringLiteral("SELECT sealed FROM store_secrets WHERE name = 'audit_chain_key'")).toByteArray();
    auto key = crypto::SecretBox::open(dataKey.value(), sealed, "authdesk-secret-v1\n" + storeId + "\naudit_chain_key\nstore");
    return key.ok() ? key.value() : QByteArray();
}

void TestAudit::keyFileIsPrivateAndOutsideTheStore()
{
    // Since key slots, the chain key is in the store, sealed: no key file, and not in plaintext.
    StoreFixture f;
    const QString err = f.create();
    QVERIFY2(err.isEmpty(), qPrintable(err));
    QVERIFY(!QFile::exists(ChainKeyFile::pathFor(f.keyDir(), f.store().storeId())));
    // What stays beside the store on this computer is the audit head anchor, in a private folder.
    const QString anchor = ChainKeyFile::anchorPathFor(f.keyDir(), f.store().storeId(), f.path());
    QVERIFY(QFile::exists(anchor));
    QCOMPARE(modeOf(anchor), 0600);
    QCOMPARE(modeOf(f.keyDir()), 0700);
    const QByteArray key = chainKeyOf(f);
    QCOMPARE(key.size(), 32);
    QVERIFY(key != QByteArray(32, '\0'));
    const QString storeId = f.store().storeId();
    f.close();
    const QByteArray store = readFile(f.path()) + readFile(f.path() + QStringLiteral("-wal"));
    QVERIFY(store.size() > 0);
    for (const QByteArray &form : {key, key.toHex(), key.toHex().toUpper(), key.toBase64(),
                                   key.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)})
        QVERIFY2(!store.contains(form), "the chain key is in the store file in plaintext");
    // The chain really is keyed with it: a chain check with this key passes.
    QVERIFY(f.reopen().isEmpty());
    auto v = f.store().verifyAudit(f.owner());
    QVERIFY2(v.ok() && v->intact, qPrintable(describe(v)));
    QCOMPARE(f.store().storeId(), storeId);
    // A second store gets a key of its own.
    StoreFixture g;
    QVERIFY(g.create().isEmpty());
    QVERIFY(chainKeyOf(g) != key);
}

void TestAudit::keyReadableByOthersRefused()
{
    // A store from before key slots (schema 1 kept its chain key in a file): made here by taking a
    // new store's chain key out into a key file and removing the sealed copy and the slots.
    StoreFixture f;
    QVERIFY(f.create().isEmpty());
    QVERIFY(f.addUser(QStringLiteral("gina"), {QStringLiteral("auditor")}, staffPassword()).ok());
    const QByteArray key = chainKeyOf(f);
    QCOMPARE(key.size(), 32);
    const QString keyPath = ChainKeyFile::pathFor(f.keyDir(), f.store().storeId());
    f.close();
    {
        RawConnection raw(f.path());
        // Back to schema 1: the tables of schema 2 gone, the version set back.
        for (const char *table : {"settings", "key_slots", "store_secrets", "mfa_factors", "recovery_codes", "audit_pending",
                                  "trusted_devices", "temporary_passes", "refresh_tokens", "sessions", "revoked_tokens",
                                  "signing_keys", "user_tokens"})
            QVERIFY2(raw.exec(QStringLiteral("DROP TABLE %1").arg(QLatin1String(table))), qPrintable(raw.lastError()));
        QVERIFY2(raw.exec(QStringLiteral("DROP INDEX users_username_search")), qPrintable(raw.lastError()));
        for (const char *column : {"mfa_enrollment_required", "tokens_not_before", "login_failures",
                                   "last_login_failure_at", "login_locked_until", "email_verified_at"})
            QVERIFY2(raw.exec(QStringLiteral("ALTER TABLE users DROP COLUMN %1").arg(QLatin1String(column))),
                     qPrintable(raw.lastError()));
        QVERIFY(raw.exec(QStringLiteral("UPDATE meta SET value = '1' WHERE name = 'schema_version'")));
    }
    QVERIFY(QDir().mkpath(f.keyDir()));
    QVERIFY(writeFile(keyPath, key));
    QVERIFY(::chmod(QFile::encodeName(keyPath).constData(), 0644) == 0);
    auto opened = LocalStore::open(f.options());
    QVERIFY2(opened.code() == ErrorCode::KeyUnavailable, qPrintable(opened.message()));
    QVERIFY2(opened.message().contains(keyPath), qPrintable(opened.message()));
    QVERIFY2(opened.message().contains(QLatin1String("600")), qPrintable(opened.message()));

    // Restricted again, it opens as a legacy store; the first administrator's sign-in moves the key
    // under a new data key, makes their slot, and the key file goes. The chain carries on intact.
    QVERIFY(::chmod(QFile::encodeName(keyPath).constData(), 0600) == 0);
    opened = LocalStore::open(f.options());
    QVERIFY2(opened.ok(), qPrintable(describe(opened)));
    {
        RawConnection raw(f.path());
        QCOMPARE(raw.scalar(QStringLiteral("SELECT value FROM meta WHERE name = 'schema_version'")).toString(), QString::number(Schema::CurrentVersion));
    }
    QCOMPARE(opened.value()->keyState(), KeyState::Legacy);
    auto gina = opened.value()->signIn(QStringLiteral("gina"), staffPassword());
    QVERIFY2(gina.ok(), qPrintable(describe(gina)));
    QCOMPARE(opened.value()->keyState(), KeyState::Unlocked);
    QVERIFY(!QFile::exists(keyPath));
    auto v = opened.value()->verifyAudit(gina.value());
    QVERIFY2(v.ok() && v->intact, qPrintable(describe(v)));
    opened.value().reset();
    // Elsewhere now, the owner (no slot yet) signs in for reading; gina's password opens it.
    auto again = LocalStore::open(f.options());
    QVERIFY(again.ok());
    QCOMPARE(again.value()->keyState(), KeyState::Locked);
    QVERIFY(again.value()->signIn(QStringLiteral("gina"), staffPassword()).ok());
    QCOMPARE(again.value()->keyState(), KeyState::Unlocked);
}

void TestAudit::storeWithoutKeyRefusesWritesButReads()
{
    StoreFixture f;
    QVERIFY(f.create().isEmpty());
    QVERIFY(f.addUser(QStringLiteral("gina"), {QStringLiteral("auditor")}, staffPassword()).ok());
    f.close();
    // gina's slot is gone (as if she had become an auditor after her password was set): her
    // password opens nothing, so the store stays locked for her.
    {
        RawConnection raw(f.path());
        QVERIFY(raw.exec(QStringLiteral("DELETE FROM key_slots WHERE user_id = (SELECT id FROM users WHERE username = 'gina')")));
    }
    QTemporaryDir otherKeys;
    QVERIFY(otherKeys.isValid());
    const StoreOptions elsewhere{f.path(), otherKeys.path(), QStringLiteral("elsewhere")};
    auto opened = LocalStore::open(elsewhere);
    QVERIFY2(opened.ok(), qPrintable(describe(opened)));
    LocalStore &s = *opened.value();
    QCOMPARE(s.keyState(), KeyState::Locked);
    QVERIFY(!s.hasAuditKey());
    QVERIFY(folderEntries(otherKeys.path()).isEmpty()); // no new key was made up
    const qint64 users = f.userCount();
    const qint64 events = f.auditCount();

    // Signing in for reading works; a wrong password is still wrong. Both wait, outside the chain,
    // for the next write that holds the key.
    QCOMPARE(s.signIn(QStringLiteral("gina"), QStringLiteral("not gina's password at all")).code(), ErrorCode::AuthenticationFailed);
    auto gina = s.signIn(QStringLiteral("gina"), staffPassword());
    QVERIFY2(gina.ok(), qPrintable(describe(gina)));
    QCOMPARE(s.keyState(), KeyState::Locked);
    auto page = s.listUsers(gina.value(), UserQuery{});
    QVERIFY2(page.ok(), qPrintable(describe(page)));
    QCOMPARE(page->total, users);
    QVERIFY(s.findUser(gina.value(), QStringLiteral("owner")).ok());
    QVERIFY(s.listRoles(gina.value()).ok());
    auto listed = s.listAudit(gina.value(), AuditQuery{});
    QVERIFY2(listed.ok(), qPrintable(describe(listed)));
    QCOMPARE(listed->size(), events);
    // Verifying needs the key.
    auto v = s.verifyAudit(gina.value());
    QCOMPARE(v.code(), ErrorCode::KeyUnavailable);
    QVERIFY2(v.message().contains(QLatin1String("key")), qPrintable(v.message()));
    QCOMPARE(f.auditCount(), events);
    {
        RawConnection raw(f.path());
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM audit_pending")).toInt(), 2); // the two sign-ins
    }

    // The owner's password opens it in this process: every write works again, and the attempts made
    // while it was locked are sealed into the chain first.
    auto owner = s.signIn(ownerName(), ownerPassword());
    QVERIFY2(owner.ok(), qPrintable(describe(owner)));
    QCOMPARE(s.keyState(), KeyState::Unlocked);
    NewUser u;
    u.username = QStringLiteral("henry");
    u.email = QStringLiteral("henry@example.test");
    QVERIFY(s.createUser(owner.value(), u).ok());
    QCOMPARE(f.userCount(), users + 1);
    auto intact = s.verifyAudit(owner.value());
    QVERIFY2(intact.ok() && intact->intact, qPrintable(describe(intact)));
    RawConnection raw(f.path());
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM audit_pending")).toInt(), 0);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM audit_events WHERE machine = 'elsewhere' AND after_json LIKE '%recorded_while_locked%'")).toInt(), 2);
}

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
