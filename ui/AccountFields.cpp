#include "ui/AccountFields.h"

#include <QCoreApplication>
#include <QLineEdit>

namespace authdesk {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AccountFields)
};
} // namespace

void setUpAccountFields(QLineEdit *username, QLineEdit *email, QLineEdit *displayName)
{
    username->setObjectName(QStringLiteral("usernameEdit"));
    username->setAccessibleName(Tr::tr("Username"));
    username->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
    email->setObjectName(QStringLiteral("emailEdit"));
    email->setAccessibleName(Tr::tr("Email"));
    email->setInputMethodHints(Qt::ImhEmailCharactersOnly);
    displayName->setObjectName(QStringLiteral("displayNameEdit"));
    displayName->setAccessibleName(Tr::tr("Display name"));
    displayName->setPlaceholderText(Tr::tr("Optional"));
}

} // namespace authdesk
