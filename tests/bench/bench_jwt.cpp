// JWT verification throughput: our jwt::verify beside the npm package jose (tests/fixtures/jose,
// run by Node) on the same tokens and keys, in the same run. Each side verifies one token after the
// other on one thread, with the whole check (structure, header, key, signature, iss/aud/typ/exp …);
// jose's figure times only its verify loop inside Node (no process start, no key import per token:
// createLocalJWKSet caches the public keys, and the HS256 secret is imported once).
//   bench_jwt [--iterations N] [--runs R] [--jose-dir DIR]
// Prints tokens per second, the median of R runs of N verifications, per algorithm and side.
#include "core/auth/Jwt.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <algorithm>
#include <cstdio>
#include <openssl/crypto.h>

using namespace authdesk;
using namespace authdesk::jwt;

namespace {

const QString Issuer = QStringLiteral("https://authdesk.test/bench");
const QString Audience = QStringLiteral("bench-api");
const QString AccessType = QStringLiteral("at+jwt");

QString b64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// Median tokens/s of `runs` runs of `iterations` verifications; -1 if a verification failed.
double oursPerSecond(const QString &token, const QList<Key> &keys, const Expectations &expect, int iterations, int runs)
{
    for (int i = 0; i < std::min(1000, iterations); ++i)
        if (!verify(token, keys, expect).valid())
            return -1;
    QList<double> rates;
    for (int run = 0; run < runs; ++run) {
        int failures = 0;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < iterations; ++i)
            failures += verify(token, keys, expect).valid() ? 0 : 1;
        const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
        if (failures > 0)
            return -1;
        rates << iterations / seconds;
    }
    std::sort(rates.begin(), rates.end());
    return rates.at(rates.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int iterations = 20000;
    int runs = 3;
    QString joseDir = QStringLiteral(JOSE_FIXTURE_DIR);
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--iterations") && i + 1 < args.size())
            iterations = std::max(1, args.at(++i).toInt());
        else if (args.at(i) == QLatin1String("--runs") && i + 1 < args.size())
            runs = std::max(1, args.at(++i).toInt());
        else if (args.at(i) == QLatin1String("--jose-dir") && i + 1 < args.size())
            joseDir = args.at(++i);
        else {
            std::fprintf(stderr, "usage: bench_jwt [--iterations N] [--runs R] [--jose-dir DIR]\n");
            return 2;
        }
    }

    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QJsonObject claims{{QStringLiteral("iss"), Issuer},
                             {QStringLiteral("aud"), Audience},
                             {QStringLiteral("sub"), QStringLiteral("user-1")},
                             {QStringLiteral("jti"), QStringLiteral("3f9a0c2e-bench")},
                             {QStringLiteral("iat"), now},
                             {QStringLiteral("exp"), now + 3600},
                             {QStringLiteral("sid"), 12345},
                             {QStringLiteral("scope"), QStringLiteral("users.read users.write")}};
    const QList<Algorithm> algorithms{Algorithm::HS256, Algorithm::ES256, Algorithm::EdDSA};
    QList<Key> keys;
    QJsonObject tokens;
    for (Algorithm alg : algorithms) {
        auto key = Key::generate(alg, QStringLiteral("bench-") + algorithmName(alg));
        if (!key.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(key.message()));
            return 1;
        }
        keys << key.value();
        const auto token = sign(key.value(), claims, AccessType);
        if (!token.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(token.message()));
            return 1;
        }
        tokens.insert(algorithmName(alg), token.value());
    }
    Expectations expect;
    expect.issuer = Issuer;
    expect.audience = Audience;
    expect.type = AccessType;

    QMap<QString, double> ours;
    for (Algorithm alg : algorithms)
        ours.insert(algorithmName(alg),
                    oursPerSecond(tokens.value(algorithmName(alg)).toString(), keys, expect, iterations, runs));

    // jose, on the same tokens and keys.
    QMap<QString, double> jose;
    QString joseError;
    QString nodeVersion;
    QString joseVersion;
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (node.isEmpty()) {
        joseError = QStringLiteral("node not found");
    } else if (!QFileInfo::exists(joseDir + QStringLiteral("/node_modules/jose/package.json"))) {
        joseError = QStringLiteral("jose not installed (npm ci in %1)").arg(joseDir);
    } else {
        QProcess version;
        version.start(node, {QStringLiteral("--version")});
        version.waitForFinished(30000);
        nodeVersion = QString::fromLatin1(version.readAllStandardOutput()).trimmed();
        QFile package(joseDir + QStringLiteral("/node_modules/jose/package.json"));
        if (package.open(QIODevice::ReadOnly))
            joseVersion =
                QJsonDocument::fromJson(package.readAll()).object().value(QLatin1String("version")).toString();
        const QJsonObject request{{QStringLiteral("jwks"), QJsonDocument::fromJson(toJwks(keys)).object()},
                                  {QStringLiteral("secret"), b64(keys.first().privateMaterial())},
                                  {QStringLiteral("issuer"), Issuer},
                                  {QStringLiteral("audience"), Audience},
                                  {QStringLiteral("typ"), AccessType},
                                  {QStringLiteral("tokens"), tokens},
                                  {QStringLiteral("iterations"), iterations},
                                  {QStringLiteral("runs"), runs}};
        QProcess proc;
        proc.setWorkingDirectory(joseDir);
        proc.start(node, {QStringLiteral("jose.mjs"), QStringLiteral("bench")});
        proc.write(QJsonDocument(request).toJson(QJsonDocument::Compact));
        proc.closeWriteChannel();
        if (!proc.waitForFinished(600000) || proc.exitCode() != 0) {
            joseError =
                QStringLiteral("node jose.mjs bench failed: %1").arg(QString::fromUtf8(proc.readAllStandardError()));
        } else {
            const QJsonObject out = QJsonDocument::fromJson(proc.readAllStandardOutput()).object();
            for (auto it = out.constBegin(); it != out.constEnd(); ++it)
                jose.insert(it.key(), it.value().toObject().value(QLatin1String("perSecond")).toDouble());
        }
    }

    std::printf("== JWT verification, single-threaded: AuthDesk jwt::verify (%s) vs jose %s (Node %s) ==\n",
                OpenSSL_version(OPENSSL_VERSION), qPrintable(joseVersion.isEmpty() ? QStringLiteral("-") : joseVersion),
                qPrintable(nodeVersion.isEmpty() ? QStringLiteral("-") : nodeVersion));
    std::printf("same tokens and keys on both sides; %d verifications per run, median of %d runs; tokens/s\n",
                iterations, runs);
    std::printf("  %-6s %14s %14s %10s\n", "alg", "AuthDesk", "jose", "ratio");
    for (Algorithm alg : algorithms) {
        const QString name = algorithmName(alg);
        const double a = ours.value(name);
        const double j = jose.value(name, -1);
        char ratio[32] = "-";
        if (a > 0 && j > 0)
            std::snprintf(ratio, sizeof ratio, "%.1fx", a / j);
        std::printf("  %-6s %14.0f %14s %10s\n", qPrintable(name), a,
                    j > 0 ? qPrintable(QString::number(j, 'f', 0)) : "-", ratio);
    }
    if (!joseError.isEmpty())
        std::printf("  (jose not measured: %s)\n", qPrintable(joseError));
    for (Algorithm alg : algorithms)
        if (ours.value(algorithmName(alg)) < 0) {
            std::fprintf(stderr, "bench_jwt: a %s token did not verify\n", qPrintable(algorithmName(alg)));
            return 1;
        }
    return joseError.isEmpty() ? 0 : 1;
}
