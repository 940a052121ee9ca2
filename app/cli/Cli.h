#pragma once
// authdesk-cli: the same work as the console, from scripts. Every change goes through the
// Directory interface, so core checks the permission and writes the audit event whatever calls it.
// Exit codes: 0 done, 1 refused or failed (message on stderr), 2 usage.

#include "core/Principal.h"
#include "core/Result.h"
#include "core/store/LocalDirectory.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFuture>
#include <memory>

namespace authdesk {
class AuthService;
}

namespace authdesk::cli {

class Cli {
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    enum Exit { Ok = 0, Failed = 1, Usage = 2 };

    int run(const QStringList &arguments);

    static QString defaultStorePath();
    static QString defaultKeyDir();

private:
    struct Command;
    int dispatch(const QString &group, const QString &verb, const QStringList &rest);
    int usage(const QString &message);
    int fail(const Error &error);
    int fail(const QString &message) { return fail(makeError(ErrorCode::Internal, message)); }

    // Parses a subcommand's arguments; on a usage error prints it and returns false.
    // positionals: exactly that many, or AtMostOnePositional.
    static constexpr int AtMostOnePositional = -1;
    bool parse(QCommandLineParser &parser, const QStringList &rest, const QString &synopsis, int positionals);
    void addCommonOptions(QCommandLineParser &parser);
    bool openStore();
    bool signIn();
    std::optional<QString> readNewPassword();

    template <typename T>
    Result<T> wait(QFuture<Result<T>> future)
    {
        future.waitForFinished();
        if (future.isCanceled() || future.resultCount() == 0)
            return makeError(ErrorCode::Canceled, tr("Canceled."));
        return future.result();
    }

    int cmdInit(const QStringList &rest);
    int cmdUserAdd(const QStringList &rest);
    int cmdUserList(const QStringList &rest);
    int cmdUserShow(const QStringList &rest);
    int cmdUserEdit(const QStringList &rest);
    int cmdUserDisable(const QStringList &rest);
    int cmdUserEnable(const QStringList &rest);
    int cmdUserDelete(const QStringList &rest);
    int cmdUserSetPassword(const QStringList &rest);
    int cmdUserImport(const QStringList &rest);
    int cmdUserRole(const QStringList &rest, bool add);
    int cmdUserPermissions(const QStringList &rest);
    int cmdPasswd(const QStringList &rest);
    int cmdRoleList(const QStringList &rest);
    int cmdRoleAdd(const QStringList &rest);
    int cmdRoleGrant(const QStringList &rest, bool grant);
    int cmdPermissionList(const QStringList &rest);
    int cmdPermissionAdd(const QStringList &rest);
    int cmdAuditList(const QStringList &rest);
    int cmdAuditVerify(const QStringList &rest);
    // CliCredentials.cpp
    int dispatchCredentials(const QString &group, const QString &verb, const QStringList &rest);
    int cmdMfaEnroll(const QStringList &rest);
    int cmdMfaQr(const QStringList &rest);
    int cmdMfaActivate(const QStringList &rest);
    int cmdMfaCheck(const QStringList &rest, bool recovery);
    int cmdMfaStatus(const QStringList &rest);
    int cmdMfaRecoveryCodes(const QStringList &rest);
    int cmdMfaInspect(const QStringList &rest);
    int cmdMfaReset(const QStringList &rest);
    int cmdUserVerifyPassword(const QStringList &rest);
    int cmdPolicyShow(const QStringList &rest);
    int cmdPolicySet(const QStringList &rest);
    int cmdKeychain(const QStringList &rest, bool remember);
    // PDF: also (or, without --json, instead) write the recovery sheet there; empty: none.
    int printRecoveryCodes(const QStringList &codes, const QString &username, const QString &pdf = {});
    // CliNotify.cpp
    int dispatchNotify(const QString &verb, const QStringList &rest);
    int cmdNotifyTest(const QStringList &rest);
    int cmdNotifySetPassword(const QStringList &rest);

    // CliSessions.cpp
    int dispatchSessions(const QString &group, const QString &verb, const QStringList &rest);
    std::unique_ptr<AuthService> openAuthService(const QString &keyFile);
    // The start every command with one token argument shares, as the application: parse (with
    // --key-file), the token ("-": from stdin), the AuthService. nullopt: said why; exit holds the code.
    struct AppToken {
        std::unique_ptr<AuthService> auth;
        QString token;
    };
    std::optional<AppToken> appTokenCommand(QCommandLineParser &p, const QStringList &rest, const QString &synopsis,
                                            int &exit);
    int cmdLogin(const QStringList &rest);
    int cmdLogout(const QStringList &rest);
    int cmdTokenVerify(const QStringList &rest);
    int cmdSessionList(const QStringList &rest);
    int cmdSessionRevoke(const QStringList &rest);
    int cmdUserUnlock(const QStringList &rest);
    int cmdServiceSlot(const QStringList &rest);
    int cmdRefresh(const QStringList &rest);
    int cmdKeys(const QString &verb, const QStringList &rest);
    int cmdUserSendVerification(const QStringList &rest);
    int cmdUserVerifyEmail(const QStringList &rest);
    int cmdPasswordReset(const QString &verb, const QStringList &rest);

    QString m_storePath;
    QString m_as;
    QString m_otp;          // --otp or AUTHDESK_OTP; wiped after sign-in
    QString m_recoveryCode; // --recovery-code; wiped after sign-in
    bool m_json = false;
    std::unique_ptr<LocalDirectory> m_directory;
    Principal m_principal;
    bool m_keepSignInPassword = false;
    QString m_signInPassword; // the acting admin's, kept only for passwd, then wiped
};

} // namespace authdesk::cli
