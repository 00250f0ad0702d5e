#pragma once

#include "core/letters/ResultsLetterBatch.h"
#include "core/recall/Worklist.h"
#include "ui/ResultsLettersWorker.h"

#include <QDialog>
#include <vector>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QThread;

namespace carehouse::record {
class RecordStore;
}

namespace carehouse::ui {

class MessageBanner;

// Print results letters… on the Letters to send worklist: which people (optionally only those
// whose care planning consultation falls between two dates), one PDF for the print room or one
// PDF per person, who is left out and why — then the batch runs on a worker thread with a
// progress bar and Cancel, and each printed letter is logged as sent.
class ResultsLettersDialog : public QDialog
{
    Q_OBJECT

public:
    ResultsLettersDialog(record::RecordStore& store, std::vector<recall::WorklistRow> rows, QWidget* parent = nullptr);
    ~ResultsLettersDialog() override;

    // The batch the options describe now (no record read).
    letters::ResultsLetterBatch plan() const;
    bool running() const { return m_thread != nullptr; }
    // Read once finished() was emitted.
    const ResultsLettersWorker::Outcome* outcome() const { return m_outcome ? &*m_outcome : nullptr; }
    QString outcomeText() const;

signals:
    void batchFinished();

protected:
    void reject() override;

private:
    letters::ResultsLetterBatch::Selection selection() const;
    void updatePlan();
    void choosePath();
    void start();
    void onProgress(int done, int total);
    void onFinished();

    record::RecordStore& m_store;
    std::vector<recall::WorklistRow> m_rows;
    QCheckBox* m_rangeCheck = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QRadioButton* m_onePdf = nullptr;
    QRadioButton* m_perPerson = nullptr;
    QLineEdit* m_path = nullptr;
    QPushButton* m_chooseButton = nullptr;
    QLabel* m_summary = nullptr;
    QListWidget* m_leftOut = nullptr;
    QProgressBar* m_progress = nullptr;
    MessageBanner* m_banner = nullptr;
    QPushButton* m_printButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QThread* m_thread = nullptr;
    ResultsLettersWorker* m_worker = nullptr;
    std::optional<ResultsLettersWorker::Outcome> m_outcome;
};

} // namespace carehouse::ui
