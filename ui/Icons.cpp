#include "ui/Icons.h"

#include <QApplication>
#include <QFile>
#include <QHash>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

namespace authdesk::icons {

namespace {

QByteArray tinted(const QByteArray &svg, const QColor &colour)
{
    QByteArray out = svg;
    return out.replace("currentColor", colour.name(QColor::HexRgb).toLatin1());
}

QPixmap render(const QByteArray &svg, int size, qreal ratio)
{
    QSvgRenderer renderer(svg);
    const int pixels = qRound(size * ratio);
    QPixmap pixmap(pixels, pixels);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    renderer.render(&painter, QRectF(0, 0, pixels, pixels));
    painter.end();
    pixmap.setDevicePixelRatio(ratio);
    return pixmap;
}

} // namespace

QIcon themed(const QString &name, const QPalette &palette)
{
    const QColor normal = palette.color(QPalette::Active, QPalette::WindowText);
    const QColor disabled = palette.color(QPalette::Disabled, QPalette::WindowText);
    const QColor selected = palette.color(QPalette::Active, QPalette::HighlightedText);
    // Icons are asked for again on every palette change; keep each rendering.
    static QHash<QString, QIcon> cache;
    const QString key = name + QLatin1Char('|') + normal.name() + disabled.name() + selected.name();
    if (const auto found = cache.constFind(key); found != cache.constEnd())
        return *found;

    QFile file(QStringLiteral(":/ui-icons/%1.svg").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray svg = file.readAll();
    QIcon icon;
    for (int size : {16, 20, 22, 24, 32, 48}) {
        for (qreal ratio : {1.0, 2.0}) {
            icon.addPixmap(render(tinted(svg, normal), size, ratio), QIcon::Normal);
            icon.addPixmap(render(tinted(svg, disabled), size, ratio), QIcon::Disabled);
            icon.addPixmap(render(tinted(svg, selected), size, ratio), QIcon::Selected);
        }
    }
    cache.insert(key, icon);
    return icon;
}

QIcon themed(const QString &name)
{
    return themed(name, QApplication::palette());
}

} // namespace authdesk::icons
