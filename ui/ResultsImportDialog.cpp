#include "ui/ResultsImportDialog.h"

#include "core/record/RecordStore.h"
#include "ui/ErrorText.h"
#include "ui/MessageBanner.h"
#include "ui/ResultsImportWorker.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

namespace carehouse::ui {

ResultsImportDialog::ResultsImportDialog(record::RecordStore& store, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
{
    setObjectName("resultsImportDialog");
    setWindowTitle(tr("Import laboratory results"));

    auto* intro = new QLabel(tr("Choose the results file from the laboratory (CSV or FHIR JSON). A result is "
                                "attached to a person only when both the NHS number and the date of birth match; "
                                "any other result waits in the unmatched results queue."),
                             this);
    intro->setWordWrap(true);

    m_fileLineEdit = new QLineEdit(this);
    m_fileLineEdit->setObjectName("importFileLineEdit");
    m_fileLineEdit->setPlaceholderText(tr("No file chosen"));
    m_chooseButton = new QPushButton(tr("Choose file…"), this);
    m_chooseButton->setObjectName("importChooseFileButton");
    m_validRowsCheckBox = new QCheckBox(tr("Import the valid rows even if some rows have problems"), this);
    m_validRowsCheckBox->setObjectName("importValidRowsCheckBox");

    m_importButton = new QPushButton(tr("Import"), this);
    m_importButton->setObjectName("importStartButton");
    m_importButton->setDefault(true);
    m_progressBar = new QProgressBar(this);
    m_progressBar->setObjectName("importProgressBar");
    m_progressBar->setRange(0, 100);
    m_progressBar->setValue(0);
    m_progressBar->setFormat(tr("%p%"));
    m_cancelButton = new QPushButton(tr("Cancel import"), this);
    m_cancelButton->setObjectName("importCancelButton");

    m_banner = new MessageBanner(this);
    m_banner->setObjectName("importStatusLabel");

    m_reportGroupBox = new QGroupBox(tr("What the import did"), this);
    m_reportGroupBox->setObjectName("importReportGroupBox");
    auto count = [this](const char* name) {
        auto* label = new QLabel(QStringLiteral("0"), m_reportGroupBox);
        label->setObjectName(name);
        QFont f = label->font();
        f.setBold(true);
        label->setFont(f);
        return label;
    };
    m_rowsLabel = count("importRowsCountLabel");
    m_matchedLabel = count("importMatchedCountLabel");
    m_convertedLabel = count("importConvertedCountLabel");
    m_unmatchedLabel = count("importUnmatchedCountLabel");
    m_duplicatesLabel = count("importDuplicatesCountLabel");
    m_rejectedLabel = count("importRejectedCountLabel");
    m_fulfilledLabel = count("importFulfilledCountLabel");
    auto* counts = new QFormLayout;
    counts->addRow(tr("Results in the file"), m_rowsLabel);
    counts->addRow(tr("Attached to a person"), m_matchedLabel);
    counts->addRow(tr("… of which converted from another unit"), m_convertedLabel);
    counts->addRow(tr("Sent to the unmatched results queue"), m_unmatchedLabel);
    counts->addRow(tr("Already imported before (nothing added)"), m_duplicatesLabel);
    counts->addRow(tr("Rejected: problems listed below"), m_rejectedLabel);
    counts->addRow(tr("Requested tests now back"), m_fulfilledLabel);
    m_problemsListWidget = new QListWidget(m_reportGroupBox);
    m_problemsListWidget->setObjectName("importProblemsListWidget");
    m_problemsListWidget->setWordWrap(true);
    m_problemsListWidget->setAlternatingRowColors(true);
    auto* reportLayout = new QVBoxLayout(m_reportGroupBox);
    reportLayout->addLayout(counts);
    reportLayout->addWidget(new QLabel(tr("Problems:"), m_reportGroupBox));
    reportLayout->addWidget(m_problemsListWidget, 1);
    m_reportGroupBox->hide();

    m_closeButton = new QPushButton(tr("Close"), this);
    m_closeButton->setObjectName("importCloseButton");

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileLineEdit, 1);
    fileRow->addWidget(m_chooseButton);
    auto* runRow = new QHBoxLayout;
    runRow->addWidget(m_importButton);
    runRow->addWidget(m_progressBar, 1);
    runRow->addWidget(m_cancelButton);
    auto* closeRow = new QHBoxLayout;
    closeRow->addStretch(1);
    closeRow->addWidget(m_closeButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(fileRow);
    layout->addWidget(m_validRowsCheckBox);
    layout->addLayout(runRow);
    layout->addWidget(m_banner);
    layout->addWidget(m_reportGroupBox, 1);
    layout->addLayout(closeRow);
    resize(640, 320);

    connect(m_chooseButton, &QPushButton::clicked, this, &ResultsImportDialog::chooseFile);
    connect(m_importButton, &QPushButton::clicked, this, &ResultsImportDialog::startImport);
    connect(m_cancelButton, &QPushButton::clicked, this, &ResultsImportDialog::cancelImport);
    connect(m_closeButton, &QPushButton::clicked, this, &ResultsImportDialog::reject);
    connect(m_fileLineEdit, &QLineEdit::textChanged, this, &ResultsImportDialog::updateButtons);
    updateButtons();
}

ResultsImportDialog::~ResultsImportDialog()
{
    if (m_thread) {
        m_worker->cancel();
        m_thread->quit();
        m_thread->wait();
        delete m_worker;
    }
}

void ResultsImportDialog::setFile(const QString& path)
{
    m_fileLineEdit->setText(path);
}

void ResultsImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a laboratory results file"),
                                                      QFileInfo(m_fileLineEdit->text()).absolutePath(),
                                                      tr("Results files (*.csv *.json);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void ResultsImportDialog::updateButtons()
{
    const bool busy = running();
    m_importButton->setEnabled(!busy && !m_fileLineEdit->text().trimmed().isEmpty());
    m_chooseButton->setEnabled(!busy);
    m_fileLineEdit->setEnabled(!busy);
    m_validRowsCheckBox->setEnabled(!busy);
    m_cancelButton->setEnabled(busy);
    m_closeButton->setEnabled(!busy);
}

bool ResultsImportDialog::startImport()
{
    if (running())
        return false;
    const QString path = m_fileLineEdit->text().trimmed();
    if (path.isEmpty())
        return false;
    m_report.reset();
    m_reportGroupBox->hide();
    if (auto st = m_store.require(security::Permission::ImportResults); !st) {
        m_banner->showError(st.error());
        return false;
    }
    auto another = m_store.openAnother();
    if (!another) {
        m_banner->showError(another.error());
        return false;
    }
    m_banner->showText(tr("Importing %1…").arg(QFileInfo(path).fileName()), MessageBanner::Kind::Done);
    m_progressBar->setValue(0);

    m_worker = new ResultsImportWorker(std::move(another).value(), path, m_validRowsCheckBox->isChecked());
    m_worker->setProgressObserver(m_observer);
    m_thread = new QThread(this);
    m_thread->setObjectName("resultsImportThread");
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_worker, &ResultsImportWorker::run);
    connect(m_worker, &ResultsImportWorker::progressed, this, &ResultsImportDialog::onProgress, Qt::QueuedConnection);
    connect(m_worker, &ResultsImportWorker::finished, this, &ResultsImportDialog::onFinished, Qt::QueuedConnection);
    m_thread->start();
    updateButtons();
    return true;
}

void ResultsImportDialog::cancelImport()
{
    if (!m_worker)
        return;
    m_worker->cancel();
    m_cancelButton->setEnabled(false);
    m_banner->showText(tr("Stopping the import…"));
}

void ResultsImportDialog::reject()
{
    if (running()) { // close only once the import has stopped
        cancelImport();
        return;
    }
    QDialog::reject();
}

void ResultsImportDialog::onProgress(qint64 done, qint64 total)
{
    m_progressBar->setValue(total > 0 ? static_cast<int>(done * 100 / total) : 0);
}

void ResultsImportDialog::onFinished()
{
    if (!m_thread)
        return;
    m_thread->quit();
    m_thread->wait();
    m_thread->deleteLater();
    m_thread = nullptr;
    const auto outcome = *m_worker->outcome();
    const bool cancelled = m_worker->cancelled();
    delete m_worker;
    m_worker = nullptr;
    updateButtons();

    if (!outcome.ok()) {
        if (cancelled || outcome.error().code == base::ErrorCode::Cancelled)
            m_banner->showText(tr("Import cancelled. Nothing was saved."));
        else
            m_banner->showText(tr("%1 Nothing was saved.").arg(ErrorText::describe(outcome.error())));
        m_progressBar->setValue(0);
    } else {
        m_progressBar->setValue(100);
        showReport(outcome.value());
        if (outcome->saved)
            emit resultsSaved();
    }
    emit importFinished();
}

void ResultsImportDialog::showReport(const results::ImportReport& r)
{
    m_report = r;
    m_rowsLabel->setNum(static_cast<int>(r.rows));
    m_matchedLabel->setNum(static_cast<int>(r.matched));
    m_convertedLabel->setNum(static_cast<int>(r.converted));
    m_unmatchedLabel->setNum(static_cast<int>(r.unmatched));
    m_duplicatesLabel->setNum(static_cast<int>(r.duplicates));
    m_rejectedLabel->setNum(static_cast<int>(r.rejected));
    m_fulfilledLabel->setNum(static_cast<int>(r.requestsFulfilled));
    m_problemsListWidget->clear();
    for (const auto& problem : r.problems)
        m_problemsListWidget->addItem(ErrorText::describeAt(problem));
    if (r.problems.empty())
        m_problemsListWidget->addItem(tr("None"));
    m_reportGroupBox->setTitle(r.saved ? tr("What the import did") : tr("What the file holds (nothing was saved)"));
    m_reportGroupBox->show();

    const QString file = QString::fromStdString(r.fileName.empty() ? std::string() : r.fileName);
    if (r.saved) {
        QString text = tr("Saved: %1 attached to people, %2 sent to the unmatched results queue.")
                           .arg(r.matched)
                           .arg(r.unmatched);
        if (r.unmatched > 0)
            text += QLatin1Char(' ') + tr("Match those by hand in Results > Unmatched results.");
        if (r.rejected > 0)
            text += QLatin1Char(' ') + tr("Rows not imported because of a problem: %1 (listed below).").arg(r.rejected);
        m_banner->showText(text, r.rejected > 0 ? MessageBanner::Kind::Problem : MessageBanner::Kind::Done);
    } else if (r.rejected > 0) {
        m_banner->showText(tr("Nothing was saved, because some rows have problems (listed below). Correct the file, "
                              "or tick \"Import the valid rows even if some rows have problems\" and import again."));
    } else if (r.rows == 0) {
        m_banner->showText(tr("There are no results in %1. Nothing was saved.").arg(file));
    } else {
        m_banner->showText(tr("Nothing was saved."));
    }
    resize(width(), std::max(height(), 560));
}

QString ResultsImportDialog::statusText() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

QStringList ResultsImportDialog::problemTexts() const
{
    QStringList out;
    if (!m_report)
        return out;
    for (int i = 0; i < m_problemsListWidget->count(); ++i)
        out << m_problemsListWidget->item(i)->text();
    return out;
}

} // namespace carehouse::ui
