#include "app/cli/Output.h"

#include "core/policy/InputRules.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

namespace authdesk::cli {

QString isoUtc(const QDateTime &dt)
{
    return dt.isValid() ? dt.toUTC().toString(Qt::ISODateWithMs) : QString();
}

namespace {
QJsonValue optionalTime(const QDateTime &dt)
{
    return dt.isValid() ? QJsonValue(isoUtc(dt)) : QJsonValue(QJsonValue::Null);
}
} // namespace

QJsonObject userToJson(const User &u)
{
    QJsonObject o{{QStringLiteral("id"), u.id},
                       {QStringLiteral("username"), u.username},
                       {QStringLiteral("email"), u.email},
                       {QStringLiteral("display_name"), u.displayName},
                       {QStringLiteral("status"), u.status == UserStatus::Active ? QStringLiteral("active") : QStringLiteral("disabled")},
                       {QStringLiteral("disabled_reason"), u.status == UserStatus::Disabled ? QJsonValue(u.disabledReason) : QJsonValue()},
                       {QStringLiteral("disabled_until"), optionalTime(u.disabledUntil)},
                       {QStringLiteral("must_change_password"), u.mustChangePassword},
                       {QStringLiteral("has_password"), u.hasPassword},
                       {QStringLiteral("created_at"), optionalTime(u.createdAt)},
                       {QStringLiteral("updated_at"), optionalTime(u.updatedAt)},
                       {QStringLiteral("last_sign_in_at"), optionalTime(u.lastSignInAt)},
                       {QStringLiteral("version"), u.version},
                       {QStringLiteral("roles"), QJsonArray::fromStringList(u.roles)},
                       {QStringLiteral("mfa_enrollment_required"), u.mfaEnrollmentRequired},
                       {QStringLiteral("mfa_enrolled"), u.mfaEnrolled},
                       {QStringLiteral("locked"), u.locked},
                       {QStringLiteral("email_verified_at"), optionalTime(u.emailVerifiedAt)}};
    // Only where the user was read on their own (user show): the scheme, never the hash.
    if (!u.passwordScheme.isEmpty())
        o.insert(QStringLiteral("password_scheme"), u.passwordScheme);
    return o;
}

QJsonObject roleToJson(const Role &r)
{
    return QJsonObject{{QStringLiteral("name"), r.name},
                       {QStringLiteral("description"), r.description},
                       {QStringLiteral("builtin"), r.builtin},
                       {QStringLiteral("members"), r.memberCount},
                       {QStringLiteral("permissions"), QJsonArray::fromStringList(r.permissions)}};
}

QJsonObject auditEventToJson(const AuditEvent &e)
{
    auto parsed = [](const QString &json) {
        const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
        return doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(QJsonValue::Null);
    };
    return QJsonObject{{QStringLiteral("id"), e.id},
                       {QStringLiteral("at"), isoUtc(e.at)},
                       {QStringLiteral("actor_id"), e.actorId},
                       {QStringLiteral("actor"), e.actorName},
                       {QStringLiteral("action"), e.action},
                       {QStringLiteral("target_type"), e.targetType},
                       {QStringLiteral("target_id"), e.targetId},
                       {QStringLiteral("target"), e.targetName},
                       {QStringLiteral("result"), auditResultName(e.result)},
                       {QStringLiteral("reason"), e.reason},
                       {QStringLiteral("before"), parsed(e.before)},
                       {QStringLiteral("after"), parsed(e.after)},
                       {QStringLiteral("machine"), e.machine},
                       {QStringLiteral("hash"), e.hash}};
}

QString formatTable(const QStringList &header, const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QString &h : header)
        widths << h.size();
    QList<QStringList> shown;
    for (const QStringList &row : rows) {
        QStringList cells;
        for (qsizetype i = 0; i < row.size(); ++i) {
            QString cell = InputRules::escapeForDisplay(row.at(i));
            if (cell.size() > 60)
                cell = cell.left(59) + QChar(0x2026);
            if (i < widths.size())
                widths[i] = std::max(widths[i], cell.size());
            cells << cell;
        }
        shown << cells;
    }
    auto line = [&](const QStringList &cells) -> QString {
        QString out;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i + 1 < cells.size())
                out += cells.at(i).leftJustified(widths.value(i)) + QLatin1String("  ");
            else
                out += cells.at(i);
        }
        return out + QLatin1Char('\n');
    };
    QString out = line(header);
    for (const QStringList &cells : std::as_const(shown))
        out += line(cells);
    return out;
}

void printOut(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

void printErr(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stderr);
    std::fflush(stderr);
}

void printJson(const QJsonObject &object)
{
    printOut(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)));
}

} // namespace authdesk::cli
