#pragma once
// TOTP codes from oathtool, the independent implementation the suites check ours against. A missing
// oathtool or a failed run fails the current test (and gives an empty code).

#include "core/crypto/OtpAuthUri.h"

#include <QDateTime>
#include <QString>

namespace authdesk::test {

// The code of key (its algorithm, digits and period) at the time at.
QString oathtoolTotp(const crypto::OtpAuthUri &key, const QDateTime &at);
// The same for an otpauth:// URI as an enrollment shows it.
QString oathtoolTotp(const QString &uri, const QDateTime &at);

} // namespace authdesk::test
