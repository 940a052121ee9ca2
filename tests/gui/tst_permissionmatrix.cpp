// RoleListModel and PermissionMatrixModel against a real local store through LocalDirectory:
// both watched by QAbstractItemModelTester; toggles are pending until applied, undo and redo
// restore exactly, apply changes the store and audits one event per change, a refusal midway
// stops there and leaves the rest pending, cells the admin may not change are locked (and the
// core still refuses them when called directly), and an auditor sees everything read-only.

#include "core/policy/ConsolePermissions.h"
#include "models/PermissionMatrixModel.h"
#include "models/RoleListModel.h"
#include "tests/gui/GuiTestSupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace authdesk;
namespace P = authdesk::ConsolePermission;


class TestPermissionMatrix : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roleListShowsTheRoles();
    void matrixShape();
    void toggleUndoRedoApply();
    void revokeIsAppliedAndAudited();
    void lockedCellsForAdminWithoutSettingsManage();
    void refusalMidwayLeavesTheRestPending();
    void auditorSeesEverythingReadOnly();
    void discardForgetsEverything();

private:
    struct Watched {
        Watched(Directory *directory, const Principal &actor)
            : model(directory, actor), tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal)
        {}
        PermissionMatrixModel model;
        QAbstractItemModelTester tester;
    };
    static bool settle(PermissionMatrixModel &model);
    bool applyAndWait(PermissionMatrixModel &model, bool *ok, QString *message);
    Principal addStaff(const QString &name, const QStringList &roles);
    void createRole(const QString &name);
    Role role(const QString &name);
    // Successful audit events with ACTION on role TARGET.
    int auditCount(const QString &action, const QString &target);
    static bool setChecked(PermissionMatrixModel &model, const QString &permission, const QString &role, bool on);
    static QModelIndex cell(const PermissionMatrixModel &model, const QString &permission, const QString &role);

    test::TempStore m_store;
    Principal m_owner;
    Principal m_admin;
    Principal m_auditor;
};

bool TestPermissionMatrix::settle(PermissionMatrixModel &model)
{
    return QTest::qWaitFor([&] { return !model.isLoading() && !model.isApplying(); }, 30000);
}

bool TestPermissionMatrix::applyAndWait(PermissionMatrixModel &model, bool *ok, QString *message)
{
    QSignalSpy finished(&model, &PermissionMatrixModel::applyFinished);
    model.apply();
    if (!finished.wait(30000) || finished.count() != 1)
        return false;
    *ok = finished.first().at(0).toBool();
    *message = finished.first().at(1).toString();
    return settle(model);
}

Principal TestPermissionMatrix::addStaff(const QString &name, const QStringList &roles)
{
    return m_store.addStaff(m_owner, name, roles);
}

void TestPermissionMatrix::createRole(const QString &name)
{
    const auto created = test::resultOf(m_store.directory()->createRole(m_owner, name, QStringLiteral("For tests")));
    QVERIFY2(created.ok(), qPrintable(created.message()));
}

Role TestPermissionMatrix::role(const QString &name)
{
    const auto roles = test::resultOf(m_store.directory()->listRoles(m_owner));
    if (roles.ok())
        for (const Role &r : roles.value())
            if (r.name == name)
                return r;
    return {};
}

int TestPermissionMatrix::auditCount(const QString &action, const QString &target)
{
    AuditQuery query;
    query.limit = 10000;
    const auto events = test::resultOf(m_store.directory()->listAudit(m_owner, query));
    if (!events.ok())
        return -1;
    int n = 0;
    for (const AuditEvent &e : events.value())
        n += e.action == action && e.targetName == target && e.result == AuditResult::Success ? 1 : 0;
    return n;
}

QModelIndex TestPermissionMatrix::cell(const PermissionMatrixModel &model, const QString &permission,
                                       const QString &role)
{
    return model.index(model.rowOf(permission), model.columnOf(role));
}

bool TestPermissionMatrix::setChecked(PermissionMatrixModel &model, const QString &permission, const QString &role,
                                      bool on)
{
    return model.setData(cell(model, permission, role), on ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
}

void TestPermissionMatrix::initTestCase()
{
    QVERIFY(m_store.isValid());
    const auto principal = m_store.createOwner();
    QVERIFY2(principal.ok(), qPrintable(principal.message()));
    m_owner = principal.value();
    m_admin = addStaff(QStringLiteral("alice"), {QStringLiteral("admin")});
    m_auditor = addStaff(QStringLiteral("audrey"), {QStringLiteral("auditor")});
}

void TestPermissionMatrix::roleListShowsTheRoles()
{
    RoleListModel model(m_store.directory(), m_owner);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(model.isLoading());
    QVERIFY(QTest::qWaitFor([&] { return !model.isLoading(); }, 30000));
    const int admin = model.rowOf(QStringLiteral("admin"));
    const int auditor = model.rowOf(QStringLiteral("Auditor")); // case-insensitive
    QVERIFY(admin >= 0 && auditor >= 0);
    QCOMPARE(model.columnCount(), int(RoleListModel::ColumnCount));
    QCOMPARE(model.index(auditor, RoleListModel::Name).data().toString(), QStringLiteral("auditor"));
    QCOMPARE(model.index(auditor, RoleListModel::Builtin).data().toString(), QStringLiteral("Built-in"));
    QCOMPARE(model.index(auditor, RoleListModel::Members).data().toString(), QStringLiteral("1"));
    QCOMPARE(model.index(auditor, RoleListModel::Permissions).data().toString(), QStringLiteral("4"));
    QCOMPARE(model.index(auditor, 0).data(RoleListModel::PermissionsRole).toStringList(),
             (QStringList{P::AuditRead, P::RolesRead, P::SessionsRead, P::UsersRead}));

    // Refreshed on demand: a new role appears.
    createRole(QStringLiteral("Zeta team"));
    QCOMPARE(model.rowOf(QStringLiteral("zeta team")), -1);
    model.refresh();
    QVERIFY(QTest::qWaitFor([&] { return !model.isLoading(); }, 30000));
    const int zeta = model.rowOf(QStringLiteral("zeta team"));
    QVERIFY(zeta >= 0);
    QCOMPARE(model.index(zeta, RoleListModel::Builtin).data().toString(), QStringLiteral("Custom"));
    QCOMPARE(model.index(zeta, RoleListModel::Members).data().toString(), QStringLiteral("0"));
}

void TestPermissionMatrix::matrixShape()
{
    Watched w(m_store.directory(), m_owner);
    QVERIFY(settle(w.model));
    const auto perms = test::resultOf(m_store.directory()->listPermissions(m_owner));
    const auto roles = test::resultOf(m_store.directory()->listRoles(m_owner));
    QVERIFY(perms.ok() && roles.ok());
    QCOMPARE(w.model.rowCount(), int(perms->size()));
    QCOMPARE(w.model.columnCount(), int(roles->size()));
    // Console permissions first, then application ones, each with its description as a tooltip.
    bool seenApplication = false;
    for (int row = 0; row < w.model.rowCount(); ++row) {
        const bool console = P::isConsolePermission(w.model.permissionAt(row));
        QVERIFY2(!(console && seenApplication), qPrintable(w.model.permissionAt(row)));
        seenApplication = seenApplication || !console;
    }
    QVERIFY(seenApplication);
    const int settingsRow = w.model.rowOf(P::SettingsManage);
    QCOMPARE(w.model.headerData(settingsRow, Qt::Vertical).toString(), P::SettingsManage);
    QCOMPARE(w.model.headerData(settingsRow, Qt::Vertical, Qt::ToolTipRole).toString(),
             QStringLiteral("Console permission: Change store settings"));
    QCOMPARE(w.model.headerData(w.model.rowOf(QStringLiteral("read")), Qt::Vertical, Qt::ToolTipRole).toString(),
             QStringLiteral("Application permission: Application: read"));
    // Cells mirror the store.
    QCOMPARE(cell(w.model, P::AuditRead, QStringLiteral("auditor")).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(cell(w.model, P::UsersDelete, QStringLiteral("auditor")).data(Qt::CheckStateRole).toInt(),
             int(Qt::Unchecked));
    // The owner keeps every console permission: locked for the owner too, with the reason.
    const QModelIndex ownerCell = cell(w.model, P::UsersRead, QStringLiteral("owner"));
    QVERIFY(!(w.model.flags(ownerCell) & Qt::ItemIsUserCheckable));
    QCOMPARE(ownerCell.data(Qt::ToolTipRole).toString(),
             QStringLiteral("The owner role always keeps every console permission."));
    QVERIFY(w.model.flags(cell(w.model, P::UsersDelete, QStringLiteral("auditor"))) & Qt::ItemIsUserCheckable);
}

void TestPermissionMatrix::toggleUndoRedoApply()
{
    createRole(QStringLiteral("editors"));
    Watched w(m_store.directory(), m_owner);
    QVERIFY(settle(w.model));
    QSignalSpy pendingSpy(&w.model, &PermissionMatrixModel::pendingCountChanged);
    const QString editors = QStringLiteral("editors");
    const QString read = QStringLiteral("read");
    const qint64 versionBefore = role(editors).version;

    QVERIFY(setChecked(w.model, read, editors, true));
    QVERIFY(setChecked(w.model, P::UsersRead, editors, true));
    QVERIFY(!setChecked(w.model, P::UsersRead, editors, true)); // no change, no command
    QCOMPARE(w.model.undoStack()->count(), 2);
    QCOMPARE(w.model.pendingCount(), 2);
    QCOMPARE(pendingSpy.count(), 2);
    const QModelIndex readCell = cell(w.model, read, editors);
    const QModelIndex usersCell = cell(w.model, P::UsersRead, editors);
    QCOMPARE(readCell.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QVERIFY(readCell.data(PermissionMatrixModel::PendingRole).toBool());
    QCOMPARE(readCell.data(Qt::DisplayRole).toString(), QStringLiteral("pending"));
    QCOMPARE(readCell.data(Qt::ToolTipRole).toString(),
             QStringLiteral("Pending: read will be granted to editors when you apply."));
    // Nothing has reached the store yet.
    QCOMPARE(role(editors).permissions, QStringList{});
    QCOMPARE(role(editors).version, versionBefore);

    w.model.undoStack()->undo();
    QCOMPARE(usersCell.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QVERIFY(!usersCell.data(PermissionMatrixModel::PendingRole).toBool());
    QCOMPARE(usersCell.data(Qt::DisplayRole).toString(), QString());
    QVERIFY(readCell.data(PermissionMatrixModel::PendingRole).toBool());
    QCOMPARE(w.model.pendingCount(), 1);
    w.model.undoStack()->undo();
    QCOMPARE(w.model.pendingCount(), 0);
    QCOMPARE(readCell.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    w.model.undoStack()->redo();
    w.model.undoStack()->redo();
    QCOMPARE(w.model.pendingCount(), 2);
    QCOMPARE(usersCell.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QVERIFY(usersCell.data(PermissionMatrixModel::PendingRole).toBool());
    QCOMPARE(w.model.pendingChanges(),
             (QList<PermissionMatrixModel::Change>{{editors, P::UsersRead, true}, {editors, read, true}}));

    const int grantsBefore = auditCount(QStringLiteral("role.grant"), editors);
    QSignalSpy progress(&w.model, &PermissionMatrixModel::applyProgress);
    bool ok = false;
    QString message;
    QVERIFY(applyAndWait(w.model, &ok, &message));
    QVERIFY2(ok, qPrintable(message));
    QCOMPARE(progress.count(), 3); // 0/2, 1/2, 2/2
    QCOMPARE(progress.last().at(0).toInt(), 2);
    QCOMPARE(progress.last().at(1).toInt(), 2);
    QCOMPARE(role(editors).permissions, (QStringList{read, P::UsersRead}));
    QCOMPARE(auditCount(QStringLiteral("role.grant"), editors), grantsBefore + 2);
    QCOMPARE(w.model.pendingCount(), 0);
    QCOMPARE(w.model.undoStack()->count(), 0);
    const QModelIndex after = cell(w.model, P::UsersRead, editors);
    QCOMPARE(after.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QVERIFY(!after.data(PermissionMatrixModel::PendingRole).toBool());
}

void TestPermissionMatrix::revokeIsAppliedAndAudited()
{
    const QString editors = QStringLiteral("editors");
    QVERIFY(role(editors).permissions.contains(QStringLiteral("read")));
    Watched w(m_store.directory(), m_owner);
    QVERIFY(settle(w.model));
    QVERIFY(setChecked(w.model, QStringLiteral("read"), editors, false));
    QCOMPARE(cell(w.model, QStringLiteral("read"), editors).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Pending: read will be revoked from editors when you apply."));
    const int revokesBefore = auditCount(QStringLiteral("role.revoke"), editors);
    bool ok = false;
    QString message;
    QVERIFY(applyAndWait(w.model, &ok, &message));
    QVERIFY2(ok, qPrintable(message));
    QCOMPARE(role(editors).permissions, QStringList{P::UsersRead});
    QCOMPARE(auditCount(QStringLiteral("role.revoke"), editors), revokesBefore + 1);
}

void TestPermissionMatrix::lockedCellsForAdminWithoutSettingsManage()
{
    const QString editors = QStringLiteral("editors");
    Watched w(m_store.directory(), m_admin);
    QVERIFY(settle(w.model));
    QVERIFY(w.model.canManageRoles());
    const QModelIndex settings = cell(w.model, P::SettingsManage, editors);
    QVERIFY(settings.isValid());
    QVERIFY(!(w.model.flags(settings) & Qt::ItemIsUserCheckable));
    QVERIFY(!settings.data(PermissionMatrixModel::EditableRole).toBool());
    QCOMPARE(settings.data(Qt::ToolTipRole).toString(),
             QStringLiteral("You cannot grant or revoke settings.manage, which you do not hold yourself."));
    QVERIFY(!setChecked(w.model, P::SettingsManage, editors, true));
    QCOMPARE(w.model.undoStack()->count(), 0);
    QCOMPARE(w.model.pendingCount(), 0);
    // A role holding what the admin lacks is locked in every cell, with the reason.
    const QModelIndex ownerApp = cell(w.model, QStringLiteral("read"), QStringLiteral("owner"));
    QVERIFY(!(w.model.flags(ownerApp) & Qt::ItemIsUserCheckable));
    QCOMPARE(ownerApp.data(Qt::ToolTipRole).toString(),
             QStringLiteral("The role owner holds settings.manage, which you do not have; you cannot change it."));
    // What the admin holds stays editable.
    QVERIFY(w.model.flags(cell(w.model, P::AuditRead, editors)) & Qt::ItemIsUserCheckable);

    // The display is not the guard: the core refuses the same change when asked directly.
    const auto forced = test::resultOf(m_store.directory()->grantPermission(m_admin, editors, P::SettingsManage));
    QVERIFY(!forced.ok());
    QCOMPARE(forced.code(), ErrorCode::PermissionDenied);
    QVERIFY2(forced.message().contains(P::SettingsManage), qPrintable(forced.message()));
    QVERIFY(!role(editors).permissions.contains(P::SettingsManage));
}

void TestPermissionMatrix::refusalMidwayLeavesTheRestPending()
{
    for (const char *name : {"alpha", "beta", "gamma"})
        createRole(QString::fromLatin1(name));
    const QString alpha = QStringLiteral("alpha"), beta = QStringLiteral("beta"), gamma = QStringLiteral("gamma");
    const QString write = QStringLiteral("write");
    Watched w(m_store.directory(), m_admin);
    QVERIFY(settle(w.model));
    QVERIFY(w.model.columnOf(alpha) < w.model.columnOf(beta));
    QVERIFY(w.model.columnOf(beta) < w.model.columnOf(gamma));
    QVERIFY(setChecked(w.model, write, gamma, true));
    QVERIFY(setChecked(w.model, write, alpha, true));
    QVERIFY(setChecked(w.model, write, beta, true));
    QCOMPARE(w.model.pendingCount(), 3);
    // Behind the model's back, beta gets a power the admin lacks: the core will refuse beta.
    const auto granted = test::resultOf(m_store.directory()->grantPermission(m_owner, beta, P::SettingsManage));
    QVERIFY2(granted.ok(), qPrintable(granted.message()));

    const int grantsAlpha = auditCount(QStringLiteral("role.grant"), alpha);
    bool ok = true;
    QString message;
    QVERIFY(applyAndWait(w.model, &ok, &message));
    QVERIFY(!ok);
    QCOMPARE(
        message,
        QStringLiteral("Refused: the role beta holds settings.manage, which you do not have; you cannot change it."));
    // Alpha went through and is shown as applied; beta and gamma are still pending.
    QCOMPARE(role(alpha).permissions, QStringList{write});
    QCOMPARE(auditCount(QStringLiteral("role.grant"), alpha), grantsAlpha + 1);
    QCOMPARE(role(beta).permissions, QStringList{P::SettingsManage});
    QCOMPARE(role(gamma).permissions, QStringList{});
    QVERIFY(!cell(w.model, write, alpha).data(PermissionMatrixModel::PendingRole).toBool());
    QCOMPARE(cell(w.model, write, alpha).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QVERIFY(cell(w.model, write, beta).data(PermissionMatrixModel::PendingRole).toBool());
    QVERIFY(cell(w.model, write, gamma).data(PermissionMatrixModel::PendingRole).toBool());
    QCOMPARE(w.model.pendingCount(), 2);
    // After the reload beta is locked for this admin, and says why.
    QVERIFY(!(w.model.flags(cell(w.model, write, beta)) & Qt::ItemIsUserCheckable));
}

void TestPermissionMatrix::auditorSeesEverythingReadOnly()
{
    Watched w(m_store.directory(), m_auditor);
    QVERIFY(settle(w.model));
    QVERIFY(w.model.rowCount() > 0 && w.model.columnCount() > 0);
    QVERIFY(!w.model.canManageRoles());
    for (int row = 0; row < w.model.rowCount(); ++row)
        for (int column = 0; column < w.model.columnCount(); ++column)
            QVERIFY(!(w.model.flags(w.model.index(row, column)) & Qt::ItemIsUserCheckable));
    const QModelIndex any = cell(w.model, QStringLiteral("read"), QStringLiteral("editors"));
    QCOMPARE(any.data(Qt::ToolTipRole).toString(),
             QStringLiteral(
                 "You cannot change roles: that needs the console permission roles.manage, which you do not have."));
    QVERIFY(!setChecked(w.model, QStringLiteral("read"), QStringLiteral("editors"), true));
    QCOMPARE(w.model.pendingCount(), 0);
}

void TestPermissionMatrix::discardForgetsEverything()
{
    Watched w(m_store.directory(), m_owner);
    QVERIFY(settle(w.model));
    QVERIFY(setChecked(w.model, QStringLiteral("delete"), QStringLiteral("editors"), true));
    QCOMPARE(w.model.pendingCount(), 1);
    w.model.discard();
    QCOMPARE(w.model.pendingCount(), 0);
    QCOMPARE(w.model.undoStack()->count(), 0);
    QCOMPARE(cell(w.model, QStringLiteral("delete"), QStringLiteral("editors")).data(Qt::CheckStateRole).toInt(),
             int(Qt::Unchecked));
    QVERIFY(!role(QStringLiteral("editors")).permissions.contains(QStringLiteral("delete")));
}

QTEST_MAIN(TestPermissionMatrix)
#include "tst_permissionmatrix.moc"
