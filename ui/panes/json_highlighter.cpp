#include "panes/json_highlighter.h"

#include "theme/theme.h"

#include <QGuiApplication>
#include <QPalette>

namespace shardscope::ui {

JsonHighlighter::JsonHighlighter(QTextDocument* document)
    : QSyntaxHighlighter(document),
      // A string (with escapes), optionally followed by ':' (then it is a member
      // name), or a number, or a literal.
      m_token(QStringLiteral(R"("(?:[^"\\]|\\.)*"(\s*:)?|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|\btrue\b|\bfalse\b|\bnull\b)")) {
    pickColours();
    connect(ThemeManager::instance(), &ThemeManager::schemeChanged, this, [this] {
        pickColours();
        rehighlight();
    });
}

void JsonHighlighter::pickColours() {
    const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
    m_keyFormat.setForeground(dark ? QColor(0x7d, 0xc4, 0xe4) : QColor(0x1f, 0x4e, 0x9c));
    m_stringFormat.setForeground(dark ? QColor(0xb5, 0xd6, 0x8a) : QColor(0x2e, 0x7d, 0x32));
    m_literalFormat.setForeground(dark ? QColor(0xf0, 0xa8, 0x6a) : QColor(0xb3, 0x4d, 0x00));
}

void JsonHighlighter::highlightBlock(const QString& text) {
    auto matches = m_token.globalMatch(text);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        const QString token = match.captured(0);
        if (!token.startsWith(QLatin1Char('"'))) {
            setFormat(int(match.capturedStart()), int(match.capturedLength()), m_literalFormat);
        } else if (match.capturedLength(1) > 0) {
            // Colour the name, not the ':' after it.
            setFormat(int(match.capturedStart()), int(match.capturedStart(1) - match.capturedStart()), m_keyFormat);
        } else {
            setFormat(int(match.capturedStart()), int(match.capturedLength()), m_stringFormat);
        }
    }
}

}  // namespace shardscope::ui
