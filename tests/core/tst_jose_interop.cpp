// Our JWTs against an independent implementation, the npm package jose (tests/fixtures/jose, pinned by
// its package-lock.json, run by Node): tokens we sign verify in jose (HS256 with the secret handed over,
// ES256 and EdDSA through our JWKS and jose's createLocalJWKSet, issuer, audience and typ checked);
// tokens jose signs with keys it generates verify in ours; and tampered tokens are refused by jose too,
// so the check can fail.

#include "core/auth/Jwt.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace authdesk;
using namespace authdesk::jwt;

namespace {

const QString Issuer = QStringLiteral("https://authdesk.test/interop");
const QString Audience = QStringLiteral("interop-api");
const QString AccessType = QStringLiteral("at+jwt");

QString b64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// Runs `node jose.mjs COMMAND` with the request on standard input; the answer, or an error saying why not.
QJsonDocument runJose(const QString &command, const QJsonObject &request, QString *error)
{
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (node.isEmpty()) {
        *error = QStringLiteral("node not found: install Node.js (Debian package nodejs)");
        return {};
    }
    const QString dir = QStringLiteral(JOSE_FIXTURE_DIR);
    if (!QFileInfo::exists(dir + QStringLiteral("/node_modules/jose/package.json"))) {
        *error = QStringLiteral("jose is not installed: run scripts/setup.sh (npm ci in tests/fixtures/jose)");
        return {};
    }
    QProcess proc;
    proc.setWorkingDirectory(dir);
    proc.start(node, {QStringLiteral("jose.mjs"), command});
    if (!proc.waitForStarted(30000)) {
        *error = QStringLiteral("node did not start: %1").arg(proc.errorString());
        return {};
    }
    proc.write(QJsonDocument(request).toJson(QJsonDocument::Compact));
    proc.closeWriteChannel();
    if (!proc.waitForFinished(120000)) {
        proc.kill();
        proc.waitForFinished();
        *error = QStringLiteral("node jose.mjs %1 did not finish in 2 minutes").arg(command);
        return {};
    }
    if (proc.exitStatus() != QProcess::NormalExit || proc.exitCode() != 0) {
        *error = QStringLiteral("node jose.mjs %1 failed (exit %2): %3")
                     .arg(command)
                     .arg(proc.exitCode())
                     .arg(QString::fromUtf8(proc.readAllStandardError()));
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(proc.readAllStandardOutput(), &parseError);
    if (doc.isNull())
        *error = QStringLiteral("node jose.mjs %1 wrote no JSON: %2").arg(command, parseError.errorString());
    return doc;
}

Key makeKey(Algorithm alg, const QString &kid)
{
    auto key = Key::generate(alg, kid);
    if (!key.ok())
        qFatal("key generation failed: %s", qPrintable(key.message()));
    return key.value();
}

QJsonObject claimsFor(const QString &jti, const QString &issuer = Issuer)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    return QJsonObject{{QStringLiteral("iss"), issuer},
                       {QStringLiteral("aud"), Audience},
                       {QStringLiteral("sub"), QStringLiteral("user-42")},
                       {QStringLiteral("jti"), jti},
                       {QStringLiteral("iat"), now},
                       {QStringLiteral("nbf"), now},
                       {QStringLiteral("exp"), now + 600},
                       {QStringLiteral("name"), QStringLiteral("Zoë Ångström 中")}};
}

// The token with one claim changed and the signature kept.
QString tamperedClaims(const QString &token)
{
    QStringList parts = token.split(u'.');
    QJsonObject claims =
        QJsonDocument::fromJson(QByteArray::fromBase64(parts[1].toLatin1(), QByteArray::Base64UrlEncoding)).object();
    claims.insert(QLatin1String("sub"), QStringLiteral("admin"));
    parts[1] = b64(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    return parts.join(u'.');
}

QString flippedSignature(const QString &token)
{
    QStringList parts = token.split(u'.');
    QByteArray sig = QByteArray::fromBase64(parts[2].toLatin1(), QByteArray::Base64UrlEncoding);
    sig[5] = static_cast<char>(sig.at(5) ^ 0x04);
    parts[2] = b64(sig);
    return parts.join(u'.');
}

Expectations expectations()
{
    Expectations e;
    e.issuer = Issuer;
    e.audience = Audience;
    e.type = AccessType;
    return e;
}

} // namespace

class TestJoseInterop : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void oursVerifyInJose()
    {
        const Key hs = makeKey(Algorithm::HS256, QStringLiteral("ours-hs"));
        const Key es = makeKey(Algorithm::ES256, QStringLiteral("ours-es"));
        const Key ed = makeKey(Algorithm::EdDSA, QStringLiteral("ours-ed"));
        QStringList tokens;
        for (const Key &key : {hs, es, ed}) {
            const auto token = sign(key, claimsFor(QStringLiteral("jti-") + key.kid()), AccessType);
            QVERIFY2(token.ok(), qPrintable(token.message()));
            tokens << token.value();
        }
        const int good = static_cast<int>(tokens.size());
        // What jose must refuse: each token with its claims or its signature changed, and one signed
        // properly for another issuer.
        for (int i = 0; i < good; ++i)
            tokens << tamperedClaims(tokens.at(i)) << flippedSignature(tokens.at(i));
        const auto otherIssuer =
            sign(es, claimsFor(QStringLiteral("jti-x"), QStringLiteral("https://elsewhere")), AccessType);
        tokens << otherIssuer.value();
        // Ours refuses the same ones (a sanity check of the list).
        for (int i = 0; i < tokens.size(); ++i)
            QCOMPARE(verify(tokens.at(i), {hs, es, ed}, expectations()).valid(), i < good);

        const QByteArray secret = hs.privateMaterial();
        const QJsonObject request{
            {QStringLiteral("jwks"), QJsonDocument::fromJson(toJwks({hs, es, ed})).object()},
            {QStringLiteral("secret"), b64(secret)},
            {QStringLiteral("issuer"), Issuer},
            {QStringLiteral("audience"), Audience},
            {QStringLiteral("typ"), AccessType},
            {QStringLiteral("tokens"), QJsonArray::fromStringList(tokens)},
        };
        QString error;
        const QJsonDocument answer = runJose(QStringLiteral("verify"), request, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QJsonArray results = answer.array();
        QCOMPARE(results.size(), tokens.size());
        const QStringList kids{hs.kid(), es.kid(), ed.kid()};
        for (int i = 0; i < good; ++i) {
            const QJsonObject r = results.at(i).toObject();
            QVERIFY2(r.value(QLatin1String("ok")).toBool(),
                     qPrintable(kids.at(i) + QStringLiteral(": ") + r.value(QLatin1String("code")).toString()
                                + QStringLiteral(" ") + r.value(QLatin1String("message")).toString()));
            QCOMPARE(r.value(QLatin1String("kid")).toString(), kids.at(i));
            const QJsonObject payload = r.value(QLatin1String("payload")).toObject();
            QCOMPARE(payload.value(QLatin1String("sub")).toString(), QStringLiteral("user-42"));
            QCOMPARE(payload.value(QLatin1String("name")).toString(), QStringLiteral("Zoë Ångström 中"));
            QCOMPARE(payload.value(QLatin1String("jti")).toString(), QStringLiteral("jti-") + kids.at(i));
        }
        for (int i = good; i < results.size(); ++i) {
            const QJsonObject r = results.at(i).toObject();
            QVERIFY2(!r.value(QLatin1String("ok")).toBool(),
                     qPrintable(QStringLiteral("jose accepted token %1").arg(i)));
            const QString code = r.value(QLatin1String("code")).toString();
            const QString expected = i == results.size() - 1 ? QStringLiteral("ERR_JWT_CLAIM_VALIDATION_FAILED")
                                                             : QStringLiteral("ERR_JWS_SIGNATURE_VERIFICATION_FAILED");
            QCOMPARE(code, expected);
        }
    }

    void joseSignedVerifyInOurs()
    {
        QString error;
        const QJsonDocument answer = runJose(QStringLiteral("sign"),
                                             QJsonObject{{QStringLiteral("issuer"), Issuer},
                                                         {QStringLiteral("audience"), Audience},
                                                         {QStringLiteral("typ"), AccessType},
                                                         {QStringLiteral("subject"), QStringLiteral("user-7")}},
                                             &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QJsonObject out = answer.object();
        const auto keys = parseJwks(QJsonDocument(out.value(QLatin1String("jwks")).toObject()).toJson());
        QVERIFY2(keys.ok(), qPrintable(keys.message()));
        QCOMPARE(keys->size(), 2);
        const QByteArray secret = QByteArray::fromBase64(out.value(QLatin1String("secret")).toString().toLatin1(),
                                                         QByteArray::Base64UrlEncoding);
        const auto hs = Key::fromHmacSecret(QStringLiteral("jose-hs"), secret);
        QVERIFY2(hs.ok(), qPrintable(hs.message()));
        QList<Key> all = keys.value();
        all << hs.value();

        const QJsonObject tokens = out.value(QLatin1String("tokens")).toObject();
        const QList<QPair<QString, QString>> expected{{QStringLiteral("HS256"), QStringLiteral("jose-hs")},
                                                      {QStringLiteral("ES256"), QStringLiteral("jose-es")},
                                                      {QStringLiteral("EdDSA"), QStringLiteral("jose-ed")}};
        for (const auto &[alg, kid] : expected) {
            const QString token = tokens.value(alg).toString();
            QVERIFY2(!token.isEmpty(), qPrintable(alg));
            const Verification v = verify(token, all, expectations());
            QVERIFY2(
                v.valid(),
                qPrintable(alg + QStringLiteral(": ") + failureName(v.failure) + QStringLiteral(": ") + v.message));
            QCOMPARE(v.kid, kid);
            QCOMPARE(v.header.value(QLatin1String("alg")).toString(), alg);
            QCOMPARE(v.claims.value(QLatin1String("sub")).toString(), QStringLiteral("user-7"));
            QCOMPARE(v.claims.value(QLatin1String("sid")).toInt(), 7);
            // And ours refuses them tampered.
            QCOMPARE(verify(tamperedClaims(token), all, expectations()).failure, Failure::BadSignature);
            QCOMPARE(verify(flippedSignature(token), all, expectations()).failure, Failure::BadSignature);
            // Another audience is refused.
            Expectations otherAudience = expectations();
            otherAudience.audience = QStringLiteral("someone-else");
            QCOMPARE(verify(token, all, otherAudience).failure, Failure::WrongAudience);
        }
    }
};

QTEST_GUILESS_MAIN(TestJoseInterop)
#include "tst_jose_interop.moc"
