// UserQuery::filter: listUsers/countUsers narrowed by status, role, MFA, locked, never signed in and
// created/last-sign-in ranges, run in SQL, combined with search, sort and paging. The expected
// answer is worked out here by brute force over the rows read back from the store file, for every
// single filter and for random combinations; the "locked" rule is also checked against the real
// TOTP throttle. Plus the filter's JSON form (round trip, bad input) and ownConsolePermissions.

#include "core/crypto/Otp.h"
#include "core/crypto/OtpAuthUri.h"
#include "core/crypto/Random.h"
#include "core/policy/ConsolePermissions.h"
#include "core/policy/InputRules.h"
#include "tests/support/StoreFixture.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <algorithm>

using namespace authdesk;
using namespace authdesk::test;

Q_DECLARE_METATYPE(authdesk::UserFilter)

namespace {

constexpr int SeededUsers = 300;
const QDateTime T0(QDate(2027, 3, 1), QTime(12, 0), Qt::UTC); // the store's clock in this suite

const QStringList words = {QStringLiteral("alpha"), QStringLiteral("beta"),  QStringLiteral("gamma"),
                           QStringLiteral("delta"), QStringLiteral("omega"), QStringLiteral("kappa")};

// A user as the store file holds it, read back with raw SQL: what the oracle filters.
struct Row {
    qint64 id = 0;
    QString username, usernameKey, email, emailKey, displayName, status;
    std::optional<qint64> disabledUntil, lastSignIn;
    qint64 createdAt = 0, updatedAt = 0;
    QStringList roleKeys;
    bool activeFactor = false;
    bool locked = false;
};

// The documented rule, written out again here: five free failures, then 1 s doubling up to 300 s.
qint64 expectedWaitSeconds(qint64 failures)
{
    if (failures < 5)
        return 0;
    qint64 wait = 1;
    for (qint64 i = 5; i < failures && wait < 300; ++i)
        wait *= 2;
    return std::min<qint64>(wait, 300);
}

bool matches(const Row &r, const QString &search, const UserFilter &f, qint64 nowMs)
{
    const QString s = InputRules::foldKey(search);
    if (!s.isEmpty() && !r.usernameKey.contains(s) && !r.emailKey.contains(s)
        && !InputRules::foldKey(r.displayName).contains(s))
        return false;
    const bool active = r.status == QLatin1String("active") || (r.disabledUntil && *r.disabledUntil <= nowMs);
    if (f.status == StatusFilter::Active && !active)
        return false;
    if (f.status == StatusFilter::Disabled && active)
        return false;
    if (!f.role.isEmpty() && !r.roleKeys.contains(InputRules::foldKey(f.role)))
        return false;
    if (f.mfa == MfaFilter::Enrolled && !r.activeFactor)
        return false;
    if (f.mfa == MfaFilter::NotEnrolled && r.activeFactor)
        return false;
    if (f.lockedOnly && !r.locked)
        return false;
    if (f.neverSignedIn && r.lastSignIn)
        return false;
    if (f.createdFrom.isValid() && r.createdAt < f.createdFrom.toMSecsSinceEpoch())
        return false;
    if (f.createdTo.isValid() && r.createdAt >= f.createdTo.toMSecsSinceEpoch())
        return false;
    if (f.lastSignInFrom.isValid() && (!r.lastSignIn || *r.lastSignIn < f.lastSignInFrom.toMSecsSinceEpoch()))
        return false;
    if (f.lastSignInTo.isValid() && (!r.lastSignIn || *r.lastSignIn >= f.lastSignInTo.toMSecsSinceEpoch()))
        return false;
    return true;
}

// SQLite's order: NULL first ascending, text by bytes (the seeded text is ASCII), ties by id.
bool lessBy(UserSortField field, const Row &a, const Row &b)
{
    auto cmp = [&]() -> int {
        auto optCmp = [](const std::optional<qint64> &x, const std::optional<qint64> &y) {
            if (!x || !y)
                return int(bool(x)) - int(bool(y));
            return *x < *y ? -1 : *x > *y ? 1 : 0;
        };
        auto num = [](qint64 x, qint64 y) { return x < y ? -1 : x > y ? 1 : 0; };
        switch (field) {
        case UserSortField::Username:
            return QString::compare(a.usernameKey, b.usernameKey);
        case UserSortField::Email:
            return QString::compare(a.emailKey, b.emailKey);
        case UserSortField::DisplayName:
            return QString::compare(a.displayName, b.displayName);
        case UserSortField::AccountStatus:
            return QString::compare(a.status, b.status);
        case UserSortField::CreatedAt:
            return num(a.createdAt, b.createdAt);
        case UserSortField::UpdatedAt:
            return num(a.updatedAt, b.updatedAt);
        case UserSortField::LastSignInAt:
            return optCmp(a.lastSignIn, b.lastSignIn);
        }
        return 0;
    }();
    return cmp != 0 ? cmp < 0 : a.id < b.id;
}

const QList<UserSortField> allSorts = {
    UserSortField::Username,  UserSortField::Email,     UserSortField::DisplayName, UserSortField::AccountStatus,
    UserSortField::CreatedAt, UserSortField::UpdatedAt, UserSortField::LastSignInAt};

QString describeFilter(const QString &search, const UserFilter &f)
{
    return QString::fromUtf8(QJsonDocument(FilteredSearch{search, f}.toJson()).toJson(QJsonDocument::Compact));
}

QString codeAt(const crypto::OtpAuthUri &key, const QDateTime &at)
{
    return crypto::totp(key.secret, at.toSecsSinceEpoch(), key.params);
}

} // namespace

class TestUserFilter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void singleFilter_data();
    void singleFilter();
    void randomCombinations();
    void pagesCarryMfaFlags();
    void lockedFollowsTheRealThrottle();
    void countUsersTakesTheFilter();
    void jsonRoundTrip_data();
    void jsonRoundTrip();
    void badJsonIsRefused_data();
    void badJsonIsRefused();
    void ownConsolePermissions();

private:
    QList<qint64> expectedIds(const QString &search, const UserFilter &f, UserSortField sort, bool desc) const;
    // Compares the whole answer and a few pages against the oracle; empty on success.
    QString check(const QString &search, const UserFilter &f, UserSortField sort, bool desc);
    Row rowFromFile(qint64 id);
    void readBack();
    qint64 pick(qint64 bound) { return static_cast<qint64>(m_rng.bounded(static_cast<quint64>(bound))); }
    // A created_at or last_sign_in_at value that is in the data, so range ends fall on real rows.
    QDateTime someTime(bool signIn);

    StoreFixture m_fx;
    QRandomGenerator m_rng;
    QList<Row> m_rows;
};

void TestUserFilter::initTestCase()
{
    // Reproducible when asked (AUTHDESK_TEST_SEED), otherwise a fresh seed each run, printed.
    quint64 seed = qEnvironmentVariable("AUTHDESK_TEST_SEED").toULongLong();
    if (seed == 0) {
        const QByteArray bytes = crypto::randomBytes(8);
        for (char c : bytes)
            seed = (seed << 8) | static_cast<unsigned char>(c);
    }
    qInfo("AUTHDESK_TEST_SEED=%llu", static_cast<unsigned long long>(seed));
    m_rng.seed(seed);

    const QString problem = m_fx.create();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    m_fx.setTime(T0);

    // The users through the import (one transaction), their other attributes behind the core's
    // back with raw SQL: a real store holds such rows after months of use.
    QByteArray csv = "username,email,display_name,roles\n";
    for (int i = 0; i < SeededUsers; ++i) {
        const QString w1 = words.at(pick(words.size())), w2 = words.at(pick(words.size()));
        QStringList roles;
        if (pick(3) == 0)
            roles << QStringLiteral("auditor");
        if (pick(4) == 0)
            roles << QStringLiteral("helpdesk");
        const QString name = QStringLiteral("%1%2_%3")
                                 .arg(pick(2) ? QStringLiteral("U") : QStringLiteral("u"))
                                 .arg(i, 3, 10, QLatin1Char('0'))
                                 .arg(w1);
        csv += QStringLiteral("%1,%2.%3@example.test,%4 %2 %3,%5\n")
                   .arg(name, w2, QString::number(i), w1.toUpper(), roles.join(QLatin1Char(';')))
                   .toUtf8();
    }
    QBuffer buffer(&csv);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    const auto imported = m_fx.store().importUsers(m_fx.owner(), buffer, {}, {});
    QVERIFY2(imported.ok(), qPrintable(describe(imported)));
    QCOMPARE(imported->imported, qint64(SeededUsers));

    RawConnection raw(m_fx.path());
    QVERIFY(raw.isOpen());
    QVERIFY(raw.db().transaction());
    const qint64 now = T0.toMSecsSinceEpoch();
    const qint64 day = 86400000;
    QList<qint64> createdPool, signInPool;
    const QList<QVariantList> ids = raw.rows(QStringLiteral("SELECT id FROM users WHERE username_key LIKE 'u%'"));
    QCOMPARE(ids.size(), SeededUsers);
    for (const QVariantList &idRow : ids) {
        const qint64 id = idRow.first().toLongLong();
        QSqlQuery q(raw.db());
        QVariant until(QMetaType(QMetaType::LongLong));
        QString status = QStringLiteral("active");
        switch (pick(10)) {
        case 0:
        case 1:
            status = QStringLiteral("disabled");
            break;
        case 2:
            status = QStringLiteral("disabled");
            until = now + 1 + pick(30 * day);
            break;
        case 3:
            status = QStringLiteral("disabled");
            until = pick(3) == 0 ? now : now - pick(30 * day); // ended, some exactly now
            break;
        default:
            break;
        }
        // Times repeat, so sorting needs its tie-break and range ends hit rows exactly.
        const qint64 created =
            createdPool.size() > 5 && pick(5) == 0 ? createdPool.at(pick(createdPool.size())) : now - pick(400 * day);
        createdPool << created;
        QVariant signIn(QMetaType(QMetaType::LongLong));
        if (pick(10) >= 3) {
            const qint64 t = signInPool.size() > 5 && pick(5) == 0 ? signInPool.at(pick(signInPool.size()))
                                                                   : created + pick(now - created + 1);
            signIn = t;
            signInPool << t;
        }
        q.prepare(
            QStringLiteral("UPDATE users SET status = ?, disabled_reason = ?, disabled_until = ?, created_at = ?, "
                           "updated_at = ?, last_sign_in_at = ? WHERE id = ?"));
        q.addBindValue(status);
        q.addBindValue(status == QLatin1String("disabled") ? QVariant(QStringLiteral("test")) : QVariant());
        q.addBindValue(until);
        q.addBindValue(created);
        q.addBindValue(created + pick(day));
        q.addBindValue(signIn);
        q.addBindValue(id);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));

        // Factors: none, active (some failing: throttled now or no longer), disabled after
        // failures, pending (also failing: not "locked", it is no authenticator yet).
        auto addFactor = [&](const QString &state, qint64 failures, QVariant lastFailure) {
            QSqlQuery f(raw.db());
            f.prepare(QStringLiteral("INSERT INTO mfa_factors (user_id, type, state, algorithm, digits, period, "
                                     "secret_sealed, created_at, failed_count, last_failure_at, disabled_at) "
                                     "VALUES (?, 'totp', ?, 'SHA1', 6, 30, ?, ?, ?, ?, ?)"));
            f.addBindValue(id);
            f.addBindValue(state);
            f.addBindValue(QByteArray(16, '\0'));
            f.addBindValue(created);
            f.addBindValue(failures);
            f.addBindValue(lastFailure);
            f.addBindValue(state == QLatin1String("disabled") ? QVariant(now - day) : QVariant());
            return f.exec();
        };
        const int kind = static_cast<int>(pick(10));
        if (kind < 4 || kind == 8) {
            qint64 failures = 0;
            QVariant lastFailure(QMetaType(QMetaType::LongLong));
            if (pick(2) == 0) {
                failures = pick(25);
                // Around the wait's end: some still waiting, some past it, some exactly at it.
                const qint64 wait = expectedWaitSeconds(failures) * 1000;
                const qint64 ago = pick(4) == 0 ? wait : pick(2 * wait + 2000);
                lastFailure = now - ago;
            }
            QVERIFY(addFactor(QStringLiteral("active"), failures, lastFailure));
        } else if (kind == 4) {
            QVERIFY(addFactor(QStringLiteral("disabled"), 100, now - day));
        }
        if (kind == 5 || kind == 8)
            QVERIFY(addFactor(QStringLiteral("pending"), 7, now - 100));
    }
    QVERIFY(raw.db().commit());
    readBack();
    int locked = 0, enrolled = 0, disabled = 0, never = 0;
    for (const Row &r : std::as_const(m_rows)) {
        locked += r.locked;
        enrolled += r.activeFactor;
        disabled += !(r.status == QLatin1String("active") || (r.disabledUntil && *r.disabledUntil <= now));
        never += !r.lastSignIn;
    }
    qInfo("seeded: %d enrolled, %d locked, %d disabled, %d never signed in of %lld", enrolled, locked, disabled, never,
          static_cast<long long>(m_rows.size()));
    // Every filter has something to find and something to leave out.
    QVERIFY(locked > 0 && enrolled > locked && disabled > 0 && never > 0);
}

void TestUserFilter::readBack()
{
    RawConnection raw(m_fx.path());
    QVERIFY(raw.isOpen());
    m_rows.clear();
    QHash<qint64, qsizetype> at;
    for (const QVariantList &v : raw.rows(QStringLiteral(
             "SELECT id, username, username_key, email, email_key, display_name, status, disabled_until, "
             "created_at, updated_at, last_sign_in_at FROM users"))) {
        Row r;
        r.id = v.at(0).toLongLong();
        r.username = v.at(1).toString();
        r.usernameKey = v.at(2).toString();
        r.email = v.at(3).toString();
        r.emailKey = v.at(4).toString();
        r.displayName = v.at(5).toString();
        r.status = v.at(6).toString();
        if (!v.at(7).isNull())
            r.disabledUntil = v.at(7).toLongLong();
        r.createdAt = v.at(8).toLongLong();
        r.updatedAt = v.at(9).toLongLong();
        if (!v.at(10).isNull())
            r.lastSignIn = v.at(10).toLongLong();
        at.insert(r.id, m_rows.size());
        m_rows << r;
    }
    for (const QVariantList &v :
         raw.rows(QStringLiteral("SELECT ur.user_id, r.name_key FROM user_roles ur JOIN roles r ON r.id = ur.role_id")))
        m_rows[at.value(v.at(0).toLongLong())].roleKeys << v.at(1).toString();
    const qint64 now = T0.toMSecsSinceEpoch();
    for (const QVariantList &v :
         raw.rows(QStringLiteral("SELECT user_id, state, failed_count, last_failure_at FROM mfa_factors"))) {
        Row &r = m_rows[at.value(v.at(0).toLongLong())];
        const QString state = v.at(1).toString();
        if (state == QLatin1String("active")) {
            r.activeFactor = true;
            const qint64 wait = expectedWaitSeconds(v.at(2).toLongLong()) * 1000;
            if (wait > 0 && !v.at(3).isNull() && now < v.at(3).toLongLong() + wait)
                r.locked = true;
        } else if (state == QLatin1String("disabled")) {
            r.locked = true;
        }
    }
}

QList<qint64> TestUserFilter::expectedIds(const QString &search, const UserFilter &f, UserSortField sort,
                                          bool desc) const
{
    QList<Row> hits;
    for (const Row &r : m_rows)
        if (matches(r, search, f, T0.toMSecsSinceEpoch()))
            hits << r;
    std::sort(hits.begin(), hits.end(),
              [&](const Row &a, const Row &b) { return desc ? lessBy(sort, b, a) : lessBy(sort, a, b); });
    QList<qint64> ids;
    for (const Row &r : std::as_const(hits))
        ids << r.id;
    return ids;
}

QString TestUserFilter::check(const QString &search, const UserFilter &f, UserSortField sort, bool desc)
{
    const QList<qint64> expected = expectedIds(search, f, sort, desc);
    const QString what = describeFilter(search, f)
        + QStringLiteral(" sort %1%2").arg(int(sort)).arg(desc ? QStringLiteral(" desc") : QString());
    UserQuery q;
    q.search = search;
    q.filter = f;
    q.sortField = sort;
    q.descending = desc;
    q.limit = 10000;
    // The whole answer, then three random pages of it (and one past its end).
    QList<std::pair<qint64, qint64>> windows = {{0, 10000}};
    for (int i = 0; i < 3; ++i)
        windows.append({pick(expected.size() + 1), 1 + pick(40)});
    windows.append({expected.size(), 10});
    for (const auto &[offset, limit] : windows) {
        q.offset = offset;
        q.limit = limit;
        const auto page = m_fx.store().listUsers(m_fx.owner(), q);
        if (!page.ok())
            return what + QStringLiteral(": ") + describe(page);
        QList<qint64> got;
        for (const User &u : page->users)
            got << u.id;
        const QList<qint64> want = expected.mid(offset, limit);
        if (page->total != expected.size())
            return what + QStringLiteral(": total %1, expected %2").arg(page->total).arg(expected.size());
        if (got != want)
            return what
                + QStringLiteral(": offset %1 limit %2: %3 users, expected %4 (or another order)")
                      .arg(offset)
                      .arg(limit)
                      .arg(got.size())
                      .arg(want.size());
        // A page without its total (the first page of a search as you type) may be read another
        // way (LocalStore::listUsers walks the sort order); it must hold the same users.
        q.withTotal = false;
        const auto bare = m_fx.store().listUsers(m_fx.owner(), q);
        q.withTotal = true;
        if (!bare.ok())
            return what + QStringLiteral(" without total: ") + describe(bare);
        QList<qint64> bareIds;
        for (const User &u : bare->users)
            bareIds << u.id;
        if (bare->total != -1 || bareIds != want)
            return what
                + QStringLiteral(": offset %1 limit %2 without total: %3 users, expected %4 (or another order)")
                      .arg(offset)
                      .arg(limit)
                      .arg(bareIds.size())
                      .arg(want.size());
    }
    return {};
}

QDateTime TestUserFilter::someTime(bool signIn)
{
    for (;;) {
        const Row &r = m_rows.at(pick(m_rows.size()));
        if (!signIn)
            return QDateTime::fromMSecsSinceEpoch(r.createdAt, Qt::UTC);
        if (r.lastSignIn)
            return QDateTime::fromMSecsSinceEpoch(*r.lastSignIn, Qt::UTC);
    }
}

void TestUserFilter::singleFilter_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<UserFilter>("filter");
    const qint64 day = 86400000;
    auto with = [](auto set) {
        UserFilter f;
        set(f);
        return f;
    };
    QTest::newRow("none") << QString() << UserFilter();
    QTest::newRow("status active") << QString() << with([](UserFilter &f) { f.status = StatusFilter::Active; });
    QTest::newRow("status disabled") << QString() << with([](UserFilter &f) { f.status = StatusFilter::Disabled; });
    QTest::newRow("role auditor") << QString() << with([](UserFilter &f) { f.role = QStringLiteral("auditor"); });
    QTest::newRow("role HelpDesk") << QString() << with([](UserFilter &f) { f.role = QStringLiteral("HelpDesk"); });
    QTest::newRow("role nobody has") << QString() << with([](UserFilter &f) { f.role = QStringLiteral("admin"); });
    QTest::newRow("role injection") << QString()
                                    << with([](UserFilter &f) { f.role = QStringLiteral("auditor' OR '1'='1"); });
    QTest::newRow("mfa enrolled") << QString() << with([](UserFilter &f) { f.mfa = MfaFilter::Enrolled; });
    QTest::newRow("mfa not enrolled") << QString() << with([](UserFilter &f) { f.mfa = MfaFilter::NotEnrolled; });
    QTest::newRow("locked") << QString() << with([](UserFilter &f) { f.lockedOnly = true; });
    QTest::newRow("never signed in") << QString() << with([](UserFilter &f) { f.neverSignedIn = true; });
    QTest::newRow("created from") << QString() << with([&](UserFilter &f) { f.createdFrom = T0.addMSecs(-100 * day); });
    QTest::newRow("created to") << QString() << with([&](UserFilter &f) { f.createdTo = T0.addMSecs(-100 * day); });
    QTest::newRow("created range") << QString() << with([&](UserFilter &f) {
        f.createdFrom = T0.addMSecs(-200 * day);
        f.createdTo = T0.addMSecs(-150 * day);
    });
    QTest::newRow("signed in from") << QString()
                                    << with([&](UserFilter &f) { f.lastSignInFrom = T0.addMSecs(-30 * day); });
    QTest::newRow("signed in to") << QString() << with([&](UserFilter &f) { f.lastSignInTo = T0.addMSecs(-30 * day); });
    QTest::newRow("signed in range") << QString() << with([&](UserFilter &f) {
        f.lastSignInFrom = T0.addMSecs(-90 * day);
        f.lastSignInTo = T0.addMSecs(-60 * day);
    });
    QTest::newRow("empty range") << QString() << with([&](UserFilter &f) {
        f.createdFrom = T0.addMSecs(-100 * day);
        f.createdTo = T0.addMSecs(-100 * day);
    });
    QTest::newRow("search alone") << QStringLiteral("GAMMA") << UserFilter();
    QTest::newRow("search with LIKE characters") << QStringLiteral("%_") << UserFilter();
    QTest::newRow("search and locked") << QStringLiteral("a") << with([](UserFilter &f) { f.lockedOnly = true; });
}

void TestUserFilter::singleFilter()
{
    QFETCH(QString, search);
    QFETCH(UserFilter, filter);
    for (UserSortField sort : allSorts)
        for (bool desc : {false, true}) {
            const QString problem = check(search, filter, sort, desc);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
}

void TestUserFilter::randomCombinations()
{
    int nonEmpty = 0;
    for (int i = 0; i < 150; ++i) {
        UserFilter f;
        f.status = static_cast<StatusFilter>(pick(3));
        if (pick(3) == 0)
            f.role = pick(2) ? QStringLiteral("auditor") : QStringLiteral("HELPDESK");
        f.mfa = static_cast<MfaFilter>(pick(3));
        f.lockedOnly = pick(5) == 0;
        f.neverSignedIn = pick(6) == 0;
        if (pick(3) == 0)
            f.createdFrom = someTime(false);
        if (pick(3) == 0)
            f.createdTo = someTime(false);
        if (pick(4) == 0)
            f.lastSignInFrom = someTime(true);
        if (pick(4) == 0)
            f.lastSignInTo = someTime(true);
        QString search;
        if (pick(3) == 0) {
            const Row &r = m_rows.at(pick(m_rows.size()));
            const QString source = pick(2) ? r.username : r.displayName;
            const qint64 from = pick(source.size());
            search = source.mid(from, 1 + pick(4));
        }
        const UserSortField sort = allSorts.at(pick(allSorts.size()));
        const QString problem = check(search, f, sort, pick(2) == 0);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        nonEmpty += !expectedIds(search, f, sort, false).isEmpty();
    }
    // The combinations found users, not only empty answers.
    QVERIFY2(nonEmpty > 30, qPrintable(QString::number(nonEmpty)));
}

void TestUserFilter::pagesCarryMfaFlags()
{
    UserQuery q;
    q.limit = 10000;
    const auto page = m_fx.store().listUsers(m_fx.owner(), q);
    QVERIFY2(page.ok(), qPrintable(describe(page)));
    QHash<qint64, Row> byId;
    for (const Row &r : std::as_const(m_rows))
        byId.insert(r.id, r);
    QCOMPARE(page->users.size(), m_rows.size());
    for (const User &u : page->users) {
        QCOMPARE(u.mfaEnrolled, byId.value(u.id).activeFactor);
        QCOMPARE(u.locked, byId.value(u.id).locked);
        QVERIFY(!u.hasPassword || u.passwordScheme.isEmpty()); // the list never reads a hash
    }
    // findUser fills them too.
    for (const Row &r : std::as_const(m_rows)) {
        if (!r.locked && !r.activeFactor)
            continue;
        const auto one = m_fx.store().findUser(m_fx.owner(), r.username);
        QVERIFY2(one.ok(), qPrintable(describe(one)));
        QCOMPARE(one->mfaEnrolled, r.activeFactor);
        QCOMPARE(one->locked, r.locked);
    }
}

void TestUserFilter::lockedFollowsTheRealThrottle()
{
    StoreFixture f;
    QVERIFY(f.create().isEmpty());
    QVERIFY(f.addUser(QStringLiteral("kai")).ok());
    QVERIFY(f.addUser(QStringLiteral("lou")).ok());
    f.setTime(QDateTime(QDate(2027, 1, 4), QTime(9, 0, 5), Qt::UTC));
    const QString kai = QStringLiteral("kai");
    auto enrolled = f.store().enrollTotp(f.owner(), kai);
    QVERIFY2(enrolled.ok(), qPrintable(describe(enrolled)));
    auto key = crypto::parseOtpAuthUri(enrolled->uri);
    QVERIFY(key.ok());
    UserQuery lockedOnly;
    lockedOnly.filter.lockedOnly = true;
    UserQuery enrolledOnly;
    enrolledOnly.filter.mfa = MfaFilter::Enrolled;
    auto names = [&](const UserQuery &q) {
        const auto page = f.store().listUsers(f.owner(), q);
        if (!page.ok())
            return QStringList{describe(page)};
        QStringList out;
        for (const User &u : page->users)
            out << u.username;
        return out;
    };
    // A pending enrollment is no authenticator yet.
    QCOMPARE(names(enrolledOnly), QStringList());
    QVERIFY(f.store().activateTotp(f.owner(), kai, codeAt(key.value(), f.now())).ok());
    QCOMPARE(names(enrolledOnly), QStringList{kai});
    QCOMPARE(names(lockedOnly), QStringList());

    const QString wrong =
        codeAt(key.value(), f.now()) == QLatin1String("000000") ? QStringLiteral("999999") : QStringLiteral("000000");
    // Four failures: no wait yet, not locked.
    f.advance(30);
    for (int i = 0; i < 4; ++i)
        QCOMPARE(f.store().verifyTotp(f.owner(), kai, wrong).value(), false);
    QCOMPARE(names(lockedOnly), QStringList());
    // The fifth starts a wait: verification refuses, and the list says locked, as long as it lasts.
    QCOMPARE(f.store().verifyTotp(f.owner(), kai, wrong).value(), false);
    QCOMPARE(f.store().verifyTotp(f.owner(), kai, codeAt(key.value(), f.now())).code(), ErrorCode::RateLimited);
    QCOMPARE(names(lockedOnly), QStringList{kai});
    QVERIFY(f.store().findUser(f.owner(), kai)->locked);
    QVERIFY(f.store().findUser(f.owner(), kai)->mfaEnrolled);
    f.advance(1);
    QCOMPARE(names(lockedOnly), QStringList()); // the one-second wait is over
    // Keep failing, each time once the wait is over, until the factor is disabled.
    for (int i = 5; i < 100; ++i) {
        f.advance(301);
        QCOMPARE(names(lockedOnly), QStringList());
        QCOMPARE(f.store().verifyTotp(f.owner(), kai, wrong).value(), false);
        QCOMPARE(names(lockedOnly), QStringList{kai});
    }
    f.advance(301);
    const auto refused = f.store().verifyTotp(f.owner(), kai, codeAt(key.value(), f.now()));
    QCOMPARE(refused.code(), ErrorCode::PermissionDenied); // disabled: only a new enrollment helps
    QCOMPARE(names(lockedOnly), QStringList{kai});
    QCOMPARE(names(enrolledOnly), QStringList());
    const auto user = f.store().findUser(f.owner(), kai);
    QVERIFY(user->locked);
    QVERIFY(!user->mfaEnrolled);
    UserQuery notEnrolled;
    notEnrolled.filter.mfa = MfaFilter::NotEnrolled;
    QCOMPARE(names(notEnrolled), (QStringList{kai, QStringLiteral("lou"), ownerName()}));
}

void TestUserFilter::countUsersTakesTheFilter()
{
    UserFilter f;
    f.lockedOnly = true;
    const auto n = m_fx.store().countUsers(m_fx.owner(), QString(), f);
    QVERIFY2(n.ok(), qPrintable(describe(n)));
    QCOMPARE(n.value(), qint64(expectedIds(QString(), f, UserSortField::Username, false).size()));
    f.status = StatusFilter::Disabled;
    QCOMPARE(m_fx.store().countUsers(m_fx.owner(), QStringLiteral("ALPHA"), f).value(),
             qint64(expectedIds(QStringLiteral("ALPHA"), f, UserSortField::Username, false).size()));
}

void TestUserFilter::jsonRoundTrip_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<UserFilter>("filter");
    QTest::newRow("empty") << QString() << UserFilter();
    UserFilter all;
    all.status = StatusFilter::Disabled;
    all.role = QStringLiteral("Help Desk");
    all.mfa = MfaFilter::NotEnrolled;
    all.lockedOnly = true;
    all.neverSignedIn = true;
    all.createdFrom = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    all.createdTo = QDateTime(QDate(2026, 2, 1), QTime(10, 30, 0, 250), Qt::UTC);
    all.lastSignInFrom = QDateTime(QDate(2025, 5, 5), QTime(5, 5), Qt::UTC);
    all.lastSignInTo = QDateTime(QDate(2025, 6, 5), QTime(5, 5), Qt::UTC);
    QTest::newRow("everything") << QStringLiteral("Ünïcode “search”") << all;
    UserFilter some;
    some.status = StatusFilter::Active;
    some.mfa = MfaFilter::Enrolled;
    some.createdTo = QDateTime(QDate(2030, 12, 31), QTime(23, 59, 59, 999), Qt::UTC);
    QTest::newRow("some") << QStringLiteral("x") << some;
}

void TestUserFilter::jsonRoundTrip()
{
    QFETCH(QString, search);
    QFETCH(UserFilter, filter);
    const FilteredSearch saved{search, filter};
    // Through text, as QSettings keeps it.
    const QByteArray text = QJsonDocument(saved.toJson()).toJson(QJsonDocument::Compact);
    const auto back = FilteredSearch::fromJson(QJsonDocument::fromJson(text).object());
    QVERIFY2(back.ok(), qPrintable(describe(back)));
    QVERIFY(back.value() == saved);
    QCOMPARE(back->filter.isEmpty(), filter == UserFilter());
    const auto filterOnly = UserFilter::fromJson(filter.toJson());
    QVERIFY2(filterOnly.ok(), qPrintable(describe(filterOnly)));
    QVERIFY(filterOnly.value() == filter);
    // An empty filter writes nothing; a time in another zone is the same instant.
    if (filter.isEmpty())
        QVERIFY(filter.toJson().isEmpty());
    QJsonObject zoned{{QStringLiteral("created_from"), QStringLiteral("2026-01-01T02:00:00+02:00")}};
    QCOMPARE(UserFilter::fromJson(zoned)->createdFrom, QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));
}

void TestUserFilter::badJsonIsRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown member") << QByteArray(R"({"password":"x"})") << QStringLiteral("password");
    QTest::newRow("status value") << QByteArray(R"({"status":"maybe"})") << QStringLiteral("status");
    QTest::newRow("status type") << QByteArray(R"({"status":1})") << QStringLiteral("status");
    QTest::newRow("mfa value") << QByteArray(R"({"mfa":"yes"})") << QStringLiteral("mfa");
    QTest::newRow("locked as text") << QByteArray(R"({"locked":"true"})") << QStringLiteral("locked");
    QTest::newRow("never as number") << QByteArray(R"({"never_signed_in":1})") << QStringLiteral("never_signed_in");
    QTest::newRow("role type") << QByteArray(R"({"role":["a"]})") << QStringLiteral("role");
    QTest::newRow("role control character") << QByteArray("{\"role\":\"a\\u001bb\"}") << QStringLiteral("role");
    QTest::newRow("role empty") << QByteArray(R"({"role":""})") << QStringLiteral("role");
    QTest::newRow("date words") << QByteArray(R"({"created_from":"yesterday"})") << QStringLiteral("created_from");
    QTest::newRow("date without zone") << QByteArray(R"({"last_sign_in_to":"2026-01-01T00:00:00"})")
                                       << QStringLiteral("last_sign_in_to");
    QTest::newRow("date as number") << QByteArray(R"({"created_to":1700000000})") << QStringLiteral("created_to");
    QTest::newRow("created range reversed")
        << QByteArray(R"({"created_from":"2026-02-01T00:00:00Z","created_to":"2026-01-01T00:00:00Z"})")
        << QStringLiteral("created_to");
    QTest::newRow("sign-in range empty") << QByteArray(
        R"({"last_sign_in_from":"2026-02-01T00:00:00Z","last_sign_in_to":"2026-02-01T00:00:00Z"})")
                                         << QStringLiteral("last_sign_in_to");
    QTest::newRow("search type") << QByteArray(R"({"search":5})") << QStringLiteral("search");
    QTest::newRow("search too long") << QByteArray("{\"search\":\"" + QByteArray(300, 'a') + "\"}")
                                     << QStringLiteral("search");
}

void TestUserFilter::badJsonIsRefused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const auto parsed = FilteredSearch::fromJson(doc.object());
    QCOMPARE(parsed.code(), ErrorCode::InvalidInput);
    QVERIFY2(parsed.message().contains(mentions), qPrintable(parsed.message()));
    if (!doc.object().contains(QStringLiteral("search")))
        QCOMPARE(UserFilter::fromJson(doc.object()).code(), ErrorCode::InvalidInput);
}

void TestUserFilter::ownConsolePermissions()
{
    StoreFixture f;
    QVERIFY(f.create().isEmpty());
    // The owner holds every console permission.
    auto mine = f.store().ownConsolePermissions(f.owner());
    QVERIFY2(mine.ok(), qPrintable(describe(mine)));
    QStringList all = ConsolePermission::allNames();
    all.sort();
    QCOMPARE(mine.value(), all);
    // A helpdesk administrator holds exactly the helpdesk role's set.
    auto helpdesk = f.addStaff(QStringLiteral("hana"), {QStringLiteral("helpdesk")});
    QVERIFY2(helpdesk.ok(), qPrintable(describe(helpdesk)));
    QStringList expected;
    for (const auto &role : ConsolePermission::builtinRoles())
        if (role.name == QLatin1String("helpdesk"))
            expected = role.permissions;
    expected.sort();
    QVERIFY(!expected.isEmpty() && expected != all);
    QCOMPARE(f.store().ownConsolePermissions(helpdesk.value()).value(), expected);
    // A disabled administrator holds none, at once: the same principal, read afresh.
    auto admin = f.addStaff(QStringLiteral("abe"), {QStringLiteral("admin")});
    QVERIFY2(admin.ok(), qPrintable(describe(admin)));
    QVERIFY(!f.store().ownConsolePermissions(admin.value())->isEmpty());
    QVERIFY(f.store().disableUser(f.owner(), QStringLiteral("abe"), QStringLiteral("left"), {}).ok());
    auto none = f.store().ownConsolePermissions(admin.value());
    QVERIFY2(none.ok(), qPrintable(describe(none)));
    QCOMPARE(none.value(), QStringList());
    // No principal at all: refused, not an empty list.
    QCOMPARE(f.store().ownConsolePermissions(Principal()).code(), ErrorCode::AuthenticationFailed);
}

QTEST_GUILESS_MAIN(TestUserFilter)
#include "tst_userfilter.moc"
