#pragma once
// The audit log as a table, newest event first, read from the directory in keyset-paged windows
// and holding only a bounded number of pages, so a log of tens of millions of events costs what
// the screen shows. Unfiltered, the chain numbers events 1, 2, 3 … without gaps, so the log's row
// n is event newest - n and any row (the last one too) is one keyset page away; the model's rows
// are then a window of at most windowRows() of the log's rows, from windowStart() on, which the
// view moves (AuditView): a view keeps per-row state (QHeaderView: one section a row), which at
// ten million rows costs a third of a second and 120 MB before the first page shows. Filtered,
// pages are found in order as the view scrolls (canFetchMore/fetchMore); each page's starting id
// is kept, so an evicted page is read again from there. Filters are queries the directory runs;
// setting them starts over.

#include "core/Directory.h"

#include <QAbstractTableModel>
#include <QFuture>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>

class QTimer;

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
    static constexpr int DefaultMaxCachedPages = 20;
    // Page reads queued at once; the ones the view scrolled past are dropped first.
    static constexpr int MaxPendingPages = 4;
    // Rows the model shows at once over an unfiltered log; the view moves the window.
    static constexpr int DefaultWindowRows = 20000;

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
    // The loaded event of a row, or nullptr while its page is on its way (and then asked for).
    const AuditEvent *eventAt(int row) const;
    bool isRowLoaded(int row) const;
    // Unfiltered: every row of the log can be reached at once, through the window (see above).
    bool isWindowed() const { return m_windowed; }
    // The log's rows the model can reach: windowed, every event; otherwise the rows found so far.
    qint64 logRowCount() const { return m_windowed ? m_newestId : m_rows; }
    // The log's row shown as the model's row 0 (0 unless windowed).
    qint64 windowStart() const { return m_windowStart; }
    // Shows the log's rows from logRow on (kept within the log); the model resets when the
    // window moves, and the pages already read stay. No effect unless windowed.
    void setWindowStart(qint64 logRow);
    int windowRows() const { return m_windowRows; }
    // Takes effect from the next refresh, which it starts.
    void setWindowRows(int rows);

    int pageSize() const { return m_pageSize; }
    void setPageSize(int rows);
    int maxCachedPages() const { return m_maxCachedPages; }
    void setMaxCachedPages(int pages);
    int cachedPageCount() const { return static_cast<int>(m_pages.size()); }

    static QString resultText(AuditResult result);
    // Control characters (C0, DEL, C1, line and paragraph separators, bidi controls) as \uXXXX,
    // so a name cannot fake a line break or reorder what the admin reads.
    static QString escapeControls(const QString &text);

public Q_SLOTS:
    // Starts over from the newest event with the current filters.
    void refresh();

Q_SIGNALS:
    void totalChanged(qint64 total);
    void windowMoved(qint64 windowStart);
    void loadingChanged(bool loading);
    void errorOccurred(const QString &message);

private:
    struct Page {
        QList<AuditEvent> events;
        quint64 lastUse = 0;
    };

    // Asks for page `page`; `discover` when it is the next page of a filtered list (its rows are new).
    void requestPage(int page, bool discover);
    void fetchWantedPages();
    void onPage(quint64 generation, int page, bool discover, const authdesk::Result<QList<AuditEvent>> &result);
    void onCount(quint64 generation, const authdesk::Result<AuditCount> &result);
    void cancelPending();
    void evictPages(int keep);
    void updateFetching();
    const AuditEvent *lookUp(int row) const;

    QPointer<Directory> m_directory;
    Principal m_actor;
    AuditQuery m_filter;
    int m_pageSize = DefaultPageSize;
    int m_maxCachedPages = DefaultMaxCachedPages;
    int m_windowRows = DefaultWindowRows;
    qint64 m_windowStart = 0;

    int m_rows = 0;
    bool m_windowed = false;
    qint64 m_newestId = 0; // windowed: the log's row n is event m_newestId - n
    // Filtered: the beforeId each page found so far starts from; the last one starts the next page.
    QList<qint64> m_pageStarts;
    mutable QHash<int, Page> m_pages;
    mutable quint64 m_useClock = 0;
    // Pages are numbered by the log's rows (page p: rows p × pageSize …), so a moved window keeps them.
    // Pages data() missed since the last fetch, most recent last.
    mutable QList<int> m_wantedOrder;
    mutable QSet<int> m_wanted;
    QHash<int, QFuture<authdesk::Result<QList<AuditEvent>>>> m_pending;
    QList<int> m_pendingOrder; // oldest request first
    bool m_discovering = false;
    QTimer *m_fetchTimer = nullptr;
    // Every new query bumps it; an answer that carries an older one is stale and dropped.
    quint64 m_generation = 0;
    QFuture<authdesk::Result<AuditCount>> m_countQuery;
    bool m_starting = true;
    bool m_fetching = false;
    bool m_atEnd = false;
    QString m_lastError;
    qint64 m_total = -1;
    bool m_totalCheap = false;
};

} // namespace authdesk
