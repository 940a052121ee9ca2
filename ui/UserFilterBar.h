#pragma once
// The filters above the users table, combined (AND) with the search: status, role, MFA, locked,
// never signed in, created and last-sign-in ranges (presets or a custom range), and the named
// queries saved for this store. The directory runs them; the bar only says what is asked for.

#include "core/Principal.h"
#include "core/UserFilter.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QMenu;
class QToolButton;

namespace authdesk {

class Directory;
class SavedQueries;

class UserFilterBar final : public QWidget {
    Q_OBJECT
public:
    // storeKey keys the saved queries (Directory::location()).
    UserFilterBar(Directory *directory, const Principal &principal, const QString &storeKey, QWidget *parent = nullptr);

    UserFilter filter() const { return m_filter; }
    // Shows the filter in the controls without emitting filterChanged.
    void setFilter(const UserFilter &filter);
    // The search text the main window shows, saved with the filter by "Save Query".
    void setSearch(const QString &search) { m_search = search; }
    SavedQueries *savedQueries() const { return m_saved; }
    // Whether roles can be listed (roles.read); without it the role filter says why it is off.
    void setCanReadRoles(bool canRead, const QString &whyNot);

    // Saves the current search and filter under a name (asks before replacing one); public for tests.
    Status saveCurrent(const QString &name, bool replace);
    void applySaved(const QString &name);

Q_SIGNALS:
    void filterChanged(const authdesk::UserFilter &filter);
    // A saved query was chosen: the main window sets both its search text and the filter.
    void savedQueryChosen(const authdesk::FilteredSearch &query);

private:
    void loadRoles();
    void readControls();
    void chooseCreatedRange(int preset);
    void chooseSignInRange(int preset);
    bool askCustomRange(const QString &title, QDateTime &from, QDateTime &to);
    void fillSavedMenu();
    void askSaveName();
    void updateClear();

    Directory *m_directory = nullptr;
    Principal m_principal;
    SavedQueries *m_saved = nullptr;
    UserFilter m_filter;
    QString m_search;
    bool m_updating = false;

    QComboBox *m_status = nullptr;
    QComboBox *m_role = nullptr;
    QComboBox *m_mfa = nullptr;
    QCheckBox *m_locked = nullptr;
    QCheckBox *m_neverSignedIn = nullptr;
    QComboBox *m_created = nullptr;
    QComboBox *m_signedIn = nullptr;
    QToolButton *m_savedButton = nullptr;
    QMenu *m_savedMenu = nullptr;
    QToolButton *m_clearButton = nullptr;
};

} // namespace authdesk
