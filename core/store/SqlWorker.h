#pragma once
// One thread that owns a database connection and runs queued tasks in order. Qt's SQL
// connections belong to the thread that opened them, so all SQL of a store happens here and
// the GUI thread never waits on the disk.

#include <QMutex>
#include <QThread>
#include <QWaitCondition>
#include <deque>
#include <functional>

namespace authdesk {

class SqlWorker {
public:
    SqlWorker();
    ~SqlWorker(); // runs what is queued, then stops the thread
    SqlWorker(const SqlWorker &) = delete;
    SqlWorker &operator=(const SqlWorker &) = delete;

    void post(std::function<void()> task);

private:
    void run();

    QThread *m_thread = nullptr;
    QMutex m_mutex;
    QWaitCondition m_wake;
    std::deque<std::function<void()>> m_tasks;
    bool m_stopping = false;
};

} // namespace authdesk
