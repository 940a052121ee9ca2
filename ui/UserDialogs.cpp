#include "ui/UserDialogs.h"

#include "core/Directory.h"
#include "core/crypto/PasswordGenerator.h"
#include "core/crypto/SecureCompare.h"
#include "core/policy/InputRules.h"
#include "core/policy/PasswordPolicy.h"
#include "ui/DialogHeader.h"
#include "ui/InlineStatus.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace authdesk {

namespace {

QString shown(const QString &text)
{
    return InputRules::escapeForDisplay(text);
}

// Every call names its user by id, so a user renamed or an email reused meanwhile cannot redirect it.
QString refOf(const User &user)
{
    return QStringLiteral("#%1").arg(user.id);
}

QString localTime(const QDateTime &utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat) : QString();
}

QLabel *valueLabel(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

} // namespace

// ---- EditConflictDialog ----------------------------------------------------------------------

EditConflictDialog::EditConflictDialog(const User &theirs, const QString &myEmail, const QString &myDisplayName,
                                       QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("editConflictDialog"));
    setWindowTitle(tr("Someone Else Changed This User"));
    auto *header = new DialogHeader(
        tr("%1 was changed by someone else").arg(shown(theirs.username)),
        tr("Since you opened the editor, another administrator saved a change (now version %1, saved %2). "
           "Your changes are not saved yet; compare the two and choose.")
            .arg(theirs.version)
            .arg(localTime(theirs.updatedAt)),
        this);

    m_theirEmail = valueLabel(shown(theirs.email), QStringLiteral("theirEmail"), this);
    m_theirDisplayName = valueLabel(shown(theirs.displayName), QStringLiteral("theirDisplayName"), this);
    m_myEmail = valueLabel(shown(myEmail), QStringLiteral("myEmail"), this);
    m_myDisplayName = valueLabel(shown(myDisplayName), QStringLiteral("myDisplayName"), this);
    m_theirEmail->setAccessibleName(tr("Their email"));
    m_theirDisplayName->setAccessibleName(tr("Their display name"));
    m_myEmail->setAccessibleName(tr("Your email"));
    m_myDisplayName->setAccessibleName(tr("Your display name"));
    // A field that differs is bold in both columns, so the difference is seen at a glance.
    auto mark = [](QLabel *a, QLabel *b, bool differs) {
        QFont f = a->font();
        f.setBold(differs);
        a->setFont(f);
        b->setFont(f);
    };
    mark(m_theirEmail, m_myEmail, theirs.email != myEmail);
    mark(m_theirDisplayName, m_myDisplayName, theirs.displayName != myDisplayName);

    auto *grid = new QGridLayout;
    auto heading = [this](const QString &text) {
        auto *label = new QLabel(text, this);
        QFont f = label->font();
        f.setBold(true);
        label->setFont(f);
        return label;
    };
    grid->addWidget(heading(tr("Theirs (saved)")), 0, 1);
    grid->addWidget(heading(tr("Yours (not saved)")), 0, 2);
    grid->addWidget(new QLabel(tr("Email:"), this), 1, 0);
    grid->addWidget(m_theirEmail, 1, 1);
    grid->addWidget(m_myEmail, 1, 2);
    grid->addWidget(new QLabel(tr("Display name:"), this), 2, 0);
    grid->addWidget(m_theirDisplayName, 2, 1);
    grid->addWidget(m_myDisplayName, 2, 2);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);

    auto *buttons = new QDialogButtonBox(this);
    m_reload = buttons->addButton(tr("&Reload (take theirs)"), QDialogButtonBox::ResetRole);
    m_reload->setObjectName(QStringLiteral("reloadButton"));
    m_reload->setToolTip(tr("Show their version in the editor; what you typed is discarded."));
    m_applyMine = buttons->addButton(tr("&Apply mine anyway"), QDialogButtonBox::AcceptRole);
    m_applyMine->setObjectName(QStringLiteral("applyMineButton"));
    m_applyMine->setToolTip(
        tr("Save the fields you changed over their version; fields you did not touch keep theirs."));
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setToolTip(tr("Back to the editor with what you typed; nothing is saved."));
    m_cancel->setDefault(true);
    connect(m_reload, &QPushButton::clicked, this, [this] { done(Reload); });
    connect(m_applyMine, &QPushButton::clicked, this, [this] { done(ApplyMine); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { done(Cancel); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addLayout(grid);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 90);
}

QString EditConflictDialog::theirEmailText() const
{
    return m_theirEmail->text();
}

QString EditConflictDialog::theirDisplayNameText() const
{
    return m_theirDisplayName->text();
}

QString EditConflictDialog::myEmailText() const
{
    return m_myEmail->text();
}

QString EditConflictDialog::myDisplayNameText() const
{
    return m_myDisplayName->text();
}

// ---- EditUserDialog --------------------------------------------------------------------------

EditUserDialog::EditUserDialog(Directory *directory, Principal actor, const User &user, QWidget *parent)
    : QDialog(parent),
      m_directory(directory),
      m_actor(std::move(actor)),
      m_base(user),
      m_email(new QLineEdit(user.email, this)),
      m_displayName(new QLineEdit(user.displayName, this)),
      m_status(new InlineStatus(this))
{
    setObjectName(QStringLiteral("editUserDialog"));
    setWindowTitle(tr("Edit User"));
    auto *header = new DialogHeader(tr("Edit %1").arg(shown(user.username)),
                                    tr("The username cannot change; the email must be unique in the directory."), this);
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_email->setAccessibleName(tr("Email"));
    m_email->setMaxLength(InputRules::MaxEmailLength);
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
    m_displayName->setObjectName(QStringLiteral("displayNameEdit"));
    m_displayName->setAccessibleName(tr("Display name"));
    m_displayName->setMaxLength(InputRules::MaxDisplayNameLength);
    m_status->setObjectName(QStringLiteral("inlineStatus"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("&Display name:"), m_displayName);

    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 72);
    setTabOrder(m_email, m_displayName);
    setTabOrder(m_displayName, m_save);
    setTabOrder(m_save, m_cancel);

    connect(buttons, &QDialogButtonBox::accepted, this, &EditUserDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &EditUserDialog::reject);
}

QString EditUserDialog::errorText() const
{
    return m_status->errorText();
}

void EditUserDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_email->setEnabled(!busy);
    m_displayName->setEnabled(!busy);
    m_save->setEnabled(!busy);
    m_cancel->setEnabled(!busy);
}

void EditUserDialog::reject()
{
    if (m_busy)
        return;
    QDialog::reject();
}

void EditUserDialog::submit()
{
    if (m_busy || !m_directory)
        return;
    // Only the fields that differ from the version the admin started from are sent, so a field
    // someone else changed meanwhile is not overwritten with what this dialog happened to show.
    UserChanges changes;
    if (m_email->text() != m_base.email)
        changes.email = m_email->text();
    if (m_displayName->text() != m_base.displayName)
        changes.displayName = m_displayName->text();
    if (!changes.email && !changes.displayName) {
        m_saved = m_base;
        accept();
        return;
    }
    setBusy(true);
    m_status->showBusy(tr("Saving…"));
    whenAnswered(this, m_directory->updateUser(m_actor, refOf(m_base), m_base.version, changes),
                         [this](const Result<User> &result) { onSaved(result); });
}

void EditUserDialog::onSaved(const Result<User> &result)
{
    if (result.ok()) {
        setBusy(false);
        m_status->clear();
        m_saved = result.value();
        accept();
        return;
    }
    if (result.code() != ErrorCode::Conflict || !m_directory) {
        setBusy(false);
        m_status->showError(result.message());
        return;
    }
    m_status->showBusy(tr("Someone else changed this user; reading their version…"));
    whenAnswered(this, m_directory->findUser(m_actor, refOf(m_base)),
                         [this](const Result<User> &theirs) { showConflict(theirs); });
}

void EditUserDialog::showConflict(const Result<User> &theirs)
{
    setBusy(false);
    if (!theirs.ok()) {
        m_status->showError(
            tr("Someone else changed this user, and their version cannot be read: %1").arg(theirs.message()));
        return;
    }
    m_status->showError(tr("Not saved: someone else changed %1 since you opened it.").arg(shown(m_base.username)));
    const User current = theirs.value();
    auto *dialog = new EditConflictDialog(current, m_email->text(), m_displayName->text(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_conflict = dialog;
    connect(dialog, &QDialog::finished, this, [this, current](int choice) {
        switch (choice) {
        case EditConflictDialog::Reload:
            m_base = current;
            m_email->setText(current.email);
            m_displayName->setText(current.displayName);
            m_status->clear();
            Q_EMIT reloaded(current);
            break;
        case EditConflictDialog::ApplyMine: {
            // Fields the admin did not touch take their value; the touched ones go over it.
            if (m_email->text() == m_base.email)
                m_email->setText(current.email);
            if (m_displayName->text() == m_base.displayName)
                m_displayName->setText(current.displayName);
            m_base = current;
            Q_EMIT reloaded(current);
            submit();
            break;
        }
        default:
            break; // the editor keeps what was typed, against the old version
        }
    });
    dialog->open();
}

// ---- ResetPasswordDialog ---------------------------------------------------------------------

ResetPasswordDialog::ResetPasswordDialog(Directory *directory, Principal actor, const User &user, QWidget *parent)
    : QDialog(parent),
      m_directory(directory),
      m_actor(std::move(actor)),
      m_user(user),
      m_password(new QLineEdit(this)),
      m_generated(new QLineEdit(this)),
      m_status(new InlineStatus(this))
{
    setObjectName(QStringLiteral("resetPasswordDialog"));
    setWindowTitle(tr("Reset Password"));
    auto *header = new DialogHeader(tr("Reset the password of %1").arg(shown(user.username)),
                                    tr("The directory checks the new password against its password policy. "
                                       "Setting it ends the user's sessions."),
                                    this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setAccessibleName(tr("New password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoAutoUppercase
                                    | Qt::ImhNoPredictiveText);
    m_generate = new QPushButton(tr("&Generate"), this);
    m_generate->setObjectName(QStringLiteral("generateButton"));
    m_generate->setToolTip(tr("Fill in a strong random password that the policy accepts"));
    m_generated->setObjectName(QStringLiteral("generatedEdit"));
    m_generated->setAccessibleName(tr("Generated password"));
    m_generated->setReadOnly(true);
    m_generated->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_copy = new QPushButton(tr("&Copy"), this);
    m_copy->setObjectName(QStringLiteral("copyButton"));
    m_copy->setToolTip(tr("Copy the generated password to the clipboard"));
    m_generatedLabel =
        new QLabel(tr("Give this password to the user now; it is shown only here, once. A copy stays on the "
                      "clipboard until this dialog closes."),
                   this);
    m_generatedLabel->setWordWrap(true);
    m_mustChange = new QCheckBox(tr("User &must change the password at next sign-in"), this);
    m_mustChange->setObjectName(QStringLiteral("mustChangeBox"));
    m_mustChange->setChecked(true);
    m_status->setObjectName(QStringLiteral("inlineStatus"));

    auto *passwordRow = new QHBoxLayout;
    passwordRow->addWidget(m_password, 1);
    passwordRow->addWidget(m_generate);
    auto *generatedRow = new QHBoxLayout;
    generatedRow->addWidget(m_generated, 1);
    generatedRow->addWidget(m_copy);
    auto *form = new QFormLayout;
    auto *passwordLabel = new QLabel(tr("New &password:"), this);
    passwordLabel->setBuddy(m_password);
    form->addRow(passwordLabel, passwordRow);
    m_generatedCaption = new QLabel(tr("Generated:"), this);
    m_generatedCaption->setBuddy(m_generated);
    form->addRow(m_generatedCaption, generatedRow);
    form->addRow(QString(), m_mustChange);
    showGenerated(false);

    auto *buttons = new QDialogButtonBox(this);
    m_set = buttons->addButton(tr("&Set Password"), QDialogButtonBox::AcceptRole);
    m_set->setObjectName(QStringLiteral("setButton"));
    m_set->setDefault(true);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addLayout(form);
    layout->addWidget(m_generatedLabel); // a wrapped label outside the form, so it gets the height it needs
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 80);
    setTabOrder(m_password, m_generate);
    setTabOrder(m_generate, m_generated);
    setTabOrder(m_generated, m_copy);
    setTabOrder(m_copy, m_mustChange);
    setTabOrder(m_mustChange, m_set);
    setTabOrder(m_set, m_cancel);

    connect(m_generate, &QPushButton::clicked, this, &ResetPasswordDialog::generate);
    connect(m_copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_generated->text()); });
    connect(m_password, &QLineEdit::textEdited, this, [this] {
        // Typed over: the generated one is not what will be set any more.
        m_generated->setText(QString());
        showGenerated(false);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &ResetPasswordDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &ResetPasswordDialog::reject);
}

ResetPasswordDialog::~ResetPasswordDialog()
{
    wipe();
}

QString ResetPasswordDialog::errorText() const
{
    return m_status->errorText();
}

void ResetPasswordDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_password->setEnabled(!busy);
    m_generate->setEnabled(!busy);
    m_mustChange->setEnabled(!busy);
    m_set->setEnabled(!busy);
    m_cancel->setEnabled(!busy);
}

void ResetPasswordDialog::generate()
{
    if (m_busy || !m_directory)
        return;
    // The store's own policy, where this admin may read it; otherwise the default policy, which the
    // generated length (20 symbols and more) satisfies with room to spare.
    setBusy(true);
    m_status->showBusy(tr("Generating…"));
    whenAnswered(this, m_directory->settings(m_actor), [this](const Result<QList<StoreSetting>> &result) {
        setBusy(false);
        m_status->clear();
        PasswordPolicy policy;
        if (result.ok()) {
            QHash<QString, QString> values;
            for (const StoreSetting &s : result.value())
                values.insert(s.key, s.value);
            policy = PasswordPolicy::fromSettings(values);
        }
        QString password = crypto::generatePassword(policy);
        m_password->setText(password);
        m_generated->setText(password);
        crypto::secureWipe(password);
        showGenerated(true);
        m_copy->setFocus();
    });
}

void ResetPasswordDialog::showGenerated(bool visible)
{
    for (QWidget *w : std::initializer_list<QWidget *>{m_generatedCaption, m_generated, m_copy, m_generatedLabel})
        w->setVisible(visible);
    // Grow to fit the shown rows (a wrapped label's height is only known once it has a width).
    if (layout()) {
        layout()->activate();
        resize(width(), std::max(height(), sizeHint().height()));
    }
}

void ResetPasswordDialog::submit()
{
    if (m_busy || !m_directory)
        return;
    if (m_password->text().isEmpty()) {
        m_status->showError(tr("Type a new password, or press Generate for one."));
        m_password->setFocus();
        return;
    }
    setBusy(true);
    m_status->showBusy(tr("Setting the password…"));
    whenAnswered(
        this, m_directory->setPassword(m_actor, refOf(m_user), m_password->text(), m_mustChange->isChecked()),
        [this](const Status &result) {
            setBusy(false);
            if (!result.ok()) {
                // The core names the policy rule the password breaks.
                m_status->showError(result.message());
                m_password->setFocus();
                return;
            }
            m_status->clear();
            accept();
        });
}

void ResetPasswordDialog::wipe()
{
    // setText() rather than clear(): it also drops the undo history, which would keep the text.
    m_password->setText(QString());
    m_generated->setText(QString());
}

void ResetPasswordDialog::done(int result)
{
    if (m_busy)
        return;
    // Copy lends the password to the clipboard while the dialog is open, not for ever after.
    QClipboard *clipboard = QApplication::clipboard();
    QByteArray onClipboard = clipboard->text().toUtf8();
    QByteArray generated = m_generated->text().toUtf8();
    if (!generated.isEmpty() && crypto::secureEquals(onClipboard, generated))
        clipboard->clear();
    crypto::secureWipe(onClipboard);
    crypto::secureWipe(generated);
    wipe();
    QDialog::done(result);
}

// ---- DisableUserDialog -----------------------------------------------------------------------

DisableUserDialog::DisableUserDialog(Directory *directory, Principal actor, const User &user, QWidget *parent)
    : QDialog(parent),
      m_directory(directory),
      m_actor(std::move(actor)),
      m_user(user),
      m_reason(new QPlainTextEdit(this)),
      m_untilBox(new QCheckBox(tr("&Until (local time):"), this)),
      m_until(new QDateTimeEdit(this)),
      m_status(new InlineStatus(this))
{
    setObjectName(QStringLiteral("disableUserDialog"));
    setWindowTitle(tr("Disable User"));
    auto *header = new DialogHeader(tr("Disable %1").arg(shown(user.username)),
                                    tr("A disabled user cannot sign in and their sessions end. The reason is "
                                       "recorded in the audit log."),
                                    this);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("Why, e.g. a ticket number (required)"));
    m_reason->setMaximumHeight(fontMetrics().height() * 4);
    m_untilBox->setObjectName(QStringLiteral("untilBox"));
    m_untilBox->setToolTip(tr("Enable the account again automatically at this time (local time)"));
    m_until->setObjectName(QStringLiteral("untilEdit"));
    m_until->setAccessibleName(tr("Disabled until (local time)"));
    m_until->setCalendarPopup(true);
    m_until->setTimeSpec(Qt::LocalTime);
    m_until->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_until->setDateTime(QDateTime::currentDateTime().addDays(7));
    m_until->setEnabled(false);
    m_status->setObjectName(QStringLiteral("inlineStatus"));
    connect(m_untilBox, &QCheckBox::toggled, m_until, &QWidget::setEnabled);

    auto *untilRow = new QHBoxLayout;
    untilRow->addWidget(m_untilBox);
    untilRow->addWidget(m_until, 1);
    auto *reasonLabel = new QLabel(tr("&Reason:"), this);
    reasonLabel->setBuddy(m_reason);
    auto *form = new QFormLayout;
    form->addRow(reasonLabel, m_reason);
    form->addRow(tr("End:"), untilRow);

    auto *buttons = new QDialogButtonBox(this);
    m_disable = buttons->addButton(tr("&Disable"), QDialogButtonBox::AcceptRole);
    m_disable->setObjectName(QStringLiteral("disableButton"));
    m_disable->setDefault(true);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 72);
    setTabOrder(m_reason, m_untilBox);
    setTabOrder(m_untilBox, m_until);
    setTabOrder(m_until, m_disable);
    setTabOrder(m_disable, m_cancel);

    connect(buttons, &QDialogButtonBox::accepted, this, &DisableUserDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &DisableUserDialog::reject);
}

QString DisableUserDialog::errorText() const
{
    return m_status->errorText();
}

void DisableUserDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_reason->setEnabled(!busy);
    m_untilBox->setEnabled(!busy);
    m_until->setEnabled(!busy && m_untilBox->isChecked());
    m_disable->setEnabled(!busy);
    m_cancel->setEnabled(!busy);
}

void DisableUserDialog::reject()
{
    if (m_busy)
        return;
    QDialog::reject();
}

void DisableUserDialog::submit()
{
    if (m_busy || !m_directory)
        return;
    // The core checks both rules too; asking here first names the field at once.
    const QString reason = m_reason->toPlainText().trimmed();
    if (reason.isEmpty()) {
        m_status->showError(tr("A reason is required: say why %1 is disabled (for example a ticket number). "
                               "It is recorded in the audit log.")
                                .arg(shown(m_user.username)));
        m_reason->setFocus();
        return;
    }
    QDateTime until;
    if (m_untilBox->isChecked()) {
        until = m_until->dateTime().toUTC();
        if (until <= QDateTime::currentDateTimeUtc()) {
            m_status->showError(tr("The end %1 is not in the future. Choose a later time, or untick “Until” to "
                                   "disable until someone enables the account again.")
                                    .arg(QLocale().toString(m_until->dateTime(), QLocale::ShortFormat)));
            m_until->setFocus();
            return;
        }
    }
    setBusy(true);
    m_status->showBusy(tr("Disabling…"));
    whenAnswered(this, m_directory->disableUser(m_actor, refOf(m_user), reason, until),
                         [this](const Result<User> &result) {
                             setBusy(false);
                             if (!result.ok()) {
                                 m_status->showError(result.message());
                                 return;
                             }
                             m_status->clear();
                             m_saved = result.value();
                             accept();
                         });
}

// ---- DeleteUserDialog ------------------------------------------------------------------------

DeleteUserDialog::DeleteUserDialog(Directory *directory, Principal actor, const User &user, QWidget *parent)
    : QDialog(parent),
      m_directory(directory),
      m_actor(std::move(actor)),
      m_user(user),
      m_confirm(new QLineEdit(this)),
      m_status(new InlineStatus(this))
{
    setObjectName(QStringLiteral("deleteUserDialog"));
    setWindowTitle(tr("Delete User"));
    auto *header =
        new DialogHeader(tr("Delete %1 for good?").arg(shown(user.username)),
                         tr("This cannot be undone. To keep the account but stop its use, disable it."), this);
    const QString roles = user.roles.isEmpty() ? tr("none") : user.roles.join(QStringLiteral(", "));
    m_consequences =
        new QLabel(tr("Deleting removes the account %1 (%2) with its password, its roles (%3), its authenticators and "
                      "recovery codes; its sessions end. The audit log keeps the record of what happened.")
                       .arg(shown(user.username), shown(user.email), shown(roles)),
                   this);
    m_consequences->setObjectName(QStringLiteral("consequencesLabel"));
    m_consequences->setTextFormat(Qt::PlainText);
    m_consequences->setWordWrap(true);
    m_confirm->setObjectName(QStringLiteral("confirmEdit"));
    m_confirm->setAccessibleName(tr("Type the username to confirm"));
    m_confirm->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
    auto *confirmLabel = new QLabel(
        tr("To confirm, type the username %1 exactly (upper and lower case count):").arg(shown(user.username)), this);
    confirmLabel->setWordWrap(true);
    confirmLabel->setTextFormat(Qt::PlainText);
    confirmLabel->setBuddy(m_confirm);
    m_status->setObjectName(QStringLiteral("inlineStatus"));

    auto *buttons = new QDialogButtonBox(this);
    m_delete = buttons->addButton(tr("&Delete User"), QDialogButtonBox::AcceptRole);
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setDefault(true); // Return alone never deletes

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addWidget(m_consequences);
    layout->addWidget(confirmLabel);
    layout->addWidget(m_confirm);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 72);
    setTabOrder(m_confirm, m_delete);
    setTabOrder(m_delete, m_cancel);

    connect(buttons, &QDialogButtonBox::accepted, this, &DeleteUserDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &DeleteUserDialog::reject);
}

QString DeleteUserDialog::errorText() const
{
    return m_status->errorText();
}

void DeleteUserDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_confirm->setEnabled(!busy);
    m_delete->setEnabled(!busy);
    m_cancel->setEnabled(!busy);
}

void DeleteUserDialog::reject()
{
    if (m_busy)
        return;
    QDialog::reject();
}

void DeleteUserDialog::submit()
{
    if (m_busy || !m_directory)
        return;
    if (m_confirm->text() != m_user.username) {
        m_status->showError(m_confirm->text().isEmpty()
                                ? tr("Type the username %1 to confirm the deletion.").arg(shown(m_user.username))
                                : tr("“%1” is not the username %2; type it exactly, upper and lower case as shown. "
                                     "Nothing was deleted.")
                                      .arg(shown(m_confirm->text()), shown(m_user.username)));
        m_confirm->setFocus();
        return;
    }
    setBusy(true);
    m_status->showBusy(tr("Deleting…"));
    whenAnswered(this, m_directory->deleteUser(m_actor, refOf(m_user)), [this](const Status &result) {
        setBusy(false);
        if (!result.ok()) {
            m_status->showError(result.message());
            return;
        }
        m_status->clear();
        accept();
    });
}

} // namespace authdesk
