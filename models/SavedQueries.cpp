#include "models/SavedQueries.h"

#include "core/policy/InputRules.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSettings>
#include <algorithm>

namespace authdesk {

namespace {

QString foldedName(const QString &name)
{
    return InputRules::foldKey(name);
}

Result<QString> checkedName(const QString &raw)
{
    const QString name = raw.trimmed().normalized(QString::NormalizationForm_C);
    if (name.isEmpty())
        return makeError(ErrorCode::InvalidInput, SavedQueries::tr("A saved query needs a name."));
    if (InputRules::codePointCount(name) > SavedQueries::MaxNameLength)
        return makeError(ErrorCode::InvalidInput,
                         SavedQueries::tr("The name of a saved query is too long (at most %1 "
                                          "characters).")
                             .arg(SavedQueries::MaxNameLength));
    // escapeForDisplay changes exactly the text that holds control or invisible characters.
    if (InputRules::escapeForDisplay(name) != name)
        return makeError(ErrorCode::InvalidInput,
                         SavedQueries::tr("The name of a saved query contains control or invisible characters."));
    return name;
}

} // namespace

SavedQueries::SavedQueries(const QString &storeKey, QSettings *settings, QObject *parent)
    : QAbstractListModel(parent), m_storeKey(storeKey), m_settings(settings)
{
    if (!m_settings) {
        m_ownSettings = std::make_unique<QSettings>();
        m_settings = m_ownSettings.get();
    }
    load();
}

SavedQueries::~SavedQueries() = default;

QString SavedQueries::group() const
{
    // A store key is a path or an id with '/' and other characters QSettings reads as structure;
    // its hash is a group name that is safe and still one per store.
    const QByteArray hash = QCryptographicHash::hash(m_storeKey.toUtf8(), QCryptographicHash::Sha256).toHex().left(32);
    return QStringLiteral("savedUserQueries/") + QString::fromLatin1(hash);
}

void SavedQueries::load()
{
    m_entries.clear();
    m_unreadable.clear();
    m_settings->beginGroup(group());
    const int n = m_settings->beginReadArray(QStringLiteral("queries"));
    for (int i = 0; i < n; ++i) {
        m_settings->setArrayIndex(i);
        const QString rawName = m_settings->value(QStringLiteral("name")).toString();
        const QString rawJson = m_settings->value(QStringLiteral("query")).toString();
        const auto name = checkedName(rawName);
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(rawJson.toUtf8(), &parseError);
        const auto query = doc.isObject() ? FilteredSearch::fromJson(doc.object())
                                          : Result<FilteredSearch>(makeError(ErrorCode::InvalidInput, QString()));
        if (!name.ok() || !query.ok() || indexOf(name.value()) >= 0) {
            m_unreadable.append({rawName, rawJson});
            continue;
        }
        m_entries.append(Entry{name.value(), query.value()});
    }
    m_settings->endArray();
    m_settings->endGroup();
    std::sort(m_entries.begin(), m_entries.end(), [](const Entry &a, const Entry &b) {
        return QString::compare(foldedName(a.name), foldedName(b.name)) < 0;
    });
}

void SavedQueries::write()
{
    m_settings->beginGroup(group());
    m_settings->remove(QString()); // the whole group: an array that shrank leaves no old rows behind
    m_settings->setValue(QStringLiteral("storeKey"), m_storeKey);
    m_settings->beginWriteArray(QStringLiteral("queries"), static_cast<int>(m_entries.size() + m_unreadable.size()));
    int i = 0;
    for (const Entry &e : std::as_const(m_entries)) {
        m_settings->setArrayIndex(i++);
        m_settings->setValue(QStringLiteral("name"), e.name);
        m_settings->setValue(QStringLiteral("query"),
                             QString::fromUtf8(QJsonDocument(e.query.toJson()).toJson(QJsonDocument::Compact)));
    }
    for (const auto &[name, json] : std::as_const(m_unreadable)) {
        m_settings->setArrayIndex(i++);
        m_settings->setValue(QStringLiteral("name"), name);
        m_settings->setValue(QStringLiteral("query"), json);
    }
    m_settings->endArray();
    m_settings->endGroup();
    m_settings->sync();
}

qsizetype SavedQueries::indexOf(const QString &name) const
{
    const QString key = foldedName(name.trimmed().normalized(QString::NormalizationForm_C));
    for (qsizetype i = 0; i < m_entries.size(); ++i)
        if (foldedName(m_entries.at(i).name) == key)
            return i;
    return -1;
}

QStringList SavedQueries::names() const
{
    QStringList out;
    for (const Entry &e : m_entries)
        out << e.name;
    return out;
}

std::optional<FilteredSearch> SavedQueries::find(const QString &name) const
{
    const qsizetype i = indexOf(name);
    if (i < 0)
        return std::nullopt;
    return m_entries.at(i).query;
}

Status SavedQueries::save(const QString &rawName, const FilteredSearch &query, bool replace)
{
    auto name = checkedName(rawName);
    if (!name.ok())
        return name.error();
    // What is saved must read back: the same rules as a query read from the settings.
    auto checked = FilteredSearch::fromJson(query.toJson());
    if (!checked.ok())
        return checked.error();
    const qsizetype existing = indexOf(name.value());
    if (existing >= 0) {
        if (!replace)
            return makeError(ErrorCode::AlreadyExists,
                             tr("There already is a saved query named “%1”.").arg(m_entries.at(existing).name));
        beginRemoveRows({}, static_cast<int>(existing), static_cast<int>(existing));
        m_entries.removeAt(existing);
        endRemoveRows();
    }
    const QString key = foldedName(name.value());
    const auto at = std::find_if(m_entries.cbegin(), m_entries.cend(),
                                 [&](const Entry &e) { return QString::compare(foldedName(e.name), key) > 0; });
    const int row = static_cast<int>(at - m_entries.cbegin());
    beginInsertRows({}, row, row);
    m_entries.insert(row, Entry{name.value(), checked.value()});
    endInsertRows();
    write();
    return Done{};
}

Status SavedQueries::rename(const QString &from, const QString &to)
{
    const qsizetype i = indexOf(from);
    if (i < 0)
        return makeError(
            ErrorCode::NotFound,
            tr("There is no saved query named “%1”.").arg(InputRules::escapeForDisplay(from.left(MaxNameLength))));
    auto name = checkedName(to);
    if (!name.ok())
        return name.error();
    const qsizetype clash = indexOf(name.value());
    if (clash >= 0 && clash != i)
        return makeError(ErrorCode::AlreadyExists,
                         tr("There already is a saved query named “%1”.").arg(m_entries.at(clash).name));
    const FilteredSearch query = m_entries.at(i).query;
    beginRemoveRows({}, static_cast<int>(i), static_cast<int>(i));
    m_entries.removeAt(i);
    endRemoveRows();
    const QString key = foldedName(name.value());
    const auto at = std::find_if(m_entries.cbegin(), m_entries.cend(),
                                 [&](const Entry &e) { return QString::compare(foldedName(e.name), key) > 0; });
    const int row = static_cast<int>(at - m_entries.cbegin());
    beginInsertRows({}, row, row);
    m_entries.insert(row, Entry{name.value(), query});
    endInsertRows();
    write();
    return Done{};
}

Status SavedQueries::remove(const QString &name)
{
    const qsizetype i = indexOf(name);
    if (i < 0)
        return makeError(
            ErrorCode::NotFound,
            tr("There is no saved query named “%1”.").arg(InputRules::escapeForDisplay(name.left(MaxNameLength))));
    beginRemoveRows({}, static_cast<int>(i), static_cast<int>(i));
    m_entries.removeAt(i);
    endRemoveRows();
    write();
    return Done{};
}

int SavedQueries::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

QVariant SavedQueries::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return e.name;
    case Qt::ToolTipRole:
        return e.query.search.isEmpty() ? QVariant() : QVariant(tr("Search: %1").arg(e.query.search));
    case SearchRole:
        return e.query.search;
    case QueryJsonRole:
        return e.query.toJson();
    }
    return {};
}

QHash<int, QByteArray> SavedQueries::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(SearchRole, QByteArrayLiteral("search"));
    names.insert(QueryJsonRole, QByteArrayLiteral("queryJson"));
    return names;
}

} // namespace authdesk
