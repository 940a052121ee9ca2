// UserDetailPane and its dialogs offscreen against a real local store: what the pane shows (MFA
// without secrets, effective permissions with their roles, the user's own audit events), every
// action end to end (the store changed, the audit written), what a helpdesk operator is offered
// and what core refuses when the pane is forced, bad input as an inline error that changes
// nothing, an edit conflict between two panes, and no password left in the reset dialog.
// With AUTHDESK_USERDETAIL_DEMO set, it shows the pane on a small demo store instead (screenshot).

#include "core/crypto/Otp.h"
#include "core/crypto/OtpAuthUri.h"
#include "core/policy/ConsolePermissions.h"
#include "core/policy/StoreSettings.h"
#include "tests/gui/GuiTestSupport.h"
#include "ui/UserDetailPane.h"
#include "ui/UserDialogs.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUrl>
#include <QUrlQuery>

using namespace authdesk;
namespace P = authdesk::ConsolePermission;

namespace {

constexpr int WaitMs = 30000;

QSet<QString> permissionsOf(Directory *directory, const Principal &who)
{
    const auto list = test::resultOf(directory->ownConsolePermissions(who));
    if (!list.ok())
        qFatal("ownConsolePermissions: %s", qPrintable(list.message()));
    return QSet<QString>(list->begin(), list->end());
}

bool settle(const UserDetailPane &pane)
{
    return QTest::qWaitFor([&] { return !pane.isBusy(); }, WaitMs);
}

template <typename D>
D *waitForDialog(const UserDetailPane &pane)
{
    if (!QTest::qWaitFor([&] { return pane.activeDialog() != nullptr; }, WaitMs))
        return nullptr;
    return qobject_cast<D *>(pane.activeDialog());
}

template <typename D>
bool waitIdle(const D *dialog)
{
    return QTest::qWaitFor([&] { return !dialog->isBusy(); }, WaitMs);
}

bool waitClosed(const UserDetailPane &pane)
{
    return QTest::qWaitFor([&] { return pane.activeDialog() == nullptr && !pane.isBusy(); }, WaitMs);
}

QStringList columnTexts(const QTreeWidget *tree, int column)
{
    QStringList out;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        out << tree->topLevelItem(i)->text(column);
    return out;
}

QStringList listTexts(const QListWidget *list)
{
    QStringList out;
    for (int i = 0; i < list->count(); ++i)
        out << list->item(i)->text();
    return out;
}

// Every text a widget tree shows or holds.
QStringList allTexts(const QWidget *root)
{
    QStringList out;
    for (const QLineEdit *e : root->findChildren<QLineEdit *>())
        out << e->text();
    for (const QLabel *l : root->findChildren<QLabel *>())
        out << l->text();
    for (const QPlainTextEdit *e : root->findChildren<QPlainTextEdit *>())
        out << e->toPlainText();
    for (const QTreeWidget *t : root->findChildren<QTreeWidget *>())
        for (int c = 0; c < t->columnCount(); ++c)
            out << columnTexts(t, c);
    return out;
}

} // namespace

class TestUserDetail : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsTheUser();
    void showsMfaWithoutSecrets();
    void helpdeskIsOfferedWhatItMayDo();
    void coreRefusesWhenThePaneIsForced();
    void ownAccountRefusedInline();
    void editSavesAndAudits();
    void editRefusesABadEmail();
    void editConflictReloadTakesTheirs();
    void editConflictApplyMineKeepsBoth();
    void resetPasswordRefusesAWeakOne();
    void resetPasswordGeneratesAndLeavesNoSecret();
    void resetPasswordCancelLeavesNoSecret();
    void disableRefusesBadInput();
    void disableAndEnable();
    void deleteNeedsTheExactName();
    void addAndRemoveRole();
    void actionsHaveShortcutsAndNames();
    void unlockAfterALockout();
    void signOutEverywhereFromThePane();

private:
    User makeUser(const QString &name, const QStringList &roles = {});
    User storedUser(const QString &name);
    bool audited(const QString &action, const QString &target, AuditResult result, const QString &reason = {});
    int auditCount(const QString &action, const QString &target);
    std::unique_ptr<UserDetailPane> paneFor(const Principal &who, const QString &user);

    test::TempStore m_store;
    Principal m_owner;
    Principal m_helpdesk;
};

void TestUserDetail::initTestCase()
{
    QVERIFY(m_store.isValid());
    const auto owner = m_store.createOwner();
    QVERIFY2(owner.ok(), qPrintable(owner.message()));
    m_owner = owner.value();
    m_helpdesk = m_store.addStaff(m_owner, QStringLiteral("hal"), {QStringLiteral("helpdesk")});
}

User TestUserDetail::makeUser(const QString &name, const QStringList &roles)
{
    NewUser user;
    user.username = name;
    user.email = name + QStringLiteral("@example.test");
    user.displayName = QStringLiteral("User ") + name;
    user.roles = roles;
    user.password = test::staffPassword();
    const auto created = test::resultOf(m_store.directory()->createUser(m_owner, user));
    if (!created.ok())
        qFatal("createUser: %s", qPrintable(created.message()));
    return created.value();
}

User TestUserDetail::storedUser(const QString &name)
{
    const auto found = test::resultOf(m_store.directory()->findUser(m_owner, name));
    return found.ok() ? found.value() : User();
}

bool TestUserDetail::audited(const QString &action, const QString &target, AuditResult result, const QString &reason)
{
    AuditQuery query;
    query.action = action;
    query.target = target;
    query.limit = 100;
    const auto events = test::resultOf(m_store.directory()->listAudit(m_owner, query));
    if (!events.ok())
        return false;
    for (const AuditEvent &e : events.value())
        if (e.targetName == target && e.result == result && (reason.isEmpty() || e.reason == reason))
            return true;
    return false;
}

int TestUserDetail::auditCount(const QString &action, const QString &target)
{
    AuditQuery query;
    query.action = action;
    query.target = target;
    query.limit = 100;
    const auto events = test::resultOf(m_store.directory()->listAudit(m_owner, query));
    int n = 0;
    if (events.ok())
        for (const AuditEvent &e : events.value())
            n += e.targetName == target ? 1 : 0;
    return n;
}

std::unique_ptr<UserDetailPane> TestUserDetail::paneFor(const Principal &who, const QString &user)
{
    auto pane = std::make_unique<UserDetailPane>(m_store.directory(), who);
    pane->setPermissions(permissionsOf(m_store.directory(), who));
    pane->resize(1100, 800);
    pane->show();
    pane->setUser(user);
    return pane;
}

void TestUserDetail::showsTheUser()
{
    const User carol = makeUser(QStringLiteral("carol"), {QStringLiteral("auditor")});
    auto pane = paneFor(m_owner, QStringLiteral("carol"));
    QVERIFY(settle(*pane));
    QVERIFY(pane->hasUser());
    QCOMPARE(pane->user().id, carol.id);
    QCOMPARE(pane->fieldText(QStringLiteral("usernameValue")), QStringLiteral("carol"));
    QCOMPARE(pane->fieldText(QStringLiteral("emailValue")), QStringLiteral("carol@example.test (not verified)"));
    QCOMPARE(pane->fieldText(QStringLiteral("displayNameValue")), QStringLiteral("User carol"));
    QCOMPARE(pane->fieldText(QStringLiteral("statusValue")), QStringLiteral("Active"));
    QCOMPARE(pane->fieldText(QStringLiteral("passwordSchemeValue")), QStringLiteral("argon2id"));
    QCOMPARE(pane->fieldText(QStringLiteral("lastSignInValue")), QStringLiteral("never"));
    QCOMPARE(pane->fieldText(QStringLiteral("createdValue")),
             QLocale().toString(carol.createdAt.toLocalTime(), QLocale::ShortFormat));
    QCOMPARE(listTexts(pane->roleList()), QStringList{QStringLiteral("auditor")});

    // Effective permissions name the role they come through.
    const QStringList names = columnTexts(pane->permissionTree(), 0);
    QVERIFY2(names.contains(P::AuditRead), qPrintable(names.join(QLatin1Char(' '))));
    const int row = static_cast<int>(names.indexOf(P::AuditRead));
    QCOMPARE(pane->permissionTree()->topLevelItem(row)->text(2), QStringLiteral("via role auditor"));
    QVERIFY(!names.contains(P::UsersDelete));

    // Her audit events: the creation, and nothing about "hal" or anyone else.
    const QStringList actions = columnTexts(pane->auditTree(), 2);
    QVERIFY2(actions.contains(QStringLiteral("user.create")), qPrintable(actions.join(QLatin1Char(' '))));
    QVERIFY(pane->auditTree()->topLevelItemCount() <= UserDetailPane::RecentEventCount);

    // The roles she does not hold are offered.
    QVERIFY(pane->roleCombo()->findText(QStringLiteral("admin")) >= 0);
    QCOMPARE(pane->roleCombo()->findText(QStringLiteral("auditor")), -1);

    // By id too, and clear() shows nobody with every action disabled.
    pane->setUser(carol.id);
    QVERIFY(settle(*pane));
    QCOMPARE(pane->fieldText(QStringLiteral("usernameValue")), QStringLiteral("carol"));
    pane->clear();
    QVERIFY(!pane->hasUser());
    QVERIFY(!pane->editAction()->isEnabled());
    QVERIFY(!pane->deleteAction()->isEnabled());

    // A user that does not exist is said so.
    pane->setUser(QStringLiteral("nobody-here"));
    QVERIFY(settle(*pane));
    QVERIFY(!pane->hasUser());
    QVERIFY2(pane->errorText().contains(QStringLiteral("nobody-here")), qPrintable(pane->errorText()));
}

void TestUserDetail::showsMfaWithoutSecrets()
{
    makeUser(QStringLiteral("mona"));
    Directory *dir = m_store.directory();
    const auto enrollment = test::resultOf(dir->enrollTotp(m_owner, QStringLiteral("mona")));
    QVERIFY2(enrollment.ok(), qPrintable(enrollment.message()));
    const auto uri = crypto::parseOtpAuthUri(enrollment->uri);
    QVERIFY2(uri.ok(), qPrintable(uri.message()));
    const QString code = crypto::totp(uri->secret, QDateTime::currentSecsSinceEpoch(), uri->params);
    const auto codes = test::resultOf(dir->activateTotp(m_owner, QStringLiteral("mona"), code));
    QVERIFY2(codes.ok(), qPrintable(codes.message()));

    auto pane = paneFor(m_owner, QStringLiteral("mona"));
    QVERIFY(settle(*pane));
    QCOMPARE(pane->fieldText(QStringLiteral("mfaStateValue")), QStringLiteral("Active"));
    QCOMPARE(pane->fieldText(QStringLiteral("mfaTypeValue")), QStringLiteral("TOTP (SHA1, 6 digits, 30 s)"));
    QCOMPARE(pane->fieldText(QStringLiteral("mfaRecoveryValue")), QLocale().toString(codes->size()));
    QCOMPARE(pane->fieldText(QStringLiteral("mfaFailuresValue")), QStringLiteral("none"));
    // No secret, key URI or recovery code anywhere in the pane.
    const QString base32Secret = QUrlQuery(QUrl(enrollment->uri)).queryItemValue(QStringLiteral("secret"));
    QVERIFY(!base32Secret.isEmpty());
    for (const QString &text : allTexts(pane.get())) {
        QVERIFY2(!text.contains(base32Secret), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("otpauth:")));
        for (const QString &recovery : codes.value())
            QVERIFY2(!text.contains(recovery), qPrintable(text));
    }

    // Someone without MFA is said to have none.
    auto other = paneFor(m_owner, QStringLiteral("hal"));
    QVERIFY(settle(*other));
    QCOMPARE(other->fieldText(QStringLiteral("mfaStateValue")), QStringLiteral("Not enrolled"));
    QVERIFY(!other->mfaNote().isEmpty());
}

void TestUserDetail::helpdeskIsOfferedWhatItMayDo()
{
    makeUser(QStringLiteral("hugo"));
    auto pane = paneFor(m_helpdesk, QStringLiteral("hugo"));
    QVERIFY(settle(*pane));
    QVERIFY(pane->hasUser());
    QVERIFY(pane->resetPasswordAction()->isEnabled());
    struct Expect {
        QAction *action;
        QString permission;
    };
    for (const Expect &e :
         {Expect{pane->deleteAction(), P::UsersDelete}, Expect{pane->editAction(), P::UsersWrite},
          Expect{pane->disableAction(), P::UsersDisable}, Expect{pane->addRoleAction(), P::RolesAssign}}) {
        QVERIFY2(!e.action->isEnabled(), qPrintable(e.action->objectName()));
        QVERIFY2(e.action->toolTip().contains(e.permission), qPrintable(e.action->toolTip()));
        QVERIFY(e.action->toolTip().contains(QStringLiteral("do not have")));
    }
    // The button shows the same.
    auto *deleteButton = pane->findChild<QPushButton *>(QStringLiteral("deleteUserButton"));
    QVERIFY(deleteButton);
    QVERIFY(!deleteButton->isEnabled());
    QVERIFY(deleteButton->toolTip().contains(P::UsersDelete));
    // Triggering a disabled action does nothing.
    pane->deleteAction()->trigger();
    QVERIFY(!pane->activeDialog());
    // The audit section says why it is empty; nothing was asked of the directory for it.
    QVERIFY2(pane->auditNote().contains(P::AuditRead), qPrintable(pane->auditNote()));
    QCOMPARE(pane->auditTree()->topLevelItemCount(), 0);
    AuditQuery refusals;
    refusals.actorId = m_helpdesk.userId();
    refusals.result = AuditResult::Denied;
    const auto denied = test::resultOf(m_store.directory()->listAudit(m_owner, refusals));
    QVERIFY(denied.ok());
    QVERIFY2(denied->isEmpty(), qPrintable(denied->isEmpty() ? QString() : denied->first().action));
    // The details it may read are there.
    QCOMPARE(pane->fieldText(QStringLiteral("usernameValue")), QStringLiteral("hugo"));
}

void TestUserDetail::coreRefusesWhenThePaneIsForced()
{
    const User ivy = makeUser(QStringLiteral("ivy"));
    auto pane = paneFor(m_helpdesk, QStringLiteral("ivy"));
    // A console that believes hal may do everything: core still refuses, and says so inline.
    const QStringList all = P::allNames();
    pane->setPermissions(QSet<QString>(all.begin(), all.end()));
    QVERIFY(settle(*pane));
    QVERIFY(pane->deleteAction()->isEnabled());
    pane->deleteAction()->trigger();
    auto *dialog = waitForDialog<DeleteUserDialog>(*pane);
    QVERIFY(dialog);
    dialog->confirmEdit()->setText(QStringLiteral("ivy"));
    QTest::mouseClick(dialog->deleteButton(), Qt::LeftButton);
    QVERIFY(waitIdle(dialog));
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->errorText().contains(P::UsersDelete), qPrintable(dialog->errorText()));
    QCOMPARE(storedUser(QStringLiteral("ivy")).id, ivy.id);
    // Refused before the lookup, the event names the user as the call did, by id.
    QVERIFY(audited(QStringLiteral("user.delete"), QStringLiteral("#%1").arg(ivy.id), AuditResult::Denied));
    dialog->reject();
    QVERIFY(waitClosed(*pane));
    // The owner sees the refusal among ivy's recent events.
    {
        auto ownerPane = paneFor(m_owner, QStringLiteral("ivy"));
        QVERIFY(settle(*ownerPane));
        const QStringList actions = columnTexts(ownerPane->auditTree(), 2);
        const QStringList results = columnTexts(ownerPane->auditTree(), 3);
        QVERIFY2(!actions.isEmpty() && actions.first() == QStringLiteral("user.delete"),
                 qPrintable(actions.join(QLatin1Char(' '))));
        QCOMPARE(results.first(), QStringLiteral("Denied"));
        QVERIFY(actions.contains(QStringLiteral("user.create")));
    }

    // Forced "Enable" from the pane itself: the refusal is the pane's inline error.
    QVERIFY(test::resultOf(m_store.directory()->disableUser(m_owner, QStringLiteral("ivy"), QStringLiteral("T-1"), {}))
                .ok());
    pane->reload();
    QVERIFY(settle(*pane));
    QVERIFY(pane->enableAction()->isEnabled());
    pane->enableAction()->trigger();
    QVERIFY(settle(*pane));
    QVERIFY2(pane->errorText().contains(P::UsersDisable), qPrintable(pane->errorText()));
    QCOMPARE(storedUser(QStringLiteral("ivy")).status, UserStatus::Disabled);
}

void TestUserDetail::ownAccountRefusedInline()
{
    auto pane = paneFor(m_owner, QStringLiteral("owner"));
    QVERIFY(settle(*pane));
    pane->disableAction()->trigger();
    auto *dialog = waitForDialog<DisableUserDialog>(*pane);
    QVERIFY(dialog);
    dialog->reasonEdit()->setPlainText(QStringLiteral("testing"));
    QTest::mouseClick(dialog->disableButton(), Qt::LeftButton);
    QVERIFY(waitIdle(dialog));
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->errorText().contains(QStringLiteral("your own account")), qPrintable(dialog->errorText()));
    QCOMPARE(storedUser(QStringLiteral("owner")).status, UserStatus::Active);
    dialog->reject();
    QVERIFY(waitClosed(*pane));
}

void TestUserDetail::editSavesAndAudits()
{
    const User before = makeUser(QStringLiteral("edna"));
    auto pane = paneFor(m_owner, QStringLiteral("edna"));
    QVERIFY(settle(*pane));
    QSignalSpy changed(pane.get(), &UserDetailPane::userChanged);
    pane->editAction()->trigger();
    auto *dialog = waitForDialog<EditUserDialog>(*pane);
    QVERIFY(dialog);
    QCOMPARE(dialog->emailEdit()->text(), before.email);
    dialog->displayNameEdit()->setText(QStringLiteral("Edna Mode"));
    dialog->emailEdit()->setText(QStringLiteral("edna.mode@example.test"));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QVERIFY(waitClosed(*pane));
    const User after = storedUser(QStringLiteral("edna"));
    QCOMPARE(after.displayName, QStringLiteral("Edna Mode"));
    QCOMPARE(after.email, QStringLiteral("edna.mode@example.test"));
    QVERIFY(after.version > before.version);
    QVERIFY(audited(QStringLiteral("user.edit"), QStringLiteral("edna"), AuditResult::Success));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().value<User>().displayName, QStringLiteral("Edna Mode"));
    QCOMPARE(pane->fieldText(QStringLiteral("displayNameValue")), QStringLiteral("Edna Mode"));
    QVERIFY(settle(*pane));
    QVERIFY(columnTexts(pane->auditTree(), 2).contains(QStringLiteral("user.edit")));
    QVERIFY(pane->noticeText().contains(QStringLiteral("edna")));
}

void TestUserDetail::editRefusesABadEmail()
{
    const User before = makeUser(QStringLiteral("ezra"));
    auto pane = paneFor(m_owner, QStringLiteral("ezra"));
    QVERIFY(settle(*pane));
    pane->editAction()->trigger();
    auto *dialog = waitForDialog<EditUserDialog>(*pane);
    QVERIFY(dialog);
    dialog->emailEdit()->setText(QStringLiteral("not an email"));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QVERIFY(waitIdle(dialog));
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->errorText().contains(QStringLiteral("mail"), Qt::CaseInsensitive),
             qPrintable(dialog->errorText()));
    QCOMPARE(dialog->emailEdit()->text(), QStringLiteral("not an email")); // what was typed stays
    const User after = storedUser(QStringLiteral("ezra"));
    QCOMPARE(after.email, before.email);
    QCOMPARE(after.version, before.version);
    QCOMPARE(auditCount(QStringLiteral("user.edit"), QStringLiteral("ezra")), 0);
    dialog->reject();
    QVERIFY(waitClosed(*pane));
}

void TestUserDetail::editConflictReloadTakesTheirs()
{
    const User original = makeUser(QStringLiteral("erin"));
    auto first = paneFor(m_owner, QStringLiteral("erin"));
    auto second = paneFor(m_owner, QStringLiteral("erin"));
    QVERIFY(settle(*first));
    QVERIFY(settle(*second));

    second->editAction()->trigger();
    auto *mine = waitForDialog<EditUserDialog>(*second);
    QVERIFY(mine);
    mine->emailEdit()->setText(QStringLiteral("erin.mine@example.test"));

    // Meanwhile the first pane saves a new display name.
    first->editAction()->trigger();
    auto *theirs = waitForDialog<EditUserDialog>(*first);
    QVERIFY(theirs);
    theirs->displayNameEdit()->setText(QStringLiteral("Erin Theirs"));
    QTest::mouseClick(theirs->saveButton(), Qt::LeftButton);
    QVERIFY(waitClosed(*first));
    const User saved = storedUser(QStringLiteral("erin"));
    QVERIFY(saved.version > original.version);

    // The second save meets the conflict: both versions are shown.
    QTest::mouseClick(mine->saveButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return mine->conflictDialog() != nullptr; }, WaitMs));
    EditConflictDialog *conflict = mine->conflictDialog();
    QCOMPARE(conflict->theirDisplayNameText(), QStringLiteral("Erin Theirs"));
    QCOMPARE(conflict->theirEmailText(), original.email);
    QCOMPARE(conflict->myEmailText(), QStringLiteral("erin.mine@example.test"));
    QCOMPARE(conflict->myDisplayNameText(), original.displayName);
    QVERIFY(!mine->errorText().isEmpty());

    // Cancel: back in the editor, nothing typed is lost, nothing saved.
    QTest::mouseClick(conflict->cancelButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return mine->conflictDialog() == nullptr; }, WaitMs));
    QVERIFY(mine->isVisible());
    QCOMPARE(mine->emailEdit()->text(), QStringLiteral("erin.mine@example.test"));
    QCOMPARE(storedUser(QStringLiteral("erin")).email, original.email);

    // Save again, and this time Reload: the editor shows theirs at the new version.
    QTest::mouseClick(mine->saveButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return mine->conflictDialog() != nullptr; }, WaitMs));
    QTest::mouseClick(mine->conflictDialog()->reloadButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return mine->conflictDialog() == nullptr; }, WaitMs));
    QVERIFY(mine->isVisible());
    QCOMPARE(mine->displayNameEdit()->text(), QStringLiteral("Erin Theirs"));
    QCOMPARE(mine->emailEdit()->text(), original.email);
    QCOMPARE(mine->baseVersion(), saved.version);
    QCOMPARE(second->fieldText(QStringLiteral("displayNameValue")), QStringLiteral("Erin Theirs"));
    QCOMPARE(storedUser(QStringLiteral("erin")).version, saved.version);

    // Editing on the reloaded version saves without a conflict.
    mine->emailEdit()->setText(QStringLiteral("erin.after@example.test"));
    QTest::mouseClick(mine->saveButton(), Qt::LeftButton);
    QVERIFY(waitClosed(*second));
    const User stored = storedUser(QStringLiteral("erin"));
    QCOMPARE(stored.email, QStringLiteral("erin.after@example.test"));
    QCOMPARE(stored.displayName, QStringLiteral("Erin Theirs"));
}

void TestUserDetail::editConflictApplyMineKeepsBoth()
{
    const User original = makeUser(QStringLiteral("enzo"));
    auto first = paneFor(m_owner, QStringLiteral("enzo"));
    auto second = paneFor(m_owner, QStringLiteral("enzo"));
    QVERIFY(settle(*first));
    QVERIFY(settle(*second));

    first->editAction()->trigger();
    auto *theirs = waitForDialog<EditUserDialog>(*first);
    second->editAction()->trigger();
    auto *mine = waitForDialog<EditUserDialog>(*second);
    QVERIFY(theirs && mine);
    theirs->displayNameEdit()->setText(QStringLiteral("Enzo Theirs"));
    mine->emailEdit()->setText(QStringLiteral("enzo.mine@example.test"));
    QTest::mouseClick(theirs->saveButton(), Qt::LeftButton);
    QVERIFY(waitClosed(*first));

    QSignalSpy changed(second.get(), &UserDetailPane::userChanged);
    QTest::mouseClick(mine->saveButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return mine->conflictDialog() != nullptr; }, WaitMs));
    QCOMPARE(mine->conflictDialog()->theirDisplayNameText(), QStringLiteral("Enzo Theirs"));
    QCOMPARE(mine->conflictDialog()->myEmailText(), QStringLiteral("enzo.mine@example.test"));
    QTest::mouseClick(mine->conflictDialog()->applyMineButton(), Qt::LeftButton);
    QVERIFY(waitClosed(*second));

    // Mine went over their version; their change to the field I did not touch stays.
    const User stored = storedUser(QStringLiteral("enzo"));
    QCOMPARE(stored.email, QStringLiteral("enzo.mine@example.test"));
    QCOMPARE(stored.displayName, QStringLiteral("Enzo Theirs"));
    QCOMPARE(auditCount(QStringLiteral("user.edit"), QStringLiteral("enzo")), 2);
    QVERIFY(!changed.isEmpty());
    QCOMPARE(changed.last().first().value<User>().email, QStringLiteral("enzo.mine@example.test"));
    QCOMPARE(second->fieldText(QStringLiteral("emailValue")), QStringLiteral("enzo.mine@example.test (not verified)"));
    QCOMPARE(second->fieldText(QStringLiteral("displayNameValue")), QStringLiteral("Enzo Theirs"));
}

void TestUserDetail::resetPasswordRefusesAWeakOne()
{
    makeUser(QStringLiteral("rita"));
    auto pane = paneFor(m_owner, QStringLiteral("rita"));
    QVERIFY(settle(*pane));
    pane->resetPasswordAction()->trigger();
    auto *dialog = waitForDialog<ResetPasswordDialog>(*pane);
    QVERIFY(dialog);
    QVERIFY(dialog->mustChangeBox()->isChecked());

    // Empty, then too short, then a common password: each is named, nothing changes.
    QTest::mouseClick(dialog->setButton(), Qt::LeftButton);
    QVERIFY(waitIdle(dialog));
    QVERIFY2(!dialog->errorText().isEmpty(), "empty password accepted");
    dialog->passwordEdit()->setText(QStringLiteral("short"));
    QTest::mouseClick(dialog->setButton(), Qt::LeftButton);
    QVERIFY(waitIdle(dialog));
    QVERIFY2(dialog->errorText().contains(QStringLiteral("15")), qPrintable(dialog->errorText()));
    dialog->passwordEdit()->setText(QStringLiteral("passwordpassword"));
    QTest::mouseClick(dialog->setButton(), Qt::LeftButton);
    QVERIFY(waitIdle(dialog));
    QVERIFY(dialog->isVisible());
    QVERIFY2(!dialog->errorText().isEmpty(), "a common password was accepted");

    const auto old =
        test::resultOf(m_store.directory()->verifyPassword(m_owner, QStringLiteral("rita"), test::staffPassword()));
    QVERIFY(old.ok() && old.value());
    QCOMPARE(auditCount(QStringLiteral("user.set_password"), QStringLiteral("rita")), 0);
    QVERIFY(!storedUser(QStringLiteral("rita")).mustChangePassword);
    dialog->reject();
    QVERIFY(waitClosed(*pane));
}

void TestUserDetail::resetPasswordGeneratesAndLeavesNoSecret()
{
    makeUser(QStringLiteral("gina"));
    auto pane = paneFor(m_owner, QStringLiteral("gina"));
    QVERIFY(settle(*pane));
    pane->resetPasswordAction()->trigger();
    QPointer<ResetPasswordDialog> dialog = waitForDialog<ResetPasswordDialog>(*pane);
    QVERIFY(dialog);
    QVERIFY(!dialog->generatedEdit()->isVisible());
    QTest::mouseClick(dialog->generateButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return !dialog->generatedEdit()->text().isEmpty(); }, WaitMs));
    const QString password = dialog->generatedEdit()->text();
    QVERIFY(dialog->generatedEdit()->isVisible());
    QCOMPARE(dialog->passwordEdit()->text(), password);
    QVERIFY(password.size() >= 20);
    QTest::mouseClick(dialog->copyButton(), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), password);

    QStringList textsAtClose;
    connect(dialog.data(), &QDialog::finished, this, [&] { textsAtClose = allTexts(dialog.data()); });
    QTest::mouseClick(dialog->setButton(), Qt::LeftButton);
    QVERIFY(waitClosed(*pane));
    QVERIFY(!textsAtClose.isEmpty());
    for (const QString &text : textsAtClose)
        QVERIFY2(!text.contains(password), "the password is still in the dialog");
    QVERIFY(!QApplication::clipboard()->text().contains(password));    // the copy is gone too
    QVERIFY(QTest::qWaitFor([&] { return dialog.isNull(); }, WaitMs)); // deleted on close
    for (const QString &text : allTexts(pane.get()))
        QVERIFY(!text.contains(password));

    const auto verified =
        test::resultOf(m_store.directory()->verifyPassword(m_owner, QStringLiteral("gina"), password));
    QVERIFY(verified.ok() && verified.value());
    QVERIFY(storedUser(QStringLiteral("gina")).mustChangePassword);
    QVERIFY(audited(QStringLiteral("user.set_password"), QStringLiteral("gina"), AuditResult::Success));
    QVERIFY(settle(*pane));
    QCOMPARE(pane->fieldText(QStringLiteral("mustChangeValue")), QStringLiteral("Yes, at the next sign-in"));
    QVERIFY(pane->noticeText().contains(QStringLiteral("must change")));
}

void TestUserDetail::resetPasswordCancelLeavesNoSecret()
{
    makeUser(QStringLiteral("cora"));
    auto pane = paneFor(m_owner, QStringLiteral("cora"));
    QVERIFY(settle(*pane));
    pane->resetPasswordAction()->trigger();
    QPointer<ResetPasswordDialog> dialog = waitForDialog<ResetPasswordDialog>(*pane);
    QVERIFY(dialog);
    QTest::mouseClick(dialog->generateButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return !dialog->generatedEdit()->text().isEmpty(); }, WaitMs));
    const QString password = dialog->generatedEdit()->text();
    dialog->mustChangeBox()->setChecked(false);
    QStringList textsAtClose;
    connect(dialog.data(), &QDialog::finished, this, [&] { textsAtClose = allTexts(dialog.data()); });
    dialog->reject();
    QVERIFY(waitClosed(*pane));
    for (const QString &text : textsAtClose)
        QVERIFY(!text.contains(password));
    QVERIFY(!dialog || !dialog->passwordEdit()->isUndoAvailable());
    const auto old = test::resultOf(m_store.directory()->verifyPassword(m_owner, QStringLiteral("cora"), password));
    QVERIFY(old.ok() && !old.value());
    QCOMPARE(auditCount(QStringLiteral("user.set_password"), QStringLiteral("cora")), 0);
}

void TestUserDetail::disableRefusesBadInput()
{
    const User before = makeUser(QStringLiteral("dina"));
    auto pane = paneFor(m_owner, QStringLiteral("dina"));
    QVERIFY(settle(*pane));
    pane->disableAction()->trigger();
    auto *dialog = waitForDialog<DisableUserDialog>(*pane);
    QVERIFY(dialog);

    // No reason (spaces only).
    dialog->reasonEdit()->setPlainText(QStringLiteral("   "));
    QTest::mouseClick(dialog->disableButton(), Qt::LeftButton);
    QVERIFY(waitIdle(dialog));
    QVERIFY2(dialog->errorText().contains(QStringLiteral("reason is required")), qPrintable(dialog->errorText()));

    // An end in the past.
    dialog->reasonEdit()->setPlainText(QStringLiteral("T-100"));
    dialog->untilBox()->setChecked(true);
    dialog->untilEdit()->setDateTime(QDateTime::currentDateTime().addSecs(-3600));
    QTest::mouseClick(dialog->disableButton(), Qt::LeftButton);
    QVERIFY(waitIdle(dialog));
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->errorText().contains(QStringLiteral("not in the future")), qPrintable(dialog->errorText()));

    const User after = storedUser(QStringLiteral("dina"));
    QCOMPARE(after.status, UserStatus::Active);
    QCOMPARE(after.version, before.version);
    QCOMPARE(auditCount(QStringLiteral("user.disable"), QStringLiteral("dina")), 0);
    dialog->reject();
    QVERIFY(waitClosed(*pane));
}

void TestUserDetail::disableAndEnable()
{
    makeUser(QStringLiteral("otto"));
    auto pane = paneFor(m_owner, QStringLiteral("otto"));
    QVERIFY(settle(*pane));
    QVERIFY(pane->disableAction()->isEnabled());
    QVERIFY(!pane->enableAction()->isEnabled());
    QSignalSpy changed(pane.get(), &UserDetailPane::userChanged);

    pane->disableAction()->trigger();
    auto *dialog = waitForDialog<DisableUserDialog>(*pane);
    QVERIFY(dialog);
    const QDateTime end = QDateTime::currentDateTime().addDays(3);
    dialog->reasonEdit()->setPlainText(QStringLiteral("Ticket T-200: leave"));
    dialog->untilBox()->setChecked(true);
    dialog->untilEdit()->setDateTime(end);
    QTest::mouseClick(dialog->disableButton(), Qt::LeftButton);
    QVERIFY(waitClosed(*pane));

    const User disabled = storedUser(QStringLiteral("otto"));
    QCOMPARE(disabled.status, UserStatus::Disabled);
    QCOMPARE(disabled.disabledReason, QStringLiteral("Ticket T-200: leave"));
    QVERIFY(qAbs(disabled.disabledUntil.secsTo(end)) < 60); // the editor shows minutes
    QVERIFY(audited(QStringLiteral("user.disable"), QStringLiteral("otto"), AuditResult::Success,
                    QStringLiteral("Ticket T-200: leave")));
    QCOMPARE(changed.count(), 1);
    QVERIFY(settle(*pane));
    const QString status = pane->fieldText(QStringLiteral("statusValue"));
    QVERIFY2(status.contains(QStringLiteral("Ticket T-200: leave")), qPrintable(status));
    QVERIFY2(status.contains(QLocale().toString(disabled.disabledUntil.toLocalTime(), QLocale::ShortFormat)),
             qPrintable(status));
    QVERIFY(!pane->disableAction()->isEnabled());
    QVERIFY(pane->enableAction()->isEnabled());
    // A disabled account exercises no permission.
    QVERIFY(pane->permissionsNote().contains(QStringLiteral("disabled")));

    pane->enableAction()->trigger();
    QVERIFY(QTest::qWaitFor([&] { return changed.count() == 2; }, WaitMs));
    QVERIFY(settle(*pane));
    QCOMPARE(storedUser(QStringLiteral("otto")).status, UserStatus::Active);
    QVERIFY(audited(QStringLiteral("user.enable"), QStringLiteral("otto"), AuditResult::Success));
    QCOMPARE(pane->fieldText(QStringLiteral("statusValue")), QStringLiteral("Active"));
    QVERIFY(pane->errorText().isEmpty());
}

void TestUserDetail::deleteNeedsTheExactName()
{
    const User dave = makeUser(QStringLiteral("dave"));
    auto pane = paneFor(m_owner, QStringLiteral("dave"));
    QVERIFY(settle(*pane));
    QSignalSpy deleted(pane.get(), &UserDetailPane::userDeleted);
    pane->deleteAction()->trigger();
    auto *dialog = waitForDialog<DeleteUserDialog>(*pane);
    QVERIFY(dialog);
    QVERIFY(dialog->consequencesLabel()->text().contains(QStringLiteral("cannot be undone"))
            || dialog->consequencesLabel()->text().contains(QStringLiteral("password")));

    for (const QString &wrong : {QString(), QStringLiteral("Dave"), QStringLiteral("dave "), QStringLiteral("dav")}) {
        dialog->confirmEdit()->setText(wrong);
        QTest::mouseClick(dialog->deleteButton(), Qt::LeftButton);
        QVERIFY(waitIdle(dialog));
        QVERIFY2(dialog->isVisible(), qPrintable(wrong));
        QVERIFY2(dialog->errorText().contains(QStringLiteral("dave")), qPrintable(dialog->errorText()));
        QCOMPARE(storedUser(QStringLiteral("dave")).id, dave.id);
    }
    QCOMPARE(auditCount(QStringLiteral("user.delete"), QStringLiteral("dave")), 0);

    dialog->confirmEdit()->setText(QStringLiteral("dave"));
    QTest::mouseClick(dialog->deleteButton(), Qt::LeftButton);
    QVERIFY(waitClosed(*pane));
    QCOMPARE(deleted.count(), 1);
    QCOMPARE(deleted.first().first().toLongLong(), dave.id);
    QCOMPARE(test::resultOf(m_store.directory()->findUser(m_owner, QStringLiteral("dave"))).code(),
             ErrorCode::NotFound);
    QVERIFY(audited(QStringLiteral("user.delete"), QStringLiteral("dave"), AuditResult::Success));
    QVERIFY(!pane->hasUser());
    QVERIFY(pane->noticeText().contains(QStringLiteral("dave")));
}

void TestUserDetail::addAndRemoveRole()
{
    makeUser(QStringLiteral("rolf"));
    auto pane = paneFor(m_owner, QStringLiteral("rolf"));
    QVERIFY(settle(*pane));
    QVERIFY(!pane->removeRoleAction()->isEnabled()); // nothing selected, nothing held
    const int index = pane->roleCombo()->findText(QStringLiteral("auditor"));
    QVERIFY(index >= 0);
    pane->roleCombo()->setCurrentIndex(index);
    QVERIFY(pane->addRoleAction()->isEnabled());
    pane->addRoleAction()->trigger();
    QVERIFY(!pane->addRoleAction()->isEnabled()); // busy
    QVERIFY(settle(*pane));
    QVERIFY(pane->errorText().isEmpty());
    QCOMPARE(storedUser(QStringLiteral("rolf")).roles, QStringList{QStringLiteral("auditor")});
    QVERIFY(audited(QStringLiteral("user.role_add"), QStringLiteral("rolf"), AuditResult::Success));
    QCOMPARE(listTexts(pane->roleList()), QStringList{QStringLiteral("auditor")});
    QVERIFY(columnTexts(pane->permissionTree(), 0).contains(P::AuditRead));
    QCOMPARE(pane->roleCombo()->findText(QStringLiteral("auditor")), -1);

    pane->roleList()->setCurrentRow(0);
    QVERIFY(pane->removeRoleAction()->isEnabled());
    pane->removeRoleAction()->trigger();
    QVERIFY(settle(*pane));
    QVERIFY(pane->errorText().isEmpty());
    QVERIFY(storedUser(QStringLiteral("rolf")).roles.isEmpty());
    QVERIFY(audited(QStringLiteral("user.role_remove"), QStringLiteral("rolf"), AuditResult::Success));
    QVERIFY(pane->permissionTree()->topLevelItemCount() == 0);
}

void TestUserDetail::actionsHaveShortcutsAndNames()
{
    auto pane = paneFor(m_owner, QStringLiteral("hal"));
    QVERIFY(settle(*pane));
    for (QAction *a : {pane->editAction(), pane->resetPasswordAction(), pane->disableAction(), pane->enableAction(),
                       pane->deleteAction()})
        QVERIFY2(!a->shortcut().isEmpty(), qPrintable(a->objectName()));
    for (const QPushButton *b : pane->findChildren<QPushButton *>())
        QVERIFY2(!b->accessibleName().isEmpty(), qPrintable(b->text()));
    // The shortcut opens the dialog when the pane has focus.
    pane->activateWindow();
    pane->setFocus();
    QVERIFY(QTest::qWaitForWindowActive(pane.get()));
    QTest::keyClick(pane.get(), Qt::Key_F2);
    auto *dialog = waitForDialog<EditUserDialog>(*pane);
    QVERIFY(dialog);
    dialog->reject();
    QVERIFY(waitClosed(*pane));
}

void TestUserDetail::unlockAfterALockout()
{
    const User dora = makeUser(QStringLiteral("dora"));
    test::AppSide app(m_store);
    // Every failed login locks for a while (the default needs 30, or two within a second).
    const QString factor = StoreSettings::LockoutFailureFactor;
    QVERIFY(test::resultOf(m_store.directory()->setSetting(m_owner, factor, QStringLiteral("1"))).ok());
    QVERIFY(!app.tryLogin(QStringLiteral("dora"), QStringLiteral("not her password")).ok());
    QVERIFY(!app.tryLogin(QStringLiteral("dora"), test::staffPassword()).ok()); // locked: even the right one
    QVERIFY(storedUser(QStringLiteral("dora")).locked);

    // The helpdesk sees the lockout but may not end it (users.disable).
    {
        auto pane = paneFor(m_helpdesk, QStringLiteral("dora"));
        QVERIFY(settle(*pane));
        QVERIFY2(pane->fieldText(QStringLiteral("lockValue")).startsWith(QStringLiteral("Locked after failed logins")),
                 qPrintable(pane->fieldText(QStringLiteral("lockValue"))));
        QVERIFY(!pane->unlockAction()->isEnabled());
        QVERIFY(pane->unlockAction()->toolTip().contains(P::UsersDisable));
    }

    // The owner unlocks it from the pane; the pane reads the user again.
    auto pane = paneFor(m_owner, QStringLiteral("dora"));
    QVERIFY(settle(*pane));
    QVERIFY(pane->unlockAction()->isEnabled());
    auto *button = pane->findChild<QPushButton *>(QStringLiteral("unlockUserButton"));
    QVERIFY(button && button->isEnabled() && !button->accessibleName().isEmpty());
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(settle(*pane));
    QVERIFY2(pane->errorText().isEmpty(), qPrintable(pane->errorText()));
    QCOMPARE(pane->noticeText(), QStringLiteral("dora is unlocked; applications accept the password again."));
    QCOMPARE(pane->fieldText(QStringLiteral("lockValue")), QStringLiteral("Not locked"));
    QVERIFY(!pane->unlockAction()->isEnabled());
    QVERIFY(pane->unlockAction()->toolTip().contains(QStringLiteral("not locked")));
    QVERIFY(!storedUser(QStringLiteral("dora")).locked);
    QVERIFY(app.tryLogin(QStringLiteral("dora"), test::staffPassword()).ok());
    QVERIFY(audited(QStringLiteral("user.unlock"), QStringLiteral("dora"), AuditResult::Success));
    QVERIFY(test::resultOf(m_store.directory()->setSetting(m_owner, factor, QStringLiteral("30"))).ok());
    Q_UNUSED(dora)
}

void TestUserDetail::signOutEverywhereFromThePane()
{
    makeUser(QStringLiteral("edgar"));
    makeUser(QStringLiteral("fiona"));
    test::AppSide app(m_store);
    const LoginResult laptop = app.login(QStringLiteral("edgar"), QStringLiteral("203.0.113.10"), QStringLiteral("Firefox"));
    const LoginResult phone = app.login(QStringLiteral("edgar"), QStringLiteral("198.51.100.23"), QStringLiteral("iOS"));
    const LoginResult other = app.login(QStringLiteral("fiona"), QStringLiteral("192.0.2.44"), QStringLiteral("curl"));
    auto pane = paneFor(m_owner, QStringLiteral("edgar"));
    QVERIFY(settle(*pane));
    QVERIFY(pane->signOutEverywhereAction()->isEnabled());
    QVERIFY(pane->showSessionsAction()->isEnabled());
    QSignalSpy showRequested(pane.get(), &UserDetailPane::showSessionsRequested);
    pane->showSessionsAction()->trigger();
    QCOMPARE(showRequested.count(), 1);
    QCOMPARE(showRequested.at(0).at(0).toString(), QStringLiteral("edgar"));

    // Cancel in the real message box: nothing ends. It names the user.
    QString said;
    QTimer::singleShot(0, this, [&said] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        said = box->text() + QLatin1Char('\n') + box->informativeText();
        box->button(QMessageBox::Cancel)->click();
    });
    pane->signOutEverywhereAction()->trigger();
    QCOMPARE(said.section(QLatin1Char('\n'), 0, 0), QStringLiteral("Sign edgar out everywhere?"));
    QVERIFY(app.validates(laptop));

    // Confirmed (through the hook): edgar's sessions end, fiona's stays.
    QString asked;
    pane->setConfirmHook([&asked](const QString &, const QString &text, const QString &) {
        asked = text;
        return true;
    });
    pane->signOutEverywhereAction()->trigger();
    QVERIFY(settle(*pane));
    QCOMPARE(asked, QStringLiteral("Sign edgar out everywhere?"));
    QCOMPARE(pane->noticeText(), QStringLiteral("Signed edgar out everywhere: 2 session(s) ended."));
    QVERIFY(!app.validates(laptop));
    QVERIFY(!app.validates(phone));
    QVERIFY(app.validates(other));
    QVERIFY(audited(QStringLiteral("session.revoke_user"), QStringLiteral("edgar"), AuditResult::Success));

    // An auditor may look but not sign anyone out.
    const Principal auditor = m_store.addStaff(m_owner, QStringLiteral("aurel"), {QStringLiteral("auditor")});
    auto auditorPane = paneFor(auditor, QStringLiteral("fiona"));
    QVERIFY(settle(*auditorPane));
    QVERIFY(auditorPane->showSessionsAction()->isEnabled());
    QVERIFY(!auditorPane->signOutEverywhereAction()->isEnabled());
    QVERIFY(auditorPane->signOutEverywhereAction()->toolTip().contains(P::SessionsRevoke));
}

// ---- demo for the screenshot -----------------------------------------------------------------

namespace {

int runDemo()
{
    test::TempStore store;
    const auto owner = store.createOwner();
    if (!owner.ok())
        qFatal("createOwner: %s", qPrintable(owner.message()));
    Directory *dir = store.directory();
    const Principal hal = store.addStaff(owner.value(), QStringLiteral("hal"), {QStringLiteral("helpdesk")});
    NewUser maria;
    maria.username = QStringLiteral("maria.keller");
    maria.email = QStringLiteral("maria.keller@example.com");
    maria.displayName = QStringLiteral("Maria Keller");
    maria.roles = {QStringLiteral("auditor"), QStringLiteral("helpdesk")};
    maria.password = test::staffPassword();
    if (!test::resultOf(dir->createUser(owner.value(), maria)).ok())
        qFatal("createUser");
    const auto enrollment = test::resultOf(dir->enrollTotp(owner.value(), maria.username));
    if (enrollment.ok()) {
        const auto uri = crypto::parseOtpAuthUri(enrollment->uri);
        if (uri.ok())
            (void)test::resultOf(
                dir->activateTotp(owner.value(), maria.username,
                                  crypto::totp(uri->secret, QDateTime::currentSecsSinceEpoch(), uri->params)));
    }
    (void)test::resultOf(dir->signIn(maria.username, test::staffPassword()));
    UserChanges changes;
    changes.displayName = QStringLiteral("Maria Keller (Support)");
    const auto current = test::resultOf(dir->findUser(owner.value(), maria.username));
    (void)test::resultOf(dir->updateUser(owner.value(), maria.username, current->version, changes));
    (void)test::resultOf(dir->setPassword(hal, maria.username, QStringLiteral("tangerine bicycle orbit 42"), true));
    (void)test::resultOf(dir->deleteUser(hal, maria.username)); // refused: helpdesk may not delete
    (void)test::resultOf(
        dir->setPassword(owner.value(), maria.username, QStringLiteral("tangerine bicycle orbit 42"), true));
    (void)test::resultOf(dir->disableUser(owner.value(), maria.username,
                                          QStringLiteral("Ticket SUP-1432: parental leave"),
                                          QDateTime::currentDateTimeUtc().addDays(30)));
    (void)test::resultOf(dir->enableUser(owner.value(), maria.username));

    // AUTHDESK_USERDETAIL_DEMO=conflict, reset, disable or delete: that dialog instead of the pane.
    const QString which = qEnvironmentVariable("AUTHDESK_USERDETAIL_DEMO");
    const auto latest = test::resultOf(dir->findUser(owner.value(), maria.username));
    std::unique_ptr<QDialog> dialog;
    if (which == QLatin1String("conflict"))
        dialog = std::make_unique<EditConflictDialog>(latest.value(), QStringLiteral("m.keller@example.com"),
                                                      QStringLiteral("Maria Keller"));
    else if (which == QLatin1String("reset")) {
        auto reset = std::make_unique<ResetPasswordDialog>(dir, owner.value(), latest.value());
        QTimer::singleShot(500, reset.get(), [r = reset.get()] { r->generateButton()->click(); });
        dialog = std::move(reset);
    } else if (which == QLatin1String("disable"))
        dialog = std::make_unique<DisableUserDialog>(dir, owner.value(), latest.value());
    else if (which == QLatin1String("delete"))
        dialog = std::make_unique<DeleteUserDialog>(dir, owner.value(), latest.value());
    if (dialog) {
        dialog->show();
        QTimer::singleShot(20000, qApp, &QCoreApplication::quit);
        return QApplication::exec();
    }

    UserDetailPane pane(dir, owner.value());
    pane.setWindowTitle(QStringLiteral("AuthDesk — user details"));
    pane.setPermissions(permissionsOf(dir, owner.value()));
    pane.setUser(maria.username);
    pane.resize(1280, 860);
    pane.show();
    QTimer::singleShot(20000, qApp, &QCoreApplication::quit);
    return QApplication::exec();
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("AUTHDESK_USERDETAIL_DEMO"))
        return runDemo();
    TestUserDetail test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_userdetail.moc"
