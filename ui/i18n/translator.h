// Translator: installs the UI language.
//
// Shardscope's own catalogues are compiled into the binary as
// :/i18n/shardscope_<lang>.qm (translations/shardscope_<lang>.ts, built by
// qt_add_translations). install() loads the catalogue for the requested
// language, or for the first of the system's UI languages that has one, plus
// Qt's own catalogue (qtbase_<lang>.qm, for standard buttons and dialogs) from
// the Qt installation when present, and installs both on the application.
// English is the source language and needs no catalogue.
//
// Thread-safety: GUI thread only (it changes the application's translators).
#pragma once

#include <QString>
#include <QStringList>
#include <QTranslator>

namespace shardscope::ui {

class Translator {
public:
    Translator();
    ~Translator();  // removes the translators it installed
    Translator(const Translator&) = delete;
    Translator& operator=(const Translator&) = delete;

    // `language` is a locale name ("de", "de_AT"); empty follows the system's
    // UI languages. Replaces what an earlier install() put in place. Returns
    // the language whose catalogue was installed ("de"), or an empty string
    // when the UI stays English.
    QString install(const QString& language);
    // Removes the installed catalogues; the UI falls back to English.
    void remove();

    // Languages with a compiled-in catalogue, as locale names, plus "en".
    static QStringList availableLanguages();

private:
    QTranslator m_appTranslator;
    QTranslator m_qtTranslator;
    bool m_appInstalled = false;
    bool m_qtInstalled = false;
};

}  // namespace shardscope::ui
