// Tests ui/dialogs/new_table_dialog.cpp: the CreateTable request it builds,
// its busy state, and that the engine is the one judge of valid input.
#include "../ui_test_support.h"

#include "backend/local_backend.h"
#include "dialogs/new_table_dialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace shardscope;
using namespace shardscope::ui;

namespace {

template <typename T>
T* child(const QWidget& dialog, const char* name) {
    T* widget = dialog.findChild<T*>(QLatin1String(name));
    if (!widget)
        qFatal("no child %s", name);
    return widget;
}

}  // namespace

class TestNewTableDialog : public QObject {
    Q_OBJECT

private slots:
    void buildsAnOnDemandRequestWithPartitionKeyOnly();
    void buildsAProvisionedRequestWithSortKey();
    void createsTheTableAndAccepts();
    void showsErrorsAndStaysOpen();
};

void TestNewTableDialog::buildsAnOnDemandRequestWithPartitionKeyOnly() {
    NewTableDialog dialog(std::make_shared<LocalBackend>(test::openMemoryEngine()));
    auto* create = child<QPushButton>(dialog, "createButton");
    QVERIFY(!create->isEnabled());
    child<QLineEdit>(dialog, "tableNameEdit")->setText(QStringLiteral("Orders"));
    QVERIFY(!create->isEnabled());
    child<QLineEdit>(dialog, "partitionKeyEdit")->setText(QStringLiteral("PK"));
    QVERIFY(create->isEnabled());
    QVERIFY(!child<QComboBox>(dialog, "sortKeyTypeCombo")->isEnabled());
    QVERIFY(!child<QSpinBox>(dialog, "readCapacitySpin")->isEnabled());

    const nlohmann::json expected = nlohmann::json::parse(R"({
        "TableName": "Orders",
        "AttributeDefinitions": [{"AttributeName": "PK", "AttributeType": "S"}],
        "KeySchema": [{"AttributeName": "PK", "KeyType": "HASH"}],
        "BillingMode": "PAY_PER_REQUEST"})");
    QCOMPARE(QString::fromStdString(dialog.createTableRequest().dump()), QString::fromStdString(expected.dump()));
}

void TestNewTableDialog::buildsAProvisionedRequestWithSortKey() {
    NewTableDialog dialog(std::make_shared<LocalBackend>(test::openMemoryEngine()));
    child<QLineEdit>(dialog, "tableNameEdit")->setText(QStringLiteral("Events"));
    child<QLineEdit>(dialog, "partitionKeyEdit")->setText(QStringLiteral("device"));
    child<QComboBox>(dialog, "partitionKeyTypeCombo")->setCurrentIndex(2);  // Binary
    child<QLineEdit>(dialog, "sortKeyEdit")->setText(QStringLiteral("at"));
    child<QComboBox>(dialog, "sortKeyTypeCombo")->setCurrentIndex(1);  // Number
    child<QRadioButton>(dialog, "provisionedRadio")->setChecked(true);
    QVERIFY(child<QSpinBox>(dialog, "readCapacitySpin")->isEnabled());
    child<QSpinBox>(dialog, "readCapacitySpin")->setValue(12);
    child<QSpinBox>(dialog, "writeCapacitySpin")->setValue(3);

    const nlohmann::json expected = nlohmann::json::parse(R"({
        "TableName": "Events",
        "AttributeDefinitions": [{"AttributeName": "device", "AttributeType": "B"},
                                 {"AttributeName": "at", "AttributeType": "N"}],
        "KeySchema": [{"AttributeName": "device", "KeyType": "HASH"},
                      {"AttributeName": "at", "KeyType": "RANGE"}],
        "BillingMode": "PROVISIONED",
        "ProvisionedThroughput": {"ReadCapacityUnits": 12, "WriteCapacityUnits": 3}})");
    QCOMPARE(QString::fromStdString(dialog.createTableRequest().dump()), QString::fromStdString(expected.dump()));
}

void TestNewTableDialog::createsTheTableAndAccepts() {
    auto engine = test::openMemoryEngine();
    NewTableDialog dialog(std::make_shared<LocalBackend>(engine));
    QSignalSpy created(&dialog, &NewTableDialog::tableCreated);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.show();
    child<QLineEdit>(dialog, "tableNameEdit")->setText(QStringLiteral("Events"));
    child<QLineEdit>(dialog, "partitionKeyEdit")->setText(QStringLiteral("device"));
    child<QLineEdit>(dialog, "sortKeyEdit")->setText(QStringLiteral("at"));
    child<QRadioButton>(dialog, "provisionedRadio")->setChecked(true);

    QTest::mouseClick(child<QPushButton>(dialog, "createButton"), Qt::LeftButton);
    QVERIFY(dialog.isBusy());
    QVERIFY(!child<QLineEdit>(dialog, "tableNameEdit")->isEnabled());
    QVERIFY(!child<QPushButton>(dialog, "createButton")->isEnabled());
    QTRY_COMPARE(accepted.count(), 1);
    QCOMPARE(created.count(), 1);
    QCOMPARE(created[0][0].toString(), QStringLiteral("Events"));

    nlohmann::json described;
    QVERIFY(test::callEngine(*engine, "DescribeTable", {{"TableName", "Events"}}, &described).isEmpty());
    QCOMPARE(QString::fromStdString(described["Table"]["KeySchema"][1]["AttributeName"].get<std::string>()),
             QStringLiteral("at"));
    QCOMPARE(described["Table"]["ProvisionedThroughput"]["ReadCapacityUnits"].get<int>(), 5);
}

void TestNewTableDialog::showsErrorsAndStaysOpen() {
    auto engine = test::openMemoryEngine();
    SS_CREATE_TABLE(*engine, "Events", "device");
    NewTableDialog dialog(std::make_shared<LocalBackend>(engine));
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.show();
    // Partition and sort key with the same name: DynamoDB says no.
    child<QLineEdit>(dialog, "tableNameEdit")->setText(QStringLiteral("Twice"));
    child<QLineEdit>(dialog, "partitionKeyEdit")->setText(QStringLiteral("k"));
    child<QLineEdit>(dialog, "sortKeyEdit")->setText(QStringLiteral("k"));
    auto direct = engine->call("CreateTable", dialog.createTableRequest());
    QVERIFY(!direct.ok());
    QTest::mouseClick(child<QPushButton>(dialog, "createButton"), Qt::LeftButton);
    QTRY_VERIFY(!dialog.isBusy());
    QVERIFY2(dialog.errorText().contains(QString::fromStdString(direct.error().message())),
             qPrintable(dialog.errorText()));
    QVERIFY(child<QLabel>(dialog, "errorLabel")->isVisible());
    QVERIFY(dialog.isVisible());
    QCOMPARE(accepted.count(), 0);

    // An existing table: the engine's ResourceInUseException, under its own headline.
    child<QLineEdit>(dialog, "tableNameEdit")->setText(QStringLiteral("Events"));
    child<QLineEdit>(dialog, "sortKeyEdit")->clear();
    QTest::mouseClick(child<QPushButton>(dialog, "createButton"), Qt::LeftButton);
    QVERIFY(dialog.errorText().isEmpty());  // cleared while the new attempt runs
    QTRY_VERIFY(!dialog.errorText().isEmpty());
    QVERIFY2(dialog.errorText().startsWith(QLatin1String("The table already exists or is busy.")),
             qPrintable(dialog.errorText()));
    QCOMPARE(accepted.count(), 0);
}

QTEST_MAIN(TestNewTableDialog)
#include "tst_new_table_dialog.moc"
