#pragma once
// Signs an administrator in to a directory in up to two steps: username or email and password,
// then, for an account with an authenticator, its 6/8-digit code (or a recovery code) on a second
// page with "Remember on this computer for N days". A remembered computer's token lives in the OS
// keychain (one entry per store and user) and is tried first, silently. Refusals are shown inline;
// the password is kept only between the two steps and wiped after use.

#include "core/Credentials.h"
#include "core/Principal.h"
#include "core/Result.h"

#include <QDialog>
#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace authdesk {

class Directory;
class InlineStatus;
class Keychain;

class SignInDialog final : public QDialog {
    Q_OBJECT
public:
    enum class Page { Password, SecondFactor };

    // keychain: where remembered-computer tokens are kept; null: this desktop's own keychain.
    explicit SignInDialog(Directory *directory, QWidget *parent = nullptr, std::shared_ptr<Keychain> keychain = {});
    ~SignInDialog() override;

    // Fills the username field (the last one that signed in is filled in already).
    void setLogin(const QString &login);
    // What the next sign-in dialog fills in; a username is not a secret.
    static void rememberLogin(const QString &username);
    // The keychain entry of a remembered computer for a store and user.
    static QString deviceEntryName(const QString &directoryId, const QString &username);
    // The signed-in administrator once the dialog is accepted.
    Principal principal() const { return m_principal; }
    bool isBusy() const { return m_busy; }
    QString errorText() const;
    Page page() const;
    bool usesRecoveryCode() const { return m_kind == SecondFactorKind::RecoveryCode; }
    // What the code page asks for now: the authenticator's code, a recovery code or a temporary access pass.
    SecondFactorKind codeKind() const { return m_kind; }

public Q_SLOTS:
    void reject() override; // ignored while the directory is checking

private:
    void updateValidity();
    void submit();
    void signInWithPassword();
    void signInWithRememberedDevice(const QString &login, const QString &token);
    void submitSecondFactor();
    void onPasswordResult(const Result<Principal> &result);
    void onSecondFactorResult(const Result<SignInResult> &result, bool fromDevice);
    void showSecondFactorPage(const QString &message);
    void showPasswordPage();
    void setCodeKind(SecondFactorKind kind);
    void finish(const Principal &principal);
    void wipePassword();
    void setBusy(bool busy);

    Directory *m_directory = nullptr;
    std::shared_ptr<Keychain> m_keychain;
    SignInPolicy m_policy;
    bool m_policyKnown = false;
    QStackedWidget *m_pages = nullptr;
    QLineEdit *m_loginEdit = nullptr;
    QLineEdit *m_passwordEdit = nullptr;
    QLabel *m_codePrompt = nullptr;
    QLabel *m_codeLabel = nullptr;
    QLineEdit *m_codeEdit = nullptr;
    QPushButton *m_recoveryLink = nullptr;
    QPushButton *m_passLink = nullptr; // a temporary access pass from a helpdesk MFA reset
    QCheckBox *m_rememberCheck = nullptr;
    InlineStatus *m_status = nullptr;
    QPushButton *m_signInButton = nullptr;
    QPushButton *m_backButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    Principal m_principal;
    QString m_login;     // as the password step accepted it
    QString m_password;  // only between the two steps
    SecondFactorKind m_kind = SecondFactorKind::Totp;
    bool m_busy = false;
};

} // namespace authdesk
