// AuditView against a real store: an auditor sees the log and the selected event in full, the
// filter bar narrows it, the chain verdict is shown intact and BROKEN (a copy tampered with by
// the sqlite3 tool), the CSV export parses back to exactly the filtered list, and a helpdesk
// account sees the refusal.

#include "core/i18n/EnglishPluralTranslator.h"
#include "tests/gui/GuiTestSupport.h"
#include "tests/support/StoreFixture.h"
#include "ui/AuditView.h"

#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStyle>
#include <QTableView>
#include <QTest>
#include <limits>

using namespace authdesk;

namespace {

const QString trickyReason = QStringLiteral("Ticket 7, \"urgent\"");
const QString formulaReason = QStringLiteral("=HYPERLINK(\"http://example.test\")");

// An RFC 4180 reader, written here from the RFC: fields, quotes doubled inside quoted fields, CRLF rows.
QList<QStringList> parseCsv(const QString &text, bool *wellFormed)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    *wellFormed = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            if (!field.isEmpty())
                *wellFormed = false;
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 >= text.size() || text.at(i + 1) != QLatin1Char('\n'))
                *wellFormed = false;
            row << field;
            field.clear();
            rows << row;
            row.clear();
            ++i;
        } else if (c == QLatin1Char('\n')) {
            *wellFormed = false; // a bare LF ends no row in RFC 4180
        } else {
            field += c;
        }
    }
    if (quoted || !field.isEmpty() || !row.isEmpty())
        *wellFormed = false;
    return rows;
}

} // namespace

class TestAuditView : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void auditorSeesTheLogAndDetails();
    void scrollBarAndKeysReachTheWholeLog();
    void filterBarNarrows();
    void verifyShowsIntact();
    void verifyShowsBroken();
    void exportCsvParsesBack();
    void exportToAnUnwritablePathSaysSo();
    void exportCanceledKeepsNoFile();
    void helpdeskSeesTheRefusal();
    void headerStateRoundTrips();
    void statusCountsEventsInPlurals();
    void timeColumnShowsTheWholeTime();
    void csvFieldQuoting_data();
    void csvFieldQuoting();
    void detailsEscapeControls();

private:
    static bool settle(AuditView &view)
    {
        return QTest::qWaitFor([&] { return !view.model()->isLoading() && view.model()->total() >= 0; }, 30000);
    }
    // The row's event once its page has arrived (the model reads it when asked), or nullptr.
    static const AuditEvent *loaded(AuditListModel *model, int row)
    {
        if (!QTest::qWaitFor([&] { return model->eventAt(row) != nullptr; }, 30000))
            return nullptr;
        return model->eventAt(row);
    }

    EnglishPluralTranslator m_englishPlurals;
    test::TempStore m_store;
    Principal m_owner;
    Principal m_auditor;
    Principal m_helpdesk;
};

void TestAuditView::initTestCase()
{
    QCoreApplication::installTranslator(&m_englishPlurals);
    QVERIFY(m_store.isValid());
    LocalDirectory *d = m_store.directory();
    NewUser owner;
    owner.username = QStringLiteral("owner");
    owner.email = QStringLiteral("owner@example.test");
    owner.password = test::ownerPassword();
    QVERIFY(test::resultOf(d->create(owner)).ok());
    auto p = test::resultOf(d->signIn(owner.username, owner.password));
    QVERIFY2(p.ok(), qPrintable(p.message()));
    m_owner = p.value();
    auto makeUser = [&](const QString &name, const QString &role, const QString &password) {
        NewUser u;
        u.username = name;
        u.email = name + QStringLiteral("@example.test");
        u.roles = {role};
        u.password = password;
        return test::resultOf(d->createUser(m_owner, u)).ok();
    };
    QVERIFY(makeUser(QStringLiteral("aud"), QStringLiteral("auditor"), QStringLiteral("auditor aud's long password")));
    QVERIFY(
        makeUser(QStringLiteral("hank"), QStringLiteral("helpdesk"), QStringLiteral("helpdesk hank's long password")));
    p = test::resultOf(d->signIn(QStringLiteral("aud"), QStringLiteral("auditor aud's long password")));
    QVERIFY2(p.ok(), qPrintable(p.message()));
    m_auditor = p.value();
    p = test::resultOf(d->signIn(QStringLiteral("hank"), QStringLiteral("helpdesk hank's long password")));
    QVERIFY2(p.ok(), qPrintable(p.message()));
    m_helpdesk = p.value();
    for (int i = 0; i < 300; ++i) {
        NewUser u;
        u.username = QStringLiteral("person%1").arg(i);
        u.email = u.username + QStringLiteral("@example.test");
        u.displayName = QStringLiteral("Person, \"%1\"").arg(i);
        QVERIFY(test::resultOf(d->createUser(m_owner, u)).ok());
    }
    QVERIFY(test::resultOf(d->disableUser(m_owner, QStringLiteral("person1"), trickyReason, {})).ok());
    QVERIFY(test::resultOf(d->disableUser(m_owner, QStringLiteral("person2"), formulaReason, {})).ok());
}

void TestAuditView::auditorSeesTheLogAndDetails()
{
    AuditView view(m_store.directory(), m_auditor);
    view.resize(1200, 700);
    view.show();
    QVERIFY(settle(view));
    QVERIFY(view.model()->rowCount() > 0);
    QVERIFY2(view.statusText().contains(QString::number(view.model()->total())), qPrintable(view.statusText()));
    QVERIFY2(!view.statusText().contains(QLatin1String("Cannot")), qPrintable(view.statusText()));

    // The newest disable: its reason, and its before/after JSON indented in the details.
    AuditListModel *m = view.model();
    int row = -1;
    for (int r = 0; r < m->rowCount() && row < 0; ++r) {
        const AuditEvent *e = loaded(m, r);
        QVERIFY(e);
        if (e->action == QLatin1String("user.disable") && e->reason == trickyReason)
            row = r;
    }
    QVERIFY(row >= 0);
    view.table()->setCurrentIndex(m->index(row, 0));
    const QString details = view.detailsPaneText();
    QVERIFY2(details.contains(QLatin1String("Before:")) && details.contains(QLatin1String("After:")),
             qPrintable(details));
    QVERIFY2(details.contains(QLatin1String("Reason: Ticket 7, \"urgent\"")), qPrintable(details));
    QVERIFY2(details.contains(QLatin1String("\n    \"")), qPrintable(details)); // indented JSON

    // Ctrl+F puts the cursor in the actor filter.
    view.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&view));
    view.table()->setFocus();
    QTest::keyClick(view.table(), Qt::Key_F, Qt::ControlModifier);
    auto *actor = view.findChild<QLineEdit *>();
    QVERIFY(actor);
    QCOMPARE(actor->accessibleName(), QStringLiteral("Actor filter"));
    QVERIFY(actor->hasFocus());
}

void TestAuditView::scrollBarAndKeysReachTheWholeLog()
{
    // A window of 40 rows over a log of hundreds: the bar, Ctrl+End, Ctrl+Home and PageDown still
    // reach every event, and the status gives the whole log.
    AuditView view(m_store.directory(), m_auditor);
    view.resize(1000, 500);
    view.show();
    AuditListModel *m = view.model();
    m->setWindowRows(40);
    QVERIFY(settle(view));
    const qint64 events = m->total();
    QVERIFY(events > 200);
    QCOMPARE(m->rowCount(), 40);
    QCOMPARE(m->logRowCount(), events);
    QVERIFY2(view.statusText().contains(QString::number(events)), qPrintable(view.statusText()));
    QScrollBar *bar = view.logScrollBar();
    QVERIFY(bar->isVisible());
    QVERIFY(!view.table()->verticalScrollBar()->isVisible());
    // The table lays its rows out from the event loop.
    QTRY_VERIFY2(bar->pageStep() > 1 && bar->maximum() == int(events) - bar->pageStep(),
                 qPrintable(QStringLiteral("page %1, maximum %2, table %3, its bar %4/%5")
                                .arg(bar->pageStep())
                                .arg(bar->maximum())
                                .arg(view.table()->viewport()->height())
                                .arg(view.table()->verticalScrollBar()->pageStep())
                                .arg(view.table()->verticalScrollBar()->maximum())));
    const int visible = bar->pageStep();
    QVERIFY2(visible > 1 && visible < 40, qPrintable(QString::number(visible)));
    QCOMPARE(bar->maximum(), int(events) - visible);

    view.table()->setFocus();
    QTest::keyClick(view.table(), Qt::Key_End, Qt::ControlModifier);
    QCOMPARE(view.currentLogRow(), events - 1);
    QCOMPARE(m->windowStart(), events - 40);
    const AuditEvent *oldest = loaded(m, view.table()->currentIndex().row());
    QVERIFY(oldest);
    QCOMPARE(oldest->id, qint64(1));
    QTRY_VERIFY(view.detailsPaneText().startsWith(QLatin1String("Event 1 at ")));
    QCOMPARE(bar->value(), bar->maximum());

    QTest::keyClick(view.table(), Qt::Key_Home, Qt::ControlModifier);
    QCOMPARE(view.currentLogRow(), qint64(0));
    QCOMPARE(m->windowStart(), qint64(0));
    QCOMPARE(loaded(m, 0)->id, events);
    QCOMPARE(bar->value(), 0);

    // Dragging the bar to the middle of the log shows the middle of the log.
    const int middle = int(events / 2);
    bar->setValue(middle);
    QVERIFY(m->windowStart() <= middle && middle + visible <= m->windowStart() + m->rowCount());
    QCOMPARE(m->windowStart() + view.table()->rowAt(0), qint64(middle));
    const AuditEvent *top = loaded(m, view.table()->rowAt(0));
    QVERIFY(top);
    QCOMPARE(top->id, events - middle);

    // PageDown from the top walks past the first window, event after event without a gap.
    QTest::keyClick(view.table(), Qt::Key_Home, Qt::ControlModifier);
    qint64 last = 0;
    for (int i = 0; i < 10; ++i) {
        QTest::keyClick(view.table(), Qt::Key_PageDown);
        QCoreApplication::processEvents(); // the window follows once the table has scrolled
        const qint64 now = view.currentLogRow();
        QVERIFY2(now > last, qPrintable(QStringLiteral("%1 after %2").arg(now).arg(last)));
        last = now;
        const AuditEvent *e = loaded(m, view.table()->currentIndex().row());
        QVERIFY(e);
        QCOMPARE(e->id, events - now);
    }
    QVERIFY2(last >= 40, qPrintable(QString::number(last)));
    QCOMPARE(bar->value(), int(m->windowStart() + view.table()->rowAt(0)));
}

void TestAuditView::filterBarNarrows()
{
    AuditView view(m_store.directory(), m_auditor);
    QVERIFY(settle(view));
    const QList<QLineEdit *> edits = view.findChildren<QLineEdit *>(Qt::FindDirectChildrenOnly);
    QLineEdit *actor = nullptr;
    QLineEdit *action = nullptr;
    for (QLineEdit *e : edits) {
        if (e->accessibleName() == QLatin1String("Actor filter"))
            actor = e;
        if (e->accessibleName() == QLatin1String("Action filter"))
            action = e;
    }
    QVERIFY(actor && action);
    action->setText(QStringLiteral("user.disable"));
    view.applyFilter();
    QVERIFY(settle(view));
    QCOMPARE(view.model()->total(), qint64(2));
    QCOMPARE(view.model()->rowCount(), 2);
    action->setText(QStringLiteral("auth."));
    actor->setText(QStringLiteral("HAN"));
    view.applyFilter();
    QVERIFY(settle(view));
    QVERIFY(view.model()->rowCount() >= 1);
    for (int r = 0; r < view.model()->rowCount(); ++r) {
        const AuditEvent *e = loaded(view.model(), r);
        QVERIFY(e);
        QVERIFY(e->action.startsWith(QLatin1String("auth.")));
        QCOMPARE(e->actorName, QStringLiteral("hank"));
    }
    auto *result = view.findChild<QComboBox *>();
    QVERIFY(result);
    result->setCurrentIndex(result->findText(QStringLiteral("Denied")));
    view.applyFilter();
    QVERIFY(settle(view));
    QCOMPARE(view.model()->rowCount(), 0);
    view.clearFilter();
    QVERIFY(settle(view));
    QVERIFY(view.model()->rowCount() > 300);
    QVERIFY(view.model()->totalIsCheap());
}

void TestAuditView::verifyShowsIntact()
{
    AuditView view(m_store.directory(), m_auditor);
    QSignalSpy verified(&view, &AuditView::verified);
    view.verifyChain();
    QVERIFY(verified.wait(30000));
    QCOMPARE(verified.first().first().toBool(), true);
    QVERIFY2(view.verdictText().startsWith(QLatin1String("Audit chain intact:")), qPrintable(view.verdictText()));
}

void TestAuditView::verifyShowsBroken()
{
    const QString copy = m_store.filePath(QStringLiteral("tampered.authdesk"));
    const test::ToolRun backup = test::runSqlite3(m_store.path(), QStringLiteral(".backup '%1'\n").arg(copy));
    QVERIFY2(backup.exitCode == 0, qPrintable(backup.err));
    const test::ToolRun tamper = test::runSqlite3(
        copy,
        QStringLiteral(
            "DROP TRIGGER audit_events_no_update; UPDATE audit_events SET actor_name = 'mallory' WHERE id = 5;"));
    QVERIFY2(tamper.exitCode == 0, qPrintable(tamper.err));
    StoreOptions options = m_store.options();
    options.path = copy;
    LocalDirectory tampered(options);
    const Status opened = test::resultOf(tampered.open());
    QVERIFY2(opened.ok(), qPrintable(opened.message()));
    auto owner = test::resultOf(tampered.signIn(QStringLiteral("owner"), test::ownerPassword()));
    QVERIFY2(owner.ok(), qPrintable(owner.message()));
    AuditView view(&tampered, owner.value());
    QSignalSpy verified(&view, &AuditView::verified);
    view.verifyChain();
    QVERIFY(verified.wait(30000));
    QCOMPARE(verified.first().first().toBool(), false);
    QVERIFY2(view.verdictText().startsWith(QLatin1String("Audit chain BROKEN at event 5: Event 5 was altered")),
             qPrintable(view.verdictText()));
}

void TestAuditView::exportCsvParsesBack()
{
    AuditView view(m_store.directory(), m_auditor);
    QVERIFY(settle(view));
    AuditQuery f;
    f.action = QStringLiteral("user.");
    view.model()->setFilter(f);
    QVERIFY(settle(view));
    const qint64 expected = view.model()->total();
    QVERIFY(expected > 300);

    const QString path = m_store.filePath(QStringLiteral("export.csv"));
    view.setExportPathProvider([path] { return path; });
    QSignalSpy finished(&view, &AuditView::exportFinished);
    QTest::keyClick(&view, Qt::Key_E, Qt::ControlModifier);
    if (finished.isEmpty())
        view.exportCsv(); // the shortcut needs the window active, which an offscreen run may not give
    QVERIFY(finished.wait(60000) || !finished.isEmpty());
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    bool wellFormed = false;
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(file.readAll()), &wellFormed);
    QVERIFY(wellFormed);
    QCOMPARE(rows.size(), expected + 1);
    QCOMPARE(rows.first().first(), QStringLiteral("id"));
    const int columns = int(rows.first().size());
    bool sawTricky = false;
    bool sawFormula = false;
    qint64 previousId = std::numeric_limits<qint64>::max();
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const QStringList &r = rows.at(i);
        QCOMPARE(int(r.size()), columns);
        QVERIFY(r.at(4).startsWith(QLatin1String("user.")));
        QVERIFY(r.at(0).toLongLong() < previousId);
        previousId = r.at(0).toLongLong();
        sawTricky = sawTricky || r.at(9) == trickyReason;
        sawFormula = sawFormula || r.at(9) == QLatin1Char('\'') + formulaReason;
    }
    QVERIFY(sawTricky);
    QVERIFY(sawFormula);
}

void TestAuditView::exportToAnUnwritablePathSaysSo()
{
    AuditView view(m_store.directory(), m_auditor);
    QVERIFY(settle(view));
    view.setExportPathProvider([this] { return m_store.filePath(QStringLiteral("no/such/folder/export.csv")); });
    QSignalSpy finished(&view, &AuditView::exportFinished);
    view.exportCsv();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY2(finished.first().at(1).toString().startsWith(QLatin1String("Cannot write")),
             qPrintable(finished.first().at(1).toString()));
    QVERIFY(!view.isExporting());
}

void TestAuditView::exportCanceledKeepsNoFile()
{
    AuditView view(m_store.directory(), m_auditor);
    QVERIFY(settle(view));
    const QString path = m_store.filePath(QStringLiteral("canceled.csv"));
    view.setExportPathProvider([path] { return path; });
    QSignalSpy finished(&view, &AuditView::exportFinished);
    view.exportCsv();
    QVERIFY(view.isExporting());
    QVERIFY(QFile::exists(path));
    view.cancelExport();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY2(finished.first().at(1).toString().contains(QLatin1String("canceled")),
             qPrintable(finished.first().at(1).toString()));
    QVERIFY(!view.isExporting());
    QVERIFY(!QFile::exists(path));
    QTest::qWait(100); // the page asked for before the cancel arrives and is dropped
    QCOMPARE(finished.count(), 1);
    QVERIFY(!QFile::exists(path));
}

void TestAuditView::helpdeskSeesTheRefusal()
{
    AuditView view(m_store.directory(), m_helpdesk);
    QTRY_VERIFY_WITH_TIMEOUT(view.statusText().startsWith(QLatin1String("Cannot show the audit log")), 30000);
    QVERIFY2(view.statusText().contains(QLatin1String("audit.read")), qPrintable(view.statusText()));
    QCOMPARE(view.model()->rowCount(), 0);
    QSignalSpy verified(&view, &AuditView::verified);
    view.verifyChain();
    QVERIFY(verified.wait(30000));
    QVERIFY2(view.verdictText().startsWith(QLatin1String("Cannot verify the audit chain")),
             qPrintable(view.verdictText()));
    QVERIFY2(view.verdictText().contains(QLatin1String("audit.read")), qPrintable(view.verdictText()));
}

void TestAuditView::headerStateRoundTrips()
{
    QByteArray state;
    {
        AuditView view(m_store.directory(), m_auditor);
        view.table()->horizontalHeader()->resizeSection(AuditListModel::Action, 321);
        view.table()->horizontalHeader()->hideSection(AuditListModel::Machine);
        state = view.saveState();
    }
    AuditView view(m_store.directory(), m_auditor);
    QVERIFY(view.restoreState(state));
    QCOMPARE(view.table()->horizontalHeader()->sectionSize(AuditListModel::Action), 321);
    QVERIFY(view.table()->horizontalHeader()->isSectionHidden(AuditListModel::Machine));
}

void TestAuditView::statusCountsEventsInPlurals()
{
    AuditView view(m_store.directory(), m_auditor);
    QVERIFY(settle(view));
    QCOMPARE(view.statusText(), QStringLiteral("%1 events").arg(view.model()->total()));
    AuditQuery f;
    f.action = QStringLiteral("user.disable");
    view.model()->setFilter(f);
    QVERIFY(settle(view));
    QCOMPARE(view.statusText(), QStringLiteral("2 events"));
    f.action = QStringLiteral("user.create");
    f.target = QStringLiteral("person299");
    view.model()->setFilter(f);
    QVERIFY(settle(view));
    QCOMPARE(view.statusText(), QStringLiteral("1 event"));
    f.target = QStringLiteral("nobody by this name");
    view.model()->setFilter(f);
    QVERIFY(settle(view));
    QCOMPARE(view.statusText(), QStringLiteral("0 events"));
}

void TestAuditView::timeColumnShowsTheWholeTime()
{
    // A cell's text is elided when it is wider than the cell less its focus-frame margins.
    auto fits = [](const AuditView &view) {
        QTableView *t = view.table();
        const QString text = t->model()->index(0, AuditListModel::Time).data().toString();
        const int margin = t->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, t) + 1;
        const int needed = t->fontMetrics().horizontalAdvance(text) + 2 * margin;
        return !text.isEmpty() && text != QStringLiteral("\u2026") && needed <= t->columnWidth(AuditListModel::Time);
    };
    QByteArray narrow;
    {
        AuditView view(m_store.directory(), m_auditor);
        view.resize(1200, 700);
        view.show();
        QVERIFY(settle(view));
        QVERIFY(loaded(view.model(), 0));
        QVERIFY(fits(view));
        view.table()->horizontalHeader()->resizeSection(AuditListModel::Time, 20);
        narrow = view.saveState();
    }
    // A header state saved narrower (another font, another locale) does not cut the time short.
    AuditView view(m_store.directory(), m_auditor);
    view.resize(1200, 700);
    view.show();
    QVERIFY(view.restoreState(narrow));
    QVERIFY(settle(view));
    QVERIFY(loaded(view.model(), 0));
    QVERIFY(fits(view));
}

void TestAuditView::csvFieldQuoting_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("field");
    QTest::newRow("plain") << QStringLiteral("user.update") << QStringLiteral("user.update");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
    QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
    QTest::newRow("line feed") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
    QTest::newRow("carriage return") << QStringLiteral("a\r\nb") << QStringLiteral("\"a\r\nb\"");
    QTest::newRow("formula") << QStringLiteral("=1+2") << QStringLiteral("'=1+2");
    QTest::newRow("formula with comma") << QStringLiteral("@SUM(1,2)") << QStringLiteral("\"'@SUM(1,2)\"");
    QTest::newRow("minus") << QStringLiteral("-5") << QStringLiteral("'-5");
}

void TestAuditView::csvFieldQuoting()
{
    QFETCH(QString, value);
    QFETCH(QString, field);
    QCOMPARE(AuditView::csvField(value), field);
    // And it reads back (a formula keeps its guarding quote mark).
    bool wellFormed = false;
    const QList<QStringList> rows = parseCsv(field + QStringLiteral(",x\r\n"), &wellFormed);
    QVERIFY(wellFormed);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().at(0).endsWith(value), true);
}

void TestAuditView::detailsEscapeControls()
{
    AuditEvent e;
    e.id = 9;
    e.at = QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
    e.actorName = QStringLiteral("eve\nActor: owner");
    e.action = QStringLiteral("user.update");
    e.targetName = QStringLiteral("bob\u202Egnp.exe");
    e.before = QStringLiteral("{\"display_name\":\"a\\u0007b\"}");
    e.after = QStringLiteral("not json \u001b[31m");
    const QString text = AuditView::detailsText(e);
    QVERIFY2(text.contains(QLatin1String("Actor: eve\\u000aActor: owner (#0)")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("bob\\u202egnp.exe")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("\"display_name\": \"a\\u0007b\"")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("not json \\u001b[31m")), qPrintable(text));
    for (const QChar c : text)
        QVERIFY(c == QLatin1Char('\n') || c.unicode() >= 0x20);
    QVERIFY(!text.contains(QChar(0x202e)));
}

QTEST_MAIN(TestAuditView)
#include "tst_auditview.moc"
