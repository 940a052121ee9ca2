// UserQuery::filter.role: listUsers narrowed to the holders of one role, filtered in SQL (names
// compared case-insensitively, the value bound, never spliced into the statement), with a true
// total, together with a search, and empty for a role nobody holds or that does not exist.

#include "tests/support/StoreFixture.h"

#include <QTest>

using namespace authdesk;
using namespace authdesk::test;

class TestUserQueryRole : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void filtersByRole_data();
    void filtersByRole();
    void combinesWithSearchAndPaging();

private:
    QStringList usernames(const UserQuery &query, qint64 *total = nullptr);
    StoreFixture m_fx;
};

void TestUserQueryRole::initTestCase()
{
    const QString problem = m_fx.create();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    for (const auto &[name, roles] : QList<std::pair<QString, QStringList>>{
             {QStringLiteral("ann"), {QStringLiteral("auditor")}},
             {QStringLiteral("bob"), {QStringLiteral("auditor"), QStringLiteral("helpdesk")}},
             {QStringLiteral("cid"), {QStringLiteral("helpdesk")}},
             {QStringLiteral("dan"), {}},
             {QStringLiteral("eve"), {QStringLiteral("auditor")}},
         }) {
        const auto user = m_fx.addUser(name, roles);
        QVERIFY2(user.ok(), qPrintable(describe(user)));
    }
}

QStringList TestUserQueryRole::usernames(const UserQuery &query, qint64 *total)
{
    const auto page = m_fx.store().listUsers(m_fx.owner(), query);
    if (!page.ok()) {
        qWarning("%s", qPrintable(describe(page)));
        return {QStringLiteral("<error>")};
    }
    if (total)
        *total = page->total;
    QStringList names;
    for (const User &u : page->users)
        names << u.username;
    return names;
}

void TestUserQueryRole::filtersByRole_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("auditor") << QStringLiteral("auditor")
                             << QStringList{QStringLiteral("ann"), QStringLiteral("bob"), QStringLiteral("eve")};
    QTest::newRow("case-insensitive") << QStringLiteral("HelpDesk")
                                      << QStringList{QStringLiteral("bob"), QStringLiteral("cid")};
    QTest::newRow("owner") << QStringLiteral("owner") << QStringList{ownerName()};
    QTest::newRow("nobody holds it") << QStringLiteral("admin") << QStringList{};
    QTest::newRow("no such role") << QStringLiteral("ghosts") << QStringList{};
    QTest::newRow("injection is a name") << QStringLiteral("auditor' OR '1'='1") << QStringList{};
    QTest::newRow("empty means everyone")
        << QString() << QStringList{QStringLiteral("ann"), QStringLiteral("bob"), QStringLiteral("cid"),
                                    QStringLiteral("dan"), QStringLiteral("eve"), ownerName()};
}

void TestUserQueryRole::filtersByRole()
{
    QFETCH(QString, role);
    QFETCH(QStringList, expected);
    UserQuery query;
    query.filter.role = role;
    qint64 total = -2;
    QStringList names = usernames(query, &total);
    names.sort();
    expected.sort();
    QCOMPARE(names, expected);
    QCOMPARE(total, qint64(expected.size()));
}

void TestUserQueryRole::combinesWithSearchAndPaging()
{
    UserQuery query;
    query.filter.role = QStringLiteral("auditor");
    query.search = QStringLiteral("eve");
    qint64 total = -2;
    QCOMPARE(usernames(query, &total), QStringList{QStringLiteral("eve")});
    QCOMPARE(total, qint64(1));

    query.search.clear();
    query.limit = 2;
    QCOMPARE(usernames(query, &total), (QStringList{QStringLiteral("ann"), QStringLiteral("bob")}));
    QCOMPARE(total, qint64(3));
    query.offset = 2;
    QCOMPARE(usernames(query, &total), QStringList{QStringLiteral("eve")});
    QCOMPARE(total, qint64(3));
}

QTEST_GUILESS_MAIN(TestUserQueryRole)
#include "tst_userquery_role.moc"
