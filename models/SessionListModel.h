#pragma once
// Applications' sessions and refresh-token families as a table, in the directory's order (the
// latest activity first), read in pages as the view scrolls (canFetchMore/fetchMore). The filter
// is one user or everyone, with or without the ended rows; the directory does the filtering and
// the ordering, so the model never sorts what it has only part of. Rows that the directory's
// paging brings twice (a new session moves the offsets) are kept once.

#include "core/Directory.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QFuture>
#include <QList>
#include <QPointer>
#include <QSet>

namespace authdesk {

class SessionListModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionListModel)
public:
    enum Column { Username, Kind, Created, LastSeen, Expires, Ip, UserAgent, Mfa, State, ColumnCount };
    Q_ENUM(Column)

    enum DataRole {
        SessionRole = Qt::UserRole, // the whole authdesk::SessionInfo
        SessionIdRole,              // qint64
        UsernameRole,               // QString, as the directory has it
        LiveRole,                   // bool: neither revoked nor expired now
        TimeUtcRole,                // QDateTime (UTC) of the time columns
    };
    Q_ENUM(DataRole)

    static constexpr int DefaultPageSize = 200;

    // The directory must outlive the model. The first read starts from the event loop, so whoever
    // makes the model connects to its signals first; until then it reports loading.
    SessionListModel(Directory *directory, Principal actor, QObject *parent = nullptr);
    ~SessionListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // One user's sessions (a username, email or #id), or everyone's (empty). Each starts over.
    QString userFilter() const { return m_user; }
    void setUserFilter(const QString &user);
    bool includeEnded() const { return m_includeEnded; }
    void setIncludeEnded(bool include);
    void setFilter(const QString &user, bool includeEnded);

    int pageSize() const { return m_pageSize; }
    void setPageSize(int rows);

    // The rows matching the filter as the directory last counted them (-1 until known), and the
    // live sessions among them (the same number without "include ended"; counted apart with it).
    qint64 total() const { return m_total; }
    qint64 liveTotal() const { return m_liveTotal; }
    bool isLoading() const { return m_starting || m_fetching || m_counting; }
    QString lastError() const { return m_lastError; }

    const SessionInfo *sessionAt(int row) const;
    // The row of a session id, or -1.
    int rowOf(qint64 sessionId) const;

    // What the State column says of a session at NOW (UTC): live, ended (and why) or expired.
    static bool isLive(const SessionInfo &session, const QDateTime &nowUtc);
    static QString stateText(const SessionInfo &session, const QDateTime &nowUtc);
    static QString kindText(SessionInfo::Kind kind);
    // When a session stops working if nothing ends it first: the earlier of its idle and absolute expiry.
    static QDateTime effectiveExpiry(const SessionInfo &session);
    static QString localTime(const QDateTime &utc);
    static QString utcTime(const QDateTime &utc);

public Q_SLOTS:
    // Starts over with the current filter.
    void refresh();

Q_SIGNALS:
    void totalChanged();
    void loadingChanged(bool loading);
    void errorOccurred(const QString &message);

private:
    void requestPage();
    void onPage(quint64 generation, const authdesk::Result<SessionPage> &result);
    void onLiveCount(quint64 generation, const authdesk::Result<SessionPage> &result);
    void setFlags(bool fetching, bool counting);

    QPointer<Directory> m_directory;
    Principal m_actor;
    QString m_user;
    bool m_includeEnded = false;
    int m_pageSize = DefaultPageSize;

    QList<SessionInfo> m_rows;
    QSet<qint64> m_ids;
    qint64 m_total = -1;
    qint64 m_liveTotal = -1;
    bool m_atEnd = false;
    QString m_lastError;
    // Every new query bumps it; an answer that carries an older one is dropped.
    quint64 m_generation = 0;
    bool m_starting = true;
    bool m_fetching = false;
    bool m_counting = false;
    bool m_wasLoading = true;
    QFuture<authdesk::Result<SessionPage>> m_pending;
    QFuture<authdesk::Result<SessionPage>> m_countQuery;
};

} // namespace authdesk

Q_DECLARE_METATYPE(authdesk::SessionInfo)
