#include "core/secrets/KeySlot.h"

#include "core/crypto/PasswordHasher.h"
#include "core/crypto/Random.h"
#include "core/crypto/SecretBox.h"
#include "core/crypto/SecureCompare.h"

#include <QCoreApplication>
#include <argon2.h>

#include <cstdio>
#include <cstdlib>

namespace authdesk::KeySlot {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(KeySlot)
};

QByteArray deriveKek(const QString &password, const PasswordSlot &slot)
{
    QByteArray pwd = password.normalized(QString::NormalizationForm_C).toUtf8();
    QByteArray kek(crypto::SecretBox::KeySize, Qt::Uninitialized);
    const int rc = argon2id_hash_raw(
        slot.iterations, slot.memoryKiB, slot.parallelism, pwd.constData(), static_cast<size_t>(pwd.size()),
        slot.salt.constData(), static_cast<size_t>(slot.salt.size()), kek.data(), static_cast<size_t>(kek.size()));
    crypto::secureWipe(pwd);
    if (rc != ARGON2_OK) {
        std::fprintf(stderr, "authdesk: argon2id_hash_raw failed: %s\n", argon2_error_message(rc));
        std::abort();
    }
    return kek;
}
} // namespace

PasswordSlot wrapWithPassword(const QByteArray &dataKey, const QString &password, const QByteArray &associatedData)
{
    PasswordSlot slot;
    slot.salt = crypto::randomBytes(16);
    QByteArray kek = deriveKek(password, slot);
    slot.wrapped = crypto::SecretBox::seal(kek, dataKey, associatedData);
    crypto::secureWipe(kek);
    return slot;
}

Result<QByteArray> unwrapWithPassword(const PasswordSlot &slot, const QString &password,
                                      const QByteArray &associatedData)
{
    using crypto::PasswordHasher;
    if (slot.salt.size() < 16 || slot.memoryKiB > PasswordHasher::MaxMemoryKiB
        || slot.iterations > PasswordHasher::MaxIterations || slot.parallelism > PasswordHasher::MaxParallelism
        || slot.iterations < 1 || slot.parallelism < 1 || slot.memoryKiB < 8 * slot.parallelism)
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("A key slot in the store has parameters outside the accepted limits."));
    QByteArray kek = deriveKek(password, slot);
    auto opened = crypto::SecretBox::open(kek, slot.wrapped, associatedData);
    crypto::secureWipe(kek);
    if (!opened.ok())
        return makeError(ErrorCode::AuthenticationFailed, Tr::tr("The password does not open this key slot."));
    return opened;
}

} // namespace authdesk::KeySlot
