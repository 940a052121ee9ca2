#pragma once
// The user queries (a search with its filter) an administrator saved under a name for one store,
// kept in QSettings in a group of that store's own, and a list model over them sorted by name.
// Names are unique case-insensitively. A saved query holds nothing secret: search text and filter.

#include "core/Result.h"
#include "core/UserFilter.h"

#include <QAbstractListModel>
#include <QList>
#include <QString>
#include <memory>
#include <optional>
#include <utility>

class QSettings;

namespace authdesk {

class SavedQueries final : public QAbstractListModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SavedQueries)
public:
    static constexpr int MaxNameLength = 100; // code points

    struct Entry {
        QString name;
        FilteredSearch query;
        bool operator==(const Entry &) const = default;
    };

    enum DataRole {
        SearchRole = Qt::UserRole, // QString
        QueryJsonRole,             // QJsonObject (FilteredSearch::toJson)
    };
    Q_ENUM(DataRole)

    // storeKey names the store (its path or id: Directory::displayName() is not unique). Without
    // settings, the application's default QSettings; given ones must outlive this object.
    explicit SavedQueries(const QString &storeKey, QSettings *settings = nullptr, QObject *parent = nullptr);
    ~SavedQueries() override;

    QString storeKey() const { return m_storeKey; }
    QList<Entry> entries() const { return m_entries; }
    QStringList names() const;
    std::optional<FilteredSearch> find(const QString &name) const;
    // Entries in the settings this version cannot read (edited by hand, or from a newer version):
    // left where they are, not shown.
    int unreadableCount() const { return static_cast<int>(m_unreadable.size()); }

    // A new name, or with replace an existing one (any case) gets the query; without replace an
    // existing name is refused.
    Status save(const QString &name, const FilteredSearch &query, bool replace = false);
    Status rename(const QString &from, const QString &to);
    Status remove(const QString &name);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    qsizetype indexOf(const QString &name) const;
    void load();
    void write();
    QString group() const;

    QString m_storeKey;
    std::unique_ptr<QSettings> m_ownSettings;
    QSettings *m_settings = nullptr;
    QList<Entry> m_entries;                          // sorted by name, case-insensitively
    QList<std::pair<QString, QString>> m_unreadable; // name and JSON as found, written back unchanged
};

} // namespace authdesk
