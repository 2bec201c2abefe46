// Tests engine/net/src/http_request_parser.cpp: requests whole, in pieces and
// pipelined; Content-Length and chunked bodies; bodies over the limit; keep-
// alive rules; request targets; Expect: 100-continue; and the malformed
// inputs that must end the connection.
#include "http_request_parser.h"

#include <QTest>

#include <string>
#include <vector>

using shardscope::net::HttpRequest;
using shardscope::net::HttpRequestParser;
using Status = HttpRequestParser::Status;

namespace {

constexpr std::size_t kLimit = 64;

QString q(std::string_view text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

// What a parsed request looked like, copied out of the parser.
struct Seen {
    HttpRequest::Method method = HttpRequest::Method::Other;
    std::string path, target, contentType, body;
    bool tooLarge = false;
    bool keepAlive = true;
};

Seen copy(const HttpRequest& r) {
    return {r.method, r.path, r.target, r.contentType, std::string(r.body), r.bodyTooLarge, r.keepAlive};
}

// Feeds `input` in pieces of `step` bytes and collects every request; stops
// at the first error (reported through *error).
std::vector<Seen> parseAll(std::string_view input, std::size_t step, bool* error = nullptr) {
    HttpRequestParser parser(kLimit);
    std::vector<Seen> out;
    if (error) *error = false;
    for (std::size_t at = 0; at < input.size(); at += step) {
        parser.append(input.substr(at, step));
        for (;;) {
            const Status status = parser.next();
            if (status == Status::NeedMore) break;
            if (status == Status::ContinueExpected) continue;
            if (status == Status::Error) {
                if (error) *error = true;
                return out;
            }
            out.push_back(copy(parser.request()));
        }
    }
    return out;
}

Status finalStatus(std::string_view input) {
    HttpRequestParser parser(kLimit);
    parser.append(input);
    Status status = parser.next();
    while (status == Status::Ready || status == Status::ContinueExpected) status = parser.next();
    return status;
}

const std::string kPost =
    "POST / HTTP/1.1\r\nHost: x\r\nX-Amz-Target: DynamoDB_20120810.GetItem\r\n"
    "Content-Type: application/x-amz-json-1.0\r\nContent-Length: 2\r\n\r\n{}";

}  // namespace

class TestHttpRequestParser : public QObject {
    Q_OBJECT

private slots:
    void wholeRequest() {
        const auto seen = parseAll(kPost, kPost.size());
        QCOMPARE(seen.size(), std::size_t(1));
        QVERIFY(seen[0].method == HttpRequest::Method::Post);
        QCOMPARE(q(seen[0].path), QStringLiteral("/"));
        QCOMPARE(q(seen[0].target), QStringLiteral("DynamoDB_20120810.GetItem"));
        QCOMPARE(q(seen[0].contentType), QStringLiteral("application/x-amz-json-1.0"));
        QCOMPARE(q(seen[0].body), QStringLiteral("{}"));
        QVERIFY(seen[0].keepAlive);
        QVERIFY(!seen[0].tooLarge);
    }

    void everySplitGivesTheSameRequest() {
        const std::string chunked =
            "POST /p HTTP/1.1\r\nTransfer-Encoding: chunked\r\nx-amz-target: T\r\n\r\n"
            "3;ext=1\r\n{\"a\r\n4\r\n\":1}\r\n0\r\nTrailer: v\r\n\r\n";
        for (const std::string& input : {kPost, chunked}) {
            const auto whole = parseAll(input, input.size());
            QCOMPARE(whole.size(), std::size_t(1));
            for (std::size_t step = 1; step < input.size(); ++step) {
                const auto pieces = parseAll(input, step);
                QCOMPARE(pieces.size(), std::size_t(1));
                QCOMPARE(q(pieces[0].body), q(whole[0].body));
                QCOMPARE(q(pieces[0].target), q(whole[0].target));
            }
        }
        QCOMPARE(q(parseAll(chunked, chunked.size())[0].body), QStringLiteral("{\"a\":1}"));
    }

    void pipelinedRequests() {
        const std::string input = kPost + "\r\n" + "GET /?x=1 HTTP/1.1\r\n\r\n" + kPost;
        for (std::size_t step : {input.size(), std::size_t(7)}) {
            const auto seen = parseAll(input, step);
            QCOMPARE(seen.size(), std::size_t(3));
            QVERIFY(seen[1].method == HttpRequest::Method::Get);
            QCOMPARE(q(seen[1].path), QStringLiteral("/"));
            QCOMPARE(q(seen[1].body), QString());
            QCOMPARE(q(seen[2].body), QStringLiteral("{}"));
        }
    }

    void bodyOverTheLimitIsDroppedNotKept() {
        const std::string big(kLimit + 1, 'x');
        const std::string input = "POST / HTTP/1.1\r\nContent-Length: " + std::to_string(big.size()) + "\r\n\r\n" + big +
                                  "POST / HTTP/1.1\r\nContent-Length: 1\r\n\r\nz";
        for (std::size_t step : {input.size(), std::size_t(5)}) {
            const auto seen = parseAll(input, step);
            QCOMPARE(seen.size(), std::size_t(2));
            QVERIFY(seen[0].tooLarge);
            QVERIFY(seen[0].body.empty());
            QVERIFY(!seen[1].tooLarge);
            QCOMPARE(q(seen[1].body), QStringLiteral("z"));
        }
        // Exactly at the limit is kept.
        const std::string atLimit(kLimit, 'y');
        const auto kept = parseAll("POST / HTTP/1.1\r\nContent-Length: 64\r\n\r\n" + atLimit, 9);
        QCOMPARE(kept.size(), std::size_t(1));
        QVERIFY(!kept[0].tooLarge);
        QCOMPARE(kept[0].body.size(), kLimit);
    }

    void chunkedBodyOverTheLimit() {
        std::string input = "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n";
        for (int i = 0; i < 5; ++i) input += "10\r\n0123456789abcdef\r\n";
        input += "0\r\n\r\n";
        const auto seen = parseAll(input, 3);
        QCOMPARE(seen.size(), std::size_t(1));
        QVERIFY(seen[0].tooLarge);
        QVERIFY(seen[0].body.empty());
    }

    void keepAlive_data() {
        QTest::addColumn<QString>("head");
        QTest::addColumn<bool>("keepAlive");
        QTest::newRow("1.1") << "GET / HTTP/1.1\r\n" << true;
        QTest::newRow("1.1 close") << "GET / HTTP/1.1\r\nConnection: close\r\n" << false;
        QTest::newRow("1.1 listed close") << "GET / HTTP/1.1\r\nConnection: keep-alive, Close\r\n" << false;
        QTest::newRow("1.0") << "GET / HTTP/1.0\r\n" << false;
        QTest::newRow("1.0 keep-alive") << "GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n" << true;
    }

    void keepAlive() {
        QFETCH(QString, head);
        QFETCH(bool, keepAlive);
        const auto seen = parseAll(head.toStdString() + "\r\n", 1000);
        QCOMPARE(seen.size(), std::size_t(1));
        QCOMPARE(seen[0].keepAlive, keepAlive);
    }

    void targets_data() {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("path");
        QTest::newRow("root") << "/" << "/";
        QTest::newRow("query") << "/?a=b" << "/";
        QTest::newRow("fragment") << "/x#f" << "/x";
        QTest::newRow("absolute") << "http://h:8000/x?y" << "/x";
        QTest::newRow("absolute, no path") << "HTTP://h:8000" << "/";
        QTest::newRow("absolute, query only") << "http://h?y" << "/";
        QTest::newRow("asterisk") << "*" << "*";
        QTest::newRow("double slash") << "//" << "//";
    }

    void targets() {
        QFETCH(QString, target);
        QFETCH(QString, path);
        const auto seen = parseAll("GET " + target.toStdString() + " HTTP/1.1\r\n\r\n", 1000);
        QCOMPARE(seen.size(), std::size_t(1));
        QCOMPARE(q(seen[0].path), path);
    }

    void methods() {
        const auto seen = parseAll("HEAD / HTTP/1.1\r\n\r\nPUT / HTTP/1.1\r\nContent-Length: 0\r\n\r\nget / HTTP/1.1\r\n\r\n", 1000);
        QCOMPARE(seen.size(), std::size_t(3));
        QVERIFY(seen[0].method == HttpRequest::Method::Head);
        QVERIFY(seen[1].method == HttpRequest::Method::Other);
        QVERIFY(seen[2].method == HttpRequest::Method::Other);  // methods are case-sensitive
    }

    void headerDetails() {
        const auto seen = parseAll(
            "\r\n\r\nPOST / HTTP/1.1\r\nX-AMZ-TARGET:   first  \r\nx-amz-target: second\r\nCONTENT-type:\tapplication/json\r\n"
            "Content-Length: 1\r\ncontent-length: 1\r\n\r\nx",
            1000);
        QCOMPARE(seen.size(), std::size_t(1));  // leading empty lines are skipped
        QCOMPARE(q(seen[0].target), QStringLiteral("first"));
        QCOMPARE(q(seen[0].contentType), QStringLiteral("application/json"));
        QCOMPARE(q(seen[0].body), QStringLiteral("x"));
    }

    void expectContinue() {
        HttpRequestParser parser(kLimit);
        parser.append("POST / HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n");
        QCOMPARE(parser.next(), Status::ContinueExpected);
        QCOMPARE(parser.next(), Status::NeedMore);
        parser.append("{}");
        QCOMPARE(parser.next(), Status::Ready);
        QCOMPARE(q(parser.request().body), QStringLiteral("{}"));
        // A body sent along with the head needs no interim reply.
        parser.append("POST / HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 1\r\n\r\nx");
        QCOMPARE(parser.next(), Status::Ready);
        QCOMPARE(parser.next(), Status::NeedMore);
    }

    void malformed_data() {
        QTest::addColumn<QString>("input");
        QTest::newRow("version") << "GET / HTTP/2.0\r\n\r\n";
        QTest::newRow("no version") << "GET /\r\n\r\n";
        QTest::newRow("double space") << "GET  / HTTP/1.1\r\n\r\n";
        QTest::newRow("bad method") << "G(T / HTTP/1.1\r\n\r\n";
        QTest::newRow("folded header") << "GET / HTTP/1.1\r\nA: b\r\n c\r\n\r\n";
        QTest::newRow("space before colon") << "GET / HTTP/1.1\r\nA : b\r\n\r\n";
        QTest::newRow("no colon") << "GET / HTTP/1.1\r\nAb\r\n\r\n";
        QTest::newRow("bare LF in a field") << "GET / HTTP/1.1\r\nA: b\nc\r\n\r\n";
        QTest::newRow("length not a number") << "POST / HTTP/1.1\r\nContent-Length: 1x\r\n\r\n";
        QTest::newRow("negative length") << "POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n";
        QTest::newRow("conflicting lengths") << "POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n";
        QTest::newRow("huge length") << "POST / HTTP/1.1\r\nContent-Length: 99999999999999999999999\r\n\r\n";
        QTest::newRow("not chunked") << "POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n";
        QTest::newRow("bad chunk size") << "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n";
        QTest::newRow("chunk without CRLF") << "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nab\r\n";
        QTest::newRow("head too large") << "GET / HTTP/1.1\r\nA: " + QString(70000, 'a');
    }

    void malformed() {
        QFETCH(QString, input);
        QCOMPARE(finalStatus(input.toStdString()), Status::Error);
    }

    void incompleteIsNotAnError() {
        QCOMPARE(finalStatus("POST / HTTP/1.1\r\nContent-Length: 5\r\n\r\nab"), Status::NeedMore);
        QCOMPARE(finalStatus("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nab"), Status::NeedMore);
        QCOMPARE(finalStatus("GET / HTTP/1.1\r\nHost: x\r\n"), Status::NeedMore);
    }
};

QTEST_APPLESS_MAIN(TestHttpRequestParser)
#include "tst_http_request_parser.moc"
