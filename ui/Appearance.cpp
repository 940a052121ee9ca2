#include "ui/Appearance.h"

#include <QApplication>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace authdesk {

namespace {

const QString settingsKey = QStringLiteral("appearance/scheme");

struct Startup {
    QString styleName;
    QPalette palette;
    bool captured = false;
};

Startup &startup()
{
    static Startup s;
    if (!s.captured && qApp) {
        s.styleName = QApplication::style()->name();
        s.palette = QApplication::palette();
        s.captured = true;
    }
    return s;
}

ColorScheme &current()
{
    static ColorScheme scheme = ColorScheme::System;
    return scheme;
}

// A dark palette with enough contrast for long reading: text at about 12:1 on the base, disabled
// text still readable (about 4:1), a selection that stands out from hover and focus.
QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe8, 0xe8, 0xea);
    const QColor disabledText(0x8c, 0x90, 0x96);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x25, 0x27, 0x2b));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3d, 0x42));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x90, 0x95, 0x9c));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x36, 0x39, 0x3e));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x8a, 0x80));
    p.setColor(QPalette::Light, QColor(0x4b, 0x4f, 0x55));
    p.setColor(QPalette::Midlight, QColor(0x3e, 0x41, 0x46));
    p.setColor(QPalette::Mid, QColor(0x30, 0x33, 0x37));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1c));
    p.setColor(QPalette::Shadow, QColor(0x0a, 0x0a, 0x0b));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xd0));
    p.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::Link, QColor(0x7c, 0xb4, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb8, 0x9c, 0xff));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x45, 0x49, 0x4f));
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    return p;
}

} // namespace

QString colorSchemeName(ColorScheme scheme)
{
    switch (scheme) {
    case ColorScheme::System: return QStringLiteral("system");
    case ColorScheme::Light: return QStringLiteral("light");
    case ColorScheme::Dark: return QStringLiteral("dark");
    }
    return QStringLiteral("system");
}

bool parseColorScheme(const QString &name, ColorScheme *scheme)
{
    for (ColorScheme s : {ColorScheme::System, ColorScheme::Light, ColorScheme::Dark}) {
        if (name.compare(colorSchemeName(s), Qt::CaseInsensitive) == 0) {
            *scheme = s;
            return true;
        }
    }
    return false;
}

QStringList colorSchemeNames()
{
    return {colorSchemeName(ColorScheme::System), colorSchemeName(ColorScheme::Light),
            colorSchemeName(ColorScheme::Dark)};
}

void applyColorScheme(ColorScheme scheme)
{
    const Startup &s = startup();
    switch (scheme) {
    case ColorScheme::System:
        if (QApplication::style()->name() != s.styleName)
            QApplication::setStyle(s.styleName);
        QApplication::setPalette(s.palette);
        break;
    case ColorScheme::Light:
    case ColorScheme::Dark: {
        if (QApplication::style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0)
            QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(scheme == ColorScheme::Dark ? darkPalette() : QApplication::style()->standardPalette());
        break;
    }
    }
    current() = scheme;
}

ColorScheme currentColorScheme()
{
    return current();
}

ColorScheme savedColorScheme()
{
    ColorScheme scheme = ColorScheme::System;
    parseColorScheme(QSettings().value(settingsKey).toString(), &scheme);
    return scheme;
}

void saveColorScheme(ColorScheme scheme)
{
    QSettings().setValue(settingsKey, colorSchemeName(scheme));
}

} // namespace authdesk
