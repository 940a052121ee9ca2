#pragma once
// Reads every user a UserQuery matches, page by page, through Directory::listUsers: for "all N
// results of the current search" in a bulk action and for the CSV export. Asynchronous (each
// page is one directory call), with progress and cancel; nothing waits on the GUI thread.

#include "core/Directory.h"

#include <QFuture>
#include <QList>
#include <QObject>
#include <QPointer>

namespace authdesk {

class UserPager final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserPager)
public:
    static constexpr int DefaultPageSize = 500;

    // The query's search, sort and filters are kept; its offset and limit are the pager's. The
    // directory must outlive the pager.
    UserPager(Directory *directory, Principal actor, UserQuery query, QObject *parent = nullptr);
    ~UserPager() override;

    void setPageSize(int users);
    // Keeps every page for users(); off by default (an export needs only one page at a time).
    void setCollecting(bool collect) { m_collecting = collect; }

    // Asks for the first page; the answer arrives from the event loop.
    void start();
    // Stops before the next page; finished(Canceled) follows from the event loop.
    void cancel();
    bool isRunning() const { return m_running; }

    qint64 total() const { return m_total; }
    qint64 fetched() const { return m_fetched; }
    const QList<User> &users() const { return m_users; }

Q_SIGNALS:
    void pageReady(const QList<User> &users);
    void progress(qint64 fetched, qint64 total);
    // Ok after the last page, or the directory's error, or Canceled.
    void finished(const authdesk::Status &status);

private:
    void requestPage();
    void onPage(quint64 generation, const Result<UserPage> &result);
    void finish(const Status &status);

    QPointer<Directory> m_directory;
    Principal m_actor;
    UserQuery m_query;
    int m_pageSize = DefaultPageSize;
    bool m_collecting = false;
    bool m_running = false;
    quint64 m_generation = 0; // a page answered after cancel() carries an older one
    qint64 m_total = -1;
    qint64 m_fetched = 0;
    QList<User> m_users;
    QFuture<Result<UserPage>> m_pending;
};

} // namespace authdesk
