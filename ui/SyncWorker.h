#pragma once

#include "core/base/Result.h"
#include "core/exchange/ExchangeExport.h"
#include "core/exchange/ExchangeImport.h"

#include <QObject>
#include <QString>
#include <atomic>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace carehouse::record {
class RecordStore;
}

namespace carehouse::ui {

// Runs one export (to one or more peers) or one import (of one or more exchange files) on a
// worker thread through its own connection to the record (RecordStore::openAnother). Each file
// or peer is its own step: a refusal of one does not stop the others. Cancelling stops before
// the next step (and inside an export's build, so nothing is written for that peer); a file
// already applied stays applied. The passphrase copy is wiped when the worker is destroyed.
class SyncWorker : public QObject
{
    Q_OBJECT

public:
    enum class Job
    {
        Export,
        Import
    };
    struct Step
    {
        std::string target; // the peer's site id (export) or the file's path (import)
        std::optional<base::Result<exchange::ExchangeExport::Written>> written;
        std::optional<base::Result<exchange::ExchangeImport::Applied>> applied;
        bool ok() const { return (written && written->ok()) || (applied && applied->ok()); }
        const base::Error* error() const;
    };

    // `targets`: peer site ids to export to (into `folder`), or exchange file paths to import.
    SyncWorker(std::unique_ptr<record::RecordStore> store, Job job, std::vector<std::string> targets,
               std::string folder, std::string passphrase);
    ~SyncWorker() override;

    Job job() const { return m_job; }
    // Thread-safe.
    void cancel() { m_cancelled.store(true); }
    bool cancelled() const { return m_cancelled.load(); }
    // Read after finished(): one step per target done, in order (fewer when cancelled).
    const std::vector<Step>& steps() const { return m_steps; }

public slots:
    void run();

signals:
    void progressed(qint64 done, qint64 total);
    void finished();

private:
    std::unique_ptr<record::RecordStore> m_store;
    Job m_job;
    std::vector<std::string> m_targets;
    std::string m_folder;
    std::string m_passphrase;
    std::atomic<bool> m_cancelled{false};
    std::vector<Step> m_steps;
};

} // namespace carehouse::ui
