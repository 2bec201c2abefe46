// Tests ui/settings/settings.cpp: defaults, round trips, the recent list,
// and tolerance of hand-edited values.
#include "settings/settings.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace shardscope::ui;

class TestSettings : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void defaults();
    void roundTrips();
    void recentDatabasesAreUniqueNewestFirstAndBounded();
    void badPortReadsAsDefault();
    void nativeStoreUsesTheApplicationsName();

private:
    QTemporaryDir m_dir;
};

void TestSettings::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ShardscopeTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_settings"));
    QVERIFY(m_dir.isValid());
}

void TestSettings::defaults() {
    const Settings settings(m_dir.filePath(QStringLiteral("defaults.ini")));
    QCOMPARE(settings.endpointPort(), quint16(8000));
    QCOMPARE(settings.databasePath(),
             QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/workspace.db"));
    QVERIFY(settings.language().isEmpty());
    QCOMPARE(settings.theme(), QStringLiteral("system"));
    QVERIFY(settings.windowGeometry().isEmpty());
    QVERIFY(settings.windowState().isEmpty());
    QVERIFY(settings.mainSplitterState().isEmpty());
    QVERIFY(settings.lastSelectedTable().isEmpty());
    QVERIFY(settings.recentDatabases().isEmpty());
}

void TestSettings::roundTrips() {
    const QString file = m_dir.filePath(QStringLiteral("roundtrip.ini"));
    {
        Settings settings(file);
        settings.setEndpointPort(8123);
        settings.setDatabasePath(QStringLiteral("/tmp/x.db"));
        settings.setLanguage(QStringLiteral("de"));
        settings.setTheme(QStringLiteral("dark"));
        settings.setWindowGeometry(QByteArray("\x01\x02geometry", 10));
        settings.setWindowState(QByteArray("state"));
        settings.setMainSplitterState(QByteArray("splitter"));
        settings.setLastSelectedTable(QStringLiteral("orders"));
        settings.sync();
    }
    const Settings settings(file);
    QCOMPARE(settings.endpointPort(), quint16(8123));
    QCOMPARE(settings.databasePath(), QStringLiteral("/tmp/x.db"));
    QCOMPARE(settings.language(), QStringLiteral("de"));
    QCOMPARE(settings.theme(), QStringLiteral("dark"));
    Settings(file).setTheme(QStringLiteral("purple"));
    QCOMPARE(Settings(file).theme(), QStringLiteral("system"));  // unknown schemes follow the system
    QCOMPARE(settings.windowGeometry(), QByteArray("\x01\x02geometry", 10));
    QCOMPARE(settings.windowState(), QByteArray("state"));
    QCOMPARE(settings.mainSplitterState(), QByteArray("splitter"));
    QCOMPARE(settings.lastSelectedTable(), QStringLiteral("orders"));
}

void TestSettings::recentDatabasesAreUniqueNewestFirstAndBounded() {
    const QString file = m_dir.filePath(QStringLiteral("recent.ini"));
    {
        Settings settings(file);
        settings.addRecentDatabase(QStringLiteral("/a.db"));
        settings.sync();
    }
    {
        Settings settings(file);
        QCOMPARE(settings.recentDatabases(), QStringList{QStringLiteral("/a.db")});  // a one-element list survives INI
        settings.addRecentDatabase(QStringLiteral("/b.db"));
        settings.addRecentDatabase(QStringLiteral("/a.db"));
        settings.addRecentDatabase(QString());
        QCOMPARE(settings.recentDatabases(), (QStringList{QStringLiteral("/a.db"), QStringLiteral("/b.db")}));
        for (int i = 0; i < 20; ++i)
            settings.addRecentDatabase(QStringLiteral("/db%1.db").arg(i));
        QCOMPARE(settings.recentDatabases().size(), Settings::kMaxRecentDatabases);
        QCOMPARE(settings.recentDatabases().first(), QStringLiteral("/db19.db"));
    }
}

void TestSettings::badPortReadsAsDefault() {
    const QString file = m_dir.filePath(QStringLiteral("bad.ini"));
    for (const QVariant& bad : {QVariant(QStringLiteral("http")), QVariant(0), QVariant(70000), QVariant(-5)}) {
        {
            QSettings raw(file, QSettings::IniFormat);
            raw.setValue(QStringLiteral("endpoint/port"), bad);
        }
        QCOMPARE(Settings(file).endpointPort(), quint16(8000));
    }
}

void TestSettings::nativeStoreUsesTheApplicationsName() {
    {
        Settings settings;
        settings.setLastSelectedTable(QStringLiteral("native"));
    }
    QCOMPARE(QSettings().value(QStringLiteral("mainWindow/lastSelectedTable")).toString(), QStringLiteral("native"));
    QSettings().clear();
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
