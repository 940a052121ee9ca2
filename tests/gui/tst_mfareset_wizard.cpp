// The helpdesk MFA reset wizard offscreen against a real local store: a helpdesk operator resets a
// user whose authenticator was enrolled with a code from oathtool (an implementation we did not
// write), through the user pane as the console offers it; every refusal (self, a more-privileged
// target, an auditor and an admin without mfa.reset, an incomplete request); a conflict made by a
// second LocalDirectory between inspection and confirmation; and the temporary access pass shown
// once and gone from every widget after closing.
// With AUTHDESK_MFARESET_SHOTS=DIR, the end-to-end case saves the Inspect and Done pages there.

#include "core/policy/ConsolePermissions.h"
#include "core/policy/InputRules.h"
#include "tests/gui/GuiTestSupport.h"
#include "tests/support/Oathtool.h"
#include "ui/MfaResetWizard.h"
#include "ui/UserDetailPane.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QTreeWidget>
#include <QUrl>
#include <QUrlQuery>

using namespace authdesk;
namespace P = authdesk::ConsolePermission;

namespace {

constexpr int WaitMs = 30000;

const QString Ticket = QStringLiteral("INC-20417");
const QString Reason = QStringLiteral("Phone lost on a train; new phone issued");

QSet<QString> permissionsOf(Directory *directory, const Principal &who)
{
    const auto list = test::resultOf(directory->ownConsolePermissions(who));
    if (!list.ok())
        qFatal("ownConsolePermissions: %s", qPrintable(list.message()));
    return QSet<QString>(list->begin(), list->end());
}

// A TOTP code from oathtool for the otpauth URI's secret and parameters, at the current time.
QString oathtoolCode(const QString &uri)
{
    return test::oathtoolTotp(uri, QDateTime::currentDateTimeUtc());
}

bool waitIdle(const MfaResetWizard &wizard)
{
    return QTest::qWaitFor([&] { return !wizard.isBusy(); }, WaitMs);
}

bool settle(const UserDetailPane &pane)
{
    return QTest::qWaitFor([&] { return !pane.isBusy(); }, WaitMs);
}

// Every text a widget tree shows or holds.
QStringList allTexts(const QWidget *root)
{
    QStringList out;
    for (const QLineEdit *e : root->findChildren<QLineEdit *>())
        out << e->text() << e->displayText();
    for (const QLabel *l : root->findChildren<QLabel *>())
        out << l->text();
    for (const QPlainTextEdit *e : root->findChildren<QPlainTextEdit *>())
        out << e->toPlainText();
    for (const QTreeWidget *t : root->findChildren<QTreeWidget *>())
        for (int i = 0; i < t->topLevelItemCount(); ++i)
            for (int c = 0; c < t->columnCount(); ++c)
                out << t->topLevelItem(i)->text(c) << t->topLevelItem(i)->toolTip(c);
    for (const QWidget *w : root->findChildren<QWidget *>())
        out << w->toolTip() << w->accessibleName();
    return out;
}

void chooseMethod(MfaResetWizard &wizard, const QString &name)
{
    QComboBox *combo = wizard.methodCombo();
    combo->setCurrentIndex(combo->findData(name));
}

void fillRequest(MfaResetWizard &wizard, const QString &ticket, const QString &reason, const QString &method,
                 const QString &note = {})
{
    wizard.ticketEdit()->clear();
    // Typed like an operator would, except control characters (Esc would close the wizard).
    if (InputRules::escapeForDisplay(ticket) != ticket)
        wizard.ticketEdit()->setText(ticket);
    else
        QTest::keyClicks(wizard.ticketEdit(), ticket);
    wizard.reasonEdit()->clear();
    QTest::keyClicks(wizard.reasonEdit(), reason);
    if (method.isEmpty())
        wizard.methodCombo()->setCurrentIndex(-1);
    else
        chooseMethod(wizard, method);
    wizard.noteEdit()->clear();
    QTest::keyClicks(wizard.noteEdit(), note);
}

} // namespace

class TestMfaResetWizard : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void methodsAreTheCoreNames();
    void incompleteRequestKeepsNextDisabled_data();
    void incompleteRequestKeepsNextDisabled();
    void resetEndToEndThroughThePane();
    void refusesTheOperatorThemself();
    void refusesAMorePrivilegedTarget();
    void actionDisabledWithoutMfaReset_data();
    void actionDisabledWithoutMfaReset();
    void conflictReturnsToInspectWithTheRequestKept();
    void temporaryPassShownOnceAndGoneAfterClosing();

private:
    User makeEnrolledUser(const QString &name, const QStringList &roles = {});
    User storedUser(const QString &name);
    MfaStatus mfaOf(const QString &name);
    QList<AuditEvent> resetEvents(const QString &target);
    std::unique_ptr<MfaResetWizard> wizardFor(const Principal &who, const QString &name);
    // Fills a valid request and goes to the Inspect page, waiting for the inspection.
    bool inspectWith(MfaResetWizard &wizard);
    void saveShot(QWidget *widget, const QString &name);

    test::TempStore m_store;
    Principal m_owner;
    Principal m_helpdesk;
    Principal m_auditor;
    Principal m_userAdmin;
};

void TestMfaResetWizard::initTestCase()
{
    QVERIFY(m_store.isValid());
    const auto owner = m_store.createOwner();
    QVERIFY2(owner.ok(), qPrintable(owner.message()));
    m_owner = owner.value();
    m_helpdesk = m_store.addStaff(m_owner, QStringLiteral("hal"), {QStringLiteral("helpdesk")});
    m_auditor = m_store.addStaff(m_owner, QStringLiteral("audrey"), {QStringLiteral("auditor")});
    // An administrator of users who was not given mfa.reset.
    Directory *dir = m_store.directory();
    QVERIFY(test::resultOf(dir->createRole(m_owner, QStringLiteral("usermgr"), QStringLiteral("Users, no MFA"))).ok());
    for (const QString &p : {P::UsersRead, P::UsersWrite, P::UsersDisable, P::UsersResetPassword, P::MfaEnroll})
        QVERIFY(test::resultOf(dir->grantPermission(m_owner, QStringLiteral("usermgr"), p)).ok());
    m_userAdmin = m_store.addStaff(m_owner, QStringLiteral("umberto"), {QStringLiteral("usermgr")});
    // A console user with less than the helpdesk holds, so the console sign-in with a pass can be tried.
    QVERIFY(test::resultOf(dir->createRole(m_owner, QStringLiteral("viewer"), QStringLiteral("Reads users"))).ok());
    QVERIFY(test::resultOf(dir->grantPermission(m_owner, QStringLiteral("viewer"), P::UsersRead)).ok());
}

User TestMfaResetWizard::makeEnrolledUser(const QString &name, const QStringList &roles)
{
    Directory *dir = m_store.directory();
    NewUser user;
    user.username = name;
    user.email = name + QStringLiteral("@example.test");
    user.displayName = QStringLiteral("User ") + name;
    user.roles = roles;
    user.password = test::staffPassword();
    const auto created = test::resultOf(dir->createUser(m_owner, user));
    if (!created.ok())
        qFatal("createUser: %s", qPrintable(created.message()));
    const auto enrollment = test::resultOf(dir->enrollTotp(m_owner, name));
    if (!enrollment.ok())
        qFatal("enrollTotp: %s", qPrintable(enrollment.message()));
    const auto codes = test::resultOf(dir->activateTotp(m_owner, name, oathtoolCode(enrollment->uri)));
    if (!codes.ok())
        qFatal("activateTotp: %s", qPrintable(codes.message()));
    return storedUser(name);
}

User TestMfaResetWizard::storedUser(const QString &name)
{
    const auto found = test::resultOf(m_store.directory()->findUser(m_owner, name));
    if (!found.ok())
        qFatal("findUser: %s", qPrintable(found.message()));
    return found.value();
}

MfaStatus TestMfaResetWizard::mfaOf(const QString &name)
{
    const auto status = test::resultOf(m_store.directory()->mfaStatus(m_owner, name));
    if (!status.ok())
        qFatal("mfaStatus: %s", qPrintable(status.message()));
    return status.value();
}

QList<AuditEvent> TestMfaResetWizard::resetEvents(const QString &target)
{
    AuditQuery query;
    query.action = QStringLiteral("mfa.reset");
    query.target = target;
    query.limit = 1000;
    const auto events = test::resultOf(m_store.directory()->listAudit(m_owner, query));
    if (!events.ok())
        qFatal("listAudit: %s", qPrintable(events.message()));
    QList<AuditEvent> out;
    for (const AuditEvent &e : events.value())
        if (e.targetName == target)
            out << e;
    return out;
}

std::unique_ptr<MfaResetWizard> TestMfaResetWizard::wizardFor(const Principal &who, const QString &name)
{
    auto wizard = std::make_unique<MfaResetWizard>(m_store.directory(), who, storedUser(name));
    wizard->show();
    return wizard;
}

bool TestMfaResetWizard::inspectWith(MfaResetWizard &wizard)
{
    fillRequest(wizard, Ticket, Reason, identityCheckName(IdentityCheck::CallBack));
    if (!wizard.nextButton()->isEnabled())
        return false;
    QTest::mouseClick(wizard.nextButton(), Qt::LeftButton);
    return wizard.currentPage() == MfaResetWizard::InspectPage && waitIdle(wizard);
}

void TestMfaResetWizard::saveShot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("AUTHDESK_MFARESET_SHOTS");
    if (dir.isEmpty())
        return;
    QTest::qWait(200); // let the layout settle before the grab
    QVERIFY(widget->grab().save(QDir(dir).filePath(name)));
}

void TestMfaResetWizard::methodsAreTheCoreNames()
{
    auto wizard = wizardFor(m_helpdesk, QStringLiteral("owner"));
    QComboBox *combo = wizard->methodCombo();
    QStringList names;
    for (int i = 0; i < combo->count(); ++i) {
        names << combo->itemData(i).toString();
        // Labels are words for people, not the stable names.
        QVERIFY(combo->itemText(i) != combo->itemData(i).toString());
    }
    QCOMPARE(names, identityCheckNames());
    QCOMPARE(names.size(), 4);
    QCOMPARE(combo->currentIndex(), -1); // nothing chosen for the operator
}

void TestMfaResetWizard::incompleteRequestKeepsNextDisabled_data()
{
    QTest::addColumn<QString>("ticket");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("note");
    QTest::addColumn<QString>("message"); // empty: the request is complete

    const QString callBack = identityCheckName(IdentityCheck::CallBack);
    const QString other = identityCheckName(IdentityCheck::Other);
    QTest::newRow("complete") << Ticket << Reason << callBack << QString() << QString();
    QTest::newRow("complete, other with text")
        << Ticket << Reason << other << QStringLiteral("Video call, badge shown") << QString();
    QTest::newRow("no ticket") << QString() << Reason << callBack << QString() << QStringLiteral("ticket number");
    QTest::newRow("blank ticket") << QStringLiteral("   ") << Reason << callBack << QString()
                                  << QStringLiteral("ticket number");
    QTest::newRow("ticket too long") << QString(65, QLatin1Char('T')) << Reason << callBack << QString()
                                     << QStringLiteral("at most 64 characters");
    QTest::newRow("control character in ticket")
        << QStringLiteral("INC-1\x1b[2J") << Reason << callBack << QString() << QStringLiteral("control");
    QTest::newRow("no reason") << Ticket << QString() << callBack << QString() << QStringLiteral("reason");
    QTest::newRow("no method") << Ticket << Reason << QString() << QString()
                               << QStringLiteral("Choose how you verified");
    QTest::newRow("other without text") << Ticket << Reason << other << QString() << QStringLiteral("“Other”");
    QTest::newRow("other with blank text")
        << Ticket << Reason << other << QStringLiteral("  ") << QStringLiteral("“Other”");
}

void TestMfaResetWizard::incompleteRequestKeepsNextDisabled()
{
    QFETCH(QString, ticket);
    QFETCH(QString, reason);
    QFETCH(QString, method);
    QFETCH(QString, note);
    QFETCH(QString, message);

    const QString name = QStringLiteral("inez");
    if (!test::resultOf(m_store.directory()->findUser(m_owner, name)).ok())
        makeEnrolledUser(name);
    auto wizard = wizardFor(m_helpdesk, name);
    QCOMPARE(wizard->currentPage(), MfaResetWizard::RequestPage);
    QVERIFY(!wizard->nextButton()->isEnabled()); // an empty request goes nowhere
    fillRequest(*wizard, ticket, reason, method, note);

    const auto *shownMessage = wizard->findChild<QLabel *>(QStringLiteral("validationLabel"));
    QVERIFY(shownMessage);
    QCOMPARE(shownMessage->text(), wizard->validationText());
    if (message.isEmpty()) {
        QVERIFY2(wizard->validationText().isEmpty(), qPrintable(wizard->validationText()));
        QVERIFY(wizard->nextButton()->isEnabled());
        return;
    }
    QVERIFY2(wizard->validationText().contains(message), qPrintable(wizard->validationText()));
    QVERIFY(shownMessage->isVisible());
    QVERIFY(!wizard->nextButton()->isEnabled());
    // Clicking anyway neither moves on nor calls the store.
    QTest::mouseClick(wizard->nextButton(), Qt::LeftButton);
    QCOMPARE(wizard->currentPage(), MfaResetWizard::RequestPage);
    QVERIFY(!wizard->inspection());
    QCOMPARE(mfaOf(name).state, MfaStatus::State::Active);
    QVERIFY(resetEvents(name).isEmpty());
}

void TestMfaResetWizard::resetEndToEndThroughThePane()
{
    const User rita = makeEnrolledUser(QStringLiteral("rita"));
    QCOMPARE(mfaOf(QStringLiteral("rita")).state, MfaStatus::State::Active);
    Directory *dir = m_store.directory();
    // Two wrong codes, as a user with a broken authenticator would type: the inspection lists them.
    for (const QString &wrong : {QStringLiteral("000000"), QStringLiteral("999999")}) {
        const auto verified = test::resultOf(dir->verifyTotp(m_owner, QStringLiteral("rita"), wrong));
        QVERIFY(!verified.ok() || !verified.value());
    }

    UserDetailPane pane(dir, m_helpdesk);
    pane.setPermissions(permissionsOf(dir, m_helpdesk));
    pane.resize(1100, 800);
    pane.show();
    pane.setUser(QStringLiteral("rita"));
    QVERIFY(settle(pane));
    QAction *action = pane.resetMfaAction();
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    QVERIFY2(action->isEnabled(), qPrintable(action->toolTip()));
    auto *button = pane.findChild<QPushButton *>(QStringLiteral("resetMfaButton"));
    QVERIFY(button && button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QPointer<MfaResetWizard> wizard = qobject_cast<MfaResetWizard *>(pane.activeDialog());
    QVERIFY(wizard);
    wizard->resize(820, 700);

    // 1. Request.
    QVERIFY(!wizard->nextButton()->isEnabled());
    QVERIFY(inspectWith(*wizard));

    // 2. Inspect: the account and its factor, no secrets, allowed.
    QVERIFY2(wizard->errorText().isEmpty(), qPrintable(wizard->errorText()));
    QVERIFY(wizard->inspection());
    QVERIFY(wizard->inspection()->allowed);
    QVERIFY(wizard->refusalText().isEmpty());
    auto field = [&](const char *name) {
        const auto *label = wizard->findChild<QLabel *>(QLatin1String(name));
        return label ? label->text() : QStringLiteral("(missing %1)").arg(QLatin1String(name));
    };
    QVERIFY2(field("accountValue").contains(QStringLiteral("rita@example.test")), qPrintable(field("accountValue")));
    QVERIFY2(field("factorValue").contains(QStringLiteral("TOTP")), qPrintable(field("factorValue")));
    QVERIFY2(field("factorValue").contains(QStringLiteral("Active")), qPrintable(field("factorValue")));
    QCOMPARE(field("recoveryValue"), QLocale().toString(wizard->inspection()->mfa.recoveryCodesLeft));
    QVERIFY(wizard->inspection()->mfa.recoveryCodesLeft > 0);
    QVERIFY(field("activatedValue") != QStringLiteral("never"));
    QCOMPARE(wizard->inspection()->mfa.failedAttempts, 2);
    QVERIFY(wizard->failuresTree()->topLevelItemCount() >= 1);
    QVERIFY(wizard->temporaryPassBox()->isVisible());
    QVERIFY(wizard->nextButton()->isEnabled());
    saveShot(wizard, QStringLiteral("mfa-reset-inspect.png"));

    // 3. Confirm: says exactly what happens; needs the exact username.
    QTest::mouseClick(wizard->nextButton(), Qt::LeftButton);
    QCOMPARE(wizard->currentPage(), MfaResetWizard::ConfirmPage);
    QTRY_VERIFY_WITH_TIMEOUT(!wizard->summaryText().contains(QStringLiteral("not read yet")), WaitMs);
    const QString summary = wizard->summaryText();
    QVERIFY2(summary.contains(QStringLiteral("recovery code")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("enroll an authenticator at the next sign-in")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("session")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("no notifier is configured")), qPrintable(summary));
    QVERIFY2(summary.contains(Ticket), qPrintable(summary));
    QVERIFY(!wizard->nextButton()->isEnabled());
    QTest::keyClicks(wizard->confirmEdit(), QStringLiteral("Rita"));
    QVERIFY(!wizard->nextButton()->isEnabled()); // case counts
    wizard->confirmEdit()->clear();
    QTest::keyClicks(wizard->confirmEdit(), QStringLiteral("rita"));
    QVERIFY(wizard->nextButton()->isEnabled());
    QTest::mouseClick(wizard->nextButton(), Qt::LeftButton);
    QVERIFY(waitIdle(*wizard));

    // 4. Done: the audit event and whether the user was told.
    QCOMPARE(wizard->currentPage(), MfaResetWizard::DonePage);
    QVERIFY2(wizard->errorText().isEmpty(), qPrintable(wizard->errorText()));
    QVERIFY(wizard->auditEventId() > 0);
    QVERIFY2(wizard->resultText().contains(QStringLiteral("#%1").arg(wizard->auditEventId())),
             qPrintable(wizard->resultText()));
    QVERIFY2(wizard->notificationText().contains(QStringLiteral("not told")), qPrintable(wizard->notificationText()));
    QVERIFY2(wizard->notificationText().contains(QStringLiteral("no notifier")),
             qPrintable(wizard->notificationText()));
    QVERIFY(!wizard->notificationIsWarning());
    QVERIFY(!wizard->nextButton()->isVisible());
    QVERIFY(!wizard->backButton()->isVisible());
    saveShot(wizard, QStringLiteral("mfa-reset-done-no-pass.png"));

    // The store: no factor, enrollment required, one audit event with ticket, reason and method.
    const MfaStatus after = mfaOf(QStringLiteral("rita"));
    QCOMPARE(after.state, MfaStatus::State::None);
    QVERIFY(!after.pending);
    QCOMPARE(after.recoveryCodesLeft, 0);
    QVERIFY(!storedUser(QStringLiteral("rita")).mfaEnrolled);
    QVERIFY(storedUser(QStringLiteral("rita")).mfaEnrollmentRequired);
    const QList<AuditEvent> events = resetEvents(QStringLiteral("rita"));
    QCOMPARE(events.size(), 1);
    const AuditEvent &e = events.first();
    QCOMPARE(e.id, wizard->auditEventId());
    QCOMPARE(e.result, AuditResult::Success);
    QCOMPARE(e.actorName, QStringLiteral("hal"));
    QCOMPARE(e.targetId, QString::number(rita.id));
    const QString recorded = e.reason + e.before + e.after;
    QVERIFY2(recorded.contains(Ticket), qPrintable(recorded));
    QVERIFY2(recorded.contains(Reason), qPrintable(recorded));
    QVERIFY2(recorded.contains(identityCheckName(IdentityCheck::CallBack)), qPrintable(recorded));

    // Closing refreshes the pane: it shows the user without MFA.
    QTest::mouseClick(wizard->closeButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(wizard.isNull(), WaitMs);
    QVERIFY(settle(pane));
    QCOMPARE(pane.fieldText(QStringLiteral("mfaStateValue")), QStringLiteral("Not enrolled"));
    QVERIFY2(pane.noticeText().contains(QStringLiteral("reset")), qPrintable(pane.noticeText()));
}

void TestMfaResetWizard::refusesTheOperatorThemself()
{
    // The helpdesk operator enrolls their own authenticator, then tries to reset it.
    Directory *dir = m_store.directory();
    const auto enrollment = test::resultOf(dir->enrollTotp(m_owner, QStringLiteral("hal")));
    QVERIFY2(enrollment.ok(), qPrintable(enrollment.message()));
    QVERIFY(test::resultOf(dir->activateTotp(m_owner, QStringLiteral("hal"), oathtoolCode(enrollment->uri))).ok());

    auto wizard = wizardFor(m_helpdesk, QStringLiteral("hal"));
    QVERIFY(inspectWith(*wizard));
    QVERIFY(wizard->inspection());
    QVERIFY(!wizard->inspection()->allowed);
    const QString refusal = wizard->refusalText();
    QVERIFY2(refusal.contains(QStringLiteral("their own MFA")), qPrintable(refusal));
    QVERIFY2(refusal.contains(QStringLiteral("You cannot reset the MFA of hal")), qPrintable(refusal));
    // No way forward: Next disabled, no temporary pass offered.
    QVERIFY(!wizard->nextButton()->isEnabled());
    QVERIFY(!wizard->temporaryPassBox()->isVisible());
    QTest::mouseClick(wizard->nextButton(), Qt::LeftButton);
    QCOMPARE(wizard->currentPage(), MfaResetWizard::InspectPage);

    // Core refuses too when called anyway, and nothing changes.
    MfaResetRequest forced = wizard->request();
    const auto result = test::resultOf(dir->resetMfa(m_helpdesk, QStringLiteral("hal"), forced));
    QCOMPARE(result.code(), ErrorCode::PermissionDenied);
    QVERIFY(!result.message().isEmpty());
    QCOMPARE(mfaOf(QStringLiteral("hal")).state, MfaStatus::State::Active);
}

void TestMfaResetWizard::refusesAMorePrivilegedTarget()
{
    auto wizard = wizardFor(m_helpdesk, QStringLiteral("owner"));
    QVERIFY(inspectWith(*wizard));
    QVERIFY(wizard->inspection());
    QVERIFY(!wizard->inspection()->allowed);
    const QString refusal = wizard->refusalText();
    QVERIFY2(refusal.contains(QStringLiteral("holds a console permission you do not have")), qPrintable(refusal));
    QVERIFY(!wizard->nextButton()->isEnabled());
    QVERIFY(!wizard->temporaryPassBox()->isVisible());

    const auto result =
        test::resultOf(m_store.directory()->resetMfa(m_helpdesk, QStringLiteral("owner"), wizard->request()));
    QCOMPARE(result.code(), ErrorCode::PermissionDenied);
}

void TestMfaResetWizard::actionDisabledWithoutMfaReset_data()
{
    QTest::addColumn<QString>("who");
    QTest::newRow("auditor") << QStringLiteral("audrey");
    QTest::newRow("admin without mfa.reset") << QStringLiteral("umberto");
}

void TestMfaResetWizard::actionDisabledWithoutMfaReset()
{
    QFETCH(QString, who);
    const Principal actor = who == QLatin1String("audrey") ? m_auditor : m_userAdmin;
    const QString target = QStringLiteral("vera_") + who;
    makeEnrolledUser(target);
    Directory *dir = m_store.directory();

    UserDetailPane pane(dir, actor);
    pane.setPermissions(permissionsOf(dir, actor));
    pane.show();
    pane.setUser(target);
    QVERIFY(settle(pane));
    QVERIFY(pane.hasUser());
    QVERIFY(!pane.resetMfaAction()->isEnabled());
    QVERIFY2(pane.resetMfaAction()->toolTip().contains(P::MfaReset), qPrintable(pane.resetMfaAction()->toolTip()));
    const auto *button = pane.findChild<QPushButton *>(QStringLiteral("resetMfaButton"));
    QVERIFY(button && !button->isEnabled());
    QCOMPARE(button->toolTip(), pane.resetMfaAction()->toolTip());
    pane.resetMfaAction()->trigger();
    QVERIFY(!pane.activeDialog());

    // Forced open anyway: the inspection refuses with the rule, and the reset itself is refused.
    auto wizard = wizardFor(actor, target);
    fillRequest(*wizard, Ticket, Reason, identityCheckName(IdentityCheck::InPerson));
    QTest::mouseClick(wizard->nextButton(), Qt::LeftButton);
    QVERIFY(waitIdle(*wizard));
    QVERIFY(!wizard->nextButton()->isEnabled());
    const QString said = wizard->refusalText() + wizard->errorText();
    QVERIFY2(said.contains(P::MfaReset), qPrintable(said));

    const auto result = test::resultOf(dir->resetMfa(actor, target, wizard->request()));
    QCOMPARE(result.code(), ErrorCode::PermissionDenied);
    QCOMPARE(mfaOf(target).state, MfaStatus::State::Active);
    for (const AuditEvent &e : resetEvents(target))
        QVERIFY(e.result != AuditResult::Success);
}

void TestMfaResetWizard::conflictReturnsToInspectWithTheRequestKept()
{
    makeEnrolledUser(QStringLiteral("cora"));
    auto wizard = wizardFor(m_helpdesk, QStringLiteral("cora"));
    fillRequest(*wizard, Ticket, Reason, identityCheckName(IdentityCheck::Other),
                QStringLiteral("Video call, badge held to the camera"));
    QTest::mouseClick(wizard->nextButton(), Qt::LeftButton);
    QVERIFY(waitIdle(*wizard));
    QVERIFY(wizard->inspection() && wizard->inspection()->allowed);
    const QString firstToken = wizard->inspection()->stateToken;
    QVERIFY(!firstToken.isEmpty());
    QTest::mouseClick(wizard->nextButton(), Qt::LeftButton);
    QCOMPARE(wizard->currentPage(), MfaResetWizard::ConfirmPage);

    // Meanwhile another console re-enrolls cora's authenticator.
    {
        LocalDirectory other(m_store.options());
        QVERIFY(test::resultOf(other.open()).ok());
        const auto owner = test::resultOf(other.signIn(QStringLiteral("owner"), test::ownerPassword()));
        QVERIFY2(owner.ok(), qPrintable(owner.message()));
        const auto enrollment = test::resultOf(other.enrollTotp(owner.value(), QStringLiteral("cora")));
        QVERIFY2(enrollment.ok(), qPrintable(enrollment.message()));
        const auto codes =
            test::resultOf(other.activateTotp(owner.value(), QStringLiteral("cora"), oathtoolCode(enrollment->uri)));
        QVERIFY2(codes.ok(), qPrintable(codes.message()));
    }

    QTest::keyClicks(wizard->confirmEdit(), QStringLiteral("cora"));
    QTest::mouseClick(wizard->nextButton(), Qt::LeftButton);
    QVERIFY(waitIdle(*wizard));
    QCOMPARE(wizard->currentPage(), MfaResetWizard::InspectPage);
    QVERIFY2(wizard->errorText().contains(QStringLiteral("changed the MFA of cora meanwhile")),
             qPrintable(wizard->errorText()));
    QVERIFY2(wizard->errorText().contains(QStringLiteral("Inspect again")), qPrintable(wizard->errorText()));
    QVERIFY(!wizard->nextButton()->isEnabled()); // the old inspection no longer counts
    QCOMPARE(wizard->ticketEdit()->text(), Ticket);
    QCOMPARE(wizard->reasonEdit()->text(), Reason);
    QCOMPARE(wizard->methodCombo()->currentData().toString(), identityCheckName(IdentityCheck::Other));
    QCOMPARE(wizard->noteEdit()->text(), QStringLiteral("Video call, badge held to the camera"));
    QCOMPARE(mfaOf(QStringLiteral("cora")).state, MfaStatus::State::Active); // nothing was reset
    QVERIFY(resetEvents(QStringLiteral("cora")).size() <= 1);
    for (const AuditEvent &e : resetEvents(QStringLiteral("cora")))
        QVERIFY(e.result != AuditResult::Success);

    // Inspecting again takes the new state, and the reset goes through.
    QTest::mouseClick(wizard->inspectAgainButton(), Qt::LeftButton);
    QVERIFY(waitIdle(*wizard));
    QVERIFY(wizard->errorText().isEmpty());
    QVERIFY(wizard->inspection()->stateToken != firstToken);
    QVERIFY(wizard->nextButton()->isEnabled());
    QTest::mouseClick(wizard->nextButton(), Qt::LeftButton);
    QCOMPARE(wizard->currentPage(), MfaResetWizard::ConfirmPage);
    QVERIFY(wizard->confirmEdit()->text().isEmpty()); // confirmed afresh
    QTest::keyClicks(wizard->confirmEdit(), QStringLiteral("cora"));
    QTest::mouseClick(wizard->nextButton(), Qt::LeftButton);
    QVERIFY(waitIdle(*wizard));
    QCOMPARE(wizard->currentPage(), MfaResetWizard::DonePage);
    QCOMPARE(mfaOf(QStringLiteral("cora")).state, MfaStatus::State::None);
    const QList<AuditEvent> events = resetEvents(QStringLiteral("cora"));
    QVERIFY(!events.isEmpty());
    QCOMPARE(events.first().result, AuditResult::Success);
    QVERIFY2(events.first().after.contains(QStringLiteral("Video call, badge held to the camera"))
                 || events.first().reason.contains(QStringLiteral("Video call")),
             qPrintable(events.first().after));
}

void TestMfaResetWizard::temporaryPassShownOnceAndGoneAfterClosing()
{
    makeEnrolledUser(QStringLiteral("tess"), {QStringLiteral("viewer")});
    QPointer<MfaResetWizard> wizard = wizardFor(m_helpdesk, QStringLiteral("tess")).release();
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->resize(820, 700);
    QVERIFY(inspectWith(*wizard));
    QVERIFY(wizard->temporaryPassBox()->isVisible());
    wizard->temporaryPassBox()->setChecked(true);
    QVERIFY(wizard->temporaryPassMinutes()->isEnabled());
    wizard->temporaryPassMinutes()->setValue(30);
    QTest::mouseClick(wizard->nextButton(), Qt::LeftButton);
    QVERIFY2(wizard->summaryText().contains(QStringLiteral("temporary access pass")),
             qPrintable(wizard->summaryText()));
    QVERIFY2(wizard->summaryText().contains(QStringLiteral("within 30 minute")), qPrintable(wizard->summaryText()));
    QTest::keyClicks(wizard->confirmEdit(), QStringLiteral("tess"));
    QTest::mouseClick(wizard->nextButton(), Qt::LeftButton);
    QVERIFY(waitIdle(*wizard));
    QCOMPARE(wizard->currentPage(), MfaResetWizard::DonePage);

    // Shown once, in the large monospace field, with Copy.
    const QString pass = wizard->temporaryPassEdit()->text();
    QVERIFY(pass.size() >= 8);
    QVERIFY(wizard->temporaryPassEdit()->isVisible());
    QVERIFY(wizard->temporaryPassEdit()->isReadOnly());
    QVERIFY(wizard->temporaryPassEdit()->font().fixedPitch()
            || QFontInfo(wizard->temporaryPassEdit()->font()).fixedPitch());
    QVERIFY(wizard->temporaryPassEdit()->font().pointSizeF() > QApplication::font().pointSizeF());
    const auto *expiry = wizard->findChild<QLabel *>(QStringLiteral("passExpiryLabel"));
    QVERIFY(expiry && !expiry->text().isEmpty());
    saveShot(wizard, QStringLiteral("mfa-reset-done.png"));
    // Not in the audit log.
    for (const AuditEvent &e : resetEvents(QStringLiteral("tess")))
        QVERIFY(!QString(e.reason + e.before + e.after).contains(pass));
    QTest::mouseClick(wizard->copyButton(), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), pass);

    // Closing: no widget holds it, nor the clipboard; then the wizard is gone.
    QTest::mouseClick(wizard->closeButton(), Qt::LeftButton);
    QVERIFY(!wizard.isNull()); // deleted later, so its widgets can still be read here
    QVERIFY(wizard->isHidden());
    for (const QString &text : allTexts(wizard))
        QVERIFY2(!text.contains(pass), qPrintable(text));
    QVERIFY(QApplication::clipboard()->text() != pass);
    QTRY_VERIFY_WITH_TIMEOUT(wizard.isNull(), WaitMs);

    // The pass the operator handed over signs tess in once, and only once.
    Directory *dir = m_store.directory();
    const auto first = test::resultOf(dir->signInWithSecondFactor(QStringLiteral("tess"), test::staffPassword(), pass,
                                                                  SecondFactorKind::TemporaryPass, false));
    QVERIFY2(first.ok(), qPrintable(first.message()));
    const auto again = test::resultOf(dir->signInWithSecondFactor(QStringLiteral("tess"), test::staffPassword(), pass,
                                                                  SecondFactorKind::TemporaryPass, false));
    QVERIFY(!again.ok());
}

QTEST_MAIN(TestMfaResetWizard)
#include "tst_mfareset_wizard.moc"
