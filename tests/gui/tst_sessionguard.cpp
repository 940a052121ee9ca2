// The session guard offscreen against a real store, on an injected clock: idle time locks the
// window behind the lock screen (its content unreachable but unchanged), a wrong password keeps
// it locked, the right one unlocks with the window's state intact; an account with an
// authenticator also gives its code; the maximum session age asks for a full sign-in;
// requireReauthentication answers true or (canceled) false; activity postpones the lock.
#include "core/crypto/Otp.h"
#include "core/crypto/OtpAuthUri.h"
#include "core/i18n/EnglishPluralTranslator.h"
#include "tests/gui/GuiTestSupport.h"
#include "ui/SessionGuard.h"

#include <QApplication>
#include <QLineEdit>
#include <QMainWindow>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace authdesk;

namespace {

constexpr int SlowTimeoutMs = 60000;

using test::child;

} // namespace

class TestSessionGuard : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<QDateTime> m_clock = std::make_shared<QDateTime>(QDateTime::fromSecsSinceEpoch(1'900'000'000, Qt::UTC));
    std::unique_ptr<LocalDirectory> m_directory;
    Principal m_owner;
    Principal m_kim;
    crypto::OtpAuthUri m_key;

    SessionGuard::Clock clock() const
    {
        return [c = m_clock] { return *c; };
    }
    void advance(qint64 seconds) { *m_clock = m_clock->addSecs(seconds); }

    struct Window {
        QMainWindow window;
        QLineEdit *draft = nullptr;
        Window()
        {
            draft = new QLineEdit(&window);
            draft->setObjectName(QStringLiteral("draftEdit"));
            window.setCentralWidget(draft);
            window.resize(800, 500);
            window.show();
        }
    };

    void unlockWith(SessionGuard &guard, const QString &password, const QString &code = {})
    {
        QWidget *screen = guard.lockScreen();
        QTest::keyClicks(child<QLineEdit>(screen, "lockPasswordEdit"), password);
        QTest::mouseClick(child<QPushButton>(screen, "unlockButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(screen, "unlockButton")->isEnabled(), SlowTimeoutMs);
        if (code.isEmpty())
            return;
        auto *codeEdit = child<QLineEdit>(screen, "lockCodeEdit");
        QTRY_VERIFY(codeEdit->isVisible());
        QTest::keyClicks(codeEdit, code);
        QTest::mouseClick(child<QPushButton>(screen, "unlockButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(screen, "unlockButton")->isEnabled() || !guard.isLocked(),
                                 SlowTimeoutMs);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        StoreOptions options{m_dir.filePath(QStringLiteral("store.authdesk")), m_dir.filePath(QStringLiteral("keys")),
                             QStringLiteral("test-machine")};
        options.clock = [c = m_clock] { return *c; };
        m_directory = std::make_unique<LocalDirectory>(options);
        NewUser owner;
        owner.username = QStringLiteral("owner");
        owner.email = QStringLiteral("owner@example.test");
        owner.password = test::ownerPassword();
        QVERIFY(test::resultOf(m_directory->create(owner)).ok());
        m_owner = test::resultOf(m_directory->signIn(owner.username, owner.password)).value();
        NewUser kim;
        kim.username = QStringLiteral("kim");
        kim.email = QStringLiteral("kim@example.test");
        kim.roles = {QStringLiteral("admin")};
        kim.password = test::staffPassword();
        QVERIFY(test::resultOf(m_directory->createUser(m_owner, kim)).ok());
        m_kim = test::resultOf(m_directory->signIn(kim.username, kim.password)).value();
        QVERIFY(test::resultOf(m_directory->setSetting(m_owner, QStringLiteral("console.idle_lock_minutes"),
                                                       QStringLiteral("20")))
                    .ok());
        auto enrolled = test::resultOf(m_directory->enrollTotp(m_owner, QStringLiteral("kim")));
        m_key = crypto::parseOtpAuthUri(enrolled->uri).value();
        QVERIFY(test::resultOf(m_directory->activateTotp(
                                   m_owner, QStringLiteral("kim"),
                                   crypto::totp(m_key.secret, m_clock->toSecsSinceEpoch(), m_key.params)))
                    .ok());
    }

    void idleLocksAndPasswordUnlocks()
    {
        Window w;
        QVERIFY(QTest::qWaitForWindowExposed(&w.window));
        QTest::keyClicks(w.draft, QStringLiteral("unsaved draft"));
        SessionGuard guard(m_directory.get(), m_owner, &w.window, clock());
        QTRY_COMPARE(guard.idleLockMinutes(), 20); // read from the store (default 15)
        QCOMPARE(guard.reauthHours(), 12);
        QSignalSpy locked(&guard, &SessionGuard::locked);
        QSignalSpy unlocked(&guard, &SessionGuard::unlocked);

        // Activity postpones the lock.
        advance(19 * 60);
        guard.check();
        QVERIFY(!guard.isLocked());
        QTest::keyClick(w.draft, Qt::Key_End);
        advance(19 * 60);
        guard.check();
        QVERIFY(!guard.isLocked());
        advance(60);
        guard.check();
        QVERIFY(guard.isLocked());
        QCOMPARE(guard.lockReason(), SessionGuard::LockReason::Idle);
        QCOMPARE(locked.count(), 1);
        QWidget *screen = guard.lockScreen();
        QVERIFY(screen && screen->isVisible());
        QCOMPARE(screen->geometry(), w.window.rect());
        // The content is out of reach but unchanged.
        QVERIFY(!w.draft->isEnabled());
        QTest::keyClicks(w.draft, QStringLiteral(" typed while locked"));
        QCOMPARE(w.draft->text(), QStringLiteral("unsaved draft"));

        // A wrong password: still locked, said inline.
        unlockWith(guard, QStringLiteral("not the right password"));
        QVERIFY(guard.isLocked());
        QCOMPARE(guard.errorText(), QStringLiteral("Wrong username or password."));
        QVERIFY(child<QLineEdit>(screen, "lockPasswordEdit")->text().isEmpty());
        QCOMPARE(unlocked.count(), 0);

        // The right one: unlocked, the window as it was.
        unlockWith(guard, test::ownerPassword());
        QTRY_VERIFY(!guard.isLocked());
        QCOMPARE(unlocked.count(), 1);
        QVERIFY(!screen->isVisible());
        QVERIFY(w.draft->isEnabled());
        QCOMPARE(w.draft->text(), QStringLiteral("unsaved draft"));
    }

    void authenticatorCodeToo()
    {
        Window w;
        QVERIFY(QTest::qWaitForWindowExposed(&w.window));
        SessionGuard guard(m_directory.get(), m_kim, &w.window, clock());
        guard.lockNow();
        QVERIFY(guard.isLocked());
        advance(60);
        // Password right, code wrong: still locked, the code asked again.
        const QString right = crypto::totp(m_key.secret, m_clock->toSecsSinceEpoch(), m_key.params);
        const QString wrong = right == QLatin1String("000000") ? QStringLiteral("111111") : QStringLiteral("000000");
        unlockWith(guard, test::staffPassword(), wrong);
        QVERIFY(guard.isLocked());
        QVERIFY2(guard.errorText().contains(QLatin1String("wrong")), qPrintable(guard.errorText()));
        auto *codeEdit = child<QLineEdit>(guard.lockScreen(), "lockCodeEdit");
        QVERIFY(codeEdit->isVisible());
        QTest::keyClicks(codeEdit, right);
        QTest::keyClick(codeEdit, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!guard.isLocked(), SlowTimeoutMs);
    }

    void maxAgeAsksForFullSignIn()
    {
        Window w;
        QVERIFY(QTest::qWaitForWindowExposed(&w.window));
        SessionGuard guard(m_directory.get(), m_owner, &w.window, clock());
        guard.setPolicy(60, 2);
        QTest::qWait(200); // the store's policy answering now must not undo it
        QCOMPARE(guard.reauthHours(), 2);
        const QDateTime start = guard.signedInAt();
        // Busy all the time: never idle, but after 2 hours the session is too old.
        for (int i = 0; i < 4; ++i) {
            advance(29 * 60);
            QTest::mouseMove(w.draft, QPoint(5 + i, 5));
            QTest::mouseClick(w.draft, Qt::LeftButton);
            guard.check();
            QVERIFY(!guard.isLocked());
        }
        advance(5 * 60);
        guard.check();
        QVERIFY(guard.isLocked());
        QCOMPARE(guard.lockReason(), SessionGuard::LockReason::MaxAge);
        unlockWith(guard, test::ownerPassword());
        QTRY_VERIFY(!guard.isLocked());
        // A full sign-in: the session's age starts again.
        QVERIFY(guard.signedInAt() > start);
        QCOMPARE(guard.signedInAt(), *m_clock);
    }

    void requireReauthentication()
    {
        Window w;
        QVERIFY(QTest::qWaitForWindowExposed(&w.window));
        SessionGuard guard(m_directory.get(), m_owner, &w.window, clock());
        QFuture<bool> canceled = guard.requireReauthentication(QStringLiteral("Changing your MFA needs your password."));
        QVERIFY(guard.isLocked());
        QCOMPARE(guard.lockReason(), SessionGuard::LockReason::Reauthentication);
        auto *cancel = child<QPushButton>(guard.lockScreen(), "lockCancelButton");
        QVERIFY(cancel->isVisible());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY(canceled.isFinished());
        QCOMPARE(canceled.result(), false);
        QVERIFY(!guard.isLocked());
        QVERIFY(w.draft->isEnabled());

        QFuture<bool> confirmed = guard.requireReauthentication(QStringLiteral("Changing your MFA needs your password."));
        unlockWith(guard, QStringLiteral("not the right password"));
        QVERIFY(!confirmed.isFinished());
        unlockWith(guard, test::ownerPassword());
        QTRY_VERIFY_WITH_TIMEOUT(confirmed.isFinished(), SlowTimeoutMs);
        QCOMPARE(confirmed.result(), true);
    }

    void signOutFromLockScreen()
    {
        Window w;
        QVERIFY(QTest::qWaitForWindowExposed(&w.window));
        SessionGuard guard(m_directory.get(), m_owner, &w.window, clock());
        QSignalSpy signedOut(&guard, &SessionGuard::signedOut);
        guard.lockNow();
        QTest::mouseClick(child<QPushButton>(guard.lockScreen(), "signOutButton"), Qt::LeftButton);
        QCOMPARE(signedOut.count(), 1);
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    EnglishPluralTranslator englishPlurals;
    QCoreApplication::installTranslator(&englishPlurals);
    TestSessionGuard suite;
    return QTest::qExec(&suite, argc, argv);
}

#include "tst_sessionguard.moc"
