// JsonHighlighter: colours pretty-printed JSON in a text document: member
// names, string values, and numbers/literals each in their own colour, picked
// to read on both light and dark palettes; when ThemeManager switches between
// them, the colours follow and the document is highlighted again.
//
// It highlights line by line and assumes the JSON is pretty-printed (no string
// spans lines), which holds for everything the views show (json::dump(2)).
//
// Thread-safety: GUI thread only.
#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace shardscope::ui {

class JsonHighlighter : public QSyntaxHighlighter {
    Q_OBJECT

public:
    explicit JsonHighlighter(QTextDocument* document);

protected:
    void highlightBlock(const QString& text) override;

private:
    void pickColours();

    QRegularExpression m_token;
    QTextCharFormat m_keyFormat;
    QTextCharFormat m_stringFormat;
    QTextCharFormat m_literalFormat;
};

}  // namespace shardscope::ui
