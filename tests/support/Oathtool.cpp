#include "tests/support/Oathtool.h"

#include "core/crypto/Base32.h"
#include "core/crypto/Otp.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

namespace authdesk::test {

QString oathtoolTotp(const crypto::OtpAuthUri &key, const QDateTime &at)
{
    if (QStandardPaths::findExecutable(QStringLiteral("oathtool")).isEmpty()) {
        QTest::qFail("oathtool is not installed: install the Debian package oathtool", __FILE__, __LINE__);
        return QString();
    }
    QProcess p;
    p.start(QStringLiteral("oathtool"),
            {QStringLiteral("--totp=") + crypto::otpAlgorithmName(key.params.algorithm).toLower(),
             QStringLiteral("--base32"), QStringLiteral("--digits=%1").arg(key.params.digits),
             QStringLiteral("--time-step-size=%1s").arg(key.params.period),
             QStringLiteral("--now=@%1").arg(at.toSecsSinceEpoch()), crypto::base32Encode(key.secret)});
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        QTest::qFail(qPrintable(QStringLiteral("oathtool failed: ") + QString::fromUtf8(p.readAllStandardError())),
                     __FILE__, __LINE__);
        return QString();
    }
    return QString::fromLatin1(p.readAllStandardOutput()).trimmed();
}

QString oathtoolTotp(const QString &uri, const QDateTime &at)
{
    auto key = crypto::parseOtpAuthUri(uri);
    if (!key.ok()) {
        QTest::qFail(qPrintable(QStringLiteral("not an otpauth URI: ") + key.message()), __FILE__, __LINE__);
        return QString();
    }
    return oathtoolTotp(key.value(), at);
}

} // namespace authdesk::test
