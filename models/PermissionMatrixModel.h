#pragma once
// Which role holds which permission, as a table to edit: rows are permissions (console first,
// then application), columns are roles, cells are check boxes. Ticking a box does not change the
// directory: each toggle is an undoable command and the cell shows as pending until apply() sends
// the pending grants and revokes one by one. The guard rules of the core are mirrored only to
// grey out cells and say why; the directory still decides every change.

#include "core/Directory.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>

class QUndoStack;

namespace authdesk {

class PermissionMatrixModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PermissionMatrixModel)
public:
    enum DataRole {
        PendingRole = Qt::UserRole, // bool: the cell differs from the directory until applied
        PermissionNameRole,         // QString
        RoleNameRole,               // QString
        EditableRole,               // bool: the signed-in admin may change the cell (display only)
    };
    Q_ENUM(DataRole)

    // One pending change: grant (or revoke) PERMISSION on ROLE.
    struct Change {
        QString role;
        QString permission;
        bool grant = false;
        bool operator==(const Change &) const = default;
    };

    // The directory must outlive the model. Loading starts from the event loop.
    PermissionMatrixModel(Directory *directory, Principal actor, QObject *parent = nullptr);
    ~PermissionMatrixModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // Qt::CheckStateRole on an editable cell pushes a toggle onto undoStack(); nothing is sent.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    QUndoStack *undoStack() const { return m_undoStack; }

    bool isLoading() const { return m_loading; }
    bool isApplying() const { return m_applying; }
    // Pending changes in the order apply() sends them (column by column, top to bottom).
    QList<Change> pendingChanges() const;
    int pendingCount() const { return static_cast<int>(m_wanted.size()); }

    QString permissionAt(int row) const;
    QString roleAt(int column) const;
    int rowOf(const QString &permission) const;
    int columnOf(const QString &role) const;
    // Whether the signed-in admin holds roles.manage, as last read (display only).
    bool canManageRoles() const;
    // Why the signed-in admin may not change a cell, or an empty string when they may.
    QString lockReason(int row, int column) const;

    // Used by the undo commands: the state a cell should have after the next apply().
    void setWanted(const QString &role, const QString &permission, bool granted);

public Q_SLOTS:
    // Reads roles, permissions and the admin's own console permissions again; pending changes
    // that still make sense stay pending.
    void reload();
    // Sends the pending changes one at a time; stops at the first refusal, then reloads.
    void apply();
    // Forgets every pending change and the undo history.
    void discard();

Q_SIGNALS:
    void loadingChanged(bool loading);
    void applyingChanged(bool applying);
    void pendingCountChanged(int count);
    void errorOccurred(const QString &message);
    // DONE of TOTAL changes have been accepted so far.
    void applyProgress(int done, int total);
    // ok: every change was accepted; otherwise MESSAGE is the directory's refusal.
    void applyFinished(bool ok, const QString &message);

private:
    struct Snapshot {
        QList<Permission> permissions;
        QList<Role> roles;
        QSet<QString> actorPermissions;
        QString actorProblem; // why the admin's own permissions are unknown, if they are
    };

    static QString key(const QString &role, const QString &permission);
    bool storedState(int row, int column) const;
    bool wantedState(int row, int column) const;
    void setLoading(bool loading);
    void onLoaded(quint64 generation, const Result<Snapshot> &snapshot);
    void applyNext();
    void onApplied(quint64 generation, const Change &change, const Result<Role> &result);
    void finishApply(bool ok, const QString &message);
    void notifyCell(const QString &role, const QString &permission);

    QPointer<Directory> m_directory;
    Principal m_actor;
    QUndoStack *m_undoStack = nullptr;

    QList<Permission> m_permissions;
    QList<Role> m_roles;
    QSet<QString> m_actorPermissions;
    QString m_actorProblem;
    // role + '\n' + permission -> the state wanted; present only while it differs from the directory.
    QHash<QString, bool> m_wanted;

    quint64 m_generation = 0;
    bool m_loading = true;
    bool m_applying = false;
    QList<Change> m_applyQueue;
    int m_applyTotal = 0;
    int m_applyDone = 0;
};

} // namespace authdesk
