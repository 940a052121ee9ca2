#include "models/BulkRunner.h"

#include "core/policy/InputRules.h"
#include "models/Continuation.h"

#include <QCoreApplication>

namespace authdesk {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(BulkRunner)
};

QString refOf(const User &u)
{
    // By id: a user deleted and created again under the same name is someone else.
    return QLatin1Char('#') + QString::number(u.id);
}

BulkOutcome outcomeOf(ErrorCode code)
{
    switch (code) {
    case ErrorCode::None:
        return BulkOutcome::Done;
    case ErrorCode::Conflict:
    case ErrorCode::NotFound:
        return BulkOutcome::Conflict;
    case ErrorCode::PermissionDenied:
        return BulkOutcome::Refused;
    default:
        return BulkOutcome::Failed;
    }
}
} // namespace

qsizetype BulkSummary::count(BulkOutcome outcome) const
{
    return std::count_if(results.cbegin(), results.cend(),
                         [outcome](const BulkResult &r) { return r.outcome == outcome; });
}

QString BulkSummary::outcomeName(BulkOutcome outcome)
{
    switch (outcome) {
    case BulkOutcome::Done:
        return Tr::tr("Done");
    case BulkOutcome::Skipped:
        return Tr::tr("Skipped");
    case BulkOutcome::Refused:
        return Tr::tr("Refused");
    case BulkOutcome::Failed:
        return Tr::tr("Failed");
    case BulkOutcome::Conflict:
        return Tr::tr("Conflict");
    case BulkOutcome::NotRun:
        return Tr::tr("Not run");
    }
    return {};
}

QString BulkSummary::toText() const
{
    QString text = Tr::tr("%1: %2 done, %3 skipped, %4 refused, %5 failed, %6 conflicts, %7 not run.")
                       .arg(BulkAction::displayName(action.kind))
                       .arg(count(BulkOutcome::Done))
                       .arg(count(BulkOutcome::Skipped))
                       .arg(count(BulkOutcome::Refused))
                       .arg(count(BulkOutcome::Failed))
                       .arg(count(BulkOutcome::Conflict))
                       .arg(count(BulkOutcome::NotRun));
    if (canceled)
        text += QLatin1Char(' ') + Tr::tr("Canceled: what was done stays done.");
    text += QLatin1Char('\n');
    for (const BulkResult &r : results)
        text += outcomeName(r.outcome) + QLatin1Char('\t') + InputRules::escapeForDisplay(r.user.username)
            + QLatin1Char('\t') + r.message + QLatin1Char('\n');
    return text;
}

BulkRunner::BulkRunner(Directory *directory, Principal actor, BulkAction action, QList<BulkPlanItem> plan,
                       QObject *parent)
    : QObject(parent), m_directory(directory), m_actor(std::move(actor)), m_action(std::move(action))
{
    m_summary.action = m_action;
    m_summary.results.reserve(plan.size());
    for (qsizetype i = 0; i < plan.size(); ++i) {
        BulkPlanItem &item = plan[i];
        BulkResult r;
        r.user = std::move(item.user);
        switch (item.verdict) {
        case BulkVerdict::Change:
            r.outcome = BulkOutcome::NotRun;
            r.message = item.after;
            m_changes << static_cast<int>(i);
            break;
        case BulkVerdict::Skip:
            r.outcome = BulkOutcome::Skipped;
            r.message = item.reason;
            break;
        case BulkVerdict::Refuse:
            r.outcome = BulkOutcome::Refused;
            r.message = item.reason;
            break;
        }
        m_summary.results << std::move(r);
    }
}

BulkRunner::~BulkRunner() = default;

void BulkRunner::start()
{
    if (m_running)
        return;
    m_running = true;
    m_cancelRequested = false;
    QMetaObject::invokeMethod(this, &BulkRunner::runNext, Qt::QueuedConnection);
}

void BulkRunner::cancel()
{
    if (m_running)
        m_cancelRequested = true;
}

void BulkRunner::runNext()
{
    if (m_cancelRequested || m_next >= m_changes.size() || !m_directory) {
        m_running = false;
        m_summary.canceled = m_cancelRequested && m_next < m_changes.size();
        if (!m_directory)
            for (qsizetype i = m_next; i < m_changes.size(); ++i) {
                m_summary.results[m_changes.at(i)].outcome = BulkOutcome::Failed;
                m_summary.results[m_changes.at(i)].message = Tr::tr("The directory is gone.");
            }
        if (m_summary.canceled)
            for (qsizetype i = m_next; i < m_changes.size(); ++i)
                m_summary.results[m_changes.at(i)].message = Tr::tr("Canceled before its turn; not changed.");
        Q_EMIT finished(m_summary);
        return;
    }
    apply(m_changes.at(m_next++));
}

void BulkRunner::apply(int index)
{
    const User planned = m_summary.results.at(index).user;
    const QString ref = refOf(planned);
    if (m_action.kind == BulkActionKind::RequirePasswordChange) {
        // The call takes the version itself: the check and the change are one transaction.
        UserChanges changes;
        changes.mustChangePassword = true;
        whenAnswered(this, m_directory->updateUser(m_actor, ref, planned.version, changes),
                     [this, index](const Result<User> &r) { complete(index, outcomeOf(r.code()), r.message()); });
        return;
    }
    // The other calls take no version: the user is read first, and one that changed since the
    // preview is left alone.
    whenAnswered(this, m_directory->findUser(m_actor, ref), [this, index, planned, ref](const Result<User> &found) {
        if (!m_directory) {
            complete(index, BulkOutcome::Failed, Tr::tr("The directory is gone."));
            return;
        }
        if (found.code() == ErrorCode::NotFound) {
            complete(index, BulkOutcome::Conflict, Tr::tr("Deleted since the preview; nothing was changed."));
            return;
        }
        if (!found.ok()) {
            complete(index, outcomeOf(found.code()), found.message());
            return;
        }
        if (found->version != planned.version) {
            complete(index, BulkOutcome::Conflict,
                     Tr::tr("%1 was changed by someone else since the preview (version %2, now %3); not changed. "
                            "Preview again to include it.")
                         .arg(InputRules::escapeForDisplay(planned.username))
                         .arg(planned.version)
                         .arg(found->version));
            return;
        }
        auto onUser = [this, index](const Result<User> &r) { complete(index, outcomeOf(r.code()), r.message()); };
        auto onStatus = [this, index](const Status &s) { complete(index, outcomeOf(s.code()), s.message()); };
        switch (m_action.kind) {
        case BulkActionKind::Disable:
            whenAnswered(this, m_directory->disableUser(m_actor, ref, m_action.reason.trimmed(), m_action.until),
                         onUser);
            break;
        case BulkActionKind::Enable:
            whenAnswered(this, m_directory->enableUser(m_actor, ref), onUser);
            break;
        case BulkActionKind::AddRole:
            whenAnswered(this, m_directory->addUserRole(m_actor, ref, m_action.role), onUser);
            break;
        case BulkActionKind::RemoveRole:
            whenAnswered(this, m_directory->removeUserRole(m_actor, ref, m_action.role), onUser);
            break;
        case BulkActionKind::Delete:
            whenAnswered(this, m_directory->deleteUser(m_actor, ref), onStatus);
            break;
        case BulkActionKind::RequirePasswordChange:
            break; // handled above
        }
    });
}

void BulkRunner::complete(int index, BulkOutcome outcome, const QString &message)
{
    BulkResult &r = m_summary.results[index];
    r.outcome = outcome;
    if (outcome != BulkOutcome::Done)
        r.message = message;
    ++m_done;
    Q_EMIT itemFinished(index, outcome, r.message);
    Q_EMIT progress(m_done, changeCount());
    runNext();
}

} // namespace authdesk
