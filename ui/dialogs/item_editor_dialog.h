// ItemEditorDialog: view and edit one item, or create one.
//
// Left, a form (ItemEditorModel in a tree view with ItemValueDelegate):
// type-aware editors for all ten types, maps and lists as subtrees with add
// and remove, sets as editable member lists. Right, the same item as DynamoDB
// JSON in a highlighted text editor. The two stay in sync: form edits rewrite
// the JSON at once; JSON edits are applied to the form when the text parses
// (shortly after typing stops), otherwise the JSON's error is shown.
//
// An existing item is read with a strongly consistent GetItem when the dialog
// opens. Saving sends a PutItem whose condition detects concurrent changes
// (ItemEditorRequests): on ConditionalCheckFailedException the dialog says the
// item changed since it was opened and offers Reload (discard the edits, read
// it again) or Overwrite; a new item that collides with an existing key
// offers Overwrite. Validate sends a dry-run PutItem, so the engine's own
// rules check the item and its exact message is shown. Every request carries
// a generation; answers to superseded requests are dropped.
//
// Open it with open() (window-modal); it never blocks the GUI thread.
//
// Thread-safety: GUI thread only.
#pragma once

#include "models/items_source.h"

#include <nlohmann/json.hpp>

#include <QDialog>

#include <memory>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class QTreeView;

namespace shardscope::ui {

class Backend;
class BackendReply;
class ItemEditorModel;

class ItemEditorDialog : public QDialog {
    Q_OBJECT

public:
    // Edits the item of `table` (a table source) whose primary key is `key`,
    // or a new item if `key` is null or empty. `backend` must not be null.
    ItemEditorDialog(std::shared_ptr<Backend> backend, ItemsSource table, nlohmann::json key,
                     QWidget* parent = nullptr);
    ~ItemEditorDialog() override;

    ItemEditorModel* model() const { return m_model; }
    QTreeView* formView() const { return m_form; }
    QPlainTextEdit* jsonEdit() const { return m_json; }
    bool isNewItem() const { return m_loaded.is_null(); }
    bool isBusy() const { return m_busy; }
    // The message under the editors: engine errors, validation results.
    QString messageText() const;
    // The item as last read (null for a new item).
    const nlohmann::json& loadedItem() const { return m_loaded; }

    // What the buttons do.
    void save();
    void validate();
    void reload();
    void overwrite();

signals:
    // The item was read (or a new one prepared) and is shown.
    void loaded();
    // The item was written; `key` is its primary key.
    void itemSaved(const nlohmann::json& key);
    // A Validate finished: `ok` if the engine accepts the item.
    void validated(bool ok, const QString& message);

private:
    enum class Write { Create, Replace, Overwrite };

    void buildUi();
    void load();
    void onLoaded(quint64 generation, const BackendReply& reply);
    void write(Write mode);
    void onWritten(quint64 generation, Write mode, const nlohmann::json& item, const BackendReply& reply);
    void askAboutConflict(Write mode);
    void onFormChanged();
    void applyJson();
    bool collectItem(nlohmann::json* item);
    void showMessage(const QString& text, bool error);
    void setBusy(bool busy);
    void updateButtons();
    nlohmann::json keyOf(const nlohmann::json& item) const;

    std::shared_ptr<Backend> m_backend;
    ItemsSource m_table;
    nlohmann::json m_key;     // the key being edited; null for a new item until saved
    nlohmann::json m_loaded;  // the item as read; null for a new item
    ItemEditorModel* m_model;
    QTreeView* m_form;
    QPlainTextEdit* m_json;
    QLabel* m_jsonStatus;
    QLabel* m_message;
    QPushButton* m_addAttribute;
    QPushButton* m_addChild;
    QPushButton* m_remove;
    QPushButton* m_validate;
    QPushButton* m_reload;
    QPushButton* m_save;
    QTimer* m_jsonTimer;
    quint64 m_generation = 0;
    bool m_busy = false;
    bool m_jsonValid = true;
    bool m_settingJson = false;   // the JSON text is being rewritten from the form
    bool m_applyingJson = false;  // the form is being rebuilt from the JSON text
};

}  // namespace shardscope::ui
