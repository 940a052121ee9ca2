#include "ui/RolesView.h"

#include "models/Continuation.h"

#include "core/Directory.h"
#include "models/PermissionMatrixModel.h"
#include "models/RoleListModel.h"
#include "ui/InlineStatus.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace authdesk {

namespace {

// The most members the list shows; the role list's count says how many there are in all.
constexpr qint64 MaxMembersShown = 1000;

} // namespace

// ---- NewRoleDialog ---------------------------------------------------------------------------

NewRoleDialog::NewRoleDialog(Directory *directory, Principal actor, QWidget *parent)
    : QDialog(parent), m_directory(directory), m_actor(std::move(actor))
{
    setWindowTitle(tr("New role"));
    m_name = new QLineEdit(this);
    m_name->setAccessibleName(tr("Role name"));
    m_description = new QLineEdit(this);
    m_description->setAccessibleName(tr("Role description"));
    m_status = new InlineStatus(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create = buttons->addButton(tr("Create role"), QDialogButtonBox::AcceptRole);
    m_create->setDefault(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Description:"), m_description);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &NewRoleDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setTabOrder(m_name, m_description);
    setTabOrder(m_description, buttons);
}

QString NewRoleDialog::errorText() const
{
    return m_status->errorText();
}

void NewRoleDialog::submit()
{
    if (m_busy || !m_directory)
        return;
    m_busy = true;
    m_create->setEnabled(false);
    m_status->showBusy(tr("Creating the role…"));
    whenAnswered(this, m_directory->createRole(m_actor, m_name->text(), m_description->text()),
                 [this](const Result<Role> &result) {
                     m_busy = false;
                     m_create->setEnabled(true);
                     if (!result.ok()) {
                         // The core names the rule that failed (empty name, a character it refuses, a duplicate …).
                         m_status->showError(result.message());
                         m_name->setFocus();
                         return;
                     }
                     m_status->clear();
                     m_created = result->name;
                     accept();
                 });
}

// ---- RolesView -------------------------------------------------------------------------------

RolesView::RolesView(Directory *directory, Principal actor, QWidget *parent)
    : QWidget(parent),
      m_directory(directory),
      m_actor(std::move(actor)),
      m_roleModel(new RoleListModel(directory, m_actor, this)),
      m_matrixModel(new PermissionMatrixModel(directory, m_actor, this))
{
    setAccessibleName(tr("Roles"));

    // Roles and their members.
    m_roleTable = new QTableView(this);
    m_roleTable->setModel(m_roleModel);
    m_roleTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_roleTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_roleTable->verticalHeader()->hide();
    // One line a role: the counts and the kind sized to their text, the description takes the rest
    // (elided; the whole of it is the tooltip).
    m_roleTable->setWordWrap(false);
    m_roleTable->horizontalHeader()->setStretchLastSection(false);
    m_roleTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_roleTable->horizontalHeader()->setSectionResizeMode(RoleListModel::Description, QHeaderView::Stretch);
    m_roleTable->setAccessibleName(tr("Roles"));
    m_newRole = new QPushButton(tr("&New role…"), this);
    m_newRole->setAccessibleName(tr("New role"));
    m_membersLabel = new QLabel(tr("Members of the selected role:"), this);
    m_members = new QListWidget(this);
    m_members->setAccessibleName(tr("Members of the selected role"));
    m_membersLabel->setBuddy(m_members);
    auto *rolesBox = new QGroupBox(tr("Roles"), this);
    auto *rolesLayout = new QVBoxLayout(rolesBox);
    rolesLayout->addWidget(m_roleTable, 2);
    rolesLayout->addWidget(m_newRole, 0, Qt::AlignLeft);
    rolesLayout->addWidget(m_membersLabel);
    rolesLayout->addWidget(m_members, 1);

    // The matrix.
    m_matrixTable = new QTableView(this);
    m_matrixTable->setModel(m_matrixModel);
    m_matrixTable->setAccessibleName(tr("Permissions of each role"));
    m_matrixTable->setAccessibleDescription(
        tr("Rows are permissions, columns are roles. Changes stay pending until you apply them."));
    m_matrixTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_undo = m_matrixModel->undoStack()->createUndoAction(this, tr("&Undo"));
    m_undo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    m_redo = m_matrixModel->undoStack()->createRedoAction(this, tr("&Redo"));
    m_redo->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    m_apply = new QAction(tr("&Apply"), this);
    m_apply->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_apply->setToolTip(tr("Send the pending changes to the directory (Ctrl+Return)"));
    m_discard = new QAction(tr("&Discard"), this);
    m_discard->setToolTip(tr("Forget every pending change"));
    for (QAction *action : {m_undo, m_redo, m_apply, m_discard}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    auto buttonFor = [this](QAction *action, const QString &accessibleName) {
        auto *button = new QPushButton(this);
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
    m_undoButton = buttonFor(m_undo, tr("Undo the last change"));
    m_redoButton = buttonFor(m_redo, tr("Redo the change undone last"));
    m_applyButton = buttonFor(m_apply, tr("Apply pending changes"));
    m_discardButton = buttonFor(m_discard, tr("Discard pending changes"));
    m_progress = new QProgressBar(this);
    m_progress->setAccessibleName(tr("Progress of applying changes"));
    m_progress->hide();
    m_matrixStatus = new QLabel(this);
    m_matrixStatus->setWordWrap(true);
    m_matrixStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *matrixButtons = new QHBoxLayout;
    matrixButtons->addWidget(m_undoButton);
    matrixButtons->addWidget(m_redoButton);
    matrixButtons->addStretch();
    matrixButtons->addWidget(m_discardButton);
    matrixButtons->addWidget(m_applyButton);
    auto *matrixBox = new QGroupBox(tr("Permissions"), this);
    auto *matrixLayout = new QVBoxLayout(matrixBox);
    matrixLayout->addWidget(m_matrixTable, 1);
    matrixLayout->addLayout(matrixButtons);
    matrixLayout->addWidget(m_progress);
    matrixLayout->addWidget(m_matrixStatus);

    // Why does a user have a permission?
    m_whyUser = new QLineEdit(this);
    m_whyUser->setPlaceholderText(tr("Username or email"));
    m_whyUser->setAccessibleName(tr("User to explain"));
    m_whyButton = new QPushButton(tr("E&xplain"), this);
    m_whyButton->setAccessibleName(tr("Explain the user's permissions"));
    m_whyTree = new QTreeWidget(this);
    m_whyTree->setColumnCount(2);
    m_whyTree->setHeaderLabels({tr("Permission"), tr("Comes through the roles")});
    m_whyTree->setRootIsDecorated(false);
    m_whyTree->setAccessibleName(tr("The user's permissions and the roles they come through"));
    m_whyStatus = new QLabel(this);
    m_whyStatus->setWordWrap(true);
    auto *whyLabel = new QLabel(tr("&User:"), this);
    whyLabel->setBuddy(m_whyUser);
    auto *whyRow = new QHBoxLayout;
    whyRow->addWidget(whyLabel);
    whyRow->addWidget(m_whyUser, 1);
    whyRow->addWidget(m_whyButton);
    auto *whyBox = new QGroupBox(tr("Why does a user have this permission?"), this);
    auto *whyLayout = new QVBoxLayout(whyBox);
    whyLayout->addLayout(whyRow);
    whyLayout->addWidget(m_whyTree, 1);
    whyLayout->addWidget(m_whyStatus);

    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(matrixBox);
    right->addWidget(whyBox);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 1);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(rolesBox);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    // Keyboard order follows the reading order: roles, members, matrix, its buttons, the "why" panel.
    setTabOrder(m_roleTable, m_newRole);
    setTabOrder(m_newRole, m_members);
    setTabOrder(m_members, m_matrixTable);
    setTabOrder(m_matrixTable, m_undoButton);
    setTabOrder(m_undoButton, m_redoButton);
    setTabOrder(m_redoButton, m_discardButton);
    setTabOrder(m_discardButton, m_applyButton);
    setTabOrder(m_applyButton, m_whyUser);
    setTabOrder(m_whyUser, m_whyButton);
    setTabOrder(m_whyButton, m_whyTree);

    connect(m_newRole, &QPushButton::clicked, this, &RolesView::openNewRoleDialog);
    connect(m_apply, &QAction::triggered, m_matrixModel, &PermissionMatrixModel::apply);
    connect(m_discard, &QAction::triggered, m_matrixModel, &PermissionMatrixModel::discard);
    connect(m_whyButton, &QPushButton::clicked, this, [this] { explain(m_whyUser->text()); });
    connect(m_whyUser, &QLineEdit::returnPressed, this, [this] { explain(m_whyUser->text()); });
    connect(m_roleTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RolesView::loadMembers);
    connect(m_roleModel, &RoleListModel::modelReset, this, &RolesView::loadMembers);
    connect(m_roleModel, &RoleListModel::errorOccurred, m_matrixStatus, &QLabel::setText);
    connect(m_matrixModel, &PermissionMatrixModel::errorOccurred, m_matrixStatus, &QLabel::setText);
    connect(m_matrixModel, &PermissionMatrixModel::pendingCountChanged, this, &RolesView::updateActions);
    connect(m_matrixModel, &PermissionMatrixModel::applyingChanged, this, &RolesView::updateActions);
    connect(m_matrixModel, &PermissionMatrixModel::modelReset, this, &RolesView::updateActions);
    connect(m_matrixModel, &PermissionMatrixModel::applyProgress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        m_progress->show();
        m_matrixStatus->setText(tr("Applied %1 of %2 changes…").arg(done).arg(total));
    });
    connect(m_matrixModel, &PermissionMatrixModel::applyFinished, this, &RolesView::onApplyFinished);
    updateActions();
}

QString RolesView::matrixStatusText() const
{
    return m_matrixStatus->text();
}

QString RolesView::whyStatusText() const
{
    return m_whyStatus->text();
}

void RolesView::refresh()
{
    m_roleModel->refresh();
    m_matrixModel->reload();
}

void RolesView::updateActions()
{
    const bool idle = !m_matrixModel->isApplying();
    const bool pending = m_matrixModel->pendingCount() > 0;
    m_apply->setEnabled(idle && pending);
    m_discard->setEnabled(idle && pending);
    // While changes go out, the history must not move under them.
    m_undo->setEnabled(idle && m_matrixModel->undoStack()->canUndo());
    m_redo->setEnabled(idle && m_matrixModel->undoStack()->canRedo());
    const bool manage = m_matrixModel->canManageRoles();
    m_newRole->setEnabled(manage);
    m_newRole->setToolTip(manage
                              ? tr("Create a role without permissions")
                              : tr("Creating roles needs the console permission roles.manage, which you do not have."));
    if (pending && idle)
        m_matrixStatus->setText(
            tr("%n change(s) pending; apply them to make them take effect.", nullptr, m_matrixModel->pendingCount()));
}

void RolesView::onApplyFinished(bool ok, const QString &message)
{
    m_progress->hide();
    m_roleModel->refresh(); // permission counts changed
    if (ok)
        m_matrixStatus->setText(tr("All changes were applied."));
    else
        m_matrixStatus->setText(tr("Stopped: %1 The changes not yet applied are still pending.").arg(message));
}

void RolesView::loadMembers()
{
    const quint64 generation = ++m_memberGeneration;
    m_members->clear();
    const QModelIndexList rows = m_roleTable->selectionModel()->selectedRows();
    if (rows.isEmpty() || !m_directory) {
        m_membersLabel->setText(tr("Members of the selected role:"));
        m_loadingMembers = false;
        return;
    }
    const QString role = rows.first().data(RoleListModel::RoleNameRole).toString();
    m_membersLabel->setText(tr("Members of %1:").arg(role));
    UserQuery query;
    query.filter.role = role;
    query.limit = MaxMembersShown;
    m_loadingMembers = true;
    whenAnswered(this, m_directory->listUsers(m_actor, query), [this, generation](const Result<UserPage> &page) {
        if (generation != m_memberGeneration)
            return;
        m_loadingMembers = false;
        if (!page.ok()) {
            m_members->addItem(page.message());
            return;
        }
        for (const User &user : page->users)
            m_members->addItem(user.displayName.isEmpty() ? user.username
                                                          : tr("%1 (%2)").arg(user.username, user.displayName));
        if (page->users.isEmpty())
            m_members->addItem(tr("Nobody has this role."));
        else if (page->total > page->users.size())
            m_members->addItem(tr("… and %n more", nullptr, static_cast<int>(page->total - page->users.size())));
    });
}

void RolesView::explain(const QString &username)
{
    if (!m_directory)
        return;
    m_whyUser->setText(username);
    const QString ref = username.trimmed();
    m_whyTree->clear();
    if (ref.isEmpty()) {
        m_whyStatus->setText(tr("Type a username or email first."));
        return;
    }
    const quint64 generation = ++m_whyGeneration;
    m_explaining = true;
    m_whyStatus->setText(tr("Looking up %1…").arg(ref));
    whenAnswered(this, m_directory->effectivePermissions(m_actor, ref),
                 [this, generation, ref](const Result<QList<EffectivePermission>> &result) {
                     if (generation != m_whyGeneration)
                         return;
                     m_explaining = false;
                     if (!result.ok()) {
                         m_whyStatus->setText(result.message());
                         return;
                     }
                     for (const EffectivePermission &p : result.value()) {
                         auto *item = new QTreeWidgetItem(m_whyTree, {p.name, p.viaRoles.join(QStringLiteral(", "))});
                         item->setToolTip(
                             1, tr("%1 has %2 through: %3").arg(ref, p.name, p.viaRoles.join(QStringLiteral(", "))));
                     }
                     m_whyTree->resizeColumnToContents(0);
                     m_whyStatus->setText(
                         result->isEmpty()
                             ? tr("%1 has no effective permissions (no roles, or the account is disabled).").arg(ref)
                             : tr("%n permission(s) for %1.", nullptr, static_cast<int>(result->size())).arg(ref));
                 });
}

void RolesView::openNewRoleDialog()
{
    auto *dialog = new NewRoleDialog(m_directory, m_actor, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString created = dialog->createdRole();
        refresh();
        m_matrixStatus->setText(tr("The role %1 was created.").arg(created));
    });
    dialog->open();
}

} // namespace authdesk
