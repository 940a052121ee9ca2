// End-to-end tests of authdesk-cli: the real binary, a real store file, the real sqlite3 tool.
#include <QDirIterator>
#include <QJsonArray>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <tuple>

#include <sys/stat.h>
#include <unistd.h>

namespace {

const QString ownerPassword = QStringLiteral("correct horse battery staple");

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

} // namespace

class TestCli : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_store;

    QProcessEnvironment env(const QString &password) const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        e.insert(QStringLiteral("HOME"), m_dir.path());
        if (password.isNull())
            e.remove(QStringLiteral("AUTHDESK_PASSWORD"));
        else
            e.insert(QStringLiteral("AUTHDESK_PASSWORD"), password);
        return e;
    }

    Run cli(const QStringList &args, const QByteArray &input = {}, const QString &password = ownerPassword,
            const QString &program = QStringLiteral(AUTHDESK_CLI_PATH), const QStringList &prefix = {}) const
    {
        QProcess p;
        p.setProcessEnvironment(env(password));
        p.setWorkingDirectory(m_dir.path());
        QStringList all = prefix;
        if (!prefix.isEmpty())
            all << QStringLiteral(AUTHDESK_CLI_PATH);
        all << args;
        p.start(prefix.isEmpty() ? program : prefix.first(), prefix.isEmpty() ? all : all.mid(1));
        if (!p.waitForStarted(10000))
            qFatal("cannot start the CLI");
        p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(120000))
            qFatal("the CLI did not finish");
        return Run{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, QString::fromUtf8(p.readAllStandardOutput()),
                   QString::fromUtf8(p.readAllStandardError())};
    }

    Run as(const QString &actor, QStringList args, const QByteArray &input = {}, const QString &password = ownerPassword) const
    {
        args.prepend(actor);
        args.prepend(QStringLiteral("--as"));
        args.prepend(m_store);
        args.prepend(QStringLiteral("--store"));
        return cli(args, input, password);
    }

    qint64 total() const
    {
        const Run r = as(QStringLiteral("alice"), {QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--json")});
        return r.json().value(QStringLiteral("total")).toInteger(-1);
    }

    QString writeFile(const QString &name, const QByteArray &content) const
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write a fixture");
        f.write(content);
        return f.fileName();
    }

    Run sqlite(const QString &file, const QString &sql) const
    {
        QProcess p;
        p.start(QStringLiteral("sqlite3"), {file, sql});
        p.waitForFinished(30000);
        return Run{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = m_dir.filePath(QStringLiteral("store.authdesk"));
        const Run r = cli({QStringLiteral("--store"), m_store, QStringLiteral("init"), QStringLiteral("--owner"),
                           QStringLiteral("alice"), QStringLiteral("--email"), QStringLiteral("alice@example.com"),
                           QStringLiteral("--display-name"), QStringLiteral("Alice Owner")},
                          ownerPassword.toUtf8() + '\n', QString());
        QCOMPARE(r.exitCode, 0);
        QVERIFY(QFileInfo::exists(m_store));
        // No key file beside the store: the chain key is sealed inside it under the data key, which
        // only the owner's password (her key slot) opens.
        const QDir keys(m_dir.filePath(QStringLiteral("data/AuthDesk/keys")));
        QVERIFY(keys.entryList({QStringLiteral("*.audit-key")}, QDir::Files).isEmpty());
        const Run slots = sqlite(m_store, QStringLiteral("SELECT count(*) FROM key_slots WHERE kind = 'admin';"));
        QCOMPARE(slots.out.trimmed(), QStringLiteral("1"));
    }

    void initRefusesExistingStoreAndBadInput()
    {
        Run r = cli({QStringLiteral("--store"), m_store, QStringLiteral("init"), QStringLiteral("--owner"), QStringLiteral("eve"),
                     QStringLiteral("--email"), QStringLiteral("eve@example.com")},
                    "another very long password\n", QString());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("already exists")), qPrintable(r.err));

        const QString other = m_dir.filePath(QStringLiteral("bad-email.authdesk"));
        r = cli({QStringLiteral("--store"), other, QStringLiteral("init"), QStringLiteral("--owner"), QStringLiteral("eve"),
                 QStringLiteral("--email"), QStringLiteral("not-an-email")},
                "another very long password\n", QString());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("not a valid email")), qPrintable(r.err));
        QVERIFY2(!QFileInfo::exists(other), "a refused init leaves no store behind");

        r = cli({QStringLiteral("--store"), other, QStringLiteral("init"), QStringLiteral("--owner"), QStringLiteral("eve"),
                 QStringLiteral("--email"), QStringLiteral("eve@example.com")},
                "short\n", QString());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("too short")), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(other));
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no command") << QStringList{};
        QTest::newRow("unknown group") << QStringList{QStringLiteral("frobnicate"), QStringLiteral("x")};
        QTest::newRow("unknown verb") << QStringList{QStringLiteral("user"), QStringLiteral("frobnicate")};
        QTest::newRow("missing email") << QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("x")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--bogus")};
        QTest::newRow("bad limit") << QStringList{QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--limit"),
                                                  QStringLiteral("lots")};
        QTest::newRow("bad sort") << QStringList{QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--sort"),
                                                 QStringLiteral("password_hash")};
        QTest::newRow("disable without reason") << QStringList{QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("x")};
        QTest::newRow("extra argument") << QStringList{QStringLiteral("user"), QStringLiteral("show"), QStringLiteral("a"),
                                                       QStringLiteral("b")};
    }

    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, args);
        const Run r = as(QStringLiteral("alice"), args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.isEmpty());
    }

    void signInFailures()
    {
        Run r = as(QStringLiteral("alice"), {QStringLiteral("user"), QStringLiteral("list")}, {}, QStringLiteral("wrong password!"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Wrong username or password")), qPrintable(r.err));
        r = as(QStringLiteral("nobody"), {QStringLiteral("user"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Wrong username or password")), qPrintable(r.err));
        // No AUTHDESK_PASSWORD and no terminal: a clear message, not a hang.
        r = cli({QStringLiteral("--store"), m_store, QStringLiteral("--as"), QStringLiteral("alice"), QStringLiteral("user"),
                 QStringLiteral("list")},
                {}, QString(), QStringLiteral("setsid"), {QStringLiteral("setsid")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("AUTHDESK_PASSWORD")), qPrintable(r.err));
        // The password is never echoed back or printed.
        QVERIFY(!r.err.contains(ownerPassword));
    }

    void addListShowEdit()
    {
        Run r = as(QStringLiteral("alice"), {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("bob"),
                                             QStringLiteral("--email"), QStringLiteral("Bob@Example.com"), QStringLiteral("--display-name"),
                                             QStringLiteral("Bob Builder"), QStringLiteral("--role"), QStringLiteral("helpdesk"),
                                             QStringLiteral("--password-stdin")},
                   "bobs very long password\n");
        QCOMPARE(r.exitCode, 0);
        r = as(QStringLiteral("alice"), {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("carol"),
                                         QStringLiteral("--email"), QStringLiteral("carol@example.com")});
        QCOMPARE(r.exitCode, 0);

        r = as(QStringLiteral("alice"), {QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--json"),
                                         QStringLiteral("--sort"), QStringLiteral("username"), QStringLiteral("--desc")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject list = r.json();
        QCOMPARE(list.value(QStringLiteral("total")).toInteger(), 3);
        const QJsonArray users = list.value(QStringLiteral("users")).toArray();
        QCOMPARE(users.size(), 3);
        QCOMPARE(users.at(0).toObject().value(QStringLiteral("username")).toString(), QStringLiteral("carol"));
        QCOMPARE(users.at(2).toObject().value(QStringLiteral("username")).toString(), QStringLiteral("alice"));
        QVERIFY(!r.out.contains(QStringLiteral("argon2")));

        r = as(QStringLiteral("alice"), {QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--search"),
                                         QStringLiteral("BUILD"), QStringLiteral("--json")});
        QCOMPARE(r.json().value(QStringLiteral("total")).toInteger(), 1);

        r = as(QStringLiteral("alice"), {QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--limit"),
                                         QStringLiteral("1"), QStringLiteral("--offset"), QStringLiteral("1"), QStringLiteral("--json")});
        QCOMPARE(r.json().value(QStringLiteral("total")).toInteger(), 3);
        QCOMPARE(r.json().value(QStringLiteral("users")).toArray().at(0).toObject().value(QStringLiteral("username")).toString(),
                 QStringLiteral("bob"));

        r = as(QStringLiteral("alice"), {QStringLiteral("user"), QStringLiteral("show"), QStringLiteral("bob@example.COM"),
                                         QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject bob = r.json();
        QCOMPARE(bob.value(QStringLiteral("display_name")).toString(), QStringLiteral("Bob Builder"));
        QCOMPARE(bob.value(QStringLiteral("roles")).toArray().at(0).toString(), QStringLiteral("helpdesk"));
        QCOMPARE(bob.value(QStringLiteral("has_password")).toBool(), true);
        const qint64 version = bob.value(QStringLiteral("version")).toInteger();

        r = as(QStringLiteral("alice"), {QStringLiteral("user"), QStringLiteral("edit"), QStringLiteral("bob"),
                                         QStringLiteral("--display-name"), QStringLiteral("Robert Builder"),
                                         QStringLiteral("--if-version"), QString::number(version)});
        QCOMPARE(r.exitCode, 0);
        // The same expected version again is now stale: a conflict, not a silent overwrite.
        r = as(QStringLiteral("alice"), {QStringLiteral("user"), QStringLiteral("edit"), QStringLiteral("bob"),
                                         QStringLiteral("--display-name"), QStringLiteral("Bobby"), QStringLiteral("--if-version"),
                                         QString::number(version)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("changed by someone else")), qPrintable(r.err));

        r = as(QStringLiteral("alice"), {QStringLiteral("user"), QStringLiteral("show"), QStringLiteral("bob")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("Robert Builder")));
    }

    void badInputIsRefusedAndNothingWritten_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("duplicate username other case")
            << QStringList{QStringLiteral("BOB"), QStringLiteral("--email"), QStringLiteral("x1@example.com")}
            << QStringLiteral("already taken");
        QTest::newRow("duplicate email other case")
            << QStringList{QStringLiteral("robert"), QStringLiteral("--email"), QStringLiteral("BOB@EXAMPLE.COM")}
            << QStringLiteral("already taken");
        QTest::newRow("malformed email")
            << QStringList{QStringLiteral("dave"), QStringLiteral("--email"), QStringLiteral("dave@@example")}
            << QStringLiteral("not a valid email");
        QTest::newRow("control character")
            << QStringList{QStringLiteral("da\x1b[31mve"), QStringLiteral("--email"), QStringLiteral("dave@example.com")}
            << QStringLiteral("control");
        QTest::newRow("unknown role")
            << QStringList{QStringLiteral("dave"), QStringLiteral("--email"), QStringLiteral("dave@example.com"),
                           QStringLiteral("--role"), QStringLiteral("wizard")}
            << QStringLiteral("no role");
        QTest::newRow("10 kB name")
            << QStringList{QString(10240, QLatin1Char('a')), QStringLiteral("--email"), QStringLiteral("dave@example.com")}
            << QStringLiteral("too long");
    }

    void badInputIsRefusedAndNothingWritten()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const qint64 before = total();
        QStringList all{QStringLiteral("user"), QStringLiteral("add")};
        all << args;
        const Run r = as(QStringLiteral("alice"), all);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(total(), before);
    }

    void refusalsAreAuditedForHelpdesk()
    {
        // bob holds helpdesk: may read users and reset ordinary users' passwords, nothing more.
        const QString bobPassword = QStringLiteral("bobs very long password");
        Run r = as(QStringLiteral("bob"), {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("mallory"),
                                           QStringLiteral("--email"), QStringLiteral("m@example.com")},
                   {}, bobPassword);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("users.create")), qPrintable(r.err));
        r = as(QStringLiteral("bob"), {QStringLiteral("user"), QStringLiteral("set-password"), QStringLiteral("alice")},
               "a new password for alice\n", bobPassword);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("console permissions you do not have")), qPrintable(r.err));
        r = as(QStringLiteral("bob"), {QStringLiteral("user"), QStringLiteral("set-password"), QStringLiteral("bob")},
               "a new password for bob!\n", bobPassword);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("your own account")), qPrintable(r.err));
        r = as(QStringLiteral("bob"), {QStringLiteral("user"), QStringLiteral("set-password"), QStringLiteral("carol"),
                                       QStringLiteral("--must-change")},
               "carols new long password\n", bobPassword);
        QCOMPARE(r.exitCode, 0);
        r = as(QStringLiteral("bob"), {QStringLiteral("audit"), QStringLiteral("list")}, {}, bobPassword);
        QCOMPARE(r.exitCode, 1);

        r = as(QStringLiteral("alice"), {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--limit"),
                                         QStringLiteral("20"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray events = r.json().value(QStringLiteral("events")).toArray();
        QStringList denied;
        for (const QJsonValue &v : events) {
            const QJsonObject e = v.toObject();
            if (e.value(QStringLiteral("result")).toString() == QLatin1String("denied")
                && e.value(QStringLiteral("actor")).toString() == QLatin1String("bob"))
                denied << e.value(QStringLiteral("action")).toString();
        }
        QVERIFY2(denied.contains(QStringLiteral("user.create")), qPrintable(denied.join(u',')));
        QVERIFY2(denied.contains(QStringLiteral("user.set_password")), qPrintable(denied.join(u',')));
        QVERIFY2(denied.contains(QStringLiteral("audit.list")), qPrintable(denied.join(u',')));
        // No secret in the audit details.
        QVERIFY(!r.out.contains(QStringLiteral("carols new long password")));
        QVERIFY(!r.out.contains(QStringLiteral("$argon2")));
    }

    void mustChangePasswordAllowsOnlyPasswd()
    {
        Run r = as(QStringLiteral("alice"), {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("dana"),
                                             QStringLiteral("--email"), QStringLiteral("dana@example.com"), QStringLiteral("--role"),
                                             QStringLiteral("auditor")});
        QCOMPARE(r.exitCode, 0);
        r = as(QStringLiteral("alice"), {QStringLiteral("user"), QStringLiteral("set-password"), QStringLiteral("dana"),
                                         QStringLiteral("--must-change")},
               "temporary password for dana\n");
        QCOMPARE(r.exitCode, 0);
        const QString temporary = QStringLiteral("temporary password for dana");
        r = as(QStringLiteral("dana"), {QStringLiteral("user"), QStringLiteral("list")}, {}, temporary);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("must change your password")), qPrintable(r.err));
        r = as(QStringLiteral("dana"), {QStringLiteral("passwd")}, "short\n", temporary);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("too short")), qPrintable(r.err));
        r = as(QStringLiteral("dana"), {QStringLiteral("passwd")}, "danas own chosen password\n", QStringLiteral("not the current one"));
        QCOMPARE(r.exitCode, 1);
        r = as(QStringLiteral("dana"), {QStringLiteral("passwd")}, "danas own chosen password\n", temporary);
        QCOMPARE(r.exitCode, 0);
        r = as(QStringLiteral("dana"), {QStringLiteral("user"), QStringLiteral("list")}, {}, QStringLiteral("danas own chosen password"));
        QCOMPARE(r.exitCode, 0);
        r = as(QStringLiteral("dana"), {QStringLiteral("user"), QStringLiteral("list")}, {}, temporary);
        QCOMPARE(r.exitCode, 1);
    }

    void disableEnableDeleteAndLastOwner()
    {
        Run r = as(QStringLiteral("alice"), {QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("carol"),
                                             QStringLiteral("--reason"), QStringLiteral("left the company"), QStringLiteral("--until"),
                                             QStringLiteral("2099-01-01T00:00:00Z")});
        QCOMPARE(r.exitCode, 0);
        r = as(QStringLiteral("alice"), {QStringLiteral("user"), QStringLiteral("show"), QStringLiteral("carol"), QStringLiteral("--json")});
        QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("disabled"));
        QCOMPARE(r.json().value(QStringLiteral("disabled_reason")).toString(), QStringLiteral("left the company"));
        QCOMPARE(r.json().value(QStringLiteral("disabled_until")).toString(), QStringLiteral("2099-01-01T00:00:00.000Z"));
        r = as(QStringLiteral("alice"), {QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("carol"),
                                         QStringLiteral("--reason"), QStringLiteral("x"), QStringLiteral("--until"),
                                         QStringLiteral("not a date")});
        QCOMPARE(r.exitCode, 2);
        r = as(QStringLiteral("alice"), {QStringLiteral("user"), QStringLiteral("enable"), QStringLiteral("carol")});
        QCOMPARE(r.exitCode, 0);

        // alice is the only owner: she can neither delete, disable nor demote herself, and nobody else may either.
        r = as(QStringLiteral("alice"), {QStringLiteral("user"), QStringLiteral("delete"), QStringLiteral("alice")});
        QCOMPARE(r.exitCode, 1);
        r = as(QStringLiteral("alice"), {QStringLiteral("user"), QStringLiteral("role-remove"), QStringLiteral("alice"),
                                         QStringLiteral("owner")});
        QCOMPARE(r.exitCode, 1);

        r = as(QStringLiteral("alice"), {QStringLiteral("user"), QStringLiteral("delete"), QStringLiteral("carol")});
        QCOMPARE(r.exitCode, 0);
        r = as(QStringLiteral("alice"), {QStringLiteral("user"), QStringLiteral("show"), QStringLiteral("carol")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("no user")));
    }

    void rolesAndPermissions()
    {
        Run r = as(QStringLiteral("alice"), {QStringLiteral("permission"), QStringLiteral("add"), QStringLiteral("reports.export"),
                                             QStringLiteral("--description"), QStringLiteral("Export reports")});
        QCOMPARE(r.exitCode, 0);
        r = as(QStringLiteral("alice"), {QStringLiteral("role"), QStringLiteral("add"), QStringLiteral("analyst")});
        QCOMPARE(r.exitCode, 0);
        r = as(QStringLiteral("alice"), {QStringLiteral("role"), QStringLiteral("grant"), QStringLiteral("analyst"),
                                         QStringLiteral("reports.export")});
        QCOMPARE(r.exitCode, 0);
        r = as(QStringLiteral("alice"), {QStringLiteral("role"), QStringLiteral("grant"), QStringLiteral("analyst"), QStringLiteral("read")});
        QCOMPARE(r.exitCode, 0);
        r = as(QStringLiteral("alice"), {QStringLiteral("role"), QStringLiteral("grant"), QStringLiteral("analyst"),
                                         QStringLiteral("no.such.permission")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("no permission")));
        r = as(QStringLiteral("alice"), {QStringLiteral("role"), QStringLiteral("revoke"), QStringLiteral("owner"),
                                         QStringLiteral("users.read")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("owner role always keeps")), qPrintable(r.err));

        r = as(QStringLiteral("alice"), {QStringLiteral("user"), QStringLiteral("role-add"), QStringLiteral("bob"), QStringLiteral("analyst")});
        QCOMPARE(r.exitCode, 0);
        r = as(QStringLiteral("alice"), {QStringLiteral("user"), QStringLiteral("permissions"), QStringLiteral("bob"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QHash<QString, QStringList> via;
        for (const QJsonValue &v : r.json().value(QStringLiteral("permissions")).toArray())
            for (const QJsonValue &role : v.toObject().value(QStringLiteral("via_roles")).toArray())
                via[v.toObject().value(QStringLiteral("permission")).toString()] << role.toString();
        QCOMPARE(via.value(QStringLiteral("reports.export")), QStringList{QStringLiteral("analyst")});
        QCOMPARE(via.value(QStringLiteral("mfa.reset")), QStringList{QStringLiteral("helpdesk")});
        QVERIFY(!via.contains(QStringLiteral("users.delete")));

        r = as(QStringLiteral("alice"), {QStringLiteral("role"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        bool found = false;
        for (const QJsonValue &v : r.json().value(QStringLiteral("roles")).toArray()) {
            const QJsonObject role = v.toObject();
            if (role.value(QStringLiteral("name")).toString() == QLatin1String("analyst")) {
                found = true;
                QCOMPARE(role.value(QStringLiteral("members")).toInteger(), 1);
                QCOMPARE(role.value(QStringLiteral("permissions")).toArray().size(), 2);
            }
        }
        QVERIFY(found);
        r = as(QStringLiteral("alice"), {QStringLiteral("user"), QStringLiteral("role-remove"), QStringLiteral("bob"),
                                         QStringLiteral("analyst")});
        QCOMPARE(r.exitCode, 0);
    }

    void importAllOrNothing()
    {
        const qint64 before = total();
        QByteArray bad = "username,email,display_name,roles\n"
                         "imp1,imp1@example.com,Imported One,\n"
                         "imp2,imp2@example.com,\"Two, Imported\",helpdesk\n"
                         "imp3,broken-email,Three,\n"
                         "imp4,imp4@example.com,Four,\n";
        Run r = as(QStringLiteral("alice"), {QStringLiteral("user"), QStringLiteral("import"), writeFile(QStringLiteral("bad.csv"), bad)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Line 4")), qPrintable(r.err));
        QCOMPARE(total(), before);

        QByteArray dup = "username,email\nimpA,a@example.com\nIMPA,b@example.com\n";
        r = as(QStringLiteral("alice"), {QStringLiteral("user"), QStringLiteral("import"), writeFile(QStringLiteral("dup.csv"), dup)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Line 3")) && r.err.contains(QStringLiteral("already taken")), qPrintable(r.err));
        QCOMPARE(total(), before);

        QByteArray good = "username,email,display_name,roles\n";
        for (int i = 0; i < 25000; ++i)
            good += QStringLiteral("bulk%1,bulk%1@example.com,Bulk User %1,\n").arg(i).toUtf8();
        r = as(QStringLiteral("alice"), {QStringLiteral("user"), QStringLiteral("import"), writeFile(QStringLiteral("good.csv"), good)});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(QStringLiteral("users read")), qPrintable(r.err)); // progress on stderr
        QVERIFY2(r.out.contains(QStringLiteral("25000")), qPrintable(r.out));
        QCOMPARE(total(), before + 25000);
        r = as(QStringLiteral("alice"), {QStringLiteral("user"), QStringLiteral("show"), QStringLiteral("bulk24999"), QStringLiteral("--json")});
        QCOMPARE(r.json().value(QStringLiteral("must_change_password")).toBool(), true);
        QCOMPARE(r.json().value(QStringLiteral("has_password")).toBool(), false);
    }

    void notAStoreNewerStoreLockedStore()
    {
        const QString text = writeFile(QStringLiteral("notes.txt"), "just some notes\n");
        Run r = cli({QStringLiteral("--store"), text, QStringLiteral("--as"), QStringLiteral("alice"), QStringLiteral("user"),
                     QStringLiteral("list")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("not an AuthDesk store")), qPrintable(r.err));

        const QString missing = m_dir.filePath(QStringLiteral("missing.authdesk"));
        r = cli({QStringLiteral("--store"), missing, QStringLiteral("--as"), QStringLiteral("alice"), QStringLiteral("user"),
                 QStringLiteral("list")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!QFileInfo::exists(missing));

        const QString newer = m_dir.filePath(QStringLiteral("newer.authdesk"));
        QVERIFY(QFile::copy(m_store, newer));
        QCOMPARE(sqlite(newer, QStringLiteral("UPDATE meta SET value = '999' WHERE name = 'schema_version';")).exitCode, 0);
        r = cli({QStringLiteral("--store"), newer, QStringLiteral("--as"), QStringLiteral("alice"), QStringLiteral("user"),
                 QStringLiteral("list")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("newer AuthDesk")), qPrintable(r.err));
        QCOMPARE(sqlite(newer, QStringLiteral("SELECT value FROM meta WHERE name = 'schema_version';")).out.trimmed(),
                 QStringLiteral("999"));

        // Another program holds the write lock: a clear "locked" error after the busy timeout, nothing half-written.
        const qint64 before = total();
        QProcess locker;
        locker.start(QStringLiteral("sqlite3"), {m_store});
        QVERIFY(locker.waitForStarted());
        locker.write("BEGIN EXCLUSIVE;\nINSERT INTO meta (name, value) VALUES ('lock-probe', 'x');\n");
        // sqlite3 buffers its output on a pipe: ask the store itself whether the lock is held.
        QTRY_VERIFY_WITH_TIMEOUT(sqlite(m_store, QStringLiteral("BEGIN IMMEDIATE; ROLLBACK;")).err.contains(QStringLiteral("locked")),
                                 10000);
        r = as(QStringLiteral("alice"), {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("lockeduser"),
                                         QStringLiteral("--email"), QStringLiteral("locked@example.com")});
        locker.write("ROLLBACK;\n.quit\n");
        locker.closeWriteChannel();
        QVERIFY(locker.waitForFinished(10000));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("locked")), qPrintable(r.err));
        QCOMPARE(total(), before);
    }

    void readOnlyStore()
    {
        const QString copy = m_dir.filePath(QStringLiteral("readonly.authdesk"));
        QVERIFY(QFile::copy(m_store, copy));
        Run r;
        if (::geteuid() == 0) {
            // Root writes through permission bits: run the CLI as an unprivileged user instead.
            QFile::setPermissions(m_dir.path(), QFile::permissions(m_dir.path()) | QFileDevice::ExeOther | QFileDevice::ReadOther);
            QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
            r = cli({QStringLiteral("--store"), copy, QStringLiteral("--as"), QStringLiteral("alice"), QStringLiteral("user"),
                     QStringLiteral("list")},
                    {}, ownerPassword, QStringLiteral("setpriv"),
                    {QStringLiteral("setpriv"), QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                     QStringLiteral("--clear-groups")});
        } else {
            QFile::setPermissions(copy, QFileDevice::ReadOwner);
            r = cli({QStringLiteral("--store"), copy, QStringLiteral("--as"), QStringLiteral("alice"), QStringLiteral("user"),
                     QStringLiteral("list")});
        }
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("read-only")), qPrintable(r.err));
    }

    // TOTP end to end through the real binary, checked by tools we did not write: zbarimg reads the
    // QR code, oathtool computes the codes.
    void mfaEnrollQrActivateVerifyRecover()
    {
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("oathtool")).isEmpty(), "oathtool missing (Debian package oathtool)");
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("zbarimg")).isEmpty(), "zbarimg missing (Debian package zbar-tools)");
        QCOMPARE(as(QStringLiteral("alice"), {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("tess"), QStringLiteral("--email"),
                                               QStringLiteral("tess@example.com")})
                     .exitCode,
                 0);
        // Nothing pending yet: no QR code.
        const QString png = m_dir.filePath(QStringLiteral("tess.png"));
        Run r = as(QStringLiteral("alice"), {QStringLiteral("mfa"), QStringLiteral("qr"), QStringLiteral("tess"), QStringLiteral("--png"), png});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!QFile::exists(png));

        r = as(QStringLiteral("alice"), {QStringLiteral("mfa"), QStringLiteral("enroll"), QStringLiteral("tess"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QString uri = r.json().value(QStringLiteral("uri")).toString();
        QVERIFY2(uri.startsWith(QStringLiteral("otpauth://totp/AuthDesk:tess@example.com?")), qPrintable(uri));
        const QString secret = QUrlQuery(QUrl(uri)).queryItemValue(QStringLiteral("secret"));
        QVERIFY(secret.size() >= 32);

        r = as(QStringLiteral("alice"), {QStringLiteral("mfa"), QStringLiteral("qr"), QStringLiteral("tess"), QStringLiteral("--png"), png});
        QCOMPARE(r.exitCode, 0);
        struct stat st {};
        QCOMPARE(::stat(QFile::encodeName(png).constData(), &st), 0);
        QCOMPARE(st.st_mode & 07777, 0600u);
        QProcess zbar;
        zbar.start(QStringLiteral("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"), png});
        QVERIFY(zbar.waitForFinished(30000));
        QCOMPARE(QString::fromUtf8(zbar.readAllStandardOutput()).trimmed(), uri);

        auto oath = [&](qint64 at) {
            QProcess p;
            p.start(QStringLiteral("oathtool"), {QStringLiteral("--totp"), QStringLiteral("-b"), QStringLiteral("-N"),
                                                  QStringLiteral("@%1").arg(at), secret});
            p.waitForFinished(10000);
            return QString::fromLatin1(p.readAllStandardOutput()).trimmed();
        };
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        // Bad codes are refused without activating anything.
        r = as(QStringLiteral("alice"), {QStringLiteral("mfa"), QStringLiteral("activate"), QStringLiteral("tess"), QStringLiteral("12x456")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("digit")), qPrintable(r.err));
        const QString first = oath(now);
        r = as(QStringLiteral("alice"), {QStringLiteral("mfa"), QStringLiteral("activate"), QStringLiteral("tess"), first, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray codes = r.json().value(QStringLiteral("recovery_codes")).toArray();
        QCOMPARE(codes.size(), 10);
        // Once pending is over, the QR code is gone.
        QCOMPARE(as(QStringLiteral("alice"), {QStringLiteral("mfa"), QStringLiteral("qr"), QStringLiteral("tess"), QStringLiteral("--png"),
                                               m_dir.filePath(QStringLiteral("again.png"))})
                     .exitCode,
                 1);

        // The next step's code is valid (one step of drift); the activation code again is a replay.
        QCOMPARE(as(QStringLiteral("alice"), {QStringLiteral("mfa"), QStringLiteral("verify"), QStringLiteral("tess"), oath(now + 30)}).exitCode, 0);
        QCOMPARE(as(QStringLiteral("alice"), {QStringLiteral("mfa"), QStringLiteral("verify"), QStringLiteral("tess"), first}).exitCode, 1);

        const QString code = codes.at(3).toString();
        QCOMPARE(as(QStringLiteral("alice"), {QStringLiteral("mfa"), QStringLiteral("recover"), QStringLiteral("tess"), code}).exitCode, 0);
        QCOMPARE(as(QStringLiteral("alice"), {QStringLiteral("mfa"), QStringLiteral("recover"), QStringLiteral("tess"), code}).exitCode, 1);

        r = as(QStringLiteral("alice"), {QStringLiteral("mfa"), QStringLiteral("status"), QStringLiteral("tess"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject status = r.json();
        QCOMPARE(status.value(QStringLiteral("state")).toString(), QStringLiteral("active"));
        QCOMPARE(status.value(QStringLiteral("algorithm")).toString(), QStringLiteral("SHA1"));
        QCOMPARE(status.value(QStringLiteral("recovery_codes_left")).toInt(), 9);
        QCOMPARE(status.value(QStringLiteral("failures")).toInt(), 1); // the used code; the replay's failure was reset
        QVERIFY(!r.out.contains(secret));
        QVERIFY(!r.out.contains(QStringLiteral("secret")));

        r = as(QStringLiteral("alice"), {QStringLiteral("mfa"), QStringLiteral("recovery-codes"), QStringLiteral("tess")});
        QCOMPARE(r.exitCode, 2);
        r = as(QStringLiteral("alice"), {QStringLiteral("mfa"), QStringLiteral("recovery-codes"), QStringLiteral("tess"), QStringLiteral("--regenerate"),
                                         QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(QStringLiteral("recovery_codes")).toArray().size(), 10);
        QCOMPARE(as(QStringLiteral("alice"), {QStringLiteral("mfa"), QStringLiteral("recover"), QStringLiteral("tess"), codes.at(4).toString()}).exitCode, 1);

        // Neither the secret nor any code is in the store, its WAL, the key folder or a settings file.
        QFile::remove(png);
        QByteArray everything;
        QDirIterator it(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly))
                everything += f.readAll();
        }
        QVERIFY(!everything.isEmpty());
        QVERIFY2(!everything.contains(secret.toLatin1()), "the TOTP secret is on disk");
        for (const QJsonValue &c : codes) {
            QVERIFY2(!everything.contains(c.toString().toLatin1()), "a recovery code is on disk");
            QVERIFY2(!everything.contains(c.toString().remove(QLatin1Char('-')).toLatin1()), "a recovery code is on disk");
        }
    }

    // --pdf writes the recovery sheet (mode 0600) at activation and at regeneration; pdftotext reads
    // every code back. A bad --pdf is refused before any code is made.
    void mfaRecoverySheetPdf()
    {
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
                 "pdftotext missing (Debian package poppler-utils)");
        QTemporaryDir out;
        QVERIFY(out.isValid());
        auto pdfText = [](const QString &path) {
            QProcess p;
            p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
            p.waitForFinished(30000);
            return QString::fromUtf8(p.readAllStandardOutput());
        };
        auto modeOf = [](const QString &path) {
            struct stat st {};
            return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? (st.st_mode & 07777) : 0xffffu;
        };
        QCOMPARE(as(QStringLiteral("alice"), {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("pia"), QStringLiteral("--email"),
                                               QStringLiteral("pia@example.com"), QStringLiteral("--display-name"), QStringLiteral("Pia Paper")})
                     .exitCode,
                 0);
        Run r = as(QStringLiteral("alice"), {QStringLiteral("mfa"), QStringLiteral("enroll"), QStringLiteral("pia"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QString secret = QUrlQuery(QUrl(r.json().value(QStringLiteral("uri")).toString())).queryItemValue(QStringLiteral("secret"));
        QProcess oath;
        oath.start(QStringLiteral("oathtool"), {QStringLiteral("--totp"), QStringLiteral("-b"), secret});
        QVERIFY(oath.waitForFinished(10000));
        const QString code = QString::fromLatin1(oath.readAllStandardOutput()).trimmed();

        // A folder that does not exist, or no file name: refused, and nothing activated.
        const QString nowhere = out.filePath(QStringLiteral("missing/sheet.pdf"));
        r = as(QStringLiteral("alice"), {QStringLiteral("mfa"), QStringLiteral("activate"), QStringLiteral("pia"), code, QStringLiteral("--pdf"), nowhere});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("does not exist")), qPrintable(r.err));
        r = as(QStringLiteral("alice"), {QStringLiteral("mfa"), QStringLiteral("activate"), QStringLiteral("pia"), code, QStringLiteral("--pdf="), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 2);
        r = as(QStringLiteral("alice"), {QStringLiteral("mfa"), QStringLiteral("status"), QStringLiteral("pia"), QStringLiteral("--json")});
        QCOMPARE(r.json().value(QStringLiteral("state")).toString(), QStringLiteral("pending"));

        const QString sheet = out.filePath(QStringLiteral("pia.pdf"));
        r = as(QStringLiteral("alice"), {QStringLiteral("mfa"), QStringLiteral("activate"), QStringLiteral("pia"), code, QStringLiteral("--pdf"), sheet,
                                         QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.json().value(QStringLiteral("pdf")).toString(), sheet);
        const QJsonArray codes = r.json().value(QStringLiteral("recovery_codes")).toArray();
        QCOMPARE(codes.size(), 10);
        QCOMPARE(modeOf(sheet), 0600u);
        QString text = pdfText(sheet);
        QVERIFY2(text.contains(QStringLiteral("Pia Paper (pia, pia@example.com)")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Issuer: AuthDesk")), qPrintable(text));
        for (const QJsonValue &c : codes)
            QVERIFY2(text.contains(c.toString()), qPrintable(c.toString()));
        QVERIFY(!text.contains(secret));

        // Without --json the codes go to the sheet only, not to the terminal.
        const QString again = out.filePath(QStringLiteral("pia-new.pdf"));
        r = as(QStringLiteral("alice"), {QStringLiteral("mfa"), QStringLiteral("recovery-codes"), QStringLiteral("pia"), QStringLiteral("--regenerate"),
                                         QStringLiteral("--pdf"), again});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(again), qPrintable(r.err));
        QCOMPARE(modeOf(again), 0600u);
        text = pdfText(again);
        const QRegularExpression codeForm(QStringLiteral("[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}"));
        QStringList fresh;
        for (auto it = codeForm.globalMatch(text); it.hasNext();)
            fresh << it.next().captured(0);
        QCOMPARE(fresh.size(), 10);
        QVERIFY(!r.out.contains(fresh.first()));
        QVERIFY(!text.contains(codes.at(0).toString()));
        // The sheet's codes are the store's: each works once; the old set is gone.
        QCOMPARE(as(QStringLiteral("alice"), {QStringLiteral("mfa"), QStringLiteral("recover"), QStringLiteral("pia"), fresh.at(2)}).exitCode, 0);
        QCOMPARE(as(QStringLiteral("alice"), {QStringLiteral("mfa"), QStringLiteral("recover"), QStringLiteral("pia"), fresh.at(2)}).exitCode, 1);
        QCOMPARE(as(QStringLiteral("alice"), {QStringLiteral("mfa"), QStringLiteral("recover"), QStringLiteral("pia"), codes.at(2).toString()}).exitCode, 1);
    }

    void verifyPasswordShowsSchemeAndUpgrades()
    {
        const QString csv = writeFile(QStringLiteral("hashes.csv"),
                                      "username,email,display_name,roles,password_hash\n"
                                      "uma,uma@example.com,Uma,,$2b$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW\n"
                                      "vic,vic@example.com,Vic,,{SHA}W6ph5Mm5Pz8GgiULbPgzG37mj9g=\n");
        Run r = as(QStringLiteral("alice"), {QStringLiteral("user"), QStringLiteral("import"), csv, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(QStringLiteral("reset_required")).toInt(), 1);
        r = as(QStringLiteral("alice"), {QStringLiteral("user"), QStringLiteral("show"), QStringLiteral("uma"), QStringLiteral("--json")});
        QCOMPARE(r.json().value(QStringLiteral("password_scheme")).toString(), QStringLiteral("bcrypt"));
        QVERIFY(!r.out.contains(QStringLiteral("$2b$")));
        QCOMPARE(as(QStringLiteral("alice"), {QStringLiteral("user"), QStringLiteral("verify-password"), QStringLiteral("uma")}, "U*V\n").exitCode, 1);
        QCOMPARE(as(QStringLiteral("alice"), {QStringLiteral("user"), QStringLiteral("verify-password"), QStringLiteral("uma")}, "U*U\n").exitCode, 0);
        r = as(QStringLiteral("alice"), {QStringLiteral("user"), QStringLiteral("show"), QStringLiteral("uma"), QStringLiteral("--json")});
        QCOMPARE(r.json().value(QStringLiteral("password_scheme")).toString(), QStringLiteral("argon2id"));
        r = as(QStringLiteral("alice"), {QStringLiteral("user"), QStringLiteral("show"), QStringLiteral("vic"), QStringLiteral("--json")});
        QCOMPARE(r.json().value(QStringLiteral("has_password")).toBool(true), false);
        QVERIFY(r.json().value(QStringLiteral("must_change_password")).toBool());
    }

    void policyShowAndSet()
    {
        Run r = as(QStringLiteral("alice"), {QStringLiteral("policy"), QStringLiteral("show"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject settings = r.json().value(QStringLiteral("settings")).toObject();
        QCOMPARE(settings.value(QStringLiteral("password.min_length")).toString(), QStringLiteral("15"));
        QCOMPARE(settings.value(QStringLiteral("password.min_length_with_mfa")).toString(), QStringLiteral("8"));
        QCOMPARE(settings.value(QStringLiteral("password.require_composition")).toString(), QStringLiteral("false"));
        QCOMPARE(settings.value(QStringLiteral("mfa.issuer")).toString(), QStringLiteral("AuthDesk"));
        r = as(QStringLiteral("alice"), {QStringLiteral("policy"), QStringLiteral("set"), QStringLiteral("password.min_length"), QStringLiteral("seven")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("min_length")), qPrintable(r.err));
        r = as(QStringLiteral("alice"), {QStringLiteral("policy"), QStringLiteral("set"), QStringLiteral("mfa.issuer"), QStringLiteral("Example Corp")});
        QCOMPARE(r.exitCode, 0);
        r = as(QStringLiteral("alice"), {QStringLiteral("policy"), QStringLiteral("show")});
        QVERIFY2(r.out.contains(QStringLiteral("Example Corp")), qPrintable(r.out));
        r = as(QStringLiteral("alice"), {QStringLiteral("mfa"), QStringLiteral("enroll"), QStringLiteral("tess"), QStringLiteral("--json")});
        QVERIFY2(r.json().value(QStringLiteral("uri")).toString().startsWith(QStringLiteral("otpauth://totp/Example%20Corp:tess@example.com?")),
                 qPrintable(r.out));
        QCOMPARE(as(QStringLiteral("alice"), {QStringLiteral("policy"), QStringLiteral("set"), QStringLiteral("mfa.issuer"), QStringLiteral("AuthDesk")}).exitCode, 0);

        // A generated password meets the store's policy as it is now, and works.
        QCOMPARE(as(QStringLiteral("alice"), {QStringLiteral("policy"), QStringLiteral("set"), QStringLiteral("password.min_length"), QStringLiteral("32")}).exitCode, 0);
        r = as(QStringLiteral("alice"), {QStringLiteral("user"), QStringLiteral("set-password"), QStringLiteral("tess"), QStringLiteral("--generate")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString generated = r.out.trimmed();
        QVERIFY2(generated.size() >= 32, qPrintable(generated));
        QCOMPARE(as(QStringLiteral("alice"), {QStringLiteral("user"), QStringLiteral("verify-password"), QStringLiteral("tess")}, generated.toUtf8() + '\n').exitCode, 0);
        // Typed: tess has an authenticator, so 8 characters are her minimum; uma has none, so 32 are hers.
        r = as(QStringLiteral("alice"), {QStringLiteral("user"), QStringLiteral("set-password"), QStringLiteral("tess")}, "a long enough passphrase\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = as(QStringLiteral("alice"), {QStringLiteral("user"), QStringLiteral("set-password"), QStringLiteral("uma")}, "a long enough passphrase\n");
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("32")), qPrintable(r.err));
        QCOMPARE(as(QStringLiteral("alice"), {QStringLiteral("policy"), QStringLiteral("set"), QStringLiteral("password.min_length"), QStringLiteral("15")}).exitCode, 0);
    }

    void storeCopiedToAnotherHomeOpensWithThePassword()
    {
        QTemporaryDir other;
        QVERIFY(other.isValid());
        const QString copy = other.filePath(QStringLiteral("moved.authdesk"));
        QVERIFY(QFile::copy(m_store, copy));
        auto runThere = [&](const QStringList &args, const QString &password) {
            QProcess p;
            QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
            e.insert(QStringLiteral("HOME"), other.path());
            e.insert(QStringLiteral("XDG_DATA_HOME"), other.filePath(QStringLiteral("data")));
            e.insert(QStringLiteral("AUTHDESK_PASSWORD"), password);
            p.setProcessEnvironment(e);
            p.start(QStringLiteral(AUTHDESK_CLI_PATH), QStringList{QStringLiteral("--store"), copy, QStringLiteral("--as"), QStringLiteral("alice")} + args);
            p.closeWriteChannel();
            p.waitForFinished(60000);
            return Run{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
        };
        Run r = runThere({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("wes"), QStringLiteral("--email"), QStringLiteral("wes@example.com")},
                         QStringLiteral("not alice's password, no"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Wrong username or password")), qPrintable(r.err));
        r = runThere({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("wes"), QStringLiteral("--email"), QStringLiteral("wes@example.com")},
                     ownerPassword);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = runThere({QStringLiteral("audit"), QStringLiteral("verify")}, ownerPassword);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // No keychain on this machine: unlock says so clearly and writes nothing anywhere.
        r = runThere({QStringLiteral("unlock")}, ownerPassword);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("keychain"), Qt::CaseInsensitive), qPrintable(r.err));
    }

    void auditListFilters()
    {
        auto list = [this](QStringList extra) {
            const Run r = as(QStringLiteral("alice"), QStringList{QStringLiteral("audit"), QStringLiteral("list"),
                                                                  QStringLiteral("--limit"), QStringLiteral("100000"),
                                                                  QStringLiteral("--json")} + extra);
            return std::make_pair(r.exitCode, r.json().value(QStringLiteral("events")).toArray());
        };
        // A user.* event of its own, so the slot also holds when run alone.
        QCOMPARE(as(QStringLiteral("alice"), {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("filtered"),
                                              QStringLiteral("--email"), QStringLiteral("filtered@example.com")})
                     .exitCode,
                 0);
        const auto [allCode, all] = list({});
        QCOMPARE(allCode, 0);
        QVERIFY(all.size() > 2);
        auto count = [&all](const std::function<bool(const QJsonObject &)> &pred) {
            qsizetype n = 0;
            for (const QJsonValue &v : all)
                n += pred(v.toObject()) ? 1 : 0;
            return n;
        };
        auto key = [](const QJsonValue &v, const char *name) { return v.toObject().value(QLatin1String(name)); };

        // Prefix: every user.* event there was (the listing's own sign-in adds none of them).
        auto [code, events] = list({QStringLiteral("--action"), QStringLiteral("user.")});
        QCOMPARE(code, 0);
        QVERIFY(!events.isEmpty());
        for (const QJsonValue &v : events)
            QVERIFY2(key(v, "action").toString().startsWith(QLatin1String("user.")), qPrintable(key(v, "action").toString()));
        QCOMPARE(events.size(), count([](const QJsonObject &e) {
                     return e.value(QStringLiteral("action")).toString().startsWith(QLatin1String("user."));
                 }));
        // Exact action: "user." as a prefix matches, "user" alone matches nothing.
        std::tie(code, events) = list({QStringLiteral("--action"), QStringLiteral("user")});
        QCOMPARE(code, 0);
        QCOMPARE(events.size(), 0);

        std::tie(code, events) = list({QStringLiteral("--actor"), QStringLiteral("LIC"), QStringLiteral("--result"),
                                       QStringLiteral("success")});
        QCOMPARE(code, 0);
        QVERIFY(!events.isEmpty());
        for (const QJsonValue &v : events) {
            QVERIFY(key(v, "actor").toString().contains(QLatin1String("lic")));
            QCOMPARE(key(v, "result").toString(), QStringLiteral("success"));
        }
        const qint64 aliceId = key(events.first(), "actor_id").toInteger();
        std::tie(code, events) = list({QStringLiteral("--actor"), QStringLiteral("#%1").arg(aliceId)});
        QCOMPARE(code, 0);
        QVERIFY(!events.isEmpty());
        for (const QJsonValue &v : events)
            QCOMPARE(key(v, "actor_id").toInteger(), aliceId);

        // A time window: the newest event's own second holds it; before the store existed, nothing.
        const QString newest = key(all.first(), "at").toString();
        std::tie(code, events) = list({QStringLiteral("--since"), newest});
        QCOMPARE(code, 0);
        QVERIFY(!events.isEmpty());
        for (const QJsonValue &v : events)
            QVERIFY(QDateTime::fromString(key(v, "at").toString(), Qt::ISODateWithMs)
                    >= QDateTime::fromString(newest, Qt::ISODateWithMs));
        std::tie(code, events) = list({QStringLiteral("--until"), QStringLiteral("2001-01-01T00:00:00Z")});
        QCOMPARE(code, 0);
        QCOMPARE(events.size(), 0);

        // Bad values: a clear usage error, nothing listed.
        Run r = as(QStringLiteral("alice"), {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--result"),
                                             QStringLiteral("ok")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("success, denied or failed")), qPrintable(r.err));
        r = as(QStringLiteral("alice"), {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--since"),
                                         QStringLiteral("yesterday")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("ISO 8601")), qPrintable(r.err));
        r = as(QStringLiteral("alice"), {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--since"),
                                         QStringLiteral("2030-01-01T00:00:00Z"), QStringLiteral("--until"),
                                         QStringLiteral("2029-01-01T00:00:00Z")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("later than")), qPrintable(r.err));
        r = as(QStringLiteral("alice"), {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--actor"),
                                         QStringLiteral("#x")});
        QCOMPARE(r.exitCode, 2);
    }

    void userListFilters()
    {
        auto add = [&](const QString &name, const QStringList &extra = {}) {
            return as(QStringLiteral("alice"), QStringList{QStringLiteral("user"), QStringLiteral("add"), name,
                                                           QStringLiteral("--email"), name + QStringLiteral("@flt.test")}
                                                   + extra)
                .exitCode;
        };
        QCOMPARE(add(QStringLiteral("flt1")), 0);
        QCOMPARE(add(QStringLiteral("flt2"), {QStringLiteral("--role"), QStringLiteral("helpdesk")}), 0);
        QCOMPARE(add(QStringLiteral("flt3")), 0);
        QCOMPARE(add(QStringLiteral("flt4")), 0);
        QCOMPARE(as(QStringLiteral("alice"), {QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("flt1"),
                                              QStringLiteral("--reason"), QStringLiteral("left")})
                     .exitCode,
                 0);
        // flt2 has an active authenticator, flt3's was disabled after 100 wrong codes, flt4 is old.
        const Run s = sqlite(m_store, QStringLiteral(
            "INSERT INTO mfa_factors (user_id, type, state, algorithm, digits, period, secret_sealed, created_at) "
            "SELECT id, 'totp', 'active', 'SHA1', 6, 30, X'00', 0 FROM users WHERE username_key = 'flt2';"
            "INSERT INTO mfa_factors (user_id, type, state, algorithm, digits, period, secret_sealed, created_at, "
            "failed_count, disabled_at) "
            "SELECT id, 'totp', 'disabled', 'SHA1', 6, 30, X'00', 0, 100, 0 FROM users WHERE username_key = 'flt3';"
            "UPDATE users SET created_at = 1577836800000 WHERE username_key = 'flt4';"));
        QCOMPARE(s.exitCode, 0);

        auto names = [&](const QStringList &flags) {
            const Run r = as(QStringLiteral("alice"), QStringList{QStringLiteral("user"), QStringLiteral("list"),
                                                                  QStringLiteral("--search"), QStringLiteral("flt"),
                                                                  QStringLiteral("--json")}
                                                          + flags);
            if (r.exitCode != 0)
                return QStringList{QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.err)};
            QStringList out;
            const QJsonArray users = r.json().value(QStringLiteral("users")).toArray();
            for (const QJsonValue &u : users)
                out << u.toObject().value(QStringLiteral("username")).toString();
            if (r.json().value(QStringLiteral("total")).toInteger() != users.size())
                out << QStringLiteral("<total differs>");
            return out;
        };
        const QString f1 = QStringLiteral("flt1"), f2 = QStringLiteral("flt2"), f3 = QStringLiteral("flt3"),
                      f4 = QStringLiteral("flt4");
        QCOMPARE(names({}), (QStringList{f1, f2, f3, f4}));
        QCOMPARE(names({QStringLiteral("--status"), QStringLiteral("disabled")}), QStringList{f1});
        QCOMPARE(names({QStringLiteral("--status"), QStringLiteral("ACTIVE")}), (QStringList{f2, f3, f4}));
        QCOMPARE(names({QStringLiteral("--role"), QStringLiteral("HelpDesk")}), QStringList{f2});
        QCOMPARE(names({QStringLiteral("--mfa"), QStringLiteral("enrolled")}), QStringList{f2});
        QCOMPARE(names({QStringLiteral("--mfa"), QStringLiteral("none")}), (QStringList{f1, f3, f4}));
        QCOMPARE(names({QStringLiteral("--locked")}), QStringList{f3});
        QCOMPARE(names({QStringLiteral("--never-signed-in")}), (QStringList{f1, f2, f3, f4}));
        QCOMPARE(names({QStringLiteral("--signed-in-after"), QStringLiteral("2000-01-01")}), QStringList{});
        QCOMPARE(names({QStringLiteral("--created-before"), QStringLiteral("2020-01-01T00:00:00.001Z")}), QStringList{f4});
        // Half-open: created exactly at the start is in, exactly at the end is out.
        QCOMPARE(names({QStringLiteral("--created-before"), QStringLiteral("2020-01-01")}), QStringList{});
        QCOMPARE(names({QStringLiteral("--created-after"), QStringLiteral("2020-01-01T01:00:00+01:00"),
                        QStringLiteral("--created-before"), QStringLiteral("2021-01-01")}),
                 QStringList{f4});
        QCOMPARE(names({QStringLiteral("--created-after"), QStringLiteral("2021-01-01"), QStringLiteral("--mfa"),
                        QStringLiteral("none"), QStringLiteral("--status"), QStringLiteral("active")}),
                 QStringList{f3});

        // --json carries the MFA state of each user; the table has a column for it.
        Run r = as(QStringLiteral("alice"), {QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--search"),
                                             QStringLiteral("flt"), QStringLiteral("--json")});
        const QJsonArray users = r.json().value(QStringLiteral("users")).toArray();
        QCOMPARE(users.size(), 4);
        QCOMPARE(users.at(1).toObject().value(QStringLiteral("mfa_enrolled")).toBool(), true);
        QCOMPARE(users.at(1).toObject().value(QStringLiteral("locked")).toBool(), false);
        QCOMPARE(users.at(2).toObject().value(QStringLiteral("mfa_enrolled")).toBool(), false);
        QCOMPARE(users.at(2).toObject().value(QStringLiteral("locked")).toBool(), true);
        QVERIFY(users.at(0).toObject().contains(QStringLiteral("mfa_enrolled")));
        r = as(QStringLiteral("alice"), {QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--search"),
                                         QStringLiteral("flt"), QStringLiteral("--locked")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("MFA")) && r.out.contains(QStringLiteral("locked")), qPrintable(r.out));

        // Bad values: exit 2 and a message that names the option, before any sign-in.
        const QList<std::pair<QStringList, QString>> bad = {
            {{QStringLiteral("--status"), QStringLiteral("maybe")}, QStringLiteral("--status")},
            {{QStringLiteral("--mfa"), QStringLiteral("yes")}, QStringLiteral("--mfa")},
            {{QStringLiteral("--role"), QStringLiteral(" ")}, QStringLiteral("--role")},
            {{QStringLiteral("--created-after"), QStringLiteral("yesterday")}, QStringLiteral("--created-after")},
            {{QStringLiteral("--signed-in-before"), QStringLiteral("2026-13-01")}, QStringLiteral("--signed-in-before")},
            {{QStringLiteral("--created-after"), QStringLiteral("2026-02-01"), QStringLiteral("--created-before"),
              QStringLiteral("2026-01-01")},
             QStringLiteral("--created-before")},
            {{QStringLiteral("--signed-in-after"), QStringLiteral("2026-02-01"), QStringLiteral("--signed-in-before"),
              QStringLiteral("2026-02-01")},
             QStringLiteral("--signed-in-before")},
            {{QStringLiteral("--never-signed-in"), QStringLiteral("--signed-in-after"), QStringLiteral("2026-01-01")},
             QStringLiteral("--never-signed-in")},
        };
        for (const auto &[flags, mention] : bad) {
            r = as(QStringLiteral("alice"), QStringList{QStringLiteral("user"), QStringLiteral("list")} + flags, {},
                   QStringLiteral("wrong password, never checked"));
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(mention), qPrintable(flags.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.err));
            QVERIFY2(!r.err.contains(QStringLiteral("Wrong username or password")), qPrintable(r.err));
        }
    }

    void auditVerifyFindsTampering()
    {
        Run r = as(QStringLiteral("alice"), {QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("intact")), qPrintable(r.out));

        // The store itself refuses UPDATE and DELETE on the log.
        Run s = sqlite(m_store, QStringLiteral("UPDATE audit_events SET reason = 'nothing to see' WHERE id = 5;"));
        QVERIFY(s.exitCode != 0);
        QVERIFY2(s.err.contains(QStringLiteral("append-only")), qPrintable(s.err));
        s = sqlite(m_store, QStringLiteral("DELETE FROM audit_events WHERE id = 5;"));
        QVERIFY(s.exitCode != 0);

        const QString tampered = m_dir.filePath(QStringLiteral("tampered.authdesk"));
        QVERIFY(QFile::copy(m_store, tampered));
        s = sqlite(tampered, QStringLiteral("DROP TRIGGER audit_events_no_update; "
                                            "UPDATE audit_events SET actor_name = 'mallory' WHERE id = 7;"));
        QCOMPARE(s.exitCode, 0);
        r = cli({QStringLiteral("--store"), tampered, QStringLiteral("--as"), QStringLiteral("alice"), QStringLiteral("audit"),
                 QStringLiteral("verify")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("event 7")), qPrintable(r.err));
    }

    // Runs last: it cuts the store's own tail.
    void auditVerifyFindsACutTail()
    {
        // The newest events removed from the store in place: the chain left behind is consistent,
        // but this computer anchored the head it saw committed to this file.
        const qint64 last = sqlite(m_store, QStringLiteral("SELECT max(id) FROM audit_events;")).out.trimmed().toLongLong();
        QVERIFY(last > 10);
        const Run s = sqlite(m_store, QStringLiteral("DROP TRIGGER audit_events_no_delete; DELETE FROM audit_events WHERE id > %1;")
                                          .arg(last - 3));
        QCOMPARE(s.exitCode, 0);
        Run r = as(QStringLiteral("alice"), {QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(r.exitCode, 1);
        // verify's own sign-in took number last - 2, so last - 1 is the first missing one.
        QVERIFY2(r.err.contains(QStringLiteral("BROKEN at event %1").arg(last - 1)), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("%1 to %2 are missing").arg(last - 1).arg(last)), qPrintable(r.err));
        // More writes do not move the anchor past the evidence.
        for (int i = 0; i < 5; ++i)
            QCOMPARE(as(QStringLiteral("alice"), {QStringLiteral("user"), QStringLiteral("show"), QStringLiteral("alice")}).exitCode, 0);
        r = as(QStringLiteral("alice"), {QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("not the event this computer recorded")), qPrintable(r.err));
    }

    // The helpdesk reset from the CLI: inspect (no secrets), every refusal with its exit code (2 usage,
    // 1 refused) leaving the user as they were, then the reset with a temporary pass printed once.
    // An application's login through the CLI (no --as; the key from a service key file), the
    // administrators' view of sessions, revocation, lockout and unlock, and the key file's life.
    void applicationLoginSessionsAndKeys()
    {
        const QString user = QStringLiteral("appuser");
        const QByteArray userPassword = "appuser long enough passphrase";
        Run r = as(QStringLiteral("alice"), {QStringLiteral("user"), QStringLiteral("add"), user, QStringLiteral("--email"),
                                             QStringLiteral("appuser@example.com"), QStringLiteral("--password-stdin")},
                   userPassword + '\n');
        QCOMPARE(r.exitCode, 0);
        const QString key = m_dir.filePath(QStringLiteral("app.key"));
        r = as(QStringLiteral("alice"), {QStringLiteral("keys"), QStringLiteral("service-slot"), QStringLiteral("--out"), key,
                                         QStringLiteral("--label"), QStringLiteral("web shop")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        struct stat st {};
        QCOMPARE(::stat(QFile::encodeName(key).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, 0600u);
        // Never overwritten; nothing but an administrator with settings.manage makes one.
        r = as(QStringLiteral("alice"), {QStringLiteral("keys"), QStringLiteral("service-slot"), QStringLiteral("--out"), key});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("never overwritten")));
        auto app = [&](QStringList args, const QByteArray &input = {}) {
            args.prepend(m_store);
            args.prepend(QStringLiteral("--store"));
            args << QStringLiteral("--key-file") << key;
            return cli(args, input, QString());
        };

        // Without a key file: a clear error, exit 1.
        r = cli({QStringLiteral("--store"), m_store, QStringLiteral("login"), user}, userPassword + '\n', QString());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("AUTHDESK_KEY_FILE")), qPrintable(r.err));

        r = app({QStringLiteral("login"), user, QStringLiteral("--json"), QStringLiteral("--ip"), QStringLiteral("198.51.100.4"),
                 QStringLiteral("--user-agent"), QStringLiteral("curl/8")},
                userPassword + '\n');
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString token = r.json().value(QStringLiteral("session_token")).toString();
        QVERIFY(token.startsWith(QStringLiteral("ads_")));
        QCOMPARE(r.json().value(QStringLiteral("mode")).toString(), QStringLiteral("session"));
        QVERIFY(!r.err.contains(QString::fromUtf8(userPassword)));

        r = app({QStringLiteral("token"), QStringLiteral("verify"), token, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(QStringLiteral("valid")).toBool(), true);
        QCOMPARE(r.json().value(QStringLiteral("username")).toString(), user);

        r = as(QStringLiteral("alice"), {QStringLiteral("session"), QStringLiteral("list"), QStringLiteral("--user"), user,
                                         QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(QStringLiteral("total")).toInteger(), 1);
        const QJsonObject row = r.json().value(QStringLiteral("sessions")).toArray().at(0).toObject();
        QCOMPARE(row.value(QStringLiteral("ip")).toString(), QStringLiteral("198.51.100.4"));
        QCOMPARE(row.value(QStringLiteral("user_agent")).toString(), QStringLiteral("curl/8"));
        QVERIFY(!r.out.contains(token)); // the console never sees a token again

        // Sign out everywhere: the token stops at once, and verify says why (exit 1).
        r = as(QStringLiteral("alice"), {QStringLiteral("session"), QStringLiteral("revoke"), QStringLiteral("--user"), user});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = app({QStringLiteral("token"), QStringLiteral("verify"), token, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.json().value(QStringLiteral("valid")).toBool(), false);
        QVERIFY(r.json().value(QStringLiteral("reason")).toString().contains(QStringLiteral("signed out everywhere")));
        // Bad usage: two ways at once.
        r = as(QStringLiteral("alice"), {QStringLiteral("session"), QStringLiteral("revoke"), QStringLiteral("1"), QStringLiteral("--all")});
        QCOMPARE(r.exitCode, 2);

        // Two quick wrong passwords lock the account (Keycloak's quick-login rule); the right one then
        // gets the same answer; an administrator sees it as locked and unlocks it.
        r = app({QStringLiteral("login"), user}, "wrong password one\n");
        QCOMPARE(r.exitCode, 1);
        const QString generic = r.err;
        (void)app({QStringLiteral("login"), user}, "wrong password two\n");
        r = app({QStringLiteral("login"), user}, userPassword + '\n');
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err, generic);
        r = as(QStringLiteral("alice"), {QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--locked"), QStringLiteral("--json")});
        QVERIFY(r.out.contains(user));
        r = as(QStringLiteral("alice"), {QStringLiteral("user"), QStringLiteral("unlock"), user});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = app({QStringLiteral("login"), user}, userPassword + '\n');
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString second = r.out.trimmed();
        QVERIFY(second.startsWith(QStringLiteral("ads_")));
        // Logout with the token on stdin (not in the process list).
        r = app({QStringLiteral("logout"), QStringLiteral("-")}, second.toUtf8() + '\n');
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(app({QStringLiteral("token"), QStringLiteral("verify"), second}).exitCode, 1);

        // The slot is listed and revoked: the file opens nothing any more.
        r = as(QStringLiteral("alice"), {QStringLiteral("keys"), QStringLiteral("service-slot"), QStringLiteral("--list"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray slots = r.json().value(QStringLiteral("service_slots")).toArray();
        QCOMPARE(slots.size(), 1);
        QCOMPARE(slots.at(0).toObject().value(QStringLiteral("label")).toString(), QStringLiteral("web shop"));
        const QString id = QString::number(slots.at(0).toObject().value(QStringLiteral("id")).toInteger());
        r = as(QStringLiteral("alice"), {QStringLiteral("keys"), QStringLiteral("service-slot"), QStringLiteral("--revoke"), id});
        QCOMPARE(r.exitCode, 0);
        r = app({QStringLiteral("login"), user}, userPassword + '\n');
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("revoked")), qPrintable(r.err));
    }

    // Email verification and "forgot password" from the CLI, through a real command notifier.
    void emailVerificationAndPasswordReset()
    {
        const QString user = QStringLiteral("mailuser");
        Run r = as(QStringLiteral("alice"), {QStringLiteral("user"), QStringLiteral("add"), user, QStringLiteral("--email"),
                                             QStringLiteral("mailuser@example.com"), QStringLiteral("--password-stdin")},
                   "mailuser long enough passphrase\n");
        QCOMPARE(r.exitCode, 0);
        // No notifier yet: a clear error, exit 1.
        r = as(QStringLiteral("alice"), {QStringLiteral("user"), QStringLiteral("send-verification"), user});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("notify.method")), qPrintable(r.err));
        const QString mail = m_dir.filePath(QStringLiteral("verify.eml"));
        for (const auto &[key, value] : {std::pair{QStringLiteral("notify.smtp.from"), QStringLiteral("noreply@example.com")},
                                         std::pair{QStringLiteral("notify.command"), QStringLiteral("[\"/usr/bin/tee\", \"%1\"]").arg(mail)},
                                         std::pair{QStringLiteral("notify.method"), QStringLiteral("command")}}) {
            r = as(QStringLiteral("alice"), {QStringLiteral("policy"), QStringLiteral("set"), key, value});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        }
        r = as(QStringLiteral("alice"), {QStringLiteral("user"), QStringLiteral("send-verification"), user, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.json().value(QStringLiteral("notification")).toString(), QStringLiteral("sent"));
        QVERIFY(!r.out.contains(QStringLiteral("adv_")));
        auto tokenInMail = [&](const QString &prefix) {
            QProcess py;
            py.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral(PARSE_EML_PY), mail});
            py.waitForFinished(30000);
            const QString body = QJsonDocument::fromJson(py.readAllStandardOutput()).object().value(QStringLiteral("body")).toString();
            return QRegularExpression(prefix + QStringLiteral("[A-Za-z0-9_-]{43}")).match(body).captured(0);
        };
        const QString verify = tokenInMail(QStringLiteral("adv_"));
        QVERIFY(!verify.isEmpty());
        const QString key = m_dir.filePath(QStringLiteral("mail.key"));
        r = as(QStringLiteral("alice"), {QStringLiteral("keys"), QStringLiteral("service-slot"), QStringLiteral("--out"), key});
        QCOMPARE(r.exitCode, 0);
        auto app = [&](QStringList args, const QByteArray &input = {}) {
            args.prepend(m_store);
            args.prepend(QStringLiteral("--store"));
            args << QStringLiteral("--key-file") << key;
            return cli(args, input, QString());
        };
        r = app({QStringLiteral("user"), QStringLiteral("verify-email"), QStringLiteral("-")}, verify.toUtf8() + '\n');
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = as(QStringLiteral("alice"), {QStringLiteral("user"), QStringLiteral("show"), user, QStringLiteral("--json")});
        QVERIFY(!r.json().value(QStringLiteral("email_verified_at")).isNull());
        r = as(QStringLiteral("alice"), {QStringLiteral("user"), QStringLiteral("show"), user});
        QVERIFY2(r.out.contains(QStringLiteral("(verified ")), qPrintable(r.out));
        QCOMPARE(app({QStringLiteral("user"), QStringLiteral("verify-email"), verify}).exitCode, 1); // single use

        r = app({QStringLiteral("password-reset"), QStringLiteral("request"), user});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString reset = tokenInMail(QStringLiteral("adp_"));
        QVERIFY(!reset.isEmpty());
        r = app({QStringLiteral("password-reset"), QStringLiteral("complete"), reset}, "mailuser chose this new passphrase\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = as(QStringLiteral("alice"), {QStringLiteral("user"), QStringLiteral("verify-password"), user},
               "mailuser chose this new passphrase\n");
        QCOMPARE(r.exitCode, 0);
        // Unknown accounts get the same answer.
        QCOMPARE(app({QStringLiteral("password-reset"), QStringLiteral("request"), QStringLiteral("nobody")}).exitCode, 0);
        r = as(QStringLiteral("alice"), {QStringLiteral("policy"), QStringLiteral("set"), QStringLiteral("notify.method"), QStringLiteral("none")});
        QCOMPARE(r.exitCode, 0);
    }

    // JWT mode from the CLI: login, verify, refresh rotation and reuse, keys; the store's tokens
    // verify in jose (the npm package, run by node) through `keys jwks`, for EdDSA and ES256.
    void jwtLoginKeysAndJose()
    {
        const QString user = QStringLiteral("jwtuser");
        const QByteArray pw = "jwtuser long enough passphrase";
        Run r = as(QStringLiteral("alice"), {QStringLiteral("user"), QStringLiteral("add"), user, QStringLiteral("--email"),
                                             QStringLiteral("jwtuser@example.com"), QStringLiteral("--password-stdin")},
                   pw + '\n');
        QCOMPARE(r.exitCode, 0);
        const QString key = m_dir.filePath(QStringLiteral("jwt.key"));
        QCOMPARE(as(QStringLiteral("alice"), {QStringLiteral("keys"), QStringLiteral("service-slot"), QStringLiteral("--out"), key}).exitCode, 0);
        auto app = [&](QStringList args, const QByteArray &input = {}) {
            args.prepend(m_store);
            args.prepend(QStringLiteral("--store"));
            args << QStringLiteral("--key-file") << key;
            return cli(args, input, QString());
        };
        auto joseVerifies = [&](const QString &token) -> QString {
            const Run jwks = cli({QStringLiteral("--store"), m_store, QStringLiteral("keys"), QStringLiteral("jwks")}, {}, QString());
            if (jwks.exitCode != 0)
                return QString(QStringLiteral("keys jwks: ") + jwks.err);
            const QJsonObject claims = QJsonDocument::fromJson(QByteArray::fromBase64(token.section(QLatin1Char('.'), 1, 1).toLatin1(),
                                                                                       QByteArray::Base64UrlEncoding))
                                           .object();
            QJsonObject request{{QStringLiteral("jwks"), QJsonDocument::fromJson(jwks.out.toUtf8()).object()},
                                {QStringLiteral("issuer"), claims.value(QStringLiteral("iss"))},
                                {QStringLiteral("audience"), QStringLiteral("authdesk")},
                                {QStringLiteral("typ"), QStringLiteral("at+jwt")},
                                {QStringLiteral("tokens"), QJsonArray{token}}};
            QProcess node;
            node.setWorkingDirectory(QStringLiteral(JOSE_FIXTURE_DIR));
            node.start(QStandardPaths::findExecutable(QStringLiteral("node")), {QStringLiteral("jose.mjs"), QStringLiteral("verify")});
            node.waitForStarted(30000);
            node.write(QJsonDocument(request).toJson(QJsonDocument::Compact));
            node.closeWriteChannel();
            node.waitForFinished(60000);
            const QJsonObject answer = QJsonDocument::fromJson(node.readAllStandardOutput()).array().at(0).toObject();
            if (answer.value(QStringLiteral("ok")).toBool())
                return QString();
            return QString(QStringLiteral("jose: ") + answer.value(QStringLiteral("message")).toString()
                           + QString::fromUtf8(node.readAllStandardError()));
        };

        r = app({QStringLiteral("login"), user, QStringLiteral("--mode"), QStringLiteral("jwt"), QStringLiteral("--json")}, pw + '\n');
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString access = r.json().value(QStringLiteral("access_token")).toString();
        const QString refresh = r.json().value(QStringLiteral("refresh_token")).toString();
        QCOMPARE(access.count(QLatin1Char('.')), 2);
        QVERIFY(refresh.startsWith(QStringLiteral("adr_")));
        r = app({QStringLiteral("token"), QStringLiteral("verify"), access, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(QStringLiteral("kind")).toString(), QStringLiteral("access"));
        QVERIFY(!r.json().value(QStringLiteral("jti")).toString().isEmpty());
        QString problem = joseVerifies(access);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        r = app({QStringLiteral("refresh"), refresh, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString newAccess = r.json().value(QStringLiteral("access_token")).toString();
        r = app({QStringLiteral("refresh"), refresh});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("already used")), qPrintable(r.err));
        QCOMPARE(app({QStringLiteral("token"), QStringLiteral("verify"), newAccess}).exitCode, 1);

        // Rotate to ES256: the new key signs, jose verifies it through the JWKS, the list shows both.
        r = as(QStringLiteral("alice"), {QStringLiteral("keys"), QStringLiteral("rotate"), QStringLiteral("--alg"), QStringLiteral("ES256")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = app({QStringLiteral("login"), user, QStringLiteral("--mode"), QStringLiteral("jwt"), QStringLiteral("--json")}, pw + '\n');
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString es = r.json().value(QStringLiteral("access_token")).toString();
        problem = joseVerifies(es);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // A tampered token: jose refuses it too (the check can fail).
        QString tampered = es;
        tampered[tampered.size() - 2] = tampered[tampered.size() - 2] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        QVERIFY(!joseVerifies(tampered).isEmpty());
        r = as(QStringLiteral("alice"), {QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray keys = r.json().value(QStringLiteral("keys")).toArray();
        QCOMPARE(keys.size(), 2);
        QCOMPARE(keys.at(0).toObject().value(QStringLiteral("algorithm")).toString(), QStringLiteral("ES256"));
        QCOMPARE(keys.at(1).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("retiring"));
        QCOMPARE(as(QStringLiteral("alice"), {QStringLiteral("keys"), QStringLiteral("rotate"), QStringLiteral("--alg"), QStringLiteral("RS256")}).exitCode, 2);
        r = as(QStringLiteral("alice"), {QStringLiteral("keys"), QStringLiteral("retire"), keys.at(0).toObject().value(QStringLiteral("kid")).toString()});
        QCOMPARE(r.exitCode, 1); // the active key
        QVERIFY(r.err.contains(QStringLiteral("rotate")));
    }

    void mfaInspectAndReset()
    {
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("oathtool")).isEmpty(), "oathtool missing (Debian package oathtool)");
        const QString helpdeskPassword = QStringLiteral("hanks very long password");
        auto addUser = [&](const QString &name, const QString &role, bool password) {
            QStringList args{QStringLiteral("user"), QStringLiteral("add"), name, QStringLiteral("--email"),
                             name + QStringLiteral("@example.com")};
            if (!role.isEmpty())
                args << QStringLiteral("--role") << role;
            if (password)
                args << QStringLiteral("--password-stdin");
            return as(QStringLiteral("alice"), args, password ? helpdeskPassword.toUtf8() + '\n' : QByteArray()).exitCode;
        };
        QCOMPARE(addUser(QStringLiteral("hank"), QStringLiteral("helpdesk"), true), 0);
        QCOMPARE(addUser(QStringLiteral("audrey"), QStringLiteral("auditor"), true), 0);
        QCOMPARE(addUser(QStringLiteral("rita"), QString(), false), 0);
        Run r = as(QStringLiteral("alice"), {QStringLiteral("mfa"), QStringLiteral("enroll"), QStringLiteral("rita"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QString secret = QUrlQuery(QUrl(r.json().value(QStringLiteral("uri")).toString())).queryItemValue(QStringLiteral("secret"));
        QProcess oath;
        oath.start(QStringLiteral("oathtool"), {QStringLiteral("--totp"), QStringLiteral("-b"), secret});
        QVERIFY(oath.waitForFinished(10000));
        const QString code = QString::fromLatin1(oath.readAllStandardOutput()).trimmed();
        r = as(QStringLiteral("alice"), {QStringLiteral("mfa"), QStringLiteral("activate"), QStringLiteral("rita"), code, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);

        auto hank = [&](QStringList args) { return as(QStringLiteral("hank"), args, {}, helpdeskPassword); };
        r = hank({QStringLiteral("mfa"), QStringLiteral("inspect"), QStringLiteral("rita"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QJsonObject in = r.json();
        QCOMPARE(in.value(QStringLiteral("allowed")).toBool(), true);
        QCOMPARE(in.value(QStringLiteral("mfa")).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("active"));
        QCOMPARE(in.value(QStringLiteral("mfa")).toObject().value(QStringLiteral("recovery_codes_left")).toInt(), 10);
        const QString token = in.value(QStringLiteral("state_token")).toString();
        QCOMPARE(token.size(), 32);
        QVERIFY(!r.out.contains(secret));
        r = hank({QStringLiteral("mfa"), QStringLiteral("inspect"), QStringLiteral("alice")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Reset allowed:        no")) && r.out.contains(QStringLiteral("audit.read")), qPrintable(r.out));

        const QStringList base{QStringLiteral("mfa"), QStringLiteral("reset"), QStringLiteral("rita"), QStringLiteral("--ticket"),
                               QStringLiteral("INC-7"), QStringLiteral("--reason"), QStringLiteral("phone lost"),
                               QStringLiteral("--verified-by"), QStringLiteral("call-back")};
        auto without = [&](const QString &option) {
            QStringList args = base;
            const int i = args.indexOf(option);
            args.remove(i, 2);
            return args;
        };
        auto with = [&](const QStringList &extra) { return base + extra; };
        auto eventCount = [&] {
            return sqlite(m_store, QStringLiteral("SELECT count(*) FROM audit_events;")).out.trimmed().toInt();
        };
        struct Refusal {
            QString actor;
            QStringList args;
            int exitCode;
            QString message;
        };
        QStringList otherTarget = base;
        otherTarget[2] = QStringLiteral("alice");
        QStringList self = base;
        self[2] = QStringLiteral("hank");
        QStringList unknown = base;
        unknown[2] = QStringLiteral("nobody");
        QStringList blankTicket = base;
        blankTicket[4] = QStringLiteral("   ");
        QStringList otherMethod = base;
        otherMethod[8] = QStringLiteral("other");
        QStringList unknownMethod = base;
        unknownMethod[8] = QStringLiteral("email");
        const QList<Refusal> refusals{
            {QStringLiteral("hank"), without(QStringLiteral("--ticket")), 2, QStringLiteral("--ticket")},
            {QStringLiteral("hank"), without(QStringLiteral("--reason")), 2, QStringLiteral("--reason")},
            {QStringLiteral("hank"), without(QStringLiteral("--verified-by")), 2, QStringLiteral("--verified-by")},
            {QStringLiteral("hank"), unknownMethod, 2, QStringLiteral("call-back, in-person")},
            {QStringLiteral("hank"), with({QStringLiteral("--temporary-pass-minutes"), QStringLiteral("30")}), 2, QStringLiteral("--temporary-pass")},
            {QStringLiteral("hank"), with({QStringLiteral("--temporary-pass"), QStringLiteral("--temporary-pass-minutes"), QStringLiteral("soon")}), 2, QStringLiteral("whole number")},
            {QStringLiteral("hank"), with({QStringLiteral("--temporary-pass"), QStringLiteral("--temporary-pass-minutes"), QStringLiteral("2")}), 1, QStringLiteral("5 to 1440")},
            {QStringLiteral("hank"), blankTicket, 1, QStringLiteral("ticket number is required")},
            {QStringLiteral("hank"), otherMethod, 1, QStringLiteral("needs a note")},
            {QStringLiteral("hank"), self, 1, QStringLiteral("your own")},
            {QStringLiteral("hank"), otherTarget, 1, QStringLiteral("which you do not have")},
            {QStringLiteral("hank"), unknown, 1, QStringLiteral("nobody")},
            {QStringLiteral("audrey"), base, 1, QStringLiteral("mfa.reset")},
            {QStringLiteral("hank"), with({QStringLiteral("--expect"), QString(32, QLatin1Char('0'))}), 1, QStringLiteral("meanwhile")},
        };
        for (const Refusal &refusal : refusals) {
            const int before = eventCount();
            r = as(refusal.actor, refusal.args, {}, helpdeskPassword);
            QVERIFY2(r.exitCode == refusal.exitCode,
                     qPrintable(refusal.args.join(u' ') + QStringLiteral(" → ") + QString::number(r.exitCode) + r.err));
            QVERIFY2(r.err.contains(refusal.message), qPrintable(r.err));
            // A usage error never reaches the store; a refusal is audited (and the sign-in is too).
            const int added = eventCount() - before;
            if (refusal.exitCode == 2)
                QCOMPARE(added, 0);
            else
                QVERIFY2(sqlite(m_store, QStringLiteral("SELECT result FROM audit_events WHERE action = 'mfa.reset' ORDER BY id DESC LIMIT 1;"))
                                 .out.trimmed() == QStringLiteral("denied") && added >= 2,
                         qPrintable(refusal.args.join(u' ')));
            QCOMPARE(sqlite(m_store, QStringLiteral("SELECT count(*) FROM mfa_factors f JOIN users u ON u.id = f.user_id "
                                                    "WHERE u.username = 'rita' AND f.state = 'active';"))
                         .out.trimmed(),
                     QStringLiteral("1"));
        }
        QCOMPARE(sqlite(m_store, QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'mfa.reset' AND result = 'success';")).out.trimmed(),
                 QStringLiteral("0"));

        r = hank(with({QStringLiteral("--expect"), token, QStringLiteral("--temporary-pass"), QStringLiteral("--temporary-pass-minutes"),
                       QStringLiteral("30"), QStringLiteral("--json")}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject out = r.json();
        QCOMPARE(out.value(QStringLiteral("factors_removed")).toInt(), 1);
        QCOMPARE(out.value(QStringLiteral("recovery_codes_removed")).toInt(), 10);
        QCOMPARE(out.value(QStringLiteral("trusted_devices_forgotten")).toInt(), 0);
        QCOMPARE(out.value(QStringLiteral("sessions_revoked")).toInt(), 0);
        QCOMPARE(out.value(QStringLiteral("enrollment_required")).toBool(), true);
        QCOMPARE(out.value(QStringLiteral("user")).toObject().value(QStringLiteral("mfa_enrollment_required")).toBool(), true);
        QVERIFY(out.value(QStringLiteral("audit_event_id")).toInteger() > 0);
        const QString pass = out.value(QStringLiteral("temporary_pass")).toString();
        QVERIFY2(QRegularExpression(QStringLiteral("^[A-Z2-7]{4}(-[A-Z2-7]{4}){7}$")).match(pass).hasMatch(), qPrintable(pass));
        const QDateTime expires = QDateTime::fromString(out.value(QStringLiteral("temporary_pass_expires")).toString(), Qt::ISODate);
        QVERIFY(expires.isValid());
        QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(expires) - 30 * 60) < 120);
        const QJsonObject notice = out.value(QStringLiteral("notification")).toObject();
        QCOMPARE(notice.value(QStringLiteral("state")).toString(), QStringLiteral("not-configured"));
        QCOMPARE(notice.value(QStringLiteral("recipient")).toString(), QStringLiteral("rita@example.com"));

        r = as(QStringLiteral("alice"), {QStringLiteral("user"), QStringLiteral("show"), QStringLiteral("rita"), QStringLiteral("--json")});
        QCOMPARE(r.json().value(QStringLiteral("mfa_enrollment_required")).toBool(), true);
        r = as(QStringLiteral("alice"), {QStringLiteral("user"), QStringLiteral("show"), QStringLiteral("rita")});
        QVERIFY2(r.out.contains(QStringLiteral("must enroll")), qPrintable(r.out));
        const QString event = sqlite(m_store, QStringLiteral("SELECT actor_name || ' ' || after_json FROM audit_events WHERE action = 'mfa.reset' "
                                                             "AND result = 'success';")).out.trimmed();
        QVERIFY2(event.startsWith(QStringLiteral("hank ")) && event.contains(QStringLiteral("\"ticket\":\"INC-7\""))
                     && event.contains(QStringLiteral("\"verified_by\":\"call-back\"")) && !event.contains(pass),
                 qPrintable(event));
        QCOMPARE(sqlite(m_store, QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'mfa.reset.notification';")).out.trimmed(),
                 QStringLiteral("1"));
        // The pass is in no file of the store, in no form.
        const QString bare = QString(pass).remove(QLatin1Char('-'));
        for (const QString &file : QStringList{m_store, m_store + QStringLiteral("-wal")}) {
            QFile f(file);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = f.readAll();
            QVERIFY(!bytes.contains(pass.toLatin1()) && !bytes.contains(bare.toLatin1()));
        }
        // In text mode the pass goes to stdout alone, the explanation to stderr.
        r = hank({QStringLiteral("mfa"), QStringLiteral("reset"), QStringLiteral("rita"), QStringLiteral("--ticket"), QStringLiteral("INC-8"),
                  QStringLiteral("--reason"), QStringLiteral("pass lost"), QStringLiteral("--verified-by"), QStringLiteral("in-person"),
                  QStringLiteral("--temporary-pass")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(QRegularExpression(QStringLiteral("^[A-Z2-7]{4}(-[A-Z2-7]{4}){7}\n$")).match(r.out).hasMatch(), qPrintable(r.out));
        QVERIFY2(r.err.contains(QStringLiteral("shown only now")) && r.err.contains(QStringLiteral("not told")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
