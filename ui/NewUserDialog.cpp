#include "ui/NewUserDialog.h"

#include "core/Directory.h"
#include "core/crypto/PasswordGenerator.h"
#include "core/policy/ConsolePermissions.h"
#include "ui/AccountFields.h"
#include "ui/DialogHeader.h"
#include "ui/InlineStatus.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace authdesk {

namespace P = ConsolePermission;

NewUserDialog::NewUserDialog(Directory *directory, const Principal &principal, const QSet<QString> &permissions,
                             QWidget *parent)
    : QDialog(parent),
      m_directory(directory),
      m_principal(principal),
      m_permissions(permissions),
      m_usernameEdit(new QLineEdit(this)),
      m_emailEdit(new QLineEdit(this)),
      m_displayNameEdit(new QLineEdit(this)),
      m_rolesList(new QListWidget(this)),
      m_rolesNote(new QLabel(this)),
      m_setPasswordRadio(new QRadioButton(tr("Set a &password:"), this)),
      m_noPasswordRadio(new QRadioButton(tr("&No password for now"), this)),
      m_passwordEdit(new QLineEdit(this)),
      m_generateButton(new QPushButton(tr("&Generate"), this)),
      m_copyButton(new QPushButton(tr("C&opy"), this)),
      m_mustChangeBox(new QCheckBox(tr("User must &change it at the first sign-in"), this)),
      m_status(new InlineStatus(this))
{
    setObjectName(QStringLiteral("newUserDialog"));
    setWindowTitle(tr("New User"));
    auto *header = new DialogHeader(tr("Create a user"),
                                    tr("The store checks the username, email and password against its rules."), this);

    setUpAccountFields(m_usernameEdit, m_emailEdit, m_displayNameEdit);
    m_rolesList->setObjectName(QStringLiteral("rolesList"));
    m_rolesList->setAccessibleName(tr("Roles"));
    m_rolesList->setMaximumHeight(fontMetrics().lineSpacing() * 7);
    m_rolesNote->setObjectName(QStringLiteral("rolesNote"));
    m_rolesNote->setWordWrap(true);
    m_rolesNote->hide();

    m_setPasswordRadio->setObjectName(QStringLiteral("setPasswordRadio"));
    m_noPasswordRadio->setObjectName(QStringLiteral("noPasswordRadio"));
    m_noPasswordRadio->setToolTip(tr("The account cannot sign in until someone sets its password"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_setPasswordRadio);
    group->addButton(m_noPasswordRadio);
    m_setPasswordRadio->setChecked(true);
    m_passwordEdit->setObjectName(QStringLiteral("passwordEdit"));
    m_passwordEdit->setAccessibleName(tr("Password"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_passwordEdit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoAutoUppercase
                                        | Qt::ImhNoPredictiveText);
    m_generateButton->setObjectName(QStringLiteral("generateButton"));
    m_generateButton->setToolTip(tr("Fills in a strong random password that meets the store's policy and shows it"));
    m_copyButton->setObjectName(QStringLiteral("copyButton"));
    m_copyButton->setToolTip(tr("Copies the password, to hand it over"));
    m_mustChangeBox->setObjectName(QStringLiteral("mustChangeBox"));
    m_mustChangeBox->setChecked(true);
    m_status->setObjectName(QStringLiteral("inlineStatus"));

    auto *passwordRow = new QHBoxLayout;
    passwordRow->addWidget(m_passwordEdit, 1);
    passwordRow->addWidget(m_generateButton);
    passwordRow->addWidget(m_copyButton);

    auto *form = new QFormLayout;
    form->addRow(tr("&Username:"), m_usernameEdit);
    form->addRow(tr("&Email:"), m_emailEdit);
    form->addRow(tr("&Display name:"), m_displayNameEdit);
    auto *rolesLabel = new QLabel(tr("&Roles:"), this);
    rolesLabel->setBuddy(m_rolesList);
    auto *rolesColumn = new QVBoxLayout;
    rolesColumn->addWidget(m_rolesList);
    rolesColumn->addWidget(m_rolesNote);
    form->addRow(rolesLabel, rolesColumn);
    form->addRow(m_setPasswordRadio, passwordRow);
    form->addRow(QString(), m_mustChangeBox);
    form->addRow(m_noPasswordRadio);

    auto *buttons = new QDialogButtonBox(this);
    m_createButton = buttons->addButton(tr("&Create User"), QDialogButtonBox::AcceptRole);
    m_createButton->setObjectName(QStringLiteral("createButton"));
    m_createButton->setDefault(true);
    m_cancelButton = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 80);

    setTabOrder(m_usernameEdit, m_emailEdit);
    setTabOrder(m_emailEdit, m_displayNameEdit);
    setTabOrder(m_displayNameEdit, m_rolesList);
    setTabOrder(m_rolesList, m_setPasswordRadio);
    setTabOrder(m_setPasswordRadio, m_passwordEdit);
    setTabOrder(m_passwordEdit, m_generateButton);
    setTabOrder(m_generateButton, m_copyButton);
    setTabOrder(m_copyButton, m_mustChangeBox);
    setTabOrder(m_mustChangeBox, m_noPasswordRadio);
    setTabOrder(m_noPasswordRadio, m_createButton);

    connect(buttons, &QDialogButtonBox::accepted, this, &NewUserDialog::create);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewUserDialog::reject);
    connect(m_generateButton, &QPushButton::clicked, this, &NewUserDialog::generatePassword);
    connect(m_copyButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_passwordEdit->text()); });
    connect(m_setPasswordRadio, &QRadioButton::toggled, this, &NewUserDialog::updateValidity);
    connect(m_passwordEdit, &QLineEdit::textEdited, this, [this] {
        m_passwordEdit->setEchoMode(QLineEdit::Password); // typed by hand: hidden again
        updateValidity();
    });
    for (QLineEdit *edit : {m_usernameEdit, m_emailEdit})
        connect(edit, &QLineEdit::textChanged, this, &NewUserDialog::updateValidity);

    loadRoles();
    m_usernameEdit->setFocus();
    updateValidity();
}

NewUserDialog::~NewUserDialog()
{
    wipePassword();
}

QString NewUserDialog::errorText() const
{
    return m_status->errorText();
}

void NewUserDialog::loadRoles()
{
    // Only roles the administrator may give are offered; core refuses the others anyway.
    if (!m_permissions.contains(P::RolesAssign) || !m_permissions.contains(P::RolesRead)) {
        m_rolesList->setEnabled(false);
        m_rolesNote->setText(tr("Giving roles needs the roles.read and roles.assign permissions."));
        m_rolesNote->show();
        return;
    }
    m_directory->listRoles(m_principal).then(this, [this](const Result<QList<Role>> &roles) {
        if (!roles.ok()) {
            m_rolesNote->setText(roles.message());
            m_rolesNote->show();
            return;
        }
        for (const Role &role : roles.value()) {
            auto *item = new QListWidgetItem(role.name, m_rolesList);
            item->setData(Qt::UserRole, role.name);
            item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            item->setCheckState(Qt::Unchecked);
            QStringList beyond;
            for (const QString &p : role.permissions)
                if (P::isConsolePermission(p) && !m_permissions.contains(p))
                    beyond << p;
            if (!beyond.isEmpty()) {
                item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
                item->setToolTip(tr("You cannot give this role: it holds %1, which you do not have.")
                                     .arg(beyond.join(QStringLiteral(", "))));
            } else {
                item->setToolTip(role.description);
            }
        }
    });
}

void NewUserDialog::generatePassword()
{
    m_setPasswordRadio->setChecked(true);
    wipePassword();
    m_passwordEdit->setText(crypto::generatePassword());
    m_passwordEdit->setEchoMode(QLineEdit::Normal); // shown once, to be handed over
    updateValidity();
}

void NewUserDialog::updateValidity()
{
    const bool withPassword = m_setPasswordRadio->isChecked();
    m_passwordEdit->setEnabled(!m_busy && withPassword);
    m_generateButton->setEnabled(!m_busy && withPassword);
    m_copyButton->setEnabled(!m_busy && withPassword && !m_passwordEdit->text().isEmpty());
    m_mustChangeBox->setEnabled(!m_busy && withPassword);
    const bool complete = !m_usernameEdit->text().trimmed().isEmpty() && !m_emailEdit->text().trimmed().isEmpty()
                          && (!withPassword || !m_passwordEdit->text().isEmpty());
    m_createButton->setEnabled(!m_busy && complete);
}

void NewUserDialog::create()
{
    if (m_busy || !m_createButton->isEnabled())
        return;
    NewUser user;
    user.username = m_usernameEdit->text().trimmed();
    user.email = m_emailEdit->text().trimmed();
    user.displayName = m_displayNameEdit->text().trimmed();
    for (int row = 0; row < m_rolesList->count(); ++row)
        if (m_rolesList->item(row)->checkState() == Qt::Checked)
            user.roles << m_rolesList->item(row)->data(Qt::UserRole).toString();
    if (m_setPasswordRadio->isChecked()) {
        user.password = m_passwordEdit->text();
        user.mustChangePassword = m_mustChangeBox->isChecked();
    }
    setBusy(true);
    m_status->showBusy(tr("Creating the user…"));
    m_directory->createUser(m_principal, user).then(this, [this](const Result<User> &result) {
        setBusy(false);
        if (!result.ok()) {
            m_status->showError(result.message()); // everything typed stays for the next attempt
            return;
        }
        m_created = result.value();
        m_status->clear();
        wipePassword();
        QDialog::accept();
    });
}

void NewUserDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget *w : std::initializer_list<QWidget *>{m_usernameEdit, m_emailEdit, m_displayNameEdit, m_rolesList,
                                                       m_setPasswordRadio, m_noPasswordRadio, m_cancelButton})
        w->setEnabled(!busy && (w != m_rolesList || m_rolesNote->isHidden()));
    updateValidity();
}

void NewUserDialog::wipePassword()
{
    // The line edit's own buffer is Qt's; clearing it is as far as a widget lets us go.
    m_passwordEdit->clear();
}

void NewUserDialog::reject()
{
    if (m_busy)
        return;
    wipePassword();
    QDialog::reject();
}

} // namespace authdesk
