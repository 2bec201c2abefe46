// bench_item_browser: opens the Items tab (ItemsPane on a LocalBackend) on a
// table of a million items and measures what a user feels:
//  - the time from showing the table to the first page being painted;
//  - the process's resident memory while scrolling through every row of the
//    table (by default; --rows stops earlier) and back up again, which
//    re-reads evicted pages, sampled after every step and reported every
//    100,000 rows;
//  - the time the scroll took, and how long each page took to arrive;
//  - the first page again after switching away and back (a warm reopen).
// It is a program, not a test: run it on demand (see bench/README.md for how
// figures are recorded). The table is preloaded once, in process through
// Engine::call() (BatchWriteItem, no endpoint, no GUI), into a workspace
// file that later runs reuse (delete the file to rebuild it).
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

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

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
    std::fprintf(stderr, "preloading %lld items in process (once)...\n", items);
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
    std::printf("preload: %lld items in %.1f s (%.0f items/s)\n", items, double(timer.elapsed()) / 1000.0,
                double(items) * 1000.0 / double(std::max<qint64>(1, timer.elapsed())));
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
    const QCommandLineOption rowsOption(QStringLiteral("rows"),
                                        QStringLiteral("Rows to scroll through (default: the whole table)."),
                                        QStringLiteral("n"));
    parser.addOptions({dbOption, itemsOption, rowsOption});
    parser.process(app);
    const long long items = parser.value(itemsOption).toLongLong();
    const int rows = parser.isSet(rowsOption) ? parser.value(rowsOption).toInt() : int(items);

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

    // What the engine alone needs for a first page, on this freshly opened
    // workspace and once more: the difference is first-access work in the engine.
    for (const char* when : {"first", "second"}) {
        QElapsedTimer direct;
        direct.start();
        auto page = engine->call("Scan", {{"TableName", "orders"}, {"Limit", 200}});
        std::printf("engine Scan of 200 items (%s call): %.1f ms%s\n", when, double(direct.nsecsElapsed()) / 1e6,
                    page.ok() ? "" : " (failed)");
    }

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
    std::vector<qint64> pageMs;  // from asking for more rows to the next rows on screen
    QElapsedTimer waiting;
    int reported = 0;
    while (model->rowCount() < rows && scroll.elapsed() < 1800000) {
        const int before = model->rowCount();
        waiting.start();
        bar->setValue(bar->maximum());  // at the bottom, the view calls fetchMore()
        // A bar already at its maximum emits nothing; ask as the view would.
        if (!model->isLoading() && model->canFetchMore(QModelIndex()))
            model->fetchMore(QModelIndex());
        view->viewport()->repaint();
        while (model->rowCount() == before && model->isLoading() && waiting.elapsed() < 30000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        view->viewport()->repaint();
        pageMs.push_back(waiting.elapsed());
        peak = std::max(peak, residentMiB());
        if (model->rowCount() / 100000 > reported) {
            reported = model->rowCount() / 100000;
            std::printf("  row %7d: %5.1f s, %.0f MiB resident, %d of %d pages resident\n", model->rowCount(),
                        double(scroll.elapsed()) / 1000.0, residentMiB(), model->residentPageCount(),
                        model->pageCount());
            std::fflush(stdout);
        }
        if (model->rowCount() == before && !model->isLoading() && !model->canFetchMore(QModelIndex()))
            break;  // the end of the table
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
    if (!pageMs.empty()) {
        std::sort(pageMs.begin(), pageMs.end());
        std::printf("page arrival: median %lld ms, 99th percentile %lld ms, max %lld ms (%zu pages)\n",
                    pageMs[pageMs.size() / 2], pageMs[pageMs.size() * 99 / 100], pageMs.back(), pageMs.size());
    }

    std::printf("memory: %.0f MiB before opening, peak %.0f MiB while scrolling; %d of %d pages resident "
                "(%d rows, %.1f MiB of cell text)\n",
                rssBefore, peak, model->residentPageCount(), model->pageCount(), model->residentRowCount(),
                double(model->residentTextBytes()) / (1 << 20));

    // 3. Away and back: the model starts over; the first page must be as quick.
    pane.showTable(nullptr);
    QCoreApplication::processEvents();
    QElapsedTimer reopen;
    reopen.start();
    pane.showTable(&description);
    while (model->rowCount() == 0 && reopen.elapsed() < 30000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    view->viewport()->repaint();
    const qint64 reopenMs = reopen.elapsed();
    std::printf("first page again after switching away: %lld ms\n", reopenMs);

    const bool ok = firstPageMs < 300 && reopenMs < 300 && peak < 300;
    std::printf("%s: first page < 300 ms and peak < 300 MiB\n", ok ? "PASS" : "FAIL");
    return ok ? 0 : 2;
}
