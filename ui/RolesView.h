#pragma once
// The Roles page of the console: the roles with the members of the selected one, a "New role…"
// dialog, the permission matrix (undo, redo, apply, discard) and a panel that answers "why does
// this user have this permission?" with the roles each permission comes through.

#include "core/Principal.h"

#include <QDialog>
#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableView;
class QTreeWidget;

namespace authdesk {

class Directory;
class InlineStatus;
class PermissionMatrixModel;
class RoleListModel;

// Asks for a new role's name and description; the directory validates them and its refusal is
// shown inline, so the dialog closes only once the role exists.
class NewRoleDialog final : public QDialog {
    Q_OBJECT
public:
    NewRoleDialog(Directory *directory, Principal actor, QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *descriptionEdit() const { return m_description; }
    QPushButton *createButton() const { return m_create; }
    QString errorText() const;
    bool isBusy() const { return m_busy; }
    // The name of the role once the dialog is accepted.
    QString createdRole() const { return m_created; }

private:
    void submit();

    QPointer<Directory> m_directory;
    Principal m_actor;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_description = nullptr;
    QPushButton *m_create = nullptr;
    InlineStatus *m_status = nullptr;
    QString m_created;
    bool m_busy = false;
};

class RolesView final : public QWidget {
    Q_OBJECT
public:
    RolesView(Directory *directory, Principal actor, QWidget *parent = nullptr);

    RoleListModel *roleModel() const { return m_roleModel; }
    PermissionMatrixModel *matrixModel() const { return m_matrixModel; }
    QTableView *roleTable() const { return m_roleTable; }
    QTableView *matrixTable() const { return m_matrixTable; }
    QListWidget *memberList() const { return m_members; }
    QLineEdit *whyUserEdit() const { return m_whyUser; }
    QTreeWidget *whyTree() const { return m_whyTree; }
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QAction *applyAction() const { return m_apply; }
    QAction *discardAction() const { return m_discard; }
    QPushButton *newRoleButton() const { return m_newRole; }
    // The last message of the matrix (progress, success or the directory's refusal).
    QString matrixStatusText() const;
    QString whyStatusText() const;
    bool isExplaining() const { return m_explaining; }
    bool isLoadingMembers() const { return m_loadingMembers; }

public Q_SLOTS:
    void refresh();
    // Runs the "why" question for USERNAME (as if typed and confirmed).
    void explain(const QString &username);
    void openNewRoleDialog();

private:
    void loadMembers();
    void updateActions();
    void onApplyFinished(bool ok, const QString &message);

    QPointer<Directory> m_directory;
    Principal m_actor;
    RoleListModel *m_roleModel = nullptr;
    PermissionMatrixModel *m_matrixModel = nullptr;

    QTableView *m_roleTable = nullptr;
    QPushButton *m_newRole = nullptr;
    QLabel *m_membersLabel = nullptr;
    QListWidget *m_members = nullptr;
    QTableView *m_matrixTable = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_apply = nullptr;
    QAction *m_discard = nullptr;
    QPushButton *m_undoButton = nullptr;
    QPushButton *m_redoButton = nullptr;
    QPushButton *m_applyButton = nullptr;
    QPushButton *m_discardButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_matrixStatus = nullptr;
    QLineEdit *m_whyUser = nullptr;
    QPushButton *m_whyButton = nullptr;
    QTreeWidget *m_whyTree = nullptr;
    QLabel *m_whyStatus = nullptr;
    quint64 m_memberGeneration = 0;
    quint64 m_whyGeneration = 0;
    bool m_explaining = false;
    bool m_loadingMembers = false;
};

} // namespace authdesk
