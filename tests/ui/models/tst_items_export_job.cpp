// Tests ui/models/items_export_job.cpp and items_export_writer.cpp: every page
// of a Scan/Query exported to DynamoDB JSON (one {"Item": ...} per line) and
// to CSV (header from all attributes, RFC 4180 quoting), cancel, and errors.
#include "../items_test_support.h"

#include "backend/local_backend.h"
#include "models/items_export_job.h"

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

Outcome runJob(ItemsExportJob& job) {
    Outcome outcome;
    bool done = false;
    QObject::connect(&job, &ItemsExportJob::finished, [&](bool ok, bool cancelled, const QString& message) {
        outcome = {ok, cancelled, message};
        done = true;
    });
    job.start();
    if (!QTest::qWaitFor([&] { return done; }, 60000))
        qWarning("export did not finish");
    return outcome;
}

nlohmann::json trickyItem() {
    nlohmann::json item = {{"pk", {{"S", "tricky"}}},
                           {"text", {{"S", "a, \"quoted\"\nline"}}},
                           {"unicode", {{"S", "Grüße ☃"}}},
                           {"bin", {{"B", "AAEC/w=="}}},
                           {"flag", {{"BOOL", false}}},
                           {"nothing", {{"NULL", true}}}};
    item["tags"] = {{"SS", nlohmann::json::array({"x", "y"})}};
    nlohmann::json deep = {{"M", {{"deep", {{"S", "yes"}}}}}};
    nlohmann::json list = nlohmann::json::array({nlohmann::json{{"N", "1.5"}}, deep});
    item["nested"] = {{"M", {{"list", {{"L", list}}}}}};
    return item;
}

QByteArray readAll(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

}  // namespace

class TestItemsExportJob : public QObject {
    Q_OBJECT

private slots:
    void init();
    void exportsEveryPageAsDynamoDbJson();
    void exportsEveryPageAsCsv();
    void exportsOnlyWhatTheQuerySelects();
    void cancelLeavesNoFile();
    void reportsTheEnginesError();

private:
    std::shared_ptr<engine::Engine> m_engine;
    std::shared_ptr<LocalBackend> m_backend;
    QTemporaryDir m_dir;
};

void TestItemsExportJob::init() {
    m_backend.reset();
    m_engine = test::openMemoryEngine();
    SS_CREATE_TABLE(*m_engine, "exports", "pk");
    test::fillTable(*m_engine, "exports", 2345);
    QVERIFY(test::callEngine(*m_engine, "PutItem", {{"TableName", "exports"}, {"Item", trickyItem()}}).isEmpty());
    m_backend = std::make_shared<LocalBackend>(m_engine);
}

void TestItemsExportJob::exportsEveryPageAsDynamoDbJson() {
    const QString path = m_dir.filePath(QStringLiteral("all.json"));
    ItemsQuery query;
    query.source = test::tableSource(*m_engine, "exports");
    ItemsExportJob job(m_backend, query, path, ItemsExportWriter::Format::DynamoDbJson);
    job.setPageLimit(100);  // 24 pages
    QSignalSpy progress(&job, &ItemsExportJob::progressed);
    const Outcome outcome = runJob(job);
    QVERIFY2(outcome.ok, qPrintable(outcome.message));
    QVERIFY(outcome.message.contains(QLatin1String("2346")));
    QVERIFY(progress.size() >= 20);
    QCOMPARE(job.exportedCount(), 2346);

    const QList<QByteArray> lines = readAll(path).split('\n');
    QCOMPARE(lines.size(), 2347);  // a newline after every item
    QVERIFY(lines.last().isEmpty());
    std::map<std::string, nlohmann::json> exported;
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        const nlohmann::json record = nlohmann::json::parse(lines.at(i).toStdString());
        QCOMPARE(record.size(), std::size_t(1));
        QVERIFY(record.contains("Item"));
        exported[record["Item"]["pk"].dump()] = record["Item"];
    }
    const auto stored = test::scanAll(*m_engine, "exports");
    QCOMPARE(exported.size(), stored.size());
    for (const auto& [key, item] : stored)
        SS_COMPARE_JSON(exported[item["pk"].dump()], item);
}

void TestItemsExportJob::exportsEveryPageAsCsv() {
    const QString path = m_dir.filePath(QStringLiteral("all.csv"));
    ItemsQuery query;
    query.source = test::tableSource(*m_engine, "exports");
    ItemsExportJob job(m_backend, query, path, ItemsExportWriter::Format::Csv);
    job.setPageLimit(250);
    const Outcome outcome = runJob(job);
    QVERIFY2(outcome.ok, qPrintable(outcome.message));

    const QString text = QString::fromUtf8(readAll(path));
    const QStringList lines = text.split(QStringLiteral("\r\n"));
    // Header: the key first, then every attribute any item had.
    const QStringList header = lines.front().split(QLatin1Char(','));
    QCOMPARE(header.front(), QStringLiteral("pk"));
    for (const char* name : {"n", "kind", "extra", "text", "unicode", "bin", "flag", "nothing", "tags", "nested"})
        QVERIFY2(header.contains(QLatin1String(name)), name);
    QCOMPARE(header.size(), 11);
    // One record per item (the tricky one spans two lines inside quotes), and a final CRLF.
    QCOMPARE(lines.size(), 1 + 2346 + 1);
    QVERIFY(lines.last().isEmpty());
    auto field = [&](const QString& name) { return int(header.indexOf(name)); };
    // A numbered item (one without commas inside): its values in its columns, nothing elsewhere.
    const QString row = *std::find_if(lines.begin(), lines.end(),
                                      [](const QString& line) { return line.startsWith(QLatin1String("item-31,")); });
    const QStringList fields = row.split(QLatin1Char(','));
    QCOMPARE(fields.size(), header.size());
    QCOMPARE(fields.at(field(QStringLiteral("n"))), QStringLiteral("31"));
    QCOMPARE(fields.at(field(QStringLiteral("kind"))), QStringLiteral("blue"));
    QVERIFY(fields.at(field(QStringLiteral("text"))).isEmpty());
    // RFC 4180 quoting, UTF-8, binaries as base64, containers as DynamoDB JSON.
    QVERIFY(text.contains(QStringLiteral("\"a, \"\"quoted\"\"\nline\"")));
    QVERIFY(text.contains(QStringLiteral("Grüße ☃")));
    QVERIFY(text.contains(QStringLiteral("AAEC/w==")));
    QVERIFY(text.contains(QStringLiteral("\"[\"\"x\"\",\"\"y\"\"]\"")));
    QVERIFY(text.contains(QStringLiteral("{\"\"list\"\":{\"\"L\"\":[{\"\"N\"\":\"\"1.5\"\"}")));
}

void TestItemsExportJob::exportsOnlyWhatTheQuerySelects() {
    const QString path = m_dir.filePath(QStringLiteral("filtered.json"));
    ItemsQuery query;
    query.source = test::tableSource(*m_engine, "exports");
    ItemsFilter filter;
    QVERIFY(ItemsFilter::parse(QStringLiteral("n"), QStringLiteral("<100"), QStringLiteral("N"), &filter, nullptr));
    query.filters.append(filter);
    ItemsExportJob job(m_backend, query, path, ItemsExportWriter::Format::DynamoDbJson);
    job.setPageLimit(100);
    const Outcome outcome = runJob(job);
    QVERIFY2(outcome.ok, qPrintable(outcome.message));
    QCOMPARE(job.exportedCount(), 100);
    QCOMPARE(readAll(path).count('\n'), 100);
}

void TestItemsExportJob::cancelLeavesNoFile() {
    const QString path = m_dir.filePath(QStringLiteral("cancelled.json"));
    ItemsQuery query;
    query.source = test::tableSource(*m_engine, "exports");
    ItemsExportJob job(m_backend, query, path, ItemsExportWriter::Format::Csv);
    job.setPageLimit(20);
    bool cancelledOnce = false;
    connect(&job, &ItemsExportJob::progressed, this, [&] {
        if (!cancelledOnce) {
            cancelledOnce = true;
            job.cancel();
        }
    });
    const Outcome outcome = runJob(job);
    QVERIFY(cancelledOnce);
    QVERIFY(!outcome.ok);
    QVERIFY(outcome.cancelled);
    QVERIFY(outcome.message.contains(QLatin1String("cancelled")));
    QVERIFY(!QFile::exists(path));
    QVERIFY(job.exportedCount() < 2346);
    // Nothing else is left in the folder either (no half-written temporary file).
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("cancelled*")}, QDir::Files), QStringList());
}

void TestItemsExportJob::reportsTheEnginesError() {
    const QString path = m_dir.filePath(QStringLiteral("missing.json"));
    ItemsQuery query;
    query.source = test::tableSource(*m_engine, "exports");
    query.source.tableName = QStringLiteral("no-such-table");
    ItemsExportJob job(m_backend, query, path, ItemsExportWriter::Format::DynamoDbJson);
    const Outcome outcome = runJob(job);
    QVERIFY(!outcome.ok);
    QVERIFY(!outcome.cancelled);
    const auto direct = m_engine->call("Scan", {{"TableName", "no-such-table"}, {"Limit", 1}});
    QVERIFY(!direct.ok());
    QVERIFY2(outcome.message.contains(QString::fromStdString(direct.error().message())), qPrintable(outcome.message));
    QVERIFY(!QFile::exists(path));
}

QTEST_MAIN(TestItemsExportJob)
#include "tst_items_export_job.moc"
