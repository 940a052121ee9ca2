// BulkPlan: the preview of a bulk action says, per user, what core will do. Checked against core
// itself: every planned item is then run through LocalStore, and a planned change must succeed,
// a refusal must be refused and a skip must change nothing. Also UserChanges::mustChangePassword:
// "require password change" without setting a password, audited, guarded like setPassword.

#include "core/BulkPlan.h"
#include "core/policy/ConsolePermissions.h"
#include "tests/support/StoreFixture.h"

#include <QFile>
#include <QTest>

using namespace authdesk;
using namespace authdesk::test;

namespace P = authdesk::ConsolePermission;

Q_DECLARE_METATYPE(authdesk::BulkActionKind)
Q_DECLARE_METATYPE(authdesk::BulkVerdict)

class TestBulkPlan : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void verdicts_data();
    void verdicts();
    void plannedIsWhatCoreDoes_data();
    void plannedIsWhatCoreDoes();
    void lastOwnerInRunOrder();
    void validation_data();
    void validation();
    void wordsSayBeforeAndAfter();
    void mustChangePasswordSetsTheFlagAndAudits();
    void mustChangePasswordGuards();

private:
    BulkPlanContext contextFor(const Principal &actor);
    QList<User> allUsers();
    User user(const QString &name);
    static BulkAction actionOf(BulkActionKind kind);
    // Back to the store as initTestCase made it (a copy of its file): hashing passwords for a
    // fresh store per case would take most of the suite's time.
    void restore();

    std::unique_ptr<StoreFixture> m_fx;
    Principal m_admin;
    Principal m_helpdesk;
    Principal m_super; // every console permission through a custom role, but not an owner
};

void TestBulkPlan::initTestCase()
{
    m_fx = std::make_unique<StoreFixture>();
    const QString problem = m_fx->create();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    auto &s = m_fx->store();
    auto role = s.createRole(m_fx->owner(), QStringLiteral("super"), QStringLiteral("every console permission"));
    QVERIFY2(role.ok(), qPrintable(describe(role)));
    for (const QString &p : P::allNames()) {
        auto g = s.grantPermission(m_fx->owner(), QStringLiteral("super"), p);
        QVERIFY2(g.ok(), qPrintable(describe(g)));
    }
    QVERIFY(m_fx->addUser(QStringLiteral("ann")).ok());
    QVERIFY(m_fx->addUser(QStringLiteral("eve"), {}, staffPassword()).ok());
    QVERIFY(m_fx->addUser(QStringLiteral("bob"), {QStringLiteral("auditor")}, staffPassword()).ok());
    auto bob = s.disableUser(m_fx->owner(), QStringLiteral("bob"), QStringLiteral("left the company"), {});
    QVERIFY2(bob.ok(), qPrintable(describe(bob)));
    QVERIFY(m_fx->addUser(QStringLiteral("cid"), {QStringLiteral("admin")}, staffPassword()).ok());
    QVERIFY(m_fx->addUser(QStringLiteral("dan")).ok()); // no password: must change it
    QVERIFY(m_fx->addUser(QStringLiteral("co-owner"), {QStringLiteral("owner")}, staffPassword()).ok());
    auto admin = m_fx->addStaff(QStringLiteral("adm"), {QStringLiteral("admin")});
    QVERIFY2(admin.ok(), qPrintable(describe(admin)));
    m_admin = admin.value();
    auto helpdesk = m_fx->addStaff(QStringLiteral("hd"), {QStringLiteral("helpdesk")});
    QVERIFY2(helpdesk.ok(), qPrintable(describe(helpdesk)));
    m_helpdesk = helpdesk.value();
    auto super = m_fx->addStaff(QStringLiteral("sup"), {QStringLiteral("super")});
    QVERIFY2(super.ok(), qPrintable(describe(super)));
    m_super = super.value();
    m_fx->close();
    QVERIFY(QFile::copy(m_fx->path(), m_fx->path() + QStringLiteral(".pristine")));
    const QString problem2 = m_fx->reopen();
    QVERIFY2(problem2.isEmpty(), qPrintable(problem2));
}

void TestBulkPlan::cleanupTestCase()
{
    m_fx.reset();
}

void TestBulkPlan::restore()
{
    m_fx->close();
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(m_fx->path() + QLatin1String(suffix));
    QVERIFY(QFile::copy(m_fx->path() + QStringLiteral(".pristine"), m_fx->path()));
    const QString problem = m_fx->reopen();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

BulkPlanContext TestBulkPlan::contextFor(const Principal &actor)
{
    BulkPlanContext c;
    c.actorId = actor.userId();
    c.actorUsername = actor.username();
    auto perms = m_fx->store().ownConsolePermissions(actor);
    if (perms.ok())
        c.actorPermissions = perms.value();
    // The owner's list of roles stands in for one the actor may not be allowed to read.
    auto roles = m_fx->store().listRoles(m_fx->owner());
    if (roles.ok())
        c.roles = roles.value();
    UserQuery owners;
    owners.filter.role = P::OwnerRole;
    auto page = m_fx->store().listUsers(m_fx->owner(), owners);
    if (page.ok()) {
        QSet<qint64> ids;
        for (const User &u : page->users)
            if (u.status == UserStatus::Active)
                ids.insert(u.id);
        c.activeOwnerIds = ids;
    }
    return c;
}

QList<User> TestBulkPlan::allUsers()
{
    UserQuery q;
    q.limit = 1000;
    auto page = m_fx->store().listUsers(m_fx->owner(), q);
    return page.ok() ? page->users : QList<User>{};
}

User TestBulkPlan::user(const QString &name)
{
    auto u = m_fx->store().findUser(m_fx->owner(), name);
    return u.ok() ? u.value() : User{};
}

BulkAction TestBulkPlan::actionOf(BulkActionKind kind)
{
    BulkAction a;
    a.kind = kind;
    a.reason = QStringLiteral("quarterly access review");
    a.role = QStringLiteral("auditor");
    return a;
}

void TestBulkPlan::verdicts_data()
{
    QTest::addColumn<QString>("actor");
    QTest::addColumn<BulkActionKind>("kind");
    QTest::addColumn<QString>("target");
    QTest::addColumn<BulkVerdict>("verdict");
    QTest::addColumn<QString>("reasonContains");
    using K = BulkActionKind;
    using V = BulkVerdict;
    const QString o = ownerName();
    QTest::newRow("disable an active user") << o << K::Disable << "ann" << V::Change << "";
    QTest::newRow("disable yourself") << o << K::Disable << o << V::Skip << "your own account";
    QTest::newRow("disable a disabled user") << o << K::Disable << "bob" << V::Skip << "Already disabled";
    QTest::newRow("enable an active user") << o << K::Enable << "ann" << V::Skip << "Already active";
    QTest::newRow("enable a disabled user") << o << K::Enable << "bob" << V::Change << "";
    QTest::newRow("add a role already held") << o << K::AddRole << "bob" << V::Skip << "Already has the role auditor";
    QTest::newRow("add a role") << o << K::AddRole << "ann" << V::Change << "";
    QTest::newRow("remove a role not held") << o << K::RemoveRole << "ann" << V::Skip << "Does not have the role";
    QTest::newRow("remove a role") << o << K::RemoveRole << "bob" << V::Change << "";
    QTest::newRow("require change again")
        << o << K::RequirePasswordChange << "dan" << V::Skip << "Already has to change";
    QTest::newRow("require change") << o << K::RequirePasswordChange << "eve" << V::Change << "";
    QTest::newRow("delete") << o << K::Delete << "ann" << V::Change << "";
    QTest::newRow("helpdesk deletes") << "hd" << K::Delete << "ann" << V::Refuse << "users.delete";
    QTest::newRow("helpdesk disables") << "hd" << K::Disable << "ann" << V::Refuse << "users.disable";
    QTest::newRow("helpdesk requires change") << "hd" << K::RequirePasswordChange << "eve" << V::Change << "";
    QTest::newRow("helpdesk on an admin")
        << "hd" << K::RequirePasswordChange << "cid" << V::Refuse << "holds console permissions you do not have";
    QTest::newRow("admin deletes an owner") << "adm" << K::Delete << "co-owner" << V::Refuse << "settings.manage";
    QTest::newRow("admin deletes itself") << "adm" << K::Delete << "adm" << V::Skip << "your own account";
    QTest::newRow("helpdesk adds a role") << "hd" << K::AddRole << "ann" << V::Refuse << "roles.assign";
}

void TestBulkPlan::verdicts()
{
    QFETCH(QString, actor);
    QFETCH(BulkActionKind, kind);
    QFETCH(QString, target);
    QFETCH(BulkVerdict, verdict);
    QFETCH(QString, reasonContains);
    const Principal p = actor == ownerName() ? m_fx->owner() : actor == QLatin1String("hd") ? m_helpdesk : m_admin;
    BulkPlanner planner(actionOf(kind), contextFor(p), QDateTime::currentDateTimeUtc());
    const BulkPlanItem item = planner.plan(user(target));
    QCOMPARE(item.user.username, target);
    QCOMPARE(item.verdict, verdict);
    QVERIFY2(item.reason.contains(reasonContains), qPrintable(item.reason));
    QCOMPARE(item.reason.isEmpty(), verdict == BulkVerdict::Change);
    QCOMPARE(item.after.isEmpty(), verdict != BulkVerdict::Change);
}

void TestBulkPlan::plannedIsWhatCoreDoes_data()
{
    QTest::addColumn<QString>("actor");
    QTest::addColumn<BulkActionKind>("kind");
    for (const char *actor : {"owner", "adm", "hd", "sup"})
        for (BulkActionKind kind :
             {BulkActionKind::Disable, BulkActionKind::Enable, BulkActionKind::AddRole, BulkActionKind::RemoveRole,
              BulkActionKind::RequirePasswordChange, BulkActionKind::Delete})
            QTest::addRow("%s %s", actor, qPrintable(BulkAction::displayName(kind)))
                << QString::fromLatin1(actor) << kind;
}

void TestBulkPlan::plannedIsWhatCoreDoes()
{
    restore();
    if (QTest::currentTestFailed())
        return;
    QFETCH(QString, actor);
    QFETCH(BulkActionKind, kind);
    const Principal p = actor == QLatin1String("owner") ? m_fx->owner()
        : actor == QLatin1String("hd")                  ? m_helpdesk
        : actor == QLatin1String("sup")                 ? m_super
                                                        : m_admin;
    BulkAction action = actionOf(kind);
    if (actor == QLatin1String("sup") && (kind == BulkActionKind::RemoveRole || kind == BulkActionKind::AddRole))
        action.role = P::OwnerRole; // the last-owner rule, in role form
    BulkPlanner planner(action, contextFor(p), QDateTime::currentDateTimeUtc());
    const QList<BulkPlanItem> plan = planner.planAll(allUsers());
    QVERIFY(plan.size() >= 9);
    auto &s = m_fx->store();
    int changes = 0;
    for (const BulkPlanItem &item : plan) {
        const QString ref = QLatin1Char('#') + QString::number(item.user.id);
        const qint64 auditBefore = m_fx->auditCount();
        Status st = Done{};
        switch (kind) {
        case BulkActionKind::Disable: {
            auto r = s.disableUser(p, ref, action.reason, {});
            st = r.ok() ? Status(Done{}) : Status(r.error());
            break;
        }
        case BulkActionKind::Enable: {
            auto r = s.enableUser(p, ref);
            st = r.ok() ? Status(Done{}) : Status(r.error());
            break;
        }
        case BulkActionKind::AddRole: {
            auto r = s.addUserRole(p, ref, action.role);
            st = r.ok() ? Status(Done{}) : Status(r.error());
            break;
        }
        case BulkActionKind::RemoveRole: {
            auto r = s.removeUserRole(p, ref, action.role);
            st = r.ok() ? Status(Done{}) : Status(r.error());
            break;
        }
        case BulkActionKind::RequirePasswordChange: {
            UserChanges c;
            c.mustChangePassword = true;
            auto r = s.updateUser(p, ref, item.user.version, c);
            st = r.ok() ? Status(Done{}) : Status(r.error());
            break;
        }
        case BulkActionKind::Delete:
            st = s.deleteUser(p, ref);
            break;
        }
        const QString what = item.user.username + QStringLiteral(": planned ")
            + QString::number(static_cast<int>(item.verdict)) + QStringLiteral(" (") + item.reason
            + QStringLiteral("), core said ") + describe(st);
        switch (item.verdict) {
        case BulkVerdict::Change:
            ++changes;
            QVERIFY2(st.ok(), qPrintable(what));
            QCOMPARE(m_fx->auditCount(), auditBefore + 1);
            break;
        case BulkVerdict::Refuse:
            QVERIFY2(st.code() == ErrorCode::PermissionDenied, qPrintable(what));
            break;
        case BulkVerdict::Skip:
            // Yourself: refused by core; nothing to do: an error, or nothing changed.
            QVERIFY2(!st.ok() || kind == BulkActionKind::Disable || kind == BulkActionKind::RequirePasswordChange,
                     qPrintable(what));
            break;
        }
    }
    if (p.userId() != m_helpdesk.userId() || kind == BulkActionKind::RequirePasswordChange)
        QVERIFY2(changes > 0, "every actor with the permission has something to change");
}

void TestBulkPlan::lastOwnerInRunOrder()
{
    restore();
    if (QTest::currentTestFailed())
        return;
    // Two active owners, an actor who is not one: the first can go, the second is the last.
    for (BulkActionKind kind : {BulkActionKind::Disable, BulkActionKind::Delete, BulkActionKind::RemoveRole}) {
        BulkAction action = actionOf(kind);
        action.role = P::OwnerRole;
        BulkPlanner planner(action, contextFor(m_super), QDateTime::currentDateTimeUtc());
        const auto plan = planner.planAll({user(ownerName()), user(QStringLiteral("co-owner"))});
        QCOMPARE(plan.size(), 2);
        QCOMPARE(plan.at(0).verdict, BulkVerdict::Change);
        QCOMPARE(plan.at(1).verdict, BulkVerdict::Refuse);
        QVERIFY2(plan.at(1).reason.contains(QLatin1String("last active owner")), qPrintable(plan.at(1).reason));
    }
    // Unknown owners: left to core, not guessed.
    BulkPlanContext c = contextFor(m_super);
    c.activeOwnerIds.reset();
    BulkPlanner planner(actionOf(BulkActionKind::Delete), c, QDateTime::currentDateTimeUtc());
    const auto plan = planner.planAll({user(ownerName()), user(QStringLiteral("co-owner"))});
    QCOMPARE(plan.at(1).verdict, BulkVerdict::Change);
}

void TestBulkPlan::validation_data()
{
    QTest::addColumn<BulkActionKind>("kind");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<int>("untilSecs"); // 0: no end date
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("error"); // empty: valid
    using K = BulkActionKind;
    QTest::newRow("disable with reason") << K::Disable << "left" << 0 << ""
                                         << "";
    QTest::newRow("disable until tomorrow") << K::Disable << "leave" << 86400 << ""
                                            << "";
    QTest::newRow("disable without reason") << K::Disable << "  " << 0 << ""
                                            << "needs a reason";
    QTest::newRow("disable until yesterday") << K::Disable << "leave" << -86400 << ""
                                             << "must lie in the future";
    QTest::newRow("disable, control characters") << K::Disable
                                                 << "a\x01"
                                                    "b"
                                                 << 0 << ""
                                                 << "reason";
    QTest::newRow("add no role") << K::AddRole << "" << 0 << ""
                                 << "Choose the role";
    QTest::newRow("remove no role") << K::RemoveRole << "" << 0 << " "
                                    << "Choose the role";
    QTest::newRow("enable") << K::Enable << "" << 0 << ""
                            << "";
    QTest::newRow("delete") << K::Delete << "" << 0 << ""
                            << "";
}

void TestBulkPlan::validation()
{
    QFETCH(BulkActionKind, kind);
    QFETCH(QString, reason);
    QFETCH(int, untilSecs);
    QFETCH(QString, role);
    QFETCH(QString, error);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    BulkAction a;
    a.kind = kind;
    a.reason = reason;
    a.role = role;
    if (untilSecs != 0)
        a.until = now.addSecs(untilSecs);
    const Status s = a.validate(now);
    QCOMPARE(s.ok(), error.isEmpty());
    if (!error.isEmpty()) {
        QCOMPARE(s.code(), ErrorCode::InvalidInput);
        QVERIFY2(s.message().contains(error), qPrintable(s.message()));
    }
}

void TestBulkPlan::wordsSayBeforeAndAfter()
{
    restore();
    if (QTest::currentTestFailed())
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    BulkAction disable = actionOf(BulkActionKind::Disable);
    auto item = BulkPlanner(disable, contextFor(m_fx->owner()), now).plan(user(QStringLiteral("ann")));
    QCOMPARE(item.before, QStringLiteral("Active"));
    QCOMPARE(item.after, QStringLiteral("Disabled (reason: quarterly access review)"));
    item =
        BulkPlanner(actionOf(BulkActionKind::Enable), contextFor(m_fx->owner()), now).plan(user(QStringLiteral("bob")));
    QCOMPARE(item.before, QStringLiteral("Disabled (reason: left the company)"));
    QCOMPARE(item.after, QStringLiteral("Active"));
    BulkAction add = actionOf(BulkActionKind::AddRole);
    add.role = QStringLiteral("HELPDESK"); // as typed; shown as the role is named
    item = BulkPlanner(add, contextFor(m_fx->owner()), now).plan(user(QStringLiteral("cid")));
    QCOMPARE(item.before, QStringLiteral("Roles: admin"));
    QCOMPARE(item.after, QStringLiteral("Roles: admin, helpdesk"));
    BulkAction remove = actionOf(BulkActionKind::RemoveRole);
    item = BulkPlanner(remove, contextFor(m_fx->owner()), now).plan(user(QStringLiteral("bob")));
    QCOMPARE(item.after, QStringLiteral("No roles"));
    add.role = QStringLiteral("ghosts");
    item = BulkPlanner(add, contextFor(m_fx->owner()), now).plan(user(QStringLiteral("cid")));
    QCOMPARE(item.verdict, BulkVerdict::Refuse);
    QCOMPARE(item.reason, QStringLiteral("There is no role “ghosts”."));
}

void TestBulkPlan::mustChangePasswordSetsTheFlagAndAudits()
{
    restore();
    if (QTest::currentTestFailed())
        return;
    auto &s = m_fx->store();
    const User before = user(QStringLiteral("ann"));
    QVERIFY(before.id > 0);
    // ann was created without a password and so must change it; give her one first.
    QVERIFY(s.setPassword(m_fx->owner(), QStringLiteral("ann"), staffPassword(), false).ok());
    const User ready = user(QStringLiteral("ann"));
    QVERIFY(!ready.mustChangePassword);
    const qint64 audits = m_fx->auditCount();
    UserChanges c;
    c.mustChangePassword = true;
    auto after = s.updateUser(m_helpdesk, QStringLiteral("ann"), ready.version, c);
    QVERIFY2(after.ok(), qPrintable(describe(after)));
    QVERIFY(after->mustChangePassword);
    QCOMPARE(after->version, ready.version + 1);
    QCOMPARE(after->email, ready.email);
    QVERIFY(user(QStringLiteral("ann")).mustChangePassword);
    QCOMPARE(m_fx->auditCount(), audits + 1);
    AuditQuery q;
    q.limit = 1;
    auto events = s.listAudit(m_fx->owner(), q);
    QVERIFY2(events.ok(), qPrintable(describe(events)));
    QCOMPARE(events->size(), 1);
    const AuditEvent &e = events->constFirst();
    QCOMPARE(e.action, QStringLiteral("user.edit"));
    QCOMPARE(e.actorName, QStringLiteral("hd"));
    QCOMPARE(e.targetName, QStringLiteral("ann"));
    QVERIFY2(e.before.contains(QLatin1String("\"must_change_password\":false")), qPrintable(e.before));
    QVERIFY2(e.after.contains(QLatin1String("\"must_change_password\":true")), qPrintable(e.after));
    // The password stays the one she had.
    auto verified = s.verifyPassword(m_fx->owner(), QStringLiteral("ann"), staffPassword());
    QVERIFY2(verified.ok() && verified.value(), qPrintable(describe(verified)));
    // Already set: nothing changes, nothing is recorded.
    const qint64 beforeAgain = m_fx->auditCount();
    auto again = s.updateUser(m_helpdesk, QStringLiteral("ann"), 0, c);
    QVERIFY2(again.ok(), qPrintable(describe(again)));
    QCOMPARE(again->version, after->version);
    QCOMPARE(m_fx->auditCount(), beforeAgain);
}

void TestBulkPlan::mustChangePasswordGuards()
{
    restore();
    if (QTest::currentTestFailed())
        return;
    auto &s = m_fx->store();
    UserChanges c;
    c.mustChangePassword = true;
    const User ann = user(QStringLiteral("ann"));
    // A stale version is a conflict, and nothing changes.
    QVERIFY(s.setPassword(m_fx->owner(), QStringLiteral("ann"), staffPassword(), false).ok());
    auto stale = s.updateUser(m_fx->owner(), QStringLiteral("ann"), ann.version, c);
    QCOMPARE(stale.code(), ErrorCode::Conflict);
    QVERIFY(!user(QStringLiteral("ann")).mustChangePassword);
    // users.write alone is not enough: it is users.reset_password's to force.
    auto role = s.createRole(m_fx->owner(), QStringLiteral("editor"), QStringLiteral("edits contact data"));
    QVERIFY(role.ok());
    QVERIFY(s.grantPermission(m_fx->owner(), QStringLiteral("editor"), P::UsersWrite).ok());
    auto editor = m_fx->addStaff(QStringLiteral("ed"), {QStringLiteral("editor")});
    QVERIFY2(editor.ok(), qPrintable(describe(editor)));
    const qint64 audits = m_fx->auditCount();
    auto refused = s.updateUser(editor.value(), QStringLiteral("ann"), 0, c);
    QCOMPARE(refused.code(), ErrorCode::PermissionDenied);
    QVERIFY2(refused.message().contains(P::UsersResetPassword), qPrintable(refused.message()));
    QCOMPARE(m_fx->auditCount(), audits + 1); // the refusal is recorded
    QVERIFY(!user(QStringLiteral("ann")).mustChangePassword);
    // The editor still edits contact data with users.write.
    UserChanges email;
    email.email = QStringLiteral("ann.new@example.test");
    QVERIFY2(s.updateUser(editor.value(), QStringLiteral("ann"), 0, email).ok(), "users.write edits the email");
    // Never yourself (as with setPassword): another administrator must.
    auto self = s.updateUser(m_helpdesk, QStringLiteral("hd"), 0, c);
    QCOMPARE(self.code(), ErrorCode::PermissionDenied);
    QVERIFY2(self.message().contains(QLatin1String("your own account")), qPrintable(self.message()));
    // Helpdesk cannot force it on an administrator (guardTarget).
    auto admin = s.updateUser(m_helpdesk, QStringLiteral("cid"), 0, c);
    QCOMPARE(admin.code(), ErrorCode::PermissionDenied);
    QVERIFY(!user(QStringLiteral("cid")).mustChangePassword);
}

QTEST_GUILESS_MAIN(TestBulkPlan)
#include "tst_bulkplan.moc"
