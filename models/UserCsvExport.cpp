#include "models/UserCsvExport.h"

#include "models/CsvWriter.h"
#include "models/UserPager.h"

#include <QCoreApplication>
#include <climits>

namespace authdesk {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(UserCsvExport)
};

QString isoUtc(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}
} // namespace

UserCsvExport::UserCsvExport(Directory *directory, Principal actor, UserQuery query, QString path, QObject *parent)
    : QObject(parent),
      m_path(std::move(path)),
      m_pager(new UserPager(directory, std::move(actor), std::move(query), this))
{
    connect(m_pager, &UserPager::pageReady, this, &UserCsvExport::onPage);
    connect(m_pager, &UserPager::finished, this, &UserCsvExport::onPagerFinished);
}

UserCsvExport::~UserCsvExport()
{
    if (m_file)
        m_file->cancelWriting(); // never commit half a list
}

void UserCsvExport::setPageSize(int users)
{
    m_pager->setPageSize(users);
}

bool UserCsvExport::isRunning() const
{
    return m_file != nullptr;
}

QString UserCsvExport::header()
{
    return csv::record({QStringLiteral("username"), QStringLiteral("email"), QStringLiteral("display_name"),
                        QStringLiteral("status"), QStringLiteral("disabled_reason"), QStringLiteral("disabled_until"),
                        QStringLiteral("roles"), QStringLiteral("created_at"), QStringLiteral("last_sign_in_at")});
}

QString UserCsvExport::row(const User &u)
{
    return csv::record({u.username, u.email, u.displayName,
                        u.status == UserStatus::Active ? QStringLiteral("active") : QStringLiteral("disabled"),
                        u.disabledReason, isoUtc(u.disabledUntil), u.roles.join(QLatin1Char(';')), isoUtc(u.createdAt),
                        isoUtc(u.lastSignInAt)});
}

void UserCsvExport::start()
{
    if (m_file)
        return;
    m_written = 0;
    m_failed = false;
    auto file = std::make_unique<QSaveFile>(m_path);
    if (!file->open(QIODevice::WriteOnly)) {
        const QString message = Tr::tr("Cannot write %1: %2").arg(m_path, file->errorString());
        QMetaObject::invokeMethod(
            this, [this, message] { Q_EMIT finished(false, message); }, Qt::QueuedConnection);
        return;
    }
    // Names and addresses of every user: for the owner of the file only.
    if (!file->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        file->cancelWriting();
        const QString message = Tr::tr("Cannot restrict %1 to its owner: %2").arg(m_path, file->errorString());
        QMetaObject::invokeMethod(
            this, [this, message] { Q_EMIT finished(false, message); }, Qt::QueuedConnection);
        return;
    }
    const QByteArray head = header().toUtf8();
    if (file->write(head) != head.size()) {
        file->cancelWriting();
        const QString message = Tr::tr("Cannot write %1: %2").arg(m_path, file->errorString());
        QMetaObject::invokeMethod(
            this, [this, message] { Q_EMIT finished(false, message); }, Qt::QueuedConnection);
        return;
    }
    m_file = std::move(file);
    m_pager->start();
}

void UserCsvExport::cancel()
{
    if (m_file)
        m_pager->cancel();
}

void UserCsvExport::onPage(const QList<User> &users)
{
    if (!m_file || m_failed)
        return;
    QByteArray chunk;
    for (const User &u : users)
        chunk += row(u).toUtf8();
    if (m_file->write(chunk) != chunk.size()) {
        m_failed = true;
        m_pager->cancel();
        finish(false, Tr::tr("Export failed: cannot write %1: %2").arg(m_path, m_file->errorString()));
        return;
    }
    m_written += users.size();
    Q_EMIT progress(m_written, std::max(m_pager->total(), m_written));
}

void UserCsvExport::onPagerFinished(const Status &status)
{
    if (!m_file)
        return;
    if (status.code() == ErrorCode::Canceled) {
        finish(false, Tr::tr("Export canceled; no file was written."));
        return;
    }
    if (!status.ok()) {
        finish(false, Tr::tr("Export failed: %1").arg(status.message()));
        return;
    }
    if (!m_file->commit()) {
        const QString message = Tr::tr("Export failed: cannot write %1: %2").arg(m_path, m_file->errorString());
        m_file.reset();
        Q_EMIT finished(false, message);
        return;
    }
    m_file.reset();
    Q_EMIT finished(
        true,
        Tr::tr("Exported %n user(s) to %1.", nullptr, static_cast<int>(std::min<qint64>(m_written, INT_MAX)))
            .arg(m_path));
}

void UserCsvExport::finish(bool ok, const QString &message)
{
    if (m_file) {
        m_file->cancelWriting();
        m_file.reset();
    }
    Q_EMIT finished(ok, message);
}

} // namespace authdesk
