#pragma once
// The roles of a directory as a table (name, description, built-in, members, permissions), read
// through the Directory and read again on demand.

#include "core/Directory.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

namespace authdesk {

class RoleListModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoleListModel)
public:
    enum Column { Name, Description, Builtin, Members, Permissions, ColumnCount };
    Q_ENUM(Column)

    enum DataRole {
        RoleNameRole = Qt::UserRole, // QString
        PermissionsRole,             // QStringList
    };
    Q_ENUM(DataRole)

    // The directory must outlive the model. The first read starts from the event loop.
    RoleListModel(Directory *directory, Principal actor, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    bool isLoading() const { return m_loading; }
    const QList<Role> &roles() const { return m_roles; }
    // The row of a role (case-insensitive), or -1.
    int rowOf(const QString &name) const;

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void loadingChanged(bool loading);
    void errorOccurred(const QString &message);

private:
    void onLoaded(quint64 generation, const Result<QList<Role>> &result);
    void setLoading(bool loading);

    QPointer<Directory> m_directory;
    Principal m_actor;
    QList<Role> m_roles;
    quint64 m_generation = 0;
    bool m_loading = true;
};

} // namespace authdesk
