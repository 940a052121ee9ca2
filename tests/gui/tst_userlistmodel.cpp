// UserListModel against a real store of several thousand users: true totals, pages that arrive
// on demand, search and sort run by the directory, a bounded page cache, stale answers dropped.
// Every model here is watched by QAbstractItemModelTester in fatal mode.

#include "models/UserListModel.h"
#include "tests/gui/GuiTestSupport.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <thread>

using namespace authdesk;

namespace {

constexpr int ImportedUsers = 5000;

QString username(int i)
{
    return QStringLiteral("user%1").arg(i, 5, 10, QLatin1Char('0'));
}

// Three disjoint groups a search can find by display name only.
QString displayName(int i)
{
    QString name = QStringLiteral("Person %1").arg(i);
    if (i % 7 == 0)
        name += QStringLiteral(" Alpha");
    else if (i % 3 == 0)
        name += QStringLiteral(" Beta");
    if (i % 10 == 0)
        name += QStringLiteral(" Zebra");
    return name;
}

int countMatching(const QString &word)
{
    int n = 0;
    for (int i = 0; i < ImportedUsers; ++i)
        n += displayName(i).contains(word) ? 1 : 0;
    return n;
}

QString cell(const QAbstractItemModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.index(row, column).data(role).toString();
}

} // namespace

class TestUserListModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rowCountIsTheTrueTotal();
    void farRowArrivesWithItsPage();
    void searchNarrowsTheTotal();
    void sortRunsInTheDirectory();
    void pageCacheStaysBounded();
    void staleAnswersAreDropped();
    void filterIsPartOfTheQuery();
    void mfaColumn();
    void refreshKeepsRowsWhenNothingChanged();
    void statusAndDatesAreShownForPeople();
    void errorsAreReported();
    void changedTotalMakesTheModelRequery();
    void searchShowsItsFirstPageBeforeTheCount();
    void newerQueryDropsTheOlderCount();
    void shortFirstPageNeedsNoCount();

private:
    // A model over the shared store with a tester attached for its whole life.
    struct Watched {
        explicit Watched(Directory *directory, const Principal &actor)
            : model(directory, actor), tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal)
        {}
        UserListModel model;
        QAbstractItemModelTester tester;
    };
    static bool settle(UserListModel &model);

    test::TempStore m_store;
    Principal m_owner;
    qint64 m_total = 0;
};

bool TestUserListModel::settle(UserListModel &model)
{
    // Loading starts in the constructor and after every new query; idle means answered.
    return QTest::qWaitFor([&] { return !model.isLoading(); }, 30000);
}

void TestUserListModel::initTestCase()
{
    QVERIFY(m_store.isValid());
    const auto principal = m_store.createOwner();
    QVERIFY2(principal.ok(), qPrintable(principal.message()));
    m_owner = principal.value();

    // The fastest way to several thousand users: one import, one transaction.
    QFile csv(m_store.filePath(QStringLiteral("users.csv")));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("username,email,display_name,roles\n");
    for (int i = 0; i < ImportedUsers; ++i)
        csv.write(QStringLiteral("%1,%1@example.test,%2,\n").arg(username(i), displayName(i)).toUtf8());
    csv.close();
    const auto imported = test::resultOf(m_store.directory()->importUsers(m_owner, csv.fileName()));
    QVERIFY2(imported.ok(), qPrintable(imported.message()));
    QCOMPARE(imported->imported, qint64(ImportedUsers));
    m_total = ImportedUsers + 1;
}

void TestUserListModel::rowCountIsTheTrueTotal()
{
    Watched w(m_store.directory(), m_owner);
    QSignalSpy totalSpy(&w.model, &UserListModel::totalChanged);
    QSignalSpy loadingSpy(&w.model, &UserListModel::loadingChanged);
    QVERIFY(w.model.isLoading());
    QCOMPARE(w.model.rowCount(), 0);
    QVERIFY(settle(w.model));

    QCOMPARE(w.model.total(), m_total);
    QCOMPARE(w.model.rowCount(), int(m_total));
    QCOMPARE(w.model.columnCount(), int(UserListModel::ColumnCount));
    QCOMPARE(totalSpy.count(), 1);
    QCOMPARE(totalSpy.first().first().toLongLong(), m_total);
    QCOMPARE(loadingSpy.count(), 1); // true was the initial state; false once answered
    QCOMPARE(loadingSpy.first().first().toBool(), false);
    // Only the first page came with the total.
    QCOMPARE(w.model.cachedPageCount(), 1);
    QVERIFY(w.model.isRowLoaded(UserListModel::DefaultPageSize - 1));
    QVERIFY(!w.model.isRowLoaded(UserListModel::DefaultPageSize));

    // Sorted by username: the owner, then user00000 …
    QCOMPARE(cell(w.model, 0, UserListModel::Username), QStringLiteral("owner"));
    QCOMPARE(w.model.index(0, 0).data(UserListModel::UserIdRole).toLongLong(), m_owner.userId());
    QCOMPARE(cell(w.model, 1, UserListModel::Username), username(0));
    QCOMPARE(cell(w.model, 1, UserListModel::Email), username(0) + QStringLiteral("@example.test"));
    QCOMPARE(cell(w.model, 0, UserListModel::Roles), QStringLiteral("owner"));
    QCOMPARE(w.model.index(0, UserListModel::Roles).data(UserListModel::UnderlyingDataRole).toStringList(),
             QStringList{QStringLiteral("owner")});
    QCOMPARE(w.model.headerData(UserListModel::Email, Qt::Horizontal).toString(), QStringLiteral("Email"));
    QVERIFY(!w.model.headerData(UserListModel::Email, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
}

void TestUserListModel::farRowArrivesWithItsPage()
{
    Watched w(m_store.directory(), m_owner);
    QVERIFY(settle(w.model));
    const int row = 4000;
    QVERIFY(!w.model.isRowLoaded(row));
    QSignalSpy changed(&w.model, &QAbstractItemModel::dataChanged);

    // Not there yet: a placeholder, and the page is asked for.
    QCOMPARE(cell(w.model, row, UserListModel::Username), QStringLiteral("\u2026"));
    QVERIFY(!w.model.index(row, 0).data(UserListModel::UserIdRole).isValid());
    QTRY_VERIFY(w.model.isRowLoaded(row));
    QCOMPARE(cell(w.model, row, UserListModel::Username), username(row - 1));

    // The view was told about exactly that page.
    QCOMPARE(changed.count(), 1);
    const auto topLeft = changed.first().at(0).value<QModelIndex>();
    const auto bottomRight = changed.first().at(1).value<QModelIndex>();
    const int pageStart = row / UserListModel::DefaultPageSize * UserListModel::DefaultPageSize;
    QCOMPARE(topLeft.row(), pageStart);
    QCOMPARE(bottomRight.row(), pageStart + UserListModel::DefaultPageSize - 1);
    QCOMPARE(bottomRight.column(), UserListModel::ColumnCount - 1);
    QCOMPARE(w.model.cachedPageCount(), 2);
    // The page's neighbours are not loaded along with it.
    QVERIFY(!w.model.isRowLoaded(pageStart - 1));
    QVERIFY(!w.model.isRowLoaded(pageStart + UserListModel::DefaultPageSize));
}

void TestUserListModel::searchNarrowsTheTotal()
{
    Watched w(m_store.directory(), m_owner);
    QVERIFY(settle(w.model));
    QSignalSpy resets(&w.model, &QAbstractItemModel::modelReset);
    QSignalSpy totals(&w.model, &UserListModel::totalChanged);

    w.model.setSearch(QStringLiteral("zebra")); // case-insensitive
    QVERIFY(settle(w.model));
    const int zebras = countMatching(QStringLiteral("Zebra"));
    QCOMPARE(w.model.total(), qint64(zebras));
    QCOMPARE(w.model.rowCount(), zebras);
    QCOMPARE(resets.count(), 1);
    QCOMPARE(totals.count(), 1);
    QCOMPARE(totals.first().first().toLongLong(), qint64(zebras));
    for (int row = 0; row < 20; ++row)
        QVERIFY(cell(w.model, row, UserListModel::DisplayName).endsWith(QStringLiteral(" Zebra")));

    w.model.setSearch(QStringLiteral("user0420")); // matches usernames and emails: user04200 … user04209
    QVERIFY(settle(w.model));
    QCOMPARE(w.model.total(), qint64(10));
    QCOMPARE(cell(w.model, 9, UserListModel::Username), QStringLiteral("user04209"));

    w.model.setSearch(QStringLiteral("no such person"));
    QVERIFY(settle(w.model));
    QCOMPARE(w.model.total(), qint64(0));
    QCOMPARE(w.model.rowCount(), 0);

    w.model.setSearch(QString());
    QVERIFY(settle(w.model));
    QCOMPARE(w.model.total(), m_total);
}

void TestUserListModel::sortRunsInTheDirectory()
{
    Watched w(m_store.directory(), m_owner);
    QVERIFY(settle(w.model));
    QSignalSpy resets(&w.model, &QAbstractItemModel::modelReset);

    w.model.sort(UserListModel::Username, Qt::DescendingOrder);
    QVERIFY(settle(w.model));
    QCOMPARE(resets.count(), 1);
    QCOMPARE(w.model.sortColumn(), int(UserListModel::Username));
    QCOMPARE(w.model.sortOrder(), Qt::DescendingOrder);
    QCOMPARE(cell(w.model, 0, UserListModel::Username), username(ImportedUsers - 1));
    QCOMPARE(cell(w.model, 1, UserListModel::Username), username(ImportedUsers - 2));
    // The last row, from a page of its own, is the first one ascending.
    QCOMPARE(cell(w.model, w.model.rowCount() - 1, UserListModel::Username), QStringLiteral("\u2026"));
    QTRY_VERIFY(w.model.isRowLoaded(w.model.rowCount() - 1));
    QCOMPARE(cell(w.model, w.model.rowCount() - 1, UserListModel::Username), QStringLiteral("owner"));

    // Display names sort as text: "Person 0 …" < "Person 1 …" < "Person 10 …".
    w.model.sort(UserListModel::DisplayName, Qt::AscendingOrder);
    QVERIFY(settle(w.model));
    QVERIFY(cell(w.model, 0, UserListModel::DisplayName).startsWith(QStringLiteral("Person 0 ")));
    QVERIFY(cell(w.model, 1, UserListModel::DisplayName).startsWith(QStringLiteral("Person 1")));

    // Roles are a list the directory cannot sort on: nothing happens.
    const int before = resets.count();
    w.model.sort(UserListModel::Roles, Qt::AscendingOrder);
    QVERIFY(!w.model.isLoading());
    QCOMPARE(w.model.sortColumn(), int(UserListModel::DisplayName));
    QVERIFY(!UserListModel::isSortable(UserListModel::Roles));
    QTest::qWait(50);
    QCOMPARE(resets.count(), before);
}

void TestUserListModel::pageCacheStaysBounded()
{
    Watched w(m_store.directory(), m_owner);
    const int cap = 5;
    const int pageSize = 100;
    w.model.setMaxCachedPages(cap);
    w.model.setPageSize(pageSize);
    QVERIFY(settle(w.model));
    QCOMPARE(w.model.pageSize(), pageSize);

    // Scroll through every row, as a view would, one page at a time.
    int maxSeen = 0;
    for (int first = 0; first < w.model.rowCount(); first += pageSize) {
        const int last = std::min(first + pageSize, w.model.rowCount()) - 1;
        (void)w.model.index(first, 0).data();
        QTRY_VERIFY(w.model.isRowLoaded(first));
        QVERIFY(w.model.isRowLoaded(last));
        QCOMPARE(cell(w.model, last, UserListModel::Username), username(last - 1));
        maxSeen = std::max(maxSeen, w.model.cachedPageCount());
        QVERIFY2(w.model.cachedPageCount() <= cap, qPrintable(QString::number(w.model.cachedPageCount())));
    }
    QCOMPARE(maxSeen, cap);
    // Scrolled past and evicted (the tester keeps touching row 0, so look in the middle);
    // the pages just read are there.
    const int lastPage = (w.model.rowCount() - 1) / pageSize;
    QVERIFY(!w.model.isRowLoaded(10 * pageSize));
    QVERIFY(w.model.isRowLoaded(lastPage * pageSize));
    QVERIFY(w.model.isRowLoaded((lastPage - 1) * pageSize));

    // Least recently used goes first: use every cached page but one, then read a new page.
    QList<int> cached;
    for (int page = 0; page <= lastPage; ++page)
        if (w.model.isRowLoaded(page * pageSize))
            cached << page;
    QCOMPARE(cached.size(), cap);
    const int victim = cached.takeAt(1);
    for (int page : std::as_const(cached))
        (void)w.model.index(page * pageSize, 0).data();
    (void)w.model.index(20 * pageSize, 0).data();
    QTRY_VERIFY(w.model.isRowLoaded(20 * pageSize));
    QVERIFY2(!w.model.isRowLoaded(victim * pageSize), qPrintable(QString::number(victim)));
    for (int page : std::as_const(cached))
        QVERIFY2(w.model.isRowLoaded(page * pageSize), qPrintable(QString::number(page)));
    QCOMPARE(w.model.cachedPageCount(), cap);
}

void TestUserListModel::staleAnswersAreDropped()
{
    const int alphas = countMatching(QStringLiteral("Alpha"));
    const int betas = countMatching(QStringLiteral("Beta"));
    QVERIFY(alphas != betas);

    // Two searches back to back: only the last one is shown.
    {
        Watched w(m_store.directory(), m_owner);
        QVERIFY(settle(w.model));
        QSignalSpy resets(&w.model, &QAbstractItemModel::modelReset);
        w.model.setSearch(QStringLiteral("alpha"));
        w.model.setSearch(QStringLiteral("beta"));
        QVERIFY(settle(w.model));
        QCOMPARE(resets.count(), 1);
        QCOMPARE(w.model.total(), qint64(betas));
        QVERIFY(cell(w.model, 0, UserListModel::DisplayName).contains(QStringLiteral("Beta")));
    }
    // The first answer is already waiting in the event queue when the second search starts:
    // it must be recognised as stale, not shown for a moment.
    {
        Watched w(m_store.directory(), m_owner);
        QVERIFY(settle(w.model));
        QSignalSpy resets(&w.model, &QAbstractItemModel::modelReset);
        QSignalSpy totals(&w.model, &UserListModel::totalChanged);
        w.model.setSearch(QStringLiteral("alpha"));
        // Without processing events, give the SQL thread time to answer.
        std::this_thread::sleep_for(std::chrono::milliseconds(500));
        w.model.setSearch(QStringLiteral("beta"));
        QVERIFY(settle(w.model));
        QCOMPARE(resets.count(), 1);
        QCOMPARE(totals.count(), 1);
        QCOMPARE(totals.first().first().toLongLong(), qint64(betas));
        QCOMPARE(w.model.search(), QStringLiteral("beta"));
        for (int row = 0; row < 50; ++row)
            QVERIFY(cell(w.model, row, UserListModel::DisplayName).contains(QStringLiteral("Beta")));
    }
    // A page asked for under the old search arrives after the new search started: dropped too.
    {
        Watched w(m_store.directory(), m_owner);
        QVERIFY(settle(w.model));
        QSignalSpy loading(&w.model, &UserListModel::loadingChanged);
        (void)w.model.index(3000, 0).data();
        QVERIFY(loading.wait()); // the page request is out …
        // … and answered while no event is processed.
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        QSignalSpy changed(&w.model, &QAbstractItemModel::dataChanged);
        w.model.setSearch(QStringLiteral("alpha"));
        QVERIFY(settle(w.model));
        QCOMPARE(w.model.total(), qint64(alphas));
        QCOMPARE(changed.count(), 0);
        QCOMPARE(w.model.cachedPageCount(), 1);
    }
}

void TestUserListModel::filterIsPartOfTheQuery()
{
    UserFilter neverSignedIn;
    neverSignedIn.neverSignedIn = true;
    UserFilter owners;
    owners.role = QStringLiteral("OWNER");
    // The directory's own answer is the expectation.
    auto totalOf = [&](const QString &search, const UserFilter &filter) {
        UserQuery q;
        q.search = search;
        q.filter = filter;
        q.limit = 0;
        return test::resultOf(m_store.directory()->listUsers(m_owner, q))->total;
    };
    const qint64 never = totalOf(QString(), neverSignedIn);
    QVERIFY(never > 1000 && never < m_total);
    {
        Watched w(m_store.directory(), m_owner);
        QVERIFY(settle(w.model));
        QSignalSpy resets(&w.model, &QAbstractItemModel::modelReset);
        w.model.setFilter(neverSignedIn);
        QCOMPARE(w.model.filter(), neverSignedIn);
        QVERIFY(settle(w.model));
        QCOMPARE(resets.count(), 1);
        QCOMPARE(w.model.total(), never);
        QCOMPARE(w.model.rowCount(), int(never));
        // The same filter again is no new query.
        w.model.setFilter(neverSignedIn);
        QVERIFY(!w.model.isLoading());
        // Filter and search together.
        w.model.setSearch(QStringLiteral("user0420"));
        QVERIFY(settle(w.model));
        QCOMPARE(w.model.total(), totalOf(QStringLiteral("user0420"), neverSignedIn));
        QCOMPARE(w.model.total(), qint64(10));
        // A far row under a filter arrives with its page, and is one the filter lets through.
        w.model.setSearch(QString());
        QVERIFY(settle(w.model));
        (void)w.model.index(int(never) - 1, 0).data();
        QVERIFY(QTest::qWaitFor([&] { return w.model.isRowLoaded(int(never) - 1); }, 30000));
        QCOMPARE(cell(w.model, int(never) - 1, UserListModel::LastSignIn), QStringLiteral("Never"));
        w.model.setFilter(UserFilter());
        QVERIFY(settle(w.model));
        QCOMPARE(w.model.total(), m_total);
    }
    // The first filter's answer is already waiting when the second filter starts: dropped.
    {
        Watched w(m_store.directory(), m_owner);
        QVERIFY(settle(w.model));
        QSignalSpy resets(&w.model, &QAbstractItemModel::modelReset);
        QSignalSpy totals(&w.model, &UserListModel::totalChanged);
        w.model.setFilter(neverSignedIn);
        std::this_thread::sleep_for(std::chrono::milliseconds(500));
        w.model.setFilter(owners);
        QVERIFY(settle(w.model));
        QCOMPARE(resets.count(), 1);
        QCOMPARE(totals.count(), 1);
        QCOMPARE(totals.first().first().toLongLong(), qint64(1));
        QCOMPARE(w.model.rowCount(), 1);
        QCOMPARE(cell(w.model, 0, UserListModel::Username), QStringLiteral("owner"));
    }
}

void TestUserListModel::mfaColumn()
{
    Watched w(m_store.directory(), m_owner);
    QVERIFY(settle(w.model));
    QCOMPARE(w.model.headerData(UserListModel::Mfa, Qt::Horizontal).toString(), QStringLiteral("MFA"));
    QVERIFY(!UserListModel::isSortable(UserListModel::Mfa));
    QCOMPARE(cell(w.model, 0, UserListModel::Mfa), QStringLiteral("\u2014"));
    QCOMPARE(w.model.index(0, UserListModel::Mfa).data(UserListModel::UnderlyingDataRole).toInt(),
             int(UserListModel::MfaState::NotEnrolled));
    // The Status column still comes right before it, Roles right after.
    QCOMPARE(int(UserListModel::Mfa), int(UserListModel::Status) + 1);
    QCOMPARE(w.model.headerData(UserListModel::Roles, Qt::Horizontal).toString(), QStringLiteral("Roles"));
    User u;
    QCOMPARE(UserListModel::mfaText(u), QStringLiteral("\u2014"));
    u.mfaEnrolled = true;
    QCOMPARE(UserListModel::mfaText(u), QStringLiteral("Enrolled"));
    u.locked = true;
    QCOMPARE(UserListModel::mfaText(u), QStringLiteral("Locked"));
    u.mfaEnrolled = false; // disabled after failures: no longer enrolled, still locked
    QCOMPARE(UserListModel::mfaState(u), UserListModel::MfaState::Locked);
}

void TestUserListModel::refreshKeepsRowsWhenNothingChanged()
{
    Watched w(m_store.directory(), m_owner);
    QVERIFY(settle(w.model));
    (void)w.model.index(1000, 0).data();
    QTRY_VERIFY(w.model.isRowLoaded(1000));
    QCOMPARE(w.model.cachedPageCount(), 2);

    QSignalSpy resets(&w.model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&w.model, &QAbstractItemModel::dataChanged);
    w.model.refresh();
    QVERIFY(settle(w.model));
    QCOMPARE(resets.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), 0);
    QCOMPARE(changed.first().at(1).value<QModelIndex>().row(), w.model.rowCount() - 1);
    QCOMPARE(w.model.total(), m_total);
    // Contents are renewed: only the first page is current again.
    QCOMPARE(w.model.cachedPageCount(), 1);
    QVERIFY(!w.model.isRowLoaded(1000));
}

void TestUserListModel::statusAndDatesAreShownForPeople()
{
    const QDateTime until = QDateTime::currentDateTimeUtc().addDays(30);
    const auto disabled =
        test::resultOf(m_store.directory()->disableUser(m_owner, username(42), QStringLiteral("On leave"), until));
    QVERIFY2(disabled.ok(), qPrintable(disabled.message()));

    Watched w(m_store.directory(), m_owner);
    w.model.sort(UserListModel::Status, Qt::DescendingOrder); // "disabled" after "active"
    QVERIFY(settle(w.model));
    QCOMPARE(cell(w.model, 0, UserListModel::Username), username(42));
    const QString status = cell(w.model, 0, UserListModel::Status);
    QVERIFY2(status.startsWith(QStringLiteral("Disabled (until ")), qPrintable(status));
    QVERIFY(status.contains(QLocale().toString(until.toLocalTime(), QLocale::ShortFormat)));
    QCOMPARE(cell(w.model, 0, UserListModel::Status, Qt::ToolTipRole), QStringLiteral("Reason: On leave"));
    QCOMPARE(w.model.index(0, UserListModel::Status).data(UserListModel::UnderlyingDataRole).toInt(),
             int(UserStatus::Disabled));
    QVERIFY(w.model.index(0, 0).data(Qt::ForegroundRole).isValid());
    QCOMPARE(cell(w.model, 1, UserListModel::Status), QStringLiteral("Active"));
    QVERIFY(!w.model.index(1, 0).data(Qt::ForegroundRole).isValid());
    // Imported users never signed in; the owner did (to make this test's principal).
    QCOMPARE(cell(w.model, 0, UserListModel::LastSignIn), QStringLiteral("Never"));
    QVERIFY(
        !w.model.index(0, UserListModel::LastSignIn).data(UserListModel::UnderlyingDataRole).toDateTime().isValid());

    w.model.setSearch(QStringLiteral("owner@"));
    QVERIFY(settle(w.model));
    QCOMPARE(w.model.total(), qint64(1));
    const QDateTime lastSignIn =
        w.model.index(0, UserListModel::LastSignIn).data(UserListModel::UnderlyingDataRole).toDateTime();
    QVERIFY(lastSignIn.isValid());
    QCOMPARE(cell(w.model, 0, UserListModel::LastSignIn),
             QLocale().toString(lastSignIn.toLocalTime(), QLocale::ShortFormat));

    const auto enabled = test::resultOf(m_store.directory()->enableUser(m_owner, username(42)));
    QVERIFY2(enabled.ok(), qPrintable(enabled.message()));
}

void TestUserListModel::errorsAreReported()
{
    // A principal the store never issued: the directory refuses, the model says so.
    Watched w(m_store.directory(), Principal());
    QSignalSpy errors(&w.model, &UserListModel::errorOccurred);
    QVERIFY(settle(w.model));
    QCOMPARE(errors.count(), 1);
    QVERIFY(!errors.first().first().toString().isEmpty());
    QCOMPARE(w.model.rowCount(), 0);
    QCOMPARE(w.model.total(), qint64(0));
}

void TestUserListModel::changedTotalMakesTheModelRequery()
{
    Watched w(m_store.directory(), m_owner);
    QVERIFY(settle(w.model));
    QCOMPARE(w.model.total(), m_total);

    // Someone else adds a user: the pages no longer line up with the rows on show.
    NewUser extra;
    extra.username = QStringLiteral("aaa-first");
    extra.email = QStringLiteral("aaa@example.test");
    const auto created = test::resultOf(m_store.directory()->createUser(m_owner, extra));
    QVERIFY2(created.ok(), qPrintable(created.message()));

    QSignalSpy resets(&w.model, &QAbstractItemModel::modelReset);
    (void)w.model.index(2500, 0).data();
    QTRY_COMPARE(w.model.total(), m_total + 1);
    QVERIFY(settle(w.model));
    QCOMPARE(resets.count(), 1);
    QCOMPARE(w.model.rowCount(), int(m_total + 1));
    QCOMPARE(cell(w.model, 0, UserListModel::Username), QStringLiteral("aaa-first"));
}

void TestUserListModel::searchShowsItsFirstPageBeforeTheCount()
{
    const int zebras = countMatching(QStringLiteral("Zebra"));
    QVERIFY(zebras > UserListModel::DefaultPageSize);
    Watched w(m_store.directory(), m_owner);
    QVERIFY(settle(w.model));
    QVERIFY(!w.model.isCounting());
    QSignalSpy counting(&w.model, &UserListModel::countingChanged);
    QSignalSpy inserted(&w.model, &QAbstractItemModel::rowsInserted);
    QSignalSpy totals(&w.model, &UserListModel::totalChanged);
    // What the view sees when the first answer is shown.
    int rowsAtReset = -1;
    bool countingAtReset = false;
    bool loadingAtReset = false;
    QString firstAtReset;
    QObject context;
    connect(&w.model, &QAbstractItemModel::modelReset, &context, [&] {
        rowsAtReset = w.model.rowCount();
        countingAtReset = w.model.isCounting();
        loadingAtReset = w.model.isLoading();
        firstAtReset = cell(w.model, 0, UserListModel::DisplayName);
    });
    w.model.setSearch(QStringLiteral("zebra"));
    QVERIFY(settle(w.model));

    // The first page, on show before the total was known …
    QCOMPARE(rowsAtReset, UserListModel::DefaultPageSize);
    QVERIFY(firstAtReset.endsWith(QStringLiteral(" Zebra")));
    QVERIFY(loadingAtReset); // idle only once the count is in
    QVERIFY(countingAtReset);
    // … then the count grew the rows, in one insertion after them.
    QCOMPARE(counting.count(), 2);
    QCOMPARE(counting.at(0).first().toBool(), true);
    QCOMPARE(counting.at(1).first().toBool(), false);
    QVERIFY(!w.model.isCounting());
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), UserListModel::DefaultPageSize);
    QCOMPARE(inserted.first().at(2).toInt(), zebras - 1);
    QCOMPARE(w.model.rowCount(), zebras);
    QCOMPARE(w.model.total(), qint64(zebras));
    QCOMPARE(totals.count(), 1);
    QCOMPARE(totals.first().first().toLongLong(), qint64(zebras));
    // The rows past the first page are read as usual.
    QCOMPARE(cell(w.model, zebras - 1, UserListModel::Username), QStringLiteral("\u2026"));
    QTRY_VERIFY(w.model.isRowLoaded(zebras - 1));
    QVERIFY(cell(w.model, zebras - 1, UserListModel::DisplayName).endsWith(QStringLiteral(" Zebra")));

    // Reading the same search again keeps the rows: one request with its total, no count.
    counting.clear();
    w.model.refresh();
    QVERIFY(settle(w.model));
    QCOMPARE(counting.count(), 0);
    QCOMPARE(w.model.rowCount(), zebras);
}

void TestUserListModel::newerQueryDropsTheOlderCount()
{
    const int zebras = countMatching(QStringLiteral("Zebra"));
    const int alphas = countMatching(QStringLiteral("Alpha"));
    QVERIFY(zebras != alphas && alphas > UserListModel::DefaultPageSize);
    Watched w(m_store.directory(), m_owner);
    QVERIFY(settle(w.model));
    QSignalSpy totals(&w.model, &UserListModel::totalChanged);
    QSignalSpy inserted(&w.model, &QAbstractItemModel::rowsInserted);
    QObject context;
    // The moment the zebra count is asked for, a new search starts: whatever that count answers
    // must not reach the rows.
    connect(&w.model, &UserListModel::countingChanged, &context, [&](bool counting) {
        if (counting && w.model.search() == QStringLiteral("zebra"))
            w.model.setSearch(QStringLiteral("alpha"));
    });
    w.model.setSearch(QStringLiteral("zebra"));
    QVERIFY(settle(w.model));
    // Give a late zebra answer every chance to arrive.
    QTest::qWait(200);
    QCOMPARE(w.model.search(), QStringLiteral("alpha"));
    QCOMPARE(w.model.total(), qint64(alphas));
    QCOMPARE(w.model.rowCount(), alphas);
    QCOMPARE(totals.count(), 1);
    QCOMPARE(totals.first().first().toLongLong(), qint64(alphas));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(2).toInt(), alphas - 1);
    QVERIFY(cell(w.model, 0, UserListModel::DisplayName).contains(QStringLiteral("Alpha")));
}

void TestUserListModel::shortFirstPageNeedsNoCount()
{
    Watched w(m_store.directory(), m_owner);
    QVERIFY(settle(w.model));
    QSignalSpy counting(&w.model, &UserListModel::countingChanged);
    QSignalSpy totals(&w.model, &UserListModel::totalChanged);
    w.model.setSearch(QStringLiteral("user0420")); // ten users: all of them on the first page
    QVERIFY(settle(w.model));
    QCOMPARE(counting.count(), 0);
    QCOMPARE(w.model.rowCount(), 10);
    QCOMPARE(totals.count(), 1);
    QCOMPARE(totals.first().first().toLongLong(), qint64(10));
    // A search that finds nobody is a short page too.
    w.model.setSearch(QStringLiteral("no such person"));
    QVERIFY(settle(w.model));
    QCOMPARE(counting.count(), 0);
    QCOMPARE(w.model.rowCount(), 0);
    QCOMPARE(w.model.total(), qint64(0));
}

QTEST_MAIN(TestUserListModel)
#include "tst_userlistmodel.moc"
