#include "models/AuditListModel.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimer>
#include <algorithm>
#include <limits>

namespace authdesk {

namespace {

// As in UserListModel: only an unanswered request is canceled (Qt 6.4 walks the continuation
// chain of an answered one, whose data is gone).
template <typename T>
void cancelIfUnanswered(QFuture<T> &future)
{
    if (!future.isFinished())
        future.cancel();
}

} // namespace

AuditListModel::AuditListModel(Directory *directory, Principal actor, QObject *parent)
    : QAbstractTableModel(parent), m_directory(directory), m_actor(std::move(actor)), m_fetchTimer(new QTimer(this))
{
    // The rows a paint touched are asked for together, once the paint is over.
    m_fetchTimer->setSingleShot(true);
    m_fetchTimer->setInterval(0);
    connect(m_fetchTimer, &QTimer::timeout, this, &AuditListModel::fetchWantedPages);
    // The first query starts from the event loop, so whoever creates the model has connected to
    // its signals first.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_generation == 0)
                refresh();
        },
        Qt::QueuedConnection);
}

AuditListModel::~AuditListModel()
{
    cancelPending();
    cancelIfUnanswered(m_countQuery);
}

int AuditListModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_rows;
}

int AuditListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags AuditListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> AuditListModel::roleNames() const
{
    auto names = QAbstractTableModel::roleNames();
    names.insert(EventRole, QByteArrayLiteral("event"));
    names.insert(EventIdRole, QByteArrayLiteral("eventId"));
    names.insert(TimeUtcRole, QByteArrayLiteral("timeUtc"));
    return names;
}

QString AuditListModel::resultText(AuditResult result)
{
    switch (result) {
    case AuditResult::Success:
        return tr("Success");
    case AuditResult::Denied:
        return tr("Denied");
    case AuditResult::Failed:
        return tr("Failed");
    }
    return {};
}

QString AuditListModel::escapeControls(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool control = u < 0x20 || (u >= 0x7f && u < 0xa0) || u == 0x2028 || u == 0x2029
            || (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069) || u == 0x200e || u == 0x200f;
        if (control)
            out += QStringLiteral("\\u%1").arg(static_cast<uint>(u), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

const AuditEvent *AuditListModel::eventAt(int row) const
{
    return lookUp(row);
}

bool AuditListModel::isRowLoaded(int row) const
{
    if (row < 0 || row >= m_rows)
        return false;
    const qint64 logRow = m_windowStart + row;
    const auto it = m_pages.constFind(static_cast<int>(logRow / m_pageSize));
    return it != m_pages.constEnd() && logRow % m_pageSize < it->events.size();
}

const AuditEvent *AuditListModel::lookUp(int row) const
{
    if (row < 0 || row >= m_rows)
        return nullptr;
    const qint64 logRow = m_windowStart + row;
    const int page = static_cast<int>(logRow / m_pageSize);
    const auto it = m_pages.find(page);
    if (it != m_pages.end()) {
        it->lastUse = ++m_useClock;
        const qsizetype offset = logRow % m_pageSize;
        return offset < it->events.size() ? &it->events.at(offset) : nullptr;
    }
    if (!m_pending.contains(page) && !m_wanted.contains(page) && m_lastError.isEmpty()) {
        m_wanted.insert(page);
        m_wantedOrder.append(page);
        m_fetchTimer->start();
    }
    return nullptr;
}

QVariant AuditListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case EventRole:
    case EventIdRole:
    case TimeUtcRole:
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Qt::TextAlignmentRole:
        break;
    default:
        return {}; // no page read for roles a view asks about every cell
    }
    if (role == Qt::TextAlignmentRole)
        return index.column() == Id ? QVariant(static_cast<int>(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    const AuditEvent *loaded = lookUp(index.row());
    if (!loaded) {
        if (role == Qt::DisplayRole && index.column() == Time)
            return QStringLiteral("\u2026"); // a placeholder until the row's page arrives
        return {};
    }
    const AuditEvent &e = *loaded;
    switch (role) {
    case EventRole:
        return QVariant::fromValue(e);
    case EventIdRole:
        return e.id;
    case TimeUtcRole:
        return e.at;
    case Qt::DisplayRole:
        switch (index.column()) {
        case Id:
            return e.id;
        case Time:
            return QLocale().toString(e.at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case Actor:
            return e.actorName.isEmpty() ? tr("(nobody signed in)") : escapeControls(e.actorName);
        case Action:
            return escapeControls(e.action);
        case Target:
            return escapeControls(e.targetName.isEmpty() ? e.targetId : e.targetName);
        case Outcome:
            return resultText(e.result);
        case Reason:
            return escapeControls(e.reason);
        case Machine:
            return escapeControls(e.machine);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Time:
            return tr("%1 UTC").arg(e.at.toUTC().toString(Qt::ISODateWithMs));
        case Actor:
            return tr("Account #%1").arg(e.actorId);
        case Target:
            return tr("%1 #%2").arg(escapeControls(e.targetType), escapeControls(e.targetId));
        case Reason:
            return escapeControls(e.reason);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant AuditListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id:
        return tr("ID");
    case Time:
        return tr("Time");
    case Actor:
        return tr("Actor");
    case Action:
        return tr("Action");
    case Target:
        return tr("Target");
    case Outcome:
        return tr("Result");
    case Reason:
        return tr("Reason");
    case Machine:
        return tr("Machine");
    default:
        return {};
    }
}

bool AuditListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_windowed && !m_starting && !m_atEnd && !m_discovering && m_lastError.isEmpty()
        && m_directory;
}

void AuditListModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestPage(static_cast<int>(m_pageStarts.size() - 1), true);
}

void AuditListModel::setFilter(const AuditQuery &filter)
{
    m_filter = filter;
    refresh();
}

void AuditListModel::setPageSize(int rows)
{
    const int size = std::clamp(rows, 1, 100000);
    if (size == m_pageSize)
        return;
    m_pageSize = size;
    if (m_generation > 0)
        refresh(); // the pages on hand are cut for the old size
}

void AuditListModel::setWindowRows(int rows)
{
    const int size = std::max(rows, 1);
    if (size == m_windowRows)
        return;
    m_windowRows = size;
    if (m_generation > 0)
        refresh();
}

void AuditListModel::setWindowStart(qint64 logRow)
{
    if (!m_windowed)
        return;
    const qint64 start = std::clamp<qint64>(logRow, 0, std::max<qint64>(0, m_newestId - m_rows));
    if (start == m_windowStart)
        return;
    // A reset, not a move: the view then forgets the rows of the old window at once, while a
    // move would have it shift every section it keeps.
    beginResetModel();
    m_windowStart = start;
    endResetModel();
    Q_EMIT windowMoved(m_windowStart);
}

void AuditListModel::setMaxCachedPages(int pages)
{
    m_maxCachedPages = std::max(pages, MaxPendingPages);
    evictPages(-1);
}

void AuditListModel::cancelPending()
{
    for (auto &future : m_pending)
        cancelIfUnanswered(future);
    m_pending.clear();
    m_pendingOrder.clear();
    m_wanted.clear();
    m_wantedOrder.clear();
    m_discovering = false;
}

void AuditListModel::refresh()
{
    cancelPending();
    cancelIfUnanswered(m_countQuery);
    m_fetchTimer->stop();
    const quint64 generation = ++m_generation;
    // Views ask for more rows inside endResetModel(); until the first page is asked for, there is none.
    m_starting = true;
    beginResetModel();
    m_pages.clear();
    m_rows = 0;
    m_windowed = false;
    m_newestId = 0;
    m_windowStart = 0;
    m_pageStarts = {0};
    m_atEnd = false;
    m_lastError.clear();
    endResetModel();
    m_starting = false;
    if (m_total != -1) {
        m_total = -1;
        Q_EMIT totalChanged(m_total);
    }
    if (!m_directory) {
        updateFetching();
        return;
    }
    // The first page of any query is found like the next page of a filtered one.
    requestPage(0, true);
    auto count = m_directory->countAudit(m_actor, m_filter);
    m_countQuery = count;
    // Qt 6.4 runs a continuation inside then() when the answer is already there; the queued hop
    // makes every answer arrive after the caller's next request, so a stale one is recognised.
    count.then(this, [this, generation](const authdesk::Result<AuditCount> &result) {
        QMetaObject::invokeMethod(
            this, [this, generation, result] { onCount(generation, result); }, Qt::QueuedConnection);
    });
}

void AuditListModel::requestPage(int page, bool discover)
{
    if (!m_directory || m_pending.contains(page))
        return;
    AuditQuery query = m_filter;
    query.limit = m_pageSize;
    if (m_windowed) {
        query.beforeId = m_newestId - static_cast<qint64>(page) * m_pageSize + 1;
    } else {
        if (page >= m_pageStarts.size())
            return; // not found yet: only fetchMore finds it
        query.beforeId = m_pageStarts.at(page);
    }
    if (discover)
        m_discovering = true;
    const quint64 generation = m_generation;
    auto future = m_directory->listAudit(m_actor, query);
    m_pending.insert(page, future);
    m_pendingOrder.append(page);
    updateFetching();
    future.then(this, [this, generation, page, discover](const authdesk::Result<QList<AuditEvent>> &result) {
        QMetaObject::invokeMethod(
            this, [this, generation, page, discover, result] { onPage(generation, page, discover, result); },
            Qt::QueuedConnection);
    });
}

void AuditListModel::fetchWantedPages()
{
    // The most recently touched pages are what is on screen now; older wishes are dropped (a
    // later paint asks again if they are still on show).
    while (!m_wantedOrder.isEmpty()) {
        const int page = m_wantedOrder.takeLast();
        m_wanted.remove(page);
        if (m_pages.contains(page) || m_pending.contains(page))
            continue;
        // Room for it: the oldest unanswered read, which the view has scrolled past, goes.
        if (m_pending.size() >= MaxPendingPages) {
            bool dropped = false;
            for (qsizetype i = 0; i < m_pendingOrder.size() && !dropped; ++i) {
                const int old = m_pendingOrder.at(i);
                auto it = m_pending.find(old);
                if (it != m_pending.end() && !it->isFinished() && !(m_discovering && old == m_pageStarts.size() - 1)) {
                    it->cancel();
                    m_pending.erase(it);
                    m_pendingOrder.removeAt(i);
                    dropped = true;
                }
            }
            if (!dropped)
                break;
        }
        requestPage(page, false);
    }
    m_wanted.clear();
    m_wantedOrder.clear();
}

void AuditListModel::evictPages(int keep)
{
    while (m_pages.size() > m_maxCachedPages) {
        auto victim = m_pages.end();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
            if (it.key() != keep && (victim == m_pages.end() || it->lastUse < victim->lastUse))
                victim = it;
        }
        if (victim == m_pages.end())
            return;
        m_pages.erase(victim);
    }
}

void AuditListModel::onPage(quint64 generation, int page, bool discover,
                            const authdesk::Result<QList<AuditEvent>> &result)
{
    if (generation != m_generation)
        return;
    m_pending.remove(page);
    m_pendingOrder.removeOne(page);
    if (!result.ok()) {
        m_lastError = result.message();
        cancelPending();
        updateFetching();
        Q_EMIT errorOccurred(m_lastError);
        return;
    }
    const QList<AuditEvent> &events = result.value();
    if (discover && page == 0 && m_rows == 0 && !m_filter.isFiltered()) {
        // Unfiltered: the newest id numbers the whole log, so every row can be reached at once.
        m_windowed = true;
        m_atEnd = true;
        if (!events.isEmpty()) {
            m_newestId = events.constFirst().id;
            const int rows = static_cast<int>(std::min<qint64>(m_newestId, m_windowRows));
            m_pages.insert(page, Page{events, ++m_useClock});
            beginInsertRows({}, 0, rows - 1);
            m_rows = rows;
            endInsertRows();
        }
    } else if (discover && !m_windowed && page == m_pageStarts.size() - 1) {
        if (events.size() < m_pageSize)
            m_atEnd = true;
        const qsizetype room = std::numeric_limits<int>::max() - static_cast<qsizetype>(m_rows);
        const qsizetype take = std::min(events.size(), room);
        if (take < events.size())
            m_atEnd = true; // a view cannot show more rows than an int counts
        if (take > 0) {
            m_pageStarts.append(events.at(take - 1).id);
            m_pages.insert(page, Page{events.mid(0, take), ++m_useClock});
            beginInsertRows({}, m_rows, static_cast<int>(m_rows + take - 1));
            m_rows += static_cast<int>(take);
            endInsertRows();
        }
    } else {
        // A page read again after it was evicted, or a window page: its rows are there already
        // (a window page may lie partly, or now wholly, outside the window).
        const qint64 firstLogRow = static_cast<qint64>(page) * m_pageSize;
        if (firstLogRow < logRowCount()) {
            m_pages.insert(page, Page{events, ++m_useClock});
            const qint64 first = std::max<qint64>(0, firstLogRow - m_windowStart);
            const qint64 last = std::min<qint64>(m_rows - 1, firstLogRow + m_pageSize - 1 - m_windowStart);
            if (first <= last)
                Q_EMIT dataChanged(index(static_cast<int>(first), 0), index(static_cast<int>(last), ColumnCount - 1));
        }
    }
    // Only now: views (and QAbstractItemModelTester) ask for more inside endInsertRows().
    if (discover)
        m_discovering = false;
    evictPages(page);
    if (!m_wantedOrder.isEmpty())
        m_fetchTimer->start();
    updateFetching();
}
void AuditListModel::onCount(quint64 generation, const authdesk::Result<AuditCount> &result)
{
    if (generation != m_generation || !result.ok())
        return; // a refused count is reported by the page that was refused with it
    m_total = result->count;
    m_totalCheap = result->fromNewestId;
    Q_EMIT totalChanged(m_total);
}

void AuditListModel::updateFetching()
{
    const bool fetching = !m_pending.isEmpty();
    if (m_fetching == fetching)
        return;
    m_fetching = fetching;
    Q_EMIT loadingChanged(isLoading());
}

} // namespace authdesk
