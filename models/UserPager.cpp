#include "models/UserPager.h"

#include "models/Continuation.h"

#include <QCoreApplication>

namespace authdesk {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(UserPager)
};
} // namespace

UserPager::UserPager(Directory *directory, Principal actor, UserQuery query, QObject *parent)
    : QObject(parent), m_directory(directory), m_actor(std::move(actor)), m_query(std::move(query))
{}

UserPager::~UserPager()
{
    // Qt 6.4: cancel() walks the continuation chain, which is only safe before the answer.
    if (m_running && !m_pending.isFinished())
        m_pending.cancel();
}

void UserPager::setPageSize(int users)
{
    m_pageSize = std::max(1, users);
}

void UserPager::start()
{
    if (m_running)
        return;
    m_running = true;
    m_total = -1;
    m_fetched = 0;
    m_users.clear();
    ++m_generation;
    requestPage();
}

void UserPager::cancel()
{
    if (!m_running)
        return;
    ++m_generation;
    if (!m_pending.isFinished())
        m_pending.cancel();
    QMetaObject::invokeMethod(
        this, [this] { finish(makeError(ErrorCode::Canceled, Tr::tr("Canceled."))); }, Qt::QueuedConnection);
    m_running = false;
}

void UserPager::requestPage()
{
    if (!m_directory) {
        finish(makeError(ErrorCode::StoreUnavailable, Tr::tr("The directory is gone.")));
        return;
    }
    UserQuery q = m_query;
    q.offset = m_fetched;
    q.limit = m_pageSize;
    q.withTotal = m_total < 0; // the first page counts; later pages skip the full scan
    const quint64 generation = m_generation;
    m_pending = m_directory->listUsers(m_actor, q);
    whenAnswered(this, m_pending, [this, generation](const Result<UserPage> &result) { onPage(generation, result); });
}

void UserPager::onPage(quint64 generation, const Result<UserPage> &result)
{
    if (generation != m_generation || !m_running)
        return; // canceled meanwhile
    if (!result.ok()) {
        finish(result.error());
        return;
    }
    const UserPage &page = result.value();
    if (m_total < 0)
        m_total = page.total;
    m_fetched += page.users.size();
    if (m_collecting)
        m_users += page.users;
    if (!page.users.isEmpty())
        Q_EMIT pageReady(page.users);
    Q_EMIT progress(m_fetched, std::max(m_total, m_fetched));
    if (generation != m_generation || !m_running)
        return; // a receiver canceled
    if (page.users.size() < m_pageSize) {
        finish(Done{});
        return;
    }
    requestPage();
}

void UserPager::finish(const Status &status)
{
    m_running = false;
    Q_EMIT finished(status);
}

} // namespace authdesk
