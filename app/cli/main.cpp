// authdesk-cli: composition root of the command-line tool.
#include "app/cli/Cli.h"
#include "core/i18n/EnglishPluralTranslator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
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
