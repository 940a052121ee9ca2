#include "core/audit/ChainKeyFile.h"

#include "core/crypto/Hmac.h"
#include "core/crypto/Random.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace authdesk::ChainKeyFile {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ChainKeyFile)
};
constexpr qsizetype KeySize = 32;
} // namespace

QString pathFor(const QString &keyDir, const QString &storeId)
{
    return QDir(keyDir).filePath(storeId + QStringLiteral(".audit-key"));
}

Result<QByteArray> load(const QString &keyDir, const QString &storeId)
{
    QFile file(pathFor(keyDir, storeId));
    if (!file.exists())
        return QByteArray();
    const auto perms = file.permissions();
    if (perms & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther))
        return makeError(ErrorCode::KeyUnavailable,
                         Tr::tr("The audit key file %1 can be read by other users; restrict it to its owner (chmod 600).")
                             .arg(file.fileName()));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::KeyUnavailable,
                         Tr::tr("Cannot read the audit key file %1: %2").arg(file.fileName(), file.errorString()));
    const QByteArray key = file.read(KeySize + 1);
    if (key.size() != KeySize)
        return makeError(ErrorCode::KeyUnavailable, Tr::tr("The audit key file %1 is damaged.").arg(file.fileName()));
    return key;
}

QString anchorPathFor(const QString &keyDir, const QString &storeId, const QString &storePath)
{
    const QByteArray where = QFileInfo(storePath).absoluteFilePath().toUtf8();
    const QString digest = QString::fromLatin1(crypto::sha256(where).toHex().left(16));
    return QDir(keyDir).filePath(storeId + QLatin1Char('.') + digest + QStringLiteral(".audit-head"));
}

Anchor readAnchor(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> parts = file.read(256).trimmed().split(' ');
    bool ok = false;
    const qint64 id = parts.size() == 2 ? parts.at(0).toLongLong(&ok) : 0;
    if (!ok || id < 1 || parts.at(1).size() != 64)
        return {};
    return Anchor{id, QString::fromLatin1(parts.at(1))};
}

void writeAnchor(const QString &path, const Anchor &anchor)
{
    // Not secret (an event number and its MAC), and the key folder is private anyway.
    const QString folder = QFileInfo(path).absolutePath();
    if (!QFileInfo::exists(folder)) {
        if (!QDir().mkpath(folder))
            return;
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return;
    file.write(QByteArray::number(anchor.id) + ' ' + anchor.hash.toLatin1() + '\n');
    if (file.commit())
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

} // namespace authdesk::ChainKeyFile
