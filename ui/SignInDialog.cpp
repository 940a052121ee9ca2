#include "ui/SignInDialog.h"

#include "core/Directory.h"
#include "ui/DialogHeader.h"
#include "ui/InlineStatus.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace authdesk {

namespace {
const QString lastLoginKey = QStringLiteral("signIn/lastLogin");
} // namespace

SignInDialog::SignInDialog(Directory *directory, QWidget *parent)
    : QDialog(parent),
      m_directory(directory),
      m_loginEdit(new QLineEdit(this)),
      m_passwordEdit(new QLineEdit(this)),
      m_status(new InlineStatus(this))
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign In to AuthDesk"));

    auto *header = new DialogHeader(tr("Sign in to AuthDesk"), m_directory->displayName(), this);

    m_loginEdit->setObjectName(QStringLiteral("usernameEdit"));
    m_loginEdit->setAccessibleName(tr("Username or email"));
    m_loginEdit->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
    m_passwordEdit->setObjectName(QStringLiteral("passwordEdit"));
    m_passwordEdit->setAccessibleName(tr("Password"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_passwordEdit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoAutoUppercase
                                        | Qt::ImhNoPredictiveText);
    m_status->setObjectName(QStringLiteral("inlineStatus"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Username or email:"), m_loginEdit);
    form->addRow(tr("&Password:"), m_passwordEdit);

    auto *buttons = new QDialogButtonBox(this);
    m_signInButton = buttons->addButton(tr("&Sign In"), QDialogButtonBox::AcceptRole);
    m_signInButton->setObjectName(QStringLiteral("signInButton"));
    m_signInButton->setDefault(true);
    m_cancelButton = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 72);

    setTabOrder(m_loginEdit, m_passwordEdit);
    setTabOrder(m_passwordEdit, m_signInButton);
    setTabOrder(m_signInButton, m_cancelButton);

    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::signIn);
    connect(buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    connect(m_loginEdit, &QLineEdit::textChanged, this, &SignInDialog::updateValidity);
    connect(m_passwordEdit, &QLineEdit::textChanged, this, &SignInDialog::updateValidity);

    setLogin(QSettings().value(lastLoginKey).toString());
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

QString SignInDialog::errorText() const
{
    return m_status->errorText();
}

void SignInDialog::updateValidity()
{
    m_signInButton->setEnabled(!m_busy && !m_loginEdit->text().trimmed().isEmpty()
                               && !m_passwordEdit->text().isEmpty());
}

void SignInDialog::signIn()
{
    if (m_busy || !m_signInButton->isEnabled())
        return;
    const QString login = m_loginEdit->text().trimmed();
    setBusy(true);
    m_status->showBusy(tr("Signing in…"));
    m_directory->signIn(login, m_passwordEdit->text()).then(this, [this](const Result<Principal> &result) {
        onSignedIn(result);
    });
}

void SignInDialog::onSignedIn(const Result<Principal> &result)
{
    m_passwordEdit->clear();
    setBusy(false);
    if (!result.ok()) {
        m_status->showError(result.message());
        m_passwordEdit->setFocus();
        return;
    }
    m_status->clear();
    m_principal = result.value();
    rememberLogin(m_principal.username());
    QDialog::accept();
}

void SignInDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_loginEdit->setEnabled(!busy);
    m_passwordEdit->setEnabled(!busy);
    m_cancelButton->setEnabled(!busy);
    updateValidity();
}

void SignInDialog::reject()
{
    if (m_busy)
        return;
    QDialog::reject();
}

} // namespace authdesk
