#include "core/audit/AuditLog.h"

#include "core/audit/ChainKeyFile.h"
#include "core/crypto/Hmac.h"
#include "core/crypto/SecureCompare.h"
#include "core/store/Database.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTimeZone>
#include <QVariant>
#include <algorithm>

namespace authdesk {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AuditLog)
};

const char *const selectColumns = "SELECT id, at, actor_id, actor_name, action, target_type, target_id, target_name, "
                                  "result, reason, before_json, after_json, machine, prev_hash, hash FROM audit_events";

AuditResult resultFromName(const QString &name)
{
    if (name == QLatin1String("denied"))
        return AuditResult::Denied;
    if (name == QLatin1String("failed"))
        return AuditResult::Failed;
    return AuditResult::Success;
}

AuditEvent eventFromRow(const QSqlQuery &q)
{
    AuditEvent e;
    e.id = q.value(0).toLongLong();
    e.at = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
    e.actorId = q.value(2).toLongLong();
    e.actorName = q.value(3).toString();
    e.action = q.value(4).toString();
    e.targetType = q.value(5).toString();
    e.targetId = q.value(6).toString();
    e.targetName = q.value(7).toString();
    e.result = resultFromName(q.value(8).toString());
    e.reason = q.value(9).toString();
    e.before = q.value(10).toString();
    e.after = q.value(11).toString();
    e.machine = q.value(12).toString();
    e.prevHash = q.value(13).toString();
    e.hash = q.value(14).toString();
    return e;
}
} // namespace

std::optional<AuditResult> auditResultFromName(const QString &name)
{
    for (AuditResult r : {AuditResult::Success, AuditResult::Denied, AuditResult::Failed})
        if (name == auditResultName(r))
            return r;
    return std::nullopt;
}

QString auditResultName(AuditResult r)
{
    switch (r) {
    case AuditResult::Success:
        return QStringLiteral("success");
    case AuditResult::Denied:
        return QStringLiteral("denied");
    case AuditResult::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("failed");
}

AuditLog::AuditLog(Database &db, QByteArray chainKey, QString machine, QString anchorPath)
    : m_db(db), m_key(std::move(chainKey)), m_machine(std::move(machine)), m_anchorPath(std::move(anchorPath))
{
}

void AuditLog::committed()
{
    // Only forward: another program on this computer may have anchored a later event already.
    if (m_anchorPath.isEmpty() || m_headId <= m_anchoredId)
        return;
    const ChainKeyFile::Anchor anchor = ChainKeyFile::readAnchor(m_anchorPath);
    if (anchor.id >= m_headId)
        return;
    if (anchor.id > 0) {
        // Never move past evidence: if the anchored event is gone or different, the log was cut
        // or rewritten, and the anchor stays where it is for verify() to report.
        auto q = m_db.prepare(QStringLiteral("SELECT hash FROM audit_events WHERE id = ?"));
        if (!q.ok())
            return;
        q.value().addBindValue(anchor.id);
        if (!m_db.exec(q.value()).ok() || !q.value().next()
            || !crypto::secureEquals(q.value().value(0).toString().toLatin1(), anchor.hash.toLatin1()))
            return;
    }
    ChainKeyFile::writeAnchor(m_anchorPath, {m_headId, m_headHash});
    m_anchoredId = m_headId;
}

void AuditLog::setKey(QByteArray chainKey)
{
    crypto::secureWipe(m_key);
    m_key = std::move(chainKey);
}

AuditLog::~AuditLog()
{
    crypto::secureWipe(m_key);
}

QString AuditLog::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QByteArray AuditLog::canonicalForm(const AuditEvent &e)
{
    // Each field as "<byte length>:<UTF-8 bytes>," in a fixed order: unambiguous whatever the
    // fields contain, and the same bytes on every platform.
    const QString fields[] = {QString::number(e.id), QString::number(e.at.toMSecsSinceEpoch()), QString::number(e.actorId),
                              e.actorName, e.action, e.targetType, e.targetId, e.targetName, auditResultName(e.result),
                              e.reason, e.before, e.after, e.machine, e.prevHash};
    QByteArray out;
    out.reserve(512);
    out += "authdesk-audit-v1;";
    for (const QString &field : fields) {
        const QByteArray bytes = field.toUtf8();
        out += QByteArray::number(bytes.size());
        out += ':';
        out += bytes;
        out += ',';
    }
    return out;
}

QString AuditLog::computeHash(const AuditEvent &event) const
{
    return QString::fromLatin1(crypto::hmacSha256(m_key, canonicalForm(event)).toHex());
}

Status AuditLog::loadHead()
{
    auto q = m_db.prepare(QStringLiteral("SELECT id, hash FROM audit_events ORDER BY id DESC LIMIT 1"));
    if (!q.ok())
        return q.error();
    if (auto s = m_db.exec(q.value()); !s.ok())
        return s;
    if (q.value().next()) {
        m_headId = q.value().value(0).toLongLong();
        m_headHash = q.value().value(1).toString();
    } else {
        m_headId = 0;
        m_headHash = genesisHash();
    }
    return Done{};
}

Status AuditLog::append(AuditEvent &event)
{
    if (!hasKey())
        return makeError(ErrorCode::KeyUnavailable,
                         Tr::tr("This store's audit key is not on this computer, so no change can be recorded."));
    Q_ASSERT(m_db.inTransaction());
    if (m_headId < 0) {
        if (auto s = loadHead(); !s.ok())
            return s;
    }
    event.id = m_headId + 1;
    if (!event.at.isValid())
        event.at = QDateTime::currentDateTimeUtc();
    event.at = QDateTime::fromMSecsSinceEpoch(event.at.toMSecsSinceEpoch(), Qt::UTC);
    if (event.machine.isEmpty())
        event.machine = m_machine;
    event.prevHash = m_headHash;
    event.hash = computeHash(event);

    if (!m_insert) {
        auto q = m_db.prepare(QStringLiteral(
            "INSERT INTO audit_events (id, at, actor_id, actor_name, action, target_type, target_id, target_name, "
            "result, reason, before_json, after_json, machine, prev_hash, hash) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        if (!q.ok())
            return q.error();
        m_insert = std::move(q.value());
    }
    QSqlQuery &q = *m_insert;
    // Null strings would bind as SQL NULL; the log stores empty text instead.
    auto text = [](const QString &s) { return s.isNull() ? QStringLiteral("") : s; };
    q.bindValue(0, event.id);
    q.bindValue(1, event.at.toMSecsSinceEpoch());
    q.bindValue(2, event.actorId);
    q.bindValue(3, text(event.actorName));
    q.bindValue(4, text(event.action));
    q.bindValue(5, text(event.targetType));
    q.bindValue(6, text(event.targetId));
    q.bindValue(7, text(event.targetName));
    q.bindValue(8, auditResultName(event.result));
    q.bindValue(9, text(event.reason));
    q.bindValue(10, text(event.before));
    q.bindValue(11, text(event.after));
    q.bindValue(12, text(event.machine));
    q.bindValue(13, event.prevHash);
    q.bindValue(14, event.hash);
    if (auto s = m_db.exec(q); !s.ok()) {
        m_headId = -1; // unknown now: reload next time
        return s;
    }
    m_headId = event.id;
    m_headHash = event.hash;
    return Done{};
}

namespace {

// A LIKE pattern that matches `text` anywhere, its own % _ and \ taken literally.
QString containsPattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

// The WHERE clause of a query's filters (without the keyset bound) and the values it binds, in order.
struct Filter {
    QStringList conditions;
    QVariantList values;
};

Filter filterOf(const AuditQuery &query, SqlDialect dialect)
{
    Filter f;
    // SQLite's LIKE ignores ASCII case; PostgreSQL's needs ILIKE for the same.
    const QString like = dialect == SqlDialect::SQLite ? QStringLiteral(" LIKE ? ESCAPE '\\'")
                                                       : QStringLiteral(" ILIKE ? ESCAPE '\\'");
    if (!query.actor.isEmpty()) {
        f.conditions << QStringLiteral("actor_name") + like;
        f.values << containsPattern(query.actor);
    }
    if (query.actorId) {
        f.conditions << QStringLiteral("actor_id = ?");
        f.values << *query.actorId;
    }
    if (!query.target.isEmpty()) {
        f.conditions << QStringLiteral("target_name") + like;
        f.values << containsPattern(query.target);
    }
    if (query.action.endsWith(QLatin1Char('.'))) {
        f.conditions << QStringLiteral("substr(action, 1, ?) = ?");
        f.values << static_cast<qint64>(query.action.size()) << query.action;
    } else if (!query.action.isEmpty()) {
        f.conditions << QStringLiteral("action = ?");
        f.values << query.action;
    }
    if (query.result) {
        f.conditions << QStringLiteral("result = ?");
        f.values << auditResultName(*query.result);
    }
    if (query.from.isValid()) {
        f.conditions << QStringLiteral("at >= ?");
        f.values << query.from.toMSecsSinceEpoch();
    }
    if (query.to.isValid()) {
        f.conditions << QStringLiteral("at <= ?");
        f.values << query.to.toMSecsSinceEpoch();
    }
    return f;
}

} // namespace

Result<QList<AuditEvent>> AuditLog::list(const AuditQuery &query) const
{
    Filter f = filterOf(query, m_db.dialect());
    if (query.beforeId > 0) {
        f.conditions.prepend(QStringLiteral("id < ?"));
        f.values.prepend(query.beforeId);
    }
    // Keyset paging: each page walks the primary key down from the last id seen, so the last page
    // costs what the first does; an OFFSET would read and throw away every row before it.
    const QString sql = QString::fromLatin1(selectColumns)
        + (f.conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + f.conditions.join(QLatin1String(" AND ")))
        + QStringLiteral(" ORDER BY id DESC LIMIT ?");
    auto q = m_db.prepare(sql);
    if (!q.ok())
        return q.error();
    for (const QVariant &v : std::as_const(f.values))
        q.value().addBindValue(v);
    q.value().addBindValue(std::clamp<qint64>(query.limit, 1, 100000));
    if (auto s = m_db.exec(q.value()); !s.ok())
        return s.error();
    QList<AuditEvent> events;
    while (q.value().next())
        events << eventFromRow(q.value());
    return events;
}

Result<AuditCount> AuditLog::count(const AuditQuery &query) const
{
    const Filter f = filterOf(query, m_db.dialect());
    AuditCount c;
    c.fromNewestId = f.conditions.isEmpty();
    const QString sql = c.fromNewestId
        ? QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM audit_events")
        : QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE ") + f.conditions.join(QLatin1String(" AND "));
    auto q = m_db.prepare(sql);
    if (!q.ok())
        return q.error();
    for (const QVariant &v : f.values)
        q.value().addBindValue(v);
    if (auto s = m_db.exec(q.value()); !s.ok())
        return s.error();
    if (q.value().next())
        c.count = q.value().value(0).toLongLong();
    return c;
}

Result<AuditVerification> AuditLog::verify() const
{
    if (!hasKey())
        return makeError(ErrorCode::KeyUnavailable,
                         Tr::tr("This store's audit key is not on this computer, so the audit chain cannot be verified."));
    auto q = m_db.prepare(QString::fromLatin1(selectColumns) + QStringLiteral(" ORDER BY id"));
    if (!q.ok())
        return q.error();
    if (auto s = m_db.exec(q.value()); !s.ok())
        return s.error();
    AuditVerification v;
    QString expectedPrev = genesisHash();
    qint64 expectedId = 1;
    const ChainKeyFile::Anchor anchor = m_anchorPath.isEmpty() ? ChainKeyFile::Anchor{} : ChainKeyFile::readAnchor(m_anchorPath);
    while (q.value().next()) {
        const AuditEvent e = eventFromRow(q.value());
        auto fail = [&](const QString &problem) {
            v.intact = false;
            v.firstBadId = e.id;
            v.problem = problem;
            return v;
        };
        if (e.id != expectedId)
            return fail(Tr::tr("Event %1 follows event %2: the events between them are missing.").arg(e.id).arg(expectedId - 1));
        if (e.prevHash != expectedPrev)
            return fail(Tr::tr("Event %1 does not follow the event before it: an earlier event was removed, "
                               "replaced or reordered.").arg(e.id));
        if (!crypto::secureEquals(computeHash(e).toLatin1(), e.hash.toLatin1()))
            return fail(Tr::tr("Event %1 was altered after it was written: its contents do not match its hash.").arg(e.id));
        if (e.id == anchor.id && !crypto::secureEquals(e.hash.toLatin1(), anchor.hash.toLatin1()))
            return fail(Tr::tr("Event %1 is not the event this computer recorded under that number: the log was "
                               "rewritten from there on.").arg(e.id));
        expectedPrev = e.hash;
        ++expectedId;
        ++v.eventsChecked;
    }
    if (anchor.id >= expectedId) {
        // The chain itself is consistent, but shorter than what this computer saw committed.
        v.intact = false;
        v.firstBadId = expectedId;
        v.problem = Tr::tr("Events %1 to %2 are missing: this computer recorded them, the store no longer holds "
                           "them (removed, or the store was restored from an older copy).")
                        .arg(expectedId).arg(anchor.id);
        return v;
    }
    v.intact = true;
    return v;
}

} // namespace authdesk
