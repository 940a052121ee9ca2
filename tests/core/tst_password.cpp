// Password hashing (Argon2id through libargon2) and the minimal password policy: OWASP
// parameters in the PHC string, no truncation, NFC, the security reference's vector, hostile
// parameters refused before anything runs, length in code points; and end to end through the store.

#include "core/crypto/PasswordHasher.h"
#include "core/policy/InputRules.h"
#include "tests/support/StoreFixture.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTest>

using namespace authdesk;
using namespace authdesk::crypto;
using namespace authdesk::test;

namespace {
const QString securityVector =
    QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc");

QString repeated(const QString &unit, int n)
{
    QString s;
    for (int i = 0; i < n; ++i)
        s += unit;
    return s;
}
} // namespace

class TestPassword : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void newHashesAreOwaspArgon2id();
    void saltsDiffer();
    void verify_data();
    void verify();
    void referenceVector_data();
    void referenceVector();
    void hostileHashesRefusedWithoutRunning_data();
    void hostileHashesRefusedWithoutRunning();
    void capsAreInclusive();
    void needsRehash_data();
    void needsRehash();
    void policyCountsCodePoints_data();
    void policyCountsCodePoints();
    void endToEndThroughTheStore();

private:
    qint64 m_hashMs = 0;
};

void TestPassword::initTestCase()
{
    (void)PasswordHasher::hash(QStringLiteral("warm up the allocator once"));
    m_hashMs = std::numeric_limits<qint64>::max();
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer timer;
        timer.start();
        (void)PasswordHasher::hash(QStringLiteral("one OWASP-sized hash"));
        m_hashMs = std::min(m_hashMs, timer.elapsed());
    }
    qInfo("one Argon2id hash (m=19456, t=2, p=1): %lld ms", static_cast<long long>(m_hashMs));
}

void TestPassword::newHashesAreOwaspArgon2id()
{
    const QString phc = PasswordHasher::hash(QStringLiteral("correct horse battery staple"));
    // 16-byte salt and 32-byte hash, unpadded standard base64, as libargon2 encodes them.
    static const QRegularExpression form(
        QStringLiteral("^\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}$"));
    QVERIFY2(form.match(phc).hasMatch(), qPrintable(phc));
    auto params = PasswordHasher::inspect(phc);
    QVERIFY2(params.ok(), qPrintable(describe(params)));
    QCOMPARE(params->scheme, QStringLiteral("argon2id"));
    QVERIFY(params->argon2);
    QCOMPARE(params->argon2->memoryKiB, 19456u);
    QCOMPARE(params->argon2->iterations, 2u);
    QCOMPARE(params->argon2->parallelism, 1u);
    QVERIFY(!PasswordHasher::needsRehash(phc));
}

void TestPassword::saltsDiffer()
{
    const QString a = PasswordHasher::hash(QStringLiteral("same password twice"));
    const QString b = PasswordHasher::hash(QStringLiteral("same password twice"));
    QVERIFY(a != b);
    QVERIFY(a.section(QLatin1Char('$'), 4, 4) != b.section(QLatin1Char('$'), 4, 4));
    QCOMPARE(PasswordHasher::verify(QStringLiteral("same password twice"), a).value(), true);
    QCOMPARE(PasswordHasher::verify(QStringLiteral("same password twice"), b).value(), true);
}

void TestPassword::verify_data()
{
    QTest::addColumn<QString>("hashed");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("matches");
    const QString x63 = QString(63, QLatin1Char('X'));
    const QString x64 = QString(64, QLatin1Char('X'));
    QTest::newRow("same") << QStringLiteral("correct horse battery staple") << QStringLiteral("correct horse battery staple") << true;
    QTest::newRow("different") << QStringLiteral("correct horse battery staple") << QStringLiteral("correct horse battery stapler") << false;
    QTest::newRow("case matters") << QStringLiteral("Correct Horse") << QStringLiteral("correct horse") << false;
    QTest::newRow("trailing space matters") << QStringLiteral("trailing space ") << QStringLiteral("trailing space") << false;
    QTest::newRow("X*64 vs hash of X*63 (no truncation)") << x63 << x64 << false;
    QTest::newRow("X*63 vs hash of X*64") << x64 << x63 << false;
    QTest::newRow("X*64") << x64 << x64 << true;
    QTest::newRow("1024 characters, last one differs")
        << (QString(1023, QLatin1Char('a')) + QLatin1Char('b')) << (QString(1023, QLatin1Char('a')) + QLatin1Char('c')) << false;
    QTest::newRow("NUL inside vs its prefix")
        << QStringLiteral("prefix") << (QStringLiteral("prefix") + QChar(0) + QStringLiteral("suffix")) << false;
    QTest::newRow("typed decomposed, stored composed (NFC)")
        << QStringLiteral("\u00C9mile \u00E0 la plage") << QStringLiteral("E\u0301mile a\u0300 la plage") << true;
    QTest::newRow("typed composed, stored decomposed (NFC)")
        << QStringLiteral("E\u0301mile a\u0300 la plage") << QStringLiteral("\u00C9mile \u00E0 la plage") << true;
    QTest::newRow("hangul jamo vs syllable (NFC)") << QStringLiteral("\uD55C\uAE00 \uBE44\uBC00") << QStringLiteral("\u1112\u1161\u11AB\u1100\u1173\u11AF \uBE44\uBC00") << true;
    QTest::newRow("compatibility forms are not folded (NFC, not NFKC)") << QStringLiteral("\uFB01ne") << QStringLiteral("fine") << false;
    QTest::newRow("emoji") << QStringLiteral("\U0001F600\U0001F680\U0001F510") << QStringLiteral("\U0001F600\U0001F680\U0001F510") << true;
    QTest::newRow("emoji, one differs") << QStringLiteral("\U0001F600\U0001F680") << QStringLiteral("\U0001F600\U0001F681") << false;
    QTest::newRow("empty vs empty") << QString() << QString() << true;
    QTest::newRow("empty vs space") << QString() << QStringLiteral(" ") << false;
}

void TestPassword::verify()
{
    QFETCH(QString, hashed);
    QFETCH(QString, typed);
    QFETCH(bool, matches);
    const QString phc = PasswordHasher::hash(hashed);
    auto r = PasswordHasher::verify(typed, phc);
    QVERIFY2(r.ok(), qPrintable(describe(r)));
    QCOMPARE(r.value(), matches);
}

void TestPassword::referenceVector_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("matches");
    QTest::newRow("password") << QStringLiteral("password") << true;
    QTest::newRow("Password") << QStringLiteral("Password") << false;
    QTest::newRow("password + space") << QStringLiteral("password ") << false;
    QTest::newRow("passwor") << QStringLiteral("passwor") << false;
}

void TestPassword::referenceVector()
{
    QFETCH(QString, typed);
    QFETCH(bool, matches);
    auto params = PasswordHasher::inspect(securityVector);
    QVERIFY2(params.ok(), qPrintable(describe(params)));
    QVERIFY(params->argon2);
    QCOMPARE(params->argon2->memoryKiB, 65536u);
    auto r = PasswordHasher::verify(typed, securityVector);
    QVERIFY2(r.ok(), qPrintable(describe(r)));
    QCOMPARE(r.value(), matches);
    // Weaker than nothing, stronger than OWASP's floor: it stays as it is.
    QVERIFY(!PasswordHasher::needsRehash(securityVector));
}

void TestPassword::hostileHashesRefusedWithoutRunning_data()
{
    QTest::addColumn<QString>("phc");
    const QString tail = QStringLiteral("$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc");
    QTest::newRow("m=4294967295") << (QStringLiteral("$argon2id$v=19$m=4294967295,t=2,p=1") + tail);
    QTest::newRow("m=99999999999 (11 digits)") << (QStringLiteral("$argon2id$v=19$m=99999999999,t=2,p=1") + tail);
    QTest::newRow("m just over the cap") << (QStringLiteral("$argon2id$v=19$m=%1,t=2,p=1").arg(PasswordHasher::MaxMemoryKiB + 1) + tail);
    QTest::newRow("t=4294967295") << (QStringLiteral("$argon2id$v=19$m=65536,t=4294967295,p=1") + tail);
    QTest::newRow("t just over the cap") << (QStringLiteral("$argon2id$v=19$m=65536,t=%1,p=1").arg(PasswordHasher::MaxIterations + 1) + tail);
    QTest::newRow("p=4294967295") << (QStringLiteral("$argon2id$v=19$m=65536,t=2,p=4294967295") + tail);
    QTest::newRow("p=255") << (QStringLiteral("$argon2id$v=19$m=65536,t=2,p=255") + tail);
    QTest::newRow("t=0") << (QStringLiteral("$argon2id$v=19$m=65536,t=0,p=1") + tail);
    QTest::newRow("p=0") << (QStringLiteral("$argon2id$v=19$m=65536,t=2,p=0") + tail);
    QTest::newRow("m below 8*p") << (QStringLiteral("$argon2id$v=19$m=15,t=2,p=2") + tail);
    QTest::newRow("negative m") << (QStringLiteral("$argon2id$v=19$m=-1,t=2,p=1") + tail);
    QTest::newRow("old version 16") << (QStringLiteral("$argon2id$v=16$m=65536,t=2,p=1") + tail);
    QTest::newRow("argon2d") << (QStringLiteral("$argon2d$v=19$m=65536,t=2,p=1") + tail);
    QTest::newRow("parameters reordered") << (QStringLiteral("$argon2id$v=19$t=2,m=65536,p=1") + tail);
    QTest::newRow("extra parameter") << (QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1,data=abc") + tail);
    QTest::newRow("no salt") << QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc");
    QTest::newRow("no hash") << QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$");
    QTest::newRow("short hash") << QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFh");
    QTest::newRow("bad base64 character") << QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRP*c");
    QTest::newRow("trailing garbage") << (QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1") + tail + QStringLiteral("$x"));
    QTest::newRow("newline after") << (QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1") + tail + QStringLiteral("\n"));
    // Imported bcrypt verifies now (tst_hashimport); over the cost cap it is refused like these.
    QTest::newRow("bcrypt cost 31") << QStringLiteral("$2a$31$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW");
    QTest::newRow("plain text") << QStringLiteral("password");
    QTest::newRow("empty") << QString();
    QTest::newRow("10 kB") << (QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$") + QString(10240, QLatin1Char('A')) + QStringLiteral("$"));
}

void TestPassword::hostileHashesRefusedWithoutRunning()
{
    QFETCH(QString, phc);
    // The quickest of three tries, so a busy machine cannot make a refusal look like a hash.
    qint64 ms = std::numeric_limits<qint64>::max();
    Result<HashInfo> inspected = makeError(ErrorCode::Internal, QString());
    Result<bool> r = makeError(ErrorCode::Internal, QString());
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer timer;
        timer.start();
        inspected = PasswordHasher::inspect(phc);
        r = PasswordHasher::verify(QStringLiteral("password"), phc);
        ms = std::min(ms, timer.elapsed());
    }
    QCOMPARE(inspected.code(), ErrorCode::InvalidInput);
    QVERIFY2(r.code() == ErrorCode::InvalidInput, qPrintable(describe(r)));
    QVERIFY(!r.message().isEmpty());
    // Refused before running: far quicker than even one OWASP-sized hash.
    QVERIFY2(ms * 2 < m_hashMs, qPrintable(QStringLiteral("took %1 ms, one hash %2 ms").arg(ms).arg(m_hashMs)));
    QVERIFY(PasswordHasher::needsRehash(phc));
}

void TestPassword::capsAreInclusive()
{
    // At the caps exactly, a hash is accepted (inspected only: running it would take a GiB).
    auto atCaps = PasswordHasher::inspect(QStringLiteral("$argon2id$v=19$m=%1,t=%2,p=%3$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc")
                                              .arg(PasswordHasher::MaxMemoryKiB)
                                              .arg(PasswordHasher::MaxIterations)
                                              .arg(PasswordHasher::MaxParallelism));
    QVERIFY2(atCaps.ok(), qPrintable(describe(atCaps)));
    QVERIFY(atCaps->argon2);
    QCOMPARE(atCaps->argon2->memoryKiB, PasswordHasher::MaxMemoryKiB);
    // The smallest parameters libargon2 allows still verify (and are due for a rehash).
    const QString small = PasswordHasher::hash(QStringLiteral("tiny parameters"), Argon2Params{8, 1, 1});
    QVERIFY(small.startsWith(QLatin1String("$argon2id$v=19$m=8,t=1,p=1$")));
    QCOMPARE(PasswordHasher::verify(QStringLiteral("tiny parameters"), small).value(), true);
    QVERIFY(PasswordHasher::needsRehash(small));
}

void TestPassword::needsRehash_data()
{
    QTest::addColumn<QString>("phc");
    QTest::addColumn<bool>("rehash");
    const QString tail = QStringLiteral("$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc");
    QTest::newRow("OWASP") << (QStringLiteral("$argon2id$v=19$m=19456,t=2,p=1") + tail) << false;
    QTest::newRow("stronger memory") << (QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1") + tail) << false;
    QTest::newRow("less memory") << (QStringLiteral("$argon2id$v=19$m=4096,t=2,p=1") + tail) << true;
    QTest::newRow("fewer iterations") << (QStringLiteral("$argon2id$v=19$m=19456,t=1,p=1") + tail) << true;
    QTest::newRow("argon2i") << (QStringLiteral("$argon2i$v=19$m=65536,t=2,p=1") + tail) << true;
    QTest::newRow("not a PHC string") << QStringLiteral("nonsense") << true;
}

void TestPassword::needsRehash()
{
    QFETCH(QString, phc);
    QFETCH(bool, rehash);
    QCOMPARE(PasswordHasher::needsRehash(phc), rehash);
}

void TestPassword::policyCountsCodePoints_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("14 ASCII") << QString(14, QLatin1Char('a')) << false;
    QTest::newRow("15 ASCII") << QString(15, QLatin1Char('a')) << true;
    QTest::newRow("passphrase without composition rules") << QStringLiteral("correct horse battery staple") << true;
    QTest::newRow("14 emoji (28 UTF-16 units)") << repeated(QStringLiteral("\U0001F600"), 14) << false;
    QTest::newRow("15 emoji") << repeated(QStringLiteral("\U0001F600"), 15) << true;
    QTest::newRow("14 decomposed e-acute (28 units, NFC 14)") << repeated(QStringLiteral("e\u0301"), 14) << false;
    QTest::newRow("15 decomposed e-acute") << repeated(QStringLiteral("e\u0301"), 15) << true;
    QTest::newRow("64 characters") << QString(64, QLatin1Char('x')) << true;
    QTest::newRow("1024 characters") << QString(1024, QLatin1Char('x')) << true;
    QTest::newRow("1025 characters") << QString(1025, QLatin1Char('x')) << false;
    QTest::newRow("1024 emoji") << repeated(QStringLiteral("\U0001F600"), 1024) << true;
    QTest::newRow("1025 emoji") << repeated(QStringLiteral("\U0001F600"), 1025) << false;
    QTest::newRow("10 kB") << QString(10240, QLatin1Char('x')) << false;
    QTest::newRow("empty") << QString() << false;
}

void TestPassword::policyCountsCodePoints()
{
    QFETCH(QString, password);
    QFETCH(bool, accepted);
    auto s = InputRules::password(password);
    QVERIFY2(s.ok() == accepted, qPrintable(describe(s)));
    if (!accepted)
        QCOMPARE(s.code(), ErrorCode::InvalidInput);
}

void TestPassword::endToEndThroughTheStore()
{
    StoreFixture f;
    const QString err = f.create();
    QVERIFY2(err.isEmpty(), qPrintable(err));
    const QString composed = QStringLiteral("\u00C9mile's passphrase \u00E0 la plage");
    const QString decomposed = QStringLiteral("E\u0301mile's passphrase a\u0300 la plage");
    QVERIFY(f.addUser(QStringLiteral("emile"), {QStringLiteral("auditor")}).ok());
    QVERIFY(f.store().setPassword(f.owner(), QStringLiteral("emile"), composed, false).ok());
    {
        RawConnection raw(f.path());
        const QString stored = raw.scalar(QStringLiteral("SELECT password_hash FROM users WHERE username = 'emile'")).toString();
        QVERIFY2(stored.startsWith(QLatin1String("$argon2id$v=19$m=19456,t=2,p=1$")), qPrintable(stored));
        QVERIFY(!stored.contains(composed));
    }
    QVERIFY(f.store().signIn(QStringLiteral("emile"), decomposed).ok());
    QVERIFY(f.store().signIn(QStringLiteral("EMILE"), composed).ok());
    QCOMPARE(f.store().signIn(QStringLiteral("emile"), composed.left(composed.size() - 1)).code(), ErrorCode::AuthenticationFailed);

    // No truncation end to end either.
    const QString x64 = QString(64, QLatin1Char('X'));
    QVERIFY(f.store().setPassword(f.owner(), QStringLiteral("emile"), QString(63, QLatin1Char('X')), false).ok());
    QCOMPARE(f.store().signIn(QStringLiteral("emile"), x64).code(), ErrorCode::AuthenticationFailed);
    QVERIFY(f.store().signIn(QStringLiteral("emile"), QString(63, QLatin1Char('X'))).ok());

    // A too-short password is refused before anything changes.
    auto shortOne = f.store().setPassword(f.owner(), QStringLiteral("emile"), QStringLiteral("short"), false);
    QCOMPARE(shortOne.code(), ErrorCode::InvalidInput);
    QVERIFY(f.store().signIn(QStringLiteral("emile"), QString(63, QLatin1Char('X'))).ok());

    // An imported Argon2id hash verifies as it is (the reference vector's password is "password").
    NewUser imported;
    imported.username = QStringLiteral("legacy");
    imported.email = QStringLiteral("legacy@example.test");
    imported.roles = {QStringLiteral("auditor")};
    imported.passwordHash = securityVector;
    auto created = f.store().createUser(f.owner(), imported);
    QVERIFY2(created.ok(), qPrintable(describe(created)));
    QVERIFY(created->hasPassword);
    QVERIFY(!created->mustChangePassword);
    QVERIFY(f.store().signIn(QStringLiteral("legacy"), QStringLiteral("password")).ok());
    {
        // A strong enough imported hash is kept as it is.
        RawConnection raw(f.path());
        QCOMPARE(raw.scalar(QStringLiteral("SELECT password_hash FROM users WHERE username = 'legacy'")).toString(),
                 securityVector);
    }
    // A weak one (here Argon2id at 8 MiB, 1 pass) is replaced on the next successful sign-in.
    imported.username = QStringLiteral("weak");
    imported.email = QStringLiteral("weak@example.test");
    imported.passwordHash = PasswordHasher::hash(QStringLiteral("weakly hashed passphrase"), Argon2Params{8192, 1, 1});
    QVERIFY(f.store().createUser(f.owner(), imported).ok());
    QCOMPARE(f.store().signIn(QStringLiteral("weak"), QStringLiteral("not the passphrase!")).code(),
             ErrorCode::AuthenticationFailed);
    {
        RawConnection raw(f.path());
        QCOMPARE(raw.scalar(QStringLiteral("SELECT password_hash FROM users WHERE username = 'weak'")).toString(),
                 imported.passwordHash);
    }
    QVERIFY(f.store().signIn(QStringLiteral("weak"), QStringLiteral("weakly hashed passphrase")).ok());
    {
        RawConnection raw(f.path());
        const QString upgraded = raw.scalar(QStringLiteral("SELECT password_hash FROM users WHERE username = 'weak'")).toString();
        QVERIFY2(upgraded.startsWith(QLatin1String("$argon2id$v=19$m=19456,t=2,p=1$")), qPrintable(upgraded));
    }
    QVERIFY(f.store().signIn(QStringLiteral("weak"), QStringLiteral("weakly hashed passphrase")).ok());
    // A hostile imported hash is refused at creation, not at sign-in.
    imported.username = QStringLiteral("legacy2");
    imported.email = QStringLiteral("legacy2@example.test");
    imported.passwordHash = QStringLiteral("$argon2id$v=19$m=4294967295,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc");
    QCOMPARE(f.store().createUser(f.owner(), imported).code(), ErrorCode::InvalidInput);
}

QTEST_GUILESS_MAIN(TestPassword)
#include "tst_password.moc"
