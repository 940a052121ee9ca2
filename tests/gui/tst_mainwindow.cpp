// The real windows, offscreen, against a real store: first run (refusal shown inline, then the
// owner created and signed in), the main window's table, count, search, sort and errors, the
// sign-in dialog, and what is remembered between two main windows.

#include "core/policy/InputRules.h"
#include "models/UserListModel.h"
#include "tests/gui/GuiTestSupport.h"
#include "core/i18n/EnglishPluralTranslator.h"
#include "ui/FirstRunDialog.h"
#include "ui/MainWindow.h"
#include "models/RoleListModel.h"
#include "models/AuditListModel.h"
#include "ui/RolesView.h"
#include "ui/AuditView.h"
#include "ui/SessionsView.h"
#include "models/SessionListModel.h"
#include "ui/SignInDialog.h"
#include "ui/NewUserDialog.h"
#include "ui/UserDetailPane.h"
#include "ui/SessionGuard.h"
#include "ui/BulkActionDialog.h"
#include "models/BulkPlanModel.h"
#include <QFile>
#include "ui/UserFilterBar.h"
#include "models/SavedQueries.h"
#include <QComboBox>
#include <QToolButton>
#include "ui/RecentStores.h"
#include "core/policy/ConsolePermissions.h"
#include "ui/StartDialog.h"
#include "ui/Appearance.h"
#include <QSettings>
#include <QToolBar>

#include <QApplication>
#include <cmath>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QListWidget>
#include <QMenu>

using namespace authdesk;

namespace {

constexpr int SlowTimeoutMs = 30000; // creating a store hashes a password with Argon2id

using test::child;

QString cell(const QAbstractItemModel *model, int row, int column)
{
    return model->index(row, column).data().toString();
}

void clickSection(QHeaderView *header, int section)
{
    const QPoint centre(header->sectionViewportPosition(section) + header->sectionSize(section) / 2,
                        header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, centre);
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void firstRunChecksPasswordsBeforeCreate();
    void firstRunShowsRefusalThenCreatesStore();
    void mainWindowShowsTheOwner();
    void searchFiltersAsYouType();
    void refreshShowsChangesMadeElsewhere();
    void headerSortsInTheDirectory();
    void directoryErrorsAreShown();
    void signInRefusesWrongPasswordThenSucceeds();
    void layoutIsRememberedWithoutSecrets();
    void sidebarSwitchesViewsAndRemembersTheLast();
    void helpdeskSeesWhatItMayNotOpenAndWhy();
    void auditorReadsEverythingAndChangesNothing();
    void newUserDialogRefusesThenCreates();
    void filtersNarrowTheListAndSaveAsQueries();
    void startDialogOpensRecentStoresAndRefusesBadChoices();
    void appearanceSwitchesPaletteAndIconsAndIsRemembered();
    void showSessionsFromTheUsersView();

private:
    test::TempStore m_store;
    Principal m_owner;
    EnglishPluralTranslator m_englishPlurals;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_store.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("AuthDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("AuthDesk"));
    QSettings().clear(); // the test's private home outlives a run
    QCoreApplication::installTranslator(&m_englishPlurals);
}

void TestMainWindow::firstRunChecksPasswordsBeforeCreate()
{
    FirstRunDialog dialog(m_store.directory());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *username = child<QLineEdit>(&dialog, "usernameEdit");
    auto *email = child<QLineEdit>(&dialog, "emailEdit");
    auto *displayName = child<QLineEdit>(&dialog, "displayNameEdit");
    auto *password = child<QLineEdit>(&dialog, "passwordEdit");
    auto *confirm = child<QLineEdit>(&dialog, "confirmPasswordEdit");
    auto *hint = child<QLabel>(&dialog, "passwordHint");
    auto *create = child<QPushButton>(&dialog, "createButton");
    QVERIFY(username && email && displayName && password && confirm && hint && create);
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    QCOMPARE(confirm->echoMode(), QLineEdit::Password);
    for (auto *edit : dialog.findChildren<QLineEdit *>())
        QVERIFY2(!edit->accessibleName().isEmpty(), qPrintable(edit->objectName()));
    QVERIFY(hint->text().contains(QStringLiteral("15 characters")));

    // Keyboard order follows the form.
    QCOMPARE(QApplication::focusWidget(), username);
    for (QWidget *next : std::initializer_list<QWidget *>{email, displayName, password, confirm}) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), next);
    }

    QVERIFY(!create->isEnabled());
    QTest::keyClicks(username, QStringLiteral("someone"));
    QTest::keyClicks(email, QStringLiteral("someone@example.test"));
    QTest::keyClicks(password, QStringLiteral("too short"));
    QVERIFY(!create->isEnabled());
    QCOMPARE(hint->text(), QStringLiteral("9 of at least 15 characters."));

    QTest::keyClicks(password, QStringLiteral(" but now long enough"));
    QTest::keyClicks(confirm, QStringLiteral("too short but now long"));
    QVERIFY(!create->isEnabled());
    QCOMPARE(hint->text(), QStringLiteral("The passwords do not match."));

    QTest::keyClicks(confirm, QStringLiteral(" enough"));
    QVERIFY(create->isEnabled());

    // Escape cancels while nothing is running, and nothing was created.
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!QFileInfo::exists(m_store.path()));
}

void TestMainWindow::firstRunShowsRefusalThenCreatesStore()
{
    FirstRunDialog dialog(m_store.directory());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *username = child<QLineEdit>(&dialog, "usernameEdit");
    auto *email = child<QLineEdit>(&dialog, "emailEdit");
    auto *password = child<QLineEdit>(&dialog, "passwordEdit");
    auto *confirm = child<QLineEdit>(&dialog, "confirmPasswordEdit");
    auto *create = child<QPushButton>(&dialog, "createButton");
    auto *errorLabel = child<QLabel>(&dialog, "errorLabel");
    QVERIFY(username && email && password && confirm && create && errorLabel);
    QVERIFY(!errorLabel->isVisible());

    QTest::keyClicks(username, QStringLiteral("admin"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "displayNameEdit"), QStringLiteral("Ada Admin"));
    QTest::keyClicks(email, QStringLiteral("admin-at-example"));
    QTest::keyClicks(password, test::ownerPassword());
    QTest::keyClicks(confirm, test::ownerPassword());
    QVERIFY(create->isEnabled());
    QTest::mouseClick(create, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy() && !dialog.errorText().isEmpty(), SlowTimeoutMs);

    // The store's own words, inline; the dialog stays, the fields stay filled.
    QCOMPARE(dialog.errorText(), InputRules::email(QStringLiteral("admin-at-example")).message());
    QVERIFY(errorLabel->isVisible());
    QCOMPARE(errorLabel->text(), dialog.errorText());
    QVERIFY(dialog.isVisible());
    QVERIFY(username->isEnabled());
    QCOMPARE(password->text(), test::ownerPassword());
    // Nothing usable was created.
    QVERIFY(!QFileInfo::exists(m_store.path()));
    {
        LocalDirectory probe(m_store.options());
        QCOMPARE(test::resultOf(probe.open()).code(), ErrorCode::StoreUnavailable);
    }

    email->selectAll();
    QTest::keyClicks(email, QStringLiteral("admin@example.test"));
    QTest::mouseClick(create, Qt::LeftButton);
    // Busy while the password is hashed and the store written: nothing can be changed or cancelled.
    QVERIFY(dialog.isBusy());
    QVERIFY(!username->isEnabled());
    QVERIFY(!create->isEnabled());
    QVERIFY(!child<QPushButton>(&dialog, "cancelButton")->isEnabled());
    QVERIFY(dialog.errorText().isEmpty());
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QVERIFY(dialog.isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), SlowTimeoutMs);
    QVERIFY(!dialog.isVisible());
    QVERIFY(dialog.principal().isValid());
    QCOMPARE(dialog.principal().username(), QStringLiteral("admin"));
    QVERIFY(dialog.errorText().isEmpty());
    QVERIFY(password->text().isEmpty());
    QVERIFY(confirm->text().isEmpty());
    m_owner = dialog.principal();

    // A real store with that owner: another directory opens it and signs the owner in.
    QVERIFY(QFileInfo::exists(m_store.path()));
    LocalDirectory probe(m_store.options());
    const Status opened = test::resultOf(probe.open());
    QVERIFY2(opened.ok(), qPrintable(opened.message()));
    const auto signedIn = test::resultOf(probe.signIn(QStringLiteral("admin@example.test"), test::ownerPassword()));
    QVERIFY2(signedIn.ok(), qPrintable(signedIn.message()));
    QCOMPARE(signedIn->userId(), m_owner.userId());
}

void TestMainWindow::mainWindowShowsTheOwner()
{
    QVERIFY(m_owner.isValid());
    MainWindow window(m_store.directory(), m_owner);
    auto *table = child<QTableView>(&window, "userTable");
    auto *count = child<QLabel>(&window, "statusUserCount");
    auto *signedIn = child<QLabel>(&window, "statusSignedIn");
    auto *search = child<QLineEdit>(&window, "searchEdit");
    QVERIFY(table && count && signedIn && search);
    QCOMPARE(count->text(), QStringLiteral("Loading users…"));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QCOMPARE(table->model(), window.userModel());
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QCOMPARE(cell(table->model(), 0, UserListModel::Username), QStringLiteral("admin"));
    QCOMPARE(cell(table->model(), 0, UserListModel::Email), QStringLiteral("admin@example.test"));
    QCOMPARE(cell(table->model(), 0, UserListModel::DisplayName), QStringLiteral("Ada Admin"));
    QCOMPARE(cell(table->model(), 0, UserListModel::Roles), QStringLiteral("owner"));
    QTRY_COMPARE(count->text(), QStringLiteral("1 user"));
    QTRY_COMPARE(signedIn->text(), QStringLiteral("Signed in as admin (owner)"));
    QVERIFY(window.statusBar()->isAncestorOf(count));
    QVERIFY(window.statusBar()->isAncestorOf(signedIn));
    QVERIFY(!table->accessibleName().isEmpty());
    QVERIFY(!search->accessibleName().isEmpty());
    QVERIFY(window.windowTitle().contains(QStringLiteral("AuthDesk")));
}

void TestMainWindow::searchFiltersAsYouType()
{
    const QStringList names{QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol"),
                            QStringLiteral("dave")};
    for (const QString &name : names) {
        NewUser user;
        user.username = name;
        user.email = name + QStringLiteral("@example.test");
        const auto created = test::resultOf(m_store.directory()->createUser(m_owner, user));
        QVERIFY2(created.ok(), qPrintable(created.message()));
    }
    MainWindow window(m_store.directory(), m_owner);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *table = child<QTableView>(&window, "userTable");
    auto *count = child<QLabel>(&window, "statusUserCount");
    auto *search = child<QLineEdit>(&window, "searchEdit");
    QTRY_COMPARE(count->text(), QStringLiteral("5 users"));

    table->setFocus();
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("car"));
    // Debounced: the directory is asked once the typing pauses, not for every key.
    QCOMPARE(window.userModel()->search(), QString());
    QTRY_COMPARE(window.userModel()->search(), QStringLiteral("car"));
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QCOMPARE(cell(table->model(), 0, UserListModel::Username), QStringLiteral("carol"));
    QTRY_COMPARE(count->text(), QStringLiteral("1 user found"));

    // Escape clears the search.
    QTest::keyClick(search, Qt::Key_Escape);
    QVERIFY(search->text().isEmpty());
    QTRY_COMPARE(table->model()->rowCount(), 5);
    QTRY_COMPARE(count->text(), QStringLiteral("5 users"));

    // Return searches at once; Down goes to the results.
    QTest::keyClicks(search, QStringLiteral("BOB"));
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(window.userModel()->search(), QStringLiteral("BOB"));
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QCOMPARE(cell(table->model(), 0, UserListModel::Username), QStringLiteral("bob"));
    QTest::keyClick(search, Qt::Key_Down);
    QVERIFY(table->hasFocus());
    QCOMPARE(table->currentIndex().row(), 0);

    // Typing in the table continues the search instead of scanning every row.
    QTest::keyClicks(table, QStringLiteral("x"));
    QVERIFY(search->hasFocus());
    QCOMPARE(search->text(), QStringLiteral("BOBx"));
    QTRY_COMPARE(table->model()->rowCount(), 0);
    QTRY_COMPARE(count->text(), QStringLiteral("0 users found"));
}

void TestMainWindow::refreshShowsChangesMadeElsewhere()
{
    MainWindow window(m_store.directory(), m_owner);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *table = child<QTableView>(&window, "userTable");
    QTRY_COMPARE(table->model()->rowCount(), 5);

    NewUser user;
    user.username = QStringLiteral("erin");
    user.email = QStringLiteral("erin@example.test");
    const auto created = test::resultOf(m_store.directory()->createUser(m_owner, user));
    QVERIFY2(created.ok(), qPrintable(created.message()));
    QTest::qWait(100);
    QCOMPARE(table->model()->rowCount(), 5); // a window over the directory, not a live feed

    QTest::keyClick(&window, Qt::Key_F5);
    QTRY_COMPARE(table->model()->rowCount(), 6);
    QTRY_COMPARE(child<QLabel>(&window, "statusUserCount")->text(), QStringLiteral("6 users"));
}

void TestMainWindow::headerSortsInTheDirectory()
{
    MainWindow window(m_store.directory(), m_owner);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *table = child<QTableView>(&window, "userTable");
    auto *model = window.userModel();
    QHeaderView *header = table->horizontalHeader();
    QTRY_COMPARE(model->rowCount(), 6);
    QCOMPARE(header->sortIndicatorSection(), int(UserListModel::Username));
    QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
    QCOMPARE(cell(model, 0, UserListModel::Username), QStringLiteral("admin"));

    clickSection(header, UserListModel::Username);
    QTRY_COMPARE(cell(model, 0, UserListModel::Username), QStringLiteral("erin"));
    QCOMPARE(model->sortOrder(), Qt::DescendingOrder);

    clickSection(header, UserListModel::Email);
    QCOMPARE(model->sortColumn(), int(UserListModel::Email));
    QCOMPARE(model->sortOrder(), Qt::AscendingOrder);
    QTRY_COMPARE(cell(model, 0, UserListModel::Username), QStringLiteral("admin"));

    // Dates start newest first; only the owner has signed in.
    clickSection(header, UserListModel::LastSignIn);
    QCOMPARE(model->sortColumn(), int(UserListModel::LastSignIn));
    QCOMPARE(model->sortOrder(), Qt::DescendingOrder);
    QTRY_VERIFY(!model->isLoading());
    QCOMPARE(cell(model, 0, UserListModel::Username), QStringLiteral("admin"));

    // The directory cannot sort on roles: the indicator stays where the sort is.
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);
    clickSection(header, UserListModel::Roles);
    QCOMPARE(header->sortIndicatorSection(), int(UserListModel::LastSignIn));
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(model->sortColumn(), int(UserListModel::LastSignIn));
    QVERIFY(!model->isLoading());
    QCOMPARE(resets.count(), 0);
}

void TestMainWindow::directoryErrorsAreShown()
{
    // A principal the directory never issued: every call is refused.
    MainWindow window(m_store.directory(), Principal());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *banner = child<QWidget>(&window, "errorBanner");
    auto *text = child<QLabel>(&window, "errorBannerText");
    auto *retry = child<QPushButton>(&window, "retryButton");
    QVERIFY(banner && text && retry);
    QTRY_VERIFY(banner->isVisible());
    QVERIFY(!text->text().isEmpty());
    QVERIFY(window.isEnabled()); // not modal: the window stays usable

    // Retry asks again (and is refused again); dismiss closes the banner.
    QSignalSpy errors(window.userModel(), &UserListModel::errorOccurred);
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_COMPARE(errors.count(), 1);
    QVERIFY(banner->isVisible());
    QTest::mouseClick(child<QWidget>(&window, "dismissErrorButton"), Qt::LeftButton);
    QVERIFY(!banner->isVisible());
}

void TestMainWindow::signInRefusesWrongPasswordThenSucceeds()
{
    LocalDirectory directory(m_store.options());
    const Status opened = test::resultOf(directory.open());
    QVERIFY2(opened.ok(), qPrintable(opened.message()));

    SignInDialog dialog(&directory);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *login = child<QLineEdit>(&dialog, "usernameEdit");
    auto *password = child<QLineEdit>(&dialog, "passwordEdit");
    auto *signIn = child<QPushButton>(&dialog, "signInButton");
    auto *errorLabel = child<QLabel>(&dialog, "errorLabel");
    QVERIFY(login && password && signIn && errorLabel);
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    // The owner of the first run is filled in; the password is next.
    QCOMPARE(login->text(), QStringLiteral("admin"));
    QVERIFY(password->hasFocus());
    QVERIFY(!signIn->isEnabled());

    QTest::keyClicks(password, QStringLiteral("not the right password"));
    QVERIFY(signIn->isEnabled());
    QTest::mouseClick(signIn, Qt::LeftButton);
    QVERIFY(dialog.isBusy());
    QVERIFY(!password->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), SlowTimeoutMs);
    QCOMPARE(dialog.errorText(), QStringLiteral("Wrong username or password."));
    QVERIFY(errorLabel->isVisible());
    QVERIFY(dialog.isVisible());
    QVERIFY(password->text().isEmpty());
    QVERIFY(password->hasFocus());
    QVERIFY(!dialog.principal().isValid());

    QTest::keyClicks(password, test::ownerPassword());
    QTest::keyClick(password, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), SlowTimeoutMs);
    QCOMPARE(dialog.principal().username(), QStringLiteral("admin"));
    QCOMPARE(dialog.principal().userId(), m_owner.userId());
    QVERIFY(password->text().isEmpty());
}

void TestMainWindow::layoutIsRememberedWithoutSecrets()
{
    const QRect wanted(40, 30, 1240, 660); // within a 1366×768 screen
    {
        MainWindow first(m_store.directory(), m_owner);
        first.show();
        QVERIFY(QTest::qWaitForWindowExposed(&first));
        QTRY_COMPARE(first.userModel()->rowCount(), 6);
        QCoreApplication::processEvents(); // the first answer sizes the columns
        first.setGeometry(wanted);
        QTRY_COMPARE(first.geometry(), wanted);
        QHeaderView *header = child<QTableView>(&first, "userTable")->horizontalHeader();
        header->resizeSection(UserListModel::Email, 333);
        header->setSectionHidden(UserListModel::Roles, true);
        clickSection(header, UserListModel::CreatedAt);
        QCOMPARE(first.userModel()->sortColumn(), int(UserListModel::CreatedAt));
        QVERIFY(first.close());
    }
    {
        MainWindow second(m_store.directory(), m_owner);
        second.show();
        QVERIFY(QTest::qWaitForWindowExposed(&second));
        QCOMPARE(second.geometry(), wanted);
        QHeaderView *header = child<QTableView>(&second, "userTable")->horizontalHeader();
        QTRY_COMPARE(second.userModel()->rowCount(), 6);
        QCoreApplication::processEvents();
        QCOMPARE(header->sectionSize(UserListModel::Email), 333);
        QVERIFY(header->isSectionHidden(UserListModel::Roles));
        QCOMPARE(header->sortIndicatorSection(), int(UserListModel::CreatedAt));
        QCOMPARE(second.userModel()->sortColumn(), int(UserListModel::CreatedAt));
        second.close();
    }
    // Layout and a username, never a password.
    QSettings settings;
    QVERIFY(settings.contains(QStringLiteral("MainWindow/geometry")));
    for (const QString &key : settings.allKeys()) {
        const QVariant value = settings.value(key);
        QVERIFY2(!value.toString().contains(test::ownerPassword())
                     && !value.toByteArray().contains(test::ownerPassword().toUtf8()),
                 qPrintable(key));
    }
}

void TestMainWindow::sidebarSwitchesViewsAndRemembersTheLast()
{
    {
        MainWindow window(m_store.directory(), m_owner);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *sidebar = child<QListWidget>(&window, "sidebar");
        QVERIFY(sidebar);
        QCOMPARE(sidebar->count(), 4);
        QVERIFY(!sidebar->accessibleName().isEmpty());
        QCOMPARE(window.currentView(), MainWindow::View::Users);
        QVERIFY(!window.rolesView() && !window.auditView()); // made on first use only

        // Keyboard: Ctrl+2 shows the roles and their permission matrix, loaded from the store.
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(window.currentView(), MainWindow::View::Roles);
        QVERIFY(window.rolesView() && window.rolesView()->isVisible());
        QTRY_VERIFY(window.rolesView()->roleModel()->rowOf(QStringLiteral("helpdesk")) >= 0);
        QCOMPARE(sidebar->currentRow(), 1);

        // A click in the sidebar: the audit log, newest first.
        sidebar->setCurrentRow(2);
        QCOMPARE(window.currentView(), MainWindow::View::Audit);
        QVERIFY(window.auditView() && window.auditView()->isVisible());
        QTRY_VERIFY(window.auditView()->model()->rowCount() > 0);
        // Ctrl+F there belongs to the audit filters; from the Users view it is the user search.
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(window.currentView(), MainWindow::View::Users);
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(window.currentView(), MainWindow::View::Audit);
        // Ctrl+4: the applications' sessions, with its own sidebar icon.
        QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
        QCOMPARE(window.currentView(), MainWindow::View::Sessions);
        QVERIFY(window.sessionsView() && window.sessionsView()->isVisible());
        QCOMPARE(sidebar->currentRow(), 3);
        QCOMPARE(sidebar->item(3)->text(), QStringLiteral("Sessions"));
        QVERIFY(!sidebar->item(3)->icon().isNull());
        QTRY_VERIFY(!window.sessionsView()->model()->isLoading());
        QVERIFY(window.sessionsView()->model()->lastError().isEmpty());
        QVERIFY(window.close());
    }
    {
        MainWindow again(m_store.directory(), m_owner);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.currentView(), MainWindow::View::Sessions);
        QTest::keyClick(&again, Qt::Key_3, Qt::ControlModifier);
        QVERIFY(again.close());
    }
    MainWindow again(m_store.directory(), m_owner);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QCOMPARE(again.currentView(), MainWindow::View::Audit);
    QTest::keyClick(&again, Qt::Key_1, Qt::ControlModifier);
    QVERIFY(again.close());
}

void TestMainWindow::helpdeskSeesWhatItMayNotOpenAndWhy()
{
    const Principal helpdesk = m_store.addStaff(m_owner, QStringLiteral("hana"), {QStringLiteral("helpdesk")});
    QSettings().remove(QStringLiteral("MainWindow/view"));
    MainWindow window(m_store.directory(), helpdesk);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(window.permissionsKnown());
    QVERIFY(window.permissions().contains(QStringLiteral("users.reset_password")));
    QVERIFY(!window.permissions().contains(QStringLiteral("roles.read")));

    auto *sidebar = child<QListWidget>(&window, "sidebar");
    // Users is open to the helpdesk; Roles and Audit are greyed, each saying which permission it needs.
    QVERIFY(sidebar->item(0)->flags() & Qt::ItemIsEnabled);
    QVERIFY(!(sidebar->item(1)->flags() & Qt::ItemIsEnabled));
    QVERIFY(sidebar->item(1)->toolTip().contains(QStringLiteral("roles.read")));
    QVERIFY(!(sidebar->item(2)->flags() & Qt::ItemIsEnabled));
    QVERIFY(sidebar->item(2)->toolTip().contains(QStringLiteral("audit.read")));
    // The keyboard does not get round it.
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(window.currentView(), MainWindow::View::Users);
    window.showView(MainWindow::View::Roles);
    QCOMPARE(window.currentView(), MainWindow::View::Users);
    QVERIFY(!window.auditView() && !window.rolesView());
    QVERIFY(window.close());

    // The owner's window offers every view.
    MainWindow ownerWindow(m_store.directory(), m_owner);
    QTRY_VERIFY(ownerWindow.permissionsKnown());
    auto *ownerSidebar = child<QListWidget>(&ownerWindow, "sidebar");
    for (int row = 0; row < ownerSidebar->count(); ++row)
        QVERIFY(ownerSidebar->item(row)->flags() & Qt::ItemIsEnabled);
    QVERIFY(ownerWindow.missingPermissionText(QStringLiteral("audit.read")).isEmpty());
}

void TestMainWindow::auditorReadsEverythingAndChangesNothing()
{
    const Principal auditor = m_store.addStaff(m_owner, QStringLiteral("aude"), {QStringLiteral("auditor")});
    MainWindow window(m_store.directory(), auditor);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(window.permissionsKnown());
    auto *sidebar = child<QListWidget>(&window, "sidebar");
    for (int row = 0; row < sidebar->count(); ++row)
        QVERIFY(sidebar->item(row)->flags() & Qt::ItemIsEnabled); // users, roles and audit are all readable
    auto *newUser = window.findChild<QAction *>(QStringLiteral("newUserAction"));
    QVERIFY(!newUser->isEnabled());
    QVERIFY(newUser->toolTip().contains(QStringLiteral("users.create")));
    // Reading is allowed: export and the pane's facts; changing is not, and each action says why.
    QVERIFY(window.findChild<QAction *>(QStringLiteral("exportUsersAction"))->isEnabled());
    auto *table = child<QTableView>(&window, "userTable");
    QTRY_VERIFY(window.userModel()->rowCount() > 1);
    table->setCurrentIndex(window.userModel()->index(0, 0));
    QTRY_VERIFY(window.detailPane()->hasUser());
    for (QAction *action : {window.detailPane()->editAction(), window.detailPane()->deleteAction(),
                            window.detailPane()->disableAction(), window.detailPane()->resetPasswordAction()}) {
        QVERIFY2(!action->isEnabled(), qPrintable(action->text()));
        QVERIFY2(action->toolTip().contains(QStringLiteral("users.")), qPrintable(action->toolTip()));
    }
    window.showView(MainWindow::View::Audit);
    QCOMPARE(window.currentView(), MainWindow::View::Audit);
    QVERIFY(window.close());
}

void TestMainWindow::newUserDialogRefusesThenCreates()
{
    const QStringList names = ConsolePermission::allNames();
    const QSet<QString> all(names.begin(), names.end());
    NewUserDialog dialog(m_store.directory(), m_owner, all);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *create = child<QPushButton>(&dialog, "createButton");
    auto *password = child<QLineEdit>(&dialog, "passwordEdit");
    auto *roles = child<QListWidget>(&dialog, "rolesList");
    QVERIFY(!create->isEnabled()); // nothing typed yet
    QTest::keyClicks(child<QLineEdit>(&dialog, "usernameEdit"), QStringLiteral("nina"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "emailEdit"), QStringLiteral("nina@example.test"));
    QTest::keyClicks(password, QStringLiteral("passwordpassword1"));
    QTRY_VERIFY(roles->count() >= 4);
    for (int row = 0; row < roles->count(); ++row)
        if (roles->item(row)->text() == QLatin1String("auditor"))
            roles->item(row)->setCheckState(Qt::Checked);

    // A common password: the store's policy says so, nothing is created, nothing typed is lost.
    QTest::mouseClick(create, Qt::LeftButton);
    QTRY_VERIFY(!dialog.isBusy() && !dialog.errorText().isEmpty());
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.errorText().contains(QStringLiteral("common"), Qt::CaseInsensitive), qPrintable(dialog.errorText()));
    QVERIFY(!test::resultOf(m_store.directory()->findUser(m_owner, QStringLiteral("nina"))).ok());
    QCOMPARE(child<QLineEdit>(&dialog, "usernameEdit")->text(), QStringLiteral("nina"));

    // A generated one is shown (to hand over) and passes.
    QTest::mouseClick(child<QPushButton>(&dialog, "generateButton"), Qt::LeftButton);
    QCOMPARE(password->echoMode(), QLineEdit::Normal);
    const QString generated = password->text();
    QVERIFY(generated.size() >= 15);
    QTest::mouseClick(create, Qt::LeftButton);
    QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(password->text().isEmpty()); // not left in the widget
    const auto nina = test::resultOf(m_store.directory()->findUser(m_owner, QStringLiteral("nina")));
    QVERIFY(nina.ok());
    QCOMPARE(dialog.createdUser().id, nina->id);
    QCOMPARE(nina->roles, QStringList{QStringLiteral("auditor")});
    QVERIFY(nina->mustChangePassword);
    QCOMPARE(test::resultOf(m_store.directory()->verifyPassword(m_owner, QStringLiteral("nina"), generated)).value(), true);

    // An administrator without roles.assign is not offered roles.
    NewUserDialog limited(m_store.directory(), m_owner, {QStringLiteral("users.create")});
    QVERIFY(!child<QListWidget>(&limited, "rolesList")->isEnabled());
    QVERIFY(child<QLabel>(&limited, "rolesNote")->text().contains(QStringLiteral("roles.assign")));
}

void TestMainWindow::filtersNarrowTheListAndSaveAsQueries()
{
    NewUser dora;
    dora.username = QStringLiteral("dora");
    dora.email = QStringLiteral("dora@example.test");
    QVERIFY(test::resultOf(m_store.directory()->createUser(m_owner, dora)).ok());
    QVERIFY(test::resultOf(m_store.directory()->disableUser(m_owner, QStringLiteral("dora"), QStringLiteral("left"), {})).ok());
    QSettings().remove(QStringLiteral("MainWindow/view"));
    {
        MainWindow window(m_store.directory(), m_owner);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        UserListModel *model = window.userModel();
        QTRY_VERIFY(model->rowCount() > 2);
        const int everyone = model->rowCount();
        auto *status = child<QComboBox>(window.filterBar(), "statusFilter");
        QVERIFY(status && !status->accessibleName().isEmpty());
        status->setCurrentIndex(2); // Disabled
        Q_EMIT status->activated(2);
        QTRY_COMPARE(model->rowCount(), 1);
        QCOMPARE(cell(model, 0, UserListModel::Username), QStringLiteral("dora"));
        QTRY_COMPARE(child<QLabel>(&window, "statusUserCount")->text(), QStringLiteral("1 user found"));

        // The pane follows the current row.
        auto *table = child<QTableView>(&window, "userTable");
        table->setCurrentIndex(model->index(0, 0));
        QTRY_VERIFY(window.detailPane()->hasUser() && window.detailPane()->user().username == QLatin1String("dora"));

        // File ▸ Export writes what the filter shows, no more.
        const QString csvPath = m_store.filePath(QStringLiteral("disabled.csv"));
        window.setExportPathForTests(csvPath);
        QSignalSpy exported(&window, &MainWindow::exportFinished);
        QTest::keyClick(&window, Qt::Key_E, Qt::ControlModifier);
        QTRY_COMPARE(exported.count(), 1);
        QCOMPARE(exported.at(0).at(0).toBool(), true);
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(0).startsWith("username,"));
        QVERIFY(lines.at(1).startsWith("dora,"));

        // Ctrl+L locks the window behind its sign-in screen.
        QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
        QVERIFY(window.sessionGuard()->isLocked());
        QVERIFY(window.sessionGuard()->lockScreen()->isVisible());
        QVERIFY(!table->isEnabled()); // covered and out of reach
        QTest::keyClick(&window, Qt::Key_E, Qt::ControlModifier); // no shortcut reaches past the lock
        QTest::qWait(200);
        QCOMPARE(exported.count(), 1);
        QSignalSpy unlocked(window.sessionGuard(), &SessionGuard::unlocked);
        auto *lockPassword = window.sessionGuard()->lockScreen()->findChild<QLineEdit *>(QStringLiteral("lockPasswordEdit"));
        QVERIFY(lockPassword);
        QTest::keyClicks(lockPassword, test::ownerPassword());
        QTest::keyClick(lockPassword, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(unlocked.count(), 1, SlowTimeoutMs);
        QVERIFY(table->isEnabled());

        // A bulk action on every result opens its preview with the same users.
        window.findChild<QAction *>(QStringLiteral("bulkAllAction"))->trigger();
        auto *bulk = window.findChild<BulkActionDialog *>();
        QVERIFY(bulk && bulk->isVisible());
        BulkAction enable;
        enable.kind = BulkActionKind::Enable;
        bulk->setAction(enable);
        QTRY_VERIFY_WITH_TIMEOUT(bulk->isPreviewComplete() && bulk->planModel()->rowCount() == 1, SlowTimeoutMs);
        QCOMPARE(bulk->planModel()->items().at(0).user.username, QStringLiteral("dora"));
        QCOMPARE(bulk->planModel()->items().at(0).verdict, BulkVerdict::Change);
        bulk->reject();

        QVERIFY(window.filterBar()->saveCurrent(QStringLiteral("Disabled people"), false).ok());
        QVERIFY(!window.filterBar()->saveCurrent(QStringLiteral("disabled PEOPLE"), false).ok()); // names are unique
        QTest::mouseClick(child<QToolButton>(window.filterBar(), "clearFiltersButton"), Qt::LeftButton);
        QTRY_COMPARE(model->rowCount(), everyone);
        QCOMPARE(status->currentIndex(), 0);
        QVERIFY(window.close());
    }
    // Saved for this store, in the next window too.
    MainWindow again(m_store.directory(), m_owner);
    QVERIFY(again.filterBar()->savedQueries()->names().contains(QStringLiteral("Disabled people")));
    again.filterBar()->applySaved(QStringLiteral("Disabled people"));
    QTRY_COMPARE(again.userModel()->rowCount(), 1);
    QCOMPARE(child<QComboBox>(again.filterBar(), "statusFilter")->currentIndex(), 2);
}

void TestMainWindow::startDialogOpensRecentStoresAndRefusesBadChoices()
{
    QSettings().remove(QStringLiteral("recentStores"));
    const QString gone = m_store.filePath(QStringLiteral("gone.authdesk"));
    RecentStores::note(gone);
    RecentStores::note(m_store.path());
    QCOMPARE(RecentStores::list(), (QStringList{m_store.path(), gone})); // newest first
    RecentStores::note(m_store.path());
    QCOMPARE(RecentStores::list().size(), 2); // no duplicates

    {
        StartDialog dialog(m_store.filePath(QStringLiteral("new.authdesk")));
        dialog.show();
        auto *list = child<QListWidget>(&dialog, "recentStoresList");
        QCOMPARE(list->count(), 2);
        QVERIFY(list->item(1)->text().contains(QStringLiteral("missing")));
        // A recent store that is gone: said so, the dialog stays.
        list->setCurrentRow(1);
        QTest::mouseClick(child<QPushButton>(&dialog, "openRecentButton"), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.errorText().contains(QStringLiteral("gone.authdesk")));
        // A new store where a file already is: refused.
        dialog.createAt(m_store.path());
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.errorText().contains(QStringLiteral("already exists")));
        // Removing the missing one from the list leaves the file system alone.
        QTest::mouseClick(child<QPushButton>(&dialog, "forgetRecentButton"), Qt::LeftButton);
        QCOMPARE(list->count(), 1);
        QCOMPARE(RecentStores::list(), QStringList{m_store.path()});
        // The first recent store opens.
        list->setCurrentRow(0);
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.choice(), StartDialog::Choice::OpenStore);
        QCOMPARE(dialog.path(), m_store.path());
    }
    {
        StartDialog dialog(m_store.filePath(QStringLiteral("new.authdesk")));
        dialog.show();
        auto *pathEdit = child<QLineEdit>(&dialog, "newStorePathEdit");
        pathEdit->clear();
        QVERIFY(!child<QPushButton>(&dialog, "createStoreButton")->isEnabled());
        QTest::keyClicks(pathEdit, m_store.filePath(QStringLiteral("second.authdesk")));
        QTest::mouseClick(child<QPushButton>(&dialog, "createStoreButton"), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.choice(), StartDialog::Choice::CreateStore);
        QCOMPARE(dialog.path(), m_store.filePath(QStringLiteral("second.authdesk")));
        QVERIFY(!QFileInfo::exists(dialog.path())); // FirstRunDialog makes it, with its owner
    }
}

namespace {

// WCAG 2 contrast ratio of two opaque colours (1 … 21).
double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// The mean lightness of an icon's drawn (opaque enough) pixels; -1 when nothing is drawn.
int inkLightness(const QIcon &icon)
{
    const QImage image = icon.pixmap(QSize(24, 24)).toImage().convertToFormat(QImage::Format_ARGB32);
    long sum = 0, count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.alpha() > 200) {
                sum += c.lightness();
                ++count;
            }
        }
    }
    return count ? int(sum / count) : -1;
}

} // namespace

void TestMainWindow::appearanceSwitchesPaletteAndIconsAndIsRemembered()
{
    const QPalette startupPalette = QApplication::palette();
    MainWindow window(m_store.directory(), m_owner);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *toolBar = child<QToolBar>(&window, "mainToolBar");
    QAction *newUser = child<QAction>(&window, "newUserAction");
    QVERIFY(toolBar->actions().contains(newUser));
    QVERIFY2(!newUser->icon().isNull(), "the toolbar's actions have icons without an icon theme");

    child<QAction>(&window, "appearance-dark")->trigger();
    // Every open window takes the new palette (Qt delivers the change as an event).
    QTRY_VERIFY(window.palette().color(QPalette::Window).lightness() < 80);
    QTRY_VERIFY(toolBar->palette().color(QPalette::Window).lightness() < 80);
    const QPalette dark = window.palette();
    QVERIFY(QSettings().value(QStringLiteral("appearance/scheme")).toString() == QLatin1String("dark"));
    // Readable: body text at WCAG AAA, disabled text and the selection at least at AA large.
    QVERIFY(contrast(dark.color(QPalette::Text), dark.color(QPalette::Base)) >= 7.0);
    QVERIFY(contrast(dark.color(QPalette::WindowText), dark.color(QPalette::Window)) >= 7.0);
    QVERIFY(contrast(dark.color(QPalette::Disabled, QPalette::Text), dark.color(QPalette::Base)) >= 3.0);
    QVERIFY(contrast(dark.color(QPalette::Disabled, QPalette::ButtonText), dark.color(QPalette::Button)) >= 3.0);
    QVERIFY(contrast(dark.color(QPalette::HighlightedText), dark.color(QPalette::Highlight)) >= 4.5);
    QVERIFY(contrast(dark.color(QPalette::PlaceholderText), dark.color(QPalette::Base)) >= 3.0);
    // The icons were drawn again in the light ink of a dark palette.
    QTRY_VERIFY(inkLightness(newUser->icon()) > 180);

    child<QAction>(&window, "appearance-light")->trigger();
    QTRY_VERIFY(window.palette().color(QPalette::Window).lightness() > 200);
    const QPalette light = window.palette();
    QVERIFY(contrast(light.color(QPalette::Text), light.color(QPalette::Base)) >= 7.0);
    QTRY_VERIFY(inkLightness(newUser->icon()) >= 0 && inkLightness(newUser->icon()) < 80);
    QCOMPARE(QSettings().value(QStringLiteral("appearance/scheme")).toString(), QStringLiteral("light"));
    QCOMPARE(savedColorScheme(), ColorScheme::Light);

    child<QAction>(&window, "appearance-system")->trigger();
    QCOMPARE(QApplication::palette().color(QPalette::Window), startupPalette.color(QPalette::Window));
    QCOMPARE(savedColorScheme(), ColorScheme::System);
    ColorScheme parsed = ColorScheme::Light;
    QVERIFY(!parseColorScheme(QStringLiteral("purple"), &parsed));
    QCOMPARE(parsed, ColorScheme::Light); // bad input changes nothing
}

void TestMainWindow::showSessionsFromTheUsersView()
{
    QSettings().remove(QStringLiteral("MainWindow/view"));
    MainWindow window(m_store.directory(), m_owner);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(window.permissionsKnown());
    QCOMPARE(window.currentView(), MainWindow::View::Users);
    auto *table = child<QTableView>(&window, "userTable");
    QTRY_VERIFY(window.userModel()->rowCount() > 0);
    table->setCurrentIndex(window.userModel()->index(0, UserListModel::Username));
    const QString name = cell(window.userModel(), 0, UserListModel::Username);
    QTRY_VERIFY(window.detailPane()->hasUser() && window.detailPane()->user().username == name);
    QAction *show = window.detailPane()->showSessionsAction();
    QTRY_VERIFY(show->isEnabled());
    // The same action is in the table's context menu and the User menu.
    QVERIFY(table->actions().contains(show));
    auto *userMenu = window.findChild<QMenu *>(QStringLiteral("userMenu"));
    QVERIFY(userMenu && userMenu->actions().contains(show));
    show->trigger();
    QCOMPARE(window.currentView(), MainWindow::View::Sessions);
    SessionsView *sessions = window.sessionsView();
    QVERIFY(sessions);
    QCOMPARE(sessions->userEdit()->text(), name);
    QCOMPARE(sessions->model()->userFilter(), name);
    QTRY_VERIFY(!sessions->model()->isLoading());
    QVERIFY2(sessions->model()->lastError().isEmpty(), qPrintable(sessions->model()->lastError()));
    QVERIFY2(sessions->statusText().contains(name), qPrintable(sessions->statusText()));
    // The View menu has it too.
    QVERIFY(window.findChild<QAction *>(QStringLiteral("showSessionsAction"))->isEnabled());
    QVERIFY(window.close());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
