#include "models/SessionListModel.h"

#include "core/policy/InputRules.h"

#include <QLocale>
#include <algorithm>
#include <limits>

namespace authdesk {

namespace {

// As in the other list models: only an unanswered request is canceled (Qt 6.4 walks the
// continuation chain of an answered one, whose data is gone).
template <typename T>
void cancelIfUnanswered(QFuture<T> &future)
{
    if (!future.isFinished())
        future.cancel();
}

QString shown(const QString &text)
{
    return InputRules::escapeForDisplay(text);
}

} // namespace

SessionListModel::SessionListModel(Directory *directory, Principal actor, QObject *parent)
    : QAbstractTableModel(parent), m_directory(directory), m_actor(std::move(actor))
{
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_generation == 0)
                refresh();
        },
        Qt::QueuedConnection);
}

SessionListModel::~SessionListModel()
{
    cancelIfUnanswered(m_pending);
    cancelIfUnanswered(m_countQuery);
}

int SessionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int SessionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags SessionListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> SessionListModel::roleNames() const
{
    auto names = QAbstractTableModel::roleNames();
    names.insert(SessionRole, QByteArrayLiteral("session"));
    names.insert(SessionIdRole, QByteArrayLiteral("sessionId"));
    names.insert(UsernameRole, QByteArrayLiteral("username"));
    names.insert(LiveRole, QByteArrayLiteral("live"));
    names.insert(TimeUtcRole, QByteArrayLiteral("timeUtc"));
    return names;
}

const SessionInfo *SessionListModel::sessionAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int SessionListModel::rowOf(qint64 sessionId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == sessionId)
            return static_cast<int>(i);
    return -1;
}

bool SessionListModel::isLive(const SessionInfo &s, const QDateTime &nowUtc)
{
    if (s.revokedAt.isValid())
        return false;
    if (s.expiresAt.isValid() && s.expiresAt <= nowUtc)
        return false;
    return !(s.idleExpiresAt.isValid() && s.idleExpiresAt <= nowUtc);
}

QString SessionListModel::stateText(const SessionInfo &s, const QDateTime &nowUtc)
{
    if (s.revokedAt.isValid())
        return s.revokedReason.isEmpty() ? tr("Ended") : tr("Ended: %1").arg(shown(s.revokedReason));
    if (!isLive(s, nowUtc))
        return tr("Expired");
    return s.passwordChangeOnly ? tr("Live (password change only)") : tr("Live");
}

QString SessionListModel::kindText(SessionInfo::Kind kind)
{
    return kind == SessionInfo::Kind::Session ? tr("Session") : tr("Refresh family");
}

QDateTime SessionListModel::effectiveExpiry(const SessionInfo &s)
{
    if (!s.idleExpiresAt.isValid())
        return s.expiresAt;
    if (!s.expiresAt.isValid())
        return s.idleExpiresAt;
    return std::min(s.idleExpiresAt, s.expiresAt);
}

QString SessionListModel::localTime(const QDateTime &utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QString SessionListModel::utcTime(const QDateTime &utc)
{
    return utc.isValid() ? tr("%1 UTC").arg(utc.toUTC().toString(Qt::ISODate)) : QString();
}

QVariant SessionListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SessionInfo &s = m_rows.at(index.row());
    const auto timeOf = [&s](int column) -> QDateTime {
        switch (column) {
        case Created:
            return s.createdAt;
        case LastSeen:
            return s.lastSeenAt;
        case Expires:
            return effectiveExpiry(s);
        case State:
            return s.revokedAt;
        default:
            return {};
        }
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Username:
            return shown(s.username);
        case Kind:
            return kindText(s.kind);
        case Created:
        case LastSeen:
        case Expires:
            return localTime(timeOf(index.column()));
        case Ip:
            return s.ip.isEmpty() ? tr("unknown") : shown(s.ip);
        case UserAgent:
            return s.userAgent.isEmpty() ? tr("unknown") : shown(s.userAgent);
        case Mfa:
            return s.mfaUsed ? tr("yes") : tr("no");
        case State:
            return stateText(s, QDateTime::currentDateTimeUtc());
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Username:
            return tr("Account #%1").arg(s.userId);
        case Kind:
            return s.kind == SessionInfo::Kind::Session
                ? tr("A server session: the application checks its token with the directory")
                : tr("A refresh-token family: rotated %n time(s); ending it ends every token it issued", nullptr,
                     static_cast<int>(std::min<qint64>(s.generation, std::numeric_limits<int>::max())));
        case Created:
        case LastSeen:
            return utcTime(timeOf(index.column()));
        case Expires:
            if (s.idleExpiresAt.isValid())
                return tr("Idle expiry: %1\nAbsolute expiry: %2").arg(utcTime(s.idleExpiresAt), utcTime(s.expiresAt));
            return tr("Absolute expiry: %1").arg(utcTime(s.expiresAt));
        case UserAgent:
            return shown(s.userAgent); // often wider than the column
        case Mfa:
            return s.mfaUsed ? tr("Signed in with a second factor") : tr("Signed in with the password alone");
        case State:
            if (s.revokedAt.isValid())
                return tr("Ended %1").arg(utcTime(s.revokedAt));
            return {};
        }
        return {};
    case SessionRole:
        return QVariant::fromValue(s);
    case SessionIdRole:
        return s.id;
    case UsernameRole:
        return s.username;
    case LiveRole:
        return isLive(s, QDateTime::currentDateTimeUtc());
    case TimeUtcRole: {
        const QDateTime t = timeOf(index.column());
        return t.isValid() ? QVariant(t) : QVariant();
    }
    }
    return {};
}

QVariant SessionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case LastSeen:
            return tr("The list is in this order, the latest activity first");
        case Expires:
            return tr("When the session stops working unless used or ended first: the earlier of its idle and "
                      "absolute expiry");
        case Mfa:
            return tr("Whether the sign-in used a second factor");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Username:
        return tr("User");
    case Kind:
        return tr("Kind");
    case Created:
        return tr("Created");
    case LastSeen:
        return tr("Last seen");
    case Expires:
        return tr("Expires");
    case Ip:
        return tr("IP address");
    case UserAgent:
        return tr("User agent");
    case Mfa:
        return tr("MFA");
    case State:
        return tr("State");
    }
    return {};
}

bool SessionListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_directory && m_generation > 0 && !m_starting && !m_fetching && !m_atEnd
        && m_lastError.isEmpty();
}

void SessionListModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestPage();
}

void SessionListModel::setUserFilter(const QString &user)
{
    setFilter(user, m_includeEnded);
}

void SessionListModel::setIncludeEnded(bool include)
{
    setFilter(m_user, include);
}

void SessionListModel::setFilter(const QString &user, bool includeEnded)
{
    m_user = user.trimmed();
    m_includeEnded = includeEnded;
    refresh();
}

void SessionListModel::setPageSize(int rows)
{
    const int size = std::clamp(rows, 1, 10000);
    if (size == m_pageSize)
        return;
    m_pageSize = size;
    if (m_generation > 0)
        refresh();
}

void SessionListModel::setFlags(bool fetching, bool counting)
{
    m_fetching = fetching;
    m_counting = counting;
    const bool loading = isLoading();
    if (loading == m_wasLoading)
        return;
    m_wasLoading = loading;
    Q_EMIT loadingChanged(loading);
}

void SessionListModel::refresh()
{
    cancelIfUnanswered(m_pending);
    cancelIfUnanswered(m_countQuery);
    const quint64 generation = ++m_generation;
    // Views ask for more rows inside endResetModel(); the first page is asked for right after.
    m_starting = true;
    beginResetModel();
    m_rows.clear();
    m_ids.clear();
    m_atEnd = false;
    m_lastError.clear();
    endResetModel();
    m_starting = false;
    m_total = -1;
    m_liveTotal = -1;
    Q_EMIT totalChanged();
    if (!m_directory) {
        setFlags(false, false);
        return;
    }
    requestPage();
    if (m_includeEnded) {
        // How many of them are live: the same query without the ended rows, counted only.
        SessionQuery live;
        live.user = m_user;
        live.includeEnded = false;
        live.limit = 1;
        m_countQuery = m_directory->listSessions(m_actor, live);
        setFlags(m_fetching, true);
        // The queued hop: Qt 6.4 runs a continuation inside then() when the answer is already there.
        m_countQuery.then(this, [this, generation](const authdesk::Result<SessionPage> &result) {
            QMetaObject::invokeMethod(
                this, [this, generation, result] { onLiveCount(generation, result); }, Qt::QueuedConnection);
        });
    }
}

void SessionListModel::requestPage()
{
    if (!m_directory)
        return;
    SessionQuery query;
    query.user = m_user;
    query.includeEnded = m_includeEnded;
    // Keyset: the next page starts after the last row shown (rows never move in that order).
    query.beforeId = m_rows.isEmpty() ? 0 : m_rows.last().id;
    query.limit = m_pageSize;
    const quint64 generation = m_generation;
    m_pending = m_directory->listSessions(m_actor, query);
    setFlags(true, m_counting);
    m_pending.then(this, [this, generation](const authdesk::Result<SessionPage> &result) {
        QMetaObject::invokeMethod(
            this, [this, generation, result] { onPage(generation, result); }, Qt::QueuedConnection);
    });
}

void SessionListModel::onPage(quint64 generation, const authdesk::Result<SessionPage> &result)
{
    if (generation != m_generation)
        return;
    if (!result.ok()) {
        m_lastError = result.message();
        m_atEnd = true;
        cancelIfUnanswered(m_countQuery);
        setFlags(false, false);
        Q_EMIT errorOccurred(m_lastError);
        return;
    }
    const SessionPage &page = result.value();
    QList<SessionInfo> fresh;
    for (const SessionInfo &s : page.sessions)
        if (!m_ids.contains(s.id))
            fresh << s;
    const qsizetype room = std::numeric_limits<int>::max() - m_rows.size();
    if (fresh.size() > room)
        fresh.resize(room);
    // The end: a short page (or no room left in the model).
    m_atEnd = page.sessions.size() < m_pageSize || room <= fresh.size();
    m_total = page.total;
    if (!m_includeEnded)
        m_liveTotal = page.total;
    // Still fetching while the rows go in: a view asking for more inside endInsertRows() waits.
    if (!fresh.isEmpty()) {
        beginInsertRows({}, static_cast<int>(m_rows.size()), static_cast<int>(m_rows.size() + fresh.size() - 1));
        for (const SessionInfo &s : std::as_const(fresh)) {
            m_ids.insert(s.id);
            m_rows << s;
        }
        endInsertRows();
    }
    setFlags(false, m_counting);
    Q_EMIT totalChanged();
}

void SessionListModel::onLiveCount(quint64 generation, const authdesk::Result<SessionPage> &result)
{
    if (generation != m_generation)
        return;
    // A refused count is reported by the page that was refused with it.
    if (result.ok())
        m_liveTotal = result->total;
    setFlags(m_fetching, false);
    Q_EMIT totalChanged();
}

} // namespace authdesk
