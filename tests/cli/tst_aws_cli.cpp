// Tests the shardscope executable's --serve mode with real DynamoDB clients:
// the AWS CLI (botocore checks x-amz-crc32 on every reply) and, when Python
// has it, boto3. The endpoint runs as a separate process on a file database,
// is stopped by SIGTERM and restarted to show that data persists.
#include "serve_process.h"

#include <nlohmann/json.hpp>

#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using nlohmann::json;

// QCOMPARE cannot print nlohmann::json (and trips over its conversions).
#define COMPARE_JSON(actual, expected)                                                              \
    do {                                                                                            \
        const json actual_ = (actual);                                                             \
        const json expected_ = (expected);                                                         \
        QVERIFY2(actual_ == expected_,                                                             \
                 qPrintable(QStringLiteral("got %1, expected %2")                                  \
                                .arg(QString::fromStdString(actual_.dump()),                       \
                                     QString::fromStdString(expected_.dump()))));                  \
    } while (false)

namespace {

constexpr int kClientTimeoutMs = 120000;

struct ClientRun {
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    json outJson() const { return json::parse(out.constData(), out.constData() + out.size(), nullptr, false); }
    QByteArray describe() const { return "exit " + QByteArray::number(exitCode) + "; stdout: " + out + "; stderr: " + err; }
};

quint16 freeLoopbackPort() {
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

QString findAws() {
    if (QFileInfo(QStringLiteral("/usr/bin/aws")).isExecutable())
        return QStringLiteral("/usr/bin/aws");
    return QStandardPaths::findExecutable(QStringLiteral("aws"));
}

}  // namespace

class TestAwsCli : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void awsCliRoundTrip();
    void boto3Smoke();

private:
    bool ensureServer();
    ClientRun run(const QString& program, const QStringList& arguments) const;
    ClientRun aws(const QStringList& arguments) const;

    QTemporaryDir m_dir;
    QString m_databasePath;
    quint16 m_port = 0;
    QProcessEnvironment m_clientEnvironment;
    ServeProcess m_server;
};

void TestAwsCli::initTestCase() {
    QVERIFY2(!ServeProcess::binary().isEmpty(), "SHARDSCOPE_BINARY is not set; run the test through ctest");
    QVERIFY(m_dir.isValid());
    m_databasePath = m_dir.filePath(QStringLiteral("aws-cli.db"));
    m_port = freeLoopbackPort();
    QVERIFY(m_port != 0);

    // A client that knows nothing but what we tell it: no profile, no
    // config files, no proxy, no instance metadata.
    m_clientEnvironment = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"AWS_PROFILE", "AWS_DEFAULT_PROFILE", "AWS_SESSION_TOKEN", "AWS_REGION", "AWS_ENDPOINT_URL",
                             "AWS_ENDPOINT_URL_DYNAMODB", "AWS_CA_BUNDLE", "HTTP_PROXY", "HTTPS_PROXY", "http_proxy",
                             "https_proxy", "ALL_PROXY", "all_proxy"})
        m_clientEnvironment.remove(QString::fromLatin1(name));
    m_clientEnvironment.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("test"));
    m_clientEnvironment.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("test"));
    m_clientEnvironment.insert(QStringLiteral("AWS_DEFAULT_REGION"), QStringLiteral("us-east-1"));
    m_clientEnvironment.insert(QStringLiteral("AWS_PAGER"), QString());
    m_clientEnvironment.insert(QStringLiteral("AWS_CONFIG_FILE"), m_dir.filePath(QStringLiteral("no-such-config")));
    m_clientEnvironment.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"),
                               m_dir.filePath(QStringLiteral("no-such-credentials")));
    m_clientEnvironment.insert(QStringLiteral("AWS_EC2_METADATA_DISABLED"), QStringLiteral("true"));
    // Fail on the first bad reply (a CRC mismatch would otherwise be retried).
    m_clientEnvironment.insert(QStringLiteral("AWS_MAX_ATTEMPTS"), QStringLiteral("1"));
    m_clientEnvironment.insert(QStringLiteral("NO_PROXY"), QStringLiteral("127.0.0.1,localhost"));
    m_clientEnvironment.insert(QStringLiteral("no_proxy"), QStringLiteral("127.0.0.1,localhost"));

    QVERIFY2(ensureServer(), qPrintable(m_server.errorString()));
}

void TestAwsCli::cleanupTestCase() {
    if (m_server.isRunning())
        QVERIFY2(m_server.stop(), m_server.standardError().constData());
}

bool TestAwsCli::ensureServer() {
    if (m_server.isRunning())
        return true;
    const bool started = m_server.start({QStringLiteral("--serve"), QStringLiteral("--port"), QString::number(m_port),
                                         QStringLiteral("--db"), m_databasePath});
    return started && m_server.port() == m_port;
}

ClientRun TestAwsCli::run(const QString& program, const QStringList& arguments) const {
    QProcess process;
    process.setProcessEnvironment(m_clientEnvironment);
    process.start(program, arguments);
    ClientRun result;
    result.finished = process.waitForFinished(kClientTimeoutMs);
    if (!result.finished) {
        process.kill();
        process.waitForFinished(kClientTimeoutMs);
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

ClientRun TestAwsCli::aws(const QStringList& arguments) const {
    return run(findAws(), QStringList{QStringLiteral("dynamodb")} + arguments +
                              QStringList{QStringLiteral("--endpoint-url"), m_server.url(), QStringLiteral("--output"),
                                          QStringLiteral("json")});
}

void TestAwsCli::awsCliRoundTrip() {
    if (findAws().isEmpty())
        QSKIP("No AWS CLI: neither /usr/bin/aws nor 'aws' on PATH (Debian package awscli)");
    QVERIFY2(ensureServer(), qPrintable(m_server.errorString()));

    ClientRun r = aws({"create-table", "--table-name", "Music", "--attribute-definitions",
                       "AttributeName=pk,AttributeType=S", "AttributeName=sk,AttributeType=N", "--key-schema",
                       "AttributeName=pk,KeyType=HASH", "AttributeName=sk,KeyType=RANGE", "--billing-mode",
                       "PAY_PER_REQUEST"});
    QVERIFY2(r.finished && r.exitCode == 0, r.describe().constData());
    COMPARE_JSON(r.outJson()["TableDescription"]["TableName"], "Music");

    const json item = json::parse(R"({"pk": {"S": "artist#1"}, "sk": {"N": "42"}, "title": {"S": "Hello"},
        "plays": {"N": "1000"}, "meta": {"M": {"live": {"BOOL": true}, "tracks": {"L": [{"S": "a"}, {"N": "2"}]}}}})");
    r = aws({"put-item", "--table-name", "Music", "--item", QString::fromStdString(item.dump())});
    QVERIFY2(r.finished && r.exitCode == 0, r.describe().constData());

    const QString key = QStringLiteral(R"({"pk": {"S": "artist#1"}, "sk": {"N": "42"}})");
    r = aws({"get-item", "--table-name", "Music", "--key", key});
    QVERIFY2(r.finished && r.exitCode == 0, r.describe().constData());
    COMPARE_JSON(r.outJson()["Item"], item);

    r = aws({"list-tables"});
    QVERIFY2(r.finished && r.exitCode == 0, r.describe().constData());
    COMPARE_JSON(r.outJson()["TableNames"], json::array({"Music"}));

    // The sort key is missing: the engine must refuse, the CLI must say so.
    r = aws({"put-item", "--table-name", "Music", "--item", R"({"pk": {"S": "artist#2"}})"});
    QVERIFY2(r.finished && r.exitCode != 0, r.describe().constData());
    QVERIFY2(r.err.contains("ValidationException"), r.describe().constData());

    r = aws({"describe-table", "--table-name", "NoSuchTable"});
    QVERIFY2(r.finished && r.exitCode != 0, r.describe().constData());
    QVERIFY2(r.err.contains("ResourceNotFoundException"), r.describe().constData());

    // A clean stop (SIGTERM) and a restart on the same file keep the item.
    QVERIFY2(m_server.stop(SIGTERM), m_server.standardError().constData());
    QCOMPARE(m_server.exitCode(), 0);
    QVERIFY2(m_server.standardOutput().contains("Shardscope endpoint stopped"), m_server.standardOutput().constData());
    QVERIFY(QFileInfo::exists(m_databasePath));
    QVERIFY2(ensureServer(), qPrintable(m_server.errorString()));

    r = aws({"get-item", "--table-name", "Music", "--key", key});
    QVERIFY2(r.finished && r.exitCode == 0, r.describe().constData());
    COMPARE_JSON(r.outJson()["Item"], item);

    r = aws({"delete-table", "--table-name", "Music"});
    QVERIFY2(r.finished && r.exitCode == 0, r.describe().constData());
    COMPARE_JSON(r.outJson()["TableDescription"]["TableName"], "Music");

    r = aws({"list-tables"});
    QVERIFY2(r.finished && r.exitCode == 0, r.describe().constData());
    COMPARE_JSON(r.outJson()["TableNames"], json::array());
}

void TestAwsCli::boto3Smoke() {
    const QString python = QStringLiteral("/usr/bin/python3");
    if (!QFileInfo(python).isExecutable())
        QSKIP("No /usr/bin/python3");
    if (run(python, {QStringLiteral("-c"), QStringLiteral("import boto3")}).exitCode != 0)
        QSKIP("Python has no boto3 module (Debian package python3-boto3)");
    QVERIFY2(ensureServer(), qPrintable(m_server.errorString()));

    static const char* kScript = R"PY(
import sys
import boto3

client = boto3.client("dynamodb", endpoint_url=sys.argv[1], region_name="us-east-1",
                      aws_access_key_id="test", aws_secret_access_key="test")
client.create_table(TableName="BotoSmoke",
                    KeySchema=[{"AttributeName": "pk", "KeyType": "HASH"}],
                    AttributeDefinitions=[{"AttributeName": "pk", "AttributeType": "S"}],
                    BillingMode="PAY_PER_REQUEST")
item = {"pk": {"S": "k1"}, "n": {"N": "3.25"}, "b": {"B": b"\x00\xffbytes"}}
client.put_item(TableName="BotoSmoke", Item=item)
got = client.get_item(TableName="BotoSmoke", Key={"pk": {"S": "k1"}})
assert got["Item"] == item, got
assert len(got["ResponseMetadata"]["RequestId"]) == 52, got["ResponseMetadata"]
try:
    client.describe_table(TableName="NoSuchTable")
    sys.exit("describe_table on a missing table did not fail")
except client.exceptions.ResourceNotFoundException:
    pass
assert "BotoSmoke" in client.list_tables()["TableNames"]
client.delete_table(TableName="BotoSmoke")
print("boto3 smoke ok")
)PY";
    const ClientRun r = run(python, {QStringLiteral("-c"), QString::fromUtf8(kScript), m_server.url()});
    QVERIFY2(r.finished && r.exitCode == 0, r.describe().constData());
    QVERIFY2(r.out.contains("boto3 smoke ok"), r.describe().constData());
}

QTEST_GUILESS_MAIN(TestAwsCli)
#include "tst_aws_cli.moc"
