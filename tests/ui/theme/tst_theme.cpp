// Tests ui/theme/theme.cpp: light and dark palettes are complete and
// readable, the choice round-trips through its settings text, and "follow
// the system" reads the environment.
#include "panes/json_highlighter.h"
#include "theme/theme.h"

#include <QApplication>
#include <QSignalSpy>
#include <QStyle>
#include <QTextDocument>
#include <QTextLayout>
#include <QTest>

#include <cmath>

using namespace shardscope::ui;

namespace {

// WCAG's contrast ratio of two colours.
double contrast(const QColor& a, const QColor& b) {
    auto luminance = [](const QColor& c) {
        auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

}  // namespace

class TestTheme : public QObject {
    Q_OBJECT

private slots:
    void choicesRoundTrip();
    void palettesAreReadable();
    void followsTheEnvironmentAndOverrides();
    void jsonColoursFollowTheScheme();
};

void TestTheme::choicesRoundTrip() {
    for (auto choice : {ThemeManager::Choice::System, ThemeManager::Choice::Light, ThemeManager::Choice::Dark})
        QCOMPARE(ThemeManager::fromString(ThemeManager::toString(choice)), choice);
    QCOMPARE(ThemeManager::fromString(QStringLiteral("purple")), ThemeManager::Choice::System);
}

void TestTheme::palettesAreReadable() {
    for (const QPalette& palette : {ThemeManager::lightPalette(), ThemeManager::darkPalette()}) {
        QVERIFY(contrast(palette.color(QPalette::Text), palette.color(QPalette::Base)) >= 7.0);
        QVERIFY(contrast(palette.color(QPalette::WindowText), palette.color(QPalette::Window)) >= 7.0);
        QVERIFY(contrast(palette.color(QPalette::HighlightedText), palette.color(QPalette::Highlight)) >= 3.0);
        QVERIFY(contrast(palette.color(QPalette::PlaceholderText), palette.color(QPalette::Base)) >= 3.0);
    }
    // Fusion's light palette is Qt's own; the dark one is ours and must keep disabled text legible.
    const QPalette dark = ThemeManager::darkPalette();
    QVERIFY(contrast(dark.color(QPalette::Disabled, QPalette::Text), dark.color(QPalette::Disabled, QPalette::Base)) >=
            2.5);
    QVERIFY(ThemeManager::darkPalette().color(QPalette::Window).lightness() < 128);
    QVERIFY(ThemeManager::lightPalette().color(QPalette::Window).lightness() >= 128);
}

void TestTheme::followsTheEnvironmentAndOverrides() {
    ThemeManager* manager = ThemeManager::instance();
    QSignalSpy changed(manager, &ThemeManager::schemeChanged);

    qputenv("SHARDSCOPE_COLOR_SCHEME", "dark");
    manager->apply(ThemeManager::Choice::System);
    QVERIFY(manager->isDark());
    QCOMPARE(qApp->property("darkTheme").toBool(), true);
    QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
    QCOMPARE(QApplication::palette().color(QPalette::Base), ThemeManager::darkPalette().color(QPalette::Base));

    // A manual choice wins over the system's.
    manager->apply(ThemeManager::Choice::Light);
    QVERIFY(!manager->isDark());
    QCOMPARE(QApplication::palette().color(QPalette::Base), ThemeManager::lightPalette().color(QPalette::Base));

    qputenv("SHARDSCOPE_COLOR_SCHEME", "light");
    qputenv("GTK_THEME", "Adwaita:dark");
    QVERIFY(!manager->systemPrefersDark());  // the explicit variable decides first
    qunsetenv("SHARDSCOPE_COLOR_SCHEME");
    QVERIFY(manager->systemPrefersDark());
    qunsetenv("GTK_THEME");
    QVERIFY(!manager->systemPrefersDark());  // the offscreen platform's palette is light
    QCOMPARE(changed.count(), 2);
}

void TestTheme::jsonColoursFollowTheScheme() {
    ThemeManager::instance()->apply(ThemeManager::Choice::Light);
    QTextDocument document(QStringLiteral("{\"name\": \"x\"}"));
    JsonHighlighter highlighter(&document);
    auto keyColour = [&] {
        const QList<QTextLayout::FormatRange> formats = document.firstBlock().layout()->formats();
        return formats.isEmpty() ? QColor() : formats.first().format.foreground().color();
    };
    QTRY_VERIFY(keyColour().isValid());  // the first highlighting is queued
    const QColor light = keyColour();
    QVERIFY(light.lightness() < 128);  // dark text on the light base
    ThemeManager::instance()->apply(ThemeManager::Choice::Dark);
    QVERIFY(keyColour().lightness() >= 128);  // re-highlighted for the dark base
    ThemeManager::instance()->apply(ThemeManager::Choice::Light);
    QCOMPARE(keyColour(), light);
}

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
