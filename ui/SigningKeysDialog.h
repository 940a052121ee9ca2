#pragma once
// The store's JWT signing keys: which one signs now (active), which ones still verify until the last
// token they signed has expired (retiring) and which verify nothing any more (retired). An
// administrator with settings.manage rotates to a new key (EdDSA, ES256 or HS256) and retires a
// retiring key early; anyone who may read sessions exports or copies the JWKS that applications
// verify with (public halves only; HS256 keys are never in it).

#include "core/Principal.h"
#include "core/auth/Jwt.h"
#include "core/auth/Tokens.h"

#include <QDialog>
#include <QList>
#include <QPointer>
#include <QSet>
#include <functional>
#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace authdesk {

class InlineStatus;
class LocalDirectory;

class SigningKeysDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SigningKeysDialog)
public:
    enum Column {
        KidColumn,
        AlgorithmColumn,
        StateColumn,
        CreatedColumn,
        RetiringSinceColumn,
        RetiredAtColumn,
        ColumnCount
    };

    // Test hooks for what would otherwise be a modal question or a file picker. The algorithm chooser
    // answers nullopt to cancel; the confirmation answers true to go on; the path provider gets the
    // suggested file and answers the path chosen, empty to cancel.
    using AlgorithmChooser = std::function<std::optional<jwt::Algorithm>()>;
    using ConfirmHook = std::function<bool(const QString &question)>;
    using PathProvider = std::function<QString(const QString &suggested)>;

    // PERMISSIONS are the administrator's console permissions (MainWindow::permissions()); without
    // settings.manage Rotate and Retire are greyed, saying so. The directory must outlive the dialog.
    SigningKeysDialog(LocalDirectory *directory, Principal actor, const QSet<QString> &permissions,
                      QWidget *parent = nullptr);
    ~SigningKeysDialog() override;

    void setAlgorithmChooser(AlgorithmChooser chooser) { m_chooser = std::move(chooser); }
    void setConfirmHook(ConfirmHook hook) { m_confirmHook = std::move(hook); }
    void setExportPathProvider(PathProvider provider) { m_pathProvider = std::move(provider); }

    // Reads the keys again.
    void reload();
    bool isBusy() const { return m_busy; }
    const QList<SigningKeyInfo> &keys() const { return m_keys; }
    // Selects the row of KID; false when there is none.
    bool selectKey(const QString &kid);

    QTableWidget *table() const { return m_table; }
    QPushButton *rotateButton() const { return m_rotate; }
    QPushButton *retireButton() const { return m_retire; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *copyButton() const { return m_copy; }
    QString errorText() const;
    QString noticeText() const;

    static QString stateName(SigningKeyInfo::State state);

Q_SIGNALS:
    // A call to the store ended (the keys read, a rotation, a retirement, an export or a copy).
    void finished(bool ok);

private:
    void showKeys(const QList<SigningKeyInfo> &keys);
    void updateButtons();
    void rotate();
    void retire();
    void exportJwks();
    void copyJwks();
    void setBusy(bool busy);
    void fail(const QString &message);
    std::optional<jwt::Algorithm> chooseAlgorithm();
    const SigningKeyInfo *selectedKey() const;

    QPointer<LocalDirectory> m_directory;
    Principal m_actor;
    QSet<QString> m_permissions;
    QList<SigningKeyInfo> m_keys;
    bool m_busy = false;
    AlgorithmChooser m_chooser;
    ConfirmHook m_confirmHook;
    PathProvider m_pathProvider;

    QTableWidget *m_table = nullptr;
    QLabel *m_emptyNote = nullptr;
    QPushButton *m_rotate = nullptr;
    QPushButton *m_retire = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_close = nullptr;
    QLabel *m_notice = nullptr;
    InlineStatus *m_status = nullptr;
};

} // namespace authdesk
