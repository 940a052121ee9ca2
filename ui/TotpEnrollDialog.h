#pragma once
// Enrolls a user's authenticator app at the desk, in three pages: scan the QR code (issuer and account
// in words beside it, the key and the otpauth URI only on request), type the first code to activate
// it, then take the recovery codes (shown once; Copy, Save as PDF, Print). In NewRecoveryCodes mode it
// makes a new set of recovery codes and shows the same last page. It closes itself after the store's
// console.enroll_timeout_minutes, and on every close it empties the widgets that held the secret or
// the codes, wipes its own copies and clears the clipboard if it still holds what the dialog put there.

#include "core/Credentials.h"
#include "core/Principal.h"
#include "core/Result.h"
#include "core/User.h"
#include "core/crypto/QrCode.h"

#include <QDateTime>
#include <QDialog>
#include <QElapsedTimer>
#include <QPointer>
#include <QStringList>
#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace authdesk {

class Directory;
class InlineStatus;
class QrCodeLabel;

class TotpEnrollDialog final : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Enroll, NewRecoveryCodes };
    enum class Page { Starting, Scan, Verify, RecoveryCodes, Failed };

    // Test hooks for what would otherwise be a modal question or a file picker. The confirmation gets
    // the question and answers true to close; the save hook returns the path chosen, empty to cancel.
    using ConfirmHook = std::function<bool(const QString &question)>;
    using SavePathHook = std::function<QString(const QString &suggested)>;

    // Starts at once: enrollTotp (or regenerateRecoveryCodes) for USER, acting as ACTOR.
    TotpEnrollDialog(Directory *directory, Principal actor, const User &user, Mode mode = Mode::Enroll,
                     QWidget *parent = nullptr);
    ~TotpEnrollDialog() override;

    Page page() const;
    bool isBusy() const { return m_busy; }
    bool hadActiveFactor() const { return m_hadActiveFactor; }
    bool timedOut() const { return m_timedOut; }
    // The timeout as the store sets it, unless a test chose another.
    void setTimeoutForTesting(int milliseconds);
    qint64 timeoutMs() const { return m_timeoutMs; }
    int remainingSeconds() const;
    void setConfirmHook(ConfirmHook hook) { m_confirmHook = std::move(hook); }
    void setSavePathHook(SavePathHook hook) { m_savePathHook = std::move(hook); }

    QrCodeLabel *qrLabel() const { return m_qr; }
    QLabel *issuerLabel() const { return m_issuer; }
    QLabel *accountLabel() const { return m_account; }
    QLabel *replaceNote() const { return m_replaceNote; }
    QPushButton *showKeyButton() const { return m_showKey; }
    QLineEdit *secretEdit() const { return m_secret; }
    QLineEdit *uriEdit() const { return m_uri; }
    QPushButton *copySecretButton() const { return m_copySecret; }
    QPushButton *copyUriButton() const { return m_copyUri; }
    QPushButton *nextButton() const { return m_next; }
    QLineEdit *codeEdit() const { return m_code; }
    QPushButton *activateButton() const { return m_activate; }
    QPushButton *backButton() const { return m_back; }
    QPlainTextEdit *codesView() const { return m_codesView; }
    QPushButton *copyCodesButton() const { return m_copyCodes; }
    QPushButton *savePdfButton() const { return m_savePdf; }
    QPushButton *printButton() const { return m_print; }
    QCheckBox *storedBox() const { return m_stored; }
    QPushButton *finishButton() const { return m_finish; }
    QPushButton *cancelButton() const { return m_cancel; }
    QLabel *countdownLabel() const { return m_countdown; }
    QString errorText() const;
    QString noticeText() const;

    void done(int result) override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void start();
    void showEnrollment(const TotpEnrollment &enrollment);
    void showCodes(const QStringList &codes);
    void showFailure(const QString &message);
    void setPage(Page page);
    void setKeyShown(bool shown);
    void activate();
    void savePdf();
    void print();
    void copyToClipboard(const QString &text);
    void tick();
    void setBusy(bool busy);
    void wipe();
    QString sheetUser() const;

    QPointer<Directory> m_directory;
    Principal m_actor;
    User m_user;
    Mode m_mode;
    bool m_busy = false;
    bool m_closed = false;
    bool m_hadActiveFactor = false;
    bool m_timeoutFixed = false;
    TotpEnrollment m_enrollment; // wiped on close
    QString m_groupedSecret;     // wiped on close
    QStringList m_codes;         // wiped on close
    QString m_onClipboard;       // what the dialog put there; wiped on close
    crypto::QrCode m_qrCode;
    QDateTime m_codesMadeAt;
    QElapsedTimer m_sinceOpen;
    qint64 m_timeoutMs = 5 * 60 * 1000;
    bool m_timedOut = false;
    QTimer *m_ticker = nullptr;
    ConfirmHook m_confirmHook;
    SavePathHook m_savePathHook;

    QStackedWidget *m_pages = nullptr;
    QrCodeLabel *m_qr = nullptr;
    QLabel *m_issuer = nullptr;
    QLabel *m_account = nullptr;
    QLabel *m_replaceNote = nullptr;
    QPushButton *m_showKey = nullptr;
    QWidget *m_keyBox = nullptr;
    QLineEdit *m_secret = nullptr;
    QLineEdit *m_uri = nullptr;
    QPushButton *m_copySecret = nullptr;
    QPushButton *m_copyUri = nullptr;
    QPushButton *m_next = nullptr;
    QLabel *m_codePrompt = nullptr;
    QLineEdit *m_code = nullptr;
    QPushButton *m_activate = nullptr;
    QPushButton *m_back = nullptr;
    QLabel *m_codesIntro = nullptr;
    QPlainTextEdit *m_codesView = nullptr;
    QPushButton *m_copyCodes = nullptr;
    QPushButton *m_savePdf = nullptr;
    QPushButton *m_print = nullptr;
    QCheckBox *m_stored = nullptr;
    QPushButton *m_finish = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_failure = nullptr;
    QLabel *m_countdown = nullptr;
    QLabel *m_notice = nullptr;
    InlineStatus *m_status = nullptr;
};

} // namespace authdesk
