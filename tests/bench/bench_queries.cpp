// In-process query benchmark: the store's own list/search/page/count (LocalStore, as the
// console's model calls them) against two baselines on the same file in the same run: the same
// SQL through a bare QSqlQuery, and the stock QSqlTableModel, which must fetch every row to
// learn the total. Prints medians of several runs, in milliseconds.
#include "core/store/LocalStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlTableModel>
#include <algorithm>
#include <cstdio>
#include <functional>

using namespace authdesk;

namespace {

double medianMs(int runs, const std::function<qint64()> &body, qint64 *lastResult)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        *lastResult = body();
        times << t.nsecsElapsed() / 1e6;
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

// Runs the body, then prints its median and the result of its last run.
void row(const char *what, int runs, const std::function<qint64()> &body)
{
    qint64 result = 0;
    const double ms = medianMs(runs, body, &result);
    std::printf("  %-58s %10.2f ms   (result %lld)\n", what, ms, static_cast<long long>(result));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5) {
        std::fprintf(stderr, "usage: bench_queries STORE KEYDIR ADMIN SEARCH   (admin password in AUTHDESK_PASSWORD)\n");
        return 2;
    }
    const QString search = args.at(4);
    auto store = LocalStore::open(StoreOptions{args.at(1), args.at(2), QStringLiteral("bench")});
    if (!store.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(store.message()));
        return 1;
    }
    auto principal = store.value()->signIn(args.at(3), qEnvironmentVariable("AUTHDESK_PASSWORD"));
    if (!principal.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(principal.message()));
        return 1;
    }
    const Principal me = principal.value();
    const int runs = 5;

    std::printf("AuthDesk store (LocalStore, RBAC check + audit-ready path), median of %d:\n", runs);
    row("count all users", runs, [&] { return store.value()->countUsers(me, {}).value(); });
    row("search substring (total + first page of 100)", runs, [&] {
            UserQuery q;
            q.search = search;
            return store.value()->listUsers(me, q)->total;
        });
    row("page at offset 999900, limit 100, sorted by username", runs, [&] {
            UserQuery q;
            q.offset = 999900;
            q.limit = 100;
            return static_cast<qint64>(store.value()->listUsers(me, q)->users.size());
        });

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("baseline"));
    db.setDatabaseName(args.at(1));
    if (!db.open())
        return 1;
    std::printf("Baseline: the same SQL through a bare QSqlQuery:\n");
    row("count all users", runs, [&] {
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT count(*) FROM users"));
            q.next();
            return q.value(0).toLongLong();
        });
    row("search substring (count + first 100)", runs, [&] {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT count(*) FROM users WHERE instr(search_key, ?) > 0"));
            q.addBindValue(search);
            q.exec();
            q.next();
            const qint64 total = q.value(0).toLongLong();
            QSqlQuery page(db);
            page.prepare(QStringLiteral("SELECT * FROM users WHERE instr(search_key, ?) > 0 ORDER BY +username_key LIMIT 100"));
            page.addBindValue(search);
            page.exec();
            while (page.next()) {
            }
            return total;
        });
    row("page at offset 999900, limit 100", runs, [&] {
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT * FROM users ORDER BY username_key LIMIT 100 OFFSET 999900"));
            qint64 n = 0;
            while (q.next())
                ++n;
            return n;
        });

    std::printf("Baseline: stock QSqlTableModel (must fetch every row to know the total):\n");
    row("select + fetch all to learn the total", 3, [&] {
            QSqlTableModel model(nullptr, db);
            model.setTable(QStringLiteral("users"));
            model.select();
            while (model.canFetchMore())
                model.fetchMore();
            return static_cast<qint64>(model.rowCount());
        });
    row("search via setFilter + fetch all", 3, [&] {
            QSqlTableModel model(nullptr, db);
            model.setTable(QStringLiteral("users"));
            QString filter = search;
            filter.replace(QLatin1Char('\''), QLatin1String("''"));
            model.setFilter(QStringLiteral("instr(search_key, '%1') > 0").arg(filter));
            model.select();
            while (model.canFetchMore())
                model.fetchMore();
            return static_cast<qint64>(model.rowCount());
        });
    return 0;
}
