#include "models/AuditListModel.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>
#include <limits>

namespace authdesk {

namespace {

// As in UserListModel: only an unanswered request is canceled (Qt 6.4 walks the continuation
// chain of an answered one, whose data is gone).
template <typename T>
void cancelIfUnanswered(QFuture<T> &future)
{
    if (!future.isFinished())
        future.cancel();
}

} // namespace

AuditListModel::AuditListModel(Directory *directory, Principal actor, QObject *parent)
    : QAbstractTableModel(parent), m_directory(directory), m_actor(std::move(actor))
{
    // The first query starts from the event loop, so whoever creates the model has connected to
    // its signals first.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_generation == 0)
                refresh();
        },
        Qt::QueuedConnection);
}

AuditListModel::~AuditListModel()
{
    cancelIfUnanswered(m_pageQuery);
    cancelIfUnanswered(m_countQuery);
}

int AuditListModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return static_cast<int>(std::min<qsizetype>(m_events.size(), std::numeric_limits<int>::max()));
}

int AuditListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags AuditListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> AuditListModel::roleNames() const
{
    auto names = QAbstractTableModel::roleNames();
    names.insert(EventRole, QByteArrayLiteral("event"));
    names.insert(EventIdRole, QByteArrayLiteral("eventId"));
    names.insert(TimeUtcRole, QByteArrayLiteral("timeUtc"));
    return names;
}

QString AuditListModel::resultText(AuditResult result)
{
    switch (result) {
    case AuditResult::Success:
        return tr("Success");
    case AuditResult::Denied:
        return tr("Denied");
    case AuditResult::Failed:
        return tr("Failed");
    }
    return {};
}

QString AuditListModel::escapeControls(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool control = u < 0x20 || (u >= 0x7f && u < 0xa0) || u == 0x2028 || u == 0x2029
            || (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069) || u == 0x200e || u == 0x200f;
        if (control)
            out += QStringLiteral("\\u%1").arg(static_cast<uint>(u), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

const AuditEvent *AuditListModel::eventAt(int row) const
{
    if (row < 0 || row >= m_events.size())
        return nullptr;
    return &m_events.at(row);
}

QVariant AuditListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEvent &e = m_events.at(index.row());
    switch (role) {
    case EventRole:
        return QVariant::fromValue(e);
    case EventIdRole:
        return e.id;
    case TimeUtcRole:
        return e.at;
    case Qt::DisplayRole:
        switch (index.column()) {
        case Id:
            return e.id;
        case Time:
            return QLocale().toString(e.at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case Actor:
            return e.actorName.isEmpty() ? tr("(nobody signed in)") : escapeControls(e.actorName);
        case Action:
            return escapeControls(e.action);
        case Target:
            return escapeControls(e.targetName.isEmpty() ? e.targetId : e.targetName);
        case Outcome:
            return resultText(e.result);
        case Reason:
            return escapeControls(e.reason);
        case Machine:
            return escapeControls(e.machine);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Time:
            return tr("%1 UTC").arg(e.at.toUTC().toString(Qt::ISODateWithMs));
        case Actor:
            return tr("Account #%1").arg(e.actorId);
        case Target:
            return tr("%1 #%2").arg(escapeControls(e.targetType), escapeControls(e.targetId));
        case Reason:
            return escapeControls(e.reason);
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == Id)
            return static_cast<int>(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant AuditListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id:
        return tr("ID");
    case Time:
        return tr("Time");
    case Actor:
        return tr("Actor");
    case Action:
        return tr("Action");
    case Target:
        return tr("Target");
    case Outcome:
        return tr("Result");
    case Reason:
        return tr("Reason");
    case Machine:
        return tr("Machine");
    default:
        return {};
    }
}

bool AuditListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_starting && !m_atEnd && !m_fetching && m_lastError.isEmpty() && m_directory;
}

void AuditListModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        fetchPage();
}

void AuditListModel::setFilter(const AuditQuery &filter)
{
    m_filter = filter;
    refresh();
}

void AuditListModel::setPageSize(int rows)
{
    m_pageSize = std::clamp(rows, 1, 100000);
}

void AuditListModel::refresh()
{
    cancelIfUnanswered(m_pageQuery);
    cancelIfUnanswered(m_countQuery);
    const quint64 generation = ++m_generation;
    // Views ask for more rows inside endResetModel(); until the first page is asked for, there is none.
    m_starting = true;
    beginResetModel();
    m_events.clear();
    m_atEnd = false;
    m_lastError.clear();
    endResetModel();
    m_starting = false;
    if (m_total != -1) {
        m_total = -1;
        Q_EMIT totalChanged(m_total);
    }
    if (!m_directory) {
        setFetching(false);
        return;
    }
    fetchPage();
    auto count = m_directory->countAudit(m_actor, m_filter);
    m_countQuery = count;
    // Qt 6.4 runs a continuation inside then() when the answer is already there; the queued hop
    // makes every answer arrive after the caller's next request, so a stale one is recognised.
    count.then(this, [this, generation](const authdesk::Result<AuditCount> &result) {
        QMetaObject::invokeMethod(
            this, [this, generation, result] { onCount(generation, result); }, Qt::QueuedConnection);
    });
}

void AuditListModel::fetchPage()
{
    AuditQuery query = m_filter;
    query.limit = m_pageSize;
    query.beforeId = m_events.isEmpty() ? 0 : m_events.constLast().id;
    const quint64 generation = m_generation;
    setFetching(true);
    auto page = m_directory->listAudit(m_actor, query);
    m_pageQuery = page;
    page.then(this, [this, generation](const authdesk::Result<QList<AuditEvent>> &result) {
        QMetaObject::invokeMethod(
            this, [this, generation, result] { onPage(generation, result); }, Qt::QueuedConnection);
    });
}

void AuditListModel::onPage(quint64 generation, const authdesk::Result<QList<AuditEvent>> &result)
{
    if (generation != m_generation)
        return;
    if (!result.ok()) {
        m_lastError = result.message();
        setFetching(false);
        Q_EMIT errorOccurred(m_lastError);
        return;
    }
    const QList<AuditEvent> &page = result.value();
    if (page.size() < m_pageSize)
        m_atEnd = true;
    if (!page.isEmpty()) {
        const qsizetype room = std::numeric_limits<int>::max() - m_events.size();
        const qsizetype take = std::min(page.size(), room);
        if (take < page.size())
            m_atEnd = true; // a view cannot show more rows than an int counts
        if (take > 0) {
            beginInsertRows({}, static_cast<int>(m_events.size()), static_cast<int>(m_events.size() + take - 1));
            m_events.append(page.mid(0, take));
            endInsertRows();
        }
    }
    setFetching(false);
}

void AuditListModel::onCount(quint64 generation, const authdesk::Result<AuditCount> &result)
{
    if (generation != m_generation || !result.ok())
        return; // a refused count is reported by the page that was refused with it
    m_total = result->count;
    m_totalCheap = result->fromNewestId;
    Q_EMIT totalChanged(m_total);
}

void AuditListModel::setFetching(bool fetching)
{
    if (m_fetching == fetching)
        return;
    m_fetching = fetching;
    Q_EMIT loadingChanged(isLoading());
}

} // namespace authdesk
