// The Sessions view and its model offscreen against a real store with real application sessions
// (made by a second LocalStore on the same file, as an application's AuthService would): the model
// under QAbstractItemModelTester, paged and filtered; the list with IP and user agent; ending one
// session (exactly that one stops validating), one user everywhere and everyone, each after a
// confirmation that names whom it signs out; the ended rows; what an auditor is offered; the
// sidebar item a role without sessions.read sees greyed.

#include "core/i18n/EnglishPluralTranslator.h"
#include "core/policy/ConsolePermissions.h"
#include "models/SessionListModel.h"
#include "tests/gui/GuiTestSupport.h"
#include "ui/MainWindow.h"
#include "ui/SessionsView.h"
#include "ui/UserDetailPane.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace authdesk;
namespace P = authdesk::ConsolePermission;

namespace {

constexpr int WaitMs = 30000;

const QString firefox = QStringLiteral("Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0");
const QString iphone = QStringLiteral("ShopApp/4.2 (iPhone; iOS 17.5)");
const QString curl = QStringLiteral("curl/8.5.0");

// A store with its owner signed in, the application's side of it, and ordinary users.
struct Fixture {
    test::TempStore temp;
    Principal owner;
    std::unique_ptr<test::AppSide> app;

    Directory *directory() const { return temp.directory(); }

    void setUp()
    {
        auto signedIn = temp.createOwner();
        if (!signedIn.ok())
            qFatal("createOwner: %s", qPrintable(signedIn.message()));
        owner = signedIn.value();
        app = std::make_unique<test::AppSide>(temp);
    }

    void addUser(const QString &name)
    {
        NewUser user;
        user.username = name;
        user.email = name + QStringLiteral("@example.test");
        user.password = test::staffPassword();
        const auto created = test::resultOf(temp.directory()->createUser(owner, user));
        if (!created.ok())
            qFatal("createUser: %s", qPrintable(created.message()));
    }
};

bool settle(const SessionListModel &model)
{
    return QTest::qWaitFor([&] { return !model.isLoading(); }, WaitMs);
}

// Reads every page.
bool loadAll(SessionListModel &model)
{
    if (!settle(model))
        return false;
    while (model.canFetchMore({})) {
        model.fetchMore({});
        if (!settle(model))
            return false;
    }
    return true;
}

QString cell(const QAbstractItemModel &model, int row, int column)
{
    return model.index(row, column).data().toString();
}

int rowWithIp(const QAbstractItemModel &model, const QString &ip)
{
    for (int row = 0; row < model.rowCount(); ++row)
        if (cell(model, row, SessionListModel::Ip) == ip)
            return row;
    return -1;
}

void selectRow(SessionsView &view, int row)
{
    view.table()->setFocus();
    view.table()->selectionModel()->setCurrentIndex(view.model()->index(row, 0),
                                                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

// Answers the next QMessageBox the view opens (the real one, not the hook): the confirming button
// or Cancel, keeping what it said.
void answerNextMessageBox(bool accept, QString *said)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, accept, said] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        if (said)
            *said = box->windowTitle() + QLatin1Char('\n') + box->text() + QLatin1Char('\n') + box->informativeText();
        QAbstractButton *button = accept ? box->findChild<QPushButton *>(QStringLiteral("confirmButton"))
                                         : box->button(QMessageBox::Cancel);
        timer->stop();
        timer->deleteLater();
        if (button)
            button->click();
    });
    timer->start();
}

std::unique_ptr<SessionsView> shownView(Fixture &f, const Principal &who)
{
    auto view = std::make_unique<SessionsView>(f.directory(), who);
    view->resize(1200, 700);
    view->show();
    if (!QTest::qWaitForWindowExposed(view.get()))
        qFatal("not exposed");
    view->activateWindow();
    (void)QTest::qWaitForWindowActive(view.get());
    if (!QTest::qWaitFor([&] { return view->permissionsKnown() && !view->model()->isLoading(); }, WaitMs))
        qFatal("the view did not load");
    return view;
}

} // namespace

class TestSessionsView : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void modelPagesFiltersAndPassesTheTester();
    void modelReportsErrorsAsText();
    void listShowsIpAndUserAgent();
    void endSessionEndsExactlyThatOne();
    void endSessionThroughTheRealMessageBox();
    void signOutUserEverywhere();
    void signOutEveryone();
    void includeEndedShowsTheEndedRows();
    void auditorSeesTheListButNoActions();
    void roleWithoutSessionsReadSeesTheItemGreyed();
    void actionsHaveNamesAndShortcuts();

private:
    EnglishPluralTranslator m_englishPlurals; // as the application does: "2 sessions", not "2 session(s)"
};

void TestSessionsView::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("AuthDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("AuthDesk-sessions-test"));
    QSettings().clear();
    QCoreApplication::installTranslator(&m_englishPlurals);
}

void TestSessionsView::modelPagesFiltersAndPassesTheTester()
{
    Fixture f;
    f.setUp();
    f.addUser(QStringLiteral("alice"));
    f.addUser(QStringLiteral("bob"));
    const LoginResult a1 = f.app->login(QStringLiteral("alice"), QStringLiteral("203.0.113.10"), firefox);
    f.app->login(QStringLiteral("alice"), QStringLiteral("198.51.100.23"), iphone);
    f.app->login(QStringLiteral("bob"), QStringLiteral("192.0.2.44"), curl);
    f.app->login(QStringLiteral("bob"), QStringLiteral("203.0.113.99"), QStringLiteral("ShopWeb/1.0"));

    SessionListModel model(f.directory(), f.owner);
    model.setPageSize(2); // two pages of two
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.isLoading());
    QVERIFY(settle(model));
    QCOMPARE(model.total(), 4);
    QCOMPARE(model.liveTotal(), 4);
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.canFetchMore({}));
    QVERIFY(loadAll(model));
    QCOMPARE(model.rowCount(), 4);
    QVERIFY(!model.canFetchMore({}));

    // The directory's order: the newest login first (an order no activity changes).
    for (int row = 1; row < model.rowCount(); ++row)
        QVERIFY(model.sessionAt(row - 1)->id > model.sessionAt(row)->id);

    const int firefoxRow = rowWithIp(model, QStringLiteral("203.0.113.10"));
    QVERIFY(firefoxRow >= 0);
    QCOMPARE(cell(model, firefoxRow, SessionListModel::Username), QStringLiteral("alice"));
    QCOMPARE(cell(model, firefoxRow, SessionListModel::Kind), QStringLiteral("Session"));
    QCOMPARE(cell(model, firefoxRow, SessionListModel::UserAgent), firefox);
    QCOMPARE(cell(model, firefoxRow, SessionListModel::Mfa), QStringLiteral("no"));
    QCOMPARE(cell(model, firefoxRow, SessionListModel::State), QStringLiteral("Live"));
    QCOMPARE(model.index(firefoxRow, 0).data(SessionListModel::SessionIdRole).toLongLong(), a1.sessionId);
    QVERIFY(model.index(firefoxRow, 0).data(SessionListModel::LiveRole).toBool());
    // Expires: the earlier of the idle and the absolute expiry, shown in local time, UTC in the tooltip.
    const QDateTime expiry = std::min(a1.sessionIdleExpiresAt, a1.sessionExpiresAt);
    QCOMPARE(model.index(firefoxRow, SessionListModel::Expires).data(SessionListModel::TimeUtcRole).toDateTime(),
             expiry);
    QCOMPARE(cell(model, firefoxRow, SessionListModel::Expires), SessionListModel::localTime(expiry));
    const QString createdTip = model.index(firefoxRow, SessionListModel::Created).data(Qt::ToolTipRole).toString();
    QVERIFY2(createdTip.endsWith(QStringLiteral(" UTC")) && createdTip.contains(QLatin1Char('T')),
             qPrintable(createdTip));
    const QString expiresTip = model.index(firefoxRow, SessionListModel::Expires).data(Qt::ToolTipRole).toString();
    QVERIFY2(expiresTip.contains(QStringLiteral("Idle expiry")) && expiresTip.contains(QStringLiteral("Absolute")),
             qPrintable(expiresTip));
    // (JWT logins, which make refresh families, need signing keys this build does not have yet.)
    QCOMPARE(SessionListModel::kindText(SessionInfo::Kind::RefreshFamily), QStringLiteral("Refresh family"));
    // Not sortable: the model has no sort of its own to offer.
    QCOMPARE(model.headerData(SessionListModel::LastSeen, Qt::Horizontal).toString(), QStringLiteral("Last seen"));

    // One user.
    model.setUserFilter(QStringLiteral("bob"));
    QVERIFY(loadAll(model));
    QCOMPARE(model.total(), 2);
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(rowWithIp(model, QStringLiteral("192.0.2.44")) >= 0);
    QCOMPARE(cell(model, rowWithIp(model, QStringLiteral("192.0.2.44")), SessionListModel::UserAgent), curl);

    // Ended rows only with "include ended"; the live count stays the live one.
    QVERIFY(test::resultOf(f.directory()->revokeSession(f.owner, a1.sessionId)).ok());
    model.setFilter(QStringLiteral("alice"), false);
    QVERIFY(loadAll(model));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(rowWithIp(model, QStringLiteral("203.0.113.10")), -1);
    model.setIncludeEnded(true);
    QVERIFY(loadAll(model));
    QCOMPARE(model.total(), 2);
    QCOMPARE(model.liveTotal(), 1);
    const int ended = rowWithIp(model, QStringLiteral("203.0.113.10"));
    QVERIFY(ended >= 0);
    QCOMPARE(cell(model, ended, SessionListModel::State), QStringLiteral("Ended: revoked by owner"));
    QVERIFY(!model.index(ended, 0).data(SessionListModel::LiveRole).toBool());
    QVERIFY(model.index(ended, SessionListModel::State).data(Qt::ToolTipRole).toString().contains(QStringLiteral("UTC")));
}

void TestSessionsView::modelReportsErrorsAsText()
{
    Fixture f;
    f.setUp();
    SessionListModel model(f.directory(), f.owner);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy errors(&model, &SessionListModel::errorOccurred);
    model.setUserFilter(QStringLiteral("nobody-by-that-name"));
    QVERIFY(settle(model));
    QCOMPARE(errors.count(), 1);
    QVERIFY(!model.lastError().isEmpty());
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
    // A refusal is an error too: a role without sessions.read.
    QVERIFY(test::resultOf(f.directory()->revokePermission(f.owner, QStringLiteral("auditor"), P::SessionsRead)).ok());
    const Principal viewer = f.temp.addStaff(f.owner, QStringLiteral("vera"), {QStringLiteral("auditor")});
    SessionListModel refused(f.directory(), viewer);
    QVERIFY(settle(refused));
    QVERIFY2(refused.lastError().contains(P::SessionsRead), qPrintable(refused.lastError()));
    // The view says so in its status line, and does not crash.
    SessionsView view(f.directory(), viewer);
    QTRY_VERIFY_WITH_TIMEOUT(view.statusText().startsWith(QStringLiteral("Cannot show the sessions")), WaitMs);
}

void TestSessionsView::listShowsIpAndUserAgent()
{
    Fixture f;
    f.setUp();
    f.addUser(QStringLiteral("alice"));
    f.app->login(QStringLiteral("alice"), QStringLiteral("203.0.113.10"), firefox);
    f.app->login(QStringLiteral("alice"), QStringLiteral("2001:db8::7"), iphone);
    auto view = shownView(f, f.owner);
    QCOMPARE(view->model()->rowCount(), 2);
    QCOMPARE(view->statusText(), QStringLiteral("2 live sessions"));
    QVERIFY(!view->table()->isSortingEnabled());
    const int row = rowWithIp(*view->model(), QStringLiteral("2001:db8::7"));
    QVERIFY(row >= 0);
    QCOMPARE(cell(*view->model(), row, SessionListModel::UserAgent), iphone);
    // The details pane follows the selection.
    QVERIFY(view->detailText(QStringLiteral("sessionIpValue")).isEmpty());
    selectRow(*view, row);
    QCOMPARE(view->detailText(QStringLiteral("sessionIpValue")), QStringLiteral("2001:db8::7"));
    QCOMPARE(view->detailText(QStringLiteral("sessionUserAgentValue")), iphone);
    QVERIFY(view->detailText(QStringLiteral("sessionUserValue")).startsWith(QStringLiteral("alice (#")));
    QCOMPARE(view->detailText(QStringLiteral("sessionStateValue")), QStringLiteral("Live"));
    QVERIFY(view->detailText(QStringLiteral("sessionCreatedValue")).contains(QStringLiteral("UTC")));
    QCOMPARE(view->detailText(QStringLiteral("sessionEndedValue")), QStringLiteral("not ended"));

    // Typing a user and Return filters; clearing shows everyone again.
    f.addUser(QStringLiteral("bob"));
    f.app->login(QStringLiteral("bob"), QStringLiteral("192.0.2.44"), curl);
    view->userEdit()->setFocus();
    QTest::keyClicks(view->userEdit(), QStringLiteral("bob"));
    QTest::keyClick(view->userEdit(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(view->statusText(), QStringLiteral("1 live session of bob"), WaitMs);
    QCOMPARE(view->model()->rowCount(), 1);
    view->userEdit()->clear();
    QTest::keyClick(view->userEdit(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(view->statusText(), QStringLiteral("3 live sessions"), WaitMs);
    // F5 reads again: a session made meanwhile shows.
    f.app->login(QStringLiteral("bob"), QStringLiteral("192.0.2.45"), curl);
    QTest::keyClick(view->table(), Qt::Key_F5);
    QTRY_COMPARE_WITH_TIMEOUT(view->statusText(), QStringLiteral("4 live sessions"), WaitMs);
}

void TestSessionsView::endSessionEndsExactlyThatOne()
{
    Fixture f;
    f.setUp();
    f.addUser(QStringLiteral("alice"));
    f.addUser(QStringLiteral("bob"));
    const LoginResult laptop = f.app->login(QStringLiteral("alice"), QStringLiteral("203.0.113.10"), firefox);
    const LoginResult phone = f.app->login(QStringLiteral("alice"), QStringLiteral("198.51.100.23"), iphone);
    const LoginResult script = f.app->login(QStringLiteral("bob"), QStringLiteral("192.0.2.44"), curl);
    auto view = shownView(f, f.owner);
    QList<SessionsView::Confirmation> asked;
    bool answer = false;
    view->setConfirmHook([&](const SessionsView::Confirmation &c) {
        asked << c;
        return answer;
    });
    // Nothing selected: nothing to end, and the tooltip says so.
    QVERIFY(!view->endSessionAction()->isEnabled());
    QVERIFY(view->endSessionAction()->toolTip().contains(QStringLiteral("Select a session")));
    const int row = rowWithIp(*view->model(), QStringLiteral("203.0.113.10"));
    selectRow(*view, row);
    QVERIFY(view->endSessionAction()->isEnabled());

    // Cancel: nothing ends.
    QTest::keyClick(view->table(), Qt::Key_Delete);
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked[0].text, QStringLiteral("End session #%1 of alice?").arg(laptop.sessionId));
    QVERIFY2(asked[0].details.contains(QStringLiteral("203.0.113.10")) && asked[0].details.contains(firefox),
             qPrintable(asked[0].details));
    QVERIFY(f.app->validates(laptop));

    // Confirmed: exactly that session stops validating.
    answer = true;
    QSignalSpy finished(view.get(), &SessionsView::actionFinished);
    QTest::keyClick(view->table(), Qt::Key_Delete);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, WaitMs);
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QCOMPARE(view->noticeText(), QStringLiteral("Ended session #%1 of alice.").arg(laptop.sessionId));
    QVERIFY(!f.app->validates(laptop));
    QVERIFY(f.app->validates(phone));
    QVERIFY(f.app->validates(script));
    // The list no longer has it (live only).
    QVERIFY(settle(*view->model()));
    QCOMPARE(view->model()->rowCount(), 2);
    QCOMPARE(rowWithIp(*view->model(), QStringLiteral("203.0.113.10")), -1);
    QCOMPARE(view->statusText(), QStringLiteral("2 live sessions"));
    // Audited by the core, with the user named.
    AuditQuery audit;
    audit.action = QStringLiteral("session.revoke");
    const auto events = test::resultOf(f.directory()->listAudit(f.owner, audit));
    QVERIFY(events.ok());
    QCOMPARE(events->size(), 1);
    QCOMPARE(events->at(0).targetName, QStringLiteral("alice"));
}

void TestSessionsView::endSessionThroughTheRealMessageBox()
{
    Fixture f;
    f.setUp();
    f.addUser(QStringLiteral("alice"));
    const LoginResult laptop = f.app->login(QStringLiteral("alice"), QStringLiteral("203.0.113.10"), firefox);
    const LoginResult phone = f.app->login(QStringLiteral("alice"), QStringLiteral("198.51.100.23"), iphone);
    auto view = shownView(f, f.owner);
    selectRow(*view, rowWithIp(*view->model(), QStringLiteral("198.51.100.23")));

    // Cancel in the box: nothing ends.
    QString said;
    answerNextMessageBox(false, &said);
    view->endSessionAction()->trigger();
    QVERIFY2(said.contains(QStringLiteral("End session #%1 of alice?").arg(phone.sessionId)), qPrintable(said));
    QVERIFY(f.app->validates(phone));

    // The box's own button ends it.
    QSignalSpy finished(view.get(), &SessionsView::actionFinished);
    answerNextMessageBox(true, nullptr);
    view->endSessionAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, WaitMs);
    QVERIFY(!f.app->validates(phone));
    QVERIFY(f.app->validates(laptop));
}

void TestSessionsView::signOutUserEverywhere()
{
    Fixture f;
    f.setUp();
    f.addUser(QStringLiteral("alice"));
    f.addUser(QStringLiteral("bob"));
    const LoginResult laptop = f.app->login(QStringLiteral("alice"), QStringLiteral("203.0.113.10"), firefox);
    const LoginResult phone = f.app->login(QStringLiteral("alice"), QStringLiteral("198.51.100.23"), iphone);
    const LoginResult script = f.app->login(QStringLiteral("bob"), QStringLiteral("192.0.2.44"), curl);
    auto view = shownView(f, f.owner);
    // Everyone listed and nothing selected: whose sessions would be ended is not said yet.
    QVERIFY(!view->signOutUserAction()->isEnabled());
    QList<SessionsView::Confirmation> asked;
    view->setConfirmHook([&](const SessionsView::Confirmation &c) {
        asked << c;
        return true;
    });
    // Filtered to alice: the action is about her.
    view->showUser(QStringLiteral("alice"));
    QVERIFY(settle(*view->model()));
    QCOMPARE(view->model()->rowCount(), 2);
    QVERIFY(view->signOutUserAction()->isEnabled());
    QVERIFY(view->signOutUserAction()->toolTip().contains(QStringLiteral("alice")));
    QSignalSpy finished(view.get(), &SessionsView::actionFinished);
    QTest::keyClick(view->table(), Qt::Key_Delete, Qt::ShiftModifier);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, WaitMs);
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked[0].text, QStringLiteral("Sign alice out everywhere?"));
    QVERIFY2(asked[0].details.contains(QStringLiteral("2 live sessions of alice")), qPrintable(asked[0].details));
    QCOMPARE(view->noticeText(), QStringLiteral("Signed alice out everywhere: 2 sessions ended."));
    QVERIFY(!f.app->validates(laptop));
    QVERIFY(!f.app->validates(phone));
    QVERIFY(f.app->validates(script));
    QVERIFY(settle(*view->model()));
    QCOMPARE(view->statusText(), QStringLiteral("0 live sessions of alice"));

    // From a selected row of the whole list: that row's user.
    view->showUser(QString());
    QVERIFY(settle(*view->model()));
    selectRow(*view, rowWithIp(*view->model(), QStringLiteral("192.0.2.44")));
    view->signOutUserAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, WaitMs);
    QCOMPARE(asked.size(), 2);
    QCOMPARE(asked[1].text, QStringLiteral("Sign bob out everywhere?"));
    QVERIFY(!f.app->validates(script));
}

void TestSessionsView::signOutEveryone()
{
    Fixture f;
    f.setUp();
    f.addUser(QStringLiteral("alice"));
    f.addUser(QStringLiteral("bob"));
    const QList<LoginResult> logins{
        f.app->login(QStringLiteral("alice"), QStringLiteral("203.0.113.10"), firefox),
        f.app->login(QStringLiteral("alice"), QStringLiteral("198.51.100.23"), iphone),
        f.app->login(QStringLiteral("bob"), QStringLiteral("192.0.2.44"), curl),
    };
    auto view = shownView(f, f.owner);
    QVERIFY(view->signOutEveryoneAction()->isEnabled());
    QString said;
    // Cancel first, through the real box.
    answerNextMessageBox(false, &said);
    view->signOutEveryoneAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!said.isEmpty(), WaitMs);
    QVERIFY2(said.contains(QStringLiteral("Sign out every user")) && said.contains(QStringLiteral("All 3 live sessions")),
             qPrintable(said));
    QTRY_VERIFY_WITH_TIMEOUT(!view->isBusy(), WaitMs);
    for (const LoginResult &login : logins)
        QVERIFY(f.app->validates(login));

    QSignalSpy finished(view.get(), &SessionsView::actionFinished);
    answerNextMessageBox(true, nullptr);
    view->signOutEveryoneAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, WaitMs);
    QCOMPARE(view->noticeText(), QStringLiteral("Signed everyone out: 3 sessions ended."));
    for (const LoginResult &login : logins)
        QVERIFY(!f.app->validates(login));
    QVERIFY(settle(*view->model()));
    QCOMPARE(view->model()->rowCount(), 0);
    QCOMPARE(view->statusText(), QStringLiteral("0 live sessions"));
}

void TestSessionsView::includeEndedShowsTheEndedRows()
{
    Fixture f;
    f.setUp();
    f.addUser(QStringLiteral("alice"));
    const LoginResult laptop = f.app->login(QStringLiteral("alice"), QStringLiteral("203.0.113.10"), firefox);
    f.app->login(QStringLiteral("alice"), QStringLiteral("198.51.100.23"), iphone);
    QVERIFY(f.app->store().appLogout(laptop.sessionToken).ok());
    auto view = shownView(f, f.owner);
    QCOMPARE(view->model()->rowCount(), 1);
    view->includeEndedBox()->click();
    QVERIFY(settle(*view->model()));
    QCOMPARE(view->model()->rowCount(), 2);
    QCOMPARE(view->statusText(), QStringLiteral("1 live session; 2 rows with the ended ones"));
    const int ended = rowWithIp(*view->model(), QStringLiteral("203.0.113.10"));
    QVERIFY(ended >= 0);
    QCOMPARE(cell(*view->model(), ended, SessionListModel::State), QStringLiteral("Ended: logout"));
    selectRow(*view, ended);
    QVERIFY(view->detailText(QStringLiteral("sessionEndedValue")).contains(QStringLiteral("UTC")));
    // An ended session cannot be ended again.
    QVERIFY(!view->endSessionAction()->isEnabled());
    QVERIFY(view->endSessionAction()->toolTip().contains(QStringLiteral("ended already")));
}

void TestSessionsView::auditorSeesTheListButNoActions()
{
    Fixture f;
    f.setUp();
    f.addUser(QStringLiteral("alice"));
    const LoginResult laptop = f.app->login(QStringLiteral("alice"), QStringLiteral("203.0.113.10"), firefox);
    const Principal auditor = f.temp.addStaff(f.owner, QStringLiteral("audrey"), {QStringLiteral("auditor")});
    auto view = shownView(f, auditor);
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(cell(*view->model(), 0, SessionListModel::UserAgent), firefox);
    selectRow(*view, 0);
    for (QAction *action : {view->endSessionAction(), view->signOutUserAction()}) {
        QVERIFY2(!action->isEnabled(), qPrintable(action->text()));
        QVERIFY2(action->toolTip().contains(P::SessionsRevoke), qPrintable(action->toolTip()));
    }
    QVERIFY(!view->signOutEveryoneAction()->isEnabled());
    const QString everyone = view->signOutEveryoneAction()->toolTip();
    QVERIFY2(everyone.contains(P::SessionsRevoke) && everyone.contains(P::SettingsManage), qPrintable(everyone));
    // The buttons mirror the actions.
    auto *end = view->findChild<QPushButton *>(QStringLiteral("endSessionButton"));
    QVERIFY(end && !end->isEnabled() && end->toolTip().contains(P::SessionsRevoke));
    // The keyboard does not get round it.
    bool asked = false;
    view->setConfirmHook([&](const SessionsView::Confirmation &) { return asked = true; });
    QTest::keyClick(view->table(), Qt::Key_Delete);
    QVERIFY(!asked);
    QVERIFY(f.app->validates(laptop));

    // An admin has sessions.revoke but not settings.manage: one user yes, everyone no.
    const Principal admin = f.temp.addStaff(f.owner, QStringLiteral("adam"), {QStringLiteral("admin")});
    auto adminView = shownView(f, admin);
    selectRow(*adminView, 0);
    QVERIFY(adminView->endSessionAction()->isEnabled());
    QVERIFY(adminView->signOutUserAction()->isEnabled());
    QVERIFY(!adminView->signOutEveryoneAction()->isEnabled());
    const QString adminTip = adminView->signOutEveryoneAction()->toolTip();
    QVERIFY2(adminTip.contains(P::SettingsManage) && !adminTip.contains(P::SessionsRevoke), qPrintable(adminTip));
}

void TestSessionsView::roleWithoutSessionsReadSeesTheItemGreyed()
{
    Fixture f;
    f.setUp();
    // This store's helpdesk role loses sessions.read (roles are data; the built-in one has it).
    QVERIFY(test::resultOf(f.directory()->revokePermission(f.owner, QStringLiteral("helpdesk"), P::SessionsRead)).ok());
    QVERIFY(test::resultOf(f.directory()->revokePermission(f.owner, QStringLiteral("helpdesk"), P::SessionsRevoke)).ok());
    const Principal helpdesk = f.temp.addStaff(f.owner, QStringLiteral("hana"), {QStringLiteral("helpdesk")});
    QSettings().remove(QStringLiteral("MainWindow/view"));
    MainWindow window(f.directory(), helpdesk);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY_WITH_TIMEOUT(window.permissionsKnown(), WaitMs);
    auto *sidebar = test::child<QListWidget>(&window, "sidebar");
    QCOMPARE(sidebar->count(), 4);
    QListWidgetItem *sessions = sidebar->item(static_cast<int>(MainWindow::View::Sessions));
    QCOMPARE(sessions->text(), QStringLiteral("Sessions"));
    QVERIFY(!(sessions->flags() & Qt::ItemIsEnabled));
    QVERIFY2(sessions->toolTip().contains(P::SessionsRead), qPrintable(sessions->toolTip()));
    auto *action = window.findChild<QAction *>(QStringLiteral("showSessionsAction"));
    QVERIFY(action && !action->isEnabled());
    QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(window.currentView(), MainWindow::View::Users);
    window.showSessionsOf(QStringLiteral("owner"));
    QCOMPARE(window.currentView(), MainWindow::View::Users);
    QVERIFY(!window.sessionsView());
    // The pane's "Show Sessions" says why too.
    QVERIFY(window.detailPane()->showSessionsAction()->toolTip().contains(P::SessionsRead));
    QVERIFY(window.close());
}

void TestSessionsView::actionsHaveNamesAndShortcuts()
{
    Fixture f;
    f.setUp();
    auto shown = shownView(f, f.owner);
    SessionsView &view = *shown;
    QCOMPARE(view.endSessionAction()->shortcut(), QKeySequence(QKeySequence::Delete));
    QCOMPARE(view.signOutUserAction()->shortcut(), QKeySequence(Qt::SHIFT | Qt::Key_Delete));
    QVERIFY(!view.signOutEveryoneAction()->shortcut().isEmpty());
    QVERIFY(view.refreshAction()->shortcuts().contains(QKeySequence(Qt::Key_F5)));
    QVERIFY(!view.accessibleName().isEmpty());
    QVERIFY(!view.table()->accessibleName().isEmpty());
    QVERIFY(!view.userEdit()->accessibleName().isEmpty());
    QCOMPARE(view.userEdit()->placeholderText(), QStringLiteral("All users"));
    for (const QPushButton *button : view.findChildren<QPushButton *>())
        QVERIFY2(!button->accessibleName().isEmpty(), qPrintable(button->text()));
    // Tab goes from the filter to the list, then to the actions.
    auto *refresh = view.findChild<QPushButton *>(QStringLiteral("refreshSessionsButton"));
    view.userEdit()->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), view.userEdit());
    // (With no session to select, End Session and Sign Out User are disabled, so Tab passes them.)
    const QList<QWidget *> order{view.includeEndedBox(), refresh, view.table(),
                                 view.findChild<QPushButton *>(QStringLiteral("signOutEveryoneButton"))};
    for (QWidget *next : order) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), next);
    }
    // Ctrl+F goes to the user field.
    QTest::keyClick(view.table(), Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), view.userEdit());
}

QTEST_MAIN(TestSessionsView)
#include "tst_sessionsview.moc"
