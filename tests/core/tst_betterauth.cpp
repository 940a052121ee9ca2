// BetterAuthClient against a real Better Auth server: the npm package better-auth with its admin,
// two-factor and bearer plugins (tests/fixtures/betterauth, pinned by its package-lock.json, installed and
// built by scripts/setup.sh), started by this test with Node on 127.0.0.1 over a throw-away SQLite file.
// Faults a real server cannot be made to show on demand (a refused connection, no answer, an answer that
// is not JSON, a 500, a scripted 429) come from small QTcpServers in this file.

#include "core/crypto/Otp.h"
#include "core/crypto/OtpAuthUri.h"
#include "core/remote/BetterAuthClient.h"
#include "tests/support/StoreFixture.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QCryptographicHash>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <functional>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>
#include <memory>
#include <optional>

using namespace authdesk;
using authdesk::test::describe;
using authdesk::test::errorCodeName;

namespace {

// Waits for the future in a local event loop (network replies need one), at most MS milliseconds.
template <typename T>
Result<T> await(QFuture<Result<T>> future, int ms = 60000)
{
    if (!future.isFinished()) {
        QEventLoop loop;
        QFutureWatcher<Result<T>> watcher;
        QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(ms, &loop, &QEventLoop::quit);
        watcher.setFuture(future);
        loop.exec();
    }
    if (!future.isFinished())
        return makeError(ErrorCode::Internal, QStringLiteral("test: no answer within %1 ms").arg(ms));
    if (future.resultCount() == 0)
        return makeError(ErrorCode::Canceled, QStringLiteral("test: the future was canceled"));
    return future.result();
}

// `node server.mjs` from the fixture, on a port of its choosing, over a database in its own folder.
class FixtureServer {
public:
    ~FixtureServer() { stop(); }

    bool start(const QStringList &extra, QString *error)
    {
        const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
        if (node.isEmpty()) {
            *error = QStringLiteral("node not found: install Node.js (scripts/setup.sh)");
            return false;
        }
        const QString dir = QStringLiteral(BETTERAUTH_FIXTURE_DIR);
        if (!QFileInfo::exists(dir + QStringLiteral("/node_modules/better-auth/package.json"))
            || !QFileInfo::exists(dir + QStringLiteral("/node_modules/better-sqlite3/build/Release/better_sqlite3.node"))) {
            *error = QStringLiteral("the Better Auth fixture is not installed or better-sqlite3 is not built: run "
                                    "scripts/setup.sh (npm ci and npm rebuild better-sqlite3 in tests/fixtures/betterauth)");
            return false;
        }
        if (!m_dir.isValid()) {
            *error = QStringLiteral("no temporary folder");
            return false;
        }
        QElapsedTimer clock;
        clock.start();
        m_proc.setWorkingDirectory(dir);
        m_proc.setProcessChannelMode(QProcess::SeparateChannels);
        m_proc.start(node, QStringList{QStringLiteral("server.mjs"), QStringLiteral("--port"), QStringLiteral("0"),
                                       QStringLiteral("--db"), m_dir.filePath(QStringLiteral("auth.db")),
                                       QStringLiteral("--watch-stdin")}
                               + extra);
        if (!m_proc.waitForStarted(30000)) {
            *error = QStringLiteral("node did not start: %1").arg(m_proc.errorString());
            return false;
        }
        while (!m_proc.canReadLine()) {
            if (clock.elapsed() > 120000 || m_proc.state() != QProcess::Running) {
                *error = QStringLiteral("the fixture server did not get ready: %1")
                             .arg(QString::fromUtf8(m_proc.readAllStandardError()));
                return false;
            }
            m_proc.waitForReadyRead(500);
        }
        const QJsonDocument doc = QJsonDocument::fromJson(m_proc.readLine());
        ready = doc.object();
        if (!ready.value(QStringLiteral("ready")).toBool()) {
            *error = QStringLiteral("unexpected first line from the fixture server");
            return false;
        }
        startMs = clock.elapsed();
        baseUrl = QUrl(ready.value(QStringLiteral("baseURL")).toString());
        return true;
    }

    void stop()
    {
        if (m_proc.state() == QProcess::NotRunning)
            return;
        m_proc.closeWriteChannel(); // --watch-stdin: it ends itself
        if (!m_proc.waitForFinished(5000)) {
            m_proc.kill();
            m_proc.waitForFinished(5000);
        }
    }

    QString adminEmail() const { return ready[QStringLiteral("admin")][QStringLiteral("email")].toString(); }
    QString adminPassword() const { return ready[QStringLiteral("admin")][QStringLiteral("password")].toString(); }
    QString userEmail() const { return ready[QStringLiteral("user")][QStringLiteral("email")].toString(); }
    QString userPassword() const { return ready[QStringLiteral("user")][QStringLiteral("password")].toString(); }
    qint64 bulkMs() const { return ready[QStringLiteral("timings")][QStringLiteral("bulkMs")].toInteger(); }

    QJsonObject ready;
    QUrl baseUrl;
    qint64 startMs = 0;

private:
    QTemporaryDir m_dir;
    QProcess m_proc;
};

// A misbehaving HTTP server: ANSWER gets the index of the request (0, 1, …) and returns the raw bytes
// to send back; an empty answer means say nothing and keep the connection open, and an answer that
// starts with "PARTIAL:" is sent (without that prefix) and then the server stalls. With a TLS configuration
// it speaks https.
class ScriptedServer : public QObject {
public:
    explicit ScriptedServer(std::function<QByteArray(int)> answer, const std::optional<QSslConfiguration> &tls = {})
        : m_answer(std::move(answer))
    {
        if (tls) {
            auto *server = new QSslServer(this);
            server->setSslConfiguration(*tls);
            m_server = server;
        } else {
            m_server = new QTcpServer(this);
        }
        m_server->listen(QHostAddress::LocalHost, 0);
        QObject::connect(m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = m_server->nextPendingConnection()) {
                auto buffer = std::make_shared<QByteArray>();
                QObject::connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
                    buffer->append(socket->readAll());
                    const qsizetype end = buffer->indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    qsizetype length = 0;
                    for (const QByteArray &line : buffer->left(end).split('\n')) {
                        if (line.toLower().startsWith("content-length:"))
                            length = line.mid(15).trimmed().toLongLong();
                    }
                    if (buffer->size() < end + 4 + length)
                        return;
                    requests.append(buffer->left(end));
                    buffer->clear();
                    const QByteArray reply = m_answer(static_cast<int>(requests.size() - 1));
                    if (reply.isEmpty())
                        return; // stay silent
                    if (reply.startsWith("PARTIAL:")) {
                        socket->write(reply.mid(8)); // then stall, the connection left open
                        return;
                    }
                    socket->write(reply);
                    socket->disconnectFromHost();
                });
            }
        });
    }
    quint16 port() const { return m_server->serverPort(); }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port())); }
    QUrl httpsUrl() const { return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port())); }

    QList<QByteArray> requests;

private:
    QTcpServer *m_server = nullptr;
    std::function<QByteArray(int)> m_answer;
};

// A self-signed certificate made here with OpenSSL: its subjectAltName (e.g. "IP:127.0.0.1"), valid from
// NOT_BEFORE to NOT_AFTER seconds from now.
struct TestCertificate {
    QSslCertificate certificate;
    QSslKey key;
    QByteArray sha256() const { return certificate.digest(QCryptographicHash::Sha256); }
    QSslConfiguration serverConfiguration() const
    {
        QSslConfiguration c = QSslConfiguration::defaultConfiguration();
        c.setLocalCertificate(certificate);
        c.setPrivateKey(key);
        c.setPeerVerifyMode(QSslSocket::VerifyNone);
        return c;
    }
};

TestCertificate makeCertificate(const char *subjectAltName, long notBefore, long notAfter)
{
    TestCertificate out;
    EVP_PKEY *pkey = EVP_EC_gen("P-256");
    X509 *x = X509_new();
    if (!pkey || !x)
        return out;
    X509_set_version(x, 2);
    ASN1_INTEGER_set(X509_get_serialNumber(x), static_cast<long>(QDateTime::currentMSecsSinceEpoch() % 1000000007));
    X509_gmtime_adj(X509_getm_notBefore(x), notBefore);
    X509_gmtime_adj(X509_getm_notAfter(x), notAfter);
    X509_set_pubkey(x, pkey);
    X509_NAME *name = X509_get_subject_name(x);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char *>("AuthDesk test server"),
                               -1, -1, 0);
    X509_set_issuer_name(x, name);
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, x, x, nullptr, nullptr, 0);
    if (X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, NID_subject_alt_name, subjectAltName)) {
        X509_add_ext(x, ext, -1);
        X509_EXTENSION_free(ext);
    }
    X509_sign(x, pkey, EVP_sha256());
    BIO *certBio = BIO_new(BIO_s_mem());
    BIO *keyBio = BIO_new(BIO_s_mem());
    PEM_write_bio_X509(certBio, x);
    PEM_write_bio_PrivateKey(keyBio, pkey, nullptr, nullptr, 0, nullptr, nullptr);
    char *data = nullptr;
    long size = BIO_get_mem_data(certBio, &data);
    out.certificate = QSslCertificate(QByteArray(data, static_cast<qsizetype>(size)), QSsl::Pem);
    size = BIO_get_mem_data(keyBio, &data);
    out.key = QSslKey(QByteArray(data, static_cast<qsizetype>(size)), QSsl::Ec, QSsl::Pem);
    BIO_free(certBio);
    BIO_free(keyBio);
    X509_free(x);
    EVP_PKEY_free(pkey);
    return out;
}

QByteArray httpAnswer(int status, const QByteArray &reason, const QByteArray &body,
                      const QByteArray &extraHeaders = {})
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\nContent-Type: application/json\r\n"
           + extraHeaders + "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n"
           + body;
}

BetterAuthClientOptions optionsFor(const QUrl &url, int timeoutMs = 30000)
{
    BetterAuthClientOptions o;
    o.baseUrl = url;
    o.timeoutMs = timeoutMs;
    return o;
}

} // namespace

class TestBetterAuth : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void baseUrlRules();
    void pins();
    void signInAsAdmin();
    void wrongPasswordIsAuthenticationFailed();
    void noTokenIsAuthenticationFailed();
    void listUsersTotalAndPaging();
    void listUsersSortedBothWays();
    void search();
    void getUser();
    void nonAdminIsPermissionDenied();
    void refusedConnection();
    void silentServerTimesOut();
    void slowAnswerStallingMidBodyTimesOut();
    void invalidJson();
    void serverError();
    void retriesAfter429();
    void realRateLimit();
    void tlsSelfSignedRefusedWithoutPin();
    void tlsPinnedCertificateAccepted();
    void tlsPinNeverOverrulesHostOrExpiry();
    void twoFactorSignInWithTotp();
    void signedOutTokenIsAuthenticationFailed();
    void closingTheClientCancelsPendingCalls();
    void pagingOver10000Users();

private:
    BetterAuthClient *adminClient();

    FixtureServer m_server;
    std::unique_ptr<BetterAuthClient> m_admin;
};

void TestBetterAuth::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start({QStringLiteral("--users"), QStringLiteral("250")}, &error), qPrintable(error));
    qInfo("fixture server with 252 users ready in %lld ms (its own timings: %s)", m_server.startMs,
          QJsonDocument(m_server.ready[QStringLiteral("timings")].toObject()).toJson(QJsonDocument::Compact).constData());
}

BetterAuthClient *TestBetterAuth::adminClient()
{
    if (!m_admin) {
        m_admin = std::make_unique<BetterAuthClient>(optionsFor(m_server.baseUrl));
        const auto session = await(m_admin->signIn(m_server.adminEmail(), m_server.adminPassword()));
        if (!session.ok())
            qWarning("admin sign-in failed: %s", qPrintable(describe(session)));
    }
    return m_admin.get();
}

void TestBetterAuth::baseUrlRules()
{
    const auto remoteHttp = BetterAuthClient::checkBaseUrl(QUrl(QStringLiteral("http://auth.example.com")));
    QCOMPARE(remoteHttp.code(), ErrorCode::InvalidInput);
    QVERIFY2(remoteHttp.message().contains(QStringLiteral("https")), qPrintable(remoteHttp.message()));

    const auto https = BetterAuthClient::checkBaseUrl(QUrl(QStringLiteral("https://auth.example.com")));
    QVERIFY2(https.ok(), qPrintable(describe(https)));
    QCOMPARE(https.value().toString(), QStringLiteral("https://auth.example.com/api/auth"));

    const auto custom = BetterAuthClient::checkBaseUrl(QUrl(QStringLiteral("https://auth.example.com/auth/")));
    QVERIFY(custom.ok());
    QCOMPARE(custom.value().path(), QStringLiteral("/auth"));

    for (const char *loopback : {"http://127.0.0.1:3000", "http://localhost:3000", "http://[::1]:3000"}) {
        const auto r = BetterAuthClient::checkBaseUrl(QUrl(QString::fromLatin1(loopback)));
        QVERIFY2(r.ok(), loopback);
    }
    QCOMPARE(BetterAuthClient::checkBaseUrl(QUrl(QStringLiteral("ftp://auth.example.com"))).code(), ErrorCode::InvalidInput);
    QCOMPARE(BetterAuthClient::checkBaseUrl(QUrl(QStringLiteral("https://u:p@auth.example.com"))).code(),
             ErrorCode::InvalidInput);
    // http to a name that merely starts like a loopback address is still remote.
    QCOMPARE(BetterAuthClient::checkBaseUrl(QUrl(QStringLiteral("http://127.0.0.1.example.com"))).code(),
             ErrorCode::InvalidInput);

    // A client over a refused URL answers every call with that error, without touching the network.
    BetterAuthClient bad(optionsFor(QUrl(QStringLiteral("http://auth.example.com"))));
    const auto r = await(bad.signIn(QStringLiteral("a@b.c"), QStringLiteral("x")));
    QCOMPARE(r.code(), ErrorCode::InvalidInput);
}

void TestBetterAuth::pins()
{
    const QString hex = QStringLiteral("AB:CD:") + QStringLiteral("00").repeated(30);
    const auto pin = BetterAuthClient::parsePin(hex);
    QVERIFY2(pin.ok(), qPrintable(describe(pin)));
    QCOMPARE(pin.value().size(), 32);
    QCOMPARE(static_cast<unsigned char>(pin.value().at(0)), 0xABu);
    QCOMPARE(BetterAuthClient::parsePin(QStringLiteral("abcd")).code(), ErrorCode::InvalidInput);
    QCOMPARE(BetterAuthClient::parsePin(QStringLiteral("zz").repeated(32)).code(), ErrorCode::InvalidInput);
}

void TestBetterAuth::signInAsAdmin()
{
    BetterAuthClient client(optionsFor(m_server.baseUrl));
    QVERIFY(!client.isSignedIn());
    const auto session = await(client.signIn(m_server.adminEmail(), m_server.adminPassword()));
    QVERIFY2(session.ok(), qPrintable(describe(session)));
    QVERIFY(!session->token.isEmpty());
    QCOMPARE(session->user.email, m_server.adminEmail());
    QCOMPARE(session->user.role, QStringLiteral("admin"));
    QVERIFY(session->user.createdAt.isValid());
    QVERIFY(client.isSignedIn());
}

void TestBetterAuth::wrongPasswordIsAuthenticationFailed()
{
    BetterAuthClient client(optionsFor(m_server.baseUrl));
    const auto r = await(client.signIn(m_server.adminEmail(), QStringLiteral("not the password at all")));
    QCOMPARE(r.code(), ErrorCode::AuthenticationFailed);
    QVERIFY2(r.message().contains(QStringLiteral("Invalid email or password")), qPrintable(r.message()));
    QVERIFY(!client.isSignedIn());
}

void TestBetterAuth::noTokenIsAuthenticationFailed()
{
    BetterAuthClient client(optionsFor(m_server.baseUrl));
    const auto r = await(client.listUsers({}));
    QCOMPARE(r.code(), ErrorCode::AuthenticationFailed);
    QVERIFY2(r.message().contains(QStringLiteral("sign in again")), qPrintable(r.message()));

    client.setToken(QStringLiteral("forged-token"));
    const auto forged = await(client.listUsers({}));
    QCOMPARE(forged.code(), ErrorCode::AuthenticationFailed);
}

void TestBetterAuth::listUsersTotalAndPaging()
{
    BetterAuthClient *client = adminClient();
    QVERIFY(client->isSignedIn());
    QSet<QString> seen;
    const qint64 expectedTotal = 252; // admin + user + 250 bulk users
    for (qint64 offset : {0, 100, 200}) {
        BetterAuthUserQuery q;
        q.limit = 100;
        q.offset = offset;
        const auto page = await(client->listUsers(q));
        QVERIFY2(page.ok(), qPrintable(describe(page)));
        QCOMPARE(page->total, expectedTotal);
        QCOMPARE(page->offset, offset);
        QCOMPARE(page->users.size(), offset == 200 ? 52 : 100);
        for (const BetterAuthUser &u : page->users) {
            QVERIFY2(!seen.contains(u.id), qPrintable(u.email));
            seen.insert(u.id);
        }
    }
    QCOMPARE(seen.size(), qsizetype(expectedTotal));

    BetterAuthUserQuery beyond;
    beyond.offset = 1000;
    const auto empty = await(client->listUsers(beyond));
    QVERIFY2(empty.ok(), qPrintable(describe(empty)));
    QCOMPARE(empty->total, expectedTotal);
    QVERIFY(empty->users.isEmpty());
}

void TestBetterAuth::listUsersSortedBothWays()
{
    BetterAuthClient *client = adminClient();
    BetterAuthUserQuery q;
    q.limit = 5;
    q.sortField = BetterAuthSortField::Email;
    const auto asc = await(client->listUsers(q));
    QVERIFY2(asc.ok(), qPrintable(describe(asc)));
    QCOMPARE(asc->users.size(), 5);
    QCOMPARE(asc->users.first().email, m_server.adminEmail()); // "admin@" sorts before "bulk…" and "user@"
    q.descending = true;
    const auto desc = await(client->listUsers(q));
    QVERIFY2(desc.ok(), qPrintable(describe(desc)));
    QCOMPARE(desc->users.first().email, m_server.userEmail());
    for (int i = 1; i < desc->users.size(); ++i)
        QVERIFY(desc->users[i - 1].email >= desc->users[i].email);
    // Every sort field is one the server accepts: a full first page each time.
    for (auto field : {BetterAuthSortField::CreatedAt, BetterAuthSortField::UpdatedAt, BetterAuthSortField::Name}) {
        q.sortField = field;
        const auto r = await(client->listUsers(q));
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        QCOMPARE(r->users.size(), 5);
    }
}

void TestBetterAuth::search()
{
    BetterAuthClient *client = adminClient();
    BetterAuthUserQuery q;
    q.search = QStringLiteral("bulk0012");
    const auto r = await(client->listUsers(q));
    QVERIFY2(r.ok(), qPrintable(describe(r)));
    QCOMPARE(r->total, 10); // bulk00120 … bulk00129
    QCOMPARE(r->users.size(), 10);
    for (const BetterAuthUser &u : r->users)
        QVERIFY2(u.email.contains(QStringLiteral("bulk0012")), qPrintable(u.email));

    q.search = QStringLiteral("Ada");
    q.searchField = BetterAuthSearchField::Name;
    q.searchOperator = BetterAuthSearchOperator::StartsWith;
    const auto byName = await(client->listUsers(q));
    QVERIFY2(byName.ok(), qPrintable(describe(byName)));
    QCOMPARE(byName->total, 1);
    QCOMPARE(byName->users.first().email, m_server.adminEmail());

    q.search = QStringLiteral("nobody-by-this-name");
    const auto none = await(client->listUsers(q));
    QVERIFY2(none.ok(), qPrintable(describe(none)));
    QCOMPARE(none->total, 0);
}

void TestBetterAuth::getUser()
{
    BetterAuthClient *client = adminClient();
    BetterAuthUserQuery q;
    q.search = m_server.userEmail();
    const auto page = await(client->listUsers(q));
    QVERIFY2(page.ok() && page->users.size() == 1, qPrintable(describe(page)));
    const auto user = await(client->getUser(page->users.first().id));
    QVERIFY2(user.ok(), qPrintable(describe(user)));
    QCOMPARE(user->email, m_server.userEmail());
    QCOMPARE(user->role, QStringLiteral("user"));
    QVERIFY(!user->banned);

    const auto missing = await(client->getUser(QStringLiteral("no-such-id")));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.code(), ErrorCode::NotFound);
}

void TestBetterAuth::nonAdminIsPermissionDenied()
{
    BetterAuthClient client(optionsFor(m_server.baseUrl));
    const auto session = await(client.signIn(m_server.userEmail(), m_server.userPassword()));
    QVERIFY2(session.ok(), qPrintable(describe(session)));
    const auto r = await(client.listUsers({}));
    QCOMPARE(r.code(), ErrorCode::PermissionDenied);
    QVERIFY2(r.message().contains(QStringLiteral("You are not allowed to list users")), qPrintable(r.message()));
    QVERIFY2(r.message().contains(QStringLiteral("YOU_ARE_NOT_ALLOWED_TO_LIST_USERS")), qPrintable(r.message()));
}

void TestBetterAuth::refusedConnection()
{
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    } // closed: nothing listens there now
    BetterAuthClient client(optionsFor(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), 5000));
    QElapsedTimer clock;
    clock.start();
    const auto r = await(client.signIn(QStringLiteral("a@example.test"), QStringLiteral("x")));
    QCOMPARE(r.code(), ErrorCode::StoreUnavailable);
    QVERIFY2(r.message().contains(QStringLiteral("refused the connection")), qPrintable(r.message()));
    QVERIFY(clock.elapsed() < 5000);
}

void TestBetterAuth::silentServerTimesOut()
{
    ScriptedServer silent([](int) { return QByteArray(); });
    BetterAuthClient client(optionsFor(silent.url(), 800));
    // The event loop keeps running while the request waits: nothing blocks.
    int ticks = 0;
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, [&ticks] { ++ticks; });
    ticker.start(50);
    QElapsedTimer clock;
    clock.start();
    const auto r = await(client.listUsers({}));
    const qint64 elapsed = clock.elapsed();
    QCOMPARE(r.code(), ErrorCode::StoreUnavailable);
    QVERIFY2(r.message().contains(QStringLiteral("did not answer within 0.8 seconds")), qPrintable(r.message()));
    QVERIFY2(elapsed >= 700 && elapsed < 5000, qPrintable(QString::number(elapsed)));
    QVERIFY2(ticks >= 5, qPrintable(QString::number(ticks)));
    QCOMPARE(silent.requests.size(), 1);
}

void TestBetterAuth::slowAnswerStallingMidBodyTimesOut()
{
    // The status line and headers arrive, then half the body, then nothing: a timeout, not "invalid JSON".
    ScriptedServer stalling([](int) {
        return QByteArray("PARTIAL:HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n"
                          "{\"users\":[");
    });
    BetterAuthClient client(optionsFor(stalling.url(), 800));
    QElapsedTimer clock;
    clock.start();
    const auto r = await(client.listUsers({}));
    QCOMPARE(r.code(), ErrorCode::StoreUnavailable);
    QVERIFY2(r.message().contains(QStringLiteral("did not answer within")), qPrintable(r.message()));
    QVERIFY(clock.elapsed() < 5000);
}

void TestBetterAuth::invalidJson()
{
    ScriptedServer garbage([](int) { return httpAnswer(200, "OK", "<html>{not json"); });
    BetterAuthClient client(optionsFor(garbage.url()));
    const auto r = await(client.signIn(QStringLiteral("a@example.test"), QStringLiteral("x")));
    QCOMPARE(r.code(), ErrorCode::StoreUnavailable);
    QVERIFY2(r.message().contains(QStringLiteral("not JSON")), qPrintable(r.message()));

    // JSON, but not the shape Better Auth answers.
    ScriptedServer wrongShape([](int) { return httpAnswer(200, "OK", R"({"users":"many"})"); });
    BetterAuthClient client2(optionsFor(wrongShape.url()));
    const auto r2 = await(client2.listUsers({}));
    QCOMPARE(r2.code(), ErrorCode::StoreUnavailable);
    QVERIFY2(r2.message().contains(QStringLiteral("not what Better Auth answers")), qPrintable(r2.message()));

    // What the client sent: JSON, no cookie, a valid sortBy, no Authorization before sign-in.
    QVERIFY(!garbage.requests.isEmpty());
    const QByteArray sent = garbage.requests.first().toLower();
    QVERIFY2(sent.contains("content-type: application/json"), sent.constData());
    QVERIFY(!sent.contains("cookie:"));
    QVERIFY(!sent.contains("authorization:"));
    QVERIFY2(wrongShape.requests.first().contains("sortBy=createdAt"), wrongShape.requests.first().constData());
}

void TestBetterAuth::serverError()
{
    ScriptedServer failing([](int) {
        return httpAnswer(500, "Internal Server Error", R"({"message":"database is locked","code":"INTERNAL"})");
    });
    BetterAuthClient client(optionsFor(failing.url()));
    client.setToken(QStringLiteral("t0ken"));
    const auto r = await(client.getUser(QStringLiteral("x")));
    QCOMPARE(r.code(), ErrorCode::StoreUnavailable);
    QVERIFY2(r.message().contains(QStringLiteral("HTTP 500")), qPrintable(r.message()));
    QVERIFY2(r.message().contains(QStringLiteral("database is locked")), qPrintable(r.message()));
    QVERIFY(failing.requests.first().contains("Authorization: Bearer t0ken"));
}

void TestBetterAuth::retriesAfter429()
{
    const QByteArray list = R"({"users":[],"total":0,"limit":100,"offset":0})";
    ScriptedServer limited([list](int i) {
        return i == 0 ? httpAnswer(429, "Too Many Requests", R"({"message":"Too many requests"})", "x-retry-after: 1\r\n")
                      : httpAnswer(200, "OK", list);
    });
    BetterAuthClient client(optionsFor(limited.url()));
    QElapsedTimer clock;
    clock.start();
    const auto r = await(client.listUsers({}));
    QVERIFY2(r.ok(), qPrintable(describe(r)));
    QCOMPARE(limited.requests.size(), 2);
    QVERIFY2(clock.elapsed() >= 900, qPrintable(QString::number(clock.elapsed())));

    // A wait longer than the client is allowed to sit out is reported, not waited for.
    ScriptedServer longWait([](int) {
        return httpAnswer(429, "Too Many Requests", R"({"message":"Too many requests"})", "x-retry-after: 600\r\n");
    });
    BetterAuthClient impatient(optionsFor(longWait.url()));
    const auto r2 = await(impatient.listUsers({}));
    QCOMPARE(r2.code(), ErrorCode::RateLimited);
    QVERIFY2(r2.message().contains(QStringLiteral("600 seconds")), qPrintable(r2.message()));
    QCOMPARE(longWait.requests.size(), 1);

    // Bounded: a server that always says 429 gets 1 + maxRetries requests.
    ScriptedServer always([](int) {
        return httpAnswer(429, "Too Many Requests", "{}", "x-retry-after: 0\r\n");
    });
    BetterAuthClientOptions o = optionsFor(always.url());
    o.maxRetries = 2;
    BetterAuthClient bounded(o);
    const auto r3 = await(bounded.listUsers({}));
    QCOMPARE(r3.code(), ErrorCode::RateLimited);
    QCOMPARE(always.requests.size(), 3);
}

void TestBetterAuth::realRateLimit()
{
    FixtureServer limited;
    QString error;
    QVERIFY2(limited.start({QStringLiteral("--rate-limit"), QStringLiteral("--rate-limit-max"), QStringLiteral("3"),
                            QStringLiteral("--rate-limit-window"), QStringLiteral("60")},
                           &error),
             qPrintable(error));
    BetterAuthClientOptions o = optionsFor(limited.baseUrl);
    o.maxRetryWaitMs = 0; // report, do not wait
    BetterAuthClient client(o);
    Result<BetterAuthSession> last;
    int attempts = 0;
    for (; attempts < 10; ++attempts) {
        last = await(client.signIn(limited.adminEmail(), QStringLiteral("wrong password number %1").arg(attempts)));
        if (last.code() == ErrorCode::RateLimited)
            break;
        QCOMPARE(last.code(), ErrorCode::AuthenticationFailed);
    }
    QCOMPARE(last.code(), ErrorCode::RateLimited);
    QVERIFY2(last.message().contains(QStringLiteral("try again in")), qPrintable(last.message()));
    qInfo("real rate limit after %d sign-in attempts: %s", attempts, qPrintable(last.message()));
}

namespace {
const QByteArray EmptyList = R"({"users":[],"total":0,"limit":100,"offset":0})";
}

void TestBetterAuth::tlsSelfSignedRefusedWithoutPin()
{
    const TestCertificate cert = makeCertificate("IP:127.0.0.1", -3600, 86400);
    QVERIFY(!cert.certificate.isNull() && !cert.key.isNull());
    ScriptedServer tls([](int) { return httpAnswer(200, "OK", EmptyList); }, cert.serverConfiguration());
    BetterAuthClient client(optionsFor(tls.httpsUrl(), 10000));
    const auto r = await(client.listUsers({}));
    QCOMPARE(r.code(), ErrorCode::StoreUnavailable);
    QVERIFY2(r.message().contains(QStringLiteral("could not be verified")), qPrintable(r.message()));
    // The message shows the certificate's SHA-256, for an admin who decides to pin it.
    QVERIFY2(r.message().contains(QString::fromLatin1(cert.sha256().toHex(':').toUpper())), qPrintable(r.message()));
    QVERIFY(tls.requests.isEmpty());
}

void TestBetterAuth::tlsPinnedCertificateAccepted()
{
    const TestCertificate cert = makeCertificate("IP:127.0.0.1", -3600, 86400);
    ScriptedServer tls([](int) { return httpAnswer(200, "OK", EmptyList); }, cert.serverConfiguration());
    BetterAuthClientOptions o = optionsFor(tls.httpsUrl(), 10000);
    o.pinnedCertificateSha256 = cert.sha256();
    BetterAuthClient client(o);
    const auto r = await(client.listUsers({}));
    QVERIFY2(r.ok(), qPrintable(describe(r)));
    QCOMPARE(tls.requests.size(), 1);

    // A pin of some other certificate changes nothing.
    const TestCertificate other = makeCertificate("IP:127.0.0.1", -3600, 86400);
    BetterAuthClientOptions wrong = optionsFor(tls.httpsUrl(), 10000);
    wrong.pinnedCertificateSha256 = other.sha256();
    BetterAuthClient wrongClient(wrong);
    const auto r2 = await(wrongClient.listUsers({}));
    QCOMPARE(r2.code(), ErrorCode::StoreUnavailable);
    QCOMPARE(tls.requests.size(), 1);
}

void TestBetterAuth::tlsPinNeverOverrulesHostOrExpiry()
{
    const TestCertificate wrongHost = makeCertificate("DNS:elsewhere.example", -3600, 86400);
    const TestCertificate expired = makeCertificate("IP:127.0.0.1", -2 * 86400, -86400);
    for (const TestCertificate *cert : {&wrongHost, &expired}) {
        ScriptedServer tls([](int) { return httpAnswer(200, "OK", EmptyList); }, cert->serverConfiguration());
        BetterAuthClientOptions o = optionsFor(tls.httpsUrl(), 10000);
        o.pinnedCertificateSha256 = cert->sha256();
        BetterAuthClient client(o);
        const auto r = await(client.listUsers({}));
        QCOMPARE(r.code(), ErrorCode::StoreUnavailable);
        QVERIFY2(r.message().contains(cert == &expired ? QStringLiteral("expired") : QStringLiteral("host name")),
                 qPrintable(r.message()));
        QVERIFY(tls.requests.isEmpty());
    }
}

void TestBetterAuth::twoFactorSignInWithTotp()
{
    // The non-admin enrolls TOTP as Better Auth lets a user do; afterwards a password alone is not enough.
    BetterAuthClient client(optionsFor(m_server.baseUrl));
    QVERIFY2(await(client.signIn(m_server.userEmail(), m_server.userPassword())).ok(), "user sign-in");
    const auto enabled = await(client.post(QStringLiteral("/two-factor/enable"),
                                           QJsonObject{{QStringLiteral("password"), m_server.userPassword()}}));
    QVERIFY2(enabled.ok(), qPrintable(describe(enabled)));
    const auto uri = crypto::parseOtpAuthUri(enabled->toObject().value(QStringLiteral("totpURI")).toString());
    QVERIFY2(uri.ok(), qPrintable(describe(uri)));
    const QString code = crypto::totp(uri->secret, QDateTime::currentSecsSinceEpoch(), uri->params);
    const auto verified = await(client.post(QStringLiteral("/two-factor/verify-totp"),
                                            QJsonObject{{QStringLiteral("code"), code}}));
    QVERIFY2(verified.ok(), qPrintable(describe(verified)));

    BetterAuthClient again(optionsFor(m_server.baseUrl));
    QCOMPARE(await(again.verifyTotp(QStringLiteral("123456"))).code(), ErrorCode::InvalidInput); // no sign-in yet
    const auto r = await(again.signIn(m_server.userEmail(), m_server.userPassword()));
    QCOMPARE(r.code(), ErrorCode::SecondFactorRequired);
    QVERIFY(!again.isSignedIn());
    QVERIFY(again.isWaitingForSecondFactor());

    // A wrong code is refused and the sign-in keeps waiting; the right one completes it.
    const QString wrong = code == QStringLiteral("000000") ? QStringLiteral("111111") : QStringLiteral("000000");
    const auto refused = await(again.verifyTotp(wrong));
    QVERIFY2(!refused.ok(), "a wrong TOTP code was accepted");
    QVERIFY2(refused.code() == ErrorCode::AuthenticationFailed || refused.code() == ErrorCode::InvalidInput,
             qPrintable(describe(refused)));
    QVERIFY(again.isWaitingForSecondFactor());
    const QString now = crypto::totp(uri->secret, QDateTime::currentSecsSinceEpoch(), uri->params);
    const auto done = await(again.verifyTotp(now));
    QVERIFY2(done.ok(), qPrintable(describe(done)));
    QVERIFY(again.isSignedIn());
    QVERIFY(!again.isWaitingForSecondFactor());
    QCOMPARE(done->user.email, m_server.userEmail());
    QVERIFY(done->user.twoFactorEnabled);
    // The new token is a working bearer token.
    const auto session = await(again.get(QStringLiteral("/get-session")));
    QVERIFY2(session.ok(), qPrintable(describe(session)));
    QCOMPARE(session->toObject().value(QStringLiteral("user")).toObject().value(QStringLiteral("email")).toString(),
             m_server.userEmail());
}

void TestBetterAuth::signedOutTokenIsAuthenticationFailed()
{
    // A 401 in the middle of a session: the token worked, then the server ended the session.
    BetterAuthClient client(optionsFor(m_server.baseUrl));
    QVERIFY2(await(client.signIn(m_server.adminEmail(), m_server.adminPassword())).ok(), "admin sign-in");
    const auto before = await(client.listUsers({}));
    QVERIFY2(before.ok(), qPrintable(describe(before)));
    const auto out = await(client.post(QStringLiteral("/sign-out"), QJsonObject{}));
    QVERIFY2(out.ok(), qPrintable(describe(out)));
    const auto after = await(client.listUsers({}));
    QCOMPARE(after.code(), ErrorCode::AuthenticationFailed);
}

void TestBetterAuth::closingTheClientCancelsPendingCalls()
{
    ScriptedServer silent([](int) { return QByteArray(); });
    auto client = std::make_unique<BetterAuthClient>(optionsFor(silent.url(), 30000));
    QFuture<Result<QJsonValue>> raw = client->get(QStringLiteral("/get-session"));
    QFuture<Result<BetterAuthUserPage>> typed = client->listUsers({});
    QTRY_COMPARE(silent.requests.size(), 2);
    client.reset();
    QElapsedTimer clock;
    clock.start();
    const auto r1 = await(raw, 5000);
    const auto r2 = await(typed, 5000);
    QCOMPARE(r1.code(), ErrorCode::Canceled);
    QVERIFY2(r2.code() == ErrorCode::Canceled, qPrintable(describe(r2)));
    QVERIFY(clock.elapsed() < 5000);
}

void TestBetterAuth::pagingOver10000Users()
{
    FixtureServer big;
    QString error;
    QVERIFY2(big.start({QStringLiteral("--users"), QStringLiteral("10000")}, &error), qPrintable(error));
    qInfo("fixture server with 10,002 users ready in %lld ms; the bulk insert of 10,000 took %lld ms", big.startMs,
          big.bulkMs());
    BetterAuthClient client(optionsFor(big.baseUrl));
    QVERIFY2(await(client.signIn(big.adminEmail(), big.adminPassword())).ok(), "admin sign-in");
    BetterAuthUserQuery q;
    q.limit = 100;
    q.offset = 9950;
    QElapsedTimer clock;
    clock.start();
    const auto page = await(client.listUsers(q));
    QVERIFY2(page.ok(), qPrintable(describe(page)));
    QCOMPARE(page->total, 10002);
    QCOMPARE(page->users.size(), 52);
    qInfo("list-users at offset 9950: %lld ms", clock.elapsed());
    // A bulk user signs in with the fixture's shared password: the rows are real Better Auth rows.
    BetterAuthClient bulk(optionsFor(big.baseUrl));
    const auto s = await(bulk.signIn(QStringLiteral("bulk09999@example.test"), QStringLiteral("bulk-password-1234")));
    QVERIFY2(s.ok(), qPrintable(describe(s)));
}

QTEST_GUILESS_MAIN(TestBetterAuth)
#include "tst_betterauth.moc"
