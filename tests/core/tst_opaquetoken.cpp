// Opaque bearer tokens: their shape, their randomness and what the store keeps of them (a SHA-256
// an independent implementation agrees with), and the strict check of what a caller presents.

#include "core/auth/OpaqueToken.h"

#include <QCryptographicHash>
#include <QSet>
#include <QTest>

using namespace authdesk;

class TestOpaqueToken : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void shapeAndPrefix()
    {
        const QString t = token::generate(token::SessionPrefix);
        QVERIFY(t.startsWith(QLatin1String("ads_")));
        QCOMPARE(t.size(), 4 + 43);
        QVERIFY(token::isWellFormed(t, token::SessionPrefix));
        // A session token is not a refresh token, whatever its body.
        QVERIFY(!token::isWellFormed(t, token::RefreshPrefix));
        QVERIFY(token::isWellFormed(token::generate(token::RefreshPrefix), token::RefreshPrefix));
    }

    void tokensDiffer()
    {
        QSet<QString> seen;
        for (int i = 0; i < 2000; ++i)
            seen.insert(token::generate(token::ResetPasswordPrefix));
        QCOMPARE(seen.size(), 2000);
    }

    void hashIsSha256OfTheText()
    {
        const QString t = token::generate(token::VerifyEmailPrefix);
        const QByteArray h = token::hash(t);
        QCOMPARE(h.size(), 32);
        QCOMPARE(h, QCryptographicHash::hash(t.toUtf8(), QCryptographicHash::Sha256));
        QVERIFY(token::hash(t + QLatin1Char('x')) != h);
    }

    void malformedRefused_data()
    {
        QTest::addColumn<QString>("text");
        const QString good = token::generate(token::SessionPrefix);
        const QString body = good.mid(4);
        QTest::newRow("empty") << QString();
        QTest::newRow("prefix only") << QStringLiteral("ads_");
        QTest::newRow("no prefix") << body;
        QTest::newRow("short") << good.left(good.size() - 1);
        QTest::newRow("long") << good + QLatin1Char('A');
        QTest::newRow("padding") << good.left(good.size() - 1) + QLatin1Char('=');
        QTest::newRow("plus") << good.left(good.size() - 1) + QLatin1Char('+');
        QTest::newRow("slash") << good.left(good.size() - 1) + QLatin1Char('/');
        QTest::newRow("space") << good.left(good.size() - 1) + QLatin1Char(' ');
        QTest::newRow("non-ascii") << good.left(good.size() - 1) + QChar(0x00e9);
        QTest::newRow("uppercase prefix") << QStringLiteral("ADS_") + body;
    }

    void malformedRefused()
    {
        QFETCH(QString, text);
        QVERIFY(!token::isWellFormed(text, token::SessionPrefix));
    }
};

QTEST_GUILESS_MAIN(TestOpaqueToken)
#include "tst_opaquetoken.moc"
