// The console benchmark: AuthDesk's own list (LocalDirectory + UserListModel, AuditListModel) in a
// QTableView beside the stock approach (a QSqlTableModel on the same SQLite file in the same kind of
// view), one side and one scenario per process, so each side's peak memory is its own. Offscreen.
// "Painted" means: the visible rows' data() are real values (not a loading placeholder) and the
// view has been painted (grab()). A 5 ms timer records its own lateness all the while: how long the
// GUI thread was blocked. run-bench.sh runs the sides and prints the comparison.
//   bench_console --side authdesk|stock --scenario open|end|random|search|audit
//                 --store FILE --keys DIR --admin NAME [--limit-ms MS]   (password in AUTHDESK_PASSWORD)
// Prints one line per figure: RESULT <scenario> <figure> <value>.
#include "core/crypto/Random.h"
#include "core/store/LocalDirectory.h"
#include "models/AuditListModel.h"
#include "models/UserListModel.h"
#include "ui/AuditView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHeaderView>
#include <QKeyEvent>
#include <QPixmap>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlTableModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <functional>
#include <memory>

using namespace authdesk;

namespace {

constexpr int TickMs = 5;
constexpr int RandomJumps = 100;
const QString SearchText = QStringLiteral("mil");

double msSince(const QElapsedTimer &t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

void result(const QString &scenario, const char *figure, double value)
{
    std::printf("RESULT %s %s %.2f\n", qPrintable(scenario), figure, value);
    std::fflush(stdout);
}

// The GUI thread's responsiveness: a 5 ms timer that notes how late each tick came.
class LatenessProbe {
public:
    LatenessProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(TickMs);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_late << std::max(0.0, static_cast<double>(now - m_last) / 1e6 - TickMs);
            m_last = now;
        });
        m_clock.start();
        m_last = m_clock.nsecsElapsed();
        m_timer.start();
    }
    void reset()
    {
        m_late.clear();
        m_last = m_clock.nsecsElapsed();
        m_cpuAtReset = threadCpuMs();
    }
    // CPU time of the GUI thread: what the scenario cost it, whatever else the machine runs.
    static double threadCpuMs()
    {
        timespec t{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
        return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
    }
    // The gap still open counts too: a block that has not ended yet is a block.
    void report(const QString &scenario)
    {
        QList<double> late = m_late;
        late << std::max(0.0, static_cast<double>(m_clock.nsecsElapsed() - m_last) / 1e6 - TickMs);
        std::sort(late.begin(), late.end());
        const auto p99 = static_cast<qsizetype>(static_cast<double>(late.size() - 1) * 0.99);
        result(scenario, "lateness_max_ms", late.constLast());
        result(scenario, "lateness_p99_ms", late.at(p99));
        result(scenario, "gui_cpu_ms", threadCpuMs() - m_cpuAtReset);
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    double m_cpuAtReset = threadCpuMs();
    QList<double> m_late;
};

// Runs the event loop until done() holds (checked every millisecond); false after timeoutMs.
bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer poll;
    poll.setTimerType(Qt::PreciseTimer);
    poll.setInterval(1);
    QElapsedTimer t;
    t.start();
    bool ok = false;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done()) {
            ok = true;
            loop.quit();
        } else if (t.elapsed() > timeoutMs) {
            loop.quit();
        }
    });
    poll.start();
    loop.exec();
    return ok;
}

qint64 peakRssKib()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

void setUpView(QTableView &view, QAbstractItemModel *model)
{
    // As ui/MainWindow.cpp sets up the users table (and ui/AuditView.cpp the audit table): fixed
    // row heights, so the view never measures rows. The stock side gets the same view.
    view.setModel(model);
    view.setSelectionBehavior(QAbstractItemView::SelectRows);
    view.setEditTriggers(QAbstractItemView::NoEditTriggers);
    view.setAlternatingRowColors(true);
    view.setShowGrid(false);
    view.setWordWrap(false);
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.verticalHeader()->setDefaultSectionSize(view.fontMetrics().lineSpacing() + 8);
    view.verticalHeader()->hide();
    view.horizontalHeader()->setStretchLastSection(true);
    view.resize(1200, 800);
    view.show();
}

// One side of the comparison: a model in a view, and how to tell a row holds real data.
struct Side {
    virtual ~Side() = default;
    virtual QAbstractItemModel *model() = 0;
    virtual bool rowReady(int row) = 0;
    // The rows there are, as the side knows them once everything is loaded.
    virtual qint64 trueRowCount() = 0;
    // Makes row reachable (the stock model must fetch its way down) within budgetMs; true when it is.
    virtual bool reach(int row, qint64 budgetMs) = 0;
    // The table on show, and how its rows map onto the list's: the audit view shows a window of
    // the log (AuditListModel::windowStart), the other sides every row.
    virtual QTableView &table() { return view; }
    virtual qint64 currentRow() { return view.currentIndex().row(); }
    virtual int tableRow(qint64 row) { return static_cast<int>(row); }
    QTableView view;
};

// What one paint of the table with its rows loaded costs the GUI thread (median of 5 grabs): the
// floor of any figure that ends with rows painted, the same for both sides.
void reportPaint(const QString &scenario, QTableView &v)
{
    QList<double> each;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        (void)v.grab();
        each << msSince(t);
    }
    std::sort(each.begin(), each.end());
    result(scenario, "paint_ms", each.at(each.size() / 2));
}

// The visible rows hold real data and the viewport has been repainted.
bool painted(Side &side, int wantRow = -1)
{
    QTableView &v = side.table();
    const int rows = side.model()->rowCount();
    if (rows == 0)
        return false;
    if (wantRow >= 0) {
        const int row = side.tableRow(wantRow);
        const int y = row >= 0 && row < rows ? v.rowViewportPosition(row) : -1;
        if (y < 0 || y >= v.viewport()->height())
            return false;
    }
    const int top = std::max(0, v.rowAt(0));
    int bottom = v.rowAt(v.viewport()->height() - 1);
    if (bottom < 0)
        bottom = rows - 1;
    for (int r = top; r <= bottom; ++r) {
        if (!side.rowReady(r))
            return false;
    }
    // grab() paints for real even before the offscreen window is exposed (repaint() would not).
    const QPixmap shot = v.grab();
    return !shot.isNull();
}

struct AuthDeskUsers final : Side {
    explicit AuthDeskUsers(Directory *directory, const Principal &actor) : users(directory, actor)
    {
        setUpView(view, &users);
    }
    QAbstractItemModel *model() override { return &users; }
    bool rowReady(int row) override
    {
        return users.isRowLoaded(row)
            && users.data(users.index(row, UserListModel::Username)).toString() != QStringLiteral("\u2026");
    }
    qint64 trueRowCount() override { return users.total(); }
    bool reach(int row, qint64) override { return row < users.rowCount(); }
    UserListModel users;
};

struct StockTable final : Side {
    StockTable(const QSqlDatabase &db, const QString &table) : stock(nullptr, db)
    {
        stock.setTable(table);
        stock.select();
        setUpView(view, &stock);
    }
    QAbstractItemModel *model() override { return &stock; }
    bool rowReady(int row) override { return stock.data(stock.index(row, 0)).isValid(); }
    qint64 trueRowCount() override
    {
        QSqlQuery q(stock.database());
        q.exec(QStringLiteral("SELECT count(*) FROM ") + stock.tableName()
               + (stock.filter().isEmpty() ? QString() : QStringLiteral(" WHERE ") + stock.filter()));
        return q.next() ? q.value(0).toLongLong() : -1;
    }
    bool reach(int row, qint64 budgetMs) override
    {
        QElapsedTimer t;
        t.start();
        while (stock.rowCount() <= row && stock.canFetchMore() && t.elapsed() < budgetMs)
            stock.fetchMore();
        return row < stock.rowCount();
    }
    QSqlTableModel stock;
};

struct Options {
    QString side;
    QString scenario;
    QString store;
    QString keys;
    QString admin;
    // A scenario that takes longer stops there and reports how far it got: its time is then a
    // lower bound ("timed_out 1"), and so is its memory.
    int limitMs = 120000;
};

void sendCtrlEnd(QWidget *w)
{
    QKeyEvent press(QEvent::KeyPress, Qt::Key_End, Qt::ControlModifier);
    QCoreApplication::sendEvent(w, &press);
    QKeyEvent release(QEvent::KeyRelease, Qt::Key_End, Qt::ControlModifier);
    QCoreApplication::sendEvent(w, &release);
}

// Ctrl+End until the current row is the true last row, painted. The stock view can only go to
// the last row it has fetched; scrolling there fetches the next batch, so it presses again.
bool jumpToEnd(Side &side, qint64 lastRow, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    side.table().setFocus();
    // The stock model at its fastest: fetchMore in a loop until every row is there, then the key
    // (pressing Ctrl+End until the end, a batch per press, is far slower still).
    side.reach(static_cast<int>(lastRow), timeoutMs);
    while (t.elapsed() < timeoutMs) {
        sendCtrlEnd(&side.table());
        if (side.currentRow() == lastRow)
            return waitUntil([&] { return painted(side, static_cast<int>(lastRow)); },
                             timeoutMs - static_cast<int>(t.elapsed()));
        QCoreApplication::processEvents();
    }
    return false;
}

QList<int> randomRows(qint64 rows)
{
    const QByteArray bytes = crypto::randomBytes(RandomJumps * 8);
    QList<int> out;
    for (int i = 0; i < RandomJumps; ++i) {
        quint64 v = 0;
        std::memcpy(&v, bytes.constData() + i * 8, sizeof v);
        out << static_cast<int>(v % static_cast<quint64>(rows));
    }
    return out;
}

bool firstRowMatches(Side &side)
{
    QAbstractItemModel *m = side.model();
    if (m->rowCount() == 0 || !side.rowReady(0))
        return false;
    QString text;
    for (int c = 0; c < m->columnCount(); ++c)
        text += m->data(m->index(0, c)).toString() + QLatin1Char(' ');
    return text.contains(SearchText, Qt::CaseInsensitive);
}

// The scenarios after the first page: the same code for both sides.
int runScenario(const Options &o, Side &side, LatenessProbe &probe,
                const std::function<void(const QString &)> &applySearch)
{
    const int timeoutMs = o.limitMs;
    if (o.scenario == QLatin1String("end")) {
        const qint64 rows = side.trueRowCount();
        probe.reset();
        QElapsedTimer t;
        t.start();
        if (!jumpToEnd(side, rows - 1, timeoutMs)) {
            std::fprintf(stderr, "end: not reached in %d ms (row %d of %lld)\n", timeoutMs,
                         static_cast<int>(side.currentRow()), static_cast<long long>(rows));
            result(o.scenario, "timed_out", 1);
        }
        result(o.scenario, "ms", msSince(t));
        probe.report(o.scenario);
        result(o.scenario, "peak_rss_kib", static_cast<double>(peakRssKib()));
        return 0;
    }
    if (o.scenario == QLatin1String("random")) {
        const qint64 rows = side.trueRowCount();
        const QList<int> targets = randomRows(rows);
        QList<double> each;
        double total = 0;
        probe.reset();
        for (int row : targets) {
            if (total > timeoutMs) {
                std::fprintf(stderr, "random: stopped after %lld of %d rows at %d ms\n",
                             static_cast<long long>(each.size()), RandomJumps, timeoutMs);
                result(o.scenario, "timed_out", 1);
                break;
            }
            QElapsedTimer t;
            t.start();
            if (!side.reach(row, static_cast<qint64>(timeoutMs - total))) {
                std::fprintf(stderr, "random: row %d not reached within %d ms\n", row, timeoutMs);
                total += msSince(t);
                result(o.scenario, "timed_out", 1);
                break;
            }
            const QModelIndex target = side.model()->index(row, 0);
            side.view.scrollTo(target, QAbstractItemView::PositionAtTop);
            // Rows just fetched are laid out later; until then the scroll range may stop short of them.
            const bool ok = waitUntil(
                [&] {
                    if (painted(side, row))
                        return true;
                    side.view.scrollTo(target, QAbstractItemView::PositionAtTop);
                    return false;
                },
                timeoutMs);
            if (!ok) {
                std::fprintf(stderr, "random: row %d not painted\n", row);
                return 1;
            }
            each << msSince(t);
            total += each.constLast();
        }
        std::sort(each.begin(), each.end());
        result(o.scenario, "ms", total);
        result(o.scenario, "jumps", static_cast<double>(each.size()));
        if (!each.isEmpty()) {
            result(o.scenario, "median_jump_ms", each.at(each.size() / 2));
            result(o.scenario, "max_jump_ms", each.constLast());
        }
        probe.report(o.scenario);
        result(o.scenario, "peak_rss_kib", static_cast<double>(peakRssKib()));
        return 0;
    }
    if (o.scenario == QLatin1String("search")) {
        probe.reset();
        QElapsedTimer t;
        // One key at a time; the search starts at the third character (both sides).
        for (qsizetype n = 1; n <= SearchText.size(); ++n) {
            if (n == SearchText.size()) {
                t.start();
                applySearch(SearchText.left(n));
            }
        }
        if (!waitUntil([&] { return firstRowMatches(side) && painted(side); }, timeoutMs)) {
            std::fprintf(stderr, "search: no results painted\n");
            return 1;
        }
        result(o.scenario, "ms", msSince(t));
        probe.report(o.scenario);
        return 0;
    }
    return 0; // "open" was measured already
}

int runAuthDesk(const Options &o)
{
    LatenessProbe probe;
    QElapsedTimer t;
    t.start();
    LocalDirectory directory(StoreOptions{o.store, o.keys, QStringLiteral("bench")});
    auto opened = directory.open();
    if (!waitUntil([&] { return opened.isFinished(); }, 600000) || !opened.result().ok()) {
        std::fprintf(stderr, "open: %s\n", qPrintable(opened.result().message()));
        return 1;
    }
    const double openMs = msSince(t);
    // The Argon2id sign-in is the price of having accounts at all; the stock side has none, so it
    // is reported on its own and not counted in "open".
    QElapsedTimer signInTimer;
    signInTimer.start();
    auto signedIn = directory.signIn(o.admin, qEnvironmentVariable("AUTHDESK_PASSWORD"));
    if (!waitUntil([&] { return signedIn.isFinished(); }, 600000) || !signedIn.result().ok()) {
        std::fprintf(stderr, "sign-in: %s\n", qPrintable(signedIn.result().message()));
        return 1;
    }
    const double signInMs = msSince(signInTimer);
    const Principal actor = signedIn.result().value();

    if (o.scenario == QLatin1String("audit")) {
        probe.reset();
        QElapsedTimer first;
        first.start();
        // The console's own Audit view (its table shows a window of the log and moves it; see
        // AuditListModel), tall enough that its table shows about as many rows as the other
        // sides' tables (its height is reported).
        AuditView auditView(&directory, actor);
        auditView.resize(1200, 1100);
        auditView.show();
        AuditListModel &audit = *auditView.model();
        struct AuditSide final : Side {
            explicit AuditSide(AuditView &v) : auditView(v), audit(*v.model()) {}
            QAbstractItemModel *model() override { return &audit; }
            bool rowReady(int row) override { return audit.isRowLoaded(row); }
            qint64 trueRowCount() override { return audit.total(); }
            bool reach(int, qint64) override { return true; } // every event, through the window
            QTableView &table() override { return *auditView.table(); }
            qint64 currentRow() override { return auditView.currentLogRow(); }
            int tableRow(qint64 row) override { return static_cast<int>(row - audit.windowStart()); }
            AuditView &auditView;
            AuditListModel &audit;
        } side(auditView);
        if (!waitUntil([&] { return painted(side); }, 600000)) {
            std::fprintf(stderr, "audit: first page not painted: %s\n", qPrintable(audit.lastError()));
            return 1;
        }
        result(QStringLiteral("audit_first"), "ms", openMs + msSince(first));
        result(QStringLiteral("audit_first"), "table_height_px", side.table().viewport()->height());
        probe.report(QStringLiteral("audit_first"));
        if (!waitUntil([&] { return audit.total() >= 0; }, 600000))
            return 1;
        result(QStringLiteral("audit_events"), "count", static_cast<double>(audit.total()));
        probe.reset();
        QElapsedTimer end;
        end.start();
        if (!jumpToEnd(side, audit.total() - 1, 600000))
            return 1;
        result(QStringLiteral("audit_end"), "ms", msSince(end));
        probe.report(QStringLiteral("audit_end"));
        result(QStringLiteral("audit_end"), "peak_rss_kib", static_cast<double>(peakRssKib()));
        return 0;
    }

    QElapsedTimer first;
    first.start();
    AuthDeskUsers side(&directory, actor);
    if (!waitUntil([&] { return painted(side); }, 600000)) {
        std::fprintf(stderr, "open: first page not painted\n");
        return 1;
    }
    if (o.scenario == QLatin1String("open")) {
        const double firstPageMs = msSince(first);
        result(o.scenario, "ms", openMs + firstPageMs);
        result(o.scenario, "directory_open_ms", openMs);
        result(o.scenario, "first_page_ms", firstPageMs);
        result(o.scenario, "sign_in_ms", signInMs);
        probe.report(o.scenario);
        reportPaint(o.scenario, side.view);
        return 0;
    }
    if (!waitUntil([&] { return !side.users.isLoading(); }, 600000))
        return 1;
    return runScenario(o, side, probe, [&side](const QString &text) { side.users.setSearch(text); });
}

int runStock(const Options &o)
{
    LatenessProbe probe;
    QElapsedTimer t;
    t.start();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("stock"));
    db.setDatabaseName(o.store);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db.open()) {
        std::fprintf(stderr, "open: %s\n", qPrintable(db.lastError().text()));
        return 1;
    }
    const bool audit = o.scenario == QLatin1String("audit");
    StockTable side(db, audit ? QStringLiteral("audit_events") : QStringLiteral("users"));
    if (!waitUntil([&] { return painted(side); }, 600000)) {
        std::fprintf(stderr, "open: first page not painted: %s\n", qPrintable(side.stock.lastError().text()));
        return 1;
    }
    if (o.scenario == QLatin1String("open") || audit) {
        result(audit ? QStringLiteral("audit_first") : o.scenario, "ms", msSince(t));
        probe.report(audit ? QStringLiteral("audit_first") : o.scenario);
        reportPaint(audit ? QStringLiteral("audit_first") : o.scenario, side.view);
        return 0;
    }
    return runScenario(o, side, probe, [&side](const QString &text) {
        // The stock way to search: a LIKE filter over the same three columns, its value bound by
        // hand (QSqlTableModel::setFilter takes SQL); the benchmark's text has no quote or wildcard.
        const QString like = QStringLiteral("'%") + text + QStringLiteral("%'");
        side.stock.setFilter(QStringLiteral("username LIKE %1 OR email LIKE %1 OR display_name LIKE %1").arg(like));
    });
}

// The console has painted its window (the sign-in dialog) before a store opens, so both sides
// start with the fonts loaded and the first text ever drawn behind them.
void warmUp()
{
    QTableView warm;
    QStandardItemModel items(30, 7);
    for (int r = 0; r < 30; ++r)
        for (int c = 0; c < 7; ++c)
            items.setItem(r, c, new QStandardItem(QStringLiteral("warm-up %1.%2 \u2026").arg(r).arg(c)));
    setUpView(warm, &items);
    (void)warm.grab();
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    Options o;
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        const QString &key = args.at(i);
        const QString &value = args.at(i + 1);
        if (key == QLatin1String("--side"))
            o.side = value;
        else if (key == QLatin1String("--scenario"))
            o.scenario = value;
        else if (key == QLatin1String("--store"))
            o.store = value;
        else if (key == QLatin1String("--keys"))
            o.keys = value;
        else if (key == QLatin1String("--admin"))
            o.admin = value;
        else if (key == QLatin1String("--limit-ms"))
            o.limitMs = value.toInt();
    }
    const QStringList scenarios{QStringLiteral("open"), QStringLiteral("end"), QStringLiteral("random"),
                                QStringLiteral("search"), QStringLiteral("audit")};
    if ((o.side != QLatin1String("authdesk") && o.side != QLatin1String("stock")) || !scenarios.contains(o.scenario)
        || o.store.isEmpty() || (o.side == QLatin1String("authdesk") && (o.keys.isEmpty() || o.admin.isEmpty()))) {
        std::fprintf(stderr, "usage: bench_console --side authdesk|stock --scenario open|end|random|search|audit "
                             "--store FILE [--keys DIR --admin NAME] [--limit-ms MS]   (password in AUTHDESK_PASSWORD)\n");
        return 2;
    }
    warmUp();
    return o.side == QLatin1String("authdesk") ? runAuthDesk(o) : runStock(o);
}
