#include "ui/SyncWorker.h"

#include "core/record/RecordStore.h"

#include <sodium.h>

namespace carehouse::ui {

const base::Error* SyncWorker::Step::error() const
{
    if (written && !written->ok())
        return &written->error();
    if (applied && !applied->ok())
        return &applied->error();
    return nullptr;
}

SyncWorker::SyncWorker(std::unique_ptr<record::RecordStore> store, Job job, std::vector<std::string> targets,
                       std::string folder, std::string passphrase)
    : m_store(std::move(store))
    , m_job(job)
    , m_targets(std::move(targets))
    , m_folder(std::move(folder))
    , m_passphrase(std::move(passphrase))
{
}

SyncWorker::~SyncWorker()
{
    sodium_memzero(m_passphrase.data(), m_passphrase.size());
}

void SyncWorker::run()
{
    const auto total = static_cast<qint64>(m_targets.size()) * 100;
    emit progressed(0, total);
    for (std::size_t i = 0; i < m_targets.size() && !m_cancelled.load(); ++i) {
        Step step;
        step.target = m_targets[i];
        const auto base = static_cast<qint64>(i) * 100;
        if (m_job == Job::Export) {
            // Inside one peer's export: the share of versions gathered so far.
            auto progress = [this, base, total](std::size_t done, std::size_t of) {
                emit progressed(base + (of == 0 ? 0 : static_cast<qint64>(done * 90 / of)), total);
                return !m_cancelled.load();
            };
            step.written = exchange::ExchangeExport(*m_store).toPeer(step.target, m_folder, m_passphrase, progress);
        } else {
            step.applied = exchange::ExchangeImport(*m_store).file(step.target, m_passphrase);
        }
        m_steps.push_back(std::move(step));
        emit progressed(base + 100, total);
    }
    m_store.reset(); // the connection closes on the thread that used it
    emit finished();
}

} // namespace carehouse::ui
