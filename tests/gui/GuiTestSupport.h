#pragma once
// Shared by the GUI suites: a real local store in a temporary folder, reached through
// LocalDirectory exactly as the application does, and a way to wait for its answers.

#include "core/store/LocalDirectory.h"

#include <QFuture>
#include <QTemporaryDir>
#include <memory>

namespace authdesk::test {

inline QString ownerPassword()
{
    return QStringLiteral("correct horse battery staple");
}

// The password the suites give the staff accounts they make.
inline QString staffPassword()
{
    return QStringLiteral("violet tractor umbrella ninety");
}

// A widget or action of a window, by its object name (nullptr when there is none).
template <typename T>
T *child(QObject *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

// Waits for a directory call made outside the code under test (setting up a store). The call
// runs on the directory's SQL thread, so waiting here cannot deadlock.
template <typename T>
T resultOf(QFuture<T> future)
{
    future.waitForFinished();
    return future.result();
}

// A store in a temporary folder; the audit key folder is in it too, so nothing touches the
// (private) home of the test.
class TempStore {
public:
    TempStore() : m_directory(std::make_unique<LocalDirectory>(options())) {}

    bool isValid() const { return m_dir.isValid(); }
    QString path() const { return m_dir.filePath(QStringLiteral("store.authdesk")); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    StoreOptions options() const
    {
        return StoreOptions{path(), m_dir.filePath(QStringLiteral("keys")), QStringLiteral("test-machine")};
    }
    LocalDirectory *directory() const { return m_directory.get(); }

    // Creates the store with its owner ("owner", ownerPassword()) and signs the owner in.
    Result<Principal> createOwner() const
    {
        NewUser owner;
        owner.username = QStringLiteral("owner");
        owner.email = QStringLiteral("owner@example.test");
        owner.displayName = QStringLiteral("The Owner");
        owner.password = ownerPassword();
        const Status created = resultOf(m_directory->create(owner));
        if (!created.ok())
            return created.error();
        return resultOf(m_directory->signIn(owner.username, owner.password));
    }

    // OWNER creates NAME with ROLES and staffPassword(); NAME signs in. Aborts the suite on failure.
    Principal addStaff(const Principal &owner, const QString &name, const QStringList &roles) const
    {
        NewUser user;
        user.username = name;
        user.email = name + QStringLiteral("@example.test");
        user.displayName = QStringLiteral("Staff ") + name;
        user.roles = roles;
        user.password = staffPassword();
        const auto created = resultOf(m_directory->createUser(owner, user));
        if (!created.ok())
            qFatal("createUser: %s", qPrintable(created.message()));
        const auto principal = resultOf(m_directory->signIn(name, staffPassword()));
        if (!principal.ok())
            qFatal("signIn: %s", qPrintable(principal.message()));
        return principal.value();
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<LocalDirectory> m_directory;
};

// The application's side of a TempStore: a LocalStore of its own on the same file, opened with the
// owner's password (so its data key is at hand, as AuthService has it from a service key file), that
// logs users in as an application would and checks their tokens. Aborts the suite on failure.
class AppSide {
public:
    explicit AppSide(const TempStore &store)
    {
        auto opened = LocalStore::open(store.options());
        if (!opened.ok())
            qFatal("LocalStore::open: %s", qPrintable(opened.message()));
        m_store = std::move(opened.value());
        if (auto owner = m_store->signIn(QStringLiteral("owner"), ownerPassword()); !owner.ok())
            qFatal("signIn: %s", qPrintable(owner.message()));
    }

    LocalStore &store() { return *m_store; }

    Result<LoginResult> tryLogin(const QString &user, const QString &password, const QString &ip = {},
                                 const QString &userAgent = {}, TokenMode mode = TokenMode::Session)
    {
        LoginRequest request;
        request.identifier = user;
        request.password = password;
        request.mode = mode;
        request.client = {ip, userAgent};
        return m_store->appLogin(request);
    }

    // A session (or, in JWT mode, a refresh family) for USER, who has staffPassword().
    LoginResult login(const QString &user, const QString &ip, const QString &userAgent,
                      TokenMode mode = TokenMode::Session)
    {
        auto result = tryLogin(user, staffPassword(), ip, userAgent, mode);
        if (!result.ok())
            qFatal("appLogin %s: %s", qPrintable(user), qPrintable(result.message()));
        return result.value();
    }

    // The session token still works for the application.
    bool validates(const LoginResult &login) { return m_store->appValidate(login.sessionToken).ok(); }

private:
    std::unique_ptr<LocalStore> m_store;
};

} // namespace authdesk::test
