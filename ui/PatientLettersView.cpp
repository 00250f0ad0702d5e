#include "ui/PatientLettersView.h"

#include "core/letters/LetterLog.h"
#include "core/letters/LetterWording.h"
#include "core/letters/ResultsLetterComposer.h"
#include "core/record/RecordStore.h"
#include "ui/ErrorText.h"
#include "ui/MessageBanner.h"
#include "ui/SentLettersModel.h"
#include "ui/print/ResultsLetterRenderer.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPageLayout>
#include <QPageSize>
#include <QPrintDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace carehouse::ui {

namespace {

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

// The letters' own page: A4, no printer margins (the letter keeps its own 20 mm).
void setUpForLetters(QPrinter& printer)
{
    printer.setFullPage(true);
    printer.setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
}

} // namespace

PatientLettersView::PatientLettersView(QWidget* parent)
    : QWidget(parent)
{
    auto* heading = new QLabel(tr("<b>Pre-consultation results letter</b>"), this);
    m_language = new QComboBox(this);
    m_language->setObjectName("letterLanguage");
    for (const auto& code : letters::LetterWording::available())
        m_language->addItem(SentLettersModel::languageName(code), q(code));
    m_largePrint = new QCheckBox(tr("Large print (16 pt)"), this);
    m_largePrint->setObjectName("letterLargePrint");
    m_questionnaires = new QCheckBox(tr("Include the PHQ-2 and GAD-2 questions"), this);
    m_questionnaires->setObjectName("letterQuestionnaires");
    m_printButton = new QPushButton(tr("Print…"), this);
    m_printButton->setObjectName("printLetterButton");
    m_saveButton = new QPushButton(tr("Save as PDF…"), this);
    m_saveButton->setObjectName("saveLetterButton");
    auto* note = new QLabel(tr("Printing or saving records the letter as sent today, and the person moves on to "
                               "\"letter sent\"."),
                            this);
    note->setWordWrap(true);
    m_banner = new MessageBanner(this);
    m_banner->setObjectName("lettersMessage");

    auto* sentHeading = new QLabel(tr("<b>Letters sent</b>"), this);
    m_sentModel = new SentLettersModel(this);
    m_sentTable = new QTableView(this);
    m_sentTable->setObjectName("sentLettersTable");
    m_sentTable->setModel(m_sentModel);
    m_sentTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_sentTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_sentTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sentTable->verticalHeader()->hide();
    m_sentTable->horizontalHeader()->setStretchLastSection(true);
    m_showSentButton = new QPushButton(tr("Show as sent"), this);
    m_showSentButton->setObjectName("showSentLetterButton");
    m_showSentButton->setEnabled(false);
    m_todayButton = new QPushButton(tr("Back to today's letter"), this);
    m_todayButton->setObjectName("todaysLetterButton");
    m_todayButton->setEnabled(false);

    auto* left = new QWidget(this);
    auto* form = new QVBoxLayout(left);
    form->setContentsMargins(0, 0, 6, 0);
    form->addWidget(heading);
    auto* languageRow = new QHBoxLayout;
    languageRow->addWidget(new QLabel(tr("Language:"), this));
    languageRow->addWidget(m_language, 1);
    form->addLayout(languageRow);
    form->addWidget(m_largePrint);
    form->addWidget(m_questionnaires);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_printButton);
    buttons->addWidget(m_saveButton);
    buttons->addStretch(1);
    form->addLayout(buttons);
    form->addWidget(note);
    form->addWidget(m_banner);
    form->addSpacing(12);
    form->addWidget(sentHeading);
    form->addWidget(m_sentTable, 1);
    auto* sentButtons = new QHBoxLayout;
    sentButtons->addWidget(m_showSentButton);
    sentButtons->addWidget(m_todayButton);
    sentButtons->addStretch(1);
    form->addLayout(sentButtons);
    m_sentTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_previewPrinter = std::make_unique<QPrinter>(QPrinter::HighResolution);
    setUpForLetters(*m_previewPrinter);
    auto* right = new QWidget(this);
    auto* previewLayout = new QVBoxLayout(right);
    previewLayout->setContentsMargins(6, 0, 0, 0);
    m_caption = new QLabel(this);
    m_caption->setObjectName("letterPreviewCaption");
    m_caption->setWordWrap(true);
    m_preview = new QPrintPreviewWidget(m_previewPrinter.get(), this);
    m_preview->setObjectName("letterPreview");
    m_preview->setViewMode(QPrintPreviewWidget::SinglePageView);
    m_preview->setZoomMode(QPrintPreviewWidget::FitInView); // a whole page at a time, as it will look
    previewLayout->addWidget(m_caption);
    previewLayout->addWidget(m_preview, 1);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    // The letter is what the nurse reads: most of the width goes to it.
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({380, 900});
    left->setMinimumWidth(340);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, [this](QPrinter* printer) {
        if (m_shown)
            ResultsLetterRenderer::print({*m_shown}, *printer);
    });
    auto recompose = [this] {
        if (m_loading || !m_store || m_patientId.empty())
            return;
        if (auto st = compose(); !st)
            m_banner->showError(st.error());
    };
    connect(m_language, &QComboBox::currentIndexChanged, this, recompose);
    connect(m_largePrint, &QCheckBox::toggled, this, recompose);
    connect(m_questionnaires, &QCheckBox::toggled, this, recompose);
    connect(m_printButton, &QPushButton::clicked, this, &PatientLettersView::print);
    connect(m_saveButton, &QPushButton::clicked, this, &PatientLettersView::save);
    connect(m_sentTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_showSentButton->setEnabled(m_sentTable->selectionModel()->hasSelection()); });
    connect(m_showSentButton, &QPushButton::clicked, this, [this] {
        const auto rows = m_sentTable->selectionModel()->selectedRows();
        if (rows.isEmpty())
            return;
        if (auto st = showSentLetter(rows.first().row()); !st)
            m_banner->showError(st.error());
    });
    connect(m_sentTable, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (auto st = showSentLetter(index.row()); !st)
            m_banner->showError(st.error());
    });
    connect(m_todayButton, &QPushButton::clicked, this, &PatientLettersView::showTodaysLetter);
}

PatientLettersView::~PatientLettersView()
{
    // The preview paints on the printer until it goes: it must go first.
    delete m_preview;
    m_preview = nullptr;
}

void PatientLettersView::setStore(record::RecordStore* store)
{
    m_store = store;
}

base::Status PatientLettersView::openPatient(const std::string& patientId)
{
    if (!m_store)
        return base::Error::make(base::ErrorCode::NotLoggedIn);
    const bool samePerson = patientId == m_patientId;
    m_patientId = patientId;
    if (!samePerson) {
        // The person's own needs first: their language and print size, the practice's questions.
        m_loading = true;
        m_banner->clearMessage();
        auto defaults = letters::ResultsLetterComposer::compose(*m_store, patientId);
        if (defaults) {
            const int index = m_language->findData(q(defaults->language));
            m_language->setCurrentIndex(index >= 0 ? index : 0);
            m_largePrint->setChecked(defaults->largePrint);
            m_questionnaires->setChecked(!defaults->questionnaires.empty());
        }
        m_loading = false;
        if (!defaults) {
            m_today.reset();
            m_shown.reset();
            m_preview->updatePreview();
            updateCaption();
            m_banner->showError(defaults.error());
            return defaults.error();
        }
        // The person's own letter is what the options now describe: shown as composed.
        showComposed(std::move(defaults).value());
    }
    auto shown = samePerson ? compose() : base::Status{};
    if (shown)
        shown = readLog();
    if (!shown)
        m_banner->showError(shown.error());
    return shown;
}

void PatientLettersView::clear()
{
    m_patientId.clear();
    m_today.reset();
    m_shown.reset();
    m_showingSent = false;
    m_sentModel->setLetters({});
    m_banner->clearMessage();
    m_preview->updatePreview();
    updateCaption();
}

base::Status PatientLettersView::compose()
{
    letters::ResultsLetterComposer::Options options;
    options.language = m_language->currentData().toString().toStdString();
    options.largePrint = m_largePrint->isChecked();
    options.includePhq2Gad2 = m_questionnaires->isChecked();
    auto content = letters::ResultsLetterComposer::compose(*m_store, m_patientId, options);
    if (!content)
        return content.error();
    showComposed(std::move(content).value());
    return {};
}

void PatientLettersView::showComposed(letters::ResultsLetterContent content)
{
    m_today = std::move(content);
    if (m_today->person.addressWithheld)
        m_banner->showText(tr("Restricted record: this letter is never posted. Print it and hand it to the person; "
                              "the address is not printed."),
                           MessageBanner::Kind::Problem);
    showTodaysLetter();
}

base::Status PatientLettersView::readLog()
{
    auto log = letters::LetterLog(*m_store).forPatient(m_patientId);
    if (!log)
        return log.error();
    m_sentModel->setLetters(std::move(log).value());
    m_showSentButton->setEnabled(false);
    return {};
}

void PatientLettersView::showTodaysLetter()
{
    m_shown = m_today;
    m_showingSent = false;
    m_shownSentId.clear();
    m_todayButton->setEnabled(false);
    for (auto* w : std::initializer_list<QWidget*>{m_language, m_largePrint, m_questionnaires})
        w->setEnabled(true);
    m_preview->updatePreview();
    m_preview->setCurrentPage(1);
    updateCaption();
}

base::Status PatientLettersView::showSentLetter(int row)
{
    const auto* sent = m_sentModel->letter(row);
    if (!sent || !m_store)
        return base::Error::make(base::ErrorCode::NotFound, "letter");
    // Checked against its fingerprint and audited by the log itself.
    auto content = letters::LetterLog(*m_store).reprint(sent->id);
    if (!content)
        return content.error();
    if (content->person.patientId != m_patientId)
        return base::Error::make(base::ErrorCode::DatabaseCorrupt, "letter", sent->id);
    m_shown = std::move(content).value();
    m_showingSent = true;
    m_shownSentId = sent->id;
    m_todayButton->setEnabled(true);
    // The options describe today's letter, not one already sent.
    for (auto* w : std::initializer_list<QWidget*>{m_language, m_largePrint, m_questionnaires})
        w->setEnabled(false);
    m_preview->updatePreview();
    m_preview->setCurrentPage(1);
    updateCaption();
    return {};
}

void PatientLettersView::updateCaption()
{
    if (!m_shown) {
        m_caption->setText(tr("No letter to show."));
        m_printButton->setEnabled(false);
        m_saveButton->setEnabled(false);
        return;
    }
    m_printButton->setEnabled(true);
    m_saveButton->setEnabled(true);
    const int count = m_preview->pageCount();
    const QString pages = count == 1 ? tr("1 page") : tr("%1 pages").arg(count);
    if (m_showingSent) {
        m_caption->setText(tr("<b>The letter sent on %1</b>, exactly as it went out (%2). Printing it again does not "
                              "log a new letter.")
                               .arg(q(m_shown->dateText), pages));
        m_printButton->setText(tr("Print again…"));
        m_saveButton->setText(tr("Save copy as PDF…"));
    } else {
        m_caption->setText(tr("<b>Today's letter</b>, as it will be printed (%1).").arg(pages));
        m_printButton->setText(tr("Print…"));
        m_saveButton->setText(tr("Save as PDF…"));
    }
}

base::Status PatientLettersView::logTodaysLetter()
{
    if (m_showingSent || !m_shown)
        return {};
    auto logged = letters::LetterLog(*m_store).recordSent({*m_shown});
    if (!logged)
        return logged.error();
    emit letterLogged();
    return readLog();
}

base::Status PatientLettersView::printOn(QPrinter& printer)
{
    if (!m_shown)
        return base::Error::make(base::ErrorCode::RequiredField, "letter");
    setUpForLetters(printer);
    const auto out = ResultsLetterRenderer::print({*m_shown}, printer);
    if (out.pages == 0)
        return base::Error::make(base::ErrorCode::IoFailed, "printer", printer.printerName().toStdString());
    return logTodaysLetter();
}

base::Status PatientLettersView::saveAsPdf(const QString& path)
{
    if (!m_shown)
        return base::Error::make(base::ErrorCode::RequiredField, "letter");
    auto written = ResultsLetterRenderer::renderBatch({*m_shown}, path);
    if (!written)
        return written.error();
    return logTodaysLetter();
}

void PatientLettersView::print()
{
    if (!m_shown)
        return;
    QPrinter printer(QPrinter::HighResolution);
    setUpForLetters(printer);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(m_showingSent ? tr("Print the letter again") : tr("Print the results letter"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const bool again = m_showingSent;
    if (auto st = printOn(printer); !st) {
        m_banner->showError(st.error());
        return;
    }
    m_banner->showText(again ? tr("Printed again, exactly as sent.")
                             : tr("Printed, and logged as sent today: the person now shows \"letter sent\"."),
                       MessageBanner::Kind::Done);
}

void PatientLettersView::save()
{
    if (!m_shown)
        return;
    const QString name = ResultsLetterRenderer::fileNameFor(*m_shown);
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(name);
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Save the results letter as PDF"), suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    const bool again = m_showingSent;
    if (auto st = saveAsPdf(path); !st) {
        m_banner->showError(st.error());
        return;
    }
    m_banner->showText(again ? tr("A copy of the letter as sent was saved to %1.").arg(QDir::toNativeSeparators(path))
                             : tr("Saved to %1 and logged as sent today.").arg(QDir::toNativeSeparators(path)),
                       MessageBanner::Kind::Done);
}

} // namespace carehouse::ui
