#include "ui/ResultsLettersDialog.h"

#include "core/record/RecordStore.h"
#include "ui/ErrorText.h"
#include "ui/MessageBanner.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QThread>
#include <QVBoxLayout>

namespace carehouse::ui {

namespace {

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

QDate toQDate(base::CivilDate d)
{
    return QDate(d.year(), d.month(), d.day());
}

base::CivilDate fromQDate(const QDate& d)
{
    return base::CivilDate::fromYmd(d.year(), d.month(), d.day()).value_or(base::CivilDate());
}

QString reasonText(const letters::ResultsLetterBatch::Skipped& s)
{
    using Reason = letters::ResultsLetterBatch::Reason;
    const QString name = q(s.person.name);
    switch (s.reason) {
    case Reason::Restricted:
        return ResultsLettersDialog::tr("%1: restricted record, never in a postal batch; print their letter from "
                                        "their record (Letters tab) and hand it to them")
            .arg(name);
    case Reason::NoAddress: return ResultsLettersDialog::tr("%1: no address recorded").arg(name);
    case Reason::NotComposed:
        return ResultsLettersDialog::tr("%1: the letter could not be composed: %2")
            .arg(name, ErrorText::describe(s.error));
    }
    return name;
}

} // namespace

ResultsLettersDialog::ResultsLettersDialog(record::RecordStore& store, std::vector<recall::WorklistRow> rows,
                                           QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_rows(std::move(rows))
{
    setWindowTitle(tr("Print results letters"));
    const auto today = store.clock().today();

    m_rangeCheck = new QCheckBox(tr("Only people whose care planning consultation is between"), this);
    m_rangeCheck->setObjectName("letterRangeCheck");
    m_from = new QDateEdit(toQDate(today), this);
    m_from->setObjectName("letterFromDate");
    m_to = new QDateEdit(toQDate(today).addDays(14), this);
    m_to->setObjectName("letterToDate");
    for (auto* edit : {m_from, m_to}) {
        edit->setDisplayFormat(QStringLiteral("dd-MMM-yyyy"));
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
    }
    m_onePdf = new QRadioButton(tr("One PDF for the print room"), this);
    m_onePdf->setObjectName("onePdfRadio");
    m_onePdf->setChecked(true);
    m_perPerson = new QRadioButton(tr("One PDF per person, in a folder"), this);
    m_perPerson->setObjectName("pdfPerPersonRadio");
    m_path = new QLineEdit(this);
    m_path->setObjectName("letterOutputPath");
    m_path->setText(QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                        .filePath(tr("results-letters-%1.pdf").arg(q(today.iso()))));
    m_chooseButton = new QPushButton(tr("Choose…"), this);
    m_summary = new QLabel(this);
    m_summary->setObjectName("letterPlanSummary");
    m_summary->setWordWrap(true);
    m_leftOut = new QListWidget(this);
    m_leftOut->setObjectName("letterLeftOutList");
    m_leftOut->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName("letterProgressBar");
    m_progress->setFormat(tr("%v of %m letters"));
    m_progress->setValue(0);
    m_banner = new MessageBanner(this);
    m_banner->setObjectName("letterBatchMessage");
    m_printButton = new QPushButton(tr("Print"), this);
    m_printButton->setObjectName("startLetterBatchButton");
    m_printButton->setDefault(true);
    m_cancelButton = new QPushButton(tr("Close"), this);
    m_cancelButton->setObjectName("cancelLetterBatchButton");

    auto* range = new QHBoxLayout;
    range->addWidget(m_from);
    range->addWidget(new QLabel(tr("and"), this));
    range->addWidget(m_to);
    range->addStretch(1);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_chooseButton);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_printButton);
    buttons->addWidget(m_cancelButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_rangeCheck);
    layout->addLayout(range);
    layout->addSpacing(8);
    layout->addWidget(m_onePdf);
    layout->addWidget(m_perPerson);
    layout->addLayout(pathRow);
    layout->addSpacing(8);
    layout->addWidget(m_summary);
    layout->addWidget(m_leftOut, 1);
    layout->addStretch(0); // takes the room while nobody is left out
    layout->addWidget(m_banner);
    layout->addLayout(buttons);
    resize(640, 480);

    connect(m_rangeCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        updatePlan();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &ResultsLettersDialog::updatePlan);
    connect(m_to, &QDateEdit::dateChanged, this, &ResultsLettersDialog::updatePlan);
    connect(m_perPerson, &QRadioButton::toggled, this, [this](bool perPerson) {
        QString path = m_path->text();
        if (perPerson && path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
            m_path->setText(path.left(path.size() - 4));
        else if (!perPerson && !path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
            m_path->setText(path + QStringLiteral(".pdf"));
    });
    connect(m_chooseButton, &QPushButton::clicked, this, &ResultsLettersDialog::choosePath);
    connect(m_printButton, &QPushButton::clicked, this, &ResultsLettersDialog::start);
    connect(m_cancelButton, &QPushButton::clicked, this, &ResultsLettersDialog::reject);
    updatePlan();
}

ResultsLettersDialog::~ResultsLettersDialog()
{
    if (m_thread) {
        m_worker->cancel();
        m_thread->quit();
        m_thread->wait();
        delete m_worker;
    }
}

letters::ResultsLetterBatch::Selection ResultsLettersDialog::selection() const
{
    letters::ResultsLetterBatch::Selection s;
    if (m_rangeCheck->isChecked()) {
        s.from = fromQDate(m_from->date());
        s.to = fromQDate(m_to->date());
    }
    return s;
}

letters::ResultsLetterBatch ResultsLettersDialog::plan() const
{
    return letters::ResultsLetterBatch::plan(m_rows, selection());
}

void ResultsLettersDialog::updatePlan()
{
    const auto batch = plan();
    const int count = static_cast<int>(batch.people().size());
    m_summary->setText(count == 0 ? tr("No letters to print with these choices.")
                                  : (count == 1 ? tr("1 letter to print.") : tr("%1 letters to print.").arg(count))
                               + QLatin1Char(' ') + tr("Each is logged as sent once its PDF is written."));
    m_leftOut->clear();
    for (const auto& s : batch.skipped())
        m_leftOut->addItem(reasonText(s));
    m_leftOut->setVisible(m_leftOut->count() > 0);
    m_printButton->setEnabled(count > 0 && !running());
    m_printButton->setText(count == 0       ? tr("Print")
                               : count == 1 ? tr("Print 1 letter")
                                            : tr("Print %1 letters").arg(count));
    m_progress->setRange(0, std::max(count, 1));
    m_progress->setValue(0);
}

void ResultsLettersDialog::choosePath()
{
    const QString chosen = m_perPerson->isChecked()
        ? QFileDialog::getExistingDirectory(this, tr("Folder for the letters"), m_path->text())
        : QFileDialog::getSaveFileName(this, tr("Save the results letters as PDF"), m_path->text(),
                                       tr("PDF files (*.pdf)"));
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

void ResultsLettersDialog::start()
{
    if (running())
        return;
    const QString path = m_path->text().trimmed();
    if (path.isEmpty()) {
        m_banner->showText(tr("Choose where to save the letters first."));
        return;
    }
    auto another = m_store.openAnother();
    if (!another) {
        m_banner->showError(another.error());
        return;
    }
    m_banner->clearMessage();
    m_outcome.reset();
    const auto output
        = m_perPerson->isChecked() ? ResultsLettersWorker::Output::PdfPerPerson : ResultsLettersWorker::Output::OnePdf;
    m_worker = new ResultsLettersWorker(std::move(another).value(), m_rows, selection(), output, path);
    m_thread = new QThread(this);
    m_thread->setObjectName("resultsLettersThread");
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_worker, &ResultsLettersWorker::run);
    connect(m_worker, &ResultsLettersWorker::progressed, this, &ResultsLettersDialog::onProgress, Qt::QueuedConnection);
    connect(m_worker, &ResultsLettersWorker::finished, this, &ResultsLettersDialog::onFinished, Qt::QueuedConnection);
    for (QWidget* w : std::initializer_list<QWidget*>{m_rangeCheck, m_from, m_to, m_onePdf, m_perPerson, m_path,
                                                      m_chooseButton, m_printButton})
        w->setEnabled(false);
    m_cancelButton->setText(tr("Cancel"));
    m_thread->start();
}

void ResultsLettersDialog::onProgress(int done, int total)
{
    m_progress->setRange(0, std::max(total, 1));
    m_progress->setValue(done);
}

void ResultsLettersDialog::reject()
{
    if (running()) {
        m_worker->cancel();
        m_cancelButton->setEnabled(false);
        return; // closes when the worker has stopped (onFinished)
    }
    QDialog::reject();
}

void ResultsLettersDialog::onFinished()
{
    if (!m_thread)
        return;
    m_thread->quit();
    m_thread->wait();
    m_thread->deleteLater();
    m_thread = nullptr;
    m_outcome = m_worker->outcome();
    delete m_worker;
    m_worker = nullptr;

    m_leftOut->clear();
    for (const auto& s : m_outcome->skipped)
        m_leftOut->addItem(reasonText(s));
    m_leftOut->setVisible(m_leftOut->count() > 0);
    const bool problem = m_outcome->error.has_value() || m_outcome->cancelled || m_outcome->printed == 0;
    m_banner->showText(outcomeText(), problem ? MessageBanner::Kind::Problem : MessageBanner::Kind::Done);
    m_cancelButton->setText(tr("Close"));
    m_cancelButton->setEnabled(true);
    for (QWidget* w : std::initializer_list<QWidget*>{m_rangeCheck, m_onePdf, m_perPerson, m_path, m_chooseButton})
        w->setEnabled(true);
    m_from->setEnabled(m_rangeCheck->isChecked());
    m_to->setEnabled(m_rangeCheck->isChecked());
    // The printed people are off the list now; the worklist re-reads itself.
    m_printButton->setEnabled(false);
    emit batchFinished();
}

QString ResultsLettersDialog::outcomeText() const
{
    if (!m_outcome)
        return {};
    const auto& o = *m_outcome;
    QString text;
    if (o.error && o.printed == 0)
        text = tr("Nothing was printed or logged: %1").arg(ErrorText::describe(*o.error));
    else if (o.cancelled && o.printed == 0)
        text = tr("Cancelled: nothing was printed or logged.");
    else if (o.printed == 0)
        text = tr("No letters were printed.");
    else if (o.files.size() == 1 && m_onePdf->isChecked() && o.printed == 1)
        text = tr("1 letter saved to %1 (%2 pages): open it and print it. It is logged as sent today.")
                   .arg(QDir::toNativeSeparators(o.files.first()))
                   .arg(o.pages);
    else if (o.files.size() == 1 && m_onePdf->isChecked())
        text = tr("%1 letters saved to %2 (%3 pages): open it and print it. Each is logged as sent today.")
                   .arg(o.printed)
                   .arg(QDir::toNativeSeparators(o.files.first()))
                   .arg(o.pages);
    else
        text = tr("%1 letters saved, one file per person, in %2. Each is logged as sent today.")
                   .arg(o.printed)
                   .arg(QDir::toNativeSeparators(m_path->text()));
    if (o.printed > 0 && o.cancelled)
        text += QLatin1Char(' ') + tr("Cancelled before the rest: they were not printed.");
    if (o.printed > 0 && o.error)
        text += QLatin1Char(' ') + tr("Then it stopped: %1").arg(ErrorText::describe(*o.error));
    if (!o.skipped.empty())
        text += QLatin1Char(' ')
            + (o.skipped.size() == 1 ? tr("1 person is not in this batch: see the list.")
                                     : tr("%1 people are not in this batch: see the list.").arg(o.skipped.size()));
    return text;
}

} // namespace carehouse::ui
