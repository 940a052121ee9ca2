#pragma once
// Telling a user something by email (SMTP) or through a command the operator configured. Core sends
// through this after a change has committed; a failure is reported, never undoes the change.

#include "core/Result.h"

#include <QString>
#include <memory>

namespace authdesk {

struct StoreSetting;

struct Notification {
    QString to;      // the user's email on file
    QString toName;  // display name, may be empty
    QString subject; // one line
    QString body;    // plain text; never a secret (no codes, no passwords, no tokens)
};

class Notifier {
public:
    virtual ~Notifier() = default;
    virtual QString channel() const = 0; // "smtp" or "command"
    // Blocking: call it on a worker thread, never the GUI thread. Returns what the server or the
    // command answered on success; a clear error otherwise (connection, TLS verification, refusal,
    // timeout, non-zero exit).
    virtual Result<QString> send(const Notification &notification) = 0;
};

} // namespace authdesk
