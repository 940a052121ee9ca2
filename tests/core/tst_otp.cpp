// HOTP/TOTP, base32 and otpauth Key URIs: every RFC 4226 and RFC 6238 vector; codes identical to
// oathtool's for every algorithm and both code lengths over random secrets, times and periods;
// base32 identical to coreutils' base32; Key URIs decoded by Python's urllib exactly as built
// (also by form decoding, where a stray '+' would turn into a space); the verification step's
// window, replay refusal and the errors for bad input.

#include "core/crypto/Base32.h"
#include "core/crypto/Otp.h"
#include "core/crypto/OtpAuthUri.h"
#include "core/crypto/Random.h"
#include "core/i18n/EnglishPluralTranslator.h"
#include "tests/support/StoreFixture.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

using namespace authdesk;
using namespace authdesk::crypto;
using namespace authdesk::test;

Q_DECLARE_METATYPE(authdesk::crypto::OtpAlgorithm)

namespace {

const QByteArray Seed20 = QByteArrayLiteral("12345678901234567890");
const QByteArray Seed32 = QByteArrayLiteral("12345678901234567890123456789012");
const QByteArray Seed64 = QByteArrayLiteral("1234567890123456789012345678901234567890123456789012345678901234");

OtpParams params(OtpAlgorithm algorithm, int digits, int period = 30)
{
    OtpParams p;
    p.algorithm = algorithm;
    p.digits = digits;
    p.period = period;
    return p;
}

// Runs a tool that is an independent oracle; a missing tool fails the test with the package to install.
QString runTool(const QString &program, const QStringList &args, const QString &package,
                const QByteArray &input = QByteArray())
{
    if (QStandardPaths::findExecutable(program).isEmpty()) {
        QTest::qFail(qPrintable(QStringLiteral("%1 is not installed: install the Debian package %2")
                                    .arg(program, package)),
                     __FILE__, __LINE__);
        return QString();
    }
    QProcess p;
    p.start(program, args);
    if (!p.waitForStarted(10000)) {
        QTest::qFail(qPrintable(program + QStringLiteral(" did not start")), __FILE__, __LINE__);
        return QString();
    }
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        QTest::qFail(qPrintable(program + QStringLiteral(" failed: ") + QString::fromUtf8(p.readAllStandardError())),
                     __FILE__, __LINE__);
        return QString();
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString oathtoolName(OtpAlgorithm a)
{
    return otpAlgorithmName(a).toLower();
}

OtpAuthUri sampleUri()
{
    OtpAuthUri u;
    u.issuer = QStringLiteral("ACME Co");
    u.account = QStringLiteral("john.doe@email.com");
    u.secret = base32Decode(QStringLiteral("HXDMVJECJJWSRB3HWIZR4IFUGFTMXBOZ")).value();
    return u;
}

} // namespace

class TestOtp : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void algorithmNames();
    void validateParams_data();
    void validateParams();
    void rfc6238_data();
    void rfc6238();
    void rfc4226_data();
    void rfc4226();
    void invalidSetupsGiveNoCode();
    void totpStep_data();
    void totpStep();
    void sameAsOathtoolTotp_data();
    void sameAsOathtoolTotp();
    void sameAsOathtoolHotp_data();
    void sameAsOathtoolHotp();
    void parseCode_data();
    void parseCode();
    void matchWindowAndReplay();
    void matchRefusesBadSetups();
    void matchPicksTheLatestStep();
    void secrets();
    void base32Rfc4648_data();
    void base32Rfc4648();
    void base32SameAsCoreutils();
    void base32Refuses_data();
    void base32Refuses();
    void uriCanonicalForm();
    void uriFormEncodedIssuer();
    void uriPercentEncoding();
    void uriRoundTrip_data();
    void uriRoundTrip();
    void uriDecodedByPython();
    void uriBuildRefuses_data();
    void uriBuildRefuses();
    void uriParseAccepts_data();
    void uriParseAccepts();
    void uriParseRefuses_data();
    void uriParseRefuses();

private:
    EnglishPluralTranslator m_englishPlurals;
};

void TestOtp::initTestCase()
{
    QCoreApplication::installTranslator(&m_englishPlurals);
}

void TestOtp::algorithmNames()
{
    QCOMPARE(otpAlgorithmName(OtpAlgorithm::Sha1), QStringLiteral("SHA1"));
    QCOMPARE(otpAlgorithmName(OtpAlgorithm::Sha256), QStringLiteral("SHA256"));
    QCOMPARE(otpAlgorithmName(OtpAlgorithm::Sha512), QStringLiteral("SHA512"));
    QCOMPARE(otpAlgorithmFromName(QStringLiteral("sha1")), OtpAlgorithm::Sha1);
    QCOMPARE(otpAlgorithmFromName(QStringLiteral("Sha256")), OtpAlgorithm::Sha256);
    QCOMPARE(otpAlgorithmFromName(QStringLiteral("SHA512")), OtpAlgorithm::Sha512);
    QVERIFY(!otpAlgorithmFromName(QStringLiteral("MD5")));
    QVERIFY(!otpAlgorithmFromName(QStringLiteral("SHA-1")));
    QVERIFY(!otpAlgorithmFromName(QStringLiteral("SHA1 ")));
    QVERIFY(!otpAlgorithmFromName(QString()));
}

void TestOtp::validateParams_data()
{
    QTest::addColumn<int>("algorithm");
    QTest::addColumn<int>("digits");
    QTest::addColumn<int>("period");
    QTest::addColumn<QString>("error"); // empty: valid
    QTest::newRow("defaults") << 0 << 6 << 30 << QString();
    QTest::newRow("8 digits, SHA512, 1 s") << 2 << 8 << 1 << QString();
    QTest::newRow("300 s") << 1 << 6 << 300 << QString();
    QTest::newRow("7 digits") << 0 << 7 << 30 << QStringLiteral("One-time passwords of 7 digits are not supported; use 6 or 8 digits.");
    QTest::newRow("5 digits") << 0 << 5 << 30 << QStringLiteral("One-time passwords of 5 digits are not supported");
    QTest::newRow("10 digits") << 0 << 10 << 30 << QStringLiteral("of 10 digits are not supported");
    QTest::newRow("period 0") << 0 << 6 << 0 << QStringLiteral("A time step of 0 seconds is not supported; use 1 to 300 seconds");
    QTest::newRow("period 301") << 0 << 6 << 301 << QStringLiteral("A time step of 301 seconds is not supported");
    QTest::newRow("period -30") << 0 << 6 << -30 << QStringLiteral("A time step of -30 seconds");
    QTest::newRow("algorithm 3") << 3 << 6 << 30 << QStringLiteral("algorithm is not SHA1, SHA256 or SHA512");
}

void TestOtp::validateParams()
{
    QFETCH(int, algorithm);
    QFETCH(int, digits);
    QFETCH(int, period);
    QFETCH(QString, error);
    const OtpParams p = params(static_cast<OtpAlgorithm>(algorithm), digits, period);
    const Status s = validateOtpParams(p);
    if (error.isEmpty()) {
        QVERIFY2(s.ok(), qPrintable(describe(s)));
        return;
    }
    QCOMPARE(s.code(), ErrorCode::InvalidInput);
    QVERIFY2(s.message().contains(error), qPrintable(s.message()));
    QVERIFY(totp(Seed20, 59, p).isEmpty());
}

void TestOtp::rfc6238_data()
{
    QTest::addColumn<qint64>("time");
    QTest::addColumn<OtpAlgorithm>("algorithm");
    QTest::addColumn<QString>("code");
    struct Row {
        qint64 time;
        const char *sha1, *sha256, *sha512;
    };
    const Row rows[] = {
        {59, "94287082", "46119246", "90693936"},
        {1111111109, "07081804", "68084774", "25091201"},
        {1111111111, "14050471", "67062674", "99943326"},
        {1234567890, "89005924", "91819424", "93441116"},
        {2000000000, "69279037", "90698825", "38618901"},
        {20000000000, "65353130", "77737706", "47863826"},
    };
    for (const Row &r : rows) {
        QTest::addRow("%lld SHA1", static_cast<long long>(r.time)) << r.time << OtpAlgorithm::Sha1 << QString::fromLatin1(r.sha1);
        QTest::addRow("%lld SHA256", static_cast<long long>(r.time)) << r.time << OtpAlgorithm::Sha256 << QString::fromLatin1(r.sha256);
        QTest::addRow("%lld SHA512", static_cast<long long>(r.time)) << r.time << OtpAlgorithm::Sha512 << QString::fromLatin1(r.sha512);
    }
}

void TestOtp::rfc6238()
{
    QFETCH(qint64, time);
    QFETCH(OtpAlgorithm, algorithm);
    QFETCH(QString, code);
    const QByteArray seed = algorithm == OtpAlgorithm::Sha1 ? Seed20 : algorithm == OtpAlgorithm::Sha256 ? Seed32 : Seed64;
    const OtpParams p = params(algorithm, 8);
    QCOMPARE(totp(seed, time, p), code);
    // The same code through the verification step, at the current step only.
    QCOMPARE(matchTotp(seed, p, code, time, 0, -1), std::optional<qint64>(time / 30));
}

void TestOtp::rfc4226_data()
{
    QTest::addColumn<quint64>("counter");
    QTest::addColumn<QString>("code");
    const char *codes[] = {"755224", "287082", "359152", "969429", "338314",
                           "254676", "287922", "162583", "399871", "520489"};
    for (quint64 c = 0; c < 10; ++c)
        QTest::addRow("counter %llu", static_cast<unsigned long long>(c)) << c << QString::fromLatin1(codes[c]);
}

void TestOtp::rfc4226()
{
    QFETCH(quint64, counter);
    QFETCH(QString, code);
    QCOMPARE(hotp(Seed20, counter, OtpParams{}), code);
}

void TestOtp::invalidSetupsGiveNoCode()
{
    QVERIFY(hotp(QByteArray(), 0, OtpParams{}).isEmpty());
    QVERIFY(totp(QByteArray(), 59, OtpParams{}).isEmpty());
    QVERIFY(totp(Seed20, -1, OtpParams{}).isEmpty());
    QVERIFY(totp(Seed20, 59, params(OtpAlgorithm::Sha1, 6, 0)).isEmpty());
    QVERIFY(totp(Seed20, 59, params(OtpAlgorithm::Sha1, 6, 301)).isEmpty());
    QVERIFY(hotp(Seed20, 0, params(OtpAlgorithm::Sha1, 7)).isEmpty());
    QVERIFY(hotp(Seed20, 0, params(static_cast<OtpAlgorithm>(9), 6)).isEmpty());
    // Time 0 is a valid step 0; the 64-bit counter's top bit is fine.
    QCOMPARE(totp(Seed20, 0, OtpParams{}), hotp(Seed20, 0, OtpParams{}));
    QCOMPARE(hotp(Seed20, std::numeric_limits<quint64>::max(), OtpParams{}).size(), 6);
}

void TestOtp::totpStep_data()
{
    QTest::addColumn<qint64>("time");
    QTest::addColumn<int>("period");
    QTest::addColumn<qint64>("step");
    QTest::newRow("0") << qint64(0) << 30 << qint64(0);
    QTest::newRow("29") << qint64(29) << 30 << qint64(0);
    QTest::newRow("30") << qint64(30) << 30 << qint64(1);
    QTest::newRow("59") << qint64(59) << 30 << qint64(1);
    QTest::newRow("60 s period") << qint64(1111111111) << 60 << qint64(18518518);
    QTest::newRow("1 s period") << qint64(20000000000) << 1 << qint64(20000000000);
    QTest::newRow("before 1970") << qint64(-1) << 30 << qint64(-1);
    QTest::newRow("period 0") << qint64(100) << 0 << qint64(-1);
    QTest::newRow("period 301") << qint64(100) << 301 << qint64(-1);
}

void TestOtp::totpStep()
{
    QFETCH(qint64, time);
    QFETCH(int, period);
    QFETCH(qint64, step);
    QCOMPARE(crypto::totpStep(time, period), step);
}

void TestOtp::sameAsOathtoolTotp_data()
{
    QTest::addColumn<OtpAlgorithm>("algorithm");
    QTest::addColumn<int>("digits");
    for (const OtpAlgorithm a : {OtpAlgorithm::Sha1, OtpAlgorithm::Sha256, OtpAlgorithm::Sha512})
        for (const int d : {6, 8})
            QTest::addRow("%s, %d digits", qPrintable(otpAlgorithmName(a)), d) << a << d;
}

// Per row: 5 random secrets (16..64 bytes), each at a random time with a random period, and the
// 10 consecutive steps oathtool prints with -w 9: 50 codes per row, 300 in all.
void TestOtp::sameAsOathtoolTotp()
{
    QFETCH(OtpAlgorithm, algorithm);
    QFETCH(int, digits);
    auto *rng = QRandomGenerator::global();
    const int periods[] = {30, 60, 1, 300};
    for (int i = 0; i < 5; ++i) {
        const QByteArray secret = randomBytes(16 + rng->bounded(49));
        const int period = i < 4 ? periods[i] : 1 + rng->bounded(MaxOtpPeriod);
        const qint64 time = rng->bounded(qint64(0), qint64(4102444800)); // 1970 .. 2100
        const QString out = runTool(QStringLiteral("oathtool"),
                                    {QStringLiteral("--totp=") + oathtoolName(algorithm),
                                     QStringLiteral("--digits=%1").arg(digits),
                                     QStringLiteral("--time-step-size=%1s").arg(period),
                                     QStringLiteral("--now=@%1").arg(time), QStringLiteral("-w"), QStringLiteral("9"),
                                     QString::fromLatin1(secret.toHex())},
                                    QStringLiteral("oathtool"));
        if (QTest::currentTestFailed())
            return;
        const QStringList expected = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(expected.size(), 10);
        for (int k = 0; k < 10; ++k) {
            const qint64 t = time + qint64(k) * period;
            const QString mine = totp(secret, t, params(algorithm, digits, period));
            QVERIFY2(mine == expected.at(k), qPrintable(QStringLiteral("secret %1, t=%2, period %3: %4, oathtool %5")
                                                             .arg(QString::fromLatin1(secret.toHex()))
                                                             .arg(t)
                                                             .arg(period)
                                                             .arg(mine, expected.at(k))));
        }
    }
}

void TestOtp::sameAsOathtoolHotp_data()
{
    QTest::addColumn<int>("digits");
    QTest::newRow("6 digits") << 6;
    QTest::newRow("8 digits") << 8;
}

// oathtool's HOTP is SHA1 only; the other algorithms' HOTP is what the TOTP comparison covers.
void TestOtp::sameAsOathtoolHotp()
{
    QFETCH(int, digits);
    auto *rng = QRandomGenerator::global();
    for (int i = 0; i < 5; ++i) {
        const QByteArray secret = randomBytes(16 + rng->bounded(49));
        const quint64 counter = i == 0 ? 0 : rng->bounded(qint64(0), qint64(1) << 40);
        const QString out = runTool(QStringLiteral("oathtool"),
                                    {QStringLiteral("--hotp"), QStringLiteral("--digits=%1").arg(digits),
                                     QStringLiteral("--counter=%1").arg(counter), QStringLiteral("-w"),
                                     QStringLiteral("9"), QString::fromLatin1(secret.toHex())},
                                    QStringLiteral("oathtool"));
        if (QTest::currentTestFailed())
            return;
        const QStringList expected = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(expected.size(), 10);
        for (int k = 0; k < 10; ++k)
            QCOMPARE(hotp(secret, counter + static_cast<quint64>(k), params(OtpAlgorithm::Sha1, digits)), expected.at(k));
    }
}

void TestOtp::parseCode_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("digits");
    QTest::addColumn<QString>("code");  // empty: refused
    QTest::addColumn<QString>("error");
    QTest::newRow("6 digits") << QStringLiteral("123456") << 6 << QStringLiteral("123456") << QString();
    QTest::newRow("leading zeros") << QStringLiteral("000042") << 6 << QStringLiteral("000042") << QString();
    QTest::newRow("8 digits") << QStringLiteral("12345678") << 8 << QStringLiteral("12345678") << QString();
    QTest::newRow("surrounding spaces") << QStringLiteral("  123456 ") << 6 << QStringLiteral("123456") << QString();
    QTest::newRow("pasted with newline") << QStringLiteral("123456\n") << 6 << QStringLiteral("123456") << QString();
    QTest::newRow("space in the middle") << QStringLiteral("123 456") << 6 << QStringLiteral("123456") << QString();
    QTest::newRow("hyphen in the middle") << QStringLiteral("1234-5678") << 8 << QStringLiteral("12345678") << QString();
    QTest::newRow("5 digits") << QStringLiteral("12345") << 6 << QString() << QStringLiteral("The code has 5 digits; it needs 6.");
    QTest::newRow("7 digits") << QStringLiteral("1234567") << 6 << QString() << QStringLiteral("The code has 7 digits; it needs 6.");
    QTest::newRow("1 digit") << QStringLiteral("1") << 6 << QString() << QStringLiteral("The code has 1 digit; it needs 6.");
    QTest::newRow("6 of 8") << QStringLiteral("123456") << 8 << QString() << QStringLiteral("The code has 6 digits; it needs 8.");
    QTest::newRow("empty") << QString() << 6 << QString() << QStringLiteral("No code was entered; it needs 6 digits.");
    QTest::newRow("only spaces") << QStringLiteral("   ") << 6 << QString() << QStringLiteral("No code was entered");
    QTest::newRow("letter") << QStringLiteral("12a456") << 6 << QString() << QStringLiteral("only the digits 0 to 9");
    QTest::newRow("letter O for zero") << QStringLiteral("12345O") << 6 << QString() << QStringLiteral("only the digits 0 to 9");
    QTest::newRow("Arabic-Indic digits") << QStringLiteral("\u0661\u0662\u0663\u0664\u0665\u0666") << 6 << QString() << QStringLiteral("only the digits 0 to 9");
    QTest::newRow("full-width digits") << QStringLiteral("\uFF11\uFF12\uFF13\uFF14\uFF15\uFF16") << 6 << QString() << QStringLiteral("only the digits 0 to 9");
    QTest::newRow("tab inside") << QStringLiteral("123\t456") << 6 << QString() << QStringLiteral("only the digits 0 to 9");
    QTest::newRow("sign") << QStringLiteral("+123456") << 6 << QString() << QStringLiteral("only the digits 0 to 9");
    QTest::newRow("space off centre") << QStringLiteral("12 3456") << 6 << QString() << QStringLiteral("split only once, in the middle");
    QTest::newRow("two spaces") << QStringLiteral("123  456") << 6 << QString() << QStringLiteral("split only once, in the middle");
    QTest::newRow("space and hyphen") << QStringLiteral("12 34-56") << 6 << QString() << QStringLiteral("split only once, in the middle");
    QTest::newRow("trailing hyphen") << QStringLiteral("123456-") << 6 << QString() << QStringLiteral("split only once, in the middle");
    QTest::newRow("7 digits asked") << QStringLiteral("1234567") << 7 << QString() << QStringLiteral("of 7 digits are not supported");
}

void TestOtp::parseCode()
{
    QFETCH(QString, typed);
    QFETCH(int, digits);
    QFETCH(QString, code);
    QFETCH(QString, error);
    const Result<QString> r = parseOtpCode(typed, digits);
    if (!code.isEmpty()) {
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        QCOMPARE(r.value(), code);
        return;
    }
    QVERIFY(!r.ok());
    QCOMPARE(r.code(), ErrorCode::InvalidInput);
    QVERIFY2(r.message().contains(error), qPrintable(r.message()));
}

void TestOtp::matchWindowAndReplay()
{
    const QByteArray secret = Seed20;
    const OtpParams p = params(OtpAlgorithm::Sha1, 6);
    const qint64 now = 1111111111;
    const qint64 step = now / 30;
    auto codeAt = [&](qint64 s) { return hotp(secret, static_cast<quint64>(s), p); };

    // Drift: one step either side by default, two refused.
    QCOMPARE(matchTotp(secret, p, codeAt(step), now, DefaultOtpWindow, -1), std::optional<qint64>(step));
    QCOMPARE(matchTotp(secret, p, codeAt(step - 1), now, DefaultOtpWindow, -1), std::optional<qint64>(step - 1));
    QCOMPARE(matchTotp(secret, p, codeAt(step + 1), now, DefaultOtpWindow, -1), std::optional<qint64>(step + 1));
    QCOMPARE(matchTotp(secret, p, codeAt(step - 2), now, DefaultOtpWindow, -1), std::nullopt);
    QCOMPARE(matchTotp(secret, p, codeAt(step + 2), now, DefaultOtpWindow, -1), std::nullopt);
    // A wider window reaches further, up to 10.
    QCOMPARE(matchTotp(secret, p, codeAt(step - 2), now, 2, -1), std::optional<qint64>(step - 2));
    QCOMPARE(matchTotp(secret, p, codeAt(step + 10), now, 10, -1), std::optional<qint64>(step + 10));
    QCOMPARE(matchTotp(secret, p, codeAt(step + 11), now, 10, -1), std::nullopt);
    // Window 0: the current step only.
    QCOMPARE(matchTotp(secret, p, codeAt(step), now, 0, -1), std::optional<qint64>(step));
    QCOMPARE(matchTotp(secret, p, codeAt(step - 1), now, 0, -1), std::nullopt);
    QCOMPARE(matchTotp(secret, p, codeAt(step + 1), now, 0, -1), std::nullopt);
    // Replay: a step at or before the last accepted one is refused, a later one accepted.
    QCOMPARE(matchTotp(secret, p, codeAt(step), now, 1, step), std::nullopt);
    QCOMPARE(matchTotp(secret, p, codeAt(step - 1), now, 1, step - 1), std::nullopt);
    QCOMPARE(matchTotp(secret, p, codeAt(step - 1), now, 1, step), std::nullopt);
    QCOMPARE(matchTotp(secret, p, codeAt(step + 1), now, 1, step), std::optional<qint64>(step + 1));
    QCOMPARE(matchTotp(secret, p, codeAt(step), now, 1, step - 1), std::optional<qint64>(step));
    // The same code again, 20 s later (still in the window), is a replay.
    const std::optional<qint64> first = matchTotp(secret, p, codeAt(step), now, 1, -1);
    QVERIFY(first);
    QCOMPARE(matchTotp(secret, p, codeAt(step), now + 20, 1, *first), std::nullopt);
    // Wrong codes: another secret's, one digit off, 8 digits where 6 are due, not normalized.
    QCOMPARE(matchTotp(secret, p, hotp(Seed32, static_cast<quint64>(step), p), now, 1, -1), std::nullopt);
    QString off = codeAt(step);
    off[5] = QLatin1Char(off.at(5) == QLatin1Char('9') ? '0' : static_cast<char>(off.at(5).toLatin1() + 1));
    QCOMPARE(matchTotp(secret, p, off, now, 1, -1), std::nullopt);
    QCOMPARE(matchTotp(secret, p, hotp(secret, static_cast<quint64>(step), params(OtpAlgorithm::Sha1, 8)), now, 1, -1),
             std::nullopt);
    QCOMPARE(matchTotp(secret, p, codeAt(step).insert(3, QLatin1Char(' ')), now, 1, -1), std::nullopt);
    QCOMPARE(matchTotp(secret, p, QString(), now, 1, -1), std::nullopt);
    // Through parseOtpCode, as the store does it.
    const QString typed = codeAt(step).insert(3, QLatin1Char(' '));
    QCOMPARE(matchTotp(secret, p, parseOtpCode(typed, 6).value(), now, 1, -1), std::optional<qint64>(step));
}

void TestOtp::matchRefusesBadSetups()
{
    const qint64 now = 1111111111;
    const OtpParams p;
    const QString code = totp(Seed20, now, p);
    QVERIFY(matchTotp(Seed20, p, code, now, 1, -1));
    QCOMPARE(matchTotp(Seed20, p, code, now, -1, -1), std::nullopt);
    QCOMPARE(matchTotp(Seed20, p, code, now, MaxOtpWindow + 1, -1), std::nullopt);
    QCOMPARE(matchTotp(QByteArray(), p, code, now, 1, -1), std::nullopt);
    QCOMPARE(matchTotp(Seed20, params(OtpAlgorithm::Sha1, 7), code, now, 1, -1), std::nullopt);
    QCOMPARE(matchTotp(Seed20, params(OtpAlgorithm::Sha1, 6, 0), code, now, 1, -1), std::nullopt);
    QCOMPARE(matchTotp(Seed20, p, code, -1, 1, -1), std::nullopt);
    QCOMPARE(matchTotp(Seed20, params(OtpAlgorithm::Sha1, 6, 1), code, std::numeric_limits<qint64>::max(), 10, -1),
             std::nullopt);
    // At time 0 the window cannot reach before step 0, and step 0 itself is accepted.
    QCOMPARE(matchTotp(Seed20, p, hotp(Seed20, 0, p), 0, 1, -1), std::optional<qint64>(0));
    QCOMPARE(matchTotp(Seed20, p, hotp(Seed20, 1, p), 0, 1, -1), std::optional<qint64>(1));
}

// Six digits collide between steps now and then; the latest matching step wins so no later step
// with the same code stays open. Steps 910737 and 910738 of the RFC seed share 911617 (found with
// Python's hmac module).
void TestOtp::matchPicksTheLatestStep()
{
    const OtpParams p;
    const qint64 a = 910737;
    QCOMPARE(hotp(Seed20, static_cast<quint64>(a), p), QStringLiteral("911617"));
    QCOMPARE(hotp(Seed20, static_cast<quint64>(a + 1), p), QStringLiteral("911617"));
    const QString code = hotp(Seed20, static_cast<quint64>(a), p);
    const qint64 now = a * 30;
    QCOMPARE(matchTotp(Seed20, p, code, now, 1, -1), std::optional<qint64>(a + 1));
    QCOMPARE(matchTotp(Seed20, p, code, now, 1, a + 1), std::nullopt);
}

void TestOtp::secrets()
{
    const QByteArray a = generateOtpSecret();
    const QByteArray b = generateOtpSecret();
    QCOMPARE(a.size(), 20);
    QCOMPARE(b.size(), 20);
    QVERIFY(a != b);
    QCOMPARE(generateOtpSecret(16).size(), 16);
    QCOMPARE(generateOtpSecret(32).size(), 32);
    QCOMPARE(generateOtpSecret(64).size(), 64);
    QVERIFY(generateOtpSecret(15).isEmpty());
    QVERIFY(generateOtpSecret(0).isEmpty());
    QVERIFY(generateOtpSecret(-20).isEmpty());
    QVERIFY(generateOtpSecret(65).isEmpty());
    QSet<QByteArray> seen;
    for (int i = 0; i < 200; ++i)
        seen.insert(generateOtpSecret());
    QCOMPARE(seen.size(), 200);
}

void TestOtp::base32Rfc4648_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("unpadded");
    QTest::addColumn<QString>("padded");
    QTest::newRow("empty") << QByteArray() << QString() << QString();
    QTest::newRow("f") << QByteArrayLiteral("f") << QStringLiteral("MY") << QStringLiteral("MY======");
    QTest::newRow("fo") << QByteArrayLiteral("fo") << QStringLiteral("MZXQ") << QStringLiteral("MZXQ====");
    QTest::newRow("foo") << QByteArrayLiteral("foo") << QStringLiteral("MZXW6") << QStringLiteral("MZXW6===");
    QTest::newRow("foob") << QByteArrayLiteral("foob") << QStringLiteral("MZXW6YQ") << QStringLiteral("MZXW6YQ=");
    QTest::newRow("fooba") << QByteArrayLiteral("fooba") << QStringLiteral("MZXW6YTB") << QStringLiteral("MZXW6YTB");
    QTest::newRow("foobar") << QByteArrayLiteral("foobar") << QStringLiteral("MZXW6YTBOI") << QStringLiteral("MZXW6YTBOI======");
    QTest::newRow("RFC 6238 seed") << Seed20 << QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ")
                                   << QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
}

void TestOtp::base32Rfc4648()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, unpadded);
    QFETCH(QString, padded);
    QCOMPARE(base32Encode(bytes), unpadded);
    for (const QString &text : {unpadded, padded, unpadded.toLower(), padded.toLower()}) {
        const Result<QByteArray> r = base32Decode(text);
        QVERIFY2(r.ok(), qPrintable(text + QStringLiteral(": ") + describe(r)));
        QCOMPARE(r.value(), bytes);
    }
    // Spaces are ignored: secrets are shown in groups of four for typing.
    QString grouped;
    for (qsizetype i = 0; i < unpadded.size(); ++i)
        grouped += (i > 0 && i % 4 == 0 ? QStringLiteral(" ") : QString()) + unpadded.at(i);
    QCOMPARE(base32Decode(grouped).value(), bytes);
}

// Random lengths 0..64 (every remainder of 5), encoded by coreutils' base32 in one run per value.
void TestOtp::base32SameAsCoreutils()
{
    for (int n = 0; n <= 64; n += (n < 12 ? 1 : 7)) {
        const QByteArray bytes = randomBytes(n);
        const QString mine = base32Encode(bytes);
        QString theirs = runTool(QStringLiteral("base32"), {QStringLiteral("-w"), QStringLiteral("0")},
                                 QStringLiteral("coreutils"), bytes)
                             .trimmed();
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(mine, theirs.remove(QLatin1Char('=')));
        const Result<QByteArray> back = base32Decode(mine);
        QVERIFY2(back.ok(), qPrintable(describe(back)));
        QCOMPARE(back.value(), bytes);
    }
}

void TestOtp::base32Refuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");
    QTest::newRow("digit 1") << QStringLiteral("MZXW6YT1") << QStringLiteral("Character 8 of the base32 text is not a base32 character (A–Z, 2–7).");
    QTest::newRow("digit 8") << QStringLiteral("MZXW8YTB") << QStringLiteral("Character 5 of the base32 text is not a base32 character");
    QTest::newRow("digit 0") << QStringLiteral("0ZXW6YTB") << QStringLiteral("Character 1 of the base32 text");
    QTest::newRow("base64 +") << QStringLiteral("MZXW+YTB") << QStringLiteral("not a base32 character");
    QTest::newRow("hyphen") << QStringLiteral("MZXW-6YTB") << QStringLiteral("not a base32 character");
    QTest::newRow("tab") << QStringLiteral("MZXW\t6YTB") << QStringLiteral("not a base32 character");
    QTest::newRow("non-ASCII") << QStringLiteral("MZXW6YT\u00C4") << QStringLiteral("not a base32 character");
    QTest::newRow("padding inside") << QStringLiteral("MY==MZXQ") << QStringLiteral("padding (=) before its end");
    QTest::newRow("1 character") << QStringLiteral("M") << QStringLiteral("The base32 text has 1 characters; no byte string encodes to that many");
    QTest::newRow("3 characters") << QStringLiteral("MZX") << QStringLiteral("has 3 characters");
    QTest::newRow("6 characters") << QStringLiteral("MZXW6Y") << QStringLiteral("has 6 characters");
    QTest::newRow("9 characters") << QStringLiteral("MZXW6YTBO") << QStringLiteral("has 9 characters");
    QTest::newRow("padding wrong amount") << QStringLiteral("MY=") << QStringLiteral("ends in 1 padding characters (=); it needs 6 or none");
    QTest::newRow("padding too much") << QStringLiteral("MZXW6YTB========") << QStringLiteral("it needs 0 or none");
    QTest::newRow("only padding") << QStringLiteral("========") << QStringLiteral("ends in 8 padding characters");
    QTest::newRow("trailing bits (MZ)") << QStringLiteral("MZ") << QStringLiteral("bits set after the last whole byte");
    QTest::newRow("trailing bits (MZXR)") << QStringLiteral("MZXR") << QStringLiteral("bits set after the last whole byte");
    QTest::newRow("trailing bits, padded") << QStringLiteral("MZXW6YR=") << QStringLiteral("bits set after the last whole byte");
}

void TestOtp::base32Refuses()
{
    QFETCH(QString, text);
    QFETCH(QString, error);
    const Result<QByteArray> r = base32Decode(text);
    QVERIFY(!r.ok());
    QCOMPARE(r.code(), ErrorCode::InvalidInput);
    QVERIFY2(r.message().contains(error), qPrintable(r.message()));
    // The message names positions, never the (secret) text itself.
    QVERIFY2(text.size() < 4 || !r.message().contains(text), qPrintable(r.message()));
}

void TestOtp::uriFormEncodedIssuer()
{
    // Better Auth writes the issuer parameter form-encoded (a space as '+') beside a label with the space.
    auto parsed = parseOtpAuthUri(QStringLiteral("otpauth://totp/ACME%20Co:alice?secret=HXDMVJECJJWSRB3HWIZR4IFUGFTMXBOZ"
                                                 "&issuer=ACME+Co"));
    QVERIFY2(parsed.ok(), qPrintable(describe(parsed)));
    QCOMPARE(parsed->issuer, QStringLiteral("ACME Co"));
    // A '+' that the label has too stays a '+'; one that neither reading explains is still refused.
    auto plus = parseOtpAuthUri(QStringLiteral("otpauth://totp/A+B:alice?secret=HXDMVJECJJWSRB3HWIZR4IFUGFTMXBOZ&issuer=A%2BB"));
    QVERIFY2(plus.ok(), qPrintable(describe(plus)));
    QCOMPARE(plus->issuer, QStringLiteral("A+B"));
    QVERIFY(!parseOtpAuthUri(QStringLiteral("otpauth://totp/ACME%20Co:alice?secret=HXDMVJECJJWSRB3HWIZR4IFUGFTMXBOZ"
                                            "&issuer=ACME+Corp"))
                 .ok());
}

void TestOtp::uriCanonicalForm()
{
    const Result<QString> totpUri = buildOtpAuthUri(sampleUri());
    QVERIFY2(totpUri.ok(), qPrintable(describe(totpUri)));
    QCOMPARE(totpUri.value(), QStringLiteral("otpauth://totp/ACME%20Co:john.doe@email.com?secret=HXDMVJECJJWSRB3HWIZR4IFUGFTMXBOZ"
                                             "&issuer=ACME%20Co&algorithm=SHA1&digits=6&period=30"));
    OtpAuthUri h = sampleUri();
    h.type = QStringLiteral("hotp");
    h.counter = 42;
    h.params = params(OtpAlgorithm::Sha512, 8, 300);
    const Result<QString> hotpUri = buildOtpAuthUri(h);
    QVERIFY2(hotpUri.ok(), qPrintable(describe(hotpUri)));
    QCOMPARE(hotpUri.value(), QStringLiteral("otpauth://hotp/ACME%20Co:john.doe@email.com?secret=HXDMVJECJJWSRB3HWIZR4IFUGFTMXBOZ"
                                             "&issuer=ACME%20Co&algorithm=SHA512&digits=8&counter=42"));
}

void TestOtp::uriPercentEncoding()
{
    OtpAuthUri u = sampleUri();
    u.issuer = QStringLiteral("A+B & Co 100%");
    u.account = QStringLiteral("alice+tag@example.com");
    const Result<QString> built = buildOtpAuthUri(u);
    QVERIFY2(built.ok(), qPrintable(describe(built)));
    const QString s = built.value();
    QVERIFY2(!s.contains(QLatin1Char('+')), qPrintable(s));
    QVERIFY2(!s.contains(QLatin1Char(' ')), qPrintable(s));
    QVERIFY2(s.startsWith(QStringLiteral("otpauth://totp/A%2BB%20%26%20Co%20100%25:alice%2Btag@example.com?")), qPrintable(s));
    QVERIFY2(s.contains(QStringLiteral("&issuer=A%2BB%20%26%20Co%20100%25&")), qPrintable(s));
    const Result<OtpAuthUri> back = parseOtpAuthUri(s);
    QVERIFY2(back.ok(), qPrintable(describe(back)));
    QCOMPARE(back->issuer, u.issuer);
    QCOMPARE(back->account, u.account);
}

void TestOtp::uriRoundTrip_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("issuer");
    QTest::addColumn<QString>("account");
    QTest::addColumn<int>("secretBytes");
    QTest::addColumn<OtpAlgorithm>("algorithm");
    QTest::addColumn<int>("digits");
    QTest::addColumn<int>("period");
    QTest::addColumn<quint64>("counter");
    QTest::newRow("defaults") << QStringLiteral("totp") << QStringLiteral("AuthDesk") << QStringLiteral("alice") << 20 << OtpAlgorithm::Sha1 << 6 << 30 << quint64(0);
    QTest::newRow("SHA256, 8, 60") << QStringLiteral("totp") << QStringLiteral("Example Corp") << QStringLiteral("bob@example.org") << 32 << OtpAlgorithm::Sha256 << 8 << 60 << quint64(0);
    QTest::newRow("SHA512, 16 bytes, 1 s") << QStringLiteral("totp") << QStringLiteral("X") << QStringLiteral("y") << 16 << OtpAlgorithm::Sha512 << 6 << 1 << quint64(0);
    QTest::newRow("non-ASCII") << QStringLiteral("totp") << QStringLiteral("Müller & Söhne GmbH") << QStringLiteral("jürgen.weiß@example.de") << 20 << OtpAlgorithm::Sha1 << 6 << 30 << quint64(0);
    QTest::newRow("CJK and emoji") << QStringLiteral("totp") << QStringLiteral("東京\U0001F510") << QStringLiteral("ユーザー") << 20 << OtpAlgorithm::Sha1 << 6 << 30 << quint64(0);
    QTest::newRow("URL delimiters") << QStringLiteral("totp") << QStringLiteral("a/b?c#d&e=f%g") << QStringLiteral("h/i?j#k&l=m%41") << 20 << OtpAlgorithm::Sha1 << 6 << 30 << quint64(0);
    QTest::newRow("inner spaces") << QStringLiteral("totp") << QStringLiteral("Big  Issuer") << QStringLiteral("first last") << 20 << OtpAlgorithm::Sha1 << 6 << 30 << quint64(0);
    QTest::newRow("hotp") << QStringLiteral("hotp") << QStringLiteral("AuthDesk") << QStringLiteral("carol") << 20 << OtpAlgorithm::Sha1 << 6 << 30 << quint64(7);
    QTest::newRow("hotp, max counter") << QStringLiteral("hotp") << QStringLiteral("AuthDesk") << QStringLiteral("carol") << 64 << OtpAlgorithm::Sha256 << 8 << 30 << std::numeric_limits<quint64>::max();
}

void TestOtp::uriRoundTrip()
{
    QFETCH(QString, type);
    QFETCH(QString, issuer);
    QFETCH(QString, account);
    QFETCH(int, secretBytes);
    QFETCH(OtpAlgorithm, algorithm);
    QFETCH(int, digits);
    QFETCH(int, period);
    QFETCH(quint64, counter);
    OtpAuthUri u;
    u.type = type;
    u.issuer = issuer;
    u.account = account;
    u.secret = generateOtpSecret(secretBytes);
    u.params = params(algorithm, digits, period);
    u.counter = counter;
    const Result<QString> built = buildOtpAuthUri(u);
    QVERIFY2(built.ok(), qPrintable(describe(built)));
    QVERIFY2(!built->contains(QLatin1Char('+')), qPrintable(built.value()));
    // Only printable ASCII in the URI: everything else is percent-encoded UTF-8.
    for (const QChar c : built.value())
        QVERIFY2(c.unicode() > 0x20 && c.unicode() < 0x7f, qPrintable(built.value()));
    const Result<OtpAuthUri> back = parseOtpAuthUri(built.value());
    QVERIFY2(back.ok(), qPrintable(built.value() + QStringLiteral(": ") + describe(back)));
    QCOMPARE(back->type, type);
    QCOMPARE(back->issuer, issuer);
    QCOMPARE(back->account, account);
    QCOMPARE(back->secret, u.secret);
    QCOMPARE(back->params.algorithm, algorithm);
    QCOMPARE(back->params.digits, digits);
    QCOMPARE(back->counter, type == QStringLiteral("hotp") ? counter : quint64(0));
    QCOMPARE(back->params.period, type == QStringLiteral("hotp") ? 30 : period);
}

// An independent decoder: Python's urllib reads the label and the parameters back exactly, both
// as RFC 3986 (unquote) and as a form (parse_qs, where '+' means a space).
void TestOtp::uriDecodedByPython()
{
    const QList<std::pair<QString, QString>> names = {
        {QStringLiteral("ACME Co"), QStringLiteral("john.doe@email.com")},
        {QStringLiteral("A+B & Co 100%"), QStringLiteral("alice+tag@example.com")},
        {QStringLiteral("Müller & Söhne"), QStringLiteral("jürgen weiß")},
        {QStringLiteral("東京\U0001F510"), QStringLiteral("a/b?c#d=e%41")},
    };
    QJsonArray uris;
    for (const auto &[issuer, account] : names) {
        OtpAuthUri u = sampleUri();
        u.issuer = issuer;
        u.account = account;
        const Result<QString> built = buildOtpAuthUri(u);
        QVERIFY2(built.ok(), qPrintable(describe(built)));
        uris.append(built.value());
    }
    const QString script = QStringLiteral(
        "import json, sys, urllib.parse as p\n"
        "out = []\n"
        "for u in json.load(sys.stdin):\n"
        "    s = p.urlsplit(u)\n"
        "    label = p.unquote(s.path[1:])\n"
        "    q = p.parse_qs(s.query, strict_parsing=True)\n"
        "    out.append({'scheme': s.scheme, 'type': s.netloc, 'label': label, 'issuer': q['issuer'][0],\n"
        "                'secret': q['secret'][0], 'form_label': p.unquote_plus(s.path[1:])})\n"
        "json.dump(out, sys.stdout)\n");
    const QString out = runTool(QStringLiteral("python3"), {QStringLiteral("-c"), script}, QStringLiteral("python3"),
                                QJsonDocument(uris).toJson());
    if (QTest::currentTestFailed())
        return;
    const QJsonArray decoded = QJsonDocument::fromJson(out.toUtf8()).array();
    QCOMPARE(decoded.size(), names.size());
    for (int i = 0; i < names.size(); ++i) {
        const QJsonObject o = decoded.at(i).toObject();
        const QString label = names.at(i).first + QLatin1Char(':') + names.at(i).second;
        QCOMPARE(o.value(QStringLiteral("scheme")).toString(), QStringLiteral("otpauth"));
        QCOMPARE(o.value(QStringLiteral("type")).toString(), QStringLiteral("totp"));
        QCOMPARE(o.value(QStringLiteral("label")).toString(), label);
        QCOMPARE(o.value(QStringLiteral("form_label")).toString(), label);
        QCOMPARE(o.value(QStringLiteral("issuer")).toString(), names.at(i).first);
        QCOMPARE(o.value(QStringLiteral("secret")).toString(), QStringLiteral("HXDMVJECJJWSRB3HWIZR4IFUGFTMXBOZ"));
    }
}

void TestOtp::uriBuildRefuses_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("error");
    QTest::newRow("colon in issuer") << QStringLiteral("issuer") << QStringLiteral("ACME:Co") << QStringLiteral("The issuer “ACME:Co” contains a colon (:)");
    QTest::newRow("colon in account") << QStringLiteral("account") << QStringLiteral("dom:alice") << QStringLiteral("The account name “dom:alice” contains a colon (:)");
    QTest::newRow("empty issuer") << QStringLiteral("issuer") << QString() << QStringLiteral("The issuer is empty");
    QTest::newRow("empty account") << QStringLiteral("account") << QString() << QStringLiteral("The account name is empty.");
    QTest::newRow("issuer with leading space") << QStringLiteral("issuer") << QStringLiteral(" ACME") << QStringLiteral("starts or ends with a space");
    QTest::newRow("account with trailing space") << QStringLiteral("account") << QStringLiteral("alice ") << QStringLiteral("starts or ends with a space");
    QTest::newRow("type") << QStringLiteral("type") << QStringLiteral("motp") << QStringLiteral("The key URI type “motp” is not supported; use totp or hotp.");
    QTest::newRow("type upper case") << QStringLiteral("type") << QStringLiteral("TOTP") << QStringLiteral("type “TOTP” is not supported");
    QTest::newRow("15-byte secret") << QStringLiteral("secret") << QStringLiteral("15") << QStringLiteral("The secret is 15 bytes (120 bits); it needs at least 16 bytes (128 bits).");
    QTest::newRow("empty secret") << QStringLiteral("secret") << QStringLiteral("0") << QStringLiteral("The secret is 0 bytes");
    QTest::newRow("7 digits") << QStringLiteral("digits") << QStringLiteral("7") << QStringLiteral("of 7 digits are not supported");
    QTest::newRow("period 0") << QStringLiteral("period") << QStringLiteral("0") << QStringLiteral("A time step of 0 seconds");
}

void TestOtp::uriBuildRefuses()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, error);
    OtpAuthUri u = sampleUri();
    if (field == QStringLiteral("issuer"))
        u.issuer = value;
    else if (field == QStringLiteral("account"))
        u.account = value;
    else if (field == QStringLiteral("type"))
        u.type = value;
    else if (field == QStringLiteral("secret"))
        u.secret = randomBytes(value.toInt());
    else if (field == QStringLiteral("digits"))
        u.params.digits = value.toInt();
    else if (field == QStringLiteral("period"))
        u.params.period = value.toInt();
    const Result<QString> r = buildOtpAuthUri(u);
    QVERIFY(!r.ok());
    QCOMPARE(r.code(), ErrorCode::InvalidInput);
    QVERIFY2(r.message().contains(error), qPrintable(r.message()));
}

void TestOtp::uriParseAccepts_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("issuer");
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("algorithm");
    QTest::addColumn<int>("digits");
    QTest::addColumn<int>("period");
    const QString s = QStringLiteral("secret=HXDMVJECJJWSRB3HWIZR4IFUGFTMXBOZ");
    QTest::newRow("Google's example") << QStringLiteral("otpauth://totp/Example:alice@google.com?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Example")
                                      << QStringLiteral("Example") << QStringLiteral("alice@google.com") << QStringLiteral("SHA1") << 6 << 30;
    QTest::newRow("defaults") << QStringLiteral("otpauth://totp/ACME%20Co:john?") + s << QStringLiteral("ACME Co") << QStringLiteral("john") << QStringLiteral("SHA1") << 6 << 30;
    QTest::newRow("no prefix, issuer parameter") << QStringLiteral("otpauth://totp/john?") + s + QStringLiteral("&issuer=ACME%20Co") << QStringLiteral("ACME Co") << QStringLiteral("john") << QStringLiteral("SHA1") << 6 << 30;
    QTest::newRow("no issuer at all") << QStringLiteral("otpauth://totp/john?") + s << QString() << QStringLiteral("john") << QStringLiteral("SHA1") << 6 << 30;
    QTest::newRow("space after colon") << QStringLiteral("otpauth://totp/ACME:%20john?") + s << QStringLiteral("ACME") << QStringLiteral("john") << QStringLiteral("SHA1") << 6 << 30;
    QTest::newRow("encoded colon in label") << QStringLiteral("otpauth://totp/ACME%3Ajohn?") + s << QStringLiteral("ACME") << QStringLiteral("john") << QStringLiteral("SHA1") << 6 << 30;
    QTest::newRow("lower-case algorithm") << QStringLiteral("otpauth://totp/A:b?") + s + QStringLiteral("&algorithm=sha256&digits=8&period=60") << QStringLiteral("A") << QStringLiteral("b") << QStringLiteral("SHA256") << 8 << 60;
    QTest::newRow("lower-case, padded secret") << QStringLiteral("otpauth://totp/A:b?secret=gezdgnbvgy3tqojqgezdgnbvgy======") << QStringLiteral("A") << QStringLiteral("b") << QStringLiteral("SHA1") << 6 << 30;
    QTest::newRow("unknown parameter ignored") << QStringLiteral("otpauth://totp/A:b?") + s + QStringLiteral("&image=https%3A%2F%2Fexample.com%2Flogo.png") << QStringLiteral("A") << QStringLiteral("b") << QStringLiteral("SHA1") << 6 << 30;
    QTest::newRow("literal + is a plus") << QStringLiteral("otpauth://totp/A+B:c+d?") + s + QStringLiteral("&issuer=A+B") << QStringLiteral("A+B") << QStringLiteral("c+d") << QStringLiteral("SHA1") << 6 << 30;
    QTest::newRow("upper-case scheme and type") << QStringLiteral("OTPAUTH://TOTP/A:b?") + s << QStringLiteral("A") << QStringLiteral("b") << QStringLiteral("SHA1") << 6 << 30;
}

void TestOtp::uriParseAccepts()
{
    QFETCH(QString, uri);
    QFETCH(QString, issuer);
    QFETCH(QString, account);
    QFETCH(QString, algorithm);
    QFETCH(int, digits);
    QFETCH(int, period);
    const Result<OtpAuthUri> r = parseOtpAuthUri(uri);
    QVERIFY2(r.ok(), qPrintable(describe(r)));
    QCOMPARE(r->type, QStringLiteral("totp"));
    QCOMPARE(r->issuer, issuer);
    QCOMPARE(r->account, account);
    QCOMPARE(otpAlgorithmName(r->params.algorithm), algorithm);
    QCOMPARE(r->params.digits, digits);
    QCOMPARE(r->params.period, period);
    QVERIFY(r->secret.size() >= MinOtpSecretBytes);
}

void TestOtp::uriParseRefuses_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("error");
    const QString s = QStringLiteral("secret=HXDMVJECJJWSRB3HWIZR4IFUGFTMXBOZ");
    QTest::newRow("empty") << QString() << QStringLiteral("The key URI is not a valid URI.");
    QTest::newRow("not a URI") << QStringLiteral("not a uri at all") << QStringLiteral("The key URI is not a valid URI.");
    QTest::newRow("wrong scheme") << QStringLiteral("https://totp/A:b?") + s << QStringLiteral("A key URI starts with otpauth:// (this one has the scheme “https”).");
    QTest::newRow("no scheme") << QStringLiteral("totp/A:b?") + s << QStringLiteral("this one has the scheme “”");
    QTest::newRow("wrong type") << QStringLiteral("otpauth://motp/A:b?") + s << QStringLiteral("The key URI type “motp” is not supported; use totp or hotp.");
    QTest::newRow("no type") << QStringLiteral("otpauth:///A:b?") + s << QStringLiteral("type “” is not supported");
    QTest::newRow("no label") << QStringLiteral("otpauth://totp/?") + s << QStringLiteral("The key URI has no account name in its label.");
    QTest::newRow("issuer, no account") << QStringLiteral("otpauth://totp/ACME:?") + s << QStringLiteral("no account name");
    QTest::newRow("colon, no issuer") << QStringLiteral("otpauth://totp/:alice?") + s << QStringLiteral("The label has a colon but no issuer before it.");
    QTest::newRow("two colons") << QStringLiteral("otpauth://totp/A:B:c?") + s << QStringLiteral("The label “A:B:c” has 2 colons; it may have one, between issuer and account.");
    QTest::newRow("encoded extra colon") << QStringLiteral("otpauth://totp/A:B%3Ac?") + s << QStringLiteral("has 2 colons");
    QTest::newRow("issuers differ") << QStringLiteral("otpauth://totp/ACME:b?") + s + QStringLiteral("&issuer=Evil") << QStringLiteral("The issuer in the label (“ACME”) differs from the issuer parameter (“Evil”).");
    QTest::newRow("issuer parameter with colon") << QStringLiteral("otpauth://totp/b?") + s + QStringLiteral("&issuer=A%3AB") << QStringLiteral("The issuer “A:B” contains a colon");
    QTest::newRow("missing secret") << QStringLiteral("otpauth://totp/A:b?issuer=A") << QStringLiteral("The key URI has no secret parameter.");
    QTest::newRow("empty secret") << QStringLiteral("otpauth://totp/A:b?secret=&issuer=A") << QStringLiteral("no secret parameter");
    QTest::newRow("non-base32 secret") << QStringLiteral("otpauth://totp/A:b?secret=HXDMVJECJJWSRB3HWIZR4IFUGFTMXBO1") << QStringLiteral("The secret in the key URI is not valid base32: Character 32 of the base32 text is not a base32 character");
    QTest::newRow("base64 secret") << QStringLiteral("otpauth://totp/A:b?secret=MTIzNDU2Nzg5MDEyMzQ1Njc4OTA%3D") << QStringLiteral("not valid base32");
    QTest::newRow("secret with trailing bits") << QStringLiteral("otpauth://totp/A:b?secret=HXDMVJECJJWSRB3HWIZR4IFUGFTMXBOZZ") << QStringLiteral("not valid base32");
    QTest::newRow("short secret") << QStringLiteral("otpauth://totp/A:b?secret=JBSWY3DPEHPK3PXP") << QStringLiteral("The secret is 10 bytes (80 bits); it needs at least 16 bytes (128 bits).");
    QTest::newRow("secret twice") << QStringLiteral("otpauth://totp/A:b?") + s + QLatin1Char('&') + s << QStringLiteral("The key URI gives the secret parameter more than once.");
    QTest::newRow("digits twice") << QStringLiteral("otpauth://totp/A:b?") + s + QStringLiteral("&digits=6&digits=8") << QStringLiteral("gives the digits parameter more than once");
    QTest::newRow("digits=7") << QStringLiteral("otpauth://totp/A:b?") + s + QStringLiteral("&digits=7") << QStringLiteral("One-time passwords of 7 digits are not supported; use 6 or 8 digits.");
    QTest::newRow("digits=0") << QStringLiteral("otpauth://totp/A:b?") + s + QStringLiteral("&digits=0") << QStringLiteral("of 0 digits are not supported");
    QTest::newRow("digits=six") << QStringLiteral("otpauth://totp/A:b?") + s + QStringLiteral("&digits=six") << QStringLiteral("The digits parameter of the key URI must be a whole number (found “six”).");
    QTest::newRow("digits=-6") << QStringLiteral("otpauth://totp/A:b?") + s + QStringLiteral("&digits=-6") << QStringLiteral("must be a whole number (found “-6”)");
    QTest::newRow("digits empty") << QStringLiteral("otpauth://totp/A:b?") + s + QStringLiteral("&digits=") << QStringLiteral("must be a whole number");
    QTest::newRow("algorithm=MD5") << QStringLiteral("otpauth://totp/A:b?") + s + QStringLiteral("&algorithm=MD5") << QStringLiteral("The algorithm “MD5” is not supported; use SHA1, SHA256 or SHA512.");
    QTest::newRow("algorithm empty") << QStringLiteral("otpauth://totp/A:b?") + s + QStringLiteral("&algorithm=") << QStringLiteral("The algorithm “” is not supported");
    QTest::newRow("period=0") << QStringLiteral("otpauth://totp/A:b?") + s + QStringLiteral("&period=0") << QStringLiteral("A time step of 0 seconds is not supported; use 1 to 300 seconds");
    QTest::newRow("period=301") << QStringLiteral("otpauth://totp/A:b?") + s + QStringLiteral("&period=301") << QStringLiteral("A time step of 301 seconds");
    QTest::newRow("period huge") << QStringLiteral("otpauth://totp/A:b?") + s + QStringLiteral("&period=99999999999999999999999") << QStringLiteral("must be a whole number");
    QTest::newRow("period=30s") << QStringLiteral("otpauth://totp/A:b?") + s + QStringLiteral("&period=30s") << QStringLiteral("The period parameter of the key URI must be a whole number (found “30s”).");
    QTest::newRow("hotp without counter") << QStringLiteral("otpauth://hotp/A:b?") + s << QStringLiteral("An hotp key URI needs a counter parameter.");
    QTest::newRow("hotp, counter=-1") << QStringLiteral("otpauth://hotp/A:b?") + s + QStringLiteral("&counter=-1") << QStringLiteral("The counter parameter of the key URI must be a whole number (found “-1”).");
    QTest::newRow("hotp, counter too big") << QStringLiteral("otpauth://hotp/A:b?") + s + QStringLiteral("&counter=18446744073709551616") << QStringLiteral("counter parameter of the key URI must be a whole number");
    QTest::newRow("control character shown escaped") << QStringLiteral("otpauth://totp/A:b?") + s + QStringLiteral("&algorithm=MD5%1B%5B2J") << QStringLiteral("The algorithm “MD5\\u{1b}[2J” is not supported");
}

void TestOtp::uriParseRefuses()
{
    QFETCH(QString, uri);
    QFETCH(QString, error);
    const Result<OtpAuthUri> r = parseOtpAuthUri(uri);
    QVERIFY2(!r.ok(), qPrintable(uri));
    QCOMPARE(r.code(), ErrorCode::InvalidInput);
    QVERIFY2(r.message().contains(error), qPrintable(r.message()));
    // No error message quotes the secret.
    QVERIFY2(!r.message().contains(QStringLiteral("HXDMVJECJJWSRB3HWIZR4IFUGFTMXB")), qPrintable(r.message()));
}

QTEST_GUILESS_MAIN(TestOtp)
#include "tst_otp.moc"
