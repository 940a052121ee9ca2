#include "core/crypto/QrCode.h"

#include <QCoreApplication>
#include <qrencode.h>
#include <openssl/crypto.h>

#include <cerrno>

namespace authdesk::crypto {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(QrCode)
};

} // namespace

// Owns the QRcode; the modules encode the data (an otpauth URI holds the secret), so they are
// wiped before libqrencode frees them.
struct QrCode::Symbol {
    explicit Symbol(QRcode *c) : code(c) {}
    ~Symbol()
    {
        OPENSSL_cleanse(code->data, static_cast<size_t>(code->width) * static_cast<size_t>(code->width));
        QRcode_free(code);
    }
    Symbol(const Symbol &) = delete;
    Symbol &operator=(const Symbol &) = delete;

    QRcode *code;
};

QrCode::QrCode() = default;
QrCode::~QrCode() = default;
QrCode::QrCode(const QrCode &) = default;
QrCode &QrCode::operator=(const QrCode &) = default;
QrCode::QrCode(QrCode &&) noexcept = default;
QrCode &QrCode::operator=(QrCode &&) noexcept = default;

QrCode QrCode::encode(const QByteArray &data)
{
    QrCode out;
    if (data.isEmpty()) {
        out.m_error = Tr::tr("There is no text to put in the QR code.");
        return out;
    }
    // QRcode_encodeString reads a C string: a NUL would silently cut the data short.
    if (data.contains('\0')) {
        out.m_error = Tr::tr("The QR code text contains a NUL byte.");
        return out;
    }
    // Version 0: the smallest that fits. QR_MODE_8 as the hint: no Kanji guessing, so UTF-8 is
    // kept byte for byte; digits and upper-case runs still get the denser modes.
    errno = 0;
    QRcode *code = QRcode_encodeString(data.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!code) {
        out.m_error = errno == ERANGE ? Tr::tr("The text is too long for a QR code (%1 bytes).").arg(data.size())
                                      : Tr::tr("The QR code could not be made.");
        return out;
    }
    out.m_symbol = std::make_shared<const Symbol>(code);
    return out;
}

bool QrCode::isValid() const
{
    return m_symbol != nullptr;
}

int QrCode::size() const
{
    return m_symbol ? m_symbol->code->width : 0;
}

int QrCode::version() const
{
    return m_symbol ? m_symbol->code->version : 0;
}

bool QrCode::isDark(int x, int y) const
{
    const int n = size();
    if (x < 0 || y < 0 || x >= n || y >= n)
        return false;
    // Bit 0 of each byte is the module's colour; the other bits describe its role.
    return (m_symbol->code->data[y * n + x] & 1) != 0;
}

QString QrCode::errorString() const
{
    return m_error;
}

} // namespace authdesk::crypto
