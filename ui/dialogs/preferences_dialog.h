// PreferencesDialog: Edit ▸ Preferences…: the settings a user changes by hand.
//
// Shows and edits, in the given Settings: the local endpoint's port and the
// engine's TTL sweep interval (both take effect at the next start, because
// the engine and the endpoint are opened before the window), the colour
// scheme (applied at once through ThemeManager) and the UI language (next
// start). Nothing is written until OK; Cancel leaves the settings and the
// theme as they were.
//
// Thread-safety: GUI thread only.
#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace shardscope::ui {

class Settings;

class PreferencesDialog : public QDialog {
    Q_OBJECT

public:
    // `settings` must outlive the dialog.
    explicit PreferencesDialog(Settings* settings, QWidget* parent = nullptr);

    // Writes the inputs to the settings and applies the theme; called on OK.
    void apply();

signals:
    // apply() changed something that needs a restart (port, sweep interval, language).
    void restartRequired();

private:
    Settings* m_settings;
    QSpinBox* m_port;
    QDoubleSpinBox* m_ttlInterval;
    QComboBox* m_theme;
    QComboBox* m_language;
    QLabel* m_restartNote;
    QDialogButtonBox* m_buttons;
};

}  // namespace shardscope::ui
