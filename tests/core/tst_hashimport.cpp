// Imported password hashes verify as they are: the security reference's vectors; hashes made at run time by the
// frameworks' own code (Django, passlib, python-bcrypt, argon2-cffi through hashgen.py; Better Auth and
// @noble/hashes through tests/fixtures/hashgen) with random passwords; caps refused without running; malformed
// and hostile strings refused with errors that name the problem; unsalted and broken schemes never verifying.

#include "core/crypto/PasswordHasher.h"
#include "core/crypto/Random.h"
#include "tests/support/StoreFixture.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace authdesk;
using namespace authdesk::crypto;
using namespace authdesk::test;

namespace {

const QString bcryptTail = QStringLiteral("$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW");
const QString bcrypt2a = QStringLiteral("$2a") + bcryptTail;
const QString argon2idVector =
    QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc");
const QString scryptVector = QStringLiteral(
    "0123456789abcdef0123456789abcdef:e1034727d858e2fca8a705fe561781100520e78064f8d2bfa492937c58df02eb15d40233f809f"
    "179c7fb9863b8eb9dc5a8d2dc196c0b9733c05fa426f224856e");
const QString djangoVector =
    QStringLiteral("pbkdf2_sha256$600000$seasalt$JqX3GXFiu9jfHIHiot0rqlJUbmTXbK0fgff0kIvaCW4=");
const QString passlibVector =
    QStringLiteral("$pbkdf2-sha256$29000$c2FsdHNhbHRzYWx0c2FsdA$deg013K/.azFJfBfjvbs8PSCZkZ8QSlaNAYX1MwJLfw");
const QString horse = QStringLiteral("correct horse battery staple");
const QString hash44 = QStringLiteral("JqX3GXFiu9jfHIHiot0rqlJUbmTXbK0fgff0kIvaCW4=");
const QString ab64Salt = QStringLiteral("c2FsdHNhbHRzYWx0c2FsdA");
const QString ab64Sum = QStringLiteral("deg013K/.azFJfBfjvbs8PSCZkZ8QSlaNAYX1MwJLfw");
const QString scryptSalt = QStringLiteral("0123456789abcdef0123456789abcdef");
const QString scryptKey = scryptVector.mid(33);
const QChar nul(u'\0');

// Printable ASCII from the CSPRNG.
QString randomAscii(int n)
{
    const QByteArray bytes = randomBytes(n);
    QString s;
    for (const char b : bytes)
        s += QChar(u'!' + static_cast<unsigned char>(b) % 94);
    return s;
}

// Random picks from a mix of scripts, in NFC.
QString randomMixed(int n)
{
    static const QStringList pieces{QStringLiteral("\u00E9"), QStringLiteral("\u00DF"), QStringLiteral("\u03A9"),
                                    QStringLiteral("\u4E2D"), QStringLiteral("\u0436"), QStringLiteral("\U0001F600"),
                                    QStringLiteral("a"),      QStringLiteral("Z"),      QStringLiteral("7"),
                                    QStringLiteral(" ")};
    const QByteArray bytes = randomBytes(n);
    QString s;
    for (const char b : bytes)
        s += pieces[static_cast<unsigned char>(b) % pieces.size()];
    return s;
}

// The same password with its first character changed (every generated password starts with ASCII).
QString otherFirst(const QString &pw)
{
    return (pw.startsWith(u'a') ? QStringLiteral("b") : QStringLiteral("a")) + pw.mid(1);
}

// Schemes whose key is the first 72 bytes of the password itself (bcrypt), as the scheme defines.
bool readsOnly72Bytes(const QString &scheme)
{
    return scheme == QLatin1String("bcrypt") || scheme == QLatin1String("django-bcrypt");
}

struct Generated {
    QString tool;
    QString scheme;
    bool usable = true;
    bool prefixHash = false; // the hash is of the part before the password's NUL
    int password = 0;
    QString hash;
};

// Runs a generator, feeding it the passwords; an error names what is missing.
QString runGenerator(const QString &program, const QStringList &args, const QString &workDir, const QByteArray &input,
                     const QString &needs, QList<Generated> &out)
{
    QProcess proc;
    proc.setWorkingDirectory(workDir);
    proc.start(program, args);
    if (!proc.waitForStarted(30000))
        return QStringLiteral("%1 did not start (%2): install %3").arg(program, proc.errorString(), needs);
    proc.write(input);
    proc.closeWriteChannel();
    if (!proc.waitForFinished(600000)) {
        proc.kill();
        proc.waitForFinished();
        return QStringLiteral("%1 %2 did not finish in 10 minutes").arg(program, args.join(u' '));
    }
    if (proc.exitStatus() != QProcess::NormalExit || proc.exitCode() != 0)
        return QStringLiteral("%1 %2 failed (exit %3; it needs %4): %5")
            .arg(program, args.join(u' '))
            .arg(proc.exitCode())
            .arg(needs, QString::fromUtf8(proc.readAllStandardError()));
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(proc.readAllStandardOutput(), &err);
    if (!doc.isArray())
        return QStringLiteral("%1 %2 wrote no JSON list: %3").arg(program, args.join(u' '), err.errorString());
    for (const QJsonValue v : doc.array()) {
        const QJsonObject o = v.toObject();
        out.append(Generated{o.value(QLatin1String("tool")).toString(), o.value(QLatin1String("scheme")).toString(),
                             o.value(QLatin1String("usable")).toBool(), o.value(QLatin1String("prefixHash")).toBool(),
                             o.value(QLatin1String("password")).toInt(), o.value(QLatin1String("hash")).toString()});
    }
    return QString();
}

} // namespace

class TestHashImport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void referenceVectors_data();
    void referenceVectors();
    void nulNeverMatchesItsPrefix();
    void generatorsRan();
    void frameworkHashes_data();
    void frameworkHashes();
    void overCapRefusedWithoutRunning_data();
    void overCapRefusedWithoutRunning();
    void capsAndFloor();
    void malformed_data();
    void malformed();
    void unusable_data();
    void unusable();
    void truncatedAndExtended_data();
    void truncatedAndExtended();
    void importedThroughTheStore();

private:
    QStringList m_passwords;
    QList<Generated> m_generated;
    QStringList m_generatorErrors;
};

void TestHashImport::initTestCase()
{
    m_passwords = {
        QStringLiteral("a") + randomAscii(23),                       // ASCII
        QStringLiteral("a") + randomMixed(16) + QStringLiteral("!"), // several scripts, NFC
        QStringLiteral("e\u0301t\u212B ") + randomAscii(10),         // not NFC as typed
        QStringLiteral("a") + randomAscii(99),                       // beyond bcrypt's 72 bytes
        QStringLiteral("a") + randomAscii(7) + nul + randomAscii(8), // NUL inside
        QStringLiteral("a\uFB01 ") + randomAscii(10),                // NFKC folds the ligature
    };
    QJsonArray list;
    for (const QString &pw : std::as_const(m_passwords))
        list.append(pw);
    const QByteArray input = QJsonDocument(QJsonObject{{QStringLiteral("passwords"), list}}).toJson();

    const QString python = QStringLiteral("/usr/bin/python3");
    if (const QString e = runGenerator(python, {QStringLiteral(HASHGEN_PY)}, QStringLiteral(HASHGEN_NODE_DIR), input,
                                       QStringLiteral("Debian's python3 with python3-django, python3-passlib, "
                                                      "python3-bcrypt and python3-argon2"),
                                       m_generated);
        !e.isEmpty())
        m_generatorErrors << e;
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (node.isEmpty())
        m_generatorErrors << QStringLiteral("node not found: install Node.js (Debian package nodejs)");
    else if (const QString e =
                 runGenerator(node, {QStringLiteral("betterauth.mjs")}, QStringLiteral(HASHGEN_NODE_DIR), input,
                              QStringLiteral("better-auth and @noble/hashes: run \"npm ci\" in "
                                             "tests/fixtures/hashgen"),
                              m_generated);
             !e.isEmpty())
        m_generatorErrors << e;
    qInfo("%lld hashes made by the frameworks' own code", static_cast<long long>(m_generated.size()));
}

void TestHashImport::referenceVectors_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("matches");
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<bool>("rehash");
    const QString uu = QStringLiteral("U*U");
    for (const char *variant : {"2a", "2b", "2y"}) {
        const QString stored = QStringLiteral("$") + QLatin1String(variant) + bcryptTail;
        const QString tag = QStringLiteral("bcrypt $%1$ ").arg(QLatin1String(variant));
        QTest::newRow(qPrintable(tag + uu)) << stored << uu << true << QStringLiteral("bcrypt") << true;
        QTest::newRow(qPrintable(tag + QStringLiteral("U*V")))
            << stored << QStringLiteral("U*V") << false << QStringLiteral("bcrypt") << true;
        QTest::newRow(qPrintable(tag + QStringLiteral("U*")))
            << stored << QStringLiteral("U*") << false << QStringLiteral("bcrypt") << true;
        QTest::newRow(qPrintable(tag + QStringLiteral("U*U*")))
            << stored << QStringLiteral("U*U*") << false << QStringLiteral("bcrypt") << true;
        QTest::newRow(qPrintable(tag + QStringLiteral("empty")))
            << stored << QString() << false << QStringLiteral("bcrypt") << true;
    }
    // Strong enough already: it stays as it is (tst_password has the rest of Argon2).
    QTest::newRow("argon2id password") << argon2idVector << QStringLiteral("password") << true
                                       << QStringLiteral("argon2id") << false;
    QTest::newRow("argon2id Password") << argon2idVector << QStringLiteral("Password") << false
                                       << QStringLiteral("argon2id") << false;
    const QString scrypt = QStringLiteral("scrypt");
    QTest::newRow("scrypt horse") << scryptVector << horse << true << scrypt << true;
    QTest::newRow("scrypt horse, last letter dropped") << scryptVector << horse.chopped(1) << false << scrypt << true;
    QTest::newRow("scrypt horse + space") << scryptVector << (horse + u' ') << false << scrypt << true;
    QTest::newRow("scrypt Horse") << scryptVector << QStringLiteral("Correct horse battery staple") << false << scrypt
                                  << true;
    // NFKC: the fullwidth letters fold to ASCII, so they are the same password to Better Auth.
    QTest::newRow("scrypt horse, fullwidth c (NFKC)")
        << scryptVector << (QStringLiteral("\uFF43") + horse.mid(1)) << true << scrypt << true;
    const QString django = QStringLiteral("django-pbkdf2-sha256");
    QTest::newRow("django horse") << djangoVector << horse << true << django << true;
    QTest::newRow("django horse, last letter dropped") << djangoVector << horse.chopped(1) << false << django << true;
    QTest::newRow("django horse + space") << djangoVector << (horse + u' ') << false << django << true;
    const QString passlib = QStringLiteral("passlib-pbkdf2-sha256");
    QTest::newRow("passlib horse") << passlibVector << horse << true << passlib << true;
    QTest::newRow("passlib horse, last letter dropped")
        << passlibVector << horse.chopped(1) << false << passlib << true;
    QTest::newRow("passlib horse + space") << passlibVector << (horse + u' ') << false << passlib << true;
}

void TestHashImport::referenceVectors()
{
    QFETCH(QString, stored);
    QFETCH(QString, password);
    QFETCH(bool, matches);
    QFETCH(QString, scheme);
    QFETCH(bool, rehash);
    const auto info = PasswordHasher::inspect(stored);
    QVERIFY2(info.ok(), qPrintable(describe(info)));
    QCOMPARE(info->scheme, scheme);
    QVERIFY(info->usable);
    QVERIFY(info->reason.isEmpty());
    const auto r = PasswordHasher::verify(password, stored);
    QVERIFY2(r.ok(), qPrintable(describe(r)));
    QCOMPARE(r.value(), matches);
    QCOMPARE(PasswordHasher::needsRehash(stored), rehash);
}

void TestHashImport::nulNeverMatchesItsPrefix()
{
    // bcrypt reads C strings: "U*U\0…" would otherwise be "U*U".
    for (const QString &typed :
         QStringList{QStringLiteral("U*U") + nul, QStringLiteral("U*U") + nul + QStringLiteral("x"),
                     nul + QStringLiteral("U*U")}) {
        const auto r = PasswordHasher::verify(typed, bcrypt2a);
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        QVERIFY(!r.value());
    }
    // Through the pre-hash, the NUL is just a byte: Django's bcrypt_sha256 of "U*U" is not that of "U*U\0".
    // The framework-made cases (bcrypt of the part before the NUL) are in frameworkHashes.
    QVERIFY(PasswordHasher::verify(QStringLiteral("U*U"), bcrypt2a).value());
}

void TestHashImport::generatorsRan()
{
    QVERIFY2(m_generatorErrors.isEmpty(), qPrintable(m_generatorErrors.join(QStringLiteral("\n"))));
    // Every maker produced its hashes for every password it accepts.
    QMap<QString, int> perTool;
    for (const Generated &g : std::as_const(m_generated))
        ++perTool[g.tool];
    const QStringList tools{
        QStringLiteral("django pbkdf2_sha256"),
        QStringLiteral("django bcrypt_sha256"),
        QStringLiteral("django bcrypt"),
        QStringLiteral("django argon2 (id)"),
        QStringLiteral("django argon2 (i)"),
        QStringLiteral("django md5"),
        QStringLiteral("django sha1"),
        QStringLiteral("django unsalted_md5"),
        QStringLiteral("django unsalted_sha1"),
        QStringLiteral("passlib pbkdf2_sha256"),
        QStringLiteral("passlib bcrypt $2a$"),
        QStringLiteral("passlib bcrypt $2b$"),
        QStringLiteral("passlib bcrypt $2y$"),
        QStringLiteral("passlib md5_crypt"),
        QStringLiteral("passlib ldap_md5"),
        QStringLiteral("passlib ldap_sha1"),
        QStringLiteral("passlib hex_md5"),
        QStringLiteral("passlib hex_sha1"),
        QStringLiteral("python-bcrypt $2b$"),
        QStringLiteral("python-bcrypt $2a$"),
        QStringLiteral("argon2-cffi id"),
        QStringLiteral("argon2-cffi i"),
        QStringLiteral("better-auth hashPassword"),
        QStringLiteral("@noble/hashes scrypt"),
        QStringLiteral("python-bcrypt $2b$ of the part before NUL"),
    };
    for (const QString &tool : tools)
        QVERIFY2(perTool.value(tool) > 0, qPrintable(QStringLiteral("no hashes from %1").arg(tool)));
}

void TestHashImport::frameworkHashes_data()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < m_generated.size(); ++i) {
        const Generated &g = m_generated[i];
        QTest::newRow(qPrintable(QStringLiteral("%1, password %2").arg(g.tool).arg(g.password))) << i;
    }
}

void TestHashImport::frameworkHashes()
{
    QFETCH(int, index);
    const Generated &g = m_generated[index];
    const QString pw = m_passwords.value(g.password);
    const QString context = QStringLiteral("%1: %2").arg(g.tool, g.hash);
    const auto info = PasswordHasher::inspect(g.hash);
    QVERIFY2(info.ok(), qPrintable(context + QStringLiteral(" → ") + describe(info)));
    QCOMPARE(info->scheme, g.scheme);
    QCOMPARE(info->usable, g.usable);
    QCOMPARE(info->reason.isEmpty(), g.usable);
    // Imported schemes are all re-hashed; a plain Argon2id PHC string stronger than ours is simply ours.
    QCOMPARE(PasswordHasher::needsRehash(g.hash), g.scheme != QLatin1String("argon2id"));

    // Empty when verify(typed) is Ok(expected), else what went wrong.
    auto check = [&](const QString &typed, bool expected, const char *what) {
        const auto r = PasswordHasher::verify(typed, g.hash);
        if (r.ok() && r.value() == expected)
            return QString();
        return QStringLiteral("%1 (%2): %3, expected %4")
            .arg(context, QLatin1String(what),
                 r.ok() ? (r.value() ? QStringLiteral("true") : QStringLiteral("false")) : describe(r),
                 expected ? QStringLiteral("true") : QStringLiteral("false"));
    };
#define CHECK_VERIFY(typed, expected, what)                                                                            \
    do {                                                                                                               \
        const QString problem = check(typed, expected, what);                                                          \
        QVERIFY2(problem.isEmpty(), qPrintable(problem));                                                              \
    } while (false)
    if (g.prefixHash) {
        // bcrypt of "a…" must not accept "a…\0…".
        CHECK_VERIFY(pw, false, "the whole password with its NUL");
        CHECK_VERIFY(pw.section(nul, 0, 0), true, "the part before the NUL");
        return;
    }
    CHECK_VERIFY(pw, g.usable, "the password");
    CHECK_VERIFY(otherFirst(pw), false, "first character changed");
    if (!g.usable)
        return;
    const bool longForBcrypt = readsOnly72Bytes(g.scheme) && pw.toUtf8().size() > 72;
    if (longForBcrypt) {
        // bcrypt defines the key as the first 72 bytes: that and no less (the password is ASCII).
        CHECK_VERIFY(pw.left(72), true, "first 72 bytes (bcrypt's own limit)");
        CHECK_VERIFY(pw.left(72) + QStringLiteral("different tail"), true, "72 bytes and another tail");
        CHECK_VERIFY(pw.left(71), false, "first 71 bytes");
    } else {
        CHECK_VERIFY(pw.chopped(1), false, "last character dropped (no truncation)");
        CHECK_VERIFY(pw + u'x', false, "one character more");
    }
    const QString nfkc = pw.normalized(QString::NormalizationForm_KC);
    if (nfkc != pw.normalized(QString::NormalizationForm_C)) {
        // Better Auth folds compatibility forms; the others hash the characters as they are.
        CHECK_VERIFY(nfkc, g.scheme == QLatin1String("scrypt"), "NFKC form");
    }
    const QString nfd = pw.normalized(QString::NormalizationForm_D);
    if (nfd != pw && pw == pw.normalized(QString::NormalizationForm_C)) {
        // Hashed composed, typed decomposed: the frameworks hashed the composed bytes, and a person cannot tell
        // the two forms apart, so the decomposed form verifies too (verify tries NFC as well as the bytes typed).
        CHECK_VERIFY(nfd, true, "decomposed form of the same text");
    }
}
#undef CHECK_VERIFY

void TestHashImport::overCapRefusedWithoutRunning_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("fragment");
    const QString body = bcrypt2a.mid(7);
    QTest::newRow("bcrypt $2a$ cost 31") << (QStringLiteral("$2a$31$") + body) << QStringLiteral("cost 31");
    QTest::newRow("bcrypt $2b$ cost 31") << (QStringLiteral("$2b$31$") + body) << QStringLiteral("cost 31");
    QTest::newRow("bcrypt $2y$ cost 31") << (QStringLiteral("$2y$31$") + body) << QStringLiteral("cost 31");
    QTest::newRow("bcrypt cost 17") << (QStringLiteral("$2b$17$") + body) << QStringLiteral("4 to 16");
    QTest::newRow("bcrypt cost 99") << (QStringLiteral("$2b$99$") + body) << QStringLiteral("4 to 16");
    QTest::newRow("bcrypt cost 03") << (QStringLiteral("$2b$03$") + body) << QStringLiteral("4 to 16");
    QTest::newRow("django bcrypt_sha256 cost 31")
        << (QStringLiteral("bcrypt_sha256$$2b$31$") + body) << QStringLiteral("cost 31");
    QTest::newRow("django bcrypt cost 31") << (QStringLiteral("bcrypt$$2b$31$") + body) << QStringLiteral("cost 31");
    QTest::newRow("django pbkdf2 4294967295")
        << (QStringLiteral("pbkdf2_sha256$4294967295$seasalt$") + hash44) << QStringLiteral("4294967295 is above");
    QTest::newRow("django pbkdf2 10000001")
        << (QStringLiteral("pbkdf2_sha256$10000001$seasalt$") + hash44) << QStringLiteral("10000001 is above");
    QTest::newRow("django pbkdf2 30 digits")
        << (QStringLiteral("pbkdf2_sha256$") + QString(30, u'9') + QStringLiteral("$seasalt$") + hash44)
        << QStringLiteral("is above the accepted maximum");
    QTest::newRow("passlib 4294967295") << (QStringLiteral("$pbkdf2-sha256$4294967295$") + ab64Salt + u'$' + ab64Sum)
                                        << QStringLiteral("4294967295 is above");
    const QString argonTail = QStringLiteral("$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc");
    QTest::newRow("argon2id m=4294967295") << (QStringLiteral("$argon2id$v=19$m=4294967295,t=2,p=1") + argonTail)
                                           << QStringLiteral("outside the accepted limits");
    QTest::newRow("django argon2 m=4294967295")
        << (QStringLiteral("argon2$argon2id$v=19$m=4294967295,t=2,p=1") + argonTail)
        << QStringLiteral("outside the accepted limits");
    QTest::newRow("django argon2i t=4294967295")
        << (QStringLiteral("argon2$argon2i$v=19$m=65536,t=4294967295,p=1") + argonTail)
        << QStringLiteral("outside the accepted limits");
}

void TestHashImport::overCapRefusedWithoutRunning()
{
    QFETCH(QString, stored);
    QFETCH(QString, fragment);
    // The quickest of three tries, so a busy machine cannot make a refusal look like a run; running any of these
    // would take minutes to days.
    qint64 ms = std::numeric_limits<qint64>::max();
    Result<HashInfo> info = makeError(ErrorCode::Internal, QString());
    Result<bool> r = makeError(ErrorCode::Internal, QString());
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer timer;
        timer.start();
        info = PasswordHasher::inspect(stored);
        r = PasswordHasher::verify(QStringLiteral("U*U"), stored);
        ms = std::min(ms, timer.elapsed());
    }
    QCOMPARE(info.code(), ErrorCode::InvalidInput);
    QVERIFY2(info.message().contains(fragment), qPrintable(info.message()));
    QCOMPARE(r.code(), ErrorCode::InvalidInput);
    QCOMPARE(r.message(), info.message());
    QVERIFY2(ms < 50, qPrintable(QStringLiteral("took %1 ms").arg(ms)));
    QVERIFY(PasswordHasher::needsRehash(stored));
}

void TestHashImport::capsAndFloor()
{
    const QString body = bcrypt2a.mid(7);
    // At the caps exactly: accepted (inspected only; running would take seconds).
    auto atCost = PasswordHasher::inspect(QStringLiteral("$2b$%1$").arg(PasswordHasher::MaxBcryptCost) + body);
    QVERIFY2(atCost.ok() && atCost->usable, qPrintable(describe(atCost)));
    auto atMin = PasswordHasher::inspect(QStringLiteral("$2b$04$") + body);
    QVERIFY2(atMin.ok() && atMin->usable, qPrintable(describe(atMin)));
    auto atIterations = PasswordHasher::inspect(
        QStringLiteral("pbkdf2_sha256$%1$seasalt$").arg(PasswordHasher::MaxPbkdf2Iterations) + hash44);
    QVERIFY2(atIterations.ok() && atIterations->usable, qPrintable(describe(atIterations)));
    // The floor: 1000 iterations verify; fewer are recognised but need a reset, and never verify.
    auto atFloor = PasswordHasher::inspect(QStringLiteral("pbkdf2_sha256$1000$seasalt$") + hash44);
    QVERIFY2(atFloor.ok() && atFloor->usable, qPrintable(describe(atFloor)));
    for (const QString &weak : QStringList{QStringLiteral("pbkdf2_sha256$999$seasalt$") + hash44,
                                           QStringLiteral("pbkdf2_sha256$1$seasalt$") + hash44,
                                           QStringLiteral("$pbkdf2-sha256$999$") + ab64Salt + u'$' + ab64Sum}) {
        auto info = PasswordHasher::inspect(weak);
        QVERIFY2(info.ok(), qPrintable(describe(info)));
        QVERIFY(!info->usable);
        QVERIFY2(info->reason.contains(QLatin1String("fewer than 1000")), qPrintable(info->reason));
        QVERIFY(info->scheme.endsWith(QLatin1String("pbkdf2-sha256")));
        QCOMPARE(PasswordHasher::verify(horse, weak).value(), false);
        QVERIFY(PasswordHasher::needsRehash(weak));
    }
}

void TestHashImport::malformed_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("fragment");
    const QString body = bcrypt2a.mid(7);
    // bcrypt
    QTest::newRow("bcrypt one-digit cost")
        << (QStringLiteral("$2a$5$") + body) << QStringLiteral("cost must be two digits");
    QTest::newRow("bcrypt letters as cost")
        << (QStringLiteral("$2a$aa$") + body) << QStringLiteral("cost must be two digits");
    QTest::newRow("bcrypt cut after the cost") << QStringLiteral("$2a$05") << QStringLiteral("cost must be two digits");
    QTest::newRow("bcrypt 52 characters")
        << (QStringLiteral("$2a$05$") + body.chopped(1)) << QStringLiteral("53 characters");
    QTest::newRow("bcrypt 54 characters") << (bcrypt2a + u'C') << QStringLiteral("53 characters");
    QTest::newRow("bcrypt bad character") << (bcrypt2a.chopped(1) + u'*') << QStringLiteral("only the characters");
    QTest::newRow("bcrypt $2c$") << (QStringLiteral("$2c") + bcryptTail) << QStringLiteral("variant must be");
    QTest::newRow("bcrypt $2$ alone") << QStringLiteral("$2") << QStringLiteral("variant must be");
    QTest::newRow("bcrypt trailing $") << (bcrypt2a + u'$') << QStringLiteral("53 characters");
    QTest::newRow("django bcrypt_sha256, one $")
        << (QStringLiteral("bcrypt_sha256$2b") + bcryptTail) << QStringLiteral("variant must be");
    QTest::newRow("django bcrypt_sha256, short")
        << QStringLiteral("bcrypt_sha256$$2b$12$short") << QStringLiteral("53 characters");
    // Argon2
    QTest::newRow("argon2id without hash")
        << QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ") << QStringLiteral("Not an Argon2 PHC string");
    QTest::newRow("argon2d") << QStringLiteral(
        "$argon2d$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc")
                             << QStringLiteral("Argon2d");
    QTest::newRow("argon2id salt with stray low bits")
        << QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHR$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc")
        << QStringLiteral("canonical unpadded base64");
    QTest::newRow("argon2 without version")
        << QStringLiteral("$argon2id$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc")
        << QStringLiteral("version 19");
    QTest::newRow("django argon2 without hash") << QStringLiteral("argon2$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ")
                                                << QStringLiteral("Not an Argon2 PHC string");
    // Better Auth scrypt
    QTest::newRow("scrypt salt 31") << (scryptSalt.chopped(1) + u':' + scryptKey)
                                    << QStringLiteral("salt must be 32 lowercase hex");
    QTest::newRow("scrypt salt 33") << (scryptSalt + u'0' + u':' + scryptKey)
                                    << QStringLiteral("salt must be 32 lowercase hex");
    QTest::newRow("scrypt salt uppercase")
        << (scryptSalt.toUpper() + u':' + scryptKey) << QStringLiteral("salt must be 32 lowercase hex");
    QTest::newRow("scrypt salt not hex") << (scryptSalt.chopped(1) + u'g' + u':' + scryptKey)
                                         << QStringLiteral("salt must be 32 lowercase hex");
    QTest::newRow("scrypt key 127") << (scryptSalt + u':' + scryptKey.chopped(1))
                                    << QStringLiteral("key must be 128 lowercase hex");
    QTest::newRow("scrypt key not hex") << (scryptSalt + u':' + scryptKey.chopped(1) + u'z')
                                        << QStringLiteral("key must be 128 lowercase hex");
    QTest::newRow("scrypt key empty") << (scryptSalt + u':') << QStringLiteral("key must be 128 lowercase hex");
    QTest::newRow("scrypt two colons") << (scryptVector + u':') << QStringLiteral("exactly one colon");
    QTest::newRow("scrypt colon alone") << QStringLiteral(":") << QStringLiteral("salt must be 32 lowercase hex");
    // Django PBKDF2
    QTest::newRow("django pbkdf2 no hash")
        << QStringLiteral("pbkdf2_sha256$600000$seasalt") << QStringLiteral("expected pbkdf2_sha256$");
    QTest::newRow("django pbkdf2 extra part")
        << (djangoVector + QStringLiteral("$x")) << QStringLiteral("expected pbkdf2_sha256$");
    QTest::newRow("django pbkdf2 letters")
        << (QStringLiteral("pbkdf2_sha256$6e5$seasalt$") + hash44) << QStringLiteral("decimal number");
    QTest::newRow("django pbkdf2 negative")
        << (QStringLiteral("pbkdf2_sha256$-1$seasalt$") + hash44) << QStringLiteral("decimal number");
    QTest::newRow("django pbkdf2 empty count")
        << (QStringLiteral("pbkdf2_sha256$$seasalt$") + hash44) << QStringLiteral("decimal number");
    QTest::newRow("django pbkdf2 zero") << (QStringLiteral("pbkdf2_sha256$0$seasalt$") + hash44)
                                        << QStringLiteral("at least 1");
    QTest::newRow("django pbkdf2 empty salt")
        << (QStringLiteral("pbkdf2_sha256$600000$$") + hash44) << QStringLiteral("empty salt");
    QTest::newRow("django pbkdf2 unpadded") << djangoVector.chopped(1) << QStringLiteral("44 characters of base64");
    QTest::newRow("django pbkdf2 short hash")
        << QStringLiteral("pbkdf2_sha256$600000$seasalt$JqX3GXFi") << QStringLiteral("44 characters of base64");
    QTest::newRow("django pbkdf2 bad base64")
        << (djangoVector.chopped(2) + QStringLiteral("*=")) << QStringLiteral("44 characters of base64");
    // passlib
    QTest::newRow("passlib no checksum") << (QStringLiteral("$pbkdf2-sha256$29000$") + ab64Salt)
                                         << QStringLiteral("expected $pbkdf2-sha256$");
    QTest::newRow("passlib rounds 29k") << (QStringLiteral("$pbkdf2-sha256$29k$") + ab64Salt + u'$' + ab64Sum)
                                        << QStringLiteral("decimal number");
    QTest::newRow("passlib salt with +") << (QStringLiteral("$pbkdf2-sha256$29000$c2Fs+HNh$") + ab64Sum)
                                         << QStringLiteral("adapted base64");
    QTest::newRow("passlib empty salt") << (QStringLiteral("$pbkdf2-sha256$29000$$") + ab64Sum)
                                        << QStringLiteral("adapted base64");
    QTest::newRow("passlib salt of 5 characters")
        << (QStringLiteral("$pbkdf2-sha256$29000$c2Fsd$") + ab64Sum) << QStringLiteral("adapted base64");
    QTest::newRow("passlib checksum 42") << (QStringLiteral("$pbkdf2-sha256$29000$") + ab64Salt + u'$'
                                             + ab64Sum.chopped(1))
                                         << QStringLiteral("43 characters");
    QTest::newRow("passlib checksum padded")
        << (QStringLiteral("$pbkdf2-sha256$29000$") + ab64Salt + u'$' + ab64Sum + u'=')
        << QStringLiteral("43 characters");
    QTest::newRow("passlib checksum with +")
        << (QStringLiteral("$pbkdf2-sha256$29000$") + ab64Salt + u'$' + ab64Sum.chopped(1) + u'+')
        << QStringLiteral("43 characters");
    // Recognised unusable families, badly formed
    QTest::newRow("django md5 short digest")
        << QStringLiteral("md5$salt$abc") << QStringLiteral("Not a Django MD5 hash");
    QTest::newRow("django sha1 39 hex") << (QStringLiteral("sha1$salt$") + QString(39, u'a'))
                                        << QStringLiteral("Not a Django SHA-1 hash");
    QTest::newRow("django unsalted_md5 not hex")
        << QStringLiteral("unsalted_md5$xyz") << QStringLiteral("Not a Django unsalted MD5");
    QTest::newRow("django crypt empty") << QStringLiteral("crypt$$") << QStringLiteral("Not a Django crypt hash");
    QTest::newRow("ldap SHA short") << QStringLiteral("{SHA}abc=") << QStringLiteral("Not an LDAP {SHA} hash");
    QTest::newRow("ldap MD5 bad base64") << QStringLiteral("{MD5}X03MO1qnZdYdgyfeuILP*Q==")
                                         << QStringLiteral("Not an LDAP {MD5} hash");
    QTest::newRow("ldap SSHA") << QStringLiteral("{SSHA}W6ph5Mm5Pz8GgiULbPgzG37mj9g=")
                               << QStringLiteral("not supported");
    QTest::newRow("md5-crypt short") << QStringLiteral("$1$salt$short") << QStringLiteral("Not an MD5-crypt hash");
    QTest::newRow("31 hex characters") << QString(31, u'f')
                                       << QStringLiteral("31 hex characters match no known digest");
    // Unknown
    QTest::newRow("plain text") << QStringLiteral("password") << QStringLiteral("no supported format");
    QTest::newRow("sha512-crypt") << QStringLiteral("$6$salt$abc") << QStringLiteral("“6” is not supported");
    QTest::newRow("unknown django algorithm")
        << QStringLiteral("scrypt$16384$salt$abc") << QStringLiteral("“scrypt” is not supported");
    QTest::newRow("empty") << QString() << QStringLiteral("is empty");
    // Hostile
    for (const QString &prefix :
         QStringList{QStringLiteral("$2b$12$"), QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$"),
                     QStringLiteral("pbkdf2_sha256$600000$"), QStringLiteral("$pbkdf2-sha256$29000$"),
                     scryptSalt + u':', QString()})
        QTest::newRow(qPrintable(QStringLiteral("10 kB after \"%1\"").arg(prefix)))
            << (prefix + QString(10240, u'a')) << QStringLiteral("at most 1024");
    QTest::newRow("control character in bcrypt")
        << (bcrypt2a.left(10) + QChar(1) + bcrypt2a.mid(11)) << QStringLiteral("control character at position 11");
    QTest::newRow("escape in scrypt") << (QChar(0x1b) + scryptVector.mid(1))
                                      << QStringLiteral("control character at position 1");
    QTest::newRow("NUL in django") << (djangoVector.left(20) + nul + djangoVector.mid(20))
                                   << QStringLiteral("control character at position 21");
    QTest::newRow("DEL in passlib") << (passlibVector + QChar(0x7f)) << QStringLiteral("control character");
    QTest::newRow("newline after bcrypt") << (bcrypt2a + u'\n') << QStringLiteral("control character");
    QTest::newRow("non-ASCII in the django salt")
        << QString(djangoVector).replace(QStringLiteral("seasalt"), QStringLiteral("s\u00E9asalt"))
        << QStringLiteral("non-ASCII character at position 23");
    QTest::newRow("leading space") << (u' ' + bcrypt2a) << QStringLiteral("no supported format");
}

void TestHashImport::malformed()
{
    QFETCH(QString, stored);
    QFETCH(QString, fragment);
    QElapsedTimer timer;
    timer.start();
    const auto info = PasswordHasher::inspect(stored);
    QCOMPARE(info.code(), ErrorCode::InvalidInput);
    QVERIFY2(info.message().contains(fragment),
             qPrintable(QStringLiteral("“%1” does not contain “%2”").arg(info.message(), fragment)));
    const auto r = PasswordHasher::verify(QStringLiteral("U*U"), stored);
    QCOMPARE(r.code(), ErrorCode::InvalidInput);
    QCOMPARE(r.message(), info.message());
    QVERIFY(PasswordHasher::needsRehash(stored));
    QVERIFY2(timer.elapsed() < 200, qPrintable(QStringLiteral("took %1 ms").arg(timer.elapsed())));
}

void TestHashImport::unusable_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("scheme");
    // Each is the hash of "password" (computed independently: md5sum/sha1sum/sha256sum, base64).
    QTest::newRow("hex md5") << QStringLiteral("5f4dcc3b5aa765d61d8327deb882cf99") << QStringLiteral("md5");
    QTest::newRow("hex md5 uppercase") << QStringLiteral("5F4DCC3B5AA765D61D8327DEB882CF99") << QStringLiteral("md5");
    QTest::newRow("hex sha1") << QStringLiteral("5baa61e4c9b93f3f0682250b6cf8331b7ee68fd8") << QStringLiteral("sha1");
    QTest::newRow("hex sha256") << QStringLiteral("5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8")
                                << QStringLiteral("sha256");
    QTest::newRow("{SHA}") << QStringLiteral("{SHA}W6ph5Mm5Pz8GgiULbPgzG37mj9g=") << QStringLiteral("ldap-sha1");
    QTest::newRow("{sha} lowercase") << QStringLiteral("{sha}W6ph5Mm5Pz8GgiULbPgzG37mj9g=")
                                     << QStringLiteral("ldap-sha1");
    QTest::newRow("{MD5}") << QStringLiteral("{MD5}X03MO1qnZdYdgyfeuILPmQ==") << QStringLiteral("ldap-md5");
    QTest::newRow("django md5$$") << QStringLiteral("md5$$5f4dcc3b5aa765d61d8327deb882cf99")
                                  << QStringLiteral("django-unsalted-md5");
    QTest::newRow("django unsalted_md5$")
        << QStringLiteral("unsalted_md5$5f4dcc3b5aa765d61d8327deb882cf99") << QStringLiteral("django-unsalted-md5");
    QTest::newRow("django unsalted_sha1$$") << QStringLiteral("unsalted_sha1$$5baa61e4c9b93f3f0682250b6cf8331b7ee68fd8")
                                            << QStringLiteral("django-unsalted-sha1");
    QTest::newRow("django sha1$$") << QStringLiteral("sha1$$5baa61e4c9b93f3f0682250b6cf8331b7ee68fd8")
                                   << QStringLiteral("django-unsalted-sha1");
    QTest::newRow("django md5 salted") << QStringLiteral("md5$seasalt$5f4dcc3b5aa765d61d8327deb882cf99")
                                       << QStringLiteral("django-md5");
    QTest::newRow("django crypt") << QStringLiteral("crypt$$abJnggxhB/yWI") << QStringLiteral("django-crypt");
    QTest::newRow("md5-crypt") << QStringLiteral("$1$saltsalt$qjXMvbEw8oaL.CzflDugX/") << QStringLiteral("md5-crypt");
    QTest::newRow("md5-crypt empty salt")
        << QStringLiteral("$1$$qjXMvbEw8oaL.CzflDugX/") << QStringLiteral("md5-crypt");
    // The $2x$ and $2$ forms of the reference bcrypt vector: same bytes for an ASCII password, still refused.
    QTest::newRow("bcrypt $2x$") << (QStringLiteral("$2x") + bcryptTail) << QStringLiteral("bcrypt-2x");
    QTest::newRow("bcrypt $2x$ cost 31 (never run)")
        << (QStringLiteral("$2x$31$") + bcrypt2a.mid(7)) << QStringLiteral("bcrypt-2x");
    QTest::newRow("bcrypt $2$") << (QStringLiteral("$2") + bcryptTail) << QStringLiteral("bcrypt-2");
    QTest::newRow("django bcrypt_sha256 over $2x$")
        << (QStringLiteral("bcrypt_sha256$$2x") + bcryptTail) << QStringLiteral("bcrypt-2x");
}

void TestHashImport::unusable()
{
    QFETCH(QString, stored);
    QFETCH(QString, scheme);
    const auto info = PasswordHasher::inspect(stored);
    QVERIFY2(info.ok(), qPrintable(describe(info)));
    QCOMPARE(info->scheme, scheme);
    QVERIFY(!info->usable);
    QVERIFY2(info->reason.contains(QLatin1String("reset is required")), qPrintable(info->reason));
    // Never verifies, not even with the right password.
    for (const QString &typed : {QStringLiteral("password"), QStringLiteral("U*U"), QString()}) {
        const auto r = PasswordHasher::verify(typed, stored);
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        QVERIFY(!r.value());
    }
    QVERIFY(PasswordHasher::needsRehash(stored));
}

void TestHashImport::truncatedAndExtended_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("password");
    QTest::newRow("bcrypt") << bcrypt2a << QStringLiteral("U*U");
    QTest::newRow("argon2id") << argon2idVector << QStringLiteral("password");
    QTest::newRow("scrypt") << scryptVector << horse;
    QTest::newRow("django pbkdf2") << djangoVector << horse;
    QTest::newRow("passlib") << passlibVector << horse;
}

void TestHashImport::truncatedAndExtended()
{
    QFETCH(QString, stored);
    QFETCH(QString, password);
    // Every cut-off form is refused, or at worst a different hash that the password does not match.
    for (qsizetype n = 0; n < stored.size(); ++n) {
        const QString cut = stored.left(n);
        const auto info = PasswordHasher::inspect(cut);
        const auto r = PasswordHasher::verify(password, cut);
        QVERIFY2(!info.ok() || !info->usable || (r.ok() && !r.value()),
                 qPrintable(QStringLiteral("%1 characters: %2").arg(n).arg(describe(r))));
        QVERIFY2(!r.ok() || !r.value(), qPrintable(cut));
        if (!info.ok()) {
            QCOMPARE(info.code(), ErrorCode::InvalidInput);
            QVERIFY(!info.message().isEmpty());
        }
    }
    for (const QString &extended : QStringList{stored + u'x', u'x' + stored, stored + stored, stored + u' '}) {
        const auto r = PasswordHasher::verify(password, extended);
        QVERIFY2(!r.ok() || !r.value(), qPrintable(extended));
    }
}

void TestHashImport::importedThroughTheStore()
{
    // The store takes imported hashes as they are and upgrades them to Argon2id at the first sign-in.
    StoreFixture f;
    const QString err = f.create();
    QVERIFY2(err.isEmpty(), qPrintable(err));
    const QList<std::pair<QString, QString>> imports{{QStringLiteral("django"), djangoVector},
                                                     {QStringLiteral("betterauth"), scryptVector},
                                                     {QStringLiteral("passlib"), passlibVector}};
    for (const auto &[name, stored] : imports) {
        NewUser u;
        u.username = name;
        u.email = name + QStringLiteral("@example.test");
        u.roles = {QStringLiteral("auditor")};
        u.passwordHash = stored;
        auto created = f.store().createUser(f.owner(), u);
        QVERIFY2(created.ok(), qPrintable(describe(created)));
        QCOMPARE(f.store().signIn(name, horse.chopped(1)).code(), ErrorCode::AuthenticationFailed);
        {
            RawConnection raw(f.path());
            QCOMPARE(raw.scalar(QStringLiteral("SELECT password_hash FROM users WHERE username = '%1'").arg(name))
                         .toString(),
                     stored);
        }
        auto signedIn = f.store().signIn(name, horse);
        QVERIFY2(signedIn.ok(), qPrintable(describe(signedIn)));
        RawConnection raw(f.path());
        const QString upgraded =
            raw.scalar(QStringLiteral("SELECT password_hash FROM users WHERE username = '%1'").arg(name)).toString();
        QVERIFY2(upgraded.startsWith(QLatin1String("$argon2id$v=19$m=19456,t=2,p=1$")), qPrintable(upgraded));
        QVERIFY(f.store().signIn(name, horse).ok());
    }
    // A hostile import is refused at creation.
    NewUser bad;
    bad.username = QStringLiteral("hostile");
    bad.email = QStringLiteral("hostile@example.test");
    bad.roles = {QStringLiteral("auditor")};
    bad.passwordHash = QStringLiteral("$2b$31$") + bcrypt2a.mid(7);
    QCOMPARE(f.store().createUser(f.owner(), bad).code(), ErrorCode::InvalidInput);
}

QTEST_GUILESS_MAIN(TestHashImport)
#include "tst_hashimport.moc"
