// RolesView offscreen against a real local store: the members of the selected role, the "New
// role…" dialog (the core's validation shown inline, nothing stored), the matrix with its
// actions and shortcuts (toggle, undo, redo, apply changes the store), the "why" panel naming
// the roles a permission comes through, and an auditor's read-only view.

#include "models/PermissionMatrixModel.h"
#include "models/RoleListModel.h"
#include "tests/gui/GuiTestSupport.h"
#include "ui/RolesView.h"

#include <QAction>
#include <QApplication>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace authdesk;

namespace {


QStringList items(const QListWidget *list)
{
    QStringList out;
    for (int i = 0; i < list->count(); ++i)
        out << list->item(i)->text();
    return out;
}

} // namespace

class TestRolesView : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void membersOfTheSelectedRole();
    void newRoleDialogShowsTheCoreRefusal();
    void matrixActionsChangeTheStore();
    void whyPanelNamesTheRoles();
    void whyPanelSaysWhenThereIsNoSuchUser();
    void auditorSeesTheMatrixReadOnly();
    void everyControlHasAnAccessibleName();

private:
    static bool settle(RolesView &view);
    Principal addStaff(const QString &name, const QStringList &roles);
    QStringList rolePermissions(const QString &name);

    test::TempStore m_store;
    Principal m_owner;
    Principal m_auditor;
};

bool TestRolesView::settle(RolesView &view)
{
    return QTest::qWaitFor(
        [&] {
            return !view.roleModel()->isLoading() && !view.matrixModel()->isLoading()
                && !view.matrixModel()->isApplying() && !view.isLoadingMembers() && !view.isExplaining();
        },
        30000);
}

Principal TestRolesView::addStaff(const QString &name, const QStringList &roles)
{
    return m_store.addStaff(m_owner, name, roles);
}

QStringList TestRolesView::rolePermissions(const QString &name)
{
    const auto roles = test::resultOf(m_store.directory()->listRoles(m_owner));
    if (roles.ok())
        for (const Role &r : roles.value())
            if (r.name == name)
                return r.permissions;
    return {QStringLiteral("<no such role>")};
}

void TestRolesView::initTestCase()
{
    QVERIFY(m_store.isValid());
    const auto principal = m_store.createOwner();
    QVERIFY2(principal.ok(), qPrintable(principal.message()));
    m_owner = principal.value();
    m_auditor = addStaff(QStringLiteral("audrey"), {QStringLiteral("auditor")});
    addStaff(QStringLiteral("hal"), {QStringLiteral("helpdesk"), QStringLiteral("auditor")});
}

void TestRolesView::membersOfTheSelectedRole()
{
    RolesView view(m_store.directory(), m_owner);
    view.show();
    QVERIFY(settle(view));
    const int row = view.roleModel()->rowOf(QStringLiteral("auditor"));
    QVERIFY(row >= 0);
    view.roleTable()->selectRow(row);
    QVERIFY(settle(view));
    QCOMPARE(items(view.memberList()),
             (QStringList{QStringLiteral("audrey (Staff audrey)"), QStringLiteral("hal (Staff hal)")}));
    view.roleTable()->selectRow(view.roleModel()->rowOf(QStringLiteral("admin")));
    QVERIFY(settle(view));
    QCOMPARE(items(view.memberList()), QStringList{QStringLiteral("Nobody has this role.")});
}

void TestRolesView::newRoleDialogShowsTheCoreRefusal()
{
    NewRoleDialog dialog(m_store.directory(), m_owner);
    dialog.show();
    // A name the core refuses: the rule is shown inline and nothing is stored.
    dialog.nameEdit()->setText(QStringLiteral("-starts with a dash"));
    QTest::mouseClick(dialog.createButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return !dialog.isBusy(); }, 30000));
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY2(dialog.errorText().contains(QStringLiteral("starts with a letter or digit")),
             qPrintable(dialog.errorText()));
    QCOMPARE(rolePermissions(QStringLiteral("-starts with a dash")), QStringList{QStringLiteral("<no such role>")});
    // A duplicate is refused too.
    dialog.nameEdit()->setText(QStringLiteral("Auditor"));
    QTest::mouseClick(dialog.createButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return !dialog.isBusy(); }, 30000));
    QVERIFY2(dialog.errorText().contains(QStringLiteral("already exists")), qPrintable(dialog.errorText()));
    // A good one closes the dialog.
    dialog.nameEdit()->setText(QStringLiteral("Reviewers"));
    dialog.descriptionEdit()->setText(QStringLiteral("Review changes"));
    QTest::mouseClick(dialog.createButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return dialog.result() == QDialog::Accepted; }, 30000));
    QCOMPARE(dialog.createdRole(), QStringLiteral("Reviewers"));
    QCOMPARE(rolePermissions(QStringLiteral("Reviewers")), QStringList{});
}

void TestRolesView::matrixActionsChangeTheStore()
{
    RolesView view(m_store.directory(), m_owner);
    view.show();
    QVERIFY(settle(view));
    QCOMPARE(view.undoAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Z));
    QCOMPARE(view.redoAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    QCOMPARE(view.applyAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Return));
    QVERIFY(!view.applyAction()->isEnabled());
    QVERIFY(view.newRoleButton()->isEnabled());

    PermissionMatrixModel *model = view.matrixModel();
    const QString reviewers = QStringLiteral("Reviewers");
    const QModelIndex readCell = model->index(model->rowOf(QStringLiteral("read")), model->columnOf(reviewers));
    QVERIFY(readCell.isValid());
    QVERIFY(model->setData(readCell, Qt::Checked, Qt::CheckStateRole));
    QVERIFY(view.applyAction()->isEnabled());
    QVERIFY(view.undoAction()->isEnabled());
    QVERIFY(view.matrixStatusText().contains(QStringLiteral("pending")));
    view.undoAction()->trigger();
    QCOMPARE(model->pendingCount(), 0);
    QVERIFY(!view.applyAction()->isEnabled());
    QVERIFY(view.redoAction()->isEnabled());
    view.redoAction()->trigger();
    QCOMPARE(model->pendingCount(), 1);

    view.applyAction()->trigger();
    QVERIFY(
        QTest::qWaitFor([&] { return view.matrixStatusText() == QStringLiteral("All changes were applied."); }, 30000));
    QVERIFY(settle(view));
    QCOMPARE(rolePermissions(reviewers), QStringList{QStringLiteral("read")});
    // The role list was read again: its permission count follows.
    const int row = view.roleModel()->rowOf(reviewers);
    QCOMPARE(view.roleModel()->index(row, RoleListModel::Permissions).data().toString(), QStringLiteral("1"));
}

void TestRolesView::whyPanelNamesTheRoles()
{
    RolesView view(m_store.directory(), m_owner);
    view.show();
    QVERIFY(settle(view));
    view.whyUserEdit()->setText(QStringLiteral("hal"));
    QTest::keyClick(view.whyUserEdit(), Qt::Key_Return);
    QVERIFY(view.isExplaining());
    QVERIFY(settle(view));
    QHash<QString, QString> via;
    for (int i = 0; i < view.whyTree()->topLevelItemCount(); ++i)
        via.insert(view.whyTree()->topLevelItem(i)->text(0), view.whyTree()->topLevelItem(i)->text(1));
    // users.read comes through both of hal's roles, audit.read only through auditor.
    QCOMPARE(via.value(QStringLiteral("users.read")), QStringLiteral("auditor, helpdesk"));
    QCOMPARE(via.value(QStringLiteral("audit.read")), QStringLiteral("auditor"));
    QVERIFY(!via.contains(QStringLiteral("roles.manage")));
    QVERIFY(view.whyStatusText().contains(QStringLiteral("hal")));
}

void TestRolesView::whyPanelSaysWhenThereIsNoSuchUser()
{
    RolesView view(m_store.directory(), m_owner);
    QVERIFY(settle(view));
    view.explain(QStringLiteral("nobody-here"));
    QVERIFY(settle(view));
    QCOMPARE(view.whyTree()->topLevelItemCount(), 0);
    QVERIFY2(view.whyStatusText().contains(QStringLiteral("nobody-here")), qPrintable(view.whyStatusText()));
    view.explain(QStringLiteral("   "));
    QCOMPARE(view.whyStatusText(), QStringLiteral("Type a username or email first."));
}

void TestRolesView::auditorSeesTheMatrixReadOnly()
{
    RolesView view(m_store.directory(), m_auditor);
    view.show();
    QVERIFY(settle(view));
    PermissionMatrixModel *model = view.matrixModel();
    QVERIFY(model->rowCount() > 0);
    for (int row = 0; row < model->rowCount(); ++row)
        for (int column = 0; column < model->columnCount(); ++column)
            QVERIFY(!(model->flags(model->index(row, column)) & Qt::ItemIsUserCheckable));
    QVERIFY(!view.newRoleButton()->isEnabled());
    QVERIFY(view.newRoleButton()->toolTip().contains(QStringLiteral("roles.manage")));
    QVERIFY(!view.applyAction()->isEnabled());
    // A click on a cell changes nothing.
    const QModelIndex cell =
        model->index(model->rowOf(QStringLiteral("read")), model->columnOf(QStringLiteral("Reviewers")));
    QTest::mouseClick(view.matrixTable()->viewport(), Qt::LeftButton, {},
                      view.matrixTable()->visualRect(cell).center());
    QCOMPARE(model->pendingCount(), 0);
}

void TestRolesView::everyControlHasAnAccessibleName()
{
    RolesView view(m_store.directory(), m_owner);
    QVERIFY(settle(view));
    const QList<QWidget *> controls{view.roleTable(),   view.memberList(), view.matrixTable(),
                                    view.whyUserEdit(), view.whyTree(),    view.newRoleButton()};
    for (QWidget *w : controls)
        QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
    for (QPushButton *b : view.findChildren<QPushButton *>())
        QVERIFY2(!b->accessibleName().isEmpty(), qPrintable(b->text()));
}

QTEST_MAIN(TestRolesView)
#include "tst_rolesview.moc"
