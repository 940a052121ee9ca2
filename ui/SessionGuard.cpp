#include "ui/SessionGuard.h"

#include "core/Directory.h"
#include "core/crypto/SecureCompare.h"
#include "core/policy/InputRules.h"
#include "ui/InlineStatus.h"

#include <QApplication>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPromise>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace authdesk {

namespace {
constexpr int CheckIntervalMs = 5000;

bool isUserActivity(QEvent::Type type)
{
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
        return true;
    default:
        return false;
    }
}

// Input that would reach the window's content while it is locked.
bool isInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::Shortcut:
    case QEvent::ShortcutOverride:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::Wheel:
    case QEvent::ContextMenu:
        return true;
    default:
        return false;
    }
}
} // namespace

SessionGuard::SessionGuard(Directory *directory, Principal principal, QWidget *window, Clock clock, QObject *parent)
    : QObject(parent),
      m_directory(directory),
      m_principal(std::move(principal)),
      m_window(window),
      m_clock(std::move(clock)),
      m_timer(new QTimer(this))
{
    m_signedInAt = now();
    m_lastActivity = m_signedInAt;
    qApp->installEventFilter(this);
    m_timer->setInterval(CheckIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &SessionGuard::check);
    m_timer->start();
    m_directory->signInPolicy().then(this, [this](const Result<SignInPolicy> &policy) {
        if (policy.ok() && !m_policySet) {
            setPolicy(policy->idleLockMinutes, policy->reauthHours);
            m_policySet = false;
        }
    });
}

SessionGuard::~SessionGuard()
{
    qApp->removeEventFilter(this);
    crypto::secureWipe(m_password);
    if (m_reauthPromise) {
        m_reauthPromise->addResult(false);
        m_reauthPromise->finish();
    }
    if (m_screen)
        delete m_screen.data();
}

void SessionGuard::setPolicy(int idleLockMinutes, int reauthHours)
{
    m_policySet = true;
    m_idleMinutes = std::clamp(idleLockMinutes, 1, 1440);
    m_reauthHours = std::clamp(reauthHours, 1, 168);
}

QDateTime SessionGuard::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

QWidget *SessionGuard::lockScreen() const
{
    return m_screen.data();
}

QString SessionGuard::errorText() const
{
    return m_status ? m_status->errorText() : QString();
}

void SessionGuard::check()
{
    if (isLocked() || !m_window)
        return;
    const QDateTime at = now();
    if (at >= m_signedInAt.addSecs(qint64(m_reauthHours) * 3600)) {
        lock(LockReason::MaxAge,
             tr("You signed in %n hour(s) ago. Sign in again to go on; nothing you were editing is lost.", nullptr,
                m_reauthHours));
        return;
    }
    if (at >= m_lastActivity.addSecs(qint64(m_idleMinutes) * 60))
        lock(LockReason::Idle, tr("The console was locked after %n minute(s) without use. Nothing you were "
                                  "editing is lost.",
                                  nullptr, m_idleMinutes));
}

void SessionGuard::lockNow()
{
    if (!isLocked())
        lock(LockReason::Idle, tr("The console is locked. Nothing you were editing is lost."));
}

QFuture<bool> SessionGuard::requireReauthentication(const QString &reason)
{
    if (m_reauthPromise) {
        // One question at a time: a second asker gets the same answer.
        return m_reauthPromise->future();
    }
    m_reauthPromise = std::make_shared<QPromise<bool>>();
    m_reauthPromise->start();
    QFuture<bool> future = m_reauthPromise->future();
    if (isLocked()) {
        // Already locked: unlocking answers the question too.
        m_message->setText(m_message->text() + QLatin1Char('\n') + reason);
        m_cancelButton->show();
        return future;
    }
    lock(LockReason::Reauthentication, reason);
    return future;
}

void SessionGuard::lock(LockReason reason, const QString &message)
{
    if (!m_window)
        return;
    m_reason = reason;
    if (!m_screen) {
        auto *screen = new QWidget(m_window);
        screen->setObjectName(QStringLiteral("lockScreen"));
        screen->setAutoFillBackground(true);
        screen->setBackgroundRole(QPalette::Window);
        m_title = new QLabel(screen);
        m_title->setObjectName(QStringLiteral("lockTitle"));
        QFont big = m_title->font();
        big.setPointSizeF(big.pointSizeF() * 1.4);
        big.setBold(true);
        m_title->setFont(big);
        m_message = new QLabel(screen);
        m_message->setObjectName(QStringLiteral("lockMessage"));
        m_message->setWordWrap(true);
        m_passwordEdit = new QLineEdit(screen);
        m_passwordEdit->setObjectName(QStringLiteral("lockPasswordEdit"));
        m_passwordEdit->setEchoMode(QLineEdit::Password);
        m_passwordEdit->setAccessibleName(tr("Password"));
        m_passwordEdit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
        m_codeEdit = new QLineEdit(screen);
        m_codeEdit->setObjectName(QStringLiteral("lockCodeEdit"));
        m_codeEdit->setAccessibleName(tr("Authenticator code"));
        m_codeEdit->setMaxLength(32);
        m_codeLabel = new QLabel(tr("Authenticator &code:"), screen);
        m_codeLabel->setBuddy(m_codeEdit);
        m_status = new InlineStatus(screen);
        m_status->setObjectName(QStringLiteral("lockStatus"));
        m_unlockButton = new QPushButton(tr("&Unlock"), screen);
        m_unlockButton->setObjectName(QStringLiteral("unlockButton"));
        m_unlockButton->setDefault(true);
        m_cancelButton = new QPushButton(tr("Cancel"), screen);
        m_cancelButton->setObjectName(QStringLiteral("lockCancelButton"));
        m_signOutButton = new QPushButton(tr("Sign &Out"), screen);
        m_signOutButton->setObjectName(QStringLiteral("signOutButton"));

        auto *form = new QFormLayout;
        auto *passwordLabel = new QLabel(tr("&Password:"), screen);
        passwordLabel->setBuddy(m_passwordEdit);
        form->addRow(passwordLabel, m_passwordEdit);
        form->addRow(m_codeLabel, m_codeEdit);
        auto *buttons = new QHBoxLayout;
        buttons->addWidget(m_signOutButton);
        buttons->addStretch();
        buttons->addWidget(m_cancelButton);
        buttons->addWidget(m_unlockButton);
        auto *panel = new QWidget(screen);
        panel->setMaximumWidth(screen->fontMetrics().averageCharWidth() * 70);
        auto *panelLayout = new QVBoxLayout(panel);
        panelLayout->addWidget(m_title);
        panelLayout->addWidget(m_message);
        panelLayout->addSpacing(m_title->fontMetrics().height() / 2);
        panelLayout->addLayout(form);
        panelLayout->addWidget(m_status);
        panelLayout->addLayout(buttons);
        auto *outer = new QVBoxLayout(screen);
        outer->addStretch();
        outer->addWidget(panel, 0, Qt::AlignHCenter);
        outer->addStretch(2);

        connect(m_unlockButton, &QPushButton::clicked, this, &SessionGuard::unlockAttempt);
        connect(m_passwordEdit, &QLineEdit::returnPressed, this, &SessionGuard::unlockAttempt);
        connect(m_codeEdit, &QLineEdit::returnPressed, this, &SessionGuard::unlockAttempt);
        connect(m_cancelButton, &QPushButton::clicked, this, &SessionGuard::cancelReauthentication);
        connect(m_signOutButton, &QPushButton::clicked, this, &SessionGuard::signOut);
        m_window->installEventFilter(this); // follows the window's size
        m_screen = screen;
    }
    m_title->setText(reason == LockReason::Reauthentication
                         ? tr("Confirm it is you")
                         : tr("AuthDesk is locked — %1").arg(InputRules::escapeForDisplay(m_principal.username())));
    m_message->setText(message);
    m_passwordEdit->clear();
    m_codeEdit->clear();
    m_codeLabel->hide();
    m_codeEdit->hide();
    m_status->clear();
    m_cancelButton->setVisible(reason == LockReason::Reauthentication);
    crypto::secureWipe(m_password);

    // The content stays as it is, only out of sight and out of reach.
    for (QObject *child : m_window->children()) {
        auto *w = qobject_cast<QWidget *>(child);
        if (!w || w == m_screen || w->isWindow() || !w->isEnabled())
            continue;
        w->setEnabled(false);
        m_disabled << w;
    }
    placeLockScreen();
    m_screen->show();
    m_screen->raise();
    m_passwordEdit->setFocus();
    Q_EMIT locked();
}

void SessionGuard::placeLockScreen()
{
    if (m_screen && m_window)
        m_screen->setGeometry(m_window->rect());
}

bool SessionGuard::isInsideLockScreen(QObject *object) const
{
    for (QObject *o = object; o; o = o->parent())
        if (o == m_screen)
            return true;
    return false;
}

void SessionGuard::setLockBusy(bool busy)
{
    m_busy = busy;
    m_passwordEdit->setEnabled(!busy);
    m_codeEdit->setEnabled(!busy);
    m_unlockButton->setEnabled(!busy);
    m_cancelButton->setEnabled(!busy);
    m_signOutButton->setEnabled(!busy);
}

void SessionGuard::unlockAttempt()
{
    if (m_busy || !isLocked())
        return;
    const bool codeStep = !m_codeEdit->isHidden();
    if (!codeStep) {
        if (m_passwordEdit->text().isEmpty()) {
            m_status->showError(tr("Type your password to unlock."));
            return;
        }
        crypto::secureWipe(m_password);
        m_password = m_passwordEdit->text();
        m_passwordEdit->clear();
        setLockBusy(true);
        m_status->showBusy(tr("Checking…"));
        m_directory->signIn(m_principal.username(), m_password).then(this, [this](const Result<Principal> &r) {
            onUnlockResult(r);
        });
        return;
    }
    QString code = m_codeEdit->text().trimmed();
    if (code.isEmpty()) {
        m_status->showError(tr("Type the code your authenticator app shows now."));
        return;
    }
    setLockBusy(true);
    m_status->showBusy(tr("Checking the code…"));
    m_directory->signInWithSecondFactor(m_principal.username(), m_password, code, SecondFactorKind::Totp, false)
        .then(this, [this](const Result<SignInResult> &r) {
            onUnlockResult(r.ok() ? Result<Principal>(r->principal) : Result<Principal>(r.error()));
        });
    crypto::secureWipe(code);
    m_codeEdit->clear();
}

void SessionGuard::onUnlockResult(const Result<Principal> &result)
{
    setLockBusy(false);
    if (result.code() == ErrorCode::SecondFactorRequired) {
        // The password was right; this account also needs its code.
        m_status->clear();
        m_codeLabel->show();
        m_codeEdit->show();
        m_passwordEdit->setEnabled(false);
        m_codeEdit->setFocus();
        return;
    }
    if (!result.ok()) {
        const bool codeStep = !m_codeEdit->isHidden();
        if (!codeStep || result.code() != ErrorCode::AuthenticationFailed) {
            // Back to the password, unless only the code was wrong.
            crypto::secureWipe(m_password);
            m_codeLabel->hide();
            m_codeEdit->hide();
            m_passwordEdit->setEnabled(true);
            m_passwordEdit->setFocus();
        } else {
            m_codeEdit->setFocus();
        }
        m_status->showError(result.message());
        return;
    }
    if (result->userId() != m_principal.userId() || result->directoryId() != m_principal.directoryId()) {
        crypto::secureWipe(m_password);
        m_status->showError(tr("Only %1, who is signed in, can unlock this console; anyone else signs out first.")
                                .arg(InputRules::escapeForDisplay(m_principal.username())));
        m_codeLabel->hide();
        m_codeEdit->hide();
        m_passwordEdit->setEnabled(true);
        return;
    }
    finishUnlock(true);
}

void SessionGuard::finishUnlock(bool success)
{
    crypto::secureWipe(m_password);
    if (success && m_reason != LockReason::Idle)
        m_signedInAt = now(); // a full sign-in starts the session's age again
    m_reason = LockReason::None;
    m_lastActivity = now();
    for (const QPointer<QWidget> &w : std::as_const(m_disabled))
        if (w)
            w->setEnabled(true);
    m_disabled.clear();
    if (m_screen)
        m_screen->hide();
    if (m_reauthPromise) {
        auto promise = std::move(m_reauthPromise);
        promise->addResult(success);
        promise->finish();
    }
    Q_EMIT unlocked();
}

void SessionGuard::cancelReauthentication()
{
    if (m_busy || m_reason != LockReason::Reauthentication)
        return;
    finishUnlock(false);
}

void SessionGuard::signOut()
{
    if (m_busy)
        return;
    crypto::secureWipe(m_password);
    if (m_reauthPromise) {
        auto promise = std::move(m_reauthPromise);
        promise->addResult(false);
        promise->finish();
    }
    Q_EMIT signedOut();
}

bool SessionGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Resize)
        placeLockScreen();
    if (!isLocked()) {
        if (isUserActivity(event->type()))
            m_lastActivity = now();
        return false;
    }
    // Locked: input meant for the window's content goes nowhere; the lock screen works as usual.
    if (isInput(event->type()) && m_window && watched->isWidgetType()) {
        auto *w = static_cast<QWidget *>(watched);
        if (w->window() == m_window && !isInsideLockScreen(w))
            return true;
    }
    return false;
}

} // namespace authdesk
