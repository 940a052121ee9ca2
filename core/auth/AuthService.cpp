#include "core/auth/AuthService.h"

#include "core/crypto/SecureCompare.h"
#include "core/store/StoreLocations.h"

#include <QFile>
#include <QFileInfo>

namespace authdesk {

namespace {
constexpr qint64 MaxKeyFileSize = 4096;
}

Result<QByteArray> AuthService::readKeyFile(const QString &path)
{
    if (path.isEmpty())
        return makeError(ErrorCode::KeyUnavailable,
                         tr("No service key file: set AUTHDESK_KEY_FILE to the file `authdesk-cli keys service-slot "
                            "--out FILE` wrote."));
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile())
        return makeError(ErrorCode::KeyUnavailable, tr("The service key file %1 does not exist.").arg(path));
    const auto tooOpen = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
        | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    if (info.permissions() & tooOpen)
        return makeError(ErrorCode::KeyUnavailable,
                         tr("The service key file %1 can be read by other users: make it private (chmod 600) first.")
                             .arg(path));
    if (info.size() > MaxKeyFileSize)
        return makeError(ErrorCode::InvalidInput, tr("%1 is too large to be a service key file.").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::KeyUnavailable, tr("Cannot read %1: %2").arg(path, file.errorString()));
    return file.read(MaxKeyFileSize + 1);
}

Result<std::unique_ptr<AuthService>> AuthService::open(const QString &storePath, const QString &keyFilePath,
                                                       const QString &keyDir)
{
    StoreOptions options(storePath, keyDir.isEmpty() ? StoreLocations::keyDir() : keyDir);
    return open(options, keyFilePath);
}

Result<std::unique_ptr<AuthService>> AuthService::open(const StoreOptions &options, const QString &keyFilePath)
{
    const QString path = keyFilePath.isEmpty() ? qEnvironmentVariable("AUTHDESK_KEY_FILE") : keyFilePath;
    auto keyFile = readKeyFile(path);
    if (!keyFile.ok())
        return keyFile.error();
    auto store = LocalStore::open(options);
    if (!store.ok()) {
        crypto::secureWipe(keyFile.value());
        return store.error();
    }
    auto unlocked = store.value()->unlockWithServiceKey(keyFile.value());
    crypto::secureWipe(keyFile.value());
    if (!unlocked.ok())
        return unlocked.error();
    return std::unique_ptr<AuthService>(new AuthService(std::move(store.value())));
}

Result<LoginResult> AuthService::login(const LoginRequest &request)
{
    return m_store->appLogin(request);
}

Result<TokenInfo> AuthService::validate(const QString &token)
{
    return m_store->appValidate(token);
}

Result<LoginResult> AuthService::refresh(const QString &refreshToken, const ClientInfo &client)
{
    return m_store->appRefresh(refreshToken, client);
}

Result<QByteArray> AuthService::jwks()
{
    return m_store->jwks();
}

Status AuthService::logout(const QString &token, const ClientInfo &client)
{
    return m_store->appLogout(token, client);
}

Status AuthService::changePassword(const QString &sessionToken, const QString &current, const QString &password)
{
    return m_store->appChangePassword(sessionToken, current, password);
}

Status AuthService::requestPasswordReset(const QString &identifier, const ClientInfo &client)
{
    return m_store->requestPasswordReset(identifier, client);
}

Status AuthService::resetPassword(const QString &resetToken, const QString &newPassword)
{
    return m_store->resetPasswordWithToken(resetToken, newPassword);
}

Result<User> AuthService::verifyEmail(const QString &verificationToken)
{
    return m_store->verifyEmail(verificationToken);
}

} // namespace authdesk
