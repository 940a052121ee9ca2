#include "core/crypto/Random.h"

#include <openssl/rand.h>

#include <cstdio>
#include <cstdlib>

namespace authdesk::crypto {

QByteArray randomBytes(int count)
{
    QByteArray out(count, Qt::Uninitialized);
    if (count > 0 && RAND_bytes(reinterpret_cast<unsigned char *>(out.data()), count) != 1) {
        std::fputs("authdesk: RAND_bytes failed; refusing to continue without a CSPRNG\n", stderr);
        std::abort();
    }
    return out;
}

} // namespace authdesk::crypto
