#include "widgets/filter_header.h"

#include <QAbstractScrollArea>
#include <QLineEdit>
#include <QScrollBar>
#include <QTimer>

namespace shardscope::ui {

FilterHeader::FilterHeader(QWidget* parent) : QHeaderView(Qt::Horizontal, parent) {
    setSectionsClickable(false);
    setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    connect(this, &QHeaderView::sectionResized, this, &FilterHeader::placeEditors);
    connect(this, &QHeaderView::sectionMoved, this, &FilterHeader::placeEditors);
    connect(this, &QHeaderView::geometriesChanged, this, &FilterHeader::placeEditors);
    // The view scrolls the header after its scroll bar moved; follow it once it has.
    if (auto* view = qobject_cast<QAbstractScrollArea*>(parent))
        connect(view->horizontalScrollBar(), &QScrollBar::valueChanged, this, &FilterHeader::placeEditors,
                Qt::QueuedConnection);
}

void FilterHeader::setModel(QAbstractItemModel* newModel) {
    if (model())
        disconnect(model(), nullptr, this, nullptr);
    QHeaderView::setModel(newModel);
    if (newModel) {
        // Columns come and go with every query; rebuild once the model settles.
        auto schedule = [this] {
            if (m_rebuildPending)
                return;
            m_rebuildPending = true;
            QTimer::singleShot(0, this, &FilterHeader::rebuildEditors);
        };
        connect(newModel, &QAbstractItemModel::columnsInserted, this, schedule);
        connect(newModel, &QAbstractItemModel::columnsRemoved, this, schedule);
        connect(newModel, &QAbstractItemModel::modelReset, this, schedule);
        connect(newModel, &QAbstractItemModel::headerDataChanged, this, schedule);
    }
    rebuildEditors();
}

QSize FilterHeader::sizeHint() const {
    QSize size = QHeaderView::sizeHint();
    if (!m_editors.isEmpty())
        size.setHeight(size.height() + m_editors.front()->sizeHint().height() + 4);
    return size;
}

void FilterHeader::updateGeometries() {
    // The titles keep their own height; the boxes sit in a margin below them.
    if (!m_editors.isEmpty())
        setViewportMargins(0, 0, 0, m_editors.front()->sizeHint().height() + 4);
    else
        setViewportMargins(0, 0, 0, 0);
    QHeaderView::updateGeometries();
    placeEditors();
}

QString FilterHeader::titleOf(int column) const {
    return model() ? model()->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString() : QString();
}

QLineEdit* FilterHeader::editor(int column) const {
    return column >= 0 && column < m_editors.size() ? m_editors.at(column) : nullptr;
}

void FilterHeader::rebuildEditors() {
    m_rebuildPending = false;
    const int columns = model() ? model()->columnCount() : 0;
    while (m_editors.size() > columns)
        delete m_editors.takeLast();
    while (m_editors.size() < columns) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(QStringLiteral("columnFilter"));
        edit->setPlaceholderText(tr("Filter"));
        edit->setClearButtonEnabled(true);
        edit->setFrame(true);
        connect(edit, &QLineEdit::editingFinished, this, [this, edit] { commit(edit); });
        // Clearing (the clear button) applies at once.
        connect(edit, &QLineEdit::textChanged, this, [this, edit](const QString& text) {
            if (text.isEmpty())
                commit(edit);
        });
        m_editors.append(edit);
        edit->show();
    }
    for (int column = 0; column < m_editors.size(); ++column) {
        QLineEdit* edit = m_editors.at(column);
        const QString title = titleOf(column);
        const QSignalBlocker blocker(edit);
        edit->setText(m_texts.value(title));
        applyStyle(edit, title);
    }
    updateGeometries();
}

void FilterHeader::commit(QLineEdit* edit) {
    const QString title = titleOf(int(m_editors.indexOf(edit)));
    if (title.isEmpty())
        return;
    const QString text = edit->text().trimmed();
    if (text == m_texts.value(title))
        return;
    if (text.isEmpty())
        m_texts.remove(title);
    else
        m_texts.insert(title, text);
    m_errors.remove(title);
    applyStyle(edit, title);
    emit filterChanged(title, text);
}

void FilterHeader::placeEditors() {
    if (m_editors.isEmpty())
        return;
    const int top = QHeaderView::sizeHint().height();
    const int height = m_editors.front()->sizeHint().height();
    for (int column = 0; column < m_editors.size(); ++column) {
        QLineEdit* edit = m_editors.at(column);
        if (isSectionHidden(column)) {
            edit->hide();
            continue;
        }
        edit->setGeometry(sectionViewportPosition(column) + 1, top + 2, sectionSize(column) - 2, height);
        edit->show();
    }
}

void FilterHeader::setFilterText(const QString& title, const QString& text) {
    if (text.trimmed().isEmpty())
        m_texts.remove(title);
    else
        m_texts.insert(title, text.trimmed());
    for (int column = 0; column < m_editors.size(); ++column)
        if (titleOf(column) == title) {
            const QSignalBlocker blocker(m_editors.at(column));
            m_editors.at(column)->setText(text.trimmed());
        }
}

void FilterHeader::clearFilters() {
    m_texts.clear();
    m_errors.clear();
    for (QLineEdit* edit : std::as_const(m_editors)) {
        const QSignalBlocker blocker(edit);
        edit->clear();
        applyStyle(edit, QString());
    }
}

void FilterHeader::setError(const QString& title, const QString& error) {
    if (error.isEmpty())
        m_errors.remove(title);
    else
        m_errors.insert(title, error);
    for (int column = 0; column < m_editors.size(); ++column)
        if (titleOf(column) == title)
            applyStyle(m_editors.at(column), title);
}

void FilterHeader::setHelpText(const QString& text) {
    m_help = text;
    for (int column = 0; column < m_editors.size(); ++column)
        applyStyle(m_editors.at(column), titleOf(column));
}

void FilterHeader::applyStyle(QLineEdit* edit, const QString& title) const {
    const QString error = m_errors.value(title);
    edit->setToolTip(error.isEmpty() ? m_help : error);
    edit->setStyleSheet(error.isEmpty() ? QString() : QStringLiteral("QLineEdit { border: 1px solid #c62828; }"));
}

}  // namespace shardscope::ui
