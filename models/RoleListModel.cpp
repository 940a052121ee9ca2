#include "models/RoleListModel.h"

#include <QLocale>

namespace authdesk {

RoleListModel::RoleListModel(Directory *directory, Principal actor, QObject *parent)
    : QAbstractTableModel(parent), m_directory(directory), m_actor(std::move(actor))
{
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_generation == 0)
                refresh();
        },
        Qt::QueuedConnection);
}

int RoleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_roles.size());
}

int RoleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags RoleListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> RoleListModel::roleNames() const
{
    auto names = QAbstractTableModel::roleNames();
    names.insert(RoleNameRole, QByteArrayLiteral("roleName"));
    names.insert(PermissionsRole, QByteArrayLiteral("permissions"));
    return names;
}

int RoleListModel::rowOf(const QString &name) const
{
    for (qsizetype i = 0; i < m_roles.size(); ++i)
        if (m_roles.at(i).name.compare(name, Qt::CaseInsensitive) == 0)
            return static_cast<int>(i);
    return -1;
}

QVariant RoleListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Role &r = m_roles.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return r.name;
        case Description:
            return r.description;
        case Builtin:
            return r.builtin ? tr("Built-in") : tr("Custom");
        case Members:
            return QLocale().toString(r.memberCount);
        case Permissions:
            return QLocale().toString(r.permissions.size());
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Name:
        case Description: // elided in a narrow table: the whole text on hover
            return r.description.isEmpty() ? QVariant() : QVariant(r.description);
        case Builtin:
            return r.builtin ? tr("Seeded with every store; its permissions can still be changed.")
                             : tr("Created by an administrator.");
        case Permissions:
            return r.permissions.isEmpty() ? tr("No permissions") : r.permissions.join(QLatin1Char('\n'));
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == Members || index.column() == Permissions)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case RoleNameRole:
        return r.name;
    case PermissionsRole:
        return r.permissions;
    }
    return {};
}

QVariant RoleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Role");
    case Description:
        return tr("Description");
    case Builtin:
        return tr("Kind");
    case Members:
        return tr("Members");
    case Permissions:
        return tr("Permissions");
    }
    return {};
}

void RoleListModel::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

void RoleListModel::refresh()
{
    const quint64 generation = ++m_generation;
    if (!m_directory) {
        setLoading(false);
        return;
    }
    setLoading(true);
    // The queued hop: Qt 6.4 runs a continuation inside then() when the answer is already there.
    m_directory->listRoles(m_actor).then(this, [this, generation](const Result<QList<Role>> &result) {
        QMetaObject::invokeMethod(
            this, [this, generation, result] { onLoaded(generation, result); }, Qt::QueuedConnection);
    });
}

void RoleListModel::onLoaded(quint64 generation, const Result<QList<Role>> &result)
{
    if (generation != m_generation)
        return;
    if (!result.ok()) {
        setLoading(false);
        Q_EMIT errorOccurred(result.message());
        return;
    }
    beginResetModel();
    m_roles = result.value();
    endResetModel();
    setLoading(false);
}

} // namespace authdesk
