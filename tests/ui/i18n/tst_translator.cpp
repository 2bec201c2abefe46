// Tests ui/i18n/translator.cpp: the German catalogue is compiled in, installs,
// translates the workbench and comes off again.
#include "backend/backend_reply.h"
#include "i18n/translator.h"

#include <QCoreApplication>
#include <QFile>
#include <QTest>

using namespace shardscope::ui;

namespace {

QString translated(const char* context, const char* text) {
    return QCoreApplication::translate(context, text);
}

}  // namespace

class TestTranslator : public QObject {
    Q_OBJECT

private slots:
    void catalogueIsCompiledIn();
    void installsGermanAndRemovesIt();
    void followsLanguageVariants();
    void staysEnglishWithoutACatalogue();
};

void TestTranslator::catalogueIsCompiledIn() {
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/shardscope_de.qm")));
    const QStringList languages = Translator::availableLanguages();
    QVERIFY(languages.contains(QStringLiteral("en")));
    QVERIFY(languages.contains(QStringLiteral("de")));
}

void TestTranslator::installsGermanAndRemovesIt() {
    const char* context = "shardscope::ui::MainWindow";
    QCOMPARE(translated(context, "&File"), QStringLiteral("&File"));
    {
        Translator translator;
        QCOMPARE(translator.install(QStringLiteral("de")), QStringLiteral("de"));
        QCOMPARE(translated(context, "&File"), QStringLiteral("&Datei"));
        QCOMPARE(translated("shardscope::ui::TableListModel", "Items"), QStringLiteral("Elemente"));
        const BackendError error{QStringLiteral("ValidationException"), QString(), 400};
        QCOMPARE(error.summary(), QStringLiteral("Die Anfrage ist ungültig."));
        translator.remove();
        QCOMPARE(translated(context, "&File"), QStringLiteral("&File"));
        QCOMPARE(translator.install(QStringLiteral("de")), QStringLiteral("de"));
    }
    // The destructor uninstalls too.
    QCOMPARE(translated(context, "&File"), QStringLiteral("&File"));
}

void TestTranslator::followsLanguageVariants() {
    Translator translator;
    QCOMPARE(translator.install(QStringLiteral("de_AT")), QStringLiteral("de"));
    QCOMPARE(translated("shardscope::ui::MainWindow", "&Help"), QStringLiteral("&Hilfe"));
}

void TestTranslator::staysEnglishWithoutACatalogue() {
    Translator translator;
    QVERIFY(translator.install(QStringLiteral("en")).isEmpty());
    QVERIFY(translator.install(QStringLiteral("fr")).isEmpty());
    QCOMPARE(translated("shardscope::ui::MainWindow", "&File"), QStringLiteral("&File"));
}

QTEST_MAIN(TestTranslator)
#include "tst_translator.moc"
