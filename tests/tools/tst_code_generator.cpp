// Tests engine/tools/src/code_generator.cpp and its language halves
// (python_code, javascript_code, java_code, cli_command): naming, quoting,
// binary values, member order, and that every operation renders in every
// language as code its toolchain accepts (Python compiles; JavaScript passes
// `node --check` when Node.js is installed).
#include "shardscope/tools/cli_command.h"
#include "shardscope/tools/code_generator.h"
#include "shardscope/tools/operation_spec.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using nlohmann::json;
using namespace shardscope::tools;

namespace {

QString text(const std::string& s) {
    return QString::fromStdString(s);
}

json sampleRequest(const std::string& operation) {
    OperationSpec spec;
    spec.operation = operation;
    spec.tableName = "Orders";
    spec.key = {{"PK", {{"S", "c#1"}}}, {"SK", {{"S", "o#1"}}}};
    spec.item = {{"blob", {{"B", "AQL/"}}}, {"tags", {{"SS", {"a", "b"}}}}};
    spec.keyConditions = {{"PK", "=", {{"S", "c#1"}}, {}}};
    spec.conditions = {{"total", ">", {{"N", "1"}}, {}}};
    spec.updates = {{"INCREMENT", "total", {{"N", "1"}}}};
    spec.projection = {"total"};
    if (spec.isTransaction()) {
        OperationSpec get = spec;
        get.operation = "GetItem";
        OperationSpec put = spec;
        put.operation = "PutItem";
        spec.transactItems = {operation == "TransactGetItems" ? get : put};
    }
    return buildRequest(spec);
}

}  // namespace

class TestCodeGenerator : public QObject {
    Q_OBJECT

private slots:
    void namesFollowBotocore();
    void shellQuoting();
    void pythonGetItem();
    void javascriptGetItem();
    void javaGetItem();
    void cliPutItemQuotesJson();
    void cliPagesQueryLimit();
    void binaryValuesInEveryLanguage();
    void everyOperationInEveryLanguage();
    void formatsRequestJsonInWritingOrder();
    void autoScalingCommands();
};

void TestCodeGenerator::namesFollowBotocore() {
    QCOMPARE(text(wireNameToSnake("TransactWriteItems", '-')), QStringLiteral("transact-write-items"));
    QCOMPARE(text(wireNameToSnake("GetItem", '_')), QStringLiteral("get_item"));
    QCOMPARE(text(wireNameToSnake("SSESpecification", '-')), QStringLiteral("sse-specification"));
    QCOMPARE(text(wireNameToSnake("UpdateTimeToLive", '-')), QStringLiteral("update-time-to-live"));
    QCOMPARE(text(wireNameToSnake("ReturnValuesOnConditionCheckFailure", '-')),
             QStringLiteral("return-values-on-condition-check-failure"));
}

void TestCodeGenerator::shellQuoting() {
    QCOMPARE(text(shellQuote("Orders")), QStringLiteral("Orders"));
    QCOMPARE(text(shellQuote("http://127.0.0.1:8000")), QStringLiteral("http://127.0.0.1:8000"));
    QCOMPARE(text(shellQuote("a b")), QStringLiteral("'a b'"));
    QCOMPARE(text(shellQuote("it's")), QStringLiteral("'it'\\''s'"));
    QCOMPARE(text(shellQuote("#pk = :v")), QStringLiteral("'#pk = :v'"));
    QCOMPARE(text(shellQuote("$HOME")), QStringLiteral("'$HOME'"));
    QCOMPARE(text(shellQuote("")), QStringLiteral("''"));
}

void TestCodeGenerator::pythonGetItem() {
    const json request = json::parse(R"({"TableName": "Orders", "Key": {"PK": {"S": "c#1"}},
        "ProjectionExpression": "#t", "ExpressionAttributeNames": {"#t": "total"}, "ConsistentRead": true,
        "ReturnConsumedCapacity": "TOTAL"})");
    CodegenOptions options;
    options.endpointUrl = "http://127.0.0.1:8000";
    QCOMPARE(text(generateCode(Language::Python, "GetItem", request, options)), QStringLiteral(R"(import boto3

client = boto3.client("dynamodb", region_name="us-east-1", endpoint_url="http://127.0.0.1:8000")

response = client.get_item(
    TableName="Orders",
    Key={"PK": {"S": "c#1"}},
    ProjectionExpression="#t",
    ExpressionAttributeNames={"#t": "total"},
    ConsistentRead=True,
    ReturnConsumedCapacity="TOTAL",
)
print(response.get("Item"))
print("Consumed capacity:", response.get("ConsumedCapacity"))
)"));
}

void TestCodeGenerator::javascriptGetItem() {
    const json request =
        json::parse(R"({"TableName": "Orders", "Key": {"PK": {"S": "c#1"}}, "ConsistentRead": false})");
    QCOMPARE(text(generateCode(Language::JavaScript, "GetItem", request)),
             QStringLiteral(R"(import { DynamoDBClient, GetItemCommand } from "@aws-sdk/client-dynamodb";

const client = new DynamoDBClient({ region: "us-east-1" });

const response = await client.send(
  new GetItemCommand({
    TableName: "Orders",
    Key: { PK: { S: "c#1" } },
    ConsistentRead: false,
  }),
);
console.log(response.Item);
)"));
}

void TestCodeGenerator::javaGetItem() {
    const json request = json::parse(R"({"TableName": "Orders", "Key": {"PK": {"S": "c#1"}, "SK": {"N": "2"}},
        "ReturnConsumedCapacity": "INDEXES", "ConsistentRead": true})");
    const QString code = text(generateCode(Language::Java, "GetItem", request, {"http://localhost:8000", "eu-west-1"}));
    for (const char* line : {
             "import java.net.URI;",
             "import java.util.Map;",
             "import software.amazon.awssdk.services.dynamodb.DynamoDbClient;",
             "import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;",
             "import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;",
             "public class GetItemExample {",
             "                .region(Region.of(\"eu-west-1\"))",
             "                .endpointOverride(URI.create(\"http://localhost:8000\"))",
             "            GetItemRequest request = GetItemRequest.builder()",
             "                    .tableName(\"Orders\")",
             "                            \"PK\", AttributeValue.builder().s(\"c#1\").build(),",
             "                            \"SK\", AttributeValue.builder().n(\"2\").build()",
             "                    .consistentRead(true)",
             "                    .returnConsumedCapacity(ReturnConsumedCapacity.INDEXES)",
             "            GetItemResponse response = client.getItem(request);",
             "            System.out.println(response.item());",
         })
        QVERIFY2(code.contains(QLatin1String(line)),
                 qPrintable(code + QStringLiteral("\nmissing: ") + QLatin1String(line)));
    QCOMPARE(code.count(QLatin1Char('{')), code.count(QLatin1Char('}')));
    QCOMPARE(code.count(QLatin1Char('(')), code.count(QLatin1Char(')')));
}

void TestCodeGenerator::cliPutItemQuotesJson() {
    const json request = json::parse(R"J({"TableName": "Orders", "Item": {"PK": {"S": "it's"}},
        "ConditionExpression": "attribute_not_exists(PK)", "ReturnValues": "ALL_OLD"})J");
    QCOMPARE(text(awsCliCommand("PutItem", request, {"http://127.0.0.1:8000", {}, true})),
             QStringLiteral("aws dynamodb put-item \\\n"
                            "    --table-name Orders \\\n"
                            "    --item '{\"PK\":{\"S\":\"it'\\''s\"}}' \\\n"
                            "    --condition-expression 'attribute_not_exists(PK)' \\\n"
                            "    --return-values ALL_OLD \\\n"
                            "    --endpoint-url http://127.0.0.1:8000"));
    QCOMPARE(
        text(awsCliCommand("GetItem", json::parse(R"({"TableName": "T", "ConsistentRead": false})"), {{}, {}, false})),
        QStringLiteral("aws dynamodb get-item --table-name T --no-consistent-read"));
}

void TestCodeGenerator::cliPagesQueryLimit() {
    const QString command = text(awsCliCommand("Query", json::parse(R"({"TableName": "T", "Limit": 3,
        "ScanIndexForward": false})"),
                                               {{}, {}, false}));
    QCOMPARE(command,
             QStringLiteral("aws dynamodb query --table-name T --max-items 3 --page-size 3 --no-scan-index-forward"));
}

void TestCodeGenerator::binaryValuesInEveryLanguage() {
    const json request = json::parse(R"({"TableName": "T", "Key": {"id": {"B": "AQL/"}},
        "ExpressionAttributeValues": {":s": {"BS": ["AA=="]}, ":m": {"M": {"b": {"B": "YQ=="}}}}})");
    const QString python = text(generateCode(Language::Python, "GetItem", request));
    QVERIFY2(python.contains(QStringLiteral(R"({"B": b"\x01\x02\xff"})")), qPrintable(python));
    QVERIFY2(python.contains(QStringLiteral(R"({"BS": [b"\x00"]})")), qPrintable(python));
    QVERIFY2(python.contains(QStringLiteral(R"({"M": {"b": {"B": b"a"}}})")), qPrintable(python));
    const QString js = text(generateCode(Language::JavaScript, "GetItem", request));
    QVERIFY2(js.contains(QStringLiteral(R"(B: Buffer.from("AQL/", "base64"))")), qPrintable(js));
    const QString java = text(generateCode(Language::Java, "GetItem", request));
    QVERIFY2(java.contains(QStringLiteral(R"(.b(SdkBytes.fromByteArray(Base64.getDecoder().decode("AQL/"))))")),
             qPrintable(java));
    QVERIFY(java.contains(QStringLiteral("import software.amazon.awssdk.core.SdkBytes;")));
    const QString cli = text(generateCode(Language::AwsCli, "GetItem", request));
    QVERIFY2(cli.contains(QStringLiteral(R"('{"id":{"B":"AQL/"}}')")), qPrintable(cli));
}

void TestCodeGenerator::everyOperationInEveryLanguage() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    for (const std::string& operation : dataPlaneOperations()) {
        const json request = sampleRequest(operation);
        for (Language language : {Language::Python, Language::JavaScript, Language::Java, Language::AwsCli}) {
            QVERIFY(supportsOperation(language, operation));
            QVERIFY(!generateCode(language, operation, request).empty());
        }
        const QString python = text(generateCode(Language::Python, operation, request));
        QVERIFY2(python.contains(QStringLiteral("client.%1(").arg(text(wireNameToSnake(operation, '_')))),
                 qPrintable(python));
        QProcess compile;
        compile.start(QStringLiteral("/usr/bin/python3"),
                      {QStringLiteral("-c"), QStringLiteral("import ast, sys; ast.parse(sys.stdin.read())")});
        QVERIFY(compile.waitForStarted());
        compile.write(python.toUtf8());
        compile.closeWriteChannel();
        QVERIFY(compile.waitForFinished());
        QVERIFY2(compile.exitCode() == 0, qPrintable(python + QString::fromUtf8(compile.readAllStandardError())));

        if (!node.isEmpty()) {
            const QString path = dir.filePath(QString::fromStdString(operation) + QStringLiteral(".mjs"));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray::fromStdString(generateCode(Language::JavaScript, operation, request)));
            file.close();
            QProcess check;
            check.start(node, {QStringLiteral("--check"), path});
            QVERIFY(check.waitForFinished());
            QVERIFY2(check.exitCode() == 0, qPrintable(QString::fromUtf8(check.readAllStandardError())));
        }
        const QString java = text(generateCode(Language::Java, operation, request));
        QVERIFY(java.contains(QStringLiteral("%1Request request = %1Request.builder()").arg(text(operation))));
        QCOMPARE(java.count(QLatin1Char('(')), java.count(QLatin1Char(')')));
    }
    QVERIFY(!supportsOperation(Language::Java, "CreateTable"));
    QVERIFY(supportsOperation(Language::Python, "CreateTable"));
}

void TestCodeGenerator::formatsRequestJsonInWritingOrder() {
    const json request = json::parse(R"({"ReturnConsumedCapacity": "TOTAL", "Key": {"b": {"S": "1"}, "a": {"S": "2"}},
        "TableName": "T", "Zebra": [1, 2], "AttributeDefinitions": [{"AttributeName": "a", "AttributeType": "S"},
        {"AttributeName": "b", "AttributeType": "S"}, {"AttributeName": "c", "AttributeType": "N"}]})");
    QCOMPARE(
        text(formatRequestJson(request, -1)),
        QStringLiteral(
            R"({"TableName": "T", "Key": {"a": {"S": "2"}, "b": {"S": "1"}}, "ReturnConsumedCapacity": "TOTAL", )"
            R"("AttributeDefinitions": [{"AttributeName": "a", "AttributeType": "S"}, )"
            R"({"AttributeName": "b", "AttributeType": "S"}, {"AttributeName": "c", "AttributeType": "N"}], "Zebra": [1, 2]})"));
    // Top level one member per line; what fits stays on a line; what does not breaks by element.
    QCOMPARE(text(formatRequestJson(request, 2, 60)), QStringLiteral(R"({
  "TableName": "T",
  "Key": {"a": {"S": "2"}, "b": {"S": "1"}},
  "ReturnConsumedCapacity": "TOTAL",
  "AttributeDefinitions": [
    {"AttributeName": "a", "AttributeType": "S"},
    {"AttributeName": "b", "AttributeType": "S"},
    {"AttributeName": "c", "AttributeType": "N"}
  ],
  "Zebra": [1, 2]
})"));
    // Whatever the layout, it is the same JSON.
    QVERIFY(json::parse(formatRequestJson(request, 2, 20)) == request);
}

void TestCodeGenerator::autoScalingCommands() {
    TableDesign d;
    d.tableName = "Orders";
    d.partitionKey = {"PK", "S"};
    QVERIFY(shardscope::tools::autoScalingCommands(d).empty());
    d.billingMode = "PROVISIONED";
    d.throughput.readScaling = {true, 5, 50, 70.0};
    IndexDesign gsi;
    gsi.name = "G";
    gsi.throughput.writeScaling = {true, 1, 9, 60.0};
    d.globalIndexes = {gsi};
    const auto commands = shardscope::tools::autoScalingCommands(d, {"http://ignored", {}, false});
    QCOMPARE(commands.size(), std::size_t(4));
    QCOMPARE(text(commands[0]),
             QStringLiteral("aws application-autoscaling register-scalable-target --service-namespace dynamodb "
                            "--resource-id table/Orders --scalable-dimension dynamodb:table:ReadCapacityUnits "
                            "--min-capacity 5 --max-capacity 50"));
    QVERIFY(
        text(commands[1])
            .contains(QStringLiteral(
                R"('{"PredefinedMetricSpecification":{"PredefinedMetricType":"DynamoDBReadCapacityUtilization"},"TargetValue":70.0}')")));
    QVERIFY(text(commands[2])
                .contains(QStringLiteral("--resource-id table/Orders/index/G --scalable-dimension "
                                         "dynamodb:index:WriteCapacityUnits")));
    QVERIFY(!text(commands[3]).contains(QStringLiteral("ignored")));
}

QTEST_APPLESS_MAIN(TestCodeGenerator)
#include "tst_code_generator.moc"
