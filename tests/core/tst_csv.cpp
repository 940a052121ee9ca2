// The user import: the CSV reader (RFC 4180 quoting, BOM, CRLF, blank lines, line numbers in
// every error) and importUsers (all or nothing: a bad line 5,000 leaves no user imported and is
// named; duplicates inside the file named by line), synchronously and through LocalDirectory's
// QFuture API on its SQL thread, with progress and cancellation.

#include "core/crypto/PasswordHasher.h"
#include "core/store/LocalDirectory.h"
#include "core/store/UserCsvReader.h"
#include "tests/support/StoreFixture.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFile>
#include <QSemaphore>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

using namespace authdesk;
using namespace authdesk::test;

namespace {

// One row as text: "line|username|email|display name|roles;…|hash".
QString rowText(const ImportRow &r)
{
    return QStringLiteral("%1|%2|%3|%4|%5|%6")
        .arg(r.line)
        .arg(r.user.username, r.user.email, r.user.displayName, r.user.roles.join(QLatin1Char(';')), r.user.passwordHash);
}

struct Parsed {
    QStringList rows;
    Error error;
    bool ok = true;
};

Parsed parse(QByteArray csv)
{
    Parsed p;
    QBuffer buffer(&csv);
    buffer.open(QIODevice::ReadOnly);
    UserCsvReader reader(buffer);
    if (auto s = reader.readHeader(); !s.ok()) {
        p.ok = false;
        p.error = s.error();
        return p;
    }
    ImportRow row;
    for (;;) {
        auto more = reader.next(row);
        if (!more.ok()) {
            p.ok = false;
            p.error = more.error();
            return p;
        }
        if (!more.value())
            return p;
        p.rows << rowText(row);
    }
}

// A CSV of N users (lines 2…N+1), with BAD put in as line BADLINE when given.
QByteArray bigCsv(int users, int badLine = 0, const QByteArray &bad = {}, const QByteArray &prefix = "bulk")
{
    QByteArray csv = "username,email,display_name,roles\n";
    int line = 1;
    for (int i = 0; i < users; ++i) {
        ++line;
        if (line == badLine) {
            csv += bad + '\n';
            continue;
        }
        const QByteArray name = prefix + QByteArray::number(i);
        csv += name + ',' + name + "@example.test,\"Bulk, User " + QByteArray::number(i) + "\",\n";
    }
    return csv;
}

Result<ImportReport> importBytes(StoreFixture &f, QByteArray csv)
{
    QBuffer buffer(&csv);
    buffer.open(QIODevice::ReadOnly);
    return f.store().importUsers(f.owner(), buffer, {}, {});
}

template <typename T>
Result<T> await(QFuture<Result<T>> future)
{
    future.waitForFinished();
    if (future.isCanceled() || future.resultCount() == 0)
        return makeError(ErrorCode::Canceled, QStringLiteral("no result"));
    return future.result();
}

} // namespace

class TestCsv : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readerParses_data();
    void readerParses();
    void readerErrorsNameTheLine_data();
    void readerErrorsNameTheLine();
    void importAllOrNothing_data();
    void importAllOrNothing();
    void importDuplicatesNamedByLine_data();
    void importDuplicatesNamedByLine();
    void importSucceeds();
    void importThroughDirectoryOnItsThread();
    void importCanceledThroughFutureLeavesNothing();
};

void TestCsv::readerParses_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QStringList>("rows");
    QTest::newRow("plain") << QByteArray("username,email,display_name,roles\nann,ann@x.test,Ann,admin\n")
                           << QStringList{QStringLiteral("2|ann|ann@x.test|Ann|admin|")};
    QTest::newRow("quoted comma") << QByteArray("username,email,display_name\nbo,bo@x.test,\"Smith, Bo\"\n")
                                  << QStringList{QStringLiteral("2|bo|bo@x.test|Smith, Bo||")};
    QTest::newRow("doubled quotes") << QByteArray("username,email,display_name\ncy,cy@x.test,\"He said \"\"hi\"\"\"\n")
                                    << QStringList{QStringLiteral("2|cy|cy@x.test|He said \"hi\"||")};
    QTest::newRow("multi-line field, then the next record's line")
        << QByteArray("username,email,display_name\ndi,di@x.test,\"two\nlines\"\ned,ed@x.test,Ed\n")
        << QStringList{QStringLiteral("2|di|di@x.test|two\nlines||"), QStringLiteral("4|ed|ed@x.test|Ed||")};
    QTest::newRow("multi-line field with CRLF")
        << QByteArray("username,email,display_name\r\ndi,di@x.test,\"two\r\nlines\"\r\ned,ed@x.test,Ed\r\n")
        << QStringList{QStringLiteral("2|di|di@x.test|two\nlines||"), QStringLiteral("4|ed|ed@x.test|Ed||")};
    QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBFusername,email\nfay,fay@x.test\n") << QStringList{QStringLiteral("2|fay|fay@x.test|||")};
    QTest::newRow("CRLF") << QByteArray("username,email\r\ngus,gus@x.test\r\nhal,hal@x.test\r\n")
                          << QStringList{QStringLiteral("2|gus|gus@x.test|||"), QStringLiteral("3|hal|hal@x.test|||")};
    QTest::newRow("blank lines skipped, numbers kept")
        << QByteArray("username,email\n\nivy,ivy@x.test\n\r\n\njo,jo@x.test\n\n")
        << QStringList{QStringLiteral("3|ivy|ivy@x.test|||"), QStringLiteral("6|jo|jo@x.test|||")};
    QTest::newRow("no newline at the end") << QByteArray("username,email\nkai,kai@x.test")
                                           << QStringList{QStringLiteral("2|kai|kai@x.test|||")};
    QTest::newRow("columns in another order, header case and spaces")
        << QByteArray(" Email ,ROLES,Username\nlu@x.test,\"admin; auditor\",lu\n")
        << QStringList{QStringLiteral("2|lu|lu@x.test||admin;auditor|")};
    QTest::newRow("empty quoted field") << QByteArray("username,email,display_name\nmo,mo@x.test,\"\"\n")
                                        << QStringList{QStringLiteral("2|mo|mo@x.test|||")};
    QTest::newRow("password hash column")
        << QByteArray("username,email,password_hash\nned,ned@x.test,\"$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc\"\n")
        << QStringList{QStringLiteral("2|ned|ned@x.test|||$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc")};
    QTest::newRow("UTF-8 text") << QByteArray("username,email,display_name\n\xC3\x84rger,a@x.test,\xE5\xB1\xB1\xE7\x94\xB0 \xF0\x9F\x98\x80\n")
                                << QStringList{QStringLiteral("2|\u00C4rger|a@x.test|\u5C71\u7530 \U0001F600||")};
    QTest::newRow("header only") << QByteArray("username,email\n") << QStringList{};
    QTest::newRow("quoted header") << QByteArray("\"username\",\"email\"\nol,ol@x.test\n") << QStringList{QStringLiteral("2|ol|ol@x.test|||")};
}

void TestCsv::readerParses()
{
    QFETCH(QByteArray, csv);
    QFETCH(QStringList, rows);
    const Parsed p = parse(csv);
    QVERIFY2(p.ok, qPrintable(p.error.message));
    QCOMPARE(p.rows, rows);
}

void TestCsv::readerErrorsNameTheLine_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("mustSay");
    QTest::newRow("too few fields") << QByteArray("username,email,display_name\nann,ann@x.test,Ann\nbo,bo@x.test\n")
                                    << QStringLiteral("Line 3: 2 fields where the header has 3");
    QTest::newRow("too many fields") << QByteArray("username,email\nann,ann@x.test,extra\n")
                                     << QStringLiteral("Line 2: 3 fields where the header has 2");
    QTest::newRow("too many fields after a multi-line field")
        << QByteArray("username,email,display_name\nann,ann@x.test,\"a\nb\"\nbo,bo@x.test,B,extra\n")
        << QStringLiteral("Line 4:");
    QTest::newRow("unclosed quote") << QByteArray("username,email,display_name\nann,ann@x.test,Ann\nbo,bo@x.test,\"never closed\nmore\n")
                                    << QStringLiteral("Line 3: a quoted field is not closed");
    QTest::newRow("invalid UTF-8") << QByteArray("username,email\nann,ann@x.test\nb\xFF\xFEo,bo@x.test\n")
                                   << QStringLiteral("Line 3 is not valid UTF-8");
    QTest::newRow("UTF-8 encoded surrogate") << QByteArray("username,email\nann,ann@x.test\n\xED\xA0\x80,bo@x.test\n")
                                             << QStringLiteral("Line 3 is not valid UTF-8");
    QTest::newRow("overlong UTF-8") << QByteArray("username,email\n\xC0\xAF,x@x.test\n") << QStringLiteral("Line 2 is not valid UTF-8");
    QTest::newRow("Latin-1 file") << QByteArray("username,email,display_name\nann,ann@x.test,J\xFCrgen\n")
                                  << QStringLiteral("Line 2 is not valid UTF-8");
    QTest::newRow("quote inside an unquoted field") << QByteArray("username,email\nan\"n,ann@x.test\n")
                                                    << QStringLiteral("Line 2: a quote inside an unquoted field");
    QTest::newRow("text after a closing quote") << QByteArray("username,email\n\"ann\"x,ann@x.test\n")
                                                << QStringLiteral("Line 2: text after the closing quote");
    QTest::newRow("record over 64 KiB") << (QByteArray("username,email,display_name\nann,ann@x.test,\"") + QByteArray(70000, 'a') + "\"\n")
                                        << QStringLiteral("Line 2: the record is longer than 64 KiB");
    QTest::newRow("unknown column") << QByteArray("username,email,phone\nann,ann@x.test,123\n")
                                    << QStringLiteral("Line 1: unknown column \u201Cphone\u201D");
    QTest::newRow("duplicate column") << QByteArray("username,email,Email\nann,ann@x.test,ann@x.test\n")
                                      << QStringLiteral("Line 1: the column \u201Cemail\u201D appears twice");
    QTest::newRow("missing email column") << QByteArray("username,display_name\nann,Ann\n")
                                          << QStringLiteral("Line 1: the header has no \u201Cemail\u201D column");
    QTest::newRow("missing username column") << QByteArray("email\nann@x.test\n")
                                             << QStringLiteral("Line 1: the header has no \u201Cusername\u201D column");
    QTest::newRow("empty file") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("only blank lines") << QByteArray("\n\n\r\n") << QStringLiteral("empty");
    QTest::newRow("unclosed quote in the header") << QByteArray("\"username,email\n") << QStringLiteral("Line 1: a quoted field is not closed");
}

void TestCsv::readerErrorsNameTheLine()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, mustSay);
    const Parsed p = parse(csv);
    QVERIFY2(!p.ok, qPrintable(p.rows.join(QLatin1Char('\n'))));
    QCOMPARE(p.error.code, ErrorCode::InvalidInput);
    QVERIFY2(p.error.message.contains(mustSay), qPrintable(p.error.message));
}

void TestCsv::importAllOrNothing_data()
{
    QTest::addColumn<QByteArray>("bad");
    QTest::addColumn<QString>("mustSay");
    QTest::newRow("malformed email") << QByteArray("bad5000,not-an-email,Bad,") << QStringLiteral("not a valid email address");
    QTest::newRow("control character in the name") << QByteArray("bad\x1b[2J,bad@example.test,Bad,") << QStringLiteral("control");
    QTest::newRow("newline in a quoted display name") << QByteArray("bad5000,bad@example.test,\"two\nlines\",")
                                                     << QStringLiteral("display name");
    QTest::newRow("unknown role") << QByteArray("bad5000,bad@example.test,Bad,no_such_role") << QStringLiteral("no_such_role");
    QTest::newRow("wrong field count") << QByteArray("bad5000,bad@example.test") << QStringLiteral("2 fields where the header has 4");
    QTest::newRow("invalid UTF-8") << QByteArray("bad\xC3\x28,bad@example.test,Bad,") << QStringLiteral("UTF-8");
    QTest::newRow("username taken in the store (other case)") << QByteArray("OWNER,someone@example.test,Bad,")
                                                              << QStringLiteral("already taken");
}

void TestCsv::importAllOrNothing()
{
    QFETCH(QByteArray, bad);
    QFETCH(QString, mustSay);
    StoreFixture f;
    const QString err = f.create();
    QVERIFY2(err.isEmpty(), qPrintable(err));
    const qint64 users = f.userCount();
    const qint64 events = f.auditCount();
    // Lines 2…4999 are good, 5000 is bad, 5001…5100 are good again.
    auto r = importBytes(f, bigCsv(5099, 5000, bad));
    QVERIFY2(r.code() == ErrorCode::InvalidInput, qPrintable(describe(r)));
    QVERIFY2(r.message().startsWith(QLatin1String("Line 5000")), qPrintable(r.message()));
    QVERIFY2(r.message().contains(mustSay), qPrintable(r.message()));
    QCOMPARE(f.userCount(), users);
    QCOMPARE(f.auditCount(), events);
    QCOMPARE(f.store().findUser(f.owner(), QStringLiteral("bulk0")).code(), ErrorCode::NotFound);
    auto v = f.store().verifyAudit(f.owner());
    QVERIFY2(v.ok() && v->intact, qPrintable(describe(v)));
}

void TestCsv::importDuplicatesNamedByLine_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("mustSay");
    QTest::newRow("username repeated in another case")
        << QByteArray("username,email\nann,ann@x.test\nbo,bo@x.test\ncy,cy@x.test\nBO,bo2@x.test\n")
        << QStringLiteral("Line 5: The username \u201CBO\u201D is already taken (by \u201Cbo\u201D)");
    QTest::newRow("email repeated in another case")
        << QByteArray("username,email\nann,ann@x.test\nbo,bo@x.test\n\ncy,ANN@X.TEST\n")
        << QStringLiteral("Line 5: The email address \u201CANN@X.TEST\u201D is already taken (by \u201Cann@x.test\u201D)");
    QTest::newRow("repeated after blank lines and CRLF")
        << QByteArray("username,email,display_name\r\nann,ann@x.test,\"A, Ann\"\r\n\r\n\r\nann,ann2@x.test,x\r\n")
        << QStringLiteral("Line 5: The username \u201Cann\u201D is already taken");
    QTest::newRow("repeated in the store already")
        << QByteArray("username,email\nann,ann@x.test\nOwner,o2@x.test\n")
        << QStringLiteral("Line 3: The username \u201COwner\u201D is already taken (by \u201Cowner\u201D)");
}

void TestCsv::importDuplicatesNamedByLine()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, mustSay);
    StoreFixture f;
    QVERIFY(f.create().isEmpty());
    const qint64 users = f.userCount();
    auto r = importBytes(f, csv);
    QCOMPARE(r.code(), ErrorCode::InvalidInput);
    QVERIFY2(r.message().contains(mustSay), qPrintable(r.message()));
    QCOMPARE(f.userCount(), users);
}

void TestCsv::importSucceeds()
{
    StoreFixture f;
    QVERIFY(f.create().isEmpty());
    QVERIFY(f.store().createRole(f.owner(), QStringLiteral("App Users"), {}).ok());
    const QString phc = crypto::PasswordHasher::hash(QStringLiteral("imported user's passphrase"));
    QByteArray csv = "\xEF\xBB\xBFusername,email,display_name,roles,password_hash\r\n";
    csv += "with_hash,with_hash@example.test,\"Hash, Holder\",auditor;app users,\"" + phc.toUtf8() + "\"\r\n";
    csv += "\r\n";
    csv += "O'Brien,obrien@example.test,\"Miles \"\"Chief\"\" O'Brien\",,\r\n";
    for (int i = 0; i < 998; ++i)
        csv += "many" + QByteArray::number(i) + ",many" + QByteArray::number(i) + "@example.test,,App Users,\r\n";
    const qint64 events = f.auditCount();
    auto r = importBytes(f, csv);
    QVERIFY2(r.ok(), qPrintable(describe(r)));
    QCOMPARE(r->imported, 1000);
    QCOMPARE(r->withoutPassword, 999);
    QCOMPARE(f.userCount(), 1001);
    // One event for the whole file: how many, without password, which ids, which file (digest).
    QCOMPARE(f.auditCount(), events + 1);
    AuditQuery aq;
    aq.limit = 1;
    auto last = f.store().listAudit(f.owner(), aq);
    QVERIFY(last.ok() && !last->isEmpty());
    const AuditEvent &e = last->first();
    QCOMPARE(e.action, QStringLiteral("user.import"));
    QCOMPARE(e.actorName, ownerName());
    QCOMPARE(e.result, AuditResult::Success);
    const QJsonObject after = QJsonDocument::fromJson(e.after.toUtf8()).object();
    QCOMPARE(after.value(QStringLiteral("imported")).toInteger(), 1000);
    QCOMPARE(after.value(QStringLiteral("without_password")).toInteger(), 999);
    QCOMPARE(after.value(QStringLiteral("first_user_id")).toInteger(), f.store().findUser(f.owner(), QStringLiteral("with_hash"))->id);
    QCOMPARE(after.value(QStringLiteral("last_user_id")).toInteger(), f.store().findUser(f.owner(), QStringLiteral("many997"))->id);
    QCOMPARE(after.value(QStringLiteral("file_sha256")).toString(),
             QString::fromLatin1(QCryptographicHash::hash(csv, QCryptographicHash::Sha256).toHex()));
    QVERIFY2(!e.after.contains(phc) && !e.after.contains(QLatin1String("$argon2")), qPrintable(e.after));

    auto holder = f.store().findUser(f.owner(), QStringLiteral("with_hash"));
    QVERIFY(holder.ok());
    QCOMPARE(holder->displayName, QStringLiteral("Hash, Holder"));
    QCOMPARE(holder->roles, (QStringList{QStringLiteral("App Users"), QStringLiteral("auditor")}));
    QVERIFY(holder->hasPassword);
    QVERIFY(!holder->mustChangePassword);
    QVERIFY(f.store().signIn(QStringLiteral("with_hash"), QStringLiteral("imported user's passphrase")).ok());
    auto chief = f.store().findUser(f.owner(), QStringLiteral("o'brien"));
    QVERIFY(chief.ok());
    QCOMPARE(chief->displayName, QStringLiteral("Miles \"Chief\" O'Brien"));
    QVERIFY(chief->mustChangePassword);
    QVERIFY(!chief->hasPassword);
    UserQuery q;
    q.search = QStringLiteral("many99");
    auto page = f.store().listUsers(f.owner(), q);
    QVERIFY(page.ok());
    QCOMPARE(page->total, 9); // many99, many990 … many997
    auto v = f.store().verifyAudit(f.owner());
    QVERIFY2(v.ok() && v->intact, qPrintable(describe(v)));
}

void TestCsv::importThroughDirectoryOnItsThread()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const StoreOptions options{dir.filePath(QStringLiteral("dir.authdesk")), dir.filePath(QStringLiteral("keys")),
                               QStringLiteral("directory-test")};
    LocalDirectory directory(options);
    NewUser owner;
    owner.username = ownerName();
    owner.email = ownerEmail();
    owner.password = ownerPassword();
    auto created = await(directory.create(owner));
    QVERIFY2(created.ok(), qPrintable(describe(created)));
    auto principal = await(directory.signIn(ownerName(), ownerPassword()));
    QVERIFY2(principal.ok(), qPrintable(describe(principal)));

    const QString csvPath = dir.filePath(QStringLiteral("users.csv"));
    QVERIFY(writeFile(csvPath, bigCsv(2500)));
    // Shared with the SQL thread and the continuation, so nothing they touch can go out of scope.
    struct Seen {
        std::atomic<QThread *> progressThread{nullptr};
        std::atomic<qint64> lastRows{0};
        std::atomic<bool> continued{false};
        QThread *continuationThread = nullptr;
        qint64 imported = -1;
    };
    auto seen = std::make_shared<Seen>();
    QFuture<Result<ImportReport>> future = directory.importUsers(principal.value(), csvPath, [seen](const ImportProgress &p) {
        seen->progressThread = QThread::currentThread();
        seen->lastRows = p.rows;
    });
    // The continuation comes back to this thread through the context object.
    auto done = future.then(this, [seen](const Result<ImportReport> &r) {
        seen->continuationThread = QThread::currentThread();
        seen->imported = r.ok() ? r->imported : -1;
        seen->continued = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(seen->continued.load(), 30000);
    QCOMPARE(seen->imported, 2500);
    QCOMPARE(seen->continuationThread, QThread::currentThread());
    QVERIFY(seen->progressThread.load() != nullptr);
    QVERIFY2(seen->progressThread.load() != QThread::currentThread(), "the import ran on the caller's thread");
    QCOMPARE(seen->lastRows.load(), 2500);
    QCOMPARE(future.progressValue(), 1000);

    UserQuery q;
    q.search = QStringLiteral("bulk24");
    auto page = await(directory.listUsers(principal.value(), q));
    QVERIFY2(page.ok(), qPrintable(describe(page)));
    QCOMPARE(page->total, 111); // bulk24, bulk240…249, bulk2400…2499
    auto bad = await(directory.importUsers(principal.value(), dir.filePath(QStringLiteral("missing.csv"))));
    QCOMPARE(bad.code(), ErrorCode::InvalidInput);
    auto v = await(directory.verifyAudit(principal.value()));
    QVERIFY2(v.ok() && v->intact, qPrintable(describe(v)));
    QCOMPARE(v->eventsChecked, 3 + 1); // store, owner, sign-in, the import
    AuditQuery aq;
    aq.limit = 1;
    auto last = await(directory.listAudit(principal.value(), aq));
    QVERIFY(last.ok() && !last->isEmpty());
    QCOMPARE(last->first().action, QStringLiteral("user.import"));
    QCOMPARE(last->first().targetName, QStringLiteral("users.csv"));
    QVERIFY2(last->first().after.contains(QLatin1String("\"imported\":2500")), qPrintable(last->first().after));
}

void TestCsv::importCanceledThroughFutureLeavesNothing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const StoreOptions options{dir.filePath(QStringLiteral("cancel.authdesk")), dir.filePath(QStringLiteral("keys")), {}};
    LocalDirectory directory(options);
    NewUser owner;
    owner.username = ownerName();
    owner.email = ownerEmail();
    owner.password = ownerPassword();
    QVERIFY(await(directory.create(owner)).ok());
    auto principal = await(directory.signIn(ownerName(), ownerPassword()));
    QVERIFY(principal.ok());
    const QString csvPath = dir.filePath(QStringLiteral("big.csv"));
    QVERIFY(writeFile(csvPath, bigCsv(30000)));

    // The SQL thread stops at the first progress report until the test has canceled. The state
    // is shared with the SQL thread, so an early return here cannot leave it waiting on freed memory.
    struct Gate {
        QSemaphore reached, canceled;
        std::atomic<qint64> firstReport{-1};
    };
    auto gate = std::make_shared<Gate>();
    struct Open {
        std::shared_ptr<Gate> gate;
        ~Open() { gate->canceled.release(); }
    } openOnExit{gate};
    QFuture<Result<ImportReport>> future = directory.importUsers(principal.value(), csvPath, [gate](const ImportProgress &p) {
        qint64 none = -1;
        if (gate->firstReport.compare_exchange_strong(none, p.rows)) {
            gate->reached.release();
            gate->canceled.tryAcquire(1, 30000);
        }
    });
    QVERIFY2(gate->reached.tryAcquire(1, 60000), "the import never reported progress");
    QVERIFY2(gate->firstReport > 0 && gate->firstReport < 30000,
             qPrintable(QStringLiteral("no progress report in the middle of 30,000 rows (first at %1)").arg(gate->firstReport.load())));
    future.cancel();
    gate->canceled.release();
    future.waitForFinished();
    QVERIFY(future.isCanceled());

    auto page = await(directory.listUsers(principal.value(), UserQuery{}));
    QVERIFY2(page.ok(), qPrintable(describe(page)));
    QCOMPARE(page->total, 1); // the owner only: rows were read and inserted, none kept
    auto v = await(directory.verifyAudit(principal.value()));
    QVERIFY2(v.ok() && v->intact, qPrintable(describe(v)));
    QCOMPARE(v->eventsChecked, 3);
    // The directory still works afterwards.
    QVERIFY(writeFile(csvPath, bigCsv(10)));
    auto small = await(directory.importUsers(principal.value(), csvPath));
    QVERIFY2(small.ok(), qPrintable(describe(small)));
    QCOMPARE(small->imported, 10);
}

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
