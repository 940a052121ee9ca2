#pragma once
// The audit log as a table, newest event first, read from the directory in keyset-paged windows
// as the view scrolls (canFetchMore/fetchMore), so a log of tens of millions of events costs what
// has been scrolled through, and the first screen costs one page at any size. Filters are queries
// the directory runs; setting them starts over.

#include "core/Directory.h"

#include <QAbstractTableModel>
#include <QFuture>
#include <QList>
#include <QPointer>

namespace authdesk {

class AuditListModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditListModel)
public:
    enum Column { Id, Time, Actor, Action, Target, Outcome, Reason, Machine, ColumnCount };
    Q_ENUM(Column)

    enum DataRole {
        EventRole = Qt::UserRole, // the whole authdesk::AuditEvent, before/after JSON included
        EventIdRole,              // qint64
        TimeUtcRole,              // QDateTime, UTC
    };
    Q_ENUM(DataRole)

    static constexpr int DefaultPageSize = 500;

    // The directory must outlive the model. The first query starts when control returns to the
    // event loop; the model reports loading until then.
    AuditListModel(Directory *directory, Principal actor, QObject *parent = nullptr);
    ~AuditListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // The filters of the query (its limit and beforeId are the model's own); re-queries.
    AuditQuery filter() const { return m_filter; }
    void setFilter(const AuditQuery &filter);

    // Matching events as last counted by the directory (-1 until known), and whether that number
    // was read off the newest id (cheap) rather than counted over the filtered rows.
    qint64 total() const { return m_total; }
    bool totalIsCheap() const { return m_totalCheap; }
    bool isLoading() const { return m_fetching || m_starting; }
    bool atEnd() const { return m_atEnd; }
    QString lastError() const { return m_lastError; }
    const AuditEvent *eventAt(int row) const;

    int pageSize() const { return m_pageSize; }
    void setPageSize(int rows);

    static QString resultText(AuditResult result);
    // Control characters (C0, DEL, C1, line and paragraph separators, bidi controls) as \uXXXX,
    // so a name cannot fake a line break or reorder what the admin reads.
    static QString escapeControls(const QString &text);

public Q_SLOTS:
    // Starts over from the newest event with the current filters.
    void refresh();

Q_SIGNALS:
    void totalChanged(qint64 total);
    void loadingChanged(bool loading);
    void errorOccurred(const QString &message);

private:
    void fetchPage();
    void onPage(quint64 generation, const authdesk::Result<QList<AuditEvent>> &result);
    void onCount(quint64 generation, const authdesk::Result<AuditCount> &result);
    void setFetching(bool fetching);

    QPointer<Directory> m_directory;
    Principal m_actor;
    AuditQuery m_filter;
    int m_pageSize = DefaultPageSize;

    QList<AuditEvent> m_events;
    // Every new query bumps it; an answer that carries an older one is stale and dropped.
    quint64 m_generation = 0;
    QFuture<authdesk::Result<QList<AuditEvent>>> m_pageQuery;
    QFuture<authdesk::Result<AuditCount>> m_countQuery;
    bool m_starting = true;
    bool m_fetching = false;
    bool m_atEnd = false;
    QString m_lastError;
    qint64 m_total = -1;
    bool m_totalCheap = false;
};

} // namespace authdesk
