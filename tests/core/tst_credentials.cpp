// The store's credentials: the data key and administrators' key slots (a store opens anywhere
// with an admin's password), events recorded while locked, the password policy as stored
// settings, imported hashes and their upgrade, TOTP enrollment/verification rules and recovery
// codes — against a real SQLite store, looked at from outside through raw SQL and its files.
#include "core/crypto/Base32.h"
#include "core/crypto/Otp.h"
#include "core/crypto/OtpAuthUri.h"
#include "core/crypto/SecretBox.h"
#include "core/secrets/KeySlot.h"
#include "tests/support/StoreFixture.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryFile>
#include <QTest>

using namespace authdesk;
using namespace authdesk::test;

namespace {

QString codeAt(const crypto::OtpAuthUri &key, const QDateTime &at)
{
    return crypto::totp(key.secret, at.toSecsSinceEpoch(), key.params);
}

// Every file of the store (database, WAL) and everything under a folder, as bytes.
QByteArray everythingUnder(const QString &dir)
{
    QByteArray all;
    QDir d(dir);
    for (const QFileInfo &fi : d.entryInfoList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot | QDir::Dirs)) {
        if (fi.isDir())
            all += everythingUnder(fi.filePath());
        else
            all += readFile(fi.filePath());
    }
    return all;
}

} // namespace

class TestCredentials : public QObject {
    Q_OBJECT

private:
    // Enrolls and activates TOTP for NAME at the fixture's current time; returns the key and the recovery codes.
    static std::pair<crypto::OtpAuthUri, QStringList> enrollAndActivate(StoreFixture &f, const QString &name)
    {
        auto enrolled = f.store().enrollTotp(f.owner(), name);
        if (!enrolled.ok())
            qFatal("enroll: %s", qPrintable(describe(enrolled)));
        auto key = crypto::parseOtpAuthUri(enrolled->uri);
        if (!key.ok())
            qFatal("parse: %s", qPrintable(describe(key)));
        auto codes = f.store().activateTotp(f.owner(), name, codeAt(key.value(), f.now()));
        if (!codes.ok())
            qFatal("activate: %s", qPrintable(describe(codes)));
        return {key.value(), codes.value()};
    }

private Q_SLOTS:
    void newStoreIsUnlockedAndHasNoKeyFile()
    {
        StoreFixture f;
        QVERIFY(f.create().isEmpty());
        QCOMPARE(f.store().keyState(), KeyState::Unlocked);
        // The chain key is sealed in the store now, not in a file beside it.
        QVERIFY(!QDir(f.keyDir()).entryList({QStringLiteral("*.audit-key")}, QDir::Files).size());
        RawConnection raw(f.path());
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM key_slots WHERE kind = 'admin'")).toInt(), 1);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM store_secrets")).toInt(), 1);
    }

    void storeOpensElsewhereWithAnAdminsPassword()
    {
        StoreFixture f;
        QVERIFY(f.create().isEmpty());
        QVERIFY(f.addUser(QStringLiteral("gina"), {QStringLiteral("helpdesk")}, staffPassword()).ok());
        f.close();
        // Another computer: another key folder, no keychain.
        QTemporaryDir elsewhere;
        QVERIFY(elsewhere.isValid());
        const QString copy = elsewhere.filePath(QStringLiteral("copy.authdesk"));
        QVERIFY(QFile::copy(f.path(), copy));
        StoreOptions o{copy, elsewhere.filePath(QStringLiteral("keys")), QStringLiteral("laptop")};
        auto opened = LocalStore::open(o);
        QVERIFY2(opened.ok(), qPrintable(describe(opened)));
        LocalStore &s = *opened.value();
        QCOMPARE(s.keyState(), KeyState::Locked);

        // A wrong password fails cleanly: still locked, nothing changed but the recorded attempt.
        const qint64 eventsBefore = RawConnection(copy).scalar(QStringLiteral("SELECT count(*) FROM audit_events")).toLongLong();
        QCOMPARE(s.signIn(ownerName(), QStringLiteral("not the owner's password at all")).code(), ErrorCode::AuthenticationFailed);
        QCOMPARE(s.keyState(), KeyState::Locked);
        {
            RawConnection raw(copy);
            QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM audit_events")).toLongLong(), eventsBefore);
            QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM audit_pending")).toInt(), 1);
            QCOMPARE(raw.scalar(QStringLiteral("SELECT reason FROM audit_pending")).toString(), QStringLiteral("wrong password"));
        }

        // A helpdesk admin's own password opens it too (their own slot).
        auto gina = s.signIn(QStringLiteral("gina"), staffPassword());
        QVERIFY2(gina.ok(), qPrintable(describe(gina)));
        QCOMPARE(s.keyState(), KeyState::Unlocked);
        auto owner = s.signIn(ownerName(), ownerPassword());
        QVERIFY2(owner.ok(), qPrintable(describe(owner)));
        NewUser u;
        u.username = QStringLiteral("henry");
        u.email = QStringLiteral("henry@example.test");
        QVERIFY2(s.createUser(owner.value(), u).ok(), "a write works on the copy");
        // The failed attempt made while locked is in the chain now, and the chain verifies.
        RawConnection raw(copy);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM audit_pending")).toInt(), 0);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'auth.sign_in' AND result = 'failed' "
                                           "AND after_json LIKE '%recorded_while_locked%'"))
                     .toInt(),
                 1);
        auto v = s.verifyAudit(owner.value());
        QVERIFY2(v.ok() && v->intact, qPrintable(describe(v)));
    }

    void adminWithoutSlotReadsOnlyUntilUnlocked()
    {
        StoreFixture f;
        QVERIFY(f.create().isEmpty());
        // hal had a password before he became an administrator: no slot could be made for him.
        QVERIFY(f.addUser(QStringLiteral("hal"), {}, staffPassword()).ok());
        QVERIFY(f.store().addUserRole(f.owner(), QStringLiteral("hal"), QStringLiteral("auditor")).ok());
        RawConnection raw(f.path());
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM key_slots k JOIN users u ON u.id = k.user_id WHERE u.username = 'hal'")).toInt(), 0);
        f.close();
        auto opened = LocalStore::open(f.options());
        QVERIFY(opened.ok());
        LocalStore &s = *opened.value();
        auto hal = s.signIn(QStringLiteral("hal"), staffPassword());
        QVERIFY2(hal.ok(), qPrintable(describe(hal)));
        QCOMPARE(s.keyState(), KeyState::Locked);
        QVERIFY(s.listUsers(hal.value(), UserQuery{}).ok());
        auto verify = s.verifyAudit(hal.value());
        QCOMPARE(verify.code(), ErrorCode::KeyUnavailable);
        // Once the owner opened the store in this process, hal's next sign-in makes his slot.
        QVERIFY(s.signIn(ownerName(), ownerPassword()).ok());
        QVERIFY(s.signIn(QStringLiteral("hal"), staffPassword()).ok());
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM key_slots k JOIN users u ON u.id = k.user_id WHERE u.username = 'hal'")).toInt(), 1);
    }

    void passwordChangeRewrapsAndRemovalDropsTheSlot()
    {
        StoreFixture f;
        QVERIFY(f.create().isEmpty());
        auto gina = f.addStaff(QStringLiteral("gina"), {QStringLiteral("admin")});
        QVERIFY2(gina.ok(), qPrintable(describe(gina)));
        const QString slotSql = QStringLiteral(
            "SELECT k.kdf_salt, k.kdf_memory_kib, k.kdf_iterations, k.kdf_parallelism, k.wrapped_key, u.id FROM key_slots k "
            "JOIN users u ON u.id = k.user_id WHERE u.username = 'gina'");
        auto slotOf = [&]() {
            RawConnection raw(f.path());
            const auto rows = raw.rows(slotSql);
            PasswordSlot slot;
            if (rows.size() != 1)
                return std::pair<PasswordSlot, qint64>{slot, 0};
            slot.salt = rows[0][0].toByteArray();
            slot.memoryKiB = rows[0][1].toUInt();
            slot.iterations = rows[0][2].toUInt();
            slot.parallelism = rows[0][3].toUInt();
            slot.wrapped = rows[0][4].toByteArray();
            return std::pair<PasswordSlot, qint64>{slot, rows[0][5].toLongLong()};
        };
        auto aad = [&](qint64 id) -> QByteArray { return "authdesk-slot-v1\n" + f.store().storeId().toUtf8() + "\nadmin\n" + QByteArray::number(id); };
        auto [before, ginaId] = slotOf();
        QVERIFY(ginaId > 0);
        QVERIFY(KeySlot::unwrapWithPassword(before, staffPassword(), aad(ginaId)).ok());
        const QString newPassword = QStringLiteral("a brand new passphrase for gina");
        QVERIFY(f.store().changeOwnPassword(gina.value(), staffPassword(), newPassword).ok());
        auto after = slotOf().first;
        QVERIFY(after.wrapped != before.wrapped);
        QCOMPARE(KeySlot::unwrapWithPassword(after, staffPassword(), aad(ginaId)).code(), ErrorCode::AuthenticationFailed);
        auto dataKey = KeySlot::unwrapWithPassword(after, newPassword, aad(ginaId));
        QVERIFY2(dataKey.ok(), qPrintable(describe(dataKey)));
        QCOMPARE(dataKey->size(), 32);
        // The same data key as the owner's slot: one store key, wrapped per administrator.
        // An admin's password set by another admin re-wraps too.
        const QString third = QStringLiteral("the third passphrase of gina");
        QVERIFY(f.store().setPassword(f.owner(), QStringLiteral("gina"), third, false).ok());
        QVERIFY(KeySlot::unwrapWithPassword(slotOf().first, third, aad(ginaId)).ok());
        // No longer an administrator: no slot.
        QVERIFY(f.store().removeUserRole(f.owner(), QStringLiteral("gina"), QStringLiteral("admin")).ok());
        QCOMPARE(slotOf().second, 0);
        // Deleting an administrator removes the slot as well.
        QVERIFY(f.addUser(QStringLiteral("ivan"), {QStringLiteral("auditor")}, staffPassword()).ok());
        RawConnection raw(f.path());
        const QString ivanSlots = QStringLiteral("SELECT count(*) FROM key_slots WHERE user_id = (SELECT id FROM users WHERE username = 'ivan')");
        QCOMPARE(raw.scalar(ivanSlots).toInt(), 1);
        QVERIFY(f.store().deleteUser(f.owner(), QStringLiteral("ivan")).ok());
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM key_slots")).toInt(), 1); // the owner's
        // Revoking a role's last console permission drops its members' slots.
        QVERIFY(f.store().createRole(f.owner(), QStringLiteral("readers"), {}).ok());
        QVERIFY(f.store().grantPermission(f.owner(), QStringLiteral("readers"), QStringLiteral("users.read")).ok());
        QVERIFY(f.addUser(QStringLiteral("jack"), {QStringLiteral("readers")}, staffPassword()).ok());
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM key_slots")).toInt(), 2);
        QVERIFY(f.store().revokePermission(f.owner(), QStringLiteral("readers"), QStringLiteral("users.read")).ok());
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM key_slots")).toInt(), 1);
    }

    void sealedSecretsDoNotOpenElsewhere()
    {
        const QByteArray key = QByteArray(32, 'k');
        const QByteArray sealed = crypto::SecretBox::seal(key, "secret", "place A");
        QCOMPARE(crypto::SecretBox::open(key, sealed, "place A").value(), QByteArray("secret"));
        QCOMPARE(crypto::SecretBox::open(key, sealed, "place B").code(), ErrorCode::Integrity);
        QCOMPARE(crypto::SecretBox::open(QByteArray(32, 'x'), sealed, "place A").code(), ErrorCode::Integrity);
        QByteArray flipped = sealed;
        flipped[20] = static_cast<char>(flipped[20] ^ 1);
        QCOMPARE(crypto::SecretBox::open(key, flipped, "place A").code(), ErrorCode::Integrity);
        QCOMPARE(crypto::SecretBox::open(key, sealed.left(10), "place A").code(), ErrorCode::Integrity);
        QVERIFY(crypto::SecretBox::seal(key, "secret", "place A") != sealed); // a fresh nonce every time
    }

    // ---- policy ---------------------------------------------------------------------------------

    void policyIsStoredChangedOnlyWithSettingsManageAndAudited()
    {
        StoreFixture f;
        QVERIFY(f.create().isEmpty());
        auto admin = f.addStaff(QStringLiteral("gina"), {QStringLiteral("admin")});
        QVERIFY(admin.ok());
        auto refused = f.store().setSetting(admin.value(), QStringLiteral("password.min_length"), QStringLiteral("20"));
        QCOMPARE(refused.code(), ErrorCode::PermissionDenied);
        QVERIFY2(refused.message().contains(QLatin1String("settings.manage")), qPrintable(refused.message()));
        QCOMPARE(f.store().setSetting(f.owner(), QStringLiteral("password.nonsense"), QStringLiteral("1")).code(), ErrorCode::InvalidInput);
        QCOMPARE(f.store().setSetting(f.owner(), QStringLiteral("mfa.issuer"), QStringLiteral("Evil:Corp")).code(), ErrorCode::InvalidInput);
        QCOMPARE(f.store().setSetting(f.owner(), QStringLiteral("mfa.drift_steps"), QStringLiteral("11")).code(), ErrorCode::InvalidInput);
        QVERIFY(f.store().setSetting(f.owner(), QStringLiteral("password.min_length"), QStringLiteral("20")).ok());
        RawConnection raw(f.path());
        QCOMPARE(raw.scalar(QStringLiteral("SELECT value FROM settings WHERE name = 'password.min_length'")).toString(), QStringLiteral("20"));
        QCOMPARE(raw.scalar(QStringLiteral("SELECT after_json FROM audit_events WHERE action = 'settings.change' ORDER BY id DESC LIMIT 1")).toString(),
                 QStringLiteral("{\"password.min_length\":\"20\"}"));
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'settings.change' AND result = 'denied'")).toInt(), 1);
        // The stored policy is the one every password change is checked against.
        auto shortOne = f.store().setPassword(f.owner(), QStringLiteral("gina"), QStringLiteral("sixteen chars ok"), false);
        QCOMPARE(shortOne.code(), ErrorCode::InvalidInput);
        QVERIFY2(shortOne.message().contains(QLatin1String("20")), qPrintable(shortOne.message()));
        QVERIFY(f.store().setPassword(f.owner(), QStringLiteral("gina"), QStringLiteral("twenty characters or more"), false).ok());
        auto listed = f.store().settings(admin.value());
        QVERIFY2(listed.ok(), qPrintable(describe(listed)));
        bool seen = false;
        for (const StoreSetting &s : listed.value())
            if (s.key == QLatin1String("password.min_length")) {
                seen = true;
                QCOMPARE(s.value, QStringLiteral("20"));
                QVERIFY(!s.isDefault);
            }
        QVERIFY(seen);
    }

    void contextWordsAndRulesAreNamed()
    {
        StoreFixture f;
        QVERIFY(f.create().isEmpty());
        QVERIFY(f.addUser(QStringLiteral("margarethe"), {}, staffPassword()).ok());
        auto withName = f.store().setPassword(f.owner(), QStringLiteral("margarethe"), QStringLiteral("margarethe margarethe 2026"), false);
        QCOMPARE(withName.code(), ErrorCode::InvalidInput);
        QVERIFY2(withName.message().contains(QLatin1String("username"), Qt::CaseInsensitive), qPrintable(withName.message()));
        // Nothing changed.
        QVERIFY(f.store().signIn(QStringLiteral("margarethe"), staffPassword()).code() != ErrorCode::AuthenticationFailed);
    }

    // ---- MFA ------------------------------------------------------------------------------------

    void enrollmentNeedsAValidCodeAndKeepsTheOldFactorUntilThen()
    {
        StoreFixture f;
        QVERIFY(f.create().isEmpty());
        QVERIFY(f.addUser(QStringLiteral("kim"), {}, staffPassword()).ok());
        f.setTime(QDateTime(QDate(2026, 12, 1), QTime(12, 0, 10), Qt::UTC));
        auto [first, codes] = enrollAndActivate(f, QStringLiteral("kim"));
        QCOMPARE(codes.size(), 10);
        QCOMPARE(first.issuer, QStringLiteral("AuthDesk"));
        QCOMPARE(first.account, QStringLiteral("kim@example.test"));
        QVERIFY(first.secret.size() >= 20);
        f.advance(60);
        // Re-enroll: the old factor keeps working until the new one is activated.
        auto again = f.store().enrollTotp(f.owner(), QStringLiteral("kim"));
        QVERIFY(again.ok());
        auto second = crypto::parseOtpAuthUri(again->uri).value();
        QVERIFY(second.secret != first.secret);
        auto status = f.store().mfaStatus(f.owner(), QStringLiteral("kim"));
        QCOMPARE(status->state, MfaStatus::State::Active);
        QVERIFY(status->pending);
        QVERIFY(f.store().verifyTotp(f.owner(), QStringLiteral("kim"), codeAt(first, f.now())).value());
        // A wrong code activates nothing.
        f.advance(30);
        const QString wrong = codeAt(first, f.now()) == QStringLiteral("000000") ? QStringLiteral("111111") : QStringLiteral("000000");
        auto bad = f.store().activateTotp(f.owner(), QStringLiteral("kim"), wrong);
        QCOMPARE(bad.code(), ErrorCode::AuthenticationFailed);
        QVERIFY(f.store().mfaStatus(f.owner(), QStringLiteral("kim"))->pending);
        // Bad input is a clear error, not a failure.
        QCOMPARE(f.store().activateTotp(f.owner(), QStringLiteral("kim"), QStringLiteral("12a456")).code(), ErrorCode::InvalidInput);
        QCOMPARE(f.store().activateTotp(f.owner(), QStringLiteral("kim"), QStringLiteral("12345")).code(), ErrorCode::InvalidInput);
        auto newCodes = f.store().activateTotp(f.owner(), QStringLiteral("kim"), codeAt(second, f.now()));
        QVERIFY2(newCodes.ok(), qPrintable(describe(newCodes)));
        // Now the old secret is gone, and so are its recovery codes.
        f.advance(30);
        QCOMPARE(f.store().verifyTotp(f.owner(), QStringLiteral("kim"), codeAt(first, f.now())).value(), false);
        QCOMPARE(f.store().useRecoveryCode(f.owner(), QStringLiteral("kim"), codes.first()).value(), false);
        QVERIFY(f.store().verifyTotp(f.owner(), QStringLiteral("kim"), codeAt(second, f.now())).value());
    }

    void replayDriftAndThrottle()
    {
        StoreFixture f;
        QVERIFY(f.create().isEmpty());
        QVERIFY(f.addUser(QStringLiteral("lea"), {}, staffPassword()).ok());
        f.setTime(QDateTime(QDate(2026, 12, 1), QTime(9, 0, 5), Qt::UTC));
        auto [key, codes] = enrollAndActivate(f, QStringLiteral("lea"));
        const QString lea = QStringLiteral("lea");
        // The activation code was accepted once: it is refused again (replay), also at the same step.
        QCOMPARE(f.store().verifyTotp(f.owner(), lea, codeAt(key, f.now())).value(), false);
        f.advance(90); // three steps later; the failure count resets on the next success
        // One step of drift either way is accepted, two are not.
        QCOMPARE(f.store().verifyTotp(f.owner(), lea, codeAt(key, f.now().addSecs(-60))).value(), false);
        QCOMPARE(f.store().verifyTotp(f.owner(), lea, codeAt(key, f.now().addSecs(-30))).value(), true);
        QCOMPARE(f.store().verifyTotp(f.owner(), lea, codeAt(key, f.now().addSecs(30))).value(), true);
        QCOMPARE(f.store().verifyTotp(f.owner(), lea, codeAt(key, f.now())).value(), false); // ≤ the last accepted step
        QCOMPARE(f.store().verifyTotp(f.owner(), lea, codeAt(key, f.now().addSecs(60))).value(), false);
        // Drift is configurable: with 0, only the current step.
        QVERIFY(f.store().setSetting(f.owner(), QStringLiteral("mfa.drift_steps"), QStringLiteral("0")).ok());
        f.advance(300);
        QCOMPARE(f.store().verifyTotp(f.owner(), lea, codeAt(key, f.now().addSecs(30))).value(), false);
        QCOMPARE(f.store().verifyTotp(f.owner(), lea, codeAt(key, f.now())).value(), true);
        QCOMPARE(f.store().mfaStatus(f.owner(), lea)->failedAttempts, 0);

        // Five failures are free; then each attempt has to wait, and is refused until then.
        const QString wrong = QStringLiteral("000000") == codeAt(key, f.now()) ? QStringLiteral("999999") : QStringLiteral("000000");
        for (int i = 0; i < 5; ++i)
            QCOMPARE(f.store().verifyTotp(f.owner(), lea, wrong).value(), false);
        auto throttled = f.store().verifyTotp(f.owner(), lea, codeAt(key, f.now()));
        QCOMPARE(throttled.code(), ErrorCode::RateLimited);
        QVERIFY2(throttled.message().contains(QLatin1String("second")), qPrintable(throttled.message()));
        QCOMPARE(f.store().mfaStatus(f.owner(), lea)->failedAttempts, 5);
        // Recovery codes are counted by the same throttle.
        QCOMPARE(f.store().useRecoveryCode(f.owner(), lea, codes.first()).code(), ErrorCode::RateLimited);
        // After the wait (and in a new step: the current one was used above) a right code works and resets the count.
        f.advance(30);
        QCOMPARE(f.store().verifyTotp(f.owner(), lea, codeAt(key, f.now())).value(), true);
        QCOMPARE(f.store().mfaStatus(f.owner(), lea)->failedAttempts, 0);

        // 100 consecutive failures disable the factor until a new enrollment.
        for (int i = 0; i < 100; ++i) {
            f.advance(301);
            auto r = f.store().verifyTotp(f.owner(), lea, wrong == codeAt(key, f.now()) ? QStringLiteral("123123") : wrong);
            QVERIFY2(r.ok() && !r.value(), qPrintable(QStringLiteral("attempt %1: %2").arg(i).arg(describe(r))));
        }
        auto status = f.store().mfaStatus(f.owner(), lea);
        QCOMPARE(status->state, MfaStatus::State::Disabled);
        QCOMPARE(status->failedAttempts, 100);
        f.advance(301);
        auto disabled = f.store().verifyTotp(f.owner(), lea, codeAt(key, f.now()));
        QCOMPARE(disabled.code(), ErrorCode::PermissionDenied);
        QVERIFY2(disabled.message().contains(QLatin1String("100")), qPrintable(disabled.message()));
        QCOMPARE(f.store().useRecoveryCode(f.owner(), lea, codes.at(1)).code(), ErrorCode::PermissionDenied);
        // Re-enrolling brings it back.
        auto fresh = enrollAndActivate(f, lea);
        f.advance(30);
        QVERIFY(f.store().verifyTotp(f.owner(), lea, codeAt(fresh.first, f.now())).value());
    }

    void recoveryCodesAreSingleUseAndRegenerationInvalidates()
    {
        StoreFixture f;
        QVERIFY(f.create().isEmpty());
        QVERIFY(f.addUser(QStringLiteral("max"), {}, staffPassword()).ok());
        auto [key, codes] = enrollAndActivate(f, QStringLiteral("max"));
        QCOMPARE(codes.size(), 10);
        QCOMPARE(QSet<QString>(codes.cbegin(), codes.cend()).size(), 10);
        for (const QString &c : codes)
            QVERIFY2(c.size() == 19 && c.at(4) == QLatin1Char('-'), qPrintable(c)); // 16 base32 characters = 80 bits
        QVERIFY(f.store().useRecoveryCode(f.owner(), QStringLiteral("max"), codes.at(0)).value());
        QCOMPARE(f.store().useRecoveryCode(f.owner(), QStringLiteral("max"), codes.at(0)).value(), false);
        // Typed in lower case without hyphens it is the same code.
        QVERIFY(f.store().useRecoveryCode(f.owner(), QStringLiteral("max"), codes.at(1).toLower().remove(QLatin1Char('-'))).value());
        QCOMPARE(f.store().useRecoveryCode(f.owner(), QStringLiteral("max"), QStringLiteral("not-a-code")).code(), ErrorCode::InvalidInput);
        QCOMPARE(f.store().mfaStatus(f.owner(), QStringLiteral("max"))->recoveryCodesLeft, 8);
        auto fresh = f.store().regenerateRecoveryCodes(f.owner(), QStringLiteral("max"));
        QVERIFY(fresh.ok());
        QCOMPARE(f.store().useRecoveryCode(f.owner(), QStringLiteral("max"), codes.at(2)).value(), false);
        QVERIFY(f.store().useRecoveryCode(f.owner(), QStringLiteral("max"), fresh->at(2)).value());
        // Stored as salted hashes only.
        RawConnection raw(f.path());
        const auto rows = raw.rows(QStringLiteral("SELECT salt, code_hash FROM recovery_codes"));
        QCOMPARE(rows.size(), 10);
        QVERIFY(rows[0][0].toByteArray() != rows[1][0].toByteArray());
    }

    void noSecretRestsInPlaintext()
    {
        StoreFixture f;
        QVERIFY(f.create().isEmpty());
        QVERIFY(f.addUser(QStringLiteral("nora"), {}, staffPassword()).ok());
        auto [key, codes] = enrollAndActivate(f, QStringLiteral("nora"));
        auto pending = f.store().enrollTotp(f.owner(), QStringLiteral("nora")); // a pending one as well
        QVERIFY(pending.ok());
        const auto pendingKey = crypto::parseOtpAuthUri(pending->uri).value();
        // Look at the WAL while it holds the writes, and at the file after a checkpoint.
        QByteArray everything = readFile(f.path()) + readFile(f.path() + QStringLiteral("-wal")) + everythingUnder(f.keyDir());
        f.close();
        everything += readFile(f.path()) + everythingUnder(f.dirPath());
        for (const QByteArray &secret : {key.secret, pendingKey.secret}) {
            QVERIFY2(!everything.contains(secret), "raw TOTP secret on disk");
            QVERIFY2(!everything.contains(secret.toHex()), "hex TOTP secret on disk");
            QVERIFY2(!everything.contains(secret.toBase64()), "base64 TOTP secret on disk");
            const QByteArray b32 = crypto::base32Encode(secret).toLatin1();
            QVERIFY(b32.size() >= 32);
            QVERIFY2(!everything.contains(b32), "base32 TOTP secret on disk");
            QVERIFY2(!everything.contains(b32.toLower()), "base32 TOTP secret on disk");
        }
        for (const QString &c : codes) {
            QVERIFY2(!everything.contains(c.toLatin1()), "recovery code on disk");
            QVERIFY2(!everything.contains(QString(c).remove(QLatin1Char('-')).toLatin1()), "recovery code on disk");
        }
    }

    void helpdeskCannotEnrollOrActOnAdmins()
    {
        StoreFixture f;
        QVERIFY(f.create().isEmpty());
        auto helpdesk = f.addStaff(QStringLiteral("olga"), {QStringLiteral("helpdesk")});
        QVERIFY(helpdesk.ok());
        QVERIFY(f.addUser(QStringLiteral("paul"), {}, staffPassword()).ok());
        QCOMPARE(f.store().enrollTotp(helpdesk.value(), QStringLiteral("paul")).code(), ErrorCode::PermissionDenied);
        enrollAndActivate(f, ownerName());
        // Checking the owner's code would be an oracle on a more privileged account.
        auto probe = f.store().verifyTotp(helpdesk.value(), ownerName(), QStringLiteral("123456"));
        QCOMPARE(probe.code(), ErrorCode::PermissionDenied);
        RawConnection raw(f.path());
        QVERIFY(raw.scalar(QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'mfa.verify' AND result = 'denied'")).toInt() >= 1);
        // No event carries a code or a secret.
        const auto rows = raw.rows(QStringLiteral("SELECT before_json || after_json || reason FROM audit_events WHERE action LIKE 'mfa.%'"));
        QVERIFY(!rows.isEmpty());
        for (const auto &r : rows)
            QVERIFY2(!r[0].toString().contains(QLatin1String("secret")), qPrintable(r[0].toString()));
    }

    // ---- imported hashes ------------------------------------------------------------------------

    void importKeepsForeignHashesAndUpgradesThemOnVerification()
    {
        StoreFixture f;
        QVERIFY(f.create().isEmpty());
        QTemporaryFile csv;
        QVERIFY(csv.open());
        csv.write("username,email,display_name,roles,password_hash\n"
                  "bc,bc@example.test,B C,,$2a$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW\n"
                  "ba,ba@example.test,B A,,0123456789abcdef0123456789abcdef:e1034727d858e2fca8a705fe561781100520e78064f8d2bfa492937c58df02eb15d40233f809f179c7fb9863b8eb9dc5a8d2dc196c0b9733c05fa426f224856e\n"
                  "dj,dj@example.test,D J,,pbkdf2_sha256$600000$seasalt$JqX3GXFiu9jfHIHiot0rqlJUbmTXbK0fgff0kIvaCW4=\n"
                  "md,md@example.test,M D,,5f4dcc3b5aa765d61d8327deb882cf99\n");
        csv.flush();
        csv.seek(0);
        auto report = f.store().importUsers(f.owner(), csv, {}, {});
        QVERIFY2(report.ok(), qPrintable(describe(report)));
        QCOMPARE(report->imported, 4);
        QCOMPARE(report->resetRequired, 1);
        QCOMPARE(f.store().findUser(f.owner(), QStringLiteral("bc"))->passwordScheme, QStringLiteral("bcrypt"));
        QCOMPARE(f.store().findUser(f.owner(), QStringLiteral("ba"))->passwordScheme, QStringLiteral("scrypt"));
        QCOMPARE(f.store().findUser(f.owner(), QStringLiteral("dj"))->passwordScheme, QStringLiteral("django-pbkdf2-sha256"));
        auto md = f.store().findUser(f.owner(), QStringLiteral("md"));
        QVERIFY(!md->hasPassword);
        QVERIFY(md->mustChangePassword);

        QCOMPARE(f.store().verifyPassword(f.owner(), QStringLiteral("bc"), QStringLiteral("wrong")).value(), false);
        QCOMPARE(f.store().findUser(f.owner(), QStringLiteral("bc"))->passwordScheme, QStringLiteral("bcrypt"));
        QVERIFY(f.store().verifyPassword(f.owner(), QStringLiteral("bc"), QStringLiteral("U*U")).value());
        QCOMPARE(f.store().findUser(f.owner(), QStringLiteral("bc"))->passwordScheme, QStringLiteral("argon2id"));
        QVERIFY(f.store().verifyPassword(f.owner(), QStringLiteral("bc"), QStringLiteral("U*U")).value()); // still, as Argon2id
        QVERIFY(f.store().verifyPassword(f.owner(), QStringLiteral("ba"), QStringLiteral("correct horse battery staple")).value());
        QCOMPARE(f.store().findUser(f.owner(), QStringLiteral("ba"))->passwordScheme, QStringLiteral("argon2id"));
        QVERIFY(f.store().verifyPassword(f.owner(), QStringLiteral("dj"), QStringLiteral("correct horse battery staple")).value());
        QCOMPARE(f.store().findUser(f.owner(), QStringLiteral("dj"))->passwordScheme, QStringLiteral("argon2id"));
        // The upgrade is audited with the schemes, never the hashes.
        RawConnection raw(f.path());
        const auto rows = raw.rows(QStringLiteral("SELECT before_json, after_json FROM audit_events WHERE action = 'user.verify_password' AND result = 'success' ORDER BY id"));
        QVERIFY(rows.size() >= 3);
        QCOMPARE(rows[0][0].toString(), QStringLiteral("{\"password_scheme\":\"bcrypt\"}"));
        QCOMPARE(rows[0][1].toString(), QStringLiteral("{\"password_scheme\":\"argon2id\"}"));
        // A malformed hash names the line and imports nothing.
        QTemporaryFile bad;
        QVERIFY(bad.open());
        bad.write("username,email,display_name,roles,password_hash\nqq,qq@example.test,,,$2b$99$abc\n");
        bad.flush();
        bad.seek(0);
        const qint64 users = f.userCount();
        auto refused = f.store().importUsers(f.owner(), bad, {}, {});
        QCOMPARE(refused.code(), ErrorCode::InvalidInput);
        QVERIFY2(refused.message().contains(QLatin1String("Line 2")), qPrintable(refused.message()));
        QCOMPARE(f.userCount(), users);
    }
};

QTEST_GUILESS_MAIN(TestCredentials)
#include "tst_credentials.moc"
