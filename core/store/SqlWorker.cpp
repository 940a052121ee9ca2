#include "core/store/SqlWorker.h"

namespace authdesk {

SqlWorker::SqlWorker()
{
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(QStringLiteral("authdesk-sql"));
    m_thread->start();
}

SqlWorker::~SqlWorker()
{
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
        m_wake.wakeAll();
    }
    m_thread->wait();
    delete m_thread;
}

void SqlWorker::post(std::function<void()> task)
{
    QMutexLocker lock(&m_mutex);
    m_tasks.push_back(std::move(task));
    m_wake.wakeOne();
}

void SqlWorker::run()
{
    for (;;) {
        std::function<void()> task;
        {
            QMutexLocker lock(&m_mutex);
            while (m_tasks.empty() && !m_stopping)
                m_wake.wait(&m_mutex);
            if (m_tasks.empty())
                return;
            task = std::move(m_tasks.front());
            m_tasks.pop_front();
        }
        task();
    }
}

} // namespace authdesk
