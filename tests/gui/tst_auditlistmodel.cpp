// AuditListModel against a real store holding a few thousand events made through the core:
// the unfiltered log as a window of every row (the last one a page away), keyset pages to the very
// end of a filtered list, only a bounded number of pages kept (an evicted page read again is the
// same), every filter narrowing to exactly what an independent pass over the whole log finds,
// cheap and counted totals, stale answers dropped, a refusal shown.
// Every model here is watched by QAbstractItemModelTester in fatal mode.

#include "models/AuditListModel.h"
#include "tests/gui/GuiTestSupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <functional>

using namespace authdesk;

Q_DECLARE_METATYPE(authdesk::AuditQuery)
Q_DECLARE_METATYPE(std::function<bool(const authdesk::AuditEvent &)>)

namespace {

constexpr int Updates = 1500;
constexpr int Refusals = 400;
using Predicate = std::function<bool(const AuditEvent &)>;

} // namespace

class TestAuditListModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pagesReachTheEnd();
    void unfilteredIsAWindowOverTheWholeLog();
    void lastRowIsOnePageAway();
    void windowShowsPartOfTheLog();
    void pagesAreEvicted_data();
    void pagesAreEvicted();
    void filtersNarrow_data();
    void filtersNarrow();
    void totalIsCheapOnlyUnfiltered();
    void staleAnswersAreDropped();
    void cellsAndEventRole();
    void helpdeskIsRefused();

private:
    struct Watched {
        Watched(Directory *directory, const Principal &actor, int pageSize)
            : model(directory, actor), tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal)
        {
            model.setPageSize(pageSize);
        }
        AuditListModel model;
        QAbstractItemModelTester tester;
    };
    static bool settle(AuditListModel &model)
    {
        return QTest::qWaitFor([&] { return !model.isLoading(); }, 30000);
    }
    // Fetches every page; false on a time-out.
    static bool fetchAll(AuditListModel &model);
    // The row's event once its page has arrived (asking for it), or nullptr after a time-out.
    static const AuditEvent *loaded(AuditListModel &model, int row)
    {
        if (!QTest::qWaitFor([&] { return model.eventAt(row) != nullptr; }, 30000))
            return nullptr;
        return model.eventAt(row);
    }

    test::TempStore m_store;
    Principal m_owner;
    Principal m_helpdesk;
    QList<AuditEvent> m_all; // the whole log, newest first, read once by the core
};

bool TestAuditListModel::fetchAll(AuditListModel &model)
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

void TestAuditListModel::initTestCase()
{
    QVERIFY(m_store.isValid());
    LocalDirectory *d = m_store.directory();
    NewUser owner;
    owner.username = QStringLiteral("owner");
    owner.email = QStringLiteral("owner@example.test");
    owner.password = test::ownerPassword();
    const Status created = test::resultOf(d->create(owner));
    QVERIFY2(created.ok(), qPrintable(created.message()));
    auto principal = test::resultOf(d->signIn(owner.username, owner.password));
    QVERIFY2(principal.ok(), qPrintable(principal.message()));
    m_owner = principal.value();

    NewUser hank;
    hank.username = QStringLiteral("hank");
    hank.email = QStringLiteral("hank@example.test");
    hank.roles = {QStringLiteral("helpdesk")};
    hank.password = QStringLiteral("helpdesk hank's long password");
    QVERIFY(test::resultOf(d->createUser(m_owner, hank)).ok());
    principal = test::resultOf(d->signIn(hank.username, hank.password));
    QVERIFY2(principal.ok(), qPrintable(principal.message()));
    m_helpdesk = principal.value();

    QList<User> targets;
    for (const char *name : {"target-alpha", "target-beta"}) {
        NewUser u;
        u.username = QString::fromLatin1(name);
        u.email = u.username + QStringLiteral("@example.test");
        auto user = test::resultOf(d->createUser(m_owner, u));
        QVERIFY2(user.ok(), qPrintable(user.message()));
        targets << user.value();
    }
    // A few thousand events through the core: changes by the owner, refusals of the helpdesk.
    for (int i = 0; i < Updates; ++i) {
        User &t = targets[i % 2];
        UserChanges c;
        c.displayName = QStringLiteral("Name %1").arg(i);
        auto updated = test::resultOf(d->updateUser(m_owner, t.username, t.version, c));
        QVERIFY2(updated.ok(), qPrintable(updated.message()));
        t = updated.value();
        if (i % 4 == 0) {
            auto refused = test::resultOf(d->listAudit(m_helpdesk, AuditQuery{}));
            QVERIFY(!refused.ok());
        }
    }
    for (int i = 0; i < Refusals - (Updates + 3) / 4; ++i)
        QVERIFY(!test::resultOf(d->listAudit(m_helpdesk, AuditQuery{})).ok());

    AuditQuery all;
    all.limit = 100000;
    auto events = test::resultOf(d->listAudit(m_owner, all));
    QVERIFY2(events.ok(), qPrintable(events.message()));
    m_all = events.value();
    QVERIFY(m_all.size() > Updates + Refusals);
}

void TestAuditListModel::pagesReachTheEnd()
{
    // Filtered, the pages are found in order as the view scrolls.
    Watched w(m_store.directory(), m_owner, 300);
    AuditQuery everything;
    everything.from = m_all.constLast().at; // a filter that every event passes
    w.model.setFilter(everything);
    QVERIFY(w.model.isLoading());
    QCOMPARE(w.model.rowCount(), 0);
    QVERIFY(settle(w.model));
    QVERIFY(!w.model.isWindowed());
    QCOMPARE(w.model.rowCount(), 300);
    QVERIFY(w.model.canFetchMore({}));
    QVERIFY(fetchAll(w.model));
    QVERIFY(w.model.atEnd());
    QVERIFY(!w.model.canFetchMore({}));
    // Events came in while the model read (none here), so the model holds the log as it was.
    QCOMPARE(w.model.rowCount(), int(m_all.size()));
    for (int row = 0; row < w.model.rowCount(); ++row) {
        const AuditEvent *e = loaded(w.model, row);
        QVERIFY(e);
        QCOMPARE(e->id, m_all.at(row).id);
    }
    // Newest first, without gaps, down to the first event.
    QCOMPARE(loaded(w.model, w.model.rowCount() - 1)->id, qint64(1));
    QCOMPARE(loaded(w.model, 0)->id, qint64(w.model.rowCount()));
}

void TestAuditListModel::unfilteredIsAWindowOverTheWholeLog()
{
    Watched w(m_store.directory(), m_owner, 300);
    QVERIFY(w.model.isLoading());
    QCOMPARE(w.model.rowCount(), 0);
    QVERIFY(settle(w.model));
    QVERIFY(w.model.isWindowed());
    // Every row at once, from the first page's answer: nothing to fetch more of.
    QCOMPARE(w.model.rowCount(), int(m_all.size()));
    QVERIFY(!w.model.canFetchMore({}));
    QCOMPARE(w.model.cachedPageCount(), 1);
    // A row not yet read shows a placeholder, and asking for it reads its page.
    const int row = int(m_all.size()) / 2;
    QVERIFY(!w.model.isRowLoaded(row));
    QCOMPARE(w.model.index(row, AuditListModel::Time).data().toString(), QStringLiteral("\u2026"));
    QVERIFY(!w.model.index(row, AuditListModel::Id).data(AuditListModel::EventIdRole).isValid());
    QVERIFY(QTest::qWaitFor([&] { return w.model.isRowLoaded(row); }, 30000));
    for (int r = 0; r < w.model.rowCount(); ++r) {
        const AuditEvent *e = loaded(w.model, r);
        QVERIFY(e);
        QCOMPARE(e->id, m_all.at(r).id);
        QCOMPARE(e->action, m_all.at(r).action);
    }
}

void TestAuditListModel::lastRowIsOnePageAway()
{
    Watched w(m_store.directory(), m_owner, 100);
    QVERIFY(settle(w.model));
    const int last = w.model.rowCount() - 1;
    QCOMPARE(last + 1, int(m_all.size()));
    QSignalSpy changed(&w.model, &QAbstractItemModel::dataChanged);
    const AuditEvent *e = loaded(w.model, last);
    QVERIFY(e);
    QCOMPARE(e->id, qint64(1));
    QCOMPARE(w.model.index(last, AuditListModel::Id).data().toLongLong(), qint64(1));
    // The first page and the last one; nothing in between was read.
    QCOMPARE(w.model.cachedPageCount(), 2);
    QVERIFY(!changed.isEmpty());
}

void TestAuditListModel::windowShowsPartOfTheLog()
{
    // A window smaller than the log: the rows are that many, and the window moves over every event.
    constexpr int Window = 250;
    Watched w(m_store.directory(), m_owner, 100);
    w.model.setWindowRows(Window);
    QVERIFY(settle(w.model));
    QVERIFY(w.model.isWindowed());
    QCOMPARE(w.model.rowCount(), Window);
    QCOMPARE(w.model.logRowCount(), qint64(m_all.size()));
    QCOMPARE(w.model.windowStart(), qint64(0));
    QCOMPARE(loaded(w.model, 0)->id, m_all.constFirst().id);

    QSignalSpy moved(&w.model, &AuditListModel::windowMoved);
    QSignalSpy resets(&w.model, &QAbstractItemModel::modelReset);
    const qint64 middle = qint64(m_all.size()) / 2;
    w.model.setWindowStart(middle);
    QCOMPARE(moved.count(), 1);
    QCOMPARE(moved.first().first().toLongLong(), middle);
    QCOMPARE(resets.count(), 1);
    QCOMPARE(w.model.windowStart(), middle);
    QCOMPARE(w.model.rowCount(), Window);
    for (int r : {0, 1, Window / 2, Window - 1}) {
        const AuditEvent *e = loaded(w.model, r);
        QVERIFY(e);
        QCOMPARE(e->id, m_all.at(middle + r).id);
        QCOMPARE(w.model.index(r, AuditListModel::Id).data().toLongLong(), m_all.at(middle + r).id);
    }
    // The same start again is no move.
    w.model.setWindowStart(middle);
    QCOMPARE(moved.count(), 1);

    // Past the end it stops at the last full window, whose last row is the first event.
    w.model.setWindowStart(qint64(m_all.size()) * 2);
    QCOMPARE(w.model.windowStart(), qint64(m_all.size()) - Window);
    QCOMPARE(loaded(w.model, Window - 1)->id, qint64(1));
    w.model.setWindowStart(-5);
    QCOMPARE(w.model.windowStart(), qint64(0));
    QCOMPARE(loaded(w.model, 0)->id, m_all.constFirst().id);

    // A filtered list has no window: setting one changes nothing.
    AuditQuery everything;
    everything.from = m_all.constLast().at;
    w.model.setFilter(everything);
    QVERIFY(settle(w.model));
    QVERIFY(!w.model.isWindowed());
    w.model.setWindowStart(10);
    QCOMPARE(w.model.windowStart(), qint64(0));
    QCOMPARE(w.model.logRowCount(), qint64(w.model.rowCount()));
}

void TestAuditListModel::pagesAreEvicted_data()
{
    QTest::addColumn<bool>("filtered");
    QTest::newRow("unfiltered window") << false;
    QTest::newRow("filtered, found in order") << true;
}

void TestAuditListModel::pagesAreEvicted()
{
    QFETCH(bool, filtered);
    Watched w(m_store.directory(), m_owner, 40);
    w.model.setMaxCachedPages(AuditListModel::MaxPendingPages);
    QList<AuditEvent> expected = m_all;
    if (filtered) {
        AuditQuery denied;
        denied.result = AuditResult::Denied;
        w.model.setFilter(denied);
        expected.removeIf([](const AuditEvent &e) { return e.result != AuditResult::Denied; });
        QVERIFY(fetchAll(w.model));
    } else {
        QVERIFY(settle(w.model));
    }
    QVERIFY(expected.size() > 40 * AuditListModel::MaxPendingPages * 2);
    QCOMPARE(w.model.rowCount(), int(expected.size()));
    int most = 0;
    for (int row = 0; row < w.model.rowCount(); ++row) {
        const AuditEvent *e = loaded(w.model, row);
        QVERIFY(e);
        QCOMPARE(e->id, expected.at(row).id);
        most = std::max(most, w.model.cachedPageCount());
    }
    QVERIFY2(most <= AuditListModel::MaxPendingPages, qPrintable(QString::number(most)));
    // The second page went long ago (the tester keeps touching the first); read again, it is the same.
    QVERIFY(!w.model.isRowLoaded(40));
    const AuditEvent *again = loaded(w.model, 40);
    QVERIFY(again);
    QCOMPARE(again->id, expected.at(40).id);
    QVERIFY(w.model.cachedPageCount() <= AuditListModel::MaxPendingPages);
}

void TestAuditListModel::filtersNarrow_data()
{
    QTest::addColumn<AuditQuery>("filter");
    QTest::addColumn<Predicate>("expected");
    auto q = [](auto set) {
        AuditQuery f;
        set(f);
        return f;
    };
    QTest::newRow("actor substring, any case")
        << q([](AuditQuery &f) { f.actor = QStringLiteral("ANK"); })
        << Predicate([](const AuditEvent &e) { return e.actorName.contains(QLatin1String("ank")); });
    QTest::newRow("actor id") << q([this](AuditQuery &f) { f.actorId = m_owner.userId(); })
                              << Predicate([this](const AuditEvent &e) { return e.actorId == m_owner.userId(); });
    QTest::newRow("target substring") << q([](AuditQuery &f) {
        f.target = QStringLiteral("alpha");
    }) << Predicate([](const AuditEvent &e) { return e.targetName.contains(QLatin1String("alpha")); });
    QTest::newRow("wildcards are literal: nothing") << q([](AuditQuery &f) { f.target = QStringLiteral("%"); })
                                                    << Predicate([](const AuditEvent &) { return false; });
    QTest::newRow("action exact") << q([](AuditQuery &f) {
        f.action = QStringLiteral("user.edit");
    }) << Predicate([](const AuditEvent &e) { return e.action == QLatin1String("user.edit"); });
    QTest::newRow("action prefix") << q([](AuditQuery &f) {
        f.action = QStringLiteral("user.");
    }) << Predicate([](const AuditEvent &e) { return e.action.startsWith(QLatin1String("user.")); });
    QTest::newRow("result denied") << q([](AuditQuery &f) { f.result = AuditResult::Denied; })
                                   << Predicate([](const AuditEvent &e) { return e.result == AuditResult::Denied; });
    QTest::newRow("denied to the owner: nothing") << q([this](AuditQuery &f) {
        f.result = AuditResult::Denied;
        f.actorId = m_owner.userId();
    }) << Predicate([](const AuditEvent &) { return false; });
    const QDateTime middle = m_all.at(m_all.size() / 2).at;
    const QDateTime later = m_all.at(m_all.size() / 4).at;
    QTest::newRow("from") << q([&](AuditQuery &f) { f.from = middle; })
                          << Predicate([middle](const AuditEvent &e) { return e.at >= middle; });
    QTest::newRow("to") << q([&](AuditQuery &f) { f.to = middle; })
                        << Predicate([middle](const AuditEvent &e) { return e.at <= middle; });
    QTest::newRow("from to") << q([&](AuditQuery &f) {
        f.from = middle;
        f.to = later;
    }) << Predicate([middle, later](const AuditEvent &e) { return e.at >= middle && e.at <= later; });
}

void TestAuditListModel::filtersNarrow()
{
    QFETCH(AuditQuery, filter);
    QFETCH(Predicate, expected);
    QList<qint64> wanted;
    for (const AuditEvent &e : std::as_const(m_all))
        if (expected(e))
            wanted << e.id;
    QVERIFY(wanted.size() < m_all.size());
    QCOMPARE(wanted.isEmpty(), QByteArray(QTest::currentDataTag()).endsWith(": nothing"));

    Watched w(m_store.directory(), m_owner, 250);
    QSignalSpy totals(&w.model, &AuditListModel::totalChanged);
    w.model.setFilter(filter);
    QVERIFY(fetchAll(w.model));
    QList<qint64> shown;
    for (int row = 0; row < w.model.rowCount(); ++row) {
        const AuditEvent *e = loaded(w.model, row);
        QVERIFY(e);
        shown << e->id;
    }
    // The refusals the model's own reads might add are not there: the owner may read.
    QCOMPARE(shown, wanted);
    QTRY_COMPARE(w.model.total(), qint64(wanted.size()));
    QVERIFY(!w.model.totalIsCheap());
}

void TestAuditListModel::totalIsCheapOnlyUnfiltered()
{
    Watched w(m_store.directory(), m_owner, 100);
    QTRY_VERIFY(w.model.total() >= 0);
    QVERIFY(w.model.totalIsCheap());
    QCOMPARE(w.model.total(), m_all.first().id);
    QCOMPARE(w.model.total(), qint64(m_all.size()));
    QVERIFY(w.model.rowCount() >= 100);
}

void TestAuditListModel::staleAnswersAreDropped()
{
    Watched w(m_store.directory(), m_owner, 200);
    AuditQuery denied;
    denied.result = AuditResult::Denied;
    AuditQuery alpha;
    alpha.target = QStringLiteral("alpha");
    // Three queries in a row, answered in order; only the last one's rows may show.
    w.model.setFilter(denied);
    w.model.refresh();
    w.model.setFilter(alpha);
    QVERIFY(settle(w.model));
    QTest::qWait(50); // any answer of the earlier queries has arrived by now
    QCOMPARE(w.model.rowCount(), 200);
    for (int row = 0; row < w.model.rowCount(); ++row)
        QVERIFY(w.model.eventAt(row)->targetName.contains(QLatin1String("alpha")));
}

void TestAuditListModel::cellsAndEventRole()
{
    Watched w(m_store.directory(), m_owner, 50);
    AuditQuery f;
    f.action = QStringLiteral("user.edit");
    w.model.setFilter(f);
    QVERIFY(settle(w.model));
    QVERIFY2(w.model.rowCount() > 0, qPrintable(w.model.lastError()));
    const QModelIndex first = w.model.index(0, AuditListModel::Time);
    const AuditEvent e = first.data(AuditListModel::EventRole).value<AuditEvent>();
    QCOMPARE(e.action, QStringLiteral("user.edit"));
    QVERIFY2(e.after.contains(QLatin1String("Name")), qPrintable(e.after));
    QCOMPARE(first.data(AuditListModel::TimeUtcRole).toDateTime(), e.at);
    QVERIFY(first.data(Qt::ToolTipRole).toString().endsWith(QLatin1String(" UTC")));
    QVERIFY(first.data(Qt::ToolTipRole).toString().contains(e.at.toString(Qt::ISODateWithMs)));
    QCOMPARE(w.model.index(0, AuditListModel::Actor).data().toString(), QStringLiteral("owner"));
    QCOMPARE(w.model.index(0, AuditListModel::Outcome).data().toString(), QStringLiteral("Success"));
    QCOMPARE(w.model.index(0, AuditListModel::Machine).data().toString(), QStringLiteral("test-machine"));
    QCOMPARE(w.model.headerData(AuditListModel::Outcome, Qt::Horizontal).toString(), QStringLiteral("Result"));
}

void TestAuditListModel::helpdeskIsRefused()
{
    Watched w(m_store.directory(), m_helpdesk, 100);
    QSignalSpy errors(&w.model, &AuditListModel::errorOccurred);
    QVERIFY(settle(w.model));
    QCOMPARE(errors.count(), 1);
    const QString message = errors.first().first().toString();
    QVERIFY2(message.contains(QLatin1String("audit.read")), qPrintable(message));
    QCOMPARE(w.model.lastError(), message);
    QCOMPARE(w.model.rowCount(), 0);
    QVERIFY(!w.model.canFetchMore({}));
}

QTEST_MAIN(TestAuditListModel)
#include "tst_auditlistmodel.moc"
