#include "models/UserListModel.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>
#include <QTimer>
#include <algorithm>
#include <limits>

namespace authdesk {

namespace {

// Cancels a request the directory has not answered yet, so its worker skips it. An answered one
// is left alone: Qt 6.4's QFuture::cancel() walks the continuation chain, whose data is gone
// once the continuation has run. Continuations run on this (the GUI) thread, so a request
// answered after the check still has its continuation pending and the walk is safe.
//
// The other Qt 6.4 trap: then() on a future that is already finished runs the continuation at
// once, inside then(). So a request is recorded before then() is called, then() is called on a
// local copy, and no continuation touches the future object then() runs on.
void cancelIfUnanswered(QFuture<Result<UserPage>> &future)
{
    if (!future.isFinished())
        future.cancel();
}

std::optional<UserSortField> sortFieldFor(int column)
{
    switch (column) {
    case UserListModel::Username:
        return UserSortField::Username;
    case UserListModel::Email:
        return UserSortField::Email;
    case UserListModel::DisplayName:
        return UserSortField::DisplayName;
    case UserListModel::Status:
        return UserSortField::AccountStatus;
    case UserListModel::CreatedAt:
        return UserSortField::CreatedAt;
    case UserListModel::LastSignIn:
        return UserSortField::LastSignInAt;
    default:
        return std::nullopt; // roles: the directory cannot sort on a list
    }
}

QString shortLocalTime(const QDateTime &utc)
{
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

QString longLocalTime(const QDateTime &utc)
{
    return QLocale().toString(utc.toLocalTime(), QLocale::LongFormat);
}

} // namespace

UserListModel::UserListModel(Directory *directory, Principal actor, QObject *parent)
    : QAbstractTableModel(parent),
      m_directory(directory),
      m_actor(std::move(actor)),
      m_queryPending(true),
      m_fetchTimer(new QTimer(this)),
      m_loading(true)
{
    // data() only notes which pages it misses; one pass of the event loop later they are asked
    // for together, and only those the view still wants.
    m_fetchTimer->setSingleShot(true);
    m_fetchTimer->setInterval(0);
    connect(m_fetchTimer, &QTimer::timeout, this, &UserListModel::fetchWantedPages);
    // The first query starts from the event loop, so whoever creates the model has connected to
    // its signals before an answer (which may come at once) can arrive. Loading until then.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_generation == 0) // no query started meanwhile (setSearch, sort …)
                startQuery();
        },
        Qt::QueuedConnection);
}

UserListModel::~UserListModel()
{
    // Queued requests nobody will read are skipped by the directory's worker.
    cancelIfUnanswered(m_query);
    cancelIfUnanswered(m_count);
    cancelPendingPages();
}

int UserListModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return static_cast<int>(std::min<qint64>(m_total, std::numeric_limits<int>::max()));
}

int UserListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags UserListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> UserListModel::roleNames() const
{
    auto names = QAbstractTableModel::roleNames();
    names.insert(UnderlyingDataRole, QByteArrayLiteral("underlyingData"));
    names.insert(UserIdRole, QByteArrayLiteral("userId"));
    names.insert(UserRole, QByteArrayLiteral("user"));
    return names;
}

bool UserListModel::isSortable(int column)
{
    return sortFieldFor(column).has_value();
}

QVariant UserListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Username:
            return tr("Username");
        case Email:
            return tr("Email");
        case DisplayName:
            return tr("Display name");
        case Status:
            return tr("Status");
        case Mfa:
            return tr("MFA");
        case Roles:
            return tr("Roles");
        case CreatedAt:
            return tr("Created");
        case LastSignIn:
            return tr("Last sign-in");
        }
    } else if (role == Qt::InitialSortOrderRole) {
        // Newest first is what people look for in a date column.
        return static_cast<int>(section == CreatedAt || section == LastSignIn ? Qt::DescendingOrder
                                                                              : Qt::AscendingOrder);
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case Username:
            return tr("The name the user signs in with");
        case Email:
            return tr("The user's email address; it can also be used to sign in");
        case DisplayName:
            return tr("The name shown to people");
        case Status:
            return tr("Whether the account may sign in");
        case Mfa:
            return tr("Whether the user has an active authenticator app, or it is locked after too many wrong "
                      "codes. This column cannot be sorted.");
        case Roles:
            return tr("The roles the user holds, which grant console and application permissions. "
                      "This column cannot be sorted.");
        case CreatedAt:
            return tr("When the account was created (local time)");
        case LastSignIn:
            return tr("When the user last signed in (local time)");
        }
    }
    return {};
}

bool UserListModel::isRowLoaded(int row) const
{
    if (row < 0 || row >= rowCount())
        return false;
    const auto it = m_pages.constFind(row / m_pageSize);
    return it != m_pages.constEnd() && row % m_pageSize < it->users.size();
}

const User *UserListModel::userAt(int row) const
{
    const int page = row / m_pageSize;
    const auto it = m_pages.find(page);
    if (it != m_pages.end()) {
        const qsizetype offset = row % m_pageSize;
        if (offset >= it->users.size())
            return nullptr;
        it->lastUse = ++m_useClock;
        return &it->users.at(offset);
    }
    // While a new query is on its way the rows on show are about to go; asking for their
    // pages now would only delay the answer.
    if (!m_queryPending && !m_failedPages.contains(page) && !m_wantedPages.contains(page)) {
        m_wantedPages.insert(page);
        m_wantedOrder.append(page);
        m_fetchTimer->start();
    }
    return nullptr;
}

QVariant UserListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Qt::ForegroundRole:
    case UnderlyingDataRole:
    case UserIdRole:
    case UserRole:
        break;
    default:
        return {}; // no fetch for roles a view asks about every cell (font, colours, alignment)
    }
    const User *user = userAt(index.row());
    if (!user) {
        if (role == Qt::DisplayRole && index.column() == Username)
            return QStringLiteral("\u2026"); // a placeholder until the row's page arrives
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        return displayData(*user, index.column());
    case Qt::ToolTipRole:
        return toolTipData(*user, index.column());
    case Qt::ForegroundRole:
        // Accounts that cannot sign in are dimmed, so they stand out in a long list.
        if (!user->isEffectivelyActive(QDateTime::currentDateTimeUtc()))
            return QGuiApplication::palette().brush(QPalette::Active, QPalette::PlaceholderText);
        return {};
    case UnderlyingDataRole:
        return underlyingData(*user, index.column());
    case UserIdRole:
        return user->id;
    case UserRole:
        return QVariant::fromValue(*user);
    }
    return {};
}

QVariant UserListModel::displayData(const User &user, int column) const
{
    switch (column) {
    case Username:
        return user.username;
    case Email:
        return user.email;
    case DisplayName:
        return user.displayName;
    case Status:
        return statusText(user, QDateTime::currentDateTimeUtc());
    case Mfa:
        return mfaText(user);
    case Roles:
        return user.roles.join(QStringLiteral(", "));
    case CreatedAt:
        return shortLocalTime(user.createdAt);
    case LastSignIn:
        return user.lastSignInAt.isValid() ? shortLocalTime(user.lastSignInAt) : tr("Never");
    }
    return {};
}

QString UserListModel::statusText(const User &user, const QDateTime &nowUtc)
{
    if (user.isEffectivelyActive(nowUtc))
        return tr("Active");
    if (user.disabledUntil.isValid())
        return tr("Disabled (until %1)").arg(shortLocalTime(user.disabledUntil));
    return tr("Disabled");
}

UserListModel::MfaState UserListModel::mfaState(const User &user)
{
    if (user.locked)
        return MfaState::Locked;
    return user.mfaEnrolled ? MfaState::Enrolled : MfaState::NotEnrolled;
}

QString UserListModel::mfaText(const User &user)
{
    switch (mfaState(user)) {
    case MfaState::Enrolled:
        return tr("Enrolled");
    case MfaState::Locked:
        return tr("Locked");
    case MfaState::NotEnrolled:
        break;
    }
    return QStringLiteral("—");
}

QVariant UserListModel::toolTipData(const User &user, int column) const
{
    switch (column) {
    case Username:
        if (user.mustChangePassword)
            return tr("%1 must change the password at the next sign-in.").arg(user.username);
        if (!user.hasPassword)
            return tr("%1 has no password yet.").arg(user.username);
        return {};
    case Status:
        if (user.status == UserStatus::Disabled && !user.disabledReason.isEmpty())
            return tr("Reason: %1").arg(user.disabledReason);
        return {};
    case Mfa:
        switch (mfaState(user)) {
        case MfaState::Enrolled:
            return tr("%1 signs in with an authenticator app.").arg(user.username);
        case MfaState::Locked:
            return tr("The authenticator of %1 is locked after too many wrong codes: it waits out a delay, or it "
                      "was disabled and needs a new enrollment.")
                .arg(user.username);
        case MfaState::NotEnrolled:
            break;
        }
        return tr("%1 has no authenticator app.").arg(user.username);
    case Roles:
        return user.roles.isEmpty() ? tr("No roles") : user.roles.join(QLatin1Char('\n'));
    case CreatedAt:
        return longLocalTime(user.createdAt);
    case LastSignIn:
        return user.lastSignInAt.isValid() ? longLocalTime(user.lastSignInAt) : tr("Has never signed in");
    }
    return {};
}

QVariant UserListModel::underlyingData(const User &user, int column)
{
    switch (column) {
    case Username:
        return user.username;
    case Email:
        return user.email;
    case DisplayName:
        return user.displayName;
    case Status:
        return static_cast<int>(user.status);
    case Mfa:
        return static_cast<int>(mfaState(user));
    case Roles:
        return user.roles;
    case CreatedAt:
        return user.createdAt;
    case LastSignIn:
        return user.lastSignInAt;
    }
    return {};
}

void UserListModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column) || (column == m_sortColumn && order == m_sortOrder))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    startQuery();
}

void UserListModel::setSearch(const QString &search)
{
    if (search == m_search)
        return;
    m_search = search;
    startQuery();
}

void UserListModel::setFilter(const UserFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    startQuery();
}

void UserListModel::setPageSize(int rows)
{
    rows = std::max(1, rows);
    if (rows == m_pageSize)
        return;
    m_pageSize = rows;
    startQuery();
}

void UserListModel::setMaxCachedPages(int pages)
{
    m_maxCachedPages = std::max(1, pages);
    while (m_pages.size() > m_maxCachedPages) {
        const auto oldest = std::min_element(m_pages.cbegin(), m_pages.cend(),
                                             [](const Page &a, const Page &b) { return a.lastUse < b.lastUse; });
        m_pages.erase(oldest);
    }
}

void UserListModel::refresh()
{
    startQuery();
}

UserListModel::QueryKey UserListModel::currentKey() const
{
    return QueryKey{m_search, m_filter, sortFieldFor(m_sortColumn).value_or(UserSortField::Username),
                    m_sortOrder == Qt::DescendingOrder, m_pageSize};
}

UserQuery UserListModel::queryFor(const QueryKey &key, int page) const
{
    UserQuery query;
    query.search = key.search;
    query.filter = key.filter;
    query.sortField = key.sortField;
    query.descending = key.descending;
    query.offset = static_cast<qint64>(page) * key.pageSize;
    query.limit = key.pageSize;
    // Performance (issue 4, bench): an OFFSET costs every row it skips, so a page in the far half
    // is read in the opposite order from the other end (onPage turns it back round); the last
    // row is then as cheap as the first and no page skips more than half the rows.
    if (isMirrored(page, key.pageSize)) {
        const qint64 end = std::min<qint64>(m_total, query.offset + key.pageSize);
        query.descending = !key.descending;
        query.limit = end - query.offset;
        query.offset = m_total - end;
    }
    return query;
}

UserQuery UserListModel::currentQuery() const
{
    UserQuery query = queryFor(currentKey(), 0);
    query.withTotal = true;
    return query;
}

bool UserListModel::isMirrored(int page, int pageSize) const
{
    return page > 0 && static_cast<qint64>(page) * pageSize >= m_total / 2;
}

void UserListModel::startQuery()
{
    // Whatever was asked for under the previous query is of no use any more.
    cancelIfUnanswered(m_query);
    cancelIfUnanswered(m_count);
    setCounting(false);
    cancelPendingPages();
    m_wantedPages.clear();
    m_wantedOrder.clear();
    const quint64 generation = ++m_generation;
    if (!m_directory) {
        m_queryPending = false;
        updateLoading();
        return;
    }
    const QueryKey key = currentKey();
    m_queryPending = true;
    updateLoading();
    // When the same query is read again, the first page brings the total with it: one round trip
    // that tells whether the rows still line up. Performance (issue 4, open and search as you type):
    // counting costs a scan of an index (a million users: tens of ms) or, with a search, of the
    // whole table, while the first page stops after a page of rows; so a new query asks for the
    // page alone, shows it, and counts afterwards (startCount).
    const bool split = !(m_shown == key);
    UserQuery query = queryFor(key, 0);
    query.withTotal = !split;
    auto future = m_directory->listUsers(m_actor, query);
    m_query = future;
    // Qt 6.4 runs a continuation at once, inside then(), when the answer is already there; the
    // queued hop makes every answer arrive after the caller's next request, so a superseded one
    // is always recognised by its generation.
    future.then(this, [this, generation, key, split](const Result<UserPage> &result) {
        QMetaObject::invokeMethod(
            this, [this, generation, key, split, result] { onFirstPage(generation, key, split, result); },
            Qt::QueuedConnection);
    });
}

void UserListModel::onFirstPage(quint64 generation, const QueryKey &key, bool split, const Result<UserPage> &result)
{
    if (generation != m_generation)
        return;
    m_queryPending = false;
    if (!result.ok()) {
        updateLoading();
        Q_EMIT errorOccurred(result.message());
        return;
    }
    const qint64 oldTotal = m_total;
    if (split) {
        // A short first page is every match there is; a full one is shown at once and counted.
        const auto shown = static_cast<qint64>(result->users.size());
        const bool complete = shown < key.pageSize;
        beginResetModel();
        m_pages.clear();
        m_failedPages.clear();
        m_shown = key;
        m_total = shown;
        storePage(0, result->users);
        // Counting already when the view first sees the rows, so it can say so.
        m_counting = !complete && m_directory;
        endResetModel();
        if (generation != m_generation)
            return; // a slot of the reset started another query
        if (!m_counting) {
            updateLoading();
            if (m_total != oldTotal)
                Q_EMIT totalChanged(m_total);
        } else {
            startCount(key);
            Q_EMIT countingChanged(true);
        }
        return;
    }
    const bool sameRows = m_shown == key && result->total == m_total;
    if (sameRows) {
        // A refresh that found as many users: renew the contents, keep the rows (and with
        // them the view's selection and scroll position).
        m_pages.clear();
        m_failedPages.clear();
        storePage(0, result->users);
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    } else {
        beginResetModel();
        m_pages.clear();
        m_failedPages.clear();
        m_shown = key;
        m_total = result->total;
        storePage(0, result->users);
        endResetModel();
    }
    updateLoading();
    if (m_total != oldTotal)
        Q_EMIT totalChanged(m_total);
}

void UserListModel::startCount(const QueryKey &key)
{
    const quint64 generation = m_generation;
    UserQuery query = queryFor(key, 0);
    query.limit = 0; // the total alone
    query.withTotal = true;
    auto future = m_directory->listUsers(m_actor, query);
    m_count = future;
    updateLoading();
    future.then(this, [this, generation](const Result<UserPage> &result) {
        QMetaObject::invokeMethod(
            this, [this, generation, result] { onCount(generation, result); }, Qt::QueuedConnection);
    });
}

void UserListModel::onCount(quint64 generation, const Result<UserPage> &result)
{
    if (generation != m_generation)
        return; // the count of a query that is no longer on show
    setCounting(false);
    if (!result.ok()) {
        updateLoading();
        Q_EMIT errorOccurred(result.message());
        return;
    }
    const qint64 total = result->total;
    if (total < m_total) {
        // Users went away between the page and the count: the page no longer lines up.
        startQuery();
        return;
    }
    if (total > m_total) {
        beginInsertRows({}, rowCount(), static_cast<int>(std::min<qint64>(total, std::numeric_limits<int>::max())) - 1);
        m_total = total;
        endInsertRows();
    }
    updateLoading();
    Q_EMIT totalChanged(m_total);
}

void UserListModel::setCounting(bool counting)
{
    if (counting == m_counting)
        return;
    m_counting = counting;
    Q_EMIT countingChanged(counting);
}

void UserListModel::fetchWantedPages()
{
    m_wantedPages.clear();
    const QList<int> touched = std::exchange(m_wantedOrder, {});
    if (!m_directory || m_queryPending || !m_shown)
        return;
    // The most recently touched pages, at most as many as may be pending.
    QList<int> pages;
    for (auto it = touched.crbegin(); it != touched.crend() && pages.size() < MaxPendingPages; ++it)
        if (!m_pages.contains(*it) && !m_pendingPages.contains(*it) && !m_failedPages.contains(*it))
            pages.prepend(*it);
    for (int page : std::as_const(pages)) {
        if (m_queryPending)
            return; // an answer that came at once started a new query
        const quint64 generation = m_generation;
        UserQuery query = queryFor(*m_shown, page);
        // Without a search or filter the count is cheap and tells whether the rows still line up;
        // with one it may rescan the table for every page.
        query.withTotal = m_shown->search.isEmpty() && m_shown->filter.isEmpty();
        auto future = m_directory->listUsers(m_actor, query);
        m_pendingPages.insert(page, future);
        m_pendingOrder.append(page);
        updateLoading();
        future.then(this, [this, generation, page](const Result<UserPage> &result) {
            QMetaObject::invokeMethod(
                this, [this, generation, page, result] { onPage(generation, page, result); }, Qt::QueuedConnection);
        });
    }
    // The directory answers in order; drop the oldest requests the view no longer shows.
    const QSet<int> wanted(touched.cbegin(), touched.cend());
    for (auto it = m_pendingOrder.begin(); it != m_pendingOrder.end() && m_pendingPages.size() > MaxPendingPages;) {
        if (wanted.contains(*it)) {
            ++it;
            continue;
        }
        cancelIfUnanswered(m_pendingPages[*it]);
        m_pendingPages.remove(*it);
        it = m_pendingOrder.erase(it);
    }
    updateLoading();
}

void UserListModel::onPage(quint64 generation, int page, const Result<UserPage> &result)
{
    if (generation != m_generation)
        return;
    m_pendingPages.remove(page);
    m_pendingOrder.removeOne(page);
    if (!result.ok()) {
        m_failedPages.insert(page);
        updateLoading();
        Q_EMIT errorOccurred(result.message());
        return;
    }
    if (result->total >= 0 && result->total != m_total) {
        // Someone added or removed users since the total was read: the rows would no longer
        // line up with the pages, so read everything again.
        startQuery();
        return;
    }
    QList<User> users = result->users;
    if (m_shown && isMirrored(page, m_shown->pageSize))
        std::reverse(users.begin(), users.end()); // read from the other end (queryFor)
    storePage(page, std::move(users));
    updateLoading();
    const int first = page * m_pageSize;
    const int last = std::min(rowCount() - 1, first + m_pageSize - 1);
    if (first <= last)
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

void UserListModel::cancelPendingPages()
{
    for (auto &future : m_pendingPages)
        cancelIfUnanswered(future);
    m_pendingPages.clear();
    m_pendingOrder.clear();
}

void UserListModel::storePage(int page, QList<User> users)
{
    if (users.isEmpty())
        return;
    m_pages.insert(page, Page{std::move(users), ++m_useClock});
    // Least recently used pages go first; the one just stored is the most recent.
    setMaxCachedPages(m_maxCachedPages);
}

void UserListModel::updateLoading()
{
    const bool loading = m_queryPending || m_counting || !m_pendingPages.isEmpty();
    if (loading == m_loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

} // namespace authdesk
