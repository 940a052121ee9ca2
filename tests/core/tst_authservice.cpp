// AuthService against a real store: applications' logins with server sessions, the Keycloak-rule
// brute-force protection and its generic answer, admin unlock, validation, idle and absolute
// expiry, logout and sign-out everywhere, the automatic end of access on disable, password reset
// and MFA reset, the "must change password" restriction, and the service key file that gives an
// application the data key. TOTP codes come from oathtool.

#include "core/auth/AuthService.h"
#include "core/auth/Jwt.h"
#include "core/auth/Lockout.h"
#include "core/auth/OpaqueToken.h"
#include "core/crypto/OtpAuthUri.h"
#include "core/policy/StoreSettings.h"
#include "tests/support/Oathtool.h"
#include "tests/support/StoreFixture.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace authdesk;
using namespace authdesk::test;

namespace {

const QString alice = QStringLiteral("alice");

// A store with its owner, the user alice (staffPassword) and a service key file written 0600.
struct AppFixture {
    StoreFixture f;
    QString keyFile;
    std::unique_ptr<AuthService> auth;

    QString setUp()
    {
        f.setTime(QDateTime(QDate(2026, 12, 3), QTime(9, 0), Qt::UTC));
        if (auto e = f.create(); !e.isEmpty())
            return e;
        if (auto u = f.addUser(alice, {}, staffPassword()); !u.ok())
            return describe(u);
        auto grant = f.store().createServiceSlot(f.owner(), QStringLiteral("test app"));
        if (!grant.ok())
            return describe(grant);
        keyFile = f.dirPath() + QStringLiteral("/app.key");
        QFile file(keyFile);
        if (!file.open(QIODevice::WriteOnly) || file.write(grant->keyFile) != grant->keyFile.size())
            return QStringLiteral("cannot write the key file");
        file.close();
        QFile::setPermissions(keyFile, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        auto opened = AuthService::open(f.options(), keyFile);
        if (!opened.ok())
            return describe(opened);
        auth = std::move(opened.value());
        return {};
    }

    Result<LoginResult> login(const QString &who, const QString &password, const QString &otp = {})
    {
        LoginRequest r;
        r.identifier = who;
        r.password = password;
        r.otp = otp;
        r.client = {QStringLiteral("192.0.2.7"), QStringLiteral("tst_authservice/1.0")};
        return auth->login(r);
    }

    qint64 scalar(const QString &sql)
    {
        RawConnection raw(f.path());
        return raw.scalar(sql).toLongLong();
    }

    void setSetting(const QString &key, const QString &value)
    {
        auto s = f.store().setSetting(f.owner(), key, value);
        QVERIFY2(s.ok(), qPrintable(describe(s)));
    }
};

crypto::OtpAuthUri enroll(StoreFixture &f, const QString &name)
{
    auto enrolled = f.store().enrollTotp(f.owner(), name);
    if (!enrolled.ok())
        qFatal("enroll: %s", qPrintable(describe(enrolled)));
    auto key = crypto::parseOtpAuthUri(enrolled->uri);
    if (!key.ok())
        qFatal("parse");
    auto activated = f.store().activateTotp(f.owner(), name, oathtoolTotp(key.value(), f.now()));
    if (!activated.ok())
        qFatal("activate: %s", qPrintable(describe(activated)));
    f.advance(60); // past the activation code's step
    return key.value();
}

// The message the command notifier kept, parsed by Python's email package (tests/support/parse_eml.py).
QJsonObject parseMail(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral(PARSE_EML_PY), path});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        qWarning("parse_eml: %s", p.readAllStandardError().constData());
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

QString tokenIn(const QString &text, const QString &prefix)
{
    const QRegularExpression re(QRegularExpression::escape(prefix) + QStringLiteral("[A-Za-z0-9_-]{43}"));
    return re.match(text).captured(0);
}

} // namespace

class TestAuthService : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // ---- the lockout rule itself, in Keycloak's numbers --------------------------------------
    void lockoutRuleFollowsKeycloak()
    {
        const LockoutRule rule; // Keycloak's defaults: 30 failures, +60 s, at most 900 s, reset after 12 h
        QCOMPARE(rule.failureFactor, 30);
        QCOMPARE(rule.waitIncrementSeconds, 60);
        QCOMPARE(rule.maxWaitSeconds, 900);
        QCOMPARE(rule.failureResetSeconds, 12 * 3600);
        QCOMPARE(rule.quickLoginMs, 1000);
        QCOMPARE(rule.quickLoginWaitSeconds, 60);
        QDateTime t(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        LockoutState s;
        // 29 failures 5 s apart: counted, never locked.
        for (int i = 1; i <= 29; ++i) {
            s = lockout::afterFailure(rule, s, t);
            QCOMPARE(s.failures, i);
            QVERIFY(!s.isLocked(t));
            t = t.addSecs(5);
        }
        // The 30th locks for 60 s; the 60th for 120 s; the count keeps going while it is respected.
        s = lockout::afterFailure(rule, s, t);
        QCOMPARE(s.failures, 30);
        QCOMPARE(s.lockedUntil, t.addSecs(60));
        for (int i = 31; i <= 60; ++i) {
            t = t.addSecs(61 * ((i - 1) / 30));
            s = lockout::afterFailure(rule, s, t);
        }
        QCOMPARE(s.failures, 60);
        QCOMPARE(s.lockedUntil, t.addSecs(120));
        // At 30 × 20 failures the wait would be 1200 s: capped at 900.
        LockoutState many{599, t, {}};
        t = t.addSecs(5);
        s = lockout::afterFailure(rule, many, t);
        QCOMPARE(s.failures, 600);
        QCOMPARE(s.lockedUntil, t.addSecs(900));
        // Two failures under a second apart are a script: 60 s at once, even at the second failure.
        LockoutState one = lockout::afterFailure(rule, {}, t);
        QVERIFY(!one.isLocked(t));
        const QDateTime quick = t.addMSecs(400);
        LockoutState two = lockout::afterFailure(rule, one, quick);
        QCOMPARE(two.failures, 2);
        QCOMPARE(two.lockedUntil, quick.addSecs(60));
        // The first failure ever is not "quick" (there is no previous one).
        QVERIFY(!lockout::afterFailure(rule, {}, t).lockedUntil.isValid());
        // 12 h and a second after the last failure the count starts again.
        LockoutState old{29, t, {}};
        const QDateTime later = t.addSecs(12 * 3600 + 1);
        s = lockout::afterFailure(rule, old, later);
        QCOMPARE(s.failures, 1);
        QVERIFY(!s.isLocked(later));
        // …but not at exactly 12 h: the 30th failure locks.
        s = lockout::afterFailure(rule, old, t.addSecs(12 * 3600));
        QCOMPARE(s.failures, 30);
        QVERIFY(s.isLocked(t.addSecs(12 * 3600)));
    }

    // ---- login, validate, logout ---------------------------------------------------------------
    void sessionLoginValidateLogout()
    {
        AppFixture a;
        QString e = a.setUp();
        QVERIFY2(e.isEmpty(), qPrintable(e));
        auto login = a.login(alice, staffPassword());
        QVERIFY2(login.ok(), qPrintable(describe(login)));
        QCOMPARE(login->mode, TokenMode::Session);
        QVERIFY(token::isWellFormed(login->sessionToken, token::SessionPrefix));
        QCOMPARE(login->username, alice);
        QVERIFY(!login->mfaUsed);
        QVERIFY(!login->passwordChangeOnly);
        // Defaults: 30 minutes idle, 24 hours absolute.
        QCOMPARE(login->sessionIdleExpiresAt, a.f.now().addSecs(30 * 60));
        QCOMPARE(login->sessionExpiresAt, a.f.now().addSecs(24 * 3600));
        // Only the hash is in the store; the row has what the client said.
        QCOMPARE(a.scalar(QStringLiteral("SELECT count(*) FROM sessions WHERE token_hash = x'%1'")
                              .arg(QString::fromLatin1(token::hash(login->sessionToken).toHex()))),
                 1);
        RawConnection raw(a.f.path());
        const auto row = raw.rows(QStringLiteral("SELECT ip, user_agent, kind FROM sessions"));
        QCOMPARE(row.size(), 1);
        QCOMPARE(row[0][0].toString(), QStringLiteral("192.0.2.7"));
        QCOMPARE(row[0][1].toString(), QStringLiteral("tst_authservice/1.0"));
        QCOMPARE(row[0][2].toString(), QStringLiteral("session"));
        const QByteArray wholeFile = readFile(a.f.path()) + readFile(a.f.path() + QStringLiteral("-wal"));
        QVERIFY(!wholeFile.contains(login->sessionToken.toUtf8()));

        auto who = a.auth->validate(login->sessionToken);
        QVERIFY2(who.ok(), qPrintable(describe(who)));
        QCOMPARE(who->username, alice);
        QCOMPARE(who->sessionId, login->sessionId);
        // Login by email works the same.
        QVERIFY(a.login(alice + QStringLiteral("@example.test"), staffPassword()).ok());

        QVERIFY(a.auth->logout(login->sessionToken).ok());
        auto after = a.auth->validate(login->sessionToken);
        QCOMPARE(after.code(), ErrorCode::AuthenticationFailed);
        QVERIFY2(after.message().contains(QStringLiteral("ended")), qPrintable(after.message()));
        QVERIFY(a.auth->logout(login->sessionToken).ok()); // twice is no error
        // A token that was never issued, a malformed one, a refresh-looking one: each says why.
        auto unknown = a.auth->validate(token::generate(token::SessionPrefix));
        QVERIFY(unknown.message().contains(QStringLiteral("unknown")));
        QVERIFY(a.auth->validate(QStringLiteral("ads_short")).message().contains(QStringLiteral("not a session token")));
        QVERIFY(a.auth->validate(token::generate(token::RefreshPrefix)).message().contains(QStringLiteral("refresh token")));
        // Every attempt is audited: two logins and a logout; never the token.
        QCOMPARE(a.scalar(QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'auth.login' AND result = 'success'")), 2);
        QCOMPARE(a.scalar(QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'auth.logout'")), 1);
        QCOMPARE(a.scalar(QStringLiteral("SELECT count(*) FROM audit_events WHERE after LIKE '%ads_%' OR "
                                         "before LIKE '%ads_%' OR reason LIKE '%ads_%'")),
                 0);
    }

    void idleAndAbsoluteExpiry()
    {
        AppFixture a;
        QString e = a.setUp();
        QVERIFY2(e.isEmpty(), qPrintable(e));
        a.setSetting(StoreSettings::AuthSessionIdleMinutes, QStringLiteral("10"));
        a.setSetting(StoreSettings::AuthSessionAbsoluteHours, QStringLiteral("1"));
        auto login = a.login(alice, staffPassword());
        QVERIFY2(login.ok(), qPrintable(describe(login)));
        // Used every 9 minutes, it lives past its first idle limit …
        for (int i = 0; i < 6; ++i) {
            a.f.advance(9 * 60);
            auto v = a.auth->validate(login->sessionToken);
            QVERIFY2(v.ok(), qPrintable(QStringLiteral("after %1 min: %2").arg((i + 1) * 9).arg(describe(v))));
        }
        // … but not past its absolute hour (54 min + 9 = 63 min).
        a.f.advance(9 * 60);
        auto absolute = a.auth->validate(login->sessionToken);
        QVERIFY(!absolute.ok());
        QVERIFY2(absolute.message().contains(QStringLiteral("absolute")), qPrintable(absolute.message()));
        // Unused for 10 minutes: ended.
        auto second = a.login(alice, staffPassword());
        QVERIFY(second.ok());
        a.f.advance(10 * 60);
        auto idle = a.auth->validate(second->sessionToken);
        QVERIFY(!idle.ok());
        QVERIFY2(idle.message().contains(QStringLiteral("unused")), qPrintable(idle.message()));
    }

    // ---- brute force ------------------------------------------------------------------------
    void genericErrorForEveryFailure()
    {
        AppFixture a;
        QString e = a.setUp();
        QVERIFY2(e.isEmpty(), qPrintable(e));
        auto unknown = a.login(QStringLiteral("nobody"), staffPassword());
        a.f.advance(5);
        auto wrong = a.login(alice, QStringLiteral("not the password at all"));
        QCOMPARE(unknown.code(), ErrorCode::AuthenticationFailed);
        QCOMPARE(wrong.code(), ErrorCode::AuthenticationFailed);
        QCOMPARE(unknown.message(), wrong.message());
        QCOMPARE(a.scalar(QStringLiteral("SELECT login_failures FROM users WHERE username = 'alice'")), 1);
    }

    void lockoutLocksAndUnlocks()
    {
        AppFixture a;
        QString e = a.setUp();
        QVERIFY2(e.isEmpty(), qPrintable(e));
        a.setSetting(StoreSettings::LockoutFailureFactor, QStringLiteral("3"));
        a.setSetting(StoreSettings::LockoutWaitIncrement, QStringLiteral("120"));
        const QString generic = a.login(QStringLiteral("nobody"), QStringLiteral("x")).message();
        for (int i = 0; i < 3; ++i) {
            a.f.advance(5);
            QCOMPARE(a.login(alice, QStringLiteral("wrong password %1").arg(i)).message(), generic);
        }
        // Locked: the right password gets the same answer, and does not count.
        a.f.advance(5);
        auto locked = a.login(alice, staffPassword());
        QCOMPARE(locked.code(), ErrorCode::AuthenticationFailed);
        QCOMPARE(locked.message(), generic);
        QCOMPARE(a.scalar(QStringLiteral("SELECT login_failures FROM users WHERE username = 'alice'")), 3);
        QCOMPARE(a.scalar(QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'auth.login' AND "
                                         "result = 'denied' AND reason LIKE 'locked%'")),
                 1);
        // The console sees it, and the list's "locked" filter finds it.
        auto state = a.f.store().lockoutState(a.f.owner(), alice);
        QVERIFY(state.ok());
        QVERIFY(state->isLocked(a.f.now()));
        UserQuery q;
        q.filter.lockedOnly = true;
        auto page = a.f.store().listUsers(a.f.owner(), q);
        QVERIFY2(page.ok(), qPrintable(describe(page)));
        QCOMPARE(page->users.size(), 1);
        QCOMPARE(page->users[0].username, alice);
        QVERIFY(page->users[0].locked);
        // After the wait (120 s from the third failure) the right password works and clears the count.
        a.f.advance(116);
        QVERIFY(a.login(alice, staffPassword()).ok());
        QCOMPARE(a.scalar(QStringLiteral("SELECT login_failures FROM users WHERE username = 'alice'")), 0);
        // Locked again, then unlocked by an administrator at once.
        for (int i = 0; i < 3; ++i) {
            a.f.advance(5);
            (void)a.login(alice, QStringLiteral("wrong again %1").arg(i));
        }
        QVERIFY(!a.login(alice, staffPassword()).ok());
        auto unlocked = a.f.store().unlockUser(a.f.owner(), alice);
        QVERIFY2(unlocked.ok(), qPrintable(describe(unlocked)));
        QVERIFY(!unlocked->locked);
        QVERIFY(a.login(alice, staffPassword()).ok());
        QCOMPARE(a.scalar(QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'user.unlock'")), 1);
        // A helpdesk operator without users.disable may not unlock.
        auto viewer = a.f.addStaff(QStringLiteral("val"), {QStringLiteral("auditor")});
        QVERIFY2(viewer.ok(), qPrintable(describe(viewer)));
        QCOMPARE(a.f.store().unlockUser(viewer.value(), alice).code(), ErrorCode::PermissionDenied);
    }

    void quickFailuresLockAtOnce()
    {
        AppFixture a;
        QString e = a.setUp();
        QVERIFY2(e.isEmpty(), qPrintable(e));
        (void)a.login(alice, QStringLiteral("wrong one"));
        // The clock does not move: the second failure is "quick" and locks for 60 s.
        (void)a.login(alice, QStringLiteral("wrong two"));
        QVERIFY(!a.login(alice, staffPassword()).ok());
        a.f.advance(61);
        QVERIFY(a.login(alice, staffPassword()).ok());
    }

    void secondFactorCountsAndWorks()
    {
        AppFixture a;
        QString e = a.setUp();
        QVERIFY2(e.isEmpty(), qPrintable(e));
        const auto key = enroll(a.f, alice);
        // The right password without a code: asked for it, and it counts as a failure.
        auto missing = a.login(alice, staffPassword());
        QCOMPARE(missing.code(), ErrorCode::SecondFactorRequired);
        QCOMPARE(a.scalar(QStringLiteral("SELECT login_failures FROM users WHERE username = 'alice'")), 1);
        a.f.advance(5);
        // A wrong code and a malformed one: the generic answer, counted.
        const QString right = oathtoolTotp(key, a.f.now());
        const QString wrongCode = right == QStringLiteral("000000") ? QStringLiteral("111111") : QStringLiteral("000000");
        auto wrong = a.login(alice, staffPassword(), wrongCode);
        QCOMPARE(wrong.code(), ErrorCode::AuthenticationFailed);
        a.f.advance(5);
        QCOMPARE(a.login(alice, staffPassword(), QStringLiteral("12ab")).code(), ErrorCode::AuthenticationFailed);
        QCOMPARE(a.scalar(QStringLiteral("SELECT login_failures FROM users WHERE username = 'alice'")), 3);
        a.f.advance(31); // past the authenticator's own wait after a wrong code, into a new step
        auto ok = a.login(alice, staffPassword(), oathtoolTotp(key, a.f.now()));
        QVERIFY2(ok.ok(), qPrintable(describe(ok)));
        QVERIFY(ok->mfaUsed);
        QCOMPARE(a.scalar(QStringLiteral("SELECT mfa_used FROM sessions WHERE id = %1").arg(ok->sessionId)), 1);
        QCOMPARE(a.scalar(QStringLiteral("SELECT login_failures FROM users WHERE username = 'alice'")), 0);
        // No code reaches the audit log.
        QCOMPARE(a.scalar(QStringLiteral("SELECT count(*) FROM audit_events WHERE after LIKE '%%1%' OR reason LIKE '%%1%'")
                              .arg(wrongCode)),
                 0);
    }

    // ---- the end of access -----------------------------------------------------------------
    void disablePasswordResetAndMfaResetEndAccess()
    {
        AppFixture a;
        QString e = a.setUp();
        QVERIFY2(e.isEmpty(), qPrintable(e));
        auto one = a.login(alice, staffPassword());
        QVERIFY(one.ok());
        QVERIFY(a.f.store().disableUser(a.f.owner(), alice, QStringLiteral("left the company"), {}).ok());
        auto disabled = a.auth->validate(one->sessionToken);
        QVERIFY(!disabled.ok());
        QVERIFY2(disabled.message().contains(QStringLiteral("user disabled")), qPrintable(disabled.message()));
        // A disabled user cannot log in (told so once the password checked out).
        QCOMPARE(a.login(alice, staffPassword()).code(), ErrorCode::PermissionDenied);
        QVERIFY(a.f.store().enableUser(a.f.owner(), alice).ok());
        // The old session stays ended after enabling.
        QVERIFY(!a.auth->validate(one->sessionToken).ok());

        auto two = a.login(alice, staffPassword());
        QVERIFY(two.ok());
        const QString newPassword = QStringLiteral("a different long passphrase 42");
        QVERIFY(a.f.store().setPassword(a.f.owner(), alice, newPassword, false).ok());
        auto reset = a.auth->validate(two->sessionToken);
        QVERIFY(!reset.ok());
        QVERIFY2(reset.message().contains(QStringLiteral("password reset")), qPrintable(reset.message()));

        enroll(a.f, alice);
        a.f.advance(60);
        // A first reset takes the authenticator away, so password logins make sessions again.
        QVERIFY(a.f.store().resetMfa(a.f.owner(), alice, [] {
                              MfaResetRequest r;
                              r.ticket = QStringLiteral("INC-1");
                              r.reason = QStringLiteral("phone lost");
                              return r;
                          }())
                    .ok());
        auto s1 = a.login(alice, newPassword);
        auto s2 = a.login(alice, newPassword);
        QVERIFY2(s1.ok() && s2.ok(), qPrintable(describe(s1)));
        QVERIFY(a.f.addUser(QStringLiteral("bob"), {}, staffPassword()).ok());
        auto bob = a.login(QStringLiteral("bob"), staffPassword());
        QVERIFY(bob.ok());
        a.setSetting(StoreSettings::AuthSessionIdleMinutes, QStringLiteral("1"));
        auto stale = a.login(alice, newPassword);
        QVERIFY(stale.ok());
        a.setSetting(StoreSettings::AuthSessionIdleMinutes, QStringLiteral("30"));
        a.f.advance(50);
        QVERIFY(a.auth->validate(s1->sessionToken).ok()); // touches s1
        a.f.advance(20);                                    // stale's idle minute has passed
        QVERIFY(!a.auth->validate(stale->sessionToken).ok());
        // Two live sessions, one idle-expired and one of another user: the MFA reset ends the two live ones only.
        enroll(a.f, alice);
        auto reset2 = a.f.store().resetMfa(a.f.owner(), alice, [] {
            MfaResetRequest r;
            r.ticket = QStringLiteral("INC-2");
            r.reason = QStringLiteral("phone lost again");
            return r;
        }());
        QVERIFY2(reset2.ok(), qPrintable(describe(reset2)));
        QCOMPARE(reset2->sessionsRevoked, 2); // s1 and s2; stale had ended by itself
        QVERIFY(!a.auth->validate(s1->sessionToken).ok());
        QVERIFY(!a.auth->validate(s2->sessionToken).ok());
        QVERIFY(a.auth->validate(bob->sessionToken).ok());
    }

    void signOutEverywhereAndRevokeOne()
    {
        AppFixture a;
        QString e = a.setUp();
        QVERIFY2(e.isEmpty(), qPrintable(e));
        QVERIFY(a.f.addUser(QStringLiteral("bob"), {}, staffPassword()).ok());
        auto s1 = a.login(alice, staffPassword());
        a.f.advance(2);
        auto s2 = a.login(alice, staffPassword());
        auto b1 = a.login(QStringLiteral("bob"), staffPassword());
        QVERIFY(s1.ok() && s2.ok() && b1.ok());
        // The console's list: everyone's, or one user's.
        auto all = a.f.store().listSessions(a.f.owner(), {});
        QVERIFY2(all.ok(), qPrintable(describe(all)));
        QCOMPARE(all->total, 3);
        SessionQuery mine;
        mine.user = alice;
        auto alices = a.f.store().listSessions(a.f.owner(), mine);
        QCOMPARE(alices->total, 2);
        QCOMPARE(alices->sessions[0].ip, QStringLiteral("192.0.2.7"));
        QCOMPARE(alices->sessions[0].userAgent, QStringLiteral("tst_authservice/1.0"));
        // Keyset paging, newest first: a page ending meanwhile does not hide the next page's rows.
        SessionQuery firstPage;
        firstPage.limit = 2;
        auto page1 = a.f.store().listSessions(a.f.owner(), firstPage);
        QVERIFY(page1.ok());
        QCOMPARE(page1->sessions.size(), 2);
        QCOMPARE(page1->sessions[0].id, b1->sessionId);
        QCOMPARE(page1->sessions[1].id, s2->sessionId);
        QVERIFY(a.f.store().revokeSession(a.f.owner(), b1->sessionId).ok());
        SessionQuery next = firstPage;
        next.beforeId = page1->sessions.last().id;
        auto page2 = a.f.store().listSessions(a.f.owner(), next);
        QVERIFY(page2.ok());
        QCOMPARE(page2->sessions.size(), 1);
        QCOMPARE(page2->sessions[0].id, s1->sessionId); // with an offset of 2 it would have been skipped
        QCOMPARE(page2->total, 2);                        // the total still counts every live row
        b1 = a.login(QStringLiteral("bob"), staffPassword());
        QVERIFY(b1.ok());
        // End one.
        QCOMPARE(a.f.store().revokeSession(a.f.owner(), s1->sessionId).value(), 1);
        QVERIFY(!a.auth->validate(s1->sessionToken).ok());
        QVERIFY(a.auth->validate(s2->sessionToken).ok());
        QCOMPARE(a.f.store().revokeSession(a.f.owner(), s1->sessionId).value(), 0);
        QCOMPARE(a.f.store().revokeSession(a.f.owner(), 999999).code(), ErrorCode::NotFound);
        // Everywhere for alice: bob keeps his.
        QCOMPARE(a.f.store().revokeUserSessions(a.f.owner(), alice).value(), 1);
        QVERIFY(!a.auth->validate(s2->sessionToken).ok());
        QVERIFY(a.auth->validate(b1->sessionToken).ok());
        QVERIFY(a.scalar(QStringLiteral("SELECT tokens_not_before FROM users WHERE username = 'alice'")) > 0);
        SessionQuery ended;
        ended.user = alice;
        ended.includeEnded = true;
        auto history = a.f.store().listSessions(a.f.owner(), ended);
        QCOMPARE(history->total, 2);
        QVERIFY(history->sessions[0].revokedAt.isValid());
        // An auditor may look but not end; everyone's needs settings.manage too.
        auto auditor = a.f.addStaff(QStringLiteral("val"), {QStringLiteral("auditor")});
        QVERIFY(auditor.ok());
        QCOMPARE(a.f.store().revokeSession(auditor.value(), b1->sessionId).code(), ErrorCode::PermissionDenied);
        QCOMPARE(a.f.store().revokeAllSessions(auditor.value()).code(), ErrorCode::PermissionDenied);
        QCOMPARE(a.f.store().revokeAllSessions(a.f.owner()).value(), 1);
        QVERIFY(!a.auth->validate(b1->sessionToken).ok());
    }

    void mustChangePasswordIsRestricted()
    {
        AppFixture a;
        QString e = a.setUp();
        QVERIFY2(e.isEmpty(), qPrintable(e));
        QVERIFY(a.f.store().setPassword(a.f.owner(), alice, staffPassword(), true).ok());
        auto login = a.login(alice, staffPassword());
        QVERIFY2(login.ok(), qPrintable(describe(login)));
        QVERIFY(login->passwordChangeOnly);
        auto who = a.auth->validate(login->sessionToken);
        QVERIFY(who.ok());
        QVERIFY(who->passwordChangeOnly);
        // A policy-breaking new password is refused and loses nothing.
        QCOMPARE(a.auth->changePassword(login->sessionToken, staffPassword(), QStringLiteral("short")).code(),
                 ErrorCode::InvalidInput);
        QCOMPARE(a.auth->changePassword(login->sessionToken, QStringLiteral("wrong current one"),
                                        QStringLiteral("a brand new long passphrase"))
                     .code(),
                 ErrorCode::AuthenticationFailed);
        QVERIFY(a.auth->validate(login->sessionToken).ok());
        const QString fresh = QStringLiteral("a brand new long passphrase");
        QVERIFY(a.auth->changePassword(login->sessionToken, staffPassword(), fresh).ok());
        QVERIFY(!a.auth->validate(login->sessionToken).ok());
        auto again = a.login(alice, fresh);
        QVERIFY(again.ok());
        QVERIFY(!again->passwordChangeOnly);
    }

    // ---- JWT mode ----------------------------------------------------------------------------
    void jwtLoginRefreshRotationAndReuse()
    {
        AppFixture a;
        QString e = a.setUp();
        QVERIFY2(e.isEmpty(), qPrintable(e));
        a.setSetting(StoreSettings::AuthTokenMode, QStringLiteral("jwt"));
        auto login = a.login(alice, staffPassword());
        QVERIFY2(login.ok(), qPrintable(describe(login)));
        QCOMPARE(login->mode, TokenMode::Jwt);
        QVERIFY(login->sessionToken.isEmpty());
        QVERIFY(token::isWellFormed(login->refreshToken, token::RefreshPrefix));
        QCOMPARE(login->accessExpiresAt, QDateTime::fromSecsSinceEpoch(a.f.now().toSecsSinceEpoch() + 15 * 60, Qt::UTC));
        QCOMPARE(login->refreshExpiresAt, a.f.now().addDays(7));
        const jwt::Verification shape = jwt::decode(login->accessToken);
        QCOMPARE(shape.header.value(QStringLiteral("typ")).toString(), QStringLiteral("at+jwt"));
        QCOMPARE(shape.header.value(QStringLiteral("alg")).toString(), QStringLiteral("EdDSA"));
        QCOMPARE(shape.claims.value(QStringLiteral("sub")).toString(), QString::number(login->userId));
        QCOMPARE(shape.claims.value(QStringLiteral("iss")).toString(), QStringLiteral("urn:authdesk:") + a.f.store().storeId());
        QCOMPARE(shape.claims.value(QStringLiteral("aud")).toString(), QStringLiteral("authdesk"));
        auto who = a.auth->validate(login->accessToken);
        QVERIFY2(who.ok(), qPrintable(describe(who)));
        QCOMPARE(who->kind, TokenInfo::Kind::Access);
        QCOMPARE(who->username, alice);
        QCOMPARE(who->sessionId, login->sessionId);
        // The JWKS holds the one public key, which verifies the token on its own.
        auto published = a.auth->jwks();
        QVERIFY(published.ok());
        auto keys = jwt::parseJwks(published.value());
        QVERIFY2(keys.ok(), qPrintable(describe(keys)));
        QCOMPARE(keys->size(), 1);
        jwt::Expectations expect;
        expect.now = a.f.now();
        QVERIFY(jwt::verify(login->accessToken, keys.value(), expect).valid());

        // Rotation: each refresh answers with a new pair of the same family.
        a.f.advance(60);
        auto second = a.auth->refresh(login->refreshToken);
        QVERIFY2(second.ok(), qPrintable(describe(second)));
        QCOMPARE(second->sessionId, login->sessionId);
        QVERIFY(second->refreshToken != login->refreshToken);
        QVERIFY(second->accessToken != login->accessToken);
        a.f.advance(60);
        auto third = a.auth->refresh(second->refreshToken);
        QVERIFY(third.ok());
        QCOMPARE(a.scalar(QStringLiteral("SELECT generation FROM sessions WHERE id = %1").arg(login->sessionId)), 2);
        // The first refresh token again: the whole family ends, the newest tokens included.
        auto reuse = a.auth->refresh(login->refreshToken);
        QCOMPARE(reuse.code(), ErrorCode::AuthenticationFailed);
        QVERIFY2(reuse.message().contains(QStringLiteral("already used")), qPrintable(reuse.message()));
        QVERIFY(!a.auth->refresh(third->refreshToken).ok());
        auto stolen = a.auth->validate(third->accessToken);
        QVERIFY(!stolen.ok());
        QVERIFY2(stolen.message().contains(QStringLiteral("reused")), qPrintable(stolen.message()));
        QCOMPARE(a.scalar(QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'auth.refresh_reuse' AND "
                                         "result = 'denied'")),
                 1);
        // Nothing but refresh tokens refresh.
        QVERIFY(!a.auth->refresh(third->accessToken).ok());
        QVERIFY(!a.auth->refresh(token::generate(token::RefreshPrefix)).ok());
    }

    void jwtRevocationAndExpiry()
    {
        AppFixture a;
        QString e = a.setUp();
        QVERIFY2(e.isEmpty(), qPrintable(e));
        auto jwtLogin = [&] {
            LoginRequest r;
            r.identifier = alice;
            r.password = staffPassword();
            r.mode = TokenMode::Jwt;
            return a.auth->login(r);
        };
        // Logout with the access token: its jti is denied at once, its family ends.
        auto one = jwtLogin();
        QVERIFY2(one.ok(), qPrintable(describe(one)));
        QVERIFY(a.auth->logout(one->accessToken).ok());
        auto denied = a.auth->validate(one->accessToken);
        QVERIFY(!denied.ok());
        QVERIFY2(denied.message().contains(QStringLiteral("deny list")), qPrintable(denied.message()));
        QVERIFY(!a.auth->refresh(one->refreshToken).ok());
        QCOMPARE(a.scalar(QStringLiteral("SELECT count(*) FROM revoked_tokens")), 1);
        // Sign out everywhere: every outstanding access token stops, before its exp.
        auto two = jwtLogin();
        auto three = jwtLogin();
        QVERIFY(two.ok() && three.ok());
        QVERIFY(a.f.store().revokeUserSessions(a.f.owner(), alice).ok());
        QVERIFY(!a.auth->validate(two->accessToken).ok());
        QVERIFY(!a.auth->validate(three->accessToken).ok());
        // A login right after is not caught by it.
        auto four = jwtLogin();
        QVERIFY(four.ok());
        QVERIFY2(a.auth->validate(four->accessToken).ok(), qPrintable(describe(a.auth->validate(four->accessToken))));
        // Disabled: refused. Enabled again: tokens from before stay ended.
        QVERIFY(a.f.store().disableUser(a.f.owner(), alice, QStringLiteral("audit"), {}).ok());
        QVERIFY(!a.auth->validate(four->accessToken).ok());
        QVERIFY(a.f.store().enableUser(a.f.owner(), alice).ok());
        auto five = jwtLogin();
        QVERIFY(five.ok());
        // 15 minutes and the leeway later the access token has expired; the refresh token still works.
        a.f.advance(15 * 60 + 31);
        auto expired = a.auth->validate(five->accessToken);
        QVERIFY(!expired.ok());
        QVERIFY2(expired.message().contains(QStringLiteral("expired"), Qt::CaseInsensitive), qPrintable(expired.message()));
        auto renewed = a.auth->refresh(five->refreshToken);
        QVERIFY2(renewed.ok(), qPrintable(describe(renewed)));
        QVERIFY(a.auth->validate(renewed->accessToken).ok());
        // The deny list forgets a jti once its token would have expired anyway.
        QVERIFY(a.auth->logout(renewed->accessToken).ok());
        QCOMPARE(a.scalar(QStringLiteral("SELECT count(*) FROM revoked_tokens")), 1); // one's has been pruned
        // Tampered: refused with the exact reason.
        QString tampered = renewed->accessToken;
        tampered[tampered.size() - 3] = tampered[tampered.size() - 3] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        QVERIFY(!a.auth->validate(tampered).ok());
    }

    void signingKeyRotationAndInspector()
    {
        AppFixture a;
        QString e = a.setUp();
        QVERIFY2(e.isEmpty(), qPrintable(e));
        a.setSetting(StoreSettings::AuthTokenMode, QStringLiteral("jwt"));
        auto before = a.login(alice, staffPassword());
        QVERIFY(before.ok());
        const QString oldKid = jwt::decode(before->accessToken).header.value(QStringLiteral("kid")).toString();
        auto rotated = a.f.store().rotateSigningKey(a.f.owner(), jwt::Algorithm::ES256);
        QVERIFY2(rotated.ok(), qPrintable(describe(rotated)));
        QVERIFY(rotated->kid != oldKid);
        auto after = a.login(alice, staffPassword());
        QVERIFY(after.ok());
        QCOMPARE(jwt::decode(after->accessToken).header.value(QStringLiteral("alg")).toString(), QStringLiteral("ES256"));
        QCOMPARE(jwt::decode(after->accessToken).header.value(QStringLiteral("kid")).toString(), rotated->kid);
        // The old key still verifies the token it signed; both are published.
        QVERIFY(a.auth->validate(before->accessToken).ok());
        QCOMPARE(jwt::parseJwks(a.auth->jwks().value())->size(), 2);
        auto listed = a.f.store().listSigningKeys(a.f.owner());
        QVERIFY(listed.ok());
        QCOMPARE(listed->size(), 2);
        QCOMPARE(listed->at(0).state, SigningKeyInfo::State::Active);
        QCOMPARE(listed->at(1).state, SigningKeyInfo::State::Retiring);
        // The active key cannot be retired; the retiring one can, and then verifies nothing.
        QCOMPARE(a.f.store().retireSigningKey(a.f.owner(), rotated->kid).code(), ErrorCode::InvalidInput);
        QVERIFY(a.f.store().retireSigningKey(a.f.owner(), oldKid).ok());
        auto gone = a.auth->validate(before->accessToken);
        QVERIFY(!gone.ok());
        QVERIFY(a.auth->validate(after->accessToken).ok());
        QCOMPARE(jwt::parseJwks(a.auth->jwks().value())->size(), 1);
        // Rotating again: the ES256 key retires by itself once its last token has expired.
        auto third = a.f.store().rotateSigningKey(a.f.owner(), jwt::Algorithm::HS256);
        QVERIFY(third.ok());
        QCOMPARE(jwt::parseJwks(a.auth->jwks().value())->size(), 1); // an HS256 key is never published
        a.f.advance(15 * 60 + 31);
        auto states = a.f.store().listSigningKeys(a.f.owner());
        QCOMPARE(states->at(1).kid, rotated->kid);
        QCOMPARE(states->at(1).state, SigningKeyInfo::State::Retired);
        // Only settings.manage rotates.
        auto auditor = a.f.addStaff(QStringLiteral("val"), {QStringLiteral("auditor")});
        QVERIFY(auditor.ok());
        QCOMPARE(a.f.store().rotateSigningKey(auditor.value(), jwt::Algorithm::EdDSA).code(), ErrorCode::PermissionDenied);

        // The inspector: a fresh token verifies against the store's keys …
        auto fresh = a.login(alice, staffPassword());
        QVERIFY(fresh.ok());
        auto inspected = a.f.store().inspectToken(auditor.value(), fresh->accessToken);
        QVERIFY2(inspected.ok(), qPrintable(describe(inspected)));
        QVERIFY(inspected->structureOk);
        QVERIFY(inspected->verified);
        QCOMPARE(inspected->keySource, QStringLiteral("store"));
        QCOMPARE(inspected->kid, third->kid);
        QCOMPARE(inspected->claims.value(QStringLiteral("preferred_username")).toString(), alice);
        // … not against a pasted key set of another key, and it says why.
        auto other = jwt::Key::generate(jwt::Algorithm::ES256, QStringLiteral("elsewhere"));
        QVERIFY(other.ok());
        auto foreign = a.f.store().inspectToken(auditor.value(), fresh->accessToken, jwt::toJwks({other.value()}));
        QVERIFY(foreign.ok());
        QVERIFY(!foreign->verified);
        QCOMPARE(foreign->keySource, QStringLiteral("pasted"));
        QVERIFY(!foreign->failure.isEmpty());
        QVERIFY(!foreign->message.isEmpty());
        // A token signed by that pasted key verifies against it (iss/aud not held against a foreign token).
        auto signedElsewhere = jwt::sign(other.value(), {{QStringLiteral("exp"), a.f.now().addSecs(60).toSecsSinceEpoch()},
                                                         {QStringLiteral("iat"), a.f.now().toSecsSinceEpoch()}},
                                         QStringLiteral("JWT"));
        QVERIFY(signedElsewhere.ok());
        auto ok = a.f.store().inspectToken(auditor.value(), signedElsewhere.value(), jwt::toJwks({other.value()}));
        QVERIFY2(ok.ok() && ok->verified, qPrintable(ok.ok() ? ok->message : ok.message()));
        // Not a token at all.
        auto garbage = a.f.store().inspectToken(auditor.value(), QStringLiteral("not.a token"));
        QVERIFY(garbage.ok());
        QVERIFY(!garbage->structureOk);
        QCOMPARE(garbage->failure, QStringLiteral("malformed"));
    }

    // ---- email verification and password reset through the notifier --------------------------
    void emailVerificationAndPasswordReset()
    {
        AppFixture a;
        QString e = a.setUp();
        QVERIFY2(e.isEmpty(), qPrintable(e));
        // Without a notifier nothing is made and the error says why.
        auto none = a.f.store().sendEmailVerification(a.f.owner(), alice);
        QCOMPARE(none.code(), ErrorCode::InvalidInput);
        QVERIFY(none.message().contains(QStringLiteral("notify.method")));
        QCOMPARE(a.scalar(QStringLiteral("SELECT count(*) FROM user_tokens")), 0);
        // The notifier: a real program that keeps the message it gets on stdin.
        const QString mail = a.f.dirPath() + QStringLiteral("/mail.eml");
        a.setSetting(StoreSettings::NotifySmtpFrom, QStringLiteral("noreply@example.test"));
        a.setSetting(StoreSettings::NotifyCommand, QStringLiteral("[\"/usr/bin/tee\", \"%1\"]").arg(mail));
        a.setSetting(StoreSettings::NotifyMethod, QStringLiteral("command"));
        a.setSetting(StoreSettings::AuthVerifyEmailUrl, QStringLiteral("https://app.example.test/verify?t={token}"));

        auto sent = a.f.store().sendEmailVerification(a.f.owner(), alice);
        QVERIFY2(sent.ok(), qPrintable(describe(sent)));
        QCOMPARE(sent->notification.state, NotificationOutcome::State::Sent);
        QCOMPARE(sent->email, alice + QStringLiteral("@example.test"));
        const QJsonObject message = parseMail(mail);
        QCOMPARE(message.value(QStringLiteral("to_addr")).toString(), sent->email);
        const QString body = message.value(QStringLiteral("body")).toString();
        const QString verify = tokenIn(body, QStringLiteral("adv_"));
        QVERIFY2(!verify.isEmpty(), qPrintable(body));
        QVERIFY(body.contains(QStringLiteral("https://app.example.test/verify?t=") + verify));
        // The token is nowhere but in the message.
        QCOMPARE(a.scalar(QStringLiteral("SELECT count(*) FROM audit_events WHERE after LIKE '%adv_%' OR reason LIKE '%adv_%'")), 0);
        QVERIFY(!a.f.store().findUser(a.f.owner(), alice)->emailVerifiedAt.isValid());

        auto verified = a.auth->verifyEmail(verify);
        QVERIFY2(verified.ok(), qPrintable(describe(verified)));
        QVERIFY(verified->emailVerifiedAt.isValid());
        QVERIFY(a.f.store().findUser(a.f.owner(), alice)->emailVerifiedAt.isValid());
        auto again = a.auth->verifyEmail(verify);
        QCOMPARE(again.code(), ErrorCode::AuthenticationFailed);
        QVERIFY(again.message().contains(QStringLiteral("already used")));
        QCOMPARE(a.auth->verifyEmail(QStringLiteral("adv_nonsense")).code(), ErrorCode::InvalidInput);
        // A new address is unconfirmed again; a code sent to the old one no longer confirms it.
        auto resent = a.f.store().sendEmailVerification(a.f.owner(), alice);
        QVERIFY(resent.ok());
        const QString forOld = tokenIn(parseMail(mail).value(QStringLiteral("body")).toString(), QStringLiteral("adv_"));
        UserChanges change;
        change.email = QStringLiteral("alice.new@example.test");
        auto changed = a.f.store().updateUser(a.f.owner(), alice, 0, change);
        QVERIFY2(changed.ok(), qPrintable(describe(changed)));
        QVERIFY(!changed->emailVerifiedAt.isValid());
        QVERIFY(a.auth->verifyEmail(forOld).message().contains(QStringLiteral("changed")));
        // Expired after auth.verify_email_hours (48).
        QVERIFY(a.f.store().sendEmailVerification(a.f.owner(), alice).ok());
        const QString late = tokenIn(parseMail(mail).value(QStringLiteral("body")).toString(), QStringLiteral("adv_"));
        a.f.advance(48 * 3600 + 1);
        QVERIFY(a.auth->verifyEmail(late).message().contains(QStringLiteral("expired")));

        // "Forgot password": a live session, the request, the message, the reset.
        auto session = a.login(alice, staffPassword());
        QVERIFY(session.ok());
        QVERIFY(a.auth->requestPasswordReset(alice).ok());
        const QString reset = tokenIn(parseMail(mail).value(QStringLiteral("body")).toString(), QStringLiteral("adp_"));
        QVERIFY(!reset.isEmpty());
        // An unknown name and a second request within a minute get the same Ok and send nothing.
        QFile::remove(mail);
        QVERIFY(a.auth->requestPasswordReset(QStringLiteral("nobody")).ok());
        QVERIFY(a.auth->requestPasswordReset(alice).ok());
        QVERIFY(!QFile::exists(mail));
        // A refused password loses nothing: the code still works afterwards.
        QCOMPARE(a.auth->resetPassword(reset, QStringLiteral("short")).code(), ErrorCode::InvalidInput);
        const QString fresh = QStringLiteral("reset by email to this passphrase");
        QVERIFY2(a.auth->resetPassword(reset, fresh).ok(), "reset");
        QVERIFY(!a.auth->validate(session->sessionToken).ok());
        QVERIFY(a.login(alice, fresh).ok());
        QCOMPARE(a.auth->resetPassword(reset, QStringLiteral("and once more a new passphrase")).code(),
                 ErrorCode::AuthenticationFailed);
        QCOMPARE(a.scalar(QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'auth.password_reset'")), 1);
        QCOMPARE(a.scalar(QStringLiteral("SELECT count(*) FROM audit_events WHERE after LIKE '%adp_%' OR reason LIKE '%adp_%'")), 0);
    }

    void endedSessionsArePrunedAfterThirtyDays()
    {
        AppFixture a;
        QString e = a.setUp();
        QVERIFY2(e.isEmpty(), qPrintable(e));
        auto old = a.login(alice, staffPassword());
        QVERIFY(old.ok());
        QVERIFY(a.auth->logout(old->sessionToken).ok());
        auto live = a.login(alice, staffPassword());
        QVERIFY(live.ok());
        a.setSetting(StoreSettings::AuthSessionAbsoluteHours, QStringLiteral("8760"));
        a.setSetting(StoreSettings::AuthSessionIdleMinutes, QStringLiteral("10080"));
        // Within 30 days the ended one is still there for the Sessions view.
        a.f.advance(29 * 24 * 3600);
        QVERIFY(a.login(alice, staffPassword()).ok());
        QCOMPARE(a.scalar(QStringLiteral("SELECT count(*) FROM sessions WHERE id = %1").arg(old->sessionId)), 1);
        // After, the next login (an hour after the last prune) removes it and the long-expired one.
        a.f.advance(2 * 24 * 3600);
        auto later = a.login(alice, staffPassword());
        QVERIFY(later.ok());
        QCOMPARE(a.scalar(QStringLiteral("SELECT count(*) FROM sessions WHERE id IN (%1, %2)").arg(old->sessionId).arg(live->sessionId)), 0);
        QCOMPARE(a.scalar(QStringLiteral("SELECT count(*) FROM sessions WHERE id = %1").arg(later->sessionId)), 1);
    }

    void hostileInputIsRefusedCleanly()
    {
        AppFixture a;
        QString e = a.setUp();
        QVERIFY2(e.isEmpty(), qPrintable(e));
        const qint64 eventsBefore = a.scalar(QStringLiteral("SELECT count(*) FROM audit_events"));
        // Huge or odd identifiers and passwords: the generic answer, recorded, nothing else changed.
        LoginRequest r;
        r.identifier = QString(10000, QLatin1Char('a'));
        r.password = staffPassword();
        QCOMPARE(a.auth->login(r).code(), ErrorCode::AuthenticationFailed);
        r.identifier = alice;
        r.password = QString(100000, QLatin1Char('x'));
        QCOMPARE(a.auth->login(r).code(), ErrorCode::AuthenticationFailed);
        r.identifier = QString::fromLatin1("alice\0' OR '1'='1", 17);
        r.password = staffPassword();
        QCOMPARE(a.auth->login(r).code(), ErrorCode::AuthenticationFailed);
        // A client that sends control characters and a megabyte of user agent: stored cut and clean.
        r.identifier = alice;
        r.client = {QStringLiteral("10.0.0.1\r\nX-Injected: 1"), QString(1 << 20, QLatin1Char('U'))};
        auto ok = a.auth->login(r);
        QVERIFY2(ok.ok(), qPrintable(describe(ok)));
        RawConnection raw(a.f.path());
        const auto row = raw.rows(QStringLiteral("SELECT ip, length(user_agent) FROM sessions WHERE id = %1").arg(ok->sessionId));
        QCOMPARE(row.at(0).at(0).toString(), QStringLiteral("10.0.0.1X-Injected: 1"));
        QCOMPARE(row.at(0).at(1).toInt(), 512);
        // Tokens of every wrong shape: each a clear refusal, no crash, no write.
        const QStringList junk{QString(), QStringLiteral("ads_"), QStringLiteral("ads_") + QString(43, QLatin1Char('=')),
                               QStringLiteral("a.b.c"), QStringLiteral("...."), QString(70000, QLatin1Char('.')),
                               QString::fromLatin1("ads_\0abc", 8), QString::fromUtf8("adr_\xe2\x82\xac")};
        for (const QString &t : junk) {
            auto v = a.auth->validate(t);
            QVERIFY(!v.ok());
            QVERIFY2(!v.message().isEmpty(), qPrintable(t.left(20)));
            QVERIFY(!a.auth->refresh(t).ok());
            QVERIFY(!a.auth->logout(t).ok());
        }
        QVERIFY(a.auth->validate(ok->sessionToken).ok()); // the good one is untouched
        // Only the attempts were recorded: 3 failures and 1 success.
        QCOMPARE(a.scalar(QStringLiteral("SELECT count(*) FROM audit_events")) - eventsBefore, 4);
    }

    // ---- the service key file --------------------------------------------------------------
    void serviceKeyFile()
    {
        AppFixture a;
        QString e = a.setUp();
        QVERIFY2(e.isEmpty(), qPrintable(e));
        // Readable by others: refused, like an ssh private key.
        QFile::setPermissions(a.keyFile, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
        auto open = AuthService::open(a.f.options(), a.keyFile);
        QCOMPARE(open.code(), ErrorCode::KeyUnavailable);
        QVERIFY(open.message().contains(QStringLiteral("chmod 600")));
        QFile::setPermissions(a.keyFile, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QVERIFY(AuthService::open(a.f.options(), a.keyFile).ok());
        // No file at all; a damaged one; the file does not hold the data key in the clear.
        QCOMPARE(AuthService::open(a.f.options(), a.f.dirPath() + QStringLiteral("/none.key")).code(), ErrorCode::KeyUnavailable);
        const QByteArray content = readFile(a.keyFile);
        const QString damagedPath = a.f.dirPath() + QStringLiteral("/damaged.key");
        QByteArray damaged = content;
        damaged.replace("\"key\": \"", "\"key\": \"AAAA");
        QVERIFY(writeFile(damagedPath, damaged));
        QFile::setPermissions(damagedPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QVERIFY(!AuthService::open(a.f.options(), damagedPath).ok());
        // Listed, then revoked: the file opens nothing any more.
        auto slots = a.f.store().listServiceSlots(a.f.owner());
        QVERIFY(slots.ok());
        QCOMPARE(slots->size(), 1);
        QCOMPARE(slots->at(0).label, QStringLiteral("test app"));
        QVERIFY(a.f.store().revokeServiceSlot(a.f.owner(), slots->at(0).id).ok());
        auto revoked = AuthService::open(a.f.options(), a.keyFile);
        QCOMPARE(revoked.code(), ErrorCode::KeyUnavailable);
        QVERIFY2(revoked.message().contains(QStringLiteral("revoked")), qPrintable(revoked.message()));
        // Only settings.manage makes one.
        auto auditor = a.f.addStaff(QStringLiteral("val"), {QStringLiteral("auditor")});
        QVERIFY(auditor.ok());
        QCOMPARE(a.f.store().createServiceSlot(auditor.value(), QStringLiteral("mine")).code(), ErrorCode::PermissionDenied);
        // A store opened without any key answers logins with a clear error (and records the attempt).
        auto bare = LocalStore::open(a.f.options());
        QVERIFY(bare.ok());
        LoginRequest r;
        r.identifier = alice;
        r.password = staffPassword();
        auto locked = bare.value()->appLogin(r);
        QCOMPARE(locked.code(), ErrorCode::KeyUnavailable);
        QVERIFY(locked.message().contains(QStringLiteral("AUTHDESK_KEY_FILE")));
    }

    void keyFileOfAnotherStoreRefused()
    {
        AppFixture a;
        AppFixture b;
        QString e = a.setUp();
        QVERIFY2(e.isEmpty(), qPrintable(e));
        e = b.setUp();
        QVERIFY2(e.isEmpty(), qPrintable(e));
        auto wrong = AuthService::open(a.f.options(), b.keyFile);
        QCOMPARE(wrong.code(), ErrorCode::KeyUnavailable);
        QVERIFY(wrong.message().contains(QStringLiteral("another store")));
    }

    void badSettingsRefused()
    {
        AppFixture a;
        QString e = a.setUp();
        QVERIFY2(e.isEmpty(), qPrintable(e));
        QCOMPARE(a.f.store().setSetting(a.f.owner(), StoreSettings::AuthTokenMode, QStringLiteral("cookie")).code(),
                 ErrorCode::InvalidInput);
        QCOMPARE(a.f.store().setSetting(a.f.owner(), StoreSettings::LockoutFailureFactor, QStringLiteral("0")).code(),
                 ErrorCode::InvalidInput);
        QCOMPARE(a.f.store().setSetting(a.f.owner(), StoreSettings::AuthAccessTokenMinutes, QStringLiteral("600")).code(),
                 ErrorCode::InvalidInput);
        QCOMPARE(a.f.store().setSetting(a.f.owner(), StoreSettings::AuthJwtAudience, QStringLiteral("two words")).code(),
                 ErrorCode::InvalidInput);
        // Nothing changed: still the defaults, and a login still answers with a session.
        auto login = a.login(alice, staffPassword());
        QVERIFY(login.ok());
        QCOMPARE(login->mode, TokenMode::Session);
    }
};

QTEST_GUILESS_MAIN(TestAuthService)
#include "tst_authservice.moc"
