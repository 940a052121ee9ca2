#include "app/cli/Cli.h"

#include "app/cli/Output.h"
#include "app/cli/Terminal.h"
#include "core/crypto/PasswordGenerator.h"
#include "core/crypto/SecureCompare.h"
#include "core/policy/PasswordPolicy.h"
#include "core/policy/InputRules.h"
#include "core/secrets/Keychain.h"
#include "core/store/StoreLocations.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QStandardPaths>
#include <QThread>

#include <atomic>
#include <csignal>

namespace authdesk::cli {

namespace {

std::atomic<bool> g_interrupted{false};

extern "C" void onInterrupt(int)
{
    g_interrupted.store(true);
}

const QString storeOption = QStringLiteral("store");
const QString asOption = QStringLiteral("as");
const QString otpOption = QStringLiteral("otp");
const QString recoveryCodeOption = QStringLiteral("recovery-code");
const QString jsonOption = QStringLiteral("json");

std::optional<UserSortField> sortFieldFromName(const QString &name)
{
    static const QHash<QString, UserSortField> fields = {
        {QStringLiteral("username"), UserSortField::Username},
        {QStringLiteral("email"), UserSortField::Email},
        {QStringLiteral("display_name"), UserSortField::DisplayName},
        {QStringLiteral("status"), UserSortField::AccountStatus},
        {QStringLiteral("created_at"), UserSortField::CreatedAt},
        {QStringLiteral("updated_at"), UserSortField::UpdatedAt},
        {QStringLiteral("last_sign_in_at"), UserSortField::LastSignInAt},
    };
    auto it = fields.constFind(name.toLower());
    if (it == fields.constEnd())
        return std::nullopt;
    return it.value();
}

QString statusText(const User &u)
{
    if (u.status == UserStatus::Active)
        return QCoreApplication::translate("Cli", "active");
    if (u.disabledUntil.isValid())
        return QCoreApplication::translate("Cli", "disabled until %1").arg(isoUtc(u.disabledUntil));
    return QCoreApplication::translate("Cli", "disabled");
}

} // namespace

QString Cli::defaultStorePath()
{
    return StoreLocations::defaultStorePath();
}

QString Cli::defaultKeyDir()
{
    return StoreLocations::keyDir();
}

int Cli::usage(const QString &message)
{
    printErr(message + QLatin1Char('\n') + tr("Run “authdesk-cli --help” for the commands.") + QLatin1Char('\n'));
    return Usage;
}

int Cli::fail(const Error &error)
{
    printErr(tr("authdesk-cli: %1").arg(error.message) + QLatin1Char('\n'));
    return Failed;
}

void Cli::addCommonOptions(QCommandLineParser &parser)
{
    parser.addOption({storeOption, tr("The store file (default: %1).").arg(defaultStorePath()), tr("path")});
    parser.addOption({asOption, tr("The acting administrator (username or email). The password comes from "
                                   "AUTHDESK_PASSWORD or a prompt."),
                      tr("name")});
    parser.addOption({otpOption, tr("The acting administrator's authenticator code, when their account has one "
                                    "(or set AUTHDESK_OTP)."),
                      tr("code")});
    parser.addOption({recoveryCodeOption, tr("One of the acting administrator's recovery codes, instead of --otp "
                                             "(used up by signing in)."),
                      tr("code")});
    parser.addHelpOption();
}

bool Cli::parse(QCommandLineParser &parser, const QStringList &rest, const QString &synopsis, int positionals)
{
    addCommonOptions(parser);
    parser.setApplicationDescription(synopsis);
    QStringList args{QStringLiteral("authdesk-cli")};
    args << rest;
    if (!parser.parse(args)) {
        usage(parser.errorText());
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(parser.helpText());
        std::exit(Ok);
    }
    if (parser.isSet(storeOption))
        m_storePath = parser.value(storeOption);
    if (parser.isSet(asOption))
        m_as = parser.value(asOption);
    if (parser.isSet(otpOption))
        m_otp = parser.value(otpOption);
    if (parser.isSet(recoveryCodeOption))
        m_recoveryCode = parser.value(recoveryCodeOption);
    if (parser.optionNames().contains(jsonOption) && parser.isSet(jsonOption))
        m_json = true;
    const qsizetype given = parser.positionalArguments().size();
    if (positionals == AtMostOnePositional ? given > 1 : given != positionals) {
        usage(tr("Usage: authdesk-cli %1").arg(synopsis));
        return false;
    }
    return true;
}

bool Cli::openStore()
{
    StoreOptions options;
    options.path = m_storePath.isEmpty() ? defaultStorePath() : m_storePath;
    options.keyDir = defaultKeyDir();
    // The desktop's keychain may hold this store's key (authdesk-cli unlock).
    options.keychain = std::make_shared<Keychain>();
    m_directory = std::make_unique<LocalDirectory>(options);
    auto opened = wait(m_directory->open());
    if (!opened.ok()) {
        fail(opened.error());
        return false;
    }
    return true;
}

bool Cli::signIn()
{
    if (m_as.isEmpty()) {
        usage(tr("Say who is acting: --as NAME (an administrator of the store)."));
        return false;
    }
    QString password;
    if (qEnvironmentVariableIsSet("AUTHDESK_PASSWORD")) {
        password = qEnvironmentVariable("AUTHDESK_PASSWORD");
    } else {
        auto typed = promptHidden(tr("Password for %1: ").arg(InputRules::escapeForDisplay(m_as)));
        if (!typed) {
            fail(tr("No password: set AUTHDESK_PASSWORD or run in a terminal."));
            return false;
        }
        password = *typed;
    }
    if (m_otp.isEmpty() && qEnvironmentVariableIsSet("AUTHDESK_OTP"))
        m_otp = qEnvironmentVariable("AUTHDESK_OTP");
    if (!m_otp.isEmpty() && !m_recoveryCode.isEmpty()) {
        crypto::secureWipe(password);
        usage(tr("Give either --otp or --recovery-code, not both."));
        return false;
    }
    Result<Principal> principal = makeError(ErrorCode::Internal, QString());
    if (m_otp.isEmpty() && m_recoveryCode.isEmpty()) {
        principal = wait(m_directory->signIn(m_as, password));
    } else {
        const bool recovery = !m_recoveryCode.isEmpty();
        auto signedIn = wait(m_directory->signInWithSecondFactor(
            m_as, password, recovery ? m_recoveryCode : m_otp,
            recovery ? SecondFactorKind::RecoveryCode : SecondFactorKind::Totp, false));
        principal = signedIn.ok() ? Result<Principal>(signedIn->principal) : Result<Principal>(signedIn.error());
    }
    crypto::secureWipe(m_otp);
    crypto::secureWipe(m_recoveryCode);
    if (m_keepSignInPassword)
        m_signInPassword = password;
    crypto::secureWipe(password);
    if (principal.code() == ErrorCode::SecondFactorRequired) {
        fail(makeError(ErrorCode::SecondFactorRequired,
                       tr("this account needs its authenticator code: pass --otp CODE (or set AUTHDESK_OTP), or "
                          "--recovery-code CODE.")));
        return false;
    }
    if (!principal.ok()) {
        fail(principal.error());
        return false;
    }
    m_principal = principal.value();
    return true;
}

std::optional<QString> Cli::readNewPassword()
{
    auto first = readSecretFromStdin(tr("New password: "));
    if (!first || first->isEmpty()) {
        fail(tr("No password on standard input."));
        return std::nullopt;
    }
    if (stdinIsTerminal()) {
        auto second = readSecretFromStdin(tr("Repeat the new password: "));
        if (!second || *second != *first) {
            fail(tr("The two passwords differ."));
            return std::nullopt;
        }
    }
    return first;
}

int Cli::run(const QStringList &arguments)
{
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Manage the users, roles and audit log of an AuthDesk store.\n\n"
        "Commands:\n"
        "  init --owner NAME --email EMAIL [--display-name D]   create the store and its owner (password on stdin)\n"
        "  user add NAME --email E [--display-name D] [--role R]... [--password-stdin]\n"
        "  user list [--search TEXT] [--status active|disabled] [--role R] [--mfa enrolled|none] [--locked]\n"
        "            [--never-signed-in] [--created-after T] [--created-before T] [--signed-in-after T]\n"
        "            [--signed-in-before T] [--sort FIELD] [--desc] [--limit N] [--offset N] [--json]\n"
        "  user show NAME [--json]\n"
        "  user edit NAME [--email E] [--display-name D] [--if-version N]\n"
        "  user disable NAME --reason TEXT [--until ISO8601]\n"
        "  user enable NAME\n"
        "  user delete NAME\n"
        "  user set-password NAME [--must-change] [--generate] (the new password on stdin, or made for you)\n"
        "  passwd                                             change your own password (the new one on stdin)\n"
        "  user import FILE                                   (CSV: username,email,display_name,roles[,password_hash])\n"
        "  user role-add NAME ROLE | user role-remove NAME ROLE\n"
        "  user permissions NAME [--json]\n"
        "  role list [--json] | role add NAME [--description D]\n"
        "  role grant ROLE PERMISSION | role revoke ROLE PERMISSION\n"
        "  permission list [--json] | permission add NAME [--description D]\n"
        "  audit list [--limit N] [--json] | audit verify\n"
        "  user verify-password NAME                          (the password on stdin; exit 0 matches, 1 not)\n"
        "  mfa enroll NAME [--json] | mfa qr NAME --png FILE\n"
        "  mfa activate NAME CODE [--pdf FILE] [--json]        --pdf: the recovery sheet, mode 0600\n"
        "  mfa verify NAME CODE | mfa recover NAME CODE | mfa status NAME [--json]\n"
        "  mfa recovery-codes NAME --regenerate [--pdf FILE] [--json]\n"
        "  mfa inspect NAME [--json]                          what a helpdesk reset would remove (no secrets)\n"
        "  mfa reset NAME --ticket T --reason R --verified-by call-back|in-person|manager-approval|other\n"
        "            [--note TEXT] [--expect STATE_TOKEN] [--temporary-pass [--temporary-pass-minutes N]] [--json]\n"
        "  policy show [--json] | policy set KEY VALUE\n"
        "  notify test --to EMAIL [--json]                    send a test message through the configured notifier\n"
        "  notify set-password [--remove]                     the SMTP password (stdin or AUTHDESK_SMTP_PASSWORD)\n"
        "  unlock | lock                                      keep the store's key in this desktop's keychain, or not\n"
        "As an application (no --as; the store's key from AUTHDESK_KEY_FILE or --key-file):\n"
        "  login NAME [--otp CODE | --recovery-code C | --temporary-pass P] [--mode session|jwt] [--ip A]\n"
        "        [--user-agent UA] [--json]                  (the user's password on stdin)\n"
        "  refresh TOKEN [--json]                             a refresh token for a new access and refresh token\n"
        "  logout TOKEN | token verify TOKEN [--json]         (exit 0 valid, 1 not, with the reason; - : stdin)\n"
        "Sessions and keys, for administrators:\n"
        "  session list [--user NAME] [--ended] [--json] | session revoke ID | --user NAME | --all\n"
        "  user unlock NAME                                   end a brute-force lockout\n"
        "  user send-verification NAME                        email NAME a single-use link confirming their address\n"
        "  user verify-email TOKEN | password-reset request NAME | password-reset complete TOKEN  (as the application;\n"
        "                                                     complete reads the new password on stdin)\n"
        "  keys service-slot --out FILE [--label L] | --list [--json] | --revoke ID\n"
        "  keys list [--json] | keys rotate [--alg EdDSA|ES256|HS256] | keys retire KID | keys jwks\n\n"
        "A user is named by username, email or #id. The acting administrator's password comes from\n"
        "AUTHDESK_PASSWORD or a prompt; passwords are never taken from the command line.\n"
        "Exit codes: 0 done, 1 refused or failed, 2 usage."));
    addCommonOptions(parser);
    parser.addVersionOption();
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("version"))) {
        printOut(QCoreApplication::applicationName() + QLatin1Char(' ') + QCoreApplication::applicationVersion() + QLatin1Char('\n'));
        return Ok;
    }
    m_storePath = parser.value(storeOption);
    m_as = parser.value(asOption);
    m_otp = parser.value(otpOption);
    m_recoveryCode = parser.value(recoveryCodeOption);
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(parser.helpText());
        return Ok;
    }
    if (positional.isEmpty()) {
        printErr(parser.helpText());
        return Usage;
    }
    const QString group = positional.at(0);
    if (group == QLatin1String("init"))
        return cmdInit(positional.mid(1));
    if (group == QLatin1String("unlock") || group == QLatin1String("lock"))
        return cmdKeychain(positional.mid(1), group == QLatin1String("unlock"));
    if (group == QLatin1String("login"))
        return cmdLogin(positional.mid(1));
    if (group == QLatin1String("logout"))
        return cmdLogout(positional.mid(1));
    if (group == QLatin1String("refresh"))
        return cmdRefresh(positional.mid(1));
    if (group == QLatin1String("passwd")) {
        const int rc = cmdPasswd(positional.mid(1));
        crypto::secureWipe(m_signInPassword);
        return rc;
    }
    if (positional.size() < 2)
        return usage(tr("“%1” needs a subcommand.").arg(InputRules::escapeForDisplay(group)));
    return dispatch(group, positional.at(1), positional.mid(2));
}

int Cli::dispatch(const QString &group, const QString &verb, const QStringList &rest)
{
    if (group == QLatin1String("user")) {
        if (verb == QLatin1String("add"))
            return cmdUserAdd(rest);
        if (verb == QLatin1String("list"))
            return cmdUserList(rest);
        if (verb == QLatin1String("show"))
            return cmdUserShow(rest);
        if (verb == QLatin1String("edit"))
            return cmdUserEdit(rest);
        if (verb == QLatin1String("disable"))
            return cmdUserDisable(rest);
        if (verb == QLatin1String("enable"))
            return cmdUserEnable(rest);
        if (verb == QLatin1String("delete"))
            return cmdUserDelete(rest);
        if (verb == QLatin1String("set-password"))
            return cmdUserSetPassword(rest);
        if (verb == QLatin1String("import"))
            return cmdUserImport(rest);
        if (verb == QLatin1String("role-add"))
            return cmdUserRole(rest, true);
        if (verb == QLatin1String("role-remove"))
            return cmdUserRole(rest, false);
        if (verb == QLatin1String("permissions"))
            return cmdUserPermissions(rest);
        if (verb == QLatin1String("verify-password"))
            return cmdUserVerifyPassword(rest);
        if (verb == QLatin1String("unlock"))
            return cmdUserUnlock(rest);
        if (verb == QLatin1String("send-verification"))
            return cmdUserSendVerification(rest);
        if (verb == QLatin1String("verify-email"))
            return cmdUserVerifyEmail(rest);
    } else if (group == QLatin1String("role")) {
        if (verb == QLatin1String("list"))
            return cmdRoleList(rest);
        if (verb == QLatin1String("add"))
            return cmdRoleAdd(rest);
        if (verb == QLatin1String("grant"))
            return cmdRoleGrant(rest, true);
        if (verb == QLatin1String("revoke"))
            return cmdRoleGrant(rest, false);
    } else if (group == QLatin1String("permission")) {
        if (verb == QLatin1String("list"))
            return cmdPermissionList(rest);
        if (verb == QLatin1String("add"))
            return cmdPermissionAdd(rest);
    } else if (group == QLatin1String("notify")) {
        return dispatchNotify(verb, rest);
    } else if (group == QLatin1String("mfa") || group == QLatin1String("policy")) {
        return dispatchCredentials(group, verb, rest);
    } else if (group == QLatin1String("session") || group == QLatin1String("token") || group == QLatin1String("keys")
               || group == QLatin1String("password-reset")) {
        return dispatchSessions(group, verb, rest);
    } else if (group == QLatin1String("audit")) {
        if (verb == QLatin1String("list"))
            return cmdAuditList(rest);
        if (verb == QLatin1String("verify"))
            return cmdAuditVerify(rest);
    } else {
        return usage(tr("Unknown command “%1”.").arg(InputRules::escapeForDisplay(group)));
    }
    return usage(tr("Unknown command “%1 %2”.").arg(InputRules::escapeForDisplay(group), InputRules::escapeForDisplay(verb)));
}

// ---- init ---------------------------------------------------------------------------------

int Cli::cmdInit(const QStringList &rest)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("owner"), tr("The owner's username."), tr("name")});
    p.addOption({QStringLiteral("email"), tr("The owner's email address."), tr("email")});
    p.addOption({QStringLiteral("display-name"), tr("The owner's display name."), tr("text")});
    if (!parse(p, rest, QStringLiteral("init --owner NAME --email EMAIL [--display-name D]"), 0))
        return Usage;
    if (!p.isSet(QStringLiteral("owner")) || !p.isSet(QStringLiteral("email")))
        return usage(tr("init needs --owner and --email."));
    const QString path = m_storePath.isEmpty() ? defaultStorePath() : m_storePath;
    if (QFileInfo(path).exists() && QFileInfo(path).size() > 0)
        return fail(makeError(ErrorCode::AlreadyExists, tr("%1 already exists; init only creates new stores.").arg(path)));
    NewUser owner;
    owner.username = p.value(QStringLiteral("owner"));
    owner.email = p.value(QStringLiteral("email"));
    owner.displayName = p.value(QStringLiteral("display-name"));
    auto password = readNewPassword();
    if (!password)
        return Failed;
    owner.password = *password;
    StoreOptions options;
    options.path = path;
    options.keyDir = defaultKeyDir();
    m_directory = std::make_unique<LocalDirectory>(options);
    auto created = wait(m_directory->create(owner));
    crypto::secureWipe(owner.password);
    crypto::secureWipe(*password);
    if (!created.ok()) {
        // A refused init leaves no empty store behind.
        m_directory.reset();
        if (QFileInfo(path).exists()) {
            StoreOptions probe = options;
            if (!LocalStore::open(probe).ok() && created.code() != ErrorCode::AlreadyExists) {
                QFile::remove(path);
                QFile::remove(path + QStringLiteral("-wal"));
                QFile::remove(path + QStringLiteral("-shm"));
            }
        }
        return fail(created.error());
    }
    printOut(tr("Created the store %1 with its owner %2.").arg(path, InputRules::escapeForDisplay(owner.username)) + QLatin1Char('\n'));
    return Ok;
}

// ---- users --------------------------------------------------------------------------------

int Cli::cmdUserAdd(const QStringList &rest)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("name"), tr("The new user's username."));
    p.addOption({QStringLiteral("email"), tr("Email address."), tr("email")});
    p.addOption({QStringLiteral("display-name"), tr("Display name."), tr("text")});
    p.addOption({QStringLiteral("role"), tr("A role to give (repeatable)."), tr("role")});
    p.addOption({QStringLiteral("password-stdin"), tr("Read the new user's password from standard input; "
                                                      "without it the user must set one.")});
    p.addOption({jsonOption, tr("Print the new user as JSON.")});
    if (!parse(p, rest, QStringLiteral("user add NAME --email E [--display-name D] [--role R]... [--password-stdin]"), 1))
        return Usage;
    if (!p.isSet(QStringLiteral("email")))
        return usage(tr("user add needs --email."));
    NewUser user;
    user.username = p.positionalArguments().at(0);
    user.email = p.value(QStringLiteral("email"));
    user.displayName = p.value(QStringLiteral("display-name"));
    user.roles = p.values(QStringLiteral("role"));
    if (!openStore() || !signIn())
        return Failed;
    if (p.isSet(QStringLiteral("password-stdin"))) {
        auto password = readNewPassword();
        if (!password)
            return Failed;
        user.password = *password;
    }
    auto created = wait(m_directory->createUser(m_principal, user));
    crypto::secureWipe(user.password);
    if (!created.ok())
        return fail(created.error());
    if (m_json)
        printJson(userToJson(created.value()));
    else
        printOut(tr("Added %1.").arg(InputRules::escapeForDisplay(created->username)) + QLatin1Char('\n'));
    return Ok;
}

int Cli::cmdUserList(const QStringList &rest)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("search"), tr("Only users whose username, email or display name contains TEXT."), tr("text")});
    p.addOption({QStringLiteral("status"), tr("Only active or only disabled users (a temporary disabling that has ended counts as active)."),
                 tr("active|disabled")});
    p.addOption({QStringLiteral("role"), tr("Only the holders of ROLE."), tr("role")});
    p.addOption({QStringLiteral("mfa"), tr("Only users with an active authenticator (enrolled) or without one (none)."),
                 tr("enrolled|none")});
    p.addOption({QStringLiteral("locked"),
                 tr("Only users whose authenticator is locked: disabled after too many wrong codes, or waiting out a throttle.")});
    p.addOption({QStringLiteral("never-signed-in"), tr("Only users who have never signed in.")});
    p.addOption({QStringLiteral("created-after"),
                 tr("Only users created at or after TIME (ISO 8601: 2026-01-31 is midnight UTC; 2026-01-31T08:00:00+01:00)."),
                 tr("time")});
    p.addOption({QStringLiteral("created-before"), tr("Only users created before TIME (ISO 8601)."), tr("time")});
    p.addOption({QStringLiteral("signed-in-after"), tr("Only users who last signed in at or after TIME (ISO 8601)."), tr("time")});
    p.addOption({QStringLiteral("signed-in-before"), tr("Only users who last signed in before TIME (ISO 8601)."), tr("time")});
    p.addOption({QStringLiteral("sort"),
                 tr("Sort by username, email, display_name, status, created_at, updated_at or last_sign_in_at."), tr("field")});
    p.addOption({QStringLiteral("desc"), tr("Sort descending.")});
    p.addOption({QStringLiteral("limit"), tr("At most N users (default 100, at most 10000)."), tr("n"), QStringLiteral("100")});
    p.addOption({QStringLiteral("offset"), tr("Skip the first N users."), tr("n"), QStringLiteral("0")});
    p.addOption({jsonOption, tr("Print JSON: {\"total\": N, \"users\": […]}.")});
    if (!parse(p, rest,
               QStringLiteral("user list [--search TEXT] [--status active|disabled] [--role ROLE] [--mfa enrolled|none] "
                              "[--locked] [--never-signed-in] [--created-after TIME] [--created-before TIME] "
                              "[--signed-in-after TIME] [--signed-in-before TIME] [--sort FIELD] [--desc] [--limit N] "
                              "[--offset N] [--json]"),
               0))
        return Usage;
    UserQuery query;
    query.search = p.value(QStringLiteral("search"));
    UserFilter &filter = query.filter;
    if (p.isSet(QStringLiteral("status"))) {
        const QString status = p.value(QStringLiteral("status")).toLower();
        if (status == QLatin1String("active"))
            filter.status = StatusFilter::Active;
        else if (status == QLatin1String("disabled"))
            filter.status = StatusFilter::Disabled;
        else
            return usage(tr("--status takes “active” or “disabled”, not “%1”.")
                             .arg(InputRules::escapeForDisplay(p.value(QStringLiteral("status")).left(64))));
    }
    if (p.isSet(QStringLiteral("role"))) {
        filter.role = p.value(QStringLiteral("role"));
        if (filter.role.trimmed().isEmpty())
            return usage(tr("--role needs a role name."));
    }
    if (p.isSet(QStringLiteral("mfa"))) {
        const QString mfa = p.value(QStringLiteral("mfa")).toLower();
        if (mfa == QLatin1String("enrolled"))
            filter.mfa = MfaFilter::Enrolled;
        else if (mfa == QLatin1String("none"))
            filter.mfa = MfaFilter::NotEnrolled;
        else
            return usage(tr("--mfa takes “enrolled” or “none”, not “%1”.")
                             .arg(InputRules::escapeForDisplay(p.value(QStringLiteral("mfa")).left(64))));
    }
    filter.lockedOnly = p.isSet(QStringLiteral("locked"));
    filter.neverSignedIn = p.isSet(QStringLiteral("never-signed-in"));
    // A date alone is midnight UTC; a time needs its zone, or it is read as UTC too.
    auto timeOption = [&](const QString &name, QDateTime *out) {
        if (!p.isSet(name))
            return true;
        const QString text = p.value(name).trimmed();
        QDateTime dt;
        // QDate would read the date part of a date and time and drop the time.
        if (const QDate date = QDate::fromString(text, Qt::ISODate); date.isValid() && text.size() == 10)
            dt = QDateTime(date, QTime(0, 0), Qt::UTC);
        else
            dt = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!dt.isValid()) {
            usage(tr("--%1 takes an ISO 8601 date or date and time (2026-01-31 or 2026-01-31T08:00:00Z), not “%2”.")
                      .arg(name, InputRules::escapeForDisplay(text.left(64))));
            return false;
        }
        if (dt.timeSpec() == Qt::LocalTime)
            dt.setTimeSpec(Qt::UTC);
        *out = dt.toUTC();
        return true;
    };
    if (!timeOption(QStringLiteral("created-after"), &filter.createdFrom)
        || !timeOption(QStringLiteral("created-before"), &filter.createdTo)
        || !timeOption(QStringLiteral("signed-in-after"), &filter.lastSignInFrom)
        || !timeOption(QStringLiteral("signed-in-before"), &filter.lastSignInTo))
        return Usage;
    if (filter.createdFrom.isValid() && filter.createdTo.isValid() && filter.createdTo <= filter.createdFrom)
        return usage(tr("--created-before must be later than --created-after."));
    if (filter.lastSignInFrom.isValid() && filter.lastSignInTo.isValid() && filter.lastSignInTo <= filter.lastSignInFrom)
        return usage(tr("--signed-in-before must be later than --signed-in-after."));
    if (filter.neverSignedIn && (filter.lastSignInFrom.isValid() || filter.lastSignInTo.isValid()))
        return usage(tr("--never-signed-in cannot be combined with --signed-in-after or --signed-in-before."));
    if (p.isSet(QStringLiteral("sort"))) {
        auto field = sortFieldFromName(p.value(QStringLiteral("sort")));
        if (!field)
            return usage(tr("Unknown sort field “%1”.").arg(InputRules::escapeForDisplay(p.value(QStringLiteral("sort")))));
        query.sortField = *field;
    }
    query.descending = p.isSet(QStringLiteral("desc"));
    bool okLimit = false, okOffset = false;
    query.limit = p.value(QStringLiteral("limit")).toLongLong(&okLimit);
    query.offset = p.value(QStringLiteral("offset")).toLongLong(&okOffset);
    if (!okLimit || !okOffset || query.limit < 0 || query.limit > 10000 || query.offset < 0)
        return usage(tr("--limit takes 0 to 10000 and --offset a number ≥ 0."));
    if (!openStore() || !signIn())
        return Failed;
    auto page = wait(m_directory->listUsers(m_principal, query));
    if (!page.ok())
        return fail(page.error());
    if (m_json) {
        QJsonArray users;
        for (const User &u : page->users) {
            QJsonObject o = userToJson(u);
            o.insert(QStringLiteral("mfa_enrolled"), u.mfaEnrolled);
            o.insert(QStringLiteral("locked"), u.locked);
            users.append(o);
        }
        printJson(QJsonObject{{QStringLiteral("total"), page->total},
                              {QStringLiteral("offset"), page->offset},
                              {QStringLiteral("users"), users}});
        return Ok;
    }
    QList<QStringList> rows;
    for (const User &u : page->users) {
        const QString mfa = u.locked ? tr("locked") : u.mfaEnrolled ? tr("enrolled") : QStringLiteral("-");
        rows << QStringList{u.username, u.email, u.displayName, statusText(u), mfa, u.roles.join(QStringLiteral(","))};
    }
    printOut(formatTable({tr("USERNAME"), tr("EMAIL"), tr("DISPLAY NAME"), tr("STATUS"), tr("MFA"), tr("ROLES")}, rows));
    if (page->users.isEmpty())
        printErr(tr("No users shown; %n user(s) match.", nullptr, static_cast<int>(page->total)) + QLatin1Char('\n'));
    else
        printErr(tr("Users %1–%2 of %3.").arg(page->offset + 1).arg(page->offset + page->users.size()).arg(page->total)
                 + QLatin1Char('\n'));
    return Ok;
}

int Cli::cmdUserShow(const QStringList &rest)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("name"), tr("Username, email or #id."));
    p.addOption({jsonOption, tr("Print JSON.")});
    if (!parse(p, rest, QStringLiteral("user show NAME [--json]"), 1))
        return Usage;
    if (!openStore() || !signIn())
        return Failed;
    auto user = wait(m_directory->findUser(m_principal, p.positionalArguments().at(0)));
    if (!user.ok())
        return fail(user.error());
    if (m_json) {
        printJson(userToJson(user.value()));
        return Ok;
    }
    const User &u = user.value();
    const QList<QStringList> rows = {
        {tr("Username"), u.username},
        {tr("Email"), u.email.isEmpty()          ? QString()
                      : u.emailVerifiedAt.isValid() ? tr("%1 (verified %2)").arg(u.email, isoUtc(u.emailVerifiedAt))
                                                    : tr("%1 (not verified)").arg(u.email)},
        {tr("Display name"), u.displayName},
        {tr("Status"), u.locked ? tr("%1; locked (failed logins or authenticator codes; “user unlock” ends it)").arg(statusText(u))
                                : statusText(u)},
        {tr("Disabled because"), u.status == UserStatus::Disabled ? u.disabledReason : QString()},
        {tr("Roles"), u.roles.join(QStringLiteral(", "))},
        {tr("Password"), u.hasPassword ? (u.mustChangePassword ? tr("set (%1); must change at next sign-in").arg(u.passwordScheme) : tr("set (%1)").arg(u.passwordScheme))
                                       : tr("none; must set one at next sign-in")},
        {tr("Created"), isoUtc(u.createdAt)},
        {tr("Updated"), isoUtc(u.updatedAt)},
        {tr("Last sign-in"), u.lastSignInAt.isValid() ? isoUtc(u.lastSignInAt) : tr("never")},
        {tr("MFA"), u.mfaEnrollmentRequired ? tr("reset by the helpdesk; must enroll an authenticator")
                                            : (u.mfaEnrolled ? tr("enrolled") : tr("not enrolled"))},
        {tr("Version"), QString::number(u.version)},
        {tr("Id"), QStringLiteral("#%1").arg(u.id)},
    };
    QString out;
    for (const QStringList &row : rows)
        out += QString(row.at(0) + QLatin1Char(':')).leftJustified(18) + InputRules::escapeForDisplay(row.at(1)) + QLatin1Char('\n');
    printOut(out);
    return Ok;
}

int Cli::cmdUserEdit(const QStringList &rest)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("name"), tr("Username, email or #id."));
    p.addOption({QStringLiteral("email"), tr("New email address."), tr("email")});
    p.addOption({QStringLiteral("display-name"), tr("New display name."), tr("text")});
    p.addOption({QStringLiteral("if-version"), tr("Refuse if the user changed since version N."), tr("n")});
    p.addOption({jsonOption, tr("Print the user as JSON.")});
    if (!parse(p, rest, QStringLiteral("user edit NAME [--email E] [--display-name D] [--if-version N]"), 1))
        return Usage;
    UserChanges changes;
    if (p.isSet(QStringLiteral("email")))
        changes.email = p.value(QStringLiteral("email"));
    if (p.isSet(QStringLiteral("display-name")))
        changes.displayName = p.value(QStringLiteral("display-name"));
    if (!changes.email && !changes.displayName)
        return usage(tr("user edit needs --email or --display-name."));
    qint64 version = 0;
    if (p.isSet(QStringLiteral("if-version"))) {
        bool ok = false;
        version = p.value(QStringLiteral("if-version")).toLongLong(&ok);
        if (!ok || version < 1)
            return usage(tr("--if-version takes a version number."));
    }
    if (!openStore() || !signIn())
        return Failed;
    auto user = wait(m_directory->updateUser(m_principal, p.positionalArguments().at(0), version, changes));
    if (!user.ok())
        return fail(user.error());
    if (m_json)
        printJson(userToJson(user.value()));
    else
        printOut(tr("Updated %1.").arg(InputRules::escapeForDisplay(user->username)) + QLatin1Char('\n'));
    return Ok;
}

int Cli::cmdUserDisable(const QStringList &rest)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("name"), tr("Username, email or #id."));
    p.addOption({QStringLiteral("reason"), tr("Why (recorded and shown)."), tr("text")});
    p.addOption({QStringLiteral("until"), tr("Disabled until this time (ISO 8601; without an offset, local time)."), tr("time")});
    if (!parse(p, rest, QStringLiteral("user disable NAME --reason TEXT [--until ISO8601]"), 1))
        return Usage;
    if (!p.isSet(QStringLiteral("reason")))
        return usage(tr("user disable needs --reason."));
    QDateTime until;
    if (p.isSet(QStringLiteral("until"))) {
        until = QDateTime::fromString(p.value(QStringLiteral("until")), Qt::ISODateWithMs);
        if (!until.isValid())
            until = QDateTime::fromString(p.value(QStringLiteral("until")), Qt::ISODate);
        if (!until.isValid())
            return usage(tr("--until takes an ISO 8601 time such as 2027-01-31T18:00:00Z."));
        until = until.toUTC();
    }
    if (!openStore() || !signIn())
        return Failed;
    auto user = wait(m_directory->disableUser(m_principal, p.positionalArguments().at(0), p.value(QStringLiteral("reason")), until));
    if (!user.ok())
        return fail(user.error());
    printOut(tr("Disabled %1.").arg(InputRules::escapeForDisplay(user->username)) + QLatin1Char('\n'));
    return Ok;
}

int Cli::cmdUserEnable(const QStringList &rest)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("name"), tr("Username, email or #id."));
    if (!parse(p, rest, QStringLiteral("user enable NAME"), 1))
        return Usage;
    if (!openStore() || !signIn())
        return Failed;
    auto user = wait(m_directory->enableUser(m_principal, p.positionalArguments().at(0)));
    if (!user.ok())
        return fail(user.error());
    printOut(tr("Enabled %1.").arg(InputRules::escapeForDisplay(user->username)) + QLatin1Char('\n'));
    return Ok;
}

int Cli::cmdUserDelete(const QStringList &rest)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("name"), tr("Username, email or #id."));
    if (!parse(p, rest, QStringLiteral("user delete NAME"), 1))
        return Usage;
    if (!openStore() || !signIn())
        return Failed;
    auto done = wait(m_directory->deleteUser(m_principal, p.positionalArguments().at(0)));
    if (!done.ok())
        return fail(done.error());
    printOut(tr("Deleted %1.").arg(InputRules::escapeForDisplay(p.positionalArguments().at(0))) + QLatin1Char('\n'));
    return Ok;
}

int Cli::cmdUserSetPassword(const QStringList &rest)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("name"), tr("Username, email or #id."));
    p.addOption({QStringLiteral("must-change"), tr("The user must change it at the next sign-in.")});
    p.addOption({QStringLiteral("generate"), tr("Make a strong password that meets the store's policy and print it once.")});
    if (!parse(p, rest, QStringLiteral("user set-password NAME [--must-change] [--generate]"), 1))
        return Usage;
    if (!openStore() || !signIn())
        return Failed;
    const bool generate = p.isSet(QStringLiteral("generate"));
    std::optional<QString> password;
    if (generate) {
        auto settings = wait(m_directory->settings(m_principal));
        if (!settings.ok())
            return fail(settings.error());
        QHash<QString, QString> values;
        for (const StoreSetting &s : settings.value())
            values.insert(s.key, s.value);
        password = crypto::generatePassword(PasswordPolicy::fromSettings(values));
    } else {
        password = readNewPassword();
    }
    if (!password)
        return Failed;
    const QString name = p.positionalArguments().at(0);
    auto done = wait(m_directory->setPassword(m_principal, name, *password, p.isSet(QStringLiteral("must-change"))));
    if (done.ok() && generate) {
        printErr(tr("The new password of %1, shown only now:").arg(InputRules::escapeForDisplay(name)) + QLatin1Char('\n'));
        printOut(*password + QLatin1Char('\n'));
    }
    crypto::secureWipe(*password);
    if (!done.ok())
        return fail(done.error());
    if (!generate)
        printOut(tr("Set the password of %1.").arg(InputRules::escapeForDisplay(name)) + QLatin1Char('\n'));
    return Ok;
}

int Cli::cmdUserImport(const QStringList &rest)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("file"), tr("CSV with a header: username,email,display_name,roles[,password_hash]."));
    p.addOption({jsonOption, tr("Print the result as JSON.")});
    if (!parse(p, rest, QStringLiteral("user import FILE"), 1))
        return Usage;
    const QString file = p.positionalArguments().at(0);
    if (!QFileInfo(file).isReadable())
        return fail(makeError(ErrorCode::InvalidInput, tr("Cannot read %1.").arg(file)));
    if (!openStore() || !signIn())
        return Failed;
    const bool json = m_json;
    auto future = m_directory->importUsers(m_principal, file, [json](const ImportProgress &progress) {
        if (json)
            return;
        const int percent = progress.bytesTotal > 0 ? static_cast<int>(progress.bytesRead * 100 / progress.bytesTotal) : 0;
        printErr(tr("\r%1 users read (%2%)").arg(progress.rows).arg(percent));
    });
    // Ctrl+C cancels: the whole file is rolled back.
    while (!future.isFinished()) {
        if (g_interrupted.load())
            future.cancel();
        QThread::msleep(20);
    }
    if (!json)
        printErr(QStringLiteral("\n"));
    auto report = wait(future);
    if (!report.ok())
        return fail(report.error());
    if (json)
        printJson(QJsonObject{{QStringLiteral("imported"), report->imported},
                              {QStringLiteral("without_password"), report->withoutPassword},
                              {QStringLiteral("reset_required"), report->resetRequired}});
    else {
        printOut(tr("Imported %n user(s).", nullptr, static_cast<int>(report->imported)) + QLatin1Char('\n'));
        if (report->resetRequired > 0)
            printErr(tr("%n user(s) had a password hash of an unsalted or broken scheme; they must set a new password.",
                        nullptr, static_cast<int>(report->resetRequired))
                     + QLatin1Char('\n'));
    }
    return Ok;
}

int Cli::cmdUserRole(const QStringList &rest, bool add)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("name"), tr("Username, email or #id."));
    p.addPositionalArgument(QStringLiteral("role"), tr("The role."));
    if (!parse(p, rest, add ? QStringLiteral("user role-add NAME ROLE") : QStringLiteral("user role-remove NAME ROLE"), 2))
        return Usage;
    if (!openStore() || !signIn())
        return Failed;
    const QString name = p.positionalArguments().at(0);
    const QString role = p.positionalArguments().at(1);
    auto user = wait(add ? m_directory->addUserRole(m_principal, name, role) : m_directory->removeUserRole(m_principal, name, role));
    if (!user.ok())
        return fail(user.error());
    printOut((add ? tr("%1 now has the role %2.") : tr("%1 no longer has the role %2."))
                 .arg(InputRules::escapeForDisplay(user->username), InputRules::escapeForDisplay(role))
             + QLatin1Char('\n'));
    return Ok;
}

int Cli::cmdUserPermissions(const QStringList &rest)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("name"), tr("Username, email or #id."));
    p.addOption({jsonOption, tr("Print JSON.")});
    if (!parse(p, rest, QStringLiteral("user permissions NAME [--json]"), 1))
        return Usage;
    if (!openStore() || !signIn())
        return Failed;
    auto perms = wait(m_directory->effectivePermissions(m_principal, p.positionalArguments().at(0)));
    if (!perms.ok())
        return fail(perms.error());
    if (m_json) {
        QJsonArray list;
        for (const auto &e : perms.value())
            list.append(QJsonObject{{QStringLiteral("permission"), e.name},
                                    {QStringLiteral("kind"), e.kind == PermissionKind::Console ? QStringLiteral("console")
                                                                                               : QStringLiteral("app")},
                                    {QStringLiteral("via_roles"), QJsonArray::fromStringList(e.viaRoles)}});
        printJson(QJsonObject{{QStringLiteral("user"), p.positionalArguments().at(0)}, {QStringLiteral("permissions"), list}});
        return Ok;
    }
    QList<QStringList> rows;
    for (const auto &e : perms.value())
        rows << QStringList{e.name, e.kind == PermissionKind::Console ? tr("console") : tr("application"),
                            tr("via role %1").arg(e.viaRoles.join(QStringLiteral(", ")))};
    if (rows.isEmpty())
        printErr(tr("No effective permissions (no roles, or the account is disabled).") + QLatin1Char('\n'));
    else
        printOut(formatTable({tr("PERMISSION"), tr("KIND"), tr("WHY")}, rows));
    return Ok;
}

int Cli::cmdPasswd(const QStringList &rest)
{
    QCommandLineParser p;
    if (!parse(p, rest, QStringLiteral("passwd"), 0))
        return Usage;
    m_keepSignInPassword = true; // changing it needs the current one
    if (!openStore() || !signIn())
        return Failed;
    auto password = readNewPassword();
    if (!password)
        return Failed;
    auto done = wait(m_directory->changeOwnPassword(m_principal, m_signInPassword, *password));
    crypto::secureWipe(*password);
    if (!done.ok())
        return fail(done.error());
    printOut(tr("Your password is changed.") + QLatin1Char('\n'));
    return Ok;
}

// ---- roles and permissions ------------------------------------------------------------------

int Cli::cmdRoleList(const QStringList &rest)
{
    QCommandLineParser p;
    p.addOption({jsonOption, tr("Print JSON.")});
    if (!parse(p, rest, QStringLiteral("role list [--json]"), 0))
        return Usage;
    if (!openStore() || !signIn())
        return Failed;
    auto roles = wait(m_directory->listRoles(m_principal));
    if (!roles.ok())
        return fail(roles.error());
    if (m_json) {
        QJsonArray list;
        for (const Role &r : roles.value())
            list.append(roleToJson(r));
        printJson(QJsonObject{{QStringLiteral("roles"), list}});
        return Ok;
    }
    QList<QStringList> rows;
    for (const Role &r : roles.value())
        rows << QStringList{r.name, QString::number(r.memberCount), r.permissions.join(QStringLiteral(",")), r.description};
    printOut(formatTable({tr("ROLE"), tr("MEMBERS"), tr("PERMISSIONS"), tr("DESCRIPTION")}, rows));
    return Ok;
}

int Cli::cmdRoleAdd(const QStringList &rest)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("name"), tr("The new role's name."));
    p.addOption({QStringLiteral("description"), tr("What the role is for."), tr("text")});
    if (!parse(p, rest, QStringLiteral("role add NAME [--description D]"), 1))
        return Usage;
    if (!openStore() || !signIn())
        return Failed;
    auto role = wait(m_directory->createRole(m_principal, p.positionalArguments().at(0), p.value(QStringLiteral("description"))));
    if (!role.ok())
        return fail(role.error());
    printOut(tr("Added the role %1.").arg(role->name) + QLatin1Char('\n'));
    return Ok;
}

int Cli::cmdRoleGrant(const QStringList &rest, bool grant)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("role"), tr("The role."));
    p.addPositionalArgument(QStringLiteral("permission"), tr("The permission."));
    if (!parse(p, rest, grant ? QStringLiteral("role grant ROLE PERMISSION") : QStringLiteral("role revoke ROLE PERMISSION"), 2))
        return Usage;
    if (!openStore() || !signIn())
        return Failed;
    const QString roleName = p.positionalArguments().at(0);
    const QString permission = p.positionalArguments().at(1);
    auto role = wait(grant ? m_directory->grantPermission(m_principal, roleName, permission)
                           : m_directory->revokePermission(m_principal, roleName, permission));
    if (!role.ok())
        return fail(role.error());
    printOut((grant ? tr("The role %1 now grants %2.") : tr("The role %1 no longer grants %2.")).arg(role->name, permission)
             + QLatin1Char('\n'));
    return Ok;
}

int Cli::cmdPermissionList(const QStringList &rest)
{
    QCommandLineParser p;
    p.addOption({jsonOption, tr("Print JSON.")});
    if (!parse(p, rest, QStringLiteral("permission list [--json]"), 0))
        return Usage;
    if (!openStore() || !signIn())
        return Failed;
    auto perms = wait(m_directory->listPermissions(m_principal));
    if (!perms.ok())
        return fail(perms.error());
    auto kindName = [](PermissionKind k) { return k == PermissionKind::Console ? QStringLiteral("console") : QStringLiteral("app"); };
    if (m_json) {
        QJsonArray list;
        for (const Permission &perm : perms.value())
            list.append(QJsonObject{{QStringLiteral("name"), perm.name},
                                    {QStringLiteral("kind"), kindName(perm.kind)},
                                    {QStringLiteral("description"), perm.description}});
        printJson(QJsonObject{{QStringLiteral("permissions"), list}});
        return Ok;
    }
    QList<QStringList> rows;
    for (const Permission &perm : perms.value())
        rows << QStringList{perm.name, kindName(perm.kind),
                            perm.kind == PermissionKind::Console
                                ? QCoreApplication::translate("ConsolePermission", perm.description.toUtf8().constData())
                                : perm.description};
    printOut(formatTable({tr("PERMISSION"), tr("KIND"), tr("DESCRIPTION")}, rows));
    return Ok;
}

int Cli::cmdPermissionAdd(const QStringList &rest)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("name"), tr("An application permission, e.g. reports.export."));
    p.addOption({QStringLiteral("description"), tr("What it allows."), tr("text")});
    if (!parse(p, rest, QStringLiteral("permission add NAME [--description D]"), 1))
        return Usage;
    if (!openStore() || !signIn())
        return Failed;
    auto perm = wait(m_directory->createPermission(m_principal, p.positionalArguments().at(0), p.value(QStringLiteral("description"))));
    if (!perm.ok())
        return fail(perm.error());
    printOut(tr("Added the application permission %1.").arg(perm->name) + QLatin1Char('\n'));
    return Ok;
}

// ---- audit --------------------------------------------------------------------------------

int Cli::cmdAuditList(const QStringList &rest)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("limit"), tr("The newest N events (default 50)."), tr("n"), QStringLiteral("50")});
    p.addOption({QStringLiteral("actor"), tr("Only events by this actor: part of the name, or #id."), tr("actor")});
    p.addOption({QStringLiteral("target"), tr("Only events whose target's name contains this."), tr("text")});
    p.addOption({QStringLiteral("action"), tr("Only this action; ending in a dot (mfa.), every action it begins."), tr("action")});
    p.addOption({QStringLiteral("result"), tr("Only events with this result: success, denied or failed."), tr("result")});
    p.addOption({QStringLiteral("since"), tr("Only events at or after this time (ISO 8601; without an offset, local time)."), tr("time")});
    p.addOption({QStringLiteral("until"), tr("Only events at or before this time (ISO 8601; without an offset, local time)."), tr("time")});
    p.addOption({jsonOption, tr("Print JSON.")});
    if (!parse(p, rest, QStringLiteral("audit list [--limit N] [--actor NAME|#ID] [--target TEXT] [--action ACTION] "
                                       "[--result RESULT] [--since ISO8601] [--until ISO8601] [--json]"), 0))
        return Usage;
    AuditQuery query;
    bool ok = false;
    query.limit = p.value(QStringLiteral("limit")).toLongLong(&ok);
    if (!ok || query.limit < 1 || query.limit > 100000)
        return usage(tr("--limit takes 1 to 100000."));
    const QString actor = p.value(QStringLiteral("actor"));
    if (actor.startsWith(QLatin1Char('#'))) {
        query.actorId = QStringView(actor).mid(1).toLongLong(&ok);
        if (!ok || *query.actorId < 0)
            return usage(tr("--actor #ID takes a number, such as #12."));
    } else {
        query.actor = actor;
    }
    query.target = p.value(QStringLiteral("target"));
    query.action = p.value(QStringLiteral("action"));
    if (p.isSet(QStringLiteral("result"))) {
        query.result = auditResultFromName(p.value(QStringLiteral("result")));
        if (!query.result)
            return usage(tr("--result takes success, denied or failed."));
    }
    auto time = [&p](const QString &name) {
        QDateTime t = QDateTime::fromString(p.value(name), Qt::ISODateWithMs);
        if (!t.isValid())
            t = QDateTime::fromString(p.value(name), Qt::ISODate);
        return t.isValid() ? t.toUTC() : t;
    };
    if (p.isSet(QStringLiteral("since"))) {
        query.from = time(QStringLiteral("since"));
        if (!query.from.isValid())
            return usage(tr("--since takes an ISO 8601 time such as 2027-01-31T18:00:00Z."));
    }
    if (p.isSet(QStringLiteral("until"))) {
        query.to = time(QStringLiteral("until"));
        if (!query.to.isValid())
            return usage(tr("--until takes an ISO 8601 time such as 2027-01-31T18:00:00Z."));
    }
    if (query.from.isValid() && query.to.isValid() && query.from > query.to)
        return usage(tr("--since is later than --until, so no event could match."));
    if (!openStore() || !signIn())
        return Failed;
    auto events = wait(m_directory->listAudit(m_principal, query));
    if (!events.ok())
        return fail(events.error());
    if (m_json) {
        QJsonArray list;
        for (const AuditEvent &e : events.value())
            list.append(auditEventToJson(e));
        printJson(QJsonObject{{QStringLiteral("events"), list}});
        return Ok;
    }
    QList<QStringList> rows;
    for (const AuditEvent &e : events.value())
        rows << QStringList{QString::number(e.id), isoUtc(e.at), e.actorName, e.action, e.targetName, auditResultName(e.result), e.reason};
    printOut(formatTable({tr("ID"), tr("TIME (UTC)"), tr("ACTOR"), tr("ACTION"), tr("TARGET"), tr("RESULT"), tr("REASON")}, rows));
    return Ok;
}

int Cli::cmdAuditVerify(const QStringList &rest)
{
    QCommandLineParser p;
    p.addOption({jsonOption, tr("Print JSON.")});
    if (!parse(p, rest, QStringLiteral("audit verify [--json]"), 0))
        return Usage;
    if (!openStore() || !signIn())
        return Failed;
    auto v = wait(m_directory->verifyAudit(m_principal));
    if (!v.ok())
        return fail(v.error());
    if (m_json)
        printJson(QJsonObject{{QStringLiteral("intact"), v->intact},
                              {QStringLiteral("events_checked"), v->eventsChecked},
                              {QStringLiteral("first_bad_event"), v->intact ? QJsonValue() : QJsonValue(v->firstBadId)},
                              {QStringLiteral("problem"), v->problem}});
    if (v->intact) {
        if (!m_json)
            printOut(tr("The audit chain is intact: %n event(s) checked.", nullptr, static_cast<int>(v->eventsChecked)) + QLatin1Char('\n'));
        return Ok;
    }
    printErr(tr("The audit chain is BROKEN at event %1: %2").arg(v->firstBadId).arg(v->problem) + QLatin1Char('\n'));
    return Failed;
}

} // namespace authdesk::cli
