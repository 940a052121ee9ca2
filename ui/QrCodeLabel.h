#pragma once
// Shows a QR code crisply at any size and screen scale: the image is rendered again (models/QrImage)
// whenever the label's size or device pixel ratio changes, at a whole number of device pixels per
// module, never smoothed, with its quiet zone.

#include "core/crypto/QrCode.h"

#include <QLabel>

namespace authdesk {

class QrCodeLabel final : public QLabel {
    Q_OBJECT
public:
    explicit QrCodeLabel(QWidget *parent = nullptr);

    void setCode(const crypto::QrCode &code);
    // Drops the code and its picture (they carry the enrollment secret).
    void clearCode();
    bool hasCode() const { return m_code.isValid(); }
    // Device pixels per module of the picture shown; 0 when none.
    int moduleScale() const { return m_scale; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void render();

    crypto::QrCode m_code;
    int m_scale = 0;
    qreal m_renderedRatio = 0;
    QSize m_renderedSize;
};

} // namespace authdesk
