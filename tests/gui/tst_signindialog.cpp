// The sign-in dialog offscreen against a real store and gnome-keyring's Secret Service on a private
// D-Bus session (the suite runs itself again under tests/support/with-keyring.sh): the password
// page, the code page (wrong code, throttle, recovery link, Back), "remember on this computer"
// putting a token into the keychain and skipping the code next time, a stale token falling back to
// the code page. Also writes the screenshot of the code page.
#include "core/crypto/Otp.h"
#include "core/crypto/OtpAuthUri.h"
#include "core/i18n/EnglishPluralTranslator.h"
#include "core/secrets/Keychain.h"
#include "tests/gui/GuiTestSupport.h"
#include "ui/SignInDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTest>

#include <unistd.h>

using namespace authdesk;

namespace {

constexpr int SlowTimeoutMs = 60000;

using test::child;

} // namespace

class TestSignInDialog : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<std::optional<QDateTime>> m_clock = std::make_shared<std::optional<QDateTime>>();
    std::unique_ptr<LocalDirectory> m_directory;
    std::shared_ptr<Keychain> m_keychain = std::make_shared<Keychain>(QStringLiteral("io.authdesk.test"));
    Principal m_owner;
    crypto::OtpAuthUri m_key;
    QStringList m_recoveryCodes;
    QString m_storeId;

    QDateTime now() const { return m_clock->value_or(QDateTime::currentDateTimeUtc()); }
    void advance(qint64 seconds) { *m_clock = now().addSecs(seconds); }
    QString codeNow() const { return crypto::totp(m_key.secret, now().toSecsSinceEpoch(), m_key.params); }

    std::optional<QByteArray> keychainEntry()
    {
        auto read = test::resultOf(m_keychain->read(SignInDialog::deviceEntryName(m_storeId, QStringLiteral("kim"))));
        if (!read.ok())
            qFatal("keychain: %s", qPrintable(read.message()));
        return read.value();
    }

    // A shown dialog with kim's password typed and sent; waits for the answer.
    void typePassword(SignInDialog &dialog, const QString &password = test::staffPassword())
    {
        dialog.setLogin(QStringLiteral("kim"));
        auto *edit = child<QLineEdit>(&dialog, "passwordEdit");
        QTest::keyClicks(edit, password);
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), SlowTimeoutMs);
    }

    void typeCode(SignInDialog &dialog, const QString &code)
    {
        auto *edit = child<QLineEdit>(&dialog, "codeEdit");
        QTest::keyClicks(edit, code);
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), SlowTimeoutMs);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("AUTHDESK_TEST_KEYRING_PASSWORD"),
                 "run through tests/support/with-keyring.sh");
        QVERIFY(m_dir.isValid());
        *m_clock = QDateTime::fromSecsSinceEpoch(1'900'000'000, Qt::UTC);
        StoreOptions options{m_dir.filePath(QStringLiteral("store.authdesk")), m_dir.filePath(QStringLiteral("keys")),
                             QStringLiteral("test-machine")};
        options.clock = [clock = m_clock] { return clock->value_or(QDateTime::currentDateTimeUtc()); };
        m_directory = std::make_unique<LocalDirectory>(options);
        NewUser owner;
        owner.username = QStringLiteral("owner");
        owner.email = QStringLiteral("owner@example.test");
        owner.password = test::ownerPassword();
        QVERIFY(test::resultOf(m_directory->create(owner)).ok());
        auto signedIn = test::resultOf(m_directory->signIn(owner.username, owner.password));
        QVERIFY(signedIn.ok());
        m_owner = signedIn.value();
        m_storeId = m_owner.directoryId();
        NewUser kim;
        kim.username = QStringLiteral("kim");
        kim.email = QStringLiteral("kim@example.test");
        kim.roles = {QStringLiteral("admin")};
        kim.password = test::staffPassword();
        QVERIFY(test::resultOf(m_directory->createUser(m_owner, kim)).ok());
        auto enrolled = test::resultOf(m_directory->enrollTotp(m_owner, QStringLiteral("kim")));
        QVERIFY(enrolled.ok());
        m_key = crypto::parseOtpAuthUri(enrolled->uri).value();
        auto codes = test::resultOf(m_directory->activateTotp(m_owner, QStringLiteral("kim"), codeNow()));
        QVERIFY2(codes.ok(), qPrintable(codes.message()));
        m_recoveryCodes = codes.value();
        advance(60);
    }

    void init() { advance(60); }

    void passwordThenCodeWithBackAndErrors()
    {
        SignInDialog dialog(m_directory.get(), nullptr, m_keychain);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.page(), SignInDialog::Page::Password);
        typePassword(dialog);
        // The password was right, but kim has an authenticator: the code page, no principal yet.
        QCOMPARE(dialog.page(), SignInDialog::Page::SecondFactor);
        QVERIFY(!dialog.principal().isValid());
        QVERIFY(dialog.isVisible());
        QVERIFY(child<QLineEdit>(&dialog, "passwordEdit")->text().isEmpty());
        auto *code = child<QLineEdit>(&dialog, "codeEdit");
        auto *remember = child<QCheckBox>(&dialog, "rememberCheck");
        QVERIFY(code->hasFocus());
        QVERIFY(remember->isVisible());
        QCOMPARE(remember->text().remove(QLatin1Char('&')), QStringLiteral("Remember on this computer for 30 days"));
        QVERIFY(!remember->isChecked());
        QVERIFY(child<QPushButton>(&dialog, "backButton")->isVisible());
        QVERIFY(!child<QPushButton>(&dialog, "signInButton")->isEnabled());

        // The screenshot of the code page, for the README and for a person to look at.
        const QString shots = QStringLiteral(AUTHDESK_SOURCE_DIR "/resources/screenshots");
        if (qEnvironmentVariableIsSet("AUTHDESK_WRITE_SCREENSHOTS"))
            QVERIFY(dialog.grab().save(shots + QStringLiteral("/signin-code.png")));

        // A wrong code: said inline, the page stays, the field is empty again.
        const QString wrong = codeNow() == QLatin1String("000000") ? QStringLiteral("111111") : QStringLiteral("000000");
        typeCode(dialog, wrong);
        QCOMPARE(dialog.page(), SignInDialog::Page::SecondFactor);
        QVERIFY2(dialog.errorText().contains(QLatin1String("wrong")), qPrintable(dialog.errorText()));
        QVERIFY(code->text().isEmpty());
        QVERIFY(!dialog.principal().isValid());
        // Not digits: a clear message naming the rule.
        typeCode(dialog, QStringLiteral("12ab56"));
        QVERIFY2(dialog.errorText().contains(QLatin1String("digit")), qPrintable(dialog.errorText()));

        // Back: the password page again, the password asked again.
        QTest::mouseClick(child<QPushButton>(&dialog, "backButton"), Qt::LeftButton);
        QCOMPARE(dialog.page(), SignInDialog::Page::Password);
        QVERIFY(dialog.errorText().isEmpty());
        QVERIFY(!child<QPushButton>(&dialog, "signInButton")->isEnabled());
        typePassword(dialog);
        QCOMPARE(dialog.page(), SignInDialog::Page::SecondFactor);
        typeCode(dialog, codeNow());
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), SlowTimeoutMs);
        QCOMPARE(dialog.principal().username(), QStringLiteral("kim"));
        // Not ticked: nothing in the keychain.
        QVERIFY(!keychainEntry().has_value());
    }

    void wrongPasswordStaysOnFirstPage()
    {
        SignInDialog dialog(m_directory.get(), nullptr, m_keychain);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        typePassword(dialog, QStringLiteral("not the right password"));
        QCOMPARE(dialog.page(), SignInDialog::Page::Password);
        QCOMPARE(dialog.errorText(), QStringLiteral("Wrong username or password."));
    }

    void throttledSaysHowLong()
    {
        SignInDialog dialog(m_directory.get(), nullptr, m_keychain);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        typePassword(dialog);
        const QString wrong = codeNow() == QLatin1String("000000") ? QStringLiteral("111111") : QStringLiteral("000000");
        for (int i = 0; i < 5; ++i)
            typeCode(dialog, wrong);
        typeCode(dialog, codeNow());
        QVERIFY2(dialog.errorText().contains(QLatin1String("try again in")), qPrintable(dialog.errorText()));
        QCOMPARE(dialog.page(), SignInDialog::Page::SecondFactor);
        advance(120);
    }

    void recoveryCodeLink()
    {
        SignInDialog dialog(m_directory.get(), nullptr, m_keychain);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        typePassword(dialog);
        auto *link = child<QPushButton>(&dialog, "recoveryLink");
        QCOMPARE(link->text(), QStringLiteral("Use a recovery code instead"));
        QTest::mouseClick(link, Qt::LeftButton);
        QVERIFY(dialog.usesRecoveryCode());
        QVERIFY(child<QLineEdit>(&dialog, "codeEdit")->hasFocus());
        QCOMPARE(link->text(), QStringLiteral("Use the authenticator app instead"));
        QVERIFY(!child<QCheckBox>(&dialog, "rememberCheck")->isVisible());
        QVERIFY2(child<QLabel>(&dialog, "codePrompt")->text().contains(QLatin1String("recovery code")),
                 qPrintable(child<QLabel>(&dialog, "codePrompt")->text()));
        typeCode(dialog, QStringLiteral("not a code"));
        QVERIFY2(dialog.errorText().contains(QLatin1String("XXXX-XXXX-XXXX-XXXX")), qPrintable(dialog.errorText()));
        typeCode(dialog, m_recoveryCodes.takeFirst());
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), SlowTimeoutMs);
        QCOMPARE(dialog.principal().username(), QStringLiteral("kim"));
    }

    void rememberedComputerSkipsTheCode()
    {
        {
            SignInDialog dialog(m_directory.get(), nullptr, m_keychain);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            typePassword(dialog);
            QTest::mouseClick(child<QCheckBox>(&dialog, "rememberCheck"), Qt::LeftButton);
            QVERIFY(child<QCheckBox>(&dialog, "rememberCheck")->isChecked());
            typeCode(dialog, codeNow());
            QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), SlowTimeoutMs);
        }
        const auto token = keychainEntry();
        QVERIFY(token.has_value());
        QCOMPARE(token->size(), 43);
        // Never in the settings file.
        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        if (file.open(QIODevice::ReadOnly))
            QVERIFY(!file.readAll().contains(*token));

        advance(3600);
        {
            // Next time: password only, the code page never shows.
            SignInDialog dialog(m_directory.get(), nullptr, m_keychain);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            typePassword(dialog);
            QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), SlowTimeoutMs);
            QCOMPARE(dialog.page(), SignInDialog::Page::Password);
            QCOMPARE(dialog.principal().username(), QStringLiteral("kim"));
        }
        // A wrong password is still wrong, remembered or not.
        {
            SignInDialog dialog(m_directory.get(), nullptr, m_keychain);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            typePassword(dialog, QStringLiteral("not the right password"));
            QCOMPARE(dialog.page(), SignInDialog::Page::Password);
            QVERIFY(!dialog.principal().isValid());
            QCOMPARE(dialog.errorText(), QStringLiteral("Wrong username or password."));
        }

        // 31 days later the token has expired: the code is asked for, and the stale entry goes.
        advance(31 * 24 * 3600);
        {
            SignInDialog dialog(m_directory.get(), nullptr, m_keychain);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            typePassword(dialog);
            QCOMPARE(dialog.page(), SignInDialog::Page::SecondFactor);
            QTRY_VERIFY_WITH_TIMEOUT(!keychainEntry().has_value(), SlowTimeoutMs);
            typeCode(dialog, codeNow());
            QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), SlowTimeoutMs);
        }
    }

    // After a helpdesk reset that issued a temporary access pass, the console's sign-in takes the pass:
    // a code typed out of habit brings the pass page with the store's words; the pass works once.
    void temporaryPassAfterAHelpdeskReset()
    {
        const QString tess = QStringLiteral("tess");
        NewUser user;
        user.username = tess;
        user.email = QStringLiteral("tess@example.test");
        user.roles = {QStringLiteral("admin")};
        user.password = test::staffPassword();
        QVERIFY(test::resultOf(m_directory->createUser(m_owner, user)).ok());
        auto enrolled = test::resultOf(m_directory->enrollTotp(m_owner, tess));
        QVERIFY(enrolled.ok());
        const crypto::OtpAuthUri key = crypto::parseOtpAuthUri(enrolled->uri).value();
        QVERIFY(test::resultOf(m_directory->activateTotp(
                                   m_owner, tess, crypto::totp(key.secret, now().toSecsSinceEpoch(), key.params)))
                    .ok());
        advance(60);
        MfaResetRequest request;
        request.ticket = QStringLiteral("INC-7");
        request.reason = QStringLiteral("phone lost");
        request.verifiedBy = IdentityCheck::InPerson;
        request.issueTemporaryPass = true;
        auto reset = test::resultOf(m_directory->resetMfa(m_owner, tess, request));
        QVERIFY2(reset.ok(), qPrintable(reset.message()));
        const QString pass = reset->temporaryPass;
        QVERIFY(!pass.isEmpty());

        const auto signInAsTess = [&](SignInDialog &dialog) {
            dialog.setLogin(tess);
            auto *edit = child<QLineEdit>(&dialog, "passwordEdit");
            QTest::keyClicks(edit, test::staffPassword());
            QTest::keyClick(edit, Qt::Key_Return);
            QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), SlowTimeoutMs);
        };
        SignInDialog dialog(m_directory.get(), nullptr, m_keychain);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        signInAsTess(dialog);
        QCOMPARE(dialog.page(), SignInDialog::Page::SecondFactor);
        QVERIFY(child<QPushButton>(&dialog, "temporaryPassLink")->isVisible());
        // An old authenticator code: not accepted, and the page now asks for the pass.
        typeCode(dialog, QStringLiteral("123456"));
        QCOMPARE(dialog.codeKind(), SecondFactorKind::TemporaryPass);
        QVERIFY2(dialog.errorText().contains(QLatin1String("temporary access pass")), qPrintable(dialog.errorText()));
        QVERIFY(!child<QCheckBox>(&dialog, "rememberCheck")->isVisible());
        QVERIFY(!child<QPushButton>(&dialog, "recoveryLink")->isVisible());
        QVERIFY(!dialog.principal().isValid());
        typeCode(dialog, pass);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), SlowTimeoutMs);
        QCOMPARE(dialog.principal().username(), tess);

        // Once only.
        SignInDialog again(m_directory.get(), nullptr, m_keychain);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        signInAsTess(again);
        QTest::mouseClick(child<QPushButton>(&again, "temporaryPassLink"), Qt::LeftButton);
        QCOMPARE(again.codeKind(), SecondFactorKind::TemporaryPass);
        typeCode(again, pass);
        QVERIFY(!again.principal().isValid());
        QVERIFY2(again.errorText().contains(QLatin1String("already used")), qPrintable(again.errorText()));
    }
};

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("AUTHDESK_TEST_KEYRING_PASSWORD")) {
        // Again, inside a private D-Bus session with a Secret Service of its own.
        char self[4096] = {};
        if (::readlink("/proc/self/exe", self, sizeof self - 1) <= 0)
            return 2;
        std::vector<char *> args{const_cast<char *>(WITH_KEYRING_PATH), self};
        for (int i = 1; i < argc; ++i)
            args.push_back(argv[i]);
        args.push_back(nullptr);
        ::execv(WITH_KEYRING_PATH, args.data());
        return 2;
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("AuthDesk-tests"));
    EnglishPluralTranslator englishPlurals; // as the application does: "30 days", not "30 day(s)"
    QCoreApplication::installTranslator(&englishPlurals);
    TestSignInDialog suite;
    return QTest::qExec(&suite, argc, argv);
}

#include "tst_signindialog.moc"
