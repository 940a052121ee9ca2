#pragma once
// The users of a directory as a table that is a window over the directory, not a copy of it:
// the row count is the directory's true total, rows arrive in pages when a view first touches
// them, and only a bounded number of pages stays in memory, so a million users cost what the
// screen shows. Search, filter and sort are queries the directory runs.

#include "core/Directory.h"

#include <QAbstractTableModel>
#include <QFuture>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>
#include <optional>

class QTimer;

namespace authdesk {

class UserListModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserListModel)
public:
    enum Column { Username, Email, DisplayName, Status, Mfa, Roles, CreatedAt, LastSignIn, ColumnCount };
    Q_ENUM(Column)

    enum DataRole {
        // The raw value behind a cell, for proxies that sort or filter: QString, QStringList
        // (roles), int (UserStatus; MfaState for the MFA column) or QDateTime (UTC; invalid for "never").
        UnderlyingDataRole = Qt::UserRole,
        UserIdRole, // qint64
        UserRole,   // the whole authdesk::User
    };
    Q_ENUM(DataRole)

    // What the MFA column shows; a locked authenticator shows as locked whether or not it is still active.
    enum class MfaState { NotEnrolled, Enrolled, Locked };
    Q_ENUM(MfaState)
    static MfaState mfaState(const User &user);
    // "Enrolled", "—" or "Locked", as the MFA column shows it.
    static QString mfaText(const User &user);

    static constexpr int DefaultPageSize = 200;
    static constexpr int DefaultMaxCachedPages = 50;
    // Requests queued at once; older ones the view has scrolled past are canceled, so the page
    // on screen never waits behind pages nobody looks at any more, and a caller that touches
    // every row (QAbstractItemModel::match) cannot queue the whole directory.
    static constexpr int MaxPendingPages = 4;

    // The directory must outlive the model. The first query starts when control returns to the
    // event loop; the model reports loading until then.
    UserListModel(Directory *directory, Principal actor, QObject *parent = nullptr);
    ~UserListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;
    // Re-queries the directory; columns it cannot sort on (roles) are ignored.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static bool isSortable(int column);
    // "Active", "Disabled" or "Disabled (until …)", as the Status column shows it.
    static QString statusText(const User &user, const QDateTime &nowUtc);
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    QString search() const { return m_search; }
    // Substring over username, email and display name, case-insensitive, run by the directory.
    void setSearch(const QString &search);
    UserFilter filter() const { return m_filter; }
    // Attribute filters, combined with the search; a new filter is a new query.
    void setFilter(const UserFilter &filter);

    // The query the rows answer (search, filter, sort) from the first row on, for whoever reads the
    // same list another way: the CSV export, a bulk action on every result.
    UserQuery currentQuery() const;

    // The true number of users that match the search and filter, as last reported by the directory;
    // while counting, the rows known so far (the first page).
    qint64 total() const { return m_total; }
    // Loading covers counting: the model is idle once the rows and their true total are there.
    bool isLoading() const { return m_loading; }
    // A new query (the first one, a new search, filter or sort) shows its first page at once and
    // counts its matches afterwards, in a separate request: until that answer the rows are the
    // first page only, and grow when it comes.
    bool isCounting() const { return m_counting; }
    bool isRowLoaded(int row) const;

    int pageSize() const { return m_pageSize; }
    void setPageSize(int rows);
    int maxCachedPages() const { return m_maxCachedPages; }
    void setMaxCachedPages(int pages);
    int cachedPageCount() const { return static_cast<int>(m_pages.size()); }

public Q_SLOTS:
    // Reads the current query again. When the total is unchanged the rows stay (selection and
    // scroll position survive) and only their contents are renewed; otherwise the model resets.
    void refresh();

Q_SIGNALS:
    void totalChanged(qint64 total);
    void loadingChanged(bool loading);
    void countingChanged(bool counting);
    void errorOccurred(const QString &message);

private:
    // What the rows on show are the answer to.
    struct QueryKey {
        QString search;
        UserFilter filter;
        UserSortField sortField = UserSortField::Username;
        bool descending = false;
        int pageSize = DefaultPageSize;
        bool operator==(const QueryKey &) const = default;
    };
    struct Page {
        QList<User> users;
        quint64 lastUse = 0;
    };

    QueryKey currentKey() const;
    UserQuery queryFor(const QueryKey &key, int page) const;
    // Whether a page is read from the far end of the list (performance; see queryFor).
    bool isMirrored(int page, int pageSize) const;
    void startQuery();
    void onFirstPage(quint64 generation, const QueryKey &key, bool split, const Result<UserPage> &result);
    // Asks for the total of the query on show; the caller has set m_counting and says so.
    void startCount(const QueryKey &key);
    void onCount(quint64 generation, const Result<UserPage> &result);
    void setCounting(bool counting);
    void fetchWantedPages();
    void onPage(quint64 generation, int page, const Result<UserPage> &result);
    void cancelPendingPages();
    void storePage(int page, QList<User> users);
    void updateLoading();
    // The loaded user of a row, or nullptr (and the row's page is asked for).
    const User *userAt(int row) const;
    QVariant displayData(const User &user, int column) const;
    QVariant toolTipData(const User &user, int column) const;
    static QVariant underlyingData(const User &user, int column);

    QPointer<Directory> m_directory;
    Principal m_actor;

    QString m_search;
    UserFilter m_filter;
    int m_sortColumn = Username;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_pageSize = DefaultPageSize;
    int m_maxCachedPages = DefaultMaxCachedPages;

    std::optional<QueryKey> m_shown; // unset until the first answer arrives
    qint64 m_total = 0;
    // Every new query bumps it; an answer that carries an older one is stale and dropped.
    quint64 m_generation = 0;
    QFuture<Result<UserPage>> m_query;
    bool m_queryPending = false;
    QFuture<Result<UserPage>> m_count;
    bool m_counting = false;

    mutable QHash<int, Page> m_pages;
    mutable quint64 m_useClock = 0;
    // Pages data() missed since the last fetch, most recent last.
    mutable QList<int> m_wantedOrder;
    mutable QSet<int> m_wantedPages;
    QHash<int, QFuture<Result<UserPage>>> m_pendingPages;
    QList<int> m_pendingOrder; // oldest request first
    QSet<int> m_failedPages;   // not asked for again until the next query
    QTimer *m_fetchTimer = nullptr;
    bool m_loading = false;
};

} // namespace authdesk
