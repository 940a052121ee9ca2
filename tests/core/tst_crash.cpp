// kill -9 in the middle of many writes, many times: separate writer processes (store_writer)
// create and edit users in a loop and acknowledge each write after the core returned success;
// they are killed with SIGKILL at random moments (every fourth round two writers share the
// store and both are killed). After every round the store opens, PRAGMA integrity_check is "ok",
// every acknowledged write is there (at most the one write in flight per writer may be there
// unacknowledged), and the audit chain verifies.

#include "tests/support/StoreFixture.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

#include <csignal>
#include <memory>
#include <sys/types.h>

using namespace authdesk;
using namespace authdesk::test;

namespace {

constexpr int Rounds = 20;

struct Writer {
    QString prefix;
    int killAfterMs = 0;
    std::unique_ptr<QProcess> process;
    QByteArray out;
    bool killed = false;
    QStringList created;                 // acknowledged creates, in order
    QHash<QString, QString> edited;      // acknowledged edits: username → display name

    void read() { out += process->readAllStandardOutput(); }
    void parse()
    {
        // Only whole lines are acknowledgements; a torn last line is not.
        const QList<QByteArray> lines = out.split('\n');
        for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
            const QString line = QString::fromUtf8(lines.at(i));
            if (line.startsWith(QLatin1String("C "))) {
                created << line.mid(2);
            } else if (line.startsWith(QLatin1String("U "))) {
                const QString rest = line.mid(2);
                edited.insert(rest.section(QLatin1Char(' '), 0, 0), rest.section(QLatin1Char(' '), 1));
            }
        }
    }
};

// Starts the writers, waits until each is signed in, lets them write, kills each with SIGKILL
// after its own delay. Empty on success, otherwise what went wrong.
QString runAndKill(const StoreFixture &f, QList<Writer *> writers)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("STORE_WRITER_PASSWORD"), ownerPassword());
    for (Writer *w : writers) {
        w->process = std::make_unique<QProcess>();
        w->process->setProcessEnvironment(env);
        w->process->start(QStringLiteral(STORE_WRITER_PATH), {f.path(), f.keyDir(), ownerName(), w->prefix});
        if (!w->process->waitForStarted(10000))
            return QStringLiteral("writer did not start: ") + w->process->errorString();
    }
    QElapsedTimer clock;
    clock.start();
    for (Writer *w : writers) {
        while (!w->out.contains("READY\n")) {
            if (w->process->state() != QProcess::Running || clock.elapsed() > 30000)
                return QStringLiteral("writer never got ready: ") + QString::fromUtf8(w->process->readAllStandardError());
            w->process->waitForReadyRead(50);
            w->read();
        }
    }
    // Let them write for a random while, then kill each without warning.
    clock.restart();
    for (;;) {
        bool anyLeft = false;
        for (Writer *w : writers) {
            w->read();
            if (w->killed)
                continue;
            if (w->process->state() != QProcess::Running)
                return QStringLiteral("writer %1 stopped by itself: %2")
                    .arg(w->prefix, QString::fromUtf8(w->process->readAllStandardError()));
            if (clock.elapsed() >= w->killAfterMs) {
                ::kill(static_cast<pid_t>(w->process->processId()), SIGKILL);
                w->killed = true;
            } else {
                anyLeft = true;
            }
        }
        if (!anyLeft)
            break;
        for (Writer *w : writers) {
            if (!w->killed) {
                w->process->waitForReadyRead(5);
                break;
            }
        }
    }
    for (Writer *w : writers) {
        w->process->waitForFinished(10000);
        w->read();
        if (w->process->exitStatus() != QProcess::CrashExit)
            return QStringLiteral("writer %1 was not killed (exit %2)").arg(w->prefix).arg(w->process->exitCode());
        w->parse();
    }
    return {};
}

} // namespace

class TestCrash : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void killedWritersLoseNoAcknowledgedWrite();
};

void TestCrash::killedWritersLoseNoAcknowledgedWrite()
{
    StoreFixture f;
    const QString err = f.create();
    QVERIFY2(err.isEmpty(), qPrintable(err));
    f.close();

    QElapsedTimer total;
    total.start();
    qint64 acknowledged = 0;
    int inFlightCommits = 0;
    qint64 events = -1;
    for (int round = 0; round < Rounds; ++round) {
        const int writerCount = round % 4 == 3 ? 2 : 1;
        std::vector<Writer> storage(static_cast<size_t>(writerCount));
        QList<Writer *> writers;
        for (int i = 0; i < writerCount; ++i) {
            storage[static_cast<size_t>(i)].prefix = QStringLiteral("r%1w%2").arg(round).arg(i);
            storage[static_cast<size_t>(i)].killAfterMs = QRandomGenerator::global()->bounded(50, 401);
            writers << &storage[static_cast<size_t>(i)];
        }
        const QString ran = runAndKill(f, writers);
        QVERIFY2(ran.isEmpty(), qPrintable(QStringLiteral("round %1: ").arg(round) + ran));

        // The file as any program sees it after the crash (the WAL is recovered on open).
        {
            RawConnection raw(f.path());
            QVERIFY2(raw.isOpen(), qPrintable(raw.lastError()));
            QCOMPARE(raw.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
            QVERIFY(raw.rows(QStringLiteral("PRAGMA foreign_key_check")).isEmpty());
            for (const Writer *w : std::as_const(writers)) {
                const qint64 inStore =
                    raw.scalar(QStringLiteral("SELECT count(*) FROM users WHERE username LIKE '%1\\_%' ESCAPE '\\'").arg(w->prefix))
                        .toLongLong();
                // Every acknowledged create is there; at most the one in flight is there unacknowledged.
                QVERIFY2(inStore == w->created.size() || inStore == w->created.size() + 1,
                         qPrintable(QStringLiteral("round %1, %2: %3 acknowledged, %4 in the store")
                                        .arg(round).arg(w->prefix).arg(w->created.size()).arg(inStore)));
                if (inStore > w->created.size())
                    ++inFlightCommits;
                acknowledged += w->created.size();
            }
            const qint64 nowEvents = raw.scalar(QStringLiteral("SELECT count(*) FROM audit_events")).toLongLong();
            QVERIFY(nowEvents > events);
            events = nowEvents;
        }

        const QString reopened = f.reopen();
        QVERIFY2(reopened.isEmpty(), qPrintable(QStringLiteral("round %1: ").arg(round) + reopened));
        for (const Writer *w : std::as_const(writers)) {
            for (const QString &name : w->created) {
                auto u = f.store().findUser(f.owner(), name);
                QVERIFY2(u.ok(), qPrintable(QStringLiteral("round %1: acknowledged %2 is missing: %3").arg(round).arg(name, describe(u))));
                if (w->edited.contains(name))
                    QCOMPARE(u->displayName, w->edited.value(name));
            }
        }
        auto v = f.store().verifyAudit(f.owner());
        QVERIFY2(v.ok(), qPrintable(describe(v)));
        QVERIFY2(v->intact, qPrintable(QStringLiteral("round %1: ").arg(round) + v->problem));
        QVERIFY(v->eventsChecked >= events);
        f.close();
    }
    QVERIFY2(acknowledged >= Rounds, qPrintable(QStringLiteral("only %1 writes acknowledged").arg(acknowledged)));
    qInfo("%d rounds, %lld acknowledged creates, %d writes committed but not yet acknowledged when killed, %lld ms",
          Rounds, static_cast<long long>(acknowledged), inFlightCommits, static_cast<long long>(total.elapsed()));
}

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
