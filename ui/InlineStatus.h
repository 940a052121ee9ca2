#pragma once
// The line under a dialog's form that says what is going on: nothing, a busy indicator while a
// directory call runs, or the error the directory answered with (announced to screen readers).
// It keeps its height when empty, so the dialog does not jump as the state changes.

#include <QWidget>

class QLabel;
class QProgressBar;

namespace authdesk {

class InlineStatus final : public QWidget {
    Q_OBJECT
public:
    explicit InlineStatus(QWidget *parent = nullptr);

    void showBusy(const QString &text);
    void showError(const QString &message);
    void clear();

    // Test hook and accessors: the error shown, or an empty string.
    QString errorText() const;

private:
    QLabel *m_icon = nullptr;
    QLabel *m_errorLabel = nullptr;
    QProgressBar *m_busyBar = nullptr;
    QLabel *m_busyLabel = nullptr;
};

} // namespace authdesk
