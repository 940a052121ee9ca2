// authdesk-cli: composition root of the command-line tool.
#include "app/cli/Cli.h"
#include "core/i18n/EnglishPluralTranslator.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstring>
#include <memory>

namespace {
// A recovery sheet (--pdf) is laid out with fonts, which need a QGuiApplication; the offscreen
// platform needs no display. Every other command stays a plain QCoreApplication.
bool wantsPdf(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "--pdf") == 0 || std::strncmp(argv[i], "--pdf=", 6) == 0)
            return true;
    return false;
}
} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> application;
    if (wantsPdf(argc, argv)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("AuthDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("AuthDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AUTHDESK_VERSION));
    // Plural forms for English first; a real translation, installed after it, wins.
    authdesk::EnglishPluralTranslator englishPlurals;
    QCoreApplication::installTranslator(&englishPlurals);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("authdesk"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);
    authdesk::cli::Cli cli;
    return cli.run(QCoreApplication::arguments());
}
