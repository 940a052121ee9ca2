#pragma once
// AuthService: how an application authenticates its users against an AuthDesk store.
//
//     auto auth = authdesk::AuthService::open("/srv/app/users.authdesk");   // key file from AUTHDESK_KEY_FILE
//     if (!auth.ok()) { /* auth.message() says why (no key file, revoked slot, not a store …) */ }
//     authdesk::LoginRequest req{.identifier = "alice", .password = typed, .otp = code};
//     auto login = (*auth)->login(req);           // SecondFactorRequired: ask for the code, try again
//     auto who = (*auth)->validate(login->sessionToken);   // on every request
//     (*auth)->logout(login->sessionToken);
//
// Synchronous: call it from the application's own worker thread (one AuthService per thread; each
// holds its own connection). The store's data key — needed to check TOTP codes and to chain the
// audit — comes from a service key slot's file (`authdesk-cli keys service-slot --out FILE`), never
// from the store itself. Every login attempt is audited; failures count towards a Keycloak-style
// lockout; a locked account gets the same answer as a wrong password.

#include "core/Result.h"
#include "core/auth/Tokens.h"
#include "core/store/LocalStore.h"

#include <QString>
#include <memory>

namespace authdesk {

class AuthService {
    Q_DECLARE_TR_FUNCTIONS(AuthService)
public:
    // keyFilePath empty: AUTHDESK_KEY_FILE. A key file readable by group or others is refused, as ssh
    // refuses such a private key. keyDir empty: the default audit anchor folder of this computer.
    static Result<std::unique_ptr<AuthService>> open(const QString &storePath, const QString &keyFilePath = {},
                                                     const QString &keyDir = {});
    // For tests and embedders that build their own options (a clock, a machine name).
    static Result<std::unique_ptr<AuthService>> open(const StoreOptions &options, const QString &keyFilePath);
    // Reads a service key file: its content, or why not (missing, too open, too large).
    static Result<QByteArray> readKeyFile(const QString &path);

    Result<LoginResult> login(const LoginRequest &request);
    // A session token (ads_…) or an access token (JWT): who it is for, or exactly why not.
    Result<TokenInfo> validate(const QString &token);
    // JWT mode: a refresh token for a new access token and a new refresh token (the old one is used up;
    // presenting it again ends the whole login as a likely theft).
    Result<LoginResult> refresh(const QString &refreshToken, const ClientInfo &client = {});
    // The public keys that verify this store's access tokens, for applications that verify on their own.
    Result<QByteArray> jwks();
    // A session token, a refresh token or an access token: the login it belongs to ends (an access
    // token's jti also goes on the deny list until it would have expired).
    Status logout(const QString &token, const ClientInfo &client = {});
    // With a "must change password" session (LoginResult::passwordChangeOnly): the only thing it allows.
    Status changePassword(const QString &sessionToken, const QString &current, const QString &password);

    // "Forgot password": a reset message when the account exists (Ok either way), then the reset itself.
    Status requestPasswordReset(const QString &identifier, const ClientInfo &client = {});
    Status resetPassword(const QString &resetToken, const QString &newPassword);
    // The link of a verification message was followed.
    Result<User> verifyEmail(const QString &verificationToken);

    LocalStore &store() { return *m_store; }

private:
    explicit AuthService(std::unique_ptr<LocalStore> store) : m_store(std::move(store)) {}
    std::unique_ptr<LocalStore> m_store;
};

} // namespace authdesk
