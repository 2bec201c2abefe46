// Tests `shardscope --serve --require-auth --credentials FILE` with the AWS
// CLI and boto3: requests signed with a key of FILE (any of its profiles, any
// region) are served from one shared workspace; a wrong access key, a wrong
// secret and an unsigned request are refused with DynamoDB's error types
// and messages. Also: --host on a non-loopback address needs --allow-remote.
#include "serve_process.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr int kClientTimeoutMs = 120000;

struct ClientRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QByteArray describe() const {
        return "exit " + QByteArray::number(exitCode) + "; stdout: " + out + "; stderr: " + err;
    }
};

QString findAws() {
    if (QFileInfo(QStringLiteral("/usr/bin/aws")).isExecutable())
        return QStringLiteral("/usr/bin/aws");
    return QStandardPaths::findExecutable(QStringLiteral("aws"));
}

}  // namespace

class TestAwsCliAuth : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void awsCliWithConfiguredKeys();
    void awsCliRefusals_data();
    void awsCliRefusals();
    void boto3WithAndWithoutKeys();
    void publicHostNeedsAllowRemote();

private:
    ClientRun run(const QString& program, const QStringList& arguments, const QString& key, const QString& secret,
                  const QString& region = QStringLiteral("us-east-1")) const;
    ClientRun aws(const QStringList& arguments, const QString& key, const QString& secret,
                  const QString& region = QStringLiteral("us-east-1")) const;

    QTemporaryDir m_dir;
    QString m_aws;
    ServeProcess m_server;
};

void TestAwsCliAuth::initTestCase() {
    QVERIFY2(!ServeProcess::binary().isEmpty(), "SHARDSCOPE_BINARY is not set; run the test through ctest");
    QVERIFY(m_dir.isValid());
    m_aws = findAws();

    const QString credentials = m_dir.filePath(QStringLiteral("endpoint-credentials"));
    QFile file(credentials);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[default]\naws_access_key_id = AKIDSHARDSCOPE1\naws_secret_access_key = first-secret\n\n"
               "[ci]\naws_access_key_id = AKIDSHARDSCOPE2\naws_secret_access_key = second/secret+key\n");
    file.close();

    QVERIFY2(m_server.start({QStringLiteral("--serve"), QStringLiteral("--port"), QStringLiteral("0"),
                             QStringLiteral("--in-memory"), QStringLiteral("--require-auth"),
                             QStringLiteral("--credentials"), credentials}),
             qPrintable(m_server.errorString()));
    QVERIFY(m_server.standardOutput().contains("requires SigV4 signatures"));
}

void TestAwsCliAuth::cleanupTestCase() {
    if (m_server.isRunning())
        QVERIFY2(m_server.stop(), m_server.standardError().constData());
}

ClientRun TestAwsCliAuth::run(const QString& program, const QStringList& arguments, const QString& key,
                              const QString& secret, const QString& region) const {
    // A client that knows only what we tell it: no files, no proxy, no metadata.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"AWS_PROFILE", "AWS_DEFAULT_PROFILE", "AWS_SESSION_TOKEN", "AWS_REGION",
                             "AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_DYNAMODB", "AWS_CA_BUNDLE", "HTTP_PROXY",
                             "HTTPS_PROXY", "http_proxy", "https_proxy", "ALL_PROXY", "all_proxy"})
        environment.remove(QString::fromLatin1(name));
    environment.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), key);
    environment.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), secret);
    environment.insert(QStringLiteral("AWS_DEFAULT_REGION"), region);
    environment.insert(QStringLiteral("AWS_PAGER"), QString());
    environment.insert(QStringLiteral("AWS_CONFIG_FILE"), m_dir.filePath(QStringLiteral("no-such-config")));
    environment.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), m_dir.filePath(QStringLiteral("none")));
    environment.insert(QStringLiteral("AWS_EC2_METADATA_DISABLED"), QStringLiteral("true"));
    environment.insert(QStringLiteral("AWS_MAX_ATTEMPTS"), QStringLiteral("1"));
    environment.insert(QStringLiteral("NO_PROXY"), QStringLiteral("127.0.0.1,localhost"));
    environment.insert(QStringLiteral("no_proxy"), QStringLiteral("127.0.0.1,localhost"));

    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    ClientRun result;
    if (!process.waitForStarted(kClientTimeoutMs) || !process.waitForFinished(kClientTimeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        result.err = "did not finish: " + process.errorString().toUtf8();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

ClientRun TestAwsCliAuth::aws(const QStringList& arguments, const QString& key, const QString& secret,
                              const QString& region) const {
    return run(m_aws, QStringList{QStringLiteral("dynamodb")} + arguments +
                          QStringList{QStringLiteral("--endpoint-url"), m_server.url(), QStringLiteral("--output"),
                                      QStringLiteral("json")},
               key, secret, region);
}

void TestAwsCliAuth::awsCliWithConfiguredKeys() {
    if (m_aws.isEmpty())
        QSKIP("No AWS CLI (Debian package awscli)");
    ClientRun r = aws({QStringLiteral("create-table"), QStringLiteral("--table-name"), QStringLiteral("Signed"),
                       QStringLiteral("--attribute-definitions"), QStringLiteral("AttributeName=pk,AttributeType=S"),
                       QStringLiteral("--key-schema"), QStringLiteral("AttributeName=pk,KeyType=HASH"),
                       QStringLiteral("--billing-mode"), QStringLiteral("PAY_PER_REQUEST")},
                      QStringLiteral("AKIDSHARDSCOPE1"), QStringLiteral("first-secret"));
    QVERIFY2(r.exitCode == 0, r.describe().constData());

    // The other profile's key, in another region: the same shared workspace.
    r = aws({QStringLiteral("put-item"), QStringLiteral("--table-name"), QStringLiteral("Signed"),
             QStringLiteral("--item"), QStringLiteral(R"({"pk":{"S":"a"},"n":{"N":"1"}})")},
            QStringLiteral("AKIDSHARDSCOPE2"), QStringLiteral("second/secret+key"), QStringLiteral("eu-west-1"));
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    r = aws({QStringLiteral("get-item"), QStringLiteral("--table-name"), QStringLiteral("Signed"),
             QStringLiteral("--key"), QStringLiteral(R"({"pk":{"S":"a"}})")},
            QStringLiteral("AKIDSHARDSCOPE1"), QStringLiteral("first-secret"), QStringLiteral("ap-south-1"));
    QVERIFY2(r.exitCode == 0 && r.out.contains("\"N\": \"1\""), r.describe().constData());
}

void TestAwsCliAuth::awsCliRefusals_data() {
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<bool>("withoutSignature");
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("unknown key") << QStringLiteral("AKIDSOMEONEELSE") << QStringLiteral("first-secret") << false
                                 << QByteArray("(UnrecognizedClientException)")
                                 << QByteArray(": The security token included in the request is invalid.");
    QTest::newRow("wrong secret") << QStringLiteral("AKIDSHARDSCOPE1") << QStringLiteral("wrong") << false
                                  << QByteArray("(InvalidSignatureException)")
                                  << QByteArray(": The request signature we calculated does not match the "
                                                "signature you provided.");
    QTest::newRow("no signature") << QStringLiteral("AKIDSHARDSCOPE1") << QStringLiteral("first-secret") << true
                                  << QByteArray("(MissingAuthenticationTokenException)")
                                  << QByteArray(": Request is missing Authentication Token");
}

void TestAwsCliAuth::awsCliRefusals() {
    if (m_aws.isEmpty())
        QSKIP("No AWS CLI (Debian package awscli)");
    QFETCH(QString, key);
    QFETCH(QString, secret);
    QFETCH(bool, withoutSignature);
    QFETCH(QByteArray, type);
    QFETCH(QByteArray, message);
    QStringList arguments{QStringLiteral("list-tables")};
    if (withoutSignature)
        arguments << QStringLiteral("--no-sign-request");
    const ClientRun r = aws(arguments, key, secret);
    QVERIFY2(r.exitCode != 0, r.describe().constData());
    // The CLI puts "(reached max retries: 0)" between the two.
    QVERIFY2(r.err.contains(type) && r.err.contains("when calling the ListTables operation"),
             r.describe().constData());
    QVERIFY2(r.err.contains(message), r.describe().constData());
}

void TestAwsCliAuth::boto3WithAndWithoutKeys() {
    const QString python = QStringLiteral("/usr/bin/python3");
    if (!QFileInfo(python).isExecutable())
        QSKIP("No /usr/bin/python3");
    static const char kScript[] = R"PY(
import sys
import boto3
import botocore
from botocore.config import Config

def client(key, secret, signed=True):
    config = Config(retries={"max_attempts": 1})
    if not signed:
        config = config.merge(Config(signature_version=botocore.UNSIGNED))
    return boto3.client("dynamodb", endpoint_url=sys.argv[1], region_name="us-west-2",
                        aws_access_key_id=key, aws_secret_access_key=secret, config=config)

def error_of(call):
    try:
        call()
    except botocore.exceptions.ClientError as e:
        return e.response["Error"]["Code"], e.response["ResponseMetadata"]["HTTPStatusCode"]
    return None

good = client("AKIDSHARDSCOPE2", "second/secret+key")
assert "TableNames" in good.list_tables()
good.create_table(TableName="Boto", KeySchema=[{"AttributeName": "k", "KeyType": "HASH"}],
                  AttributeDefinitions=[{"AttributeName": "k", "AttributeType": "S"}],
                  BillingMode="PAY_PER_REQUEST")
good.put_item(TableName="Boto", Item={"k": {"S": "x"}})
assert good.get_item(TableName="Boto", Key={"k": {"S": "x"}})["Item"]["k"]["S"] == "x"
print("unknown", error_of(lambda: client("AKIDNOBODY", "x").list_tables()))
print("secret", error_of(lambda: client("AKIDSHARDSCOPE2", "nope").list_tables()))
print("unsigned", error_of(lambda: client("AKIDSHARDSCOPE2", "x", signed=False).list_tables()))
print("boto3 auth ok")
)PY";
    const ClientRun probe = run(python, {QStringLiteral("-c"), QStringLiteral("import boto3")}, {}, {});
    if (probe.exitCode != 0)
        QSKIP("Python has no boto3 module (Debian package python3-boto3)");
    const ClientRun r = run(python, {QStringLiteral("-c"), QString::fromUtf8(kScript), m_server.url()},
                            QStringLiteral("unused"), QStringLiteral("unused"));
    QVERIFY2(r.exitCode == 0 && r.out.contains("boto3 auth ok"), r.describe().constData());
    QVERIFY2(r.out.contains("unknown ('UnrecognizedClientException', 400)"), r.describe().constData());
    QVERIFY2(r.out.contains("secret ('InvalidSignatureException', 400)"), r.describe().constData());
    QVERIFY2(r.out.contains("unsigned ('MissingAuthenticationTokenException', 400)"), r.describe().constData());
}

void TestAwsCliAuth::publicHostNeedsAllowRemote() {
    QProcess process;
    process.start(ServeProcess::binary(), {QStringLiteral("--serve"), QStringLiteral("--in-memory"),
                                           QStringLiteral("--host"), QStringLiteral("0.0.0.0")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardError().contains("--allow-remote"));

    // --require-auth without a credentials file is a usage error too.
    process.start(ServeProcess::binary(),
                  {QStringLiteral("--serve"), QStringLiteral("--in-memory"), QStringLiteral("--require-auth")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardError().contains("--credentials"));
}

QTEST_GUILESS_MAIN(TestAwsCliAuth)
#include "tst_aws_cli_auth.moc"
