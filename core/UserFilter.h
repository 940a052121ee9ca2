#pragma once
// The attribute filters an administrator combines (AND) over the user list, run by the directory
// on the database side, and their JSON form for saved queries.

#include "core/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace authdesk {

// Effective status: disabled with an end time that has passed counts as active (User::isEffectivelyActive).
enum class StatusFilter { Any, Active, Disabled };
// Enrolled: the user has an active TOTP factor. A pending or a failure-disabled one is not enrolled.
enum class MfaFilter { Any, Enrolled, NotEnrolled };

struct UserFilter {
    StatusFilter status = StatusFilter::Any;
    QString role;                  // holders of this role (name, case-insensitive); empty: any
    MfaFilter mfa = MfaFilter::Any;
    // Locked: the user's TOTP factor was disabled after too many wrong codes in a row, or their
    // active factor is in a throttle wait right now (see User::locked).
    bool lockedOnly = false;
    bool neverSignedIn = false;
    // Half-open ranges [from, to) in UTC; an invalid end is open.
    QDateTime createdFrom;
    QDateTime createdTo;
    QDateTime lastSignInFrom;
    QDateTime lastSignInTo;

    bool isEmpty() const;
    bool operator==(const UserFilter &other) const = default;

    // Only the members that narrow the list are written; dates as ISO 8601 UTC with milliseconds.
    QJsonObject toJson() const;
    // Unknown members, wrong types, bad values and empty ranges are refused with a message that names them.
    static Result<UserFilter> fromJson(const QJsonObject &json);
};

// A search text together with a filter: what a saved query keeps.
struct FilteredSearch {
    QString search;
    UserFilter filter;

    bool operator==(const FilteredSearch &other) const = default;

    // The filter's members plus "search" when there is one.
    QJsonObject toJson() const;
    static Result<FilteredSearch> fromJson(const QJsonObject &json);
};

} // namespace authdesk
