#include "ui/MainWindow.h"

#include "ui/AuditView.h"
#include "ui/RolesView.h"
#include "ui/SessionsView.h"

#include "core/Directory.h"
#include "core/policy/ConsolePermissions.h"
#include "ui/NewUserDialog.h"
#include "ui/RecentStores.h"
#include "models/UserCsvExport.h"
#include "ui/Appearance.h"
#include "ui/BulkActionDialog.h"
#include "ui/Icons.h"
#include "ui/SessionGuard.h"
#include "ui/UserDetailPane.h"
#include "ui/UserFilterBar.h"
#include "models/UserListModel.h"
#include "core/store/LocalDirectory.h"
#include "ui/SigningKeysDialog.h"
#include "ui/TokenInspectorDialog.h"

#include <QAccessible>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QProgressDialog>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QSettings>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>
#include <limits>

namespace authdesk {

namespace {
const QString settingsGroup = QStringLiteral("MainWindow");
const QString geometryKey = QStringLiteral("geometry");
const QString windowStateKey = QStringLiteral("windowState");
const QString userTableHeaderKey = QStringLiteral("userTableHeader");
const QString viewKey = QStringLiteral("view");
const QString userSplitterKey = QStringLiteral("userSplitter");
} // namespace

MainWindow::MainWindow(Directory *directory, const Principal &principal, QWidget *parent)
    : QMainWindow(parent),
      m_directory(directory),
      m_principal(principal),
      m_model(new UserListModel(directory, principal, this)),
      m_searchTimer(new QTimer(this)),
      m_busyDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("%1 — AuthDesk").arg(m_directory->displayName()));

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &MainWindow::applySearch);
    m_busyDelay->setSingleShot(true);
    m_busyDelay->setInterval(BusyIndicatorDelayMs);

    createActions();
    createCentralWidget();
    createToolBar();
    createMenus();
    setUpTokenTools();
    createStatusBar();
    applyIcons();
    restoreSettings();

    // Sorting is the directory's: the view tells the model, which re-queries. Columns the
    // directory cannot sort on keep the indicator where it was. Connected after the view's
    // own connection, so the correction comes last.
    QHeaderView *header = m_table->horizontalHeader();
    if (!UserListModel::isSortable(header->sortIndicatorSection()))
        header->setSortIndicator(UserListModel::Username, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &MainWindow::onSortIndicatorChanged);

    connect(m_model, &UserListModel::totalChanged, this, &MainWindow::updateUserCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_answered = true; // every answer to a new query resets the model, the first one too
        updateUserCount();
        // After the view has taken in the reset.
        QTimer::singleShot(0, this, &MainWindow::sizeColumnsToContents);
    });
    connect(m_model, &QAbstractItemModel::modelReset, m_errorBanner, &QWidget::hide);
    connect(m_model, &UserListModel::loadingChanged, this, &MainWindow::onLoadingChanged);
    connect(m_model, &UserListModel::errorOccurred, this, &MainWindow::showError);
    onLoadingChanged(m_model->isLoading());
    updateUserCount();

    setTabOrder(m_searchEdit, m_table);
    m_searchEdit->setFocus();
    readPermissions();

    // Idle lock and the maximum session age, as the store's settings say; signing out from the
    // lock screen goes back to this store's sign-in.
    m_sessionGuard = new SessionGuard(m_directory, m_principal, this, {}, this);
    connect(m_sessionGuard, &SessionGuard::signedOut, this,
            [this] { Q_EMIT switchStoreRequested(m_directory->location()); });
    connect(m_lockAction, &QAction::triggered, m_sessionGuard, &SessionGuard::lockNow);
    // Changing one's own MFA in the pane asks for the password again, through the guard.
    m_detailPane->setReauthentication([guard = QPointer<SessionGuard>(m_sessionGuard)](const QString &reason) {
        return guard ? guard->requireReauthentication(reason) : QtFuture::makeReadyFuture(false);
    });
}

void MainWindow::readPermissions()
{
    m_directory->ownConsolePermissions(m_principal).then(this, [this](const Result<QStringList> &result) {
        if (!result.ok()) {
            showError(result.message());
            return;
        }
        m_permissions = QSet<QString>(result.value().begin(), result.value().end());
        m_permissionsKnown = true;
        m_detailPane->setPermissions(m_permissions);
        applyPermissions();
    });
    // The roles beside the name, so whoever looks at the screen knows with what authority it acts.
    m_directory->findUser(m_principal, m_principal.username()).then(this, [this](const Result<User> &self) {
        if (self.ok() && !self->roles.isEmpty())
            m_signedInLabel->setText(tr("Signed in as %1 (%2)")
                                         .arg(m_principal.username(), self->roles.join(QStringLiteral(", "))));
    });
}

QString MainWindow::missingPermissionText(const QString &permission) const
{
    if (!m_permissionsKnown || m_permissions.contains(permission))
        return {};
    return tr("Needs the %1 permission, which your roles do not grant.").arg(permission);
}

void MainWindow::applyPermissions()
{
    namespace P = ConsolePermission;
    // A view the administrator may not read is shown greyed, saying why, rather than failing when opened.
    const struct {
        View view;
        QAction *action;
        QString permission;
    } views[] = {{View::Users, m_showUsersAction, P::UsersRead},
                 {View::Roles, m_showRolesAction, P::RolesRead},
                 {View::Audit, m_showAuditAction, P::AuditRead},
                 {View::Sessions, m_showSessionsAction, P::SessionsRead}};
    for (const auto &v : views) {
        QListWidgetItem *item = m_sidebar->item(static_cast<int>(v.view));
        const QString missing = missingPermissionText(v.permission);
        const QString key = v.action->shortcut().toString(QKeySequence::NativeText);
        item->setFlags(missing.isEmpty() ? item->flags() | Qt::ItemIsEnabled : item->flags() & ~Qt::ItemIsEnabled);
        item->setToolTip(missing.isEmpty() ? QStringLiteral("%1 (%2)").arg(item->text(), key) : missing);
        v.action->setEnabled(missing.isEmpty());
        v.action->setToolTip(missing.isEmpty() ? v.action->text().remove(QLatin1Char('&')) : missing);
    }
    const QString cannotRead = missingPermissionText(P::UsersRead);
    for (QAction *action : {m_exportAction, m_bulkSelectedAction, m_bulkAllAction}) {
        action->setEnabled(cannotRead.isEmpty());
        if (!cannotRead.isEmpty())
            action->setToolTip(cannotRead);
    }
    const QString cannotCreate = missingPermissionText(P::UsersCreate);
    m_newUserAction->setEnabled(cannotCreate.isEmpty());
    m_newUserAction->setToolTip(cannotCreate.isEmpty() ? tr("Create a user (%1)").arg(m_newUserAction->shortcut().toString(QKeySequence::NativeText))
                                                       : cannotCreate);
    m_filterBar->setCanReadRoles(missingPermissionText(P::RolesRead).isEmpty(), missingPermissionText(P::RolesRead));
    if (const QString missing = missingPermissionText(P::UsersRead); !missing.isEmpty()) {
        m_searchEdit->setEnabled(false);
        m_searchEdit->setToolTip(missing);
    }
    // Out of a view the administrator can no longer read, into the first one they can.
    const View current = currentView();
    if (!missingPermissionText(permissionOfView(current)).isEmpty()) {
        for (const auto &v : views) {
            if (missingPermissionText(v.permission).isEmpty()) {
                showView(v.view);
                break;
            }
        }
    }
    setUpTokenTools();
}

QList<QAction *> MainWindow::userActions() const
{
    return {m_detailPane->editAction(),         m_detailPane->resetPasswordAction(),
            m_detailPane->resetMfaAction(),     m_detailPane->disableAction(),
            m_detailPane->enableAction(),       m_detailPane->unlockAction(),
            m_detailPane->showSessionsAction(), m_detailPane->signOutEverywhereAction(),
            m_detailPane->deleteAction()};
}

void MainWindow::onCurrentRowChanged()
{
    // Scrolling through rows with the arrow keys reads only the user one stops on.
    m_detailTimer->start();
}

void MainWindow::showCurrentUser()
{
    const QModelIndex current = m_table->currentIndex();
    const qint64 id = current.isValid() ? current.data(UserListModel::UserIdRole).toLongLong() : 0;
    if (id <= 0) {
        if (!current.isValid())
            m_detailPane->clear();
        else
            m_detailTimer->start(); // the row's page is still on its way
        return;
    }
    if (!m_detailPane->hasUser() || m_detailPane->user().id != id)
        m_detailPane->setUser(id);
}

void MainWindow::showUserContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    if (!index.isValid())
        return;
    if (!m_table->selectionModel()->isRowSelected(index.row(), {}))
        m_table->setCurrentIndex(index);
    showCurrentUser(); // the actions act on the pane's user: make it this row's at once
    QMenu menu(this);
    const QList<QAction *> actions = userActions();
    // Several rows: the bulk action first, the current user's actions below it.
    if (m_table->selectionModel()->selectedRows().size() > 1) {
        menu.addAction(m_bulkSelectedAction);
        menu.addSeparator();
    }
    for (QAction *action : actions)
        menu.addAction(action);
    menu.addSeparator();
    menu.addAction(m_exportAction);
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

void MainWindow::fillRecentStoresMenu()
{
    m_recentStoresMenu->clear();
    const QString current = m_directory->location();
    for (const QString &path : RecentStores::list()) {
        if (path == current || !QFileInfo(path).isFile())
            continue;
        QAction *action = m_recentStoresMenu->addAction(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { Q_EMIT switchStoreRequested(path); });
    }
    if (m_recentStoresMenu->isEmpty())
        m_recentStoresMenu->addAction(tr("No other recent stores"))->setEnabled(false);
}

void MainWindow::createActions()
{
    m_refreshAction = new QAction(tr("&Refresh"), this);
    QList<QKeySequence> refreshKeys = QKeySequence::keyBindings(QKeySequence::Refresh);
    if (!refreshKeys.contains(QKeySequence(Qt::Key_F5)))
        refreshKeys.prepend(QKeySequence(Qt::Key_F5));
    m_refreshAction->setShortcuts(refreshKeys);
    m_refreshAction->setToolTip(tr("Read the users from the directory again (%1)")
                                    .arg(QKeySequence(Qt::Key_F5).toString(QKeySequence::NativeText)));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);

    m_newUserAction = new QAction(tr("&New User…"), this);
    m_newUserAction->setObjectName(QStringLiteral("newUserAction"));
    m_newUserAction->setShortcut(QKeySequence::New);
    m_newUserAction->setToolTip(tr("Create a user (%1)").arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    connect(m_newUserAction, &QAction::triggered, this, &MainWindow::newUser);

    m_bulkSelectedAction = new QAction(tr("Act on &Selected Users…"), this);
    m_bulkSelectedAction->setObjectName(QStringLiteral("bulkSelectedAction"));
    m_bulkSelectedAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    m_bulkSelectedAction->setToolTip(tr("Disable, enable, give or take a role, require a password change or delete "
                                        "the selected users, after a preview of what changes"));
    connect(m_bulkSelectedAction, &QAction::triggered, this, &MainWindow::bulkOnSelection);
    m_bulkAllAction = new QAction(tr("Act on &All Results…"), this);
    m_bulkAllAction->setObjectName(QStringLiteral("bulkAllAction"));
    m_bulkAllAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_bulkAllAction->setToolTip(tr("The same, for every user the current search and filters find"));
    connect(m_bulkAllAction, &QAction::triggered, this, &MainWindow::bulkOnAllResults);
    m_exportAction = new QAction(tr("&Export Users as CSV…"), this);
    m_exportAction->setObjectName(QStringLiteral("exportUsersAction"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setToolTip(tr("Write the users the current search and filters find to a CSV file"));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportUsers);

    m_showUsersAction = new QAction(tr("&Users"), this);
    m_showUsersAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    connect(m_showUsersAction, &QAction::triggered, this, [this] { showView(View::Users); });
    m_showRolesAction = new QAction(tr("&Roles and Permissions"), this);
    m_showRolesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    connect(m_showRolesAction, &QAction::triggered, this, [this] { showView(View::Roles); });
    m_showAuditAction = new QAction(tr("&Audit Log"), this);
    m_showAuditAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    connect(m_showAuditAction, &QAction::triggered, this, [this] { showView(View::Audit); });
    m_showSessionsAction = new QAction(tr("&Sessions"), this);
    m_showSessionsAction->setObjectName(QStringLiteral("showSessionsAction"));
    m_showSessionsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    connect(m_showSessionsAction, &QAction::triggered, this, [this] { showView(View::Sessions); });

    m_findAction = new QAction(tr("&Find Users…"), this);
    m_findAction->setShortcuts(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, &MainWindow::focusSearch);

    m_switchStoreAction = new QAction(tr("&Switch Store…"), this);
    m_switchStoreAction->setObjectName(QStringLiteral("switchStoreAction"));
    m_switchStoreAction->setShortcut(QKeySequence::Open);
    m_switchStoreAction->setToolTip(tr("Sign out and open or create another store"));
    connect(m_switchStoreAction, &QAction::triggered, this, [this] { Q_EMIT switchStoreRequested(QString()); });

    m_lockAction = new QAction(tr("&Lock"), this);
    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lockAction->setToolTip(tr("Hide the console until you sign in again (it also locks by itself when idle)"));

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_aboutAction = new QAction(tr("&About AuthDesk"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_aboutQtAction = new QAction(tr("About &Qt"), this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createCentralWidget()
{
    // A non-modal error line above the table: the directory's message, a retry, a dismiss.
    auto *banner = new QFrame(this);
    banner->setObjectName(QStringLiteral("errorBanner"));
    banner->setFrameShape(QFrame::StyledPanel);
    banner->setAutoFillBackground(true);
    QPalette bannerPalette = banner->palette();
    const bool dark = bannerPalette.color(QPalette::Window).lightness() < 128;
    bannerPalette.setColor(QPalette::Window, dark ? QColor(0x5c, 0x1f, 0x1f) : QColor(0xfb, 0xe3, 0xe1));
    bannerPalette.setColor(QPalette::WindowText, dark ? QColor(0xff, 0xe5, 0xe3) : QColor(0x5c, 0x10, 0x10));
    banner->setPalette(bannerPalette);
    auto *icon = new QLabel(banner);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize, iconSize));
    m_errorText = new QLabel(banner);
    m_errorText->setObjectName(QStringLiteral("errorBannerText"));
    m_errorText->setWordWrap(true);
    m_errorText->setTextFormat(Qt::PlainText);
    m_errorText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *retryButton = new QPushButton(tr("&Retry"), banner);
    retryButton->setObjectName(QStringLiteral("retryButton"));
    connect(retryButton, &QPushButton::clicked, this, &MainWindow::refresh);
    auto *dismissButton = new QToolButton(banner);
    dismissButton->setObjectName(QStringLiteral("dismissErrorButton"));
    dismissButton->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton, nullptr, this));
    dismissButton->setToolTip(tr("Dismiss"));
    dismissButton->setAccessibleName(tr("Dismiss the error"));
    dismissButton->setAutoRaise(true);
    connect(dismissButton, &QToolButton::clicked, banner, &QWidget::hide);
    auto *bannerLayout = new QHBoxLayout(banner);
    bannerLayout->addWidget(icon, 0, Qt::AlignTop);
    bannerLayout->addWidget(m_errorText, 1);
    bannerLayout->addWidget(retryButton);
    bannerLayout->addWidget(dismissButton);
    banner->hide();
    m_errorBanner = banner;

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("userTable"));
    m_table->setAccessibleName(tr("Users"));
    m_table->setModel(m_model);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::onCurrentRowChanged);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setCornerButtonEnabled(false);
    // Tab leaves the table for the next widget instead of walking its cells.
    m_table->setTabKeyNavigation(false);
    // Rows of one height: the view never measures a million rows to lay them out.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().lineSpacing() + 8); // dense, as lists of people are
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setSortIndicator(UserListModel::Username, Qt::AscendingOrder); // unless restoreSettings() says otherwise
    // Typing in the table searches the directory rather than walking every row for a match.
    m_table->installEventFilter(this);

    m_usersPage = new QWidget(this);
    auto *usersLayout = new QVBoxLayout(m_usersPage);
    usersLayout->setContentsMargins(0, 0, 0, 0);
    usersLayout->setSpacing(0);
    m_filterBar = new UserFilterBar(m_directory, m_principal, m_directory->location(), m_usersPage);
    connect(m_filterBar, &UserFilterBar::filterChanged, m_model, &UserListModel::setFilter);
    connect(m_filterBar, &UserFilterBar::savedQueryChosen, this, [this](const FilteredSearch &query) {
        const QSignalBlocker block(m_searchEdit);
        m_searchEdit->setText(query.search);
        m_filterBar->setSearch(query.search);
        m_model->setFilter(query.filter);
        m_model->setSearch(query.search);
    });
    // The table and, beside it, the pane of the current user.
    m_detailPane = new UserDetailPane(m_directory, m_principal, m_usersPage);
    m_detailPane->setObjectName(QStringLiteral("userDetailPane"));
    m_userSplitter = new QSplitter(Qt::Horizontal, m_usersPage);
    m_userSplitter->setObjectName(QStringLiteral("userSplitter"));
    m_userSplitter->setChildrenCollapsible(true);
    m_userSplitter->addWidget(m_table);
    m_userSplitter->addWidget(m_detailPane);
    m_userSplitter->setStretchFactor(0, 3);
    m_userSplitter->setStretchFactor(1, 2);
    m_userSplitter->setCollapsible(0, false);
    m_detailTimer = new QTimer(this);
    m_detailTimer->setSingleShot(true);
    m_detailTimer->setInterval(DetailDelayMs);
    connect(m_detailTimer, &QTimer::timeout, this, &MainWindow::showCurrentUser);
    connect(m_detailPane, &UserDetailPane::userChanged, m_model, &UserListModel::refresh);
    connect(m_detailPane, &UserDetailPane::showSessionsRequested, this, &MainWindow::showSessionsOf);
    connect(m_detailPane, &UserDetailPane::userDeleted, this, [this] {
        m_detailPane->clear();
        m_model->refresh();
    });
    // The pane's actions work from the table too: Del on a row deletes that user, F2 edits it.
    for (QAction *action : userActions())
        m_table->addAction(action);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &MainWindow::showUserContextMenu);

    usersLayout->addWidget(m_filterBar);
    usersLayout->addWidget(m_errorBanner);
    usersLayout->addWidget(m_userSplitter, 1);

    // The sidebar names the views; the stack holds them, the ones beside Users made on first use.
    m_sidebar = new QListWidget(this);
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setAccessibleName(tr("Views"));
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setIconSize(QSize(20, 20));
    m_sidebar->setSpacing(2);
    const auto addItem = [this](const QString &text, const QKeySequence &key) {
        auto *item = new QListWidgetItem(text, m_sidebar);
        item->setToolTip(QStringLiteral("%1 (%2)").arg(text, key.toString(QKeySequence::NativeText)));
        item->setSizeHint(QSize(0, fontMetrics().lineSpacing() + 14));
    };
    addItem(tr("Users"), QKeySequence(Qt::CTRL | Qt::Key_1));
    addItem(tr("Roles"), QKeySequence(Qt::CTRL | Qt::Key_2));
    addItem(tr("Audit"), QKeySequence(Qt::CTRL | Qt::Key_3));
    addItem(tr("Sessions"), QKeySequence(Qt::CTRL | Qt::Key_4));
    int widest = 0;
    for (int row = 0; row < m_sidebar->count(); ++row)
        widest = std::max(widest, fontMetrics().horizontalAdvance(m_sidebar->item(row)->text()));
    // Room for the icon, its spacing and the item margins; no more, so the window still fits a
    // 1366-pixel screen beside the user pane.
    m_sidebar->setFixedWidth(widest + m_sidebar->iconSize().width() + 5 * fontMetrics().averageCharWidth());
    m_sidebar->setCurrentRow(0);

    m_views = new QStackedWidget(this);
    m_views->setObjectName(QStringLiteral("views"));
    m_views->addWidget(m_usersPage);
    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            showView(static_cast<View>(row));
    });

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    auto *line = new QFrame(central);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);
    layout->addWidget(m_views, 1);
    setCentralWidget(central);
}

QWidget *MainWindow::viewWidget(View view)
{
    switch (view) {
    case View::Users:
        return m_usersPage;
    case View::Roles:
        if (!m_rolesView) {
            m_rolesView = new RolesView(m_directory, m_principal, m_views);
            m_rolesView->setObjectName(QStringLiteral("rolesView"));
            m_views->addWidget(m_rolesView);
        }
        return m_rolesView;
    case View::Audit:
        if (!m_auditView) {
            m_auditView = new AuditView(m_directory, m_principal, m_views);
            m_auditView->setObjectName(QStringLiteral("auditView"));
            m_views->addWidget(m_auditView);
        }
        return m_auditView;
    case View::Sessions:
        if (!m_sessionsView) {
            m_sessionsView = new SessionsView(m_directory, m_principal, m_views);
            m_sessionsView->setObjectName(QStringLiteral("sessionsView"));
            m_views->addWidget(m_sessionsView);
        }
        return m_sessionsView;
    }
    return m_usersPage;
}

QAction *MainWindow::viewAction(View view) const
{
    switch (view) {
    case View::Users:
        return m_showUsersAction;
    case View::Roles:
        return m_showRolesAction;
    case View::Audit:
        return m_showAuditAction;
    case View::Sessions:
        return m_showSessionsAction;
    }
    return m_showUsersAction;
}

QString MainWindow::permissionOfView(View view)
{
    namespace P = ConsolePermission;
    switch (view) {
    case View::Users:
        return P::UsersRead;
    case View::Roles:
        return P::RolesRead;
    case View::Audit:
        return P::AuditRead;
    case View::Sessions:
        return P::SessionsRead;
    }
    return P::UsersRead;
}

void MainWindow::showSessionsOf(const QString &user)
{
    showView(View::Sessions);
    if (currentView() == View::Sessions)
        m_sessionsView->showUser(user);
}

void MainWindow::showView(View view)
{
    if (!viewAction(view)->isEnabled())
        return; // a view the administrator may not read (its tooltip says why)
    QWidget *page = viewWidget(view);
    m_views->setCurrentWidget(page);
    const QSignalBlocker block(m_sidebar);
    m_sidebar->setCurrentRow(static_cast<int>(view));
    // The search box and the column menu belong to the user list. The audit and sessions views have
    // their own Ctrl+F (their filters) and F5; two window-wide shortcuts on one key would cancel
    // each other out.
    const bool ownKeys = view == View::Audit || view == View::Sessions;
    m_searchEdit->setEnabled(view == View::Users);
    m_findAction->setEnabled(!ownKeys);
    m_refreshAction->setEnabled(!ownKeys);
    if (view == View::Users)
        m_table->setFocus(Qt::OtherFocusReason);
}

MainWindow::View MainWindow::currentView() const
{
    QWidget *current = m_views->currentWidget();
    if (m_rolesView && current == m_rolesView)
        return View::Roles;
    if (m_auditView && current == m_auditView)
        return View::Audit;
    if (m_sessionsView && current == m_sessionsView)
        return View::Sessions;
    return View::Users;
}

void MainWindow::applyIcons()
{
    const QPalette &p = palette();
    m_refreshAction->setIcon(icons::themed(QStringLiteral("refresh"), p));
    m_newUserAction->setIcon(icons::themed(QStringLiteral("user-add"), p));
    m_exportAction->setIcon(icons::themed(QStringLiteral("export"), p));
    m_bulkSelectedAction->setIcon(icons::themed(QStringLiteral("bulk"), p));
    m_switchStoreAction->setIcon(icons::themed(QStringLiteral("store"), p));
    m_lockAction->setIcon(icons::themed(QStringLiteral("lock"), p));
    m_quitAction->setIcon(icons::themed(QStringLiteral("quit"), p));
    m_searchIconAction->setIcon(icons::themed(QStringLiteral("search"), p));
    const QString sidebarIcons[] = {QStringLiteral("users"), QStringLiteral("roles"), QStringLiteral("audit"),
                                    QStringLiteral("sessions")};
    for (int row = 0; row < m_sidebar->count() && row < int(std::size(sidebarIcons)); ++row)
        m_sidebar->item(row)->setIcon(icons::themed(sidebarIcons[row], m_sidebar->palette()));
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_sidebar)
        applyIcons(); // light ⇄ dark: the line icons follow the text colour
}

void MainWindow::createToolBar()
{
    QToolBar *toolBar = addToolBar(tr("Main Toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_newUserAction);
    toolBar->addAction(m_refreshAction);
    toolBar->addAction(m_exportAction);

    auto *spacer = new QWidget(toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolBar->addWidget(spacer);

    m_searchEdit = new QLineEdit(toolBar);
    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_searchEdit->setAccessibleName(tr("Search users"));
    m_searchEdit->setPlaceholderText(tr("Search username, email or name (%1)")
                                         .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    m_searchEdit->setToolTip(tr("Shows the users whose username, email or display name contains the text"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setMinimumWidth(fontMetrics().averageCharWidth() * 44);
    m_searchIconAction = m_searchEdit->addAction(QIcon(), QLineEdit::LeadingPosition);
    // Escape clears the search, or with nothing to clear goes back to the table.
    auto *clearSearch = new QAction(tr("Clear Search"), m_searchEdit);
    clearSearch->setShortcut(QKeySequence(Qt::Key_Escape));
    clearSearch->setShortcutContext(Qt::WidgetShortcut);
    m_searchEdit->addAction(clearSearch);
    connect(clearSearch, &QAction::triggered, this, [this] {
        if (m_searchEdit->text().isEmpty())
            m_table->setFocus(Qt::ShortcutFocusReason);
        else
            m_searchEdit->clear();
    });
    connect(m_searchEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchEdit, &QLineEdit::returnPressed, this, &MainWindow::applySearch);
    m_searchEdit->installEventFilter(this);
    toolBar->addWidget(m_searchEdit);
}

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(m_switchStoreAction);
    m_recentStoresMenu = fileMenu->addMenu(tr("&Recent Stores"));
    m_recentStoresMenu->setObjectName(QStringLiteral("recentStoresMenu"));
    connect(m_recentStoresMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentStoresMenu);
    fileMenu->addSeparator();
    fileMenu->addAction(m_exportAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_lockAction);
    fileMenu->addAction(m_quitAction);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    editMenu->addAction(m_findAction);

    QMenu *userMenu = menuBar()->addMenu(tr("&User"));
    userMenu->setObjectName(QStringLiteral("userMenu"));
    userMenu->addAction(m_newUserAction);
    userMenu->addSeparator();
    for (QAction *action : userActions())
        userMenu->addAction(action);
    userMenu->addSeparator();
    userMenu->addAction(m_bulkSelectedAction);
    userMenu->addAction(m_bulkAllAction);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->addAction(m_showUsersAction);
    viewMenu->addAction(m_showRolesAction);
    viewMenu->addAction(m_showAuditAction);
    viewMenu->addAction(m_showSessionsAction);
    viewMenu->addSeparator();
    viewMenu->addAction(m_refreshAction);
    viewMenu->addSeparator();
    QMenu *appearanceMenu = viewMenu->addMenu(tr("&Appearance"));
    appearanceMenu->setObjectName(QStringLiteral("appearanceMenu"));
    auto *schemes = new QActionGroup(this);
    const std::pair<ColorScheme, QString> schemeItems[] = {
        {ColorScheme::System, tr("&System Colours")},
        {ColorScheme::Light, tr("&Light")},
        {ColorScheme::Dark, tr("&Dark")},
    };
    for (const auto &[scheme, text] : schemeItems) {
        QAction *action = appearanceMenu->addAction(text);
        action->setObjectName(QStringLiteral("appearance-") + colorSchemeName(scheme));
        action->setCheckable(true);
        action->setChecked(scheme == currentColorScheme());
        schemes->addAction(action);
        connect(action, &QAction::triggered, this, [scheme] {
            applyColorScheme(scheme);
            saveColorScheme(scheme);
        });
    }
    m_columnsMenu = viewMenu->addMenu(tr("&Columns"));
    connect(m_columnsMenu, &QMenu::aboutToShow, this, &MainWindow::fillColumnsMenu);
    connect(m_table->horizontalHeader(), &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        m_columnsMenu->popup(m_table->horizontalHeader()->viewport()->mapToGlobal(pos));
    });

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(m_aboutAction);
    helpMenu->addAction(m_aboutQtAction);
}

void MainWindow::createStatusBar()
{
    m_busyIndicator = new QProgressBar(this);
    m_busyIndicator->setObjectName(QStringLiteral("busyIndicator"));
    m_busyIndicator->setAccessibleName(tr("Loading users"));
    m_busyIndicator->setRange(0, 0);
    m_busyIndicator->setTextVisible(false);
    m_busyIndicator->setMaximumWidth(fontMetrics().averageCharWidth() * 14);
    m_busyIndicator->setMaximumHeight(fontMetrics().height());
    m_busyIndicator->hide();
    connect(m_busyDelay, &QTimer::timeout, m_busyIndicator, &QWidget::show);

    m_userCountLabel = new QLabel(this);
    m_userCountLabel->setObjectName(QStringLiteral("statusUserCount"));
    m_signedInLabel = new QLabel(tr("Signed in as %1").arg(m_principal.username()), this);
    m_signedInLabel->setObjectName(QStringLiteral("statusSignedIn"));
    m_signedInLabel->setTextFormat(Qt::PlainText);
    m_signedInLabel->setToolTip(m_directory->displayName());

    auto *separator = new QFrame(this);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);
    statusBar()->addPermanentWidget(m_busyIndicator);
    statusBar()->addPermanentWidget(m_userCountLabel);
    statusBar()->addPermanentWidget(separator);
    statusBar()->addPermanentWidget(m_signedInLabel);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(settingsGroup);
    if (!restoreGeometry(settings.value(geometryKey).toByteArray())) {
        const QSize available = screen() ? screen()->availableSize() : QSize(1280, 800);
        resize(std::min(available.width() * 9 / 10, 1400), std::min(available.height() * 4 / 5, 800));
    }
    restoreState(settings.value(windowStateKey).toByteArray());
    // Unless the columns were laid out before, size them to the first users that arrive.
    m_sizeColumnsToContents =
        !m_table->horizontalHeader()->restoreState(settings.value(userTableHeaderKey).toByteArray());
    if (!m_userSplitter->restoreState(settings.value(userSplitterKey).toByteArray())) {
        const int total = width() - m_sidebar->width();
        m_userSplitter->setSizes({total * 3 / 5, total * 2 / 5});
    }
    const QString view = settings.value(viewKey).toString();
    if (view == QLatin1String("roles"))
        showView(View::Roles);
    else if (view == QLatin1String("audit"))
        showView(View::Audit);
    else if (view == QLatin1String("sessions"))
        showView(View::Sessions);
}

void MainWindow::sizeColumnsToContents()
{
    if (!m_sizeColumnsToContents || m_model->rowCount() == 0)
        return;
    m_sizeColumnsToContents = false;
    QHeaderView *header = m_table->horizontalHeader();
    const int maxWidth = fontMetrics().averageCharWidth() * 48;
    // The header sizes a section by the visible rows only, so this reads what is on screen.
    for (int column = 0; column < UserListModel::ColumnCount - 1; ++column) {
        m_table->resizeColumnToContents(column);
        header->resizeSection(column, std::min(maxWidth, header->sectionSize(column)));
    }
    // Room for the longest status, which the first rows rarely show.
    User disabled;
    disabled.status = UserStatus::Disabled;
    disabled.disabledUntil = QDateTime::currentDateTimeUtc().addDays(1);
    const int statusWidth =
        fontMetrics().horizontalAdvance(UserListModel::statusText(disabled, QDateTime::currentDateTimeUtc()))
        + 2 * style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_table) + fontMetrics().averageCharWidth();
    header->resizeSection(UserListModel::Status, std::max(header->sectionSize(UserListModel::Status), statusWidth));
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(settingsGroup);
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(windowStateKey, saveState());
    settings.setValue(userTableHeaderKey, m_table->horizontalHeader()->saveState());
    settings.setValue(userSplitterKey, m_userSplitter->saveState());
    const View view = currentView();
    settings.setValue(viewKey, view == View::Roles      ? QStringLiteral("roles")
                                   : view == View::Audit    ? QStringLiteral("audit")
                                   : view == View::Sessions ? QStringLiteral("sessions")
                                                            : QStringLiteral("users"));
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // The search box has the keyboard when the window first opens, whatever the dialog before it had.
    if (!m_shownOnce && currentView() == View::Users && m_searchEdit->isEnabled())
        m_searchEdit->setFocus(Qt::ActiveWindowFocusReason);
    m_shownOnce = true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QMainWindow::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_table) {
        const Qt::KeyboardModifiers commandKeys = Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier;
        if (!key->text().isEmpty() && key->text().at(0).isPrint() && !(key->modifiers() & commandKeys)) {
            m_searchEdit->setFocus(Qt::OtherFocusReason);
            m_searchEdit->end(false);
            m_searchEdit->insert(key->text());
            return true;
        }
    } else if (watched == m_searchEdit && key->key() == Qt::Key_Down && m_model->rowCount() > 0) {
        // Down from the search box goes to the results.
        m_table->setFocus(Qt::OtherFocusReason);
        if (!m_table->currentIndex().isValid())
            m_table->setCurrentIndex(m_model->index(0, UserListModel::Username));
        return true;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::applySearch()
{
    m_searchTimer->stop();
    m_model->setSearch(m_searchEdit->text().trimmed());
    m_filterBar->setSearch(m_model->search());
}

void MainWindow::focusSearch()
{
    showView(View::Users);
    m_searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_searchEdit->selectAll();
}

void MainWindow::onSortIndicatorChanged(int column, Qt::SortOrder order)
{
    Q_UNUSED(order)
    if (!UserListModel::isSortable(column))
        m_table->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
}

void MainWindow::updateUserCount()
{
    if (!m_answered) {
        m_userCountLabel->setText(tr("Loading users…"));
        return;
    }
    const int count = static_cast<int>(std::min<qint64>(m_model->total(), std::numeric_limits<int>::max()));
    m_userCountLabel->setText(m_model->search().isEmpty() && m_model->filter().isEmpty() ? tr("%Ln user(s)", nullptr, count)
                                                          : tr("%Ln user(s) found", nullptr, count));
}

void MainWindow::onLoadingChanged(bool loading)
{
    if (loading) {
        m_busyDelay->start();
    } else {
        m_busyDelay->stop();
        m_busyIndicator->hide();
    }
}

void MainWindow::showError(const QString &message)
{
    if (!m_answered)
        m_userCountLabel->clear(); // no longer loading, and there is no count to show
    m_errorText->setText(message);
    m_errorBanner->show();
    QAccessibleEvent alert(m_errorText, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

void MainWindow::refresh()
{
    if (currentView() == View::Roles) {
        m_rolesView->refresh();
        return;
    }
    if (currentView() == View::Audit) {
        m_auditView->refresh();
        return;
    }
    if (currentView() == View::Sessions) {
        m_sessionsView->refresh();
        return;
    }
    m_errorBanner->hide();
    m_model->refresh();
}

void MainWindow::fillColumnsMenu()
{
    m_columnsMenu->clear();
    const QHeaderView *header = m_table->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        QAction *action = m_columnsMenu->addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // Without the username a row would not say whose it is.
        action->setEnabled(column != UserListModel::Username);
        connect(action, &QAction::toggled, this,
                [this, column](bool shown) { m_table->horizontalHeader()->setSectionHidden(column, !shown); });
    }
}

void MainWindow::newUser()
{
    if (!m_newUserAction->isEnabled())
        return;
    NewUserDialog dialog(m_directory, m_principal, m_permissions, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    statusBar()->showMessage(tr("Created the user %1.").arg(dialog.createdUser().username), 5000);
    m_model->refresh();
}

void MainWindow::bulkOnSelection()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        statusBar()->showMessage(tr("Select the users first (Shift or Ctrl with a click, Ctrl+A for all)."), 5000);
        return;
    }
    // Every row the directory has sent; a selection reaching rows not read yet is the whole result
    // list's job, which pages through the directory itself.
    if (rows.size() == m_model->rowCount()) {
        bulkOnAllResults();
        return;
    }
    QList<User> users;
    users.reserve(rows.size());
    for (const QModelIndex &row : rows) {
        const QVariant user = row.data(UserListModel::UserRole);
        if (!user.isValid()) {
            QMessageBox::information(this, tr("Bulk Action"),
                                     tr("Some of the selected rows have not been read from the directory yet. Scroll "
                                        "through them, or use \"Act on All Results\" for everyone the search finds."));
            return;
        }
        users << user.value<User>();
    }
    auto *dialog = new BulkActionDialog(m_directory, m_principal, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setUsers(users);
    connect(dialog, &BulkActionDialog::runFinished, m_model, &UserListModel::refresh);
    dialog->open();
}

void MainWindow::bulkOnAllResults()
{
    auto *dialog = new BulkActionDialog(m_directory, m_principal, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->loadUsers(m_model->currentQuery());
    connect(dialog, &BulkActionDialog::runFinished, m_model, &UserListModel::refresh);
    dialog->open();
}

void MainWindow::exportUsers()
{
    if (!m_exportAction->isEnabled())
        return;
    const QString path = m_exportPathForTests.isEmpty()
                             ? QFileDialog::getSaveFileName(this, tr("Export Users"),
                                                            QDir::home().filePath(QStringLiteral("users.csv")),
                                                            tr("CSV files (*.csv)"))
                             : m_exportPathForTests;
    if (path.isEmpty())
        return;
    auto *exporter = new UserCsvExport(m_directory, m_principal, m_model->currentQuery(), path, this);
    auto *progress = new QProgressDialog(tr("Exporting users…"), tr("Cancel"), 0, 1000, this);
    progress->setObjectName(QStringLiteral("exportProgress"));
    progress->setWindowTitle(tr("Export Users"));
    progress->setMinimumDuration(400);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    connect(progress, &QProgressDialog::canceled, exporter, &UserCsvExport::cancel);
    connect(exporter, &UserCsvExport::progress, progress, [progress](qint64 written, qint64 total) {
        progress->setValue(total > 0 ? static_cast<int>(std::min<qint64>(1000, written * 1000 / total)) : 0);
        progress->setLabelText(tr("Exporting users… %1 of %2").arg(written).arg(total));
    });
    connect(exporter, &UserCsvExport::finished, this, [this, exporter, progress](bool ok, const QString &message) {
        progress->deleteLater();
        exporter->deleteLater();
        if (ok)
            statusBar()->showMessage(message.isEmpty() ? tr("Exported the users.") : message, 8000);
        else
            showError(message);
        Q_EMIT exportFinished(ok);
    });
    exporter->start();
}

void MainWindow::setUpTokenTools()
{
    namespace P = ConsolePermission;
    auto *local = qobject_cast<LocalDirectory *>(m_directory);
    if (!m_tokenInspectorAction) {
        QMenu *tools = new QMenu(tr("&Tools"), this);
        tools->setObjectName(QStringLiteral("toolsMenu"));
        tools->setToolTipsVisible(true); // a greyed entry says why
        const QList<QAction *> menus = menuBar()->actions();
        menuBar()->insertMenu(menus.isEmpty() ? nullptr : menus.last(), tools); // before Help
        m_tokenInspectorAction = tools->addAction(tr("&JWT Inspector…"));
        m_tokenInspectorAction->setObjectName(QStringLiteral("tokenInspectorAction"));
        m_tokenInspectorAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J));
        m_signingKeysAction = tools->addAction(tr("&Signing Keys…"));
        m_signingKeysAction->setObjectName(QStringLiteral("signingKeysAction"));
        connect(m_tokenInspectorAction, &QAction::triggered, this, [this, local] {
            if (!local || !m_tokenInspectorAction->isEnabled())
                return;
            auto *dialog = new TokenInspectorDialog(local, m_principal, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        });
        connect(m_signingKeysAction, &QAction::triggered, this, [this, local] {
            if (!local || !m_signingKeysAction->isEnabled())
                return;
            auto *dialog = new SigningKeysDialog(local, m_principal, m_permissions, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        });
    }
    // Both read what the store holds of sessions' keys; rotating and retiring need settings.manage
    // (the Signing Keys dialog greys those itself).
    const QString missing = local ? missingPermissionText(P::SessionsRead)
                                  : tr("Signing keys and the JWT inspector are for local stores: %1 issues its own "
                                       "tokens.")
                                        .arg(m_directory->displayName());
    const QString key = m_tokenInspectorAction->shortcut().toString(QKeySequence::NativeText);
    m_tokenInspectorAction->setEnabled(missing.isEmpty());
    m_tokenInspectorAction->setToolTip(
        missing.isEmpty() ? tr("Decode a token and check it against the store's keys or pasted ones (%1)").arg(key) : missing);
    m_signingKeysAction->setEnabled(missing.isEmpty());
    m_signingKeysAction->setToolTip(missing.isEmpty() ? tr("The store's JWT signing keys: rotate, retire, JWKS") : missing);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About AuthDesk"),
        tr("<h3>AuthDesk %1</h3>"
           "<p>An identity admin console: users, roles, permissions, sessions and multi-factor "
           "authentication, in a local store, a shared store or a remote auth server.</p>"
           "<p>Built with Qt %2.</p>")
            .arg(QCoreApplication::applicationVersion().toHtmlEscaped(), QString::fromLatin1(qVersion())));
}

} // namespace authdesk
