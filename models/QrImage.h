#pragma once
// Renders a QrCode crisply (whole pixels per module, two colours, the quiet zone included) and
// writes it as PNG for enrollment.

#include "core/Result.h"
#include "core/crypto/QrCode.h"

#include <QImage>
#include <QString>

namespace authdesk {

inline constexpr int QrQuietZoneModules = 4; // ISO/IEC 18004's minimum
inline constexpr int MaxQrImagePixels = 8192;

// A 1-bit image (colour 0 white, 1 black), (size + 2 × quietZone) × moduleScale pixels square.
// A null image for an invalid code, a scale below 1, a quiet zone outside 0..40 or an image
// larger than MaxQrImagePixels.
QImage renderQrImage(const crypto::QrCode &code, int moduleScale, int quietZoneModules = QrQuietZoneModules);
// The largest whole-pixel scale at which the code and its quiet zone fit in maxPixels square; 0 if
// not even one pixel per module fits.
int qrModuleScaleFor(const crypto::QrCode &code, int maxPixels, int quietZoneModules = QrQuietZoneModules);
// renderQrImage at qrModuleScaleFor(maxPixels): at most maxPixels square, never smoothed.
QImage renderQrImageFitting(const crypto::QrCode &code, int maxPixels, int quietZoneModules = QrQuietZoneModules);

// Writes the PNG atomically and readable by the owner only: it carries the secret.
Status saveQrPng(const crypto::QrCode &code, const QString &path, int moduleScale = 8);

} // namespace authdesk
