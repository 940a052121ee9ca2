// authdesk: composition root of the GUI. Picks the store, creates it with its owner on the
// first run or opens it and signs an administrator in, then shows the main window.

#include "core/store/LocalDirectory.h"
#include "core/store/StoreLocations.h"
#include "core/i18n/EnglishPluralTranslator.h"
#include "ui/FirstRunDialog.h"
#include "ui/MainWindow.h"
#include "ui/SignInDialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>
#include <optional>

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AuthDeskMain)
};

QIcon applicationIcon()
{
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/authdesk-%1.png").arg(size), QSize(size, size));
    return icon;
}

// Waits for a directory call before any window exists, processing events meanwhile (the call
// itself runs on the directory's SQL thread).
template <typename T>
T waitFor(QFuture<T> future)
{
    QEventLoop loop;
    std::optional<T> result;
    future.then(&loop, [&](T value) {
        result = std::move(value);
        loop.quit();
    });
    if (!result) // the continuation may have run already
        loop.exec();
    return std::move(*result);
}

} // namespace

int main(int argc, char *argv[])
{
    using namespace authdesk;

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("AuthDesk"));
    QApplication::setApplicationName(QStringLiteral("AuthDesk"));
    QApplication::setApplicationVersion(QStringLiteral(AUTHDESK_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.authdesk.AuthDesk"));
    QApplication::setWindowIcon(applicationIcon());

    // Asked last-installed first: AuthDesk's translation, then Qt's own, then English plurals.
    EnglishPluralTranslator englishPlurals;
    QCoreApplication::installTranslator(&englishPlurals);
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("authdesk"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("AuthDesk: manage the users, roles, permissions, sessions and MFA of a user directory."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QString defaultStore = StoreLocations::defaultStorePath();
    const QCommandLineOption storeOption(QStringList{QStringLiteral("store")},
                                         Tr::tr("The local store to open, or to create on the first run (default: %1).")
                                             .arg(QDir::toNativeSeparators(defaultStore)),
                                         Tr::tr("path"), defaultStore);
    parser.addOption(storeOption);
    parser.process(app);

    const QString storePath = QFileInfo(parser.value(storeOption)).absoluteFilePath();
    // The audit chain key stays on this computer, apart from the store, whichever store is opened.
    LocalDirectory directory(StoreOptions{storePath, StoreLocations::keyDir(), {}});

    Principal principal;
    if (!QFileInfo::exists(storePath)) {
        FirstRunDialog firstRun(&directory);
        if (firstRun.exec() != QDialog::Accepted)
            return 0;
        principal = firstRun.principal();
    } else {
        const Status opened = waitFor(directory.open());
        if (!opened.ok()) {
            // The store's message names the file and what is wrong with it.
            QMessageBox box(QMessageBox::Critical, Tr::tr("AuthDesk"), Tr::tr("AuthDesk cannot open the store."),
                            QMessageBox::Close);
            box.setInformativeText(opened.message());
            box.exec();
            return 1;
        }
        SignInDialog signIn(&directory);
        if (signIn.exec() != QDialog::Accepted)
            return 0;
        principal = signIn.principal();
    }

    MainWindow window(&directory, principal);
    window.show();
    window.activateWindow(); // the dialog before it had the keyboard
    return app.exec();
}
