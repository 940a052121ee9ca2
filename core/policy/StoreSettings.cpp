#include "core/policy/StoreSettings.h"

#include "core/policy/InputRules.h"
#include "core/policy/PasswordPolicy.h"

#include <QCoreApplication>

namespace authdesk::StoreSettings {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(StoreSettings)
};
constexpr int MaxDriftSteps = 10;
constexpr int MaxIssuerLength = 64;
} // namespace

QStringList keys()
{
    QStringList all = PasswordPolicy::settingKeys();
    all << MfaIssuer << MfaDriftSteps;
    return all;
}

QString description(const QString &key)
{
    if (key == MfaIssuer)
        return Tr::tr("The issuer authenticator apps show beside a user's codes (no “:”).");
    if (key == MfaDriftSteps)
        return Tr::tr("How many 30-second steps a TOTP code may be early or late (0 to %1).").arg(MaxDriftSteps);
    return PasswordPolicy::settingDescription(key);
}

QString defaultValue(const QString &key)
{
    if (key == MfaIssuer)
        return QStringLiteral("AuthDesk");
    if (key == MfaDriftSteps)
        return QStringLiteral("1");
    return PasswordPolicy{}.toSettings().value(key);
}

Result<QString> validate(const QString &key, const QString &value, const QHash<QString, QString> &current)
{
    if (key == MfaIssuer) {
        auto text = InputRules::displayName(value);
        if (!text.ok())
            return text;
        if (text.value().isEmpty() || InputRules::codePointCount(text.value()) > MaxIssuerLength)
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("The issuer needs 1 to %1 characters.").arg(MaxIssuerLength));
        // The Key URI's label is ISSUER:ACCOUNT, so a colon would make another issuer.
        if (text.value().contains(QLatin1Char(':')))
            return makeError(ErrorCode::InvalidInput, Tr::tr("The issuer cannot contain “:”."));
        return text;
    }
    if (key == MfaDriftSteps) {
        bool ok = false;
        const int n = value.trimmed().toInt(&ok);
        if (!ok || n < 0 || n > MaxDriftSteps)
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("%1 takes a whole number from 0 to %2.").arg(key).arg(MaxDriftSteps));
        return QString::number(n);
    }
    if (!PasswordPolicy::settingKeys().contains(key))
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("There is no setting “%1”. The settings are: %2.")
                             .arg(InputRules::escapeForDisplay(key.left(64)), keys().join(QStringLiteral(", "))));
    return PasswordPolicy::validateSetting(key, value, PasswordPolicy::fromSettings(current));
}

QString issuer(const QHash<QString, QString> &settings)
{
    return settings.value(MfaIssuer, defaultValue(MfaIssuer));
}

int driftSteps(const QHash<QString, QString> &settings)
{
    return std::clamp(settings.value(MfaDriftSteps, defaultValue(MfaDriftSteps)).toInt(), 0, MaxDriftSteps);
}

} // namespace authdesk::StoreSettings
