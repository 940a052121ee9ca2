#include "ui/DialogHeader.h"

#include <QApplication>
#include <QGridLayout>
#include <QLabel>
#include <QStyle>

namespace authdesk {

DialogHeader::DialogHeader(const QString &title, const QString &subtitle, QWidget *parent)
    : QWidget(parent), m_subtitle(new QLabel(subtitle, this))
{
    auto *icon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_LargeIconSize, nullptr, this) * 3 / 2;
    icon->setPixmap(QApplication::windowIcon().pixmap(iconSize, iconSize));
    icon->setAlignment(Qt::AlignTop);

    auto *heading = new QLabel(title, this);
    heading->setObjectName(QStringLiteral("headingLabel"));
    heading->setTextFormat(Qt::PlainText);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    heading->setFont(headingFont);

    m_subtitle->setObjectName(QStringLiteral("subtitleLabel"));
    m_subtitle->setTextFormat(Qt::PlainText);
    m_subtitle->setWordWrap(true);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(layout->horizontalSpacing() * 2);
    layout->addWidget(icon, 0, 0, 2, 1);
    layout->addWidget(heading, 0, 1);
    layout->addWidget(m_subtitle, 1, 1);
    layout->setColumnStretch(1, 1);
    if (QApplication::windowIcon().isNull())
        icon->hide();
}

} // namespace authdesk
