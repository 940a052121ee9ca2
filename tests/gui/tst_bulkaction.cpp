// Bulk actions and the user CSV export against a real local store, through LocalDirectory as the
// console uses it (offscreen): every action end to end (the store changed, one audit event per
// user), the preview's skips and refusals in the dialog, Cancel midway, a user edited between
// preview and run, and the export read back by Python's csv module with hostile names, mode 0600,
// and no file after Cancel.

#include "core/policy/ConsolePermissions.h"
#include "models/BulkPlanModel.h"
#include "models/BulkRunner.h"
#include "models/CsvWriter.h"
#include "models/UserCsvExport.h"
#include "models/UserPager.h"
#include "tests/gui/GuiTestSupport.h"
#include "ui/BulkActionDialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPixmap>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace authdesk;
using namespace authdesk::test;
namespace P = authdesk::ConsolePermission;

Q_DECLARE_METATYPE(authdesk::BulkActionKind)

namespace {

const QString hostileUsername = QStringLiteral("=cmd|\"calc\"!A1,\"evil\"");
const QString hostileDisplay = QStringLiteral("Smith, \"Bobby\" Tables");
const QString hostileReason = QStringLiteral("+SUM(1,2) said @admin, \"ticket\" 7");

// Python's csv module (Debian's python3), not our code, reads the file back.
QList<QStringList> readWithPython(const QString &path, QString *error)
{
    QProcess py;
    py.start(QStringLiteral("python3"),
             {QStringLiteral("-c"),
              QStringLiteral("import csv, json, sys\n"
                             "with open(sys.argv[1], newline='', encoding='utf-8') as f:\n"
                             "    print(json.dumps(list(csv.reader(f, strict=True))))\n"),
              path});
    if (!py.waitForFinished(30000) || py.exitCode() != 0) {
        *error = QString::fromUtf8(py.readAllStandardError());
        return {};
    }
    QList<QStringList> rows;
    const QJsonArray array = QJsonDocument::fromJson(py.readAllStandardOutput()).array();
    for (const auto &row : array) {
        QStringList fields;
        for (const auto &f : row.toArray())
            fields << f.toString();
        rows << fields;
    }
    return rows;
}

QPushButton *buttonNamed(QWidget &parent, const QString &text)
{
    for (auto *b : parent.findChildren<QPushButton *>())
        if (b->text() == text)
            return b;
    return nullptr;
}

} // namespace

class TestBulkAction : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void everyActionEndToEnd_data();
    void everyActionEndToEnd();
    void cancelMidwayKeepsWhatIsDone();
    void editedSincePreviewIsAConflict();
    void deletedSincePreviewIsAConflict();
    void dialogPreviewSkipsAndRefuses();
    void dialogHelpdeskCannotDelete();
    void dialogLastOwner();
    void dialogDeleteNeedsTheCount();
    void dialogCloseWhileRunningCancels();
    void dialogRunsAndSummarizes();
    void dialogLoadsAllResultsOfAQuery();
    void dialogManyUsersStaysResponsive();
    void pagerCancel();
    void exportRoundTripsThroughPython();
    void exportRowWithLineBreaks();
    void exportCancelLeavesNoFile();
    void exportUnwritablePath();
    void screenshot();

private:
    User makeUser(const QString &name, const QStringList &roles = {}, bool withPassword = true);
    User user(const QString &name);
    BulkPlanContext contextFor(const Principal &actor);
    QList<BulkPlanItem> plan(const Principal &actor, const BulkAction &action, const QList<User> &users);
    qint64 auditCount(const QString &action, const QString &target = {});
    BulkSummary runToEnd(BulkRunner &runner);
    bool waitForPreview(BulkActionDialog &dialog);

    std::unique_ptr<TempStore> m_store;
    Directory *m_dir = nullptr;
    Principal m_owner;
};

void TestBulkAction::init()
{
    m_store = std::make_unique<TempStore>();
    QVERIFY(m_store->isValid());
    auto owner = m_store->createOwner();
    QVERIFY2(owner.ok(), qPrintable(owner.message()));
    m_owner = owner.value();
    m_dir = m_store->directory();
}

void TestBulkAction::cleanup()
{
    m_store.reset();
    m_dir = nullptr;
}

User TestBulkAction::makeUser(const QString &name, const QStringList &roles, bool withPassword)
{
    NewUser u;
    u.username = name;
    u.email = QString(name).remove(QRegularExpression(QStringLiteral("[^a-z0-9]"))) + QStringLiteral("@example.test");
    u.displayName = QStringLiteral("User ") + name;
    u.roles = roles;
    if (withPassword)
        u.password = staffPassword();
    auto created = resultOf(m_dir->createUser(m_owner, u));
    if (!created.ok())
        qFatal("createUser %s: %s", qPrintable(name), qPrintable(created.message()));
    return created.value();
}

User TestBulkAction::user(const QString &name)
{
    auto u = resultOf(m_dir->findUser(m_owner, name));
    return u.ok() ? u.value() : User{};
}

BulkPlanContext TestBulkAction::contextFor(const Principal &actor)
{
    BulkPlanContext c;
    c.actorId = actor.userId();
    c.actorUsername = actor.username();
    c.actorPermissions = resultOf(m_dir->ownConsolePermissions(actor)).value();
    c.roles = resultOf(m_dir->listRoles(m_owner)).value();
    UserQuery owners;
    owners.filter.role = P::OwnerRole;
    QSet<qint64> ids;
    for (const User &u : resultOf(m_dir->listUsers(m_owner, owners))->users)
        if (u.status == UserStatus::Active)
            ids.insert(u.id);
    c.activeOwnerIds = ids;
    return c;
}

QList<BulkPlanItem> TestBulkAction::plan(const Principal &actor, const BulkAction &action, const QList<User> &users)
{
    BulkPlanner planner(action, contextFor(actor), QDateTime::currentDateTimeUtc());
    return planner.planAll(users);
}

qint64 TestBulkAction::auditCount(const QString &action, const QString &target)
{
    AuditQuery q;
    q.limit = 10000;
    q.action = action;
    q.target = target;
    auto events = resultOf(m_dir->listAudit(m_owner, q));
    if (!events.ok())
        qFatal("listAudit: %s", qPrintable(events.message()));
    qint64 n = 0;
    for (const AuditEvent &e : events.value())
        if (target.isEmpty() || e.targetName == target)
            ++n;
    return n;
}

BulkSummary TestBulkAction::runToEnd(BulkRunner &runner)
{
    QSignalSpy finished(&runner, &BulkRunner::finished);
    runner.start();
    if (!finished.wait(60000))
        qFatal("the bulk run did not finish");
    return runner.summary();
}

bool TestBulkAction::waitForPreview(BulkActionDialog &dialog)
{
    QSignalSpy ready(&dialog, &BulkActionDialog::previewReady);
    return dialog.isPreviewComplete() || ready.wait(20000);
}

void TestBulkAction::everyActionEndToEnd_data()
{
    QTest::addColumn<BulkActionKind>("kind");
    QTest::addColumn<QString>("auditAction");
    QTest::newRow("disable") << BulkActionKind::Disable << QStringLiteral("user.disable");
    QTest::newRow("enable") << BulkActionKind::Enable << QStringLiteral("user.enable");
    QTest::newRow("add role") << BulkActionKind::AddRole << QStringLiteral("user.role_add");
    QTest::newRow("remove role") << BulkActionKind::RemoveRole << QStringLiteral("user.role_remove");
    QTest::newRow("require password change") << BulkActionKind::RequirePasswordChange << QStringLiteral("user.edit");
    QTest::newRow("delete") << BulkActionKind::Delete << QStringLiteral("user.delete");
}

void TestBulkAction::everyActionEndToEnd()
{
    QFETCH(BulkActionKind, kind);
    QFETCH(QString, auditAction);
    const QStringList names{QStringLiteral("ann"), QStringLiteral("bob"), QStringLiteral("cid")};
    const QString role = QStringLiteral("auditor");
    for (const QString &n : names)
        makeUser(n, kind == BulkActionKind::RemoveRole ? QStringList{role} : QStringList{});
    if (kind == BulkActionKind::Enable)
        for (const QString &n : names)
            QVERIFY(resultOf(m_dir->disableUser(m_owner, n, QStringLiteral("on leave"), {})).ok());
    QList<User> users;
    for (const QString &n : names)
        users << user(n);
    users << user(QStringLiteral("owner")); // yourself: skipped

    BulkAction action;
    action.kind = kind;
    action.reason = QStringLiteral("access review 2026-Q4");
    action.until = QDateTime::currentDateTimeUtc().addDays(30);
    action.role = role;
    const auto items = plan(m_owner, action, users);
    QCOMPARE(items.size(), 4);
    QCOMPARE(items.at(3).verdict, BulkVerdict::Skip);

    const qint64 before = auditCount(auditAction);
    BulkRunner runner(m_dir, m_owner, action, items);
    QSignalSpy progress(&runner, &BulkRunner::progress);
    const BulkSummary summary = runToEnd(runner);
    QCOMPARE(summary.count(BulkOutcome::Done), 3);
    QCOMPARE(summary.count(BulkOutcome::Skipped), 1);
    QCOMPARE(summary.results.size(), 4);
    QVERIFY(!summary.canceled);
    QCOMPARE(progress.size(), 3);
    QCOMPARE(progress.last().at(0).toLongLong(), 3);
    QCOMPARE(progress.last().at(1).toLongLong(), 3);
    // One audited call per user, no more.
    QCOMPARE(auditCount(auditAction), before + 3);
    for (const QString &n : names) {
        QCOMPARE(auditCount(auditAction, n), qint64(1));
        const auto found = resultOf(m_dir->findUser(m_owner, n));
        switch (kind) {
        case BulkActionKind::Disable:
            QCOMPARE(found->status, UserStatus::Disabled);
            QCOMPARE(found->disabledReason, action.reason);
            QCOMPARE(found->disabledUntil.toSecsSinceEpoch(), action.until.toSecsSinceEpoch());
            break;
        case BulkActionKind::Enable:
            QCOMPARE(found->status, UserStatus::Active);
            break;
        case BulkActionKind::AddRole:
            QCOMPARE(found->roles, QStringList{role});
            break;
        case BulkActionKind::RemoveRole:
            QCOMPARE(found->roles, QStringList{});
            break;
        case BulkActionKind::RequirePasswordChange:
            QVERIFY(found->mustChangePassword);
            break;
        case BulkActionKind::Delete:
            QCOMPARE(found.code(), ErrorCode::NotFound);
            break;
        }
    }
    // The owner was not touched.
    const User me = user(QStringLiteral("owner"));
    QCOMPARE(me.version, users.at(3).version);
    QCOMPARE(auditCount(auditAction, QStringLiteral("owner")), qint64(0));
}

void TestBulkAction::cancelMidwayKeepsWhatIsDone()
{
    QList<User> users;
    for (int i = 0; i < 12; ++i)
        users << makeUser(QStringLiteral("u%1").arg(i, 2, 10, QLatin1Char('0')), {}, false);
    BulkAction action;
    action.kind = BulkActionKind::Disable;
    action.reason = QStringLiteral("incident 42");
    BulkRunner runner(m_dir, m_owner, action, plan(m_owner, action, users));
    QCOMPARE(runner.changeCount(), 12);
    // Cancel as the third user is done: what is done stays done, the rest is not touched.
    connect(&runner, &BulkRunner::progress, &runner, [&runner](qint64 done, qint64) {
        if (done == 3)
            runner.cancel();
    });
    const BulkSummary summary = runToEnd(runner);
    QVERIFY(summary.canceled);
    QCOMPARE(summary.count(BulkOutcome::Done), 3);
    QCOMPARE(summary.count(BulkOutcome::NotRun), 9);
    for (int i = 0; i < 12; ++i) {
        const User u = user(users.at(i).username);
        QCOMPARE(u.status, i < 3 ? UserStatus::Disabled : UserStatus::Active);
        QCOMPARE(summary.results.at(i).outcome, i < 3 ? BulkOutcome::Done : BulkOutcome::NotRun);
    }
    QCOMPARE(auditCount(QStringLiteral("user.disable")), qint64(3));
    QVERIFY(summary.toText().contains(QLatin1String("Canceled")));
    QVERIFY(summary.toText().contains(QLatin1String("Not run\tu11\t")));
}

void TestBulkAction::editedSincePreviewIsAConflict()
{
    for (BulkActionKind kind : {BulkActionKind::Disable, BulkActionKind::RequirePasswordChange}) {
        const QString a = QStringLiteral("a%1").arg(static_cast<int>(kind));
        const QString b = QStringLiteral("b%1").arg(static_cast<int>(kind));
        const QList<User> users{makeUser(a), makeUser(b)};
        BulkAction action;
        action.kind = kind;
        action.reason = QStringLiteral("review");
        const auto items = plan(m_owner, action, users);
        // Someone edits b after the preview.
        UserChanges edit;
        edit.displayName = QStringLiteral("Renamed meanwhile");
        QVERIFY(resultOf(m_dir->updateUser(m_owner, b, 0, edit)).ok());
        BulkRunner runner(m_dir, m_owner, action, items);
        const BulkSummary summary = runToEnd(runner);
        QCOMPARE(summary.results.at(0).outcome, BulkOutcome::Done);
        QCOMPARE(summary.results.at(1).outcome, BulkOutcome::Conflict);
        QVERIFY2(summary.results.at(1).message.contains(QLatin1String("since")),
                 qPrintable(summary.results.at(1).message));
        const User edited = user(b);
        QCOMPARE(edited.status, UserStatus::Active);
        QVERIFY(!edited.mustChangePassword);
        QCOMPARE(edited.displayName, QStringLiteral("Renamed meanwhile"));
    }
}

void TestBulkAction::deletedSincePreviewIsAConflict()
{
    const QList<User> users{makeUser(QStringLiteral("gone"))};
    BulkAction action;
    action.kind = BulkActionKind::Enable;
    QVERIFY(resultOf(m_dir->disableUser(m_owner, QStringLiteral("gone"), QStringLiteral("x"), {})).ok());
    const auto items = plan(m_owner, action, {user(QStringLiteral("gone"))});
    QCOMPARE(items.at(0).verdict, BulkVerdict::Change);
    QVERIFY(resultOf(m_dir->deleteUser(m_owner, QStringLiteral("gone"))).ok());
    // Someone else takes the name: by id, the run does not touch the new account.
    makeUser(QStringLiteral("gone"));
    QVERIFY(resultOf(m_dir->disableUser(m_owner, QStringLiteral("gone"), QStringLiteral("new one"), {})).ok());
    BulkRunner runner(m_dir, m_owner, action, items);
    const BulkSummary summary = runToEnd(runner);
    QCOMPARE(summary.results.at(0).outcome, BulkOutcome::Conflict);
    QCOMPARE(user(QStringLiteral("gone")).status, UserStatus::Disabled);
}

void TestBulkAction::dialogPreviewSkipsAndRefuses()
{
    makeUser(QStringLiteral("ann"));
    makeUser(QStringLiteral("adm"), {QStringLiteral("admin")});
    QVERIFY(resultOf(m_dir->disableUser(m_owner, QStringLiteral("ann"), QStringLiteral("left"), {})).ok());
    const Principal admin = resultOf(m_dir->signIn(QStringLiteral("adm"), staffPassword())).value();
    BulkActionDialog dialog(m_dir, admin);
    QAbstractItemModelTester tester(dialog.planModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    dialog.setUsers({user(QStringLiteral("ann")), user(QStringLiteral("adm")), user(QStringLiteral("owner"))});
    BulkAction action;
    action.kind = BulkActionKind::Disable;
    action.reason = QStringLiteral("review");
    dialog.setAction(action);
    QVERIFY(waitForPreview(dialog));
    const auto *model = dialog.planModel();
    QCOMPARE(model->rowCount(), 3);
    auto cell = [model](int row, int column) { return model->index(row, column).data().toString(); };
    QCOMPARE(cell(0, BulkPlanModel::Verdict), QStringLiteral("Skipped"));
    QCOMPARE(cell(0, BulkPlanModel::Details), QStringLiteral("Already disabled."));
    QCOMPARE(cell(1, BulkPlanModel::Verdict), QStringLiteral("Skipped"));
    QVERIFY(cell(1, BulkPlanModel::Details).contains(QLatin1String("your own account")));
    QCOMPARE(cell(2, BulkPlanModel::Verdict), QStringLiteral("Refused"));
    QVERIFY(cell(2, BulkPlanModel::Details).contains(QLatin1String("settings.manage")));
    // Nothing will change: Run stays off.
    QPushButton *run = buttonNamed(dialog, QStringLiteral("&Run"));
    QVERIFY(run);
    QVERIFY(!run->isEnabled());
}

void TestBulkAction::dialogHelpdeskCannotDelete()
{
    makeUser(QStringLiteral("ann"));
    makeUser(QStringLiteral("hd"), {QStringLiteral("helpdesk")});
    const Principal helpdesk = resultOf(m_dir->signIn(QStringLiteral("hd"), staffPassword())).value();
    BulkActionDialog dialog(m_dir, helpdesk);
    dialog.setUsers({user(QStringLiteral("ann"))});
    BulkAction action;
    action.kind = BulkActionKind::Delete;
    dialog.setAction(action);
    QVERIFY(waitForPreview(dialog));
    QCOMPARE(dialog.planModel()->count(BulkVerdict::Refuse), 1);
    QVERIFY(dialog.planModel()->index(0, BulkPlanModel::Details).data().toString().contains(P::UsersDelete));
    // And core agrees when asked directly.
    QCOMPARE(resultOf(m_dir->deleteUser(helpdesk, QStringLiteral("ann"))).code(), ErrorCode::PermissionDenied);
}

void TestBulkAction::dialogLastOwner()
{
    // An actor with every console permission who is not an owner, and two owners.
    QVERIFY(resultOf(m_dir->createRole(m_owner, QStringLiteral("super"), QStringLiteral("all"))).ok());
    for (const QString &p : P::allNames())
        QVERIFY(resultOf(m_dir->grantPermission(m_owner, QStringLiteral("super"), p)).ok());
    makeUser(QStringLiteral("co-owner"), {P::OwnerRole});
    makeUser(QStringLiteral("sup"), {QStringLiteral("super")});
    const Principal super = resultOf(m_dir->signIn(QStringLiteral("sup"), staffPassword())).value();
    BulkActionDialog dialog(m_dir, super);
    dialog.setUsers({user(QStringLiteral("co-owner")), user(QStringLiteral("owner"))});
    BulkAction action;
    action.kind = BulkActionKind::Disable;
    action.reason = QStringLiteral("both away");
    dialog.setAction(action);
    QVERIFY(waitForPreview(dialog));
    const auto *model = dialog.planModel();
    QCOMPARE(model->items().at(0).verdict, BulkVerdict::Change);
    QCOMPARE(model->items().at(1).verdict, BulkVerdict::Refuse);
    QVERIFY(model->items().at(1).reason.contains(QLatin1String("last active owner")));
}

void TestBulkAction::dialogDeleteNeedsTheCount()
{
    makeUser(QStringLiteral("ann"), {}, false);
    makeUser(QStringLiteral("bob"), {}, false);
    BulkActionDialog dialog(m_dir, m_owner);
    dialog.setUsers({user(QStringLiteral("ann")), user(QStringLiteral("bob")), user(QStringLiteral("owner"))});
    BulkAction action;
    action.kind = BulkActionKind::Delete;
    dialog.setAction(action);
    QVERIFY(waitForPreview(dialog));
    QPushButton *run = buttonNamed(dialog, QStringLiteral("&Run"));
    QVERIFY(run);
    QLineEdit *confirm = nullptr;
    for (auto *e : dialog.findChildren<QLineEdit *>())
        if (e->accessibleName().startsWith(QLatin1String("Number of users")))
            confirm = e;
    QVERIFY(confirm);
    QVERIFY(!run->isEnabled());
    confirm->setText(QStringLiteral("3")); // the selection, not what will be deleted
    QVERIFY(!run->isEnabled());
    confirm->setText(QStringLiteral("2"));
    QVERIFY(run->isEnabled());
    QSignalSpy finished(&dialog, &BulkActionDialog::runFinished);
    run->click();
    QVERIFY(finished.wait(30000));
    QCOMPARE(user(QStringLiteral("ann")).id, qint64(0));
    QCOMPARE(user(QStringLiteral("bob")).id, qint64(0));
    QVERIFY(user(QStringLiteral("owner")).id > 0);
    QVERIFY(!run->isEnabled()); // once
}

void TestBulkAction::dialogCloseWhileRunningCancels()
{
    QList<User> users;
    for (int i = 0; i < 10; ++i)
        users << makeUser(QStringLiteral("r%1").arg(i), {}, false);
    BulkActionDialog dialog(m_dir, m_owner);
    dialog.setUsers(users);
    BulkAction action;
    action.kind = BulkActionKind::Disable;
    action.reason = QStringLiteral("closing test");
    dialog.setAction(action);
    QVERIFY(waitForPreview(dialog));
    dialog.show();
    QSignalSpy finished(&dialog, &BulkActionDialog::runFinished);
    dialog.run();
    QVERIFY(dialog.isRunning());
    dialog.reject();             // Esc / Close
    QVERIFY(dialog.isVisible()); // stays for the summary
    QVERIFY(finished.wait(30000));
    const auto summary = finished.first().at(0).value<BulkSummary>();
    QVERIFY(summary.canceled);
    QVERIFY(summary.count(BulkOutcome::NotRun) >= 8);
    qint64 disabled = 0;
    for (const User &u : users)
        disabled += user(u.username).status == UserStatus::Disabled ? 1 : 0;
    QCOMPARE(disabled, qint64(summary.count(BulkOutcome::Done)));
    dialog.reject();
    QVERIFY(!dialog.isVisible());
}

void TestBulkAction::dialogRunsAndSummarizes()
{
    makeUser(QStringLiteral("ann"));
    makeUser(QStringLiteral("bob"), {QStringLiteral("auditor")});
    BulkActionDialog dialog(m_dir, m_owner);
    QAbstractItemModelTester tester(dialog.planModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    dialog.setUsers({user(QStringLiteral("ann")), user(QStringLiteral("bob"))});
    BulkAction action;
    action.kind = BulkActionKind::AddRole;
    action.role = QStringLiteral("auditor");
    dialog.setAction(action);
    QVERIFY(waitForPreview(dialog));
    QCOMPARE(dialog.planModel()->count(BulkVerdict::Change), 1);
    QPushButton *copy = buttonNamed(dialog, QStringLiteral("&Copy summary"));
    QVERIFY(copy && copy->isHidden()); // no summary yet
    QSignalSpy finished(&dialog, &BulkActionDialog::runFinished);
    dialog.run();
    QVERIFY(finished.wait(30000));
    QCOMPARE(user(QStringLiteral("ann")).roles, QStringList{QStringLiteral("auditor")});
    QCOMPARE(dialog.planModel()->index(0, BulkPlanModel::Verdict).data().toString(), QStringLiteral("Done"));
    const QString text = dialog.summaryText();
    QVERIFY2(text.startsWith(QLatin1String("Add role: 1 done, 1 skipped, 0 refused")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("Skipped\tbob\tAlready has the role auditor.")));
    QVERIFY(!copy->isHidden());
    copy->click();
    QCOMPARE(QApplication::clipboard()->text(), text);
}

void TestBulkAction::dialogLoadsAllResultsOfAQuery()
{
    for (int i = 0; i < 25; ++i)
        makeUser(QStringLiteral("temp%1").arg(i, 2, 10, QLatin1Char('0')), {}, false);
    makeUser(QStringLiteral("keeper"), {}, false);
    BulkActionDialog dialog(m_dir, m_owner);
    QSignalSpy loaded(&dialog, &BulkActionDialog::usersLoaded);
    UserQuery q;
    q.search = QStringLiteral("temp");
    q.limit = 7; // the pager's pages, not this, decide
    dialog.loadUsers(q);
    QVERIFY(loaded.wait(20000));
    QCOMPARE(loaded.first().at(0).toLongLong(), qint64(25));
    BulkAction action;
    action.kind = BulkActionKind::RequirePasswordChange;
    dialog.setAction(action);
    QVERIFY(waitForPreview(dialog));
    QCOMPARE(dialog.planModel()->rowCount(), 25);
    // Created without a password, they already must change it.
    QCOMPARE(dialog.planModel()->count(BulkVerdict::Skip), 25);
}

void TestBulkAction::dialogManyUsersStaysResponsive()
{
    // 100,000 users from the caller (made up here; the preview never calls the directory per user).
    QList<User> users;
    users.reserve(100000);
    for (int i = 0; i < 100000; ++i) {
        User u;
        u.id = 1000 + i;
        u.username = QStringLiteral("user%1").arg(i);
        u.version = 1;
        users << u;
    }
    BulkActionDialog dialog(m_dir, m_owner);
    dialog.show();
    BulkAction action;
    action.kind = BulkActionKind::Disable;
    action.reason = QStringLiteral("mass review");
    dialog.setAction(action);
    dialog.setUsers(users);
    // The event loop keeps turning while the preview fills: a timer fires between slices.
    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
    ticker.start(0);
    QSignalSpy ready(&dialog, &BulkActionDialog::previewReady);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(ready.wait(60000));
    QCOMPARE(dialog.planModel()->rowCount(), 100000);
    QCOMPARE(dialog.planModel()->count(BulkVerdict::Change), 100000);
    QVERIFY2(ticks >= 100000 / BulkActionDialog::PlanSliceSize - 1, qPrintable(QString::number(ticks)));
    qInfo("preview of 100,000 users in %lld ms, %d event loop turns", clock.elapsed(), ticks);
}

void TestBulkAction::pagerCancel()
{
    for (int i = 0; i < 30; ++i)
        makeUser(QStringLiteral("p%1").arg(i, 2, 10, QLatin1Char('0')), {}, false);
    UserPager pager(m_dir, m_owner, UserQuery{});
    pager.setPageSize(10);
    pager.setCollecting(true);
    QSignalSpy finished(&pager, &UserPager::finished);
    connect(&pager, &UserPager::pageReady, &pager, [&pager] { pager.cancel(); });
    pager.start();
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().at(0).value<Status>().code(), ErrorCode::Canceled);
    QCOMPARE(pager.users().size(), 10);
    QTest::qWait(200);
    QCOMPARE(finished.size(), 1);

    UserPager all(m_dir, m_owner, UserQuery{});
    all.setPageSize(10);
    all.setCollecting(true);
    QSignalSpy done(&all, &UserPager::finished);
    all.start();
    QVERIFY(done.wait(20000));
    QVERIFY(done.first().at(0).value<Status>().ok());
    QCOMPARE(all.users().size(), 31);
    QCOMPARE(all.total(), qint64(31));
}

void TestBulkAction::exportRoundTripsThroughPython()
{
    if (QStandardPaths::findExecutable(QStringLiteral("python3")).isEmpty())
        QFAIL("python3 is needed as the independent CSV reader");
    makeUser(hostileUsername, {QStringLiteral("auditor"), QStringLiteral("helpdesk")});
    NewUser nice;
    nice.username = QStringLiteral("plain");
    nice.email = QStringLiteral("plain@example.test");
    nice.displayName = hostileDisplay;
    QVERIFY(resultOf(m_dir->createUser(m_owner, nice)).ok());
    const QDateTime until = QDateTime::fromString(QStringLiteral("2031-05-06T07:08:09Z"), Qt::ISODate);
    QVERIFY(resultOf(m_dir->disableUser(m_owner, QStringLiteral("plain"), hostileReason, until)).ok());
    makeUser(QStringLiteral("zed"), {}, false);

    const QString path = m_store->filePath(QStringLiteral("users.csv"));
    UserQuery q;
    q.sortField = UserSortField::Username;
    q.descending = true;
    q.search = QStringLiteral("e"); // plain, owner, zed, the hostile one (evil)
    UserCsvExport exporter(m_dir, m_owner, q, path);
    exporter.setPageSize(2);
    QSignalSpy finished(&exporter, &UserCsvExport::finished);
    QSignalSpy progress(&exporter, &UserCsvExport::progress);
    exporter.start();
    QVERIFY(finished.wait(20000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QVERIFY(progress.size() >= 2);
    const auto ownerGroupOther = QFileDevice::Permissions::fromInt(0x7077);
    QCOMPARE(QFileInfo(path).permissions() & ownerGroupOther, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    QString error;
    const QList<QStringList> rows = readWithPython(path, &error);
    QVERIFY2(!rows.isEmpty(), qPrintable(error));
    QCOMPARE(rows.at(0),
             (QStringList{QStringLiteral("username"), QStringLiteral("email"), QStringLiteral("display_name"),
                          QStringLiteral("status"), QStringLiteral("disabled_reason"), QStringLiteral("disabled_until"),
                          QStringLiteral("roles"), QStringLiteral("created_at"), QStringLiteral("last_sign_in_at")}));
    // The same users, in the same order, as the query lists them.
    UserQuery all = q;
    all.limit = 1000;
    const QList<User> expected = resultOf(m_dir->listUsers(m_owner, all))->users;
    QCOMPARE(rows.size(), expected.size() + 1);
    QVERIFY(expected.size() >= 4);
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const User &u = expected.at(i);
        const QStringList &r = rows.at(i + 1);
        QCOMPARE(r.size(), 9);
        // Formula guard: a leading ' and otherwise the exact text.
        const auto guarded = [](const QString &v) {
            return !v.isEmpty() && QStringLiteral("=+-@\t\r").contains(v.front()) ? QLatin1Char('\'') + v : v;
        };
        QCOMPARE(r.at(0), guarded(u.username));
        QCOMPARE(r.at(1), u.email);
        QCOMPARE(r.at(2), u.displayName);
        QCOMPARE(r.at(3), u.status == UserStatus::Active ? QStringLiteral("active") : QStringLiteral("disabled"));
        QCOMPARE(r.at(4), guarded(u.disabledReason));
        QCOMPARE(r.at(6), u.roles.join(QLatin1Char(';')));
        const QDateTime created = QDateTime::fromString(r.at(7), Qt::ISODate);
        QVERIFY2(r.at(7).endsWith(QLatin1Char('Z')), qPrintable(r.at(7)));
        QCOMPARE(created.toSecsSinceEpoch(), u.createdAt.toSecsSinceEpoch());
    }
    const auto find = [&rows](const QString &first) {
        for (const auto &r : rows)
            if (r.at(0) == first)
                return r;
        return QStringList{};
    };
    const QStringList evil = find(QLatin1Char('\'') + hostileUsername);
    QCOMPARE(evil.value(6), QStringLiteral("auditor;helpdesk"));
    const QStringList plain = find(QStringLiteral("plain"));
    QCOMPARE(plain.value(2), hostileDisplay);
    QCOMPARE(plain.value(4), QLatin1Char('\'') + hostileReason);
    QCOMPARE(plain.value(5), QStringLiteral("2031-05-06T07:08:09Z"));
    QCOMPARE(plain.value(8), QString());                               // never signed in
    QCOMPARE(find(QStringLiteral("owner")).value(8).isEmpty(), false); // the owner signed in
}

void TestBulkAction::exportRowWithLineBreaks()
{
    // The store refuses control characters in names; the export must still be safe for any text.
    User u;
    u.username = QStringLiteral("line\nbreak");
    u.email = QStringLiteral("\r\nx@example.test");
    u.displayName = QStringLiteral("\ttabbed, \"quoted\"");
    u.disabledReason = QStringLiteral("-1+1");
    u.status = UserStatus::Disabled;
    u.roles = {QStringLiteral("a"), QStringLiteral("b")};
    u.createdAt = QDateTime::fromString(QStringLiteral("2026-01-02T03:04:05Z"), Qt::ISODate);
    const QString path = m_store->filePath(QStringLiteral("row.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write((UserCsvExport::header() + UserCsvExport::row(u)).toUtf8());
    f.close();
    QString error;
    const auto rows = readWithPython(path, &error);
    QVERIFY2(rows.size() == 2, qPrintable(error));
    QCOMPARE(rows.at(1),
             (QStringList{QStringLiteral("line\nbreak"), QStringLiteral("'\r\nx@example.test"),
                          QStringLiteral("'\ttabbed, \"quoted\""), QStringLiteral("disabled"), QStringLiteral("'-1+1"),
                          QString(), QStringLiteral("a;b"), QStringLiteral("2026-01-02T03:04:05Z"), QString()}));
    // The shared field rule, as the audit export uses it too.
    QCOMPARE(csv::field(QStringLiteral("@SUM(A1)")), QStringLiteral("'@SUM(A1)"));
    QCOMPARE(csv::field(QStringLiteral("a\"b")), QStringLiteral("\"a\"\"b\""));
    QCOMPARE(csv::field(QStringLiteral("plain")), QStringLiteral("plain"));
}

void TestBulkAction::exportCancelLeavesNoFile()
{
    for (int i = 0; i < 20; ++i)
        makeUser(QStringLiteral("c%1").arg(i, 2, 10, QLatin1Char('0')), {}, false);
    const QString path = m_store->filePath(QStringLiteral("canceled.csv"));
    UserCsvExport exporter(m_dir, m_owner, UserQuery{}, path);
    exporter.setPageSize(5);
    QSignalSpy finished(&exporter, &UserCsvExport::finished);
    connect(&exporter, &UserCsvExport::progress, &exporter, [&exporter](qint64 written, qint64) {
        if (written == 10)
            exporter.cancel();
    });
    exporter.start();
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY2(finished.first().at(1).toString().contains(QLatin1String("canceled")),
             qPrintable(finished.first().at(1).toString()));
    QVERIFY(!QFile::exists(path));
    // Nothing left beside it either (QSaveFile's temporary file).
    const QStringList left = QDir(QFileInfo(path).path()).entryList({QStringLiteral("canceled*")}, QDir::Files);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
    // An existing file is not replaced by a canceled export.
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("old\n");
    old.close();
    UserCsvExport again(m_dir, m_owner, UserQuery{}, path);
    again.setPageSize(5);
    QSignalSpy finishedAgain(&again, &UserCsvExport::finished);
    connect(&again, &UserCsvExport::progress, &again, [&again] { again.cancel(); });
    again.start();
    QVERIFY(finishedAgain.wait(20000));
    QFile check(path);
    QVERIFY(check.open(QIODevice::ReadOnly));
    QCOMPARE(check.readAll(), QByteArray("old\n"));
}

void TestBulkAction::exportUnwritablePath()
{
    const QString path = m_store->filePath(QStringLiteral("no-such-folder/users.csv"));
    UserCsvExport exporter(m_dir, m_owner, UserQuery{}, path);
    QSignalSpy finished(&exporter, &UserCsvExport::finished);
    exporter.start();
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY(finished.first().at(1).toString().startsWith(QLatin1String("Cannot write")));
    QVERIFY(!QFile::exists(path));
}

void TestBulkAction::screenshot()
{
    makeUser(QStringLiteral("alice.wong"), {QStringLiteral("auditor")}, false);
    makeUser(QStringLiteral("bernd.koch"), {}, false);
    makeUser(QStringLiteral("chen.li"), {QStringLiteral("admin")}, false);
    makeUser(QStringLiteral("dana.ruiz"), {}, false);
    QVERIFY(
        resultOf(m_dir->disableUser(m_owner, QStringLiteral("dana.ruiz"), QStringLiteral("parental leave"), {})).ok());
    makeUser(QStringLiteral("hd.sam"), {QStringLiteral("helpdesk")});
    const Principal admin = [this] {
        makeUser(QStringLiteral("admin.eve"), {QStringLiteral("admin")});
        return resultOf(m_dir->signIn(QStringLiteral("admin.eve"), staffPassword())).value();
    }();
    BulkActionDialog dialog(m_dir, admin);
    QList<User> users;
    for (const char *n : {"alice.wong", "admin.eve", "bernd.koch", "chen.li", "dana.ruiz", "hd.sam", "owner"})
        users << user(QString::fromLatin1(n));
    dialog.setUsers(users);
    BulkAction action;
    action.kind = BulkActionKind::Disable;
    action.reason = QStringLiteral("Q4 access review, ticket SEC-1042");
    action.until = QDateTime::currentDateTimeUtc().addDays(14);
    dialog.setAction(action);
    dialog.resize(1180, 560);
    dialog.show();
    QVERIFY(waitForPreview(dialog));
    QTest::qWait(100);
    const QString out = QString::fromUtf8(qgetenv("AUTHDESK_SCREENSHOT_DIR"));
    const QImage shot = dialog.grab().toImage();
    QVERIFY(!shot.isNull());
    if (!out.isEmpty())
        QVERIFY(shot.save(out + QStringLiteral("/bulk-preview.png")));
}

QTEST_MAIN(TestBulkAction)
#include "tst_bulkaction.moc"
