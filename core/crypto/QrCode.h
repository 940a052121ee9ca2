#pragma once
// A QR code symbol from libqrencode (error correction M, automatic numeric/alphanumeric/8-bit
// modes, case-sensitive): the module matrix only; the quiet zone is added when rendering.

#include <QByteArray>
#include <QString>
#include <memory>

namespace authdesk::crypto {

class QrCode {
public:
    // An invalid code when data is empty, holds a NUL byte or is too long for any QR version.
    static QrCode encode(const QByteArray &data);

    QrCode();
    ~QrCode();
    QrCode(const QrCode &);
    QrCode &operator=(const QrCode &);
    QrCode(QrCode &&) noexcept;
    QrCode &operator=(QrCode &&) noexcept;

    bool isValid() const;
    // Modules per side (21 for version 1, … 177 for version 40); 0 when invalid.
    int size() const;
    // The QR version 1..40; 0 when invalid.
    int version() const;
    // Outside the symbol (the quiet zone) every module is light.
    bool isDark(int x, int y) const;
    // Why encode() failed, for an admin; empty when valid.
    QString errorString() const;

private:
    struct Symbol;
    // Shared and immutable: copies are cheap and the QRcode is freed (and wiped) once.
    std::shared_ptr<const Symbol> m_symbol;
    QString m_error;
};

} // namespace authdesk::crypto
