#include "models/items_import_reader.h"

#include "models/items_value_format.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringList>
#include <QTextStream>
#include <QThread>

#include <fstream>

namespace shardscope::ui {
namespace {

// Reads one CSV record (RFC 4180; a quoted field may span lines). Returns
// false at the end of the input. `*line` is the number of the record's first line.
bool readRecord(QTextStream& in, int& lineCounter, QStringList* fields, int* line, QString* error) {
    fields->clear();
    if (in.atEnd())
        return false;
    QString text = in.readLine();
    *line = ++lineCounter;
    QString field;
    bool quoted = false;
    bool wasQuoted = false;
    qsizetype i = 0;
    for (;;) {
        if (i >= text.size()) {
            if (quoted) {
                // A line break inside quotes belongs to the field.
                if (in.atEnd()) {
                    *error = ItemsImportReader::tr("Line %1: a quoted field is not closed.").arg(*line);
                    return false;
                }
                field += QLatin1Char('\n');
                text = in.readLine();
                ++lineCounter;
                i = 0;
                continue;
            }
            fields->append(field);
            return true;
        }
        const QChar c = text.at(i++);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i < text.size() && text.at(i) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char(',')) {
            fields->append(field);
            field.clear();
            wasQuoted = false;
        } else if (c == QLatin1Char('"') && field.isEmpty() && !wasQuoted) {
            quoted = true;
            wasQuoted = true;
        } else {
            field += c;
        }
    }
}

QString checkItem(const nlohmann::json& item, const QString& where) {
    if (!item.is_object() || item.empty())
        return ItemsImportReader::tr("%1 is not an item (a JSON object of attributes).").arg(where);
    for (auto it = item.begin(); it != item.end(); ++it)
        if (ItemsValueFormat::typeOf(it.value()) == ItemValueType::Missing)
            return ItemsImportReader::tr("%1: “%2” is not a DynamoDB-JSON attribute value such as {\"S\": \"text\"}.")
                .arg(where, QString::fromStdString(it.key()));
    return {};
}

// {"Item": {...}} as DynamoDB's export writes it, or a bare item.
nlohmann::json unwrapItem(nlohmann::json record) {
    if (record.is_object() && record.size() == 1 && record.contains("Item") && record["Item"].is_object())
        return std::move(record["Item"]);
    return record;
}

}  // namespace

ItemsImportReader::ItemsImportReader(ItemsImportOptions options, QObject* parent)
    : QObject(parent), m_options(std::move(options)) {
    m_totalBytes = QFileInfo(m_options.path).size();
}

ItemsImportReader::~ItemsImportReader() {
    if (m_thread) {
        cancel();
        m_thread->wait();
    }
}

void ItemsImportReader::start() {
    Q_ASSERT(!m_thread);
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->setObjectName(QStringLiteral("shardscope-import-reader"));
    m_thread->start();
}

void ItemsImportReader::cancel() {
    m_cancelled = true;
    m_space.notify_all();
}

bool ItemsImportReader::takeChunk(std::vector<nlohmann::json>* items) {
    {
        std::lock_guard lock(m_mutex);
        if (m_chunks.empty())
            return false;
        *items = std::move(m_chunks.front());
        m_chunks.pop_front();
    }
    m_space.notify_all();
    return true;
}

bool ItemsImportReader::csvValue(const QString& field, const QString& keyType, bool detectNumbers,
                                 nlohmann::json* value, QString* error) {
    if (keyType == QLatin1String("N") || (keyType.isEmpty() && detectNumbers)) {
        // Only plain decimals count as detected numbers: "007" or "1e3" stay text.
        static const QRegularExpression plainNumber(QStringLiteral(R"(^-?(0|[1-9][0-9]*)(\.[0-9]+)?$)"));
        QString message;
        const bool number = (keyType.isEmpty() ? plainNumber.match(field).hasMatch() : true) &&
                            ItemsValueFormat::isValidNumber(field, &message);
        if (number) {
            *value = {{"N", field.toStdString()}};
            return true;
        }
        if (!keyType.isEmpty()) {
            *error = tr("“%1” is not a number (%2).").arg(field, message);
            return false;
        }
    } else if (keyType == QLatin1String("B")) {
        if (!ItemsValueFormat::decodeBase64(field)) {
            *error = tr("“%1” is not base64.").arg(field.left(40));
            return false;
        }
        *value = {{"B", field.toStdString()}};
        return true;
    }
    *value = {{"S", field.toStdString()}};
    return true;
}

void ItemsImportReader::emitItem(nlohmann::json item) {
    if (m_cancelled)
        throw Stop{};
    m_pending.push_back(std::move(item));
    if (int(m_pending.size()) >= kChunkItems)
        flush();
}

void ItemsImportReader::flush() {
    if (m_pending.empty())
        return;
    {
        std::unique_lock lock(m_mutex);
        m_space.wait(lock, [this] { return m_cancelled || int(m_chunks.size()) < kMaxQueuedChunks; });
        if (m_cancelled)
            throw Stop{};
        m_chunks.push_back(std::move(m_pending));
    }
    m_pending = {};
    emit chunkReady();
}

// Runs on the reader thread.
void ItemsImportReader::run() {
    QString error;
    try {
        error = m_options.format == ItemsImportOptions::Format::Csv ? readCsv() : readJson();
        if (error.isEmpty())
            flush();
    } catch (const Stop&) {
        error.clear();
    } catch (const std::exception& e) {
        error = tr("Cannot read “%1”: %2").arg(m_options.path, QString::fromUtf8(e.what()));
    }
    if (error.isEmpty())
        m_bytesRead = m_totalBytes;
    emit finished(m_cancelled ? QString() : error);
}

QString ItemsImportReader::readCsv() {
    QFile file(m_options.path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("Cannot open “%1”: %2").arg(m_options.path, file.errorString());
    QTextStream in(&file);
    in.setEncoding(QStringConverter::Utf8);
    int lineCounter = 0;
    int line = 0;
    QStringList header;
    QString error;
    if (!readRecord(in, lineCounter, &header, &line, &error))
        return error.isEmpty() ? tr("“%1” is empty; a CSV import needs a header row.").arg(m_options.path) : error;
    for (QString& name : header)
        name = name.trimmed();
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (header.at(i).isEmpty())
            return tr("Line 1: column %1 has no name.").arg(i + 1);
        if (header.indexOf(header.at(i)) != i)
            return tr("Line 1: the column “%1” appears twice.").arg(header.at(i));
    }
    QStringList keys{m_options.partitionKey};
    if (!m_options.sortKey.isEmpty())
        keys.append(m_options.sortKey);
    for (const QString& key : keys)
        if (!header.contains(key))
            return tr("The CSV has no column “%1”, a key attribute of the table.").arg(key);

    QStringList fields;
    while (readRecord(in, lineCounter, &fields, &line, &error)) {
        if (m_cancelled)
            throw Stop{};
        if (fields.size() == 1 && fields.front().isEmpty())
            continue;  // a blank line
        if (fields.size() > header.size())
            return tr("Line %1 has %2 fields, the header %3.").arg(line).arg(fields.size()).arg(header.size());
        nlohmann::json item = nlohmann::json::object();
        for (qsizetype i = 0; i < fields.size(); ++i) {
            const QString& name = header.at(i);
            const bool isKey = keys.contains(name);
            if (fields.at(i).isEmpty()) {
                if (isKey)
                    return tr("Line %1: the key attribute “%2” is empty.").arg(line).arg(name);
                continue;
            }
            const QString keyType = name == m_options.partitionKey ? m_options.partitionKeyType
                                    : isKey                        ? m_options.sortKeyType
                                                                   : QString();
            QString message;
            nlohmann::json value;
            if (!csvValue(fields.at(i), keyType, m_options.detectNumbers, &value, &message))
                return tr("Line %1, column “%2”: %3").arg(line).arg(name, message);
            item[name.toStdString()] = std::move(value);
        }
        for (const QString& key : keys)
            if (!item.contains(key.toStdString()))
                return tr("Line %1: the key attribute “%2” is empty.").arg(line).arg(key);
        m_bytesRead = file.pos();
        emitItem(std::move(item));
    }
    return error;
}

QString ItemsImportReader::readJson() {
    std::ifstream file(QFile::encodeName(m_options.path).toStdString(), std::ios::binary);
    if (!file)
        return tr("Cannot open “%1”.").arg(m_options.path);
    // Skip a UTF-8 byte-order mark and leading blanks to see which shape this is.
    if (file.peek() == 0xEF) {
        char bom[3];
        file.read(bom, 3);
    }
    while (file && std::isspace(file.peek()))
        file.get();
    if (!file || file.peek() == std::char_traits<char>::eof())
        return {};

    if (file.peek() == '[') {
        // A JSON array, streamed: each element is taken out of the parse as
        // soon as it is complete, so the document is never held whole.
        int element = 0;
        QString error;
        auto callback = [&](int depth, nlohmann::json::parse_event_t event, nlohmann::json& parsed) {
            if (m_cancelled)
                throw Stop{};
            if (depth != 1)
                return true;
            if (event != nlohmann::json::parse_event_t::object_end &&
                event != nlohmann::json::parse_event_t::array_end && event != nlohmann::json::parse_event_t::value)
                return true;
            ++element;
            nlohmann::json item = unwrapItem(std::move(parsed));
            error = checkItem(item, tr("Element %1 of the array").arg(element));
            if (!error.isEmpty())
                throw Stop{};
            const auto position = file.tellg();
            if (position >= 0)
                m_bytesRead = qint64(position);
            emitItem(std::move(item));
            return false;  // not kept in the (discarded) document
        };
        try {
            const nlohmann::json rest = nlohmann::json::parse(file, callback, true);
            Q_UNUSED(rest);
        } catch (const Stop&) {
            if (error.isEmpty())
                throw;
            return error;
        } catch (const nlohmann::json::parse_error& e) {
            return tr("“%1” is not valid JSON: %2").arg(m_options.path, QString::fromUtf8(e.what()));
        }
        return {};
    }

    // One record per line.
    std::string text;
    int line = 0;
    while (std::getline(file, text)) {
        ++line;
        if (m_cancelled)
            throw Stop{};
        if (text.find_first_not_of(" \t\r") == std::string::npos)
            continue;
        nlohmann::json record = nlohmann::json::parse(text, nullptr, false);
        if (record.is_discarded())
            return tr("Line %1 is not valid JSON.").arg(line);
        nlohmann::json item = unwrapItem(std::move(record));
        const QString error = checkItem(item, tr("Line %1").arg(line));
        if (!error.isEmpty())
            return error;
        const auto position = file.tellg();
        if (position >= 0)
            m_bytesRead = qint64(position);
        emitItem(std::move(item));
    }
    return {};
}

}  // namespace shardscope::ui
