#include "dialogs/preferences_dialog.h"

#include "i18n/translator.h"
#include "settings/settings.h"
#include "theme/theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace shardscope::ui {
namespace {

constexpr double kMaxSweepIntervalSeconds = 86400.0;

}  // namespace

PreferencesDialog::PreferencesDialog(Settings* settings, QWidget* parent)
    : QDialog(parent),
      m_settings(settings),
      m_port(new QSpinBox(this)),
      m_ttlInterval(new QDoubleSpinBox(this)),
      m_theme(new QComboBox(this)),
      m_language(new QComboBox(this)),
      m_restartNote(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    Q_ASSERT(m_settings);
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));

    m_port->setObjectName(QStringLiteral("endpointPortSpin"));
    m_port->setRange(1, 65535);
    m_port->setValue(m_settings->endpointPort());
    m_port->setToolTip(tr("The loopback port on which the embedded engine speaks the DynamoDB protocol "
                          "(--endpoint-url http://127.0.0.1:PORT). If it is taken, a free port is used."));

    m_ttlInterval->setObjectName(QStringLiteral("ttlSweepIntervalSpin"));
    m_ttlInterval->setRange(0.0, kMaxSweepIntervalSeconds);
    m_ttlInterval->setDecimals(1);
    m_ttlInterval->setSuffix(tr(" s"));
    m_ttlInterval->setSpecialValueText(tr("Off"));
    m_ttlInterval->setValue(m_settings->ttlSweepIntervalSeconds());
    m_ttlInterval->setToolTip(tr("How often the TTL sweeper looks for expired items and deletes them; "
                                 "0 switches background sweeping off"));

    m_theme->setObjectName(QStringLiteral("themeCombo"));
    m_theme->addItem(tr("Follow the system"), ThemeManager::toString(ThemeManager::Choice::System));
    m_theme->addItem(tr("Light"), ThemeManager::toString(ThemeManager::Choice::Light));
    m_theme->addItem(tr("Dark"), ThemeManager::toString(ThemeManager::Choice::Dark));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(m_settings->theme())));
    m_theme->setToolTip(tr("Light or dark colours; “Follow the system” uses the desktop's choice"));

    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("System default"), QString());
    for (const QString& code : Translator::availableLanguages()) {
        // Each language in its own words, as in View ▸ Language.
        QString name = code == QLatin1String("en") ? QStringLiteral("English") : QLocale(code).nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        m_language->addItem(name.isEmpty() ? code : name, code);
    }
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_settings->language())));
    m_language->setToolTip(tr("The language of the workbench; takes effect at the next start"));

    auto* engineBox = new QGroupBox(tr("Embedded engine"), this);
    auto* engineForm = new QFormLayout(engineBox);
    engineForm->addRow(tr("Endpoint &port:"), m_port);
    engineForm->addRow(tr("&TTL sweep interval:"), m_ttlInterval);

    auto* appearanceBox = new QGroupBox(tr("Appearance"), this);
    auto* appearanceForm = new QFormLayout(appearanceBox);
    appearanceForm->addRow(tr("&Theme:"), m_theme);
    appearanceForm->addRow(tr("&Language:"), m_language);

    m_restartNote->setObjectName(QStringLiteral("restartNote"));
    m_restartNote->setWordWrap(true);
    m_restartNote->setForegroundRole(QPalette::PlaceholderText);
    m_restartNote->setText(tr("The port, the sweep interval and the language take effect when Shardscope is "
                              "restarted; the theme changes at once."));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(engineBox);
    layout->addWidget(appearanceBox);
    layout->addWidget(m_restartNote);
    layout->addStretch();
    layout->addWidget(m_buttons);
    setMinimumWidth(440);

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void PreferencesDialog::apply() {
    const bool restart = m_port->value() != m_settings->endpointPort() ||
                         !qFuzzyCompare(1.0 + m_ttlInterval->value(), 1.0 + m_settings->ttlSweepIntervalSeconds()) ||
                         m_language->currentData().toString() != m_settings->language();
    m_settings->setEndpointPort(static_cast<quint16>(m_port->value()));
    m_settings->setTtlSweepIntervalSeconds(m_ttlInterval->value());
    m_settings->setLanguage(m_language->currentData().toString());
    const QString theme = m_theme->currentData().toString();
    m_settings->setTheme(theme);
    m_settings->sync();
    ThemeManager::instance()->apply(ThemeManager::fromString(theme));
    if (restart)
        emit restartRequired();
}

}  // namespace shardscope::ui
