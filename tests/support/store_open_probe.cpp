// store_open_probe: opens a store the way every AuthDesk program does and reports the outcome,
// optionally after dropping root's privileges to another uid/gid first (a root process writes
// through permission bits, so a read-only store can only be seen as read-only by someone else).
//
//   store_open_probe STORE KEYDIR [UID]
//   stdout: "OPEN ok" or "OPEN <error code number> <message>"; after a successful open, with
//           STORE_PROBE_LOGIN and STORE_PROBE_PASSWORD set, "WRITE ok" or "WRITE <code> <message>"
//           for a sign-in followed by the creation of user "probe_user".
//   exit:   0 when it could report, 2 when it could not drop privileges.

#include "core/store/LocalStore.h"

#include <QCoreApplication>
#include <cstdio>
#include <cstdlib>
#include <grp.h>
#include <unistd.h>

using namespace authdesk;

int main(int argc, char **argv)
{
    if (argc >= 4) {
        const auto id = static_cast<uid_t>(std::strtoul(argv[3], nullptr, 10));
        if (::setgroups(0, nullptr) != 0 || ::setgid(id) != 0 || ::setuid(id) != 0 || ::geteuid() != id) {
            std::fprintf(stderr, "cannot drop privileges to %u\n", static_cast<unsigned>(id));
            return 2;
        }
    }
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: store_open_probe STORE KEYDIR [UID]\n");
        return 2;
    }
    auto store = LocalStore::open(StoreOptions{args.at(1), args.at(2), QStringLiteral("probe")});
    if (!store.ok()) {
        std::printf("OPEN %d %s\n", static_cast<int>(store.code()), store.message().toUtf8().constData());
        return 0;
    }
    std::printf("OPEN ok\n");
    const QString login = qEnvironmentVariable("STORE_PROBE_LOGIN");
    if (login.isEmpty())
        return 0;
    auto actor = store.value()->signIn(login, qEnvironmentVariable("STORE_PROBE_PASSWORD"));
    if (!actor.ok()) {
        std::printf("WRITE %d %s\n", static_cast<int>(actor.code()), actor.message().toUtf8().constData());
        return 0;
    }
    NewUser u;
    u.username = QStringLiteral("probe_user");
    u.email = QStringLiteral("probe_user@example.test");
    auto created = store.value()->createUser(actor.value(), u);
    if (!created.ok())
        std::printf("WRITE %d %s\n", static_cast<int>(created.code()), created.message().toUtf8().constData());
    else
        std::printf("WRITE ok\n");
    return 0;
}
