#include "theme/theme.h"

#include <QApplication>
#include <QEvent>
#include <QStyle>
#include <QStyleFactory>

namespace shardscope::ui {
namespace {

constexpr int kDarkLightnessThreshold = 128;

}  // namespace

ThemeManager::ThemeManager(QObject* parent)
    : QObject(parent), m_platformPalette(QGuiApplication::palette()) {
    qApp->installEventFilter(this);
}

ThemeManager* ThemeManager::instance() {
    Q_ASSERT(qApp);
    // Parented to the application: gone with it, and a new QApplication (tests) gets a new one.
    auto* existing = qApp->findChild<ThemeManager*>(QString(), Qt::FindDirectChildrenOnly);
    return existing ? existing : new ThemeManager(qApp);
}

bool ThemeManager::systemPrefersDark() const {
    const QByteArray forced = qgetenv("SHARDSCOPE_COLOR_SCHEME").toLower();
    if (forced == "dark")
        return true;
    if (forced == "light")
        return false;
    // GNOME and others export e.g. GTK_THEME=Adwaita:dark for dark sessions.
    if (qgetenv("GTK_THEME").toLower().endsWith(":dark"))
        return true;
    // Platform themes (KDE, GTK via xdg-desktop-portal) hand Qt a dark palette.
    return m_platformPalette.color(QPalette::Window).lightness() < kDarkLightnessThreshold;
}

void ThemeManager::apply(Choice choice) {
    m_choice = choice;
    bool dark = false;
    switch (choice) {
    case Choice::System:
        dark = systemPrefersDark();
        break;
    case Choice::Light:
        dark = false;
        break;
    case Choice::Dark:
        dark = true;
        break;
    }
    applyScheme(dark);
}

void ThemeManager::applyScheme(bool dark) {
    const bool changed = !m_applied || dark != m_dark;
    m_applying = true;
    if (!m_applied)
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(dark ? darkPalette() : lightPalette());
    qApp->setProperty("darkTheme", dark);
    m_applying = false;
    m_applied = true;
    m_dark = dark;
    if (changed)
        emit schemeChanged(dark);
}

bool ThemeManager::eventFilter(QObject* watched, QEvent* event) {
    // ThemeChange reaches qApp when the desktop switches schemes; re-read the
    // platform's palette then, unless the user chose a scheme themselves.
    if (watched == qApp && event->type() == QEvent::ThemeChange && !m_applying) {
        if (m_choice == Choice::System) {
            m_applying = true;
            QApplication::setPalette(QPalette());  // back to the platform's, to read it
            m_platformPalette = QGuiApplication::palette();
            m_applying = false;
            applyScheme(systemPrefersDark());
        }
    }
    return QObject::eventFilter(watched, event);
}

QString ThemeManager::toString(Choice choice) {
    switch (choice) {
    case Choice::Light:
        return QStringLiteral("light");
    case Choice::Dark:
        return QStringLiteral("dark");
    case Choice::System:
        break;
    }
    return QStringLiteral("system");
}

ThemeManager::Choice ThemeManager::fromString(const QString& text) {
    if (text == QLatin1String("light"))
        return Choice::Light;
    if (text == QLatin1String("dark"))
        return Choice::Dark;
    return Choice::System;
}

QPalette ThemeManager::lightPalette() {
    QStyle* fusion = QStyleFactory::create(QStringLiteral("Fusion"));
    QPalette palette = fusion ? fusion->standardPalette() : QPalette();
    delete fusion;
    return palette;
}

QPalette ThemeManager::darkPalette() {
    // Fusion's dark scheme as Qt's own examples draw it, with readable
    // disabled text, links and placeholders.
    const QColor window(0x2d, 0x2f, 0x33);
    const QColor base(0x1f, 0x21, 0x24);
    const QColor alternate(0x27, 0x29, 0x2d);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabledText(0x7f, 0x83, 0x89);
    const QColor highlight(0x2f, 0x6f, 0xc0);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, alternate);
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3d, 0x42));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8e, 0x92, 0x98));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x38, 0x3d));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x52));
    p.setColor(QPalette::Midlight, QColor(0x3e, 0x41, 0x46));
    p.setColor(QPalette::Mid, QColor(0x26, 0x28, 0x2b));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, QColor(0x0e, 0x0e, 0x0f));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xa8, 0xf0));
    p.setColor(QPalette::LinkVisited, QColor(0xb0, 0x8c, 0xe8));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4a, 0x4d, 0x52));
    p.setColor(QPalette::Disabled, QPalette::HighlightedText, disabledText);
    return p;
}

}  // namespace shardscope::ui
