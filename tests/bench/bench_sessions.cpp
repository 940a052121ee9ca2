// Session validation throughput on a store with many live sessions (1,000,000 by default), beside
// the bare lookup it cannot beat: a SHA-256 of the token and one prepared SELECT by token_hash on a
// QSqlQuery of its own, on the same file, the same tokens, in the same run. Then JWT access tokens
// (EdDSA): AuthService::validate — signature, claims and the one query for the deny list, the
// user's not-before, the family and the account — beside jwt::verify alone.
//
//   bench_sessions FOLDER [SESSIONS] [SAMPLE]
// The store is kept in FOLDER and reused when it has the same size (FOLDER/sessions-N.done).
#include "core/auth/AuthService.h"
#include "core/auth/Jwt.h"
#include "core/auth/OpaqueToken.h"
#include "core/policy/StoreSettings.h"
#include "core/store/LocalStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <cstdio>
#include <functional>

using namespace authdesk;

namespace {

const QString ownerPassword = QStringLiteral("benchmark owner passphrase");
const QString userPassword = QStringLiteral("benchmark user passphrase");
constexpr int Users = 1000;

[[noreturn]] void die(const QString &what)
{
    std::fprintf(stderr, "bench_sessions: %s\n", qPrintable(what));
    std::exit(1);
}

// Median of 3 runs of body over n items, as items per second.
double perSecond(qint64 n, const std::function<void()> &body)
{
    QList<double> rates;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer t;
        t.start();
        body();
        rates << n / (t.nsecsElapsed() / 1e9);
    }
    std::sort(rates.begin(), rates.end());
    return rates.at(1);
}

void line(const char *what, double rate, double baseline)
{
    if (baseline > 0)
        std::printf("  %-62s %10.0f /s   (%.2f× the baseline)\n", what, rate, rate / baseline);
    else
        std::printf("  %-62s %10.0f /s\n", what, rate);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2)
        die(QStringLiteral("usage: bench_sessions FOLDER [SESSIONS] [SAMPLE]"));
    const QString folder = args.at(1);
    const qint64 sessions = args.size() > 2 ? args.at(2).toLongLong() : 1000000;
    const int sample = args.size() > 3 ? args.at(3).toInt() : 20000;
    QDir().mkpath(folder);
    const QString path = folder + QStringLiteral("/sessions-%1.authdesk").arg(sessions);
    const QString done = path + QStringLiteral(".done");
    const QString tokensPath = path + QStringLiteral(".tokens");
    const QString keyPath = path + QStringLiteral(".key");
    StoreOptions options(path, folder + QStringLiteral("/keys"), QStringLiteral("bench"));

    std::printf("== session validation: %lld live sessions of %d users ==\n", static_cast<long long>(sessions), Users);
    if (!QFile::exists(done)) {
        for (const QString &f : QStringList{path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm"), tokensPath, keyPath})
            QFile::remove(f);
        QElapsedTimer fill;
        fill.start();
        NewUser owner;
        owner.username = QStringLiteral("owner");
        owner.email = QStringLiteral("owner@example.com");
        owner.password = ownerPassword;
        auto created = LocalStore::create(options, owner);
        if (!created.ok())
            die(created.message());
        auto &store = *created.value();
        auto me = store.signIn(QStringLiteral("owner"), ownerPassword);
        if (!me.ok())
            die(me.message());
        for (int i = 0; i < Users; ++i) {
            NewUser u;
            u.username = QStringLiteral("user%1").arg(i, 4, 10, QLatin1Char('0'));
            u.email = u.username + QStringLiteral("@example.com");
            if (i < 10)
                u.password = userPassword; // the JWT part logs these in
            if (auto s = store.createUser(me.value(), u); !s.ok())
                die(s.message());
        }
        auto grant = store.createServiceSlot(me.value(), QStringLiteral("bench"));
        if (!grant.ok())
            die(grant.message());
        QFile key(keyPath);
        if (!key.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            die(key.errorString());
        key.write(grant->keyFile);
        key.close();
        // The sessions: rows as a login makes them, written in one transaction on a connection of
        // our own (a million Argon2 logins would take hours); a sample of their tokens is kept.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fill"));
            db.setDatabaseName(path);
            if (!db.open())
                die(db.lastError().text());
            QSqlQuery ids(db);
            ids.exec(QStringLiteral("SELECT id FROM users WHERE username LIKE 'user%' ORDER BY id"));
            QList<qint64> userIds;
            while (ids.next())
                userIds << ids.value(0).toLongLong();
            ids.finish();
            db.transaction();
            QSqlQuery ins(db);
            ins.prepare(QStringLiteral("INSERT INTO sessions (user_id, kind, token_hash, created_at, last_seen_at, "
                                       "idle_expires_at, expires_at, ip, user_agent) VALUES (?, 'session', ?, ?, ?, ?, ?, ?, ?)"));
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            QFile tokens(tokensPath);
            if (!tokens.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
                die(tokens.errorString());
            const qint64 every = std::max<qint64>(1, sessions / sample);
            for (qint64 i = 0; i < sessions; ++i) {
                const QString t = token::generate(token::SessionPrefix);
                ins.addBindValue(userIds.at(int(i % userIds.size())));
                ins.addBindValue(token::hash(t));
                ins.addBindValue(now);
                ins.addBindValue(now + 3600 * 1000); // seen just now: validation writes nothing
                ins.addBindValue(now + 30LL * 24 * 3600 * 1000);
                ins.addBindValue(now + 30LL * 24 * 3600 * 1000);
                ins.addBindValue(QStringLiteral("10.%1.%2.%3").arg((i >> 16) & 255).arg((i >> 8) & 255).arg(i & 255));
                ins.addBindValue(QStringLiteral("Mozilla/5.0 (X11; Linux x86_64) bench"));
                if (!ins.exec())
                    die(ins.lastError().text());
                if (i % every == 0)
                    tokens.write(t.toLatin1() + '\n');
            }
            db.commit();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("fill"));
        QFile(done).open(QIODevice::WriteOnly);
        std::printf("  filled in %.1f s\n", fill.elapsed() / 1000.0);
    } else {
        std::printf("  reusing %s\n", qPrintable(path));
    }
    std::printf("  store file: %.0f MB\n", QFileInfo(path).size() / 1e6);

    QFile tokenFile(tokensPath);
    if (!tokenFile.open(QIODevice::ReadOnly))
        die(tokenFile.errorString());
    QStringList tokens;
    while (!tokenFile.atEnd())
        tokens << QString::fromLatin1(tokenFile.readLine().trimmed());
    // Random order: no help from the page cache's locality.
    std::shuffle(tokens.begin(), tokens.end(), *QRandomGenerator::global());

    auto auth = AuthService::open(options, keyPath);
    if (!auth.ok())
        die(auth.message());

    // The baseline: what any validation has to do at least.
    QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
    raw.setDatabaseName(path);
    raw.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!raw.open())
        die(raw.lastError().text());
    QSqlQuery lookup(raw);
    lookup.prepare(QStringLiteral("SELECT id, user_id, expires_at, revoked_at FROM sessions WHERE token_hash = ?"));
    qint64 found = 0;
    const double bare = perSecond(tokens.size(), [&] {
        for (const QString &t : std::as_const(tokens)) {
            lookup.addBindValue(token::hash(t));
            lookup.exec();
            found += lookup.next() ? 1 : 0;
            lookup.finish();
        }
    });
    qint64 valid = 0;
    const double ours = perSecond(tokens.size(), [&] {
        for (const QString &t : std::as_const(tokens))
            valid += (*auth)->validate(t).ok() ? 1 : 0;
    });
    std::printf("  %d tokens, random order, median of 3 passes (%lld valid of %lld)\n", int(tokens.size()),
                static_cast<long long>(valid), static_cast<long long>(3 * tokens.size()));
    line("baseline: SHA-256 + one SELECT by token_hash (bare QSqlQuery)", bare, 0);
    line("AuthService::validate (session token)", ours, bare);
    if (valid != 3 * tokens.size() || found != 3 * tokens.size())
        die(QStringLiteral("not every sampled token validated"));

    // JWT access tokens: AuthService::validate beside jwt::verify alone, on the same tokens.
    std::printf("== access tokens (EdDSA) ==\n");
    LocalStore &store = (*auth)->store();
    (void)store;
    QStringList access;
    for (int i = 0; i < 10; ++i) {
        LoginRequest r;
        r.identifier = QStringLiteral("user%1").arg(i, 4, 10, QLatin1Char('0'));
        r.password = userPassword;
        r.mode = TokenMode::Jwt;
        auto login = (*auth)->login(r);
        if (!login.ok())
            die(login.message());
        access << login->accessToken;
    }
    auto jwks = (*auth)->jwks();
    auto keys = jwt::parseJwks(jwks.value());
    if (!keys.ok())
        die(keys.message());
    const int rounds = 500;
    const double stateless = perSecond(qint64(rounds) * access.size(), [&] {
        jwt::Expectations e;
        for (int i = 0; i < rounds; ++i)
            for (const QString &t : std::as_const(access))
                valid += jwt::verify(t, keys.value(), e).valid() ? 1 : 0;
    });
    const double full = perSecond(qint64(rounds) * access.size(), [&] {
        for (int i = 0; i < rounds; ++i)
            for (const QString &t : std::as_const(access))
                valid += (*auth)->validate(t).ok() ? 1 : 0;
    });
    line("baseline: jwt::verify alone (signature and claims)", stateless, 0);
    line("AuthService::validate (+ deny list, not-before, family, account)", full, stateless);
    return 0;
}
