// authdesk-cli: what an application does through AuthService (login, logout, token verify; no
// --as, these act as the application would, with the store's key from AUTHDESK_KEY_FILE), and what
// administrators do with sessions, lockouts and service key slots (with --as).

#include "app/cli/Cli.h"

#include "app/cli/Output.h"
#include "app/cli/Terminal.h"
#include "core/auth/AuthService.h"
#include "core/auth/OpaqueToken.h"
#include "core/crypto/SecureCompare.h"
#include "core/policy/InputRules.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

namespace authdesk::cli {

namespace {
const QString jsonOption = QStringLiteral("json");
const QString keyFileOption = QStringLiteral("key-file");

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QJsonValue timeOrNull(const QDateTime &dt)
{
    return dt.isValid() ? QJsonValue(isoUtc(dt)) : QJsonValue();
}

QJsonObject sessionToJson(const SessionInfo &s)
{
    return {{QStringLiteral("id"), s.id},
            {QStringLiteral("kind"), s.kind == SessionInfo::Kind::Session ? QStringLiteral("session")
                                                                           : QStringLiteral("refresh_family")},
            {QStringLiteral("user_id"), s.userId},
            {QStringLiteral("username"), s.username},
            {QStringLiteral("created_at"), timeOrNull(s.createdAt)},
            {QStringLiteral("last_seen_at"), timeOrNull(s.lastSeenAt)},
            {QStringLiteral("idle_expires_at"), timeOrNull(s.idleExpiresAt)},
            {QStringLiteral("expires_at"), timeOrNull(s.expiresAt)},
            {QStringLiteral("ip"), s.ip},
            {QStringLiteral("user_agent"), s.userAgent},
            {QStringLiteral("mfa_used"), s.mfaUsed},
            {QStringLiteral("password_change_only"), s.passwordChangeOnly},
            {QStringLiteral("generation"), s.generation},
            {QStringLiteral("revoked_at"), timeOrNull(s.revokedAt)},
            {QStringLiteral("revoked_reason"), s.revokedReason.isEmpty() ? QJsonValue() : QJsonValue(s.revokedReason)}};
}

void printLogin(const LoginResult &r, bool json)
{
    if (json) {
        QJsonObject o{{QStringLiteral("user_id"), r.userId},
                      {QStringLiteral("username"), r.username},
                      {QStringLiteral("session_id"), r.sessionId},
                      {QStringLiteral("mfa_used"), r.mfaUsed},
                      {QStringLiteral("password_change_only"), r.passwordChangeOnly}};
        if (r.mode == TokenMode::Session) {
            o.insert(QStringLiteral("mode"), QStringLiteral("session"));
            o.insert(QStringLiteral("session_token"), r.sessionToken);
            o.insert(QStringLiteral("idle_expires_at"), timeOrNull(r.sessionIdleExpiresAt));
            o.insert(QStringLiteral("expires_at"), timeOrNull(r.sessionExpiresAt));
        } else {
            o.insert(QStringLiteral("mode"), QStringLiteral("jwt"));
            o.insert(QStringLiteral("access_token"), r.accessToken);
            o.insert(QStringLiteral("access_expires_at"), timeOrNull(r.accessExpiresAt));
            o.insert(QStringLiteral("refresh_token"), r.refreshToken);
            o.insert(QStringLiteral("refresh_expires_at"), timeOrNull(r.refreshExpiresAt));
        }
        printJson(o);
    } else if (r.mode == TokenMode::Session) {
        printOut(r.sessionToken + QLatin1Char('\n'));
        printErr(Tr::tr("Session #%1 for %2 until %3 (idle until %4)%5.\n")
                     .arg(r.sessionId)
                     .arg(InputRules::escapeForDisplay(r.username), isoUtc(r.sessionExpiresAt), isoUtc(r.sessionIdleExpiresAt),
                          r.passwordChangeOnly ? Tr::tr("; it only allows changing the password") : QString()));
    } else {
        printOut(r.accessToken + QLatin1Char('\n') + r.refreshToken + QLatin1Char('\n'));
    }
}

// A token argument: "-" reads it from stdin, so it need not appear in the process list.
std::optional<QString> tokenArgument(const QString &arg)
{
    if (arg != QLatin1String("-"))
        return arg;
    auto read = readSecretFromStdin(Tr::tr("Token: "));
    if (!read)
        return std::nullopt;
    return read->trimmed();
}
} // namespace

int Cli::dispatchSessions(const QString &group, const QString &verb, const QStringList &rest)
{
    if (group == QLatin1String("session")) {
        if (verb == QLatin1String("list"))
            return cmdSessionList(rest);
        if (verb == QLatin1String("revoke"))
            return cmdSessionRevoke(rest);
    } else if (group == QLatin1String("token")) {
        if (verb == QLatin1String("verify"))
            return cmdTokenVerify(rest);
    } else if (group == QLatin1String("keys")) {
        if (verb == QLatin1String("service-slot"))
            return cmdServiceSlot(rest);
        if (verb == QLatin1String("list") || verb == QLatin1String("rotate") || verb == QLatin1String("retire")
            || verb == QLatin1String("jwks"))
            return cmdKeys(verb, rest);
    } else if (group == QLatin1String("password-reset")) {
        if (verb == QLatin1String("request") || verb == QLatin1String("complete"))
            return cmdPasswordReset(verb, rest);
    }
    return usage(
        tr("Unknown command “%1 %2”.").arg(InputRules::escapeForDisplay(group), InputRules::escapeForDisplay(verb)));
}

std::optional<Cli::AppToken> Cli::appTokenCommand(QCommandLineParser &p, const QStringList &rest, const QString &synopsis,
                                                  int &exit)
{
    p.addOption({keyFileOption, tr("The service key file (default: AUTHDESK_KEY_FILE)."), tr("file")});
    exit = Usage;
    if (!parse(p, rest, synopsis, 1))
        return std::nullopt;
    exit = Failed;
    auto token = tokenArgument(p.positionalArguments().at(0));
    if (!token) {
        fail(tr("No token on standard input."));
        return std::nullopt;
    }
    auto auth = openAuthService(p.value(keyFileOption));
    if (!auth) {
        crypto::secureWipe(*token);
        return std::nullopt;
    }
    return AppToken{std::move(auth), std::move(*token)};
}

std::unique_ptr<AuthService> Cli::openAuthService(const QString &keyFile)
{
    StoreOptions options(m_storePath.isEmpty() ? defaultStorePath() : m_storePath, defaultKeyDir());
    auto auth = AuthService::open(options, keyFile);
    if (!auth.ok()) {
        fail(auth.error());
        return nullptr;
    }
    return std::move(auth.value());
}

// ---- as the application ------------------------------------------------------------------

int Cli::cmdLogin(const QStringList &rest)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("mode"), tr("session (a server session token) or jwt (access and refresh tokens); "
                                            "default: the store's auth.token_mode."),
                 tr("mode")});
    p.addOption({QStringLiteral("temporary-pass"), tr("The temporary access pass a helpdesk MFA reset issued."), tr("pass")});
    p.addOption({QStringLiteral("ip"), tr("The client's address, recorded with the session."), tr("address")});
    p.addOption({QStringLiteral("user-agent"), tr("The client's user agent, recorded with the session."), tr("text")});
    p.addOption({keyFileOption, tr("The service key file (default: AUTHDESK_KEY_FILE)."), tr("file")});
    p.addOption({jsonOption, tr("Print JSON.")});
    if (!parse(p, rest, QStringLiteral("login NAME [--otp CODE | --recovery-code CODE | --temporary-pass PASS] "
                                       "[--mode session|jwt] [--json]  (the password on stdin)"),
               1))
        return Usage;
    LoginRequest request;
    request.identifier = p.positionalArguments().at(0);
    if (p.isSet(QStringLiteral("mode"))) {
        const QString mode = p.value(QStringLiteral("mode"));
        if (mode == QLatin1String("session"))
            request.mode = TokenMode::Session;
        else if (mode == QLatin1String("jwt"))
            request.mode = TokenMode::Jwt;
        else
            return usage(tr("--mode is session or jwt."));
    }
    request.otp = m_otp;
    request.recoveryCode = m_recoveryCode;
    request.temporaryPass = p.value(QStringLiteral("temporary-pass"));
    request.client = {p.value(QStringLiteral("ip")), p.value(QStringLiteral("user-agent"))};
    auto auth = openAuthService(p.value(keyFileOption));
    if (!auth)
        return Failed;
    auto password = readSecretFromStdin(tr("Password for %1: ").arg(InputRules::escapeForDisplay(request.identifier)));
    if (!password || password->isEmpty())
        return fail(tr("No password on standard input."));
    request.password = *password;
    crypto::secureWipe(*password);
    auto login = auth->login(request);
    crypto::secureWipe(request.password);
    crypto::secureWipe(request.otp);
    crypto::secureWipe(request.recoveryCode);
    crypto::secureWipe(request.temporaryPass);
    crypto::secureWipe(m_otp);
    crypto::secureWipe(m_recoveryCode);
    if (!login.ok())
        return fail(login.error());
    printLogin(login.value(), m_json);
    return Ok;
}

int Cli::cmdRefresh(const QStringList &rest)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("ip"), tr("The client's address."), tr("address")});
    p.addOption({jsonOption, tr("Print JSON.")});
    int exit = Ok;
    auto app = appTokenCommand(p, rest, QStringLiteral("refresh TOKEN [--json]  (a refresh token; - reads it from stdin)"), exit);
    if (!app)
        return exit;
    auto &[auth, token] = *app;
    auto renewed = auth->refresh(token, {p.value(QStringLiteral("ip")), {}});
    crypto::secureWipe(token);
    if (!renewed.ok())
        return fail(renewed.error());
    printLogin(renewed.value(), m_json);
    return Ok;
}

int Cli::cmdLogout(const QStringList &rest)
{
    QCommandLineParser p;
    int exit = Ok;
    auto app = appTokenCommand(p, rest, QStringLiteral("logout TOKEN  (a session or refresh token; - reads it from stdin)"), exit);
    if (!app)
        return exit;
    auto &[auth, token] = *app;
    auto s = auth->logout(token);
    crypto::secureWipe(token);
    if (!s.ok())
        return fail(s.error());
    printErr(tr("Logged out.\n"));
    return Ok;
}

int Cli::cmdTokenVerify(const QStringList &rest)
{
    QCommandLineParser p;
    p.addOption({jsonOption, tr("Print JSON.")});
    int exit = Ok;
    auto app = appTokenCommand(p, rest, QStringLiteral("token verify TOKEN [--json]  (exit 0 valid, 1 not; - reads it from stdin)"), exit);
    if (!app)
        return exit;
    auto &[auth, token] = *app;
    auto info = auth->validate(token);
    crypto::secureWipe(token);
    if (m_json) {
        QJsonObject o{{QStringLiteral("valid"), info.ok()}};
        if (info.ok()) {
            o.insert(QStringLiteral("kind"), info->kind == TokenInfo::Kind::Session ? QStringLiteral("session")
                                                                                     : QStringLiteral("access"));
            o.insert(QStringLiteral("user_id"), info->userId);
            o.insert(QStringLiteral("username"), info->username);
            o.insert(QStringLiteral("session_id"), info->sessionId);
            o.insert(QStringLiteral("issued_at"), timeOrNull(info->issuedAt));
            o.insert(QStringLiteral("expires_at"), timeOrNull(info->expiresAt));
            o.insert(QStringLiteral("mfa_used"), info->mfaUsed);
            o.insert(QStringLiteral("password_change_only"), info->passwordChangeOnly);
            if (info->kind == TokenInfo::Kind::Access) {
                o.insert(QStringLiteral("jti"), info->jti);
                o.insert(QStringLiteral("claims"), info->claims);
            }
        } else {
            o.insert(QStringLiteral("reason"), info.message());
        }
        printJson(o);
        return info.ok() ? Ok : Failed;
    }
    if (!info.ok())
        return fail(info.error());
    printOut(tr("valid: %1 (#%2), session #%3, expires %4\n")
                 .arg(InputRules::escapeForDisplay(info->username))
                 .arg(info->userId)
                 .arg(info->sessionId)
                 .arg(isoUtc(info->expiresAt)));
    return Ok;
}

// ---- administrators --------------------------------------------------------------------

int Cli::cmdSessionList(const QStringList &rest)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("user"), tr("Only this user's sessions."), tr("name")});
    p.addOption({QStringLiteral("ended"), tr("Include expired and revoked sessions.")});
    p.addOption({QStringLiteral("limit"), tr("At most N rows (default 500)."), tr("N")});
    p.addOption({QStringLiteral("offset"), tr("Skip the first N rows."), tr("N")});
    p.addOption({jsonOption, tr("Print JSON.")});
    if (!parse(p, rest, QStringLiteral("session list [--user NAME] [--ended] [--limit N] [--offset N] [--json]"), 0))
        return Usage;
    SessionQuery q;
    q.user = p.value(QStringLiteral("user"));
    q.includeEnded = p.isSet(QStringLiteral("ended"));
    bool ok = true;
    if (p.isSet(QStringLiteral("limit")))
        q.limit = p.value(QStringLiteral("limit")).toLongLong(&ok);
    if (!ok || q.limit < 1)
        return usage(tr("--limit takes a whole number of at least 1."));
    if (p.isSet(QStringLiteral("offset")))
        q.offset = p.value(QStringLiteral("offset")).toLongLong(&ok);
    if (!ok || q.offset < 0)
        return usage(tr("--offset takes a whole number of at least 0."));
    if (!openStore() || !signIn())
        return Failed;
    auto page = wait(m_directory->listSessions(m_principal, q));
    if (!page.ok())
        return fail(page.error());
    if (m_json) {
        QJsonArray rows;
        for (const SessionInfo &s : page->sessions)
            rows.append(sessionToJson(s));
        printJson({{QStringLiteral("total"), page->total}, {QStringLiteral("offset"), page->offset},
                   {QStringLiteral("sessions"), rows}});
        return Ok;
    }
    QList<QStringList> rows;
    for (const SessionInfo &s : page->sessions)
        rows << QStringList{QString::number(s.id),
                            s.kind == SessionInfo::Kind::Session ? tr("session") : tr("refresh"),
                            InputRules::escapeForDisplay(s.username),
                            isoUtc(s.createdAt),
                            isoUtc(s.lastSeenAt),
                            isoUtc(s.expiresAt),
                            InputRules::escapeForDisplay(s.ip),
                            s.mfaUsed ? tr("yes") : tr("no"),
                            s.revokedAt.isValid() ? tr("revoked (%1)").arg(InputRules::escapeForDisplay(s.revokedReason))
                                                  : tr("live")};
    printOut(formatTable({tr("ID"), tr("KIND"), tr("USER"), tr("CREATED"), tr("LAST SEEN"), tr("EXPIRES"), tr("IP"),
                          tr("MFA"), tr("STATE")},
                         rows));
    printErr(tr("%1 of %2 shown.\n").arg(page->sessions.size()).arg(page->total));
    return Ok;
}

int Cli::cmdSessionRevoke(const QStringList &rest)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("user"), tr("Every session and token of this user (sign out everywhere)."), tr("name")});
    p.addOption({QStringLiteral("all"), tr("Everyone's sessions and tokens.")});
    const QString synopsis = QStringLiteral("session revoke ID | --user NAME | --all");
    if (!parse(p, rest, synopsis, AtMostOnePositional))
        return Usage;
    const int ways = int(p.positionalArguments().size() == 1) + int(p.isSet(QStringLiteral("user"))) + int(p.isSet(QStringLiteral("all")));
    if (ways != 1 || p.positionalArguments().size() > 1)
        return usage(tr("Usage: authdesk-cli %1").arg(synopsis));
    qint64 id = 0;
    if (p.positionalArguments().size() == 1) {
        bool ok = false;
        id = p.positionalArguments().at(0).toLongLong(&ok);
        if (!ok || id <= 0)
            return usage(tr("A session is named by its number (see “session list”)."));
    }
    if (!openStore() || !signIn())
        return Failed;
    Result<int> ended = makeError(ErrorCode::Internal, QString());
    if (id > 0)
        ended = wait(m_directory->revokeSession(m_principal, id));
    else if (p.isSet(QStringLiteral("user")))
        ended = wait(m_directory->revokeUserSessions(m_principal, p.value(QStringLiteral("user"))));
    else
        ended = wait(m_directory->revokeAllSessions(m_principal));
    if (!ended.ok())
        return fail(ended.error());
    printErr(tr("%n session(s) ended.\n", nullptr, ended.value()));
    return Ok;
}

int Cli::cmdUserUnlock(const QStringList &rest)
{
    QCommandLineParser p;
    if (!parse(p, rest, QStringLiteral("user unlock NAME"), 1))
        return Usage;
    if (!openStore() || !signIn())
        return Failed;
    auto user = wait(m_directory->unlockUser(m_principal, p.positionalArguments().at(0)));
    if (!user.ok())
        return fail(user.error());
    printErr(tr("%1 can log in again.\n").arg(InputRules::escapeForDisplay(user->username)));
    return Ok;
}

int Cli::cmdServiceSlot(const QStringList &rest)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("out"), tr("Make a new slot and write its key file here (mode 0600; never overwritten)."),
                 tr("file")});
    p.addOption({QStringLiteral("label"), tr("What the slot is for (default: the file's name)."), tr("text")});
    p.addOption({QStringLiteral("list"), tr("List the service key slots.")});
    p.addOption({QStringLiteral("revoke"), tr("Revoke slot ID: its key file opens nothing any more."), tr("id")});
    p.addOption({jsonOption, tr("Print JSON.")});
    const QString synopsis = QStringLiteral("keys service-slot --out FILE [--label TEXT] | --list [--json] | --revoke ID");
    if (!parse(p, rest, synopsis, 0))
        return Usage;
    const int ways = int(p.isSet(QStringLiteral("out"))) + int(p.isSet(QStringLiteral("list"))) + int(p.isSet(QStringLiteral("revoke")));
    if (ways != 1)
        return usage(tr("Usage: authdesk-cli %1").arg(synopsis));
    if (p.isSet(QStringLiteral("revoke"))) {
        bool ok = false;
        const qint64 id = p.value(QStringLiteral("revoke")).toLongLong(&ok);
        if (!ok || id <= 0)
            return usage(tr("--revoke takes a slot number (see “keys service-slot --list”)."));
        if (!openStore() || !signIn())
            return Failed;
        auto s = wait(m_directory->revokeServiceSlot(m_principal, id));
        if (!s.ok())
            return fail(s.error());
        printErr(tr("Service key slot #%1 revoked.\n").arg(id));
        return Ok;
    }
    if (p.isSet(QStringLiteral("list"))) {
        if (!openStore() || !signIn())
            return Failed;
        auto slots = wait(m_directory->listServiceSlots(m_principal));
        if (!slots.ok())
            return fail(slots.error());
        if (m_json) {
            QJsonArray rows;
            for (const ServiceSlotInfo &s : slots.value())
                rows.append(QJsonObject{{QStringLiteral("id"), s.id},
                                        {QStringLiteral("label"), s.label},
                                        {QStringLiteral("created_at"), timeOrNull(s.createdAt)}});
            printJson({{QStringLiteral("service_slots"), rows}});
            return Ok;
        }
        QList<QStringList> rows;
        for (const ServiceSlotInfo &s : slots.value())
            rows << QStringList{QString::number(s.id), InputRules::escapeForDisplay(s.label), isoUtc(s.createdAt)};
        printOut(formatTable({tr("ID"), tr("LABEL"), tr("CREATED")}, rows));
        return Ok;
    }
    const QString out = p.value(QStringLiteral("out"));
    const QFileInfo info(out);
    if (out.isEmpty() || !info.absoluteDir().exists())
        return fail(makeError(ErrorCode::InvalidInput, tr("Cannot write %1: its folder does not exist.").arg(out)));
    if (info.exists())
        return fail(makeError(ErrorCode::AlreadyExists, tr("%1 exists already; a key file is never overwritten.").arg(out)));
    if (!openStore() || !signIn())
        return Failed;
    // Created 0600 from the first byte (never a moment readable by others), and only if new.
    QFile file(out);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return fail(makeError(ErrorCode::InvalidInput, tr("Cannot create %1: %2").arg(out, file.errorString())));
    auto grant = wait(m_directory->createServiceSlot(
        m_principal, p.isSet(QStringLiteral("label")) ? p.value(QStringLiteral("label")) : info.fileName()));
    if (!grant.ok()) {
        file.close();
        file.remove();
        return fail(grant.error());
    }
    const bool written = file.write(grant->keyFile) == grant->keyFile.size() && file.flush();
    crypto::secureWipe(grant.value().keyFile);
    file.close();
    if (!written) {
        file.remove();
        (void)wait(m_directory->revokeServiceSlot(m_principal, grant->slot.id));
        return fail(makeError(ErrorCode::Internal, tr("Cannot write %1; the new slot was revoked again.").arg(out)));
    }
    printErr(tr("Service key slot #%1 (%2) written to %3. Give it to the application as AUTHDESK_KEY_FILE; "
                "“keys service-slot --revoke %1” locks it out.\n")
                 .arg(grant->slot.id)
                 .arg(InputRules::escapeForDisplay(grant->slot.label), out));
    return Ok;
}

// ---- email verification and password reset --------------------------------------------------

int Cli::cmdUserSendVerification(const QStringList &rest)
{
    QCommandLineParser p;
    p.addOption({jsonOption, tr("Print JSON.")});
    if (!parse(p, rest, QStringLiteral("user send-verification NAME [--json]"), 1))
        return Usage;
    if (!openStore() || !signIn())
        return Failed;
    auto issue = wait(m_directory->sendEmailVerification(m_principal, p.positionalArguments().at(0)));
    if (!issue.ok())
        return fail(issue.error());
    const bool sent = issue->notification.state == NotificationOutcome::State::Sent;
    if (m_json) {
        printJson({{QStringLiteral("username"), issue->username},
                   {QStringLiteral("email"), issue->email},
                   {QStringLiteral("expires_at"), timeOrNull(issue->expiresAt)},
                   {QStringLiteral("notification"), notificationStateName(issue->notification.state)},
                   {QStringLiteral("detail"), issue->notification.detail}});
    } else if (sent) {
        printErr(tr("Verification sent to %1 (%2); it works once, until %3.\n")
                     .arg(InputRules::escapeForDisplay(issue->email), issue->notification.channel, isoUtc(issue->expiresAt)));
    } else {
        printErr(tr("The verification message to %1 could not be sent: %2\n")
                     .arg(InputRules::escapeForDisplay(issue->email), InputRules::escapeForDisplay(issue->notification.detail)));
    }
    return sent ? Ok : Failed;
}

int Cli::cmdUserVerifyEmail(const QStringList &rest)
{
    QCommandLineParser p;
    int exit = Ok;
    auto app = appTokenCommand(p, rest, QStringLiteral("user verify-email TOKEN  (- reads it from stdin)"), exit);
    if (!app)
        return exit;
    auto &[auth, token] = *app;
    auto user = auth->verifyEmail(token);
    crypto::secureWipe(token);
    if (!user.ok())
        return fail(user.error());
    printErr(tr("%1 is confirmed as the address of %2.\n")
                 .arg(InputRules::escapeForDisplay(user->email), InputRules::escapeForDisplay(user->username)));
    return Ok;
}

int Cli::cmdPasswordReset(const QString &verb, const QStringList &rest)
{
    QCommandLineParser p;
    p.addOption({keyFileOption, tr("The service key file (default: AUTHDESK_KEY_FILE)."), tr("file")});
    const bool request = verb == QLatin1String("request");
    if (!parse(p, rest,
               request ? QStringLiteral("password-reset request NAME")
                       : QStringLiteral("password-reset complete TOKEN  (the new password on stdin; - : the token first)"),
               1))
        return Usage;
    auto auth = openAuthService(p.value(keyFileOption));
    if (!auth)
        return Failed;
    if (request) {
        auto s = auth->requestPasswordReset(p.positionalArguments().at(0));
        if (!s.ok())
            return fail(s.error());
        printErr(tr("If that account exists and has an email address, a reset message is on its way.\n"));
        return Ok;
    }
    auto token = tokenArgument(p.positionalArguments().at(0));
    if (!token)
        return fail(tr("No token on standard input."));
    auto password = readNewPassword();
    if (!password) {
        crypto::secureWipe(*token);
        return Failed;
    }
    auto s = auth->resetPassword(*token, *password);
    crypto::secureWipe(*token);
    crypto::secureWipe(*password);
    if (!s.ok())
        return fail(s.error());
    printErr(tr("Password changed; every session of the account was ended.\n"));
    return Ok;
}

// ---- signing keys -----------------------------------------------------------------------------

int Cli::cmdKeys(const QString &verb, const QStringList &rest)
{
    QCommandLineParser p;
    p.addOption({jsonOption, tr("Print JSON.")});
    p.addOption({QStringLiteral("alg"), tr("The new key's algorithm: EdDSA (default), ES256 or HS256."), tr("alg")});
    const bool retire = verb == QLatin1String("retire");
    if (!parse(p, rest, QStringLiteral("keys list [--json] | keys rotate [--alg ALG] | keys retire KID | keys jwks"),
               retire ? 1 : 0))
        return Usage;
    std::optional<jwt::Algorithm> alg = jwt::Algorithm::EdDSA;
    if (p.isSet(QStringLiteral("alg")))
        alg = jwt::algorithmFromName(p.value(QStringLiteral("alg")));
    if (!alg)
        return usage(tr("--alg is EdDSA, ES256 or HS256 (exactly so spelled)."));
    if (verb == QLatin1String("jwks")) {
        // Public: no administrator needed, and no key.
        if (!openStore())
            return Failed;
        auto set = wait(m_directory->jwks());
        if (!set.ok())
            return fail(set.error());
        printOut(QString::fromUtf8(set.value()) + QLatin1Char('\n'));
        return Ok;
    }
    if (!openStore() || !signIn())
        return Failed;
    if (verb == QLatin1String("rotate")) {
        auto made = wait(m_directory->rotateSigningKey(m_principal, *alg));
        if (!made.ok())
            return fail(made.error());
        printErr(tr("%1 (%2) now signs; the previous key verifies until its last token has expired.\n")
                     .arg(made->kid, made->algorithm));
        return Ok;
    }
    if (retire) {
        auto s = wait(m_directory->retireSigningKey(m_principal, p.positionalArguments().at(0)));
        if (!s.ok())
            return fail(s.error());
        printErr(tr("%1 retired: it verifies nothing any more.\n").arg(InputRules::escapeForDisplay(p.positionalArguments().at(0))));
        return Ok;
    }
    auto keys = wait(m_directory->listSigningKeys(m_principal));
    if (!keys.ok())
        return fail(keys.error());
    auto stateName = [](SigningKeyInfo::State s) {
        return s == SigningKeyInfo::State::Active     ? QStringLiteral("active")
               : s == SigningKeyInfo::State::Retiring ? QStringLiteral("retiring")
                                                      : QStringLiteral("retired");
    };
    if (m_json) {
        QJsonArray rows;
        for (const SigningKeyInfo &k : keys.value())
            rows.append(QJsonObject{{QStringLiteral("kid"), k.kid},
                                    {QStringLiteral("algorithm"), k.algorithm},
                                    {QStringLiteral("state"), stateName(k.state)},
                                    {QStringLiteral("created_at"), timeOrNull(k.createdAt)},
                                    {QStringLiteral("retiring_since"), timeOrNull(k.retiringSince)},
                                    {QStringLiteral("retired_at"), timeOrNull(k.retiredAt)}});
        printJson({{QStringLiteral("keys"), rows}});
        return Ok;
    }
    QList<QStringList> rows;
    for (const SigningKeyInfo &k : keys.value())
        rows << QStringList{k.kid, k.algorithm, stateName(k.state), isoUtc(k.createdAt)};
    printOut(formatTable({tr("KID"), tr("ALG"), tr("STATE"), tr("CREATED")}, rows));
    return Ok;
}

} // namespace authdesk::cli
