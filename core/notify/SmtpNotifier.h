#pragma once
// Sends a notification by SMTP through libcurl, always encrypted: smtps:// (implicit TLS, port 465
// by default) or smtp:// with STARTTLS required (port 587 by default) — there is no plaintext mode.
// The server's certificate and host name are always verified (the system's CAs, plus an optional CA
// file for a self-hosted server). One curl handle per send, so sends on several threads are safe.

#include "core/notify/Notifier.h"

#include <QString>

namespace authdesk::notify {

struct SmtpConfig {
    QString url;             // smtps://host[:port] or smtp://host[:port]
    QString from;            // the envelope and header sender
    QString username;        // empty: no AUTH
    QString password;        // the sealed notify.smtp.password, opened; wiped with the notifier
    QString caFile;          // extra trusted CA certificates (PEM), empty: the system's only
    int timeoutSeconds = 20; // for connecting and for the whole send
};

// The host and port a URL names, after the checks below.
struct SmtpEndpoint {
    bool implicitTls = false;
    QString host;
    int port = 0;
};
// Accepts only smtps:// and smtp:// with a host, an optional port and nothing else (no user or
// password in the URL, no path, query or fragment); InvalidInput says what is wrong.
Result<SmtpEndpoint> parseSmtpUrl(const QString &url);

class SmtpNotifier final : public Notifier {
public:
    explicit SmtpNotifier(SmtpConfig config);
    ~SmtpNotifier() override;
    SmtpNotifier(const SmtpNotifier &) = delete;
    SmtpNotifier &operator=(const SmtpNotifier &) = delete;

    QString channel() const override { return QStringLiteral("smtp"); }
    // The server's last reply on success (e.g. "250 OK queued as …").
    Result<QString> send(const Notification &notification) override;

private:
    SmtpConfig m_config;
};

} // namespace authdesk::notify
