// The helpdesk MFA reset against a real store: every refusal (clear message, user unchanged,
// refusal audited), what a reset removes and records, the user enrolling again with oathtool's codes
// (the independent TOTP implementation), atomicity under a failure injected at each step (TEMP
// triggers on the store's own connection), and the temporary access pass (once, expiry, other users,
// never in the file in plaintext, the password alone refused while it stands).
#include "core/MfaReset.h"
#include "core/crypto/Base32.h"
#include "core/crypto/OtpAuthUri.h"
#include "core/policy/ConsolePermissions.h"
#include "core/policy/StoreSettings.h"
#include "tests/support/Oathtool.h"
#include "tests/support/StoreFixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
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

// Everything a reset could touch for one user, read from outside the core: the MFA tables, the
// user row and the whole audit table.
QString snapshot(const StoreFixture &f, const QString &name)
{
    RawConnection raw(f.path());
    const QString id = raw.scalar(QStringLiteral("SELECT id FROM users WHERE username = '%1'").arg(name)).toString();
    QStringList parts;
    const QStringList queries{
        QStringLiteral("SELECT * FROM users WHERE id = %1"),
        QStringLiteral("SELECT * FROM mfa_factors WHERE user_id = %1 ORDER BY id"),
        QStringLiteral("SELECT * FROM recovery_codes WHERE user_id = %1 ORDER BY id"),
        QStringLiteral("SELECT * FROM trusted_devices WHERE user_id = %1 ORDER BY id"),
        QStringLiteral("SELECT * FROM temporary_passes WHERE user_id = %1 ORDER BY id"),
        QStringLiteral("SELECT * FROM audit_events ORDER BY id"),
    };
    for (const QString &sql : queries) {
        parts << sql;
        for (const auto &row : raw.rows(sql.arg(id))) {
            QStringList cells;
            for (const QVariant &v : row)
                cells << (v.isNull() ? QStringLiteral("NULL") : v.toString());
            parts << cells.join(QLatin1Char('|'));
        }
    }
    return parts.join(QLatin1Char('\n'));
}

struct Event {
    qint64 id = 0;
    QString actor;
    QString action;
    QString result;
    QString reason;
    QJsonObject before;
    QJsonObject after;
};

QList<Event> eventsAbout(const StoreFixture &f, const QString &targetName, const QString &action)
{
    RawConnection raw(f.path());
    QList<Event> out;
    for (const auto &row : raw.rows(QStringLiteral("SELECT id, actor_name, action, result, reason, before_json, "
                                                   "after_json FROM audit_events WHERE target_name = '%1' "
                                                   "AND action = '%2' ORDER BY id")
                                        .arg(targetName, action)))
        out << Event{row.value(0).toLongLong(),
                     row.value(1).toString(),
                     row.value(2).toString(),
                     row.value(3).toString(),
                     row.value(4).toString(),
                     QJsonDocument::fromJson(row.value(5).toString().toUtf8()).object(),
                     QJsonDocument::fromJson(row.value(6).toString().toUtf8()).object()};
    return out;
}

// The store's own connection (TEMP triggers live on one connection only).
QSqlDatabase storeConnection()
{
    for (const QString &n : QSqlDatabase::connectionNames())
        if (n.startsWith(QLatin1String("authdesk-")))
            return QSqlDatabase::database(n, false);
    return {};
}

MfaResetRequest goodRequest()
{
    MfaResetRequest r;
    r.ticket = QStringLiteral("INC-20417");
    r.reason = QStringLiteral("phone lost");
    r.verifiedBy = IdentityCheck::CallBack;
    return r;
}

} // namespace

class TestMfaReset : public QObject {
    Q_OBJECT

private:
    // kim (helpdesk role, so she can sign in) with an active authenticator, recovery codes and, when
    // asked, a remembered computer.
    static crypto::OtpAuthUri kimWithMfa(StoreFixture &f, QStringList *codes = nullptr, bool remember = false,
                                         const QStringList &roles = {QStringLiteral("helpdesk")})
    {
        f.setTime(QDateTime::fromSecsSinceEpoch(1'900'000'000, Qt::UTC));
        if (!f.addUser(kim, roles, staffPassword()).ok())
            qFatal("add kim");
        auto key = enroll(f, kim, codes);
        if (remember) {
            auto r = f.store().signInWithSecondFactor(kim, staffPassword(), oathtoolCode(key, f.now()),
                                                      SecondFactorKind::Totp, true);
            if (!r.ok() || r->deviceToken.isEmpty())
                qFatal("remember: %s", qPrintable(describe(r)));
            f.advance(60);
        }
        return key;
    }

    static crypto::OtpAuthUri enroll(StoreFixture &f, const QString &name, QStringList *codes = nullptr)
    {
        auto enrolled = f.store().enrollTotp(f.owner(), name);
        if (!enrolled.ok())
            qFatal("enroll: %s", qPrintable(describe(enrolled)));
        auto key = crypto::parseOtpAuthUri(enrolled->uri);
        if (!key.ok())
            qFatal("parse");
        auto activated = f.store().activateTotp(f.owner(), name, oathtoolCode(key.value(), f.now()));
        if (!activated.ok())
            qFatal("activate: %s", qPrintable(describe(activated)));
        if (codes)
            *codes = activated.value();
        f.advance(60); // past the activation code's step
        return key.value();
    }

    static qint64 count(const StoreFixture &f, const QString &sql)
    {
        RawConnection raw(f.path());
        return raw.scalar(sql).toLongLong();
    }

    static Result<MfaResetResult> resetWithPass(StoreFixture &f, const QString &name = kim)
    {
        MfaResetRequest r = goodRequest();
        r.issueTemporaryPass = true;
        return f.store().resetMfa(f.owner(), name, r);
    }

private Q_SLOTS:
    void identityCheckNamesRoundTrip()
    {
        QCOMPARE(identityCheckNames(),
                 (QStringList{QStringLiteral("call-back"), QStringLiteral("in-person"),
                              QStringLiteral("manager-approval"), QStringLiteral("other")}));
        for (const QString &name : identityCheckNames()) {
            IdentityCheck c = IdentityCheck::Other;
            QVERIFY(parseIdentityCheck(name, &c));
            QCOMPARE(identityCheckName(c), name);
        }
        IdentityCheck c = IdentityCheck::InPerson;
        QVERIFY(!parseIdentityCheck(QStringLiteral("email"), &c));
        QVERIFY(!parseIdentityCheck(QStringLiteral("Call-Back"), &c));
        QVERIFY(!parseIdentityCheck(QString(), &c));
        QCOMPARE(c, IdentityCheck::InPerson);
        QCOMPARE(notificationStateName(NotificationOutcome::State::NotConfigured), QStringLiteral("not-configured"));
        QCOMPARE(notificationStateName(NotificationOutcome::State::Sent), QStringLiteral("sent"));
        QCOMPARE(notificationStateName(NotificationOutcome::State::Failed), QStringLiteral("failed"));
    }

    void inspectionShowsStateWithoutSecrets()
    {
        StoreFixture f;
        QVERIFY(f.create().isEmpty());
        const auto key = kimWithMfa(f, nullptr, true);
        // Two wrong codes: failures the helpdesk sees.
        for (int i = 0; i < 2; ++i)
            QCOMPARE(f.store().verifyTotp(f.owner(), kim, QStringLiteral("000000")).value(), false);
        auto in = f.store().inspectMfaReset(f.owner(), kim);
        QVERIFY2(in.ok(), qPrintable(describe(in)));
        QCOMPARE(in->user.username, kim);
        QVERIFY(in->user.mfaEnrolled);
        QVERIFY(!in->user.mfaEnrollmentRequired);
        QCOMPARE(in->mfa.state, MfaStatus::State::Active);
        QCOMPARE(in->mfa.type, QStringLiteral("totp"));
        QVERIFY(in->mfa.createdAt.isValid());
        QVERIFY(in->mfa.activatedAt.isValid());
        QVERIFY(in->mfa.lastUsedAt.isValid());
        QCOMPARE(in->mfa.failedAttempts, 2);
        QCOMPARE(in->mfa.recoveryCodesLeft, 10);
        QCOMPARE(in->trustedDevices, 1);
        QCOMPARE(in->liveSessions, 0);
        QVERIFY(!in->temporaryPassOutstanding);
        QCOMPARE(in->recentFailures.size(), 2);
        QCOMPARE(in->recentFailures.first().action, QStringLiteral("mfa.verify"));
        QCOMPARE(in->lockouts, 0);
        QVERIFY(in->allowed);
        QVERIFY(in->refusal.isEmpty());
        QCOMPARE(in->stateToken.size(), 32);
        // The token is a fingerprint of the state, not of a secret: stable until the state changes.
        QCOMPARE(f.store().inspectMfaReset(f.owner(), kim)->stateToken, in->stateToken);
        QVERIFY(!in->stateToken.contains(crypto::base32Encode(key.secret).left(8)));
        (void)f.store().enrollTotp(f.owner(), kim);
        QVERIFY(f.store().inspectMfaReset(f.owner(), kim)->stateToken != in->stateToken);
    }

    void inspectionSaysWhyNot()
    {
        StoreFixture f;
        QVERIFY(f.create().isEmpty());
        auto hal = f.addStaff(QStringLiteral("hal"), {QStringLiteral("helpdesk")});
        QVERIFY2(hal.ok(), qPrintable(describe(hal)));
        QVERIFY(f.addUser(QStringLiteral("ada"), {QStringLiteral("admin")}, staffPassword()).ok());
        auto self = f.store().inspectMfaReset(hal.value(), QStringLiteral("hal"));
        QVERIFY2(self.ok(), qPrintable(describe(self)));
        QVERIFY(!self->allowed);
        QVERIFY2(self->refusal.contains(QLatin1String("your own")), qPrintable(self->refusal));
        auto admin = f.store().inspectMfaReset(hal.value(), QStringLiteral("ada"));
        QVERIFY(admin.ok());
        QVERIFY(!admin->allowed);
        QVERIFY2(admin->refusal.contains(QLatin1String("audit.read")), qPrintable(admin->refusal));
        // Without mfa.reset there is no inspection, and the refusal is audited.
        auto aud = f.addStaff(QStringLiteral("aud"), {QStringLiteral("auditor")});
        QVERIFY(aud.ok());
        const qint64 events = f.auditCount();
        auto denied = f.store().inspectMfaReset(aud.value(), QStringLiteral("ada"));
        QCOMPARE(denied.code(), ErrorCode::PermissionDenied);
        QVERIFY2(denied.message().contains(QLatin1String("mfa.reset")), qPrintable(denied.message()));
        QCOMPARE(f.auditCount(), events + 1);
        QCOMPARE(f.store().inspectMfaReset(f.owner(), QStringLiteral("nobody")).code(), ErrorCode::NotFound);
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("operatorRoles"); // comma-separated; empty: the owner
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("ticket");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<int>("verifiedBy");
        QTest::addColumn<QString>("note");
        QTest::addColumn<bool>("revokeAdminReset");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        const int cb = int(IdentityCheck::CallBack);
        const int other = int(IdentityCheck::Other);
        const int denied = int(ErrorCode::PermissionDenied);
        const int invalid = int(ErrorCode::InvalidInput);
        auto row = [](const char *name, const char *roles, const char *target, const QString &ticket,
                      const char *reason, int check, const char *note, bool revoke, int code, const char *message) {
            QTest::newRow(name) << QString::fromUtf8(roles) << QString::fromUtf8(target) << ticket
                                << QString::fromUtf8(reason) << check << QString::fromUtf8(note) << revoke << code
                                << QString::fromUtf8(message);
        };
        const QString t = QStringLiteral("INC-1");
        row("self", "helpdesk", "op", t, "lost", cb, "", false, denied, "your own");
        row("helpdesk resets an admin", "helpdesk", "ada", t, "lost", cb, "", false, denied, "audit.read");
        row("helpdesk resets the owner", "helpdesk", "owner", t, "lost", cb, "", false, denied,
            "which you do not have");
        row("admin resets the owner", "admin", "owner", t, "lost", cb, "", false, denied, "settings.manage");
        row("auditor", "auditor", "kim", t, "lost", cb, "", false, denied, "mfa.reset");
        row("admin without mfa.reset", "admin", "kim", t, "lost", cb, "", true, denied, "mfa.reset");
        row("missing ticket", "", "kim", QString(), "lost", cb, "", false, invalid, "ticket");
        row("blank ticket", "", "kim", QStringLiteral("   "), "lost", cb, "", false, invalid, "ticket");
        row("ticket with control character", "", "kim", QStringLiteral("INC-1\x1b[2J"), "lost", cb, "", false, invalid,
            "control");
        row("ticket too long", "", "kim", QString(65, QLatin1Char('T')), "lost", cb, "", false, invalid, "too long");
        row("missing reason", "", "kim", t, "", cb, "", false, invalid, "reason");
        row("blank reason", "", "kim", t, " \t ", cb, "", false, invalid, "reason");
        row("reason with newline inside", "", "kim", t, "lost\nphone", cb, "", false, invalid, "control");
        row("other without note", "", "kim", t, "lost", other, "", false, invalid, "note");
        row("other with blank note", "", "kim", t, "lost", other, "  ", false, invalid, "note");
        row("unknown user", "", "nobody", t, "lost", cb, "", false, int(ErrorCode::NotFound), "nobody");
    }

    void refusals()
    {
        QFETCH(QString, operatorRoles);
        QFETCH(QString, target);
        QFETCH(QString, ticket);
        QFETCH(QString, reason);
        QFETCH(int, verifiedBy);
        QFETCH(QString, note);
        QFETCH(bool, revokeAdminReset);
        QFETCH(int, code);
        QFETCH(QString, message);
        StoreFixture f;
        QVERIFY(f.create().isEmpty());
        kimWithMfa(f, nullptr, true);
        QVERIFY(f.addUser(QStringLiteral("ada"), {QStringLiteral("admin")}, staffPassword()).ok());
        if (revokeAdminReset)
            QVERIFY(f.store().revokePermission(f.owner(), QStringLiteral("admin"), ConsolePermission::MfaReset).ok());
        Principal op = f.owner();
        if (!operatorRoles.isEmpty()) {
            auto p = f.addStaff(QStringLiteral("op"), operatorRoles.split(QLatin1Char(',')));
            QVERIFY2(p.ok(), qPrintable(describe(p)));
            op = p.value();
            if (target == QLatin1String("op"))
                enroll(f, QStringLiteral("op"));
        }
        const QString targetName = target == QLatin1String("owner") ? ownerName() : target;
        const QString before = snapshot(f, targetName);
        const qint64 events = f.auditCount();
        MfaResetRequest r;
        r.ticket = ticket;
        r.reason = reason;
        r.verifiedBy = IdentityCheck(verifiedBy);
        r.verificationNote = note;
        r.issueTemporaryPass = true;
        auto result = f.store().resetMfa(op, targetName, r);
        QCOMPARE(int(result.code()), code);
        QVERIFY2(result.message().contains(message, Qt::CaseInsensitive), qPrintable(result.message()));
        // Nothing changed but the one refusal event.
        QCOMPARE(f.auditCount(), events + 1);
        RawConnection raw(f.path());
        const auto last = raw.rows(QStringLiteral("SELECT action, result, reason FROM audit_events ORDER BY id DESC "
                                                  "LIMIT 1"));
        QCOMPARE(last.first().value(0).toString(), QStringLiteral("mfa.reset"));
        QCOMPARE(last.first().value(1).toString(), QStringLiteral("denied"));
        QCOMPARE(last.first().value(2).toString(), result.message());
        QString after = snapshot(f, targetName);
        // Compare all but the one new audit row.
        after = after.left(after.lastIndexOf(QLatin1Char('\n')));
        QCOMPARE(after, before);
        QCOMPARE(count(f, QStringLiteral("SELECT count(*) FROM temporary_passes")), 0);
    }

    void conflictWhenEnrolledMeanwhile()
    {
        StoreFixture f;
        QVERIFY(f.create().isEmpty());
        kimWithMfa(f);
        auto hal = f.addStaff(QStringLiteral("hal"), {QStringLiteral("helpdesk")});
        QVERIFY(hal.ok());
        auto in = f.store().inspectMfaReset(hal.value(), kim);
        QVERIFY2(in.ok(), qPrintable(describe(in)));
        // Meanwhile the owner enrolls a new authenticator for kim.
        enroll(f, kim);
        const QString before = snapshot(f, kim);
        const qint64 events = f.auditCount();
        MfaResetRequest r = goodRequest();
        r.expectedStateToken = in->stateToken;
        auto result = f.store().resetMfa(hal.value(), kim, r);
        QCOMPARE(result.code(), ErrorCode::Conflict);
        QVERIFY2(result.message().contains(QLatin1String("meanwhile")), qPrintable(result.message()));
        QVERIFY2(result.message().contains(QLatin1String("mfa.activate by ") + ownerName()),
                 qPrintable(result.message()));
        QCOMPARE(f.auditCount(), events + 1);
        QCOMPARE(eventsAbout(f, kim, QStringLiteral("mfa.reset")).last().result, QStringLiteral("denied"));
        QString after = snapshot(f, kim);
        QCOMPARE(after.left(after.lastIndexOf(QLatin1Char('\n'))), before);
        // With the fresh token it goes through.
        r.expectedStateToken = f.store().inspectMfaReset(hal.value(), kim)->stateToken;
        auto ok = f.store().resetMfa(hal.value(), kim, r);
        QVERIFY2(ok.ok(), qPrintable(describe(ok)));
    }

    void resetRemovesEverythingAndRecordsIt()
    {
        StoreFixture f;
        QVERIFY(f.create().isEmpty());
        QStringList codes;
        const auto key = kimWithMfa(f, &codes, true);
        (void)f.store().enrollTotp(f.owner(), kim); // a pending one goes too
        for (int i = 0; i < 5; ++i)
            QCOMPARE(f.store().verifyTotp(f.owner(), kim, QStringLiteral("000000")).value(), false);
        // The sixth meets the throttle: a lockout the helpdesk sees.
        QCOMPARE(f.store().verifyTotp(f.owner(), kim, QStringLiteral("000000")).code(), ErrorCode::RateLimited);
        auto hal = f.addStaff(QStringLiteral("hal"), {QStringLiteral("helpdesk")});
        QVERIFY(hal.ok());
        const qint64 version = f.store().findUser(f.owner(), kim)->version;
        auto in = f.store().inspectMfaReset(hal.value(), kim);
        QVERIFY(in.ok());
        QCOMPARE(in->lockouts, 1);
        QCOMPARE(in->recentFailures.size(), 6);
        MfaResetRequest r = goodRequest();
        r.verifiedBy = IdentityCheck::Other;
        r.verificationNote = QStringLiteral("video call, badge shown");
        r.expectedStateToken = in->stateToken;
        auto result = f.store().resetMfa(hal.value(), kim, r);
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        QCOMPARE(result->factorsRemoved, 2);
        QCOMPARE(result->recoveryCodesRemoved, 10);
        QCOMPARE(result->trustedDevicesForgotten, 1);
        QCOMPARE(result->sessionsRevoked, 0);
        QVERIFY(result->temporaryPass.isEmpty());
        QVERIFY(!result->temporaryPassExpires.isValid());
        QVERIFY(!result->user.mfaEnrolled);
        QVERIFY(result->user.mfaEnrollmentRequired);
        QCOMPARE(result->user.version, version + 1);
        QCOMPARE(result->notification.state, NotificationOutcome::State::NotConfigured);
        QCOMPARE(result->notification.recipient, QStringLiteral("kim@example.test"));
        QVERIFY(!result->notification.detail.isEmpty());

        QCOMPARE(count(f, QStringLiteral("SELECT count(*) FROM mfa_factors")), 0);
        QCOMPARE(count(f, QStringLiteral("SELECT count(*) FROM recovery_codes")), 0);
        QCOMPARE(count(f, QStringLiteral("SELECT count(*) FROM trusted_devices")), 0);
        QCOMPARE(count(f, QStringLiteral("SELECT mfa_enrollment_required FROM users WHERE username = 'kim'")), 1);
        QCOMPARE(f.store().findUser(f.owner(), kim)->mfaEnrollmentRequired, true);

        const auto resets = eventsAbout(f, kim, QStringLiteral("mfa.reset"));
        QCOMPARE(resets.size(), 1);
        const Event &e = resets.first();
        QCOMPARE(e.id, result->auditEventId);
        QCOMPARE(e.actor, QStringLiteral("hal"));
        QCOMPARE(e.result, QStringLiteral("success"));
        QCOMPARE(e.reason, QStringLiteral("phone lost"));
        QCOMPARE(e.after.value(QStringLiteral("ticket")).toString(), QStringLiteral("INC-20417"));
        QCOMPARE(e.after.value(QStringLiteral("reason")).toString(), QStringLiteral("phone lost"));
        QCOMPARE(e.after.value(QStringLiteral("verified_by")).toString(), QStringLiteral("other"));
        QCOMPARE(e.after.value(QStringLiteral("verification_note")).toString(),
                 QStringLiteral("video call, badge shown"));
        QCOMPARE(e.after.value(QStringLiteral("factors_removed")).toInt(), 2);
        QCOMPARE(e.after.value(QStringLiteral("recovery_codes_removed")).toInt(), 10);
        QCOMPARE(e.after.value(QStringLiteral("trusted_devices_forgotten")).toInt(), 1);
        QCOMPARE(e.after.value(QStringLiteral("sessions_revoked")).toInt(), 0);
        QCOMPARE(e.after.value(QStringLiteral("temporary_pass_issued")).toBool(), false);
        QCOMPARE(e.after.value(QStringLiteral("lockout_cleared")).toBool(), true);
        QCOMPARE(e.after.value(QStringLiteral("notification_recipient")).toString(),
                 QStringLiteral("kim@example.test"));
        QCOMPARE(e.before.value(QStringLiteral("mfa_state")).toString(), QStringLiteral("active"));
        QCOMPARE(e.before.value(QStringLiteral("failed_attempts")).toInt(), 5);
        const auto notices = eventsAbout(f, kim, QStringLiteral("mfa.reset.notification"));
        QCOMPARE(notices.size(), 1);
        QVERIFY(notices.first().id > e.id);
        QCOMPARE(notices.first().after.value(QStringLiteral("reset_event_id")).toInteger(), e.id);
        QCOMPARE(notices.first().after.value(QStringLiteral("state")).toString(), QStringLiteral("not-configured"));
        QCOMPARE(notices.first().after.value(QStringLiteral("recipient")).toString(),
                 QStringLiteral("kim@example.test"));
        auto chain = f.store().verifyAudit(f.owner());
        QVERIFY(chain.ok() && chain->intact);

        // Old codes are dead, and the password alone signs in (no pass was issued): kim must enroll.
        QCOMPARE(f.store().verifyTotp(f.owner(), kim, oathtoolCode(key, f.now())).code(), ErrorCode::NotFound);
        QCOMPARE(f.store().useRecoveryCode(f.owner(), kim, codes.first()).code(), ErrorCode::NotFound);
        auto password = f.store().signIn(kim, staffPassword());
        QVERIFY2(password.ok(), qPrintable(describe(password)));

        // Enrolling again works, with oathtool's code, and clears the requirement.
        const auto fresh = enroll(f, kim);
        QVERIFY(crypto::base32Encode(fresh.secret) != crypto::base32Encode(key.secret));
        QCOMPARE(f.store().findUser(f.owner(), kim)->mfaEnrollmentRequired, false);
        QCOMPARE(f.store().signIn(kim, staffPassword()).code(), ErrorCode::SecondFactorRequired);
        auto withNew = f.store().signInWithSecondFactor(kim, staffPassword(), oathtoolCode(fresh, f.now()),
                                                        SecondFactorKind::Totp, false);
        QVERIFY2(withNew.ok(), qPrintable(describe(withNew)));
    }

    void atomicity_data()
    {
        QTest::addColumn<QString>("trigger");
        const QString t = QStringLiteral("CREATE TEMP TRIGGER inject %1 BEGIN SELECT RAISE(ABORT, 'injected'); END");
        QTest::newRow("delete mfa_factors") << t.arg(QStringLiteral("BEFORE DELETE ON main.mfa_factors"));
        QTest::newRow("delete recovery_codes") << t.arg(QStringLiteral("BEFORE DELETE ON main.recovery_codes"));
        QTest::newRow("delete trusted_devices") << t.arg(QStringLiteral("BEFORE DELETE ON main.trusted_devices"));
        QTest::newRow("delete old temporary_passes") << t.arg(QStringLiteral("BEFORE DELETE ON main.temporary_passes"));
        QTest::newRow("update users") << t.arg(QStringLiteral("BEFORE UPDATE ON main.users"));
        QTest::newRow("insert temporary_passes") << t.arg(QStringLiteral("BEFORE INSERT ON main.temporary_passes"));
        QTest::newRow("insert audit_events") << t.arg(QStringLiteral("BEFORE INSERT ON main.audit_events"));
    }

    void atomicity()
    {
        QFETCH(QString, trigger);
        StoreFixture f;
        QVERIFY(f.create().isEmpty());
        kimWithMfa(f, nullptr, true);
        // A pass row the reset replaces, put in from outside the core (never valid: its hash is zeros).
        {
            RawConnection raw(f.path());
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO temporary_passes (user_id, salt, pass_hash, created_at, "
                                            "expires_at, created_by) SELECT id, x'00', x'00', 1, 2, 1 FROM users "
                                            "WHERE username = 'kim'")));
            QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM mfa_factors")).toInt(), 1);
            QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM recovery_codes")).toInt(), 10);
            QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM trusted_devices")).toInt(), 1);
        }
        const QString before = snapshot(f, kim);
        QSqlDatabase db = storeConnection();
        QVERIFY(db.isOpen());
        QSqlQuery q(db);
        QVERIFY2(q.exec(trigger), qPrintable(q.lastError().text()));
        auto result = resetWithPass(f);
        QVERIFY(!result.ok());
        QVERIFY2(result.message().contains(QLatin1String("injected")), qPrintable(describe(result)));
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER temp.inject")));
        QCOMPARE(snapshot(f, kim), before);
        auto chain = f.store().verifyAudit(f.owner());
        QVERIFY(chain.ok() && chain->intact);
        // Without the fault the same reset goes through.
        auto again = resetWithPass(f);
        QVERIFY2(again.ok(), qPrintable(describe(again)));
    }

    void temporaryPassOnce()
    {
        StoreFixture f;
        QVERIFY(f.create().isEmpty());
        kimWithMfa(f);
        QVERIFY(f.addUser(QStringLiteral("lee"), {QStringLiteral("helpdesk")}, staffPassword()).ok());
        auto result = resetWithPass(f);
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        const QString pass = result->temporaryPass;
        // 32 base32 characters (160 bits) in eight groups of four.
        QCOMPARE(pass.size(), 39);
        QCOMPARE(pass.count(QLatin1Char('-')), 7);
        QVERIFY(crypto::base32Decode(QString(pass).remove(QLatin1Char('-'))).ok());
        QCOMPARE(crypto::base32Decode(QString(pass).remove(QLatin1Char('-')))->size(), 20);
        QCOMPARE(result->temporaryPassExpires, f.now().addSecs(60 * 60));
        QVERIFY(f.store().inspectMfaReset(f.owner(), kim)->temporaryPassOutstanding);
        const auto e = eventsAbout(f, kim, QStringLiteral("mfa.reset")).last();
        QCOMPARE(e.after.value(QStringLiteral("temporary_pass_issued")).toBool(), true);
        QCOMPARE(e.after.value(QStringLiteral("temporary_pass_expires")).toString(),
                 result->temporaryPassExpires.toString(Qt::ISODate));

        // Never in the store file (or its WAL) in plaintext, in any form.
        f.close();
        for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
            const QByteArray bytes = readFile(f.path() + suffix);
            QVERIFY(!bytes.contains(pass.toLatin1()));
            QVERIFY(!bytes.contains(QString(pass).remove(QLatin1Char('-')).toLatin1()));
            QVERIFY(!bytes.contains(QString(pass).remove(QLatin1Char('-')).toLower().toLatin1()));
        }
        QVERIFY(f.reopen().isEmpty());

        // The password alone is not enough while the pass stands.
        auto alone = f.store().signIn(kim, staffPassword());
        QCOMPARE(alone.code(), ErrorCode::SecondFactorRequired);
        QVERIFY2(alone.message().contains(QLatin1String("temporary access pass")), qPrintable(alone.message()));
        // Not for another user, not with a wrong pass, not with a wrong password.
        QCOMPARE(f.store()
                     .signInWithSecondFactor(QStringLiteral("lee"), staffPassword(), pass,
                                             SecondFactorKind::TemporaryPass, false)
                     .ok(),
                 true); // lee has no pass and no authenticator: the password alone signs lee in …
        QCOMPARE(count(f, QStringLiteral("SELECT count(*) FROM temporary_passes WHERE used_at IS NULL")), 1);
        QCOMPARE(f.store()
                     .signInWithSecondFactor(kim, staffPassword(),
                                             QStringLiteral("AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-"
                                                            "AAAA-AAAA"),
                                             SecondFactorKind::TemporaryPass, false)
                     .code(),
                 ErrorCode::AuthenticationFailed);
        QCOMPARE(f.store()
                     .signInWithSecondFactor(kim, QStringLiteral("wrong password entirely"), pass,
                                             SecondFactorKind::TemporaryPass, false)
                     .code(),
                 ErrorCode::AuthenticationFailed);
        QCOMPARE(f.store().signInWithSecondFactor(kim, staffPassword(), pass, SecondFactorKind::Totp, false).code(),
                 ErrorCode::SecondFactorRequired);
        // … and the pass, typed in lower case without dashes, works once.
        auto once =
            f.store().signInWithSecondFactor(kim, staffPassword(), QString(pass).remove(QLatin1Char('-')).toLower(),
                                             SecondFactorKind::TemporaryPass, false);
        QVERIFY2(once.ok(), qPrintable(describe(once)));
        QCOMPARE(once->principal.username(), kim);
        auto twice =
            f.store().signInWithSecondFactor(kim, staffPassword(), pass, SecondFactorKind::TemporaryPass, false);
        QCOMPARE(twice.code(), ErrorCode::AuthenticationFailed);
        // Used: still no sign-in with the password alone until kim enrolls.
        QCOMPARE(f.store().signIn(kim, staffPassword()).code(), ErrorCode::SecondFactorRequired);
        QVERIFY(!f.store().inspectMfaReset(f.owner(), kim)->temporaryPassOutstanding);

        // Every use and failure is audited.
        RawConnection raw(f.path());
        const auto rows = raw.rows(QStringLiteral("SELECT result, reason FROM audit_events WHERE target_name = 'kim' "
                                                  "AND action = 'auth.sign_in' ORDER BY id"));
        QStringList seen;
        for (const auto &row : rows)
            seen << row.value(0).toString() + QLatin1Char(':') + row.value(1).toString();
        QVERIFY2(seen.contains(QStringLiteral("success:mfa: temporary access pass")), qPrintable(seen.join(u'\n')));
        QVERIFY2(seen.count(QStringLiteral("failed:wrong, used or expired temporary access pass")) == 2,
                 qPrintable(seen.join(u'\n')));

        // Enrolling clears the pass and the requirement.
        enroll(f, kim);
        QCOMPARE(count(f, QStringLiteral("SELECT count(*) FROM temporary_passes")), 0);
        QCOMPARE(count(f, QStringLiteral("SELECT mfa_enrollment_required FROM users WHERE username = 'kim'")), 0);
    }

    void temporaryPassExpires_data()
    {
        QTest::addColumn<int>("minutes"); // 0: the store's setting
        QTest::addColumn<int>("setting"); // 0: default
        QTest::addColumn<int>("lifetime");
        QTest::newRow("default hour") << 0 << 0 << 60;
        QTest::newRow("store setting") << 0 << 15 << 15;
        QTest::newRow("asked for") << 5 << 0 << 5;
    }

    void temporaryPassExpires()
    {
        QFETCH(int, minutes);
        QFETCH(int, setting);
        QFETCH(int, lifetime);
        StoreFixture f;
        QVERIFY(f.create().isEmpty());
        kimWithMfa(f);
        if (setting)
            QVERIFY(
                f.store().setSetting(f.owner(), StoreSettings::MfaTemporaryPassMinutes, QString::number(setting)).ok());
        MfaResetRequest r = goodRequest();
        r.issueTemporaryPass = true;
        r.temporaryPassMinutes = minutes;
        auto result = f.store().resetMfa(f.owner(), kim, r);
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        QCOMPARE(result->temporaryPassExpires, f.now().addSecs(lifetime * 60));
        f.advance(lifetime * 60);
        QVERIFY(!f.store().inspectMfaReset(f.owner(), kim)->temporaryPassOutstanding);
        QCOMPARE(f.store()
                     .signInWithSecondFactor(kim, staffPassword(), result->temporaryPass,
                                             SecondFactorKind::TemporaryPass, false)
                     .code(),
                 ErrorCode::AuthenticationFailed);
        // Expired is not "no pass": the password alone still does not do.
        QCOMPARE(f.store().signIn(kim, staffPassword()).code(), ErrorCode::SecondFactorRequired);
    }

    void temporaryPassMinutesOutOfRange_data()
    {
        QTest::addColumn<int>("minutes");
        QTest::newRow("4") << 4;
        QTest::newRow("1441") << 1441;
        QTest::newRow("-1") << -1;
    }

    void temporaryPassMinutesOutOfRange()
    {
        QFETCH(int, minutes);
        StoreFixture f;
        QVERIFY(f.create().isEmpty());
        kimWithMfa(f);
        const QString before = snapshot(f, kim);
        MfaResetRequest r = goodRequest();
        r.issueTemporaryPass = true;
        r.temporaryPassMinutes = minutes;
        auto result = f.store().resetMfa(f.owner(), kim, r);
        QCOMPARE(result.code(), ErrorCode::InvalidInput);
        QVERIFY2(result.message().contains(QLatin1String("5 to 1440")), qPrintable(result.message()));
        QString after = snapshot(f, kim);
        QCOMPARE(after.left(after.lastIndexOf(QLatin1Char('\n'))), before);
        // The setting has the same range.
        QCOMPARE(
            f.store().setSetting(f.owner(), StoreSettings::MfaTemporaryPassMinutes, QString::number(minutes)).code(),
            ErrorCode::InvalidInput);
    }
};

QTEST_GUILESS_MAIN(TestMfaReset)
#include "tst_mfareset.moc"
