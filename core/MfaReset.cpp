#include "core/MfaReset.h"

namespace authdesk {

QString identityCheckName(IdentityCheck check)
{
    switch (check) {
    case IdentityCheck::CallBack:
        return QStringLiteral("call-back");
    case IdentityCheck::InPerson:
        return QStringLiteral("in-person");
    case IdentityCheck::ManagerApproval:
        return QStringLiteral("manager-approval");
    case IdentityCheck::Other:
        return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

bool parseIdentityCheck(const QString &name, IdentityCheck *check)
{
    // Exact names only: an audit record must say what the operator chose, not what we guessed.
    for (IdentityCheck c :
         {IdentityCheck::CallBack, IdentityCheck::InPerson, IdentityCheck::ManagerApproval, IdentityCheck::Other}) {
        if (name == identityCheckName(c)) {
            if (check)
                *check = c;
            return true;
        }
    }
    return false;
}

QStringList identityCheckNames()
{
    return {identityCheckName(IdentityCheck::CallBack), identityCheckName(IdentityCheck::InPerson),
            identityCheckName(IdentityCheck::ManagerApproval), identityCheckName(IdentityCheck::Other)};
}

QString notificationStateName(NotificationOutcome::State state)
{
    switch (state) {
    case NotificationOutcome::State::NotConfigured:
        return QStringLiteral("not-configured");
    case NotificationOutcome::State::Sent:
        return QStringLiteral("sent");
    case NotificationOutcome::State::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("not-configured");
}

} // namespace authdesk
