#pragma once
// English plural forms for source strings written with Qt's "%n item(s)" convention, so an
// English user reads "1 user" and "2 users" rather than "1 user(s)" even when no translation
// file is loaded. Install it before any real translator: Qt asks the most recently installed
// translator first, so a translation (including an English one) always wins.

#include <QTranslator>

namespace authdesk {

class EnglishPluralTranslator final : public QTranslator {
    Q_OBJECT
public:
    using QTranslator::QTranslator;

    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const override;
    bool isEmpty() const override { return false; }
};

} // namespace authdesk
