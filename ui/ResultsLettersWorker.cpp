#include "ui/ResultsLettersWorker.h"

#include "core/letters/LetterLog.h"
#include "core/record/RecordStore.h"
#include "ui/print/LetterPdfWriter.h"
#include "ui/print/ResultsLetterRenderer.h"

#include <QDir>
#include <QTextDocument>

namespace carehouse::ui {

ResultsLettersWorker::ResultsLettersWorker(std::unique_ptr<record::RecordStore> store,
                                           std::vector<recall::WorklistRow> rows,
                                           letters::ResultsLetterBatch::Selection selection, Output output,
                                           QString path)
    : m_store(std::move(store))
    , m_rows(std::move(rows))
    , m_selection(std::move(selection))
    , m_output(output)
    , m_path(std::move(path))
{
}

ResultsLettersWorker::~ResultsLettersWorker() = default;

void ResultsLettersWorker::run()
{
    auto batch = letters::ResultsLetterBatch::plan(m_rows, m_selection);
    std::vector<model::SentLetter> described;
    if (m_output == Output::OnePdf)
        printOnePdf(batch, described);
    else
        printEach(batch, described);
    m_outcome.skipped = batch.skipped();
    if (!described.empty() && (!m_outcome.error || m_output == Output::PdfPerPerson)) {
        auto logged = letters::LetterLog(*m_store).recordSent(std::move(described));
        if (logged)
            m_outcome.logged = static_cast<int>(logged->size());
        else
            m_outcome.error = logged.error();
    }
    m_store.reset(); // the connection closes on the thread that used it
    emit finished();
}

void ResultsLettersWorker::printOnePdf(letters::ResultsLetterBatch& batch, std::vector<model::SentLetter>& described)
{
    const int total = static_cast<int>(batch.people().size());
    LetterPdfWriter::Batch pdf(m_path, ResultsLetterRenderer::tr("Results letters"));
    if (auto opened = pdf.open(); !opened) {
        m_outcome.error = opened.error();
        return;
    }
    while (!m_cancelled.load()) {
        auto content = batch.next(*m_store);
        if (!content)
            break;
        QTextDocument doc;
        ResultsLetterRenderer::fillDocument(doc, *content);
        auto added = pdf.add(ResultsLetterRenderer::frameFor(*content), doc);
        if (!added) {
            m_outcome.error = added.error();
            described.clear();
            return;
        }
        m_outcome.pages += *added;
        described.push_back(letters::LetterLog::describe(*content));
        emit progressed(static_cast<int>(batch.position()), total);
    }
    if (m_cancelled.load()) {
        // The unfinished PDF is discarded by the writer: nothing printed, nothing logged.
        m_outcome.cancelled = true;
        m_outcome.pages = 0;
        described.clear();
        return;
    }
    if (described.empty())
        return; // nobody to print: no empty PDF either
    auto written = pdf.commit();
    if (!written) {
        m_outcome.error = written.error();
        described.clear();
        return;
    }
    m_outcome.printed = static_cast<int>(described.size());
    m_outcome.files << m_path;
}

void ResultsLettersWorker::printEach(letters::ResultsLetterBatch& batch, std::vector<model::SentLetter>& described)
{
    const int total = static_cast<int>(batch.people().size());
    if (!QDir().mkpath(m_path)) {
        m_outcome.error = base::Error::make(base::ErrorCode::IoFailed, "folder", m_path.toStdString());
        return;
    }
    while (!m_cancelled.load()) {
        auto content = batch.next(*m_store);
        if (!content)
            break;
        const QString file = QDir(m_path).filePath(ResultsLetterRenderer::fileNameFor(*content));
        auto written = ResultsLetterRenderer::renderBatch(std::vector<letters::ResultsLetterContent>{*content}, file);
        if (!written) {
            // The letters already written stay written and are logged; the rest are not printed.
            m_outcome.error = written.error();
            return;
        }
        m_outcome.pages += written->pages;
        m_outcome.files << file;
        ++m_outcome.printed;
        described.push_back(letters::LetterLog::describe(*content));
        emit progressed(static_cast<int>(batch.position()), total);
    }
    m_outcome.cancelled = m_cancelled.load();
}

} // namespace carehouse::ui
