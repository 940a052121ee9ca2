#pragma once
// The JWT inspector: an administrator pastes a token and sees its header and claims as indented JSON,
// its time claims in local time ("in 12 minutes", "3 hours ago"), and whether it verifies — with
// this store's keys or with a JWKS / PEM public key pasted beside it — and, when not, exactly why.
// Decoding runs as the text changes (after a short pause); verifying runs in the store on its SQL
// thread (LocalDirectory::inspectToken). A token is a credential: it is never logged or persisted,
// and the text boxes are emptied when the dialog closes.

#include "core/Principal.h"
#include "core/auth/Tokens.h"

#include <QDateTime>
#include <QDialog>
#include <QPointer>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QTableWidget;
class QTimer;

namespace authdesk {

class LocalDirectory;

class TokenInspectorDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenInspectorDialog)
public:
    // Decoding (and the automatic verification after it) waits until typing pauses this long.
    static constexpr int DecodeDelayMs = 300;

    enum class Verdict {
        None,      // nothing pasted yet
        Checking,  // the store is verifying
        Verified,  // signature and claims check out
        Invalid,   // a JWT, but refused (signature, key, algorithm, claims …)
        Malformed, // not a JWT at all; says why
        NeedsKeys, // "Pasted JWKS / PEM" is chosen but nothing is pasted
        Error,     // the store could not check it (the pasted keys are unusable, no permission …)
    };
    Q_ENUM(Verdict)
    enum class KeySource { Store, Pasted };
    enum TimeColumn { ClaimColumn, LocalTimeColumn, RelativeColumn };

    // The directory must outlive the dialog.
    TokenInspectorDialog(LocalDirectory *directory, Principal actor, QWidget *parent = nullptr);
    ~TokenInspectorDialog() override;

    // Puts TOKEN in the token box and decodes and verifies it at once, without waiting for a pause.
    void setToken(const QString &token);
    void setKeySource(KeySource source);
    KeySource keySource() const;
    // Decodes the token box now and, when it is a JWT, asks the store to verify it.
    void verifyNow();

    Verdict verdict() const { return m_verdict; }
    QString verdictText() const;
    bool isBusy() const { return m_verdict == Verdict::Checking; }
    // The store's last answer, for the tests (failure names as jwt::failureName gives them).
    const TokenInspection &inspection() const { return m_inspection; }

    QPlainTextEdit *tokenEdit() const { return m_tokenEdit; }
    QPlainTextEdit *keysEdit() const { return m_keysEdit; }
    QRadioButton *storeKeysButton() const { return m_storeKeys; }
    QRadioButton *pastedKeysButton() const { return m_pastedKeys; }
    QPushButton *verifyButton() const { return m_verify; }
    QLabel *verdictLabel() const { return m_verdictLabel; }
    QPlainTextEdit *headerView() const { return m_headerView; }
    QPlainTextEdit *claimsView() const { return m_claimsView; }
    QTableWidget *timesTable() const { return m_times; }

    // How the time claims are shown, so the tests can say what they expect.
    static QString localTimeText(const QDateTime &at);
    // "in 12 minutes", "3 hours ago", "now" — relative to NOW, rounded down to the largest whole unit.
    static QString relativeTimeText(const QDateTime &at, const QDateTime &now);

    void done(int result) override;

Q_SIGNALS:
    // A verdict other than Checking was shown.
    void verdictChanged(authdesk::TokenInspectorDialog::Verdict verdict);

protected:
    void changeEvent(QEvent *event) override;

private:
    void decodeAndVerify();
    void showDecoded(const QJsonObject &header, const QJsonObject &claims);
    void fillTimes();
    void showVerdict(Verdict verdict, const QString &text);
    void applyVerdictColours();
    void onKeySourceChanged();
    void clearAll();

    QPointer<LocalDirectory> m_directory;
    Principal m_actor;
    TokenInspection m_inspection;
    QJsonObject m_claims; // of the token shown, for the time table
    Verdict m_verdict = Verdict::None;
    quint64 m_request = 0; // answers to an older request than this are dropped

    QTimer *m_decodeTimer = nullptr;
    QTimer *m_clockTimer = nullptr;
    QPlainTextEdit *m_tokenEdit = nullptr;
    QRadioButton *m_storeKeys = nullptr;
    QRadioButton *m_pastedKeys = nullptr;
    QLabel *m_keysCaption = nullptr;
    QPlainTextEdit *m_keysEdit = nullptr;
    QPushButton *m_verify = nullptr;
    QPushButton *m_close = nullptr;
    QLabel *m_verdictIcon = nullptr;
    QLabel *m_verdictLabel = nullptr;
    QWidget *m_verdictBox = nullptr;
    QPlainTextEdit *m_headerView = nullptr;
    QPlainTextEdit *m_claimsView = nullptr;
    QTableWidget *m_times = nullptr;
};

} // namespace authdesk
