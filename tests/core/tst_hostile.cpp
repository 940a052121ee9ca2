// Hostile input through the core: quotes, SQL fragments, LIKE wildcards, backslashes and Unicode
// are stored literally (NFC), read back identical and found by substring search; control and
// invisible characters, oversized strings and malformed emails are refused with InvalidInput
// before anything is written; uniqueness is case-insensitive and a duplicate names the taken value.

#include "core/crypto/PasswordHasher.h"
#include "core/policy/InputRules.h"
#include "tests/support/StoreFixture.h"

#include <QElapsedTimer>
#include <QTest>

using namespace authdesk;
using namespace authdesk::test;

namespace {
struct Created {
    QString username;
    QString email;
    QString displayName;
};
} // namespace

class TestHostile : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void storedLiterally_data();
    void storedLiterally();
    void searchIsLiteral_data();
    void searchIsLiteral();
    void refusedBeforeAnythingIsWritten_data();
    void refusedBeforeAnythingIsWritten();
    void malformedEmailsRefused_data();
    void malformedEmailsRefused();
    void hugeInputRefusedEarly_data();
    void hugeInputRefusedEarly();
    void duplicatesInAnotherCase_data();
    void duplicatesInAnotherCase();
    void duplicateEmailOnEdit();
    void hostileRoleAndPermissionNames_data();
    void hostileRoleAndPermissionNames();
    void hostileLookupsFindNothing_data();
    void hostileLookupsFindNothing();

private:
    StoreFixture m_f;
    QList<Created> m_created;
    int m_counter = 0;
    qint64 m_hashMs = 0; // what one Argon2id hash costs here
};

void TestHostile::initTestCase()
{
    const QString err = m_f.create();
    QVERIFY2(err.isEmpty(), qPrintable(err));
    m_hashMs = std::numeric_limits<qint64>::max();
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer timer;
        timer.start();
        (void)crypto::PasswordHasher::hash(QString(30, QLatin1Char('p')));
        m_hashMs = std::min(m_hashMs, timer.elapsed());
    }
    qInfo("one Argon2id hash: %lld ms", static_cast<long long>(m_hashMs));
    m_created << Created{ownerName(), ownerEmail(), QStringLiteral("The Owner")};
    auto target = m_f.addUser(QStringLiteral("lookup_target"));
    QVERIFY2(target.ok(), qPrintable(describe(target)));
    m_created << Created{target->username, target->email, target->displayName};
}

void TestHostile::storedLiterally_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("displayName");
    QTest::addColumn<QString>("expectedUsername"); // after NFC
    QTest::addColumn<QString>("expectedDisplayName");

    auto row = [](const char *tag, const QString &u, const QString &e, const QString &d) {
        QTest::newRow(tag) << u << e << d << u << d;
    };
    row("single quote", QStringLiteral("O'Brien"), QStringLiteral("o'brien@example.test"), QStringLiteral("Miles O'Brien"));
    row("double quotes", QStringLiteral("\"x\""), QStringLiteral("dq@example.test"), QStringLiteral("\"quoted\" \"\""));
    row("drop table", QStringLiteral("';DROP_TABLE_users;--"), QStringLiteral("drop@example.test"),
        QStringLiteral("'; DROP TABLE users; --"));
    row("or 1=1", QStringLiteral("x'OR'1'='1"), QStringLiteral("x'or'1'='1@example.test"), QStringLiteral("x' OR '1'='1"));
    row("union select", QStringLiteral("u\"UNION_SELECT"), QStringLiteral("union@example.test"),
        QStringLiteral("\" UNION SELECT password_hash FROM users --"));
    row("percent", QStringLiteral("100%"), QStringLiteral("per%cent@example.test"), QStringLiteral("100% sure %"));
    row("underscore", QStringLiteral("a_b_"), QStringLiteral("under_score@example.test"), QStringLiteral("_ _"));
    row("backslashes", QStringLiteral("back\u2216slash"), QStringLiteral("bs@example.test"), QStringLiteral("C:\\Users\\x \\' \\\\"));
    row("semicolon and comment", QStringLiteral("semi;colon--x"), QStringLiteral("semi@example.test"), QStringLiteral("a; b /* c */ -- d"));
    row("json and html", QStringLiteral("<script>"), QStringLiteral("html@example.test"),
        QStringLiteral("{\"a\":1}</td><img src=x onerror=alert(1)>"));
    row("emoji", QStringLiteral("smile\U0001F600"), QStringLiteral("emoji@example.test"), QStringLiteral("\U0001F600\U0001F680"));
    row("cjk and rtl text", QStringLiteral("\u5C71\u7530"), QStringLiteral("yamada@example.test"), QStringLiteral("\u05E9\u05DC\u05D5\u05DD \u5C71\u7530"));
    row("idn email", QStringLiteral("jurgen"), QStringLiteral("j\u00FCrgen@b\u00FCcher.example"), QStringLiteral("J\u00FCrgen"));
    // Combining characters are normalized to NFC before they are stored or compared.
    QTest::newRow("combining acute -> NFC")
        << QStringLiteral("Ame\u0301lie") << QStringLiteral("amelie@example.test") << QStringLiteral("Ame\u0301lie Poulain")
        << QStringLiteral("Am\u00E9lie") << QStringLiteral("Am\u00E9lie Poulain");
    QTest::newRow("hangul jamo -> NFC")
        << QStringLiteral("\u1112\u1161\u11AB") << QStringLiteral("han@example.test") << QStringLiteral("\u1112\u1161\u11AB")
        << QStringLiteral("\uD55C") << QStringLiteral("\uD55C");
}

void TestHostile::storedLiterally()
{
    QFETCH(QString, username);
    QFETCH(QString, email);
    QFETCH(QString, displayName);
    QFETCH(QString, expectedUsername);
    QFETCH(QString, expectedDisplayName);
    NewUser u;
    u.username = username;
    u.email = email;
    u.displayName = displayName;
    auto created = m_f.store().createUser(m_f.owner(), u);
    QVERIFY2(created.ok(), qPrintable(describe(created)));
    QCOMPARE(created->username, expectedUsername);
    QCOMPARE(created->displayName, expectedDisplayName);
    QCOMPARE(created->email, email.normalized(QString::NormalizationForm_C));
    m_created << Created{expectedUsername, created->email, expectedDisplayName};

    // Read back through the API by the stored name and by the name as typed …
    for (const QString &ref : {expectedUsername, username, expectedUsername.toUpper()}) {
        auto found = m_f.store().findUser(m_f.owner(), ref);
        QVERIFY2(found.ok(), qPrintable(ref + QStringLiteral(": ") + describe(found)));
        QCOMPARE(found->id, created->id);
        QCOMPARE(found->username, expectedUsername);
        QCOMPARE(found->displayName, expectedDisplayName);
    }
    // … and byte for byte by any other program.
    RawConnection raw(m_f.path());
    const auto rows = raw.rows(QStringLiteral("SELECT username, email, display_name FROM users WHERE id = %1").arg(created->id));
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).at(0).toString(), expectedUsername);
    QCOMPARE(rows.at(0).at(1).toString(), created->email);
    QCOMPARE(rows.at(0).at(2).toString(), expectedDisplayName);
    // The tables the fragments name are untouched.
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM users")).toLongLong(), m_created.size());

    // Found by searching for it in another case.
    UserQuery q;
    q.search = expectedDisplayName.toUpper();
    q.limit = 1000;
    auto page = m_f.store().listUsers(m_f.owner(), q);
    QVERIFY2(page.ok(), qPrintable(describe(page)));
    bool seen = false;
    for (const User &x : page->users)
        seen = seen || x.id == created->id;
    QVERIFY2(seen, qPrintable(QStringLiteral("not found by searching for ") + q.search));
}

void TestHostile::searchIsLiteral_data()
{
    QTest::addColumn<QString>("search");
    for (const char *s : {"%", "_", "'", "\"", "\\", "' OR '1'='1", "DROP TABLE", "%'", "*", "[a-z]", "--", ";", "\U0001F600",
                          "\u00E9", "e\u0301", "o'brien", "x' or", "users", "@example.test", ".test"})
        QTest::newRow(s) << QString::fromUtf8(s);
}

void TestHostile::searchIsLiteral()
{
    // Runs after storedLiterally: the store holds every hostile name. The expected result is
    // computed here, as a plain case-insensitive substring test over the three fields.
    QFETCH(QString, search);
    const QString folded = search.normalized(QString::NormalizationForm_C).toCaseFolded();
    QSet<QString> expected;
    for (const Created &c : std::as_const(m_created)) {
        const QString hay = c.username.toCaseFolded() + QLatin1Char('\x01') + c.email.toCaseFolded() + QLatin1Char('\x01')
            + c.displayName.toCaseFolded();
        if (hay.contains(folded))
            expected.insert(c.username);
    }
    UserQuery q;
    q.search = search;
    q.limit = 1000;
    auto page = m_f.store().listUsers(m_f.owner(), q);
    QVERIFY2(page.ok(), qPrintable(describe(page)));
    QSet<QString> got;
    for (const User &u : page->users)
        got.insert(u.username);
    QCOMPARE(page->total, qint64(got.size()));
    QCOMPARE(got, expected);
    // A later page may skip the count (it costs a full scan): same rows, total -1.
    q.withTotal = false;
    auto uncounted = m_f.store().listUsers(m_f.owner(), q);
    QVERIFY2(uncounted.ok(), qPrintable(describe(uncounted)));
    QCOMPARE(uncounted->total, qint64(-1));
    QCOMPARE(uncounted->users.size(), page->users.size());
    for (qsizetype i = 0; i < page->users.size(); ++i)
        QCOMPARE(uncounted->users.at(i).id, page->users.at(i).id);
    // The wildcards really are rare: "%" and "_" do not match everyone.
    if (search == QLatin1String("%") || search == QLatin1String("_"))
        QVERIFY(expected.size() < m_created.size());
}

void TestHostile::refusedBeforeAnythingIsWritten_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    const QList<std::pair<const char *, QString>> bad = {
        {"newline", QStringLiteral("a\nb")},
        {"carriage return", QStringLiteral("a\rb")},
        {"tab", QStringLiteral("a\tb")},
        {"escape", QStringLiteral("a\x1b[31mred")},
        {"NUL", QString(QStringLiteral("a")) + QChar(0) + QStringLiteral("b")},
        {"bell", QStringLiteral("a\u0007b")},
        {"DEL", QStringLiteral("a\u007Fb")},
        {"C1 control", QStringLiteral("a\u0085b")},
        {"right-to-left override", QStringLiteral("evil\u202Etxt.exe")},
        {"left-to-right embedding", QStringLiteral("a\u202Ab")},
        {"zero-width space", QStringLiteral("ad\u200Bmin")},
        {"zero-width joiner", QStringLiteral("a\u200Db")},
        {"byte order mark", QStringLiteral("\uFEFFadmin")},
        {"line separator", QStringLiteral("a\u2028b")},
        {"paragraph separator", QStringLiteral("a\u2029b")},
        {"private use", QStringLiteral("a\uE000b")},
        {"unassigned", QStringLiteral("a\u0378b")},
        {"lone surrogate", QString(QStringLiteral("a")) + QChar(0xD800) + QStringLiteral("b")},
    };
    for (const QString &field : {QStringLiteral("username"), QStringLiteral("display name"), QStringLiteral("email local part"),
                                QStringLiteral("edit display name"), QStringLiteral("disable reason")})
        for (const auto &[tag, value] : bad)
            QTest::newRow(qPrintable(field + QStringLiteral(": ") + QLatin1String(tag))) << field << value;
    // Spaces and characters the username rules refuse, and empties.
    QTest::newRow("username: space") << QStringLiteral("username") << QStringLiteral("a b");
    QTest::newRow("username: at sign") << QStringLiteral("username") << QStringLiteral("a@b");
    QTest::newRow("username: slash") << QStringLiteral("username") << QStringLiteral("a/b");
    QTest::newRow("username: backslash") << QStringLiteral("username") << QStringLiteral("a\\b");
    QTest::newRow("username: leading #") << QStringLiteral("username") << QStringLiteral("#12");
    QTest::newRow("username: leading -") << QStringLiteral("username") << QStringLiteral("-rf");
    QTest::newRow("username: empty") << QStringLiteral("username") << QString();
    QTest::newRow("username: only spaces") << QStringLiteral("username") << QStringLiteral("   ");
    QTest::newRow("username: leading space") << QStringLiteral("username") << QStringLiteral(" lead");
    QTest::newRow("username: no-break space") << QStringLiteral("username") << QStringLiteral("a\u00A0b");
    QTest::newRow("display name: trailing space") << QStringLiteral("display name") << QStringLiteral("trail ");
    QTest::newRow("disable reason: empty") << QStringLiteral("disable reason") << QString();
}

void TestHostile::refusedBeforeAnythingIsWritten()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    const qint64 users = m_f.userCount();
    const qint64 events = m_f.auditCount();
    const QString tag = QStringLiteral("refused%1").arg(++m_counter);
    Result<User> r = makeError(ErrorCode::Internal, QString());
    if (field == QLatin1String("edit display name") || field == QLatin1String("disable reason")) {
        auto victim = m_f.addUser(tag);
        QVERIFY2(victim.ok(), qPrintable(describe(victim)));
        const qint64 afterCreate = m_f.auditCount();
        if (field == QLatin1String("edit display name")) {
            UserChanges c;
            c.displayName = value;
            r = m_f.store().updateUser(m_f.owner(), tag, 0, c);
        } else {
            r = m_f.store().disableUser(m_f.owner(), tag, value, {});
        }
        QVERIFY2(r.code() == ErrorCode::InvalidInput, qPrintable(describe(r)));
        QCOMPARE(m_f.auditCount(), afterCreate);
        auto after = m_f.store().findUser(m_f.owner(), tag);
        QCOMPARE(after->version, victim->version);
        QCOMPARE(after->displayName, victim->displayName);
        QCOMPARE(after->status, UserStatus::Active);
        m_created << Created{victim->username, victim->email, victim->displayName};
        return;
    }
    NewUser u;
    u.username = field == QLatin1String("username") ? value : tag;
    u.email = field == QLatin1String("email local part") ? value + QStringLiteral("@example.test") : tag + QStringLiteral("@example.test");
    u.displayName = field == QLatin1String("display name") ? value : QString();
    r = m_f.store().createUser(m_f.owner(), u);
    QVERIFY2(r.code() == ErrorCode::InvalidInput, qPrintable(describe(r)));
    QVERIFY(!r.message().isEmpty());
    // The message never echoes a raw control character back.
    for (QChar c : r.message())
        QVERIFY2(c.category() != QChar::Other_Control && c.category() != QChar::Other_Format, qPrintable(r.message()));
    QCOMPARE(m_f.userCount(), users);
    QCOMPARE(m_f.auditCount(), events);
}

void TestHostile::malformedEmailsRefused_data()
{
    QTest::addColumn<QString>("email");
    const char *const bad[] = {
        "plainaddress", "@example.test", "alice@", "alice", "alice@localhost", "alice@@example.test", "alice@ex@ample.test",
        "al ice@example.test", "alice@exa mple.test", "alice@example..test", "alice@.example.test", "alice@example.test.",
        "alice@-example.test", "alice@example-.test", "alice@example.t", "alice@example.123", "alice@example_domain.test",
        "\"alice\"@example.test", "alice(comment)@example.test", "alice<x>@example.test", "alice@[127.0.0.1]",
        "alice@example,test", "alice,bob@example.test", "alice;bob@example.test", "alice:bob@example.test",
        "ali\\ce@example.test", " alice@example.test", "alice@example.test ", "alice@example.test\n", "alice\t@example.test",
        "alice@exa\u200Bmple.test", "alice@example.test\u202E", "@", "",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa@example.test", // 65-character local part
    };
    for (const char *e : bad)
        QTest::newRow(*e ? e : "(empty)") << QString::fromUtf8(e);
    QTest::newRow("label longer than 63") << (QStringLiteral("a@") + QString(64, QLatin1Char('b')) + QStringLiteral(".test"));
    QTest::newRow("longer than 254") << (QStringLiteral("a@") + QString(250, QLatin1Char('b')) + QStringLiteral(".test"));
}

void TestHostile::malformedEmailsRefused()
{
    QFETCH(QString, email);
    const qint64 users = m_f.userCount();
    const qint64 events = m_f.auditCount();
    NewUser u;
    u.username = QStringLiteral("mail%1").arg(++m_counter);
    u.email = email;
    auto r = m_f.store().createUser(m_f.owner(), u);
    QVERIFY2(r.code() == ErrorCode::InvalidInput, qPrintable(describe(r)));
    QCOMPARE(m_f.userCount(), users);
    QCOMPARE(m_f.auditCount(), events);
    // Editing an existing user to the same address is refused too.
    UserChanges c;
    c.email = email;
    auto edited = m_f.store().updateUser(m_f.owner(), ownerName(), 0, c);
    QVERIFY2(edited.code() == ErrorCode::InvalidInput, qPrintable(describe(edited)));
    QCOMPARE(m_f.store().findUser(m_f.owner(), ownerName())->email, ownerEmail());
}

void TestHostile::hugeInputRefusedEarly_data()
{
    QTest::addColumn<QString>("what");
    for (const char *w : {"username", "email", "display name", "edit display name", "password", "set password", "role name",
                          "role description", "permission name", "disable reason", "search", "find"})
        QTest::newRow(w) << QString::fromLatin1(w);
}

void TestHostile::hugeInputRefusedEarly()
{
    QFETCH(QString, what);
    const QString huge(10 * 1024, QLatin1Char('x'));
    const qint64 users = m_f.userCount();
    const qint64 events = m_f.auditCount();
    LocalStore &s = m_f.store();
    const Principal &o = m_f.owner();
    NewUser u;
    u.username = QStringLiteral("huge%1").arg(++m_counter);
    u.email = u.username + QStringLiteral("@example.test");
    ErrorCode code = ErrorCode::None;
    QElapsedTimer timer;
    timer.start();
    if (what == QLatin1String("username")) {
        u.username = huge;
        code = s.createUser(o, u).code();
    } else if (what == QLatin1String("email")) {
        u.email = huge + QStringLiteral("@example.test");
        code = s.createUser(o, u).code();
    } else if (what == QLatin1String("display name")) {
        u.displayName = huge;
        code = s.createUser(o, u).code();
    } else if (what == QLatin1String("edit display name")) {
        UserChanges c;
        c.displayName = huge;
        code = s.updateUser(o, ownerName(), 0, c).code();
    } else if (what == QLatin1String("password")) {
        // The quickest of three tries, so a busy machine cannot make a refusal look like a hash.
        u.password = huge;
        qint64 quickest = std::numeric_limits<qint64>::max();
        for (int i = 0; i < 3; ++i) {
            timer.restart();
            code = s.createUser(o, u).code();
            quickest = std::min(quickest, timer.elapsed());
        }
        QVERIFY2(quickest * 2 < m_hashMs, qPrintable(QStringLiteral("took %1 ms: hashed first?").arg(quickest)));
    } else if (what == QLatin1String("set password")) {
        QVERIFY(m_f.addUser(u.username).ok());
        const qint64 afterCreate = m_f.auditCount();
        qint64 quickest = std::numeric_limits<qint64>::max();
        for (int i = 0; i < 3; ++i) {
            timer.restart();
            code = s.setPassword(o, u.username, huge, false).code();
            quickest = std::min(quickest, timer.elapsed());
        }
        QVERIFY2(quickest * 2 < m_hashMs, "a 10 kB password was hashed before it was refused");
        QCOMPARE(m_f.auditCount(), afterCreate);
        QVERIFY(!s.findUser(o, u.username)->hasPassword);
        QCOMPARE(code, ErrorCode::InvalidInput);
        m_created << Created{u.username, u.email, QStringLiteral("User ") + u.username};
        return;
    } else if (what == QLatin1String("role name")) {
        code = s.createRole(o, huge, {}).code();
    } else if (what == QLatin1String("role description")) {
        code = s.createRole(o, QStringLiteral("huge_role"), huge).code();
    } else if (what == QLatin1String("permission name")) {
        code = s.createPermission(o, huge, {}).code();
    } else if (what == QLatin1String("disable reason")) {
        code = s.disableUser(o, QStringLiteral("O'Brien"), huge, {}).code();
    } else if (what == QLatin1String("search")) {
        // Reading with a huge search is harmless: it finds nothing and writes nothing.
        UserQuery q;
        q.search = huge;
        auto page = s.listUsers(o, q);
        QVERIFY2(page.ok(), qPrintable(describe(page)));
        QCOMPARE(page->total, 0);
        QCOMPARE(m_f.auditCount(), events);
        return;
    } else if (what == QLatin1String("find")) {
        auto found = s.findUser(o, huge);
        QCOMPARE(found.code(), ErrorCode::NotFound);
        QVERIFY(found.message().size() < 1000); // the reply does not echo 10 kB back
        QCOMPARE(m_f.auditCount(), events);
        return;
    }
    QVERIFY2(code == ErrorCode::InvalidInput, qPrintable(errorCodeName(code)));
    QCOMPARE(m_f.userCount(), users);
    QCOMPARE(m_f.auditCount(), events);
}

void TestHostile::duplicatesInAnotherCase_data()
{
    QTest::addColumn<QString>("firstName");
    QTest::addColumn<QString>("firstEmail");
    QTest::addColumn<QString>("secondName");
    QTest::addColumn<QString>("secondEmail");
    QTest::addColumn<QString>("taken"); // "username" or "email", and which value the message must name
    QTest::newRow("Ärger / ärger") << QStringLiteral("\u00C4rger") << QStringLiteral("aerger1@example.test")
                                   << QStringLiteral("\u00E4rger") << QStringLiteral("aerger2@example.test") << QStringLiteral("username");
    QTest::newRow("Ärger composed / ärger decomposed") << QStringLiteral("\u00C4rger2") << QStringLiteral("aerger3@example.test")
                                                       << QStringLiteral("a\u0308rger2") << QStringLiteral("aerger4@example.test")
                                                       << QStringLiteral("username");
    QTest::newRow("straße / STRAẞE (capital sharp s)") << QStringLiteral("stra\u00DFe") << QStringLiteral("strasse1@example.test")
                                                      << QStringLiteral("STRA\u1E9EE") << QStringLiteral("strasse2@example.test")
                                                      << QStringLiteral("username");
    QTest::newRow("ASCII case") << QStringLiteral("Zed") << QStringLiteral("zed1@example.test") << QStringLiteral("zED")
                                << QStringLiteral("zed2@example.test") << QStringLiteral("username");
    QTest::newRow("Greek sigma forms") << QStringLiteral("\u039F\u0394\u03A5\u03A3\u03A3\u0395\u03A5\u03A3")
                                       << QStringLiteral("odysseus1@example.test")
                                       << QStringLiteral("\u03BF\u03B4\u03C5\u03C3\u03C3\u03B5\u03C5\u03C2")
                                       << QStringLiteral("odysseus2@example.test") << QStringLiteral("username");
    QTest::newRow("email in another case") << QStringLiteral("mailer1") << QStringLiteral("Alice.Smith@Example.TEST")
                                           << QStringLiteral("mailer2") << QStringLiteral("alice.smith@example.test")
                                           << QStringLiteral("email");
    QTest::newRow("email with Ü in another case") << QStringLiteral("mailer3") << QStringLiteral("\u00DCber@example.test")
                                                  << QStringLiteral("mailer4") << QStringLiteral("\u00FCBER@EXAMPLE.test")
                                                  << QStringLiteral("email");
}

void TestHostile::duplicatesInAnotherCase()
{
    QFETCH(QString, firstName);
    QFETCH(QString, firstEmail);
    QFETCH(QString, secondName);
    QFETCH(QString, secondEmail);
    QFETCH(QString, taken);
    NewUser a;
    a.username = firstName;
    a.email = firstEmail;
    auto first = m_f.store().createUser(m_f.owner(), a);
    QVERIFY2(first.ok(), qPrintable(describe(first)));
    m_created << Created{first->username, first->email, first->displayName};
    const qint64 users = m_f.userCount();
    const qint64 events = m_f.auditCount();
    NewUser b;
    b.username = secondName;
    b.email = secondEmail;
    auto second = m_f.store().createUser(m_f.owner(), b);
    QVERIFY2(second.code() == ErrorCode::AlreadyExists, qPrintable(describe(second)));
    const QString value = taken == QLatin1String("username") ? secondName : secondEmail;
    QVERIFY2(second.message().contains(value.normalized(QString::NormalizationForm_C)), qPrintable(second.message()));
    QVERIFY2(second.message().contains(taken == QLatin1String("username") ? first->username : first->email),
             qPrintable(second.message()));
    QVERIFY2(second.message().contains(taken == QLatin1String("username") ? QLatin1String("username") : QLatin1String("email")),
             qPrintable(second.message()));
    QCOMPARE(m_f.userCount(), users);
    QCOMPARE(m_f.auditCount(), events);
    // The second spelling finds the first user.
    if (taken == QLatin1String("username"))
        QCOMPARE(m_f.store().findUser(m_f.owner(), secondName)->id, first->id);
}

void TestHostile::duplicateEmailOnEdit()
{
    auto a = m_f.addUser(QStringLiteral("edit_a"));
    auto b = m_f.addUser(QStringLiteral("edit_b"));
    QVERIFY(a.ok() && b.ok());
    const qint64 events = m_f.auditCount();
    UserChanges c;
    c.email = QStringLiteral("EDIT_A@Example.Test");
    auto r = m_f.store().updateUser(m_f.owner(), QStringLiteral("edit_b"), 0, c);
    QVERIFY2(r.code() == ErrorCode::AlreadyExists, qPrintable(describe(r)));
    QVERIFY2(r.message().contains(QStringLiteral("EDIT_A@Example.Test")), qPrintable(r.message()));
    QCOMPARE(m_f.auditCount(), events);
    QCOMPARE(m_f.store().findUser(m_f.owner(), QStringLiteral("edit_b"))->email, b->email);
    // Changing the case of one's own address is not a duplicate.
    c.email = QStringLiteral("Edit_B@example.test");
    auto own = m_f.store().updateUser(m_f.owner(), QStringLiteral("edit_b"), 0, c);
    QVERIFY2(own.ok(), qPrintable(describe(own)));
    QCOMPARE(own->email, QStringLiteral("Edit_B@example.test"));
    m_created << Created{a->username, a->email, a->displayName} << Created{b->username, own->email, b->displayName};
}

void TestHostile::hostileRoleAndPermissionNames_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("role: spaces and dots") << QStringLiteral("role") << QStringLiteral("Team Lead v2.0") << true;
    QTest::newRow("role: unicode letters") << QStringLiteral("role") << QStringLiteral("\u00C4rger-Team") << true;
    QTest::newRow("role: quote") << QStringLiteral("role") << QStringLiteral("O'Brien's") << false;
    QTest::newRow("role: sql") << QStringLiteral("role") << QStringLiteral("x'; DROP TABLE roles; --") << false;
    QTest::newRow("role: newline") << QStringLiteral("role") << QStringLiteral("a\nb") << false;
    QTest::newRow("role: rtl override") << QStringLiteral("role") << QStringLiteral("a\u202Eb") << false;
    QTest::newRow("role: percent") << QStringLiteral("role") << QStringLiteral("100%") << false;
    QTest::newRow("permission: dotted") << QStringLiteral("permission") << QStringLiteral("reports.export_all") << true;
    QTest::newRow("permission: upper case") << QStringLiteral("permission") << QStringLiteral("Reports.Export") << false;
    QTest::newRow("permission: sql") << QStringLiteral("permission") << QStringLiteral("x' OR '1'='1") << false;
    QTest::newRow("permission: wildcard") << QStringLiteral("permission") << QStringLiteral("users.*") << false;
    QTest::newRow("permission: trailing dot") << QStringLiteral("permission") << QStringLiteral("users.") << false;
    QTest::newRow("permission: newline") << QStringLiteral("permission") << QStringLiteral("a\nb") << false;
    QTest::newRow("permission: trailing newline") << QStringLiteral("permission") << QStringLiteral("reports\n") << false;
    QTest::newRow("role: trailing newline") << QStringLiteral("role") << QStringLiteral("reporters\n") << false;
}

void TestHostile::hostileRoleAndPermissionNames()
{
    QFETCH(QString, kind);
    QFETCH(QString, name);
    QFETCH(bool, accepted);
    const qint64 events = m_f.auditCount();
    if (kind == QLatin1String("role")) {
        auto r = m_f.store().createRole(m_f.owner(), name, {});
        if (accepted) {
            QVERIFY2(r.ok(), qPrintable(describe(r)));
            QCOMPARE(r->name, name);
            auto again = m_f.store().createRole(m_f.owner(), name.toUpper(), {});
            QCOMPARE(again.code(), ErrorCode::AlreadyExists);
        } else {
            QVERIFY2(r.code() == ErrorCode::InvalidInput, qPrintable(describe(r)));
            QCOMPARE(m_f.auditCount(), events);
        }
    } else {
        auto r = m_f.store().createPermission(m_f.owner(), name, {});
        if (accepted) {
            QVERIFY2(r.ok(), qPrintable(describe(r)));
            QCOMPARE(r->name, name);
        } else {
            QVERIFY2(r.code() == ErrorCode::InvalidInput, qPrintable(describe(r)));
            QCOMPARE(m_f.auditCount(), events);
        }
    }
}

void TestHostile::hostileLookupsFindNothing_data()
{
    QTest::addColumn<QString>("ref");
    for (const char *r : {"' OR '1'='1", "x' OR 1=1 --", "%", "_", "*", "#0", "#-1", "#1 OR 1=1", "owner'--",
                          "owner@example.test' --", "\\", "owner\n", "OWNER%", "own_r"})
        QTest::newRow(qPrintable(QString::fromUtf8(r).replace(QLatin1Char('\n'), QLatin1String("\\n")))) << QString::fromUtf8(r);
}

void TestHostile::hostileLookupsFindNothing()
{
    QFETCH(QString, ref);
    auto found = m_f.store().findUser(m_f.owner(), ref);
    QVERIFY2(found.code() == ErrorCode::NotFound, qPrintable(describe(found)));
    QCOMPARE(m_f.store().disableUser(m_f.owner(), ref, QStringLiteral("probe"), {}).code(), ErrorCode::NotFound);
    QCOMPARE(m_f.store().addUserRole(m_f.owner(), QStringLiteral("lookup_target"), ref).code(), ErrorCode::NotFound);
    QCOMPARE(m_f.store().grantPermission(m_f.owner(), QStringLiteral("admin"), ref).code(), ErrorCode::NotFound);
}

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
