// LocalStore: the notifier the store's settings describe, the sealed SMTP password, and the test send.
#include "core/audit/AuditLog.h"
#include "core/crypto/SecretBox.h"
#include "core/crypto/SecureCompare.h"
#include "core/notify/CommandNotifier.h"
#include "core/notify/MailMessage.h"
#include "core/notify/SmtpNotifier.h"
#include "core/policy/ConsolePermissions.h"
#include "core/policy/InputRules.h"
#include "core/policy/StoreSettings.h"
#include "core/store/Database.h"
#include "core/store/LocalStore.h"
#include "core/store/LocalStoreInternal.h"

namespace authdesk {

namespace P = ConsolePermission;
namespace S = StoreSettings;

namespace {
const QString SmtpPasswordSecret = QStringLiteral("notify.smtp.password");
// A command hook's message needs a From even when no SMTP sender is configured.
const QString DefaultCommandFrom = QStringLiteral("authdesk@localhost.invalid");
} // namespace

Status LocalStore::setNotifierPassword(const Principal &principal, const QString &password)
{
    const QString action = QStringLiteral("settings.notifier_password");
    auto actor = loadActor(principal);
    if (!actor.ok())
        return actor.error();
    if (auto s = require(actor.value(), P::SettingsManage, action, QStringLiteral("setting"), SmtpPasswordSecret,
                         SmtpPasswordSecret);
        !s.ok())
        return s;
    if (auto s = requireUnlocked(); !s.ok())
        return s;
    if (password.size() > InputRules::MaxPasswordLength)
        return makeError(ErrorCode::InvalidInput,
                         tr("The SMTP password is longer than %1 characters.").arg(InputRules::MaxPasswordLength));
    for (QChar c : password)
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return makeError(ErrorCode::InvalidInput,
                             tr("The SMTP password contains a control character (such as a line break): refused."));
    WriteTransaction tx(*m_db);
    if (auto s = begin(tx); !s.ok())
        return s;
    auto q =
        m_db->prepare(password.isEmpty() ? QStringLiteral("DELETE FROM store_secrets WHERE name = ?")
                                         : QStringLiteral("INSERT INTO store_secrets (name, sealed) VALUES (?, ?) "
                                                          "ON CONFLICT (name) DO UPDATE SET sealed = excluded.sealed"));
    if (!q.ok())
        return q.error();
    q.value().addBindValue(SmtpPasswordSecret);
    if (!password.isEmpty()) {
        QByteArray plain = password.toUtf8();
        q.value().addBindValue(
            crypto::SecretBox::seal(m_dataKey, plain, secretAad(SmtpPasswordSecret, QStringLiteral("store"))));
        crypto::secureWipe(plain);
    }
    if (auto s = m_db->exec(q.value()); !s.ok())
        return s;
    // The event says that it changed, never what it is.
    if (auto s =
            audit(actor.value(), action, QStringLiteral("setting"), SmtpPasswordSecret, SmtpPasswordSecret,
                  password.isEmpty() ? tr("the SMTP password was removed") : tr("the SMTP password was set"), {}, {});
        !s.ok())
        return s;
    return commit(tx);
}

Result<std::unique_ptr<Notifier>> LocalStore::makeNotifier()
{
    auto settings = readSettings();
    if (!settings.ok())
        return settings.error();
    const auto value = [&](const QString &key) { return settings->value(key, S::defaultValue(key)); };
    const QString method = value(S::NotifyMethod);
    if (method == QLatin1String("command")) {
        auto argv = notify::parseCommandArgv(value(S::NotifyCommand));
        if (!argv.ok())
            return makeError(ErrorCode::InvalidInput,
                             tr("notify.method is command, but notify.command is not usable: %1").arg(argv.message()));
        notify::CommandConfig config;
        config.argv = argv.value();
        config.from = value(S::NotifySmtpFrom).isEmpty() ? DefaultCommandFrom : value(S::NotifySmtpFrom);
        config.timeoutSeconds = S::notifyTimeoutSeconds(settings.value(), S::NotifyCommandTimeout);
        return std::unique_ptr<Notifier>(std::make_unique<notify::CommandNotifier>(std::move(config)));
    }
    if (method != QLatin1String("smtp"))
        return std::unique_ptr<Notifier>();

    notify::SmtpConfig config;
    config.url = value(S::NotifySmtpUrl);
    if (auto endpoint = notify::parseSmtpUrl(config.url); !endpoint.ok())
        return makeError(ErrorCode::InvalidInput,
                         tr("notify.method is smtp, but notify.smtp.url is not usable: %1").arg(endpoint.message()));
    config.from = value(S::NotifySmtpFrom);
    if (config.from.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("notify.method is smtp, but notify.smtp.from is not set."));
    config.username = value(S::NotifySmtpUsername);
    config.caFile = value(S::NotifySmtpCaFile);
    config.timeoutSeconds = S::notifyTimeoutSeconds(settings.value(), S::NotifySmtpTimeout);

    auto q = m_db->prepare(QStringLiteral("SELECT sealed FROM store_secrets WHERE name = ?"));
    if (!q.ok())
        return q.error();
    q.value().addBindValue(SmtpPasswordSecret);
    if (auto s = m_db->exec(q.value()); !s.ok())
        return s.error();
    if (q.value().next()) {
        if (m_dataKey.isEmpty())
            return makeError(ErrorCode::KeyUnavailable,
                             tr("The store is locked, so the sealed SMTP password cannot be opened. Sign in as an "
                                "administrator whose password opens the store, or run “authdesk-cli unlock”."));
        auto opened = crypto::SecretBox::open(m_dataKey, q.value().value(0).toByteArray(),
                                              secretAad(SmtpPasswordSecret, QStringLiteral("store")));
        if (!opened.ok())
            return makeError(
                ErrorCode::Integrity,
                tr("The sealed SMTP password does not open with this store's key: %1").arg(opened.message()));
        config.password = QString::fromUtf8(opened.value());
        crypto::secureWipe(opened.value());
        if (config.username.isEmpty())
            return makeError(ErrorCode::InvalidInput,
                             tr("An SMTP password is set but notify.smtp.username is empty: set the user name too, "
                                "or remove the password."));
    }
    return std::unique_ptr<Notifier>(std::make_unique<notify::SmtpNotifier>(std::move(config)));
}

Result<QString> LocalStore::sendTestNotification(const Principal &principal, const QString &to)
{
    const QString action = QStringLiteral("notify.test");
    auto actor = loadActor(principal);
    if (!actor.ok())
        return actor.error();
    if (auto s = require(actor.value(), P::SettingsManage, action, QStringLiteral("email"), {}, to.left(254)); !s.ok())
        return s.error();
    auto address = notify::checkMailAddress(to, tr("recipient"));
    if (!address.ok())
        return address.error();
    auto notifier = makeNotifier();
    if (!notifier.ok())
        return notifier.error();
    if (!notifier.value())
        return makeError(ErrorCode::InvalidInput,
                         tr("No notifier is configured: set notify.method to smtp or command (see “policy show”)."));
    Notification n;
    n.to = address.value();
    n.subject = tr("AuthDesk test notification");
    n.body = tr("This is a test message from AuthDesk, sent by %1 to check that notifications reach users.\n"
                "Nothing needs to be done.")
                 .arg(actor->name);
    const Result<QString> sent = notifier.value()->send(n);

    AuditEvent e;
    e.actorId = actor->id;
    e.actorName = actor->name;
    e.action = action;
    e.targetType = QStringLiteral("email");
    e.targetId = address.value();
    e.targetName = address.value();
    e.result = sent.ok() ? AuditResult::Success : AuditResult::Failed;
    e.reason = sent.ok() ? tr("sent by %1: %2").arg(notifier.value()->channel(), sent.value())
                         : tr("not sent by %1: %2").arg(notifier.value()->channel(), sent.message());
    if (auto s = auditOutsideTransaction(e); !s.ok())
        return s.error();
    return sent;
}

} // namespace authdesk
