#include "ui/ResultsImportWorker.h"

#include "core/record/RecordStore.h"
#include "core/results/LabResultImport.h"

namespace carehouse::ui {

ResultsImportWorker::ResultsImportWorker(std::unique_ptr<record::RecordStore> store, QString path, bool importValidRows)
    : m_store(std::move(store))
    , m_path(std::move(path))
    , m_importValidRows(importValidRows)
{
}

ResultsImportWorker::~ResultsImportWorker() = default;

void ResultsImportWorker::run()
{
    results::LabResultImport::Options options;
    options.importValidRows = m_importValidRows;
    int lastPercent = -1;
    options.progress = [this, &lastPercent](std::size_t done, std::size_t total) {
        if (m_observer)
            m_observer(done, total);
        const int percent = total == 0 ? 100 : static_cast<int>(done * 100 / total);
        if (percent != lastPercent) { // a signal per percent, not per row
            lastPercent = percent;
            emit progressed(static_cast<qint64>(done), static_cast<qint64>(total));
        }
        return !m_cancelled.load();
    };
    if (m_cancelled.load())
        m_outcome = base::Result<results::ImportReport>(base::Error::make(base::ErrorCode::Cancelled));
    else
        m_outcome = results::LabResultImport(*m_store).importFile(m_path.toStdString(), options);
    m_store.reset(); // the connection closes on the thread that used it
    emit finished();
}

} // namespace carehouse::ui
