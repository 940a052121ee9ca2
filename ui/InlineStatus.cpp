#include "ui/InlineStatus.h"

#include <QAccessible>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QStyle>

namespace authdesk {

InlineStatus::InlineStatus(QWidget *parent)
    : QWidget(parent),
      m_icon(new QLabel(this)),
      m_errorLabel(new QLabel(this)),
      m_busyBar(new QProgressBar(this)),
      m_busyLabel(new QLabel(this))
{
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize, iconSize));
    m_icon->setAlignment(Qt::AlignTop);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_busyBar->setObjectName(QStringLiteral("busyIndicator"));
    m_busyBar->setRange(0, 0); // indeterminate
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumWidth(iconSize * 6);
    m_busyBar->setMaximumHeight(iconSize);
    m_busyLabel->setObjectName(QStringLiteral("busyLabel"));
    m_busyLabel->setTextFormat(Qt::PlainText);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_icon);
    layout->addWidget(m_errorLabel, 1);
    layout->addWidget(m_busyBar);
    layout->addWidget(m_busyLabel, 1);

    QSizePolicy keepHeight = sizePolicy();
    keepHeight.setRetainSizeWhenHidden(true);
    setSizePolicy(keepHeight);
    setMinimumHeight(std::max(iconSize, fontMetrics().height()));
    clear();
}

void InlineStatus::showBusy(const QString &text)
{
    m_icon->hide();
    m_errorLabel->hide();
    m_errorLabel->clear();
    m_busyLabel->setText(text);
    m_busyBar->show();
    m_busyLabel->show();
}

void InlineStatus::showError(const QString &message)
{
    m_busyBar->hide();
    m_busyLabel->hide();
    m_errorLabel->setText(message);
    m_icon->show();
    m_errorLabel->show();
    QAccessibleEvent alert(m_errorLabel, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

void InlineStatus::clear()
{
    m_icon->hide();
    m_errorLabel->hide();
    m_errorLabel->clear();
    m_busyBar->hide();
    m_busyLabel->hide();
}

QString InlineStatus::errorText() const
{
    return m_errorLabel->isHidden() ? QString() : m_errorLabel->text();
}

} // namespace authdesk
