// The password policy against security.md "Passwords" (NIST SP 800-63B-4 §3.1.1.2): length in code
// points after NFC, 15 vs 8 with MFA, early refusal of huge input, composition off by default and
// named when on, the common-password blocklist (checked against the npm package's own JSON as the
// oracle), context words, every setting validated and round-tripped, and the generator.

#include "core/crypto/PasswordGenerator.h"
#include "core/i18n/EnglishPluralTranslator.h"
#include "core/policy/PasswordBlocklist.h"
#include "core/policy/PasswordPolicy.h"
#include "tests/support/StoreFixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QThread>

#include <atomic>
#include <cmath>
#include <memory>
#include <vector>

using namespace authdesk;
using namespace authdesk::test;

namespace {

QString repeated(const QString &unit, int n)
{
    QString s;
    for (int i = 0; i < n; ++i)
        s += unit;
    return s;
}

const QString grinning = QString::fromUcs4(U"\U0001F600", 1);
const QString decomposedE = QStringLiteral("e\u0301"); // "é" as e + COMBINING ACUTE ACCENT

// Passes every rule of the default policy; used to vary one thing at a time.
const QString goodPassword = QStringLiteral("correct horse battery staple");

// Names chosen so that none of their words is on the common-password list by itself.
PasswordContext account(bool mfa = false)
{
    return PasswordContext{QStringLiteral("qelvandor.k"), QStringLiteral("mirthwick.qel@example.org"),
                           QStringLiteral("Zorana Pettigrew-Ollander"), mfa};
}

// The refusal's message, or "accepted".
QString verdict(const PasswordPolicy &policy, const QString &password, const PasswordContext &context = {})
{
    const Status s = policy.check(password, context);
    if (s.ok())
        return QStringLiteral("accepted");
    return s.code() == ErrorCode::InvalidInput ? s.message() : QStringLiteral("wrong code: ") + describe(s);
}

PasswordPolicy withComposition()
{
    PasswordPolicy p;
    p.requireComposition = true;
    return p;
}

} // namespace

class TestPasswordPolicy : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    // First: nothing else in this process has touched the blocklist yet.
    void blocklistLoadsOnceFromManyThreads();
    void length_data();
    void length();
    void hugeInputRefusedAsTooLong_data();
    void hugeInputRefusedAsTooLong();
    void maximumIsSettable();
    void characters_data();
    void characters();
    void compositionOffByDefault();
    void compositionNamesWhatIsMissing_data();
    void compositionNamesWhatIsMissing();
    void blocklistHoldsThePackageList();
    void blocklist_data();
    void blocklist();
    void blocklistCanBeSwitchedOff();
    void contextWords_data();
    void contextWords();
    void contextWordsCanBeSwitchedOff();
    void settingKeysAndDescriptions();
    void validateSetting_data();
    void validateSetting();
    void settingsRoundTrip();
    void fromSettingsFallsBackToDefaults();
    void generator_data();
    void generator();
    void generatorIsUniform();
};

void TestPasswordPolicy::initTestCase()
{
    // As the applications do, so messages read "8 characters", not "8 character(s)".
    QCoreApplication::installTranslator(new EnglishPluralTranslator(this));
}

void TestPasswordPolicy::blocklistLoadsOnceFromManyThreads()
{
    std::atomic<int> wrong{0};
    std::vector<std::unique_ptr<QThread>> threads;
    for (int i = 0; i < 8; ++i) {
        threads.emplace_back(QThread::create([&wrong] {
            if (!PasswordBlocklist::contains(QStringLiteral("password")) || PasswordBlocklist::size() < 10000
                || PasswordBlocklist::contains(QStringLiteral("correct horse battery staple")))
                ++wrong;
        }));
    }
    for (auto &t : threads)
        t->start();
    for (auto &t : threads)
        QVERIFY(t->wait(60000));
    QCOMPARE(wrong.load(), 0);
}

void TestPasswordPolicy::length_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("mfa");
    QTest::addColumn<QString>("expected"); // "accepted" or a piece of the refusal

    const QString fifteen = QStringLiteral("zq7 wbx8 kvt2 m");
    QCOMPARE(fifteen.size(), 15);
    QTest::newRow("15 without MFA") << fifteen << false << QStringLiteral("accepted");
    QTest::newRow("14 without MFA") << fifteen.left(14) << false << QStringLiteral("too short: at least 15");
    QTest::newRow("14 without MFA names the MFA minimum")
        << fifteen.left(14) << false << QStringLiteral("(8 once it has it)");
    QTest::newRow("8 with MFA") << fifteen.left(8) << true << QStringLiteral("accepted");
    QTest::newRow("7 with MFA") << fifteen.left(7) << true
                                << QStringLiteral("too short: at least 8 characters for an account with multi-factor");
    QTest::newRow("8 without MFA") << fifteen.left(8) << false << QStringLiteral("too short: at least 15");
    // 16 UTF-16 units but 8 code points.
    QTest::newRow("8 x U+1F600 with MFA") << repeated(grinning, 8) << true << QStringLiteral("accepted");
    QTest::newRow("7 x U+1F600 with MFA") << repeated(grinning, 7) << true << QStringLiteral("too short");
    QTest::newRow("8 x U+1F600 without MFA is 8, not 16")
        << repeated(grinning, 8) << false << QStringLiteral("too short: at least 15");
    QTest::newRow("15 x U+1F600 without MFA") << repeated(grinning, 15) << false << QStringLiteral("accepted");
    // NFC: 15 decomposed "é" are 30 code points as typed, 15 once normalized.
    QTest::newRow("15 decomposed e-acute") << repeated(decomposedE, 15) << false << QStringLiteral("accepted");
    QTest::newRow("14 decomposed e-acute count 14, not 28")
        << repeated(decomposedE, 14) << false << QStringLiteral("too short: at least 15");
    QTest::newRow("64 characters") << repeated(QStringLiteral("Tz4-v"), 13).left(64) << false
                                   << QStringLiteral("accepted");
    QTest::newRow("1024 characters") << repeated(QStringLiteral("Tz4-v"), 205).left(1024) << false
                                     << QStringLiteral("accepted");
    QTest::newRow("1025 characters") << repeated(QStringLiteral("Tz4-v"), 205).left(1025) << false
                                     << QStringLiteral("too long: at most 1024 characters");
    QTest::newRow("1024 x U+1F600 (2048 units)") << repeated(grinning, 1024) << false << QStringLiteral("accepted");
    QTest::newRow("1025 x U+1F600") << repeated(grinning, 1025) << false << QStringLiteral("too long");
    QTest::newRow("empty") << QString() << false << QStringLiteral("too short");
}

void TestPasswordPolicy::length()
{
    QFETCH(QString, password);
    QFETCH(bool, mfa);
    QFETCH(QString, expected);
    const QString v = verdict(PasswordPolicy{}, password, PasswordContext{{}, {}, {}, mfa});
    QVERIFY2(v.contains(expected), qPrintable(v));
}

void TestPasswordPolicy::hugeInputRefusedAsTooLong_data()
{
    QTest::addColumn<QString>("password");
    QTest::newRow("10 kB of letters") << repeated(QStringLiteral("a"), 10 * 1024);
    // Refused as too long, not as invalid: the length cap runs before anything walks the string.
    QTest::newRow("10 kB with an unpaired surrogate") << repeated(QStringLiteral("a"), 10 * 1024 - 1) + QChar(0xD800);
    QTest::newRow("10 kB of combining marks") << repeated(decomposedE, 5 * 1024);
}

void TestPasswordPolicy::hugeInputRefusedAsTooLong()
{
    QFETCH(QString, password);
    const QString v = verdict(PasswordPolicy{}, password);
    QVERIFY2(v.startsWith(QStringLiteral("The password is too long: at most 1024 characters")), qPrintable(v));
}

void TestPasswordPolicy::maximumIsSettable()
{
    PasswordPolicy p;
    p.maxLength = 64;
    const QString sixtyFour = repeated(QStringLiteral("Tz4-v"), 13).left(64);
    QCOMPARE(verdict(p, sixtyFour), QStringLiteral("accepted"));
    QVERIFY(verdict(p, sixtyFour + QLatin1Char('x')).contains(QStringLiteral("too long: at most 64 characters")));
    p.maxLength = 4096;
    QCOMPARE(verdict(p, repeated(grinning, 4096)), QStringLiteral("accepted"));
    QVERIFY(verdict(p, repeated(grinning, 4097)).contains(QStringLiteral("too long: at most 4096")));
}

void TestPasswordPolicy::characters_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("expected");
    QTest::newRow("spaces, inside and at the ends")
        << QStringLiteral("  correct horse battery  ") << QStringLiteral("accepted");
    QTest::newRow("non-Latin letters") << QStringLiteral("пароль-для-админа-ёж") << QStringLiteral("accepted");
    QTest::newRow("CJK") << QStringLiteral("正确的马电池订书钉很好记住吗是的") << QStringLiteral("accepted");
    QTest::newRow("emoji with ZWJ") << QStringLiteral("family \U0001F468\u200D\U0001F469\u200D\U0001F467 trip 1999")
                                    << QStringLiteral("accepted");
    const QString base = QStringLiteral("correct horse battery");
    QTest::newRow("NUL") << base + QChar(0) + QStringLiteral("x") << QStringLiteral("control character");
    QTest::newRow("tab") << base + QStringLiteral("\tx") << QStringLiteral("control character");
    QTest::newRow("line feed") << base + QStringLiteral("\n") << QStringLiteral("control character");
    QTest::newRow("escape") << base + QStringLiteral("\x1b[2J") << QStringLiteral("control character");
    QTest::newRow("DEL") << base + QChar(0x7F) << QStringLiteral("control character");
    QTest::newRow("C1 NEL") << base + QChar(0x85) << QStringLiteral("control character");
    QTest::newRow("lone high surrogate") << base + QChar(0xD83D) << QStringLiteral("unpaired UTF-16 surrogate");
    QTest::newRow("lone low surrogate") << QChar(0xDE00) + base << QStringLiteral("unpaired UTF-16 surrogate");
}

void TestPasswordPolicy::characters()
{
    QFETCH(QString, password);
    QFETCH(QString, expected);
    const QString v = verdict(PasswordPolicy{}, password);
    QVERIFY2(v.contains(expected), qPrintable(v));
}

void TestPasswordPolicy::compositionOffByDefault()
{
    QVERIFY(!PasswordPolicy{}.requireComposition);
    QCOMPARE(verdict(PasswordPolicy{}, goodPassword), QStringLiteral("accepted"));
    QCOMPARE(verdict(PasswordPolicy{}, QStringLiteral("alllowercaseletters")), QStringLiteral("accepted"));
    QCOMPARE(verdict(withComposition(), QStringLiteral("Correct horse battery 4")), QStringLiteral("accepted"));
}

void TestPasswordPolicy::compositionNamesWhatIsMissing_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QStringList>("missing");
    QTest::addColumn<QStringList>("present");
    const QString upper = QStringLiteral("an upper-case letter");
    const QString lower = QStringLiteral("a lower-case letter");
    const QString digit = QStringLiteral("a digit");
    const QString special = QStringLiteral("a special character");
    QTest::newRow("no upper") << QStringLiteral("correct horse battery 4") << QStringList{upper}
                              << QStringList{lower, digit, special};
    QTest::newRow("no lower") << QStringLiteral("CORRECT HORSE BATTERY 4") << QStringList{lower}
                              << QStringList{upper, digit, special};
    QTest::newRow("no digit") << QStringLiteral("Correct horse battery staple") << QStringList{digit}
                              << QStringList{upper, lower, special};
    QTest::newRow("no special") << QStringLiteral("CorrectHorseBattery4") << QStringList{special}
                                << QStringList{upper, lower, digit};
    QTest::newRow("only lower") << QStringLiteral("correcthorsebattery") << QStringList{upper, digit, special}
                                << QStringList{lower};
    QTest::newRow("only digits") << QStringLiteral("846120395718264") << QStringList{upper, lower, special}
                                 << QStringList{digit};
    QTest::newRow("non-ASCII upper and lower count")
        << QStringLiteral("ÄÖÜ äöü ßẞ 12345") << QStringList{} << QStringList{};
}

void TestPasswordPolicy::compositionNamesWhatIsMissing()
{
    QFETCH(QString, password);
    QFETCH(QStringList, missing);
    QFETCH(QStringList, present);
    const QString v = verdict(withComposition(), password);
    if (missing.isEmpty()) {
        QCOMPARE(v, QStringLiteral("accepted"));
        return;
    }
    QVERIFY2(v.contains(QStringLiteral("this password lacks")), qPrintable(v));
    const QString lacks = v.mid(v.indexOf(QStringLiteral("lacks")));
    for (const QString &m : missing)
        QVERIFY2(lacks.contains(m), qPrintable(v));
    for (const QString &p : present)
        QVERIFY2(!lacks.contains(p), qPrintable(v));
    // The same password is fine under the default policy.
    QCOMPARE(verdict(PasswordPolicy{}, password), QStringLiteral("accepted"));
}

void TestPasswordPolicy::blocklistHoldsThePackageList()
{
    // The oracle: the npm package's own JSON, read here independently of extract.mjs and the resource.
    QFile file(QStringLiteral(AUTHDESK_BLOCKLIST_SOURCE));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QJsonArray list = QJsonDocument::fromJson(file.readAll()).array();
    QVERIFY(list.size() >= 10000);
    QSet<QString> distinct;
    for (const auto &v : list) {
        const QString entry = v.toString();
        QVERIFY(!entry.isEmpty());
        distinct.insert(entry.normalized(QString::NormalizationForm_C).toCaseFolded());
        if (!PasswordBlocklist::contains(entry))
            QFAIL(qPrintable(QStringLiteral("missing from the blocklist: ") + entry));
    }
    QCOMPARE(PasswordBlocklist::size(), distinct.size());
    QVERIFY(PasswordBlocklist::size() >= 10000);
}

void TestPasswordPolicy::blocklist_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("mfa");
    QTest::addColumn<QString>("expected");
    const QString listed = QStringLiteral("on the list of commonly used passwords");
    const QString suffixed = QStringLiteral("commonly used password with digits");
    // Entries of the list long enough to pass the length rule on their own.
    QTest::newRow("passwordpassword") << QStringLiteral("passwordpassword") << false << listed;
    QTest::newRow("PassWordPassWord") << QStringLiteral("PassWordPassWord") << false << listed;
    QTest::newRow("1qaz2wsx3edc4rfv") << QStringLiteral("1qaz2wsx3edc4rfv") << false << listed;
    QTest::newRow("QAZWSXEDCRFVTGB") << QStringLiteral("QAZWSXEDCRFVTGB") << false << listed;
    QTest::newRow("123456789987654321") << QStringLiteral("123456789987654321") << false << listed;
    QTest::newRow("iloveyou (MFA)") << QStringLiteral("iloveyou") << true << listed;
    QTest::newRow("TrustNo1 (MFA)") << QStringLiteral("TrustNo1") << true << listed;
    QTest::newRow("baseball (MFA)") << QStringLiteral("BASEBALL") << true << listed;
    // Not on the list, but a listed password with digits/punctuation at the end.
    QTest::newRow("password1234567") << QStringLiteral("password1234567") << false << suffixed;
    QTest::newRow("Password1234567!") << QStringLiteral("Password1234567!") << false << suffixed;
    QTest::newRow("dragon2024!!!!!!!") << QStringLiteral("Dragon2024!!!!!!!") << false << suffixed;
    QTest::newRow("letmein + emoji") << QStringLiteral("letmein") + repeated(grinning, 8) << false << suffixed;
    QTest::newRow("iloveyou!! (MFA)") << QStringLiteral("iloveyou!!") << true << suffixed;
    // Common words inside a longer passphrase are fine.
    QTest::newRow("passphrase with common words")
        << QStringLiteral("dragon monkey sunshine") << false << QStringLiteral("accepted");
    QTest::newRow("digits in front") << QStringLiteral("1234567 password") << false << QStringLiteral("accepted");
    QTest::newRow("correct horse battery staple") << goodPassword << false << QStringLiteral("accepted");
}

void TestPasswordPolicy::blocklist()
{
    QFETCH(QString, password);
    QFETCH(bool, mfa);
    QFETCH(QString, expected);
    const QString v = verdict(PasswordPolicy{}, password, PasswordContext{{}, {}, {}, mfa});
    QVERIFY2(v.contains(expected), qPrintable(v));
    // The message never repeats the password.
    if (v != QStringLiteral("accepted"))
        QVERIFY2(!v.contains(password, Qt::CaseInsensitive), qPrintable(v));
}

void TestPasswordPolicy::blocklistCanBeSwitchedOff()
{
    PasswordPolicy p;
    p.blocklist = false;
    QCOMPARE(verdict(p, QStringLiteral("passwordpassword")), QStringLiteral("accepted"));
    QCOMPARE(verdict(p, QStringLiteral("password1234567")), QStringLiteral("accepted"));
    QVERIFY(PasswordBlocklist::contains(QStringLiteral("PASSWORDpassword")));
    QVERIFY(!PasswordBlocklist::contains(QStringLiteral("password1234567"))); // only check() strips suffixes
}

void TestPasswordPolicy::contextWords_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("mfa");
    QTest::addColumn<QString>("expected");
    const QString username = QStringLiteral("contains the account's username");
    const QString email = QStringLiteral("name part of the account's email address");
    const QString display = QStringLiteral("part of the account's display name");
    const QString product = QStringLiteral("product name “AuthDesk”");
    // account(): username "qelvandor.k", email "mirthwick.qel@example.org", display name "Zorana Pettigrew-Ollander".
    QTest::newRow("username + filler") << QStringLiteral("qelvandor.k-zq7wbx8kv") << false << username;
    QTest::newRow("username, other case") << QStringLiteral("QELVANDOR.K-ZQ7WBX8KV") << false << username;
    QTest::newRow("username part + digits") << QStringLiteral("Qelvandor90382716") << false << username;
    QTest::newRow("email local part (MFA)") << QStringLiteral("Mirthwick.Qel!") << true << email;
    QTest::newRow("email local part part") << QStringLiteral("mirthwick-7163928") << false << email;
    QTest::newRow("display name part") << QStringLiteral("PETTIGREW-zq7wbx8k") << false << display;
    QTest::newRow("product name") << QStringLiteral("AuthDesk-zq7wbx8") << false << product;
    QTest::newRow("product name, MFA") << QStringLiteral("authdesk2024") << true << product;
    QTest::newRow("product name twice") << QStringLiteral("authdesk authdesk x") << false << product;
    // What is left without the word is long enough, but a common password.
    QTest::newRow("username + common password (MFA)") << QStringLiteral("qelvandor.k-12345678") << true << username;
    QTest::newRow("product + common password") << QStringLiteral("authdesk:passwordpassword") << false << product;
    // A context word inside a password that does not rest on it.
    QTest::newRow("username in a long passphrase")
        << QStringLiteral("qelvandor likes correct horse battery staple") << false << QStringLiteral("accepted");
    QTest::newRow("product in a long passphrase")
        << QStringLiteral("authdesk: purple elephant tuba") << false << QStringLiteral("accepted");
    QTest::newRow("short name parts are no context words")
        << QStringLiteral("qel qel qel zq7wbx8kv-m") << false << QStringLiteral("accepted");
    QTest::newRow("no context word") << goodPassword << false << QStringLiteral("accepted");
}

void TestPasswordPolicy::contextWords()
{
    QFETCH(QString, password);
    QFETCH(bool, mfa);
    QFETCH(QString, expected);
    const QString v = verdict(PasswordPolicy{}, password, account(mfa));
    QVERIFY2(v.contains(expected), qPrintable(v));
    if (v != QStringLiteral("accepted"))
        QVERIFY2(!v.contains(password, Qt::CaseInsensitive), qPrintable(v));
}

void TestPasswordPolicy::contextWordsCanBeSwitchedOff()
{
    PasswordPolicy p;
    p.contextWords = false;
    QCOMPARE(verdict(p, QStringLiteral("qelvandor.k-zq7wbx8kv"), account()), QStringLiteral("accepted"));
    QCOMPARE(verdict(p, QStringLiteral("AuthDesk-zq7wbx8"), account()), QStringLiteral("accepted"));
}

void TestPasswordPolicy::settingKeysAndDescriptions()
{
    const QStringList expected{QStringLiteral("password.min_length"), QStringLiteral("password.min_length_with_mfa"),
                               QStringLiteral("password.max_length"), QStringLiteral("password.require_composition"),
                               QStringLiteral("password.blocklist"),  QStringLiteral("password.context_words")};
    QCOMPARE(PasswordPolicy::settingKeys(), expected);
    for (const QString &key : expected)
        QVERIFY2(!PasswordPolicy::settingDescription(key).isEmpty(), qPrintable(key));
    QVERIFY(PasswordPolicy::settingDescription(QStringLiteral("password.colour")).isEmpty());
    const auto defaults = PasswordPolicy{}.toSettings();
    QCOMPARE(defaults.value(QStringLiteral("password.min_length")), QStringLiteral("15"));
    QCOMPARE(defaults.value(QStringLiteral("password.min_length_with_mfa")), QStringLiteral("8"));
    QCOMPARE(defaults.value(QStringLiteral("password.max_length")), QStringLiteral("1024"));
    QCOMPARE(defaults.value(QStringLiteral("password.require_composition")), QStringLiteral("false"));
    QCOMPARE(defaults.value(QStringLiteral("password.blocklist")), QStringLiteral("true"));
    QCOMPARE(defaults.value(QStringLiteral("password.context_words")), QStringLiteral("true"));
    QCOMPARE(defaults.size(), expected.size());
}

void TestPasswordPolicy::validateSetting_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("currentMin");
    QTest::addColumn<int>("currentMinWithMfa");
    QTest::addColumn<QString>("expected"); // "=normalized" or a piece of the refusal

    const QString minLen = QStringLiteral("password.min_length");
    const QString mfaLen = QStringLiteral("password.min_length_with_mfa");
    const QString maxLen = QStringLiteral("password.max_length");
    const QString comp = QStringLiteral("password.require_composition");
    const QString block = QStringLiteral("password.blocklist");
    const QString ctx = QStringLiteral("password.context_words");
    const QString range = QStringLiteral("must be between");
    const QString number = QStringLiteral("must be a whole number");
    const QString boolean = QStringLiteral("must be true or false");

    QTest::newRow("unknown key") << QStringLiteral("password.colour") << QStringLiteral("15") << 15 << 8
                                 << QStringLiteral("is not a password policy setting");
    QTest::newRow("key of another area") << QStringLiteral("session.idle_minutes") << QStringLiteral("15") << 15 << 8
                                         << QStringLiteral("is not a password policy setting");
    QTest::newRow("key in other case") << QStringLiteral("Password.Min_Length") << QStringLiteral("15") << 15 << 8
                                       << QStringLiteral("is not a password policy setting");
    QTest::newRow("min 15") << minLen << QStringLiteral("15") << 15 << 8 << QStringLiteral("=15");
    QTest::newRow("min 8") << minLen << QStringLiteral("8") << 15 << 8 << QStringLiteral("=8");
    QTest::newRow("min 64") << minLen << QStringLiteral("64") << 15 << 8 << QStringLiteral("=64");
    QTest::newRow("min spaces and leading zero")
        << minLen << QStringLiteral(" 020 ") << 15 << 8 << QStringLiteral("=20");
    QTest::newRow("min 7") << minLen << QStringLiteral("7") << 15 << 8 << range;
    QTest::newRow("min 65") << minLen << QStringLiteral("65") << 15 << 8 << range;
    QTest::newRow("min 0") << minLen << QStringLiteral("0") << 15 << 8 << range;
    QTest::newRow("min negative") << minLen << QStringLiteral("-15") << 15 << 8 << number;
    QTest::newRow("min plus sign") << minLen << QStringLiteral("+15") << 15 << 8 << number;
    QTest::newRow("min word") << minLen << QStringLiteral("fifteen") << 15 << 8 << number;
    QTest::newRow("min fraction") << minLen << QStringLiteral("15.5") << 15 << 8 << number;
    QTest::newRow("min empty") << minLen << QString() << 15 << 8 << number;
    QTest::newRow("min huge") << minLen << QStringLiteral("99999999999999999999") << 15 << 8 << number;
    QTest::newRow("min Arabic-Indic digits") << minLen << QStringLiteral("١٥") << 15 << 8 << number;
    QTest::newRow("min below with-MFA") << minLen << QStringLiteral("10") << 15 << 12
                                        << QStringLiteral("cannot be below password.min_length_with_mfa (now 12)");
    QTest::newRow("mfa 8") << mfaLen << QStringLiteral("8") << 15 << 8 << QStringLiteral("=8");
    QTest::newRow("mfa up to min") << mfaLen << QStringLiteral("15") << 15 << 8 << QStringLiteral("=15");
    QTest::newRow("mfa above min") << mfaLen << QStringLiteral("16") << 15 << 8 << range;
    QTest::newRow("mfa above a raised min") << mfaLen << QStringLiteral("21") << 20 << 8 << range;
    QTest::newRow("mfa 7") << mfaLen << QStringLiteral("7") << 15 << 8 << range;
    QTest::newRow("max 64") << maxLen << QStringLiteral("64") << 15 << 8 << QStringLiteral("=64");
    QTest::newRow("max 4096") << maxLen << QStringLiteral("4096") << 15 << 8 << QStringLiteral("=4096");
    QTest::newRow("max 63") << maxLen << QStringLiteral("63") << 15 << 8 << range;
    QTest::newRow("max 4097") << maxLen << QStringLiteral("4097") << 15 << 8 << range;
    QTest::newRow("max hex") << maxLen << QStringLiteral("0x400") << 15 << 8 << number;
    for (const QString &key : {comp, block, ctx}) {
        const QByteArray k = key.toUtf8();
        QTest::addRow("%s true", k.constData()) << key << QStringLiteral("true") << 15 << 8 << QStringLiteral("=true");
        QTest::addRow("%s ON", k.constData()) << key << QStringLiteral("ON") << 15 << 8 << QStringLiteral("=true");
        QTest::addRow("%s 1", k.constData()) << key << QStringLiteral("1") << 15 << 8 << QStringLiteral("=true");
        QTest::addRow("%s False", k.constData())
            << key << QStringLiteral("False") << 15 << 8 << QStringLiteral("=false");
        QTest::addRow("%s off", k.constData()) << key << QStringLiteral("off") << 15 << 8 << QStringLiteral("=false");
        QTest::addRow("%s 0", k.constData()) << key << QStringLiteral("0") << 15 << 8 << QStringLiteral("=false");
        QTest::addRow("%s yes", k.constData()) << key << QStringLiteral("yes") << 15 << 8 << boolean;
        QTest::addRow("%s 2", k.constData()) << key << QStringLiteral("2") << 15 << 8 << boolean;
        QTest::addRow("%s empty", k.constData()) << key << QString() << 15 << 8 << boolean;
    }
}

void TestPasswordPolicy::validateSetting()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(int, currentMin);
    QFETCH(int, currentMinWithMfa);
    QFETCH(QString, expected);
    PasswordPolicy current;
    current.minLength = currentMin;
    current.minLengthWithMfa = currentMinWithMfa;
    const auto r = PasswordPolicy::validateSetting(key, value, current);
    if (expected.startsWith(QLatin1Char('='))) {
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        QCOMPARE(r.value(), expected.mid(1));
        // A normalized value is accepted again as it is.
        const auto again = PasswordPolicy::validateSetting(key, r.value(), current);
        QVERIFY2(again.ok() && again.value() == r.value(), qPrintable(describe(again)));
    } else {
        QCOMPARE(r.code(), ErrorCode::InvalidInput);
        QVERIFY2(r.message().contains(expected), qPrintable(r.message()));
        // The message names the setting it is about.
        QVERIFY2(r.message().contains(key), qPrintable(r.message()));
    }
}

void TestPasswordPolicy::settingsRoundTrip()
{
    PasswordPolicy p;
    p.minLength = 20;
    p.minLengthWithMfa = 12;
    p.maxLength = 256;
    p.requireComposition = true;
    p.blocklist = false;
    p.contextWords = false;
    const auto settings = p.toSettings();
    QCOMPARE(settings.value(QStringLiteral("password.min_length")), QStringLiteral("20"));
    QCOMPARE(settings.value(QStringLiteral("password.require_composition")), QStringLiteral("true"));
    // Every stored value passes validation against the policy it came from.
    for (auto it = settings.cbegin(); it != settings.cend(); ++it) {
        const auto r = PasswordPolicy::validateSetting(it.key(), it.value(), p);
        QVERIFY2(r.ok() && r.value() == it.value(), qPrintable(it.key() + QLatin1Char(' ') + describe(r)));
    }
    const PasswordPolicy q = PasswordPolicy::fromSettings(settings);
    QCOMPARE(q.minLength, 20);
    QCOMPARE(q.minLengthWithMfa, 12);
    QCOMPARE(q.maxLength, 256);
    QCOMPARE(q.requireComposition, true);
    QCOMPARE(q.blocklist, false);
    QCOMPARE(q.contextWords, false);
    QCOMPARE(q.toSettings(), settings);

    // Missing keys are defaults; other areas' keys are ignored.
    const PasswordPolicy d =
        PasswordPolicy::fromSettings({{QStringLiteral("password.max_length"), QStringLiteral("2048")},
                                      {QStringLiteral("session.idle"), QStringLiteral("x")}});
    QCOMPARE(d.maxLength, 2048);
    QCOMPARE(d.minLength, 15);
    QCOMPARE(d.minLengthWithMfa, 8);
    QVERIFY(!d.requireComposition && d.blocklist && d.contextWords);
    const PasswordPolicy e = PasswordPolicy::fromSettings({});
    QCOMPARE(e.toSettings(), PasswordPolicy{}.toSettings());
}

void TestPasswordPolicy::fromSettingsFallsBackToDefaults()
{
    // Values written behind the application's back: each bad one is the default, the good ones stay.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("password.min_length:.*between")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("password.max_length:.*whole number")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("password.blocklist:.*true or false")));
    const PasswordPolicy p = PasswordPolicy::fromSettings({
        {QStringLiteral("password.min_length"), QStringLiteral("3")},
        {QStringLiteral("password.max_length"), QStringLiteral("lots")},
        {QStringLiteral("password.blocklist"), QStringLiteral("nope")},
        {QStringLiteral("password.context_words"), QStringLiteral("off")},
    });
    QCOMPARE(p.minLength, 15);
    QCOMPARE(p.maxLength, 1024);
    QCOMPARE(p.blocklist, true);
    QCOMPARE(p.contextWords, false);
}

void TestPasswordPolicy::generator_data()
{
    QTest::addColumn<bool>("composition");
    QTest::addColumn<int>("minLength");
    QTest::newRow("default policy") << false << 15;
    QTest::newRow("composition on") << true << 15;
    QTest::newRow("minimum 30") << false << 30;
    QTest::newRow("minimum 64, maximum 64, composition") << true << 64;
}

void TestPasswordPolicy::generator()
{
    QFETCH(bool, composition);
    QFETCH(int, minLength);
    PasswordPolicy policy;
    policy.requireComposition = composition;
    policy.minLength = minLength;
    policy.maxLength = 64;
    // The documented form: groups of 5 symbols of 2-9, a-z without i l o, A-Z without I O, joined by "-";
    // only the last group may be shorter.
    static const QRegularExpression form(QStringLiteral(
        "^[2-9a-hjkmnp-zA-HJ-NP-Z]{5}(-[2-9a-hjkmnp-zA-HJ-NP-Z]{5})*(-[2-9a-hjkmnp-zA-HJ-NP-Z]{1,4})?\\z"));
    QSet<QString> seen;
    for (int i = 0; i < 1000; ++i) {
        const QString pw = crypto::generatePassword(policy);
        QVERIFY2(form.match(pw).hasMatch(), qPrintable(pw));
        QVERIFY2(pw.size() >= std::max(23, minLength) && pw.size() <= 64, qPrintable(pw));
        const qsizetype symbols = pw.size() - pw.count(QLatin1Char('-'));
        // At least 100 bits: log2(55) bits per symbol.
        QVERIFY2(double(symbols) * std::log2(55.0) >= 100.0, qPrintable(pw));
        const Status s = policy.check(pw, PasswordContext{});
        QVERIFY2(s.ok(), qPrintable(pw + QLatin1Char(' ') + describe(s)));
        QVERIFY2(!seen.contains(pw), qPrintable(pw));
        seen.insert(pw);
    }
    QCOMPARE(seen.size(), 1000);
}

void TestPasswordPolicy::generatorIsUniform()
{
    // 20,000 symbols over 55: a modulo-biased draw makes 36 symbols 25% more likely, which this
    // chi-square test (critical value at p = 1e-6 for 54 degrees of freedom is about 115) finds.
    const QString alphabet = QStringLiteral("23456789abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ");
    QCOMPARE(QString::fromLatin1(crypto::PasswordAlphabet), alphabet);
    QHash<QChar, int> counts;
    int total = 0;
    for (int i = 0; i < 1000; ++i) {
        for (const QChar c : crypto::generatePassword()) {
            if (c == QLatin1Char('-'))
                continue;
            ++counts[c];
            ++total;
        }
    }
    QCOMPARE(total, 20000);
    QCOMPARE(counts.size(), alphabet.size());
    const double expected = double(total) / double(alphabet.size());
    double chi2 = 0;
    for (const QChar c : alphabet) {
        const double d = counts.value(c) - expected;
        chi2 += d * d / expected;
    }
    QVERIFY2(chi2 < 115.0, qPrintable(QString::number(chi2)));
}

QTEST_GUILESS_MAIN(TestPasswordPolicy)
#include "tst_password_policy.moc"
