// Tests ui/models/items_import_job.cpp and items_import_reader.cpp: CSV
// (header, quoting, key types, detected numbers) and DynamoDB JSON (lines and
// arrays) imported through BatchWriteItem, errors naming the line, cancel, and
// a round trip through the exporter.
#include "../items_test_support.h"

#include "backend/local_backend.h"
#include "models/items_batch_writer.h"
#include "models/items_export_job.h"
#include "models/items_import_job.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace shardscope;
using namespace shardscope::ui;

namespace {

struct Outcome {
    bool ok = false;
    bool cancelled = false;
    QString message;
};

template <typename Job>
Outcome runJob(Job& job) {
    Outcome outcome;
    bool done = false;
    QObject::connect(&job, &Job::finished, [&](bool ok, bool cancelled, const QString& message) {
        outcome = {ok, cancelled, message};
        done = true;
    });
    job.start();
    if (!QTest::qWaitFor([&] { return done; }, 120000))
        qWarning("job did not finish");
    return outcome;
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content) {
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

nlohmann::json getItem(engine::Engine& engine, const std::string& table, const nlohmann::json& key) {
    nlohmann::json response;
    const QString error = test::callEngine(engine, "GetItem", {{"TableName", table}, {"Key", key}}, &response);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return response.value("Item", nlohmann::json());
}

ItemsImportOptions csvOptions(const QString& path, bool detectNumbers) {
    ItemsImportOptions options;
    options.path = path;
    options.format = ItemsImportOptions::Format::Csv;
    options.partitionKey = QStringLiteral("pk");
    options.sortKey = QStringLiteral("sk");
    options.sortKeyType = QStringLiteral("N");
    options.detectNumbers = detectNumbers;
    return options;
}

}  // namespace

class TestItemsImportJob : public QObject {
    Q_OBJECT

private slots:
    void init();
    void importsCsv();
    void csvErrorsNameTheLine();
    void importsDynamoDbJsonLinesAndArrays();
    void jsonErrorsNameTheLine();
    void cancelStopsReadingAndWriting();
    void roundTripsThroughTheExporter_data();
    void roundTripsThroughTheExporter();

private:
    std::shared_ptr<engine::Engine> m_engine;
    std::shared_ptr<LocalBackend> m_backend;
    QTemporaryDir m_dir;
};

void TestItemsImportJob::init() {
    m_backend.reset();
    m_engine = test::openMemoryEngine();
    SS_CREATE_TABLE(*m_engine, "imports", "pk", "S", "sk", "N");
    m_backend = std::make_shared<LocalBackend>(m_engine);
}

void TestItemsImportJob::importsCsv() {
    const QByteArray csv = "\xEF\xBB\xBFpk,sk,name,count,note,code\r\n"
                           "alpha,1,Alpha,42,\"a, b\",007\r\n"
                           "alpha,2,\"Quote \"\"me\"\"\",-3.5,\"two\nlines\",12\n"
                           "\r\n"
                           "beta,10,Grüße,,,1e3\r\n";
    const QString path = writeFile(m_dir, QStringLiteral("items.csv"), csv);
    ItemsImportJob job(m_backend, QStringLiteral("imports"), {QStringLiteral("pk"), QStringLiteral("sk")},
                       csvOptions(path, true));
    const Outcome outcome = runJob(job);
    QVERIFY2(outcome.ok, qPrintable(outcome.message));
    QCOMPARE(job.writtenCount(), 3);
    QVERIFY(outcome.message.contains(QLatin1String("3")));

    SS_COMPARE_JSON(getItem(*m_engine, "imports", {{"pk", {{"S", "alpha"}}}, {"sk", {{"N", "1"}}}}),
                    nlohmann::json::parse(R"({"pk": {"S": "alpha"}, "sk": {"N": "1"}, "name": {"S": "Alpha"},
                        "count": {"N": "42"}, "note": {"S": "a, b"}, "code": {"S": "007"}})"));
    SS_COMPARE_JSON(getItem(*m_engine, "imports", {{"pk", {{"S", "alpha"}}}, {"sk", {{"N", "2"}}}}),
                    nlohmann::json::parse(R"({"pk": {"S": "alpha"}, "sk": {"N": "2"}, "name": {"S": "Quote \"me\""},
                        "count": {"N": "-3.5"}, "note": {"S": "two\nlines"}, "code": {"N": "12"}})"));
    // Empty fields are left out; "1e3" is no plain number, so it stays text.
    SS_COMPARE_JSON(getItem(*m_engine, "imports", {{"pk", {{"S", "beta"}}}, {"sk", {{"N", "10"}}}}),
                    nlohmann::json::parse(R"({"pk": {"S": "beta"}, "sk": {"N": "10"}, "name": {"S": "Grüße"},
                        "code": {"S": "1e3"}})"));

    // Without "detect numbers" every non-key column is a string.
    ItemsImportJob plain(m_backend, QStringLiteral("imports"), {QStringLiteral("pk"), QStringLiteral("sk")},
                         csvOptions(path, false));
    QVERIFY(runJob(plain).ok);
    SS_COMPARE_JSON(getItem(*m_engine, "imports", {{"pk", {{"S", "alpha"}}}, {"sk", {{"N", "1"}}}})["count"],
                    (nlohmann::json{{"S", "42"}}));
}

void TestItemsImportJob::csvErrorsNameTheLine() {
    const QString badNumber =
        writeFile(m_dir, QStringLiteral("bad.csv"), "pk,sk,name\nok,1,fine\nbad,x,oops\nlater,3,never\n");
    ItemsImportJob job(m_backend, QStringLiteral("imports"), {QStringLiteral("pk"), QStringLiteral("sk")},
                       csvOptions(badNumber, false));
    Outcome outcome = runJob(job);
    QVERIFY(!outcome.ok);
    QVERIFY(!outcome.cancelled);
    QVERIFY2(outcome.message.contains(QStringLiteral("Line 3, column “sk”")) &&
                 outcome.message.contains(QLatin1String("not a number")),
             qPrintable(outcome.message));
    QVERIFY(getItem(*m_engine, "imports", {{"pk", {{"S", "later"}}}, {"sk", {{"N", "3"}}}}).is_null());

    const QString noKey = writeFile(m_dir, QStringLiteral("nokey.csv"), "pk,name\na,b\n");
    ItemsImportJob missing(m_backend, QStringLiteral("imports"), {QStringLiteral("pk"), QStringLiteral("sk")},
                           csvOptions(noKey, false));
    outcome = runJob(missing);
    QVERIFY(!outcome.ok);
    QVERIFY2(outcome.message.contains(QStringLiteral("no column “sk”")), qPrintable(outcome.message));

    const QString emptyKey = writeFile(m_dir, QStringLiteral("emptykey.csv"), "pk,sk\n,1\n");
    ItemsImportJob empty(m_backend, QStringLiteral("imports"), {QStringLiteral("pk"), QStringLiteral("sk")},
                         csvOptions(emptyKey, false));
    outcome = runJob(empty);
    QVERIFY2(outcome.message.contains(QStringLiteral("Line 2: the key attribute “pk” is empty")),
             qPrintable(outcome.message));
}

void TestItemsImportJob::importsDynamoDbJsonLinesAndArrays() {
    const QString lines = writeFile(
        m_dir, QStringLiteral("items.json"),
        "{\"Item\":{\"pk\":{\"S\":\"l1\"},\"sk\":{\"N\":\"1\"},\"m\":{\"M\":{\"a\":{\"SS\":[\"x\",\"y\"]}}}}}\n"
        "\n"
        "{\"pk\":{\"S\":\"l2\"},\"sk\":{\"N\":\"2\"},\"b\":{\"B\":\"AAE=\"},\"ok\":{\"BOOL\":true}}\r\n");
    ItemsImportOptions options;
    options.path = lines;
    ItemsImportJob job(m_backend, QStringLiteral("imports"), {QStringLiteral("pk"), QStringLiteral("sk")}, options);
    Outcome outcome = runJob(job);
    QVERIFY2(outcome.ok, qPrintable(outcome.message));
    QCOMPARE(job.writtenCount(), 2);
    SS_COMPARE_JSON(getItem(*m_engine, "imports", {{"pk", {{"S", "l1"}}}, {"sk", {{"N", "1"}}}})["m"],
                    nlohmann::json::parse(R"({"M": {"a": {"SS": ["x", "y"]}}})"));
    SS_COMPARE_JSON(getItem(*m_engine, "imports", {{"pk", {{"S", "l2"}}}, {"sk", {{"N", "2"}}}})["b"],
                    (nlohmann::json{{"B", "AAE="}}));

    // A JSON array, big enough for several chunks, streamed.
    nlohmann::json array = nlohmann::json::array();
    for (int i = 0; i < 1000; ++i)
        array.push_back(i % 2 ? nlohmann::json{{"Item", test::numberedItem(i, 7)}} : test::numberedItem(i, 7));
    options.path = writeFile(m_dir, QStringLiteral("array.json"), QByteArray::fromStdString(array.dump(1)));
    ItemsImportJob arrays(m_backend, QStringLiteral("imports"), {QStringLiteral("pk"), QStringLiteral("sk")}, options);
    QSignalSpy progress(&arrays, &ItemsImportJob::progressed);
    outcome = runJob(arrays);
    QVERIFY2(outcome.ok, qPrintable(outcome.message));
    QCOMPARE(arrays.writtenCount(), 1000);
    QVERIFY(progress.size() >= 40);  // one per batch of 25
    QCOMPARE(progress.last().at(1).toLongLong(), progress.last().at(2).toLongLong());  // all bytes read
    QCOMPARE(test::scanAll(*m_engine, "imports").size(), std::size_t(1002));
    SS_COMPARE_JSON(getItem(*m_engine, "imports", {{"pk", {{"S", "p3"}}}, {"sk", {{"N", "100"}}}}),
                    test::numberedItem(703, 7));
}

void TestItemsImportJob::jsonErrorsNameTheLine() {
    ItemsImportOptions options;
    options.path = writeFile(m_dir, QStringLiteral("bad.json"),
                             "{\"Item\":{\"pk\":{\"S\":\"a\"},\"sk\":{\"N\":\"1\"}}}\n{\"pk\": \"plain\"}\n");
    ItemsImportJob job(m_backend, QStringLiteral("imports"), {QStringLiteral("pk"), QStringLiteral("sk")}, options);
    Outcome outcome = runJob(job);
    QVERIFY(!outcome.ok);
    QVERIFY2(outcome.message.contains(QLatin1String("Line 2")) && outcome.message.contains(QStringLiteral("“pk”")),
             qPrintable(outcome.message));

    // What only the engine knows (an item without its sort key) comes back in its words.
    options.path = writeFile(m_dir, QStringLiteral("nosort.json"), "{\"Item\":{\"pk\":{\"S\":\"a\"}}}\n");
    ItemsImportJob engineError(m_backend, QStringLiteral("imports"), {QStringLiteral("pk"), QStringLiteral("sk")},
                               options);
    outcome = runJob(engineError);
    QVERIFY(!outcome.ok);
    const auto direct = m_engine->call(
        "BatchWriteItem", {{"RequestItems", {{"imports", {{{"PutRequest", {{"Item", {{"pk", {{"S", "a"}}}}}}}}}}}}});
    QVERIFY(!direct.ok());
    QVERIFY2(outcome.message.contains(QString::fromStdString(direct.error().message())), qPrintable(outcome.message));
}

void TestItemsImportJob::cancelStopsReadingAndWriting() {
    QByteArray content;
    for (int i = 0; i < 20000; ++i)
        content += QByteArray::fromStdString(nlohmann::json{{"Item", test::numberedItem(i, 100)}}.dump()) + '\n';
    ItemsImportOptions options;
    options.path = writeFile(m_dir, QStringLiteral("big.json"), content);
    ItemsImportJob job(m_backend, QStringLiteral("imports"), {QStringLiteral("pk"), QStringLiteral("sk")}, options);
    bool cancelled = false;
    connect(&job, &ItemsImportJob::progressed, this, [&](qint64 written) {
        if (!cancelled && written >= 100) {
            cancelled = true;
            job.cancel();
        }
    });
    const Outcome outcome = runJob(job);
    QVERIFY(cancelled);
    QVERIFY(!outcome.ok);
    QVERIFY(outcome.cancelled);
    QVERIFY2(outcome.message.contains(QLatin1String("cancelled")), qPrintable(outcome.message));
    QTest::qWait(100);  // nothing more arrives after a cancel
    const std::size_t stored = test::scanAll(*m_engine, "imports").size();
    QVERIFY(stored >= 100);
    QVERIFY2(stored < 20000, qPrintable(QString::number(stored)));
    QVERIFY(stored <= std::size_t(job.writtenCount()) + ItemsBatchWriter::kBatchSize);
}

void TestItemsImportJob::roundTripsThroughTheExporter_data() {
    QTest::addColumn<bool>("csv");
    QTest::newRow("DynamoDB JSON") << false;
    QTest::newRow("CSV") << true;
}

void TestItemsImportJob::roundTripsThroughTheExporter() {
    QFETCH(bool, csv);
    SS_CREATE_TABLE(*m_engine, "source", "pk", "S", "sk", "N");
    // CSV carries strings and (detected) numbers only; JSON carries everything.
    for (int i = 0; i < 600; ++i) {
        nlohmann::json item = test::numberedItem(i, 13);
        if (csv)
            item.erase("extra");
        QVERIFY(test::callEngine(*m_engine, "PutItem", {{"TableName", "source"}, {"Item", item}}).isEmpty());
    }
    const QString path = m_dir.filePath(csv ? QStringLiteral("round.csv") : QStringLiteral("round.json"));
    ItemsQuery query;
    query.source = test::tableSource(*m_engine, "source");
    ItemsExportJob exporter(m_backend, query, path,
                            csv ? ItemsExportWriter::Format::Csv : ItemsExportWriter::Format::DynamoDbJson);
    QVERIFY(runJob(exporter).ok);

    ItemsImportOptions options = csvOptions(path, true);
    options.format = csv ? ItemsImportOptions::Format::Csv : ItemsImportOptions::Format::DynamoDbJson;
    ItemsImportJob importer(m_backend, QStringLiteral("imports"), {QStringLiteral("pk"), QStringLiteral("sk")},
                            options);
    const Outcome outcome = runJob(importer);
    QVERIFY2(outcome.ok, qPrintable(outcome.message));
    QCOMPARE(importer.writtenCount(), 600);
    const auto original = test::scanAll(*m_engine, "source");
    const auto copy = test::scanAll(*m_engine, "imports");
    QCOMPARE(copy.size(), original.size());
    for (const auto& [key, item] : original)
        SS_COMPARE_JSON(copy.at(key), item);
}

QTEST_MAIN(TestItemsImportJob)
#include "tst_items_import_job.moc"
