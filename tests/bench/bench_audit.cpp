// Audit log paging at scale: fills a new store with N audit events written directly with SQL (one
// transaction, one prepared statement; they are not chained, so the store will not verify), then
// times the first and the last page through LocalStore::listAudit (keyset on id) against a bare
// QSqlQuery with OFFSET, side by side, and the cheap total (newest id) against COUNT(*).
//   bench_audit FOLDER [EVENTS]     (EVENTS defaults to 10000000; FOLDER must not hold a store)
#include "core/store/LocalStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>
#include <cstdio>
#include <functional>

using namespace authdesk;

namespace {

const QString password = QStringLiteral("bench owner's long password");
constexpr int PageSize = 100;

double medianMs(int runs, const std::function<qint64()> &body, qint64 *lastResult)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        *lastResult = body();
        times << static_cast<double>(t.nsecsElapsed()) / 1e6;
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

void row(const char *what, int runs, const std::function<qint64()> &store, const std::function<qint64()> &bare)
{
    qint64 a = 0;
    qint64 b = 0;
    const double msStore = medianMs(runs, store, &a);
    const double msBare = medianMs(runs, bare, &b);
    std::printf("  %-34s %12.2f ms (%lld)   %12.2f ms (%lld)\n", what, msStore, static_cast<long long>(a), msBare,
                static_cast<long long>(b));
}

bool fill(const QString &path, qint64 events)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fill"));
    db.setDatabaseName(path);
    if (!db.open())
        return false;
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    q.exec(QStringLiteral("PRAGMA synchronous=OFF"));
    q.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM audit_events"));
    q.next();
    const qint64 first = q.value(0).toLongLong() + 1;
    db.transaction();
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO audit_events (id, at, actor_id, actor_name, action, target_type, target_id, target_name, result, "
        "reason, before_json, after_json, machine, prev_hash, hash) VALUES (?, ?, ?, ?, ?, 'user', ?, ?, ?, '', '{}', "
        "'{}', 'bench', '', '')"));
    const qint64 start = QDateTime::currentMSecsSinceEpoch() - events * 10;
    const QString actions[] = {QStringLiteral("user.update"), QStringLiteral("auth.sign_in"),
                               QStringLiteral("mfa.verify"), QStringLiteral("user.create")};
    const QString results[] = {QStringLiteral("success"), QStringLiteral("success"), QStringLiteral("success"),
                               QStringLiteral("denied")};
    for (qint64 i = 0; i < events; ++i) {
        const qint64 id = first + i;
        insert.bindValue(0, id);
        insert.bindValue(1, start + i * 10);
        insert.bindValue(2, 1 + id % 50);
        insert.bindValue(3, QStringLiteral("admin%1").arg(id % 50));
        insert.bindValue(4, actions[id % 4]);
        insert.bindValue(5, QString::number(id % 100000));
        insert.bindValue(6, QStringLiteral("user%1").arg(id % 100000));
        insert.bindValue(7, results[(id / 4) % 4]);
        if (!insert.exec()) {
            std::fprintf(stderr, "insert: %s\n", qPrintable(insert.lastError().text()));
            return false;
        }
    }
    const bool ok = db.commit();
    insert = QSqlQuery();
    q = QSqlQuery();
    db.close();
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2 || args.size() > 3) {
        std::fprintf(stderr, "usage: bench_audit FOLDER [EVENTS]\n");
        return 2;
    }
    const qint64 events = args.size() == 3 ? args.at(2).toLongLong() : 10000000;
    QDir().mkpath(args.at(1));
    const QDir dir(args.at(1));
    const StoreOptions options{dir.filePath(QStringLiteral("audit-bench.authdesk")),
                               dir.filePath(QStringLiteral("keys")), QStringLiteral("bench")};
    {
        NewUser owner;
        owner.username = QStringLiteral("owner");
        owner.email = QStringLiteral("owner@example.test");
        owner.password = password;
        auto created = LocalStore::create(options, owner);
        if (!created.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(created.message()));
            return 1;
        }
    }
    QElapsedTimer t;
    t.start();
    if (!fill(options.path, events))
        return 1;
    std::printf("inserted %lld events in %.1f s\n", static_cast<long long>(events),
                static_cast<double>(t.elapsed()) / 1000);

    auto store = LocalStore::open(options);
    if (!store.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(store.message()));
        return 1;
    }
    auto principal = store.value()->signIn(QStringLiteral("owner"), password);
    if (!principal.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(principal.message()));
        return 1;
    }
    LocalStore &s = *store.value();
    const Principal actor = principal.value();

    QSqlDatabase bare = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bare"));
    bare.setDatabaseName(options.path);
    bare.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!bare.open())
        return 1;
    auto bareQuery = [&bare](const QString &sql) {
        QSqlQuery q(bare);
        q.setForwardOnly(true);
        q.exec(sql);
        qint64 n = 0;
        while (q.next())
            n = q.value(0).toLongLong();
        return n;
    };
    auto page = [&s, &actor](qint64 beforeId, const QString &action) {
        AuditQuery q;
        q.limit = PageSize;
        q.beforeId = beforeId;
        q.action = action;
        auto r = s.listAudit(actor, q);
        return r.ok() && !r->isEmpty() ? r->constLast().id : qint64(-1);
    };
    auto total = s.countAudit(actor, AuditQuery{});
    const qint64 n = total.ok() ? total->count : 0;
    // Each row: its median over 5 runs, and the id of the page's last row (or the count).
    std::printf("%lld events, page of %d          LocalStore (keyset)              bare QSqlQuery (OFFSET)\n",
                static_cast<long long>(n), PageSize);
    row(
        "first page", 5, [&] { return page(0, {}); },
        [&] {
            return bareQuery(QStringLiteral("SELECT id FROM audit_events ORDER BY id DESC LIMIT %1").arg(PageSize));
        });
    row(
        "last page", 5, [&] { return page(PageSize + 1, {}); },
        [&] {
            return bareQuery(QStringLiteral("SELECT id FROM audit_events ORDER BY id DESC LIMIT %1 OFFSET %2")
                                 .arg(PageSize)
                                 .arg(n - PageSize));
        });
    row(
        "middle page", 5, [&] { return page(n / 2, {}); },
        [&] {
            return bareQuery(QStringLiteral("SELECT id FROM audit_events ORDER BY id DESC LIMIT %1 OFFSET %2")
                                 .arg(PageSize)
                                 .arg(n - n / 2 + 1));
        });
    row(
        "total (newest id vs COUNT(*))", 3, [&] { return s.countAudit(actor, AuditQuery{}).value().count; },
        [&] { return bareQuery(QStringLiteral("SELECT COUNT(*) FROM audit_events")); });
    std::printf("filtered (LocalStore only; a filter with no index scans newest first until the page fills):\n");
    row(
        "first page, action mfa.", 3, [&] { return page(0, QStringLiteral("mfa.")); },
        [&] {
            return bareQuery(QStringLiteral("SELECT id FROM audit_events WHERE substr(action, 1, 4) = 'mfa.' "
                                            "ORDER BY id DESC LIMIT 100"));
        });
    row(
        "filtered count, action mfa.", 1,
        [&] {
            AuditQuery q;
            q.action = QStringLiteral("mfa.");
            return s.countAudit(actor, q).value().count;
        },
        [&] {
            return bareQuery(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE substr(action, 1, 4) = 'mfa.'"));
        });
    return 0;
}
