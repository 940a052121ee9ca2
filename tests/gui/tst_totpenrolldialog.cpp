// TotpEnrollDialog offscreen against a real local store, checked by tools we did not write: the QR
// image grabbed from the dialog's label is decoded by zbarimg, the code typed is computed by oathtool
// from the decoded URI, and the recovery sheet PDF is read back by pdftotext. Also: a wrong code keeps
// the factor pending, re-enrollment keeps the old factor until the new one is activated, each printed
// code works once, the timeout closes the dialog and leaves no secret in its widgets or on the
// clipboard, the timeout setting is validated, and the user pane offers the dialog only with
// mfa.enroll (and asks an admin changing their own factor to sign in again).
// With AUTHDESK_ENROLL_SCREENSHOTS=DIR set, it saves the scan and codes pages there as PNGs.

#include "core/policy/ConsolePermissions.h"
#include "core/policy/StoreSettings.h"
#include "models/RecoverySheet.h"
#include "tests/gui/GuiTestSupport.h"
#include "ui/QrCodeLabel.h"
#include "ui/TotpEnrollDialog.h"
#include "core/MfaReset.h"
#include "ui/UserDetailPane.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDateTime>
#include <QFontInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

#include <sys/stat.h>

using namespace authdesk;
namespace P = authdesk::ConsolePermission;

namespace {

constexpr int WaitMs = 30000;

// stdout of PROGRAM, or a failed test naming the Debian package when it is missing.
QString runTool(const QString &program, const QStringList &args, const QString &package)
{
    if (QStandardPaths::findExecutable(program).isEmpty()) {
        QTest::qFail(
            qPrintable(QStringLiteral("%1 is not installed: install the Debian package %2").arg(program, package)),
            __FILE__, __LINE__);
        return QString();
    }
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        QTest::qFail(qPrintable(QStringLiteral("%1 failed (exit %2): %3")
                                    .arg(program)
                                    .arg(p.exitCode())
                                    .arg(QString::fromUtf8(p.readAllStandardError()))),
                     __FILE__, __LINE__);
        return QString();
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

// What the test learns from the decoded QR code alone.
struct DecodedKey {
    QString uri;
    QString secret; // base32
    QString algorithm = QStringLiteral("SHA1");
    int digits = 6;
    int period = 30;
};

DecodedKey decodeKey(const QString &uri)
{
    DecodedKey key;
    key.uri = uri;
    const QUrlQuery query{QUrl(uri)};
    key.secret = query.queryItemValue(QStringLiteral("secret"));
    if (query.hasQueryItem(QStringLiteral("algorithm")))
        key.algorithm = query.queryItemValue(QStringLiteral("algorithm"));
    if (query.hasQueryItem(QStringLiteral("digits")))
        key.digits = query.queryItemValue(QStringLiteral("digits")).toInt();
    if (query.hasQueryItem(QStringLiteral("period")))
        key.period = query.queryItemValue(QStringLiteral("period")).toInt();
    return key;
}

// oathtool's code for KEY at unix time AT.
QString oathtool(const DecodedKey &key, qint64 at)
{
    return runTool(QStringLiteral("oathtool"),
                   {QStringLiteral("--totp=") + key.algorithm.toLower(), QStringLiteral("-b"),
                    QStringLiteral("--digits=%1").arg(key.digits),
                    QStringLiteral("--time-step-size=%1s").arg(key.period), QStringLiteral("-N"),
                    QStringLiteral("@%1").arg(at), key.secret},
                   QStringLiteral("oathtool"))
        .trimmed();
}

// Waits until the current 30-second step has at least SECONDS left, so a test that needs codes of
// neighbouring steps does not see the step change under it.
void waitForFreshStep(int seconds)
{
    while (30 - QDateTime::currentSecsSinceEpoch() % 30 < seconds)
        QTest::qWait(250);
}

QStringList allTexts(const QWidget *root)
{
    QStringList out;
    for (const QLineEdit *e : root->findChildren<QLineEdit *>())
        out << e->text() << e->placeholderText();
    for (const QLabel *l : root->findChildren<QLabel *>())
        out << l->text() << l->accessibleDescription();
    for (const QPlainTextEdit *e : root->findChildren<QPlainTextEdit *>())
        out << e->toPlainText();
    return out;
}

bool waitPage(const TotpEnrollDialog &dialog, TotpEnrollDialog::Page page)
{
    return QTest::qWaitFor([&] { return dialog.page() == page && !dialog.isBusy(); }, WaitMs);
}

} // namespace

class TestTotpEnrollDialog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void timeoutSettingIsValidated_data();
    void timeoutSettingIsValidated();
    void scanDecodeTypeActivate();
    void qrStaysCrispWhenResized();
    void keyIsHiddenUntilAskedAndCopyable();
    void wrongCodeKeepsItPending();
    void reenrollmentKeepsTheOldFactorUntilActivated();
    void recoverySheetPdfHasEveryCodeAndEachWorksOnce();
    void recoverySheetPrintsOnLetterAndRefusesNoCodes();
    void closingBeforeStoringAsks();
    void newRecoveryCodesReplaceTheOldOnes();
    void timeoutClosesAndLeavesNoSecret();
    void paneOffersEnrollmentOnlyWithThePermission();
    void paneAsksAnAdminChangingTheirOwnFactorToSignInAgain();
    void afterAHelpdeskResetOwnEnrollmentNeedsNoSecondSignIn();

private:
    User makeUser(const QString &name);
    // Opens the dialog for USER and walks it to the Scan page; the key decoded from the grabbed QR image.
    std::unique_ptr<TotpEnrollDialog> openAtScan(const User &user, DecodedKey *key,
                                                 TotpEnrollDialog::Mode mode = TotpEnrollDialog::Mode::Enroll);
    // Types CODE and presses Enter on the Verify page.
    void typeCode(TotpEnrollDialog &dialog, const QString &code);
    MfaStatus status(const QString &name);
    void screenshot(QWidget &widget, const QString &name);

    test::TempStore m_store;
    Principal m_owner;
    Principal m_helpdesk;
    QTemporaryDir m_out;
};

void TestTotpEnrollDialog::initTestCase()
{
    QVERIFY(m_store.isValid());
    auto owner = m_store.createOwner();
    QVERIFY2(owner.ok(), qPrintable(owner.message()));
    m_owner = owner.value();
    m_helpdesk = m_store.addStaff(m_owner, QStringLiteral("harriet"), {QStringLiteral("helpdesk")});
}

User TestTotpEnrollDialog::makeUser(const QString &name)
{
    NewUser u;
    u.username = name;
    u.email = name + QStringLiteral("@example.test");
    u.displayName = QStringLiteral("User ") + name;
    u.password = test::staffPassword();
    auto created = test::resultOf(m_store.directory()->createUser(m_owner, u));
    if (!created.ok())
        qFatal("createUser: %s", qPrintable(created.message()));
    return created.value();
}

MfaStatus TestTotpEnrollDialog::status(const QString &name)
{
    auto s = test::resultOf(m_store.directory()->mfaStatus(m_owner, name));
    if (!s.ok())
        qFatal("mfaStatus: %s", qPrintable(s.message()));
    return s.value();
}

void TestTotpEnrollDialog::screenshot(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("AUTHDESK_ENROLL_SCREENSHOTS");
    if (!dir.isEmpty())
        widget.grab().save(dir + QLatin1Char('/') + name);
}

std::unique_ptr<TotpEnrollDialog> TestTotpEnrollDialog::openAtScan(const User &user, DecodedKey *key,
                                                                   TotpEnrollDialog::Mode mode)
{
    auto dialog = std::make_unique<TotpEnrollDialog>(m_store.directory(), m_owner, user, mode);
    dialog->show();
    if (!QTest::qWaitForWindowExposed(dialog.get()))
        return nullptr;
    if (!waitPage(*dialog, TotpEnrollDialog::Page::Scan)) {
        qWarning("not at the scan page: %s", qPrintable(dialog->errorText()));
        return nullptr;
    }
    // The picture as the label shows it, read by an independent decoder.
    const QImage image = dialog->qrLabel()->pixmap().toImage();
    if (image.isNull())
        return nullptr;
    const QString png = m_out.filePath(user.username + QStringLiteral("-qr.png"));
    if (!image.save(png))
        return nullptr;
    const QString uri = runTool(QStringLiteral("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"), png},
                                QStringLiteral("zbar-tools"))
                            .trimmed();
    *key = decodeKey(uri);
    return dialog;
}

void TestTotpEnrollDialog::typeCode(TotpEnrollDialog &dialog, const QString &code)
{
    if (dialog.page() == TotpEnrollDialog::Page::Scan)
        QTest::mouseClick(dialog.nextButton(), Qt::LeftButton);
    QCOMPARE(dialog.page(), TotpEnrollDialog::Page::Verify);
    QTRY_VERIFY(dialog.codeEdit()->isEnabled());
    dialog.codeEdit()->setFocus();
    dialog.codeEdit()->setText(QString());
    QTest::keyClicks(dialog.codeEdit(), code);
    QTest::keyClick(dialog.codeEdit(), Qt::Key_Return);
    QVERIFY(QTest::qWaitFor([&] { return !dialog.isBusy(); }, WaitMs));
}

void TestTotpEnrollDialog::timeoutSettingIsValidated_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("1") << QStringLiteral("1") << true;
    QTest::newRow("60") << QStringLiteral("60") << true;
    QTest::newRow(" 7 ") << QStringLiteral(" 7 ") << true;
    QTest::newRow("0") << QStringLiteral("0") << false;
    QTest::newRow("61") << QStringLiteral("61") << false;
    QTest::newRow("-5") << QStringLiteral("-5") << false;
    QTest::newRow("five") << QStringLiteral("five") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestTotpEnrollDialog::timeoutSettingIsValidated()
{
    QFETCH(QString, value);
    QFETCH(bool, accepted);
    const QString key = StoreSettings::ConsoleEnrollTimeoutMinutes;
    QVERIFY(StoreSettings::keys().contains(key));
    QCOMPARE(StoreSettings::defaultValue(key), QStringLiteral("5"));
    QVERIFY(test::resultOf(m_store.directory()->setSetting(m_owner, key, QStringLiteral("3"))).ok());
    const Status set = test::resultOf(m_store.directory()->setSetting(m_owner, key, value));
    QCOMPARE(set.ok(), accepted);
    if (!accepted) {
        QCOMPARE(set.code(), ErrorCode::InvalidInput);
        QVERIFY2(set.message().contains(key) && set.message().contains(QStringLiteral("1 to 60")),
                 qPrintable(set.message()));
    }
    // The dialog takes what the store says.
    static int round = 0;
    const User user = makeUser(QStringLiteral("timeout%1").arg(++round));
    TotpEnrollDialog dialog(m_store.directory(), m_owner, user);
    const qint64 expected = (accepted ? value.trimmed().toInt() : 3) * 60 * 1000;
    QTRY_COMPARE_WITH_TIMEOUT(dialog.timeoutMs(), expected, WaitMs);
    QVERIFY(waitPage(dialog, TotpEnrollDialog::Page::Scan));
    dialog.reject();
    QVERIFY(test::resultOf(m_store.directory()->setSetting(m_owner, key, QStringLiteral("5"))).ok());
}

void TestTotpEnrollDialog::scanDecodeTypeActivate()
{
    const User tess = makeUser(QStringLiteral("tess"));
    DecodedKey key;
    auto dialog = openAtScan(tess, &key);
    QVERIFY(dialog);
    QVERIFY2(key.uri.startsWith(QStringLiteral("otpauth://totp/AuthDesk:tess@example.test?")), qPrintable(key.uri));
    QVERIFY(key.secret.size() >= 32);
    // Issuer and account in words beside the code; no note about an older factor (there is none).
    QCOMPARE(dialog->issuerLabel()->text(), QStringLiteral("AuthDesk"));
    QCOMPARE(dialog->accountLabel()->text(), QStringLiteral("tess@example.test"));
    QVERIFY(!dialog->replaceNote()->isVisible());
    QVERIFY(status(QStringLiteral("tess")).pending);
    screenshot(*dialog, QStringLiteral("enroll-qr.png"));

    QTest::keyClick(dialog.get(), Qt::Key_Return); // Enter on the scan page goes on to the code
    QCOMPARE(dialog->page(), TotpEnrollDialog::Page::Verify);
    // Digits only, as many as the enrollment has.
    QTest::keyClicks(dialog->codeEdit(), QStringLiteral("12ab34 5678"));
    QCOMPARE(dialog->codeEdit()->text(), QStringLiteral("123456"));
    QCOMPARE(dialog->codeEdit()->maxLength(), key.digits);

    typeCode(*dialog, oathtool(key, QDateTime::currentSecsSinceEpoch()));
    QVERIFY2(waitPage(*dialog, TotpEnrollDialog::Page::RecoveryCodes), qPrintable(dialog->errorText()));
    const MfaStatus st = status(QStringLiteral("tess"));
    QCOMPARE(st.state, MfaStatus::State::Active);
    QVERIFY(!st.pending);
    QCOMPARE(st.recoveryCodesLeft, 10);
    // The key is gone from the dialog once it has done its work.
    QVERIFY(!dialog->qrLabel()->hasCode());
    QVERIFY(dialog->qrLabel()->pixmap().isNull());
    const QStringList codes = dialog->codesView()->toPlainText().split(QLatin1Char('\n'));
    QCOMPARE(codes.size(), 10);
    QVERIFY(QFontInfo(dialog->codesView()->font()).fixedPitch());
    // Finish only once the codes are stored.
    QVERIFY(!dialog->finishButton()->isEnabled());
    dialog->storedBox()->setChecked(true);
    QVERIFY(dialog->finishButton()->isEnabled());
    screenshot(*dialog, QStringLiteral("enroll-codes.png"));
    QTest::mouseClick(dialog->finishButton(), Qt::LeftButton);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QVERIFY(!dialog->isVisible());
    QVERIFY(dialog->codesView()->toPlainText().isEmpty());
}

void TestTotpEnrollDialog::qrStaysCrispWhenResized()
{
    const User user = makeUser(QStringLiteral("crisp"));
    DecodedKey key;
    auto dialog = openAtScan(user, &key);
    QVERIFY(dialog);
    QrCodeLabel *label = dialog->qrLabel();
    // Under tst_totpenrolldialog_hidpi the screen is scaled (QT_SCALE_FACTOR): check it really is.
    if (qEnvironmentVariableIsSet("QT_SCALE_FACTOR"))
        QCOMPARE(label->devicePixelRatioF(), qEnvironmentVariable("QT_SCALE_FACTOR").toDouble());
    for (int side : {180, 260, 333, 500}) {
        label->setFixedSize(side, side);
        QTRY_COMPARE(label->size(), QSize(side, side));
        const QImage image = label->pixmap().toImage();
        QVERIFY(!image.isNull());
        const int scale = label->moduleScale();
        QVERIFY(scale >= 1);
        const int modules = image.width() / scale;
        // Whole pixels per module, quiet zone included, as large as fits, and two colours only.
        QCOMPARE(image.width() % scale, 0);
        QVERIFY(image.width() <= int(side * label->devicePixelRatioF()));
        QVERIFY(image.width() + modules > int(side * label->devicePixelRatioF()));
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                colours.insert(image.pixel(x, y));
        QCOMPARE(colours, (QSet<QRgb>{qRgb(0, 0, 0), qRgb(255, 255, 255)}));
        for (int x = 0; x < 4 * scale; ++x)
            QCOMPARE(image.pixelColor(x, x), QColor(Qt::white));
        QCOMPARE(label->pixmap().devicePixelRatio(), label->devicePixelRatioF());
        const QString png = m_out.filePath(QStringLiteral("crisp-%1.png").arg(side));
        QVERIFY(image.save(png));
        const QString uri = runTool(QStringLiteral("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"), png},
                                    QStringLiteral("zbar-tools"))
                                .trimmed();
        QCOMPARE(uri, key.uri);
    }
    dialog->reject();
}

void TestTotpEnrollDialog::keyIsHiddenUntilAskedAndCopyable()
{
    const User user = makeUser(QStringLiteral("keyed"));
    DecodedKey key;
    auto dialog = openAtScan(user, &key);
    QVERIFY(dialog);
    QString grouped;
    for (int i = 0; i < key.secret.size(); i += 4)
        grouped += (i ? QStringLiteral(" ") : QString()) + key.secret.mid(i, 4);
    QVERIFY(!dialog->secretEdit()->isVisible());
    QVERIFY(dialog->secretEdit()->text().isEmpty());
    QVERIFY(dialog->uriEdit()->text().isEmpty());
    QTest::mouseClick(dialog->showKeyButton(), Qt::LeftButton);
    QVERIFY(dialog->secretEdit()->isVisible());
    QCOMPARE(dialog->secretEdit()->text(), grouped);
    QCOMPARE(dialog->uriEdit()->text(), key.uri);
    QTest::mouseClick(dialog->copyUriButton(), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), key.uri);
    // Ctrl+C on the focused field copies all of it, not only a selection.
    dialog->secretEdit()->setFocus();
    dialog->secretEdit()->deselect();
    QTest::keyClick(dialog->secretEdit(), Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QApplication::clipboard()->text(), grouped);
    // Hidden again: the fields hold nothing.
    QTest::mouseClick(dialog->showKeyButton(), Qt::LeftButton);
    QVERIFY(!dialog->secretEdit()->isVisible());
    QVERIFY(dialog->secretEdit()->text().isEmpty());
    QVERIFY(dialog->uriEdit()->text().isEmpty());
    // Cancel: the clipboard no longer holds the key; something else the admin copied later would stay.
    dialog->reject();
    QVERIFY(QApplication::clipboard()->text().isEmpty());
    QVERIFY(status(user.username).pending);

    auto again = openAtScan(user, &key);
    QVERIFY(again);
    QTest::mouseClick(again->showKeyButton(), Qt::LeftButton);
    QTest::mouseClick(again->copySecretButton(), Qt::LeftButton);
    QApplication::clipboard()->setText(QStringLiteral("the admin's own text"));
    again->reject();
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("the admin's own text"));
}

void TestTotpEnrollDialog::wrongCodeKeepsItPending()
{
    const User user = makeUser(QStringLiteral("wrong"));
    DecodedKey key;
    auto dialog = openAtScan(user, &key);
    QVERIFY(dialog);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QStringList valid{oathtool(key, now - 30), oathtool(key, now), oathtool(key, now + 30)};
    QString wrong = QStringLiteral("000000");
    for (int n = 0; valid.contains(wrong); ++n)
        wrong = QStringLiteral("%1").arg(n * 7919 % 1000000, 6, 10, QLatin1Char('0'));

    typeCode(*dialog, wrong);
    QCOMPARE(dialog->page(), TotpEnrollDialog::Page::Verify);
    QVERIFY2(dialog->errorText().contains(QStringLiteral("does not match")), qPrintable(dialog->errorText()));
    QVERIFY2(dialog->errorText().contains(QStringLiteral("nothing was activated")), qPrintable(dialog->errorText()));
    QVERIFY(dialog->codeEdit()->text().isEmpty());
    MfaStatus st = status(user.username);
    QCOMPARE(st.state, MfaStatus::State::Pending);
    QVERIFY(st.pending);

    // Too short: said inline, nothing sent.
    typeCode(*dialog, QStringLiteral("123"));
    QVERIFY2(dialog->errorText().contains(QStringLiteral("3 digits")), qPrintable(dialog->errorText()));
    QCOMPARE(status(user.username).failedAttempts, st.failedAttempts);
    QCOMPARE(status(user.username).state, MfaStatus::State::Pending);
    dialog->reject();
}

void TestTotpEnrollDialog::reenrollmentKeepsTheOldFactorUntilActivated()
{
    waitForFreshStep(20);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const User user = makeUser(QStringLiteral("again"));
    // The old factor, activated with the previous step's code.
    DecodedKey oldKey;
    {
        auto first = openAtScan(user, &oldKey);
        QVERIFY(first);
        typeCode(*first, oathtool(oldKey, now - 30));
        QVERIFY2(waitPage(*first, TotpEnrollDialog::Page::RecoveryCodes), qPrintable(first->errorText()));
        first->storedBox()->setChecked(true);
        first->accept();
    }
    QCOMPARE(status(user.username).state, MfaStatus::State::Active);

    DecodedKey newKey;
    auto dialog = openAtScan(user, &newKey);
    QVERIFY(dialog);
    QVERIFY(newKey.secret != oldKey.secret);
    QVERIFY(dialog->hadActiveFactor());
    QVERIFY(dialog->replaceNote()->isVisible());
    QVERIFY2(dialog->replaceNote()->text().contains(QStringLiteral("keeps working until")),
             qPrintable(dialog->replaceNote()->text()));
    // Meanwhile the old one still signs in.
    auto verified = test::resultOf(m_store.directory()->verifyTotp(m_owner, user.username, oathtool(oldKey, now)));
    QVERIFY2(verified.ok() && verified.value(), qPrintable(verified.message()));
    MfaStatus st = status(user.username);
    QCOMPARE(st.state, MfaStatus::State::Active);
    QVERIFY(st.pending);

    typeCode(*dialog, oathtool(newKey, now));
    QVERIFY2(waitPage(*dialog, TotpEnrollDialog::Page::RecoveryCodes), qPrintable(dialog->errorText()));
    // Now only the new one: the old one's next code, which it would have taken, is refused.
    verified = test::resultOf(m_store.directory()->verifyTotp(m_owner, user.username, oathtool(oldKey, now + 30)));
    QVERIFY(verified.ok());
    QVERIFY(!verified.value());
    verified = test::resultOf(m_store.directory()->verifyTotp(m_owner, user.username, oathtool(newKey, now + 30)));
    QVERIFY2(verified.ok() && verified.value(), qPrintable(verified.message()));
    dialog->storedBox()->setChecked(true);
    dialog->accept();
}

void TestTotpEnrollDialog::recoverySheetPdfHasEveryCodeAndEachWorksOnce()
{
    const User user = makeUser(QStringLiteral("sheet"));
    DecodedKey key;
    auto dialog = openAtScan(user, &key);
    QVERIFY(dialog);
    typeCode(*dialog, oathtool(key, QDateTime::currentSecsSinceEpoch()));
    QVERIFY2(waitPage(*dialog, TotpEnrollDialog::Page::RecoveryCodes), qPrintable(dialog->errorText()));
    const QStringList codes = dialog->codesView()->toPlainText().split(QLatin1Char('\n'));
    QCOMPARE(codes.size(), 10);

    // A folder that does not exist: said inline, nothing written.
    const QString bad = m_out.filePath(QStringLiteral("no/such/folder/sheet.pdf"));
    dialog->setSavePathHook([bad](const QString &) { return bad; });
    QTest::mouseClick(dialog->savePdfButton(), Qt::LeftButton);
    QVERIFY2(dialog->errorText().contains(QStringLiteral("Cannot write the recovery sheet")),
             qPrintable(dialog->errorText()));
    QVERIFY(!QFile::exists(bad));

    const QString pdf = m_out.filePath(QStringLiteral("sheet.pdf"));
    QString suggested;
    dialog->setSavePathHook([pdf, &suggested](const QString &s) {
        suggested = s;
        return pdf;
    });
    QTest::mouseClick(dialog->savePdfButton(), Qt::LeftButton);
    QVERIFY2(dialog->errorText().isEmpty(), qPrintable(dialog->errorText()));
    QVERIFY(suggested.endsWith(QStringLiteral("recovery-codes-sheet.pdf")));
    struct stat st {};
    QCOMPARE(::stat(QFile::encodeName(pdf).constData(), &st), 0);
    QCOMPARE(st.st_mode & 07777, 0600u);
    if (const QString dir = qEnvironmentVariable("AUTHDESK_ENROLL_SCREENSHOTS"); !dir.isEmpty())
        QFile::copy(pdf, dir + QStringLiteral("/recovery-sheet.pdf"));
    const QString text = runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")},
                                 QStringLiteral("poppler-utils"));
    QVERIFY2(text.contains(QStringLiteral("User sheet")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("sheet@example.test")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Issuer: AuthDesk")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("works only once")), qPrintable(text));
    for (const QString &code : codes)
        QVERIFY2(text.contains(code), qPrintable(code + QStringLiteral(" not in:\n") + text));
    // No secret but the codes.
    QVERIFY(!text.contains(key.secret));
    QVERIFY(!text.contains(QStringLiteral("otpauth")));

    dialog->storedBox()->setChecked(true);
    dialog->accept();
    for (const QString &code : codes) {
        auto used = test::resultOf(m_store.directory()->useRecoveryCode(m_owner, user.username, code));
        QVERIFY2(used.ok() && used.value(), qPrintable(code + QLatin1Char(' ') + used.message()));
        used = test::resultOf(m_store.directory()->useRecoveryCode(m_owner, user.username, code));
        QVERIFY2(used.ok() && !used.value(), qPrintable(code + QLatin1Char(' ') + used.message()));
    }
    QCOMPARE(status(user.username).recoveryCodesLeft, 0);
}

// The painting Print uses, on a QPrinter printing to PDF (no print dialog offscreen), on Letter paper
// as pdfinfo reads it; no codes: an error and no file.
void TestTotpEnrollDialog::recoverySheetPrintsOnLetterAndRefusesNoCodes()
{
    const RecoverySheet sheet{QStringLiteral("Lee Letter (lee, lee@example.test)"),
                              QStringLiteral("ACME Co"),
                              QDateTime::currentDateTimeUtc(),
                              {QStringLiteral("AAAA-BBBB-CCCC-DDDD"), QStringLiteral("EEEE-FFFF-GGGG-HHHH"),
                               QStringLiteral("IIII-JJJJ-KKKK-LLLL")}};
    const QString printed = m_out.filePath(QStringLiteral("printed.pdf"));
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(printed);
        printer.setPageSize(QPageSize(QPageSize::Letter));
        QPainter painter;
        QVERIFY(painter.begin(&printer));
        const Status painted = paintRecoverySheet(painter, printer, sheet);
        painter.end();
        QVERIFY2(painted.ok(), qPrintable(painted.message()));
    }
    const QString text = runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), printed, QStringLiteral("-")},
                                 QStringLiteral("poppler-utils"));
    QVERIFY2(text.contains(QStringLiteral("Lee Letter (lee, lee@example.test)")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Issuer: ACME Co")), qPrintable(text));
    for (const QString &code : sheet.codes)
        QVERIFY2(text.contains(code), qPrintable(text));
    const QString info = runTool(QStringLiteral("pdfinfo"), {printed}, QStringLiteral("poppler-utils"));
    QVERIFY2(info.contains(QStringLiteral("(letter)")), qPrintable(info));

    const QString a4 = m_out.filePath(QStringLiteral("a4.pdf"));
    QVERIFY(writeRecoverySheetPdf(sheet, a4, QPageSize::A4).ok());
    QVERIFY2(runTool(QStringLiteral("pdfinfo"), {a4}, QStringLiteral("poppler-utils")).contains(QStringLiteral("(A4)")),
             "not A4");

    const QString none = m_out.filePath(QStringLiteral("none.pdf"));
    const Status refused = writeRecoverySheetPdf(RecoverySheet{sheet.user, sheet.issuer, sheet.createdAt, {}}, none);
    QCOMPARE(refused.code(), ErrorCode::InvalidInput);
    QVERIFY(refused.message().contains(QStringLiteral("no recovery codes")));
    QVERIFY(!QFile::exists(none));
}

void TestTotpEnrollDialog::closingBeforeStoringAsks()
{
    const User user = makeUser(QStringLiteral("hasty"));
    DecodedKey key;
    auto dialog = openAtScan(user, &key);
    QVERIFY(dialog);
    typeCode(*dialog, oathtool(key, QDateTime::currentSecsSinceEpoch()));
    QVERIFY2(waitPage(*dialog, TotpEnrollDialog::Page::RecoveryCodes), qPrintable(dialog->errorText()));
    QStringList asked;
    bool answer = false;
    dialog->setConfirmHook([&](const QString &question) {
        asked << question;
        return answer;
    });
    QTest::keyClick(dialog.get(), Qt::Key_Escape);
    QCOMPARE(asked.size(), 1);
    QVERIFY(asked.first().contains(QStringLiteral("not shown again")));
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->codesView()->toPlainText().split(QLatin1Char('\n')).size(), 10);
    answer = true;
    QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
    QCOMPARE(asked.size(), 2);
    QVERIFY(!dialog->isVisible());
    QVERIFY(dialog->codesView()->toPlainText().isEmpty());
    // Once stored, no question.
    auto plain = std::make_unique<TotpEnrollDialog>(m_store.directory(), m_owner, user,
                                                    TotpEnrollDialog::Mode::NewRecoveryCodes);
    plain->setConfirmHook([&](const QString &question) {
        asked << question;
        return false;
    });
    plain->show();
    QVERIFY(QTest::qWaitForWindowExposed(plain.get()));
    QTest::mouseClick(plain->nextButton(), Qt::LeftButton);
    QVERIFY(waitPage(*plain, TotpEnrollDialog::Page::RecoveryCodes));
    // By keyboard: Space ticks the box, Enter then finishes.
    plain->storedBox()->setFocus();
    QTest::keyClick(plain->storedBox(), Qt::Key_Space);
    QVERIFY(plain->storedBox()->isChecked());
    QVERIFY(plain->finishButton()->isDefault());
    QTest::keyClick(plain.get(), Qt::Key_Return);
    QCOMPARE(asked.size(), 2);
    QVERIFY(!plain->isVisible());
}

void TestTotpEnrollDialog::newRecoveryCodesReplaceTheOldOnes()
{
    const User user = makeUser(QStringLiteral("renew"));
    // Without an active factor there are no codes to renew: said plainly.
    {
        TotpEnrollDialog dialog(m_store.directory(), m_owner, user, TotpEnrollDialog::Mode::NewRecoveryCodes);
        dialog.show();
        QCOMPARE(dialog.page(), TotpEnrollDialog::Page::Starting);
        QTest::mouseClick(dialog.nextButton(), Qt::LeftButton);
        QVERIFY(waitPage(dialog, TotpEnrollDialog::Page::Failed));
        QVERIFY2(dialog.errorText().contains(QStringLiteral("no active authenticator")),
                 qPrintable(dialog.errorText()));
        dialog.reject();
    }
    DecodedKey key;
    auto dialog = openAtScan(user, &key);
    QVERIFY(dialog);
    typeCode(*dialog, oathtool(key, QDateTime::currentSecsSinceEpoch()));
    QVERIFY(waitPage(*dialog, TotpEnrollDialog::Page::RecoveryCodes));
    const QStringList oldCodes = dialog->codesView()->toPlainText().split(QLatin1Char('\n'));
    dialog->storedBox()->setChecked(true);
    dialog->accept();

    TotpEnrollDialog renew(m_store.directory(), m_owner, user, TotpEnrollDialog::Mode::NewRecoveryCodes);
    renew.show();
    // Nothing happens before the admin confirms.
    QTest::qWait(200);
    QCOMPARE(renew.page(), TotpEnrollDialog::Page::Starting);
    QTest::mouseClick(renew.nextButton(), Qt::LeftButton);
    QVERIFY(waitPage(renew, TotpEnrollDialog::Page::RecoveryCodes));
    const QStringList newCodes = renew.codesView()->toPlainText().split(QLatin1Char('\n'));
    QCOMPARE(newCodes.size(), 10);
    auto used = test::resultOf(m_store.directory()->useRecoveryCode(m_owner, user.username, oldCodes.at(0)));
    QVERIFY(used.ok() && !used.value());
    used = test::resultOf(m_store.directory()->useRecoveryCode(m_owner, user.username, newCodes.at(0)));
    QVERIFY(used.ok() && used.value());
    renew.storedBox()->setChecked(true);
    renew.accept();
}

void TestTotpEnrollDialog::timeoutClosesAndLeavesNoSecret()
{
    const User user = makeUser(QStringLiteral("idle"));
    DecodedKey key;
    auto dialog = openAtScan(user, &key);
    QVERIFY(dialog);
    QTest::mouseClick(dialog->showKeyButton(), Qt::LeftButton);
    QTest::mouseClick(dialog->copySecretButton(), Qt::LeftButton);
    QVERIFY(!QApplication::clipboard()->text().isEmpty());
    QVERIFY(allTexts(dialog.get()).join(QLatin1Char('\n')).contains(key.uri));

    dialog->setTimeoutForTesting(2500);
    // The last minute is counted down where the admin sees it.
    QTRY_VERIFY(dialog->countdownLabel()->isVisible());
    QVERIFY2(dialog->countdownLabel()->text().contains(QStringLiteral("second")),
             qPrintable(dialog->countdownLabel()->text()));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), 10000);
    QVERIFY(dialog->timedOut());
    QCOMPARE(dialog->result(), int(QDialog::Rejected));

    const QString all = allTexts(dialog.get()).join(QLatin1Char('\n'));
    QVERIFY2(!all.contains(key.secret), qPrintable(all));
    QVERIFY(!all.contains(key.secret.left(4) + QLatin1Char(' ') + key.secret.mid(4, 4)));
    QVERIFY(!all.contains(QStringLiteral("otpauth")));
    QVERIFY(!all.contains(QStringLiteral("idle@example.test")));
    QVERIFY(dialog->qrLabel()->pixmap().isNull());
    QVERIFY(!dialog->qrLabel()->hasCode());
    QVERIFY(QApplication::clipboard()->text().isEmpty());
    // Closed, not activated: the enrollment is still pending, to be started again.
    QCOMPARE(status(user.username).state, MfaStatus::State::Pending);
}

void TestTotpEnrollDialog::paneOffersEnrollmentOnlyWithThePermission()
{
    const User user = makeUser(QStringLiteral("panel"));
    auto permissionsOf = [this](const Principal &who) {
        const auto list = test::resultOf(m_store.directory()->ownConsolePermissions(who));
        return QSet<QString>(list->begin(), list->end());
    };
    UserDetailPane helpdesk(m_store.directory(), m_helpdesk);
    helpdesk.setPermissions(permissionsOf(m_helpdesk));
    helpdesk.setUser(user.id);
    QTRY_VERIFY_WITH_TIMEOUT(helpdesk.hasUser() && !helpdesk.isBusy(), WaitMs);
    QVERIFY(!helpdesk.enrollMfaAction()->isEnabled());
    QVERIFY2(helpdesk.enrollMfaAction()->toolTip().contains(P::MfaEnroll),
             qPrintable(helpdesk.enrollMfaAction()->toolTip()));
    QVERIFY(!helpdesk.newRecoveryCodesAction()->isEnabled());
    QVERIFY(helpdesk.newRecoveryCodesAction()->toolTip().contains(P::MfaEnroll));

    UserDetailPane pane(m_store.directory(), m_owner);
    pane.setPermissions(permissionsOf(m_owner));
    pane.setUser(user.id);
    QTRY_VERIFY_WITH_TIMEOUT(pane.hasUser() && !pane.isBusy(), WaitMs);
    QVERIFY(pane.enrollMfaAction()->isEnabled());
    QCOMPARE(pane.enrollMfaAction()->text(), QStringLiteral("Set Up &Authenticator…"));
    QVERIFY(!pane.newRecoveryCodesAction()->isEnabled());
    QVERIFY(pane.newRecoveryCodesAction()->toolTip().contains(QStringLiteral("no active authenticator")));

    // The action opens the dialog; activating through it refreshes the pane.
    pane.enrollMfaAction()->trigger();
    auto *dialog = qobject_cast<TotpEnrollDialog *>(pane.activeDialog());
    QVERIFY(dialog);
    QVERIFY(waitPage(*dialog, TotpEnrollDialog::Page::Scan));
    const QImage image = dialog->qrLabel()->pixmap().toImage();
    const QString png = m_out.filePath(QStringLiteral("pane-qr.png"));
    QVERIFY(image.save(png));
    const DecodedKey key =
        decodeKey(runTool(QStringLiteral("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"), png},
                          QStringLiteral("zbar-tools"))
                      .trimmed());
    typeCode(*dialog, oathtool(key, QDateTime::currentSecsSinceEpoch()));
    QVERIFY(waitPage(*dialog, TotpEnrollDialog::Page::RecoveryCodes));
    dialog->storedBox()->setChecked(true);
    dialog->accept();
    QTRY_VERIFY_WITH_TIMEOUT(pane.activeDialog() == nullptr && !pane.isBusy(), WaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(pane.fieldText(QStringLiteral("mfaStateValue")), QStringLiteral("Active"), WaitMs);
    QCOMPARE(pane.enrollMfaAction()->text(), QStringLiteral("Replace &Authenticator…"));
    QVERIFY(pane.newRecoveryCodesAction()->isEnabled());
    QCOMPARE(pane.fieldText(QStringLiteral("mfaRecoveryValue")), QStringLiteral("10"));
}

void TestTotpEnrollDialog::paneAsksAnAdminChangingTheirOwnFactorToSignInAgain()
{
    auto permissionsOf = [this](const Principal &who) {
        const auto list = test::resultOf(m_store.directory()->ownConsolePermissions(who));
        return QSet<QString>(list->begin(), list->end());
    };
    UserDetailPane pane(m_store.directory(), m_owner);
    pane.setPermissions(permissionsOf(m_owner));
    pane.setUser(m_owner.userId());
    QTRY_VERIFY_WITH_TIMEOUT(pane.hasUser() && !pane.isBusy(), WaitMs);
    // No way to ask: refused.
    pane.enrollMfaAction()->trigger();
    QVERIFY(pane.activeDialog() == nullptr);
    QVERIFY2(pane.errorText().contains(QStringLiteral("sign in again")), qPrintable(pane.errorText()));

    QStringList reasons;
    bool answer = false;
    pane.setReauthentication([&](const QString &reason) {
        reasons << reason;
        return QtFuture::makeReadyFuture(answer);
    });
    pane.enrollMfaAction()->trigger();
    QTRY_COMPARE(reasons.size(), 1);
    QTRY_VERIFY(!pane.isBusy());
    QVERIFY(pane.activeDialog() == nullptr); // canceled on the lock screen: nothing opens
    QCOMPARE(status(QStringLiteral("owner")).pending, false);

    answer = true;
    pane.enrollMfaAction()->trigger();
    QTRY_COMPARE(reasons.size(), 2);
    QTRY_VERIFY(pane.activeDialog() != nullptr);
    auto *dialog = qobject_cast<TotpEnrollDialog *>(pane.activeDialog());
    QVERIFY(dialog);
    QVERIFY(waitPage(*dialog, TotpEnrollDialog::Page::Scan));
    dialog->reject();
    QTRY_VERIFY_WITH_TIMEOUT(pane.activeDialog() == nullptr && !pane.isBusy(), WaitMs);

    // Someone else's factor needs no new sign-in.
    const User other = makeUser(QStringLiteral("other"));
    pane.setUser(other.id);
    QTRY_VERIFY_WITH_TIMEOUT(pane.hasUser() && pane.user().id == other.id && !pane.isBusy(), WaitMs);
    pane.enrollMfaAction()->trigger();
    QTRY_VERIFY(pane.activeDialog() != nullptr);
    QCOMPARE(reasons.size(), 2);
    qobject_cast<TotpEnrollDialog *>(pane.activeDialog())->reject();
}

// An admin whose authenticator the helpdesk reset signs in with the temporary access pass, which works
// once: the pane must then let them enroll their own authenticator without asking them to sign in
// again (which could only fail), and only while the account has no factor.
void TestTotpEnrollDialog::afterAHelpdeskResetOwnEnrollmentNeedsNoSecondSignIn()
{
    NewUser nu;
    nu.username = QStringLiteral("ria");
    nu.email = QStringLiteral("ria@example.test");
    nu.roles = {QStringLiteral("admin")};
    nu.password = test::staffPassword();
    QVERIFY(test::resultOf(m_store.directory()->createUser(m_owner, nu)).ok());
    MfaResetRequest request;
    request.ticket = QStringLiteral("INC-9");
    request.reason = QStringLiteral("phone lost");
    request.verifiedBy = IdentityCheck::ManagerApproval;
    request.issueTemporaryPass = true;
    auto reset = test::resultOf(m_store.directory()->resetMfa(m_owner, QStringLiteral("ria"), request));
    QVERIFY2(reset.ok(), qPrintable(reset.message()));
    auto signedIn = test::resultOf(m_store.directory()->signInWithSecondFactor(
        QStringLiteral("ria"), test::staffPassword(), reset->temporaryPass, SecondFactorKind::TemporaryPass, false));
    QVERIFY2(signedIn.ok(), qPrintable(signedIn.message()));
    const Principal ria = signedIn->principal;

    const auto list = test::resultOf(m_store.directory()->ownConsolePermissions(ria));
    UserDetailPane pane(m_store.directory(), ria);
    pane.setPermissions(QSet<QString>(list->begin(), list->end()));
    pane.setUser(ria.userId());
    QTRY_VERIFY_WITH_TIMEOUT(pane.hasUser() && !pane.isBusy(), WaitMs);
    QVERIFY(pane.user().mfaEnrollmentRequired);
    pane.enrollMfaAction()->trigger(); // no reauthentication callback set: none is needed here
    QTRY_VERIFY(pane.activeDialog() != nullptr);
    QVERIFY(pane.errorText().isEmpty());
    qobject_cast<TotpEnrollDialog *>(pane.activeDialog())->reject();
}

QTEST_MAIN(TestTotpEnrollDialog)
#include "tst_totpenrolldialog.moc"
