// bench_item_browser: opens the Items tab (ItemsPane on a LocalBackend) on a
// table of a million items and measures what a user feels:
//  - the time from showing the table to the first page being painted;
//  - the process's resident memory while scrolling to row 50,000 (and back
//    up again, which re-reads evicted pages), sampled after every step;
//  - the time the scroll took.
// It is a program, not a test: run it on demand (see bench/README.md for how
// figures are recorded). The table is built once in a workspace file and
// reused on later runs (delete the file to rebuild it).
//
//   bench_item_browser [--db PATH] [--items N] [--rows N]
//
// Run it offscreen (QT_QPA_PLATFORM=offscreen) or under xvfb-run.
#include "backend/local_backend.h"
#include "models/items_model.h"
#include "models/table_description.h"
#include "panes/items_pane.h"
#include "shardscope/engine/engine.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QScrollBar>
#include <QTableView>
#include <QTest>

#include <cstdio>
#include <string>

using namespace shardscope;

namespace {

// Resident set size of this process in MiB (Linux), or -1.
double residentMiB() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').front().toDouble() / 1024.0;
    return -1;
}

nlohmann::json benchItem(long long i) {
    // Varied, realistic items: keys, a few scalars, a nested map every 4th, a set every 7th.
    nlohmann::json item = {{"pk", {{"S", "customer#" + std::to_string(i % 50000)}}},
                           {"sk", {{"S", "order#" + std::to_string(1000000 + i)}}},
                           {"total", {{"N", std::to_string(i % 997) + "." + std::to_string(i % 100)}}},
                           {"status", {{"S", i % 5 == 0 ? "SHIPPED" : "PENDING"}}},
                           {"email", {{"S", "user" + std::to_string(i % 50000) + "@example.com"}}}};
    if (i % 4 == 0)
        item["address"] = {{"M", {{"city", {{"S", "Berlin"}}}, {"zip", {{"N", std::to_string(10000 + i % 900)}}}}}};
    if (i % 7 == 0)
        item["tags"] = {{"SS", nlohmann::json::array({"gift", "express"})}};
    return item;
}

bool ensureTable(engine::Engine& engine, long long items) {
    auto described = engine.call("DescribeTable", {{"TableName", "orders"}});
    if (described.ok() && (*described)["Table"].value("ItemCount", 0LL) >= items)
        return true;
    if (!described.ok()) {
        auto created = engine.call(
            "CreateTable", {{"TableName", "orders"},
                            {"AttributeDefinitions", {{{"AttributeName", "pk"}, {"AttributeType", "S"}},
                                                      {{"AttributeName", "sk"}, {"AttributeType", "S"}}}},
                            {"KeySchema", {{{"AttributeName", "pk"}, {"KeyType", "HASH"}},
                                           {{"AttributeName", "sk"}, {"KeyType", "RANGE"}}}},
                            {"BillingMode", "PAY_PER_REQUEST"}});
        if (!created.ok()) {
            std::fprintf(stderr, "CreateTable: %s\n", created.error().message().c_str());
            return false;
        }
    }
    std::fprintf(stderr, "building %lld items (once)...\n", items);
    QElapsedTimer timer;
    timer.start();
    nlohmann::json batch = nlohmann::json::array();
    for (long long i = 0; i < items; ++i) {
        batch.push_back({{"PutRequest", {{"Item", benchItem(i)}}}});
        if (batch.size() == 25 || i + 1 == items) {
            auto written = engine.call("BatchWriteItem", {{"RequestItems", {{"orders", batch}}}});
            if (!written.ok()) {
                std::fprintf(stderr, "BatchWriteItem: %s\n", written.error().message().c_str());
                return false;
            }
            batch = nlohmann::json::array();
        }
        if ((i + 1) % 100000 == 0)
            std::fprintf(stderr, "  %lld items, %.0f s\n", i + 1, double(timer.elapsed()) / 1000.0);
    }
    return true;
}

}  // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Workspace file."), QStringLiteral("path"),
                                      QDir::temp().filePath(QStringLiteral("shardscope-bench-items.db")));
    const QCommandLineOption itemsOption(QStringLiteral("items"), QStringLiteral("Items in the table."),
                                         QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Rows to scroll through."),
                                        QStringLiteral("n"), QStringLiteral("50000"));
    parser.addOptions({dbOption, itemsOption, rowsOption});
    parser.process(app);
    const long long items = parser.value(itemsOption).toLongLong();
    const int rows = parser.value(rowsOption).toInt();

    engine::EngineOptions options;
    options.databasePath = parser.value(dbOption).toStdString();
    auto opened = engine::Engine::open(options);
    if (!opened.ok()) {
        std::fprintf(stderr, "cannot open %s: %s\n", options.databasePath.c_str(), opened.error().message().c_str());
        return 1;
    }
    std::shared_ptr<engine::Engine> engine(std::move(*opened));
    if (!ensureTable(*engine, items))
        return 1;
    auto described = engine->call("DescribeTable", {{"TableName", "orders"}});
    const ui::TableDescription description = ui::TableDescription::fromDescribeTable(*described);
    std::printf("table: %lld items, %.0f MiB in %s\n", description.itemCount,
                double(QFileInfo(QString::fromStdString(options.databasePath)).size()) / (1 << 20),
                options.databasePath.c_str());

    auto backend = std::make_shared<ui::LocalBackend>(engine);
    ui::ItemsPane pane(backend);
    pane.resize(1280, 800);
    pane.show();
    if (!QTest::qWaitForWindowExposed(&pane))
        return 1;
    QTableView* view = pane.view();
    ui::ItemsModel* model = pane.model();
    const double rssBefore = residentMiB();

    // 1. Open: from choosing the table to its first page on screen.
    QElapsedTimer open;
    open.start();
    pane.showTable(&description);
    while (model->rowCount() == 0 && open.elapsed() < 30000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    view->viewport()->repaint();  // painted, not just arrived
    const qint64 firstPageMs = open.elapsed();
    std::printf("first page: %lld ms (%d rows, %lld columns)\n", firstPageMs, model->rowCount(),
                qint64(model->columnCount()));

    // 2. Scroll to `rows` the way a user does (drag to the bottom, the view
    //    fetches more), painting every step, then jump back through the middle.
    QElapsedTimer scroll;
    scroll.start();
    double peak = residentMiB();
    QScrollBar* bar = view->verticalScrollBar();
    while (model->rowCount() < rows && scroll.elapsed() < 600000) {
        bar->setValue(bar->maximum());
        view->viewport()->repaint();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        peak = std::max(peak, residentMiB());
    }
    const qint64 scrollMs = scroll.elapsed();
    for (int step = 0; step <= 20; ++step) {  // back up: evicted pages are read again
        view->scrollTo(model->index(model->rowCount() * (20 - step) / 20 - (step == 0 ? 1 : 0), 0));
        view->viewport()->repaint();
        QTest::qWait(20);
        view->viewport()->repaint();
        peak = std::max(peak, residentMiB());
    }
    std::printf("scrolled to row %d in %lld ms (%.0f rows/s)\n", model->rowCount(), scrollMs,
                model->rowCount() * 1000.0 / double(std::max<qint64>(1, scrollMs)));
    std::printf("memory: %.0f MiB before opening, peak %.0f MiB while scrolling; %d of %d pages resident "
                "(%d rows, %.1f MiB of cell text)\n",
                rssBefore, peak, model->residentPageCount(), model->pageCount(), model->residentRowCount(),
                double(model->residentTextBytes()) / (1 << 20));
    const bool ok = firstPageMs < 300 && peak < 300;
    std::printf("%s: first page < 300 ms and peak < 300 MiB\n", ok ? "PASS" : "FAIL");
    return ok ? 0 : 2;
}
