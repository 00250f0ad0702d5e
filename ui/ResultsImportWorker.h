#pragma once

#include "core/base/Result.h"
#include "core/results/ImportReport.h"

#include <QObject>
#include <QString>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace carehouse::record {
class RecordStore;
}

namespace carehouse::ui {

// Runs one laboratory results import on a worker thread, through its own connection to the
// record (RecordStore::openAnother): SQLite connections are never shared between threads.
// Cancelling makes the import's progress callback say stop, so nothing is saved.
class ResultsImportWorker : public QObject
{
    Q_OBJECT

public:
    ResultsImportWorker(std::unique_ptr<record::RecordStore> store, QString path, bool importValidRows);
    ~ResultsImportWorker() override;

    // Thread-safe.
    void cancel() { m_cancelled.store(true); }
    bool cancelled() const { return m_cancelled.load(); }

    // Read after finished(): the report, or why there is none.
    const std::optional<base::Result<results::ImportReport>>& outcome() const { return m_outcome; }

    // Called on the worker thread at every progress step, before cancel is checked (tests use
    // it to hold the import at a known point).
    void setProgressObserver(std::function<void(std::size_t, std::size_t)> observer)
    {
        m_observer = std::move(observer);
    }

public slots:
    void run();

signals:
    void progressed(qint64 done, qint64 total);
    void finished();

private:
    std::unique_ptr<record::RecordStore> m_store;
    QString m_path;
    bool m_importValidRows = false;
    std::atomic<bool> m_cancelled{false};
    std::function<void(std::size_t, std::size_t)> m_observer;
    std::optional<base::Result<results::ImportReport>> m_outcome;
};

} // namespace carehouse::ui
