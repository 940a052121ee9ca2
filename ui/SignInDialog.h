#pragma once
// Signs an administrator in to a directory: username or email and password, checked by the
// directory (Directory::signIn) while the dialog shows it is busy; a refusal ("Wrong username
// or password.") is shown inline and the password field is cleared for the next attempt.

#include "core/Principal.h"
#include "core/Result.h"

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace authdesk {

class Directory;
class InlineStatus;

class SignInDialog final : public QDialog {
    Q_OBJECT
public:
    explicit SignInDialog(Directory *directory, QWidget *parent = nullptr);

    // Fills the username field (the last one that signed in is filled in already).
    void setLogin(const QString &login);
    // What the next sign-in dialog fills in; a username is not a secret.
    static void rememberLogin(const QString &username);
    // The signed-in administrator once the dialog is accepted.
    Principal principal() const { return m_principal; }
    bool isBusy() const { return m_busy; }
    QString errorText() const;

public Q_SLOTS:
    void reject() override; // ignored while the directory is checking the password

private:
    void updateValidity();
    void signIn();
    void onSignedIn(const Result<Principal> &result);
    void setBusy(bool busy);

    Directory *m_directory = nullptr;
    QLineEdit *m_loginEdit = nullptr;
    QLineEdit *m_passwordEdit = nullptr;
    InlineStatus *m_status = nullptr;
    QPushButton *m_signInButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    Principal m_principal;
    bool m_busy = false;
};

} // namespace authdesk
