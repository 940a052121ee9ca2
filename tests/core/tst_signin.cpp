// Sign-in with a second factor against a real store: the password alone never yields a Principal
// for an account with an authenticator; TOTP codes made by oathtool (the independent oracle) sign
// in once each; recovery codes once; the throttle; remembered computers (only the token's SHA-256
// kept, expiry, forgotten after a password or authenticator change and on request); the audit
// trail of every step; the CLI's --otp / AUTHDESK_OTP / --recovery-code.
#include "core/crypto/Base32.h"
#include "core/crypto/Otp.h"
#include "core/crypto/OtpAuthUri.h"
#include "core/policy/StoreSettings.h"
#include "tests/support/Oathtool.h"
#include "tests/support/StoreFixture.h"

#include <QCryptographicHash>
#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace authdesk;
using namespace authdesk::test;

namespace {

const QString kim = QStringLiteral("kim");

QString oathtoolCode(const crypto::OtpAuthUri &key, const QDateTime &at)
{
    return oathtoolTotp(key, at);
}

struct Audit {
    QString action;
    QString result;
    QString reason;
    QString after;
};

// The newest audit events about a user, newest first, read from outside the core.
QList<Audit> auditOf(const StoreFixture &f, const QString &name, int count)
{
    RawConnection raw(f.path());
    QList<Audit> out;
    for (const auto &row : raw.rows(QStringLiteral("SELECT action, result, reason, after_json FROM audit_events WHERE "
                                                   "target_name = '%1' ORDER BY id DESC LIMIT %2")
                                        .arg(name)
                                        .arg(count)))
        out << Audit{row.value(0).toString(), row.value(1).toString(), row.value(2).toString(), row.value(3).toString()};
    return out;
}

} // namespace

class TestSignIn : public QObject {
    Q_OBJECT

private:
    // kim, an admin with an active authenticator enrolled at the fixture's (fixed) time.
    static crypto::OtpAuthUri kimWithMfa(StoreFixture &f, QStringList *recoveryCodes = nullptr)
    {
        f.setTime(QDateTime::fromSecsSinceEpoch(1'900'000'000, Qt::UTC));
        if (!f.addUser(kim, {QStringLiteral("admin")}, staffPassword()).ok())
            qFatal("add kim");
        auto enrolled = f.store().enrollTotp(f.owner(), kim);
        if (!enrolled.ok())
            qFatal("enroll: %s", qPrintable(describe(enrolled)));
        auto key = crypto::parseOtpAuthUri(enrolled->uri);
        if (!key.ok())
            qFatal("parse");
        auto codes =
            f.store().activateTotp(f.owner(), kim, crypto::totp(key->secret, f.now().toSecsSinceEpoch(), key->params));
        if (!codes.ok())
            qFatal("activate: %s", qPrintable(describe(codes)));
        if (recoveryCodes)
            *recoveryCodes = codes.value();
        f.advance(60); // past the activation code's step
        return key.value();
    }

    static Result<SignInResult> withCode(StoreFixture &f, const QString &code, bool remember = false)
    {
        return f.store().signInWithSecondFactor(kim, staffPassword(), code, SecondFactorKind::Totp, remember);
    }

    static Result<SignInResult> withDevice(StoreFixture &f, const QString &token)
    {
        return f.store().signInWithSecondFactor(kim, staffPassword(), token, SecondFactorKind::RememberedDevice,
                                                false);
    }

    static int deviceCount(StoreFixture &f)
    {
        RawConnection raw(f.path());
        return raw.scalar(QStringLiteral("SELECT count(*) FROM trusted_devices")).toInt();
    }

private Q_SLOTS:
    void passwordAloneGivesNoPrincipal()
    {
        StoreFixture f;
        QVERIFY(f.create().isEmpty());
        const auto key = kimWithMfa(f);
        auto r = f.store().signIn(kim, staffPassword());
        QCOMPARE(r.code(), ErrorCode::SecondFactorRequired);
        QVERIFY2(r.message().contains(QLatin1String("authenticator")), qPrintable(r.message()));
        // Recorded as the first step that went through, not as a failure, and not as a sign-in.
        auto audit = auditOf(f, kim, 1);
        QCOMPARE(audit.first().action, QStringLiteral("auth.sign_in_password"));
        QCOMPARE(audit.first().result, QStringLiteral("success"));
        QCOMPARE(audit.first().reason, QStringLiteral("password accepted, second factor required"));
        {
            RawConnection raw(f.path());
            QVERIFY(raw.scalar(QStringLiteral("SELECT last_sign_in_at FROM users WHERE username = 'kim'")).isNull());
        }
        // A wrong password says nothing about the second factor.
        QCOMPARE(f.store().signIn(kim, QStringLiteral("not the password at all")).code(),
                 ErrorCode::AuthenticationFailed);
        // The right code with a wrong password: refused, and the code is not used up by it.
        const QString code = oathtoolCode(key, f.now());
        QVERIFY(!code.isEmpty());
        QCOMPARE(f.store()
                     .signInWithSecondFactor(kim, QStringLiteral("not the password at all"), code,
                                             SecondFactorKind::Totp, false)
                     .code(),
                 ErrorCode::AuthenticationFailed);
        auto ok = withCode(f, code);
        QVERIFY2(ok.ok(), qPrintable(describe(ok)));
        QVERIFY(ok->principal.isValid());
        QCOMPARE(ok->principal.username(), kim);
        QVERIFY(ok->deviceToken.isEmpty());
    }

    void totpFromOathtoolOnceEach()
    {
        StoreFixture f;
        QVERIFY(f.create().isEmpty());
        const auto key = kimWithMfa(f);
        const QString code = oathtoolCode(key, f.now());
        auto first = withCode(f, code);
        QVERIFY2(first.ok(), qPrintable(describe(first)));
        auto audit = auditOf(f, kim, 1);
        QCOMPARE(audit.first().action, QStringLiteral("auth.sign_in"));
        QCOMPARE(audit.first().result, QStringLiteral("success"));
        QCOMPARE(audit.first().reason, QStringLiteral("mfa: totp"));
        {
            RawConnection raw(f.path());
            QVERIFY(!raw.scalar(QStringLiteral("SELECT last_sign_in_at FROM users WHERE username = 'kim'")).isNull());
        }
        // The same code again is a replay, refused like a wrong one and audited as a failed sign-in.
        auto replay = withCode(f, code);
        QCOMPARE(replay.code(), ErrorCode::AuthenticationFailed);
        audit = auditOf(f, kim, 1);
        QCOMPARE(audit.first().action, QStringLiteral("auth.sign_in"));
        QCOMPARE(audit.first().result, QStringLiteral("failed"));
        QCOMPARE(audit.first().reason, QStringLiteral("wrong or reused code"));
        // The next step's code signs in; a code for the step before the last accepted one does not.
        f.advance(30);
        QVERIFY2(withCode(f, oathtoolCode(key, f.now())).ok(), "the next step's code");
        QCOMPARE(withCode(f, oathtoolCode(key, f.now().addSecs(-30))).code(), ErrorCode::AuthenticationFailed);
        // Bad input is a clear error, nothing counted.
        auto bad = withCode(f, QStringLiteral("12a456"));
        QCOMPARE(bad.code(), ErrorCode::InvalidInput);
        QVERIFY2(!bad.message().isEmpty(), "a message");
        // No code, secret or token in the audit trail.
        RawConnection raw(f.path());
        const QString all = raw.rows(QStringLiteral("SELECT group_concat(reason || before_json || after_json, '|') "
                                                    "FROM audit_events"))
                                .first()
                                .value(0)
                                .toString();
        QVERIFY(!all.contains(code));
        QVERIFY(!all.contains(crypto::base32Encode(key.secret)));
    }

    void recoveryCodeOnce()
    {
        StoreFixture f;
        QVERIFY(f.create().isEmpty());
        QStringList codes;
        kimWithMfa(f, &codes);
        auto r = f.store().signInWithSecondFactor(kim, staffPassword(), codes.at(2), SecondFactorKind::RecoveryCode,
                                                  true);
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        // "Remember" is for authenticator codes only: a recovery code leaves no computer remembered.
        QVERIFY(r->deviceToken.isEmpty());
        QCOMPARE(deviceCount(f), 0);
        QCOMPARE(auditOf(f, kim, 1).first().reason, QStringLiteral("mfa: recovery code"));
        auto again = f.store().signInWithSecondFactor(kim, staffPassword(), codes.at(2),
                                                      SecondFactorKind::RecoveryCode, false);
        QCOMPARE(again.code(), ErrorCode::AuthenticationFailed);
        QVERIFY2(again.message().contains(QLatin1String("recovery code")), qPrintable(again.message()));
        QCOMPARE(f.store()
                     .signInWithSecondFactor(kim, staffPassword(), QStringLiteral("not-a-code"),
                                             SecondFactorKind::RecoveryCode, false)
                     .code(),
                 ErrorCode::InvalidInput);
    }

    void wrongCodesAreThrottled()
    {
        StoreFixture f;
        QVERIFY(f.create().isEmpty());
        const auto key = kimWithMfa(f);
        const QString right = oathtoolCode(key, f.now());
        const QString wrong = right == QStringLiteral("000000") ? QStringLiteral("111111") : QStringLiteral("000000");
        for (int i = 0; i < 5; ++i)
            QCOMPARE(withCode(f, wrong).code(), ErrorCode::AuthenticationFailed);
        // Now even the right code waits, and the message says how long.
        auto throttled = withCode(f, right);
        QCOMPARE(throttled.code(), ErrorCode::RateLimited);
        QVERIFY2(throttled.message().contains(QLatin1String("second")), qPrintable(throttled.message()));
        QCOMPARE(auditOf(f, kim, 1).first().result, QStringLiteral("denied"));
        f.advance(2);
        QVERIFY2(withCode(f, oathtoolCode(key, f.now())).ok(), "after the wait");
    }

    void disabledAuthenticatorStillNeedsSecondFactor()
    {
        StoreFixture f;
        QVERIFY(f.create().isEmpty());
        kimWithMfa(f);
        {
            RawConnection raw(f.path());
            QVERIFY(raw.exec(QStringLiteral("UPDATE mfa_factors SET state = 'disabled' WHERE state = 'active'")));
        }
        // Disabling the authenticator by failing 100 times must not leave the password alone enough.
        QCOMPARE(f.store().signIn(kim, staffPassword()).code(), ErrorCode::SecondFactorRequired);
        auto r = withCode(f, QStringLiteral("123456"));
        QCOMPARE(r.code(), ErrorCode::PermissionDenied);
        QVERIFY2(r.message().contains(QLatin1String("disabled")), qPrintable(r.message()));
    }

    void accountWithoutAuthenticatorUnchanged()
    {
        StoreFixture f;
        QVERIFY(f.create().isEmpty());
        QVERIFY(f.addUser(QStringLiteral("lea"), {QStringLiteral("admin")}, staffPassword()).ok());
        QVERIFY(f.store().signIn(QStringLiteral("lea"), staffPassword()).ok());
        auto r = f.store().signInWithSecondFactor(QStringLiteral("lea"), staffPassword(), QStringLiteral("123456"),
                                                  SecondFactorKind::Totp, true);
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        QVERIFY(r->deviceToken.isEmpty());
        QCOMPARE(deviceCount(f), 0);
    }

    void rememberedDevice()
    {
        StoreFixture f;
        QVERIFY(f.create().isEmpty());
        const auto key = kimWithMfa(f);
        auto r = withCode(f, oathtoolCode(key, f.now()), true);
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        const QString token = r->deviceToken;
        QCOMPARE(token.size(), 43); // 256 bits, base64url
        QCOMPARE(r->deviceTokenExpires, f.now().addDays(30));
        QVERIFY2(auditOf(f, kim, 1).first().after.contains(QLatin1String("remembered_device_until")),
                 qPrintable(auditOf(f, kim, 1).first().after));
        {
            // Only the SHA-256 of the token is kept (checked with Qt's own SHA-256, not the store's).
            RawConnection raw(f.path());
            const auto rows = raw.rows(QStringLiteral("SELECT token_hash, label, expires_at - created_at, "
                                                      "last_used_at FROM trusted_devices"));
            QCOMPARE(rows.size(), 1);
            const QByteArray raw32 = QByteArray::fromBase64(token.toLatin1(), QByteArray::Base64UrlEncoding);
            QCOMPARE(raw32.size(), 32);
            QCOMPARE(rows.first().value(0).toByteArray(), QCryptographicHash::hash(raw32, QCryptographicHash::Sha256));
            QCOMPARE(rows.first().value(1).toString(), QStringLiteral("test-machine"));
            QCOMPARE(rows.first().value(2).toLongLong(), qint64(30) * 24 * 3600 * 1000);
            QVERIFY(rows.first().value(3).isNull());
        }
        f.close();
        QVERIFY2(!readFile(f.path()).contains(token.toLatin1()), "the token is in the store file");
        QVERIFY(f.reopen().isEmpty());

        // This computer now skips the code…
        f.advance(3600);
        auto again = withDevice(f, token);
        QVERIFY2(again.ok(), qPrintable(describe(again)));
        QCOMPARE(again->principal.username(), kim);
        QCOMPARE(auditOf(f, kim, 1).first().reason, QStringLiteral("mfa: remembered device"));
        // … but not with a wrong password, and no other token works.
        QCOMPARE(f.store()
                     .signInWithSecondFactor(kim, QStringLiteral("not the password at all"), token,
                                             SecondFactorKind::RememberedDevice, false)
                     .code(),
                 ErrorCode::AuthenticationFailed);
        QString other = token;
        other[5] = other[5] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        QCOMPARE(withDevice(f, other).code(), ErrorCode::SecondFactorRequired);
        QCOMPARE(withDevice(f, QStringLiteral("garbage")).code(), ErrorCode::SecondFactorRequired);
        QCOMPARE(auditOf(f, kim, 1).first().result, QStringLiteral("failed"));
        // Another user cannot use kim's token.
        QVERIFY(f.addUser(QStringLiteral("lea"), {QStringLiteral("admin")}, staffPassword()).ok());
        const auto leaKey = crypto::parseOtpAuthUri(f.store().enrollTotp(f.owner(), QStringLiteral("lea"))->uri);
        QVERIFY(f.store()
                    .activateTotp(f.owner(), QStringLiteral("lea"),
                                  crypto::totp(leaKey->secret, f.now().toSecsSinceEpoch(), leaKey->params))
                    .ok());
        QCOMPARE(f.store()
                     .signInWithSecondFactor(QStringLiteral("lea"), staffPassword(), token,
                                             SecondFactorKind::RememberedDevice, false)
                     .code(),
                 ErrorCode::SecondFactorRequired);

        // Expired after signin.remember_days: asked for the code again.
        f.advance(30 * 24 * 3600);
        auto expired = withDevice(f, token);
        QCOMPARE(expired.code(), ErrorCode::SecondFactorRequired);
        QVERIFY2(expired.message().contains(QLatin1String("code")), qPrintable(expired.message()));
    }

    void rememberSetting_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
        QTest::newRow("remember 0") << StoreSettings::SignInRememberDays << QStringLiteral("0") << true;
        QTest::newRow("remember 365") << StoreSettings::SignInRememberDays << QStringLiteral("365") << true;
        QTest::newRow("remember -1") << StoreSettings::SignInRememberDays << QStringLiteral("-1") << false;
        QTest::newRow("remember 366") << StoreSettings::SignInRememberDays << QStringLiteral("366") << false;
        QTest::newRow("remember text") << StoreSettings::SignInRememberDays << QStringLiteral("a week") << false;
        QTest::newRow("idle 1") << StoreSettings::ConsoleIdleLockMinutes << QStringLiteral("1") << true;
        QTest::newRow("idle 1440") << StoreSettings::ConsoleIdleLockMinutes << QStringLiteral("1440") << true;
        QTest::newRow("idle 0") << StoreSettings::ConsoleIdleLockMinutes << QStringLiteral("0") << false;
        QTest::newRow("idle 1441") << StoreSettings::ConsoleIdleLockMinutes << QStringLiteral("1441") << false;
        QTest::newRow("reauth 168") << StoreSettings::ConsoleReauthHours << QStringLiteral("168") << true;
        QTest::newRow("reauth 0") << StoreSettings::ConsoleReauthHours << QStringLiteral("0") << false;
        QTest::newRow("reauth 169") << StoreSettings::ConsoleReauthHours << QStringLiteral("169") << false;
    }

    void rememberSetting()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(bool, valid);
        StoreFixture f;
        QVERIFY(f.create().isEmpty());
        auto before = f.store().signInPolicy();
        QVERIFY(before.ok());
        QCOMPARE(before->rememberDays, 30);
        QCOMPARE(before->idleLockMinutes, 15);
        QCOMPARE(before->reauthHours, 12);
        auto s = f.store().setSetting(f.owner(), key, value);
        QCOMPARE(s.ok(), valid);
        auto after = f.store().signInPolicy();
        QVERIFY(after.ok());
        const int shown = key == StoreSettings::SignInRememberDays ? after->rememberDays
            : key == StoreSettings::ConsoleIdleLockMinutes         ? after->idleLockMinutes
                                                                   : after->reauthHours;
        if (valid) {
            QCOMPARE(shown, value.toInt());
        } else {
            QCOMPARE(s.code(), ErrorCode::InvalidInput);
            QVERIFY2(s.message().contains(key), qPrintable(s.message()));
            QCOMPARE(shown, StoreSettings::defaultValue(key).toInt());
        }
    }

    void rememberOffIssuesAndAcceptsNoToken()
    {
        StoreFixture f;
        QVERIFY(f.create().isEmpty());
        const auto key = kimWithMfa(f);
        auto r = withCode(f, oathtoolCode(key, f.now()), true);
        QVERIFY(r.ok() && !r->deviceToken.isEmpty());
        QVERIFY(f.store().setSetting(f.owner(), StoreSettings::SignInRememberDays, QStringLiteral("0")).ok());
        QCOMPARE(withDevice(f, r->deviceToken).code(), ErrorCode::SecondFactorRequired);
        f.advance(30);
        auto off = withCode(f, oathtoolCode(key, f.now()), true);
        QVERIFY2(off.ok(), qPrintable(describe(off)));
        QVERIFY(off->deviceToken.isEmpty());
    }

    void devicesForgotten_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("password reset by an admin") << QStringLiteral("reset");
        QTest::newRow("own password changed") << QStringLiteral("change");
        QTest::newRow("authenticator replaced") << QStringLiteral("replace");
        QTest::newRow("authenticator disabled by wrong codes") << QStringLiteral("disable");
        QTest::newRow("forgotten by the owner") << QStringLiteral("forget");
        QTest::newRow("forgotten by kim herself") << QStringLiteral("forget-own");
    }

    void devicesForgotten()
    {
        QFETCH(QString, how);
        StoreFixture f;
        QVERIFY(f.create().isEmpty());
        const auto key = kimWithMfa(f);
        auto r = withCode(f, oathtoolCode(key, f.now()), true);
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        const QString token = r->deviceToken;
        const Principal kimP = r->principal;
        QCOMPARE(deviceCount(f), 1);
        QString password = staffPassword();
        if (how == QLatin1String("reset")) {
            password = QStringLiteral("a brand new password for kim");
            QVERIFY(f.store().setPassword(f.owner(), kim, password, false).ok());
        } else if (how == QLatin1String("change")) {
            password = QStringLiteral("a brand new password for kim");
            auto s = f.store().changeOwnPassword(kimP, staffPassword(), password);
            QVERIFY2(s.ok(), qPrintable(describe(s)));
        } else if (how == QLatin1String("replace")) {
            auto enrolled = f.store().enrollTotp(f.owner(), kim);
            auto second = crypto::parseOtpAuthUri(enrolled->uri);
            f.advance(30);
            QVERIFY(f.store()
                        .activateTotp(f.owner(), kim,
                                      crypto::totp(second->secret, f.now().toSecsSinceEpoch(), second->params))
                        .ok());
        } else if (how == QLatin1String("disable")) {
            RawConnection raw(f.path());
            QVERIFY(raw.exec(QStringLiteral("UPDATE mfa_factors SET failed_count = 99, last_failure_at = NULL")));
            auto wrong = f.store().verifyTotp(f.owner(), kim, QStringLiteral("000000"));
            QVERIFY2(wrong.ok() && !wrong.value(), qPrintable(describe(wrong)));
            QCOMPARE(f.store().mfaStatus(f.owner(), kim)->state, MfaStatus::State::Disabled);
        } else if (how == QLatin1String("forget")) {
            auto n = f.store().forgetDevices(f.owner(), kim);
            QVERIFY2(n.ok(), qPrintable(describe(n)));
            QCOMPARE(n.value(), 1);
            auto audit = auditOf(f, kim, 1);
            QCOMPARE(audit.first().action, QStringLiteral("mfa.forget_devices"));
            QCOMPARE(audit.first().result, QStringLiteral("success"));
        } else {
            auto n = f.store().forgetDevices(kimP, kim);
            QVERIFY2(n.ok(), qPrintable(describe(n)));
            QCOMPARE(n.value(), 1);
        }
        QCOMPARE(deviceCount(f), 0);
        auto again = f.store().signInWithSecondFactor(kim, password, token, SecondFactorKind::RememberedDevice, false);
        // Not remembered any more: the code is asked for again.
        QCOMPARE(again.code(), ErrorCode::SecondFactorRequired);
    }

    void forgetDevicesOfOthersNeedsPermission()
    {
        StoreFixture f;
        QVERIFY(f.create().isEmpty());
        kimWithMfa(f);
        auto auditor = f.addStaff(QStringLiteral("otto"), {QStringLiteral("auditor")});
        QVERIFY2(auditor.ok(), qPrintable(describe(auditor)));
        auto refused = f.store().forgetDevices(auditor.value(), kim);
        QCOMPARE(refused.code(), ErrorCode::PermissionDenied);
        QVERIFY2(refused.message().contains(QLatin1String("mfa.reset")), qPrintable(refused.message()));
        QCOMPARE(auditOf(f, kim, 1).first().result, QStringLiteral("denied"));
        // One's own remembered computers: no permission needed.
        QVERIFY(f.store().forgetDevices(auditor.value(), QStringLiteral("otto")).ok());
        QCOMPARE(f.store().forgetDevices(f.owner(), QStringLiteral("nobody-here")).code(), ErrorCode::NotFound);
    }

    void cliNeedsOtp()
    {
        StoreFixture f;
        QVERIFY(f.create().isEmpty());
        // Enrolled 90 s ago (the store's clock), so the CLI's codes of now are new steps.
        f.setTime(QDateTime::currentDateTimeUtc().addSecs(-90));
        QVERIFY(f.addUser(kim, {QStringLiteral("admin")}, staffPassword()).ok());
        auto enrolled = f.store().enrollTotp(f.owner(), kim);
        QVERIFY(enrolled.ok());
        const auto key = crypto::parseOtpAuthUri(enrolled->uri).value();
        QVERIFY(f.store().activateTotp(f.owner(), kim, crypto::totp(key.secret, f.now().toSecsSinceEpoch(), key.params)).ok());
        f.close();

        auto cli = [&](const QStringList &args, const QString &otpEnv = {}) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("AUTHDESK_PASSWORD"), staffPassword());
            env.remove(QStringLiteral("AUTHDESK_OTP"));
            if (!otpEnv.isEmpty())
                env.insert(QStringLiteral("AUTHDESK_OTP"), otpEnv);
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(AUTHDESK_CLI_PATH),
                    QStringList{QStringLiteral("--store"), f.path(), QStringLiteral("--as"), kim} + args);
            p.waitForFinished(120000);
            return std::make_pair(p.exitCode(), QString::fromUtf8(p.readAllStandardError()));
        };
        const QStringList list{QStringLiteral("user"), QStringLiteral("list")};
        auto none = cli(list);
        QCOMPARE(none.first, 1);
        QVERIFY2(none.second.contains(QLatin1String("this account needs its authenticator code: pass --otp")),
                 qPrintable(none.second));
        auto wrong = cli(QStringList{QStringLiteral("--otp"), QStringLiteral("000000")} + list);
        // Either wrong (almost always) or, by a one-in-a-million chance, right.
        if (oathtoolCode(key, QDateTime::currentDateTimeUtc()) != QLatin1String("000000")) {
            QCOMPARE(wrong.first, 1);
            QVERIFY2(wrong.second.contains(QLatin1String("wrong")), qPrintable(wrong.second));
        }
        auto viaEnv = cli(list, oathtoolCode(key, QDateTime::currentDateTimeUtc()));
        QVERIFY2(viaEnv.first == 0, qPrintable(viaEnv.second));
        const QString code = oathtoolCode(key, QDateTime::currentDateTimeUtc().addSecs(30));
        auto ok = cli(QStringList{QStringLiteral("--otp"), code} + list);
        QVERIFY2(ok.first == 0, qPrintable(ok.second));
        // The same code again is a replay.
        auto replay = cli(QStringList{QStringLiteral("--otp"), code} + list);
        QCOMPARE(replay.first, 1);
        auto both = cli(QStringList{QStringLiteral("--otp"), code, QStringLiteral("--recovery-code"), code} + list);
        QCOMPARE(both.first, 1);
        QVERIFY2(both.second.contains(QLatin1String("either --otp or --recovery-code")), qPrintable(both.second));
    }
};

QTEST_GUILESS_MAIN(TestSignIn)
#include "tst_signin.moc"
