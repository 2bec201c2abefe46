// Proves generated code runs: Python (boto3, Debian's /usr/bin/python3) and
// AWS CLI (/usr/bin/aws) programs from engine/tools' code generator, for all
// eight data-plane operations and for a designed table's CreateTable, are
// executed against a real `shardscope --serve` on a loopback port, and their
// effects are checked. JavaScript runs too when Node.js is installed, with a
// minimal stand-in for @aws-sdk/client-dynamodb (unsigned JSON 1.0 over
// fetch): it shows the generated request shapes are what the service takes,
// not that the real SDK is happy.
#include "serve_process.h"
#include "shardscope/tools/cli_command.h"
#include "shardscope/tools/code_generator.h"
#include "shardscope/tools/operation_spec.h"
#include "shardscope/tools/table_design.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using nlohmann::json;
using namespace shardscope::tools;

namespace {

constexpr int kClientTimeoutMs = 120000;

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
    QString describe() const { return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(exitCode).arg(out, err); }
};

quint16 freeLoopbackPort() {
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

json S(const char* s) {
    return {{"S", s}};
}
json N(const char* n) {
    return {{"N", n}};
}

// The stand-in SDK: enough of DynamoDBClient and the eight commands to send
// their input as the JSON 1.0 protocol does (binary values as base64).
constexpr const char* kStubSdk = R"JS(
const toWire = (value) => {
  if (value instanceof Uint8Array) return Buffer.from(value).toString("base64");
  if (Array.isArray(value)) return value.map(toWire);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toWire(v)]));
  }
  return value;
};
export class DynamoDBClient {
  constructor(config) { this.config = config; }
  async send(command) {
    const response = await fetch(this.config.endpoint, {
      method: "POST",
      headers: { "Content-Type": "application/x-amz-json-1.0",
                 "X-Amz-Target": "DynamoDB_20120810." + command.operation },
      body: JSON.stringify(toWire(command.input)),
    });
    const body = await response.json();
    if (!response.ok) throw new Error(body.__type + ": " + body.message);
    return body;
  }
}
class Command { constructor(input) { this.input = input; } }
)JS";

}  // namespace

class TestCodegenEndpoint : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void createsTheDesignedTableWithTheCli();
    void pythonProgramsRun();
    void cliCommandsRun();
    void javascriptProgramsSendValidRequests();

private:
    Run run(const QString& program, const QStringList& arguments);
    Run runPython(const std::string& operation, const OperationSpec& spec);
    Run runCli(const std::string& operation, const json& request);
    Run runNode(const std::string& operation, const OperationSpec& spec);
    json describeItem(const char* pk, const char* sk);

    QTemporaryDir m_dir;
    QProcessEnvironment m_env;
    ServeProcess m_server;
    CodegenOptions m_options;
    int m_files = 0;
};

void TestCodegenEndpoint::initTestCase() {
    QVERIFY2(!ServeProcess::binary().isEmpty(), "SHARDSCOPE_BINARY is not set; run the test through ctest");
    QVERIFY(m_dir.isValid());
    const quint16 port = freeLoopbackPort();
    QVERIFY(port != 0);
    m_env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"AWS_PROFILE", "AWS_DEFAULT_PROFILE", "AWS_SESSION_TOKEN", "AWS_REGION",
                             "AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_DYNAMODB", "HTTP_PROXY", "HTTPS_PROXY", "http_proxy",
                             "https_proxy", "ALL_PROXY", "all_proxy"})
        m_env.remove(QString::fromLatin1(name));
    m_env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("test"));
    m_env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("test"));
    m_env.insert(QStringLiteral("AWS_PAGER"), QString());
    m_env.insert(QStringLiteral("AWS_CONFIG_FILE"), m_dir.filePath(QStringLiteral("no-config")));
    m_env.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), m_dir.filePath(QStringLiteral("no-credentials")));
    m_env.insert(QStringLiteral("AWS_EC2_METADATA_DISABLED"), QStringLiteral("true"));
    m_env.insert(QStringLiteral("AWS_MAX_ATTEMPTS"), QStringLiteral("1"));
    m_env.insert(QStringLiteral("NO_PROXY"), QStringLiteral("127.0.0.1,localhost"));
    m_env.insert(QStringLiteral("no_proxy"), QStringLiteral("127.0.0.1,localhost"));
    QVERIFY2(m_server.start({QStringLiteral("--serve"), QStringLiteral("--port"), QString::number(port),
                             QStringLiteral("--in-memory")}),
             qPrintable(m_server.errorString()));
    m_options.endpointUrl = m_server.url().toStdString();
}

void TestCodegenEndpoint::cleanupTestCase() {
    if (m_server.isRunning()) QVERIFY(m_server.stop());
}

Run TestCodegenEndpoint::run(const QString& program, const QStringList& arguments) {
    QProcess process;
    process.setProcessEnvironment(m_env);
    process.setWorkingDirectory(m_dir.path());
    process.start(program, arguments);
    Run result;
    if (!process.waitForFinished(kClientTimeoutMs)) {
        process.kill();
        process.waitForFinished();
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

Run TestCodegenEndpoint::runPython(const std::string& operation, const OperationSpec& spec) {
    const QString path = m_dir.filePath(QStringLiteral("program%1.py").arg(++m_files));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) return {};
    file.write(QByteArray::fromStdString(generateCode(Language::Python, operation, buildRequest(spec), m_options)));
    file.close();
    return run(QStringLiteral("/usr/bin/python3"), {path});
}

Run TestCodegenEndpoint::runCli(const std::string& operation, const json& request) {
    const QString path = m_dir.filePath(QStringLiteral("command%1.sh").arg(++m_files));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) return {};
    // The generated line says `aws`; run Debian's packaged CLI whatever PATH holds.
    file.write("aws() { /usr/bin/aws \"$@\" --output json; }\n");
    file.write(QByteArray::fromStdString(generateCode(Language::AwsCli, operation, request, m_options)));
    file.close();
    return run(QStringLiteral("/bin/sh"), {path});
}

Run TestCodegenEndpoint::runNode(const std::string& operation, const OperationSpec& spec) {
    const QString path = m_dir.filePath(QStringLiteral("program%1.mjs").arg(++m_files));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) return {};
    file.write(QByteArray::fromStdString(generateCode(Language::JavaScript, operation, buildRequest(spec), m_options)));
    file.close();
    return run(QStandardPaths::findExecutable(QStringLiteral("node")), {path});
}

json TestCodegenEndpoint::describeItem(const char* pk, const char* sk) {
    Run r =
        runCli("GetItem", {{"TableName", "Orders"}, {"Key", {{"PK", S(pk)}, {"SK", S(sk)}}}, {"ConsistentRead", true}});
    if (r.exitCode != 0) return json();
    const json out = json::parse(r.out.toStdString(), nullptr, false);
    return out.is_object() && out.contains("Item") ? out["Item"] : json();
}

void TestCodegenEndpoint::createsTheDesignedTableWithTheCli() {
    if (!QFileInfo(QStringLiteral("/usr/bin/aws")).isExecutable()) QSKIP("No /usr/bin/aws (Debian package awscli)");
    TableDesign design;
    design.tableName = "Orders";
    design.partitionKey = {"PK", "S"};
    design.sortKey = {"SK", "S"};
    design.billingMode = "PROVISIONED";
    design.throughput.readCapacityUnits = 7;
    IndexDesign gsi;
    gsi.name = "ByStatus";
    gsi.partitionKey = {"status", "S"};
    gsi.projectionType = "INCLUDE";
    gsi.nonKeyAttributes = {"total"};
    design.globalIndexes = {gsi};
    design.tags = {{"team", "it's ours"}};
    const auto plan = creationPlan(design);
    const Run created = runCli(plan[0].operation, plan[0].request);
    QVERIFY2(created.exitCode == 0, qPrintable(created.describe()));
    const json answer = json::parse(created.out.toStdString(), nullptr, false);
    QCOMPARE(QString::fromStdString(answer["TableDescription"]["TableName"].get<std::string>()),
             QStringLiteral("Orders"));
    const Run described = runCli("DescribeTable", {{"TableName", "Orders"}});
    QVERIFY2(described.exitCode == 0, qPrintable(described.describe()));
    const TableDesign back = TableDesign::fromDescribeTable(json::parse(described.out.toStdString()));
    QCOMPARE(back.throughput.readCapacityUnits, 7LL);
    QCOMPARE(back.globalIndexes.size(), std::size_t(1));
    QCOMPARE(QString::fromStdString(back.globalIndexes[0].name), QStringLiteral("ByStatus"));
}

void TestCodegenEndpoint::pythonProgramsRun() {
    if (run(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), QStringLiteral("import boto3")}).exitCode != 0)
        QSKIP("/usr/bin/python3 has no boto3 module (Debian package python3-boto3)");
    if (!QFileInfo(QStringLiteral("/usr/bin/aws")).isExecutable()) QSKIP("No /usr/bin/aws (Debian package awscli)");
    OperationSpec put;
    put.operation = "PutItem";
    put.tableName = "Orders";
    put.key = {{"PK", S("py#1")}, {"SK", S("o#1")}};
    put.item = {{"status", S("open")},
                {"total", N("10")},
                {"blob", {{"B", "AQL/"}}},
                {"tags", {{"SS", {"x", "y"}}}},
                {"address", {{"M", {{"city", S("Köln")}, {"lines", {{"L", {S("it's"), {{"BOOL", true}}}}}}}}}}};
    put.conditions = {{"PK", "attribute_not_exists", {}, {}}};
    Run r = runPython("PutItem", put);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.out.contains(QStringLiteral("Consumed capacity:")), qPrintable(r.describe()));
    const json stored = describeItem("py#1", "o#1");
    QCOMPARE(QString::fromStdString(stored["blob"]["B"].get<std::string>()), QStringLiteral("AQL/"));
    QCOMPARE(QString::fromStdString(stored["address"]["M"]["city"]["S"].get<std::string>()), QStringLiteral("Köln"));

    OperationSpec get;
    get.operation = "GetItem";
    get.tableName = "Orders";
    get.key = put.key;
    get.projection = {"total", "address.city"};
    r = runPython("GetItem", get);
    QVERIFY2(r.exitCode == 0 && r.out.contains(QStringLiteral("'total': {'N': '10'}")), qPrintable(r.describe()));

    OperationSpec update;
    update.operation = "UpdateItem";
    update.tableName = "Orders";
    update.key = put.key;
    update.updates = {{"INCREMENT", "total", N("5")}, {"SET", "status", S("paid")}, {"REMOVE", "tags", {}}};
    update.conditions = {{"status", "=", S("open"), {}}};
    update.returnValues = "ALL_NEW";
    r = runPython("UpdateItem", update);
    QVERIFY2(r.exitCode == 0 && r.out.contains(QStringLiteral("'total': {'N': '15'}")), qPrintable(r.describe()));
    QCOMPARE(QString::fromStdString(describeItem("py#1", "o#1")["status"]["S"].get<std::string>()),
             QStringLiteral("paid"));

    OperationSpec query;
    query.operation = "Query";
    query.tableName = "Orders";
    query.keyConditions = {{"PK", "=", S("py#1"), {}}, {"SK", "begins_with", S("o#"), {}}};
    query.conditions = {{"total", "BETWEEN", N("10"), N("20")}};
    query.limit = 5;
    r = runPython("Query", query);
    QVERIFY2(r.exitCode == 0 && r.out.contains(QStringLiteral("Count: 1 Scanned: 1")), qPrintable(r.describe()));

    OperationSpec scan;
    scan.operation = "Scan";
    scan.tableName = "Orders";
    scan.conditions = {{"status", "=", S("paid"), {}}};
    scan.projection = {"PK"};
    r = runPython("Scan", scan);
    QVERIFY2(r.exitCode == 0 && r.out.contains(QStringLiteral("{'PK': {'S': 'py#1'}}")), qPrintable(r.describe()));

    OperationSpec second = put;
    second.key = {{"PK", S("py#1")}, {"SK", S("o#2")}};
    OperationSpec check;
    check.operation = "ConditionCheck";
    check.tableName = "Orders";
    check.key = put.key;
    check.conditions = {{"status", "=", S("paid"), {}}};
    OperationSpec writes;
    writes.operation = "TransactWriteItems";
    writes.transactItems = {second, check};
    r = runPython("TransactWriteItems", writes);
    QVERIFY2(r.exitCode == 0 && r.out.contains(QStringLiteral("Transaction committed")), qPrintable(r.describe()));

    OperationSpec getSecond = get;
    getSecond.key = second.key;
    getSecond.projection.clear();
    OperationSpec reads;
    reads.operation = "TransactGetItems";
    reads.transactItems = {get, getSecond};
    r = runPython("TransactGetItems", reads);
    QVERIFY2(r.exitCode == 0 && r.out.contains(QStringLiteral("'SK': {'S': 'o#2'}")), qPrintable(r.describe()));

    OperationSpec remove;
    remove.operation = "DeleteItem";
    remove.tableName = "Orders";
    remove.key = second.key;
    remove.returnValues = "ALL_OLD";
    r = runPython("DeleteItem", remove);
    QVERIFY2(r.exitCode == 0 && r.out.contains(QStringLiteral("'SK': {'S': 'o#2'}")), qPrintable(r.describe()));
    QVERIFY(describeItem("py#1", "o#2").is_null());
}

void TestCodegenEndpoint::cliCommandsRun() {
    if (!QFileInfo(QStringLiteral("/usr/bin/aws")).isExecutable()) QSKIP("No /usr/bin/aws (Debian package awscli)");
    OperationSpec put;
    put.operation = "PutItem";
    put.tableName = "Orders";
    put.key = {{"PK", S("cli#1")}, {"SK", S("o#1")}};
    put.item = {{"note", S("it's $HOME `x`")}, {"total", N("3")}, {"blob", {{"B", "AQL/"}}}};
    Run r = runCli("PutItem", buildRequest(put));
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const json stored = describeItem("cli#1", "o#1");
    QCOMPARE(QString::fromStdString(stored["note"]["S"].get<std::string>()), QStringLiteral("it's $HOME `x`"));
    QCOMPARE(QString::fromStdString(stored["blob"]["B"].get<std::string>()), QStringLiteral("AQL/"));

    OperationSpec update;
    update.operation = "UpdateItem";
    update.tableName = "Orders";
    update.key = put.key;
    update.updates = {{"ADD", "total", N("4")}};
    update.returnValues = "UPDATED_NEW";
    r = runCli("UpdateItem", buildRequest(update));
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(QString::fromStdString(json::parse(r.out.toStdString())["Attributes"]["total"]["N"].get<std::string>()),
             QStringLiteral("7"));

    OperationSpec put2 = put;
    put2.key = {{"PK", S("cli#1")}, {"SK", S("o#2")}};
    QVERIFY(runCli("PutItem", buildRequest(put2)).exitCode == 0);

    OperationSpec query;
    query.operation = "Query";
    query.tableName = "Orders";
    query.keyConditions = {{"PK", "=", S("cli#1"), {}}};
    query.limit = 1;
    query.scanIndexForward = false;
    r = runCli("Query", buildRequest(query));
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    json answer = json::parse(r.out.toStdString());
    QCOMPARE(answer["Items"].size(), std::size_t(1));  // Limit 1, like one API page
    QCOMPARE(QString::fromStdString(answer["Items"][0]["SK"]["S"].get<std::string>()), QStringLiteral("o#2"));
    QVERIFY2(answer.contains("ConsumedCapacity"), qPrintable(r.out));

    OperationSpec scan;
    scan.operation = "Scan";
    scan.tableName = "Orders";
    scan.conditions = {{"PK", "=", S("cli#1"), {}}};
    r = runCli("Scan", buildRequest(scan));
    QVERIFY2(r.exitCode == 0 && json::parse(r.out.toStdString())["Count"] == 2, qPrintable(r.describe()));

    OperationSpec get;
    get.operation = "GetItem";
    get.tableName = "Orders";
    get.key = put.key;
    OperationSpec reads;
    reads.operation = "TransactGetItems";
    reads.transactItems = {get};
    r = runCli("TransactGetItems", buildRequest(reads));
    QVERIFY2(r.exitCode == 0 && r.out.contains(QStringLiteral("it's $HOME")), qPrintable(r.describe()));

    OperationSpec remove;
    remove.operation = "DeleteItem";
    remove.tableName = "Orders";
    remove.key = put2.key;
    remove.conditions = {{"total", "=", N("3"), {}}};
    OperationSpec writes;
    writes.operation = "TransactWriteItems";
    writes.transactItems = {remove};
    r = runCli("TransactWriteItems", buildRequest(writes));
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY(describeItem("cli#1", "o#2").is_null());

    remove.key = put.key;
    remove.conditions.clear();
    r = runCli("DeleteItem", buildRequest(remove));
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY(describeItem("cli#1", "o#1").is_null());
}

void TestCodegenEndpoint::javascriptProgramsSendValidRequests() {
    if (QStandardPaths::findExecutable(QStringLiteral("node")).isEmpty()) QSKIP("Node.js is not installed");
    if (!QFileInfo(QStringLiteral("/usr/bin/aws")).isExecutable()) QSKIP("No /usr/bin/aws (Debian package awscli)");
    QDir dir(m_dir.path());
    QVERIFY(dir.mkpath(QStringLiteral("node_modules/@aws-sdk/client-dynamodb")));
    QFile stub(m_dir.filePath(QStringLiteral("node_modules/@aws-sdk/client-dynamodb/index.mjs")));
    QVERIFY(stub.open(QIODevice::WriteOnly));
    stub.write(kStubSdk);
    for (const std::string& operation : dataPlaneOperations())
        stub.write(QStringLiteral("export class %1Command extends Command { get operation() { return \"%1\"; } }\n")
                       .arg(QString::fromStdString(operation))
                       .toUtf8());
    stub.close();
    QFile package(m_dir.filePath(QStringLiteral("node_modules/@aws-sdk/client-dynamodb/package.json")));
    QVERIFY(package.open(QIODevice::WriteOnly));
    package.write(R"({"name": "@aws-sdk/client-dynamodb", "type": "module", "exports": "./index.mjs"})");
    package.close();

    OperationSpec put;
    put.operation = "PutItem";
    put.tableName = "Orders";
    put.key = {{"PK", S("js#1")}, {"SK", S("o#1")}};
    put.item = {{"blob", {{"B", "AQL/"}}}, {"total", N("1")}};
    Run r = runNode("PutItem", put);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(QString::fromStdString(describeItem("js#1", "o#1")["blob"]["B"].get<std::string>()),
             QStringLiteral("AQL/"));

    OperationSpec query;
    query.operation = "Query";
    query.tableName = "Orders";
    query.keyConditions = {{"PK", "=", S("js#1"), {}}};
    r = runNode("Query", query);
    QVERIFY2(r.exitCode == 0 && r.out.contains(QStringLiteral("Count: 1, scanned: 1")), qPrintable(r.describe()));
}

QTEST_GUILESS_MAIN(TestCodegenEndpoint)
#include "tst_codegen_endpoint.moc"
