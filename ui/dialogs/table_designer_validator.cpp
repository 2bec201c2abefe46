#include "dialogs/table_designer_validator.h"

#include <QFutureWatcher>
#include <QPromise>
#include <QThreadPool>

#include <memory>

namespace shardscope::ui {

TableDesignerValidator::TableDesignerValidator(QObject* parent) : QObject(parent) {
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDebounceMillis);
    connect(&m_timer, &QTimer::timeout, this, &TableDesignerValidator::start);
}

void TableDesignerValidator::request(const tools::TableDesign& design,
                                     const std::optional<tools::TableDesign>& original) {
    m_design = design;
    m_original = original;
    ++m_generation;  // whatever is running now answers an outdated design
    m_timer.start();
}

void TableDesignerValidator::start() {
    const quint64 generation = m_generation;
    m_running = true;
    // The watcher is this object's child: if the validator goes first, the
    // watcher (and with it the delivery) goes too; QFutureWatcher signals are
    // queued to this thread, never run on the worker.
    auto* watcher = new QFutureWatcher<tools::DesignCheck>(this);
    auto promise = std::make_shared<QPromise<tools::DesignCheck>>();
    watcher->setFuture(promise->future());
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation || watcher->future().resultCount() == 0)
            return;  // a newer design was asked for meanwhile
        m_running = false;
        emit checked(watcher->future().result());
    });
    QThreadPool::globalInstance()->start([promise, design = m_design, original = m_original] {
        promise->start();
        promise->addResult(original ? tools::validateUpdate(*original, design) : tools::validateCreation(design));
        promise->finish();
    });
}

}  // namespace shardscope::ui
