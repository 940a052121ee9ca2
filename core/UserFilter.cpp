#include "core/UserFilter.h"

#include "core/policy/InputRules.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QStringList>

namespace authdesk {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(UserFilter)
};

// The JSON member names; a saved query written by this version has no others.
const QLatin1String keyStatus("status");
const QLatin1String keyRole("role");
const QLatin1String keyMfa("mfa");
const QLatin1String keyLocked("locked");
const QLatin1String keyNeverSignedIn("never_signed_in");
const QLatin1String keyCreatedFrom("created_from");
const QLatin1String keyCreatedTo("created_to");
const QLatin1String keySignedInFrom("last_sign_in_from");
const QLatin1String keySignedInTo("last_sign_in_to");
const QLatin1String keySearch("search");

// A saved search is at most as long as listUsers reads.
constexpr int MaxSearchLength = InputRules::MaxEmailLength;

QString isoUtc(const QDateTime &dt)
{
    return dt.toUTC().toString(Qt::ISODateWithMs);
}

Error badMember(const QString &key, const QString &why)
{
    return makeError(ErrorCode::InvalidInput,
                     Tr::tr("The saved filter's “%1” %2.").arg(InputRules::escapeForDisplay(key.left(64)), why));
}

Result<bool> readBool(const QJsonObject &json, QLatin1String key)
{
    const QJsonValue v = json.value(key);
    if (v.isUndefined())
        return false;
    if (!v.isBool())
        return badMember(key, Tr::tr("must be true or false"));
    return v.toBool();
}

// An ISO 8601 time with a zone (…Z or …+02:00); a time without one would mean different
// instants on different machines.
Result<QDateTime> readTime(const QJsonObject &json, QLatin1String key)
{
    const QJsonValue v = json.value(key);
    if (v.isUndefined())
        return QDateTime();
    if (!v.isString())
        return badMember(key, Tr::tr("must be an ISO 8601 date and time as text"));
    const QString text = v.toString();
    const QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (text.size() > 64 || !dt.isValid())
        return badMember(key, Tr::tr("is not an ISO 8601 date and time (for example 2026-01-31T00:00:00Z)"));
    if (dt.timeSpec() == Qt::LocalTime)
        return badMember(key, Tr::tr("has no time zone (end it with Z for UTC)"));
    return dt.toUTC();
}

} // namespace

bool UserFilter::isEmpty() const
{
    return *this == UserFilter();
}

QJsonObject UserFilter::toJson() const
{
    QJsonObject o;
    if (status != StatusFilter::Any)
        o.insert(keyStatus, status == StatusFilter::Active ? QStringLiteral("active") : QStringLiteral("disabled"));
    if (!role.isEmpty())
        o.insert(keyRole, role);
    if (mfa != MfaFilter::Any)
        o.insert(keyMfa, mfa == MfaFilter::Enrolled ? QStringLiteral("enrolled") : QStringLiteral("not_enrolled"));
    if (lockedOnly)
        o.insert(keyLocked, true);
    if (neverSignedIn)
        o.insert(keyNeverSignedIn, true);
    const std::pair<QLatin1String, const QDateTime *> times[] = {{keyCreatedFrom, &createdFrom},
                                                                 {keyCreatedTo, &createdTo},
                                                                 {keySignedInFrom, &lastSignInFrom},
                                                                 {keySignedInTo, &lastSignInTo}};
    for (const auto &[key, time] : times)
        if (time->isValid())
            o.insert(key, isoUtc(*time));
    return o;
}

Result<UserFilter> UserFilter::fromJson(const QJsonObject &json)
{
    static const QStringList known = {keyStatus,      keyRole,      keyMfa,          keyLocked,    keyNeverSignedIn,
                                      keyCreatedFrom, keyCreatedTo, keySignedInFrom, keySignedInTo};
    for (auto it = json.constBegin(); it != json.constEnd(); ++it)
        if (!known.contains(it.key()))
            return badMember(it.key(), Tr::tr("is not a filter this version knows"));

    UserFilter f;
    if (const QJsonValue v = json.value(keyStatus); !v.isUndefined()) {
        if (v == QJsonValue(QStringLiteral("active")))
            f.status = StatusFilter::Active;
        else if (v == QJsonValue(QStringLiteral("disabled")))
            f.status = StatusFilter::Disabled;
        else
            return badMember(keyStatus, Tr::tr("must be “active” or “disabled”"));
    }
    if (const QJsonValue v = json.value(keyRole); !v.isUndefined()) {
        if (!v.isString())
            return badMember(keyRole, Tr::tr("must be a role name as text"));
        auto name = InputRules::roleName(v.toString());
        if (!name.ok())
            return badMember(keyRole, Tr::tr("is not a valid role name: %1").arg(name.message()));
        f.role = name.value();
    }
    if (const QJsonValue v = json.value(keyMfa); !v.isUndefined()) {
        if (v == QJsonValue(QStringLiteral("enrolled")))
            f.mfa = MfaFilter::Enrolled;
        else if (v == QJsonValue(QStringLiteral("not_enrolled")))
            f.mfa = MfaFilter::NotEnrolled;
        else
            return badMember(keyMfa, Tr::tr("must be “enrolled” or “not_enrolled”"));
    }
    auto locked = readBool(json, keyLocked);
    if (!locked.ok())
        return locked.error();
    f.lockedOnly = locked.value();
    auto never = readBool(json, keyNeverSignedIn);
    if (!never.ok())
        return never.error();
    f.neverSignedIn = never.value();

    const std::pair<QLatin1String, QDateTime *> times[] = {{keyCreatedFrom, &f.createdFrom},
                                                           {keyCreatedTo, &f.createdTo},
                                                           {keySignedInFrom, &f.lastSignInFrom},
                                                           {keySignedInTo, &f.lastSignInTo}};
    for (const auto &[key, time] : times) {
        auto t = readTime(json, key);
        if (!t.ok())
            return t.error();
        *time = t.value();
    }
    // [from, to) with to ≤ from matches nobody: almost certainly the two ends swapped.
    if (f.createdFrom.isValid() && f.createdTo.isValid() && f.createdTo <= f.createdFrom)
        return makeError(
            ErrorCode::InvalidInput,
            Tr::tr("The saved filter's creation range is empty: “created_to” must be after “created_from”."));
    if (f.lastSignInFrom.isValid() && f.lastSignInTo.isValid() && f.lastSignInTo <= f.lastSignInFrom)
        return makeError(
            ErrorCode::InvalidInput,
            Tr::tr("The saved filter's sign-in range is empty: “last_sign_in_to” must be after “last_sign_in_from”."));
    return f;
}

QJsonObject FilteredSearch::toJson() const
{
    QJsonObject o = filter.toJson();
    if (!search.isEmpty())
        o.insert(keySearch, search);
    return o;
}

Result<FilteredSearch> FilteredSearch::fromJson(const QJsonObject &json)
{
    FilteredSearch out;
    QJsonObject rest = json;
    if (const QJsonValue v = rest.take(keySearch); !v.isUndefined()) {
        if (!v.isString())
            return badMember(keySearch, Tr::tr("must be text"));
        const QString text = v.toString();
        if (InputRules::codePointCount(text) > MaxSearchLength)
            return badMember(keySearch, Tr::tr("is longer than %1 characters").arg(MaxSearchLength));
        out.search = text;
    }
    auto f = UserFilter::fromJson(rest);
    if (!f.ok())
        return f.error();
    out.filter = f.value();
    return out;
}

} // namespace authdesk
