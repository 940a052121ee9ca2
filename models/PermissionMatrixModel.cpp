#include "models/PermissionMatrixModel.h"

#include "core/policy/ConsolePermissions.h"
#include "models/Continuation.h"

#include <QCoreApplication>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>
#include <QUndoCommand>
#include <QUndoStack>
#include <algorithm>
#include <memory>

namespace authdesk {

namespace {

namespace P = ConsolePermission;

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PermissionMatrixModel)
};

bool sameName(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

// One click on a cell. It stores both states, so undo and redo restore exactly what was shown.
class ToggleCommand final : public QUndoCommand {
public:
    ToggleCommand(PermissionMatrixModel *model, QString role, QString permission, bool before, bool after)
        : m_model(model), m_role(std::move(role)), m_permission(std::move(permission)), m_before(before), m_after(after)
    {
        setText(after ? Tr::tr("grant %1 to %2").arg(m_permission, m_role)
                      : Tr::tr("revoke %1 from %2").arg(m_permission, m_role));
    }
    void undo() override { m_model->setWanted(m_role, m_permission, m_before); }
    void redo() override { m_model->setWanted(m_role, m_permission, m_after); }

private:
    PermissionMatrixModel *m_model;
    QString m_role;
    QString m_permission;
    bool m_before;
    bool m_after;
};

} // namespace

PermissionMatrixModel::PermissionMatrixModel(Directory *directory, Principal actor, QObject *parent)
    : QAbstractTableModel(parent), m_directory(directory), m_actor(std::move(actor)), m_undoStack(new QUndoStack(this))
{
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_generation == 0)
                reload();
        },
        Qt::QueuedConnection);
}

PermissionMatrixModel::~PermissionMatrixModel()
{
    // The commands point at this model; they go first.
    m_undoStack->clear();
}

QString PermissionMatrixModel::key(const QString &role, const QString &permission)
{
    return role.toCaseFolded() + QLatin1Char('\n') + permission;
}

int PermissionMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_permissions.size());
}

int PermissionMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_roles.size());
}

QString PermissionMatrixModel::permissionAt(int row) const
{
    return row >= 0 && row < m_permissions.size() ? m_permissions.at(row).name : QString();
}

QString PermissionMatrixModel::roleAt(int column) const
{
    return column >= 0 && column < m_roles.size() ? m_roles.at(column).name : QString();
}

int PermissionMatrixModel::rowOf(const QString &permission) const
{
    for (qsizetype i = 0; i < m_permissions.size(); ++i)
        if (m_permissions.at(i).name == permission)
            return static_cast<int>(i);
    return -1;
}

int PermissionMatrixModel::columnOf(const QString &role) const
{
    for (qsizetype i = 0; i < m_roles.size(); ++i)
        if (sameName(m_roles.at(i).name, role))
            return static_cast<int>(i);
    return -1;
}

bool PermissionMatrixModel::storedState(int row, int column) const
{
    return m_roles.at(column).permissions.contains(m_permissions.at(row).name);
}

bool PermissionMatrixModel::wantedState(int row, int column) const
{
    return m_wanted.value(key(m_roles.at(column).name, m_permissions.at(row).name), storedState(row, column));
}

bool PermissionMatrixModel::canManageRoles() const
{
    return m_actorProblem.isEmpty() && m_actorPermissions.contains(P::RolesManage);
}

QString PermissionMatrixModel::lockReason(int row, int column) const
{
    if (row < 0 || row >= rowCount() || column < 0 || column >= columnCount())
        return {};
    if (m_applying)
        return Tr::tr("Changes are being applied; wait until they are done.");
    if (!m_actorProblem.isEmpty())
        return Tr::tr("Your own console permissions could not be read, so nothing can be changed here: %1")
            .arg(m_actorProblem);
    // The same order of rules as the core, so the reason shown is the one the core would give.
    if (!m_actorPermissions.contains(P::RolesManage))
        return Tr::tr("You cannot change roles: that needs the console permission %1, which you do not have.")
            .arg(P::RolesManage);
    const Role &role = m_roles.at(column);
    const Permission &permission = m_permissions.at(row);
    for (const QString &held : role.permissions)
        if (P::isConsolePermission(held) && !m_actorPermissions.contains(held))
            return Tr::tr("The role %1 holds %2, which you do not have; you cannot change it.").arg(role.name, held);
    const bool console = permission.kind == PermissionKind::Console;
    if (console && !m_actorPermissions.contains(permission.name))
        return Tr::tr("You cannot grant or revoke %1, which you do not hold yourself.").arg(permission.name);
    if (console && sameName(role.name, P::OwnerRole))
        return Tr::tr("The owner role always keeps every console permission.");
    return {};
}

Qt::ItemFlags PermissionMatrixModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    if (lockReason(index.row(), index.column()).isEmpty())
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QHash<int, QByteArray> PermissionMatrixModel::roleNames() const
{
    auto names = QAbstractTableModel::roleNames();
    names.insert(PendingRole, QByteArrayLiteral("pending"));
    names.insert(PermissionNameRole, QByteArrayLiteral("permissionName"));
    names.insert(RoleNameRole, QByteArrayLiteral("roleName"));
    names.insert(EditableRole, QByteArrayLiteral("editable"));
    return names;
}

QVariant PermissionMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    const bool wanted = wantedState(row, column);
    const bool pending = wanted != storedState(row, column);
    const QString &roleName = m_roles.at(column).name;
    const QString &permission = m_permissions.at(row).name;
    switch (role) {
    case Qt::CheckStateRole:
        return wanted ? Qt::Checked : Qt::Unchecked;
    case PendingRole:
        return pending;
    case PermissionNameRole:
        return permission;
    case RoleNameRole:
        return roleName;
    case EditableRole:
        return lockReason(row, column).isEmpty();
    case Qt::FontRole:
        if (pending) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::BackgroundRole:
        // Pending cells stand out in the theme's own colours.
        if (pending)
            return QGuiApplication::palette().brush(QPalette::Active, QPalette::Highlight);
        return {};
    case Qt::ForegroundRole:
        if (pending)
            return QGuiApplication::palette().brush(QPalette::Active, QPalette::HighlightedText);
        return {};
    case Qt::DisplayRole:
        // A word beside the box, so the pending state does not rely on colour alone.
        return pending ? Tr::tr("pending") : QString();
    case Qt::AccessibleTextRole: {
        QString text = wanted ? Tr::tr("%1 has %2").arg(roleName, permission)
                              : Tr::tr("%1 does not have %2").arg(roleName, permission);
        if (pending)
            text += QLatin1String(", ") + Tr::tr("pending until applied");
        return text;
    }
    case Qt::ToolTipRole: {
        QStringList lines;
        if (pending)
            lines << (wanted ? Tr::tr("Pending: %1 will be granted to %2 when you apply.").arg(permission, roleName)
                             : Tr::tr("Pending: %1 will be revoked from %2 when you apply.").arg(permission, roleName));
        const QString reason = lockReason(row, column);
        if (!reason.isEmpty())
            lines << reason;
        return lines.join(QLatin1Char('\n'));
    }
    default:
        return {};
    }
}

QVariant PermissionMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical && section >= 0 && section < m_permissions.size()) {
        const Permission &p = m_permissions.at(section);
        if (role == Qt::DisplayRole)
            return p.name;
        if (role == Qt::ToolTipRole || role == Qt::AccessibleDescriptionRole) {
            // Console descriptions are seeded from ConsolePermissions.cpp and translated there.
            const QString description = p.kind == PermissionKind::Console
                ? QCoreApplication::translate("ConsolePermission", p.description.toUtf8().constData())
                : p.description;
            return p.kind == PermissionKind::Console ? Tr::tr("Console permission: %1").arg(description)
                                                     : Tr::tr("Application permission: %1").arg(description);
        }
    } else if (orientation == Qt::Horizontal && section >= 0 && section < m_roles.size()) {
        const Role &r = m_roles.at(section);
        if (role == Qt::DisplayRole)
            return r.name;
        if (role == Qt::ToolTipRole || role == Qt::AccessibleDescriptionRole)
            return r.builtin ? Tr::tr("%1 (built-in role)").arg(r.description) : r.description;
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

bool PermissionMatrixModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    if (!lockReason(index.row(), index.column()).isEmpty())
        return false;
    const bool before = wantedState(index.row(), index.column());
    const bool after = value.toInt() == Qt::Checked;
    if (before == after)
        return false;
    m_undoStack->push(new ToggleCommand(this, roleAt(index.column()), permissionAt(index.row()), before, after));
    return true;
}

void PermissionMatrixModel::setWanted(const QString &role, const QString &permission, bool granted)
{
    const int row = rowOf(permission);
    const int column = columnOf(role);
    if (row < 0 || column < 0)
        return;
    const QString k = key(role, permission);
    const int before = pendingCount();
    if (granted == storedState(row, column))
        m_wanted.remove(k);
    else
        m_wanted.insert(k, granted);
    notifyCell(role, permission);
    if (pendingCount() != before)
        Q_EMIT pendingCountChanged(pendingCount());
}

void PermissionMatrixModel::notifyCell(const QString &role, const QString &permission)
{
    const int row = rowOf(permission);
    const int column = columnOf(role);
    if (row >= 0 && column >= 0)
        Q_EMIT dataChanged(index(row, column), index(row, column));
}

QList<PermissionMatrixModel::Change> PermissionMatrixModel::pendingChanges() const
{
    QList<Change> out;
    for (int column = 0; column < columnCount(); ++column)
        for (int row = 0; row < rowCount(); ++row) {
            const auto it = m_wanted.constFind(key(m_roles.at(column).name, m_permissions.at(row).name));
            if (it != m_wanted.constEnd())
                out << Change{m_roles.at(column).name, m_permissions.at(row).name, it.value()};
        }
    return out;
}

void PermissionMatrixModel::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

void PermissionMatrixModel::reload()
{
    const quint64 generation = ++m_generation;
    if (!m_directory) {
        setLoading(false);
        return;
    }
    setLoading(true);
    // Three reads one after the other; a newer reload() makes the rest of an older chain stop.
    auto snapshot = std::make_shared<Snapshot>();
    auto fail = [this, generation](const Error &error) { onLoaded(generation, Result<Snapshot>(error)); };
    whenAnswered(this, m_directory->listPermissions(m_actor), [=, this](const Result<QList<Permission>> &perms) {
        if (!perms.ok())
            return fail(perms.error());
        if (generation != m_generation || !m_directory)
            return;
        snapshot->permissions = perms.value();
        // Console permissions first, each group in name order.
        std::stable_sort(snapshot->permissions.begin(), snapshot->permissions.end(),
                         [](const Permission &a, const Permission &b) {
                             if (a.kind != b.kind)
                                 return a.kind == PermissionKind::Console;
                             return a.name < b.name;
                         });
        whenAnswered(this, m_directory->listRoles(m_actor), [=, this](const Result<QList<Role>> &roles) {
            if (!roles.ok())
                return fail(roles.error());
            if (generation != m_generation || !m_directory)
                return;
            snapshot->roles = roles.value();
            whenAnswered(this, m_directory->effectivePermissions(m_actor, m_actor.username()),
                         [=, this](const Result<QList<EffectivePermission>> &own) {
                             if (own.ok()) {
                                 for (const EffectivePermission &p : own.value())
                                     if (p.kind == PermissionKind::Console)
                                         snapshot->actorPermissions.insert(p.name);
                             } else {
                                 // Shown as the reason every cell is locked; the core still decides.
                                 snapshot->actorProblem = own.message();
                             }
                             onLoaded(generation, Result<Snapshot>(*snapshot));
                         });
        });
    });
}

void PermissionMatrixModel::onLoaded(quint64 generation, const Result<Snapshot> &snapshot)
{
    if (generation != m_generation)
        return;
    if (!snapshot.ok()) {
        setLoading(false);
        Q_EMIT errorOccurred(snapshot.message());
        return;
    }
    const int pendingBefore = pendingCount();
    beginResetModel();
    m_permissions = snapshot->permissions;
    m_roles = snapshot->roles;
    m_actorPermissions = snapshot->actorPermissions;
    m_actorProblem = snapshot->actorProblem;
    // Pending changes whose role or permission is gone, or that the directory now agrees with, end.
    for (auto it = m_wanted.begin(); it != m_wanted.end();) {
        const qsizetype cut = it.key().indexOf(QLatin1Char('\n'));
        const int row = rowOf(it.key().mid(cut + 1));
        const int column = columnOf(it.key().left(cut));
        if (row < 0 || column < 0 || storedState(row, column) == it.value())
            it = m_wanted.erase(it);
        else
            ++it;
    }
    endResetModel();
    setLoading(false);
    if (pendingCount() != pendingBefore)
        Q_EMIT pendingCountChanged(pendingCount());
}

void PermissionMatrixModel::apply()
{
    if (m_applying || m_loading || !m_directory)
        return;
    m_applyQueue = pendingChanges();
    if (m_applyQueue.isEmpty())
        return;
    m_applyTotal = static_cast<int>(m_applyQueue.size());
    m_applyDone = 0;
    m_applying = true;
    Q_EMIT applyingChanged(true);
    // Every cell becomes read-only while the changes go out.
    if (rowCount() > 0 && columnCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    Q_EMIT applyProgress(0, m_applyTotal);
    applyNext();
}

void PermissionMatrixModel::applyNext()
{
    if (m_applyQueue.isEmpty() || !m_directory) {
        finishApply(m_applyQueue.isEmpty(), m_applyQueue.isEmpty() ? QString() : Tr::tr("The directory is gone."));
        return;
    }
    const Change change = m_applyQueue.first();
    const quint64 generation = m_generation;
    auto future = change.grant ? m_directory->grantPermission(m_actor, change.role, change.permission)
                               : m_directory->revokePermission(m_actor, change.role, change.permission);
    whenAnswered(this, future,
                 [this, generation, change](const Result<Role> &result) { onApplied(generation, change, result); });
}

void PermissionMatrixModel::onApplied(quint64 generation, const Change &change, const Result<Role> &result)
{
    Q_UNUSED(generation)
    if (!result.ok()) {
        finishApply(false, result.message());
        return;
    }
    m_applyQueue.removeFirst();
    ++m_applyDone;
    // The role as the directory now has it: the applied cell shows as stored, not pending.
    const int column = columnOf(change.role);
    if (column >= 0) {
        m_roles[column] = result.value();
        m_wanted.remove(key(change.role, change.permission));
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, column), index(rowCount() - 1, column));
        Q_EMIT pendingCountChanged(pendingCount());
    }
    Q_EMIT applyProgress(m_applyDone, m_applyTotal);
    applyNext();
}

void PermissionMatrixModel::finishApply(bool ok, const QString &message)
{
    m_applyQueue.clear();
    m_applying = false;
    // What was undoable was the pending edit; once everything is in the directory there is
    // nothing left to undo. After a refusal the history stays, so the rest can still be undone.
    if (ok)
        m_undoStack->clear();
    Q_EMIT applyingChanged(false);
    Q_EMIT applyFinished(ok, message);
    reload();
}

void PermissionMatrixModel::discard()
{
    const bool had = !m_wanted.isEmpty();
    m_undoStack->clear();
    m_wanted.clear();
    if (had) {
        if (rowCount() > 0 && columnCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        Q_EMIT pendingCountChanged(0);
    }
}

} // namespace authdesk
