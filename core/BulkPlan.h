#pragma once
// The preview of a bulk action: for each selected user, whether it will change (before → after in
// words), is skipped (nothing to do, or it is you) or is refused (a permission or guard rule core
// would apply). It only predicts; core still checks every single call when the action runs.

#include "core/Rbac.h"
#include "core/Result.h"
#include "core/User.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>

namespace authdesk {

enum class BulkActionKind { Disable, Enable, AddRole, RemoveRole, RequirePasswordChange, Delete };

struct BulkAction {
    BulkActionKind kind = BulkActionKind::Disable;
    QString reason;  // Disable: required
    QDateTime until; // Disable: invalid means until enabled again
    QString role;    // AddRole, RemoveRole

    // The action's name for an administrator ("Disable", "Add role" …).
    static QString displayName(BulkActionKind kind);
    // The console permission core asks for this action.
    static QString requiredPermission(BulkActionKind kind);
    // Whether the inputs are complete and valid (reason, end date in the future, a role), with a
    // message that names the rule that failed.
    Status validate(const QDateTime &nowUtc) const;
};

enum class BulkVerdict { Change, Skip, Refuse };

struct BulkPlanItem {
    User user; // as previewed; its version is what the run expects to find
    BulkVerdict verdict = BulkVerdict::Change;
    QString before; // the state the action changes, in words
    QString after;  // for Change: the state after it
    QString reason; // for Skip and Refuse: why
};

// What the planner knows of the acting administrator and the directory.
struct BulkPlanContext {
    qint64 actorId = 0;
    QString actorUsername;
    QStringList actorPermissions;               // Directory::ownConsolePermissions
    QList<Role> roles;                          // Directory::listRoles; empty: role rules are left to core
    std::optional<QSet<qint64>> activeOwnerIds; // unset: the last-owner rule is left to core
};

// Plans user by user, so a caller can plan 100,000 users in slices without freezing a GUI. The
// last-owner rule needs the order: users are planned as the runner will run them.
class BulkPlanner {
public:
    BulkPlanner(BulkAction action, BulkPlanContext context, QDateTime nowUtc);

    BulkPlanItem plan(const User &user);
    QList<BulkPlanItem> planAll(const QList<User> &users);

    const BulkAction &action() const { return m_action; }

private:
    std::optional<QString> refusalForTarget(const User &user) const;
    std::optional<QString> lastOwnerRefusal(const User &user);
    QStringList consolePermissionsOfRoles(const QStringList &roles, bool *known) const;

    BulkAction m_action;
    BulkPlanContext m_context;
    QDateTime m_now;
    QHash<QString, Role> m_rolesByKey; // case-folded name
    QSet<qint64> m_remainingOwners;
};

} // namespace authdesk
