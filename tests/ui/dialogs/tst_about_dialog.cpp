// Tests ui/dialogs/about_dialog.cpp: the version and the licences of the
// libraries Shardscope ships with are there.
#include "dialogs/about_dialog.h"

#include <QLabel>
#include <QTextBrowser>
#include <QTest>

using namespace shardscope::ui;

class TestAboutDialog : public QObject {
    Q_OBJECT

private slots:
    void showsVersionAndLicences();
};

void TestAboutDialog::showsVersionAndLicences() {
    AboutDialog dialog;
    QVERIFY(AboutDialog::versionText().startsWith(QLatin1String("Shardscope ")));
    const auto* about = dialog.findChild<QLabel*>(QStringLiteral("aboutText"));
    QVERIFY(about);
    QVERIFY(about->text().contains(AboutDialog::versionText()));
    QVERIFY(about->text().contains(QString::fromLatin1(qVersion())));
    QVERIFY(about->text().contains(QLatin1String("SQLite 3.")));

    const auto* licences = dialog.findChild<QTextBrowser*>(QStringLiteral("licencesView"));
    QVERIFY(licences);
    const QString text = licences->toPlainText();
    QVERIFY(text.contains(QLatin1String("LGPL-3.0")));
    QVERIFY(text.contains(QLatin1String("public domain")));
    QVERIFY(text.contains(QLatin1String("nlohmann/json")));
    QVERIFY(text.contains(QLatin1String("Permission is hereby granted")));  // the MIT notice in full
}

QTEST_MAIN(TestAboutDialog)
#include "tst_about_dialog.moc"
