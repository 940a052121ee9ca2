#include "ui/FirstRunDialog.h"

#include "core/policy/InputRules.h"
#include "core/store/LocalDirectory.h"
#include "ui/AccountFields.h"
#include "ui/DialogHeader.h"
#include "ui/InlineStatus.h"
#include "ui/SignInDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace authdesk {

namespace {

QLineEdit *makePasswordEdit(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setEchoMode(QLineEdit::Password);
    edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoAutoUppercase
                              | Qt::ImhNoPredictiveText);
    return edit;
}

} // namespace

FirstRunDialog::FirstRunDialog(LocalDirectory *directory, QWidget *parent)
    : QDialog(parent),
      m_directory(directory),
      m_usernameEdit(new QLineEdit(this)),
      m_emailEdit(new QLineEdit(this)),
      m_displayNameEdit(new QLineEdit(this)),
      m_passwordEdit(makePasswordEdit(QStringLiteral("passwordEdit"), tr("Password"), this)),
      m_confirmEdit(makePasswordEdit(QStringLiteral("confirmPasswordEdit"), tr("Confirm password"), this)),
      m_passwordHint(new QLabel(this)),
      m_status(new InlineStatus(this))
{
    setObjectName(QStringLiteral("firstRunDialog"));
    setWindowTitle(tr("Set Up AuthDesk"));

    auto *header = new DialogHeader(tr("Create the owner account"),
                                    tr("This is a new store. The account you create now is its owner: it holds every "
                                       "console permission and can make other people administrators."),
                                    this);
    auto *location =
        new QLabel(tr("The store will be kept in %1").arg(QDir::toNativeSeparators(m_directory->options().path)), this);
    location->setObjectName(QStringLiteral("storeLocationLabel"));
    location->setWordWrap(true);
    location->setTextFormat(Qt::PlainText);
    location->setTextInteractionFlags(Qt::TextSelectableByMouse);

    setUpAccountFields(m_usernameEdit, m_emailEdit, m_displayNameEdit);
    m_passwordHint->setObjectName(QStringLiteral("passwordHint"));
    m_passwordHint->setWordWrap(true);
    m_passwordHint->setTextFormat(Qt::PlainText);
    m_status->setObjectName(QStringLiteral("inlineStatus"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Username:"), m_usernameEdit);
    form->addRow(tr("&Email:"), m_emailEdit);
    form->addRow(tr("&Display name:"), m_displayNameEdit);
    form->addRow(tr("&Password:"), m_passwordEdit);
    form->addRow(tr("Con&firm password:"), m_confirmEdit);
    form->addRow(QString(), m_passwordHint);

    auto *buttons = new QDialogButtonBox(this);
    m_createButton = buttons->addButton(tr("&Create Store"), QDialogButtonBox::AcceptRole);
    m_createButton->setObjectName(QStringLiteral("createButton"));
    m_createButton->setDefault(true);
    m_cancelButton = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addWidget(location);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 92);

    setTabOrder(m_usernameEdit, m_emailEdit);
    setTabOrder(m_emailEdit, m_displayNameEdit);
    setTabOrder(m_displayNameEdit, m_passwordEdit);
    setTabOrder(m_passwordEdit, m_confirmEdit);
    setTabOrder(m_confirmEdit, m_createButton);
    setTabOrder(m_createButton, m_cancelButton);

    connect(buttons, &QDialogButtonBox::accepted, this, &FirstRunDialog::createStore);
    connect(buttons, &QDialogButtonBox::rejected, this, &FirstRunDialog::reject);
    for (QLineEdit *edit : {m_usernameEdit, m_emailEdit, m_displayNameEdit, m_passwordEdit, m_confirmEdit})
        connect(edit, &QLineEdit::textChanged, this, &FirstRunDialog::updateValidity);

    m_usernameEdit->setFocus();
    updateValidity();
}

QString FirstRunDialog::errorText() const
{
    return m_status->errorText();
}

void FirstRunDialog::updateValidity()
{
    const QString password = m_passwordEdit->text();
    const Status passwordRule = InputRules::password(password);
    const bool matches = password == m_confirmEdit->text();
    if (!password.isEmpty() && !passwordRule.ok()) {
        const auto length = InputRules::codePointCount(password.normalized(QString::NormalizationForm_C));
        m_passwordHint->setText(length < MinimumPasswordLength
                                    ? tr("%1 of at least %2 characters.").arg(length).arg(MinimumPasswordLength)
                                    : passwordRule.message());
    } else if (!m_confirmEdit->text().isEmpty() && !matches) {
        m_passwordHint->setText(tr("The passwords do not match."));
    } else {
        m_passwordHint->setText(tr("At least %1 characters. A phrase of several words is easy to remember and hard "
                                   "to guess.")
                                    .arg(MinimumPasswordLength));
    }
    // Username and email rules are the store's to judge; it answers with a message that says which one failed.
    const bool complete = !m_usernameEdit->text().trimmed().isEmpty() && !m_emailEdit->text().trimmed().isEmpty();
    m_createButton->setEnabled(!m_busy && complete && passwordRule.ok() && matches);
}

void FirstRunDialog::createStore()
{
    if (m_busy || !m_createButton->isEnabled())
        return;
    NewUser owner;
    owner.username = m_usernameEdit->text().trimmed();
    owner.email = m_emailEdit->text().trimmed();
    owner.displayName = m_displayNameEdit->text().trimmed();
    owner.password = m_passwordEdit->text();
    setBusy(true);
    m_status->showBusy(tr("Creating the store…"));
    m_directory->create(owner).then(this,
                                    [this, username = owner.username, password = owner.password](const Status &status) {
                                        onCreated(status, username, password);
                                    });
}

void FirstRunDialog::onCreated(const Status &status, const QString &username, const QString &password)
{
    if (!status.ok()) {
        fail(status.message());
        return;
    }
    m_status->showBusy(tr("Signing in…"));
    m_directory->signIn(username, password).then(this, [this](const Result<Principal> &result) { onSignedIn(result); });
}

void FirstRunDialog::onSignedIn(const Result<Principal> &result)
{
    if (!result.ok()) {
        fail(result.message());
        return;
    }
    m_principal = result.value();
    SignInDialog::rememberLogin(m_principal.username());
    m_passwordEdit->clear();
    m_confirmEdit->clear();
    setBusy(false);
    m_status->clear();
    QDialog::accept();
}

void FirstRunDialog::fail(const QString &message)
{
    setBusy(false);
    m_status->showError(message);
}

void FirstRunDialog::setBusy(bool busy)
{
    if (busy)
        m_focusBeforeBusy = focusWidget();
    m_busy = busy;
    for (QWidget *w : std::initializer_list<QWidget *>{m_usernameEdit, m_emailEdit, m_displayNameEdit, m_passwordEdit,
                                                       m_confirmEdit, m_cancelButton})
        w->setEnabled(!busy);
    updateValidity();
    if (!busy && m_focusBeforeBusy)
        m_focusBeforeBusy->setFocus();
}

void FirstRunDialog::reject()
{
    // The store is being written; closing now would leave the caller without an answer.
    if (m_busy)
        return;
    QDialog::reject();
}

} // namespace authdesk
