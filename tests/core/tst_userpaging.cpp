// First pages read without a total (LocalStore::listUsers walks the sort order over a bounded
// stretch and stops after a page of matches) against the same pages read with the total (every
// match sorted), for every sort order, dense and sparse searches, searches whose matches all lie
// past the walked stretch, with and without filters, and after writes. The store holds more users
// than the walk reads, so both the walk and its fall-back are exercised.

#include "core/policy/InputRules.h"
#include "tests/support/StoreFixture.h"

#include <QBuffer>
#include <QTest>

using namespace authdesk;
using namespace authdesk::test;

namespace {

constexpr int SeededUsers = 30000;

QString username(int i)
{
    static const QStringList first{QStringLiteral("anna"), QStringLiteral("ben"),   QStringLiteral("chloe"),
                                   QStringLiteral("david"), QStringLiteral("emma"), QStringLiteral("felix")};
    static const QStringList last{QStringLiteral("miller"), QStringLiteral("garcia"), QStringLiteral("rossi"),
                                  QStringLiteral("novak")};
    return first.at(i % first.size()) + QLatin1Char('.') + last.at((i / first.size()) % last.size())
        + QStringLiteral("%1").arg(i, 6, 10, QLatin1Char('0'));
}

QList<qint64> ids(const UserPage &page)
{
    QList<qint64> out;
    for (const User &u : page.users)
        out << u.id;
    return out;
}

} // namespace

class TestUserPaging : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pageWithoutTotalEqualsSortedPage_data();
    void pageWithoutTotalEqualsSortedPage();
    void walkedPagesSeeWrites();

private:
    QString compare(const QString &search, const UserFilter &filter);

    StoreFixture m_fx;
};

void TestUserPaging::initTestCase()
{
    const QString problem = m_fx.create();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QByteArray csv = "username,email,display_name,roles\n";
    for (int i = 0; i < SeededUsers; ++i) {
        // Display names repeat, so the sort by display name has ties broken by id.
        csv += QStringLiteral("%1,%1@example.test,Person %2,\n").arg(username(i)).arg(i % 500).toUtf8();
    }
    QBuffer buffer(&csv);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    const auto imported = m_fx.store().importUsers(m_fx.owner(), buffer, {}, {});
    QVERIFY2(imported.ok(), qPrintable(describe(imported)));
    QCOMPARE(imported->imported, qint64(SeededUsers));
    // Ties in the other orders too: three creation times, some disabled accounts, some sign-ins.
    RawConnection raw(m_fx.path());
    QVERIFY(raw.isOpen());
    QVERIFY2(raw.exec(QStringLiteral("UPDATE users SET created_at = 1700000000000 + (id % 3) * 1000, "
                                     "updated_at = 1700000000000 + (id % 5) * 1000, "
                                     "status = CASE WHEN id % 11 = 0 THEN 'disabled' ELSE 'active' END, "
                                     "last_sign_in_at = CASE WHEN id % 4 = 0 THEN 1700000000000 + id ELSE NULL END "
                                     "WHERE username_key <> 'owner'")),
             qPrintable(raw.lastError()));
}

QString TestUserPaging::compare(const QString &search, const UserFilter &filter)
{
    const QList<UserSortField> sorts{UserSortField::Username,      UserSortField::Email,     UserSortField::DisplayName,
                                     UserSortField::AccountStatus, UserSortField::CreatedAt, UserSortField::UpdatedAt,
                                     UserSortField::LastSignInAt};
    for (UserSortField sort : sorts) {
        for (bool desc : {false, true}) {
            for (const auto &[offset, limit] : {std::pair<qint64, qint64>{0, 200}, {0, 1}, {400, 200}, {2300, 150}}) {
                UserQuery q;
                q.search = search;
                q.filter = filter;
                q.sortField = sort;
                q.descending = desc;
                q.offset = offset;
                q.limit = limit;
                q.withTotal = true;
                const auto sorted = m_fx.store().listUsers(m_fx.owner(), q);
                q.withTotal = false;
                const auto walked = m_fx.store().listUsers(m_fx.owner(), q);
                const QString what = QStringLiteral("search \"%1\" sort %2%3 offset %4 limit %5")
                                         .arg(search)
                                         .arg(int(sort))
                                         .arg(desc ? QStringLiteral(" desc") : QString())
                                         .arg(offset)
                                         .arg(limit);
                if (!sorted.ok() || !walked.ok())
                    return what + QStringLiteral(": ") + describe(sorted) + QStringLiteral(" / ") + describe(walked);
                if (walked->total != -1)
                    return what + QStringLiteral(": a total (%1) nobody asked for").arg(walked->total);
                if (ids(sorted.value()) != ids(walked.value()))
                    return what
                        + QStringLiteral(": %1 users without the total, %2 with it (or another order)")
                              .arg(walked->users.size())
                              .arg(sorted->users.size());
                // Every row the walk returns matches the search.
                for (const User &u : walked->users)
                    if (!InputRules::foldKey(u.username + QLatin1Char(' ') + u.email + QLatin1Char(' ') + u.displayName)
                             .contains(InputRules::foldKey(search)))
                        return what + QStringLiteral(": %1 does not match").arg(u.username);
            }
        }
    }
    return {};
}

void TestUserPaging::pageWithoutTotalEqualsSortedPage_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<bool>("disabledOnly");
    QTest::addColumn<qint64>("minMatches"); // the search finds at least so many, so pages are not all empty
    // A quarter of the users: the first pages lie within the walked stretch.
    QTest::newRow("dense") << QStringLiteral("mil") << false << qint64(7000);
    QTest::newRow("dense, disabled only") << QStringLiteral("MIL") << true << qint64(600);
    // One user of thirty thousand: the walk finds too few and the matches are sorted.
    QTest::newRow("sparse") << QStringLiteral("012345") << false << qint64(1);
    // Only users that sort last by username (felix …): past the walked stretch in ascending order.
    QTest::newRow("past the stretch") << QStringLiteral("felix.novak") << false << qint64(1000);
    QTest::newRow("no match") << QStringLiteral("nobody at all") << false << qint64(0);
}

void TestUserPaging::pageWithoutTotalEqualsSortedPage()
{
    QFETCH(QString, search);
    QFETCH(bool, disabledOnly);
    QFETCH(qint64, minMatches);
    UserFilter filter;
    if (disabledOnly)
        filter.status = StatusFilter::Disabled;
    const auto count = m_fx.store().countUsers(m_fx.owner(), search, filter);
    QVERIFY2(count.ok(), qPrintable(describe(count)));
    QVERIFY2(count.value() >= minMatches, qPrintable(QString::number(count.value())));
    const QString problem = compare(search, filter);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestUserPaging::walkedPagesSeeWrites()
{
    // A new user that sorts first, and one that stops matching: the next walked page shows both.
    NewUser nu;
    nu.username = QStringLiteral("aaa.miller");
    nu.email = QStringLiteral("aaa.miller@example.test");
    nu.displayName = QStringLiteral("Aaa Miller");
    const auto created = m_fx.store().createUser(m_fx.owner(), nu);
    QVERIFY2(created.ok(), qPrintable(describe(created)));
    UserQuery q;
    q.search = QStringLiteral("miller");
    q.limit = 50;
    q.withTotal = false;
    auto page = m_fx.store().listUsers(m_fx.owner(), q);
    QVERIFY2(page.ok(), qPrintable(describe(page)));
    QVERIFY(!page->users.isEmpty());
    QCOMPARE(page->users.first().username, nu.username);
    const QString second = page->users.at(1).username;

    UserChanges changes;
    changes.email = QStringLiteral("someone@example.test");
    changes.displayName = QStringLiteral("Someone");
    const auto renamed = m_fx.store().updateUser(m_fx.owner(), nu.username, 0, changes);
    QVERIFY2(renamed.ok(), qPrintable(describe(renamed)));
    // Still matches by username; a search for the old email no longer does.
    q.search = QStringLiteral("aaa.miller@");
    page = m_fx.store().listUsers(m_fx.owner(), q);
    QVERIFY2(page.ok(), qPrintable(describe(page)));
    QVERIFY(page->users.isEmpty());
    const QString problem = compare(QStringLiteral("miller"), {});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    q.search = QStringLiteral("miller");
    page = m_fx.store().listUsers(m_fx.owner(), q);
    QVERIFY2(page.ok(), qPrintable(describe(page)));
    QCOMPARE(page->users.first().username, nu.username);
    QCOMPARE(page->users.at(1).username, second);
}

QTEST_GUILESS_MAIN(TestUserPaging)
#include "tst_userpaging.moc"
