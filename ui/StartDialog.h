#pragma once
// Where an administrator chooses the local store to work on: one of the recent stores, another
// store file, or a new store at a location they pick (the owner account is made next, by
// FirstRunDialog). Shown on the first run, when the store asked for does not exist, and from
// File ▸ Switch Store.

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace authdesk {

class InlineStatus;

class StartDialog final : public QDialog {
    Q_OBJECT
public:
    enum class Choice { CreateStore, OpenStore };

    // suggestedNewPath: where a new store goes unless the administrator picks another place.
    explicit StartDialog(const QString &suggestedNewPath, QWidget *parent = nullptr);

    // Once accepted: what to do, and with which file (absolute).
    Choice choice() const { return m_choice; }
    QString path() const { return m_path; }
    QString errorText() const;

    // What the buttons do after their file dialogs; public for tests, which cannot drive a file dialog.
    void openPath(const QString &path);
    void createAt(const QString &path);

private:
    void fillRecent();
    void openSelectedRecent();
    void browseForStore();
    void browseForNewLocation();
    void updateButtons();

    QListWidget *m_recentList = nullptr;
    QPushButton *m_openRecentButton = nullptr;
    QPushButton *m_forgetButton = nullptr;
    QLabel *m_noRecentLabel = nullptr;
    QLineEdit *m_newPathEdit = nullptr;
    QPushButton *m_createButton = nullptr;
    InlineStatus *m_status = nullptr;
    Choice m_choice = Choice::CreateStore;
    QString m_path;
};

} // namespace authdesk
