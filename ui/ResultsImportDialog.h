#pragma once

#include "core/results/ImportReport.h"

#include <QDialog>
#include <functional>
#include <optional>

class QCheckBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QThread;

namespace carehouse::record {
class RecordStore;
}

namespace carehouse::ui {

class MessageBanner;
class ResultsImportWorker;

// Imports a laboratory results file (CSV or FHIR R4 JSON). The import runs on a worker thread
// with its own connection, so the window never freezes; Cancel stops it before anything is
// saved. The report says how many results were attached, converted, sent to the unmatched
// queue, already there, or rejected, and words each problem with its line and field.
class ResultsImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ResultsImportDialog(record::RecordStore& store, QWidget* parent = nullptr);
    ~ResultsImportDialog() override;

    void setFile(const QString& path);
    // Starts the import of the chosen file; false (with the reason shown) when it cannot start.
    bool startImport();
    void cancelImport();
    bool running() const { return m_thread != nullptr; }

    const std::optional<results::ImportReport>& report() const { return m_report; }
    QString statusText() const;
    QStringList problemTexts() const;

    // Runs on the worker thread at every progress step of the next import (tests).
    void setProgressObserverForTests(std::function<void(std::size_t, std::size_t)> observer)
    {
        m_observer = std::move(observer);
    }

signals:
    void importFinished();
    void resultsSaved(); // something was written: lists of results should refresh

public slots:
    void reject() override;

private:
    void chooseFile();
    void onProgress(qint64 done, qint64 total);
    void onFinished();
    void showReport(const results::ImportReport& report);
    void updateButtons();

    record::RecordStore& m_store;
    QLineEdit* m_fileLineEdit = nullptr;
    QPushButton* m_chooseButton = nullptr;
    QCheckBox* m_validRowsCheckBox = nullptr;
    QPushButton* m_importButton = nullptr;
    QProgressBar* m_progressBar = nullptr;
    QPushButton* m_cancelButton = nullptr;
    MessageBanner* m_banner = nullptr;
    QGroupBox* m_reportGroupBox = nullptr;
    QLabel* m_rowsLabel = nullptr;
    QLabel* m_matchedLabel = nullptr;
    QLabel* m_convertedLabel = nullptr;
    QLabel* m_unmatchedLabel = nullptr;
    QLabel* m_duplicatesLabel = nullptr;
    QLabel* m_rejectedLabel = nullptr;
    QLabel* m_fulfilledLabel = nullptr;
    QListWidget* m_problemsListWidget = nullptr;
    QPushButton* m_closeButton = nullptr;

    QThread* m_thread = nullptr;
    ResultsImportWorker* m_worker = nullptr;
    std::optional<results::ImportReport> m_report;
    std::function<void(std::size_t, std::size_t)> m_observer;
};

} // namespace carehouse::ui
