#include "core/notify/CommandNotifier.h"

#include "core/notify/MailMessage.h"
#include "core/policy/InputRules.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>

namespace authdesk::notify {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CommandNotifier)
};
constexpr int MaxArguments = 64;
constexpr int MaxArgumentLength = 4096;
constexpr int KillGraceMs = 2000;

bool hasControl(const QString &text)
{
    for (QChar c : text)
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return true;
    return false;
}

QString firstLine(const QByteArray &output)
{
    const QString text = QString::fromUtf8(output).trimmed();
    return InputRules::escapeForDisplay(text.section(QLatin1Char('\n'), 0, 0).trimmed().left(300));
}
} // namespace

Result<QStringList> parseCommandArgv(const QString &json)
{
    const QString usage = Tr::tr("notify.command takes a JSON array of strings, the program's absolute path first, "
                                 "e.g. [\"/usr/local/bin/send-note\", \"--quiet\"]. It is run without a shell.");
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        return makeError(ErrorCode::InvalidInput, Tr::tr("notify.command is not a JSON array. %1").arg(usage));
    const QJsonArray array = doc.array();
    if (array.isEmpty() || array.size() > MaxArguments)
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("notify.command needs 1 to %1 strings. %2").arg(MaxArguments).arg(usage));
    QStringList argv;
    for (const QJsonValue &v : array) {
        if (!v.isString())
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("notify.command holds something that is not a string. %1").arg(usage));
        const QString arg = v.toString();
        if (hasControl(arg) || arg.size() > MaxArgumentLength)
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("An argument of notify.command contains a control character or is longer than "
                                    "%1 characters.")
                                 .arg(MaxArgumentLength));
        argv << arg;
    }
    // A bare name would be looked up in whatever PATH the console happens to run with.
    if (!QDir::isAbsolutePath(argv.first()))
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("The program “%1” in notify.command is not an absolute path. %2")
                             .arg(InputRules::escapeForDisplay(argv.first()), usage));
    return argv;
}

CommandNotifier::CommandNotifier(CommandConfig config) : m_config(std::move(config)) {}

Result<QString> CommandNotifier::send(const Notification &notification)
{
    if (m_config.argv.isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("notify.command is not set."));
    auto message = composeMessage(m_config.from, notification, QDateTime::currentDateTimeUtc());
    if (!message.ok())
        return message.error();
    const QString program = m_config.argv.first();
    const QString shown = InputRules::escapeForDisplay(program);

    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("AUTHDESK_NOTIFY_TO"), notification.to);
    env.insert(QStringLiteral("AUTHDESK_NOTIFY_SUBJECT"), notification.subject);
    process.setProcessEnvironment(env);
    process.setProgram(program);
    process.setArguments(m_config.argv.mid(1));
    process.start();
    if (!process.waitForStarted(m_config.timeoutSeconds * 1000))
        return makeError(
            ErrorCode::NotFound,
            Tr::tr("The notification command “%1” could not be started: %2.").arg(shown, process.errorString()));
    process.write(message->text);
    process.closeWriteChannel();
    if (!process.waitForFinished(m_config.timeoutSeconds * 1000)) {
        process.kill();
        process.waitForFinished(KillGraceMs);
        return makeError(ErrorCode::Canceled,
                         Tr::tr("The notification command “%1” did not finish within %2 s and was stopped.")
                             .arg(shown)
                             .arg(m_config.timeoutSeconds));
    }
    if (process.exitStatus() != QProcess::NormalExit)
        return makeError(ErrorCode::Internal, Tr::tr("The notification command “%1” crashed.").arg(shown));
    if (process.exitCode() != 0) {
        const QString err = firstLine(process.readAllStandardError());
        return makeError(ErrorCode::Internal,
                         Tr::tr("The notification command “%1” failed with exit code %2: %3")
                             .arg(shown)
                             .arg(process.exitCode())
                             .arg(err.isEmpty() ? Tr::tr("(nothing on stderr)") : err));
    }
    return firstLine(process.readAllStandardOutput());
}

} // namespace authdesk::notify
