#include "core/BulkPlan.h"

#include "core/policy/ConsolePermissions.h"
#include "core/policy/InputRules.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>

namespace authdesk {

namespace P = ConsolePermission;

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(BulkPlan)
};

QString shown(const QString &text)
{
    return InputRules::escapeForDisplay(text);
}

QString localTime(const QDateTime &utc)
{
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

QString statusInWords(const User &u, const QDateTime &nowUtc)
{
    if (u.isEffectivelyActive(nowUtc))
        return Tr::tr("Active");
    QString text =
        u.disabledUntil.isValid() ? Tr::tr("Disabled until %1").arg(localTime(u.disabledUntil)) : Tr::tr("Disabled");
    if (!u.disabledReason.isEmpty())
        text += Tr::tr(" (reason: %1)").arg(shown(u.disabledReason));
    return text;
}

QString rolesInWords(const QStringList &roles)
{
    if (roles.isEmpty())
        return Tr::tr("No roles");
    QStringList escaped;
    escaped.reserve(roles.size());
    for (const QString &r : roles)
        escaped << shown(r);
    return Tr::tr("Roles: %1").arg(escaped.join(QStringLiteral(", ")));
}

bool hasRole(const User &u, const QString &role)
{
    const QString key = InputRules::foldKey(role);
    return std::any_of(u.roles.cbegin(), u.roles.cend(),
                       [&](const QString &r) { return InputRules::foldKey(r) == key; });
}

bool isOwner(const User &u)
{
    return hasRole(u, P::OwnerRole);
}
} // namespace

QString BulkAction::displayName(BulkActionKind kind)
{
    switch (kind) {
    case BulkActionKind::Disable:
        return Tr::tr("Disable");
    case BulkActionKind::Enable:
        return Tr::tr("Enable");
    case BulkActionKind::AddRole:
        return Tr::tr("Add role");
    case BulkActionKind::RemoveRole:
        return Tr::tr("Remove role");
    case BulkActionKind::RequirePasswordChange:
        return Tr::tr("Require password change");
    case BulkActionKind::Delete:
        return Tr::tr("Delete");
    }
    return {};
}

QString BulkAction::requiredPermission(BulkActionKind kind)
{
    switch (kind) {
    case BulkActionKind::Disable:
    case BulkActionKind::Enable:
        return P::UsersDisable;
    case BulkActionKind::AddRole:
    case BulkActionKind::RemoveRole:
        return P::RolesAssign;
    case BulkActionKind::RequirePasswordChange:
        return P::UsersResetPassword;
    case BulkActionKind::Delete:
        return P::UsersDelete;
    }
    return {};
}

Status BulkAction::validate(const QDateTime &nowUtc) const
{
    switch (kind) {
    case BulkActionKind::Disable: {
        if (reason.trimmed().isEmpty())
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("Disabling needs a reason: say why these accounts are disabled."));
        if (auto r = InputRules::reason(reason, true); !r.ok())
            return r.error();
        if (until.isValid() && until <= nowUtc)
            return makeError(ErrorCode::InvalidInput, Tr::tr("The end of the disablement must lie in the future."));
        return Done{};
    }
    case BulkActionKind::AddRole:
    case BulkActionKind::RemoveRole:
        if (role.trimmed().isEmpty())
            return makeError(ErrorCode::InvalidInput, Tr::tr("Choose the role to add or remove."));
        return Done{};
    case BulkActionKind::Enable:
    case BulkActionKind::RequirePasswordChange:
    case BulkActionKind::Delete:
        return Done{};
    }
    return Done{};
}

BulkPlanner::BulkPlanner(BulkAction action, BulkPlanContext context, QDateTime nowUtc)
    : m_action(std::move(action)), m_context(std::move(context)), m_now(std::move(nowUtc))
{
    for (const Role &r : std::as_const(m_context.roles))
        m_rolesByKey.insert(InputRules::foldKey(r.name), r);
    if (m_context.activeOwnerIds)
        m_remainingOwners = *m_context.activeOwnerIds;
}

QStringList BulkPlanner::consolePermissionsOfRoles(const QStringList &roles, bool *known) const
{
    QStringList perms;
    *known = true;
    for (const QString &name : roles) {
        const auto it = m_rolesByKey.constFind(InputRules::foldKey(name));
        if (it == m_rolesByKey.constEnd()) {
            *known = false;
            continue;
        }
        for (const QString &p : it->permissions)
            if (P::isConsolePermission(p) && !perms.contains(p))
                perms << p;
    }
    std::sort(perms.begin(), perms.end());
    return perms;
}

// Core refuses to change an account that holds console permissions the actor lacks.
std::optional<QString> BulkPlanner::refusalForTarget(const User &user) const
{
    if (m_rolesByKey.isEmpty())
        return std::nullopt;
    bool known = false;
    QStringList missing;
    for (const QString &p : consolePermissionsOfRoles(user.roles, &known))
        if (!m_context.actorPermissions.contains(p))
            missing << p;
    if (missing.isEmpty())
        return std::nullopt;
    return Tr::tr("%1 holds console permissions you do not have (%2); only an administrator who holds them can "
                  "change this account.")
        .arg(shown(user.username), missing.join(QStringLiteral(", ")));
}

// Core refuses to take the last active owner away; planned in run order, so of a selection of
// every owner, all but one go.
std::optional<QString> BulkPlanner::lastOwnerRefusal(const User &user)
{
    if (!m_context.activeOwnerIds || !isOwner(user))
        return std::nullopt;
    QSet<qint64> others = m_remainingOwners;
    others.remove(user.id);
    if (others.isEmpty())
        return Tr::tr("%1 is the last active owner of this store. Make another user an owner first.")
            .arg(shown(user.username));
    m_remainingOwners.remove(user.id);
    return std::nullopt;
}

BulkPlanItem BulkPlanner::plan(const User &user)
{
    BulkPlanItem item;
    item.user = user;
    auto skip = [&](QString why) {
        item.verdict = BulkVerdict::Skip;
        item.reason = std::move(why);
        return item;
    };
    auto refuse = [&](QString why) {
        item.verdict = BulkVerdict::Refuse;
        item.reason = std::move(why);
        return item;
    };
    const BulkActionKind kind = m_action.kind;
    const QString status = statusInWords(user, m_now);

    switch (kind) {
    case BulkActionKind::Disable:
    case BulkActionKind::Enable:
    case BulkActionKind::RequirePasswordChange:
    case BulkActionKind::Delete:
        item.before = status;
        break;
    case BulkActionKind::AddRole:
    case BulkActionKind::RemoveRole:
        item.before = rolesInWords(user.roles);
        break;
    }
    if (kind == BulkActionKind::RequirePasswordChange)
        item.before = user.mustChangePassword ? Tr::tr("Must change password at next sign-in")
                                              : Tr::tr("Password change not required");

    if (user.id == m_context.actorId
        || (m_context.actorId == 0
            && InputRules::foldKey(user.username) == InputRules::foldKey(m_context.actorUsername)))
        return skip(Tr::tr("This is your own account; another administrator must do this."));

    const QString permission = BulkAction::requiredPermission(kind);
    if (!m_context.actorPermissions.contains(permission))
        return refuse(Tr::tr("“%1” needs the console permission %2, which you do not have.")
                          .arg(BulkAction::displayName(kind), permission));

    const Role *role = nullptr;
    if (kind == BulkActionKind::AddRole || kind == BulkActionKind::RemoveRole) {
        const auto it = m_rolesByKey.constFind(InputRules::foldKey(m_action.role));
        if (it != m_rolesByKey.constEnd())
            role = &it.value();
        else if (!m_rolesByKey.isEmpty())
            return refuse(Tr::tr("There is no role “%1”.").arg(shown(m_action.role)));
    }
    const QString roleName = role ? role->name : m_action.role;

    switch (kind) {
    case BulkActionKind::Disable:
        if (user.status == UserStatus::Disabled && !user.isEffectivelyActive(m_now))
            return skip(Tr::tr("Already disabled."));
        break;
    case BulkActionKind::Enable:
        if (user.status == UserStatus::Active)
            return skip(Tr::tr("Already active."));
        break;
    case BulkActionKind::AddRole:
        if (hasRole(user, roleName))
            return skip(Tr::tr("Already has the role %1.").arg(shown(roleName)));
        if (role)
            for (const QString &p : role->permissions)
                if (P::isConsolePermission(p) && !m_context.actorPermissions.contains(p))
                    return refuse(Tr::tr("The role %1 holds %2, which you do not have; you cannot give it.")
                                      .arg(shown(roleName), p));
        break;
    case BulkActionKind::RemoveRole:
        if (!hasRole(user, roleName))
            return skip(Tr::tr("Does not have the role %1.").arg(shown(roleName)));
        break;
    case BulkActionKind::RequirePasswordChange:
        if (user.mustChangePassword)
            return skip(Tr::tr("Already has to change the password at the next sign-in."));
        break;
    case BulkActionKind::Delete:
        break;
    }

    if (auto why = refusalForTarget(user))
        return refuse(*why);

    const bool losesOwnership = kind == BulkActionKind::Disable || kind == BulkActionKind::Delete
        || (kind == BulkActionKind::RemoveRole && InputRules::foldKey(roleName) == InputRules::foldKey(P::OwnerRole));
    if (losesOwnership)
        if (auto why = lastOwnerRefusal(user))
            return refuse(*why);

    item.verdict = BulkVerdict::Change;
    switch (kind) {
    case BulkActionKind::Disable: {
        QString after =
            m_action.until.isValid() ? Tr::tr("Disabled until %1").arg(localTime(m_action.until)) : Tr::tr("Disabled");
        item.after = after + Tr::tr(" (reason: %1)").arg(shown(m_action.reason.trimmed()));
        break;
    }
    case BulkActionKind::Enable:
        item.after = Tr::tr("Active");
        break;
    case BulkActionKind::AddRole: {
        QStringList roles = user.roles;
        roles << roleName;
        std::sort(roles.begin(), roles.end(),
                  [](const QString &a, const QString &b) { return InputRules::foldKey(a) < InputRules::foldKey(b); });
        item.after = rolesInWords(roles);
        break;
    }
    case BulkActionKind::RemoveRole: {
        QStringList roles;
        for (const QString &r : user.roles)
            if (InputRules::foldKey(r) != InputRules::foldKey(roleName))
                roles << r;
        item.after = rolesInWords(roles);
        break;
    }
    case BulkActionKind::RequirePasswordChange:
        item.after = Tr::tr("Must change password at next sign-in");
        break;
    case BulkActionKind::Delete:
        item.after = Tr::tr("Deleted, with its roles and credentials");
        break;
    }
    return item;
}

QList<BulkPlanItem> BulkPlanner::planAll(const QList<User> &users)
{
    QList<BulkPlanItem> items;
    items.reserve(users.size());
    for (const User &u : users)
        items << plan(u);
    return items;
}

} // namespace authdesk
