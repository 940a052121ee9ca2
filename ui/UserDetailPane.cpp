#include "ui/UserDetailPane.h"

#include "core/Directory.h"
#include "core/policy/ConsolePermissions.h"
#include "core/policy/InputRules.h"
#include "models/AuditListModel.h"
#include "ui/InlineStatus.h"
#include "ui/TotpEnrollDialog.h"
#include "ui/MfaResetWizard.h"
#include "ui/UserDialogs.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace authdesk {

namespace P = ConsolePermission;

namespace {

QString shown(const QString &text)
{
    return InputRules::escapeForDisplay(text);
}

QString refOf(qint64 id)
{
    return QStringLiteral("#%1").arg(id);
}

// The audit filter is a substring of the target's name; "ann" would also bring "joanna". Only
// the events about this very account are kept: by id, or, for a refusal recorded before the user
// was looked up, by the reference the call named (the username or "#id").
bool isAbout(const AuditEvent &e, const User &user)
{
    if (e.targetType != QLatin1String("user"))
        return false;
    if (!e.targetId.isEmpty())
        return e.targetId == QString::number(user.id);
    return e.targetName == QStringLiteral("#%1").arg(user.id)
        || InputRules::foldKey(e.targetName) == InputRules::foldKey(user.username);
}

// Enough events to find RecentEventCount about this user among those about similar names.
constexpr qint64 AuditScanLimit = 200;

} // namespace

UserDetailPane::UserDetailPane(Directory *directory, Principal actor, QWidget *parent)
    : QWidget(parent), m_directory(directory), m_actor(std::move(actor))
{
    setObjectName(QStringLiteral("userDetailPane"));
    setAccessibleName(tr("User details"));

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("titleLabel"));
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_subtitle = new QLabel(this);
    m_subtitle->setObjectName(QStringLiteral("subtitleLabel"));
    m_subtitle->setTextFormat(Qt::PlainText);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // Actions, each also offered to the main window's menus.
    auto makeAction = [this](const QString &text, const QKeySequence &keys, const QString &name) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        if (!keys.isEmpty())
            action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        return action;
    };
    m_edit = makeAction(tr("&Edit…"), QKeySequence(Qt::Key_F2), QStringLiteral("editUserAction"));
    m_resetPassword = makeAction(tr("Reset &Password…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
                                 QStringLiteral("resetPasswordAction"));
    m_disable = makeAction(tr("&Disable…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D),
                           QStringLiteral("disableUserAction"));
    m_enable =
        makeAction(tr("E&nable"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), QStringLiteral("enableUserAction"));
    m_delete = makeAction(tr("De&lete…"), QKeySequence(QKeySequence::Delete), QStringLiteral("deleteUserAction"));
    m_addRole = makeAction(tr("&Add Role"), QKeySequence(), QStringLiteral("addRoleAction"));
    m_removeRole = makeAction(tr("&Remove Role"), QKeySequence(), QStringLiteral("removeRoleAction"));
    m_refresh = makeAction(tr("Re&load User"), QKeySequence(), QStringLiteral("reloadUserAction"));
    m_enrollMfa = makeAction(tr("Set Up &Authenticator…"), QKeySequence(), QStringLiteral("enrollMfaAction"));
    m_newRecoveryCodes =
        makeAction(tr("New Re&covery Codes…"), QKeySequence(), QStringLiteral("newRecoveryCodesAction"));

    auto buttonFor = [this](QAction *action, const QString &accessibleName) {
        auto *button = new QPushButton(this);
        button->setObjectName(action->objectName().replace(QLatin1String("Action"), QLatin1String("Button")));
        button->setAccessibleName(accessibleName);
        auto sync = [button, action] {
            button->setText(action->text());
            button->setEnabled(action->isEnabled());
            button->setToolTip(action->toolTip());
        };
        sync();
        connect(action, &QAction::changed, button, sync);
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        return button;
    };
    auto *actionRow = new QHBoxLayout;
    actionRow->addWidget(buttonFor(m_edit, tr("Edit the user")));
    actionRow->addWidget(buttonFor(m_resetPassword, tr("Reset the user's password")));
    actionRow->addWidget(buttonFor(m_disable, tr("Disable the user")));
    actionRow->addWidget(buttonFor(m_enable, tr("Enable the user")));
    actionRow->addStretch();
    actionRow->addWidget(buttonFor(m_delete, tr("Delete the user")));

    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("noticeLabel"));
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setWordWrap(true);
    m_notice->setAccessibleName(tr("Result of the last action"));
    m_status = new InlineStatus(this);
    m_status->setObjectName(QStringLiteral("inlineStatus"));

    // Account.
    auto *accountBox = new QGroupBox(tr("Account"), this);
    auto *accountForm = new QFormLayout(accountBox);
    addField(accountForm, tr("Username:"), QStringLiteral("usernameValue"));
    addField(accountForm, tr("Display name:"), QStringLiteral("displayNameValue"));
    addField(accountForm, tr("Email:"), QStringLiteral("emailValue"));
    addField(accountForm, tr("Status:"), QStringLiteral("statusValue"));
    addField(accountForm, tr("Must change password:"), QStringLiteral("mustChangeValue"));
    addField(accountForm, tr("Password scheme:"), QStringLiteral("passwordSchemeValue"));
    addField(accountForm, tr("Created:"), QStringLiteral("createdValue"));
    addField(accountForm, tr("Updated:"), QStringLiteral("updatedValue"));
    addField(accountForm, tr("Last sign-in:"), QStringLiteral("lastSignInValue"));

    // Roles.
    auto *rolesBox = new QGroupBox(tr("Roles"), this);
    m_roleList = new QListWidget(this);
    m_roleList->setObjectName(QStringLiteral("roleList"));
    m_roleList->setAccessibleName(tr("The user's roles"));
    m_roleList->setMaximumHeight(fontMetrics().height() * 6);
    m_roleCombo = new QComboBox(this);
    m_roleCombo->setObjectName(QStringLiteral("roleCombo"));
    m_roleCombo->setAccessibleName(tr("Role to add"));
    m_roleCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_roleNote = new QLabel(this);
    m_roleNote->setObjectName(QStringLiteral("roleNote"));
    m_roleNote->setWordWrap(true);
    m_roleNote->setTextFormat(Qt::PlainText);
    auto *roleButtons = new QHBoxLayout;
    roleButtons->addWidget(m_roleCombo, 1);
    roleButtons->addWidget(buttonFor(m_addRole, tr("Add the chosen role")));
    roleButtons->addWidget(buttonFor(m_removeRole, tr("Remove the selected role")));
    auto *rolesLayout = new QVBoxLayout(rolesBox);
    rolesLayout->addWidget(m_roleList);
    rolesLayout->addLayout(roleButtons);
    rolesLayout->addWidget(m_roleNote);

    // MFA: what the directory tells, never a secret.
    auto *mfaBox = new QGroupBox(tr("Multi-factor authentication"), this);
    auto *mfaForm = new QFormLayout(mfaBox);
    addField(mfaForm, tr("State:"), QStringLiteral("mfaStateValue"));
    addField(mfaForm, tr("Type:"), QStringLiteral("mfaTypeValue"));
    addField(mfaForm, tr("Enrolled:"), QStringLiteral("mfaCreatedValue"));
    addField(mfaForm, tr("Last used:"), QStringLiteral("mfaLastUsedValue"));
    addField(mfaForm, tr("Failed attempts:"), QStringLiteral("mfaFailuresValue"));
    addField(mfaForm, tr("Recovery codes left:"), QStringLiteral("mfaRecoveryValue"));
    m_mfaNote = new QLabel(this);
    m_mfaNote->setObjectName(QStringLiteral("mfaNote"));
    m_mfaNote->setWordWrap(true);
    m_mfaNote->setTextFormat(Qt::PlainText);
    mfaForm->addRow(m_mfaNote);
    // The helpdesk reset (issue 5): a wizard, since it needs a ticket, a look and a confirmation.
    m_resetMfa = makeAction(tr("Reset &MFA…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M),
                            QStringLiteral("resetMfaAction"));
    connect(m_resetMfa, &QAction::triggered, this, &UserDetailPane::openResetMfaWizard);
    auto *mfaButtons = new QHBoxLayout;
    mfaButtons->addWidget(buttonFor(m_enrollMfa, tr("Set up or replace the user's authenticator app")));
    mfaButtons->addWidget(buttonFor(m_newRecoveryCodes, tr("Make new recovery codes for the user")));
    mfaButtons->addWidget(buttonFor(m_resetMfa, tr("Reset the user's MFA")));
    mfaButtons->addStretch();
    mfaForm->addRow(mfaButtons);

    // Sign-in lockout and the user's sessions in applications.
    m_unlock = makeAction(tr("&Unlock"), QKeySequence(), QStringLiteral("unlockUserAction"));
    m_showSessions = makeAction(tr("Show &Sessions"), QKeySequence(), QStringLiteral("showSessionsAction"));
    m_signOutEverywhere =
        makeAction(tr("Sign &Out Everywhere…"), QKeySequence(), QStringLiteral("signOutEverywhereAction"));
    auto *sessionsBox = new QGroupBox(tr("Sign-in and sessions"), this);
    auto *sessionsForm = new QFormLayout(sessionsBox);
    // Unlock beside what it ends; the button row below stays as narrow as the pane's other rows.
    auto *lockValue = new QLabel(this);
    lockValue->setObjectName(QStringLiteral("lockValue"));
    lockValue->setTextFormat(Qt::PlainText);
    lockValue->setTextInteractionFlags(Qt::TextSelectableByMouse);
    lockValue->setWordWrap(true);
    lockValue->setAccessibleName(tr("Lockout"));
    m_fields.insert(lockValue->objectName(), lockValue);
    auto *lockRow = new QHBoxLayout;
    lockRow->addWidget(lockValue, 1);
    lockRow->addWidget(buttonFor(m_unlock, tr("Unlock the user's sign-in")), 0, Qt::AlignTop);
    sessionsForm->addRow(tr("Lockout:"), lockRow);
    auto *sessionButtons = new QHBoxLayout;
    sessionButtons->addWidget(buttonFor(m_showSessions, tr("Show the user's sessions")));
    sessionButtons->addWidget(buttonFor(m_signOutEverywhere, tr("Sign the user out of every application")));
    sessionButtons->addStretch();
    sessionsForm->addRow(sessionButtons);

    // Effective permissions and why.
    auto *permissionBox = new QGroupBox(tr("Effective permissions"), this);
    m_permissionTree = new QTreeWidget(this);
    m_permissionTree->setObjectName(QStringLiteral("permissionTree"));
    m_permissionTree->setAccessibleName(tr("The user's effective permissions and the roles they come through"));
    m_permissionTree->setColumnCount(3);
    m_permissionTree->setHeaderLabels({tr("Permission"), tr("Kind"), tr("Why")});
    m_permissionTree->setRootIsDecorated(false);
    m_permissionTree->setMinimumHeight(fontMetrics().height() * 8);
    m_permissionNote = new QLabel(this);
    m_permissionNote->setObjectName(QStringLiteral("permissionNote"));
    m_permissionNote->setWordWrap(true);
    m_permissionNote->setTextFormat(Qt::PlainText);
    auto *permissionLayout = new QVBoxLayout(permissionBox);
    permissionLayout->addWidget(m_permissionTree);
    permissionLayout->addWidget(m_permissionNote);

    // Recent audit events about the user.
    auto *auditBox = new QGroupBox(tr("Recent activity"), this);
    m_auditTree = new QTreeWidget(this);
    m_auditTree->setObjectName(QStringLiteral("auditTree"));
    m_auditTree->setAccessibleName(tr("Recent audit events about the user, newest first"));
    m_auditTree->setColumnCount(5);
    m_auditTree->setHeaderLabels({tr("Time"), tr("Actor"), tr("Action"), tr("Result"), tr("Reason")});
    m_auditTree->setRootIsDecorated(false);
    m_auditTree->setMinimumHeight(fontMetrics().height() * 10);
    m_auditNote = new QLabel(this);
    m_auditNote->setObjectName(QStringLiteral("auditNote"));
    m_auditNote->setWordWrap(true);
    m_auditNote->setTextFormat(Qt::PlainText);
    auto *auditLayout = new QVBoxLayout(auditBox);
    auditLayout->addWidget(m_auditTree);
    auditLayout->addWidget(m_auditNote);

    m_body = new QWidget(this);
    // Two columns when there is room, one under the other beside a wide table (resizeEvent).
    auto *columns = new QBoxLayout(QBoxLayout::LeftToRight);
    m_columns = columns;
    auto *left = new QVBoxLayout;
    left->addWidget(accountBox);
    left->addWidget(sessionsBox); // a lockout is what a helpdesk call is often about: near the top
    left->addWidget(rolesBox);
    left->addWidget(mfaBox);
    left->addStretch();
    auto *right = new QVBoxLayout;
    right->addWidget(permissionBox, 1);
    right->addWidget(auditBox, 2);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    auto *bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addLayout(columns);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_body);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_scroll = scroll;

    m_placeholder = new QLabel(tr("Select a user to see the details."), this);
    m_placeholder->setObjectName(QStringLiteral("placeholderLabel"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setTextFormat(Qt::PlainText);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addLayout(actionRow);
    // The busy line, an error or the confirmation of the last action share one row.
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_notice, 1);
    layout->addLayout(statusRow);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_placeholder, 1);

    connect(m_edit, &QAction::triggered, this, &UserDetailPane::openEditDialog);
    connect(m_resetPassword, &QAction::triggered, this, &UserDetailPane::openResetPasswordDialog);
    connect(m_disable, &QAction::triggered, this, &UserDetailPane::openDisableDialog);
    connect(m_enable, &QAction::triggered, this, &UserDetailPane::enableUser);
    connect(m_delete, &QAction::triggered, this, &UserDetailPane::openDeleteDialog);
    connect(m_addRole, &QAction::triggered, this, &UserDetailPane::addSelectedRole);
    connect(m_removeRole, &QAction::triggered, this, &UserDetailPane::removeSelectedRole);
    connect(m_refresh, &QAction::triggered, this, &UserDetailPane::reload);
    connect(m_enrollMfa, &QAction::triggered, this, &UserDetailPane::openEnrollDialog);
    connect(m_newRecoveryCodes, &QAction::triggered, this, &UserDetailPane::openRecoveryCodesDialog);
    connect(m_unlock, &QAction::triggered, this, &UserDetailPane::unlockUser);
    connect(m_signOutEverywhere, &QAction::triggered, this, &UserDetailPane::signOutEverywhere);
    connect(m_showSessions, &QAction::triggered, this, [this] {
        if (m_hasUser && m_showSessions->isEnabled())
            Q_EMIT showSessionsRequested(m_user.username);
    });
    connect(m_roleList, &QListWidget::currentRowChanged, this, &UserDetailPane::updateActions);
    connect(m_roleCombo, &QComboBox::currentIndexChanged, this, &UserDetailPane::updateActions);

    showNobody(m_placeholder->text());
}

void UserDetailPane::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const int twoColumnWidth = fontMetrics().averageCharWidth() * 130;
    m_columns->setDirection(width() >= twoColumnWidth ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
}

QLabel *UserDetailPane::addField(QFormLayout *form, const QString &label, const QString &objectName)
{
    auto *value = new QLabel(this);
    value->setObjectName(objectName);
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    value->setAccessibleName(QString(label).remove(QLatin1Char(':')));
    form->addRow(label, value);
    m_fields.insert(objectName, value);
    return value;
}

QString UserDetailPane::fieldText(const QString &objectName) const
{
    const QLabel *label = m_fields.value(objectName);
    return label ? label->text() : QString();
}

QString UserDetailPane::permissionsNote() const
{
    return m_permissionNote->text();
}

QString UserDetailPane::auditNote() const
{
    return m_auditNote->text();
}

QString UserDetailPane::mfaNote() const
{
    return m_mfaNote->text();
}

QString UserDetailPane::errorText() const
{
    return m_status->errorText();
}

QString UserDetailPane::noticeText() const
{
    return m_notice->text();
}

bool UserDetailPane::can(const QString &permission) const
{
    return m_permissions.contains(permission);
}

QString UserDetailPane::missingTip(const QString &permission) const
{
    if (!m_permissionsKnown)
        return tr("Your console permissions are not known yet.");
    return tr("Needs the console permission %1, which you do not have.").arg(permission);
}

void UserDetailPane::setPermissions(const QSet<QString> &consolePermissions)
{
    m_permissions = consolePermissions;
    m_permissionsKnown = true;
    updateActions();
}

void UserDetailPane::setUser(qint64 id)
{
    setUser(refOf(id));
}

void UserDetailPane::setUser(const QString &ref)
{
    m_notice->clear();
    m_status->clear();
    load(ref, false);
}

void UserDetailPane::clear()
{
    ++m_generation; // answers still on their way are for nobody now
    m_pendingLoads = 0;
    m_notice->clear();
    m_status->clear();
    showNobody(tr("Select a user to see the details."));
}

void UserDetailPane::reload()
{
    if (m_hasUser)
        load(refOf(m_user.id), false);
}

void UserDetailPane::showNobody(const QString &why)
{
    m_hasUser = false;
    m_user = User();
    m_title->setText(tr("No user selected"));
    m_subtitle->clear();
    m_placeholder->setText(why);
    m_placeholder->setVisible(true);
    m_scroll->setVisible(false);
    updateActions();
}

void UserDetailPane::load(const QString &ref, bool announce)
{
    if (!m_directory)
        return;
    const quint64 generation = ++m_generation;
    if (m_permissionsKnown && !can(P::UsersRead)) {
        m_pendingLoads = 0;
        showNobody(tr("Reading users needs the console permission %1, which you do not have.").arg(P::UsersRead));
        return;
    }
    m_pendingLoads = 1;
    m_status->showBusy(tr("Reading the user…"));
    updateActions();
    whenAnswered(this, m_directory->findUser(m_actor, ref),
                         [this, generation, announce](const Result<User> &result) {
                             if (generation != m_generation)
                                 return;
                             if (!result.ok()) {
                                 m_pendingLoads = 0;
                                 m_status->showError(result.message());
                                 showNobody(result.message());
                                 return;
                             }
                             showUser(result.value());
                             loadSections(generation);
                             if (announce)
                                 Q_EMIT userChanged(result.value());
                             finishLoad(generation);
                         });
}

void UserDetailPane::finishLoad(quint64 generation)
{
    if (generation != m_generation)
        return;
    if (m_pendingLoads > 0)
        --m_pendingLoads;
    if (m_pendingLoads == 0 && m_status->errorText().isEmpty())
        m_status->clear();
    updateActions();
}

void UserDetailPane::showUser(const User &user)
{
    m_user = user;
    m_hasUser = true;
    m_placeholder->setVisible(false);
    m_scroll->setVisible(true);
    m_title->setText(shown(user.displayName.isEmpty() ? user.username : user.displayName));
    m_subtitle->setText(tr("%1 · %2 · #%3").arg(shown(user.username), shown(user.email)).arg(user.id));

    auto set = [this](const QString &name, const QString &text) {
        if (QLabel *label = m_fields.value(name))
            label->setText(text);
    };
    auto when = [](const QDateTime &utc, const QString &otherwise) {
        return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat) : otherwise;
    };
    set(QStringLiteral("usernameValue"), shown(user.username));
    set(QStringLiteral("displayNameValue"), user.displayName.isEmpty() ? tr("(none)") : shown(user.displayName));
    set(QStringLiteral("emailValue"),
        user.email.isEmpty()             ? tr("(none)")
        : user.emailVerifiedAt.isValid() ? tr("%1 (verified %2)").arg(shown(user.email), when(user.emailVerifiedAt, QString()))
                                         : tr("%1 (not verified)").arg(shown(user.email)));
    QString status;
    const QString reason = user.disabledReason.isEmpty() ? tr("no reason given") : shown(user.disabledReason);
    if (user.status == UserStatus::Active)
        status = tr("Active");
    else if (!user.disabledUntil.isValid())
        status = tr("Disabled until enabled again. Reason: %1").arg(reason);
    else if (user.isEffectivelyActive(QDateTime::currentDateTimeUtc()))
        status = tr("Active again: the disablement ended %1. Reason was: %2").arg(when(user.disabledUntil, {}), reason);
    else
        status = tr("Disabled until %1. Reason: %2").arg(when(user.disabledUntil, {}), reason);
    set(QStringLiteral("statusValue"), status);
    set(QStringLiteral("mustChangeValue"), user.mustChangePassword ? tr("Yes, at the next sign-in") : tr("No"));
    set(QStringLiteral("passwordSchemeValue"),
        !user.hasPassword ? tr("No password set")
                          : (user.passwordScheme.isEmpty() ? tr("unknown") : shown(user.passwordScheme)));
    set(QStringLiteral("createdValue"), when(user.createdAt, tr("unknown")));
    set(QStringLiteral("updatedValue"), when(user.updatedAt, tr("unknown")));
    set(QStringLiteral("lastSignInValue"), when(user.lastSignInAt, tr("never")));
    m_mfaFailures = 0;
    m_mfaDisabled = false;
    updateLockText();

    m_roleList->clear();
    for (const QString &role : user.roles)
        m_roleList->addItem(role);
    if (user.roles.isEmpty()) {
        auto *none = new QListWidgetItem(tr("No roles"), m_roleList);
        none->setFlags(Qt::NoItemFlags);
    }
    updateActions();
}

void UserDetailPane::loadSections(quint64 generation)
{
    if (!m_directory)
        return;
    const User user = m_user;
    const QString ref = refOf(user.id);

    // MFA status.
    ++m_pendingLoads;
    m_mfaNote->setText(tr("Reading…"));
    whenAnswered(
        this, m_directory->mfaStatus(m_actor, ref), [this, generation](const Result<MfaStatus> &result) {
            if (generation != m_generation)
                return;
            auto set = [this](const QString &name, const QString &text) {
                if (QLabel *label = m_fields.value(name))
                    label->setText(text);
            };
            auto when = [](const QDateTime &utc, const QString &otherwise) {
                return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat) : otherwise;
            };
            const QString dash = QStringLiteral("—");
            for (const QString &name : {QStringLiteral("mfaStateValue"), QStringLiteral("mfaTypeValue"),
                                        QStringLiteral("mfaCreatedValue"), QStringLiteral("mfaLastUsedValue"),
                                        QStringLiteral("mfaFailuresValue"), QStringLiteral("mfaRecoveryValue")})
                set(name, dash);
            m_mfaFailures = result.ok() ? result->failedAttempts : 0;
            m_mfaDisabled = result.ok() && result->state == MfaStatus::State::Disabled;
            updateLockText();
            m_mfaEnrolled = result.ok() && result->state != MfaStatus::State::None;
            m_mfaActive = result.ok() && result->state == MfaStatus::State::Active;
            if (!result.ok()) {
                m_mfaNote->setText(result.message());
            } else {
                const MfaStatus &m = result.value();
                QString state;
                switch (m.state) {
                case MfaStatus::State::None:
                    state = tr("Not enrolled");
                    break;
                case MfaStatus::State::Pending:
                    state = tr("Enrollment started, waiting for the first code");
                    break;
                case MfaStatus::State::Active:
                    state = tr("Active");
                    break;
                case MfaStatus::State::Disabled:
                    state = tr("Disabled (too many failed attempts, or reset); must be enrolled again");
                    break;
                }
                if (m.pending && m.state != MfaStatus::State::Pending)
                    state = tr("%1; a new enrollment waits for its first code since %2")
                                .arg(state, when(m.pendingSince, tr("unknown")));
                set(QStringLiteral("mfaStateValue"), state);
                if (m.state != MfaStatus::State::None) {
                    if (!m.type.isEmpty())
                        set(QStringLiteral("mfaTypeValue"),
                            tr("%1 (%2, %3 digits, %4 s)")
                                .arg(m.type.toUpper(), shown(m.algorithm))
                                .arg(m.digits)
                                .arg(m.period));
                    set(QStringLiteral("mfaCreatedValue"),
                        when(m.activatedAt.isValid() ? m.activatedAt : m.createdAt, dash));
                    set(QStringLiteral("mfaLastUsedValue"), when(m.lastUsedAt, tr("never")));
                    set(QStringLiteral("mfaFailuresValue"),
                        m.failedAttempts == 0 ? tr("none")
                                              : tr("%1 in a row, the last %2")
                                                    .arg(m.failedAttempts)
                                                    .arg(when(m.lastFailureAt, tr("unknown"))));
                    set(QStringLiteral("mfaRecoveryValue"), QLocale().toString(m.recoveryCodesLeft));
                }
                m_mfaNote->setText(m.state == MfaStatus::State::None && !m.pending
                                       ? tr("The user has no second factor; they sign in with the password alone.")
                                       : QString());
            }
            finishLoad(generation);
        });

    // Effective permissions and the roles they come through.
    ++m_pendingLoads;
    m_permissionTree->clear();
    m_permissionNote->setText(tr("Reading…"));
    whenAnswered(
        this, m_directory->effectivePermissions(m_actor, ref),
        [this, generation, user](const Result<QList<EffectivePermission>> &result) {
            if (generation != m_generation)
                return;
            m_permissionTree->clear();
            if (!result.ok()) {
                m_permissionNote->setText(result.message());
            } else {
                for (const EffectivePermission &p : result.value()) {
                    const QString why = p.viaRoles.size() == 1
                        ? tr("via role %1").arg(p.viaRoles.constFirst())
                        : tr("via roles %1").arg(p.viaRoles.join(QStringLiteral(", ")));
                    auto *item = new QTreeWidgetItem(
                        m_permissionTree,
                        {p.name, p.kind == PermissionKind::Console ? tr("Console") : tr("Application"), why});
                    item->setToolTip(2, tr("%1 has %2 %3").arg(shown(user.username), p.name, why));
                }
                m_permissionTree->resizeColumnToContents(0);
                m_permissionTree->resizeColumnToContents(1);
                if (!result->isEmpty())
                    m_permissionNote->setText(tr("%n permission(s).", nullptr, static_cast<int>(result->size())));
                else if (!user.isEffectivelyActive(QDateTime::currentDateTimeUtc()))
                    m_permissionNote->setText(tr("None: a disabled account exercises none of its roles."));
                else
                    m_permissionNote->setText(tr("None: no role of the user grants a permission."));
            }
            finishLoad(generation);
        });

    // Recent audit events about the user.
    m_auditTree->clear();
    if (m_permissionsKnown && !can(P::AuditRead)) {
        m_auditNote->setText(
            tr("The user's audit events need the console permission %1, which you do not have.").arg(P::AuditRead));
    } else {
        ++m_pendingLoads;
        m_auditNote->setText(tr("Reading…"));
        loadAudit(generation, user, {user.username, refOf(user.id)}, {});
    }

    loadRoleChoices(generation);
}

void UserDetailPane::loadAudit(quint64 generation, const User &user, QStringList targets,
                               QMap<qint64, AuditEvent> found)
{
    // One query per name the events may carry (the username, and "#id" for refusals recorded
    // before the lookup), one after the other, merged newest first.
    AuditQuery query;
    query.target = targets.takeFirst();
    query.limit = AuditScanLimit;
    whenAnswered(this, m_directory->listAudit(m_actor, query),
                         [this, generation, user, targets, found](const Result<QList<AuditEvent>> &result) {
                             if (generation != m_generation)
                                 return;
                             if (!result.ok()) {
                                 m_auditTree->clear();
                                 m_auditNote->setText(result.message());
                                 finishLoad(generation);
                                 return;
                             }
                             QMap<qint64, AuditEvent> merged = found;
                             for (const AuditEvent &e : result.value())
                                 if (isAbout(e, user))
                                     merged.insert(e.id, e);
                             if (!targets.isEmpty() && m_directory) {
                                 loadAudit(generation, user, targets, merged);
                                 return;
                             }
                             showAudit(merged);
                             finishLoad(generation);
                         });
}

void UserDetailPane::showAudit(const QMap<qint64, AuditEvent> &events)
{
    m_auditTree->clear();
    int shownCount = 0;
    for (auto it = events.constEnd(); it != events.constBegin() && shownCount < RecentEventCount; ++shownCount) {
        --it;
        const AuditEvent &e = it.value();
        auto *item = new QTreeWidgetItem(
            m_auditTree,
            {QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat),
             e.actorName.isEmpty() ? tr("(nobody signed in)") : AuditListModel::escapeControls(e.actorName), e.action,
             AuditListModel::resultText(e.result), AuditListModel::escapeControls(e.reason)});
        item->setToolTip(0, tr("%1 UTC").arg(e.at.toUTC().toString(Qt::ISODateWithMs)));
        item->setToolTip(4, AuditListModel::escapeControls(e.reason)); // the column is often too narrow
    }
    for (int c = 0; c < 4; ++c)
        m_auditTree->resizeColumnToContents(c);
    m_auditNote->setText(shownCount == 0 ? tr("No audit events about this user among the recent ones.")
                                         : tr("The latest %n event(s), newest first.", nullptr, shownCount));
}

void UserDetailPane::loadRoleChoices(quint64 generation)
{
    m_roleCombo->clear();
    if (m_permissionsKnown && !can(P::RolesAssign)) {
        m_roleNote->setText(
            tr("Changing roles needs the console permission %1, which you do not have.").arg(P::RolesAssign));
        return;
    }
    if (m_permissionsKnown && !can(P::RolesRead)) {
        m_roleNote->setText(
            tr("Listing the roles to add needs the console permission %1, which you do not have.").arg(P::RolesRead));
        return;
    }
    m_roleNote->clear();
    ++m_pendingLoads;
    whenAnswered(this, m_directory->listRoles(m_actor), [this, generation](const Result<QList<Role>> &result) {
        if (generation != m_generation)
            return;
        m_roleCombo->clear();
        if (!result.ok()) {
            m_roleNote->setText(result.message());
        } else {
            for (const Role &role : result.value())
                if (!m_user.roles.contains(role.name))
                    m_roleCombo->addItem(role.name);
            if (m_roleCombo->count() == 0)
                m_roleNote->setText(tr("The user holds every role there is."));
        }
        finishLoad(generation);
    });
}

void UserDetailPane::updateActions()
{
    const bool idle = m_hasUser && !isBusy() && !m_dialog;
    const bool disabled = m_hasUser && m_user.status == UserStatus::Disabled;
    auto set = [this, idle](QAction *action, const QString &permission, bool applicable, const QString &tip,
                            const QString &notApplicableTip) {
        const bool allowed = can(permission);
        action->setEnabled(idle && allowed && applicable);
        action->setToolTip(!allowed ? missingTip(permission) : (applicable ? tip : notApplicableTip));
    };
    set(m_edit, P::UsersWrite, true, tr("Change the email and display name (%1)").arg(m_edit->shortcut().toString()),
        {});
    set(m_resetPassword, P::UsersResetPassword, true,
        tr("Set a new password; the user's sessions end (%1)").arg(m_resetPassword->shortcut().toString()), {});
    set(m_disable, P::UsersDisable, !disabled,
        tr("Stop the user from signing in, with a reason (%1)").arg(m_disable->shortcut().toString()),
        tr("The user is disabled already."));
    set(m_enable, P::UsersDisable, disabled, tr("Let the user sign in again (%1)").arg(m_enable->shortcut().toString()),
        tr("The user is not disabled."));
    set(m_delete, P::UsersDelete, true, tr("Delete the user for good (%1)").arg(m_delete->shortcut().toString()), {});
    set(m_addRole, P::RolesAssign, m_roleCombo->currentIndex() >= 0, tr("Give the user the role chosen beside"),
        tr("No role to add."));
    const QListWidgetItem *selected = m_roleList->currentItem();
    set(m_removeRole, P::RolesAssign, selected && (selected->flags() & Qt::ItemIsEnabled),
        tr("Take the selected role from the user"), tr("Select one of the user's roles first."));
    m_refresh->setEnabled(m_hasUser && !isBusy());
    m_enrollMfa->setText(m_mfaEnrolled ? tr("Replace &Authenticator…") : tr("Set Up &Authenticator…"));
    set(m_enrollMfa, P::MfaEnroll, true,
        m_mfaEnrolled ? tr("Enroll a new authenticator app; the current one works until the new one is activated")
                      : tr("Enroll an authenticator app with a QR code"),
        {});
    set(m_newRecoveryCodes, P::MfaEnroll, m_mfaActive,
        tr("Make a new set of recovery codes; the old ones stop working"),
        tr("The user has no active authenticator, so no recovery codes."));
    const bool locked = m_hasUser && m_user.locked;
    set(m_unlock, P::UsersDisable, locked,
        tr("End the lockout now: applications accept the password (and the authenticator) again"),
        tr("The user is not locked."));
    set(m_showSessions, P::SessionsRead, true, tr("Open the Sessions view with this user's sessions"), {});
    set(m_signOutEverywhere, P::SessionsRevoke, true,
        tr("End every session of the user in every application, after a confirmation"), {});
    set(m_resetMfa, P::MfaReset, true,
        tr("Remove the user's authenticator after a verified request, so they enroll again (%1)")
            .arg(m_resetMfa->shortcut().toString()),
        {});
}

void UserDetailPane::applyChangedUser(const User &user, const QString &notice)
{
    m_status->clear();
    m_notice->setText(notice);
    const quint64 generation = ++m_generation;
    m_pendingLoads = 0;
    showUser(user);
    loadSections(generation);
    updateActions();
    Q_EMIT userChanged(user);
}

void UserDetailPane::openDialog(QDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    m_notice->clear();
    m_status->clear();
    connect(dialog, &QDialog::finished, this, [this] {
        m_dialog = nullptr;
        updateActions();
    });
    updateActions();
    dialog->open();
}

void UserDetailPane::openEditDialog()
{
    if (!m_hasUser || m_dialog)
        return;
    auto *dialog = new EditUserDialog(m_directory, m_actor, m_user, this);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        applyChangedUser(dialog->savedUser(), tr("Saved the changes to %1.").arg(shown(dialog->savedUser().username)));
    });
    connect(dialog, &EditUserDialog::reloaded, this, [this](const User &theirs) { applyChangedUser(theirs, {}); });
    openDialog(dialog);
}

void UserDetailPane::openResetPasswordDialog()
{
    if (!m_hasUser || m_dialog)
        return;
    auto *dialog = new ResetPasswordDialog(m_directory, m_actor, m_user, this);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const bool mustChange = dialog->mustChangeBox()->isChecked();
        m_notice->setText(
            mustChange
                ? tr("The password of %1 was set; they must change it at the next sign-in.").arg(shown(m_user.username))
                : tr("The password of %1 was set.").arg(shown(m_user.username)));
        // The version changed; read it (and the audit event) before the next edit.
        load(refOf(m_user.id), true);
    });
    openDialog(dialog);
}

void UserDetailPane::openDisableDialog()
{
    if (!m_hasUser || m_dialog)
        return;
    auto *dialog = new DisableUserDialog(m_directory, m_actor, m_user, this);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        applyChangedUser(dialog->savedUser(), tr("%1 is disabled.").arg(shown(dialog->savedUser().username)));
    });
    openDialog(dialog);
}

void UserDetailPane::openDeleteDialog()
{
    if (!m_hasUser || m_dialog)
        return;
    auto *dialog = new DeleteUserDialog(m_directory, m_actor, m_user, this);
    connect(dialog, &QDialog::accepted, this, [this] {
        const qint64 id = m_user.id;
        const QString name = shown(m_user.username);
        clear();
        m_notice->setText(tr("%1 was deleted.").arg(name));
        Q_EMIT userDeleted(id);
    });
    openDialog(dialog);
}

void UserDetailPane::openEnrollDialog()
{
    openMfaDialog(false);
}

void UserDetailPane::openRecoveryCodesDialog()
{
    openMfaDialog(true);
}

void UserDetailPane::openMfaDialog(bool newRecoveryCodes)
{
    if (!m_hasUser || m_dialog || isBusy())
        return;
    auto open = [this, newRecoveryCodes] {
        auto *dialog = new TotpEnrollDialog(
            m_directory, m_actor, m_user,
            newRecoveryCodes ? TotpEnrollDialog::Mode::NewRecoveryCodes : TotpEnrollDialog::Mode::Enroll, this);
        // Closed in any way, something may have changed (a pending factor, an activation, new codes).
        connect(dialog, &QDialog::finished, this, [this] { load(refOf(m_user.id), true); });
        openDialog(dialog);
    };
    // Someone else's factor, or one's own right after a helpdesk reset: that account has no factor and
    // must enroll, and the sign-in that brought it here just proved it (a temporary access pass works
    // once, so asking again would lock the account out of the console).
    if (m_user.id != m_actor.userId() || (m_user.mfaEnrollmentRequired && !m_mfaEnrolled)) {
        open();
        return;
    }
    // One's own second factor: prove it is still you at the keyboard first.
    if (!m_reauthenticate) {
        m_status->showError(tr("Changing your own authenticator needs you to sign in again, which this window "
                               "cannot ask for."));
        return;
    }
    m_actionRunning = true;
    updateActions();
    const qint64 id = m_user.id;
    whenAnswered(this,
                 m_reauthenticate(newRecoveryCodes ? tr("Sign in again to make new recovery codes for yourself.")
                                                   : tr("Sign in again to change your own authenticator.")),
                 [this, id, open](bool confirmed) {
                     m_actionRunning = false;
                     updateActions();
                     if (confirmed && m_hasUser && m_user.id == id)
                         open();
                 });
}

void UserDetailPane::openResetMfaWizard()
{
    if (!m_hasUser || m_dialog)
        return;
    auto *wizard = new MfaResetWizard(m_directory, m_actor, m_user, this);
    connect(wizard, &MfaResetWizard::resetDone, this, [this](const User &user) {
        m_notice->setText(
            tr("The MFA of %1 was reset; they enroll again at the next sign-in.").arg(shown(user.username)));
        load(refOf(user.id), true);
    });
    openDialog(wizard);
}

void UserDetailPane::runUserCall(const QString &busyText, QFuture<Result<User>> call, const QString &doneText)
{
    m_actionRunning = true;
    m_notice->clear();
    m_status->showBusy(busyText);
    updateActions();
    const quint64 generation = m_generation;
    whenAnswered(this, call, [this, generation, doneText](const Result<User> &result) {
        m_actionRunning = false;
        if (generation != m_generation) { // another user is shown by now
            updateActions();
            return;
        }
        if (!result.ok()) {
            m_status->showError(result.message());
            updateActions();
            return;
        }
        applyChangedUser(result.value(), doneText);
    });
}

void UserDetailPane::enableUser()
{
    if (!m_hasUser || isBusy() || !m_directory)
        return;
    runUserCall(tr("Enabling…"), m_directory->enableUser(m_actor, refOf(m_user.id)),
                tr("%1 is enabled again.").arg(shown(m_user.username)));
}

void UserDetailPane::addSelectedRole()
{
    if (!m_hasUser || isBusy() || !m_directory || m_roleCombo->currentIndex() < 0)
        return;
    const QString role = m_roleCombo->currentText();
    runUserCall(tr("Adding the role %1…").arg(role), m_directory->addUserRole(m_actor, refOf(m_user.id), role),
                tr("%1 now has the role %2.").arg(shown(m_user.username), role));
}

void UserDetailPane::removeSelectedRole()
{
    const QListWidgetItem *item = m_roleList->currentItem();
    if (!m_hasUser || isBusy() || !m_directory || !item || !(item->flags() & Qt::ItemIsEnabled))
        return;
    const QString role = item->text();
    runUserCall(tr("Removing the role %1…").arg(role), m_directory->removeUserRole(m_actor, refOf(m_user.id), role),
                tr("%1 no longer has the role %2.").arg(shown(m_user.username), role));
}

void UserDetailPane::updateLockText()
{
    QLabel *label = m_fields.value(QStringLiteral("lockValue"));
    if (!label)
        return;
    if (!m_hasUser || !m_user.locked) {
        label->setText(tr("Not locked"));
        return;
    }
    // A login lockout says until when; otherwise it is the authenticator (its MFA status says how).
    QString text;
    if (m_user.loginLockedUntil.isValid())
        text = tr("Locked after failed logins until %1: applications refuse the password until then or until an "
                  "administrator unlocks the account.")
                   .arg(QLocale().toString(m_user.loginLockedUntil.toLocalTime(), QLocale::ShortFormat));
    if (m_mfaDisabled)
        text += (text.isEmpty() ? QString() : QStringLiteral(" "))
            + tr("The authenticator was disabled after too many wrong codes: it needs a reset or a new enrollment "
                 "(Unlock does not bring it back).");
    else if (m_mfaFailures > 0)
        text += (text.isEmpty() ? QString() : QStringLiteral(" "))
            + tr("The authenticator waits after %n wrong code(s) in a row; Unlock ends the wait.", nullptr, m_mfaFailures);
    if (text.isEmpty())
        text = tr("Locked: the authenticator waits after wrong codes; Unlock ends the wait.");
    label->setText(text);
}

void UserDetailPane::unlockUser()
{
    if (!m_hasUser || isBusy() || !m_directory || !m_unlock->isEnabled())
        return;
    runUserCall(tr("Unlocking…"), m_directory->unlockUser(m_actor, refOf(m_user.id)),
                tr("%1 is unlocked; applications accept the password again.").arg(shown(m_user.username)));
}

void UserDetailPane::signOutEverywhere()
{
    if (!m_hasUser || isBusy() || !m_directory || !m_signOutEverywhere->isEnabled())
        return;
    const User user = m_user;
    const QString who = shown(user.username);
    const QString title = tr("Sign Out Everywhere");
    const QString text = tr("Sign %1 out everywhere?").arg(who);
    const QString details = tr("Every live session of %1 ends now, and every access token issued to %1 until now "
                               "stops being accepted. %1 has to sign in again in every application.")
                                .arg(who);
    bool go = false;
    if (m_confirm) {
        go = m_confirm(title, text, details);
    } else {
        QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("signOutConfirmation"));
        box.setTextFormat(Qt::PlainText);
        box.setInformativeText(details);
        QPushButton *accept = box.addButton(tr("Sign Out %1").arg(who), QMessageBox::DestructiveRole);
        accept->setObjectName(QStringLiteral("confirmButton"));
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        go = box.clickedButton() == accept;
    }
    if (!go || !m_hasUser || m_user.id != user.id)
        return;
    m_actionRunning = true;
    m_notice->clear();
    m_status->showBusy(tr("Signing %1 out everywhere…").arg(who));
    updateActions();
    const quint64 generation = m_generation;
    whenAnswered(this, m_directory->revokeUserSessions(m_actor, refOf(user.id)),
                 [this, generation, who](const Result<int> &result) {
                     m_actionRunning = false;
                     if (generation != m_generation) {
                         updateActions();
                         return;
                     }
                     if (!result.ok()) {
                         m_status->showError(result.message());
                         updateActions();
                         return;
                     }
                     m_status->clear();
                     m_notice->setText(
                         tr("Signed %1 out everywhere: %n session(s) ended.", nullptr, result.value()).arg(who));
                     updateActions();
                 });
}

} // namespace authdesk
