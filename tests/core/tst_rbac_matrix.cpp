// RBAC enforced by the core, called directly (no UI in front): every console role × every
// operation is allowed exactly where the role's permission set grants it, every refusal is
// PermissionDenied and audited as "denied" with the actor and the action; plus the guard rules
// (helpdesk vs itself and vs stronger accounts, the last owner, escalation, disabled principals,
// deny by default) and effective permissions with the roles they come through.

#include "core/policy/ConsolePermissions.h"
#include "tests/support/StoreFixture.h"

#include <QBuffer>
#include <QTest>

using namespace authdesk;
using namespace authdesk::test;
namespace P = authdesk::ConsolePermission;

namespace {

enum class Op {
    CreateUser,
    UpdateUser,
    DisableUser,
    EnableUser,
    DeleteUser,
    SetPassword,
    AddUserRole,
    RemoveUserRole,
    CreateRole,
    GrantPermission,
    RevokePermission,
    CreatePermission,
    ImportUsers,
    ListUsers,
    FindUser,
    EffectivePermissions,
    ListRoles,
    ListPermissions,
    ListAudit,
    VerifyAudit,
    EnrollTotp,
    MfaStatus,
    VerifyPassword,
    SetSetting,
};

// What each operation needs, written down independently of the core: the console permission
// and the action name its audit events carry.
struct OpSpec {
    Op op;
    const char *name;
    QString permission;
    QString action;
    bool mutating;
};

const QList<OpSpec> &allOps()
{
    static const QList<OpSpec> ops = {
        {Op::CreateUser, "createUser", P::UsersCreate, QStringLiteral("user.create"), true},
        {Op::UpdateUser, "updateUser", P::UsersWrite, QStringLiteral("user.edit"), true},
        {Op::DisableUser, "disableUser", P::UsersDisable, QStringLiteral("user.disable"), true},
        {Op::EnableUser, "enableUser", P::UsersDisable, QStringLiteral("user.enable"), true},
        {Op::DeleteUser, "deleteUser", P::UsersDelete, QStringLiteral("user.delete"), true},
        {Op::SetPassword, "setPassword", P::UsersResetPassword, QStringLiteral("user.set_password"), true},
        {Op::AddUserRole, "addUserRole", P::RolesAssign, QStringLiteral("user.role_add"), true},
        {Op::RemoveUserRole, "removeUserRole", P::RolesAssign, QStringLiteral("user.role_remove"), true},
        {Op::CreateRole, "createRole", P::RolesManage, QStringLiteral("role.create"), true},
        {Op::GrantPermission, "grantPermission", P::RolesManage, QStringLiteral("role.grant"), true},
        {Op::RevokePermission, "revokePermission", P::RolesManage, QStringLiteral("role.revoke"), true},
        {Op::CreatePermission, "createPermission", P::RolesManage, QStringLiteral("permission.create"), true},
        {Op::ImportUsers, "importUsers", P::UsersCreate, QStringLiteral("user.import"), true},
        {Op::ListUsers, "listUsers", P::UsersRead, QStringLiteral("user.list"), false},
        {Op::FindUser, "findUser", P::UsersRead, QStringLiteral("user.show"), false},
        {Op::EffectivePermissions, "effectivePermissions", P::UsersRead, QStringLiteral("user.permissions"), false},
        {Op::ListRoles, "listRoles", P::RolesRead, QStringLiteral("role.list"), false},
        {Op::ListPermissions, "listPermissions", P::RolesRead, QStringLiteral("permission.list"), false},
        {Op::ListAudit, "listAudit", P::AuditRead, QStringLiteral("audit.list"), false},
        {Op::VerifyAudit, "verifyAudit", P::AuditRead, QStringLiteral("audit.verify"), false},
        {Op::EnrollTotp, "enrollTotp", P::MfaEnroll, QStringLiteral("mfa.enroll"), true},
        {Op::MfaStatus, "mfaStatus", P::UsersRead, QStringLiteral("mfa.status"), false},
        // Audited, but as "failed" here: the row's target has no password to match.
        {Op::VerifyPassword, "verifyPassword", P::UsersResetPassword, QStringLiteral("user.verify_password"), false},
        {Op::SetSetting, "setSetting", P::SettingsManage, QStringLiteral("settings.change"), true},
    };
    return ops;
}

const OpSpec &specOf(Op op)
{
    for (const OpSpec &s : allOps())
        if (s.op == op)
            return s;
    Q_UNREACHABLE();
}

// The console roles under test: the four built-in ones, and a user who has no role at all.
const QStringList consoleRoles = {QStringLiteral("owner"), QStringLiteral("admin"), QStringLiteral("helpdesk"),
                                  QStringLiteral("auditor"), QStringLiteral("none")};

QStringList policyPermissionsOf(const QString &role)
{
    for (const auto &r : P::builtinRoles())
        if (r.name == role)
            return r.permissions;
    return {};
}

struct Outcome {
    ErrorCode code = ErrorCode::Internal;
    QString message;
    bool ok() const { return code == ErrorCode::None; }
};

template <typename T>
Outcome outcomeOf(const Result<T> &r)
{
    return Outcome{r.code(), r.message()};
}

// Everything one row of the matrix acts on, freshly made by the owner so rows never interfere.
struct RowObjects {
    QString target;       // an ordinary user, no console permission
    QString newUser;      // for createUser
    QString importUser;   // for importUsers
    QString appRole;      // an application role holding "read"
    QString newRole;      // for createRole
    QString newPermission;
    QString issuer;       // for setSetting: a value no other row sets
};

} // namespace

class TestRbacMatrix : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void policyIsStoredAsData();
    void matrix_data();
    void matrix();
    void helpdeskCannotActOnItself();
    void helpdeskCannotActOnStrongerAccounts();
    void lastOwnerIsProtected();
    void noEscalation();
    void disabledPrincipalRefusedAtNextCall();
    void roleRemovalTakesEffectAtOnce();
    void denyByDefault();
    void effectivePermissionsSayWhy();

private:
    Outcome run(Op op, const Principal &actor, const RowObjects &o);
    QString checkEffect(Op op, const RowObjects &o);
    QString checkUnchanged(Op op, const RowObjects &o);
    QString prepare(Op op, int n, RowObjects &o);
    AuditEvent lastEvent();
    // Checks that the newest audit event is a refusal of ACTION by ACTOR; empty on success.
    QString deniedEventOk(const QString &actor, const QString &action, qint64 countBefore);

    StoreFixture m_f;
    QHash<QString, Principal> m_principals;
    QHash<QString, QString> m_usernames;
    int m_rowCounter = 0;
};

void TestRbacMatrix::initTestCase()
{
    const QString err = m_f.create();
    QVERIFY2(err.isEmpty(), qPrintable(err));
    m_principals.insert(QStringLiteral("owner"), m_f.owner());
    m_usernames.insert(QStringLiteral("owner"), ownerName());
    for (const QString &role : {QStringLiteral("admin"), QStringLiteral("helpdesk"), QStringLiteral("auditor")}) {
        const QString name = QStringLiteral("staff_") + role;
        auto p = m_f.addStaff(name, {role});
        QVERIFY2(p.ok(), qPrintable(describe(p)));
        m_principals.insert(role, p.value());
        m_usernames.insert(role, name);
    }
    // A user with no role cannot sign in; the principal comes from a time when it had one.
    auto none = m_f.addStaff(QStringLiteral("staff_none"), {QStringLiteral("auditor")});
    QVERIFY2(none.ok(), qPrintable(describe(none)));
    auto removed = m_f.store().removeUserRole(m_f.owner(), QStringLiteral("staff_none"), QStringLiteral("auditor"));
    QVERIFY2(removed.ok(), qPrintable(describe(removed)));
    QVERIFY(removed->roles.isEmpty());
    m_principals.insert(QStringLiteral("none"), none.value());
    m_usernames.insert(QStringLiteral("none"), QStringLiteral("staff_none"));
}

void TestRbacMatrix::policyIsStoredAsData()
{
    auto roles = m_f.store().listRoles(m_f.owner());
    QVERIFY2(roles.ok(), qPrintable(describe(roles)));
    for (const auto &builtin : P::builtinRoles()) {
        auto it = std::find_if(roles->cbegin(), roles->cend(), [&](const Role &r) { return r.name == builtin.name; });
        QVERIFY2(it != roles->cend(), qPrintable(builtin.name));
        QStringList want = builtin.permissions;
        want.sort();
        QCOMPARE(it->permissions, want);
    }
    // The policy as the brief states it, so a change to builtinRoles() is a visible decision.
    QCOMPARE(policyPermissionsOf(QStringLiteral("owner")).size(), P::all().size());
    QVERIFY(!policyPermissionsOf(QStringLiteral("admin")).contains(P::SettingsManage));
    QVERIFY(!policyPermissionsOf(QStringLiteral("helpdesk")).contains(P::UsersCreate));
    QVERIFY(policyPermissionsOf(QStringLiteral("helpdesk")).contains(P::UsersResetPassword));
    for (const QString &p : policyPermissionsOf(QStringLiteral("auditor")))
        QVERIFY2(p.endsWith(QLatin1String(".read")), qPrintable(p));
    // The matrix derived from the policy is not vacuous: allowed operations per role, of 24.
    const QHash<QString, int> allowedCount = {{QStringLiteral("owner"), 24}, {QStringLiteral("admin"), 23},
                                              {QStringLiteral("helpdesk"), 6}, {QStringLiteral("auditor"), 8},
                                              {QStringLiteral("none"), 0}};
    for (const QString &role : consoleRoles) {
        int allowed = 0;
        for (const OpSpec &spec : allOps())
            allowed += policyPermissionsOf(role).contains(spec.permission) ? 1 : 0;
        QVERIFY2(allowed == allowedCount.value(role), qPrintable(role + QStringLiteral(": %1").arg(allowed)));
    }
}

QString TestRbacMatrix::prepare(Op op, int n, RowObjects &o)
{
    const QString tag = QString::number(n);
    o.target = QStringLiteral("target_") + tag;
    o.newUser = QStringLiteral("new_") + tag;
    o.importUser = QStringLiteral("imported_") + tag;
    o.appRole = QStringLiteral("approle_") + tag;
    o.newRole = QStringLiteral("newrole_") + tag;
    o.newPermission = QStringLiteral("perm.row_") + tag;
    o.issuer = QStringLiteral("Row ") + tag;
    auto role = m_f.store().createRole(m_f.owner(), o.appRole, QStringLiteral("application role"));
    if (!role.ok())
        return QStringLiteral("prepare role: ") + describe(role);
    auto granted = m_f.store().grantPermission(m_f.owner(), o.appRole, QStringLiteral("read"));
    if (!granted.ok())
        return QStringLiteral("prepare grant: ") + describe(granted);
    const QStringList roles = op == Op::RemoveUserRole ? QStringList{o.appRole} : QStringList{};
    auto target = m_f.addUser(o.target, roles);
    if (!target.ok())
        return QStringLiteral("prepare target: ") + describe(target);
    if (op == Op::EnableUser) {
        auto disabled = m_f.store().disableUser(m_f.owner(), o.target, QStringLiteral("prepared"), {});
        if (!disabled.ok())
            return QStringLiteral("prepare disable: ") + describe(disabled);
    }
    return {};
}

Outcome TestRbacMatrix::run(Op op, const Principal &actor, const RowObjects &o)
{
    LocalStore &s = m_f.store();
    switch (op) {
    case Op::CreateUser: {
        NewUser u;
        u.username = o.newUser;
        u.email = o.newUser + QStringLiteral("@example.test");
        return outcomeOf(s.createUser(actor, u));
    }
    case Op::UpdateUser: {
        UserChanges c;
        c.displayName = QStringLiteral("changed by the matrix");
        return outcomeOf(s.updateUser(actor, o.target, 0, c));
    }
    case Op::DisableUser:
        return outcomeOf(s.disableUser(actor, o.target, QStringLiteral("matrix"), {}));
    case Op::EnableUser:
        return outcomeOf(s.enableUser(actor, o.target));
    case Op::DeleteUser:
        return outcomeOf(s.deleteUser(actor, o.target));
    case Op::SetPassword:
        return outcomeOf(s.setPassword(actor, o.target, QStringLiteral("a brand new password for the row"), true));
    case Op::AddUserRole:
        return outcomeOf(s.addUserRole(actor, o.target, o.appRole));
    case Op::RemoveUserRole:
        return outcomeOf(s.removeUserRole(actor, o.target, o.appRole));
    case Op::CreateRole:
        return outcomeOf(s.createRole(actor, o.newRole, QStringLiteral("made by the matrix")));
    case Op::GrantPermission:
        return outcomeOf(s.grantPermission(actor, o.appRole, QStringLiteral("write")));
    case Op::RevokePermission:
        return outcomeOf(s.revokePermission(actor, o.appRole, QStringLiteral("read")));
    case Op::CreatePermission:
        return outcomeOf(s.createPermission(actor, o.newPermission, QStringLiteral("made by the matrix")));
    case Op::ImportUsers: {
        QByteArray csv = "username,email\n" + o.importUser.toUtf8() + ',' + o.importUser.toUtf8() + "@example.test\n";
        QBuffer buffer(&csv);
        buffer.open(QIODevice::ReadOnly);
        return outcomeOf(s.importUsers(actor, buffer, {}, {}));
    }
    case Op::ListUsers:
        return outcomeOf(s.listUsers(actor, UserQuery{}));
    case Op::FindUser:
        return outcomeOf(s.findUser(actor, o.target));
    case Op::EffectivePermissions:
        return outcomeOf(s.effectivePermissions(actor, o.target));
    case Op::ListRoles:
        return outcomeOf(s.listRoles(actor));
    case Op::ListPermissions:
        return outcomeOf(s.listPermissions(actor));
    case Op::ListAudit:
        return outcomeOf(s.listAudit(actor, AuditQuery{}));
    case Op::VerifyAudit: {
        auto v = s.verifyAudit(actor);
        if (v.ok() && !v->intact)
            return Outcome{ErrorCode::Integrity, v->problem};
        return outcomeOf(v);
    }
    case Op::EnrollTotp:
        return outcomeOf(s.enrollTotp(actor, o.target));
    case Op::MfaStatus:
        return outcomeOf(s.mfaStatus(actor, o.target));
    case Op::VerifyPassword:
        return outcomeOf(s.verifyPassword(actor, o.target, QStringLiteral("a guess at the row's password")));
    case Op::SetSetting:
        return outcomeOf(s.setSetting(actor, QStringLiteral("mfa.issuer"), o.issuer));
    }
    return {};
}

// After an allowed operation: did it do what it says? Empty when it did.
QString TestRbacMatrix::checkEffect(Op op, const RowObjects &o)
{
    LocalStore &s = m_f.store();
    const Principal &owner = m_f.owner();
    auto target = s.findUser(owner, o.target);
    auto role = [&](const QString &name) -> Role {
        auto roles = s.listRoles(owner);
        for (const Role &r : roles.value())
            if (r.name == name)
                return r;
        return {};
    };
    if (!target.ok() && op != Op::DeleteUser)
        return QStringLiteral("the target is gone: ") + describe(target);
    switch (op) {
    case Op::CreateUser:
        return s.findUser(owner, o.newUser).ok() ? QString() : QStringLiteral("the new user is missing");
    case Op::UpdateUser:
        return target->displayName == QLatin1String("changed by the matrix") ? QString() : QStringLiteral("not edited");
    case Op::DisableUser:
        return target->status == UserStatus::Disabled && target->disabledReason == QLatin1String("matrix")
            ? QString() : QStringLiteral("not disabled");
    case Op::EnableUser:
        return target->status == UserStatus::Active ? QString() : QStringLiteral("not enabled");
    case Op::DeleteUser:
        return target.code() == ErrorCode::NotFound ? QString() : QStringLiteral("not deleted");
    case Op::SetPassword:
        return target->hasPassword && target->mustChangePassword ? QString() : QStringLiteral("no password set");
    case Op::AddUserRole:
        return target->roles == QStringList{o.appRole} ? QString() : QStringLiteral("role not added");
    case Op::RemoveUserRole:
        return target->roles.isEmpty() ? QString() : QStringLiteral("role not removed");
    case Op::CreateRole:
        return role(o.newRole).name == o.newRole ? QString() : QStringLiteral("role not created");
    case Op::GrantPermission:
        return role(o.appRole).permissions == QStringList{QStringLiteral("read"), QStringLiteral("write")}
            ? QString() : QStringLiteral("not granted");
    case Op::RevokePermission:
        return role(o.appRole).permissions.isEmpty() ? QString() : QStringLiteral("not revoked");
    case Op::CreatePermission: {
        const auto perms = s.listPermissions(owner).value();
        for (const Permission &p : perms)
            if (p.name == o.newPermission)
                return p.kind == PermissionKind::Application ? QString() : QStringLiteral("wrong kind");
        return QStringLiteral("permission not created");
    }
    case Op::ImportUsers:
        return s.findUser(owner, o.importUser).ok() ? QString() : QStringLiteral("not imported");
    case Op::EnrollTotp:
        return s.mfaStatus(owner, o.target)->pending ? QString() : QStringLiteral("nothing pending");
    case Op::SetSetting: {
        const auto settings = s.settings(owner).value();
        for (const StoreSetting &setting : settings)
            if (setting.key == QLatin1String("mfa.issuer"))
                return setting.value == o.issuer ? QString() : QStringLiteral("the issuer is %1").arg(setting.value);
        return QStringLiteral("no mfa.issuer setting");
    }
    default:
        return {};
    }
}

// After a refused operation: is everything as it was? Empty when it is.
QString TestRbacMatrix::checkUnchanged(Op op, const RowObjects &o)
{
    LocalStore &s = m_f.store();
    const Principal &owner = m_f.owner();
    auto target = s.findUser(owner, o.target);
    if (!target.ok())
        return QStringLiteral("target gone: ") + target.message();
    if (target->version != (op == Op::EnableUser ? 2 : 1))
        return QStringLiteral("target changed (version %1)").arg(target->version);
    if (target->hasPassword)
        return QStringLiteral("target got a password");
    if (s.findUser(owner, o.newUser).ok() || s.findUser(owner, o.importUser).ok())
        return QStringLiteral("a user was created");
    const auto roles = s.listRoles(owner).value();
    for (const Role &r : roles) {
        if (r.name == o.newRole)
            return QStringLiteral("a role was created");
        if (r.name == o.appRole && r.permissions != QStringList{QStringLiteral("read")})
            return QStringLiteral("the app role changed: ") + r.permissions.join(QLatin1Char(','));
    }
    const auto permissions = s.listPermissions(owner).value();
    for (const Permission &p : permissions)
        if (p.name == o.newPermission)
            return QStringLiteral("a permission was created");
    if (s.mfaStatus(owner, o.target)->pending)
        return QStringLiteral("an authenticator enrollment was made");
    const auto settings = s.settings(owner).value();
    for (const StoreSetting &setting : settings)
        if (setting.key == QLatin1String("mfa.issuer") && setting.value == o.issuer)
            return QStringLiteral("the setting changed");
    return {};
}

AuditEvent TestRbacMatrix::lastEvent()
{
    AuditQuery q;
    q.limit = 1;
    auto events = m_f.store().listAudit(m_f.owner(), q);
    if (!events.ok() || events->isEmpty())
        return {};
    return events->first();
}

QString TestRbacMatrix::deniedEventOk(const QString &actor, const QString &action, qint64 countBefore)
{
    if (m_f.auditCount() != countBefore + 1)
        return QStringLiteral("expected exactly one new audit event, got %1").arg(m_f.auditCount() - countBefore);
    const AuditEvent e = lastEvent();
    if (e.result != AuditResult::Denied)
        return QStringLiteral("last event is %1, not denied").arg(auditResultName(e.result));
    if (e.actorName != actor)
        return QStringLiteral("event actor %1, expected %2").arg(e.actorName, actor);
    if (e.action != action)
        return QStringLiteral("event action %1, expected %2").arg(e.action, action);
    if (e.reason.isEmpty())
        return QStringLiteral("the refusal's reason is empty");
    return {};
}

void TestRbacMatrix::matrix_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<int>("op");
    QTest::addColumn<bool>("allowed");
    for (const QString &role : consoleRoles) {
        const QStringList perms = policyPermissionsOf(role);
        for (const OpSpec &spec : allOps())
            QTest::newRow(qPrintable(role + QLatin1Char('/') + QLatin1String(spec.name)))
                << role << static_cast<int>(spec.op) << perms.contains(spec.permission);
    }
}

void TestRbacMatrix::matrix()
{
    QFETCH(QString, role);
    QFETCH(int, op);
    QFETCH(bool, allowed);
    const Op o = static_cast<Op>(op);
    const OpSpec &spec = specOf(o);
    RowObjects objects;
    const QString prepared = prepare(o, ++m_rowCounter, objects);
    QVERIFY2(prepared.isEmpty(), qPrintable(prepared));
    const qint64 eventsBefore = m_f.auditCount();

    const Outcome out = run(o, m_principals.value(role), objects);
    if (allowed) {
        QVERIFY2(out.ok(), qPrintable(errorCodeName(out.code) + QStringLiteral(": ") + out.message));
        const QString effect = checkEffect(o, objects);
        QVERIFY2(effect.isEmpty(), qPrintable(effect));
        if (spec.mutating) {
            QCOMPARE(m_f.auditCount(), eventsBefore + 1);
            const AuditEvent e = lastEvent();
            QCOMPARE(e.result, AuditResult::Success);
            QCOMPARE(e.actorName, m_usernames.value(role));
            QCOMPARE(e.action, spec.action);
        }
    } else {
        QVERIFY2(out.code == ErrorCode::PermissionDenied,
                 qPrintable(errorCodeName(out.code) + QStringLiteral(": ") + out.message));
        QVERIFY(!out.message.isEmpty());
        const QString audited = deniedEventOk(m_usernames.value(role), spec.action, eventsBefore);
        QVERIFY2(audited.isEmpty(), qPrintable(audited));
        const QString unchanged = checkUnchanged(o, objects);
        QVERIFY2(unchanged.isEmpty(), qPrintable(unchanged));
    }
}

void TestRbacMatrix::helpdeskCannotActOnItself()
{
    LocalStore &s = m_f.store();
    const Principal &helpdesk = m_principals.value(QStringLiteral("helpdesk"));
    const QString self = m_usernames.value(QStringLiteral("helpdesk"));
    const qint64 before = m_f.auditCount();
    auto r = s.setPassword(helpdesk, self, QStringLiteral("my own new password please"), false);
    QCOMPARE(r.code(), ErrorCode::PermissionDenied);
    QVERIFY2(r.message().contains(QLatin1String("your own account")), qPrintable(r.message()));
    const QString audited = deniedEventOk(self, QStringLiteral("user.set_password"), before);
    QVERIFY2(audited.isEmpty(), qPrintable(audited));
    // The old password still works, the new one does not.
    QVERIFY(s.signIn(self, staffPassword()).ok());
    QCOMPARE(s.signIn(self, QStringLiteral("my own new password please")).code(), ErrorCode::AuthenticationFailed);
}

void TestRbacMatrix::helpdeskCannotActOnStrongerAccounts()
{
    LocalStore &s = m_f.store();
    const Principal &helpdesk = m_principals.value(QStringLiteral("helpdesk"));
    const QString helpdeskName = m_usernames.value(QStringLiteral("helpdesk"));
    for (const QString &stronger : {QStringLiteral("admin"), QStringLiteral("owner"), QStringLiteral("auditor")}) {
        const QString target = m_usernames.value(stronger);
        const qint64 before = m_f.auditCount();
        auto r = s.setPassword(helpdesk, target, QStringLiteral("helpdesk chose this one"), true);
        QVERIFY2(r.code() == ErrorCode::PermissionDenied, qPrintable(describe(r)));
        // The refusal names the rule and a permission the helpdesk lacks.
        QVERIFY2(r.message().contains(QLatin1String("console permissions you do not have")), qPrintable(r.message()));
        const QString lacking = stronger == QLatin1String("auditor") ? P::AuditRead : P::UsersCreate;
        QVERIFY2(r.message().contains(lacking), qPrintable(r.message()));
        const QString audited = deniedEventOk(helpdeskName, QStringLiteral("user.set_password"), before);
        QVERIFY2(audited.isEmpty(), qPrintable(audited));
        QCOMPARE(s.findUser(m_f.owner(), target)->mustChangePassword, false);
    }
    // Another helpdesk account holds nothing this one lacks: that reset is allowed.
    auto peer = m_f.addUser(QStringLiteral("helpdesk_peer"), {QStringLiteral("helpdesk")}, staffPassword());
    QVERIFY2(peer.ok(), qPrintable(describe(peer)));
    auto r = s.setPassword(helpdesk, QStringLiteral("helpdesk_peer"), QStringLiteral("a reset by a colleague"), true);
    QVERIFY2(r.ok(), qPrintable(describe(r)));
}

void TestRbacMatrix::lastOwnerIsProtected()
{
    LocalStore &s = m_f.store();
    // Only someone holding every console permission passes the "stronger account" rule against an
    // owner, so the last-owner rule needs a non-owner role that holds them all.
    auto superRole = s.createRole(m_f.owner(), QStringLiteral("superadmin"), {});
    QVERIFY2(superRole.ok(), qPrintable(describe(superRole)));
    for (const QString &p : P::allNames())
        QVERIFY2(s.grantPermission(m_f.owner(), QStringLiteral("superadmin"), p).ok(), qPrintable(p));
    auto sup = m_f.addStaff(QStringLiteral("super"), {QStringLiteral("superadmin")});
    QVERIFY2(sup.ok(), qPrintable(describe(sup)));

    auto expectLastOwnerRefusal = [&](auto result, const QString &action) -> QString {
        if (result.code() != ErrorCode::PermissionDenied)
            return QStringLiteral("%1: %2").arg(action, describe(result));
        if (!result.message().contains(QLatin1String("last active owner")))
            return QStringLiteral("%1: the refusal does not name the rule: %2").arg(action, result.message());
        return QString();
    };
    qint64 before = m_f.auditCount();
    QString e = expectLastOwnerRefusal(s.removeUserRole(sup.value(), ownerName(), QStringLiteral("owner")), QStringLiteral("remove"));
    QVERIFY2(e.isEmpty(), qPrintable(e));
    QString audited = deniedEventOk(QStringLiteral("super"), QStringLiteral("user.role_remove"), before);
    QVERIFY2(audited.isEmpty(), qPrintable(audited));
    before = m_f.auditCount();
    e = expectLastOwnerRefusal(s.disableUser(sup.value(), ownerName(), QStringLiteral("coup"), {}), QStringLiteral("disable"));
    QVERIFY2(e.isEmpty(), qPrintable(e));
    audited = deniedEventOk(QStringLiteral("super"), QStringLiteral("user.disable"), before);
    QVERIFY2(audited.isEmpty(), qPrintable(audited));
    before = m_f.auditCount();
    e = expectLastOwnerRefusal(s.deleteUser(sup.value(), ownerName()), QStringLiteral("delete"));
    QVERIFY2(e.isEmpty(), qPrintable(e));
    audited = deniedEventOk(QStringLiteral("super"), QStringLiteral("user.delete"), before);
    QVERIFY2(audited.isEmpty(), qPrintable(audited));

    // The owner cannot do it to itself either.
    auto self = s.removeUserRole(m_f.owner(), ownerName(), QStringLiteral("owner"));
    QCOMPARE(self.code(), ErrorCode::PermissionDenied);
    QCOMPARE(s.disableUser(m_f.owner(), ownerName(), QStringLiteral("tired"), {}).code(), ErrorCode::PermissionDenied);
    QCOMPARE(s.deleteUser(m_f.owner(), ownerName()).code(), ErrorCode::PermissionDenied);

    // A disabled second owner does not count: the active owner is still the last.
    auto second = m_f.addUser(QStringLiteral("owner_two"), {QStringLiteral("owner")}, staffPassword());
    QVERIFY2(second.ok(), qPrintable(describe(second)));
    QVERIFY(s.disableUser(m_f.owner(), QStringLiteral("owner_two"), QStringLiteral("on leave"), {}).ok());
    e = expectLastOwnerRefusal(s.deleteUser(sup.value(), ownerName()), QStringLiteral("delete with a disabled second owner"));
    QVERIFY2(e.isEmpty(), qPrintable(e));

    // With an active second owner the first one is no longer the last: the rule is about the last one.
    QVERIFY(s.enableUser(m_f.owner(), QStringLiteral("owner_two")).ok());
    auto removed = s.removeUserRole(sup.value(), QStringLiteral("owner_two"), QStringLiteral("owner"));
    QVERIFY2(removed.ok(), qPrintable(describe(removed)));
    // … and now the first one is the last again.
    e = expectLastOwnerRefusal(s.removeUserRole(sup.value(), ownerName(), QStringLiteral("owner")), QStringLiteral("remove again"));
    QVERIFY2(e.isEmpty(), qPrintable(e));

    auto owner = s.findUser(m_f.owner(), ownerName());
    QVERIFY(owner.ok());
    QVERIFY(owner->roles.contains(QStringLiteral("owner")));
    QCOMPARE(owner->status, UserStatus::Active);

    // Clean up for the suites after: the superadmin goes away.
    QVERIFY(s.deleteUser(m_f.owner(), QStringLiteral("super")).ok());
}

void TestRbacMatrix::noEscalation()
{
    LocalStore &s = m_f.store();
    const Principal &admin = m_principals.value(QStringLiteral("admin"));
    const QString adminName = m_usernames.value(QStringLiteral("admin"));
    QVERIFY(s.createRole(m_f.owner(), QStringLiteral("helpers"), {}).ok());
    QVERIFY(m_f.addUser(QStringLiteral("plain_joe")).ok());

    struct Attempt {
        QString what;
        QString action;
        std::function<Outcome()> call;
        QString mustMention;
    };
    const QList<Attempt> attempts = {
        {QStringLiteral("grant settings.manage to its own role"), QStringLiteral("role.grant"),
         [&] { return outcomeOf(s.grantPermission(admin, QStringLiteral("admin"), P::SettingsManage)); }, P::SettingsManage},
        {QStringLiteral("grant settings.manage to another role"), QStringLiteral("role.grant"),
         [&] { return outcomeOf(s.grantPermission(admin, QStringLiteral("helpers"), P::SettingsManage)); }, P::SettingsManage},
        {QStringLiteral("give the owner role to a user"), QStringLiteral("user.role_add"),
         [&] { return outcomeOf(s.addUserRole(admin, QStringLiteral("plain_joe"), QStringLiteral("owner"))); }, P::SettingsManage},
        {QStringLiteral("create a user with the owner role"), QStringLiteral("user.create"),
         [&] {
             NewUser u;
             u.username = QStringLiteral("sneaky");
             u.email = QStringLiteral("sneaky@example.test");
             u.roles = {QStringLiteral("owner")};
             return outcomeOf(s.createUser(admin, u));
         },
         P::SettingsManage},
        {QStringLiteral("import a user with the owner role"), QStringLiteral("user.import"),
         [&] {
             QByteArray csv = "username,email,roles\nsneaky2,sneaky2@example.test,owner\n";
             QBuffer b(&csv);
             b.open(QIODevice::ReadOnly);
             return outcomeOf(s.importUsers(admin, b, {}, {}));
         },
         P::SettingsManage},
        {QStringLiteral("revoke a console permission from the owner role"), QStringLiteral("role.revoke"),
         [&] { return outcomeOf(s.revokePermission(admin, QStringLiteral("owner"), P::UsersRead)); }, QStringLiteral("owner")},
        {QStringLiteral("give itself another role"), QStringLiteral("user.role_add"),
         [&] { return outcomeOf(s.addUserRole(admin, adminName, QStringLiteral("helpers"))); }, QStringLiteral("your own account")},
        {QStringLiteral("reset the owner's password"), QStringLiteral("user.set_password"),
         [&] { return outcomeOf(s.setPassword(admin, ownerName(), QStringLiteral("now I own this store"), false)); },
         P::SettingsManage},
    };
    for (const Attempt &a : attempts) {
        const qint64 before = m_f.auditCount();
        const Outcome out = a.call();
        QVERIFY2(out.code == ErrorCode::PermissionDenied,
                 qPrintable(a.what + QStringLiteral(": ") + errorCodeName(out.code) + QLatin1Char(' ') + out.message));
        QVERIFY2(out.message.contains(a.mustMention), qPrintable(a.what + QStringLiteral(": ") + out.message));
        const QString audited = deniedEventOk(adminName, a.action, before);
        QVERIFY2(audited.isEmpty(), qPrintable(a.what + QStringLiteral(": ") + audited));
    }
    // Nothing changed.
    const auto roles = s.listRoles(m_f.owner()).value();
    for (const Role &r : roles) {
        if (r.name == QLatin1String("admin"))
            QVERIFY(!r.permissions.contains(P::SettingsManage));
        if (r.name == QLatin1String("helpers"))
            QVERIFY(r.permissions.isEmpty());
        if (r.name == QLatin1String("owner"))
            QCOMPARE(r.permissions.size(), P::all().size());
    }
    QVERIFY(s.findUser(m_f.owner(), QStringLiteral("plain_joe"))->roles.isEmpty());
    QCOMPARE(s.findUser(m_f.owner(), QStringLiteral("sneaky")).code(), ErrorCode::NotFound);
    QCOMPARE(s.findUser(m_f.owner(), QStringLiteral("sneaky2")).code(), ErrorCode::NotFound);
    QVERIFY(s.signIn(ownerName(), ownerPassword()).ok());

    // What the admin does hold, it may hand out: the refusal above is about escalation only.
    auto granted = s.grantPermission(admin, QStringLiteral("helpers"), P::UsersRead);
    QVERIFY2(granted.ok(), qPrintable(describe(granted)));
    // Even the owner cannot take a console permission away from the owner role.
    const qint64 before = m_f.auditCount();
    auto ownerRevoke = s.revokePermission(m_f.owner(), QStringLiteral("owner"), P::UsersRead);
    QCOMPARE(ownerRevoke.code(), ErrorCode::PermissionDenied);
    QVERIFY2(ownerRevoke.message().contains(QLatin1String("owner role always keeps")), qPrintable(ownerRevoke.message()));
    const QString audited = deniedEventOk(ownerName(), QStringLiteral("role.revoke"), before);
    QVERIFY2(audited.isEmpty(), qPrintable(audited));
}

void TestRbacMatrix::disabledPrincipalRefusedAtNextCall()
{
    LocalStore &s = m_f.store();
    auto admin2 = m_f.addStaff(QStringLiteral("admin_two"), {QStringLiteral("admin")});
    QVERIFY2(admin2.ok(), qPrintable(describe(admin2)));
    QVERIFY(s.listUsers(admin2.value(), UserQuery{}).ok());

    QVERIFY(s.disableUser(m_f.owner(), QStringLiteral("admin_two"), QStringLiteral("left the company"), {}).ok());
    qint64 before = m_f.auditCount();
    auto listed = s.listUsers(admin2.value(), UserQuery{});
    QCOMPARE(listed.code(), ErrorCode::PermissionDenied);
    QString audited = deniedEventOk(QStringLiteral("admin_two"), QStringLiteral("user.list"), before);
    QVERIFY2(audited.isEmpty(), qPrintable(audited));
    before = m_f.auditCount();
    NewUser u;
    u.username = QStringLiteral("made_while_disabled");
    u.email = QStringLiteral("made_while_disabled@example.test");
    QCOMPARE(s.createUser(admin2.value(), u).code(), ErrorCode::PermissionDenied);
    audited = deniedEventOk(QStringLiteral("admin_two"), QStringLiteral("user.create"), before);
    QVERIFY2(audited.isEmpty(), qPrintable(audited));
    QCOMPARE(s.findUser(m_f.owner(), u.username).code(), ErrorCode::NotFound);
    // Nor can it sign in again.
    QCOMPARE(s.signIn(QStringLiteral("admin_two"), staffPassword()).code(), ErrorCode::PermissionDenied);

    // Enabled again, the same principal works again: permissions are read at every call.
    QVERIFY(s.enableUser(m_f.owner(), QStringLiteral("admin_two")).ok());
    QVERIFY(s.listUsers(admin2.value(), UserQuery{}).ok());
    // Deleted, the principal is refused outright.
    QVERIFY(s.deleteUser(m_f.owner(), QStringLiteral("admin_two")).ok());
    QCOMPARE(s.listUsers(admin2.value(), UserQuery{}).code(), ErrorCode::AuthenticationFailed);
    // A default-constructed principal is nobody.
    QCOMPARE(s.listUsers(Principal(), UserQuery{}).code(), ErrorCode::AuthenticationFailed);
}

void TestRbacMatrix::roleRemovalTakesEffectAtOnce()
{
    LocalStore &s = m_f.store();
    auto admin3 = m_f.addStaff(QStringLiteral("admin_three"), {QStringLiteral("admin")});
    QVERIFY2(admin3.ok(), qPrintable(describe(admin3)));
    QVERIFY(s.createRole(admin3.value(), QStringLiteral("made_by_admin3"), {}).ok());
    QVERIFY(s.removeUserRole(m_f.owner(), QStringLiteral("admin_three"), QStringLiteral("admin")).ok());
    const qint64 before = m_f.auditCount();
    QCOMPARE(s.createRole(admin3.value(), QStringLiteral("made_by_admin3_again"), {}).code(), ErrorCode::PermissionDenied);
    const QString audited = deniedEventOk(QStringLiteral("admin_three"), QStringLiteral("role.create"), before);
    QVERIFY2(audited.isEmpty(), qPrintable(audited));
}

void TestRbacMatrix::denyByDefault()
{
    LocalStore &s = m_f.store();
    auto empty = s.createRole(m_f.owner(), QStringLiteral("fresh_custom"), QStringLiteral("no permissions yet"));
    QVERIFY2(empty.ok(), qPrintable(describe(empty)));
    QVERIFY(empty->permissions.isEmpty());
    QVERIFY(!empty->builtin);

    // A user whose only role is the fresh one cannot even sign in, and the attempt is audited.
    QVERIFY(m_f.addUser(QStringLiteral("eve"), {QStringLiteral("fresh_custom")}, staffPassword()).ok());
    qint64 before = m_f.auditCount();
    auto signedIn = s.signIn(QStringLiteral("eve"), staffPassword());
    QCOMPARE(signedIn.code(), ErrorCode::PermissionDenied);
    QCOMPARE(m_f.auditCount(), before + 1);
    QCOMPARE(lastEvent().result, AuditResult::Denied);
    QCOMPARE(lastEvent().action, QStringLiteral("auth.sign_in"));
    auto effective = s.effectivePermissions(m_f.owner(), QStringLiteral("eve"));
    QVERIFY(effective.ok());
    QVERIFY(effective->isEmpty());

    // A principal whose roles are now only the fresh role and an application role gets nothing.
    QVERIFY(s.createRole(m_f.owner(), QStringLiteral("app_only"), {}).ok());
    QVERIFY(s.grantPermission(m_f.owner(), QStringLiteral("app_only"), QStringLiteral("manage_users")).ok());
    auto mallory = m_f.addStaff(QStringLiteral("mallory"), {QStringLiteral("auditor")});
    QVERIFY2(mallory.ok(), qPrintable(describe(mallory)));
    QVERIFY(s.addUserRole(m_f.owner(), QStringLiteral("mallory"), QStringLiteral("fresh_custom")).ok());
    QVERIFY(s.addUserRole(m_f.owner(), QStringLiteral("mallory"), QStringLiteral("app_only")).ok());
    QVERIFY(s.removeUserRole(m_f.owner(), QStringLiteral("mallory"), QStringLiteral("auditor")).ok());
    int n = 0;
    for (const OpSpec &spec : allOps()) {
        RowObjects objects;
        const QString prepared = prepare(spec.op, 100000 + ++n, objects);
        QVERIFY2(prepared.isEmpty(), qPrintable(prepared));
        before = m_f.auditCount();
        const Outcome out = run(spec.op, mallory.value(), objects);
        QVERIFY2(out.code == ErrorCode::PermissionDenied, qPrintable(QLatin1String(spec.name) + QStringLiteral(": ")
                                                                     + errorCodeName(out.code) + QLatin1Char(' ') + out.message));
        const QString audited = deniedEventOk(QStringLiteral("mallory"), spec.action, before);
        QVERIFY2(audited.isEmpty(), qPrintable(QLatin1String(spec.name) + QStringLiteral(": ") + audited));
    }

    // Granting one permission grants exactly that one.
    QVERIFY(s.grantPermission(m_f.owner(), QStringLiteral("fresh_custom"), P::UsersRead).ok());
    QVERIFY(s.listUsers(mallory.value(), UserQuery{}).ok());
    QCOMPARE(s.listRoles(mallory.value()).code(), ErrorCode::PermissionDenied);
    NewUser u;
    u.username = QStringLiteral("by_mallory");
    u.email = QStringLiteral("by_mallory@example.test");
    QCOMPARE(s.createUser(mallory.value(), u).code(), ErrorCode::PermissionDenied);
}

void TestRbacMatrix::effectivePermissionsSayWhy()
{
    LocalStore &s = m_f.store();
    QVERIFY(s.createRole(m_f.owner(), QStringLiteral("readers"), {}).ok());
    QVERIFY(s.createRole(m_f.owner(), QStringLiteral("Writers"), {}).ok());
    QVERIFY(s.grantPermission(m_f.owner(), QStringLiteral("readers"), QStringLiteral("read")).ok());
    QVERIFY(s.grantPermission(m_f.owner(), QStringLiteral("Writers"), QStringLiteral("read")).ok());
    QVERIFY(s.grantPermission(m_f.owner(), QStringLiteral("Writers"), QStringLiteral("write")).ok());
    QVERIFY(m_f.addUser(QStringLiteral("multi"),
                        {QStringLiteral("helpdesk"), QStringLiteral("auditor"), QStringLiteral("readers"), QStringLiteral("Writers")})
                .ok());
    auto eff = s.effectivePermissions(m_principals.value(QStringLiteral("auditor")), QStringLiteral("multi"));
    QVERIFY2(eff.ok(), qPrintable(describe(eff)));

    // Expected, computed from the policy: every permission of helpdesk and auditor with the roles
    // holding it, plus the two application permissions.
    QMap<QString, QStringList> want;
    for (const QString &role : {QStringLiteral("auditor"), QStringLiteral("helpdesk")})
        for (const QString &p : policyPermissionsOf(role))
            want[p] << role;
    QHash<QString, PermissionKind> kinds;
    for (auto it = want.cbegin(); it != want.cend(); ++it)
        kinds.insert(it.key(), PermissionKind::Console);
    want[QStringLiteral("read")] = {QStringLiteral("readers"), QStringLiteral("Writers")};
    want[QStringLiteral("write")] = {QStringLiteral("Writers")};
    kinds.insert(QStringLiteral("read"), PermissionKind::Application);
    kinds.insert(QStringLiteral("write"), PermissionKind::Application);
    QVERIFY(want.value(P::UsersRead).size() == 2); // the shared one the brief names

    QMap<QString, QStringList> have;
    for (const EffectivePermission &p : eff.value()) {
        QVERIFY2(!have.contains(p.name), qPrintable(QStringLiteral("listed twice: ") + p.name));
        have.insert(p.name, p.viaRoles);
        QVERIFY2(p.kind == kinds.value(p.name), qPrintable(p.name));
    }
    QCOMPARE(have, want);

    // Disabled, the user keeps the roles but exercises none of them.
    QVERIFY(s.disableUser(m_f.owner(), QStringLiteral("multi"), QStringLiteral("suspended"), {}).ok());
    auto none = s.effectivePermissions(m_f.owner(), QStringLiteral("multi"));
    QVERIFY(none.ok());
    QVERIFY(none->isEmpty());
    QCOMPARE(s.findUser(m_f.owner(), QStringLiteral("multi"))->roles.size(), 4);
}

QTEST_GUILESS_MAIN(TestRbacMatrix)
#include "tst_rbac_matrix.moc"
