#pragma once
// The helpdesk's guided MFA reset of one user, in four steps: the request (ticket, reason, how the
// caller's identity was checked), the inspection (what the account has, without secrets, and whether
// this operator may reset it), the confirmation (exactly what will happen, confirmed by typing the
// username) and the result (the audit event, the temporary access pass shown once, whether the user
// was told). A failed reset brings the operator back to the inspection with the request kept.

#include "core/MfaReset.h"
#include "core/Principal.h"
#include "core/Result.h"
#include "core/User.h"

#include <QDialog>
#include <QPointer>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTreeWidget;

namespace authdesk {

class Directory;
class InlineStatus;

class MfaResetWizard final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MfaResetWizard)
public:
    enum Page { RequestPage, InspectPage, ConfirmPage, DonePage };

    // The directory must outlive the wizard.
    MfaResetWizard(Directory *directory, Principal actor, const User &user, QWidget *parent = nullptr);
    ~MfaResetWizard() override;

    Page currentPage() const;
    // True while the inspection or the reset runs.
    bool isBusy() const { return m_busy; }

    // The request as the fields give it now (with the inspection's state token, once inspected).
    MfaResetRequest request() const;
    // What is missing or wrong in the request, one rule per line; empty when Next may go on.
    QString validationText() const;
    // The latest inspection, once one arrived.
    const std::optional<MfaResetInspection> &inspection() const { return m_inspection; }
    // The audit event of the reset, once done (0 before).
    qint64 auditEventId() const { return m_auditEventId; }

    // Widgets, for the tests and for screen readers' sake named by object name too.
    QLineEdit *ticketEdit() const { return m_ticket; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QComboBox *methodCombo() const { return m_method; }
    QLineEdit *noteEdit() const { return m_note; }
    QCheckBox *temporaryPassBox() const { return m_passBox; }
    QSpinBox *temporaryPassMinutes() const { return m_passMinutes; }
    QTreeWidget *failuresTree() const { return m_failures; }
    QLineEdit *confirmEdit() const { return m_confirm; }
    QLineEdit *temporaryPassEdit() const { return m_passEdit; }
    QPushButton *backButton() const { return m_back; }
    QPushButton *nextButton() const { return m_next; }
    QPushButton *inspectAgainButton() const { return m_inspectAgain; }
    QPushButton *copyButton() const { return m_copy; }
    QPushButton *closeButton() const { return m_close; }
    // The error of the last directory call, or an empty string.
    QString errorText() const;
    // Why this operator may not reset this user, and the rule, when the inspection refused.
    QString refusalText() const;
    // The confirmation page's account of what will happen.
    QString summaryText() const;
    // The done page: the outcome, and whether the user was told (a failed notification is a warning).
    QString resultText() const;
    QString notificationText() const;
    bool notificationIsWarning() const { return m_notificationWarning; }

    // Refused while the reset runs; otherwise clears the temporary pass from the widgets, the
    // clipboard (when it still holds it) and memory.
    void done(int result) override;

Q_SIGNALS:
    // The reset committed; the user as it is now.
    void resetDone(const authdesk::User &user);

private:
    void buildRequestPage();
    void buildInspectPage();
    void buildConfirmPage();
    void buildDonePage();
    void goTo(Page page);
    void goNext();
    void goBack();
    void inspect();
    void showInspection(const MfaResetInspection &inspection);
    void fillSummary();
    void runReset();
    void showResult(MfaResetResult result);
    void resetFailed(const Error &error);
    void updateButtons();
    void setBusy(bool busy, const QString &text = {});
    void readStoreSettings();
    void wipePass();

    QPointer<Directory> m_directory;
    Principal m_actor;
    User m_user;
    std::optional<MfaResetInspection> m_inspection;
    bool m_inspectionCurrent = false; // false after a failed reset: inspect again before going on
    bool m_actorHasMfaReset = true;   // from ownConsolePermissions, to name the rule a refusal is
    int m_defaultPassMinutes = 60;
    QString m_notifierChannel; // "smtp", "command", or empty: none configured
    bool m_notifierKnown = false;
    QString m_settingsError;
    bool m_busy = false;
    quint64 m_callGeneration = 0;
    qint64 m_auditEventId = 0;
    QString m_pass; // the temporary access pass while the done page shows it
    bool m_notificationWarning = false;

    QStackedWidget *m_pages = nullptr;
    QLabel *m_stepLabel = nullptr;
    InlineStatus *m_status = nullptr;

    QLineEdit *m_ticket = nullptr;
    QLineEdit *m_reason = nullptr;
    QComboBox *m_method = nullptr;
    QLabel *m_noteLabel = nullptr;
    QLineEdit *m_note = nullptr;
    QLabel *m_validation = nullptr;

    QLabel *m_accountValue = nullptr;
    QLabel *m_rolesValue = nullptr;
    QLabel *m_factorValue = nullptr;
    QLabel *m_createdValue = nullptr;
    QLabel *m_activatedValue = nullptr;
    QLabel *m_lastUsedValue = nullptr;
    QLabel *m_recoveryValue = nullptr;
    QLabel *m_devicesValue = nullptr;
    QLabel *m_sessionsValue = nullptr;
    QLabel *m_passOutstandingValue = nullptr;
    QLabel *m_failuresNote = nullptr;
    QTreeWidget *m_failures = nullptr;
    QWidget *m_refusalBox = nullptr;
    QLabel *m_refusal = nullptr;
    QWidget *m_passRow = nullptr;
    QCheckBox *m_passBox = nullptr;
    QSpinBox *m_passMinutes = nullptr;
    QPushButton *m_inspectAgain = nullptr;

    QLabel *m_summary = nullptr;
    QLineEdit *m_confirm = nullptr;

    QLabel *m_result = nullptr;
    QWidget *m_passBoxDone = nullptr;
    QLineEdit *m_passEdit = nullptr;
    QLabel *m_passExpiry = nullptr;
    QPushButton *m_copy = nullptr;
    QLabel *m_notifyIcon = nullptr;
    QLabel *m_notification = nullptr;

    QPushButton *m_back = nullptr;
    QPushButton *m_next = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace authdesk
