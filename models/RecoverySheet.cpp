#include "models/RecoverySheet.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>

namespace authdesk {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(RecoverySheet)
};

constexpr int Columns = 2;

// Device pixels for a length in points on this device.
qreal points(const QPagedPaintDevice &device, qreal pt)
{
    return pt * device.logicalDpiY() / 72.0;
}

QFont sized(QFont font, qreal pointSize, bool bold = false)
{
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    return font;
}

// Draws wrapped text at the top of AREA and returns the height it took.
qreal drawBlock(QPainter &painter, const QRectF &area, const QFont &font, const QString &text, int flags = 0)
{
    painter.setFont(font);
    const QRectF needed = painter.boundingRect(area, Qt::TextWordWrap | flags, text);
    painter.drawText(QRectF(area.left(), area.top(), area.width(), needed.height()), Qt::TextWordWrap | flags, text);
    return needed.height();
}

} // namespace

QPageSize::PageSizeId defaultRecoverySheetPaper()
{
    return QLocale().measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter : QPageSize::A4;
}

Status paintRecoverySheet(QPainter &painter, QPagedPaintDevice &device, const RecoverySheet &sheet)
{
    if (sheet.codes.isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("There are no recovery codes to put on the sheet."));
    const QRectF page(0, 0, device.width(), device.height());
    const QFont base = QGuiApplication::font();
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setStyleHint(QFont::Monospace);
    const qreal gap = points(device, 10);
    painter.setPen(Qt::black);

    qreal y = page.top();
    auto line = [&](const QFont &font, const QString &text, qreal after) {
        y += drawBlock(painter, QRectF(page.left(), y, page.width(), page.bottom() - y), font, text) + after;
    };
    line(sized(base, 20, true), Tr::tr("Recovery codes"), gap);
    const QString when = QLocale().toString(sheet.createdAt.toLocalTime(), QLocale::LongFormat);
    line(sized(base, 11), Tr::tr("User: %1").arg(sheet.user), gap / 3);
    line(sized(base, 11), Tr::tr("Issuer: %1").arg(sheet.issuer), gap / 3);
    line(sized(base, 11), Tr::tr("Made: %1").arg(when), gap);
    line(sized(base, 11),
         Tr::tr("Use one of these codes to sign in when your authenticator app is not at hand. Each code works "
                "only once: cross it out after use. Keep this sheet somewhere safe and private, apart from your "
                "phone; anyone with a code and your password can sign in as you. When the codes run out or the "
                "sheet is lost, ask an administrator for new ones; the old codes then stop working."),
         gap * 1.5);

    // The codes in boxes, two across, with dashed cut lines between and around them.
    const int rows = static_cast<int>((sheet.codes.size() + Columns - 1) / Columns);
    const qreal footerHeight = points(device, 24);
    const qreal boxWidth = page.width() / Columns;
    const qreal boxHeight = std::min(points(device, 72), (page.bottom() - footerHeight - y) / rows);
    QPen cut(Qt::black);
    cut.setStyle(Qt::DashLine);
    cut.setWidthF(points(device, 0.75));
    const QFont small = sized(base, 8);
    const QFont codeFont = sized(mono, 15, true);
    for (int i = 0; i < sheet.codes.size(); ++i) {
        const QRectF box(page.left() + (i % Columns) * boxWidth, y + (i / Columns) * boxHeight, boxWidth, boxHeight);
        const QRectF inner = box.adjusted(gap, gap / 2, -gap, -gap / 2);
        painter.setPen(Qt::black);
        painter.setFont(small);
        painter.drawText(inner, Qt::AlignLeft | Qt::AlignTop,
                         Tr::tr("%1 recovery code %2 of %3").arg(sheet.issuer).arg(i + 1).arg(sheet.codes.size()));
        painter.setFont(codeFont);
        painter.drawText(inner, Qt::AlignCenter, sheet.codes.at(i));
        painter.setFont(small);
        painter.drawText(inner, Qt::AlignLeft | Qt::AlignBottom, Tr::tr("Works once. Used on: ____________"));
    }
    painter.setPen(cut);
    for (int r = 0; r <= rows; ++r)
        painter.drawLine(QPointF(page.left(), y + r * boxHeight), QPointF(page.right(), y + r * boxHeight));
    for (int c = 0; c <= Columns; ++c)
        painter.drawLine(QPointF(page.left() + c * boxWidth, y),
                         QPointF(page.left() + c * boxWidth, y + rows * boxHeight));
    y += rows * boxHeight + gap / 2;

    painter.setPen(Qt::black);
    line(sized(base, 8), Tr::tr("Cut along the dashed lines to keep the codes apart. Made with AuthDesk."), 0);
    return Done{};
}

namespace {
// The writer finishes the PDF when the painter ends, before the file is committed.
Status paintPdf(QIODevice &device, const RecoverySheet &sheet, const QString &path, QPageSize::PageSizeId paper)
{
    QPdfWriter writer(&device);
    writer.setTitle(Tr::tr("Recovery codes for %1").arg(sheet.user));
    writer.setCreator(QStringLiteral("AuthDesk"));
    writer.setResolution(300);
    writer.setPageSize(QPageSize(paper));
    writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
    QPainter painter;
    if (!painter.begin(&writer))
        return makeError(ErrorCode::InvalidInput, Tr::tr("Cannot write the recovery sheet %1.").arg(path));
    Status painted = paintRecoverySheet(painter, writer, sheet);
    painter.end();
    return painted;
}
} // namespace

Status writeRecoverySheetPdf(const RecoverySheet &sheet, const QString &path, QPageSize::PageSizeId paper)
{
    if (sheet.codes.isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("There are no recovery codes to put on the sheet."));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("Cannot write the recovery sheet %1: %2").arg(path, file.errorString()));
    // Before any byte is written: the sheet holds the codes.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const Status painted = paintPdf(file, sheet, path, paper);
    if (!painted.ok()) {
        file.cancelWriting();
        return painted;
    }
    if (!file.commit())
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("Cannot write the recovery sheet %1: %2").arg(path, file.errorString()));
    return Done{};
}

} // namespace authdesk
