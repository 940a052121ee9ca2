#include "core/secrets/Keychain.h"

#include "core/crypto/SecureCompare.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusVariant>
#include <QDeadlineTimer>
#include <QLoggingCategory>
#include <QPromise>
#include <QThread>
#include <QTimer>
#include <qt6keychain/keychain.h>
#include <memory>
#include <openssl/crypto.h>

namespace authdesk {

namespace {

Q_LOGGING_CATEGORY(lcKeychain, "authdesk.keychain", QtWarningMsg)

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Keychain)
};

constexpr qsizetype maxKeyLength = 200;

// One process-wide thread for every Keychain. QtKeychain starts all jobs through a single
// JobExecutor that lives on the thread which started the first job and runs one job at a time;
// a per-instance thread would leave that executor on a finished thread, and every job of the next
// Keychain would wait for a signal nobody delivers.
QThread *keychainThread()
{
    static QThread *const thread = [] {
        auto *t = new QThread;
        t->setObjectName(QStringLiteral("authdesk-keychain"));
        t->start();
        qDBusRegisterMetaType<QMap<QString, QString>>();
        // Stopped with the application; never deleted, so a late caller cannot touch a dead object.
        qAddPostRoutine([] {
            keychainThread()->quit();
            keychainThread()->wait();
        });
        return t;
    }();
    return thread;
}

// Overwrites a buffer in place even while other QByteArrays still share it (QtKeychain keeps its own
// reference to the data of a job). Only for buffers nobody reads any more.
void wipeInPlace(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        OPENSSL_cleanse(const_cast<char *>(bytes.constData()), static_cast<size_t>(bytes.size()));
    bytes.clear();
}

Error noKeychainError()
{
    return makeError(ErrorCode::KeyUnavailable,
                     Tr::tr("No keychain is available on this desktop (no Secret Service); unlock with your password "
                            "instead."));
}

Error lockedError()
{
    return makeError(ErrorCode::PermissionDenied,
                     Tr::tr("The keychain refused access: it is locked, or access was declined. Unlock the keychain "
                            "and try again, or unlock with your password instead."));
}

Error timeoutError(std::chrono::milliseconds timeout)
{
    return makeError(ErrorCode::Internal,
                     Tr::tr("The keychain did not answer within %n second(s); unlock with your password instead.",
                            nullptr, static_cast<int>((timeout.count() + 999) / 1000)));
}

Status checkKey(const QString &key)
{
    if (key.isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("The keychain entry name is empty."));
    if (key.size() > maxKeyLength)
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("The keychain entry name is longer than %n character(s).", nullptr, maxKeyLength));
    for (const QChar c : key) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return makeError(ErrorCode::InvalidInput, Tr::tr("The keychain entry name contains a control character."));
    }
    return Done{};
}

// D-Bus methods of the bus itself, bounded by the operation's deadline.
QDBusMessage busCall(const QDBusConnection &bus, const QString &method, const QVariantList &args,
                     QDeadlineTimer deadline)
{
    QDBusMessage call =
        QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
                                       QStringLiteral("org.freedesktop.DBus"), method);
    call.setArguments(args);
    return bus.call(call, QDBus::Block, static_cast<int>(qMax<qint64>(1, deadline.remainingTime())));
}

// Whether any keychain QtKeychain can use on Linux is running or can be started on the session bus.
// libsecret reports a missing bus or service only as an opaque GLib error, so we ask first.
bool keychainReachable(QDeadlineTimer deadline)
{
    const QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        qCInfo(lcKeychain) << "no D-Bus session:" << bus.lastError().message();
        return false;
    }
    const QStringList names{QStringLiteral("org.freedesktop.secrets"), QStringLiteral("org.kde.kwalletd5"),
                            QStringLiteral("org.kde.kwalletd6")};
    for (const QString &name : names) {
        const QDBusMessage reply = busCall(bus, QStringLiteral("NameHasOwner"), {name}, deadline);
        if (reply.type() == QDBusMessage::ReplyMessage && reply.arguments().value(0).toBool())
            return true;
    }
    const QDBusMessage reply = busCall(bus, QStringLiteral("ListActivatableNames"), {}, deadline);
    if (reply.type() != QDBusMessage::ReplyMessage)
        return false;
    const QStringList activatable = reply.arguments().value(0).toStringList();
    for (const QString &name : names) {
        if (activatable.contains(name))
            return true;
    }
    qCInfo(lcKeychain) << "no Secret Service or KWallet on the session bus";
    return false;
}

struct Matches {
    qsizetype unlocked = 0;
    qsizetype locked = 0;
};

// The Secret Service's own view of an entry (the attributes QtKeychain's libsecret schema stores):
// how many matching items there are, unlocked and locked; nothing when the service cannot be asked
// (another backend such as KWallet). libsecret answers a lookup in a locked collection whose unlock
// prompt failed with "no password", and a delete there with success while the item stays; QtKeychain
// passes both on as EntryNotFound and NoError, so this is what tells "locked" from "absent" or "gone".
std::optional<Matches> secretServiceMatches(const QString &service, const QString &key, QDeadlineTimer deadline)
{
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
        QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("SearchItems"));
    const QMap<QString, QString> attributes{{QStringLiteral("user"), key}, {QStringLiteral("server"), service}};
    call.setArguments({QVariant::fromValue(attributes)});
    const QDBusMessage reply = QDBusConnection::sessionBus().call(
        call, QDBus::Block, static_cast<int>(qMax<qint64>(1, deadline.remainingTime())));
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().size() != 2) {
        qCInfo(lcKeychain) << "cannot search the Secret Service:" << reply.errorMessage();
        return std::nullopt;
    }
    Matches matches;
    matches.unlocked = qdbus_cast<QList<QDBusObjectPath>>(reply.arguments().at(0)).size();
    matches.locked = qdbus_cast<QList<QDBusObjectPath>>(reply.arguments().at(1)).size();
    return matches;
}

// Maps a finished job's error other than EntryNotFound.
Error jobError(const QKeychain::Job *job)
{
    switch (job->error()) {
    case QKeychain::NoBackendAvailable:
        return noKeychainError();
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return lockedError();
    default:
        return makeError(ErrorCode::Internal, Tr::tr("The keychain reported an error: %1").arg(job->errorString()));
    }
}

// One operation in flight, on the keychain thread: the promise is fulfilled exactly once, by the job
// or by the timeout, whichever comes first. The job is never deleted early (libsecret keeps a raw
// pointer to it until its callback runs); a job that outlives its timeout deletes itself when it ends.
template <typename T>
class Operation : public QObject {
public:
    Operation(std::shared_ptr<QPromise<T>> promise, std::chrono::milliseconds timeout)
        : m_promise(std::move(promise)), m_timeout(timeout), m_deadline(timeout.count())
    {}

    QDeadlineTimer deadline() const { return m_deadline; }

    void finish(T value)
    {
        if (m_done)
            return;
        m_done = true;
        m_promise->addResult(std::move(value));
        m_promise->finish();
    }

    // Starts the job; interpret(job) turns the finished job into the result.
    template <typename Interpret>
    void run(QKeychain::Job *job, const QString &what, Interpret interpret)
    {
        job->setAutoDelete(true);
        job->setInsecureFallback(false);
        QObject::connect(job, &QKeychain::Job::finished, this, [this, what, interpret](QKeychain::Job *finished) {
            if (m_done)
                qCWarning(lcKeychain) << what << "answered after the timeout:" << finished->error();
            else
                finish(interpret(finished));
            deleteLater();
        });
        auto *timer = new QTimer(this);
        timer->setSingleShot(true);
        QObject::connect(timer, &QTimer::timeout, this, [this, what] {
            qCWarning(lcKeychain) << what << "timed out after" << m_timeout.count() << "ms";
            finish(timeoutError(m_timeout));
        });
        timer->start(m_timeout);
        job->start();
    }

private:
    std::shared_ptr<QPromise<T>> m_promise;
    std::chrono::milliseconds m_timeout;
    QDeadlineTimer m_deadline;
    bool m_done = false;
};

template <typename T>
std::shared_ptr<QPromise<T>> startedPromise()
{
    auto promise = std::make_shared<QPromise<T>>();
    promise->start();
    return promise;
}

template <typename T>
QFuture<T> finished(T value)
{
    QPromise<T> promise;
    promise.start();
    promise.addResult(std::move(value));
    promise.finish();
    return promise.future();
}

} // namespace

Keychain::Keychain(QString service) : m_service(std::move(service)), m_context(new QObject)
{
    m_context->moveToThread(keychainThread());
}

Keychain::~Keychain()
{
    // Runs after the work already queued through the context; started operations do not need it.
    m_context->deleteLater();
}

void Keychain::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeoutMs.store(qMax<qint64>(1, timeout.count()));
}

QFuture<Result<std::optional<QByteArray>>> Keychain::read(const QString &key)
{
    using T = Result<std::optional<QByteArray>>;
    if (const Status valid = checkKey(key); !valid)
        return finished<T>(valid.error());
    auto promise = startedPromise<T>();
    QFuture<T> future = promise->future();
    const std::chrono::milliseconds timeout{m_timeoutMs.load()};
    QMetaObject::invokeMethod(
        m_context,
        [promise, timeout, key, service = m_service] {
            auto *op = new Operation<T>(promise, timeout);
            if (!keychainReachable(op->deadline())) {
                op->finish(noKeychainError());
                delete op;
                return;
            }
            qCDebug(lcKeychain) << "reading" << key;
            auto *job = new QKeychain::ReadPasswordJob(service);
            job->setKey(key);
            const QDeadlineTimer deadline = op->deadline();
            op->run(job, QStringLiteral("read"), [key, service, deadline](QKeychain::Job *finishedJob) -> T {
                auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(finishedJob);
                if (readJob->error() == QKeychain::EntryNotFound) {
                    const auto matches = secretServiceMatches(service, key, deadline);
                    if (matches && matches->locked > 0)
                        return lockedError();
                    qCDebug(lcKeychain) << key << "is not in the keychain";
                    return std::optional<QByteArray>();
                }
                if (readJob->error() != QKeychain::NoError)
                    return jobError(readJob);
                QByteArray shared = readJob->binaryData();
                // Our own buffer for the caller; the job's copy is wiped before the job frees it.
                QByteArray secret(shared.constData(), shared.size());
                wipeInPlace(shared);
                if (secret.isEmpty())
                    return makeError(
                        ErrorCode::Integrity,
                        Tr::tr("The keychain entry %1 is empty; remove it and store the key again.").arg(key));
                return std::optional<QByteArray>(std::move(secret));
            });
        },
        Qt::QueuedConnection);
    return future;
}

QFuture<Status> Keychain::write(const QString &key, const QByteArray &secret)
{
    if (const Status valid = checkKey(key); !valid)
        return finished<Status>(valid.error());
    if (secret.isEmpty())
        return finished<Status>(
            makeError(ErrorCode::InvalidInput, Tr::tr("The secret to store in the keychain is empty.")));
    if (secret.size() > maxSecretSize)
        return finished<Status>(makeError(ErrorCode::InvalidInput,
                                          Tr::tr("The secret to store in the keychain is longer than %n byte(s).",
                                                 nullptr, static_cast<int>(maxSecretSize))));
    auto promise = startedPromise<Status>();
    QFuture<Status> future = promise->future();
    const std::chrono::milliseconds timeout{m_timeoutMs.load()};
    // A buffer of our own that we can wipe once the job is done with it, whatever the caller does with theirs.
    auto copy = std::make_shared<QByteArray>(secret.constData(), secret.size());
    QMetaObject::invokeMethod(
        m_context,
        [promise, timeout, key, copy, service = m_service] {
            auto *op = new Operation<Status>(promise, timeout);
            if (!keychainReachable(op->deadline())) {
                wipeInPlace(*copy);
                op->finish(noKeychainError());
                delete op;
                return;
            }
            qCDebug(lcKeychain) << "writing" << key;
            auto *job = new QKeychain::WritePasswordJob(service);
            job->setKey(key);
            job->setBinaryData(*copy);
            op->run(job, QStringLiteral("write"), [copy](QKeychain::Job *finishedJob) -> Status {
                wipeInPlace(*copy);
                if (finishedJob->error() != QKeychain::NoError)
                    return jobError(finishedJob);
                return Done{};
            });
        },
        Qt::QueuedConnection);
    return future;
}

QFuture<Status> Keychain::remove(const QString &key)
{
    if (const Status valid = checkKey(key); !valid)
        return finished<Status>(valid.error());
    auto promise = startedPromise<Status>();
    QFuture<Status> future = promise->future();
    const std::chrono::milliseconds timeout{m_timeoutMs.load()};
    QMetaObject::invokeMethod(
        m_context,
        [promise, timeout, key, service = m_service] {
            auto *op = new Operation<Status>(promise, timeout);
            if (!keychainReachable(op->deadline())) {
                op->finish(noKeychainError());
                delete op;
                return;
            }
            qCDebug(lcKeychain) << "removing" << key;
            auto *job = new QKeychain::DeletePasswordJob(service);
            job->setKey(key);
            const QDeadlineTimer deadline = op->deadline();
            op->run(job, QStringLiteral("remove"), [key, service, deadline](QKeychain::Job *finishedJob) -> Status {
                if (finishedJob->error() != QKeychain::NoError && finishedJob->error() != QKeychain::EntryNotFound)
                    return jobError(finishedJob);
                const auto matches = secretServiceMatches(service, key, deadline);
                if (matches && matches->locked > 0)
                    return lockedError();
                if (matches && matches->unlocked > 0)
                    return makeError(ErrorCode::Internal,
                                     Tr::tr("The keychain entry %1 is still there after removing it.").arg(key));
                return Done{};
            });
        },
        Qt::QueuedConnection);
    return future;
}

} // namespace authdesk
