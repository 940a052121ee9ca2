#pragma once
// Guards the console's own admin session: after console.idle_lock_minutes without keyboard or
// mouse use the window's content is hidden behind a lock screen that asks the same administrator's
// password (and authenticator code); after console.reauth_hours since sign-in the same full
// sign-in is required. Sensitive actions (changing one's own MFA) ask for it at once through
// requireReauthentication(). The window's widgets stay as they were, so unsaved edits survive.

#include "core/Credentials.h"
#include "core/Principal.h"
#include "core/Result.h"

#include <QDateTime>
#include <QFuture>
#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;
class QWidget;
template <typename T>
class QPromise;

namespace authdesk {

class Directory;
class InlineStatus;

class SessionGuard final : public QObject {
    Q_OBJECT
public:
    enum class LockReason { None, Idle, MaxAge, Reauthentication };
    using Clock = std::function<QDateTime()>;

    // clock: the time the guard works with; null: the system clock. For tests.
    SessionGuard(Directory *directory, Principal principal, QWidget *window, Clock clock = {},
                 QObject *parent = nullptr);
    ~SessionGuard() override;

    // Normally read from the store (console.idle_lock_minutes, console.reauth_hours) at construction;
    // once called, these values stand (the store's answer arriving later does not replace them).
    void setPolicy(int idleLockMinutes, int reauthHours);
    int idleLockMinutes() const { return m_idleMinutes; }
    int reauthHours() const { return m_reauthHours; }

    bool isLocked() const { return m_reason != LockReason::None; }
    LockReason lockReason() const { return m_reason; }
    QDateTime signedInAt() const { return m_signedInAt; }
    QDateTime lastActivity() const { return m_lastActivity; }
    QWidget *lockScreen() const;
    QString errorText() const;

    // Compares the clock with the idle and age limits and locks when one is passed (a timer
    // calls it every few seconds).
    void check();
    void lockNow(); // as if idle: e.g. a "Lock" menu item
    // The administrator's password (and code) again before a sensitive action; true when given,
    // false when canceled on the lock screen.
    QFuture<bool> requireReauthentication(const QString &reason);

Q_SIGNALS:
    void locked();
    void unlocked();
    void signedOut(); // "Sign out" on the lock screen: the console should close its session

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void lock(LockReason reason, const QString &message);
    void unlockAttempt();
    void onUnlockResult(const Result<Principal> &result);
    void finishUnlock(bool success);
    void cancelReauthentication();
    void signOut();
    void placeLockScreen();
    bool isInsideLockScreen(QObject *object) const;
    void setLockBusy(bool busy);
    QDateTime now() const;

    Directory *m_directory = nullptr;
    Principal m_principal;
    QPointer<QWidget> m_window;
    Clock m_clock;
    int m_idleMinutes = 15;
    int m_reauthHours = 12;
    bool m_policySet = false;
    QDateTime m_signedInAt;
    QDateTime m_lastActivity;
    LockReason m_reason = LockReason::None;
    QTimer *m_timer = nullptr;
    std::shared_ptr<QPromise<bool>> m_reauthPromise;
    QList<QPointer<QWidget>> m_disabled; // what the lock disabled, enabled again on unlock
    QString m_password;                  // only between the password and the code step
    bool m_busy = false;

    QPointer<QWidget> m_screen;
    QLabel *m_title = nullptr;
    QLabel *m_message = nullptr;
    QLineEdit *m_passwordEdit = nullptr;
    QLabel *m_codeLabel = nullptr;
    QLineEdit *m_codeEdit = nullptr;
    QPushButton *m_unlockButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_signOutButton = nullptr;
    InlineStatus *m_status = nullptr;
};

} // namespace authdesk
