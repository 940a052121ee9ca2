#include "ui/MfaResetWizard.h"

#include "core/Directory.h"
#include "core/crypto/SecureCompare.h"
#include "core/policy/ConsolePermissions.h"
#include "core/policy/InputRules.h"
#include "core/policy/StoreSettings.h"
#include "models/AuditListModel.h"
#include "models/Continuation.h"
#include "ui/DialogHeader.h"
#include "ui/InlineStatus.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace authdesk {

namespace {

// The limits core applies too; checked here so Next says what is wrong before anything is sent.
constexpr int MaxNoteLength = 500;
constexpr int MinPassMinutes = StoreSettings::MinTemporaryPassMinutes;
constexpr int MaxPassMinutes = StoreSettings::MaxTemporaryPassMinutes;

QString shown(const QString &text)
{
    return InputRules::escapeForDisplay(text);
}

// Every call names its user by id, so a user renamed meanwhile cannot redirect it.
QString refOf(const User &user)
{
    return QStringLiteral("#%1").arg(user.id);
}

QString localTime(const QDateTime &utc, const QString &otherwise)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat) : otherwise;
}

QLabel *valueLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

QLabel *textLabel(const QString &objectName, QWidget *parent)
{
    QLabel *label = valueLabel(objectName, parent);
    label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    return label;
}

} // namespace

MfaResetWizard::MfaResetWizard(Directory *directory, Principal actor, const User &user, QWidget *parent)
    : QDialog(parent),
      m_directory(directory),
      m_actor(std::move(actor)),
      m_user(user),
      m_pages(new QStackedWidget(this)),
      m_stepLabel(new QLabel(this)),
      m_status(new InlineStatus(this))
{
    setObjectName(QStringLiteral("mfaResetWizard"));
    setWindowTitle(tr("Reset MFA"));
    auto *header = new DialogHeader(
        tr("Reset the MFA of %1").arg(shown(user.username)),
        tr("For a user who lost their authenticator: record the request, look at the account, confirm, and hand "
           "over what they need to enroll again."),
        this);
    m_stepLabel->setObjectName(QStringLiteral("stepLabel"));
    m_stepLabel->setTextFormat(Qt::PlainText);
    QFont stepFont = m_stepLabel->font();
    stepFont.setBold(true);
    m_stepLabel->setFont(stepFont);
    m_status->setObjectName(QStringLiteral("inlineStatus"));

    buildRequestPage();
    buildInspectPage();
    buildConfirmPage();
    buildDonePage();

    auto *buttons = new QDialogButtonBox(this);
    m_back = buttons->addButton(tr("< &Back"), QDialogButtonBox::ActionRole);
    m_back->setObjectName(QStringLiteral("backButton"));
    m_next = buttons->addButton(tr("&Next >"), QDialogButtonBox::ActionRole);
    m_next->setObjectName(QStringLiteral("nextButton"));
    m_close = buttons->addButton(QDialogButtonBox::Cancel);
    m_close->setObjectName(QStringLiteral("closeButton"));
    // Return in a field must never take a step, least of all the reset itself.
    for (QPushButton *b : {m_back, m_next, m_close})
        b->setAutoDefault(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addWidget(m_stepLabel);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 90);

    connect(m_back, &QPushButton::clicked, this, &MfaResetWizard::goBack);
    connect(m_next, &QPushButton::clicked, this, &MfaResetWizard::goNext);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);

    readStoreSettings();
    goTo(RequestPage);
}

MfaResetWizard::~MfaResetWizard()
{
    wipePass();
}

void MfaResetWizard::buildRequestPage()
{
    auto *page = new QWidget(m_pages);
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);

    auto *intro = textLabel(QStringLiteral("requestIntro"), page);
    intro->setText(tr("Verify who is asking on a channel other than the authenticator being reset — never over it. "
                      "The ticket, the reason and how you checked are recorded in the audit log."));
    form->addRow(intro);

    m_ticket = new QLineEdit(page);
    m_ticket->setObjectName(QStringLiteral("ticketEdit"));
    m_ticket->setAccessibleName(tr("Ticket number (required)"));
    m_ticket->setPlaceholderText(tr("e.g. INC-20417"));
    m_ticket->setMaxLength(InputRules::MaxTicketLength * 2); // longer is refused with a message, not cut silently
    form->addRow(tr("&Ticket:"), m_ticket);

    // One line: the audit log's reasons hold no line breaks.
    m_reason = new QLineEdit(page);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setAccessibleName(tr("Reason (required)"));
    m_reason->setPlaceholderText(tr("What happened, e.g. phone lost, new phone, authenticator app deleted"));
    form->addRow(tr("&Reason:"), m_reason);

    m_method = new QComboBox(page);
    m_method->setObjectName(QStringLiteral("methodCombo"));
    m_method->setAccessibleName(tr("How you verified the caller's identity (required)"));
    // Nothing chosen at first: the operator picks what they actually did.
    m_method->setPlaceholderText(tr("Choose how you verified the caller…"));
    for (const QString &name : identityCheckNames()) {
        IdentityCheck check = IdentityCheck::Other;
        QString label = name;
        if (parseIdentityCheck(name, &check)) {
            switch (check) {
            case IdentityCheck::CallBack:
                label = tr("Called back the phone number on file");
                break;
            case IdentityCheck::InPerson:
                label = tr("In person, with an identity document");
                break;
            case IdentityCheck::ManagerApproval:
                label = tr("The person's manager approved the request");
                break;
            case IdentityCheck::Other:
                label = tr("Other (describe below)");
                break;
            }
        }
        m_method->addItem(label, name);
    }
    m_method->setCurrentIndex(-1);
    form->addRow(tr("&Verified by:"), m_method);

    m_note = new QLineEdit(page);
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setAccessibleName(tr("How the identity was verified"));
    m_noteLabel = new QLabel(tr("&Details:"), page);
    m_noteLabel->setBuddy(m_note);
    form->addRow(m_noteLabel, m_note);

    m_validation = textLabel(QStringLiteral("validationLabel"), page);
    m_validation->setAccessibleName(tr("What is still missing"));
    form->addRow(m_validation);

    auto changed = [this] {
        const bool other = m_method->currentData().toString() == identityCheckName(IdentityCheck::Other);
        m_note->setPlaceholderText(other ? tr("Required: how you verified the caller")
                                         : tr("Optional: e.g. the number called, the approving manager"));
        m_validation->setText(validationText());
        updateButtons();
    };
    connect(m_ticket, &QLineEdit::textChanged, this, changed);
    connect(m_reason, &QLineEdit::textChanged, this, changed);
    connect(m_method, &QComboBox::currentIndexChanged, this, changed);
    connect(m_note, &QLineEdit::textChanged, this, changed);
    m_pages->addWidget(page);
    changed();
}

void MfaResetWizard::buildInspectPage()
{
    auto *page = new QWidget(m_pages);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *columns = new QHBoxLayout;
    auto *accountBox = new QGroupBox(tr("Account"), page);
    auto *accountForm = new QFormLayout(accountBox);
    m_accountValue = valueLabel(QStringLiteral("accountValue"), accountBox);
    m_rolesValue = valueLabel(QStringLiteral("rolesValue"), accountBox);
    m_devicesValue = valueLabel(QStringLiteral("devicesValue"), accountBox);
    m_sessionsValue = valueLabel(QStringLiteral("sessionsValue"), accountBox);
    m_passOutstandingValue = valueLabel(QStringLiteral("passOutstandingValue"), accountBox);
    accountForm->addRow(tr("User:"), m_accountValue);
    accountForm->addRow(tr("Roles:"), m_rolesValue);
    accountForm->addRow(tr("Remembered devices:"), m_devicesValue);
    accountForm->addRow(tr("Live sessions:"), m_sessionsValue);
    accountForm->addRow(tr("Temporary pass:"), m_passOutstandingValue);

    auto *factorBox = new QGroupBox(tr("Authenticator"), page);
    auto *factorForm = new QFormLayout(factorBox);
    m_factorValue = valueLabel(QStringLiteral("factorValue"), factorBox);
    m_createdValue = valueLabel(QStringLiteral("createdValue"), factorBox);
    m_activatedValue = valueLabel(QStringLiteral("activatedValue"), factorBox);
    m_lastUsedValue = valueLabel(QStringLiteral("lastUsedValue"), factorBox);
    m_recoveryValue = valueLabel(QStringLiteral("recoveryValue"), factorBox);
    factorForm->addRow(tr("Factor:"), m_factorValue);
    factorForm->addRow(tr("Created:"), m_createdValue);
    factorForm->addRow(tr("Activated:"), m_activatedValue);
    factorForm->addRow(tr("Last used:"), m_lastUsedValue);
    factorForm->addRow(tr("Recovery codes left:"), m_recoveryValue);
    columns->addWidget(accountBox, 1);
    columns->addWidget(factorBox, 1);
    layout->addLayout(columns);

    auto *failuresBox = new QGroupBox(tr("Recent failures and lockouts"), page);
    auto *failuresLayout = new QVBoxLayout(failuresBox);
    m_failures = new QTreeWidget(failuresBox);
    m_failures->setObjectName(QStringLiteral("failuresTree"));
    m_failures->setAccessibleName(tr("Recent failed second-factor attempts and lockouts, newest first"));
    m_failures->setColumnCount(3);
    m_failures->setHeaderLabels({tr("Time"), tr("Event"), tr("Detail")});
    m_failures->setRootIsDecorated(false);
    m_failures->setMinimumHeight(fontMetrics().height() * 5);
    m_failuresNote = textLabel(QStringLiteral("failuresNote"), failuresBox);
    failuresLayout->addWidget(m_failures, 1);
    failuresLayout->addWidget(m_failuresNote);
    layout->addWidget(failuresBox, 1);

    // Shown instead of the way forward when this operator may not reset this user.
    m_refusalBox = new QWidget(page);
    m_refusalBox->setObjectName(QStringLiteral("refusalBox"));
    auto *refusalLayout = new QHBoxLayout(m_refusalBox);
    refusalLayout->setContentsMargins(0, 0, 0, 0);
    auto *refusalIcon = new QLabel(m_refusalBox);
    const int iconSize = style()->pixelMetric(QStyle::PM_LargeIconSize, nullptr, this);
    refusalIcon->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxCritical, nullptr, this).pixmap(iconSize, iconSize));
    refusalIcon->setAlignment(Qt::AlignTop);
    m_refusal = textLabel(QStringLiteral("refusalLabel"), m_refusalBox);
    m_refusal->setAccessibleName(tr("Why you cannot reset this user's MFA"));
    refusalLayout->addWidget(refusalIcon);
    refusalLayout->addWidget(m_refusal, 1);
    layout->addWidget(m_refusalBox);

    m_passRow = new QWidget(page);
    auto *passLayout = new QHBoxLayout(m_passRow);
    passLayout->setContentsMargins(0, 0, 0, 0);
    m_passBox = new QCheckBox(tr("Issue a temporary access pass (single use), expiring in"), m_passRow);
    m_passBox->setObjectName(QStringLiteral("temporaryPassBox"));
    m_passMinutes = new QSpinBox(m_passRow);
    m_passMinutes->setObjectName(QStringLiteral("temporaryPassMinutes"));
    m_passMinutes->setAccessibleName(tr("Minutes the temporary access pass is valid"));
    m_passMinutes->setRange(MinPassMinutes, MaxPassMinutes);
    m_passMinutes->setValue(m_defaultPassMinutes);
    m_passMinutes->setSuffix(tr(" minutes"));
    m_passMinutes->setEnabled(false);
    passLayout->addWidget(m_passBox);
    passLayout->addWidget(m_passMinutes);
    passLayout->addStretch();
    layout->addWidget(m_passRow);
    connect(m_passBox, &QCheckBox::toggled, m_passMinutes, &QWidget::setEnabled);

    auto *againRow = new QHBoxLayout;
    m_inspectAgain = new QPushButton(tr("&Inspect Again"), page);
    m_inspectAgain->setObjectName(QStringLiteral("inspectAgainButton"));
    m_inspectAgain->setAutoDefault(false);
    m_inspectAgain->setToolTip(tr("Read the account's current MFA state again"));
    againRow->addStretch();
    againRow->addWidget(m_inspectAgain);
    layout->addLayout(againRow);
    connect(m_inspectAgain, &QPushButton::clicked, this, &MfaResetWizard::inspect);

    m_pages->addWidget(page);
}

void MfaResetWizard::buildConfirmPage()
{
    auto *page = new QWidget(m_pages);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *caption = textLabel(QStringLiteral("summaryCaption"), page);
    caption->setText(tr("Resetting does all of this in one step; it cannot be undone:"));
    m_summary = textLabel(QStringLiteral("summaryLabel"), page);
    m_summary->setAccessibleName(tr("What the reset will do"));
    m_summary->setContentsMargins(fontMetrics().averageCharWidth() * 2, 0, 0, 0);
    m_confirm = new QLineEdit(page);
    m_confirm->setObjectName(QStringLiteral("confirmEdit"));
    m_confirm->setAccessibleName(tr("Type the username to confirm"));
    m_confirm->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
    auto *confirmLabel = textLabel(QStringLiteral("confirmLabel"), page);
    confirmLabel->setText(
        tr("To confirm, type the username %1 exactly (upper and lower case count):").arg(shown(m_user.username)));
    confirmLabel->setBuddy(m_confirm);
    layout->addWidget(caption);
    layout->addWidget(m_summary);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addWidget(confirmLabel);
    layout->addWidget(m_confirm);
    layout->addStretch();
    connect(m_confirm, &QLineEdit::textChanged, this, &MfaResetWizard::updateButtons);
    m_pages->addWidget(page);
}

void MfaResetWizard::buildDonePage()
{
    auto *page = new QWidget(m_pages);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    m_result = textLabel(QStringLiteral("resultLabel"), page);
    m_result->setAccessibleName(tr("What the reset did"));
    layout->addWidget(m_result);

    m_passBoxDone = new QGroupBox(tr("Temporary access pass — shown only now"), page);
    m_passBoxDone->setObjectName(QStringLiteral("temporaryPassGroup"));
    auto *passLayout = new QGridLayout(m_passBoxDone);
    m_passEdit = new QLineEdit(m_passBoxDone);
    m_passEdit->setObjectName(QStringLiteral("temporaryPassEdit"));
    m_passEdit->setAccessibleName(tr("Temporary access pass"));
    m_passEdit->setReadOnly(true);
    QFont passFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    passFont.setPointSizeF(passFont.pointSizeF() * 1.8);
    passFont.setBold(true);
    m_passEdit->setFont(passFont);
    m_copy = new QPushButton(tr("&Copy"), m_passBoxDone);
    m_copy->setObjectName(QStringLiteral("copyButton"));
    m_copy->setAutoDefault(false);
    m_copy->setToolTip(tr("Copy the pass; the clipboard is cleared when this window closes"));
    m_passExpiry = textLabel(QStringLiteral("passExpiryLabel"), m_passBoxDone);
    passLayout->addWidget(m_passEdit, 0, 0);
    passLayout->addWidget(m_copy, 0, 1);
    passLayout->addWidget(m_passExpiry, 1, 0, 1, 2);
    layout->addWidget(m_passBoxDone);
    connect(m_copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_passEdit->text()); });

    auto *notifyRow = new QHBoxLayout;
    m_notifyIcon = new QLabel(page);
    m_notifyIcon->setObjectName(QStringLiteral("notificationIcon"));
    m_notifyIcon->setAlignment(Qt::AlignTop);
    m_notification = textLabel(QStringLiteral("notificationLabel"), page);
    m_notification->setAccessibleName(tr("Whether the user was told"));
    notifyRow->addWidget(m_notifyIcon);
    notifyRow->addWidget(m_notification, 1);
    layout->addLayout(notifyRow);
    layout->addStretch();
    m_pages->addWidget(page);
}

MfaResetWizard::Page MfaResetWizard::currentPage() const
{
    return static_cast<Page>(m_pages->currentIndex());
}

QString MfaResetWizard::errorText() const
{
    return m_status->errorText();
}

QString MfaResetWizard::refusalText() const
{
    return m_refusalBox->isHidden() ? QString() : m_refusal->text();
}

QString MfaResetWizard::summaryText() const
{
    return m_summary->text();
}

QString MfaResetWizard::resultText() const
{
    return m_result->text();
}

QString MfaResetWizard::notificationText() const
{
    return m_notification->text();
}

MfaResetRequest MfaResetWizard::request() const
{
    MfaResetRequest r;
    r.ticket = m_ticket->text().trimmed();
    r.reason = m_reason->text().trimmed();
    IdentityCheck check = IdentityCheck::Other;
    if (parseIdentityCheck(m_method->currentData().toString(), &check))
        r.verifiedBy = check;
    r.verificationNote = m_note->text().trimmed();
    if (m_inspection)
        r.expectedStateToken = m_inspection->stateToken;
    r.issueTemporaryPass = m_passBox->isChecked();
    r.temporaryPassMinutes = r.issueTemporaryPass ? m_passMinutes->value() : 0;
    return r;
}

QString MfaResetWizard::validationText() const
{
    QStringList missing;
    const QString ticket = m_ticket->text().trimmed();
    if (ticket.isEmpty())
        missing << tr("Enter the ticket number of the request (required).");
    else if (auto checked = InputRules::freeText(ticket, tr("ticket number"), InputRules::MaxTicketLength, true);
             !checked.ok())
        missing << checked.message();
    const QString reason = m_reason->text().trimmed();
    if (reason.isEmpty())
        missing << tr("Enter the reason for the reset (required).");
    else if (auto checked = InputRules::reason(reason, true); !checked.ok())
        missing << checked.message();
    IdentityCheck check = IdentityCheck::Other;
    const bool chosen = parseIdentityCheck(m_method->currentData().toString(), &check);
    const QString note = m_note->text().trimmed();
    if (!chosen)
        missing << tr("Choose how you verified the caller's identity (required).");
    else if (check == IdentityCheck::Other && note.isEmpty())
        missing << tr("With “Other”, describe how you verified the caller's identity (required).");
    if (auto checked = InputRules::freeText(note, tr("verification note"), MaxNoteLength, false); !checked.ok())
        missing << checked.message();
    return missing.join(QLatin1Char('\n'));
}

void MfaResetWizard::goTo(Page page)
{
    m_pages->setCurrentIndex(page);
    switch (page) {
    case RequestPage:
        m_stepLabel->setText(tr("Step 1 of 4: the request"));
        break;
    case InspectPage:
        m_stepLabel->setText(tr("Step 2 of 4: the account, without secrets"));
        break;
    case ConfirmPage:
        m_stepLabel->setText(tr("Step 3 of 4: confirm"));
        break;
    case DonePage:
        m_stepLabel->setText(tr("Step 4 of 4: done"));
        break;
    }
    updateButtons();
}

void MfaResetWizard::goNext()
{
    if (!m_next->isEnabled() || m_busy)
        return;
    switch (currentPage()) {
    case RequestPage:
        m_status->clear();
        goTo(InspectPage);
        // The first time, and whenever the last inspection no longer holds, read the account afresh.
        if (!m_inspection || !m_inspectionCurrent)
            inspect();
        break;
    case InspectPage:
        m_status->clear();
        fillSummary();
        m_confirm->setText(QString());
        goTo(ConfirmPage);
        m_confirm->setFocus();
        break;
    case ConfirmPage:
        runReset();
        break;
    case DonePage:
        break;
    }
}

void MfaResetWizard::goBack()
{
    if (m_busy)
        return;
    switch (currentPage()) {
    case InspectPage:
        m_status->clear();
        goTo(RequestPage);
        break;
    case ConfirmPage:
        m_status->clear();
        goTo(InspectPage);
        break;
    case RequestPage:
    case DonePage:
        break;
    }
}

void MfaResetWizard::setBusy(bool busy, const QString &text)
{
    m_busy = busy;
    if (busy)
        m_status->showBusy(text);
    else
        m_status->clear();
    updateButtons();
}

void MfaResetWizard::updateButtons()
{
    if (!m_next || !m_back || !m_close)
        return; // still building
    const Page page = currentPage();
    m_back->setVisible(page != DonePage && page != RequestPage);
    m_next->setVisible(page != DonePage);
    m_close->setText(page == DonePage ? tr("&Close") : tr("Cancel"));
    m_back->setEnabled(!m_busy);
    m_close->setEnabled(!m_busy);
    m_inspectAgain->setEnabled(!m_busy);

    bool canGoOn = false;
    switch (page) {
    case RequestPage:
        m_next->setText(tr("&Next >"));
        canGoOn = validationText().isEmpty();
        m_next->setToolTip(canGoOn ? tr("Look at the account before resetting") : validationText());
        break;
    case InspectPage:
        m_next->setText(tr("&Next >"));
        canGoOn = m_inspection && m_inspection->allowed && m_inspectionCurrent;
        m_next->setToolTip(canGoOn ? tr("Read what the reset will do")
                                   : (m_inspection && !m_inspection->allowed ? tr("You cannot reset this user's MFA.")
                                                                             : tr("Inspect the account first.")));
        break;
    case ConfirmPage:
        m_next->setText(tr("&Reset MFA"));
        canGoOn = m_confirm->text() == m_user.username;
        m_next->setToolTip(canGoOn ? tr("Reset now") : tr("Type the username exactly to confirm."));
        break;
    case DonePage:
        break;
    }
    m_next->setEnabled(canGoOn && !m_busy);
}

void MfaResetWizard::readStoreSettings()
{
    if (!m_directory)
        return;
    // Which rule a refusal is: the operator's own permissions tell whether mfa.reset is missing.
    whenAnswered(this, m_directory->ownConsolePermissions(m_actor), [this](const Result<QStringList> &r) {
        if (r.ok())
            m_actorHasMfaReset = r->contains(ConsolePermission::MfaReset);
    });
    // The pass's default lifetime and whether a notifier is configured, for the confirmation.
    whenAnswered(this, m_directory->settings(m_actor), [this](const Result<QList<StoreSetting>> &r) {
        if (!r.ok()) {
            m_settingsError = r.message().isEmpty() ? tr("the directory did not say why") : r.message();
            if (currentPage() == ConfirmPage)
                fillSummary();
            return;
        }
        QString smtpUrl;
        QString command;
        QString channel;
        bool channelSetting = false;
        for (const StoreSetting &s : r.value()) {
            if (s.key == StoreSettings::MfaTemporaryPassMinutes) {
                bool ok = false;
                const int minutes = s.value.toInt(&ok);
                if (ok && minutes >= MinPassMinutes && minutes <= MaxPassMinutes) {
                    m_defaultPassMinutes = minutes;
                    if (!m_passBox->isChecked())
                        m_passMinutes->setValue(minutes);
                }
            } else if (s.key == StoreSettings::NotifyMethod) {
                channelSetting = true;
                channel = s.value.trimmed();
            } else if (s.key == StoreSettings::NotifySmtpUrl) {
                smtpUrl = s.value.trimmed();
            } else if (s.key == StoreSettings::NotifyCommand) {
                command = s.value.trimmed();
            }
        }
        if (channelSetting)
            m_notifierChannel = channel == QLatin1String("none") ? QString() : channel;
        else
            m_notifierChannel = !smtpUrl.isEmpty() ? QStringLiteral("smtp")
                : !command.isEmpty()               ? QStringLiteral("command")
                                                   : QString();
        m_notifierKnown = true;
        if (currentPage() == ConfirmPage)
            fillSummary();
    });
}

void MfaResetWizard::inspect()
{
    if (!m_directory || m_busy)
        return;
    const quint64 generation = ++m_callGeneration;
    setBusy(true, tr("Reading the account's MFA state…"));
    whenAnswered(this, m_directory->inspectMfaReset(m_actor, refOf(m_user)),
                 [this, generation](const Result<MfaResetInspection> &result) {
                     if (generation != m_callGeneration)
                         return;
                     setBusy(false);
                     if (!result.ok()) {
                         m_inspection.reset();
                         m_inspectionCurrent = false;
                         m_refusalBox->hide();
                         m_passRow->hide();
                         m_status->showError(tr("Cannot inspect the account: %1").arg(result.message()));
                         updateButtons();
                         return;
                     }
                     showInspection(result.value());
                 });
}

void MfaResetWizard::showInspection(const MfaResetInspection &inspection)
{
    m_inspection = inspection;
    m_inspectionCurrent = true;
    m_user = inspection.user;
    const User &u = inspection.user;
    const QString name =
        u.displayName.isEmpty() ? shown(u.username) : tr("%1 (%2)").arg(shown(u.displayName), shown(u.username));
    m_accountValue->setText(tr("%1\n%2").arg(name, u.email.isEmpty() ? tr("no email on file") : shown(u.email)));
    m_rolesValue->setText(u.roles.isEmpty() ? tr("none") : shown(u.roles.join(QStringLiteral(", "))));
    m_devicesValue->setText(QLocale().toString(inspection.trustedDevices));
    m_sessionsValue->setText(QLocale().toString(inspection.liveSessions));
    m_passOutstandingValue->setText(inspection.temporaryPassOutstanding ? tr("One is outstanding (unused, not expired)")
                                                                        : tr("None outstanding"));

    const MfaStatus &m = inspection.mfa;
    QString factor;
    switch (m.state) {
    case MfaStatus::State::None:
        factor = m.pending ? tr("None active; an enrollment is pending since %1").arg(localTime(m.pendingSince, {}))
                           : tr("None enrolled");
        break;
    case MfaStatus::State::Pending:
        factor = tr("Pending enrollment (never activated), since %1").arg(localTime(m.pendingSince, tr("unknown")));
        break;
    case MfaStatus::State::Active:
        factor = tr("Active");
        break;
    case MfaStatus::State::Disabled:
        factor = tr("Disabled after too many wrong codes (%1)").arg(localTime(m.disabledAt, tr("time unknown")));
        break;
    }
    if (m.state != MfaStatus::State::None && !m.type.isEmpty())
        factor = tr("%1 (%2, %3 digits, %4 s): %5")
                     .arg(m.type.toUpper(), m.algorithm)
                     .arg(m.digits)
                     .arg(m.period)
                     .arg(factor);
    m_factorValue->setText(factor);
    const bool hasFactor = m.state != MfaStatus::State::None;
    m_createdValue->setText(hasFactor ? localTime(m.createdAt, tr("unknown")) : tr("—"));
    m_activatedValue->setText(hasFactor ? localTime(m.activatedAt, tr("never")) : tr("—"));
    m_lastUsedValue->setText(hasFactor ? localTime(m.lastUsedAt, tr("never")) : tr("—"));
    m_recoveryValue->setText(hasFactor ? QLocale().toString(m.recoveryCodesLeft) : tr("—"));

    m_failures->clear();
    for (const AuditEvent &e : inspection.recentFailures) {
        auto *item = new QTreeWidgetItem(
            m_failures, {localTime(e.at, tr("unknown")), e.action, AuditListModel::escapeControls(e.reason)});
        item->setToolTip(0, tr("%1 UTC").arg(e.at.toUTC().toString(Qt::ISODateWithMs)));
        item->setToolTip(2, AuditListModel::escapeControls(e.reason));
    }
    m_failures->resizeColumnToContents(0);
    m_failures->resizeColumnToContents(1);
    const int failures = static_cast<int>(inspection.recentFailures.size());
    m_failuresNote->setText(failures == 0 ? tr("No recent failed attempts or lockouts.")
                                          : tr("%n recent failure(s), %1 of them lockouts; %2 wrong code(s) in a row "
                                               "now.",
                                               nullptr, failures)
                                                .arg(inspection.lockouts)
                                                .arg(m.failedAttempts));

    if (inspection.allowed) {
        m_refusalBox->hide();
        m_passRow->show();
        m_passBox->setText(tr("Issue a temporary access pass (single use), expiring in"));
    } else {
        QString rule;
        if (m_actor.userId() == u.id)
            rule = tr("Rule: nobody resets their own MFA; another operator has to.");
        else if (!m_actorHasMfaReset)
            rule = tr("Rule: resetting MFA needs the console permission %1.").arg(ConsolePermission::MfaReset);
        else
            rule = tr("Rule: you cannot reset a user who holds a console permission you do not have.");
        const QString why =
            inspection.refusal.isEmpty() ? tr("The directory refuses this reset.") : shown(inspection.refusal);
        m_refusal->setText(tr("You cannot reset the MFA of %1.\n%2\n%3").arg(shown(u.username), why, rule));
        m_refusalBox->show();
        m_passRow->hide();
        m_passBox->setChecked(false);
    }
    updateButtons();
}

void MfaResetWizard::fillSummary()
{
    if (!m_inspection)
        return;
    const MfaResetInspection &in = *m_inspection;
    const MfaStatus &m = in.mfa;
    const QString user = shown(m_user.username);
    QStringList lines;
    if (m.state != MfaStatus::State::None)
        lines << tr("Remove the %1 authenticator and its %n recovery code(s).", nullptr, m.recoveryCodesLeft)
                     .arg(m.type.isEmpty() ? tr("TOTP") : m.type.toUpper());
    else if (m.pending)
        lines << tr("Discard the pending enrollment (there is no active authenticator).");
    else
        lines << tr("No authenticator is enrolled, so none is removed.");
    if (m.pending && m.state != MfaStatus::State::None)
        lines << tr("Discard the pending enrollment as well.");
    lines << tr("Forget %n remembered device(s).", nullptr, in.trustedDevices);
    lines << tr("Revoke %n session(s) and refresh token(s).", nullptr, in.liveSessions);
    lines << tr("Clear the failed-attempt counter and any lockout.");
    lines << tr("Require %1 to enroll an authenticator at the next sign-in.").arg(user);
    const MfaResetRequest r = request();
    if (r.issueTemporaryPass)
        lines << tr("Issue a temporary access pass for one sign-in within %n minute(s); it is shown to you once.",
                    nullptr, r.temporaryPassMinutes);
    if (!m_notifierKnown)
        lines << tr("Try to tell %1 through the store's notifier (its settings cannot be read here: %2).")
                     .arg(user, m_settingsError.isEmpty() ? tr("not read yet") : m_settingsError);
    else if (m_notifierChannel.isEmpty())
        lines << tr("Nobody is told: no notifier is configured in the store's settings.");
    else if (m_user.email.isEmpty())
        lines << tr("Nobody is told: %1 has no email on file.").arg(user);
    else
        lines << tr("Tell %1 at %2 (%3).").arg(user, shown(m_user.email), m_notifierChannel);
    lines << tr("Record one audit event with ticket %1, the reason and the verification method.").arg(shown(r.ticket));
    QStringList bullets;
    for (const QString &line : lines)
        bullets << QStringLiteral("• ") + line;
    m_summary->setText(bullets.join(QLatin1Char('\n')));
}

void MfaResetWizard::runReset()
{
    if (!m_directory || m_busy || !m_inspection)
        return;
    const quint64 generation = ++m_callGeneration;
    setBusy(true, tr("Resetting the MFA of %1…").arg(shown(m_user.username)));
    m_confirm->setEnabled(false);
    whenAnswered(this, m_directory->resetMfa(m_actor, refOf(m_user), request()),
                 [this, generation](const Result<MfaResetResult> &result) {
                     if (generation != m_callGeneration)
                         return;
                     setBusy(false);
                     m_confirm->setEnabled(true);
                     if (!result.ok()) {
                         resetFailed(result.error());
                         return;
                     }
                     showResult(result.value());
                 });
}

void MfaResetWizard::resetFailed(const Error &error)
{
    // Back to the inspection with the request as typed; what was seen there no longer counts.
    m_inspectionCurrent = false;
    m_confirm->setText(QString());
    goTo(InspectPage);
    QString message;
    switch (error.code) {
    case ErrorCode::Conflict:
        message = tr("Someone changed the MFA of %1 meanwhile, so nothing was reset. Inspect again to see the "
                     "current state. (%2)")
                      .arg(shown(m_user.username), error.message);
        break;
    case ErrorCode::StoreUnavailable:
        message = tr("The store is not available, so nothing was reset: %1 Inspect again once it is back.")
                      .arg(error.message);
        break;
    default:
        message = tr("The reset was refused; nothing was changed: %1").arg(error.message);
        break;
    }
    m_status->showError(message);
    updateButtons();
}

void MfaResetWizard::showResult(MfaResetResult result)
{
    m_auditEventId = result.auditEventId;
    m_user = result.user;
    const QString user = shown(result.user.username);
    QStringList lines;
    lines << tr("The MFA of %1 was reset. Audit event #%2 records it.").arg(user).arg(result.auditEventId);
    lines << tr("Removed %n authenticator(s)", nullptr, result.factorsRemoved) + QStringLiteral(", ")
            + tr("%n recovery code(s)", nullptr, result.recoveryCodesRemoved) + QStringLiteral("; ")
            + tr("forgot %n device(s)", nullptr, result.trustedDevicesForgotten) + QStringLiteral("; ")
            + tr("revoked %n session(s).", nullptr, result.sessionsRevoked);
    lines << tr("%1 must enroll an authenticator at the next sign-in.").arg(user);
    m_result->setText(lines.join(QLatin1Char('\n')));

    if (!result.temporaryPass.isEmpty()) {
        // A buffer of our own, shared only with the line edit: once the edit lets go at close,
        // secureWipe() overwrites it in place rather than a detached copy.
        m_pass = QString(result.temporaryPass.constData(), result.temporaryPass.size());
        m_passEdit->setText(m_pass);
        m_passExpiry->setText(tr("Valid for one sign-in until %1. Give it to %2 on the verified channel; it is stored "
                                 "only as a hash and cannot be shown again.")
                                  .arg(localTime(result.temporaryPassExpires, tr("unknown")), user));
        m_passBoxDone->show();
    } else {
        m_passBoxDone->hide();
    }
    crypto::secureWipe(result.temporaryPass);

    const NotificationOutcome &n = result.notification;
    const QString recipient = n.recipient.isEmpty() ? shown(result.user.email) : shown(n.recipient);
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    switch (n.state) {
    case NotificationOutcome::State::Sent:
        m_notificationWarning = false;
        m_notification->setText(
            n.detail.isEmpty() ? tr("%1 was told at %2 (%3).").arg(user, recipient, n.channel)
                               : tr("%1 was told at %2 (%3): %4").arg(user, recipient, n.channel, shown(n.detail)));
        break;
    case NotificationOutcome::State::NotConfigured:
        m_notificationWarning = false;
        // Core's detail says the same in other words; one sentence is enough.
        m_notification->setText(tr("%1 was not told: no notifier is configured in the store's settings. Tell them "
                                   "yourself on the verified channel.")
                                    .arg(user));
        break;
    case NotificationOutcome::State::Failed:
        m_notificationWarning = true;
        icon = QStyle::SP_MessageBoxWarning;
        m_notification->setText(tr("Warning: %1 was NOT told — the notification to %2 failed: %3\nThe reset stands; "
                                   "the audit event records the failure. Tell them yourself on the verified channel.")
                                    .arg(user, recipient, shown(n.detail)));
        break;
    }
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_notifyIcon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(iconSize, iconSize));
    goTo(DonePage);
    Q_EMIT resetDone(result.user);
}

void MfaResetWizard::wipePass()
{
    if (m_passEdit) {
        // Copy lends the pass to the clipboard while the wizard is open, not for ever after.
        if (!m_pass.isEmpty()) {
            QClipboard *clipboard = QApplication::clipboard();
            QByteArray onClipboard = clipboard->text().toUtf8();
            QByteArray pass = m_pass.toUtf8();
            if (crypto::secureEquals(onClipboard, pass))
                clipboard->clear();
            crypto::secureWipe(onClipboard);
            crypto::secureWipe(pass);
        }
        // setText() rather than clear(): it also drops the undo history, which would keep the text.
        m_passEdit->setText(QString());
    }
    crypto::secureWipe(m_pass);
    m_pass = QString();
}

void MfaResetWizard::done(int result)
{
    if (m_busy)
        return; // the reset is on its way; its answer must be seen
    wipePass();
    QDialog::done(result);
}

} // namespace authdesk
