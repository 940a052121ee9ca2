// authdesk-cli: passwords, TOTP factors and recovery codes, the store's settings, and the keychain.
#include "app/cli/Cli.h"

#include "app/cli/Output.h"
#include "app/cli/Terminal.h"
#include "core/crypto/QrCode.h"
#include "core/crypto/SecureCompare.h"
#include "core/policy/InputRules.h"
#include "core/policy/StoreSettings.h"
#include "models/QrImage.h"
#include "models/RecoverySheet.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

namespace authdesk::cli {

namespace {
const QString jsonOption = QStringLiteral("json");
const QString pdfOption = QStringLiteral("pdf");

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// Checked before the codes are made: once made, they are never shown again. Empty when PATH will do.
QString pdfPathProblem(const QString &path)
{
    if (path.isEmpty())
        return Tr::tr("--pdf needs a file name.");
    const QFileInfo info(path);
    if (!info.absoluteDir().exists())
        return Tr::tr("Cannot write the recovery sheet %1: the folder %2 does not exist.")
            .arg(path, QDir::toNativeSeparators(info.absolutePath()));
    if (info.isDir())
        return Tr::tr("Cannot write the recovery sheet %1: it is a folder.").arg(path);
    return {};
}

QJsonValue timeOrNull(const QDateTime &dt)
{
    return dt.isValid() ? QJsonValue(isoUtc(dt)) : QJsonValue();
}
} // namespace

int Cli::dispatchCredentials(const QString &group, const QString &verb, const QStringList &rest)
{
    if (group == QLatin1String("mfa")) {
        if (verb == QLatin1String("enroll"))
            return cmdMfaEnroll(rest);
        if (verb == QLatin1String("qr"))
            return cmdMfaQr(rest);
        if (verb == QLatin1String("activate"))
            return cmdMfaActivate(rest);
        if (verb == QLatin1String("verify"))
            return cmdMfaCheck(rest, false);
        if (verb == QLatin1String("recover"))
            return cmdMfaCheck(rest, true);
        if (verb == QLatin1String("status"))
            return cmdMfaStatus(rest);
        if (verb == QLatin1String("recovery-codes"))
            return cmdMfaRecoveryCodes(rest);
        if (verb == QLatin1String("inspect"))
            return cmdMfaInspect(rest);
        if (verb == QLatin1String("reset"))
            return cmdMfaReset(rest);
    } else if (group == QLatin1String("policy")) {
        if (verb == QLatin1String("show"))
            return cmdPolicyShow(rest);
        if (verb == QLatin1String("set"))
            return cmdPolicySet(rest);
    }
    return usage(
        tr("Unknown command “%1 %2”.").arg(InputRules::escapeForDisplay(group), InputRules::escapeForDisplay(verb)));
}

int Cli::cmdMfaEnroll(const QStringList &rest)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("name"), tr("Username, email or #id."));
    p.addOption({jsonOption, tr("Print JSON: {\"uri\": …}.")});
    if (!parse(p, rest, QStringLiteral("mfa enroll NAME [--json]"), 1))
        return Usage;
    if (!openStore() || !signIn())
        return Failed;
    const QString name = p.positionalArguments().at(0);
    auto enrollment = wait(m_directory->enrollTotp(m_principal, name));
    if (!enrollment.ok())
        return fail(enrollment.error());
    if (m_json) {
        printJson(QJsonObject{{QStringLiteral("uri"), enrollment->uri},
                              {QStringLiteral("issuer"), enrollment->issuer},
                              {QStringLiteral("account"), enrollment->account},
                              {QStringLiteral("algorithm"), enrollment->algorithm},
                              {QStringLiteral("digits"), enrollment->digits},
                              {QStringLiteral("period"), enrollment->period},
                              {QStringLiteral("state"), QStringLiteral("pending")}});
        return Ok;
    }
    printOut(enrollment->uri + QLatin1Char('\n'));
    printErr(tr("A new authenticator for %1 is pending (issuer %2, account %3). Scan the URI, or its QR code "
                "(authdesk-cli mfa qr %1 --png FILE), then activate it with the code the app shows: "
                "authdesk-cli mfa activate %1 CODE. Until then an older authenticator keeps working.")
                 .arg(InputRules::escapeForDisplay(name), InputRules::escapeForDisplay(enrollment->issuer),
                      InputRules::escapeForDisplay(enrollment->account))
             + QLatin1Char('\n'));
    return Ok;
}

int Cli::cmdMfaQr(const QStringList &rest)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("name"), tr("Username, email or #id."));
    p.addOption({QStringLiteral("png"), tr("Write the pending authenticator's QR code to FILE (PNG)."), tr("file")});
    if (!parse(p, rest, QStringLiteral("mfa qr NAME --png FILE"), 1))
        return Usage;
    if (!p.isSet(QStringLiteral("png")))
        return usage(tr("mfa qr needs --png FILE."));
    const QString path = p.value(QStringLiteral("png"));
    if (!openStore() || !signIn())
        return Failed;
    auto enrollment = wait(m_directory->pendingTotp(m_principal, p.positionalArguments().at(0)));
    if (!enrollment.ok())
        return fail(enrollment.error());
    QByteArray data = enrollment->uri.toUtf8();
    const auto code = crypto::QrCode::encode(data);
    crypto::secureWipe(data);
    if (!code.isValid())
        return fail(tr("The QR code could not be made."));
    // The picture holds the secret: saveQrPng makes it readable by its owner only; delete it once scanned.
    if (auto s = saveQrPng(code, path); !s.ok())
        return fail(s.error());
    printErr(tr("Wrote the QR code to %1. It holds the secret: delete the file once it is scanned.").arg(path)
             + QLatin1Char('\n'));
    return Ok;
}

int Cli::printRecoveryCodes(const QStringList &codes, const QString &username, const QString &pdf)
{
    if (!pdf.isEmpty()) {
        // The sheet names the user as the console does, and the issuer the app shows.
        RecoverySheet sheet{InputRules::escapeForDisplay(username),
                            StoreSettings::defaultValue(StoreSettings::MfaIssuer), QDateTime::currentDateTimeUtc(),
                            codes};
        if (auto user = wait(m_directory->findUser(m_principal, username)); user.ok()) {
            const QString shownName = user->displayName.isEmpty() ? user->username : user->displayName;
            sheet.user = tr("%1 (%2, %3)")
                             .arg(InputRules::escapeForDisplay(shownName), InputRules::escapeForDisplay(user->username),
                                  InputRules::escapeForDisplay(user->email));
        }
        if (auto settings = wait(m_directory->settings(m_principal)); settings.ok()) {
            QHash<QString, QString> values;
            for (const StoreSetting &s : settings.value())
                values.insert(s.key, s.value);
            sheet.issuer = StoreSettings::issuer(values);
        }
        if (auto written = writeRecoverySheetPdf(sheet, pdf); !written.ok()) {
            // The codes exist now and are never shown again: print them rather than lose them.
            printErr(written.message() + QLatin1Char('\n'));
            printRecoveryCodes(codes, username);
            return Failed;
        }
        if (m_json) {
            printJson(QJsonObject{{QStringLiteral("recovery_codes"), QJsonArray::fromStringList(codes)},
                                  {QStringLiteral("pdf"), QFileInfo(pdf).absoluteFilePath()}});
            return Ok;
        }
        printErr(tr("Wrote the recovery sheet for %1 to %2 (readable by you only). Each code works once; hand the "
                    "sheet over, then delete the file.")
                     .arg(InputRules::escapeForDisplay(username), pdf)
                 + QLatin1Char('\n'));
        return Ok;
    }
    if (m_json) {
        printJson(QJsonObject{{QStringLiteral("recovery_codes"), QJsonArray::fromStringList(codes)}});
        return Ok;
    }
    printErr(tr("Recovery codes for %1. They are shown only now; each works once. Keep them somewhere safe:")
                 .arg(InputRules::escapeForDisplay(username))
             + QLatin1Char('\n'));
    printOut(codes.join(QLatin1Char('\n')) + QLatin1Char('\n'));
    return Ok;
}

int Cli::cmdMfaActivate(const QStringList &rest)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("name"), tr("Username, email or #id."));
    p.addPositionalArgument(QStringLiteral("code"), tr("The code the authenticator app shows now."));
    p.addOption({jsonOption, tr("Print JSON: {\"recovery_codes\": […]}.")});
    p.addOption({pdfOption, tr("Write the recovery sheet (PDF, mode 0600) to FILE."), tr("file")});
    if (!parse(p, rest, QStringLiteral("mfa activate NAME CODE [--pdf FILE] [--json]"), 2))
        return Usage;
    const QString pdf = p.value(pdfOption);
    if (p.isSet(pdfOption))
        if (const QString problem = pdfPathProblem(pdf); !problem.isEmpty())
            return usage(problem);
    if (!openStore() || !signIn())
        return Failed;
    const QString name = p.positionalArguments().at(0);
    auto codes = wait(m_directory->activateTotp(m_principal, name, p.positionalArguments().at(1)));
    if (!codes.ok())
        return fail(codes.error());
    if (!m_json)
        printErr(tr("The authenticator of %1 is active.").arg(InputRules::escapeForDisplay(name)) + QLatin1Char('\n'));
    return printRecoveryCodes(codes.value(), name, pdf);
}

int Cli::cmdMfaCheck(const QStringList &rest, bool recovery)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("name"), tr("Username, email or #id."));
    p.addPositionalArgument(QStringLiteral("code"),
                            recovery ? tr("A recovery code.") : tr("The code the authenticator shows."));
    if (!parse(p, rest, recovery ? QStringLiteral("mfa recover NAME CODE") : QStringLiteral("mfa verify NAME CODE"), 2))
        return Usage;
    if (!openStore() || !signIn())
        return Failed;
    const QString name = p.positionalArguments().at(0);
    const QString code = p.positionalArguments().at(1);
    auto valid = wait(recovery ? m_directory->useRecoveryCode(m_principal, name, code)
                               : m_directory->verifyTotp(m_principal, name, code));
    if (!valid.ok())
        return fail(valid.error());
    if (valid.value()) {
        printOut((recovery ? tr("The recovery code is valid; it is used up now.") : tr("The code is valid."))
                 + QLatin1Char('\n'));
        return Ok;
    }
    printErr(
        (recovery ? tr("The recovery code is wrong or was used before.") : tr("The code is wrong, or was used before."))
        + QLatin1Char('\n'));
    return Failed;
}

int Cli::cmdMfaStatus(const QStringList &rest)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("name"), tr("Username, email or #id."));
    p.addOption({jsonOption, tr("Print JSON.")});
    if (!parse(p, rest, QStringLiteral("mfa status NAME [--json]"), 1))
        return Usage;
    if (!openStore() || !signIn())
        return Failed;
    auto st = wait(m_directory->mfaStatus(m_principal, p.positionalArguments().at(0)));
    if (!st.ok())
        return fail(st.error());
    const MfaStatus &m = st.value();
    if (m_json) {
        printJson(
            QJsonObject{{QStringLiteral("state"), mfaStateName(m.state)},
                        {QStringLiteral("pending_enrollment"), m.pending},
                        {QStringLiteral("pending_since"), timeOrNull(m.pendingSince)},
                        {QStringLiteral("type"), m.type.isEmpty() ? QJsonValue() : QJsonValue(m.type)},
                        {QStringLiteral("algorithm"), m.algorithm.isEmpty() ? QJsonValue() : QJsonValue(m.algorithm)},
                        {QStringLiteral("digits"), m.digits},
                        {QStringLiteral("period"), m.period},
                        {QStringLiteral("created_at"), timeOrNull(m.createdAt)},
                        {QStringLiteral("activated_at"), timeOrNull(m.activatedAt)},
                        {QStringLiteral("last_used_at"), timeOrNull(m.lastUsedAt)},
                        {QStringLiteral("failures"), m.failedAttempts},
                        {QStringLiteral("last_failure_at"), timeOrNull(m.lastFailureAt)},
                        {QStringLiteral("disabled_at"), timeOrNull(m.disabledAt)},
                        {QStringLiteral("recovery_codes_left"), m.recoveryCodesLeft}});
        return Ok;
    }
    auto when = [](const QDateTime &dt) { return dt.isValid() ? isoUtc(dt) : tr("never"); };
    QList<QStringList> rows = {{tr("State"), mfaStateName(m.state)}};
    if (m.state != MfaStatus::State::None) {
        rows << QStringList{tr("Type"),
                            tr("%1 (%2, %3 digits, %4 s)")
                                .arg(m.type, m.algorithm)
                                .arg(m.digits)
                                .arg(m.period)}
             << QStringList{tr("Created"), when(m.createdAt)} << QStringList{tr("Activated"), when(m.activatedAt)}
             << QStringList{tr("Last used"), when(m.lastUsedAt)}
             << QStringList{tr("Failures"),
                            tr("%1 in a row (last %2)").arg(m.failedAttempts).arg(when(m.lastFailureAt))}
             << QStringList{tr("Recovery codes"), tr("%1 left").arg(m.recoveryCodesLeft)};
        if (m.disabledAt.isValid())
            rows << QStringList{tr("Disabled"), when(m.disabledAt)};
    }
    if (m.pending)
        rows << QStringList{tr("Pending enrollment"), tr("since %1").arg(when(m.pendingSince))};
    QString out;
    for (const QStringList &row : std::as_const(rows))
        out += QString(row.at(0) + QLatin1Char(':')).leftJustified(20) + row.at(1) + QLatin1Char('\n');
    printOut(out);
    return Ok;
}

int Cli::cmdMfaRecoveryCodes(const QStringList &rest)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("name"), tr("Username, email or #id."));
    p.addOption({QStringLiteral("regenerate"), tr("Make a new set; the old codes stop working.")});
    p.addOption({jsonOption, tr("Print JSON: {\"recovery_codes\": […]}.")});
    p.addOption({pdfOption, tr("Write the recovery sheet (PDF, mode 0600) to FILE."), tr("file")});
    if (!parse(p, rest, QStringLiteral("mfa recovery-codes NAME --regenerate [--pdf FILE] [--json]"), 1))
        return Usage;
    if (!p.isSet(QStringLiteral("regenerate")))
        return usage(tr("Recovery codes are shown only once, when they are made: use --regenerate for a new set."));
    const QString pdf = p.value(pdfOption);
    if (p.isSet(pdfOption))
        if (const QString problem = pdfPathProblem(pdf); !problem.isEmpty())
            return usage(problem);
    if (!openStore() || !signIn())
        return Failed;
    const QString name = p.positionalArguments().at(0);
    auto codes = wait(m_directory->regenerateRecoveryCodes(m_principal, name));
    if (!codes.ok())
        return fail(codes.error());
    return printRecoveryCodes(codes.value(), name, pdf);
}

namespace {
QJsonObject mfaStatusJson(const MfaStatus &m)
{
    return QJsonObject{{QStringLiteral("state"), mfaStateName(m.state)},
                       {QStringLiteral("pending_enrollment"), m.pending},
                       {QStringLiteral("type"), m.type.isEmpty() ? QJsonValue() : QJsonValue(m.type)},
                       {QStringLiteral("created_at"), timeOrNull(m.createdAt)},
                       {QStringLiteral("activated_at"), timeOrNull(m.activatedAt)},
                       {QStringLiteral("last_used_at"), timeOrNull(m.lastUsedAt)},
                       {QStringLiteral("failures"), m.failedAttempts},
                       {QStringLiteral("last_failure_at"), timeOrNull(m.lastFailureAt)},
                       {QStringLiteral("disabled_at"), timeOrNull(m.disabledAt)},
                       {QStringLiteral("recovery_codes_left"), m.recoveryCodesLeft}};
}
} // namespace

int Cli::cmdMfaInspect(const QStringList &rest)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("name"), tr("Username, email or #id."));
    p.addOption({jsonOption, tr("Print JSON.")});
    if (!parse(p, rest, QStringLiteral("mfa inspect NAME [--json]"), 1))
        return Usage;
    if (!openStore() || !signIn())
        return Failed;
    auto in = wait(m_directory->inspectMfaReset(m_principal, p.positionalArguments().at(0)));
    if (!in.ok())
        return fail(in.error());
    const MfaResetInspection &i = in.value();
    if (m_json) {
        QJsonArray failures;
        for (const AuditEvent &e : i.recentFailures)
            failures.append(QJsonObject{{QStringLiteral("id"), e.id},
                                        {QStringLiteral("at"), timeOrNull(e.at)},
                                        {QStringLiteral("action"), e.action},
                                        {QStringLiteral("result"), auditResultName(e.result)},
                                        {QStringLiteral("reason"), e.reason},
                                        {QStringLiteral("machine"), e.machine}});
        printJson(QJsonObject{{QStringLiteral("user"), userToJson(i.user)},
                              {QStringLiteral("mfa"), mfaStatusJson(i.mfa)},
                              {QStringLiteral("enrollment_required"), i.user.mfaEnrollmentRequired},
                              {QStringLiteral("trusted_devices"), i.trustedDevices},
                              {QStringLiteral("live_sessions"), i.liveSessions},
                              {QStringLiteral("temporary_pass_outstanding"), i.temporaryPassOutstanding},
                              {QStringLiteral("recent_failures"), failures},
                              {QStringLiteral("lockouts"), i.lockouts},
                              {QStringLiteral("allowed"), i.allowed},
                              {QStringLiteral("refusal"), i.allowed ? QJsonValue() : QJsonValue(i.refusal)},
                              {QStringLiteral("state_token"), i.stateToken}});
        return Ok;
    }
    auto when = [](const QDateTime &dt) { return dt.isValid() ? isoUtc(dt) : tr("never"); };
    const MfaStatus &m = i.mfa;
    QList<QStringList> rows = {
        {tr("User"), i.user.username},
        {tr("Authenticator"), m.state == MfaStatus::State::None ? tr("none") : mfaStateName(m.state)},
    };
    if (m.state != MfaStatus::State::None)
        rows << QStringList{tr("Type"), m.type} << QStringList{tr("Created"), when(m.createdAt)}
             << QStringList{tr("Activated"), when(m.activatedAt)} << QStringList{tr("Last used"), when(m.lastUsedAt)}
             << QStringList{tr("Failures"), tr("%1 in a row (last %2)").arg(m.failedAttempts).arg(when(m.lastFailureAt))};
    if (m.pending)
        rows << QStringList{tr("Pending enrollment"), tr("since %1").arg(when(m.pendingSince))};
    rows << QStringList{tr("Recovery codes"), tr("%1 left").arg(m.recoveryCodesLeft)}
         << QStringList{tr("Remembered computers"), QString::number(i.trustedDevices)}
         << QStringList{tr("Live sessions"), QString::number(i.liveSessions)}
         << QStringList{tr("Temporary pass"), i.temporaryPassOutstanding ? tr("one unused") : tr("none")}
         << QStringList{tr("Must enroll"), i.user.mfaEnrollmentRequired ? tr("yes") : tr("no")}
         << QStringList{tr("Recent failures"),
                        tr("%1 (%2 lockouts)").arg(i.recentFailures.size()).arg(i.lockouts)};
    for (const AuditEvent &e : i.recentFailures)
        rows << QStringList{QString(), QStringLiteral("%1 %2 %3: %4").arg(isoUtc(e.at), e.action,
                                                                        auditResultName(e.result), e.reason)};
    rows << QStringList{tr("Reset allowed"), i.allowed ? tr("yes") : tr("no: %1").arg(i.refusal)}
         << QStringList{tr("State token"), i.stateToken};
    QString out;
    for (const QStringList &row : std::as_const(rows))
        out += QString(row.at(0).isEmpty() ? QString() : row.at(0) + QLatin1Char(':')).leftJustified(22)
            + InputRules::escapeForDisplay(row.at(1)) + QLatin1Char('\n');
    printOut(out);
    return Ok;
}

int Cli::cmdMfaReset(const QStringList &rest)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("name"), tr("Username, email or #id."));
    p.addOption({QStringLiteral("ticket"), tr("The helpdesk ticket of the request (required)."), tr("ticket")});
    p.addOption({QStringLiteral("reason"), tr("Why the authenticator is reset (required)."), tr("text")});
    p.addOption({QStringLiteral("verified-by"),
                 tr("How the caller's identity was checked: %1 (required).")
                     .arg(identityCheckNames().join(QStringLiteral(", "))),
                 tr("method")});
    p.addOption({QStringLiteral("note"), tr("How the identity was checked, in words (required with “other”)."),
                 tr("text")});
    p.addOption({QStringLiteral("expect"),
                 tr("The state token from “mfa inspect”: refuse if the user's MFA changed since."), tr("token")});
    p.addOption({QStringLiteral("temporary-pass"), tr("Issue a single-use temporary access pass, shown once.")});
    p.addOption({QStringLiteral("temporary-pass-minutes"),
                 tr("How long the pass stays usable (%1 to %2 minutes; default: the store's %3).")
                     .arg(StoreSettings::MinTemporaryPassMinutes)
                     .arg(StoreSettings::MaxTemporaryPassMinutes)
                     .arg(StoreSettings::MfaTemporaryPassMinutes),
                 tr("minutes")});
    p.addOption({jsonOption, tr("Print JSON.")});
    const QString synopsis = QStringLiteral(
        "mfa reset NAME --ticket T --reason R --verified-by call-back|in-person|manager-approval|other [--note TEXT] "
        "[--expect STATE_TOKEN] [--temporary-pass [--temporary-pass-minutes N]] [--json]");
    if (!parse(p, rest, synopsis, 1))
        return Usage;
    if (!p.isSet(QStringLiteral("ticket")))
        return usage(tr("mfa reset needs --ticket (the helpdesk ticket of the request)."));
    if (!p.isSet(QStringLiteral("reason")))
        return usage(tr("mfa reset needs --reason."));
    if (!p.isSet(QStringLiteral("verified-by")))
        return usage(tr("mfa reset needs --verified-by, one of: %1.").arg(identityCheckNames().join(QStringLiteral(", "))));
    MfaResetRequest request;
    const QString method = p.value(QStringLiteral("verified-by"));
    if (!parseIdentityCheck(method, &request.verifiedBy))
        return usage(tr("--verified-by takes one of %1, not “%2”.")
                         .arg(identityCheckNames().join(QStringLiteral(", ")),
                              InputRules::escapeForDisplay(method.left(64))));
    request.ticket = p.value(QStringLiteral("ticket"));
    request.reason = p.value(QStringLiteral("reason"));
    request.verificationNote = p.value(QStringLiteral("note"));
    request.expectedStateToken = p.value(QStringLiteral("expect"));
    request.issueTemporaryPass = p.isSet(QStringLiteral("temporary-pass"));
    if (p.isSet(QStringLiteral("temporary-pass-minutes"))) {
        if (!request.issueTemporaryPass)
            return usage(tr("--temporary-pass-minutes needs --temporary-pass."));
        bool ok = false;
        request.temporaryPassMinutes = p.value(QStringLiteral("temporary-pass-minutes")).toInt(&ok);
        if (!ok || request.temporaryPassMinutes == 0)
            return usage(tr("--temporary-pass-minutes takes a whole number of minutes from %1 to %2.")
                             .arg(StoreSettings::MinTemporaryPassMinutes)
                             .arg(StoreSettings::MaxTemporaryPassMinutes));
    }
    if (!openStore() || !signIn())
        return Failed;
    auto result = wait(m_directory->resetMfa(m_principal, p.positionalArguments().at(0), request));
    if (!result.ok())
        return fail(result.error());
    MfaResetResult &r = result.value();
    const NotificationOutcome &n = r.notification;
    if (m_json) {
        QJsonObject o{{QStringLiteral("user"), userToJson(r.user)},
                      {QStringLiteral("factors_removed"), r.factorsRemoved},
                      {QStringLiteral("recovery_codes_removed"), r.recoveryCodesRemoved},
                      {QStringLiteral("trusted_devices_forgotten"), r.trustedDevicesForgotten},
                      {QStringLiteral("sessions_revoked"), r.sessionsRevoked},
                      {QStringLiteral("enrollment_required"), r.user.mfaEnrollmentRequired},
                      {QStringLiteral("audit_event_id"), r.auditEventId},
                      {QStringLiteral("temporary_pass"),
                       r.temporaryPass.isEmpty() ? QJsonValue() : QJsonValue(r.temporaryPass)},
                      {QStringLiteral("temporary_pass_expires"), timeOrNull(r.temporaryPassExpires)},
                      {QStringLiteral("notification"),
                       QJsonObject{{QStringLiteral("state"), notificationStateName(n.state)},
                                   {QStringLiteral("channel"), n.channel.isEmpty() ? QJsonValue() : QJsonValue(n.channel)},
                                   {QStringLiteral("recipient"), n.recipient},
                                   {QStringLiteral("detail"), n.detail}}}};
        printJson(o);
        crypto::secureWipe(r.temporaryPass);
        return Ok;
    }
    const QString name = InputRules::escapeForDisplay(r.user.username);
    printErr(tr("Reset the authenticator of %1: %2 factor(s), %3 recovery code(s), %4 remembered computer(s) and %5 "
                "session(s) removed; %1 must enroll a new authenticator (audit event #%6).")
                 .arg(name)
                 .arg(r.factorsRemoved)
                 .arg(r.recoveryCodesRemoved)
                 .arg(r.trustedDevicesForgotten)
                 .arg(r.sessionsRevoked)
                 .arg(r.auditEventId)
             + QLatin1Char('\n'));
    if (!r.temporaryPass.isEmpty()) {
        printErr(tr("Temporary access pass for %1, valid once until %2 (UTC). It is shown only now; read it to the "
                    "user:")
                     .arg(name, isoUtc(r.temporaryPassExpires))
                 + QLatin1Char('\n'));
        printOut(r.temporaryPass + QLatin1Char('\n'));
        crypto::secureWipe(r.temporaryPass);
    }
    printErr((n.state == NotificationOutcome::State::Sent
                  ? tr("The user was told at %1 (%2).").arg(InputRules::escapeForDisplay(n.recipient), n.channel)
                  : tr("The user was not told: %1").arg(n.detail))
             + QLatin1Char('\n'));
    return Ok;
}

int Cli::cmdUserVerifyPassword(const QStringList &rest)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("name"), tr("Username, email or #id."));
    if (!parse(p, rest, QStringLiteral("user verify-password NAME"), 1))
        return Usage;
    if (!openStore() || !signIn())
        return Failed;
    auto password = readSecretFromStdin(tr("Password to check: "));
    if (!password) {
        return fail(tr("No password on standard input."));
    }
    auto match = wait(m_directory->verifyPassword(m_principal, p.positionalArguments().at(0), *password));
    crypto::secureWipe(*password);
    if (!match.ok())
        return fail(match.error());
    if (match.value()) {
        printOut(tr("The password matches.") + QLatin1Char('\n'));
        return Ok;
    }
    printErr(tr("The password does not match.") + QLatin1Char('\n'));
    return Failed;
}

int Cli::cmdPolicyShow(const QStringList &rest)
{
    QCommandLineParser p;
    p.addOption({jsonOption, tr("Print JSON.")});
    if (!parse(p, rest, QStringLiteral("policy show [--json]"), 0))
        return Usage;
    if (!openStore() || !signIn())
        return Failed;
    auto settings = wait(m_directory->settings(m_principal));
    if (!settings.ok())
        return fail(settings.error());
    if (m_json) {
        QJsonObject values;
        QJsonArray details;
        for (const StoreSetting &s : settings.value()) {
            values.insert(s.key, s.value);
            details.append(QJsonObject{{QStringLiteral("key"), s.key},
                                       {QStringLiteral("value"), s.value},
                                       {QStringLiteral("default"), s.isDefault},
                                       {QStringLiteral("description"), s.description}});
        }
        printJson(QJsonObject{{QStringLiteral("settings"), values}, {QStringLiteral("details"), details}});
        return Ok;
    }
    QList<QStringList> rows;
    for (const StoreSetting &s : settings.value())
        rows << QStringList{s.key, s.value, s.isDefault ? tr("default") : tr("set"), s.description};
    printOut(formatTable({tr("SETTING"), tr("VALUE"), tr("SOURCE"), tr("MEANING")}, rows));
    return Ok;
}

int Cli::cmdPolicySet(const QStringList &rest)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("key"), tr("The setting (see policy show)."));
    p.addPositionalArgument(QStringLiteral("value"), tr("Its new value."));
    if (!parse(p, rest, QStringLiteral("policy set KEY VALUE"), 2))
        return Usage;
    if (!openStore() || !signIn())
        return Failed;
    const QString key = p.positionalArguments().at(0);
    auto done = wait(m_directory->setSetting(m_principal, key, p.positionalArguments().at(1)));
    if (!done.ok())
        return fail(done.error());
    printOut(tr("Set %1.").arg(InputRules::escapeForDisplay(key)) + QLatin1Char('\n'));
    return Ok;
}

int Cli::cmdKeychain(const QStringList &rest, bool remember)
{
    QCommandLineParser p;
    if (!parse(p, rest, remember ? QStringLiteral("unlock") : QStringLiteral("lock"), 0))
        return Usage;
    if (!openStore() || !signIn())
        return Failed;
    auto done = wait(remember ? m_directory->rememberKeyInKeychain(m_principal)
                              : m_directory->forgetKeyInKeychain(m_principal));
    if (!done.ok())
        return fail(done.error());
    printOut((remember ? tr("This desktop's keychain now holds the store's key: AuthDesk opens the store here without "
                            "deriving it from a password. “authdesk-cli lock” takes it out again.")
                       : tr("The store's key is no longer in this desktop's keychain."))
             + QLatin1Char('\n'));
    return Ok;
}

} // namespace authdesk::cli
