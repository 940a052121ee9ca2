// authdesk-cli: the notifier — a test message, and the SMTP password (kept sealed in the store).
#include "app/cli/Cli.h"

#include "app/cli/Output.h"
#include "app/cli/Terminal.h"
#include "core/crypto/SecureCompare.h"
#include "core/policy/InputRules.h"

namespace authdesk::cli {

int Cli::dispatchNotify(const QString &verb, const QStringList &rest)
{
    if (verb == QLatin1String("test"))
        return cmdNotifyTest(rest);
    if (verb == QLatin1String("set-password"))
        return cmdNotifySetPassword(rest);
    return usage(tr("Unknown command “notify %1”.").arg(InputRules::escapeForDisplay(verb)));
}

int Cli::cmdNotifyTest(const QStringList &rest)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("to"), tr("The address to send the test message to."), QStringLiteral("EMAIL")});
    p.addOption({QStringLiteral("json"), tr("Print JSON: {\"sent\": …, \"answer\": …}.")});
    if (!parse(p, rest, QStringLiteral("notify test --to EMAIL [--json]"), 0))
        return Usage;
    if (!p.isSet(QStringLiteral("to")))
        return usage(tr("notify test needs --to EMAIL."));
    if (!openStore() || !signIn())
        return Failed;
    const QString to = p.value(QStringLiteral("to"));
    auto sent = wait(m_directory->sendTestNotification(m_principal, to));
    if (!sent.ok())
        return fail(sent.error());
    if (m_json) {
        printJson(QJsonObject{
            {QStringLiteral("sent"), true}, {QStringLiteral("to"), to}, {QStringLiteral("answer"), sent.value()}});
        return Ok;
    }
    printOut(tr("Sent a test message to %1: %2")
                 .arg(InputRules::escapeForDisplay(to), InputRules::escapeForDisplay(sent.value()))
             + QLatin1Char('\n'));
    return Ok;
}

int Cli::cmdNotifySetPassword(const QStringList &rest)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("remove"), tr("Remove the stored SMTP password.")});
    if (!parse(p, rest, QStringLiteral("notify set-password [--remove]"), 0))
        return Usage;
    // Read before signing in, so a missing password fails before anything happens.
    QString password;
    if (!p.isSet(QStringLiteral("remove"))) {
        if (qEnvironmentVariableIsSet("AUTHDESK_SMTP_PASSWORD")) {
            password = qEnvironmentVariable("AUTHDESK_SMTP_PASSWORD");
        } else {
            auto read = readSecretFromStdin(tr("SMTP password: "));
            if (read)
                password = *read;
        }
        if (password.isEmpty())
            return fail(makeError(ErrorCode::InvalidInput,
                                  tr("No SMTP password: give it on standard input or in AUTHDESK_SMTP_PASSWORD "
                                     "(never on the command line). Use --remove to remove it.")));
    }
    if (!openStore() || !signIn()) {
        crypto::secureWipe(password);
        return Failed;
    }
    auto done = wait(m_directory->setNotifierPassword(m_principal, password));
    crypto::secureWipe(password);
    if (!done.ok())
        return fail(done.error());
    printOut((p.isSet(QStringLiteral("remove")) ? tr("Removed the SMTP password.")
                                                : tr("Stored the SMTP password, sealed with the store's key."))
             + QLatin1Char('\n'));
    return Ok;
}

} // namespace authdesk::cli
