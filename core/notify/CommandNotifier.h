#pragma once
// Hands a notification to a program the store's settings name (notify.command: its argv as a JSON
// array, run directly, never through a shell). The program reads the RFC 5322 message on stdin and
// finds AUTHDESK_NOTIFY_TO and AUTHDESK_NOTIFY_SUBJECT in its environment; it is killed after the
// timeout, and a non-zero exit is an error quoting the first line it wrote to stderr.

#include "core/notify/Notifier.h"

#include <QString>
#include <QStringList>

namespace authdesk::notify {

struct CommandConfig {
    QStringList argv; // argv[0] is an absolute path to the program
    QString from;     // the message's From (notify.smtp.from, or a default)
    int timeoutSeconds = 20;
};

// notify.command's value: a JSON array of 1 to 64 strings, the first an absolute path, no control
// characters. InvalidInput says what is wrong.
Result<QStringList> parseCommandArgv(const QString &json);

class CommandNotifier final : public Notifier {
public:
    explicit CommandNotifier(CommandConfig config);

    QString channel() const override { return QStringLiteral("command"); }
    // The first line of the program's stdout on success (may be empty).
    Result<QString> send(const Notification &notification) override;

private:
    CommandConfig m_config;
};

} // namespace authdesk::notify
