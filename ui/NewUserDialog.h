#pragma once
// Creates one user: username, email, display name, roles (those the administrator may give) and
// either a password — typed, or generated and shown once — or none for now. The directory checks
// everything (input rules, password policy, which roles the administrator may assign) and its
// refusal is shown inline with nothing lost.

#include "core/Principal.h"
#include "core/Result.h"
#include "core/User.h"

#include <QDialog>
#include <QSet>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;

namespace authdesk {

class Directory;
class InlineStatus;

class NewUserDialog final : public QDialog {
    Q_OBJECT
public:
    NewUserDialog(Directory *directory, const Principal &principal, const QSet<QString> &permissions,
                  QWidget *parent = nullptr);
    ~NewUserDialog() override;

    // The user as the directory made it, once accepted.
    const User &createdUser() const { return m_created; }
    bool isBusy() const { return m_busy; }
    QString errorText() const;

public Q_SLOTS:
    void reject() override; // ignored while the directory is creating the user

private:
    void loadRoles();
    void generatePassword();
    void updateValidity();
    void create();
    void setBusy(bool busy);
    void wipePassword();

    Directory *m_directory = nullptr;
    Principal m_principal;
    QSet<QString> m_permissions;
    QLineEdit *m_usernameEdit = nullptr;
    QLineEdit *m_emailEdit = nullptr;
    QLineEdit *m_displayNameEdit = nullptr;
    QListWidget *m_rolesList = nullptr;
    QLabel *m_rolesNote = nullptr;
    QRadioButton *m_setPasswordRadio = nullptr;
    QRadioButton *m_noPasswordRadio = nullptr;
    QLineEdit *m_passwordEdit = nullptr;
    QPushButton *m_generateButton = nullptr;
    QPushButton *m_copyButton = nullptr;
    QCheckBox *m_mustChangeBox = nullptr;
    InlineStatus *m_status = nullptr;
    QPushButton *m_createButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    User m_created;
    bool m_busy = false;
};

} // namespace authdesk
