#pragma once
// The pane beside the users table where an administrator or helpdesk operator works on one user:
// what the directory knows about the account (status, roles, dates, password scheme, MFA without
// secrets, effective permissions with the roles they come through, the user's recent audit
// events, whether sign-in is locked) and the actions on it (edit, reset password, disable, enable,
// delete, add/remove role, unlock, show the user's sessions, sign out everywhere).
// Each action is a QAction the main window can also put in its menus; one the admin lacks the
// permission for is disabled and its tooltip names the permission. Core checks every call anyway.

#include "core/AuditEvent.h"
#include "core/Principal.h"
#include "core/Result.h"
#include "core/User.h"

#include <QFuture>
#include <QHash>
#include <QMap>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QWidget>
#include <functional>

class QAction;
class QBoxLayout;
class QComboBox;
class QDialog;
class QFormLayout;
class QLabel;
class QListWidget;
class QPushButton;
class QTreeWidget;

namespace authdesk {

class Directory;
class InlineStatus;

class UserDetailPane final : public QWidget {
    Q_OBJECT
public:
    // How many of the user's audit events the pane lists, newest first.
    static constexpr int RecentEventCount = 20;

    // The directory must outlive the pane.
    UserDetailPane(Directory *directory, Principal actor, QWidget *parent = nullptr);

    // Shows the user with this id, or this username / email; clear() shows nobody.
    void setUser(qint64 id);
    void setUser(const QString &ref);
    void clear();
    // The signed-in admin's console permissions (Directory::ownConsolePermissions): which actions
    // are offered and which sections are read. Until set, every action is disabled.
    void setPermissions(const QSet<QString> &consolePermissions);

    bool hasUser() const { return m_hasUser; }
    // The user as last read (meaningless unless hasUser()).
    const User &user() const { return m_user; }
    // True while any directory call of the pane runs.
    bool isBusy() const { return m_pendingLoads > 0 || m_actionRunning; }

    QAction *editAction() const { return m_edit; }
    QAction *resetPasswordAction() const { return m_resetPassword; }
    QAction *disableAction() const { return m_disable; }
    QAction *enableAction() const { return m_enable; }
    QAction *deleteAction() const { return m_delete; }
    QAction *addRoleAction() const { return m_addRole; }
    QAction *removeRoleAction() const { return m_removeRole; }
    QAction *refreshAction() const { return m_refresh; }
    QAction *enrollMfaAction() const { return m_enrollMfa; }
    QAction *newRecoveryCodesAction() const { return m_newRecoveryCodes; }
    // Asks the signed-in administrator to sign in again (SessionGuard::requireReauthentication) before
    // they change their own second factor; true when they did. Without it, such a change is refused here.
    using Reauthenticate = std::function<QFuture<bool>(const QString &reason)>;
    void setReauthentication(Reauthenticate reauthenticate) { m_reauthenticate = std::move(reauthenticate); }
    QAction *resetMfaAction() const { return m_resetMfa; }
    QAction *unlockAction() const { return m_unlock; }
    QAction *showSessionsAction() const { return m_showSessions; }
    QAction *signOutEverywhereAction() const { return m_signOutEverywhere; }
    // Asked before "Sign out everywhere" instead of a QMessageBox (tests answer through it); true goes ahead.
    using ConfirmHook = std::function<bool(const QString &title, const QString &text, const QString &details)>;
    void setConfirmHook(ConfirmHook hook) { m_confirm = std::move(hook); }

    // The dialog an action opened, while it is open.
    QDialog *activeDialog() const { return m_dialog; }
    QComboBox *roleCombo() const { return m_roleCombo; }
    QListWidget *roleList() const { return m_roleList; }
    QTreeWidget *permissionTree() const { return m_permissionTree; }
    QTreeWidget *auditTree() const { return m_auditTree; }
    // The text of a field's value by its object name ("statusValue", "mfaStateValue" …).
    QString fieldText(const QString &objectName) const;
    // Why a section shows nothing, or the last error of a section.
    QString permissionsNote() const;
    QString auditNote() const;
    QString mfaNote() const;
    // The error of the last action or load, and the confirmation of the last successful action.
    QString errorText() const;
    QString noticeText() const;

public Q_SLOTS:
    // Reads the current user again, with every section.
    void reload();
    void openEditDialog();
    void openResetPasswordDialog();
    void openDisableDialog();
    void enableUser();
    void openDeleteDialog();
    void addSelectedRole();
    void removeSelectedRole();
    void openEnrollDialog();
    void openRecoveryCodesDialog();
    void openResetMfaWizard();
    void unlockUser();
    void signOutEverywhere();

Q_SIGNALS:
    // The user changed through this pane (or a newer version was read); the table refreshes its row.
    void userChanged(const authdesk::User &user);
    void userDeleted(qint64 id);
    // "Show Sessions": the main window opens the Sessions view filtered to this user.
    void showSessionsRequested(const QString &username);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void load(const QString &ref, bool announce);
    void loadSections(quint64 generation);
    void loadAudit(quint64 generation, const User &user, QStringList targets, QMap<qint64, AuditEvent> found);
    void showAudit(const QMap<qint64, AuditEvent> &events);
    void loadRoleChoices(quint64 generation);
    void showUser(const User &user);
    void showNobody(const QString &why);
    void applyChangedUser(const User &user, const QString &notice);
    void runUserCall(const QString &busyText, QFuture<Result<User>> call, const QString &doneText);
    void openDialog(QDialog *dialog);
    void updateActions();
    bool can(const QString &permission) const;
    QString missingTip(const QString &permission) const;
    void finishLoad(quint64 generation);
    QLabel *addField(QFormLayout *form, const QString &label, const QString &objectName);
    void openMfaDialog(bool newRecoveryCodes);
    void updateLockText();

    QPointer<Directory> m_directory;
    Principal m_actor;
    QSet<QString> m_permissions;
    bool m_permissionsKnown = false;
    User m_user;
    bool m_hasUser = false;
    quint64 m_generation = 0;
    int m_pendingLoads = 0;
    bool m_actionRunning = false;
    QPointer<QDialog> m_dialog;

    QBoxLayout *m_columns = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QWidget *m_body = nullptr;
    QWidget *m_scroll = nullptr;
    QLabel *m_placeholder = nullptr;
    QHash<QString, QLabel *> m_fields;
    QListWidget *m_roleList = nullptr;
    QComboBox *m_roleCombo = nullptr;
    QLabel *m_roleNote = nullptr;
    QLabel *m_mfaNote = nullptr;
    QTreeWidget *m_permissionTree = nullptr;
    QLabel *m_permissionNote = nullptr;
    QTreeWidget *m_auditTree = nullptr;
    QLabel *m_auditNote = nullptr;
    InlineStatus *m_status = nullptr;
    QLabel *m_notice = nullptr;

    QAction *m_edit = nullptr;
    QAction *m_resetPassword = nullptr;
    QAction *m_disable = nullptr;
    QAction *m_enable = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_addRole = nullptr;
    QAction *m_removeRole = nullptr;
    QAction *m_refresh = nullptr;
    // MFA set-up: the state last read decides "Set up" or "Replace" and whether codes can be renewed.
    QAction *m_enrollMfa = nullptr;
    QAction *m_newRecoveryCodes = nullptr;
    bool m_mfaEnrolled = false;
    bool m_mfaActive = false;
    Reauthenticate m_reauthenticate;
    QAction *m_resetMfa = nullptr;
    QAction *m_unlock = nullptr;
    QAction *m_showSessions = nullptr;
    QAction *m_signOutEverywhere = nullptr;
    ConfirmHook m_confirm;
    // What the MFA status last said, to tell an authenticator throttle from a login lockout.
    int m_mfaFailures = 0;
    bool m_mfaDisabled = false;
};

} // namespace authdesk
