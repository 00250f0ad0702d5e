#pragma once

#include "core/base/Result.h"
#include "core/letters/ResultsLetterBatch.h"
#include "core/model/SentLetter.h"
#include "core/recall/Worklist.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>
#include <QStringList>
#include <atomic>
#include <memory>
#include <optional>
#include <vector>

namespace carehouse::record {
class RecordStore;
}

namespace carehouse::ui {

// Prints a print-room batch of results letters on a worker thread, through its own connection
// to the record (RecordStore::openAnother), one letter at a time: composed, laid out, printed
// and let go. Every printed letter is logged as sent only once its PDF is safely written.
// Cancelling a one-PDF batch writes and logs nothing; cancelling a folder batch keeps (and
// logs) the letters whose files were already written.
class ResultsLettersWorker : public QObject
{
    Q_OBJECT

public:
    enum class Output
    {
        OnePdf, // `path` is the PDF for the print room
        PdfPerPerson // `path` is a folder
    };
    struct Outcome
    {
        int printed = 0;
        int pages = 0;
        int logged = 0;
        QStringList files;
        std::vector<letters::ResultsLetterBatch::Skipped> skipped;
        bool cancelled = false;
        std::optional<base::Error> error; // nothing logged when the PDF could not be written
    };

    ResultsLettersWorker(std::unique_ptr<record::RecordStore> store, std::vector<recall::WorklistRow> rows,
                         letters::ResultsLetterBatch::Selection selection, Output output, QString path);
    ~ResultsLettersWorker() override;

    void cancel() { m_cancelled.store(true); } // thread-safe
    bool cancelled() const { return m_cancelled.load(); }
    // Read after finished().
    const Outcome& outcome() const { return m_outcome; }

public slots:
    void run();

signals:
    void progressed(int done, int total);
    void finished();

private:
    void printOnePdf(letters::ResultsLetterBatch& batch, std::vector<model::SentLetter>& described);
    void printEach(letters::ResultsLetterBatch& batch, std::vector<model::SentLetter>& described);

    std::unique_ptr<record::RecordStore> m_store;
    std::vector<recall::WorklistRow> m_rows;
    letters::ResultsLetterBatch::Selection m_selection;
    Output m_output;
    QString m_path;
    std::atomic<bool> m_cancelled{false};
    Outcome m_outcome;
};

} // namespace carehouse::ui
