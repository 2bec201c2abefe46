#include "i18n/translator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>

namespace shardscope::ui {
namespace {

const QString kCatalogueDirectory = QStringLiteral(":/i18n");
const QString kCataloguePrefix = QStringLiteral("shardscope");

}  // namespace

Translator::Translator() = default;

Translator::~Translator() {
    remove();
}

QString Translator::install(const QString& language) {
    remove();
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);

    // QTranslator::load(QLocale, ...) walks the locale's UI languages
    // ("de-AT", "de", ...) and takes the first catalogue that exists.
    if (!m_appTranslator.load(locale, kCataloguePrefix, QStringLiteral("_"), kCatalogueDirectory))
        return {};
    m_appInstalled = QCoreApplication::installTranslator(&m_appTranslator);

    // ":/i18n/shardscope_de.qm" -> "de": the catalogue that matched decides Qt's too.
    const QString loaded = QFileInfo(m_appTranslator.filePath()).completeBaseName().mid(kCataloguePrefix.size() + 1);
    if (m_qtTranslator.load(QLocale(loaded), QStringLiteral("qtbase"), QStringLiteral("_"),
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        m_qtInstalled = QCoreApplication::installTranslator(&m_qtTranslator);
    return m_appInstalled ? loaded : QString();
}

void Translator::remove() {
    if (m_appInstalled)
        QCoreApplication::removeTranslator(&m_appTranslator);
    if (m_qtInstalled)
        QCoreApplication::removeTranslator(&m_qtTranslator);
    m_appInstalled = false;
    m_qtInstalled = false;
}

QStringList Translator::availableLanguages() {
    QStringList languages{QStringLiteral("en")};
    const QStringList files =
        QDir(kCatalogueDirectory).entryList({kCataloguePrefix + QStringLiteral("_*.qm")}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        const QString language = file.mid(kCataloguePrefix.size() + 1).chopped(3);
        if (!languages.contains(language))
            languages.append(language);
    }
    return languages;
}

}  // namespace shardscope::ui
