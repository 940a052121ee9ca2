#pragma once
// The console's main window: a sidebar of views (Users, Roles, Audit, Sessions) beside the current view. Users is
// the directory's users as a table that is a window over the directory (UserListModel), searched
// from the toolbar, with who is signed in and how many users match in the status bar. Views other
// than Users are made when first shown. Window geometry, toolbar, column layout and the last view
// are remembered.

#include "core/Principal.h"

#include <QMainWindow>
#include <QSet>

class QLabel;
class QLineEdit;
class QListWidget;
class QSplitter;
class QStackedWidget;
class QMenu;
class QProgressBar;
class QTableView;
class QTimer;

namespace authdesk {

class Directory;
class AuditView;
class RolesView;
class SessionsView;
class SessionGuard;
class UserDetailPane;
class UserFilterBar;
class UserListModel;

class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    // Typing in the search box queries the directory once the user pauses this long.
    static constexpr int SearchDelayMs = 250;
    // A busy indicator for answers that come at once would only flicker.
    static constexpr int BusyIndicatorDelayMs = 300;
    // The detail pane follows the current row once the keyboard rests this long on it.
    static constexpr int DetailDelayMs = 120;

    // The directory must outlive the window.
    MainWindow(Directory *directory, const Principal &principal, QWidget *parent = nullptr);

    UserListModel *userModel() const { return m_model; }
    UserFilterBar *filterBar() const { return m_filterBar; }
    UserDetailPane *detailPane() const { return m_detailPane; }
    SessionGuard *sessionGuard() const { return m_sessionGuard; }

    enum class View { Users, Roles, Audit, Sessions };
    void showView(View view);
    View currentView() const;
    // The Roles view, or null until it was first shown.
    RolesView *rolesView() const { return m_rolesView; }
    AuditView *auditView() const { return m_auditView; }
    SessionsView *sessionsView() const { return m_sessionsView; }
    // The Sessions view filtered to one user (a username, email or #id), if sessions.read allows.
    void showSessionsOf(const QString &user);
    // The signed-in administrator's console permissions as last read from the directory; what
    // they lack is disabled with a tooltip saying which permission it needs (core refuses anyway).
    const QSet<QString> &permissions() const { return m_permissions; }
    bool permissionsKnown() const { return m_permissionsKnown; }
    // "Needs the roles.read permission." for a missing one, an empty string when it is held.
    QString missingPermissionText(const QString &permission) const;
    // Where File ▸ Export writes without asking (tests cannot drive a file dialog).
    void setExportPathForTests(const QString &path) { m_exportPathForTests = path; }

Q_SIGNALS:
    // File ▸ Switch Store (an empty path: let the administrator choose) or a recent store.
    void switchStoreRequested(const QString &path);
    // A CSV export ended (written, or canceled / failed with the reason shown).
    void exportFinished(bool ok);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createCentralWidget();
    void createStatusBar();
    void applyIcons();
    void restoreSettings();
    void saveSettings() const;
    void sizeColumnsToContents();

    void applySearch();
    void focusSearch();
    void onSortIndicatorChanged(int column, Qt::SortOrder order);
    void updateUserCount();
    void onLoadingChanged(bool loading);
    void showError(const QString &message);
    void refresh(); // F5 and the error banner's Retry
    void fillColumnsMenu();
    void showAbout();
    void newUser();
    void bulkOnSelection();
    void bulkOnAllResults();
    void exportUsers();

    QWidget *viewWidget(View view);
    QAction *viewAction(View view) const;
    static QString permissionOfView(View view);
    void readPermissions();
    void applyPermissions();
    void fillRecentStoresMenu();
    QList<QAction *> userActions() const;
    void onCurrentRowChanged();
    void showCurrentUser();
    void showUserContextMenu(const QPoint &pos);

    Directory *m_directory = nullptr;
    Principal m_principal;
    UserListModel *m_model = nullptr;

    QListWidget *m_sidebar = nullptr;
    QStackedWidget *m_views = nullptr;
    QWidget *m_usersPage = nullptr;
    RolesView *m_rolesView = nullptr;
    AuditView *m_auditView = nullptr;
    SessionsView *m_sessionsView = nullptr;
    QTableView *m_table = nullptr;
    UserFilterBar *m_filterBar = nullptr;
    UserDetailPane *m_detailPane = nullptr;
    QSplitter *m_userSplitter = nullptr;
    QTimer *m_detailTimer = nullptr;
    SessionGuard *m_sessionGuard = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QTimer *m_searchTimer = nullptr;
    QWidget *m_errorBanner = nullptr;
    QLabel *m_errorText = nullptr;
    QLabel *m_userCountLabel = nullptr;
    QLabel *m_signedInLabel = nullptr;
    QProgressBar *m_busyIndicator = nullptr;
    QTimer *m_busyDelay = nullptr;
    QMenu *m_columnsMenu = nullptr;
    QMenu *m_recentStoresMenu = nullptr;

    QAction *m_showUsersAction = nullptr;
    QAction *m_showRolesAction = nullptr;
    QAction *m_showAuditAction = nullptr;
    QAction *m_showSessionsAction = nullptr;
    QAction *m_newUserAction = nullptr;
    QAction *m_bulkSelectedAction = nullptr;
    QAction *m_searchIconAction = nullptr;
    QAction *m_bulkAllAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_lockAction = nullptr;
    QAction *m_switchStoreAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;

    QSet<QString> m_permissions;
    bool m_permissionsKnown = false;
    QString m_exportPathForTests;
    bool m_shownOnce = false;
    bool m_answered = false; // the directory has answered the first query
    bool m_sizeColumnsToContents = false;

    // Tools ▸ JWT Inspector… and Signing Keys… (local stores only): made by the first call, gated by every call.
    void setUpTokenTools();
    QAction *m_tokenInspectorAction = nullptr;
    QAction *m_signingKeysAction = nullptr;
};

} // namespace authdesk
