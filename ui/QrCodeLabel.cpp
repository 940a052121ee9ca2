#include "ui/QrCodeLabel.h"

#include "models/QrImage.h"

#include <QPixmap>

#include <algorithm>

namespace authdesk {

namespace {
// Modules across a typical otpauth URI's code (version 6 to 8) with the quiet zone, at 4 pixels each.
constexpr int PreferredPixels = 232;
constexpr int MinimumPixels = 160;
} // namespace

QrCodeLabel::QrCodeLabel(QWidget *parent) : QLabel(parent)
{
    setAlignment(Qt::AlignCenter);
    setScaledContents(false); // scaling would smooth or unevenly repeat modules
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setBackgroundRole(QPalette::Base);
}

QSize QrCodeLabel::sizeHint() const
{
    return {PreferredPixels, PreferredPixels};
}

QSize QrCodeLabel::minimumSizeHint() const
{
    return {MinimumPixels, MinimumPixels};
}

void QrCodeLabel::setCode(const crypto::QrCode &code)
{
    m_code = code;
    render();
}

void QrCodeLabel::clearCode()
{
    m_code = crypto::QrCode();
    m_scale = 0;
    m_renderedRatio = 0;
    m_renderedSize = QSize();
    clear(); // drops the pixmap
}

void QrCodeLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    if (size() != m_renderedSize)
        render();
}

void QrCodeLabel::paintEvent(QPaintEvent *event)
{
    // The window moved to a screen with another scale: Qt 6.4 has no event for it, but the next paint knows.
    if (m_code.isValid() && !qFuzzyCompare(devicePixelRatioF(), m_renderedRatio))
        render();
    QLabel::paintEvent(event);
}

void QrCodeLabel::render()
{
    if (!m_code.isValid()) {
        clearCode();
        return;
    }
    const qreal ratio = devicePixelRatioF();
    const QRect area = contentsRect();
    const int devicePixels = static_cast<int>(std::min(area.width(), area.height()) * ratio);
    m_scale = qrModuleScaleFor(m_code, devicePixels);
    m_renderedRatio = ratio;
    m_renderedSize = size();
    if (m_scale < 1) {
        QLabel::clear();
        return;
    }
    QPixmap pixmap = QPixmap::fromImage(renderQrImage(m_code, m_scale), Qt::NoFormatConversion);
    // Logical size = device pixels / ratio: drawn 1:1 on the screen's pixels, no resampling.
    pixmap.setDevicePixelRatio(ratio);
    setPixmap(pixmap);
}

} // namespace authdesk
