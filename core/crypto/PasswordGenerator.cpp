#include "core/crypto/PasswordGenerator.h"

#include "core/crypto/Random.h"
#include "core/crypto/SecureCompare.h"

#include <algorithm>

namespace authdesk::crypto {

namespace {

constexpr int AlphabetSize = int(sizeof(PasswordAlphabet)) - 1;
static_assert(AlphabetSize == 55);
constexpr int GroupSize = 5;
constexpr int MinSymbols = 20; // 20 × log2(55) ≈ 115.6 bits
constexpr int MaxAttempts = 1000;

// Uniform indexes into the alphabet: a byte at or above the largest multiple of the alphabet's
// size is thrown away, so no symbol is more likely than another (a plain % would favour 36 of them).
class SymbolSource {
public:
    ~SymbolSource() { secureWipe(m_bytes); }

    char next()
    {
        constexpr int limit = 256 - 256 % AlphabetSize;
        for (;;) {
            if (m_pos == m_bytes.size()) {
                secureWipe(m_bytes);
                m_bytes = randomBytes(64);
                m_pos = 0;
            }
            const int b = static_cast<unsigned char>(m_bytes.at(m_pos++));
            if (b < limit)
                return PasswordAlphabet[b % AlphabetSize];
        }
    }

private:
    QByteArray m_bytes;
    qsizetype m_pos = 0;
};

} // namespace

QString generatePassword(const PasswordPolicy &policy)
{
    // Every sixth character is a separator; the length also covers the policy's minimum, and never
    // ends on a separator.
    int length = std::max(MinSymbols + MinSymbols / GroupSize - 1, policy.minLength);
    if (length % (GroupSize + 1) == 0)
        ++length;
    SymbolSource source;
    for (int attempt = 0; attempt < MaxAttempts; ++attempt) {
        QString candidate(length, Qt::Uninitialized);
        for (int i = 0; i < length; ++i)
            candidate[i] = (i % (GroupSize + 1) == GroupSize) ? QLatin1Char('-') : QLatin1Char(source.next());
        // Discarding a refused candidate whole keeps the accepted ones uniformly distributed.
        if (policy.check(candidate, PasswordContext{}).ok())
            return candidate;
        secureWipe(candidate);
    }
    // Only a policy no random password can meet (built by hand, minLength above maxLength) gets here.
    qFatal("generatePassword: the password policy refuses every generated password.");
}

} // namespace authdesk::crypto
