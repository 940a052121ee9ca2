#pragma once
// The top of AuthDesk's own dialogs: the application icon, a title in a larger font and a line
// that says what the dialog is about, so every dialog opens the same way.

#include <QWidget>

class QLabel;

namespace authdesk {

class DialogHeader final : public QWidget {
    Q_OBJECT
public:
    DialogHeader(const QString &title, const QString &subtitle, QWidget *parent = nullptr);

    QLabel *subtitleLabel() const { return m_subtitle; }

private:
    QLabel *m_subtitle = nullptr;
};

} // namespace authdesk
