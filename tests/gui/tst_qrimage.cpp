// QR codes for enrollment: otpauth URIs (ASCII, non-ASCII, long) rendered to PNG and read back by
// an independent decoder (zbarimg, Debian zbar-tools) exactly; the image is crisp (two colours,
// whole pixels per module), has its white 4-module quiet zone and is readable by its owner only.

#include "core/crypto/Otp.h"
#include "core/crypto/OtpAuthUri.h"
#include "core/crypto/QrCode.h"
#include "models/QrImage.h"
#include "tests/support/StoreFixture.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace authdesk;
using namespace authdesk::crypto;
using namespace authdesk::test;

namespace {

QString otpauthUri(const QString &issuer, const QString &account, int secretBytes, OtpAlgorithm algorithm, int digits)
{
    OtpAuthUri u;
    u.issuer = issuer;
    u.account = account;
    u.secret = generateOtpSecret(secretBytes);
    u.params.algorithm = algorithm;
    u.params.digits = digits;
    const Result<QString> built = buildOtpAuthUri(u);
    return built.ok() ? built.value() : QString();
}

// zbarimg's text, or a failed test naming the package when the tool is missing.
QByteArray zbarDecode(const QString &path)
{
    if (QStandardPaths::findExecutable(QStringLiteral("zbarimg")).isEmpty()) {
        QTest::qFail("zbarimg is not installed: install the Debian package zbar-tools", __FILE__, __LINE__);
        return QByteArray();
    }
    QProcess p;
    // -Sbinary: the decoded bytes as they are, with no character set guessed and converted.
    p.start(QStringLiteral("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"), QStringLiteral("-Sbinary"), path});
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        QTest::qFail(qPrintable(QStringLiteral("zbarimg found no QR code in %1 (exit %2): %3")
                                    .arg(path)
                                    .arg(p.exitCode())
                                    .arg(QString::fromUtf8(p.readAllStandardError()))),
                     __FILE__, __LINE__);
        return QByteArray();
    }
    return p.readAllStandardOutput();
}

} // namespace

class TestQrImage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void zbarReadsTheUri_data();
    void zbarReadsTheUri();
    void crispWithQuietZone_data();
    void crispWithQuietZone();
    void finderPatternsInTheCorners();
    void fittingSize();
    void refusals();
    void saveRefusesInvalidCodes();

private:
    QTemporaryDir m_dir;
};

void TestQrImage::zbarReadsTheUri_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("scale");
    QTest::newRow("ASCII URI") << otpauthUri(QStringLiteral("ACME Co"), QStringLiteral("john.doe@email.com"), 20,
                                             OtpAlgorithm::Sha1, 6).toUtf8() << 8;
    QTest::newRow("non-ASCII URI") << otpauthUri(QStringLiteral("Müller & Söhne 東京"), QStringLiteral("jürgen.weiß+otp@example.de"),
                                                 20, OtpAlgorithm::Sha256, 8).toUtf8() << 6;
    QTest::newRow("long URI") << otpauthUri(QString(120, QLatin1Char('I')) + QStringLiteral(" Ünïcode"),
                                            QString(200, QLatin1Char('a')) + QStringLiteral("@example.com"), 64,
                                            OtpAlgorithm::Sha512, 8).toUtf8() << 4;
    QTest::newRow("smallest scale") << otpauthUri(QStringLiteral("X"), QStringLiteral("y"), 16, OtpAlgorithm::Sha1, 6).toUtf8() << 2;
    // Raw UTF-8 (not a URI) stays byte for byte in 8-bit mode.
    QTest::newRow("raw UTF-8") << QStringLiteral("Grüße aus Köln, 東京 \U0001F510").toUtf8() << 8;
}

void TestQrImage::zbarReadsTheUri()
{
    QFETCH(QByteArray, data);
    QFETCH(int, scale);
    QVERIFY(!data.isEmpty());
    QVERIFY(m_dir.isValid());
    const QrCode code = QrCode::encode(data);
    QVERIFY2(code.isValid(), qPrintable(code.errorString()));
    QVERIFY(code.errorString().isEmpty());
    QCOMPARE(code.size(), 17 + 4 * code.version());
    const QString path = m_dir.filePath(QStringLiteral("%1.png").arg(QString::fromLatin1(QTest::currentDataTag())));
    const Status saved = saveQrPng(code, path, scale);
    QVERIFY2(saved.ok(), qPrintable(describe(saved)));
    // The image holds the secret: the owner's alone.
    QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                                         | QFileDevice::WriteOther),
             QFileDevice::Permissions());
    QByteArray decoded = zbarDecode(path);
    if (QTest::currentTestFailed())
        return;
    if (decoded.endsWith('\n'))
        decoded.chop(1);
    QCOMPARE(decoded, data);
}

void TestQrImage::crispWithQuietZone_data()
{
    QTest::addColumn<int>("scale");
    QTest::addColumn<int>("quietZone");
    QTest::newRow("scale 1") << 1 << 4;
    QTest::newRow("scale 3") << 3 << 4;
    QTest::newRow("scale 8") << 8 << 4;
    QTest::newRow("quiet zone 6") << 5 << 6;
}

void TestQrImage::crispWithQuietZone()
{
    QFETCH(int, scale);
    QFETCH(int, quietZone);
    const QrCode code = QrCode::encode(otpauthUri(QStringLiteral("ACME"), QStringLiteral("alice"), 20, OtpAlgorithm::Sha1, 6).toUtf8());
    QVERIFY(code.isValid());
    const QImage rendered = renderQrImage(code, scale, quietZone);
    QVERIFY(!rendered.isNull());
    // Read back from PNG, as a viewer would see it, in 32-bit colour.
    const QString path = m_dir.filePath(QStringLiteral("crisp.png"));
    QVERIFY(rendered.save(path, "PNG"));
    const QImage image = QImage(path).convertToFormat(QImage::Format_ARGB32);
    const int side = (code.size() + 2 * quietZone) * scale;
    QCOMPARE(image.width(), side);
    QCOMPARE(image.height(), side);
    const QRgb white = qRgb(255, 255, 255);
    const QRgb black = qRgb(0, 0, 0);
    QSet<QRgb> colours;
    int dark = 0;
    for (int y = 0; y < side; ++y) {
        for (int x = 0; x < side; ++x) {
            const QRgb px = image.pixel(x, y);
            colours.insert(px);
            const int mx = x / scale - quietZone;
            const int my = y / scale - quietZone;
            // Each pixel is exactly its module's colour: no smoothing, no fractional scale; the
            // quiet zone (mx or my outside the symbol) is white.
            const QRgb expected = code.isDark(mx, my) ? black : white;
            if (px != expected)
                QFAIL(qPrintable(QStringLiteral("pixel (%1, %2) of module (%3, %4) is %5")
                                     .arg(x).arg(y).arg(mx).arg(my).arg(px, 8, 16, QLatin1Char('0'))));
            dark += px == black ? 1 : 0;
        }
    }
    QCOMPARE(colours, (QSet<QRgb>{white, black}));
    QVERIFY(dark > 0);
    for (int i = 0; i < side; ++i) {
        for (int b = 0; b < quietZone * scale; ++b) {
            QCOMPARE(image.pixel(i, b), white);
            QCOMPARE(image.pixel(b, i), white);
            QCOMPARE(image.pixel(i, side - 1 - b), white);
            QCOMPARE(image.pixel(side - 1 - b, i), white);
        }
    }
}

void TestQrImage::finderPatternsInTheCorners()
{
    const QrCode code = QrCode::encode(QByteArrayLiteral("otpauth://totp/A:b?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"));
    QVERIFY(code.isValid());
    const int n = code.size();
    // The 7×7 finder patterns (dark ring, light ring, dark 3×3 core) at three corners, light separators.
    for (const auto &[ox, oy] : {std::pair{0, 0}, std::pair{n - 7, 0}, std::pair{0, n - 7}}) {
        for (int i = 0; i < 7; ++i) {
            QVERIFY(code.isDark(ox + i, oy));
            QVERIFY(code.isDark(ox + i, oy + 6));
            QVERIFY(code.isDark(ox, oy + i));
            QVERIFY(code.isDark(ox + 6, oy + i));
        }
        for (int i = 1; i < 6; ++i) {
            QVERIFY(!code.isDark(ox + i, oy + 1));
            QVERIFY(!code.isDark(ox + 1, oy + i));
        }
        QVERIFY(code.isDark(ox + 3, oy + 3));
    }
    QVERIFY(!code.isDark(7, 0));
    QVERIFY(!code.isDark(n - 8, 0));
    // Outside the symbol: light (the quiet zone).
    QVERIFY(!code.isDark(-1, 0));
    QVERIFY(!code.isDark(0, -1));
    QVERIFY(!code.isDark(n, 0));
    QVERIFY(!code.isDark(0, n));
    // Copies share the symbol and stay valid after the original is gone.
    QrCode copy;
    {
        const QrCode original = QrCode::encode(QByteArrayLiteral("copy me"));
        copy = original;
    }
    QVERIFY(copy.isValid());
    QVERIFY(copy.isDark(0, 0));
    QrCode moved = std::move(copy);
    QVERIFY(moved.isValid());
}

void TestQrImage::fittingSize()
{
    const QrCode code = QrCode::encode(otpauthUri(QStringLiteral("ACME"), QStringLiteral("alice"), 20, OtpAlgorithm::Sha1, 6).toUtf8());
    QVERIFY(code.isValid());
    const int modules = code.size() + 2 * QrQuietZoneModules;
    for (const int maxPixels : {modules, modules + 1, 2 * modules - 1, 2 * modules, 300, 512, 1000}) {
        const int scale = qrModuleScaleFor(code, maxPixels);
        QCOMPARE(scale, maxPixels / modules);
        const QImage image = renderQrImageFitting(code, maxPixels);
        QVERIFY(!image.isNull());
        QCOMPARE(image.width(), modules * scale);
        QVERIFY(image.width() <= maxPixels);
        QVERIFY(image.width() + modules > maxPixels); // the largest whole scale that fits
    }
    QCOMPARE(qrModuleScaleFor(code, modules - 1), 0);
    QVERIFY(renderQrImageFitting(code, modules - 1).isNull());
}

void TestQrImage::refusals()
{
    const QrCode empty = QrCode::encode(QByteArray());
    QVERIFY(!empty.isValid());
    QCOMPARE(empty.size(), 0);
    QVERIFY(!empty.isDark(0, 0));
    QCOMPARE(empty.errorString(), QStringLiteral("There is no text to put in the QR code."));
    const QrCode nul = QrCode::encode(QByteArray("otpauth\0evil", 12));
    QVERIFY(!nul.isValid());
    QVERIFY2(nul.errorString().contains(QStringLiteral("NUL")), qPrintable(nul.errorString()));
    // Version 40-M holds 2331 bytes in 8-bit mode.
    const QrCode tooLong = QrCode::encode(QByteArray(4000, 'a'));
    QVERIFY(!tooLong.isValid());
    QCOMPARE(tooLong.errorString(), QStringLiteral("The text is too long for a QR code (4000 bytes)."));
    QVERIFY(QrCode().size() == 0 && !QrCode().isValid());

    const QrCode code = QrCode::encode(QByteArrayLiteral("fine"));
    QVERIFY(code.isValid());
    QVERIFY(!renderQrImage(code, 1).isNull());
    QVERIFY(renderQrImage(code, 0).isNull());
    QVERIFY(renderQrImage(code, -3).isNull());
    QVERIFY(renderQrImage(code, 4, -1).isNull());
    QVERIFY(renderQrImage(code, 100000).isNull());
    QVERIFY(renderQrImage(empty, 4).isNull());
}

void TestQrImage::saveRefusesInvalidCodes()
{
    const QString path = m_dir.filePath(QStringLiteral("never.png"));
    const Status invalid = saveQrPng(QrCode::encode(QByteArray()), path);
    QCOMPARE(invalid.code(), ErrorCode::InvalidInput);
    QVERIFY2(invalid.message().contains(QStringLiteral("There is no QR code to save")), qPrintable(invalid.message()));
    const Status badScale = saveQrPng(QrCode::encode(QByteArrayLiteral("fine")), path, 0);
    QCOMPARE(badScale.code(), ErrorCode::InvalidInput);
    QVERIFY2(badScale.message().contains(QStringLiteral("cannot be drawn at 0 pixels per module")),
             qPrintable(badScale.message()));
    const Status noFolder = saveQrPng(QrCode::encode(QByteArrayLiteral("fine")), m_dir.filePath(QStringLiteral("no/such/dir.png")));
    QVERIFY(!noFolder.ok());
    QVERIFY2(noFolder.message().contains(QStringLiteral("Cannot write the QR code image")), qPrintable(noFolder.message()));
    QVERIFY(!QFile::exists(path));
}

QTEST_MAIN(TestQrImage)
#include "tst_qrimage.moc"
