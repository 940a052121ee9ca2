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

private:
    QTemporaryDir m_dir;
    std::unique_ptr<LocalDirectory> m_directory;
};

} // namespace authdesk::test
