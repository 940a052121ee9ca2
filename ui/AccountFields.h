#pragma once
// The username / email / display-name fields as every account form sets them up (names for tests and
// assistive technology, input hints, "Optional" display name), so the forms stay alike.

class QLineEdit;

namespace authdesk {

void setUpAccountFields(QLineEdit *username, QLineEdit *email, QLineEdit *displayName);

} // namespace authdesk
