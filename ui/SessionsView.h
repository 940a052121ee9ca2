#pragma once
// The console's Sessions view: applications' sessions and refresh-token families, the latest
// activity first (the directory's order; the table is not sortable, since sorting the rows read so
// far would lie about the rest), one user's or everyone's, with or without the ended ones; the
// selected one in full; and ending them: one session, one user everywhere, or everyone. Each
// action says which console permission it lacks when it is not allowed, and each asks first in a
// message box that names who is signed out and how many live sessions end.

#include "core/Principal.h"
#include "core/auth/Tokens.h"

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QWidget>
#include <functional>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace authdesk {

class Directory;
class SessionListModel;

class SessionsView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionsView)
public:
    // A question put to the administrator before sessions are ended; true to go ahead.
    struct Confirmation {
        QString title;
        QString text;        // what happens, naming the user
        QString details;     // the consequences
        QString acceptText;  // the button that does it
    };
    using ConfirmHook = std::function<bool(const Confirmation &)>;

    // The directory must outlive the view. It reads the signed-in administrator's console
    // permissions itself, so it is right wherever it is shown.
    SessionsView(Directory *directory, Principal actor, QWidget *parent = nullptr);

    SessionListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *userEdit() const { return m_userEdit; }
    QCheckBox *includeEndedBox() const { return m_includeEnded; }
    QAction *endSessionAction() const { return m_endSession; }
    QAction *signOutUserAction() const { return m_signOutUser; }
    QAction *signOutEveryoneAction() const { return m_signOutEveryone; }
    QAction *refreshAction() const { return m_refresh; }

    // Instead of a QMessageBox (tests answer through it; it sees exactly what the box would say).
    void setConfirmHook(ConfirmHook hook) { m_confirm = std::move(hook); }

    bool permissionsKnown() const { return m_permissionsKnown; }
    // True while an action's directory calls run.
    bool isBusy() const { return m_busy; }
    QString statusText() const;
    // The confirmation or the error of the last action.
    QString noticeText() const;
    // The details pane's value by its object name ("sessionIpValue", "sessionUserAgentValue" …).
    QString detailText(const QString &objectName) const;
    // The session of the current row, or nullptr.
    const SessionInfo *currentSession() const;

public Q_SLOTS:
    // Shows one user's sessions (a username, email or #id); empty shows everyone's.
    void showUser(const QString &user);
    // Reads the list again with the filter as typed.
    void refresh();
    void endSelectedSession();
    void signOutUserEverywhere();
    void signOutEveryone();

Q_SIGNALS:
    // An action finished: true when it ended what it said it would.
    void actionFinished(bool ok);

private:
    void readPermissions();
    void applyFilter();
    void updateActions();
    void updateStatus();
    void showCurrent();
    void showContextMenu(const QPoint &pos);
    bool confirm(const Confirmation &question);
    // Counts the live sessions of USER (empty: everyone's), then asks and ends them.
    void countThenRevoke(const QString &user);
    void finishAction(bool ok, const QString &notice);
    void setNotice(const QString &text, bool error);
    bool can(const QString &permission) const;
    QString missingTip(const QString &permission) const;
    // The user an "everywhere" action is about: the selected row's, else the one the list is filtered to.
    QString targetUser() const;

    QPointer<Directory> m_directory;
    Principal m_actor;
    SessionListModel *m_model = nullptr;
    QLineEdit *m_userEdit = nullptr;
    QCheckBox *m_includeEnded = nullptr;
    QPushButton *m_refreshButton = nullptr;
    QTableView *m_table = nullptr;
    QHash<QString, QLabel *> m_details;
    QLabel *m_detailsPlaceholder = nullptr;
    QWidget *m_detailsBody = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_notice = nullptr;
    QAction *m_endSession = nullptr;
    QAction *m_signOutUser = nullptr;
    QAction *m_signOutEveryone = nullptr;
    QAction *m_refresh = nullptr;
    ConfirmHook m_confirm;
    QSet<QString> m_permissions;
    bool m_permissionsKnown = false;
    bool m_busy = false;
};

} // namespace authdesk
