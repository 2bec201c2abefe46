#include "dialogs/about_dialog.h"

#include "app_icon.h"

#include <nlohmann/json.hpp>
// Only for SQLITE_VERSION, the version the engine was compiled against; the
// UI never calls SQLite (ARCHITECTURE.md).
#include <sqlite3.h>

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

#ifndef SHARDSCOPE_VERSION
#define SHARDSCOPE_VERSION "0.0.0"
#endif

namespace shardscope::ui {
namespace {

QString nlohmannVersion() {
    return QStringLiteral("%1.%2.%3")
        .arg(NLOHMANN_JSON_VERSION_MAJOR)
        .arg(NLOHMANN_JSON_VERSION_MINOR)
        .arg(NLOHMANN_JSON_VERSION_PATCH);
}

// The MIT notice of nlohmann/json stays in English: a licence is legal text
// and binds in the words its author chose.
const char kMitNotice[] =
    "Copyright &copy; 2013-2022 Niels Lohmann &lt;https://nlohmann.me&gt;<br><br>"
    "Permission is hereby granted, free of charge, to any person obtaining a copy of this software and "
    "associated documentation files (the &ldquo;Software&rdquo;), to deal in the Software without restriction, "
    "including without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, "
    "and/or sell copies of the Software, and to permit persons to whom the Software is furnished to do so, "
    "subject to the following conditions:<br><br>"
    "The above copyright notice and this permission notice shall be included in all copies or substantial "
    "portions of the Software.<br><br>"
    "THE SOFTWARE IS PROVIDED &ldquo;AS IS&rdquo;, WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, "
    "INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND "
    "NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR "
    "OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN "
    "CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.";

}  // namespace

AboutDialog::AboutDialog(QWidget* parent) : QDialog(parent), m_tabs(new QTabWidget(this)) {
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Shardscope"));

    auto* icon = new QLabel(this);
    icon->setPixmap(applicationIcon().pixmap(96, 96));
    icon->setAlignment(Qt::AlignTop);

    auto* about = new QLabel(this);
    about->setObjectName(QStringLiteral("aboutText"));
    about->setTextFormat(Qt::RichText);
    about->setWordWrap(true);
    about->setOpenExternalLinks(true);
    about->setTextInteractionFlags(Qt::TextBrowserInteraction);
    about->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    about->setText(
        tr("<h2>%1</h2>"
           "<p>A workbench for DynamoDB single-table design, with a bundled DynamoDB-compatible engine "
           "you can watch at work. Design tables, browse and edit items, build queries and generate "
           "their code; point the AWS CLI or an SDK at the local endpoint.</p>"
           "<p>Built with Qt %2 (running on Qt %3), SQLite %4 and nlohmann/json %5.</p>")
            .arg(versionText(), QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()),
                 QStringLiteral(SQLITE_VERSION), nlohmannVersion()));

    auto* aboutPage = new QWidget(this);
    auto* aboutLayout = new QHBoxLayout(aboutPage);
    aboutLayout->addWidget(icon);
    aboutLayout->addWidget(about, 1);

    auto* licences = new QTextBrowser(this);
    licences->setObjectName(QStringLiteral("licencesView"));
    licences->setOpenExternalLinks(true);
    licences->setHtml(licencesHtml());

    m_tabs->addTab(aboutPage, tr("About"));
    m_tabs->addTab(licences, tr("Licences"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    resize(560, 360);
}

QString AboutDialog::versionText() {
    return tr("Shardscope %1").arg(QStringLiteral(SHARDSCOPE_VERSION));
}

QString AboutDialog::licencesHtml() {
    return tr("<h3>Qt %1</h3>"
              "<p>The Qt Company Ltd and other contributors. Used under the GNU Lesser General Public "
              "License version 3 (LGPL-3.0), linked dynamically; you may replace the Qt libraries with "
              "your own build. See <a href=\"https://www.qt.io/licensing/\">qt.io/licensing</a> and "
              "<a href=\"https://www.gnu.org/licenses/lgpl-3.0.html\">the LGPL-3.0 text</a>.</p>"
              "<h3>SQLite %2</h3>"
              "<p>The SQLite authors dedicated SQLite to the public domain; no licence is needed. See "
              "<a href=\"https://www.sqlite.org/copyright.html\">sqlite.org/copyright.html</a>.</p>"
              "<h3>nlohmann/json %3</h3>"
              "<p>Used under the MIT licence:</p>")
               .arg(QString::fromLatin1(qVersion()), QStringLiteral(SQLITE_VERSION), nlohmannVersion()) +
           QStringLiteral("<p><small>") + QString::fromLatin1(kMitNotice) + QStringLiteral("</small></p>");
}

}  // namespace shardscope::ui
