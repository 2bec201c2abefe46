#include "dialogs/item_editor_dialog.h"

#include "backend/backend.h"
#include "delegates/item_value_delegate.h"
#include "dialogs/item_editor_model.h"
#include "dialogs/item_editor_requests.h"
#include "panes/json_highlighter.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace shardscope::ui {
namespace {

constexpr int kJsonApplyDelayMillis = 350;
constexpr int kMaxListedProblems = 5;

}  // namespace

ItemEditorDialog::ItemEditorDialog(std::shared_ptr<Backend> backend, ItemsSource table, nlohmann::json key,
                                   QWidget* parent)
    : QDialog(parent),
      m_backend(std::move(backend)),
      m_table(std::move(table)),
      m_key(key.is_object() && !key.empty() ? std::move(key) : nlohmann::json()),
      m_model(new ItemEditorModel(this)),
      m_form(new QTreeView(this)),
      m_json(new QPlainTextEdit(this)),
      m_jsonStatus(new QLabel(this)),
      m_message(new QLabel(this)),
      m_addAttribute(new QPushButton(tr("Add Attribute"), this)),
      m_addChild(new QPushButton(tr("Add Child"), this)),
      m_remove(new QPushButton(tr("Remove"), this)),
      m_validate(new QPushButton(tr("Validate"), this)),
      m_reload(new QPushButton(tr("Reload"), this)),
      m_save(new QPushButton(tr("Save"), this)),
      m_jsonTimer(new QTimer(this)) {
    Q_ASSERT(m_backend);
    setObjectName(QStringLiteral("itemEditorDialog"));
    const bool existing = !m_key.is_null();
    setWindowTitle(existing ? tr("Edit Item — %1").arg(m_table.tableName) : tr("New Item — %1").arg(m_table.tableName));
    m_model->setKeySchema(m_table.tablePartitionKey.name, m_table.tablePartitionKey.type,
                          m_table.tableSortKey ? m_table.tableSortKey->name : QString(),
                          m_table.tableSortKey ? m_table.tableSortKey->type : QString(), existing);
    buildUi();
    m_jsonTimer->setSingleShot(true);
    m_jsonTimer->setInterval(kJsonApplyDelayMillis);
    connect(m_jsonTimer, &QTimer::timeout, this, &ItemEditorDialog::applyJson);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ItemEditorDialog::onFormChanged);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ItemEditorDialog::onFormChanged);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ItemEditorDialog::onFormChanged);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ItemEditorDialog::onFormChanged);
    connect(m_json, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_settingJson)
            m_jsonTimer->start();
    });
    onFormChanged();
    if (existing) {
        load();
    } else {
        QTimer::singleShot(0, this, &ItemEditorDialog::loaded);
    }
}

ItemEditorDialog::~ItemEditorDialog() = default;

void ItemEditorDialog::buildUi() {
    resize(1040, 640);
    m_form->setObjectName(QStringLiteral("itemForm"));
    m_form->setModel(m_model);
    m_form->setItemDelegate(new ItemValueDelegate(m_form));
    m_form->setAlternatingRowColors(true);
    m_form->setUniformRowHeights(false);
    m_form->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::SelectedClicked);
    m_form->header()->setStretchLastSection(true);
    m_form->header()->resizeSection(ItemEditorModel::NameColumn, 180);
    m_form->header()->resizeSection(ItemEditorModel::TypeColumn, 64);

    m_addAttribute->setObjectName(QStringLiteral("addAttributeButton"));
    m_addChild->setObjectName(QStringLiteral("addChildButton"));
    m_addChild->setToolTip(tr("Add an entry, element or member to the selected map, list or set"));
    m_remove->setObjectName(QStringLiteral("removeNodeButton"));
    auto* formButtons = new QHBoxLayout;
    formButtons->addWidget(m_addAttribute);
    formButtons->addWidget(m_addChild);
    formButtons->addWidget(m_remove);
    formButtons->addStretch();

    auto* formTitle = new QLabel(tr("Form"), this);
    auto* jsonTitle = new QLabel(tr("DynamoDB JSON"), this);
    for (QLabel* title : {formTitle, jsonTitle}) {
        QFont font = title->font();
        font.setBold(true);
        title->setFont(font);
    }

    m_json->setObjectName(QStringLiteral("itemJsonEdit"));
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_json->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_json->setTabChangesFocus(true);
    new JsonHighlighter(m_json->document());
    m_jsonStatus->setObjectName(QStringLiteral("jsonStatusLabel"));
    m_jsonStatus->setWordWrap(true);

    auto* formSide = new QWidget(this);
    auto* formLayout = new QVBoxLayout(formSide);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addWidget(formTitle);
    formLayout->addWidget(m_form, 1);
    formLayout->addLayout(formButtons);
    auto* jsonSide = new QWidget(this);
    auto* jsonLayout = new QVBoxLayout(jsonSide);
    jsonLayout->setContentsMargins(0, 0, 0, 0);
    jsonLayout->addWidget(jsonTitle);
    jsonLayout->addWidget(m_json, 1);
    jsonLayout->addWidget(m_jsonStatus);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(formSide);
    splitter->addWidget(jsonSide);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    m_message->setObjectName(QStringLiteral("itemEditorMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_validate->setObjectName(QStringLiteral("validateButton"));
    m_validate->setToolTip(tr("Let the engine check the item without writing it"));
    m_reload->setObjectName(QStringLiteral("reloadItemButton"));
    m_reload->setToolTip(tr("Read the item again, discarding your edits"));
    m_reload->setVisible(!m_key.is_null());
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_validate, QDialogButtonBox::ActionRole);
    buttons->addButton(m_reload, QDialogButtonBox::ResetRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    buttons->addButton(m_save, QDialogButtonBox::ApplyRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_addAttribute, &QPushButton::clicked, this, [this] {
        const QModelIndex added = m_model->addChild(QModelIndex());
        m_form->setCurrentIndex(added);
        m_form->edit(added);
    });
    connect(m_addChild, &QPushButton::clicked, this, [this] {
        const QModelIndex parent = m_form->currentIndex();
        const QModelIndex added = m_model->addChild(parent);
        if (!added.isValid())
            return;
        m_form->expand(parent.sibling(parent.row(), 0));
        m_form->setCurrentIndex(added);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] { m_model->removeNode(m_form->currentIndex()); });
    connect(m_form->selectionModel(), &QItemSelectionModel::currentChanged, this, &ItemEditorDialog::updateButtons);
    connect(m_validate, &QPushButton::clicked, this, &ItemEditorDialog::validate);
    connect(m_reload, &QPushButton::clicked, this, &ItemEditorDialog::reload);
    connect(m_save, &QPushButton::clicked, this, &ItemEditorDialog::save);
    updateButtons();
}

QString ItemEditorDialog::messageText() const {
    return m_message->text();
}

void ItemEditorDialog::showMessage(const QString& text, bool error) {
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("QLabel { color: #c62828; }") : QString());
}

void ItemEditorDialog::setBusy(bool busy) {
    m_busy = busy;
    updateButtons();
}

void ItemEditorDialog::updateButtons() {
    const QModelIndex current = m_form->currentIndex();
    m_addChild->setEnabled(current.isValid() && m_model->canAddChild(current));
    m_remove->setEnabled(m_model->canRemove(current));
    m_save->setEnabled(!m_busy);
    m_validate->setEnabled(!m_busy);
    m_reload->setEnabled(!m_busy);
}

nlohmann::json ItemEditorDialog::keyOf(const nlohmann::json& item) const {
    nlohmann::json key = nlohmann::json::object();
    for (const QString& name : m_table.tableKeyNames()) {
        const auto it = item.find(name.toStdString());
        if (it != item.end())
            key[name.toStdString()] = *it;
    }
    return key;
}

// --- Form and JSON ------------------------------------------------------------------

void ItemEditorDialog::onFormChanged() {
    updateButtons();
    if (m_applyingJson)
        return;  // the text is the source of this change; do not reformat it under the cursor
    m_jsonTimer->stop();
    m_settingJson = true;
    m_json->setPlainText(QString::fromStdString(
        m_model->toItem().dump(2, ' ', false, nlohmann::json::error_handler_t::replace)));
    m_settingJson = false;
    m_jsonValid = true;
    const QStringList problems = m_model->validate();
    m_jsonStatus->setStyleSheet(problems.isEmpty() ? QString() : QStringLiteral("QLabel { color: #c62828; }"));
    m_jsonStatus->setText(problems.isEmpty() ? QString() : problems.mid(0, kMaxListedProblems).join(QLatin1Char('\n')));
}

void ItemEditorDialog::applyJson() {
    m_jsonTimer->stop();
    const std::string text = m_json->toPlainText().toStdString();
    nlohmann::json parsed;
    try {
        parsed = nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error& e) {
        m_jsonValid = false;
        m_jsonStatus->setStyleSheet(QStringLiteral("QLabel { color: #c62828; }"));
        m_jsonStatus->setText(tr("Not valid JSON: %1").arg(QString::fromUtf8(e.what())));
        return;
    }
    if (parsed.is_object() && parsed.size() == 1 && parsed.contains("Item") && parsed["Item"].is_object())
        parsed = parsed["Item"];
    QString error;
    m_applyingJson = true;
    const bool ok = m_model->setItem(parsed, &error);
    m_applyingJson = false;
    m_jsonValid = ok;
    if (!ok) {
        m_jsonStatus->setStyleSheet(QStringLiteral("QLabel { color: #c62828; }"));
        m_jsonStatus->setText(error);
        return;
    }
    m_form->expandAll();
    const QStringList problems = m_model->validate();
    m_jsonStatus->setStyleSheet(problems.isEmpty() ? QString() : QStringLiteral("QLabel { color: #c62828; }"));
    m_jsonStatus->setText(problems.mid(0, kMaxListedProblems).join(QLatin1Char('\n')));
}

bool ItemEditorDialog::collectItem(nlohmann::json* item) {
    if (m_jsonTimer->isActive())
        applyJson();  // a JSON edit still waiting to be applied counts
    if (!m_jsonValid) {
        showMessage(tr("Fix the JSON first: %1").arg(m_jsonStatus->text()), true);
        return false;
    }
    const QStringList problems = m_model->validate();
    if (!problems.isEmpty()) {
        showMessage(
            tr("The item cannot be saved yet:\n%1").arg(problems.mid(0, kMaxListedProblems).join(QLatin1Char('\n'))),
            true);
        return false;
    }
    *item = m_model->toItem();
    if (!m_loaded.is_null() && keyOf(*item) != keyOf(m_loaded)) {
        showMessage(tr("The key of an existing item cannot change; create a new item for the new key."), true);
        return false;
    }
    return true;
}

// --- Requests -------------------------------------------------------------------------

void ItemEditorDialog::load() {
    setBusy(true);
    showMessage(tr("Reading the item…"), false);
    const quint64 generation = ++m_generation;
    m_backend->call(QStringLiteral("GetItem"), ItemEditorRequests::get(m_table.tableName, m_key), this,
                    [this, generation](const BackendReply& reply) { onLoaded(generation, reply); });
}

void ItemEditorDialog::onLoaded(quint64 generation, const BackendReply& reply) {
    if (generation != m_generation)
        return;
    setBusy(false);
    if (!reply.ok()) {
        showMessage(reply.error().displayText(), true);
        return;
    }
    const auto item = reply.response().find("Item");
    if (item == reply.response().end() || !item->is_object()) {
        // Gone since the list was read: saving creates it anew.
        m_loaded = nlohmann::json();
        m_model->setKeySchema(m_table.tablePartitionKey.name, m_table.tablePartitionKey.type,
                              m_table.tableSortKey ? m_table.tableSortKey->name : QString(),
                              m_table.tableSortKey ? m_table.tableSortKey->type : QString(), false);
        m_model->setItem(m_key);
        showMessage(tr("The item no longer exists; saving creates it again."), true);
        emit loaded();
        return;
    }
    m_loaded = *item;
    QString error;
    if (!m_model->setItem(m_loaded, &error))
        showMessage(error, true);
    else
        showMessage(QString(), false);
    m_form->expandAll();
    emit loaded();
}

void ItemEditorDialog::reload() {
    if (m_key.is_null())
        return;
    load();
}

void ItemEditorDialog::save() {
    write(m_loaded.is_null() ? Write::Create : Write::Replace);
}

void ItemEditorDialog::overwrite() {
    write(Write::Overwrite);
}

void ItemEditorDialog::write(Write mode) {
    nlohmann::json item;
    if (m_busy || !collectItem(&item))
        return;
    QString note;
    const auto requestMode = mode == Write::Create    ? ItemEditorRequests::Write::Create
                             : mode == Write::Replace ? ItemEditorRequests::Write::Replace
                                                      : ItemEditorRequests::Write::Overwrite;
    const nlohmann::json request = ItemEditorRequests::put(m_table.tableName, item, m_loaded,
                                                           m_table.tablePartitionKey.name, requestMode, &note);
    setBusy(true);
    showMessage(note.isEmpty() ? tr("Saving…") : note, false);
    const quint64 generation = ++m_generation;
    m_backend->call(QStringLiteral("PutItem"), request, this,
                    [this, generation, mode, written = request["Item"]](const BackendReply& reply) {
                        onWritten(generation, mode, written, reply);
                    });
}

void ItemEditorDialog::onWritten(quint64 generation, Write mode, const nlohmann::json& item,
                                 const BackendReply& reply) {
    if (generation != m_generation)
        return;
    setBusy(false);
    if (reply.ok()) {
        m_loaded = item;
        m_key = keyOf(item);
        showMessage(tr("Saved."), false);
        emit itemSaved(m_key);
        accept();
        return;
    }
    if (reply.error().type == QLatin1String("ConditionalCheckFailedException") && mode != Write::Overwrite) {
        askAboutConflict(mode);
        return;
    }
    // The engine's verdict, verbatim: it is the authority on what an item may be.
    showMessage(reply.error().displayText(), true);
}

void ItemEditorDialog::askAboutConflict(Write mode) {
    const bool created = mode == Write::Create;
    auto* box = new QMessageBox(QMessageBox::Warning, windowTitle(),
                                created ? tr("An item with this key already exists.")
                                        : tr("The item changed since you opened it."),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("itemConflictBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(created ? tr("Overwrite it with this item, or go back and change the key?")
                                    : tr("Someone else wrote or deleted it. Reload it (your edits are lost), or "
                                         "overwrite it with your version (their change is lost)?"));
    QPushButton* reloadButton = nullptr;
    if (!created) {
        reloadButton = box->addButton(tr("Reload"), QMessageBox::ResetRole);
        reloadButton->setObjectName(QStringLiteral("conflictReloadButton"));
    }
    QPushButton* overwriteButton = box->addButton(tr("Overwrite"), QMessageBox::DestructiveRole);
    overwriteButton->setObjectName(QStringLiteral("conflictOverwriteButton"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    showMessage(box->text(), true);
    connect(box, &QMessageBox::buttonClicked, this, [this, reloadButton, overwriteButton](QAbstractButton* clicked) {
        if (clicked == overwriteButton)
            overwrite();
        else if (reloadButton && clicked == reloadButton)
            reload();
    });
    box->open();
}

void ItemEditorDialog::validate() {
    nlohmann::json item;
    if (m_busy || !collectItem(&item))
        return;
    setBusy(true);
    showMessage(tr("Asking the engine…"), false);
    const quint64 generation = ++m_generation;
    m_backend->call(QStringLiteral("PutItem"),
                    ItemEditorRequests::dryRun(m_table.tableName, item, m_table.tablePartitionKey.name), this,
                    [this, generation](const BackendReply& reply) {
                        if (generation != m_generation)
                            return;
                        setBusy(false);
                        // The dry run's condition never holds: failing it means everything before it passed.
                        const bool ok =
                            !reply.ok() && reply.error().type == QLatin1String("ConditionalCheckFailedException");
                        const QString message = ok ? tr("The engine accepts this item.")
                                                   : reply.ok() ? tr("The engine wrote the item during a dry run.")
                                                                : reply.error().displayText();
                        showMessage(message, !ok);
                        emit validated(ok, message);
                    });
}

}  // namespace shardscope::ui
