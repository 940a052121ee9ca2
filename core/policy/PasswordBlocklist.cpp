#include "core/policy/PasswordBlocklist.h"

#include "core/policy/InputRules.h"

#include <QFile>
#include <QSet>

namespace authdesk::PasswordBlocklist {

namespace {

const QSet<QString> &entries()
{
    // A function-local static is initialised exactly once even when the store's SQL thread and
    // another thread ask at the same moment (C++11 [stmt.dcl]/4).
    static const QSet<QString> set = [] {
        QFile file(QStringLiteral(":/authdesk/blocklist/common-passwords.txt"));
        // The list is compiled in: if it is missing the build is broken, and a policy that quietly
        // accepted every common password would be worse than stopping.
        if (!file.open(QIODevice::ReadOnly))
            qFatal("The common-password blocklist resource is missing from authdesk_core.");
        const QByteArray data = file.readAll();
        QSet<QString> result;
        result.reserve(data.count('\n') + 1);
        qsizetype start = 0;
        while (start < data.size()) {
            qsizetype end = data.indexOf('\n', start);
            if (end < 0)
                end = data.size();
            // Folded again with the same function check() uses, so the extractor's lower-casing
            // and Qt's case folding can never disagree about an entry.
            if (end > start)
                result.insert(InputRules::foldKey(QString::fromUtf8(data.constData() + start, end - start)));
            start = end + 1;
        }
        if (result.isEmpty())
            qFatal("The common-password blocklist resource is empty.");
        return result;
    }();
    return set;
}

} // namespace

bool contains(const QString &password)
{
    return entries().contains(InputRules::foldKey(password));
}

qsizetype size()
{
    return entries().size();
}

} // namespace authdesk::PasswordBlocklist
