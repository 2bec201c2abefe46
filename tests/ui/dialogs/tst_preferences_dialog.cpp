// Tests ui/dialogs/preferences_dialog.cpp: it shows the stored settings,
// writes them only on OK, applies the theme at once and says when a restart
// is needed.
#include "../ui_test_support.h"

#include "dialogs/preferences_dialog.h"
#include "settings/settings.h"
#include "theme/theme.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace shardscope::ui;

class TestPreferencesDialog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { test::isolateSettings("tst_preferences_dialog"); }
    void init() { QSettings().clear(); }
    void showsAndWritesTheSettings();
    void cancelChangesNothing();
    void themeAloneNeedsNoRestart();
};

void TestPreferencesDialog::showsAndWritesTheSettings() {
    Settings settings;
    settings.setEndpointPort(8123);
    settings.setTtlSweepIntervalSeconds(30);
    PreferencesDialog dialog(&settings);
    auto* port = dialog.findChild<QSpinBox*>(QStringLiteral("endpointPortSpin"));
    auto* ttl = dialog.findChild<QDoubleSpinBox*>(QStringLiteral("ttlSweepIntervalSpin"));
    auto* theme = dialog.findChild<QComboBox*>(QStringLiteral("themeCombo"));
    auto* language = dialog.findChild<QComboBox*>(QStringLiteral("languageCombo"));
    QVERIFY(port && ttl && theme && language);
    QCOMPARE(port->value(), 8123);
    QCOMPARE(ttl->value(), 30.0);
    QCOMPARE(theme->currentData().toString(), QStringLiteral("system"));
    QCOMPARE(language->currentData().toString(), QString());
    QVERIFY(language->findData(QStringLiteral("de")) >= 0);
    for (QWidget* input : std::initializer_list<QWidget*>{port, ttl, theme, language})
        QVERIFY2(!input->toolTip().isEmpty(), qPrintable(input->objectName()));

    port->setValue(9000);
    ttl->setValue(0);
    theme->setCurrentIndex(theme->findData(QStringLiteral("dark")));
    language->setCurrentIndex(language->findData(QStringLiteral("de")));
    QSignalSpy restart(&dialog, &PreferencesDialog::restartRequired);
    dialog.show();
    dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(restart.count(), 1);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    Settings reread;
    QCOMPARE(reread.endpointPort(), quint16(9000));
    QCOMPARE(reread.ttlSweepIntervalSeconds(), 0.0);
    QCOMPARE(reread.theme(), QStringLiteral("dark"));
    QCOMPARE(reread.language(), QStringLiteral("de"));
    QVERIFY(ThemeManager::instance()->isDark());
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 128);
    ThemeManager::instance()->apply(ThemeManager::Choice::Light);
}

void TestPreferencesDialog::cancelChangesNothing() {
    Settings settings;
    PreferencesDialog dialog(&settings);
    dialog.findChild<QSpinBox*>(QStringLiteral("endpointPortSpin"))->setValue(9999);
    auto* theme = dialog.findChild<QComboBox*>(QStringLiteral("themeCombo"));
    theme->setCurrentIndex(theme->findData(QStringLiteral("dark")));
    dialog.show();
    dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel)->click();
    QCOMPARE(Settings().endpointPort(), quint16(8000));
    QCOMPARE(Settings().theme(), QStringLiteral("system"));
}

void TestPreferencesDialog::themeAloneNeedsNoRestart() {
    Settings settings;
    PreferencesDialog dialog(&settings);
    auto* theme = dialog.findChild<QComboBox*>(QStringLiteral("themeCombo"));
    theme->setCurrentIndex(theme->findData(QStringLiteral("light")));
    QSignalSpy restart(&dialog, &PreferencesDialog::restartRequired);
    dialog.apply();
    QCOMPARE(restart.count(), 0);
    QCOMPARE(Settings().theme(), QStringLiteral("light"));
    QVERIFY(!ThemeManager::instance()->isDark());
}

QTEST_MAIN(TestPreferencesDialog)
#include "tst_preferences_dialog.moc"
