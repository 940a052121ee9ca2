// The JWT inspector and the Signing Keys dialog offscreen, against a real local store reached through
// LocalDirectory, with real tokens: an application signs alice in through AuthService (a service key
// slot's file, as a real application does) while the console has the store open. Foreign keys come
// from the openssl tool and from jwt::Key. The time claims are checked in a local time zone that is
// not UTC (Europe/Berlin), against Qt's own conversion.

#include "core/auth/AuthService.h"
#include "core/auth/Jwt.h"
#include "core/i18n/EnglishPluralTranslator.h"
#include "core/policy/ConsolePermissions.h"
#include "tests/gui/GuiTestSupport.h"
#include "ui/MainWindow.h"
#include "ui/SigningKeysDialog.h"
#include "ui/TokenInspectorDialog.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

#include <ctime>

using namespace authdesk;
using test::child;
using test::resultOf;
namespace P = authdesk::ConsolePermission;

namespace {

constexpr int WaitMs = 30000;
const QString alice = QStringLiteral("alice");

QByteArray b64url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// stdout of openssl ARGS with INPUT on stdin, or a failed test naming the Debian package.
QByteArray openssl(const QStringList &args, const QByteArray &input = {})
{
    if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty()) {
        QTest::qFail("openssl is not installed: install the Debian package openssl", __FILE__, __LINE__);
        return {};
    }
    QProcess p;
    p.start(QStringLiteral("openssl"), args);
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(30000) || p.exitCode() != 0) {
        QTest::qFail(qPrintable(QStringLiteral("openssl %1 failed: %2")
                                    .arg(args.join(QLatin1Char(' ')), QString::fromUtf8(p.readAllStandardError()))),
                     __FILE__, __LINE__);
        return {};
    }
    return p.readAllStandardOutput();
}

QString cell(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text() : QString();
}

// The row of the time table for CLAIM ("exp" …), or -1.
int timeRow(const QTableWidget *table, const QString &claim)
{
    for (int row = 0; row < table->rowCount(); ++row)
        if (cell(table, row, TokenInspectorDialog::ClaimColumn).startsWith(claim + QLatin1Char(' ')))
            return row;
    return -1;
}

// The key table row of KID, or -1.
int keyRow(const QTableWidget *table, const QString &kid)
{
    for (int row = 0; row < table->rowCount(); ++row)
        if (cell(table, row, SigningKeysDialog::KidColumn) == kid)
            return row;
    return -1;
}

} // namespace

class TestTokenInspector : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void relativeTimes_data();
    void relativeTimes();
    void storeTokenVerifiesWithLocalTimes();
    void foreignKeySetRefusesTheStoreToken();
    void tokenSignedByPastedKeyVerifies();
    void structuralAndAlgorithmFailuresSayWhy();
    void escapeClosesAndEmptiesTheBoxes();
    void signingKeysRotateRetireExport();
    void auditorCannotRotateOrRetire();
    void mainWindowToolsMenu();

private:
    // A fresh access token for alice, signed with the store's active key.
    QString aliceToken();
    QSet<QString> permissionsOf(const Principal &who);

    test::TempStore m_store;
    Principal m_owner;
    std::unique_ptr<AuthService> m_app;
    EnglishPluralTranslator m_englishPlurals;
};

void TestTokenInspector::initTestCase()
{
    // Local time is not UTC here, so "local" is checked for real.
    qputenv("TZ", "Europe/Berlin");
    tzset();
    QCoreApplication::setOrganizationName(QStringLiteral("AuthDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("AuthDesk"));
    QSettings().clear();
    QCoreApplication::installTranslator(&m_englishPlurals);

    QVERIFY(m_store.isValid());
    auto owner = m_store.createOwner();
    QVERIFY2(owner.ok(), qPrintable(owner.message()));
    m_owner = owner.value();
    LocalDirectory *dir = m_store.directory();
    QVERIFY(resultOf(dir->setSetting(m_owner, QStringLiteral("auth.token_mode"), QStringLiteral("jwt"))).ok());
    NewUser user;
    user.username = alice;
    user.email = QStringLiteral("alice@example.test");
    user.displayName = QStringLiteral("Alice Example");
    user.password = test::staffPassword();
    const auto created = resultOf(dir->createUser(m_owner, user));
    QVERIFY2(created.ok(), qPrintable(created.message()));
    // The application's way in: a service key slot's file, mode 0600.
    auto grant = resultOf(dir->createServiceSlot(m_owner, QStringLiteral("tst_tokeninspector")));
    QVERIFY2(grant.ok(), qPrintable(grant.message()));
    const QString keyFile = m_store.filePath(QStringLiteral("app.key"));
    QFile file(keyFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(grant->keyFile), grant->keyFile.size());
    file.close();
    QFile::setPermissions(keyFile, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    auto app = AuthService::open(m_store.options(), keyFile);
    QVERIFY2(app.ok(), qPrintable(app.message()));
    m_app = std::move(app.value());
}

QString TestTokenInspector::aliceToken()
{
    LoginRequest request;
    request.identifier = alice;
    request.password = test::staffPassword();
    auto login = m_app->login(request);
    if (!login.ok() || login->accessToken.isEmpty())
        qFatal("login: %s", qPrintable(login.ok() ? QStringLiteral("no access token") : login.message()));
    return login->accessToken;
}

QSet<QString> TestTokenInspector::permissionsOf(const Principal &who)
{
    const auto listed = resultOf(m_store.directory()->ownConsolePermissions(who));
    if (!listed.ok())
        qFatal("ownConsolePermissions: %s", qPrintable(listed.message()));
    return QSet<QString>(listed.value().begin(), listed.value().end());
}

void TestTokenInspector::relativeTimes_data()
{
    QTest::addColumn<qint64>("delta");
    QTest::addColumn<QString>("expected");
    QTest::newRow("now") << qint64(0) << QStringLiteral("now");
    QTest::newRow("1 s ahead") << qint64(1) << QStringLiteral("in 1 second");
    QTest::newRow("59 s ago") << qint64(-59) << QStringLiteral("59 seconds ago");
    QTest::newRow("12 min ahead") << qint64(12 * 60 + 30) << QStringLiteral("in 12 minutes");
    QTest::newRow("1 min ago") << qint64(-60) << QStringLiteral("1 minute ago");
    QTest::newRow("3 h ago") << qint64(-3 * 3600 - 59) << QStringLiteral("3 hours ago");
    QTest::newRow("47 h ahead") << qint64(47 * 3600) << QStringLiteral("in 47 hours");
    QTest::newRow("2 days ago") << qint64(-48 * 3600) << QStringLiteral("2 days ago");
    QTest::newRow("30 days ahead") << qint64(30 * 86400 + 5) << QStringLiteral("in 30 days");
}

void TestTokenInspector::relativeTimes()
{
    QFETCH(qint64, delta);
    QFETCH(QString, expected);
    const QDateTime now(QDate(2026, 12, 3), QTime(9, 0), Qt::UTC);
    QCOMPARE(TokenInspectorDialog::relativeTimeText(now.addSecs(delta), now), expected);
}

void TestTokenInspector::storeTokenVerifiesWithLocalTimes()
{
    const QString token = aliceToken();
    const jwt::Verification decoded = jwt::decode(token);
    QVERIFY(decoded.valid());
    const QString kid = decoded.header.value(QStringLiteral("kid")).toString();
    QVERIFY(!kid.isEmpty());

    TokenInspectorDialog dialog(m_store.directory(), m_owner);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(QApplication::focusWidget(), dialog.tokenEdit());
    QCOMPARE(dialog.keySource(), TokenInspectorDialog::KeySource::Store);
    QVERIFY(!dialog.keysEdit()->isVisible());
    for (QWidget *w : std::initializer_list<QWidget *>{dialog.tokenEdit(), dialog.keysEdit(), dialog.headerView(),
                                                       dialog.claimsView(), dialog.timesTable(), dialog.verdictLabel()})
        QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));

    // A paste: the text changes once; after the pause it is decoded and then verified by itself.
    dialog.tokenEdit()->setPlainText(token);
    QCOMPARE(dialog.verdict(), TokenInspectorDialog::Verdict::None); // waits for the pause first
    QTRY_COMPARE_WITH_TIMEOUT(dialog.verdict(), TokenInspectorDialog::Verdict::Verified, WaitMs);
    QCOMPARE(dialog.verdictText(), QStringLiteral("Verified with key %1 (this store's keys)").arg(kid));
    QCOMPARE(dialog.inspection().kid, kid);
    QCOMPARE(dialog.inspection().keySource, QStringLiteral("store"));
    QVERIFY(dialog.inspection().failure.isEmpty());
    // Green, on the light palette the test runs with.
    QCOMPARE(dialog.verdictLabel()->palette().color(QPalette::WindowText), QColor(0x1a, 0x7f, 0x37));

    // Header and claims as indented JSON.
    QVERIFY(dialog.headerView()->toPlainText().contains(QStringLiteral("\"kid\": \"%1\"").arg(kid)));
    QVERIFY(dialog.headerView()->toPlainText().contains(QStringLiteral("\"typ\": \"at+jwt\"")));
    QVERIFY(dialog.claimsView()->toPlainText().contains(QStringLiteral("\n    \"preferred_username\": \"alice\"")));

    // The time claims, in local (Berlin) time, with relative text.
    QTableWidget *times = dialog.timesTable();
    QCOMPARE(times->rowCount(), 3); // iat, nbf, exp; no auth_time in the store's tokens
    const qint64 exp = decoded.claims.value(QStringLiteral("exp")).toInteger();
    const qint64 iat = decoded.claims.value(QStringLiteral("iat")).toInteger();
    const int expRow = timeRow(times, QStringLiteral("exp"));
    const int iatRow = timeRow(times, QStringLiteral("iat"));
    QVERIFY(expRow >= 0 && iatRow >= 0 && timeRow(times, QStringLiteral("nbf")) >= 0);
    const QTimeZone berlin("Europe/Berlin");
    QVERIFY(berlin.isValid());
    const QString berlinExp =
        QDateTime::fromSecsSinceEpoch(exp, berlin).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    const QString utcExp = QDateTime::fromSecsSinceEpoch(exp, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    QVERIFY(berlinExp != utcExp);
    QVERIFY2(cell(times, expRow, TokenInspectorDialog::LocalTimeColumn).startsWith(berlinExp + QLatin1Char(' ')),
             qPrintable(cell(times, expRow, TokenInspectorDialog::LocalTimeColumn)));
    QVERIFY(cell(times, expRow, TokenInspectorDialog::LocalTimeColumn)
                .contains(QRegularExpression(QStringLiteral("CES?T$"))));
    QCOMPARE(cell(times, expRow, TokenInspectorDialog::ClaimColumn), QStringLiteral("exp (expires)"));
    // Access tokens live 15 minutes (auth.access_token_minutes).
    QVERIFY2(QRegularExpression(QStringLiteral("^in 1[45] minutes$"))
                 .match(cell(times, expRow, TokenInspectorDialog::RelativeColumn))
                 .hasMatch(),
             qPrintable(cell(times, expRow, TokenInspectorDialog::RelativeColumn)));
    QVERIFY2(QRegularExpression(QStringLiteral("^(now|\\d+ seconds? ago)$"))
                 .match(cell(times, iatRow, TokenInspectorDialog::RelativeColumn))
                 .hasMatch(),
             qPrintable(cell(times, iatRow, TokenInspectorDialog::RelativeColumn)));
    QVERIFY(times->item(iatRow, TokenInspectorDialog::LocalTimeColumn)->toolTip().contains(QString::number(iat)));

    // The Verify button asks again and gets the same answer.
    QSignalSpy verdicts(&dialog, &TokenInspectorDialog::verdictChanged);
    dialog.verifyButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!verdicts.isEmpty(), WaitMs);
    QCOMPARE(dialog.verdict(), TokenInspectorDialog::Verdict::Verified);
}

void TestTokenInspector::foreignKeySetRefusesTheStoreToken()
{
    const QString token = aliceToken();
    const QString storeKid = jwt::decode(token).header.value(QStringLiteral("kid")).toString();
    auto other = jwt::Key::generate(jwt::Algorithm::ES256, QStringLiteral("elsewhere"));
    QVERIFY(other.ok());

    TokenInspectorDialog dialog(m_store.directory(), m_owner);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.pastedKeysButton()->click();
    QVERIFY(dialog.keysEdit()->isVisible());
    QCOMPARE(QApplication::focusWidget(), dialog.keysEdit());
    // Pasted keys chosen, none pasted yet: it says what is missing instead of asking the store.
    dialog.setToken(token);
    QCOMPARE(dialog.verdict(), TokenInspectorDialog::Verdict::NeedsKeys);

    // Another issuer's key set: the store's kid is not in it.
    dialog.keysEdit()->setPlainText(QString::fromUtf8(jwt::toJwks({other.value()})));
    QTRY_COMPARE_WITH_TIMEOUT(dialog.verdict(), TokenInspectorDialog::Verdict::Invalid, WaitMs);
    QCOMPARE(dialog.inspection().keySource, QStringLiteral("pasted"));
    QCOMPARE(dialog.inspection().failure, QStringLiteral("unknown_key"));
    QVERIFY(!dialog.inspection().message.isEmpty());
    QCOMPARE(dialog.verdictText(), QStringLiteral("Not valid: %1 (unknown_key)").arg(dialog.inspection().message));
    QCOMPARE(dialog.verdictLabel()->palette().color(QPalette::WindowText), QColor(0xb3, 0x26, 0x1e));
    // The claims are still shown: what a refused token says is what one wants to look at.
    QVERIFY(dialog.claimsView()->toPlainText().contains(QStringLiteral("\"preferred_username\": \"alice\"")));

    // A key under the store key's kid but of another algorithm: key confusion, refused as such.
    auto impostor = jwt::Key::generate(jwt::Algorithm::ES256, storeKid);
    QVERIFY(impostor.ok());
    dialog.keysEdit()->setPlainText(QString::fromUtf8(jwt::toJwks({impostor.value()})));
    QTRY_COMPARE_WITH_TIMEOUT(dialog.inspection().failure, QStringLiteral("algorithm_mismatch"), WaitMs);
    QCOMPARE(dialog.verdict(), TokenInspectorDialog::Verdict::Invalid);
    QVERIFY(dialog.verdictText().endsWith(QStringLiteral(" (algorithm_mismatch)")));

    // Keys that are no keys: the store says why it cannot use them.
    dialog.keysEdit()->setPlainText(QStringLiteral("{\"keys\": [{\"kty\": \"oct\", \"k\": \"c2VjcmV0\"}]}"));
    QTRY_COMPARE_WITH_TIMEOUT(dialog.verdict(), TokenInspectorDialog::Verdict::Error, WaitMs);
    QVERIFY2(dialog.verdictText().startsWith(QStringLiteral("Could not check the token with the pasted keys: ")),
             qPrintable(dialog.verdictText()));

    // Back to the store's keys: verified again.
    dialog.storeKeysButton()->click();
    QVERIFY(!dialog.keysEdit()->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(dialog.verdict(), TokenInspectorDialog::Verdict::Verified, WaitMs);
}

void TestTokenInspector::tokenSignedByPastedKeyVerifies()
{
    // An Ed25519 key made by openssl: the private half signs (through jwt::Key), the public PEM is pasted.
    const QByteArray privatePem =
        openssl({QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("ed25519")});
    QVERIFY(privatePem.startsWith("-----BEGIN PRIVATE KEY-----"));
    const QByteArray publicPem = openssl({QStringLiteral("pkey"), QStringLiteral("-pubout")}, privatePem);
    QVERIFY(publicPem.startsWith("-----BEGIN PUBLIC KEY-----"));
    auto partner = jwt::Key::fromPem(QStringLiteral("partner-1"), privatePem);
    QVERIFY2(partner.ok(), qPrintable(partner.message()));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QJsonObject claims{{QStringLiteral("iss"), QStringLiteral("https://partner.example")},
                             {QStringLiteral("sub"), QStringLiteral("42")},
                             {QStringLiteral("iat"), now.toSecsSinceEpoch()},
                             {QStringLiteral("exp"), now.addSecs(3 * 3600 + 120).toSecsSinceEpoch()},
                             {QStringLiteral("auth_time"), now.addSecs(-2 * 3600 - 60).toSecsSinceEpoch()}};
    auto signedToken = jwt::sign(partner.value(), claims, QStringLiteral("JWT"));
    QVERIFY(signedToken.ok());

    TokenInspectorDialog dialog(m_store.directory(), m_owner);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // Against the store's keys it is refused: this store never signed it.
    dialog.setToken(signedToken.value());
    QTRY_COMPARE_WITH_TIMEOUT(dialog.verdict(), TokenInspectorDialog::Verdict::Invalid, WaitMs);
    QVERIFY(dialog.verdictText().startsWith(QStringLiteral("Not valid: ")));

    dialog.setKeySource(TokenInspectorDialog::KeySource::Pasted);
    dialog.keysEdit()->setPlainText(QString::fromLatin1(publicPem));
    QTRY_COMPARE_WITH_TIMEOUT(dialog.verdict(), TokenInspectorDialog::Verdict::Verified, WaitMs);
    QCOMPARE(dialog.verdictText(), QStringLiteral("Verified with key partner-1 (the pasted keys)"));
    // auth_time has its row, in local time and relative.
    const int authRow = timeRow(dialog.timesTable(), QStringLiteral("auth_time"));
    QVERIFY(authRow >= 0);
    QCOMPARE(cell(dialog.timesTable(), authRow, TokenInspectorDialog::RelativeColumn), QStringLiteral("2 hours ago"));
    QCOMPARE(cell(dialog.timesTable(), timeRow(dialog.timesTable(), QStringLiteral("exp")),
                  TokenInspectorDialog::RelativeColumn),
             QStringLiteral("in 3 hours"));

    // One JWK on its own (not in a set) verifies as well.
    auto es = jwt::Key::generate(jwt::Algorithm::ES256, QStringLiteral("partner-es"));
    QVERIFY(es.ok());
    auto esToken = jwt::sign(es.value(), claims, QStringLiteral("JWT"));
    QVERIFY(esToken.ok());
    dialog.keysEdit()->setPlainText(QString::fromUtf8(QJsonDocument(es->publicJwk()).toJson()));
    dialog.setToken(esToken.value());
    QTRY_COMPARE_WITH_TIMEOUT(dialog.verdict(), TokenInspectorDialog::Verdict::Verified, WaitMs);
    QCOMPARE(dialog.verdictText(), QStringLiteral("Verified with key partner-es (the pasted keys)"));
}

void TestTokenInspector::structuralAndAlgorithmFailuresSayWhy()
{
    TokenInspectorDialog dialog(m_store.directory(), m_owner);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    // Not a token at all, and one with a signature that is not base64url: the exact reason, at once,
    // without asking the store.
    const QString signedToken = aliceToken();
    const QString badSignature =
        signedToken.left(signedToken.lastIndexOf(QLatin1Char('.')) + 1) + QStringLiteral("a+b/c==");
    for (const QString &garbage : {QStringLiteral("not a token"), QStringLiteral("abc.def"), badSignature}) {
        const jwt::Verification expected = jwt::decode(garbage);
        QCOMPARE(expected.failure, jwt::Failure::Malformed);
        dialog.setToken(garbage);
        QCOMPARE(dialog.verdict(), TokenInspectorDialog::Verdict::Malformed);
        QCOMPARE(dialog.inspection().failure, QStringLiteral("malformed"));
        QCOMPARE(dialog.verdictText(), QStringLiteral("Not a JWT: %1 (malformed)").arg(expected.message));
    }
    QVERIFY(dialog.verdictText().contains(QStringLiteral("base64url")));
    // The header and claims that did parse are still shown.
    QVERIFY(dialog.claimsView()->toPlainText().contains(QStringLiteral("alice")));

    // A five-segment token is a JWE.
    dialog.setToken(QStringLiteral("a.b.c.d.e"));
    QCOMPARE(dialog.inspection().failure, QStringLiteral("encrypted"));

    // alg "none": it parses, and the store refuses it as unsigned.
    const QByteArray none = b64url(compact({{QStringLiteral("alg"), QStringLiteral("none")},
                                            {QStringLiteral("typ"), QStringLiteral("JWT")}}))
        + '.'
        + b64url(compact({{QStringLiteral("sub"), QStringLiteral("1")},
                          {QStringLiteral("exp"), QDateTime::currentSecsSinceEpoch() + 600}}))
        + '.';
    const jwt::Verification expected = jwt::verify(QString::fromLatin1(none), {}, jwt::Expectations());
    QCOMPARE(expected.failure, jwt::Failure::UnsupportedAlgorithm);
    dialog.setToken(QString::fromLatin1(none));
    QTRY_COMPARE_WITH_TIMEOUT(dialog.verdict(), TokenInspectorDialog::Verdict::Invalid, WaitMs);
    QCOMPARE(dialog.inspection().failure, QStringLiteral("unsupported_algorithm"));
    QCOMPARE(dialog.verdictText(), QStringLiteral("Not valid: %1 (unsupported_algorithm)").arg(expected.message));
    QVERIFY(dialog.verdictText().contains(QStringLiteral("unsigned")));
    QVERIFY(dialog.headerView()->toPlainText().contains(QStringLiteral("\"alg\": \"none\"")));

    // Emptied: nothing shown, no verdict.
    dialog.setToken(QString());
    QCOMPARE(dialog.verdict(), TokenInspectorDialog::Verdict::None);
    QVERIFY(dialog.headerView()->toPlainText().isEmpty());
    QCOMPARE(dialog.timesTable()->rowCount(), 0);
}

void TestTokenInspector::escapeClosesAndEmptiesTheBoxes()
{
    TokenInspectorDialog dialog(m_store.directory(), m_owner);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    const QString token = aliceToken();
    dialog.setToken(token);
    dialog.setKeySource(TokenInspectorDialog::KeySource::Pasted);
    dialog.keysEdit()->setPlainText(QStringLiteral("-----BEGIN PUBLIC KEY-----"));
    // Not a key: the store says so (and Verify, greyed while it checks, is back).
    QTRY_COMPARE_WITH_TIMEOUT(dialog.verdict(), TokenInspectorDialog::Verdict::Error, WaitMs);
    QVERIFY(dialog.verifyButton()->isEnabled());
    // Tab order: token → the key source (one stop or two, as the platform treats radio groups) → keys →
    // Verify → header → claims → times → Close.
    dialog.tokenEdit()->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QVERIFY(qobject_cast<QRadioButton *>(QApplication::focusWidget()));
    if (QApplication::focusWidget() == dialog.storeKeysButton())
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    if (QApplication::focusWidget() == dialog.pastedKeysButton())
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), dialog.keysEdit());
    const QList<QWidget *> order{dialog.verifyButton(), dialog.headerView(), dialog.claimsView(), dialog.timesTable(),
                                 child<QPushButton>(&dialog, "closeButton")};
    for (QWidget *next : order) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), next);
    }
    dialog.tokenEdit()->setFocus();
    QTest::keyClick(dialog.tokenEdit(), Qt::Key_Escape);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(dialog.tokenEdit()->toPlainText().isEmpty());
    QVERIFY(dialog.keysEdit()->toPlainText().isEmpty());
    QVERIFY(dialog.headerView()->toPlainText().isEmpty());
    QVERIFY(dialog.claimsView()->toPlainText().isEmpty());
    QCOMPARE(dialog.timesTable()->rowCount(), 0);
    QVERIFY(dialog.verdictText().isEmpty());
    // Nothing of the token went to the settings.
    QSettings settings;
    for (const QString &key : settings.allKeys())
        QVERIFY(!settings.value(key).toString().contains(token.left(40)));
}

void TestTokenInspector::signingKeysRotateRetireExport()
{
    (void)aliceToken(); // the first JWT login made the first key
    LocalDirectory *dir = m_store.directory();
    auto before = resultOf(dir->listSigningKeys(m_owner));
    QVERIFY(before.ok());
    QVERIFY(!before->isEmpty());
    QCOMPARE(before->first().state, SigningKeyInfo::State::Active);
    const QString oldKid = before->first().kid;
    const qsizetype count = before->size();

    SigningKeysDialog dialog(dir, m_owner, permissionsOf(m_owner));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTRY_COMPARE_WITH_TIMEOUT(dialog.keys().size(), count, WaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), WaitMs);
    QTableWidget *table = dialog.table();
    QCOMPARE(table->rowCount(), count);
    QCOMPARE(cell(table, 0, SigningKeysDialog::KidColumn), oldKid);
    QCOMPARE(cell(table, 0, SigningKeysDialog::StateColumn), QStringLiteral("active"));
    QVERIFY(dialog.rotateButton()->isEnabled());
    // The active key cannot be retired: rotate first.
    QVERIFY(dialog.selectKey(oldKid));
    QVERIFY(!dialog.retireButton()->isEnabled());
    QVERIFY2(dialog.retireButton()->toolTip().contains(QStringLiteral("rotate first")),
             qPrintable(dialog.retireButton()->toolTip()));

    // Rotate… through the real chooser: ES256.
    bool chooserSeen = false;
    QTimer::singleShot(0, this, [&chooserSeen] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || modal->objectName() != QStringLiteral("rotateKeyDialog"))
            return;
        auto *eddsa = child<QRadioButton>(modal, "algorithmEdDSA");
        auto *es256 = child<QRadioButton>(modal, "algorithmES256");
        auto *hs256Text = child<QLabel>(modal, "algorithmHS256Text");
        if (!eddsa || !es256 || !hs256Text || !eddsa->isChecked()
            || !eddsa->text().contains(QStringLiteral("recommended"))
            || !hs256Text->text().contains(QStringLiteral("never published in the JWKS")))
            return;
        chooserSeen = true;
        es256->click();
        child<QPushButton>(modal, "rotateOkButton")->click();
    });
    dialog.rotateButton()->click();
    QVERIFY(chooserSeen);
    QTRY_COMPARE_WITH_TIMEOUT(dialog.keys().size(), count + 1, WaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), WaitMs);
    const SigningKeyInfo newKey = dialog.keys().first();
    QCOMPARE(newKey.algorithm, QStringLiteral("ES256"));
    QCOMPARE(newKey.state, SigningKeyInfo::State::Active);
    QCOMPARE(dialog.keys().at(1).kid, oldKid);
    QCOMPARE(dialog.keys().at(1).state, SigningKeyInfo::State::Retiring);
    QVERIFY(dialog.keys().at(1).retiringSince.isValid());
    QCOMPARE(cell(table, keyRow(table, oldKid), SigningKeysDialog::StateColumn), QStringLiteral("retiring"));
    QVERIFY(!cell(table, keyRow(table, oldKid), SigningKeysDialog::RetiringSinceColumn).isEmpty());
    QVERIFY(dialog.noticeText().contains(newKey.kid));
    // New tokens are signed with the new key.
    QCOMPARE(jwt::decode(aliceToken()).header.value(QStringLiteral("kid")).toString(), newKey.kid);

    // Retire the retiring one, confirmed.
    QVERIFY(dialog.selectKey(oldKid));
    QVERIFY(dialog.retireButton()->isEnabled());
    QString question;
    dialog.setConfirmHook([&question](const QString &q) {
        question = q;
        return true;
    });
    dialog.retireButton()->click();
    QVERIFY(question.contains(oldKid));
    QTRY_COMPARE_WITH_TIMEOUT(dialog.keys().at(1).state, SigningKeyInfo::State::Retired, WaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), WaitMs);
    QCOMPARE(cell(table, keyRow(table, oldKid), SigningKeysDialog::StateColumn), QStringLiteral("retired"));
    QVERIFY(!cell(table, keyRow(table, oldKid), SigningKeysDialog::RetiredAtColumn).isEmpty());
    QVERIFY(dialog.selectKey(oldKid));
    QVERIFY(!dialog.retireButton()->isEnabled());

    // HS256, through the hook: in the table, never in the JWKS.
    dialog.setAlgorithmChooser([] { return std::optional<jwt::Algorithm>(jwt::Algorithm::HS256); });
    dialog.rotateButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(dialog.keys().size(), count + 2, WaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), WaitMs);
    const QString hsKid = dialog.keys().first().kid;
    QCOMPARE(cell(table, keyRow(table, hsKid), SigningKeysDialog::AlgorithmColumn),
             QStringLiteral("HS256 (not published)"));

    // Export JWKS…: a file that jwt::parseJwks reads, with the ES256 key (retiring now) and nothing else.
    const QString path = m_store.filePath(QStringLiteral("jwks.json"));
    QString suggested;
    dialog.setExportPathProvider([&suggested, path](const QString &s) {
        suggested = s;
        return path;
    });
    QSignalSpy finished(&dialog, &SigningKeysDialog::finished);
    dialog.exportButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), WaitMs);
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(suggested.endsWith(QStringLiteral("jwks.json")));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    auto parsed = jwt::parseJwks(written);
    QVERIFY2(parsed.ok(), qPrintable(parsed.message()));
    QCOMPARE(parsed->size(), 1);
    QCOMPARE(parsed->first().kid(), newKey.kid);
    QCOMPARE(parsed->first().algorithm(), jwt::Algorithm::ES256);
    QVERIFY(!parsed->first().canSign());
    QVERIFY(dialog.noticeText().contains(QStringLiteral("1 public key")));

    // Copy JWKS: the same document on the clipboard.
    finished.clear();
    dialog.copyButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), WaitMs);
    QCOMPARE(QApplication::clipboard()->text().toUtf8(), written);
    // A cancelled file dialog does nothing.
    finished.clear();
    dialog.setExportPathProvider([](const QString &) { return QString(); });
    dialog.exportButton()->click();
    QTest::qWait(50);
    QVERIFY(finished.isEmpty());
}

void TestTokenInspector::auditorCannotRotateOrRetire()
{
    const Principal auditor = m_store.addStaff(m_owner, QStringLiteral("val"), {QStringLiteral("auditor")});
    SigningKeysDialog dialog(m_store.directory(), auditor, permissionsOf(auditor));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.keys().isEmpty(), WaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), WaitMs);
    const QString needs = QStringLiteral("Needs the settings.manage permission, which your roles do not grant.");
    QVERIFY(!dialog.rotateButton()->isEnabled());
    QCOMPARE(dialog.rotateButton()->toolTip(), needs);
    for (const SigningKeyInfo &key : dialog.keys()) {
        QVERIFY(dialog.selectKey(key.kid));
        QVERIFY(!dialog.retireButton()->isEnabled());
        QCOMPARE(dialog.retireButton()->toolTip(), needs);
    }
    // Reading the public keys is allowed.
    QVERIFY(dialog.exportButton()->isEnabled());
    QVERIFY(dialog.copyButton()->isEnabled());
    // The auditor reads sessions, so the inspector works for them.
    TokenInspectorDialog inspector(m_store.directory(), auditor);
    inspector.setToken(aliceToken());
    QTRY_COMPARE_WITH_TIMEOUT(inspector.verdict(), TokenInspectorDialog::Verdict::Verified, WaitMs);
}

void TestTokenInspector::mainWindowToolsMenu()
{
    LocalDirectory *dir = m_store.directory();
    {
        MainWindow window(dir, m_owner);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(window.permissionsKnown(), WaitMs);
        auto *tools = child<QMenu>(&window, "toolsMenu");
        QVERIFY(tools);
        // Before Help, the last menu.
        const QList<QAction *> menus = window.menuBar()->actions();
        QCOMPARE(menus.at(menus.size() - 2), tools->menuAction());
        auto *inspectorAction = child<QAction>(&window, "tokenInspectorAction");
        auto *keysAction = child<QAction>(&window, "signingKeysAction");
        QVERIFY(inspectorAction && keysAction);
        QCOMPARE(inspectorAction->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J));
        QVERIFY(inspectorAction->isEnabled());
        QVERIFY(keysAction->isEnabled());
        QTest::keyClick(&window, Qt::Key_J, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(window.findChild<TokenInspectorDialog *>());
        auto *inspector = window.findChild<TokenInspectorDialog *>();
        QTRY_VERIFY(inspector->isVisible());
        inspector->reject(); // deletes itself on close
        keysAction->trigger();
        QTRY_VERIFY(window.findChild<SigningKeysDialog *>());
        auto *keys = window.findChild<SigningKeysDialog *>();
        QTRY_VERIFY_WITH_TIMEOUT(!keys->isBusy(), WaitMs);
        QVERIFY(keys->rotateButton()->isEnabled()); // the owner holds settings.manage
        keys->reject();
    }
    // Someone whose roles grant no sessions.read sees both greyed, saying why.
    QVERIFY(resultOf(dir->createRole(m_owner, QStringLiteral("reader"), QStringLiteral("Reads users"))).ok());
    QVERIFY(resultOf(dir->grantPermission(m_owner, QStringLiteral("reader"), P::UsersRead)).ok());
    const Principal reader = m_store.addStaff(m_owner, QStringLiteral("rita"), {QStringLiteral("reader")});
    MainWindow window(dir, reader);
    window.show();
    QTRY_VERIFY_WITH_TIMEOUT(window.permissionsKnown(), WaitMs);
    for (const char *name : {"tokenInspectorAction", "signingKeysAction"}) {
        auto *action = child<QAction>(&window, name);
        QVERIFY(!action->isEnabled());
        QCOMPARE(action->toolTip(),
                 QStringLiteral("Needs the sessions.read permission, which your roles do not grant."));
    }
}

QTEST_MAIN(TestTokenInspector)
#include "tst_tokeninspector.moc"
