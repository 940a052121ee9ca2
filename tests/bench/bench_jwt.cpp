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
#include <ctime>
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

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    return QString::fromLatin1(file.readAll()).section(u' ', 0, 2);
}

double processCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

// Tokens per second by the wall clock and per second of process CPU time (which other processes on a
// loaded machine do not inflate), each the median of `runs` runs; -1 if a verification failed.
struct Rate {
    double wall = -1;
    double cpu = -1;
};

Rate oursPerSecond(const QString &token, const QList<Key> &keys, const Expectations &expect, int iterations, int runs)
{
    for (int i = 0; i < std::min(1000, iterations); ++i)
        if (!verify(token, keys, expect).valid())
            return {};
    QList<double> wall;
    QList<double> cpu;
    for (int run = 0; run < runs; ++run) {
        int failures = 0;
        QElapsedTimer timer;
        const double cpu0 = processCpuSeconds();
        timer.start();
        for (int i = 0; i < iterations; ++i)
            failures += verify(token, keys, expect).valid() ? 0 : 1;
        const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
        const double cpuSeconds = processCpuSeconds() - cpu0;
        if (failures > 0)
            return {};
        wall << iterations / seconds;
        cpu << iterations / cpuSeconds;
    }
    return {median(wall), median(cpu)};
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

    QMap<QString, Rate> ours;
    for (Algorithm alg : algorithms)
        ours.insert(algorithmName(alg),
                    oursPerSecond(tokens.value(algorithmName(alg)).toString(), keys, expect, iterations, runs));

    // jose, on the same tokens and keys.
    QMap<QString, Rate> jose;
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
                jose.insert(it.key(),
                            Rate{it.value().toObject().value(QLatin1String("perSecond")).toDouble(),
                                 it.value().toObject().value(QLatin1String("perCpuSecond")).toDouble()});
        }
    }

    std::printf("== JWT verification, single-threaded: AuthDesk jwt::verify (%s) vs jose %s (Node %s) ==\n",
                OpenSSL_version(OPENSSL_VERSION), qPrintable(joseVersion.isEmpty() ? QStringLiteral("-") : joseVersion),
                qPrintable(nodeVersion.isEmpty() ? QStringLiteral("-") : nodeVersion));
    std::printf("same tokens and keys on both sides; %d verifications per run, median of %d runs; tokens/s\n",
                iterations, runs);
    std::printf("  %-6s %28s   %28s\n", "", "per second of wall clock", "per second of process CPU");
    std::printf("  %-6s %10s %10s %6s   %10s %10s %6s\n", "alg", "AuthDesk", "jose", "ratio", "AuthDesk", "jose",
                "ratio");
    const auto cell = [](double v) { return v > 0 ? QString::number(v, 'f', 0) : QStringLiteral("-"); };
    const auto ratio = [](double a, double j) {
        return a > 0 && j > 0 ? QString::number(a / j, 'f', 1) + QLatin1Char('x') : QStringLiteral("-");
    };
    for (Algorithm alg : algorithms) {
        const QString name = algorithmName(alg);
        const Rate a = ours.value(name);
        const Rate j = jose.value(name);
        std::printf("  %-6s %10s %10s %6s   %10s %10s %6s\n", qPrintable(name), qPrintable(cell(a.wall)),
                    qPrintable(cell(j.wall)), qPrintable(ratio(a.wall, j.wall)), qPrintable(cell(a.cpu)),
                    qPrintable(cell(j.cpu)), qPrintable(ratio(a.cpu, j.cpu)));
    }
    std::printf("  (load average %s; wall-clock figures under load are noisy, CPU figures less so. jose's CPU\n"
                "  time is Node's whole process, its garbage-collector threads included.)\n",
                qPrintable(loadAverage()));
    if (!joseError.isEmpty())
        std::printf("  (jose not measured: %s)\n", qPrintable(joseError));
    for (Algorithm alg : algorithms)
        if (ours.value(algorithmName(alg)).wall < 0) {
            std::fprintf(stderr, "bench_jwt: a %s token did not verify\n", qPrintable(algorithmName(alg)));
            return 1;
        }
    return joseError.isEmpty() ? 0 : 1;
}
