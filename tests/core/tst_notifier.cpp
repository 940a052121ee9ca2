// The notifier against a real SMTP server (aiosmtpd, tests/support/smtp_server.py) with certificates
// made here by the openssl CLI, and against real programs for the command hook. Delivered messages
// are read back with Python's email package, not with our own code.
#include "core/MfaReset.h"
#include "core/crypto/Otp.h"
#include "core/crypto/OtpAuthUri.h"
#include "core/notify/CommandNotifier.h"
#include "core/notify/MailMessage.h"
#include "core/notify/SmtpNotifier.h"
#include "core/policy/StoreSettings.h"
#include "tests/support/StoreFixture.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace authdesk;
using namespace authdesk::test;
using namespace authdesk::notify;

namespace {

const QString Python = QStringLiteral("/usr/bin/python3");

// Runs a program to completion; its stdout, or a qFatal with its stderr.
QByteArray runOrDie(const QString &program, const QStringList &args, const QString &dir)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        qFatal("%s %s failed: %s", qPrintable(program), qPrintable(args.join(QLatin1Char(' '))),
               p.readAllStandardError().constData());
    return p.readAllStandardOutput();
}

// A real SMTP server on 127.0.0.1, stopped when this goes out of scope.
class SmtpServer {
public:
    SmtpServer(const QString &mode, const QString &cert, const QString &key, const QString &auth = {})
    {
        QStringList args{QStringLiteral(SMTP_SERVER_PY), QStringLiteral("--dir"), m_dir.path(),
                         QStringLiteral("--mode"), mode};
        if (!cert.isEmpty())
            args << QStringLiteral("--cert") << cert << QStringLiteral("--key") << key;
        if (!auth.isEmpty())
            args << QStringLiteral("--auth") << auth;
        m_process.start(Python, args);
        if (!m_process.waitForStarted(10000))
            return;
        while (!m_process.canReadLine() && m_process.waitForReadyRead(15000)) {}
        const QByteArray line = m_process.readLine().trimmed();
        if (line.startsWith("PORT "))
            m_port = line.mid(5).toInt();
        else
            qWarning("smtp_server.py: %s %s", line.constData(), m_process.readAllStandardError().constData());
    }
    ~SmtpServer()
    {
        m_process.closeWriteChannel();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(2000);
        }
    }
    int port() const { return m_port; }
    QString url(const QString &scheme) const
    {
        return scheme + QStringLiteral("://127.0.0.1:") + QString::number(m_port);
    }
    QStringList messages() const
    {
        QStringList out;
        for (const QString &name : QDir(m_dir.path()).entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name))
            out << m_dir.filePath(name);
        return out;
    }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    int m_port = 0;
};

QJsonObject parseEml(const QString &path)
{
    QProcess p;
    p.start(Python, {QStringLiteral(PARSE_EML_PY), path});
    p.waitForFinished(30000);
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

Notification sample(const QString &to = QStringLiteral("alice@example.test"))
{
    Notification n;
    n.to = to;
    n.toName = QStringLiteral("Ålice Öberg-Ñúñez");
    n.subject = QStringLiteral("Ihr Authenticator wurde zurückgesetzt — Ticket INC-20417 ✓");
    n.body = QStringLiteral("Grüße, Ålice!\nYour authenticator was reset by the helpdesk (ticket INC-20417).\n"
                            "日本語のテキスト 😀\n");
    return n;
}

int freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

QByteArray everythingUnder(const QString &dir)
{
    QByteArray all;
    for (const QFileInfo &fi :
         QDir(dir).entryInfoList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot | QDir::Dirs)) {
        if (fi.isDir())
            all += everythingUnder(fi.filePath());
        else
            all += readFile(fi.filePath());
    }
    return all;
}

} // namespace

class TestNotifier : public QObject {
    Q_OBJECT

    QTemporaryDir m_certs;
    QString cert(const QString &name) const { return m_certs.filePath(name + QStringLiteral(".pem")); }
    QString key(const QString &name) const { return m_certs.filePath(name + QStringLiteral(".key")); }

    SmtpConfig config(const SmtpServer &server, const QString &scheme) const
    {
        SmtpConfig c;
        c.url = server.url(scheme);
        c.from = QStringLiteral("authdesk@example.test");
        c.caFile = cert(QStringLiteral("ca"));
        c.timeoutSeconds = 10;
        return c;
    }

    void configureStoreSmtp(StoreFixture &f, const SmtpServer &server, const QString &username)
    {
        const QList<std::pair<QString, QString>> values{
            {StoreSettings::NotifyMethod, QStringLiteral("smtp")},
            {StoreSettings::NotifySmtpUrl, server.url(QStringLiteral("smtp"))},
            {StoreSettings::NotifySmtpFrom, QStringLiteral("authdesk@example.test")},
            {StoreSettings::NotifySmtpUsername, username},
            {StoreSettings::NotifySmtpCaFile, cert(QStringLiteral("ca"))},
            {StoreSettings::NotifySmtpTimeout, QStringLiteral("10")}};
        for (const auto &[k, v] : values) {
            auto s = f.store().setSetting(f.owner(), k, v);
            QVERIFY2(s.ok(), qPrintable(k + QLatin1Char(' ') + describe(s)));
        }
    }

    // kim with an active authenticator (the code from core's own TOTP: interoperability is tst_otp's job).
    static void enrollKim(StoreFixture &f)
    {
        f.setTime(QDateTime::fromSecsSinceEpoch(1'900'000'000, Qt::UTC));
        QVERIFY(f.addUser(QStringLiteral("kim"), {}, staffPassword()).ok());
        auto enrolled = f.store().enrollTotp(f.owner(), QStringLiteral("kim"));
        QVERIFY2(enrolled.ok(), qPrintable(describe(enrolled)));
        auto key = crypto::parseOtpAuthUri(enrolled->uri);
        QVERIFY(key.ok());
        const QString code = crypto::totp(key->secret, f.now().toSecsSinceEpoch(), key->params);
        QVERIFY(f.store().activateTotp(f.owner(), QStringLiteral("kim"), code).ok());
        f.advance(60);
    }

    static MfaResetRequest resetRequest()
    {
        MfaResetRequest r;
        r.ticket = QStringLiteral("INC-20417");
        r.reason = QStringLiteral("phone lost");
        r.verifiedBy = IdentityCheck::InPerson;
        return r;
    }

    // The newest audit event with this action, as JSON of its details (after).
    static QJsonObject lastEventDetails(StoreFixture &f, const QString &action)
    {
        AuditQuery q;
        q.limit = 50;
        auto events = f.store().listAudit(f.owner(), q);
        if (!events.ok())
            return {};
        for (const AuditEvent &e : events.value())
            if (e.action == action)
                return QJsonDocument::fromJson(e.after.toUtf8()).object();
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_certs.isValid());
        const QString d = m_certs.path();
        const QString openssl = QStringLiteral("openssl");
        const QStringList ec{QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                             QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
        const auto makeCa = [&](const QString &name) {
            runOrDie(openssl,
                     QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ec
                         + QStringList{QStringLiteral("-keyout"), key(name), QStringLiteral("-out"), cert(name),
                                       QStringLiteral("-subj"), QStringLiteral("/CN=AuthDesk test ") + name,
                                       QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-addext"),
                                       QStringLiteral("basicConstraints=critical,CA:true"), QStringLiteral("-addext"),
                                       QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")},
                     d);
        };
        makeCa(QStringLiteral("ca"));
        makeCa(QStringLiteral("otherca"));
        writeFile(m_certs.filePath(QStringLiteral("ext.cnf")),
                  "[good]\nsubjectAltName=IP:127.0.0.1,DNS:localhost\n"
                  "[wrong]\nsubjectAltName=DNS:wrong.example\n");
        writeFile(m_certs.filePath(QStringLiteral("ca.cnf")),
                  "[ca]\ndefault_ca=d\n[d]\ndatabase=index.txt\nnew_certs_dir=.\nserial=serial\ndefault_md=sha256\n"
                  "policy=p\nunique_subject=no\nx509_extensions=good\n[p]\ncommonName=supplied\n"
                  "[good]\nsubjectAltName=IP:127.0.0.1,DNS:localhost\n");
        writeFile(m_certs.filePath(QStringLiteral("index.txt")), "");
        writeFile(m_certs.filePath(QStringLiteral("serial")), "1000\n");
        const auto makeLeaf = [&](const QString &name, const QString &ca, const QString &section, bool expired) {
            const QString csr = m_certs.filePath(name + QStringLiteral(".csr"));
            runOrDie(openssl,
                     QStringList{QStringLiteral("req")} + ec
                         + QStringList{QStringLiteral("-keyout"), key(name), QStringLiteral("-out"), csr,
                                       QStringLiteral("-subj"), QStringLiteral("/CN=") + name},
                     d);
            if (expired)
                runOrDie(openssl,
                         {QStringLiteral("ca"), QStringLiteral("-batch"), QStringLiteral("-config"),
                          m_certs.filePath(QStringLiteral("ca.cnf")), QStringLiteral("-cert"), cert(ca),
                          QStringLiteral("-keyfile"), key(ca), QStringLiteral("-in"), csr, QStringLiteral("-out"),
                          cert(name), QStringLiteral("-startdate"), QStringLiteral("20200101000000Z"),
                          QStringLiteral("-enddate"), QStringLiteral("20200201000000Z"), QStringLiteral("-notext")},
                         d);
            else
                runOrDie(openssl,
                         {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), csr,
                          QStringLiteral("-CA"), cert(ca), QStringLiteral("-CAkey"), key(ca),
                          QStringLiteral("-CAcreateserial"), QStringLiteral("-days"), QStringLiteral("2"),
                          QStringLiteral("-extfile"), m_certs.filePath(QStringLiteral("ext.cnf")),
                          QStringLiteral("-extensions"), section, QStringLiteral("-out"), cert(name)},
                         d);
        };
        makeLeaf(QStringLiteral("good"), QStringLiteral("ca"), QStringLiteral("good"), false);
        makeLeaf(QStringLiteral("wronghost"), QStringLiteral("ca"), QStringLiteral("wrong"), false);
        makeLeaf(QStringLiteral("untrusted"), QStringLiteral("otherca"), QStringLiteral("good"), false);
        makeLeaf(QStringLiteral("expired"), QStringLiteral("ca"), QStringLiteral("good"), true);
        runOrDie(openssl,
                 QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ec
                     + QStringList{QStringLiteral("-keyout"), key(QStringLiteral("selfsigned")), QStringLiteral("-out"),
                                   cert(QStringLiteral("selfsigned")), QStringLiteral("-subj"),
                                   QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-days"), QStringLiteral("2"),
                                   QStringLiteral("-addext"),
                                   QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost")},
                 d);
    }

    // ---- the message ----

    void deliveredOverStartTls_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("scheme");
        QTest::newRow("STARTTLS (smtp://)") << QStringLiteral("starttls") << QStringLiteral("smtp");
        QTest::newRow("implicit TLS (smtps://)") << QStringLiteral("tls") << QStringLiteral("smtps");
    }
    void deliveredOverStartTls()
    {
        QFETCH(QString, mode);
        QFETCH(QString, scheme);
        SmtpServer server(mode, cert(QStringLiteral("good")), key(QStringLiteral("good")));
        QVERIFY(server.port() > 0);
        SmtpNotifier notifier(config(server, scheme));
        QCOMPARE(notifier.channel(), QStringLiteral("smtp"));
        const Notification n = sample();
        auto first = notifier.send(n);
        QVERIFY2(first.ok(), qPrintable(describe(first)));
        QVERIFY2(first.value().startsWith(QLatin1String("250")), qPrintable(first.value()));
        auto second = notifier.send(n);
        QVERIFY2(second.ok(), qPrintable(describe(second)));
        QCOMPARE(server.messages().size(), 2);

        const QJsonObject m = parseEml(server.messages().at(0));
        QVERIFY2(m.value(QStringLiteral("defects")).toArray().isEmpty(), QJsonDocument(m).toJson().constData());
        QCOMPARE(m.value(QStringLiteral("subject")).toString(), n.subject);
        QCOMPARE(m.value(QStringLiteral("to_addr")).toString(), n.to);
        QCOMPARE(m.value(QStringLiteral("to_name")).toString(), n.toName);
        QVERIFY(m.value(QStringLiteral("from")).toString().contains(QLatin1String("<authdesk@example.test>")));
        QCOMPARE(m.value(QStringLiteral("content_type")).toString(), QStringLiteral("text/plain"));
        QCOMPARE(m.value(QStringLiteral("charset")).toString(), QStringLiteral("utf-8"));
        QCOMPARE(m.value(QStringLiteral("mime_version")).toString(), QStringLiteral("1.0"));
        QVERIFY(m.value(QStringLiteral("date_valid")).toBool());
        QVERIFY(m.value(QStringLiteral("crlf_only")).toBool());
        QString body = m.value(QStringLiteral("body")).toString();
        body.replace(QLatin1String("\r\n"), QLatin1String("\n"));
        QCOMPARE(body, n.body);
        // The raw headers are 7-bit: every non-ASCII character went through RFC 2047 or base64.
        const QByteArray raw = readFile(server.messages().at(0));
        for (char c : raw)
            QVERIFY(static_cast<unsigned char>(c) < 0x80);
        const QString id1 = m.value(QStringLiteral("message_id")).toString();
        const QString id2 = parseEml(server.messages().at(1)).value(QStringLiteral("message_id")).toString();
        QVERIFY(id1.startsWith(QLatin1Char('<')) && id1.endsWith(QLatin1String("@example.test>")));
        QVERIFY(id1.size() > 40);
        QVERIFY(id1 != id2);
    }

    void encodedWordsAreShortAndSplitOnCodePoints()
    {
        const QString text = QString(40, QChar(0x00e9)) + QStringLiteral("😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀");
        const QByteArray encoded = encodeHeaderText(text);
        for (const QByteArray &word : encoded.split('\n')) {
            const QByteArray w = word.trimmed();
            QVERIFY2(w.size() <= 75, w.constData());
            QVERIFY(w.startsWith("=?UTF-8?B?") && w.endsWith("?="));
            // Each word alone is valid UTF-8 (no sequence cut in two).
            const QByteArray bytes = QByteArray::fromBase64(w.mid(10, w.size() - 12));
            QCOMPARE(QString::fromUtf8(bytes).toUtf8(), bytes);
            QVERIFY(!QString::fromUtf8(bytes).contains(QChar::ReplacementCharacter));
        }
        QCOMPARE(encodeHeaderText(QStringLiteral("Plain subject")), QByteArray("Plain subject"));
    }

    // ---- TLS is always verified ----

    void badCertificatesAreRefused_data()
    {
        QTest::addColumn<QString>("certName");
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("why");
        const QString starttls = QStringLiteral("starttls");
        const QString tls = QStringLiteral("tls");
        QTest::newRow("untrusted CA") << QStringLiteral("untrusted") << starttls << QStringLiteral("local issuer");
        QTest::newRow("wrong host") << QStringLiteral("wronghost") << starttls << QStringLiteral("127.0.0.1");
        QTest::newRow("expired") << QStringLiteral("expired") << starttls << QStringLiteral("expired");
        QTest::newRow("self-signed") << QStringLiteral("selfsigned") << starttls << QStringLiteral("self");
        QTest::newRow("self-signed, implicit TLS") << QStringLiteral("selfsigned") << tls << QStringLiteral("self");
        QTest::newRow("expired, implicit TLS") << QStringLiteral("expired") << tls << QStringLiteral("expired");
    }
    void badCertificatesAreRefused()
    {
        QFETCH(QString, certName);
        QFETCH(QString, mode);
        QFETCH(QString, why);
        SmtpServer server(mode, cert(certName), key(certName));
        QVERIFY(server.port() > 0);
        SmtpNotifier notifier(
            config(server, mode == QLatin1String("tls") ? QStringLiteral("smtps") : QStringLiteral("smtp")));
        auto sent = notifier.send(sample());
        QVERIFY(!sent.ok());
        QVERIFY2(sent.message().contains(QLatin1String("certificate is not trusted")), qPrintable(sent.message()));
        QVERIFY2(sent.message().contains(why, Qt::CaseInsensitive), qPrintable(sent.message()));
        QVERIFY(server.messages().isEmpty());
    }

    void withoutTheExtraCaTheTestCaIsNotTrusted()
    {
        SmtpServer server(QStringLiteral("starttls"), cert(QStringLiteral("good")), key(QStringLiteral("good")));
        SmtpConfig c = config(server, QStringLiteral("smtp"));
        c.caFile.clear();
        auto sent = SmtpNotifier(c).send(sample());
        QVERIFY(!sent.ok());
        QVERIFY2(sent.message().contains(QLatin1String("not trusted")), qPrintable(sent.message()));
        QVERIFY(server.messages().isEmpty());
    }

    void serverWithoutStartTlsGetsNothing()
    {
        // smtp:// means STARTTLS required: a server that offers none gets no mail, not plaintext.
        SmtpServer server(QStringLiteral("plain"), {}, {});
        QVERIFY(server.port() > 0);
        auto sent = SmtpNotifier(config(server, QStringLiteral("smtp"))).send(sample());
        QVERIFY(!sent.ok());
        QVERIFY2(sent.message().contains(QLatin1String("does not offer STARTTLS")), qPrintable(sent.message()));
        QVERIFY(server.messages().isEmpty());
    }

    // ---- transport faults and refusals ----

    void refusedConnection()
    {
        const int port = freePort();
        SmtpConfig c;
        c.url = QStringLiteral("smtp://127.0.0.1:") + QString::number(port);
        c.from = QStringLiteral("authdesk@example.test");
        c.timeoutSeconds = 5;
        auto sent = SmtpNotifier(c).send(sample());
        QVERIFY(!sent.ok());
        QVERIFY2(sent.message().contains(QStringLiteral("refused by 127.0.0.1:%1").arg(port)),
                 qPrintable(sent.message()));
    }

    void silentServerTimesOut_data()
    {
        QTest::addColumn<QString>("scheme");
        QTest::newRow("smtp") << QStringLiteral("smtp");
        QTest::newRow("smtps") << QStringLiteral("smtps");
    }
    void silentServerTimesOut()
    {
        QFETCH(QString, scheme);
        // The kernel completes the TCP handshake; nobody ever says a word.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        SmtpConfig c;
        c.url = scheme + QStringLiteral("://127.0.0.1:") + QString::number(silent.serverPort());
        c.from = QStringLiteral("authdesk@example.test");
        c.timeoutSeconds = 2;
        QElapsedTimer t;
        t.start();
        auto sent = SmtpNotifier(c).send(sample());
        const qint64 ms = t.elapsed();
        QVERIFY(!sent.ok());
        QVERIFY2(sent.message().contains(QLatin1String("No answer")) && sent.message().contains(QLatin1String("2 s")),
                 qPrintable(sent.message()));
        QVERIFY2(ms >= 1500 && ms < 6000, qPrintable(QString::number(ms)));
    }

    void recipientRefused()
    {
        SmtpServer server(QStringLiteral("starttls"), cert(QStringLiteral("good")), key(QStringLiteral("good")));
        auto sent =
            SmtpNotifier(config(server, QStringLiteral("smtp"))).send(sample(QStringLiteral("refused@example.test")));
        QVERIFY(!sent.ok());
        QVERIFY2(sent.message().contains(QLatin1String("refused the recipient: 550")), qPrintable(sent.message()));
        QVERIFY(sent.message().contains(QLatin1String("mailbox unavailable")));
        QVERIFY(server.messages().isEmpty());
    }

    void headerInjectionRefusedBeforeConnecting_data()
    {
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("toName");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("from");
        const QString to = QStringLiteral("alice@example.test");
        const QString from = QStringLiteral("authdesk@example.test");
        const QString subject = QStringLiteral("Hello");
        QTest::newRow("CRLF in subject") << to << QString() << QStringLiteral("Hi\r\nBcc: eve@evil.test") << from;
        QTest::newRow("LF in subject") << to << QString() << QStringLiteral("Hi\nBcc: eve@evil.test") << from;
        QTest::newRow("CR in name") << to << QStringLiteral("Alice\rBcc: eve@evil.test") << subject << from;
        QTest::newRow("NUL in subject") << to << QString() << QStringLiteral("Hi") + QChar(0) << from;
        QTest::newRow("U+2028 in subject") << to << QString() << QStringLiteral("Hi") + QChar(0x2028) << from;
        QTest::newRow("CRLF in recipient")
            << QStringLiteral("alice@example.test\r\nRCPT TO:<eve@evil.test>") << QString() << subject << from;
        QTest::newRow("CRLF in sender") << to << QString() << subject
                                        << QStringLiteral("a@example.test\r\nBcc: e@x.test");
        QTest::newRow("not an address") << QStringLiteral("alice") << QString() << subject << from;
        QTest::newRow("angle bracket") << QStringLiteral("alice@example.test>,<eve@evil.test") << QString() << subject
                                       << from;
        QTest::newRow("empty subject") << to << QString() << QString() << from;
    }
    void headerInjectionRefusedBeforeConnecting()
    {
        QFETCH(QString, to);
        QFETCH(QString, toName);
        QFETCH(QString, subject);
        QFETCH(QString, from);
        QTcpServer listener;
        QVERIFY(listener.listen(QHostAddress::LocalHost, 0));
        SmtpConfig c;
        c.url = QStringLiteral("smtp://127.0.0.1:") + QString::number(listener.serverPort());
        c.from = from;
        c.timeoutSeconds = 2;
        Notification n{to, toName, subject, QStringLiteral("body")};
        auto sent = SmtpNotifier(c).send(n);
        QCOMPARE(sent.code(), ErrorCode::InvalidInput);
        QVERIFY(!sent.message().isEmpty());
        // Nothing connected at all.
        QVERIFY(!listener.waitForNewConnection(200));
        // The command hook refuses the same message.
        CommandConfig cc{{QStringLiteral("/bin/true")}, from, 5};
        QCOMPARE(CommandNotifier(cc).send(n).code(), ErrorCode::InvalidInput);
    }

    // ---- AUTH with the sealed password, through the store ----

    void authWithSealedPassword()
    {
        const QString password = QStringLiteral("Mailer-Pässwörd-7f3a9c");
        SmtpServer server(QStringLiteral("starttls"), cert(QStringLiteral("good")), key(QStringLiteral("good")),
                          QStringLiteral("mailer:") + password);
        QVERIFY(server.port() > 0);
        StoreFixture f;
        QVERIFY(f.create().isEmpty());
        configureStoreSmtp(f, server, QStringLiteral("mailer"));

        // Without the password the server refuses.
        auto noPassword = f.store().sendTestNotification(f.owner(), QStringLiteral("alice@example.test"));
        QVERIFY(!noPassword.ok());
        QVERIFY(server.messages().isEmpty());

        QVERIFY(f.store().setNotifierPassword(f.owner(), QStringLiteral("wrong-password")).ok());
        auto wrong = f.store().sendTestNotification(f.owner(), QStringLiteral("alice@example.test"));
        QVERIFY(!wrong.ok());
        QVERIFY2(wrong.message().contains(QLatin1String("refused the username or password")),
                 qPrintable(wrong.message()));
        QVERIFY(server.messages().isEmpty());

        auto set = f.store().setNotifierPassword(f.owner(), password);
        QVERIFY2(set.ok(), qPrintable(describe(set)));
        auto sent = f.store().sendTestNotification(f.owner(), QStringLiteral("alice@example.test"));
        QVERIFY2(sent.ok(), qPrintable(describe(sent)));
        QCOMPARE(server.messages().size(), 1);
        QCOMPARE(parseEml(server.messages().at(0)).value(QStringLiteral("to_addr")).toString(),
                 QStringLiteral("alice@example.test"));

        // The store reopened (a fresh process would do the same) still opens the sealed password.
        QVERIFY(f.reopen().isEmpty());
        QVERIFY(f.store().sendTestNotification(f.owner(), QStringLiteral("bob@example.test")).ok());
        QCOMPARE(server.messages().size(), 2);

        // The password is nowhere in plaintext: not in the store's files, settings, or audit.
        auto settings = f.store().settings(f.owner());
        QVERIFY(settings.ok());
        for (const StoreSetting &s : settings.value())
            QVERIFY2(!s.value.contains(password), qPrintable(s.key));
        auto events = f.store().listAudit(f.owner(), AuditQuery{});
        QVERIFY(events.ok());
        bool sawSet = false;
        for (const AuditEvent &e : events.value()) {
            QVERIFY(!e.reason.contains(password) && !e.before.contains(password) && !e.after.contains(password));
            sawSet = sawSet || e.action == QLatin1String("settings.notifier_password");
        }
        QVERIFY(sawSet);
        f.close();
        const QByteArray files = everythingUnder(f.dirPath());
        QVERIFY(!files.isEmpty());
        QVERIFY(!files.contains(password.toUtf8()));
        QVERIFY(!files.contains(password.toUtf8().toBase64()));
        RawConnection raw(f.path());
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM store_secrets WHERE name = 'notify.smtp.password'"))
                     .toInt(),
                 1);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM settings WHERE name LIKE '%password%'")).toInt(), 0);
    }

    void notifierPasswordNeedsSettingsManage()
    {
        StoreFixture f;
        QVERIFY(f.create().isEmpty());
        auto helpdesk = f.addStaff(QStringLiteral("hanna"), {QStringLiteral("helpdesk")});
        QVERIFY2(helpdesk.ok(), qPrintable(describe(helpdesk)));
        QCOMPARE(f.store().setNotifierPassword(helpdesk.value(), QStringLiteral("x")).code(),
                 ErrorCode::PermissionDenied);
        QCOMPARE(f.store().sendTestNotification(helpdesk.value(), QStringLiteral("a@example.test")).code(),
                 ErrorCode::PermissionDenied);
        RawConnection raw(f.path());
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM store_secrets WHERE name = 'notify.smtp.password'"))
                     .toInt(),
                 0);
        QVERIFY(raw.scalar(QStringLiteral("SELECT count(*) FROM audit_events WHERE result = 'denied'")).toInt() >= 2);
        // A control character in the password is refused, nothing stored.
        QCOMPARE(f.store().setNotifierPassword(f.owner(), QStringLiteral("a\nb")).code(), ErrorCode::InvalidInput);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM store_secrets WHERE name = 'notify.smtp.password'"))
                     .toInt(),
                 0);
    }

    // ---- the CLI: notify set-password / notify test ----

    void cliSetsThePasswordAndSendsATest()
    {
        const QString password = QStringLiteral("Cli-Mailer-Secret-41d9");
        SmtpServer server(QStringLiteral("starttls"), cert(QStringLiteral("good")), key(QStringLiteral("good")),
                          QStringLiteral("mailer:") + password);
        QVERIFY(server.port() > 0);
        StoreFixture f;
        QVERIFY(f.create().isEmpty());
        configureStoreSmtp(f, server, QStringLiteral("mailer"));
        f.close();
        const auto cli = [&](const QStringList &args, const QByteArray &input,
                             const QString &smtpPassword = {}) -> ToolRun {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("AUTHDESK_PASSWORD"), ownerPassword());
            env.remove(QStringLiteral("AUTHDESK_SMTP_PASSWORD"));
            if (!smtpPassword.isEmpty())
                env.insert(QStringLiteral("AUTHDESK_SMTP_PASSWORD"), smtpPassword);
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(AUTHDESK_CLI_PATH),
                    QStringList{QStringLiteral("--store"), f.path(), QStringLiteral("--as"), ownerName()} + args);
            p.write(input);
            p.closeWriteChannel();
            p.waitForFinished(60000);
            return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                    QString::fromUtf8(p.readAllStandardError())};
        };
        const QStringList test{QStringLiteral("notify"), QStringLiteral("test"), QStringLiteral("--to"),
                               QStringLiteral("dave@example.test")};
        QCOMPARE(cli({QStringLiteral("notify"), QStringLiteral("test")}, {}).exitCode, 2);
        // No password given: refused, nothing stored.
        ToolRun none = cli({QStringLiteral("notify"), QStringLiteral("set-password")}, {});
        QCOMPARE(none.exitCode, 1);
        QVERIFY2(none.err.contains(QLatin1String("AUTHDESK_SMTP_PASSWORD")), qPrintable(none.err));
        QCOMPARE(cli(test, {}).exitCode, 1);
        QVERIFY(server.messages().isEmpty());

        ToolRun set = cli({QStringLiteral("notify"), QStringLiteral("set-password")}, password.toUtf8() + '\n');
        QVERIFY2(set.exitCode == 0, qPrintable(set.err));
        ToolRun sent = cli(test, {});
        QVERIFY2(sent.exitCode == 0, qPrintable(sent.err));
        QVERIFY2(sent.out.contains(QLatin1String("250")), qPrintable(sent.out));
        QCOMPARE(server.messages().size(), 1);

        // From the environment, and removal.
        QCOMPARE(cli({QStringLiteral("notify"), QStringLiteral("set-password")}, {}, QStringLiteral("other")).exitCode,
                 0);
        QCOMPARE(cli(test, {}).exitCode, 1);
        QCOMPARE(cli({QStringLiteral("notify"), QStringLiteral("set-password")}, {}, password).exitCode, 0);
        QCOMPARE(cli(test, {}).exitCode, 0);
        QCOMPARE(server.messages().size(), 2);
        QCOMPARE(
            cli({QStringLiteral("notify"), QStringLiteral("set-password"), QStringLiteral("--remove")}, {}).exitCode,
            0);
        RawConnection raw(f.path());
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM store_secrets WHERE name = 'notify.smtp.password'"))
                     .toInt(),
                 0);
        QVERIFY(!everythingUnder(f.dirPath()).contains(password.toUtf8()));
        // policy show documents the notifier's settings.
        ToolRun shown = cli({QStringLiteral("policy"), QStringLiteral("show")}, {});
        QVERIFY(shown.out.contains(QLatin1String("notify.smtp.url"))
                && shown.out.contains(QLatin1String("notify.command")));
        QVERIFY(!shown.out.contains(password));
    }

    // ---- the command hook ----

    void commandReceivesTheMessage()
    {
        QTemporaryDir dir;
        const QString script = dir.filePath(QStringLiteral("hook.sh"));
        writeFile(script,
                  "cat > \"$1/message.eml\"\n"
                  "printf '%s\\n%s\\n' \"$AUTHDESK_NOTIFY_TO\" \"$AUTHDESK_NOTIFY_SUBJECT\" > \"$1/env\"\n"
                  "echo queued as 42\n");
        StoreFixture f;
        QVERIFY(f.create().isEmpty());
        const QString argv = QString::fromUtf8(
            QJsonDocument(QJsonArray{QStringLiteral("/bin/sh"), script, dir.path()}).toJson(QJsonDocument::Compact));
        QVERIFY(f.store().setSetting(f.owner(), StoreSettings::NotifyMethod, QStringLiteral("command")).ok());
        QVERIFY(f.store().setSetting(f.owner(), StoreSettings::NotifyCommand, argv).ok());
        auto notifier = f.store().makeNotifier();
        QVERIFY2(notifier.ok() && notifier.value(), qPrintable(describe(notifier)));
        QCOMPARE(notifier.value()->channel(), QStringLiteral("command"));
        const Notification n = sample();
        auto sent = notifier.value()->send(n);
        QVERIFY2(sent.ok(), qPrintable(describe(sent)));
        QCOMPARE(sent.value(), QStringLiteral("queued as 42"));
        const QJsonObject m = parseEml(dir.filePath(QStringLiteral("message.eml")));
        QCOMPARE(m.value(QStringLiteral("subject")).toString(), n.subject);
        QCOMPARE(m.value(QStringLiteral("to_addr")).toString(), n.to);
        QString body = m.value(QStringLiteral("body")).toString();
        QCOMPARE(body.replace(QLatin1String("\r\n"), QLatin1String("\n")), n.body);
        QCOMPARE(QString::fromUtf8(readFile(dir.filePath(QStringLiteral("env")))),
                 n.to + QLatin1Char('\n') + n.subject + QLatin1Char('\n'));

        // The test send through the store is audited with its outcome.
        auto test = f.store().sendTestNotification(f.owner(), QStringLiteral("carol@example.test"));
        QVERIFY2(test.ok(), qPrintable(describe(test)));
        RawConnection raw(f.path());
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'notify.test' AND "
                                           "result = 'success'"))
                     .toInt(),
                 1);
    }

    void commandFailures_data()
    {
        QTest::addColumn<QStringList>("argv");
        QTest::addColumn<int>("timeout");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("notExpected");
        QTest::newRow("non-zero exit")
            << QStringList{QStringLiteral("/bin/sh"), QStringLiteral("-c"),
                           QStringLiteral("cat >/dev/null; echo 'mailbox full' >&2; echo second >&2; exit 3")}
            << 10 << QStringLiteral("exit code 3: mailbox full") << QStringLiteral("second");
        QTest::newRow("timeout") << QStringList{QStringLiteral("/bin/sleep"), QStringLiteral("30")} << 1
                                 << QStringLiteral("did not finish within 1 s") << QString();
        QTest::newRow("missing program") << QStringList{QStringLiteral("/nonexistent/authdesk-notify")} << 10
                                         << QStringLiteral("could not be started") << QString();
    }
    void commandFailures()
    {
        QFETCH(QStringList, argv);
        QFETCH(int, timeout);
        QFETCH(QString, expected);
        QFETCH(QString, notExpected);
        QElapsedTimer t;
        t.start();
        auto sent =
            CommandNotifier(CommandConfig{argv, QStringLiteral("authdesk@example.test"), timeout}).send(sample());
        QVERIFY(!sent.ok());
        QVERIFY2(sent.message().contains(expected), qPrintable(sent.message()));
        if (!notExpected.isEmpty())
            QVERIFY(!sent.message().contains(notExpected));
        QVERIFY(t.elapsed() < (timeout + 4) * 1000);
    }

    // ---- settings ----

    void badSettingsRefused_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("why");
        using namespace StoreSettings;
        QTest::newRow("method") << NotifyMethod << QStringLiteral("sendmail")
                                << QStringLiteral("none, smtp or command");
        QTest::newRow("http url") << NotifySmtpUrl << QStringLiteral("http://mail.example.test")
                                  << QStringLiteral("not an SMTP URL");
        QTest::newRow("plaintext scheme") << NotifySmtpUrl << QStringLiteral("smtp+plain://mail.example.test")
                                          << QStringLiteral("never sent unencrypted");
        QTest::newRow("password in url") << NotifySmtpUrl << QStringLiteral("smtps://u:secret@mail.example.test")
                                         << QStringLiteral("user name or password");
        QTest::newRow("path") << NotifySmtpUrl << QStringLiteral("smtps://mail.example.test/x")
                              << QStringLiteral("no path");
        QTest::newRow("no host") << NotifySmtpUrl << QStringLiteral("smtps://") << QStringLiteral("");
        QTest::newRow("CRLF url") << NotifySmtpUrl << QStringLiteral("smtps://a.test\r\nx")
                                  << QStringLiteral("control");
        QTest::newRow("from injection") << NotifySmtpFrom << QStringLiteral("a@example.test\r\nBcc: e@evil.test")
                                        << QStringLiteral("control character");
        QTest::newRow("from not address") << NotifySmtpFrom << QStringLiteral("authdesk") << QStringLiteral("");
        QTest::newRow("ca relative") << NotifySmtpCaFile << QStringLiteral("ca.pem") << QStringLiteral("absolute");
        QTest::newRow("timeout 0") << NotifySmtpTimeout << QStringLiteral("0") << QStringLiteral("1 to 300");
        QTest::newRow("timeout 301") << NotifyCommandTimeout << QStringLiteral("301") << QStringLiteral("1 to 300");
        QTest::newRow("command not json")
            << NotifyCommand << QStringLiteral("/bin/mail -s x") << QStringLiteral("not a JSON array");
        QTest::newRow("command object") << NotifyCommand << QStringLiteral("{\"a\": 1}")
                                        << QStringLiteral("not a JSON array");
        QTest::newRow("command empty") << NotifyCommand << QStringLiteral("[]") << QStringLiteral("1 to 64");
        QTest::newRow("command number") << NotifyCommand << QStringLiteral("[\"/bin/x\", 3]")
                                        << QStringLiteral("not a string");
        QTest::newRow("command relative")
            << NotifyCommand << QStringLiteral("[\"mail\"]") << QStringLiteral("absolute path");
        QTest::newRow("command newline") << NotifyCommand << QStringLiteral("[\"/bin/x\", \"a\\nb\"]")
                                         << QStringLiteral("control character");
    }
    void badSettingsRefused()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, why);
        StoreFixture f;
        QVERIFY(f.create().isEmpty());
        const qint64 events = f.auditCount();
        auto s = f.store().setSetting(f.owner(), key, value);
        QCOMPARE(s.code(), ErrorCode::InvalidInput);
        QVERIFY2(s.message().contains(why), qPrintable(s.message()));
        RawConnection raw(f.path());
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM settings WHERE name LIKE 'notify.%'")).toInt(), 0);
        QCOMPARE(f.auditCount(), events);
    }

    void goodSettingsAreNormalizedAndShown()
    {
        StoreFixture f;
        QVERIFY(f.create().isEmpty());
        using namespace StoreSettings;
        QVERIFY(f.store().setSetting(f.owner(), NotifySmtpUrl, QStringLiteral(" smtps://mail.example.test ")).ok());
        QVERIFY(f.store()
                    .setSetting(f.owner(), NotifyCommand, QStringLiteral("[ \"/usr/bin/logger\" , \"-t\", \"x y\" ]"))
                    .ok());
        auto settings = f.store().settings(f.owner());
        QVERIFY(settings.ok());
        QHash<QString, StoreSetting> byKey;
        for (const StoreSetting &s : settings.value())
            byKey.insert(s.key, s);
        for (const QString &k : {NotifyMethod, NotifySmtpUrl, NotifySmtpFrom, NotifySmtpUsername, NotifySmtpCaFile,
                                 NotifySmtpTimeout, NotifyCommand, NotifyCommandTimeout}) {
            QVERIFY2(byKey.contains(k), qPrintable(k));
            QVERIFY(!byKey.value(k).description.isEmpty());
        }
        QCOMPARE(byKey.value(NotifyMethod).value, QStringLiteral("none"));
        QCOMPARE(byKey.value(NotifySmtpTimeout).value, QStringLiteral("20"));
        QCOMPARE(byKey.value(NotifySmtpUrl).value, QStringLiteral("smtps://mail.example.test"));
        QCOMPARE(byKey.value(NotifyCommand).value, QStringLiteral("[\"/usr/bin/logger\",\"-t\",\"x y\"]"));
    }

    void makeNotifierFollowsTheSettings()
    {
        StoreFixture f;
        QVERIFY(f.create().isEmpty());
        using namespace StoreSettings;
        auto none = f.store().makeNotifier();
        QVERIFY(none.ok());
        QVERIFY(!none.value());
        auto test = f.store().sendTestNotification(f.owner(), QStringLiteral("a@example.test"));
        QCOMPARE(test.code(), ErrorCode::InvalidInput);
        QVERIFY(test.message().contains(QLatin1String("No notifier is configured")));

        QVERIFY(f.store().setSetting(f.owner(), NotifyMethod, QStringLiteral("smtp")).ok());
        auto noUrl = f.store().makeNotifier();
        QCOMPARE(noUrl.code(), ErrorCode::InvalidInput);
        QVERIFY2(noUrl.message().contains(QLatin1String("notify.smtp.url")), qPrintable(noUrl.message()));
        QVERIFY(f.store().setSetting(f.owner(), NotifySmtpUrl, QStringLiteral("smtp://mail.example.test")).ok());
        auto noFrom = f.store().makeNotifier();
        QVERIFY(noFrom.message().contains(QLatin1String("notify.smtp.from")));
        QVERIFY(f.store().setSetting(f.owner(), NotifySmtpFrom, QStringLiteral("authdesk@example.test")).ok());
        auto smtp = f.store().makeNotifier();
        QVERIFY2(smtp.ok() && smtp.value(), qPrintable(describe(smtp)));
        QCOMPARE(smtp.value()->channel(), QStringLiteral("smtp"));

        QVERIFY(f.store().setSetting(f.owner(), NotifyMethod, QStringLiteral("command")).ok());
        auto noCommand = f.store().makeNotifier();
        QVERIFY(noCommand.message().contains(QLatin1String("notify.command")));
        // A test send that fails is audited as failed, with the reason.
        QVERIFY(f.store().setSetting(f.owner(), NotifyCommand, QStringLiteral("[\"/nonexistent/hook\"]")).ok());
        auto failed = f.store().sendTestNotification(f.owner(), QStringLiteral("a@example.test"));
        QVERIFY(!failed.ok());
        RawConnection raw(f.path());
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'notify.test' AND "
                                           "result = 'failed' AND reason LIKE '%could not be started%'"))
                     .toInt(),
                 1);
    }

    // ---- the helpdesk MFA reset tells the user ----

    void mfaResetTellsTheUserBySmtp()
    {
        SmtpServer server(QStringLiteral("starttls"), cert(QStringLiteral("good")), key(QStringLiteral("good")));
        QVERIFY(server.port() > 0);
        StoreFixture f;
        QVERIFY(f.create().isEmpty());
        configureStoreSmtp(f, server, QString());
        enrollKim(f);

        auto reset = f.store().resetMfa(f.owner(), QStringLiteral("kim"), resetRequest());
        QVERIFY2(reset.ok(), qPrintable(describe(reset)));
        QCOMPARE(reset->notification.state, NotificationOutcome::State::Sent);
        QCOMPARE(reset->notification.channel, QStringLiteral("smtp"));
        QCOMPARE(reset->notification.recipient, QStringLiteral("kim@example.test"));
        QVERIFY2(reset->notification.detail.startsWith(QLatin1String("250")), qPrintable(reset->notification.detail));

        // Delivered to the user's email on file, naming the ticket, holding no secret.
        QCOMPARE(server.messages().size(), 1);
        const QJsonObject m = parseEml(server.messages().at(0));
        QCOMPARE(m.value(QStringLiteral("to_addr")).toString(), QStringLiteral("kim@example.test"));
        QVERIFY(m.value(QStringLiteral("subject")).toString().contains(QLatin1String("authenticator was reset")));
        const QString body = m.value(QStringLiteral("body")).toString();
        QVERIFY2(body.contains(QLatin1String("ticket INC-20417")), qPrintable(body));

        // The reset's own event says how the user was to be told; the linked event says it was sent.
        const QJsonObject resetEvent = lastEventDetails(f, QStringLiteral("mfa.reset"));
        QVERIFY2(QJsonDocument(resetEvent).toJson().contains("smtp"), QJsonDocument(resetEvent).toJson().constData());
        const QJsonObject notified = lastEventDetails(f, QStringLiteral("mfa.reset.notification"));
        QCOMPARE(notified.value(QStringLiteral("state")).toString(), QStringLiteral("sent"));
        QCOMPARE(notified.value(QStringLiteral("reset_event_id")).toInteger(), reset->auditEventId);
        QCOMPARE(notified.value(QStringLiteral("recipient")).toString(), QStringLiteral("kim@example.test"));
    }

    void mfaResetStandsWhenTheNotificationFails_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("why");
        QTest::newRow("no server listening") << QStringLiteral("refused") << QStringLiteral("refused");
        QTest::newRow("untrusted certificate") << QStringLiteral("untrusted") << QStringLiteral("not trusted");
        QTest::newRow("sender missing") << QStringLiteral("nofrom") << QStringLiteral("notify.smtp.from");
    }
    void mfaResetStandsWhenTheNotificationFails()
    {
        QFETCH(QString, fault);
        QFETCH(QString, why);
        SmtpServer server(QStringLiteral("starttls"), cert(QStringLiteral("untrusted")), key(QStringLiteral("untrusted")));
        QVERIFY(server.port() > 0);
        StoreFixture f;
        QVERIFY(f.create().isEmpty());
        if (fault == QLatin1String("nofrom")) {
            // smtp named, the server given, the sender never set.
            QVERIFY(f.store().setSetting(f.owner(), StoreSettings::NotifyMethod, QStringLiteral("smtp")).ok());
            QVERIFY(f.store().setSetting(f.owner(), StoreSettings::NotifySmtpUrl, server.url(QStringLiteral("smtp"))).ok());
        } else {
            configureStoreSmtp(f, server, QString());
        }
        if (fault == QLatin1String("refused"))
            QVERIFY(f.store().setSetting(f.owner(), StoreSettings::NotifySmtpUrl,
                                         QStringLiteral("smtp://127.0.0.1:%1").arg(freePort())).ok());
        enrollKim(f);

        auto reset = f.store().resetMfa(f.owner(), QStringLiteral("kim"), resetRequest());
        QVERIFY2(reset.ok(), qPrintable(describe(reset)));
        QCOMPARE(reset->notification.state, NotificationOutcome::State::Failed);
        QVERIFY2(reset->notification.detail.contains(why, Qt::CaseInsensitive), qPrintable(reset->notification.detail));
        QVERIFY(server.messages().isEmpty());
        // The reset itself stands: no factor, enrollment required.
        auto status = f.store().mfaStatus(f.owner(), QStringLiteral("kim"));
        QVERIFY(status.ok());
        QCOMPARE(status->state, MfaStatus::State::None);
        QCOMPARE(status->recoveryCodesLeft, 0);
        const QJsonObject notified = lastEventDetails(f, QStringLiteral("mfa.reset.notification"));
        QCOMPARE(notified.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
        QVERIFY(notified.value(QStringLiteral("detail")).toString().contains(why, Qt::CaseInsensitive));
    }
};

QTEST_GUILESS_MAIN(TestNotifier)
#include "tst_notifier.moc"
