// Tests ui/dialogs/item_editor_dialog.cpp and item_editor_requests.cpp on a
// real engine: creating and editing items through the form and the JSON view,
// the concurrent-change path (reload or overwrite), version attributes, and
// validation by the engine's own rules.
#include "../items_test_support.h"

#include "backend/local_backend.h"
#include "dialogs/item_editor_dialog.h"
#include "dialogs/item_editor_model.h"
#include "dialogs/item_editor_requests.h"

#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace shardscope;
using namespace shardscope::ui;

namespace {

QModelIndex find(const ItemEditorModel& model, const QString& name, const QModelIndex& parent = QModelIndex()) {
    for (int row = 0; row < model.rowCount(parent); ++row)
        if (model.index(row, 0, parent).data().toString() == name)
            return model.index(row, 0, parent);
    return {};
}

bool setValue(ItemEditorModel& model, const QString& name, const QString& value) {
    const QModelIndex index = find(model, name);
    return model.setData(index.sibling(index.row(), ItemEditorModel::ValueColumn), value);
}

nlohmann::json stored(engine::Engine& engine, const nlohmann::json& key) {
    nlohmann::json response;
    test::callEngine(engine, "GetItem", {{"TableName", "people"}, {"Key", key}}, &response);
    return response.value("Item", nlohmann::json());
}

// Clicks `buttonName` in the conflict box the dialog opened; returns its text.
QString answerConflict(QWidget* dialog, const char* buttonName) {
    QMessageBox* box = nullptr;
    if (!QTest::qWaitFor([&] { return (box = dialog->findChild<QMessageBox*>(QStringLiteral("itemConflictBox"))); }))
        return QStringLiteral("<no conflict box>");
    const QString text = box->text();
    auto* button = box->findChild<QPushButton*>(QLatin1String(buttonName));
    if (!button)
        return QStringLiteral("<no button %1>").arg(QLatin1String(buttonName));
    QTest::mouseClick(button, Qt::LeftButton);
    return text;
}

}  // namespace

class TestItemEditorDialog : public QObject {
    Q_OBJECT

private slots:
    void init();
    void buildsConditionalRequests();
    void createsANewItem();
    void newItemOnAnExistingKeyAsksToOverwrite();
    void editsThroughFormAndJson();
    void concurrentChangeOffersReload();
    void concurrentChangeOffersOverwrite();
    void versionAttributeGuardsAndCounts();
    void validatesWithTheEnginesRules();

private:
    ItemEditorDialog* open(const nlohmann::json& key);

    std::shared_ptr<engine::Engine> m_engine;
    std::shared_ptr<LocalBackend> m_backend;
    ItemsSource m_source;
    std::unique_ptr<QWidget> m_parent;
};

void TestItemEditorDialog::init() {
    m_parent.reset();
    m_backend.reset();
    m_engine = test::openMemoryEngine();
    SS_CREATE_TABLE(*m_engine, "people", "id", "S", "at", "N");
    m_backend = std::make_shared<LocalBackend>(m_engine);
    m_source = test::tableSource(*m_engine, "people");
    m_parent = std::make_unique<QWidget>();
    const nlohmann::json ada = nlohmann::json::parse(R"({"id": {"S": "ada"}, "at": {"N": "1"}, "name": {"S": "Ada"},
        "langs": {"SS": ["en", "fr"]}, "address": {"M": {"city": {"S": "London"}}}})");
    QVERIFY(test::callEngine(*m_engine, "PutItem", {{"TableName", "people"}, {"Item", ada}}).isEmpty());
}

ItemEditorDialog* TestItemEditorDialog::open(const nlohmann::json& key) {
    auto* dialog = new ItemEditorDialog(m_backend, m_source, key, m_parent.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QSignalSpy loaded(dialog, &ItemEditorDialog::loaded);
    dialog->open();
    if (!loaded.wait(5000) && loaded.isEmpty())
        qWarning("the editor did not load");
    return dialog;
}

void TestItemEditorDialog::buildsConditionalRequests() {
    const nlohmann::json item = nlohmann::json::parse(R"({"id": {"S": "a"}, "x": {"N": "1"}})");
    nlohmann::json request = ItemEditorRequests::put(QStringLiteral("t1"), item, nullptr, QStringLiteral("id"),
                                                     ItemEditorRequests::Write::Create);
    QCOMPARE(request["ConditionExpression"].get<std::string>(), "attribute_not_exists(#pk)");
    const nlohmann::json loaded = nlohmann::json::parse(R"({"id": {"S": "a"}, "x": {"N": "0"}, "m": {"M": {}}})");
    request = ItemEditorRequests::put(QStringLiteral("t1"), item, loaded, QStringLiteral("id"),
                                      ItemEditorRequests::Write::Replace);
    QCOMPARE(request["ConditionExpression"].get<std::string>(), "attribute_exists(#pk) AND #a0 = :a0 AND #a1 = :a1");
    SS_COMPARE_JSON(request["ExpressionAttributeNames"], (nlohmann::json{{"#pk", "id"}, {"#a0", "m"}, {"#a1", "x"}}));
    SS_COMPARE_JSON(request["ExpressionAttributeValues"][":a1"], (nlohmann::json{{"N", "0"}}));
    request = ItemEditorRequests::put(QStringLiteral("t1"), item, loaded, QStringLiteral("id"),
                                      ItemEditorRequests::Write::Overwrite);
    QVERIFY(!request.contains("ConditionExpression"));

    // Huge items: the condition stays within DynamoDB's limits and says so.
    nlohmann::json wide = {{"id", {{"S", "a"}}}};
    for (int i = 0; i < 150; ++i)
        wide["attr" + std::to_string(i)] = {{"N", std::to_string(i)}};
    QString note;
    request = ItemEditorRequests::put(QStringLiteral("t1"), wide, wide, QStringLiteral("id"),
                                      ItemEditorRequests::Write::Replace, &note);
    QVERIFY(request["ConditionExpression"].get<std::string>().size() < 4096);
    QVERIFY2(note.contains(QLatin1String("100 of 150")), qPrintable(note));
}

void TestItemEditorDialog::createsANewItem() {
    ItemEditorDialog* dialog = open(nullptr);
    QVERIFY(dialog->isNewItem());
    ItemEditorModel* model = dialog->model();
    QCOMPARE(model->rowCount(), 2);  // the key attributes, waiting for values
    QSignalSpy saved(dialog, &ItemEditorDialog::itemSaved);
    QSignalSpy finished(dialog, &QDialog::finished);
    nlohmann::json savedKey;
    connect(dialog, &ItemEditorDialog::itemSaved, this, [&](const nlohmann::json& key) { savedKey = key; });

    // Saving without key values is refused before anything is sent.
    dialog->save();
    QVERIFY2(dialog->messageText().contains(QStringLiteral("“id” needs a value")), qPrintable(dialog->messageText()));
    QVERIFY(!dialog->isBusy());

    QVERIFY(setValue(*model, QStringLiteral("id"), QStringLiteral("bob")));
    QVERIFY(setValue(*model, QStringLiteral("at"), QStringLiteral("2")));
    const QModelIndex tags = model->addChild(QModelIndex());
    QVERIFY(model->setData(tags, QStringLiteral("tags")));
    QVERIFY(model->setData(tags.sibling(tags.row(), ItemEditorModel::TypeColumn), QStringLiteral("NS")));
    QVERIFY(model->setData(model->addChild(tags).sibling(0, ItemEditorModel::ValueColumn), QStringLiteral("7")));
    // The JSON view follows the form at once.
    QVERIFY(dialog->jsonEdit()->toPlainText().contains(QLatin1String("\"NS\": [")));
    dialog->save();
    QTRY_COMPARE(saved.size(), 1);
    QCOMPARE(finished.size(), 1);
    SS_COMPARE_JSON(savedKey,
                    nlohmann::json::parse(R"({"id": {"S": "bob"}, "at": {"N": "2"}})"));
    SS_COMPARE_JSON(stored(*m_engine, {{"id", {{"S", "bob"}}}, {"at", {{"N", "2"}}}}),
                    nlohmann::json::parse(R"({"id": {"S": "bob"}, "at": {"N": "2"}, "tags": {"NS": ["7"]}})"));
}

void TestItemEditorDialog::newItemOnAnExistingKeyAsksToOverwrite() {
    ItemEditorDialog* dialog = open(nullptr);
    QVERIFY(setValue(*dialog->model(), QStringLiteral("id"), QStringLiteral("ada")));
    QVERIFY(setValue(*dialog->model(), QStringLiteral("at"), QStringLiteral("1")));
    QSignalSpy saved(dialog, &ItemEditorDialog::itemSaved);
    dialog->save();
    // attribute_not_exists() protects Ada; the user decides.
    QCOMPARE(answerConflict(dialog, "conflictOverwriteButton"),
             QStringLiteral("An item with this key already exists."));
    QTRY_COMPARE(saved.size(), 1);
    SS_COMPARE_JSON(stored(*m_engine, {{"id", {{"S", "ada"}}}, {"at", {{"N", "1"}}}}),
                    nlohmann::json::parse(R"({"id": {"S": "ada"}, "at": {"N": "1"}})"));
}

void TestItemEditorDialog::editsThroughFormAndJson() {
    const nlohmann::json key = {{"id", {{"S", "ada"}}}, {"at", {{"N", "1"}}}};
    ItemEditorDialog* dialog = open(key);
    QVERIFY(!dialog->isNewItem());
    ItemEditorModel* model = dialog->model();
    QCOMPARE(find(*model, QStringLiteral("name")).sibling(0, 2).data().toString().isEmpty(), false);
    QVERIFY(dialog->jsonEdit()->toPlainText().contains(QLatin1String("\"London\"")));
    // Key values of an existing item are fixed.
    QVERIFY(!setValue(*model, QStringLiteral("id"), QStringLiteral("eve")));

    // Form -> JSON.
    QVERIFY(setValue(*model, QStringLiteral("name"), QStringLiteral("Ada Lovelace")));
    QVERIFY(dialog->jsonEdit()->toPlainText().contains(QLatin1String("Ada Lovelace")));
    // JSON -> form, once the text parses.
    nlohmann::json edited = model->toItem();
    edited["born"] = {{"N", "1815"}};
    edited["address"]["M"]["city"] = {{"S", "Marylebone"}};
    dialog->jsonEdit()->setPlainText(QString::fromStdString(edited.dump(2)));
    QTRY_VERIFY(find(*model, QStringLiteral("born")).isValid());
    const QModelIndex address = find(*model, QStringLiteral("address"));
    QCOMPARE(find(*model, QStringLiteral("city"), address).sibling(0, 2).data().toString(),
             QStringLiteral("Marylebone"));
    // Broken JSON is reported and blocks saving, the form keeps the last good state.
    dialog->jsonEdit()->setPlainText(QStringLiteral("{\"id\": "));
    dialog->save();
    QVERIFY2(dialog->messageText().contains(QLatin1String("Fix the JSON")), qPrintable(dialog->messageText()));
    QVERIFY(find(*model, QStringLiteral("born")).isValid());
    dialog->jsonEdit()->setPlainText(QString::fromStdString(edited.dump(2)));

    QSignalSpy saved(dialog, &ItemEditorDialog::itemSaved);
    dialog->save();
    QTRY_COMPARE(saved.size(), 1);
    SS_COMPARE_JSON(stored(*m_engine, key), edited);
}

void TestItemEditorDialog::concurrentChangeOffersReload() {
    const nlohmann::json key = {{"id", {{"S", "ada"}}}, {"at", {{"N", "1"}}}};
    ItemEditorDialog* dialog = open(key);
    // Someone else changes Ada after the editor read her.
    QVERIFY(test::callEngine(*m_engine, "UpdateItem",
                             {{"TableName", "people"},
                              {"Key", key},
                              {"UpdateExpression", "SET #n = :n"},
                              {"ExpressionAttributeNames", {{"#n", "name"}}},
                              {"ExpressionAttributeValues", {{":n", {{"S", "Countess"}}}}}})
                .isEmpty());
    QVERIFY(setValue(*dialog->model(), QStringLiteral("name"), QStringLiteral("Mine")));
    QSignalSpy saved(dialog, &ItemEditorDialog::itemSaved);
    QSignalSpy loaded(dialog, &ItemEditorDialog::loaded);
    dialog->save();
    QCOMPARE(answerConflict(dialog, "conflictReloadButton"), QStringLiteral("The item changed since you opened it."));
    QTRY_COMPARE(loaded.size(), 1);
    QVERIFY(saved.isEmpty());
    // Their change is shown; ours is gone; theirs is still stored.
    QCOMPARE(find(*dialog->model(), QStringLiteral("name")).sibling(0, 2).data().toString().isEmpty(), false);
    SS_COMPARE_JSON(dialog->model()->toItem()["name"], (nlohmann::json{{"S", "Countess"}}));
    SS_COMPARE_JSON(stored(*m_engine, key)["name"], (nlohmann::json{{"S", "Countess"}}));
    // Now the editor holds the current version, and saving works.
    QVERIFY(setValue(*dialog->model(), QStringLiteral("name"), QStringLiteral("Mine after all")));
    dialog->save();
    QTRY_COMPARE(saved.size(), 1);
    SS_COMPARE_JSON(stored(*m_engine, key)["name"], (nlohmann::json{{"S", "Mine after all"}}));
}

void TestItemEditorDialog::concurrentChangeOffersOverwrite() {
    const nlohmann::json key = {{"id", {{"S", "ada"}}}, {"at", {{"N", "1"}}}};
    ItemEditorDialog* dialog = open(key);
    // Someone else deletes Ada: also a change since the editor read her.
    QVERIFY(test::callEngine(*m_engine, "DeleteItem", {{"TableName", "people"}, {"Key", key}}).isEmpty());
    QVERIFY(setValue(*dialog->model(), QStringLiteral("name"), QStringLiteral("Restored")));
    QSignalSpy saved(dialog, &ItemEditorDialog::itemSaved);
    dialog->save();
    QCOMPARE(answerConflict(dialog, "conflictOverwriteButton"),
             QStringLiteral("The item changed since you opened it."));
    QTRY_COMPARE(saved.size(), 1);
    SS_COMPARE_JSON(stored(*m_engine, key)["name"], (nlohmann::json{{"S", "Restored"}}));
}

void TestItemEditorDialog::versionAttributeGuardsAndCounts() {
    const nlohmann::json key = {{"id", {{"S", "vera"}}}, {"at", {{"N", "1"}}}};
    QVERIFY(test::callEngine(*m_engine, "PutItem",
                             {{"TableName", "people"},
                              {"Item", nlohmann::json::parse(R"({"id": {"S": "vera"}, "at": {"N": "1"},
                                   "version": {"N": "3"}, "note": {"S": "a"}})")}})
                .isEmpty());
    ItemEditorDialog* dialog = open(key);
    QVERIFY(setValue(*dialog->model(), QStringLiteral("note"), QStringLiteral("b")));
    QSignalSpy saved(dialog, &ItemEditorDialog::itemSaved);
    dialog->save();
    QTRY_COMPARE(saved.size(), 1);
    SS_COMPARE_JSON(stored(*m_engine, key)["version"], (nlohmann::json{{"N", "4"}}));

    // A writer that bumps the version is detected even if it changed nothing else we read.
    dialog = open(key);
    QVERIFY(test::callEngine(*m_engine, "UpdateItem",
                             {{"TableName", "people"},
                              {"Key", key},
                              {"UpdateExpression", "SET version = version + :one"},
                              {"ExpressionAttributeValues", {{":one", {{"N", "1"}}}}}})
                .isEmpty());
    dialog->save();
    QCOMPARE(answerConflict(dialog, "conflictReloadButton"), QStringLiteral("The item changed since you opened it."));
    QTRY_VERIFY(dialog->model()->toItem()["version"] == (nlohmann::json{{"N", "5"}}));
}

void TestItemEditorDialog::validatesWithTheEnginesRules() {
    ItemEditorDialog* dialog = open(nullptr);
    ItemEditorModel* model = dialog->model();
    QVERIFY(setValue(*model, QStringLiteral("id"), QStringLiteral("big")));
    QVERIFY(setValue(*model, QStringLiteral("at"), QStringLiteral("1")));
    QSignalSpy validated(dialog, &ItemEditorDialog::validated);
    dialog->validate();
    QTRY_COMPARE(validated.size(), 1);
    QVERIFY(validated.front().at(0).toBool());
    QCOMPARE(dialog->messageText(), QStringLiteral("The engine accepts this item."));
    QVERIFY(stored(*m_engine, {{"id", {{"S", "big"}}}, {"at", {{"N", "1"}}}}).is_null());  // a dry run writes nothing

    // Only the engine knows an item is too big: its words, exactly.
    const QModelIndex blob = model->addChild(QModelIndex());
    QVERIFY(model->setData(blob, QStringLiteral("blob")));
    QVERIFY(model->setData(blob.sibling(blob.row(), 2), QString(500 * 1024, QLatin1Char('x'))));
    const auto direct = m_engine->call("PutItem", {{"TableName", "people"}, {"Item", model->toItem()}});
    QVERIFY(!direct.ok());
    const QString expected = QString::fromStdString(direct.error().message());
    dialog->validate();
    QTRY_COMPARE(validated.size(), 2);
    QVERIFY(!validated.last().at(0).toBool());
    QVERIFY2(dialog->messageText().contains(expected), qPrintable(dialog->messageText()));
    QSignalSpy saved(dialog, &ItemEditorDialog::itemSaved);
    dialog->save();
    QTRY_VERIFY(!dialog->isBusy());
    QVERIFY(saved.isEmpty());
    QVERIFY2(dialog->messageText().contains(expected), qPrintable(dialog->messageText()));
}

QTEST_MAIN(TestItemEditorDialog)
#include "tst_item_editor_dialog.moc"
