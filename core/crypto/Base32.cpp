#include "core/crypto/Base32.h"

#include "core/crypto/SecureCompare.h"

#include <QCoreApplication>

namespace authdesk::crypto {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Base32)
};

constexpr char Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

int valueOf(char16_t c)
{
    if (c >= u'A' && c <= u'Z')
        return c - u'A';
    if (c >= u'a' && c <= u'z')
        return c - u'a';
    if (c >= u'2' && c <= u'7')
        return c - u'2' + 26;
    return -1;
}

// Padding that completes a final group of `remainder` characters to eight; -1 for a remainder
// no byte string produces (1, 3 and 6 characters carry no whole byte or leave 5+ spare bits).
int paddingFor(qsizetype remainder)
{
    switch (remainder) {
    case 0:
        return 0;
    case 2:
        return 6;
    case 4:
        return 4;
    case 5:
        return 3;
    case 7:
        return 1;
    default:
        return -1;
    }
}

} // namespace

QString base32Encode(const QByteArray &bytes)
{
    QString out;
    out.reserve((bytes.size() * 8 + 4) / 5);
    quint32 buffer = 0;
    int bits = 0;
    for (const char byte : bytes) {
        buffer = (buffer << 8) | static_cast<quint8>(byte);
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            out.append(QLatin1Char(Alphabet[(buffer >> bits) & 0x1f]));
        }
        buffer &= (1u << bits) - 1; // keep only the bits not yet written
    }
    if (bits > 0)
        out.append(QLatin1Char(Alphabet[(buffer << (5 - bits)) & 0x1f]));
    return out;
}

Result<QByteArray> base32Decode(const QString &text)
{
    qsizetype symbols = 0;
    qsizetype padding = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == u' ')
            continue;
        if (c == u'=') {
            ++padding;
            continue;
        }
        // Positions, never characters: the text is a secret and messages may end up in logs.
        if (valueOf(c) < 0)
            return makeError(
                ErrorCode::InvalidInput,
                Tr::tr("Character %1 of the base32 text is not a base32 character (A–Z, 2–7).").arg(i + 1));
        if (padding > 0)
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("The base32 text has padding (=) before its end (at character %1).").arg(i + 1));
        ++symbols;
    }
    const int wantedPadding = paddingFor(symbols % 8);
    if (wantedPadding < 0)
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("The base32 text has %1 characters; no byte string encodes to that many "
                                "(a character is missing or extra).")
                             .arg(symbols));
    if (padding != 0 && padding != wantedPadding)
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("The base32 text ends in %1 padding characters (=); it needs %2 or none.")
                             .arg(padding)
                             .arg(wantedPadding));

    // Reserved up front so the secret is never copied by a reallocation that would leave a copy behind.
    QByteArray out;
    out.reserve(symbols * 5 / 8);
    quint32 buffer = 0;
    int bits = 0;
    for (const QChar c : text) {
        const int v = valueOf(c.unicode());
        if (v < 0)
            continue;
        buffer = (buffer << 5) | static_cast<quint32>(v);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            out.append(static_cast<char>((buffer >> bits) & 0xff));
            buffer &= (1u << bits) - 1;
        }
    }
    if (buffer != 0) {
        secureWipe(out);
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("The last base32 character has bits set after the last whole byte; "
                                "the text is mistyped or cut off."));
    }
    return out;
}

} // namespace authdesk::crypto
