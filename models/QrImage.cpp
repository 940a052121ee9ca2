#include "models/QrImage.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <algorithm>

namespace authdesk {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(QrImage)
};

constexpr int MaxQuietZoneModules = 40;

} // namespace

QImage renderQrImage(const crypto::QrCode &code, int moduleScale, int quietZoneModules)
{
    if (!code.isValid() || moduleScale < 1 || quietZoneModules < 0 || quietZoneModules > MaxQuietZoneModules)
        return QImage();
    const int modules = code.size() + 2 * quietZoneModules;
    if (moduleScale > MaxQrImagePixels / modules)
        return QImage();
    const int pixels = modules * moduleScale;
    QImage image(pixels, pixels, QImage::Format_Mono);
    if (image.isNull())
        return QImage();
    image.setColorCount(2);
    image.setColor(0, qRgb(255, 255, 255));
    image.setColor(1, qRgb(0, 0, 0));
    image.fill(0);
    for (int y = 0; y < code.size(); ++y) {
        for (int x = 0; x < code.size(); ++x) {
            if (!code.isDark(x, y))
                continue;
            const int left = (x + quietZoneModules) * moduleScale;
            const int top = (y + quietZoneModules) * moduleScale;
            for (int py = top; py < top + moduleScale; ++py)
                for (int px = left; px < left + moduleScale; ++px)
                    image.setPixel(px, py, 1);
        }
    }
    return image;
}

int qrModuleScaleFor(const crypto::QrCode &code, int maxPixels, int quietZoneModules)
{
    if (!code.isValid() || quietZoneModules < 0 || quietZoneModules > MaxQuietZoneModules || maxPixels < 1)
        return 0;
    return std::min(maxPixels, MaxQrImagePixels) / (code.size() + 2 * quietZoneModules);
}

QImage renderQrImageFitting(const crypto::QrCode &code, int maxPixels, int quietZoneModules)
{
    const int scale = qrModuleScaleFor(code, maxPixels, quietZoneModules);
    return scale > 0 ? renderQrImage(code, scale, quietZoneModules) : QImage();
}

Status saveQrPng(const crypto::QrCode &code, const QString &path, int moduleScale)
{
    if (!code.isValid())
        return makeError(ErrorCode::InvalidInput,
                         code.errorString().isEmpty()
                             ? Tr::tr("There is no QR code to save.")
                             : Tr::tr("There is no QR code to save: %1").arg(code.errorString()));
    const QImage image = renderQrImage(code, moduleScale);
    if (image.isNull())
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("A QR code of %1 modules cannot be drawn at %2 pixels per module (1 to %3 pixels "
                                "wide in all).")
                             .arg(code.size())
                             .arg(moduleScale)
                             .arg(MaxQrImagePixels));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("Cannot write the QR code image %1: %2").arg(path, file.errorString()));
    // Before any byte is written: the image holds the enrollment secret.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!image.save(&file, "PNG") || !file.commit())
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("Cannot write the QR code image %1: %2").arg(path, file.errorString()));
    return Done{};
}

} // namespace authdesk
