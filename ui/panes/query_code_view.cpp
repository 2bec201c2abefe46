#include "panes/query_code_view.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace shardscope::ui {
namespace {

constexpr tools::Language kLanguages[] = {tools::Language::Python, tools::Language::JavaScript, tools::Language::Java,
                                          tools::Language::AwsCli};

}  // namespace

QueryCodeView::QueryCodeView(QWidget* parent) : QTabWidget(parent) {
    setObjectName(QStringLiteral("queryCodeView"));
    const QString titles[] = {tr("Python"), tr("JavaScript"), tr("Java"), tr("AWS CLI")};
    const char* names[] = {"pythonCode", "javascriptCode", "javaCode", "cliCode"};
    for (int i = 0; i < 4; ++i) {
        auto* edit = new QPlainTextEdit(this);
        edit->setObjectName(QLatin1String(names[i]));
        edit->setReadOnly(true);
        edit->setLineWrapMode(QPlainTextEdit::NoWrap);
        edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        m_editors[i] = edit;
        addTab(edit, titles[i]);
    }
    auto* copyButton = new QToolButton(this);
    copyButton->setObjectName(QStringLiteral("copyCodeButton"));
    copyButton->setText(tr("Copy"));
    copyButton->setToolTip(tr("Copy the code shown to the clipboard"));
    copyButton->setAutoRaise(true);
    setCornerWidget(copyButton, Qt::TopRightCorner);
    connect(copyButton, &QToolButton::clicked, this, [this] { copy(kLanguages[currentIndex()]); });
}

void QueryCodeView::setRequest(const QString& operation, const nlohmann::json& request,
                               const tools::CodegenOptions& options) {
    const std::string op = operation.toStdString();
    for (int i = 0; i < 4; ++i) {
        const tools::Language language = kLanguages[i];
        const QString text = tools::supportsOperation(language, op)
                                 ? QString::fromStdString(tools::generateCode(language, op, request, options))
                                 : tr("Not available for %1.").arg(operation);
        if (m_editors[i]->toPlainText() != text) m_editors[i]->setPlainText(text);
    }
}

void QueryCodeView::clear() {
    for (QPlainTextEdit* edit : m_editors) edit->clear();
}

QString QueryCodeView::code(tools::Language language) const {
    for (int i = 0; i < 4; ++i)
        if (kLanguages[i] == language) return m_editors[i]->toPlainText();
    return {};
}

void QueryCodeView::copy(tools::Language language) const {
    QApplication::clipboard()->setText(code(language));
}

}  // namespace shardscope::ui
