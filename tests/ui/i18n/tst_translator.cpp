// Tests ui/i18n/translator.cpp: the German catalogue is compiled in, installs,
// translates the workbench and comes off again; and translations/shardscope_de.ts
// is complete: every message has a finished, non-empty translation that keeps
// the source's placeholders.
#include "backend/backend_reply.h"
#include "i18n/translator.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QSet>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

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
    void germanCatalogueIsComplete();
    void everyTranslatedLiteralIsInTheCatalogue();
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

void TestTranslator::germanCatalogueIsComplete() {
    // The source file, not the compiled .qm: lrelease silently drops unfinished entries.
    QFile file(QStringLiteral(QT_TESTCASE_SOURCEDIR "/../../translations/shardscope_de.ts"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    QXmlStreamReader xml(&file);
    const QRegularExpression placeholder(QStringLiteral("%(\\d+|n)"));
    auto placeholders = [&](const QString& text) {
        QStringList found;
        for (auto it = placeholder.globalMatch(text); it.hasNext();)
            found.append(it.next().captured());
        found.sort();
        found.removeDuplicates();
        return found;
    };
    int messages = 0;
    QStringList problems;
    QString context, source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
            ++messages;
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!type.isEmpty())
                problems.append(QStringLiteral("%1: \"%2\" is %3").arg(context, source, type));
            else if (text.trimmed().isEmpty())
                problems.append(QStringLiteral("%1: \"%2\" has no translation").arg(context, source));
            else if (placeholders(text) != placeholders(source))
                problems.append(QStringLiteral("%1: \"%2\" loses or adds a placeholder").arg(context, source));
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(messages > 500);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

    Translator translator;
    QCOMPARE(translator.install(QStringLiteral("de")), QStringLiteral("de"));
    QCOMPARE(translated("shardscope::ui::PreferencesDialog", "Preferences"), QStringLiteral("Einstellungen"));
    QCOMPARE(translated("shardscope::ui::ItemsPane", "New Item…"), QStringLiteral("Neues Element …"));
}

void TestTranslator::everyTranslatedLiteralIsInTheCatalogue() {
    // The catalogue's source texts...
    QFile file(QStringLiteral(QT_TESTCASE_SOURCEDIR "/../../translations/shardscope_de.ts"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QSet<QString> sources;
    while (!xml.atEnd())
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("source"))
            sources.insert(xml.readElementText());

    // ...against the single-literal tr("...") and translate("context", "...") calls of ui/ and app/:
    // a string added without running `ninja shardscope_ui_lupdate` shows up here.
    const QRegularExpression call(
        QStringLiteral(R"re((?:\btr\(|\btranslate\("[^"]*",\s*)"((?:[^"\\]|\\.)*)"\s*[,)])re"));
    QStringList missing;
    int checked = 0;
    for (const char* folder : {"/../../ui", "/../../app"}) {
        QDirIterator it(QLatin1String(QT_TESTCASE_SOURCEDIR) + QLatin1String(folder), {QStringLiteral("*.cpp")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile source(it.next());
            QVERIFY(source.open(QIODevice::ReadOnly));
            const QString code = QString::fromUtf8(source.readAll());
            for (auto match = call.globalMatch(code); match.hasNext();) {
                QString text = match.next().captured(1);
                text.replace(QLatin1String("\\n"), QLatin1String("\n"))
                    .replace(QLatin1String("\\\""), QLatin1String("\""))
                    .replace(QLatin1String("\\\\"), QLatin1String("\\"));
                for (qsizetype at = text.indexOf(QLatin1String("\\u")); at >= 0;
                     at = text.indexOf(QLatin1String("\\u"), at + 1))
                    text.replace(at, 6, QChar(char16_t(text.mid(at + 2, 4).toUShort(nullptr, 16))));
                ++checked;
                if (!sources.contains(text))
                    missing.append(QStringLiteral("%1: \"%2\"").arg(it.fileName(), text));
            }
        }
    }
    QVERIFY(checked > 400);
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("not in translations/shardscope_de.ts (run "
                                                          "shardscope_ui_lupdate):\n") +
                                           missing.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestTranslator)
#include "tst_translator.moc"
