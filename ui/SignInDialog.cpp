#include "ui/SignInDialog.h"

#include "core/Directory.h"
#include "core/crypto/SecureCompare.h"
#include "core/policy/InputRules.h"
#include "core/secrets/Keychain.h"
#include "ui/DialogHeader.h"
#include "ui/InlineStatus.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace authdesk {

namespace {
const QString lastLoginKey = QStringLiteral("signIn/lastLogin");
} // namespace

SignInDialog::SignInDialog(Directory *directory, QWidget *parent, std::shared_ptr<Keychain> keychain)
    : QDialog(parent),
      m_directory(directory),
      m_keychain(keychain ? std::move(keychain) : std::make_shared<Keychain>()),
      m_pages(new QStackedWidget(this)),
      m_loginEdit(new QLineEdit(this)),
      m_passwordEdit(new QLineEdit(this)),
      m_codePrompt(new QLabel(this)),
      m_codeLabel(new QLabel(this)),
      m_codeEdit(new QLineEdit(this)),
      m_recoveryLink(new QPushButton(this)),
      m_passLink(new QPushButton(this)),
      m_rememberCheck(new QCheckBox(this)),
      m_status(new InlineStatus(this))
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign In to AuthDesk"));

    auto *header = new DialogHeader(tr("Sign in to AuthDesk"), m_directory->displayName(), this);

    // Page 1: who and the password.
    m_loginEdit->setObjectName(QStringLiteral("usernameEdit"));
    m_loginEdit->setAccessibleName(tr("Username or email"));
    m_loginEdit->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
    m_passwordEdit->setObjectName(QStringLiteral("passwordEdit"));
    m_passwordEdit->setAccessibleName(tr("Password"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_passwordEdit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoAutoUppercase
                                        | Qt::ImhNoPredictiveText);
    auto *passwordPage = new QWidget(m_pages);
    passwordPage->setObjectName(QStringLiteral("passwordPage"));
    auto *form = new QFormLayout(passwordPage);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Username or email:"), m_loginEdit);
    form->addRow(tr("&Password:"), m_passwordEdit);

    // Page 2: the authenticator's code, or a recovery code.
    auto *codePage = new QWidget(m_pages);
    codePage->setObjectName(QStringLiteral("secondFactorPage"));
    m_codePrompt->setObjectName(QStringLiteral("codePrompt"));
    m_codePrompt->setWordWrap(true);
    m_codeEdit->setObjectName(QStringLiteral("codeEdit"));
    m_codeEdit->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    m_codeEdit->setMaxLength(48); // a temporary access pass is 39 characters with its dashes
    m_codeLabel->setBuddy(m_codeEdit);
    m_recoveryLink->setObjectName(QStringLiteral("recoveryLink"));
    m_passLink->setObjectName(QStringLiteral("temporaryPassLink"));
    for (QPushButton *link : {m_recoveryLink, m_passLink}) {
        link->setFlat(true);
        link->setAutoDefault(false); // Return in the code field signs in, never toggles the mode
        link->setCursor(Qt::PointingHandCursor);
        // Looks like the link it is: a secondary way, not a button next to Sign In.
        link->setStyleSheet(QStringLiteral("QPushButton { color: palette(link); text-decoration: underline; border: "
                                           "none; padding: 0; text-align: left; }"));
    }
    m_rememberCheck->setObjectName(QStringLiteral("rememberCheck"));
    auto *codeForm = new QFormLayout;
    codeForm->setContentsMargins(0, 0, 0, 0);
    codeForm->addRow(m_codeLabel, m_codeEdit);
    auto *codeLayout = new QVBoxLayout(codePage);
    codeLayout->setContentsMargins(0, 0, 0, 0);
    codeLayout->addWidget(m_codePrompt);
    codeLayout->addLayout(codeForm);
    codeLayout->addWidget(m_rememberCheck);
    codeLayout->addWidget(m_recoveryLink, 0, Qt::AlignLeft);
    codeLayout->addWidget(m_passLink, 0, Qt::AlignLeft);

    m_pages->addWidget(passwordPage);
    m_pages->addWidget(codePage);
    m_status->setObjectName(QStringLiteral("inlineStatus"));

    auto *buttons = new QDialogButtonBox(this);
    m_signInButton = buttons->addButton(tr("&Sign In"), QDialogButtonBox::AcceptRole);
    m_signInButton->setObjectName(QStringLiteral("signInButton"));
    m_signInButton->setDefault(true);
    m_backButton = buttons->addButton(tr("&Back"), QDialogButtonBox::ResetRole);
    m_backButton->setObjectName(QStringLiteral("backButton"));
    m_backButton->setAutoDefault(false);
    m_cancelButton = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addWidget(m_pages);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 72);

    setTabOrder(m_loginEdit, m_passwordEdit);
    setTabOrder(m_passwordEdit, m_codeEdit);
    setTabOrder(m_codeEdit, m_rememberCheck);
    setTabOrder(m_rememberCheck, m_recoveryLink);
    setTabOrder(m_recoveryLink, m_passLink);
    setTabOrder(m_passLink, m_signInButton);
    setTabOrder(m_signInButton, m_backButton);
    setTabOrder(m_backButton, m_cancelButton);

    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    connect(m_backButton, &QPushButton::clicked, this, &SignInDialog::showPasswordPage);
    const auto toggle = [this](SecondFactorKind kind) {
        setCodeKind(m_kind == kind ? SecondFactorKind::Totp : kind);
        m_status->clear();
        m_codeEdit->setFocus();
    };
    connect(m_recoveryLink, &QPushButton::clicked, this, [toggle] { toggle(SecondFactorKind::RecoveryCode); });
    connect(m_passLink, &QPushButton::clicked, this, [toggle] { toggle(SecondFactorKind::TemporaryPass); });
    connect(m_loginEdit, &QLineEdit::textChanged, this, &SignInDialog::updateValidity);
    connect(m_passwordEdit, &QLineEdit::textChanged, this, &SignInDialog::updateValidity);
    connect(m_codeEdit, &QLineEdit::textChanged, this, &SignInDialog::updateValidity);

    setCodeKind(SecondFactorKind::Totp);
    m_pages->setCurrentIndex(0);
    m_backButton->hide();
    setLogin(QSettings().value(lastLoginKey).toString());

    // How long a computer is remembered, and the store's id for the keychain entry: not secret,
    // asked before anyone signs in. Until it answers, nothing is remembered.
    m_directory->signInPolicy().then(this, [this](const Result<SignInPolicy> &policy) {
        if (!policy.ok())
            return;
        m_policy = policy.value();
        m_policyKnown = true;
        setCodeKind(m_kind);
    });
}

SignInDialog::~SignInDialog()
{
    wipePassword();
}

void SignInDialog::setLogin(const QString &login)
{
    m_loginEdit->setText(login);
    (login.isEmpty() ? m_loginEdit : m_passwordEdit)->setFocus();
    updateValidity();
}

void SignInDialog::rememberLogin(const QString &username)
{
    QSettings().setValue(lastLoginKey, username);
}

QString SignInDialog::deviceEntryName(const QString &directoryId, const QString &username)
{
    return QStringLiteral("signin-device:") + directoryId + QLatin1Char(':') + InputRules::foldKey(username);
}

QString SignInDialog::errorText() const
{
    return m_status->errorText();
}

SignInDialog::Page SignInDialog::page() const
{
    return m_pages->currentIndex() == 0 ? Page::Password : Page::SecondFactor;
}

void SignInDialog::updateValidity()
{
    const bool filled = page() == Page::Password
        ? !m_loginEdit->text().trimmed().isEmpty() && !m_passwordEdit->text().isEmpty()
        : !m_codeEdit->text().trimmed().isEmpty();
    m_signInButton->setEnabled(!m_busy && filled);
}

void SignInDialog::submit()
{
    if (m_busy || !m_signInButton->isEnabled())
        return;
    if (page() == Page::SecondFactor) {
        submitSecondFactor();
        return;
    }
    m_login = m_loginEdit->text().trimmed();
    wipePassword();
    m_password = m_passwordEdit->text();
    m_passwordEdit->clear();
    setBusy(true);
    m_status->showBusy(tr("Signing in…"));
    // The policy is read again here (it may not have answered yet, or may have changed): whether a
    // remembered computer counts, and under which store id its token is kept.
    m_directory->signInPolicy().then(this, [this](const Result<SignInPolicy> &policy) {
        if (policy.ok()) {
            m_policy = policy.value();
            m_policyKnown = true;
            setCodeKind(m_kind);
        }
        if (!m_policyKnown || m_policy.rememberDays <= 0) {
            signInWithPassword();
            return;
        }
        // A computer remembered for this user skips the code; asked quietly, any keychain trouble
        // simply means the code is asked for.
        const QString entry = deviceEntryName(m_policy.directoryId, m_login);
        m_keychain->read(entry).then(this, [this](const Result<std::optional<QByteArray>> &stored) {
            if (stored.ok() && stored.value().has_value() && !stored.value()->isEmpty()) {
                QByteArray bytes = *stored.value();
                QString token = QString::fromLatin1(bytes);
                crypto::secureWipe(bytes);
                signInWithRememberedDevice(m_login, token);
                crypto::secureWipe(token);
                return;
            }
            signInWithPassword();
        });
    });
}

void SignInDialog::signInWithPassword()
{
    m_directory->signIn(m_login, m_password).then(this, [this](const Result<Principal> &result) {
        onPasswordResult(result);
    });
}

void SignInDialog::signInWithRememberedDevice(const QString &login, const QString &token)
{
    m_directory->signInWithSecondFactor(login, m_password, token, SecondFactorKind::RememberedDevice, false)
        .then(this, [this](const Result<SignInResult> &result) { onSecondFactorResult(result, true); });
}

void SignInDialog::onPasswordResult(const Result<Principal> &result)
{
    setBusy(false);
    if (result.code() == ErrorCode::SecondFactorRequired) {
        showSecondFactorPage(QString());
        return;
    }
    if (!result.ok()) {
        wipePassword();
        m_status->showError(result.message());
        m_passwordEdit->setFocus();
        return;
    }
    finish(result.value());
}

void SignInDialog::submitSecondFactor()
{
    QString code = m_codeEdit->text().trimmed();
    const bool remember =
        m_kind == SecondFactorKind::Totp && !m_rememberCheck->isHidden() && m_rememberCheck->isChecked();
    setBusy(true);
    m_status->showBusy(tr("Checking the code…"));
    m_directory
        ->signInWithSecondFactor(m_login, m_password, code,
                                 m_kind, remember)
        .then(this, [this](const Result<SignInResult> &result) { onSecondFactorResult(result, false); });
    crypto::secureWipe(code);
}

void SignInDialog::onSecondFactorResult(const Result<SignInResult> &result, bool fromDevice)
{
    setBusy(false);
    if (fromDevice && m_policyKnown && !result.ok()
        && (result.code() == ErrorCode::SecondFactorRequired || result.code() == ErrorCode::NotFound)) {
        // The computer is no longer remembered: its stale token goes, the code is asked for.
        (void)m_keychain->remove(deviceEntryName(m_policy.directoryId, m_login));
    }
    if (fromDevice && result.code() == ErrorCode::SecondFactorRequired) {
        showSecondFactorPage(QString());
        return;
    }
    if (!result.ok()) {
        if (fromDevice || result.code() == ErrorCode::PermissionDenied || result.code() == ErrorCode::KeyUnavailable) {
            // Nothing more to try on the code page: back to the password.
            showPasswordPage();
            m_status->showError(result.message());
            return;
        }
        // The one second factor the store still asks for after a code was given: the temporary access
        // pass of a helpdesk reset. Its page, with the store's words.
        if (result.code() == ErrorCode::SecondFactorRequired && m_kind != SecondFactorKind::TemporaryPass)
            setCodeKind(SecondFactorKind::TemporaryPass);
        m_codeEdit->clear();
        m_codeEdit->setFocus();
        m_status->showError(result.message());
        return;
    }
    if (result->deviceToken.isEmpty() || !m_policyKnown) {
        finish(result->principal);
        return;
    }
    // Remembered: the token goes to this desktop's keychain (never a file); the sign-in stands either way.
    QByteArray token = result->deviceToken.toLatin1();
    const Principal principal = result->principal;
    setBusy(true);
    m_status->showBusy(tr("Remembering this computer…"));
    m_keychain->write(deviceEntryName(principal.directoryId(), principal.username()), token)
        .then(this, [this, principal](const Status &) {
            setBusy(false);
            finish(principal);
        });
    crypto::secureWipe(token);
}

void SignInDialog::showSecondFactorPage(const QString &message)
{
    m_pages->setCurrentIndex(1);
    m_backButton->show();
    m_codeEdit->clear();
    setCodeKind(SecondFactorKind::Totp);
    if (message.isEmpty())
        m_status->clear();
    else
        m_status->showError(message);
    m_codeEdit->setFocus();
    updateValidity();
    adjustSize(); // the code page is taller than the password page
}

void SignInDialog::showPasswordPage()
{
    if (m_busy)
        return;
    wipePassword();
    m_codeEdit->clear();
    m_status->clear();
    m_pages->setCurrentIndex(0);
    m_backButton->hide();
    m_passwordEdit->setFocus();
    updateValidity();
}

void SignInDialog::setCodeKind(SecondFactorKind kind)
{
    m_kind = kind;
    m_codeEdit->clear();
    m_passLink->setText(kind == SecondFactorKind::TemporaryPass ? tr("Use the authenticator app instead")
                                                                : tr("Use a temporary access pass from the helpdesk"));
    m_recoveryLink->setVisible(kind != SecondFactorKind::TemporaryPass);
    if (kind == SecondFactorKind::TemporaryPass) {
        m_codePrompt->setText(tr("Your authenticator was reset: type the temporary access pass the helpdesk gave "
                                 "you. It works once; then set up your new authenticator."));
        m_codeLabel->setText(tr("&Access pass:"));
        m_codeEdit->setAccessibleName(tr("Temporary access pass"));
        m_codeEdit->setPlaceholderText(QStringLiteral("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"));
    } else if (kind == SecondFactorKind::RecoveryCode) {
        m_codePrompt->setText(tr("Type one of your recovery codes. Each code works only once."));
        m_codeLabel->setText(tr("&Recovery code:"));
        m_codeEdit->setAccessibleName(tr("Recovery code"));
        m_codeEdit->setPlaceholderText(QStringLiteral("XXXX-XXXX-XXXX-XXXX"));
        m_recoveryLink->setText(tr("Use the authenticator app instead"));
    } else {
        m_codePrompt->setText(tr("Type the code your authenticator app shows now (6 or 8 digits)."));
        m_codeLabel->setText(tr("&Code:"));
        m_codeEdit->setAccessibleName(tr("Authenticator code"));
        m_codeEdit->setPlaceholderText(QStringLiteral("123456"));
        m_recoveryLink->setText(tr("Use a recovery code instead"));
    }
    const int days = m_policyKnown ? m_policy.rememberDays : 0;
    m_rememberCheck->setText(tr("Re&member on this computer for %n day(s)", nullptr, days));
    m_rememberCheck->setVisible(kind == SecondFactorKind::Totp && days > 0);
    updateValidity();
}

void SignInDialog::finish(const Principal &principal)
{
    wipePassword();
    m_status->clear();
    m_principal = principal;
    rememberLogin(m_principal.username());
    QDialog::accept();
}

void SignInDialog::wipePassword()
{
    crypto::secureWipe(m_password);
    m_password.clear();
}

void SignInDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_loginEdit->setEnabled(!busy);
    m_passwordEdit->setEnabled(!busy);
    m_codeEdit->setEnabled(!busy);
    m_recoveryLink->setEnabled(!busy);
    m_rememberCheck->setEnabled(!busy);
    m_backButton->setEnabled(!busy);
    m_cancelButton->setEnabled(!busy);
    updateValidity();
}

void SignInDialog::reject()
{
    if (m_busy)
        return;
    wipePassword();
    QDialog::reject();
}

} // namespace authdesk
