// The OS keychain (core/secrets/Keychain) against real parts. This process runs the cases without a
// keychain (its session bus is a dead socket) and then runs itself again under
// tests/support/with-keyring.sh: a private D-Bus session with gnome-keyring's Secret Service, where
// secret-tool (libsecret's own client) is the independent oracle that the bytes really are there.

#include "core/crypto/Random.h"
#include "core/i18n/EnglishPluralTranslator.h"
#include "core/secrets/Keychain.h"
#include "tests/support/StoreFixture.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QMutex>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <csignal>
#include <sys/types.h>

using namespace authdesk;
using namespace authdesk::test;
using namespace std::chrono_literals;

namespace {

const QString service = QStringLiteral("io.authdesk.AuthDesk");
const QString noKeychainMessage =
    QStringLiteral("No keychain is available on this desktop (no Secret Service); unlock with your password instead.");
const QByteArray suiteVariable = "AUTHDESK_KEYCHAIN_SUITE";

template <typename T>
T waitFor(QFuture<T> future)
{
    future.waitForFinished();
    return future.result();
}

// Every file under HOME with its size and modification time, to see what an operation wrote.
QHash<QString, QString> filesUnderHome()
{
    QHash<QString, QString> files;
    QDirIterator it(QDir::homePath(), QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        files.insert(info.absoluteFilePath(),
                     QString::number(info.size()) + u' ' + QString::number(info.lastModified().toMSecsSinceEpoch()));
    }
    return files;
}

QStringList newOrChanged(const QHash<QString, QString> &before, const QHash<QString, QString> &after)
{
    QStringList changed;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (before.value(it.key()) != it.value())
            changed << it.key();
    }
    return changed;
}

struct ProgramRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

ProgramRun runProgram(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    ProgramRun run;
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished();
        run.err = "timed out";
        return run;
    }
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    return run;
}

// What libsecret's own client finds under the attributes QtKeychain stores with (schema
// org.qt.keychain: user = entry name, server = service, type = base64 for binary data).
ProgramRun secretToolLookup(const QString &key, const QString &svc = service)
{
    return runProgram(QStringLiteral("secret-tool"),
                      {QStringLiteral("lookup"), QStringLiteral("user"), key, QStringLiteral("server"), svc,
                       QStringLiteral("type"), QStringLiteral("base64")});
}

int secretToolItemCount(const QString &key, const QString &svc = service)
{
    const ProgramRun run = runProgram(QStringLiteral("secret-tool"),
                                      {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("user"), key,
                                       QStringLiteral("server"), svc});
    return static_cast<int>(run.out.count("\n[/") + (run.out.startsWith("[/") ? 1 : 0));
}

// Messages of the authdesk.keychain category, to show no secret ever reaches a log.
QMutex logMutex;
QStringList keychainLog;
QtMessageHandler previousHandler = nullptr;

void captureLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && qstrcmp(context.category, "authdesk.keychain") == 0) {
        const QMutexLocker lock(&logMutex);
        keychainLog << message;
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

QDBusMessage secretServiceCall(const QString &path, const QString &interface, const QString &method,
                               const QVariantList &args)
{
    QDBusMessage call =
        QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.secrets"), path, interface, method);
    call.setArguments(args);
    return QDBusConnection::sessionBus().call(call, QDBus::Block, 5000);
}

bool loginLocked()
{
    const QDBusMessage reply = secretServiceCall(
        QStringLiteral("/org/freedesktop/secrets/collection/login"), QStringLiteral("org.freedesktop.DBus.Properties"),
        QStringLiteral("Get"), {QStringLiteral("org.freedesktop.Secret.Collection"), QStringLiteral("Locked")});
    return qvariant_cast<QDBusVariant>(reply.arguments().value(0)).variant().toBool();
}

// Items matching an entry that the Secret Service lists as locked.
qsizetype lockedItemCount(const QString &key)
{
    const QDBusMessage reply =
        secretServiceCall(QStringLiteral("/org/freedesktop/secrets"), QStringLiteral("org.freedesktop.Secret.Service"),
                          QStringLiteral("SearchItems"),
                          {QVariant::fromValue(QMap<QString, QString>{{QStringLiteral("user"), key},
                                                                      {QStringLiteral("server"), service}})});
    return qdbus_cast<QList<QDBusObjectPath>>(reply.arguments().value(1)).size();
}

pid_t secretServicePid()
{
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
        QStringLiteral("org.freedesktop.DBus"), QStringLiteral("GetConnectionUnixProcessID"));
    call.setArguments({QStringLiteral("org.freedesktop.secrets")});
    const QDBusMessage reply = QDBusConnection::sessionBus().call(call, QDBus::Block, 5000);
    return static_cast<pid_t>(reply.arguments().value(0).toUInt());
}

} // namespace

// Without any keychain: the process's session bus is a socket nobody listens on.
class TestKeychainNone : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void prerequisites_data()
    {
        QTest::addColumn<QString>("tool");
        QTest::addColumn<QString>("package");
        QTest::newRow("dbus-run-session") << QStringLiteral("dbus-run-session") << QStringLiteral("dbus-daemon");
        QTest::newRow("dbus-send") << QStringLiteral("dbus-send") << QStringLiteral("dbus-bin");
        QTest::newRow("gnome-keyring-daemon")
            << QStringLiteral("gnome-keyring-daemon") << QStringLiteral("gnome-keyring");
        QTest::newRow("secret-tool") << QStringLiteral("secret-tool") << QStringLiteral("libsecret-tools");
    }
    void prerequisites()
    {
        QFETCH(QString, tool);
        QFETCH(QString, package);
        QVERIFY2(!QStandardPaths::findExecutable(tool).isEmpty(),
                 qPrintable(tool + QStringLiteral(" is missing: install the Debian package ") + package));
    }

    void noKeychain_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::newRow("read") << QStringLiteral("read");
        QTest::newRow("write") << QStringLiteral("write");
        QTest::newRow("remove") << QStringLiteral("remove");
    }
    void noKeychain()
    {
        QFETCH(QString, operation);
        const auto before = filesUnderHome();
        Keychain keychain; // the default 30 s timeout: the answer must not depend on it
        QElapsedTimer clock;
        clock.start();
        Error error;
        bool ok = true;
        if (operation == u"read") {
            const auto r = waitFor(keychain.read(QStringLiteral("store-key:none")));
            ok = r.ok();
            if (!ok)
                error = r.error();
        } else if (operation == u"write") {
            const auto r = waitFor(keychain.write(QStringLiteral("store-key:none"), crypto::randomBytes(32)));
            ok = r.ok();
            if (!ok)
                error = r.error();
        } else {
            const auto r = waitFor(keychain.remove(QStringLiteral("store-key:none")));
            ok = r.ok();
            if (!ok)
                error = r.error();
        }
        QVERIFY2(!ok, "an operation without any keychain must fail");
        QCOMPARE(error.code, ErrorCode::KeyUnavailable);
        QCOMPARE(error.message, noKeychainMessage);
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed()) + QStringLiteral(" ms")));
        QCOMPARE(newOrChanged(before, filesUnderHome()), QStringList());
    }

    // Validation comes before any keychain: the same answer with or without one.
    void invalidInput_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty name") << QString() << QByteArray("x")
                                    << QStringLiteral("The keychain entry name is empty.");
        QTest::newRow("control character") << QStringLiteral("store-key:\n1") << QByteArray("x")
                                           << QStringLiteral("The keychain entry name contains a control character.");
        QTest::newRow("name too long") << QString(201, u'k') << QByteArray("x")
                                       << QStringLiteral("The keychain entry name is longer than 200 characters.");
        QTest::newRow("empty secret") << QStringLiteral("store-key:1") << QByteArray()
                                      << QStringLiteral("The secret to store in the keychain is empty.");
        QTest::newRow("secret too long") << QStringLiteral("store-key:1") << QByteArray(64 * 1024 + 1, 'x')
                                         << QStringLiteral(
                                                "The secret to store in the keychain is longer than 65536 bytes.");
    }
    void invalidInput()
    {
        QFETCH(QString, key);
        QFETCH(QByteArray, secret);
        QFETCH(QString, message);
        Keychain keychain;
        const Status written = waitFor(keychain.write(key, secret));
        QCOMPARE(written.code(), ErrorCode::InvalidInput);
        QCOMPARE(written.message(), message);
    }

    void busWithoutSecretService()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // A session bus configuration without any service folder, so nothing can be activated.
        const QString config = dir.filePath(QStringLiteral("bare-session.conf"));
        QVERIFY(writeFile(config,
                          "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
                          " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                          "<busconfig><type>session</type><listen>unix:tmpdir=/tmp</listen>"
                          "<auth>EXTERNAL</auth><policy context=\"default\"><allow send_destination=\"*\"/>"
                          "<allow receive_sender=\"*\"/>"
                          "<allow own=\"*\"/></policy></busconfig>\n"));
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(suiteVariable), QStringLiteral("bare-bus"));
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        child.start(
            QStringLiteral("dbus-run-session"),
            {QStringLiteral("--config-file=") + config, QStringLiteral("--"), QCoreApplication::applicationFilePath()});
        QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));
        if (!child.waitForFinished(120000)) {
            child.kill();
            child.waitForFinished();
            QFAIL("the bare-bus suite did not finish within 120 s");
        }
        QCOMPARE(child.exitStatus(), QProcess::NormalExit);
        QVERIFY2(child.exitCode() == 0, "the bare-bus suite failed: see its output above");
    }

    // The rest runs in a child under the wrapper, against gnome-keyring.
    void withSecretService()
    {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(suiteVariable), QStringLiteral("secret-service"));
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        child.start(QStringLiteral(WITH_KEYRING_PATH), {QCoreApplication::applicationFilePath()});
        QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));
        if (!child.waitForFinished(240000)) {
            child.kill();
            child.waitForFinished();
            QFAIL("the Secret Service suite did not finish within 240 s");
        }
        QCOMPARE(child.exitStatus(), QProcess::NormalExit);
        QVERIFY2(child.exitCode() == 0,
                 qPrintable(QStringLiteral("the Secret Service suite failed (exit code %1; 2 means the keyring "
                                           "could not be set up): see its output above")
                                .arg(child.exitCode())));
    }
};

// A session bus of its own that has no Secret Service (and nothing it could start): the same one
// KeyUnavailable error, not libsecret's opaque "name not provided by any .service files".
class TestKeychainBareBus : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(QDBusConnection::sessionBus().isConnected()); }

    void noSecretService_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::newRow("read") << QStringLiteral("read");
        QTest::newRow("write") << QStringLiteral("write");
        QTest::newRow("remove") << QStringLiteral("remove");
    }
    void noSecretService()
    {
        QFETCH(QString, operation);
        const auto before = filesUnderHome();
        Keychain keychain;
        QElapsedTimer clock;
        clock.start();
        Error error;
        if (operation == u"read") {
            const auto r = waitFor(keychain.read(QStringLiteral("store-key:bare")));
            QVERIFY2(!r.ok(), "no Secret Service must not read as absent");
            error = r.error();
        } else if (operation == u"write") {
            const auto r = waitFor(keychain.write(QStringLiteral("store-key:bare"), crypto::randomBytes(32)));
            QVERIFY(!r.ok());
            error = r.error();
        } else {
            const auto r = waitFor(keychain.remove(QStringLiteral("store-key:bare")));
            QVERIFY2(!r.ok(), "no Secret Service must not remove successfully");
            error = r.error();
        }
        QCOMPARE(error.code, ErrorCode::KeyUnavailable);
        QCOMPARE(error.message, noKeychainMessage);
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed()) + QStringLiteral(" ms")));
        QCOMPARE(newOrChanged(before, filesUnderHome()), QStringList());
    }
};

// With gnome-keyring's Secret Service on a private bus, login collection unlocked.
class TestKeychainSecretService : public QObject {
    Q_OBJECT

    QHash<QString, QString> m_homeBefore;
    QList<QByteArray> m_secretsWritten;

    Status write(Keychain &keychain, const QString &key, const QByteArray &secret)
    {
        m_secretsWritten << secret;
        return waitFor(keychain.write(key, secret));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("AUTHDESK_TEST_KEYRING_PASSWORD"),
                 "run through tests/support/with-keyring.sh");
        QVERIFY(QDBusConnection::sessionBus().isConnected());
        QVERIFY(!loginLocked());
        qDBusRegisterMetaType<QMap<QString, QString>>();
        m_homeBefore = filesUnderHome();
        previousHandler = qInstallMessageHandler(captureLog);
        QLoggingCategory::setFilterRules(QStringLiteral("authdesk.keychain.debug=true"));
    }

    void roundTrip_data()
    {
        QTest::addColumn<QByteArray>("secret");
        QTest::newRow("32 random bytes") << crypto::randomBytes(32);
        QTest::newRow("NUL bytes") << QByteArray("\0a\0\0b\0", 6);
        QByteArray all;
        for (int i = 0; i < 256; ++i)
            all.append(static_cast<char>(i));
        QTest::newRow("every byte value") << all;
        QTest::newRow("one NUL") << QByteArray(1, '\0');
    }
    void roundTrip()
    {
        QFETCH(QByteArray, secret);
        const QString key = QStringLiteral("store-key:") + QString::fromLatin1(QTest::currentDataTag());
        Keychain keychain;
        const Status written = write(keychain, key, secret);
        QVERIFY2(written.ok(), qPrintable(describe(written)));
        const auto read = waitFor(keychain.read(key));
        QVERIFY2(read.ok(), qPrintable(describe(read)));
        QVERIFY(read->has_value());
        QCOMPARE(read->value(), secret);
        // libsecret's own client finds it in the Secret Service.
        const ProgramRun lookup = secretToolLookup(key);
        QCOMPARE(lookup.exitCode, 0);
        QCOMPARE(QByteArray::fromBase64(lookup.out.trimmed()), secret);
    }

    void readAbsent()
    {
        Keychain keychain;
        const auto read = waitFor(keychain.read(QStringLiteral("store-key:never-written")));
        QVERIFY2(read.ok(), qPrintable(describe(read)));
        QVERIFY(!read->has_value());
    }

    void overwrite()
    {
        const QString key = QStringLiteral("store-key:overwrite");
        Keychain keychain;
        const QByteArray first = crypto::randomBytes(32);
        const QByteArray second = crypto::randomBytes(32);
        QVERIFY(write(keychain, key, first).ok());
        QVERIFY(write(keychain, key, second).ok());
        const auto read = waitFor(keychain.read(key));
        QVERIFY2(read.ok() && read->has_value(), qPrintable(describe(read)));
        QCOMPARE(read->value(), second);
        QCOMPARE(secretToolItemCount(key), 1);
        QCOMPARE(QByteArray::fromBase64(secretToolLookup(key).out.trimmed()), second);
    }

    void removeThenAbsent()
    {
        const QString key = QStringLiteral("store-key:remove");
        Keychain keychain;
        QVERIFY(write(keychain, key, crypto::randomBytes(32)).ok());
        QCOMPARE(secretToolItemCount(key), 1);
        const Status removed = waitFor(keychain.remove(key));
        QVERIFY2(removed.ok(), qPrintable(describe(removed)));
        const auto read = waitFor(keychain.read(key));
        QVERIFY2(read.ok(), qPrintable(describe(read)));
        QVERIFY(!read->has_value());
        QCOMPARE(secretToolItemCount(key), 0);
        QCOMPARE(secretToolLookup(key).exitCode, 1);
    }

    void removeAbsent()
    {
        Keychain keychain;
        const Status removed = waitFor(keychain.remove(QStringLiteral("store-key:never-written")));
        QVERIFY2(removed.ok(), qPrintable(describe(removed)));
    }

    void keysAndServicesIndependent()
    {
        Keychain keychain;
        Keychain other(QStringLiteral("io.authdesk.Other"));
        const QString a = QStringLiteral("store-key:a");
        const QString b = QStringLiteral("store-key:b");
        const QByteArray secretA = crypto::randomBytes(32);
        const QByteArray secretB = crypto::randomBytes(32);
        const QByteArray secretOther = crypto::randomBytes(32);
        QVERIFY(write(keychain, a, secretA).ok());
        QVERIFY(write(keychain, b, secretB).ok());
        QVERIFY(write(other, a, secretOther).ok());
        QCOMPARE(waitFor(keychain.read(a))->value(), secretA);
        QCOMPARE(waitFor(keychain.read(b))->value(), secretB);
        QCOMPARE(waitFor(other.read(a))->value(), secretOther);
        QVERIFY(waitFor(keychain.remove(a)).ok());
        QVERIFY(!waitFor(keychain.read(a))->has_value());
        QCOMPARE(waitFor(keychain.read(b))->value(), secretB);
        QCOMPARE(waitFor(other.read(a))->value(), secretOther);
        QVERIFY(!waitFor(other.read(b))->has_value());
    }

    // The callers' shape: a thread without an event loop blocks in waitForFinished() while the main
    // thread blocks too (in wait()), so only the keychain's own thread can complete the futures.
    void fromBlockedThread()
    {
        const QByteArray secret = crypto::randomBytes(32);
        Keychain shared;
        Status written;
        Result<std::optional<QByteArray>> readBack;
        Result<std::optional<QByteArray>> readOwn;
        Status removed;
        QThread *thread = QThread::create([&] {
            written = waitFor(shared.write(QStringLiteral("store-key:thread"), secret));
            readBack = waitFor(shared.read(QStringLiteral("store-key:thread")));
            Keychain own; // created and destroyed on this thread
            readOwn = waitFor(own.read(QStringLiteral("store-key:thread")));
            removed = waitFor(own.remove(QStringLiteral("store-key:thread")));
        });
        m_secretsWritten << secret;
        thread->start();
        QVERIFY(thread->wait(60000));
        delete thread;
        QVERIFY2(written.ok(), qPrintable(describe(written)));
        QVERIFY2(readBack.ok() && readBack->has_value(), qPrintable(describe(readBack)));
        QCOMPARE(readBack->value(), secret);
        QVERIFY2(readOwn.ok() && readOwn->has_value(), qPrintable(describe(readOwn)));
        QCOMPARE(readOwn->value(), secret);
        QVERIFY2(removed.ok(), qPrintable(describe(removed)));
        QCOMPARE(secretToolItemCount(QStringLiteral("store-key:thread")), 0);
    }

    // Many calls in flight at once, from several Keychain objects that come and go.
    void manyInFlight()
    {
        QList<QFuture<Status>> writes;
        QList<QByteArray> secrets;
        {
            Keychain keychain;
            for (int i = 0; i < 8; ++i) {
                secrets << crypto::randomBytes(32);
                m_secretsWritten << secrets.last();
                writes << keychain.write(QStringLiteral("store-key:many-%1").arg(i), secrets.last());
            }
        } // destroyed with work in flight: the futures still complete
        for (auto &f : writes) {
            const Status s = waitFor(f);
            QVERIFY2(s.ok(), qPrintable(describe(s)));
        }
        Keychain again;
        for (int i = 0; i < 8; ++i) {
            const auto r = waitFor(again.read(QStringLiteral("store-key:many-%1").arg(i)));
            QVERIFY2(r.ok() && r->has_value(), qPrintable(describe(r)));
            QCOMPARE(r->value(), secrets.at(i));
        }
    }

    // Bad input reaches nothing: no item appears in the Secret Service.
    void invalidInputStoresNothing()
    {
        Keychain keychain;
        QCOMPARE(waitFor(keychain.write(QStringLiteral("store-key:empty"), QByteArray())).code(),
                 ErrorCode::InvalidInput);
        QCOMPARE(waitFor(keychain.write(QStringLiteral("store-key:\x01"), QByteArray("x"))).code(),
                 ErrorCode::InvalidInput);
        QCOMPARE(waitFor(keychain.read(QString())).code(), ErrorCode::InvalidInput);
        QCOMPARE(secretToolItemCount(QStringLiteral("store-key:empty")), 0);
        QCOMPARE(secretToolItemCount(QStringLiteral("store-key:\x01")), 0);
    }

    // A Secret Service that stops answering (SIGSTOP) gives a clear error within the timeout, and the
    // keychain works again once it answers.
    void unresponsiveService()
    {
        const QString key = QStringLiteral("store-key:timeout");
        const QByteArray secret = crypto::randomBytes(32);
        Keychain keychain;
        QVERIFY(write(keychain, key, secret).ok());
        const pid_t pid = secretServicePid();
        QVERIFY(pid > 1);
        QCOMPARE(::kill(pid, SIGSTOP), 0);
        keychain.setTimeout(1500ms);
        QElapsedTimer clock;
        clock.start();
        const auto read = waitFor(keychain.read(key));
        const qint64 elapsed = clock.elapsed();
        QCOMPARE(::kill(pid, SIGCONT), 0);
        QCOMPARE(read.code(), ErrorCode::Internal);
        QCOMPARE(read.message(),
                 QStringLiteral("The keychain did not answer within 2 seconds; unlock with your password instead."));
        QVERIFY2(elapsed >= 1400 && elapsed < 10000, qPrintable(QString::number(elapsed)));
        keychain.setTimeout(20s);
        const auto again = waitFor(keychain.read(key));
        QVERIFY2(again.ok() && again->has_value(), qPrintable(describe(again)));
        QCOMPARE(again->value(), secret);
    }

    // Nothing of ours on disk: the only files written under HOME are gnome-keyring's own, and none
    // of them holds a secret we stored, in the clear or as base64.
    void noPlaintextFallback()
    {
        const QString keyrings = QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
                                     .filePath(QStringLiteral("keyrings"))
            + u'/';
        const QString runtimeKeyring = qEnvironmentVariable("XDG_RUNTIME_DIR") + QStringLiteral("/keyring/");
        const QStringList changed = newOrChanged(m_homeBefore, filesUnderHome());
        for (const QString &path : changed) {
            QVERIFY2(path.startsWith(keyrings) || path.startsWith(runtimeKeyring), qPrintable(path));
        }
        QVERIFY(!m_secretsWritten.isEmpty());
        const auto all = filesUnderHome();
        for (auto it = all.cbegin(); it != all.cend(); ++it) {
            QFile file(it.key());
            if (!file.open(QIODevice::ReadOnly))
                continue; // sockets
            const QByteArray content = file.readAll();
            for (const QByteArray &secret : std::as_const(m_secretsWritten)) {
                if (secret.size() < 16)
                    continue; // short test patterns occur in any binary file
                QVERIFY2(!content.contains(secret), qPrintable(it.key()));
                QVERIFY2(!content.contains(secret.toBase64()), qPrintable(it.key()));
                QVERIFY2(!content.contains(secret.toHex()), qPrintable(it.key()));
            }
        }
    }

    void logsHoldNoSecret()
    {
        const QMutexLocker lock(&logMutex);
        QVERIFY2(!keychainLog.isEmpty(), "the authdesk.keychain category logged nothing");
        const QString joined = keychainLog.join(u'\n');
        QVERIFY(joined.contains(QStringLiteral("store-key:overwrite"))); // names are logged, values never
        for (const QByteArray &secret : std::as_const(m_secretsWritten)) {
            if (secret.size() < 16)
                continue;
            QVERIFY(!joined.contains(QString::fromLatin1(secret.toBase64())));
            QVERIFY(!joined.contains(QString::fromLatin1(secret.toHex())));
            QVERIFY(!joined.toLatin1().contains(secret));
        }
    }

    // Last: gnome-keyring cannot be unlocked again here without a prompter.
    // The store's data key cached in the real Secret Service (authdesk-cli unlock): the next open on
    // this desktop is unlocked before anyone types a password, and lock takes the key out again.
    void storeOpensFromTheKeychain()
    {
        StoreFixture f;
        QVERIFY(f.create().isEmpty());
        f.close();
        StoreOptions options = f.options();
        options.keychain = std::make_shared<Keychain>();
        auto opened = LocalStore::open(options);
        QVERIFY2(opened.ok(), qPrintable(describe(opened)));
        QCOMPARE(opened.value()->keyState(), KeyState::Locked); // nothing cached yet
        auto owner = opened.value()->signIn(ownerName(), ownerPassword());
        QVERIFY2(owner.ok(), qPrintable(describe(owner)));
        auto remembered = opened.value()->rememberKeyInKeychain(owner.value());
        QVERIFY2(remembered.ok(), qPrintable(describe(remembered)));
        const QString storeId = opened.value()->storeId();
        opened.value().reset();

        auto again = LocalStore::open(options);
        QVERIFY2(again.ok(), qPrintable(describe(again)));
        QCOMPARE(again.value()->keyState(), KeyState::Unlocked);
        // Unlocked, a failed sign-in goes straight into the chain.
        QCOMPARE(again.value()->signIn(ownerName(), QStringLiteral("a wrong password for the owner")).code(),
                 ErrorCode::AuthenticationFailed);
        {
            RawConnection raw(f.path());
            QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM audit_pending")).toInt(), 0);
            QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'store.key_remember'")).toInt(), 1);
        }
        // The keychain's key is the store's: the real data key, which a Secret Service client sees too.
        QProcess tool;
        tool.start(QStringLiteral("secret-tool"), {QStringLiteral("search"), QStringLiteral("user"), QStringLiteral("store-key:") + storeId});
        QVERIFY(tool.waitForFinished(15000));
        QVERIFY2(QString::fromUtf8(tool.readAllStandardOutput() + tool.readAllStandardError()).contains(storeId), "secret-tool does not see the entry");

        auto signedIn = again.value()->signIn(ownerName(), ownerPassword());
        QVERIFY(signedIn.ok());
        QVERIFY(again.value()->forgetKeyInKeychain(signedIn.value()).ok());
        again.value().reset();
        auto third = LocalStore::open(options);
        QVERIFY(third.ok());
        QCOMPARE(third.value()->keyState(), KeyState::Locked);
        auto v = third.value()->signIn(ownerName(), ownerPassword());
        QVERIFY(v.ok());
        auto verified = third.value()->verifyAudit(v.value());
        QVERIFY2(verified.ok() && verified->intact, qPrintable(describe(verified)));
    }

    void lockedCollection()
    {
        const QString key = QStringLiteral("store-key:locked");
        const QByteArray secret = crypto::randomBytes(32);
        Keychain keychain;
        QVERIFY(write(keychain, key, secret).ok());
        const QDBusMessage locked =
            secretServiceCall(QStringLiteral("/org/freedesktop/secrets"),
                              QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("Lock"),
                              {QVariant::fromValue(QList<QDBusObjectPath>{
                                  QDBusObjectPath(QStringLiteral("/org/freedesktop/secrets/collection/login"))})});
        QVERIFY2(locked.type() == QDBusMessage::ReplyMessage, qPrintable(locked.errorMessage()));
        QVERIFY(loginLocked());

        keychain.setTimeout(20s);
        QElapsedTimer clock;
        clock.start();
        const auto read = waitFor(keychain.read(key));
        QVERIFY2(clock.elapsed() < 15000, "a locked keychain must not hang the caller");
        QCOMPARE(read.code(), ErrorCode::PermissionDenied); // never "absent"
        QVERIFY2(read.message().contains(QStringLiteral("locked")), qPrintable(read.message()));

        clock.restart();
        const Status written = waitFor(keychain.write(QStringLiteral("store-key:locked-2"), secret));
        QVERIFY2(clock.elapsed() < 15000, "a locked keychain must not hang the caller");
        QCOMPARE(written.code(), ErrorCode::PermissionDenied);
        QVERIFY2(written.message().contains(QStringLiteral("locked")), qPrintable(written.message()));

        // libsecret reports success here without deleting anything; the item is still in the
        // Secret Service, so "removed" would be a lie.
        clock.restart();
        const Status removed = waitFor(keychain.remove(key));
        QVERIFY2(clock.elapsed() < 15000, "a locked keychain must not hang the caller");
        QCOMPARE(removed.code(), ErrorCode::PermissionDenied);
        QCOMPARE(lockedItemCount(key), 1);

        // An entry that is not there at all is still absent, locked or not.
        const auto absent = waitFor(keychain.read(QStringLiteral("store-key:never-written")));
        QVERIFY2(absent.ok(), qPrintable(describe(absent)));
        QVERIFY(!absent->has_value());
        QVERIFY(loginLocked());

        // The store's unlock against a locked keychain: a clear error, and nothing stored anywhere.
        StoreFixture f;
        QVERIFY(f.create().isEmpty());
        f.close();
        StoreOptions options = f.options();
        options.keychain = std::make_shared<Keychain>();
        auto opened = LocalStore::open(options);
        QVERIFY(opened.ok());
        auto owner = opened.value()->signIn(ownerName(), ownerPassword());
        QVERIFY(owner.ok());
        const qint64 events = f.auditCount();
        const Status refused = opened.value()->rememberKeyInKeychain(owner.value());
        QCOMPARE(refused.code(), ErrorCode::PermissionDenied);
        QVERIFY2(refused.message().contains(QStringLiteral("locked")), qPrintable(refused.message()));
        QCOMPARE(f.auditCount(), events);
        QCOMPARE(lockedItemCount(QStringLiteral("store-key:") + opened.value()->storeId()), 0);
        QVERIFY(loginLocked());
    }

    void cleanupTestCase() { qInstallMessageHandler(previousHandler); }
};

int main(int argc, char **argv)
{
    const QByteArray suiteName = qgetenv(suiteVariable.constData());
    const bool secretService = suiteName == "secret-service";
    if (suiteName.isEmpty()) {
        // Before anything touches D-Bus: a bus address nobody listens on, never a real desktop session.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + QFile::encodeName(QDir::homePath()) + "/no-bus-here");
        qunsetenv("DISPLAY");
    }
    QCoreApplication app(argc, argv);
    EnglishPluralTranslator englishPlurals; // as the applications do: "2 seconds", not "2 second(s)"
    QCoreApplication::installTranslator(&englishPlurals);
    if (secretService) {
        TestKeychainSecretService suite;
        return QTest::qExec(&suite, argc, argv);
    }
    if (suiteName == "bare-bus") {
        TestKeychainBareBus suite;
        return QTest::qExec(&suite, argc, argv);
    }
    TestKeychainNone suite;
    return QTest::qExec(&suite, argc, argv);
}

#include "tst_keychain.moc"
