// Theme: light and dark colour schemes for the whole application, on Qt's
// Fusion style, following the system unless the user picks one.
//
// Qt 6.4 has no QStyleHints::colorScheme(), so "follow the system" means:
// the palette the platform gave the application before any theme was applied
// (a dark window colour means a dark desktop), or a GTK_THEME ending in
// ":dark", or SHARDSCOPE_COLOR_SCHEME=dark|light to force it. While the
// choice is System, the manager listens for the platform's theme-change
// events and re-applies.
//
// applyTheme() sets the style (Fusion, whose palettes are complete in both
// schemes), the application palette and a "darkTheme" dynamic property on
// qApp that delegates may read to pick their accent colours.
//
// Thread-safety: GUI thread only.
#pragma once

#include <QObject>
#include <QPalette>
#include <QString>

namespace shardscope::ui {

class ThemeManager : public QObject {
    Q_OBJECT

public:
    enum class Choice { System, Light, Dark };
    Q_ENUM(Choice)

    // The one manager of the running QApplication; created on first use,
    // after the QApplication. It remembers the platform palette at that moment.
    static ThemeManager* instance();

    // Applies `choice` now and, for System, whenever the platform's theme changes.
    void apply(Choice choice);
    Choice choice() const { return m_choice; }
    // Whether the palette in effect is the dark one.
    bool isDark() const { return m_dark; }
    // What System would resolve to right now.
    bool systemPrefersDark() const;

    // "system", "light", "dark" <-> Choice; unknown text reads as System.
    static QString toString(Choice choice);
    static Choice fromString(const QString& text);

    static QPalette lightPalette();
    static QPalette darkPalette();

signals:
    // The palette in effect changed between light and dark.
    void schemeChanged(bool dark);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit ThemeManager(QObject* parent);
    void applyScheme(bool dark);

    QPalette m_platformPalette;
    Choice m_choice = Choice::System;
    bool m_dark = false;
    bool m_applied = false;
    bool m_applying = false;  // our own setPalette() also sends change events
};

}  // namespace shardscope::ui
