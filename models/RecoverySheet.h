#pragma once
// The printed recovery sheet an administrator hands over after enrolling an authenticator: the user,
// the issuer, the date and the recovery codes in boxes to cut out, with short instructions. It carries
// no secret but the codes. Painted with QPainter, so the same sheet goes to a PDF (QPdfWriter) or a
// printer (QPrinter, from the widgets layer).

#include "core/Result.h"

#include <QDateTime>
#include <QPageSize>
#include <QString>
#include <QStringList>

class QPainter;
class QPagedPaintDevice;

namespace authdesk {

struct RecoverySheet {
    QString user;   // as the admin knows the account: "Ann Example (ann, ann@example.test)"
    QString issuer; // the issuer the authenticator app shows
    QDateTime createdAt;
    QStringList codes;
};

// Letter where the locale measures in US units, A4 everywhere else.
QPageSize::PageSizeId defaultRecoverySheetPaper();

// Paints the sheet onto one page of DEVICE (whose page layout and resolution are already set), with
// PAINTER active on it. An error when there are no codes.
Status paintRecoverySheet(QPainter &painter, QPagedPaintDevice &device, const RecoverySheet &sheet);

// Writes the sheet as a one-page PDF, atomically and readable by the owner only (mode 0600, set
// before any byte is written).
Status writeRecoverySheetPdf(const RecoverySheet &sheet, const QString &path,
                             QPageSize::PageSizeId paper = defaultRecoverySheetPaper());

} // namespace authdesk
