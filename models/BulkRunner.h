#pragma once
// Runs the changes of a bulk plan through Directory, one user at a time, each its own audited
// call, with progress and cancel, and reports what was done, skipped and failed for whom. A user
// changed since the preview is a conflict and is left as it is.

#include "core/BulkPlan.h"
#include "core/Directory.h"

#include <QObject>
#include <QPointer>

namespace authdesk {

enum class BulkOutcome {
    Done,
    Skipped,  // the plan said there is nothing to do
    Refused,  // the plan or core refused it (permission, guard rule)
    Failed,   // the directory reported another error
    Conflict, // changed or deleted since the preview
    NotRun,   // canceled before its turn
};

struct BulkResult {
    User user;
    BulkOutcome outcome = BulkOutcome::NotRun;
    QString message; // what changed, or why not
};

struct BulkSummary {
    BulkAction action;
    QList<BulkResult> results; // in plan order
    bool canceled = false;

    qsizetype count(BulkOutcome outcome) const;
    static QString outcomeName(BulkOutcome outcome);
    // Counts, then one line per user: outcome, username, message (tab-separated), for the clipboard.
    QString toText() const;
};

class BulkRunner final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkRunner)
public:
    // The directory must outlive the runner.
    BulkRunner(Directory *directory, Principal actor, BulkAction action, QList<BulkPlanItem> plan,
               QObject *parent = nullptr);
    ~BulkRunner() override;

    // Starts with the first change; the calls' answers arrive from the event loop.
    void start();
    // Stops before the next user: the call in flight completes and is reported, the rest stay NotRun.
    void cancel();
    bool isRunning() const { return m_running; }
    qint64 changeCount() const { return static_cast<qint64>(m_changes.size()); }
    const BulkSummary &summary() const { return m_summary; }

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    // index into the plan
    void itemFinished(int index, authdesk::BulkOutcome outcome, const QString &message);
    void finished(const authdesk::BulkSummary &summary);

private:
    void runNext();
    void apply(int index);
    void complete(int index, BulkOutcome outcome, const QString &message);

    QPointer<Directory> m_directory;
    Principal m_actor;
    BulkAction m_action;
    BulkSummary m_summary;
    QList<int> m_changes; // plan indexes to run, in order
    qsizetype m_next = 0;
    qint64 m_done = 0;
    bool m_running = false;
    bool m_cancelRequested = false;
};

} // namespace authdesk

Q_DECLARE_METATYPE(authdesk::BulkOutcome)
