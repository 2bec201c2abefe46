#include "models/items_export_writer.h"

#include "models/items_value_format.h"

#include <QFile>
#include <QHash>
#include <QSaveFile>
#include <QTemporaryFile>
#include <QThread>

namespace shardscope::ui {
namespace {

const QByteArray kCrLf("\r\n");

// The CSV assembled from the spool: header, then one row per spooled item.
bool writeCsv(QFile& spool, QSaveFile& out, const QStringList& columns, const std::atomic<bool>& cancelled,
              QString* error) {
    QStringList header;
    for (const QString& column : columns)
        header.append(ItemsExportWriter::csvField(column));
    out.write(header.join(QLatin1Char(',')).toUtf8() + kCrLf);
    if (!spool.seek(0)) {
        *error = spool.errorString();
        return false;
    }
    QByteArray buffer;
    while (!spool.atEnd()) {
        if (cancelled)
            return false;
        const QByteArray line = spool.readLine();
        if (line.trimmed().isEmpty())
            continue;
        const nlohmann::json item = nlohmann::json::parse(line.constData(), line.constData() + line.size(), nullptr,
                                                          false);
        QStringList fields;
        fields.reserve(columns.size());
        for (const QString& column : columns) {
            const auto value = item.find(column.toStdString());
            fields.append(value == item.end() ? QString()
                                              : ItemsExportWriter::csvField(ItemsValueFormat::csvText(*value)));
        }
        buffer += fields.join(QLatin1Char(',')).toUtf8();
        buffer += kCrLf;
        if (buffer.size() > (1 << 20)) {
            out.write(buffer);
            buffer.clear();
        }
    }
    out.write(buffer);
    return true;
}

}  // namespace

ItemsExportWriter::ItemsExportWriter(QString path, Format format, QStringList leadingColumns, QObject* parent)
    : QObject(parent), m_path(std::move(path)), m_format(format), m_leadingColumns(std::move(leadingColumns)) {}

ItemsExportWriter::~ItemsExportWriter() {
    if (m_thread) {
        cancel();
        m_thread->wait();
    }
}

void ItemsExportWriter::start() {
    Q_ASSERT(!m_thread);
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->setObjectName(QStringLiteral("shardscope-export-writer"));
    m_thread->start();
}

void ItemsExportWriter::write(nlohmann::json items) {
    {
        std::lock_guard lock(m_mutex);
        m_pages.push_back(std::move(items));
    }
    m_wake.notify_one();
}

void ItemsExportWriter::finish() {
    {
        std::lock_guard lock(m_mutex);
        m_finishing = true;
    }
    m_wake.notify_one();
}

void ItemsExportWriter::cancel() {
    m_cancelled = true;
    m_wake.notify_one();
}

int ItemsExportWriter::queuedPages() const {
    std::lock_guard lock(m_mutex);
    return int(m_pages.size());
}

QString ItemsExportWriter::csvField(const QString& field) {
    const bool needsQuotes = field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) ||
                             field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r')) ||
                             (!field.isEmpty() && (field.front().isSpace() || field.back().isSpace()));
    if (!needsQuotes)
        return field;
    QString quoted = field;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

bool ItemsExportWriter::takePage(nlohmann::json* page, bool* done) {
    std::unique_lock lock(m_mutex);
    m_wake.wait(lock, [this] { return m_cancelled || !m_pages.empty() || m_finishing; });
    if (m_cancelled)
        return false;
    if (!m_pages.empty()) {
        *page = std::move(m_pages.front());
        m_pages.pop_front();
        *done = false;
        return true;
    }
    *done = true;  // finishing and drained
    return true;
}

// Runs on the writer thread: only locals, the guarded queue and signals.
void ItemsExportWriter::run() {
    QSaveFile out(m_path);
    QTemporaryFile spool;
    QString error;
    auto failWith = [&](const QString& text) {
        out.cancelWriting();
        emit finished(false, text);
    };
    if (!out.open(QIODevice::WriteOnly)) {
        failWith(tr("Cannot write “%1”: %2").arg(m_path, out.errorString()));
        return;
    }
    const bool csv = m_format == Format::Csv;
    if (csv && !spool.open()) {
        failWith(tr("Cannot create a temporary file: %1").arg(spool.errorString()));
        return;
    }
    QIODevice& sink = csv ? static_cast<QIODevice&>(spool) : static_cast<QIODevice&>(out);
    QStringList columns = m_leadingColumns;
    QHash<QString, int> known;
    for (const QString& column : columns)
        known.insert(column, 0);

    qint64 written = 0;
    for (;;) {
        nlohmann::json page;
        bool done = false;
        if (!takePage(&page, &done)) {
            failWith(QString());  // cancelled: nothing to report
            return;
        }
        if (done)
            break;
        QByteArray buffer;
        for (const nlohmann::json& item : page) {
            if (m_cancelled)
                break;
            const std::string text = item.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
            if (csv) {
                buffer.append(text.data(), qsizetype(text.size()));
                for (auto it = item.begin(); item.is_object() && it != item.end(); ++it) {
                    const QString name = QString::fromStdString(it.key());
                    if (!known.contains(name)) {
                        known.insert(name, 0);
                        columns.append(name);
                    }
                }
            } else {
                buffer += "{\"Item\":";
                buffer.append(text.data(), qsizetype(text.size()));
                buffer += '}';
            }
            buffer += '\n';
            ++written;
        }
        if (sink.write(buffer) != buffer.size()) {
            failWith(tr("Cannot write “%1”: %2").arg(m_path, sink.errorString()));
            return;
        }
        emit pageWritten(written);
    }
    if (csv && !writeCsv(spool, out, columns, m_cancelled, &error)) {
        failWith(error.isEmpty() ? QString() : tr("Cannot write “%1”: %2").arg(m_path, error));
        return;
    }
    if (m_cancelled) {
        failWith(QString());
        return;
    }
    if (!out.commit()) {
        emit finished(false, tr("Cannot write “%1”: %2").arg(m_path, out.errorString()));
        return;
    }
    emit finished(true, QString());
}

}  // namespace shardscope::ui
