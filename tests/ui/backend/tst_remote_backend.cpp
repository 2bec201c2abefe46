// Tests ui/backend/remote_backend.cpp (with ConnectionProfile's resolution)
// against real DynamoDB-compatible services on loopback ports:
//  - dynalite (npm, as tests/compat starts it): list, create, write, query,
//    delete through the Backend interface;
//  - `shardscope --serve --require-auth`: the same with the configured keys
//    (typed in, and through a named AWS CLI profile), and the right errors
//    with a wrong key, a wrong secret, and a closed port.
// Servers are child processes stopped by PID; every wait is bounded.
#include "dynalite_process.h"
#include "serve_process.h"

#include "backend/remote_backend.h"
#include "connections/connection_profile.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace shardscope::ui;
using nlohmann::json;

namespace {

constexpr int kWaitMs = 30000;

quint16 freeLoopbackPort() {
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

// Sends one request and runs the event loop (bounded) until it is answered.
BackendReply callAndWait(Backend& backend, const QString& operation, const json& request) {
    std::optional<BackendReply> reply;
    QObject context;
    backend.call(operation, request, &context, [&](const BackendReply& answer) { reply = answer; });
    QDeadlineTimer deadline(kWaitMs);
    while (!reply && !deadline.hasExpired())
        QTest::qWait(5);
    if (!reply)
        return BackendReply::failure(BackendError{QStringLiteral("TestTimeout"), QStringLiteral("no answer"), 0});
    return *reply;
}

QByteArray describe(const BackendReply& reply) {
    return reply.ok() ? QByteArray::fromStdString(reply.response().dump())
                      : (reply.error().type + QStringLiteral(": ") + reply.error().message).toUtf8();
}

std::unique_ptr<RemoteBackend> backendFor(const ConnectionProfile& profile, QString* error) {
    const std::optional<shardscope::net::ClientOptions> options = profile.clientOptions(error);
    if (!options)
        return nullptr;
    return std::make_unique<RemoteBackend>(*options, profile.displayName());
}

}  // namespace

class TestRemoteBackend : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void dynalite();
    void shardscopeWithConfiguredKeys();
    void shardscopeWithNamedProfile();
    void shardscopeRefusesBadCredentials_data();
    void shardscopeRefusesBadCredentials();
    void unreachableHost();
    void answersKeepRequestOrder();

private:
    // List, create, write, query, delete: the workbench's everyday calls.
    void exerciseTables(Backend& backend, const QString& tableName);
    ConnectionProfile shardscopeProfile(const QString& key, const QString& secret) const;

    QTemporaryDir m_dir;
    ServeProcess m_shardscope;
};

void TestRemoteBackend::initTestCase() {
    QVERIFY(m_dir.isValid());
    QFile credentials(m_dir.filePath(QStringLiteral("endpoint-credentials")));
    QVERIFY(credentials.open(QIODevice::WriteOnly));
    credentials.write("[default]\naws_access_key_id = AKIDWORKBENCH\naws_secret_access_key = bench/secret\n");
    credentials.close();
    QVERIFY2(!ServeProcess::binary().isEmpty(), "SHARDSCOPE_BINARY is not set; run the test through ctest");
    QVERIFY2(m_shardscope.start({QStringLiteral("--serve"), QStringLiteral("--port"), QStringLiteral("0"),
                                 QStringLiteral("--in-memory"), QStringLiteral("--require-auth"),
                                 QStringLiteral("--credentials"), credentials.fileName()}),
             qPrintable(m_shardscope.errorString()));
}

void TestRemoteBackend::cleanupTestCase() {
    if (m_shardscope.isRunning())
        QVERIFY(m_shardscope.stop());
}

ConnectionProfile TestRemoteBackend::shardscopeProfile(const QString& key, const QString& secret) const {
    ConnectionProfile profile;
    profile.name = QStringLiteral("Team endpoint");
    profile.kind = ConnectionProfile::Kind::CustomUrl;
    profile.url = m_shardscope.url();
    profile.region = QStringLiteral("eu-central-1");
    profile.credentialSource = ConnectionProfile::CredentialSource::AccessKeys;
    profile.accessKeyId = key;
    profile.secretAccessKey = secret;
    profile.maxAttempts = 2;
    profile.timeoutSeconds = 10;
    return profile;
}

void TestRemoteBackend::exerciseTables(Backend& backend, const QString& tableName) {
    const std::string table = tableName.toStdString();
    BackendReply reply = callAndWait(backend, QStringLiteral("ListTables"), json::object());
    QVERIFY2(reply.ok(), describe(reply).constData());
    QVERIFY(reply.response()["TableNames"].is_array());

    reply = callAndWait(backend, QStringLiteral("CreateTable"),
                        {{"TableName", table},
                         {"AttributeDefinitions", {{{"AttributeName", "pk"}, {"AttributeType", "S"}},
                                                   {{"AttributeName", "sk"}, {"AttributeType", "N"}}}},
                         {"KeySchema", {{{"AttributeName", "pk"}, {"KeyType", "HASH"}},
                                        {{"AttributeName", "sk"}, {"KeyType", "RANGE"}}}},
                         {"BillingMode", "PAY_PER_REQUEST"}});
    QVERIFY2(reply.ok(), describe(reply).constData());
    QDeadlineTimer active(kWaitMs);
    for (;;) {
        reply = callAndWait(backend, QStringLiteral("DescribeTable"), {{"TableName", table}});
        QVERIFY2(reply.ok(), describe(reply).constData());
        if (reply.response()["Table"]["TableStatus"] == "ACTIVE")
            break;
        QVERIFY2(!active.hasExpired(), "the table never became ACTIVE");
        QTest::qWait(50);
    }

    for (int i = 1; i <= 3; ++i) {
        reply = callAndWait(backend, QStringLiteral("PutItem"),
                            {{"TableName", table},
                             {"Item", {{"pk", {{"S", "user#1"}}}, {"sk", {{"N", std::to_string(i)}}},
                                       {"note", {{"S", "item " + std::to_string(i)}}}}}});
        QVERIFY2(reply.ok(), describe(reply).constData());
    }
    const json query = {{"TableName", table},
                        {"KeyConditionExpression", "pk = :pk AND sk >= :from"},
                        {"ExpressionAttributeValues", {{":pk", {{"S", "user#1"}}}, {":from", {{"N", "2"}}}}}};
    reply = callAndWait(backend, QStringLiteral("Query"), query);
    QVERIFY2(reply.ok(), describe(reply).constData());
    QCOMPARE(reply.response()["Count"].get<int>(), 2);
    QCOMPARE(reply.response()["Items"][0]["note"]["S"].get<std::string>(), std::string("item 2"));

    reply = callAndWait(backend, QStringLiteral("DeleteItem"),
                        {{"TableName", table}, {"Key", {{"pk", {{"S", "user#1"}}}, {"sk", {{"N", "2"}}}}}});
    QVERIFY2(reply.ok(), describe(reply).constData());
    reply = callAndWait(backend, QStringLiteral("Query"), query);
    QCOMPARE(reply.response()["Count"].get<int>(), 1);

    // A service error arrives as the service sent it.
    reply = callAndWait(backend, QStringLiteral("DescribeTable"), {{"TableName", "no-such-table"}});
    QVERIFY(!reply.ok());
    QCOMPARE(reply.error().type, QStringLiteral("ResourceNotFoundException"));
    QCOMPARE(reply.error().httpStatus, 400);

    reply = callAndWait(backend, QStringLiteral("DeleteTable"), {{"TableName", table}});
    QVERIFY2(reply.ok(), describe(reply).constData());
    QDeadlineTimer gone(kWaitMs);
    for (;;) {
        reply = callAndWait(backend, QStringLiteral("ListTables"), json::object());
        QVERIFY2(reply.ok(), describe(reply).constData());
        const json& names = reply.response()["TableNames"];
        if (std::find(names.begin(), names.end(), table) == names.end())
            break;
        QVERIFY2(!gone.hasExpired(), "the table was never deleted");
        QTest::qWait(50);
    }
}

void TestRemoteBackend::dynalite() {
    if (DynaliteProcess::cliPath().isEmpty() || !QFile::exists(DynaliteProcess::cliPath()))
        QSKIP("dynalite is not installed (bash packaging/bootstrap.sh test installs it)");
    if (DynaliteProcess::nodeExecutable().isEmpty())
        QSKIP("No node executable");
    DynaliteProcess dynalite;
    const quint16 port = freeLoopbackPort();
    QVERIFY(port != 0);
    QVERIFY2(dynalite.start(port), qPrintable(dynalite.errorString()));

    ConnectionProfile profile;
    profile.kind = ConnectionProfile::Kind::DynamoDbLocal;
    profile.url = dynalite.url();
    profile.credentialSource = ConnectionProfile::CredentialSource::Placeholder;
    QString error;
    auto backend = backendFor(profile, &error);
    QVERIFY2(backend, qPrintable(error));
    QVERIFY(backend->displayName().contains(QStringLiteral("127.0.0.1:%1").arg(port)));
    exerciseTables(*backend, QStringLiteral("RemoteDynalite"));
    dynalite.stop();
}

void TestRemoteBackend::shardscopeWithConfiguredKeys() {
    QString error;
    auto backend = backendFor(shardscopeProfile(QStringLiteral("AKIDWORKBENCH"), QStringLiteral("bench/secret")),
                              &error);
    QVERIFY2(backend, qPrintable(error));
    exerciseTables(*backend, QStringLiteral("RemoteShardscope"));
}

void TestRemoteBackend::shardscopeWithNamedProfile() {
    // The AWS CLI's files, found through the variables the CLI honours.
    QFile credentials(m_dir.filePath(QStringLiteral("cli-credentials")));
    QVERIFY(credentials.open(QIODevice::WriteOnly));
    credentials.write("[default]\naws_access_key_id = AKIDNOTHERE\naws_secret_access_key = x\n"
                      "[bench]\naws_access_key_id = AKIDWORKBENCH\naws_secret_access_key = bench/secret\n");
    credentials.close();
    QFile config(m_dir.filePath(QStringLiteral("cli-config")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("[profile bench]\nregion = ap-southeast-2\n[profile sso]\nsso_session = corp\n");
    config.close();
    qputenv("AWS_SHARED_CREDENTIALS_FILE", credentials.fileName().toLocal8Bit());
    qputenv("AWS_CONFIG_FILE", config.fileName().toLocal8Bit());

    ConnectionProfile profile = shardscopeProfile({}, {});
    profile.credentialSource = ConnectionProfile::CredentialSource::AwsProfile;
    profile.awsProfile = QStringLiteral("bench");
    QString error;
    auto backend = backendFor(profile, &error);
    QVERIFY2(backend, qPrintable(error));
    QCOMPARE(backend->options().region, std::string("ap-southeast-2"));
    const BackendReply reply = callAndWait(*backend, QStringLiteral("ListTables"), json::object());
    QVERIFY2(reply.ok(), describe(reply).constData());

    profile.awsProfile = QStringLiteral("sso");
    QVERIFY(!backendFor(profile, &error));
    QVERIFY2(error.contains(QStringLiteral("sso_session")), qPrintable(error));
    profile.awsProfile = QStringLiteral("missing");
    QVERIFY(!backendFor(profile, &error));
    QVERIFY2(error.contains(QStringLiteral("\"missing\"")), qPrintable(error));
    qunsetenv("AWS_SHARED_CREDENTIALS_FILE");
    qunsetenv("AWS_CONFIG_FILE");
}

void TestRemoteBackend::shardscopeRefusesBadCredentials_data() {
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("type");
    QTest::newRow("unknown key") << QStringLiteral("AKIDSTRANGER") << QStringLiteral("bench/secret")
                                 << QStringLiteral("UnrecognizedClientException");
    QTest::newRow("wrong secret") << QStringLiteral("AKIDWORKBENCH") << QStringLiteral("guess")
                                  << QStringLiteral("InvalidSignatureException");
}

void TestRemoteBackend::shardscopeRefusesBadCredentials() {
    QFETCH(QString, key);
    QFETCH(QString, secret);
    QFETCH(QString, type);
    QString error;
    auto backend = backendFor(shardscopeProfile(key, secret), &error);
    QVERIFY2(backend, qPrintable(error));
    const BackendReply reply = callAndWait(*backend, QStringLiteral("ListTables"), json::object());
    QVERIFY(!reply.ok());
    QCOMPARE(reply.error().type, type);
    QCOMPARE(reply.error().httpStatus, 400);
    // Said in words, not only as a type name.
    QVERIFY2(!reply.error().summary().contains(type), qPrintable(reply.error().summary()));
}

void TestRemoteBackend::unreachableHost() {
    const quint16 port = freeLoopbackPort();  // free, so nothing listens there
    ConnectionProfile profile;
    profile.kind = ConnectionProfile::Kind::CustomUrl;
    profile.url = QStringLiteral("http://127.0.0.1:%1").arg(port);
    profile.credentialSource = ConnectionProfile::CredentialSource::Placeholder;
    QString error;
    auto backend = backendFor(profile, &error);
    QVERIFY2(backend, qPrintable(error));
    QElapsedTimer timer;
    timer.start();
    const BackendReply reply = callAndWait(*backend, QStringLiteral("ListTables"), json::object());
    QVERIFY(!reply.ok());
    QCOMPARE(reply.error().type, QStringLiteral("ConnectionRefused"));
    QVERIFY(reply.error().message.contains(QString::number(port)));
    QVERIFY2(timer.elapsed() < 5000, "a refused connection must be reported at once, not retried");

    profile.url = QStringLiteral("ftp://127.0.0.1/");
    QVERIFY(!backendFor(profile, &error));
    profile.kind = ConnectionProfile::Kind::AwsRegion;
    QVERIFY(!backendFor(profile, &error));  // AWS needs real credentials
}

void TestRemoteBackend::answersKeepRequestOrder() {
    QString error;
    auto backend = backendFor(shardscopeProfile(QStringLiteral("AKIDWORKBENCH"), QStringLiteral("bench/secret")),
                              &error);
    QVERIFY2(backend, qPrintable(error));
    QSignalSpy finished(backend.get(), &Backend::finished);
    QList<quint64> sent;
    // A slow one first (a failing scan would be quick; ListTables is
    // equally quick), then quick ones: the answers still come in order.
    for (int i = 0; i < 12; ++i)
        sent.append(backend->call(i % 3 == 0 ? QStringLiteral("DescribeTable") : QStringLiteral("ListTables"),
                                  i % 3 == 0 ? json{{"TableName", "missing"}} : json::object()));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 12, kWaitMs);
    QCOMPARE(backend->pendingCount(), 0);
    for (int i = 0; i < 12; ++i)
        QCOMPARE(finished.at(i).at(0).value<quint64>(), sent.at(i));
}

QTEST_MAIN(TestRemoteBackend)
#include "tst_remote_backend.moc"
