// Tests ui/dialogs/item_editor_model.cpp: all ten types to a tree and back,
// type changes, adding and removing children, validation, and the key rules;
// QAbstractItemModelTester watches every change.
#include "../items_test_support.h"

#include "dialogs/item_editor_model.h"
#include "shardscope/engine/decimal.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace shardscope;
using namespace shardscope::ui;

namespace {

const char* const kAllTypes = R"({
    "pk": {"S": "p1"}, "sk": {"N": "5"},
    "s": {"S": "text"}, "n": {"N": "-12.5"}, "b": {"B": "SGVsbG8="}, "t": {"BOOL": true}, "z": {"NULL": true},
    "m": {"M": {"city": {"S": "Berlin"}, "geo": {"M": {"lat": {"N": "52.5"}}}}},
    "l": {"L": [{"S": "x"}, {"N": "2"}, {"L": []}]},
    "ss": {"SS": ["a", "b"]}, "ns": {"NS": ["1", "2"]}, "bs": {"BS": ["AA=="]}})";

QModelIndex find(const ItemEditorModel& model, const QString& name, const QModelIndex& parent = QModelIndex()) {
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, ItemEditorModel::NameColumn, parent);
        if (index.data().toString() == name)
            return index;
    }
    return {};
}

QModelIndex column(const QModelIndex& index, int column) {
    return index.sibling(index.row(), column);
}

}  // namespace

class TestItemEditorModel : public QObject {
    Q_OBJECT

private slots:
    void roundTripsAllTenTypes();
    void editsValuesAndTypes();
    void addsAndRemovesChildren();
    void validatesWhatTheFormCan();
    void keepsKeysFirstAndLocked();
    void rejectsWhatIsNoItem();
};

void TestItemEditorModel::roundTripsAllTenTypes() {
    ItemEditorModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setKeySchema(QStringLiteral("pk"), QStringLiteral("S"), QStringLiteral("sk"), QStringLiteral("N"), true);
    const nlohmann::json item = nlohmann::json::parse(kAllTypes);
    QString error;
    QVERIFY2(model.setItem(item, &error), qPrintable(error));
    SS_COMPARE_JSON(model.toItem(), item);
    QCOMPARE(model.rowCount(), 12);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("pk"));  // keys first
    QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("sk"));
    QVERIFY(model.validate().isEmpty());

    const QModelIndex m = find(model, QStringLiteral("m"));
    QCOMPARE(model.rowCount(m), 2);
    QCOMPARE(column(m, ItemEditorModel::ValueColumn).data().toString(), QStringLiteral("2 entries"));
    const QModelIndex geo = find(model, QStringLiteral("geo"), m);
    QCOMPARE(column(find(model, QStringLiteral("lat"), geo), ItemEditorModel::ValueColumn).data().toString(),
             QStringLiteral("52.5"));
    const QModelIndex l = find(model, QStringLiteral("l"));
    QCOMPARE(model.index(1, 0, l).data().toString(), QString());  // the delegate shows "[1]"
    QCOMPARE(model.index(1, ItemEditorModel::TypeColumn, l).data().toString(), QStringLiteral("N"));
    const QModelIndex ns = find(model, QStringLiteral("ns"));
    QCOMPARE(model.index(0, ItemEditorModel::ValueColumn, ns).data().toString(), QStringLiteral("1"));
    QCOMPARE(column(find(model, QStringLiteral("z")), ItemEditorModel::ValueColumn).data().toString(),
             QStringLiteral("null"));
    QVERIFY(!(model.flags(column(find(model, QStringLiteral("z")), ItemEditorModel::ValueColumn)) &
              Qt::ItemIsEditable));
}

void TestItemEditorModel::editsValuesAndTypes() {
    ItemEditorModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setKeySchema(QStringLiteral("pk"), QStringLiteral("S"), QString(), QString(), false);
    QVERIFY(model.setItem(nlohmann::json::parse(kAllTypes)));
    QVERIFY(model.setData(column(find(model, QStringLiteral("n")), ItemEditorModel::ValueColumn), QStringLiteral("7")));
    QVERIFY(
        model.setData(column(find(model, QStringLiteral("t")), ItemEditorModel::ValueColumn), QStringLiteral("false")));
    QVERIFY(model.setData(find(model, QStringLiteral("s")), QStringLiteral("renamed")));
    nlohmann::json item = model.toItem();
    SS_COMPARE_JSON(item["n"], (nlohmann::json{{"N", "7"}}));
    SS_COMPARE_JSON(item["t"], (nlohmann::json{{"BOOL", false}}));
    QVERIFY(!item.contains("s"));
    SS_COMPARE_JSON(item["renamed"], (nlohmann::json{{"S", "text"}}));

    // S -> N keeps the text; a list becomes a map with index names and back; sets convert members.
    const QModelIndex renamed = find(model, QStringLiteral("renamed"));
    QVERIFY(model.setData(column(renamed, ItemEditorModel::TypeColumn), QStringLiteral("N")));
    SS_COMPARE_JSON(model.toItem()["renamed"], (nlohmann::json{{"N", "text"}}));
    QVERIFY(!model.validate().isEmpty());  // "text" is no number
    QVERIFY(model.setData(column(find(model, QStringLiteral("l")), ItemEditorModel::TypeColumn), QStringLiteral("M")));
    SS_COMPARE_JSON(model.toItem()["l"],
                    nlohmann::json::parse(R"({"M": {"0": {"S": "x"}, "1": {"N": "2"}, "2": {"L": []}}})"));
    QVERIFY(
        model.setData(column(find(model, QStringLiteral("ss")), ItemEditorModel::TypeColumn), QStringLiteral("NS")));
    SS_COMPARE_JSON(model.toItem()["ss"], nlohmann::json::parse(R"({"NS": ["a", "b"]})"));
    // A container becoming a scalar drops its children.
    QVERIFY(
        model.setData(column(find(model, QStringLiteral("m")), ItemEditorModel::TypeColumn), QStringLiteral("BOOL")));
    SS_COMPARE_JSON(model.toItem()["m"], (nlohmann::json{{"BOOL", false}}));
    QCOMPARE(model.rowCount(find(model, QStringLiteral("m"))), 0);
    // Set members take only their set's element type.
    const QModelIndex bs = find(model, QStringLiteral("bs"));
    QCOMPARE(model.allowedTypes(model.index(0, 1, bs)), QStringList{QStringLiteral("B")});
    QVERIFY(!(model.flags(model.index(0, ItemEditorModel::TypeColumn, bs)) & Qt::ItemIsEditable));
}

void TestItemEditorModel::addsAndRemovesChildren() {
    ItemEditorModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setKeySchema(QStringLiteral("pk"), QStringLiteral("S"), QString(), QString(), false);
    QVERIFY(model.setItem(nlohmann::json::parse(kAllTypes)));
    const QModelIndex attribute = model.addChild(QModelIndex());
    QCOMPARE(attribute.data().toString(), QStringLiteral("newAttribute"));
    QCOMPARE(model.addChild(QModelIndex()).data().toString(), QStringLiteral("newAttribute2"));

    const QModelIndex m = find(model, QStringLiteral("m"));
    const QModelIndex entry = model.addChild(m);
    QVERIFY(entry.isValid());
    QVERIFY(model.setData(entry, QStringLiteral("zip")));
    QVERIFY(model.setData(column(entry, ItemEditorModel::TypeColumn), QStringLiteral("N")));
    QVERIFY(model.setData(column(entry, ItemEditorModel::ValueColumn), QStringLiteral("10115")));
    SS_COMPARE_JSON(model.toItem()["m"]["M"]["zip"], (nlohmann::json{{"N", "10115"}}));

    const QModelIndex l = find(model, QStringLiteral("l"));
    const QModelIndex element = model.addChild(model.index(2, 0, l));  // into the nested empty list
    QVERIFY(element.isValid());
    QVERIFY(model.setData(column(element, ItemEditorModel::ValueColumn), QStringLiteral("deep")));
    SS_COMPARE_JSON(model.toItem()["l"]["L"][2], nlohmann::json::parse(R"({"L": [{"S": "deep"}]})"));
    QVERIFY(model.removeNode(model.index(0, 0, l)));
    SS_COMPARE_JSON(model.toItem()["l"]["L"][0], (nlohmann::json{{"N", "2"}}));
    SS_COMPARE_JSON(model.toItem()["l"]["L"].size(), std::size_t(2));

    const QModelIndex ss = find(model, QStringLiteral("ss"));
    const QModelIndex member = model.addChild(ss);
    QVERIFY(model.setData(column(member, ItemEditorModel::ValueColumn), QStringLiteral("c")));
    SS_COMPARE_JSON(model.toItem()["ss"], nlohmann::json::parse(R"({"SS": ["a", "b", "c"]})"));
    QVERIFY(!model.canAddChild(find(model, QStringLiteral("s"))));
    QVERIFY(!model.addChild(find(model, QStringLiteral("s"))).isValid());
    QVERIFY(model.removeNode(find(model, QStringLiteral("ss"))));
    QVERIFY(!model.toItem().contains("ss"));
}

void TestItemEditorModel::validatesWhatTheFormCan() {
    ItemEditorModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setKeySchema(QStringLiteral("pk"), QStringLiteral("S"), QString(), QString(), false);
    QVERIFY(model.setItem(nlohmann::json::parse(
        R"({"pk": {"S": "k"}, "n": {"N": "1e200"}, "b": {"B": "not base64!"}, "ss": {"SS": ["a", "a"]},
            "m": {"M": {"": {"S": "x"}}}, "es": {"NS": []}})")));
    const QStringList errors = model.validate();
    QCOMPARE(errors.size(), 5);
    const QString all = errors.join(QLatin1Char('\n'));
    // The number's message is the engine's own.
    const auto direct = engine::Decimal::parse("1e200");
    QVERIFY(!direct.ok());
    QVERIFY2(all.contains(QStringLiteral("n: ") + QString::fromStdString(direct.error().message())), qPrintable(all));
    QVERIFY(all.contains(QLatin1String("b: Not base64")));
    QVERIFY(all.contains(QStringLiteral("ss[1]: The set holds “a” more than once.")));
    QVERIFY(all.contains(QLatin1String("m.: The name is empty.")));
    QVERIFY(all.contains(QLatin1String("es: A set cannot be empty")));
    QVERIFY(!column(find(model, QStringLiteral("n")), 2).data(ItemEditorModel::ErrorRole).toString().isEmpty());
    QVERIFY(column(find(model, QStringLiteral("pk")), 2).data(ItemEditorModel::ErrorRole).toString().isEmpty());

    // Two attributes of one name.
    QVERIFY(model.setData(find(model, QStringLiteral("b")), QStringLiteral("n")));
    QVERIFY(model.validate().join(QLatin1Char('\n')).contains(QStringLiteral("“n” appears more than once")));
}

void TestItemEditorModel::keepsKeysFirstAndLocked() {
    ItemEditorModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // A new item: empty key rows of the key types, editable values.
    model.setKeySchema(QStringLiteral("id"), QStringLiteral("N"), QStringLiteral("at"), QStringLiteral("S"), false);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, ItemEditorModel::TypeColumn).data().toString(), QStringLiteral("N"));
    QVERIFY(model.flags(model.index(0, ItemEditorModel::ValueColumn)) & Qt::ItemIsEditable);
    QVERIFY(!(model.flags(model.index(0, ItemEditorModel::NameColumn)) & Qt::ItemIsEditable));
    QCOMPARE(model.allowedTypes(model.index(0, 1)), (QStringList{QStringLiteral("S"), QStringLiteral("N"),
                                                                 QStringLiteral("B")}));
    QVERIFY(!model.canRemove(model.index(0, 0)));
    QVERIFY(model.validate().join(QLatin1Char('\n')).contains(QStringLiteral("“id” needs a value")));

    // An existing item: keys keep their values; other attributes come after them.
    model.setKeySchema(QStringLiteral("id"), QStringLiteral("N"), QStringLiteral("at"), QStringLiteral("S"), true);
    QVERIFY(model.setItem(nlohmann::json::parse(R"({"a": {"S": "1"}, "at": {"S": "x"}, "id": {"N": "3"}})")));
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("id"));
    QCOMPARE(model.index(2, 0).data().toString(), QStringLiteral("a"));
    QVERIFY(!(model.flags(model.index(0, ItemEditorModel::ValueColumn)) & Qt::ItemIsEditable));
    QVERIFY(!model.setData(model.index(0, ItemEditorModel::ValueColumn), QStringLiteral("4")));
    QVERIFY(model.index(0, 0).data(ItemEditorModel::KeyRole).toBool());
}

void TestItemEditorModel::rejectsWhatIsNoItem() {
    ItemEditorModel model;
    model.setKeySchema(QStringLiteral("pk"), QStringLiteral("S"), QString(), QString(), false);
    QVERIFY(model.setItem(nlohmann::json::parse(R"({"pk": {"S": "kept"}})")));
    QString error;
    QVERIFY(!model.setItem(nlohmann::json::parse(R"({"pk": {"S": "x"}, "bad": {"X": 1}})"), &error));
    QVERIFY2(error.contains(QLatin1String("bad")), qPrintable(error));
    QVERIFY(!model.setItem(nlohmann::json::parse(R"({"n": {"N": 5}})"), &error));
    QVERIFY2(error.contains(QLatin1String("JSON string")), qPrintable(error));
    QVERIFY(!model.setItem(nlohmann::json::array(), &error));
    SS_COMPARE_JSON(model.toItem(), nlohmann::json::parse(R"({"pk": {"S": "kept"}})"));  // unchanged
}

QTEST_MAIN(TestItemEditorModel)
#include "tst_item_editor_model.moc"
