#pragma once
// Exports the users a UserQuery matches (the list as the admin filtered and sorted it) to an
// RFC 4180 CSV file, page by page, with progress and cancel. The file appears atomically, mode
// 0600, when the last page is written; a canceled or failed export leaves no file behind.

#include "core/Directory.h"

#include <QObject>
#include <QSaveFile>
#include <memory>

namespace authdesk {

class UserPager;

class UserCsvExport final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserCsvExport)
public:
    UserCsvExport(Directory *directory, Principal actor, UserQuery query, QString path, QObject *parent = nullptr);
    ~UserCsvExport() override;

    void setPageSize(int users);
    void start();
    void cancel();
    bool isRunning() const;
    qint64 written() const { return m_written; }

    // Column names are a file format, not prose: not translated.
    static QString header();
    // Times in ISO 8601 UTC, roles joined by ';', every field guarded by csv::field.
    static QString row(const User &user);

Q_SIGNALS:
    void progress(qint64 written, qint64 total);
    void finished(bool ok, const QString &message);

private:
    void onPage(const QList<User> &users);
    void onPagerFinished(const Status &status);
    void finish(bool ok, const QString &message);

    QString m_path;
    UserPager *m_pager = nullptr;
    std::unique_ptr<QSaveFile> m_file;
    qint64 m_written = 0;
    bool m_failed = false;
};

} // namespace authdesk
