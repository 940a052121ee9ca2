#pragma once
// One action on many users: choose it and its inputs, read the preview (what changes for whom,
// what is skipped or refused and why), run it with progress and Cancel, then read and copy the
// summary. Everything goes through Directory asynchronously; the preview of 100,000 users is
// built in slices, so the window never freezes.

#include "core/BulkPlan.h"
#include "core/Directory.h"
#include "models/BulkRunner.h"

#include <QDialog>
#include <QPointer>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

namespace authdesk {

class BulkPlanModel;
class InlineStatus;
class UserPager;

class BulkActionDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkActionDialog)
public:
    static constexpr int PlanSliceSize = 2000;

    // The directory must outlive the dialog. Reads the admin's permissions, the roles and the
    // active owners from the event loop on.
    BulkActionDialog(Directory *directory, Principal actor, QWidget *parent = nullptr);
    ~BulkActionDialog() override;

    // The selected users, as the caller's list shows them (with their versions).
    void setUsers(QList<User> users);
    // Every user the query matches ("all N results"), read page by page with progress and Cancel.
    void loadUsers(const UserQuery &query);

    // Sets the action and its inputs as an admin would; the preview follows.
    void setAction(const BulkAction &action);
    BulkAction action() const;

    BulkPlanModel *planModel() const { return m_model; }
    bool isPreviewComplete() const { return m_previewComplete; }
    bool isRunning() const;
    QString summaryText() const;

public Q_SLOTS:
    void run();
    void cancelRun();
    // While the action runs, Close and Esc cancel it first; the dialog stays for the summary.
    void reject() override;

Q_SIGNALS:
    void usersLoaded(qint64 count);
    void previewReady();
    void runFinished(const authdesk::BulkSummary &summary);

private:
    void buildUi();
    void loadContext();
    void contextPartArrived();
    void schedulePreview();
    void startPreview();
    void planSlice(quint64 generation);
    void updateCounts();
    void updateRunButton();
    void onActionChanged();
    void onRunFinished(const BulkSummary &summary);
    void copySummary();

    QPointer<Directory> m_directory;
    Principal m_actor;
    QList<User> m_users;
    bool m_usersReady = false;
    UserPager *m_pager = nullptr;

    // What the planner knows; the preview waits until every part has arrived.
    BulkPlanContext m_context;
    int m_contextPending = 0;

    BulkPlanModel *m_model = nullptr;
    std::optional<BulkPlanner> m_planner;
    quint64 m_previewGeneration = 0;
    qsizetype m_planned = 0;
    bool m_previewComplete = false;
    QTimer *m_previewTimer = nullptr;

    BulkRunner *m_runner = nullptr;
    bool m_ran = false;

    QLabel *m_selection = nullptr;
    QComboBox *m_actionCombo = nullptr;
    QStackedWidget *m_inputs = nullptr;
    QLineEdit *m_reason = nullptr;
    QCheckBox *m_untilCheck = nullptr;
    QDateTimeEdit *m_until = nullptr;
    QComboBox *m_role = nullptr;
    QLabel *m_confirmLabel = nullptr;
    QLineEdit *m_confirm = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_counts = nullptr;
    InlineStatus *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPlainTextEdit *m_summary = nullptr;
    QPushButton *m_copyButton = nullptr;
    QPushButton *m_runButton = nullptr;
    QPushButton *m_closeButton = nullptr;
};

} // namespace authdesk
