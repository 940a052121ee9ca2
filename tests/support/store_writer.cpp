// store_writer: writes to a store in a loop until it is killed, and acknowledges each write
// on stdout only after the core returned success (the transaction is committed by then).
// tst_crash kills it with SIGKILL at a random moment and checks every acknowledged write.
//
//   store_writer STORE KEYDIR LOGIN PREFIX [COUNT]
//   password: STORE_WRITER_PASSWORD in the environment
//   stdout:   "READY", then "C <username>" after each create and "U <username> <display name>"
//             after each edit; each line written with one write(2), so a line is whole or absent.

#include "core/store/LocalStore.h"

#include <QCoreApplication>
#include <QStringList>
#include <unistd.h>

using namespace authdesk;

namespace {
void say(const QString &line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(STDOUT_FILENO, bytes.constData() + done, static_cast<size_t>(bytes.size() - done));
        if (n <= 0)
            ::_exit(4);
        done += n;
    }
}

int fail(const QString &what, const QString &message)
{
    const QByteArray bytes = (what + QStringLiteral(": ") + message).toUtf8() + '\n';
    (void)!::write(STDERR_FILENO, bytes.constData(), static_cast<size_t>(bytes.size()));
    return 3;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 5)
        return fail(QStringLiteral("usage"), QStringLiteral("store_writer STORE KEYDIR LOGIN PREFIX [COUNT]"));
    const qint64 count = args.size() > 5 ? args.at(5).toLongLong() : -1;
    const QString prefix = args.at(4);

    auto store = LocalStore::open(StoreOptions{args.at(1), args.at(2), QStringLiteral("writer")});
    if (!store.ok())
        return fail(QStringLiteral("open"), store.message());
    auto actor = store.value()->signIn(args.at(3), qEnvironmentVariable("STORE_WRITER_PASSWORD"));
    if (!actor.ok())
        return fail(QStringLiteral("sign-in"), actor.message());
    say(QStringLiteral("READY"));

    for (qint64 i = 0; count < 0 || i < count; ++i) {
        NewUser u;
        u.username = QStringLiteral("%1_%2").arg(prefix).arg(i);
        u.email = u.username + QStringLiteral("@example.test");
        u.displayName = QStringLiteral("created %1").arg(i);
        auto created = store.value()->createUser(actor.value(), u);
        if (!created.ok())
            return fail(QStringLiteral("create ") + u.username, created.message());
        say(QStringLiteral("C ") + created->username);

        UserChanges changes;
        changes.displayName = QStringLiteral("edited %1").arg(i);
        auto edited = store.value()->updateUser(actor.value(), created->username, created->version, changes);
        if (!edited.ok())
            return fail(QStringLiteral("edit ") + u.username, edited.message());
        say(QStringLiteral("U ") + edited->username + QLatin1Char(' ') + edited->displayName);
    }
    return 0;
}
