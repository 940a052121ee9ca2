// authdesk: composition root of the GUI. Picks the store (the command line's, the most recent, or
// the start dialog's choice), creates it with its owner or opens it and signs an administrator in,
// then shows the main window — again for another store when File ▸ Switch Store asks for one.

#include "core/store/LocalDirectory.h"
#include "core/store/StoreLocations.h"
#include "core/i18n/EnglishPluralTranslator.h"
#include "ui/Appearance.h"
#include "ui/FirstRunDialog.h"
#include "ui/MainWindow.h"
#include "ui/RecentStores.h"
#include "ui/SignInDialog.h"
#include "ui/StartDialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTextStream>
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

// Where a new store goes unless the administrator picks another place: the default store's
// location while it is free, then store-2, store-3 … beside it.
QString suggestedNewStore(const QString &defaultStore)
{
    const QFileInfo info(defaultStore);
    QString candidate = defaultStore;
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = info.dir().filePath(QStringLiteral("%1-%2.%3").arg(info.completeBaseName()).arg(n).arg(info.suffix()));
    return candidate;
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
    const QCommandLineOption appearanceOption(
        QStringList{QStringLiteral("appearance")},
        Tr::tr("Colours: %1 (default: as last chosen in View ▸ Appearance).").arg(colorSchemeNames().join(QStringLiteral(", "))),
        Tr::tr("scheme"));
    parser.addOption(appearanceOption);
    parser.process(app);

    ColorScheme scheme = savedColorScheme();
    if (parser.isSet(appearanceOption) && !parseColorScheme(parser.value(appearanceOption), &scheme)) {
        QTextStream(stderr) << Tr::tr("authdesk: unknown appearance \"%1\"; use one of: %2")
                                   .arg(parser.value(appearanceOption), colorSchemeNames().join(QStringLiteral(", ")))
                            << Qt::endl;
        return 2;
    }
    applyColorScheme(scheme);

    // Which store, and what to do with it: the one named on the command line, else the most recent
    // one that still exists, else the default; a store that does not exist yet starts at the
    // start dialog, which can also open another one.
    QString storePath = parser.isSet(storeOption) ? QFileInfo(parser.value(storeOption)).absoluteFilePath() : QString();
    if (storePath.isEmpty()) {
        for (const QString &recent : RecentStores::list()) {
            if (QFileInfo(recent).isFile()) {
                storePath = recent;
                break;
            }
        }
    }
    if (storePath.isEmpty())
        storePath = defaultStore;
    // The very first run goes straight to making the default store's owner (Cancel there leads to
    // the start dialog); later, a store that is gone leads to the start dialog.
    bool choose = !QFileInfo::exists(storePath) && !parser.isSet(storeOption) && !RecentStores::list().isEmpty();
    bool create = !QFileInfo::exists(storePath);

    for (;;) {
        if (choose) {
            StartDialog start(suggestedNewStore(defaultStore));
            if (start.exec() != QDialog::Accepted)
                return 0;
            storePath = start.path();
            create = start.choice() == StartDialog::Choice::CreateStore;
            choose = false;
        }

        // The audit head anchor stays on this computer, apart from the store, whichever store is opened.
        LocalDirectory directory(StoreOptions{storePath, StoreLocations::keyDir(), {}});
        Principal principal;
        if (create) {
            FirstRunDialog firstRun(&directory);
            if (firstRun.exec() != QDialog::Accepted) {
                choose = true; // back to the choice of store
                continue;
            }
            principal = firstRun.principal();
        } else {
            const Status opened = waitFor(directory.open());
            if (!opened.ok()) {
                // The store's message names the file and what is wrong with it.
                QMessageBox box(QMessageBox::Critical, Tr::tr("AuthDesk"), Tr::tr("AuthDesk cannot open the store."),
                                QMessageBox::Close);
                box.setInformativeText(opened.message());
                box.exec();
                choose = true;
                continue;
            }
            SignInDialog signIn(&directory);
            if (signIn.exec() != QDialog::Accepted)
                return 0;
            principal = signIn.principal();
        }
        RecentStores::note(storePath);

        MainWindow window(&directory, principal);
        std::optional<QString> next; // set when the administrator asked for another store
        QObject::connect(&window, &MainWindow::switchStoreRequested, &window, [&](const QString &path) {
            next = path;
            window.close();
        });
        window.show();
        window.activateWindow(); // the dialog before it had the keyboard
        const int code = app.exec();
        if (!next)
            return code;
        choose = next->isEmpty();
        storePath = *next;
        create = false;
    }
}
