#pragma once
// The dialogs the user detail pane opens for one user: edit (with conflict resolution), reset
// password, disable, delete. Each sends one directory call, shows the core's refusal inline and
// closes only once the store changed; while a call runs its buttons are disabled.

#include "core/Principal.h"
#include "core/Result.h"
#include "core/User.h"

#include "models/Continuation.h"

#include <QDialog>
#include <QFuture>
#include <QMetaObject>
#include <QPointer>

class QCheckBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace authdesk {

class Directory;
class InlineStatus;

// Shown when an edit was refused because someone else changed the user meanwhile: their values
// and the admin's side by side, and what to do about it.
class EditConflictDialog final : public QDialog {
    Q_OBJECT
public:
    enum Choice { Cancel = QDialog::Rejected, Reload = QDialog::Accepted, ApplyMine };

    EditConflictDialog(const User &theirs, const QString &myEmail, const QString &myDisplayName,
                       QWidget *parent = nullptr);

    QPushButton *reloadButton() const { return m_reload; }
    QPushButton *applyMineButton() const { return m_applyMine; }
    QPushButton *cancelButton() const { return m_cancel; }
    // The values in the two columns, as shown (test hook).
    QString theirEmailText() const;
    QString theirDisplayNameText() const;
    QString myEmailText() const;
    QString myDisplayNameText() const;

private:
    QLabel *m_theirEmail = nullptr;
    QLabel *m_theirDisplayName = nullptr;
    QLabel *m_myEmail = nullptr;
    QLabel *m_myDisplayName = nullptr;
    QPushButton *m_reload = nullptr;
    QPushButton *m_applyMine = nullptr;
    QPushButton *m_cancel = nullptr;
};

// Edits a user's email and display name against the version it was opened on, so a change made
// by someone else meanwhile is found instead of overwritten.
class EditUserDialog final : public QDialog {
    Q_OBJECT
public:
    EditUserDialog(Directory *directory, Principal actor, const User &user, QWidget *parent = nullptr);

    QLineEdit *emailEdit() const { return m_email; }
    QLineEdit *displayNameEdit() const { return m_displayName; }
    QPushButton *saveButton() const { return m_save; }
    QString errorText() const;
    bool isBusy() const { return m_busy; }
    // The conflict dialog while it is open, else null.
    EditConflictDialog *conflictDialog() const { return m_conflict; }
    // The version the next save expects.
    qint64 baseVersion() const { return m_base.version; }
    // The user as saved, once the dialog is accepted.
    User savedUser() const { return m_saved; }

    void reject() override;

Q_SIGNALS:
    // Someone else's version was taken with "Reload"; the pane shows it at once.
    void reloaded(const authdesk::User &user);

private:
    void submit();
    void onSaved(const Result<User> &result);
    void showConflict(const Result<User> &theirs);
    void setBusy(bool busy);

    QPointer<Directory> m_directory;
    Principal m_actor;
    User m_base; // the version the admin started from
    User m_saved;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_displayName = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_cancel = nullptr;
    InlineStatus *m_status = nullptr;
    QPointer<EditConflictDialog> m_conflict;
    bool m_busy = false;
};

// Sets a new password for a user: typed, or generated and shown once with Copy. The core checks it
// against the store's policy; "must change at next sign-in" is on by default. Closing the dialog
// empties every field that held the password.
class ResetPasswordDialog final : public QDialog {
    Q_OBJECT
public:
    ResetPasswordDialog(Directory *directory, Principal actor, const User &user, QWidget *parent = nullptr);
    ~ResetPasswordDialog() override;

    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *generatedEdit() const { return m_generated; }
    QPushButton *generateButton() const { return m_generate; }
    QPushButton *copyButton() const { return m_copy; }
    QCheckBox *mustChangeBox() const { return m_mustChange; }
    QPushButton *setButton() const { return m_set; }
    QString errorText() const;
    bool isBusy() const { return m_busy; }

    void done(int result) override;

private:
    void generate();
    void submit();
    void wipe();
    void showGenerated(bool visible);
    void setBusy(bool busy);

    QPointer<Directory> m_directory;
    Principal m_actor;
    User m_user;
    QLabel *m_generatedCaption = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_generated = nullptr;
    QLabel *m_generatedLabel = nullptr;
    QPushButton *m_generate = nullptr;
    QPushButton *m_copy = nullptr;
    QCheckBox *m_mustChange = nullptr;
    QPushButton *m_set = nullptr;
    QPushButton *m_cancel = nullptr;
    InlineStatus *m_status = nullptr;
    bool m_busy = false;
};

// Disables a user: a reason is required, an end (local time, in the future) is optional.
class DisableUserDialog final : public QDialog {
    Q_OBJECT
public:
    DisableUserDialog(Directory *directory, Principal actor, const User &user, QWidget *parent = nullptr);

    QPlainTextEdit *reasonEdit() const { return m_reason; }
    QCheckBox *untilBox() const { return m_untilBox; }
    QDateTimeEdit *untilEdit() const { return m_until; }
    QPushButton *disableButton() const { return m_disable; }
    QString errorText() const;
    bool isBusy() const { return m_busy; }
    User savedUser() const { return m_saved; }

    void reject() override;

private:
    void submit();
    void setBusy(bool busy);

    QPointer<Directory> m_directory;
    Principal m_actor;
    User m_user;
    User m_saved;
    QPlainTextEdit *m_reason = nullptr;
    QCheckBox *m_untilBox = nullptr;
    QDateTimeEdit *m_until = nullptr;
    QPushButton *m_disable = nullptr;
    QPushButton *m_cancel = nullptr;
    InlineStatus *m_status = nullptr;
    bool m_busy = false;
};

// Deletes a user once the admin has typed the username exactly (case-sensitive); says what is lost.
class DeleteUserDialog final : public QDialog {
    Q_OBJECT
public:
    DeleteUserDialog(Directory *directory, Principal actor, const User &user, QWidget *parent = nullptr);

    QLineEdit *confirmEdit() const { return m_confirm; }
    QPushButton *deleteButton() const { return m_delete; }
    QLabel *consequencesLabel() const { return m_consequences; }
    QString errorText() const;
    bool isBusy() const { return m_busy; }

    void reject() override;

private:
    void submit();
    void setBusy(bool busy);

    QPointer<Directory> m_directory;
    Principal m_actor;
    User m_user;
    QLabel *m_consequences = nullptr;
    QLineEdit *m_confirm = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_cancel = nullptr;
    InlineStatus *m_status = nullptr;
    bool m_busy = false;
};

} // namespace authdesk
