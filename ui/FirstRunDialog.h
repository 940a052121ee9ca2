#pragma once
// The first run of a new local store: the person at the keyboard becomes its owner. Collects
// the owner's account, creates the store (LocalDirectory::create), shows a refusal inline
// (an invalid email, a store that is already set up …), then signs the owner in, so the caller
// receives a Principal and can open the main window.

#include "core/Principal.h"
#include "core/Result.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QLineEdit;
class QPushButton;

namespace authdesk {

class InlineStatus;
class LocalDirectory;

class FirstRunDialog final : public QDialog {
    Q_OBJECT
public:
    // What InputRules::password enforces; shown to the user before they type.
    static constexpr int MinimumPasswordLength = 15;

    explicit FirstRunDialog(LocalDirectory *directory, QWidget *parent = nullptr);

    // The signed-in owner once the dialog is accepted.
    Principal principal() const { return m_principal; }
    bool isBusy() const { return m_busy; }
    QString errorText() const;

public Q_SLOTS:
    void reject() override; // ignored while the store is being created

private:
    void updateValidity();
    void createStore();
    void onCreated(const Status &status, const QString &username, const QString &password);
    void onSignedIn(const Result<Principal> &result);
    void setBusy(bool busy);
    void fail(const QString &message);

    LocalDirectory *m_directory = nullptr;
    QLineEdit *m_usernameEdit = nullptr;
    QLineEdit *m_emailEdit = nullptr;
    QLineEdit *m_displayNameEdit = nullptr;
    QLineEdit *m_passwordEdit = nullptr;
    QLineEdit *m_confirmEdit = nullptr;
    QLabel *m_passwordHint = nullptr;
    InlineStatus *m_status = nullptr;
    QPushButton *m_createButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPointer<QWidget> m_focusBeforeBusy;
    Principal m_principal;
    bool m_busy = false;
};

} // namespace authdesk
