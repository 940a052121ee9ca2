// SavedQueries: named user queries per store in QSettings (an INI file of the test's own):
// save, rename, remove, names unique case-insensitively, bad names and bad filters refused with
// nothing written, a group per store key, entries it cannot read kept but not shown, and only
// search and filter members stored. Watched by QAbstractItemModelTester throughout.

#include "models/SavedQueries.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace authdesk;

Q_DECLARE_METATYPE(authdesk::FilteredSearch)

namespace {

FilteredSearch lockedAuditors()
{
    FilteredSearch q;
    q.search = QStringLiteral("smith");
    q.filter.role = QStringLiteral("auditor");
    q.filter.lockedOnly = true;
    q.filter.createdFrom = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    return q;
}

FilteredSearch disabledOnes()
{
    FilteredSearch q;
    q.filter.status = StatusFilter::Disabled;
    return q;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestSavedQueries : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void saveFindAndPersist();
    void namesAreUniqueCaseInsensitively();
    void renameAndRemove();
    void badNamesAndFiltersAreRefused_data();
    void badNamesAndFiltersAreRefused();
    void onePlacePerStore();
    void unreadableEntriesAreKept();
    void onlySearchAndFilterAreStored();

private:
    QString iniPath() const { return m_dir->filePath(QStringLiteral("settings.ini")); }
    std::unique_ptr<QTemporaryDir> m_dir;
    const QString m_storeKey = QStringLiteral("/home/ann/stores/main.authdesk");
};

void TestSavedQueries::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestSavedQueries::saveFindAndPersist()
{
    QSettings settings(iniPath(), QSettings::IniFormat);
    {
        SavedQueries saved(m_storeKey, &settings);
        QAbstractItemModelTester tester(&saved, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(saved.rowCount(), 0);
        QSignalSpy inserted(&saved, &QAbstractItemModel::rowsInserted);
        QVERIFY(saved.save(QStringLiteral("Locked auditors"), lockedAuditors()).ok());
        QVERIFY(saved.save(QStringLiteral("disabled"), disabledOnes()).ok());
        QVERIFY(saved.save(QStringLiteral("  Beta  "), FilteredSearch{QStringLiteral("b"), {}}).ok());
        QCOMPARE(inserted.count(), 3);
        // Sorted by name regardless of case; the name trimmed.
        QCOMPARE(saved.names(),
                 (QStringList{QStringLiteral("Beta"), QStringLiteral("disabled"), QStringLiteral("Locked auditors")}));
        QCOMPARE(saved.index(2).data().toString(), QStringLiteral("Locked auditors"));
        QCOMPARE(saved.index(2).data(SavedQueries::SearchRole).toString(), QStringLiteral("smith"));
        QCOMPARE(saved.index(2).data(SavedQueries::QueryJsonRole).toJsonObject(), lockedAuditors().toJson());
        QVERIFY(saved.find(QStringLiteral("LOCKED AUDITORS")) == lockedAuditors());
        QVERIFY(!saved.find(QStringLiteral("nothing")).has_value());
    }
    settings.sync();
    // Another object (another run of the console) reads the same.
    QSettings again(iniPath(), QSettings::IniFormat);
    SavedQueries reread(m_storeKey, &again);
    QCOMPARE(reread.names(),
             (QStringList{QStringLiteral("Beta"), QStringLiteral("disabled"), QStringLiteral("Locked auditors")}));
    QVERIFY(reread.find(QStringLiteral("disabled")) == disabledOnes());
    QVERIFY(reread.find(QStringLiteral("locked auditors")) == lockedAuditors());
    QCOMPARE(reread.unreadableCount(), 0);
}

void TestSavedQueries::namesAreUniqueCaseInsensitively()
{
    QSettings settings(iniPath(), QSettings::IniFormat);
    SavedQueries saved(m_storeKey, &settings);
    QAbstractItemModelTester tester(&saved, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(saved.save(QStringLiteral("Ärger"), disabledOnes()).ok());
    const auto clash = saved.save(QStringLiteral("ÄRGER"), lockedAuditors());
    QCOMPARE(clash.code(), ErrorCode::AlreadyExists);
    QVERIFY2(clash.message().contains(QStringLiteral("Ärger")), qPrintable(clash.message()));
    QCOMPARE(saved.rowCount(), 1);
    QVERIFY(saved.find(QStringLiteral("ärger")) == disabledOnes());
    // Replacing is explicit, and takes the new spelling.
    QVERIFY(saved.save(QStringLiteral("ÄRGER"), lockedAuditors(), true).ok());
    QCOMPARE(saved.names(), QStringList{QStringLiteral("ÄRGER")});
    QVERIFY(saved.find(QStringLiteral("Ärger")) == lockedAuditors());
}

void TestSavedQueries::renameAndRemove()
{
    QSettings settings(iniPath(), QSettings::IniFormat);
    SavedQueries saved(m_storeKey, &settings);
    QAbstractItemModelTester tester(&saved, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(saved.save(QStringLiteral("a"), disabledOnes()).ok());
    QVERIFY(saved.save(QStringLiteral("b"), lockedAuditors()).ok());
    QCOMPARE(saved.rename(QStringLiteral("A"), QStringLiteral("B")).code(), ErrorCode::AlreadyExists);
    QCOMPARE(saved.rename(QStringLiteral("zzz"), QStringLiteral("y")).code(), ErrorCode::NotFound);
    QCOMPARE(saved.rename(QStringLiteral("a"), QStringLiteral(" ")).code(), ErrorCode::InvalidInput);
    QCOMPARE(saved.names(), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    // A change of case only is a rename too; moving past "b" re-sorts.
    QVERIFY(saved.rename(QStringLiteral("a"), QStringLiteral("A")).ok());
    QVERIFY(saved.rename(QStringLiteral("A"), QStringLiteral("c")).ok());
    QCOMPARE(saved.names(), (QStringList{QStringLiteral("b"), QStringLiteral("c")}));
    QVERIFY(saved.find(QStringLiteral("c")) == disabledOnes());
    QCOMPARE(saved.remove(QStringLiteral("nothing")).code(), ErrorCode::NotFound);
    QVERIFY(saved.remove(QStringLiteral("B")).ok());
    QCOMPARE(saved.names(), QStringList{QStringLiteral("c")});
    settings.sync();
    QSettings again(iniPath(), QSettings::IniFormat);
    QCOMPARE(SavedQueries(m_storeKey, &again).names(), QStringList{QStringLiteral("c")});
}

void TestSavedQueries::badNamesAndFiltersAreRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<FilteredSearch>("query");
    QTest::newRow("empty name") << QString() << disabledOnes();
    QTest::newRow("blank name") << QStringLiteral(" \t ") << disabledOnes();
    QTest::newRow("control character") << QStringLiteral("a\x1b[31mred") << disabledOnes();
    QTest::newRow("bidi override") << QStringLiteral("a\u202Eb") << disabledOnes();
    QTest::newRow("too long") << QString(SavedQueries::MaxNameLength + 1, QLatin1Char('n')) << disabledOnes();
    FilteredSearch reversed;
    reversed.filter.createdFrom = QDateTime(QDate(2026, 2, 1), QTime(0, 0), Qt::UTC);
    reversed.filter.createdTo = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    QTest::newRow("empty range") << QStringLiteral("reversed") << reversed;
    FilteredSearch badRole;
    badRole.filter.role = QStringLiteral("bad\nrole");
    QTest::newRow("bad role") << QStringLiteral("bad role") << badRole;
    FilteredSearch longSearch;
    longSearch.search = QString(1000, QLatin1Char('s'));
    QTest::newRow("search too long") << QStringLiteral("long") << longSearch;
}

void TestSavedQueries::badNamesAndFiltersAreRefused()
{
    QFETCH(QString, name);
    QFETCH(FilteredSearch, query);
    QSettings settings(iniPath(), QSettings::IniFormat);
    SavedQueries saved(m_storeKey, &settings);
    QAbstractItemModelTester tester(&saved, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(saved.save(QStringLiteral("kept"), disabledOnes()).ok());
    settings.sync();
    const QByteArray before = fileBytes(iniPath());
    QVERIFY(!before.isEmpty());
    const auto refused = saved.save(name, query);
    QCOMPARE(refused.code(), ErrorCode::InvalidInput);
    QVERIFY(!refused.message().isEmpty());
    QCOMPARE(saved.names(), QStringList{QStringLiteral("kept")});
    settings.sync();
    QCOMPARE(fileBytes(iniPath()), before);
}

void TestSavedQueries::onePlacePerStore()
{
    QSettings settings(iniPath(), QSettings::IniFormat);
    SavedQueries first(m_storeKey, &settings);
    SavedQueries second(QStringLiteral("C:\\stores\\main.authdesk"), &settings);
    QVERIFY(first.save(QStringLiteral("mine"), disabledOnes()).ok());
    QVERIFY(second.save(QStringLiteral("theirs"), lockedAuditors()).ok());
    QCOMPARE(SavedQueries(m_storeKey, &settings).names(), QStringList{QStringLiteral("mine")});
    QCOMPARE(SavedQueries(QStringLiteral("C:\\stores\\main.authdesk"), &settings).names(),
             QStringList{QStringLiteral("theirs")});
    QCOMPARE(SavedQueries(QStringLiteral("/home/ann/stores/other.authdesk"), &settings).rowCount(), 0);
}

void TestSavedQueries::unreadableEntriesAreKept()
{
    QSettings settings(iniPath(), QSettings::IniFormat);
    {
        SavedQueries saved(m_storeKey, &settings);
        QVERIFY(saved.save(QStringLiteral("good"), disabledOnes()).ok());
        QVERIFY(saved.save(QStringLiteral("hand edited"), lockedAuditors()).ok());
    }
    // Someone edits the file: one query no longer parses.
    settings.beginGroup(QStringLiteral("savedUserQueries"));
    const QStringList groups = settings.childGroups();
    QCOMPARE(groups.size(), 1);
    settings.beginGroup(groups.first());
    QCOMPARE(settings.value(QStringLiteral("storeKey")).toString(), m_storeKey);
    const int n = settings.beginReadArray(QStringLiteral("queries"));
    settings.endArray();
    QCOMPARE(n, 2);
    settings.beginWriteArray(QStringLiteral("queries"), n);
    settings.setArrayIndex(1);
    QCOMPARE(settings.value(QStringLiteral("name")).toString(), QStringLiteral("hand edited"));
    settings.setValue(QStringLiteral("query"), QStringLiteral("{\"status\":\"sometimes\"}"));
    settings.endArray();
    settings.endGroup();
    settings.endGroup();
    settings.sync();

    SavedQueries saved(m_storeKey, &settings);
    QCOMPARE(saved.names(), QStringList{QStringLiteral("good")});
    QCOMPARE(saved.unreadableCount(), 1);
    // A change to the readable ones leaves the unreadable one where it was.
    QVERIFY(saved.save(QStringLiteral("new"), lockedAuditors()).ok());
    settings.sync();
    SavedQueries reread(m_storeKey, &settings);
    QCOMPARE(reread.names(), (QStringList{QStringLiteral("good"), QStringLiteral("new")}));
    QCOMPARE(reread.unreadableCount(), 1);
    QVERIFY(fileBytes(iniPath()).contains("sometimes"));
}

void TestSavedQueries::onlySearchAndFilterAreStored()
{
    QSettings settings(iniPath(), QSettings::IniFormat);
    {
        SavedQueries saved(m_storeKey, &settings);
        FilteredSearch everything = lockedAuditors();
        everything.filter.status = StatusFilter::Active;
        everything.filter.mfa = MfaFilter::Enrolled;
        everything.filter.neverSignedIn = true;
        everything.filter.createdTo = QDateTime(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC);
        everything.filter.lastSignInFrom = QDateTime(QDate(2025, 6, 1), QTime(0, 0), Qt::UTC);
        everything.filter.lastSignInTo = QDateTime(QDate(2025, 7, 1), QTime(0, 0), Qt::UTC);
        QVERIFY(saved.save(QStringLiteral("all of it"), everything).ok());
    }
    settings.beginGroup(QStringLiteral("savedUserQueries"));
    settings.beginGroup(settings.childGroups().value(0));
    QCOMPARE(settings.beginReadArray(QStringLiteral("queries")), 1);
    settings.setArrayIndex(0);
    const QStringList entryKeys = settings.childKeys();
    QCOMPARE(QSet<QString>(entryKeys.cbegin(), entryKeys.cend()),
             (QSet<QString>{QStringLiteral("name"), QStringLiteral("query")}));
    const QJsonObject stored =
        QJsonDocument::fromJson(settings.value(QStringLiteral("query")).toString().toUtf8()).object();
    settings.endArray();
    settings.endGroup();
    settings.endGroup();
    const QStringList keys = stored.keys();
    const QSet<QString> allowed = {QStringLiteral("search"),
                                   QStringLiteral("status"),
                                   QStringLiteral("role"),
                                   QStringLiteral("mfa"),
                                   QStringLiteral("locked"),
                                   QStringLiteral("never_signed_in"),
                                   QStringLiteral("created_from"),
                                   QStringLiteral("created_to"),
                                   QStringLiteral("last_sign_in_from"),
                                   QStringLiteral("last_sign_in_to")};
    QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()), allowed);
}

QTEST_GUILESS_MAIN(TestSavedQueries)
#include "tst_savedqueries.moc"
