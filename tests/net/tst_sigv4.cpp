// Tests engine/net/src/sigv4.cpp and sigv4_verifier.cpp.
//
// The expected canonical requests, strings to sign and Authorization headers
// are AWS's published Signature Version 4 test suite (aws-sig-v4-test-suite:
// access key AKIDEXAMPLE, region us-east-1, service "service", signed at
// 20150830T123600Z). Each case also goes through SigV4Verifier, so the
// endpoint accepts exactly what the signer produces, and refuses variations
// with DynamoDB's error types.
#include "shardscope/net/aws_ini_file.h"
#include "shardscope/net/sigv4.h"
#include "shardscope/net/sigv4_verifier.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <string>
#include <vector>

using namespace shardscope::net;
using shardscope::engine::ErrorCode;

namespace {

constexpr std::string_view kAccessKey = "AKIDEXAMPLE";
constexpr std::string_view kSecret = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
constexpr std::string_view kAmzDate = "20150830T123600Z";
constexpr std::string_view kEmptyHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
// post-sts-token's example session token.
constexpr std::string_view kStsToken =
    "AQoDYXdzEPT//////////wEXAMPLEtc764bNrC9SAPBSM22wDOk4x4HIZ8j4FZTwdQWLWsKWHGBuFqwAeMicRXmxfpSPfIeoIYRqTflfKD8YUu"
    "wthAx7mSEI/qkPpKPi/kMcGdQrmGdeehM4IC1NtBmUpp2wUE8phUZampKsburEDy0KPkyQDYwT7WZ0wq5VSXDvp75YU9HFvlRd8Tx6q6fE8YQc"
    "HNVXAkiY9q6d+xo0rKwT38xVqr7ZD0u0iPPkUL64lIZbqBAz+scqKmlzm8FDrypNC9Yjc8fPOLn9FX9KSYvKTr4rvx3iSIlTJabIQwj2ICCR/"
    "oLxBA==";

struct Vector {
    const char* name;
    const char* method;
    const char* path;
    const char* query;
    std::vector<sigv4::Header> headers;  // besides Host and X-Amz-Date
    const char* payload;
    std::string canonicalRequest;
    std::string stringToSign;
    std::string authorization;
};

std::string scopeLine() {
    return "20150830/us-east-1/service/aws4_request";
}

std::string sts(const char* hash) {
    return "AWS4-HMAC-SHA256\n20150830T123600Z\n" + scopeLine() + "\n" + hash;
}

std::string authz(const char* signedHeaders, const char* signature) {
    return "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/" + scopeLine() + ", SignedHeaders=" + signedHeaders +
           ", Signature=" + signature;
}

std::string plainCreq(const char* method, const char* uri, const char* query) {
    return std::string(method) + "\n" + uri + "\n" + query +
           "\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\nhost;x-amz-date\n" + std::string(kEmptyHash);
}

const std::vector<Vector>& vectors() {
    static const std::vector<Vector> all = {
        {"get-vanilla", "GET", "/", "", {}, "", plainCreq("GET", "/", ""),
         sts("bb579772317eb040ac9ed261061d46c1f17a8133879d6129b6e1c25292927e63"),
         authz("host;x-amz-date", "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31")},
        {"get-vanilla-query-order-key-case", "GET", "/", "Param2=value2&Param1=value1", {}, "",
         plainCreq("GET", "/", "Param1=value1&Param2=value2"),
         sts("816cd5b414d056048ba4f7c5386d6e0533120fb1fcfa93762cf0fc39e2cf19e0"),
         authz("host;x-amz-date", "b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500")},
        {"get-vanilla-query-order-key", "GET", "/", "Param1=value2&Param1=Value1", {}, "",
         plainCreq("GET", "/", "Param1=Value1&Param1=value2"),
         sts("704b4cef673542d84cdff252633f065e8daeba5f168b77116f8b1bcaf3d38f89"),
         authz("host;x-amz-date", "eedbc4e291e521cf13422ffca22be7d2eb8146eecf653089df300a15b2382bd1")},
        {"get-vanilla-query-order-value", "GET", "/", "Param1=value2&Param1=value1", {}, "",
         plainCreq("GET", "/", "Param1=value1&Param1=value2"),
         sts("c968629d70850097a2d8781c9bf7edcb988b04cac14cca9be4acc3595f884606"),
         authz("host;x-amz-date", "5772eed61e12b33fae39ee5e7012498b51d56abc0abb7c60486157bd471c4694")},
        {"get-vanilla-query-unreserved", "GET", "/",
         "-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz="
         "-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
         {}, "",
         plainCreq("GET", "/",
                   "-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz="
                   "-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"),
         sts("c30d4703d9f799439be92736156d47ccfb2d879ddf56f5befa6d1d6aab979177"),
         authz("host;x-amz-date", "9c3e54bfcdf0b19771a7f523ee5669cdf59bc7cc0884027167c21bb143a40197")},
        {"get-vanilla-utf8-query", "GET", "/", "%E1%88%B4=bar", {}, "", plainCreq("GET", "/", "%E1%88%B4=bar"),
         sts("eb30c5bed55734080471a834cc727ae56beb50e5f39d1bff6d0d38cb192a7073"),
         authz("host;x-amz-date", "2cdec8eed098649ff3a119c94853b13c643bcf08f8b0a1d91e12c9027818dd04")},
        {"get-utf8", "GET", "/\xE1\x88\xB4", "", {}, "", plainCreq("GET", "/%E1%88%B4", ""), {},
         authz("host;x-amz-date", "8318018e0b0f223aa2bbf98705b62bb787dc9c0e678f255a891fd03141be5d85")},
        {"get-unreserved", "GET", "/-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", "", {}, "",
         plainCreq("GET", "/-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", ""),
         sts("6a968768eefaa713e2a6b16b589a8ea192661f098f37349f4e2c0082757446f9"),
         authz("host;x-amz-date", "07ef7494c76fa4850883e2b006601f940f8a34d404d0cfa977f52a65bbf5f24f")},
        {"get-header-key-duplicate", "GET", "/", "",
         {{"My-Header1", "value2"}, {"My-Header1", "value2"}, {"My-Header1", "value1"}}, "",
         "GET\n/\n\nhost:example.amazonaws.com\nmy-header1:value2,value2,value1\nx-amz-date:20150830T123600Z\n\n"
         "host;my-header1;x-amz-date\n" + std::string(kEmptyHash),
         sts("dc7f04a3abfde8d472b0ab1a418b741b7c67174dad1551b4117b15527fbe966c"),
         authz("host;my-header1;x-amz-date", "c9d5ea9f3f72853aea855b47ea873832890dbdd183b4468f858259531a5138ea")},
        {"get-header-value-order", "GET", "/", "",
         {{"My-Header1", "value4"}, {"My-Header1", "value1"}, {"My-Header1", "value3"}, {"My-Header1", "value2"}},
         "",
         "GET\n/\n\nhost:example.amazonaws.com\nmy-header1:value4,value1,value3,value2\nx-amz-date:20150830T123600Z"
         "\n\nhost;my-header1;x-amz-date\n" + std::string(kEmptyHash),
         sts("31ce73cd3f3d9f66977ad3dd957dc47af14df92fcd8509f59b349e9137c58b86"),
         authz("host;my-header1;x-amz-date", "08c7e5a9acfcfeb3ab6b2185e75ce8b1deb5e634ec47601a50643f830c755c01")},
        {"get-header-value-trim", "GET", "/", "", {{"My-Header1", " value1"}, {"My-Header2", " \"a   b   c\""}}, "",
         "GET\n/\n\nhost:example.amazonaws.com\nmy-header1:value1\nmy-header2:\"a b c\"\nx-amz-date:20150830T123600Z"
         "\n\nhost;my-header1;my-header2;x-amz-date\n" + std::string(kEmptyHash),
         sts("a726db9b0df21c14f559d0a978e563112acb1b9e05476f0a6a1c7d68f28605c7"),
         authz("host;my-header1;my-header2;x-amz-date",
               "acc3ed3afb60bb290fc8d2dd0098b9911fcaa05412b367055dee359757a9c736")},
        {"post-vanilla", "POST", "/", "", {}, "", plainCreq("POST", "/", ""),
         sts("553f88c9e4d10fc9e109e2aeb65f030801b70c2f6468faca261d401ae622fc87"),
         authz("host;x-amz-date", "5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b")},
        {"post-vanilla-query", "POST", "/", "Param1=value1", {}, "", plainCreq("POST", "/", "Param1=value1"),
         sts("9d659678c1756bb3113e2ce898845a0a79dbbc57b740555917687f1b3340fbbd"),
         authz("host;x-amz-date", "28038455d6de14eafc1f9222cf5aa6f1a96197d7deb8263271d420d138af7f11")},
        {"post-header-key-sort", "POST", "/", "", {{"My-Header1", "value1"}}, "",
         "POST\n/\n\nhost:example.amazonaws.com\nmy-header1:value1\nx-amz-date:20150830T123600Z\n\n"
         "host;my-header1;x-amz-date\n" + std::string(kEmptyHash),
         sts("9368318c2967cf6de74404b30c65a91e8f6253e0a8659d6d5319f1a812f87d65"),
         authz("host;my-header1;x-amz-date", "c5410059b04c1ee005303aed430f6e6645f61f4dc9e1461ec8f8916fdf18852c")},
        {"post-header-value-case", "POST", "/", "", {{"My-Header1", "VALUE1"}}, "",
         "POST\n/\n\nhost:example.amazonaws.com\nmy-header1:VALUE1\nx-amz-date:20150830T123600Z\n\n"
         "host;my-header1;x-amz-date\n" + std::string(kEmptyHash),
         sts("d51ced243e649e3de6ef63afbbdcbca03131a21a7103a1583706a64618606a93"),
         authz("host;my-header1;x-amz-date", "cdbc9802e29d2942e5e10b5bccfdd67c5f22c7c4e8ae67b53629efa58b974b7d")},
        {"post-x-www-form-urlencoded", "POST", "/", "", {{"Content-Type", "application/x-www-form-urlencoded"}},
         "Param1=value1",
         "POST\n/\n\ncontent-type:application/x-www-form-urlencoded\nhost:example.amazonaws.com\n"
         "x-amz-date:20150830T123600Z\n\ncontent-type;host;x-amz-date\n"
         "9095672bbd1f56dfc5b65f3e153adc8731a4a654192329106275f4c7b24d0b6e",
         sts("42a5e5bb34198acb3e84da4f085bb7927f2bc277ca766e6d19c73c2154021281"),
         authz("content-type;host;x-amz-date", "ff11897932ad3f4e8b18135d722051e5ac45fc38421b1da7b9d196a0fe09473a")},
        {"post-sts-header-before", "POST", "/", "", {{"X-Amz-Security-Token", std::string(kStsToken)}}, "",
         "POST\n/\n\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\nx-amz-security-token:" +
             std::string(kStsToken) + "\n\nhost;x-amz-date;x-amz-security-token\n" + std::string(kEmptyHash),
         sts("c237e1b440d4c63c32ca95b5b99481081cb7b13c7e40434868e71567c1a882f6"),
         authz("host;x-amz-date;x-amz-security-token",
               "85d96828115b5dc0cfc3bd16ad9e210dd772bbebba041836c64533a82be05ead")},
    };
    return all;
}

sigv4::SignableRequest requestOf(const Vector& vector) {
    sigv4::SignableRequest request;
    request.method = vector.method;
    request.path = vector.path;
    request.query = vector.query;
    request.headers.emplace_back("Host", "example.amazonaws.com");
    for (const auto& header : vector.headers)
        if (header.first != "X-Amz-Security-Token")
            request.headers.push_back(header);
    request.payload = vector.payload;
    return request;
}

sigv4::Credentials exampleCredentials(const Vector& vector) {
    sigv4::Credentials credentials{std::string(kAccessKey), std::string(kSecret), {}};
    for (const auto& header : vector.headers)
        if (header.first == "X-Amz-Security-Token")
            credentials.sessionToken = header.second;
    return credentials;
}

std::chrono::system_clock::time_point at(const char* isoUtc) {
    const QDateTime time = QDateTime::fromString(QString::fromLatin1(isoUtc), Qt::ISODate);
    return std::chrono::system_clock::time_point(std::chrono::milliseconds(time.toMSecsSinceEpoch()));
}

// A DynamoDB-shaped request signed with `secret` for `key` at `amzDate`.
sigv4::SignableRequest dynamoRequest(std::string_view key, std::string_view secret, std::string_view amzDate,
                                     std::string_view region = "us-east-1") {
    sigv4::SignableRequest request;
    request.method = "POST";
    request.headers = {{"Host", "127.0.0.1:8000"},
                       {"Content-Type", "application/x-amz-json-1.0"},
                       {"X-Amz-Target", "DynamoDB_20120810.ListTables"}};
    request.payload = "{}";
    sigv4::signRequest(&request, {std::string(key), std::string(secret), {}}, region, "dynamodb", amzDate);
    return request;
}

std::string headerValue(const sigv4::SignableRequest& request, std::string_view name) {
    for (const auto& [headerName, value] : request.headers)
        if (headerName == name)
            return value;
    return {};
}

}  // namespace

class TestSigV4 : public QObject {
    Q_OBJECT

private slots:
    void testSuite_data() {
        QTest::addColumn<int>("index");
        for (std::size_t i = 0; i < vectors().size(); ++i)
            QTest::newRow(vectors()[i].name) << static_cast<int>(i);
    }

    // Every step of signing equals AWS's published files.
    void testSuite() {
        QFETCH(int, index);
        const Vector& vector = vectors()[static_cast<std::size_t>(index)];
        sigv4::SignableRequest request = requestOf(vector);
        const sigv4::Credentials credentials = exampleCredentials(vector);

        sigv4::signRequest(&request, credentials, "us-east-1", "service", kAmzDate);
        const std::string signedHeaders = sigv4::signedHeaderList([&] {
            std::vector<sigv4::Header> unsignedHeaders;
            for (const auto& header : request.headers)
                if (header.first != "Authorization")
                    unsignedHeaders.push_back(header);
            return unsignedHeaders;
        }());
        const std::string canonical = sigv4::canonicalRequest(request, signedHeaders);
        QCOMPARE(canonical, vector.canonicalRequest);
        if (!vector.stringToSign.empty())
            QCOMPARE(sigv4::stringToSign(kAmzDate, scopeLine(), canonical), vector.stringToSign);
        QCOMPARE(headerValue(request, "Authorization"), vector.authorization);

        // The endpoint's side accepts what was signed, within the skew...
        const SigV4Verifier verifier(std::vector<sigv4::Credentials>{credentials});
        const auto refusal = verifier.verify(request, at("2015-08-30T12:40:00Z"));
        // ...apart from the scope's service, which must be DynamoDB's.
        QVERIFY(refusal.has_value());
        QCOMPARE(refusal->code(), ErrorCode::InvalidSignature);
        QCOMPARE(refusal->message(), std::string("Credential should be scoped to correct service: 'dynamodb'. "));
    }

    void signingKeyFromTheDocumentation() {
        // AWS's "derive a signing key" example (IAM User Guide): secret
        // wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY, 20120215, us-east-1, iam.
        const std::string key = sigv4::signingKey(kSecret, "20120215", "us-east-1", "iam");
        QCOMPARE(QByteArray::fromStdString(key).toHex(),
                 QByteArray("f4780e2d9f65fa895f9c67b32ce1baf0b0d8a43505a000a1a9e090d414db404d"));
    }

    void canonicalUriNormalisesPaths_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");
        // normalize-path group of the suite.
        QTest::newRow("get-relative") << "/example/.." << "/";
        QTest::newRow("get-relative-relative") << "/example1/example2/../.." << "/";
        QTest::newRow("get-slash") << "//" << "/";
        QTest::newRow("get-slash-dot-slash") << "/./" << "/";
        QTest::newRow("get-slash-pointless-dot") << "/./example" << "/example";
        QTest::newRow("get-slashes") << "//example//" << "/example/";
        QTest::newRow("get-space") << "/example space/" << "/example%20space/";
        QTest::newRow("empty") << "" << "/";
    }

    void canonicalUriNormalisesPaths() {
        QFETCH(QString, path);
        QFETCH(QString, expected);
        QCOMPARE(QString::fromStdString(sigv4::canonicalUri(path.toStdString())), expected);
    }

    void verifierAcceptsDynamoDbRequestsInAnyRegion() {
        const SigV4Verifier verifier(std::vector<sigv4::Credentials>{{"local", "secret", {}}});
        for (const char* region : {"us-east-1", "eu-central-1", "localhost"}) {
            const auto request = dynamoRequest("local", "secret", "20261121T070000Z", region);
            QVERIFY2(!verifier.verify(request, at("2026-11-21T07:05:00Z")), region);
        }
    }

    void verifierRefusals() {
        const SigV4Verifier verifier(std::vector<sigv4::Credentials>{{"local", "secret", {}}});
        const auto now = at("2026-11-21T07:00:00Z");

        sigv4::SignableRequest unsignedRequest;
        unsignedRequest.method = "POST";
        unsignedRequest.headers = {{"Host", "127.0.0.1"}};
        auto refusal = verifier.verify(unsignedRequest, now);
        QVERIFY(refusal);
        QCOMPARE(refusal->code(), ErrorCode::MissingAuthenticationToken);
        QCOMPARE(refusal->message(), std::string("Request is missing Authentication Token"));
        QCOMPARE(refusal->httpStatus(), 400);
        QCOMPARE(refusal->typeName(), std::string("com.amazon.coral.service#MissingAuthenticationTokenException"));

        auto wrongKey = dynamoRequest("someone-else", "secret", "20261121T070000Z");
        refusal = verifier.verify(wrongKey, now);
        QVERIFY(refusal);
        QCOMPARE(refusal->code(), ErrorCode::UnrecognizedClient);
        QCOMPARE(refusal->message(), std::string("The security token included in the request is invalid."));

        auto wrongSecret = dynamoRequest("local", "not-the-secret", "20261121T070000Z");
        refusal = verifier.verify(wrongSecret, now);
        QVERIFY(refusal);
        QCOMPARE(refusal->code(), ErrorCode::InvalidSignature);
        QVERIFY(refusal->message().starts_with(
            "The request signature we calculated does not match the signature you provided. Check your AWS Secret "
            "Access Key and signing method. Consult the service documentation for details.\n\nThe Canonical String "
            "for this request should have been\n'POST\n/\n\ncontent-type:application/x-amz-json-1.0\n"));

        // The body is signed: changing it after signing is detected.
        auto tampered = dynamoRequest("local", "secret", "20261121T070000Z");
        tampered.payload = R"({"Limit":1})";
        refusal = verifier.verify(tampered, now);
        QVERIFY(refusal);
        QCOMPARE(refusal->code(), ErrorCode::InvalidSignature);

        auto old = dynamoRequest("local", "secret", "20261121T064459Z");
        refusal = verifier.verify(old, now);
        QVERIFY(refusal);
        QCOMPARE(refusal->code(), ErrorCode::InvalidSignature);
        QCOMPARE(refusal->message(), std::string("Signature expired: 20261121T064459Z is now earlier than "
                                                 "20261121T064500Z (20261121T070000Z - 15 min.)"));
        QVERIFY(!verifier.verify(dynamoRequest("local", "secret", "20261121T064500Z"), now));

        auto future = dynamoRequest("local", "secret", "20261121T071501Z");
        refusal = verifier.verify(future, now);
        QVERIFY(refusal);
        QCOMPARE(refusal->message(), std::string("Signature not yet current: 20261121T071501Z is still later than "
                                                 "20261121T071500Z (20261121T070000Z + 15 min.)"));

        sigv4::SignableRequest incomplete;
        incomplete.method = "POST";
        incomplete.headers = {{"Host", "127.0.0.1"}, {"Authorization", "AWS4-HMAC-SHA256 Credential=local/x"}};
        refusal = verifier.verify(incomplete, now);
        QVERIFY(refusal);
        QCOMPARE(refusal->code(), ErrorCode::IncompleteSignature);
        QCOMPARE(refusal->message(),
                 std::string("Authorization header requires 'Signature' parameter. Authorization header requires "
                             "'SignedHeaders' parameter. Authorization header requires existence of either a "
                             "'X-Amz-Date' or a 'Date' header. Authorization=AWS4-HMAC-SHA256 Credential=local/x"));
    }

    void sessionTokensMustMatch() {
        const SigV4Verifier verifier(std::vector<sigv4::Credentials>{{"temp", "secret", "token-1"}});
        const auto now = at("2026-11-21T07:00:00Z");
        sigv4::SignableRequest request;
        request.method = "POST";
        request.headers = {{"Host", "localhost"}};
        sigv4::signRequest(&request, {"temp", "secret", "token-1"}, "us-east-1", "dynamodb", "20261121T070000Z");
        QVERIFY(!verifier.verify(request, now));

        sigv4::SignableRequest other;
        other.method = "POST";
        other.headers = {{"Host", "localhost"}};
        sigv4::signRequest(&other, {"temp", "secret", "token-2"}, "us-east-1", "dynamodb", "20261121T070000Z");
        const auto refusal = verifier.verify(other, now);
        QVERIFY(refusal);
        QCOMPARE(refusal->code(), ErrorCode::UnrecognizedClient);
    }

    void credentialsFileAcceptsEveryProfile() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("credentials"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# team keys\n[default]\naws_access_key_id = first\naws_secret_access_key = one\n\n"
                   "[ci]\r\naws_access_key_id=second\r\naws_secret_access_key=two\r\n"
                   "[broken]\naws_access_key_id = third\n");
        file.close();

        QString error;
        const auto verifier = SigV4Verifier::fromCredentialsFile(path, &error);
        QVERIFY2(verifier, qPrintable(error));
        QCOMPARE(verifier->keyCount(), std::size_t(2));
        const auto now = at("2026-11-21T07:00:00Z");
        QVERIFY(!verifier->verify(dynamoRequest("first", "one", "20261121T070000Z"), now));
        QVERIFY(!verifier->verify(dynamoRequest("second", "two", "20261121T070000Z"), now));
        QVERIFY(verifier->verify(dynamoRequest("third", "", "20261121T070000Z"), now));

        QVERIFY(!SigV4Verifier::fromCredentialsFile(dir.filePath(QStringLiteral("missing")), &error));
        QVERIFY(!error.isEmpty());
    }

    void configFileNamesProfiles() {
        const AwsIniFile config = AwsIniFile::parse(
            "[default]\nregion = eu-west-1\n[profile work]\nregion=us-west-2\ns3 =\n  max_concurrent_requests = 2\n"
            "; comment\n[sso-session x]\nsso_region = us-east-1\n");
        QCOMPARE(config.profile("default", AwsIniFile::Kind::Config)->value("region"), std::string("eu-west-1"));
        QCOMPARE(config.profile("work", AwsIniFile::Kind::Config)->value("region"), std::string("us-west-2"));
        QVERIFY(!config.profile("work", AwsIniFile::Kind::Config)->has("max_concurrent_requests"));
        QVERIFY(!config.profile("x", AwsIniFile::Kind::Config));
        QCOMPARE(config.profileNames(AwsIniFile::Kind::Config), (std::vector<std::string>{"default", "work"}));
    }
};

QTEST_GUILESS_MAIN(TestSigV4)
#include "tst_sigv4.moc"
