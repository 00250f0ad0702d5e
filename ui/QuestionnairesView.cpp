#include "ui/QuestionnairesView.h"

#include "core/base/Log.h"
#include "core/model/Patient.h"
#include "core/questionnaire/QuestionnaireLibrary.h"
#include "core/questionnaire/ResponseHistory.h"
#include "core/questionnaire/ResponseRecorder.h"
#include "core/record/RecordStore.h"
#include "ui/MessageBanner.h"
#include "ui/MessageBox.h"
#include "ui/QuestionnaireForm.h"
#include "ui/QuestionnaireResponseModel.h"
#include "ui/ReasonDialog.h"
#include "ui/ScoreChartView.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPageLayout>
#include <QPageSize>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace carehouse::ui {

namespace {

constexpr int kRecordIdRole = Qt::UserRole;
constexpr int kUrlRole = Qt::UserRole + 1;

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

// A letter's own page: A4, no printer margins (the form keeps the letters' 20 mm).
void setUpForLetters(QPrinter& printer)
{
    printer.setFullPage(true);
    printer.setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
}

} // namespace

QuestionnairesView::QuestionnairesView(QWidget* parent)
    : QWidget(parent)
{
    m_listWidget = new QListWidget(this);
    m_listWidget->setObjectName("questionnaireListWidget");
    m_listWidget->setMaximumHeight(130);
    m_fillInButton = new QPushButton(tr("Fill in the chosen questionnaire"), this);
    m_fillInButton->setObjectName("fillInQuestionnaireButton");
    m_printBlankButton = new QPushButton(tr("Print blank…"), this);
    m_printBlankButton->setObjectName("printBlankQuestionnaireButton");
    m_printBlankButton->setToolTip(tr("The chosen questionnaire on paper for this person to fill in, with their "
                                      "name, date of birth and NHS number on every page"));
    m_saveBlankButton = new QPushButton(tr("Save blank as PDF…"), this);
    m_saveBlankButton->setObjectName("saveBlankQuestionnaireButton");
    m_saveBlankButton->setToolTip(tr("The same paper form as a PDF file"));
    m_printBlankButton->setEnabled(false);
    m_saveBlankButton->setEnabled(false);
    m_responseModel = new QuestionnaireResponseModel(this);
    m_responsesTableView = new QTableView(this);
    m_responsesTableView->setObjectName("questionnaireResponsesTableView");
    m_responsesTableView->setModel(m_responseModel);
    m_responsesTableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_responsesTableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_responsesTableView->verticalHeader()->hide();
    m_responsesTableView->horizontalHeader()->setStretchLastSection(true);
    m_chart = new ScoreChartView(this);
    m_chart->setObjectName("scoreChartView");
    m_banner = new MessageBanner(this);
    m_banner->setObjectName("questionnairesMessageBanner");

    m_form = new QuestionnaireForm(this);
    m_placeholderLabel = new QLabel(tr("Choose a questionnaire on the left and press \"Fill in the chosen "
                                       "questionnaire\" to type in a returned paper copy, or to fill it in with the "
                                       "person in the room."),
                                    this);
    m_placeholderLabel->setObjectName("questionnairePlaceholderLabel");
    m_placeholderLabel->setWordWrap(true);
    m_placeholderLabel->setAlignment(Qt::AlignCenter);
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName("questionnaireStackedWidget");
    m_stack->addWidget(m_placeholderLabel);
    m_stack->addWidget(m_form);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(heading(tr("Questionnaires"), left));
    leftLayout->addWidget(m_listWidget);
    leftLayout->addWidget(m_fillInButton);
    auto* blankButtons = new QHBoxLayout;
    blankButtons->addWidget(m_printBlankButton, 1);
    blankButtons->addWidget(m_saveBlankButton, 1);
    leftLayout->addLayout(blankButtons);
    leftLayout->addWidget(heading(tr("Completed, newest first"), left));
    leftLayout->addWidget(m_responsesTableView, 1);
    m_enteredInErrorButton = new QPushButton(tr("Entered in error…"), this);
    m_enteredInErrorButton->setObjectName("responseEnteredInErrorButton");
    m_enteredInErrorButton->setToolTip(tr("For a questionnaire typed against the wrong person or from the wrong form: "
                                          "it stays in the history, marked, and no longer counts."));
    m_enteredInErrorButton->setEnabled(false);
    leftLayout->addWidget(m_enteredInErrorButton, 0, Qt::AlignLeft);
    leftLayout->addWidget(m_chart, 1);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    // Wide enough for the questionnaires' full titles and a readable chart.
    splitter->setSizes({560, 840});

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);

    connect(m_listWidget, &QListWidget::currentRowChanged, this, &QuestionnairesView::showChartFor);
    connect(m_listWidget, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { startForm(m_listWidget->row(item)); });
    connect(m_fillInButton, &QPushButton::clicked, this, [this] { startForm(m_listWidget->currentRow()); });
    connect(m_printBlankButton, &QPushButton::clicked, this, &QuestionnairesView::printBlank);
    connect(m_saveBlankButton, &QPushButton::clicked, this, &QuestionnairesView::saveBlank);
    connect(m_enteredInErrorButton, &QPushButton::clicked, this, &QuestionnairesView::askEnteredInError);
    connect(m_responsesTableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &QuestionnairesView::updateEnteredInErrorButton);
    connect(m_form, &QuestionnaireForm::closeRequested, this, [this] {
        if (m_form->hasUnsavedChanges()) {
            const auto answer = MessageBox::askToSave(
                this, tr("Unsaved answers"),
                tr("The %1 has answers that are not saved yet. Save them, discard them, or stay here?")
                    .arg(m_form->title()));
            if (answer == MessageBox::Answer::Save) {
                save();
                return;
            }
            if (answer != MessageBox::Answer::Discard)
                return;
        }
        discard();
    });
    connect(m_form, &QuestionnaireForm::saved, this, [this](const model::QuestionnaireResponse& r) {
        QString what = QString::fromStdString(r.questionnaireTitle);
        if (r.totalScore)
            what = r.bandLabel.empty()
                ? tr("%1, score %2").arg(what, QLocale().toString(*r.totalScore, 'g', 6))
                : tr("%1, score %2 (%3)")
                      .arg(what, QLocale().toString(*r.totalScore, 'g', 6), QString::fromStdString(r.bandLabel));
        m_form->clear();
        m_stack->setCurrentWidget(m_placeholderLabel);
        if (auto st = reloadResponses(); !st)
            m_banner->showError(st.error());
        else
            m_banner->showText(
                tr("Saved: %1, completed on %2.").arg(what, QString::fromStdString(r.authored.display())),
                MessageBanner::Kind::Done);
        emit saved();
    });
}

void QuestionnairesView::setStore(record::RecordStore* store)
{
    m_store = store;
    m_form->setStore(store);
}

base::Status QuestionnairesView::openPatient(const std::string& patientId)
{
    clear();
    if (!m_store)
        return base::Error::make(base::ErrorCode::NotLoggedIn);
    m_patientId = patientId;
    auto listed = questionnaire::QuestionnaireLibrary(*m_store).list();
    if (!listed)
        return listed.error();
    for (const auto& e : *listed) {
        if (!e.current)
            continue;
        auto* item = new QListWidgetItem(QString::fromStdString(e.stored.title), m_listWidget);
        item->setData(kRecordIdRole, QString::fromStdString(e.stored.id));
        item->setData(kUrlRole, QString::fromStdString(e.stored.url));
    }
    m_fillInButton->setEnabled(m_store->require(security::Permission::RecordQuestionnaireResponse).ok());
    if (!m_fillInButton->isEnabled())
        m_fillInButton->setToolTip(tr("Your role may see questionnaires but not record them"));
    m_printBlankButton->setEnabled(m_listWidget->count() > 0);
    m_saveBlankButton->setEnabled(m_listWidget->count() > 0);
    if (m_listWidget->count() > 0)
        m_listWidget->setCurrentRow(0);
    return reloadResponses();
}

base::Status QuestionnairesView::reloadResponses()
{
    if (!m_store || m_patientId.empty())
        return {};
    auto all = questionnaire::ResponseHistory(*m_store).forPatient(m_patientId);
    if (!all)
        return all.error();
    m_responseModel->setResponses(*all);
    m_responsesTableView->resizeColumnsToContents();
    updateEnteredInErrorButton();
    showChartFor(m_listWidget->currentRow());
    return {};
}

void QuestionnairesView::updateEnteredInErrorButton()
{
    const bool may = m_store && m_store->require(security::Permission::RecordQuestionnaireResponse).ok();
    m_enteredInErrorButton->setEnabled(may && m_responsesTableView->selectionModel()->hasSelection());
}

void QuestionnairesView::askEnteredInError()
{
    const auto rows = m_responsesTableView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const auto& r = m_responseModel->at(rows.first().row());
    ReasonDialog dialog(
        tr("Entered in error"),
        tr("Why is the %1 completed on %2 entered in error? (For example: typed against the wrong "
           "person, another person's form.) It stays in the history, marked.")
            .arg(QString::fromStdString(r.questionnaireTitle), QString::fromStdString(r.authored.display())),
        tr("Mark entered in error"), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto st = markSelectedEnteredInError(dialog.reason().toStdString()); !st)
        m_banner->showError(st.error());
}

base::Status QuestionnairesView::markSelectedEnteredInError(const std::string& reason)
{
    if (!m_store)
        return base::Error::make(base::ErrorCode::NotLoggedIn);
    const auto rows = m_responsesTableView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return base::Error::make(base::ErrorCode::RequiredField, "questionnaire response");
    const auto chosen = m_responseModel->at(rows.first().row());
    // Only ever the shown person's questionnaire.
    if (chosen.patientId != m_patientId)
        return base::Error::make(base::ErrorCode::InvalidState, "questionnaire response", chosen.id);
    auto marked = questionnaire::ResponseRecorder(*m_store).markEnteredInError(chosen.id, reason);
    if (!marked)
        return marked.error();
    if (auto st = reloadResponses(); !st)
        return st;
    m_banner->showText(tr("The %1 completed on %2 is marked entered in error: it no longer counts in scores, the "
                          "chart or alerts.")
                           .arg(QString::fromStdString(marked->questionnaireTitle),
                                QString::fromStdString(marked->authored.display())),
                       MessageBanner::Kind::Done);
    emit saved();
    return {};
}

void QuestionnairesView::showChartFor(int listRow)
{
    if (!m_store || m_patientId.empty() || listRow < 0 || listRow >= m_listWidget->count()) {
        m_chart->showMessage(tr("Choose a questionnaire to see its scores over time"));
        return;
    }
    const auto* item = m_listWidget->item(listRow);
    auto found
        = questionnaire::QuestionnaireLibrary(*m_store).byRecordId(item->data(kRecordIdRole).toString().toStdString());
    if (!found) {
        m_chart->showMessage(tr("This questionnaire cannot be read"));
        base::logWarning("questionnaire not read for its chart: {}", found.error().describe());
        return;
    }
    auto scores = questionnaire::ResponseHistory(*m_store).scores(m_patientId, found->stored.url);
    if (!scores) {
        m_chart->showMessage(tr("The scores cannot be read"));
        base::logWarning("scores not read for the chart: {}", scores.error().describe());
        return;
    }
    m_chart->setScores(found->definition.questionnaire, *scores, m_store->clock().today());
}

bool QuestionnairesView::startForm(int listRow)
{
    if (!m_store || m_patientId.empty() || listRow < 0 || listRow >= m_listWidget->count())
        return false;
    if (m_form->hasUnsavedChanges()) {
        const auto answer = MessageBox::askToSave(
            this, tr("Unsaved answers"),
            tr("The %1 has answers that are not saved yet. Save them, discard them, or stay here?")
                .arg(m_form->title()));
        if (answer == MessageBox::Answer::Save && !save())
            return false;
        if (answer == MessageBox::Answer::Cancel)
            return false;
    }
    const auto* item = m_listWidget->item(listRow);
    auto found
        = questionnaire::QuestionnaireLibrary(*m_store).byRecordId(item->data(kRecordIdRole).toString().toStdString());
    if (!found) {
        m_banner->showError(found.error());
        return false;
    }
    m_banner->clearMessage();
    m_form->start(m_patientId, std::move(found).value());
    m_stack->setCurrentWidget(m_form);
    return true;
}

base::Result<BlankQuestionnaireRenderer::Form> QuestionnairesView::blankForm(int listRow) const
{
    if (!m_store || m_patientId.empty() || listRow < 0 || listRow >= m_listWidget->count())
        return base::Error::make(base::ErrorCode::NotFound, "questionnaire");
    const auto* item = m_listWidget->item(listRow);
    auto found
        = questionnaire::QuestionnaireLibrary(*m_store).byRecordId(item->data(kRecordIdRole).toString().toStdString());
    if (!found)
        return found.error();
    auto form = BlankQuestionnaireRenderer::compose(*m_store, found->definition.questionnaire, m_patientId);
    if (!form)
        return form.error();
    // Only ever this person's name on this person's copy.
    if (!form->person || form->person->patientId != m_patientId)
        return base::Error::make(base::ErrorCode::InvalidState, "patient", m_patientId);
    return form;
}

base::Status QuestionnairesView::printBlankOn(QPrinter& printer, int listRow)
{
    auto form = blankForm(listRow);
    if (!form)
        return form.error();
    setUpForLetters(printer);
    if (BlankQuestionnaireRenderer::print(*form, printer).pages == 0)
        return base::Error::make(base::ErrorCode::IoFailed, "printer", printer.printerName().toStdString());
    (void)m_store->recordAccess(m_patientId, "print-blank-questionnaire");
    return {};
}

base::Status QuestionnairesView::saveBlankAsPdf(const QString& path, int listRow)
{
    auto form = blankForm(listRow);
    if (!form)
        return form.error();
    if (auto written = BlankQuestionnaireRenderer::render(*form, path); !written)
        return written.error();
    (void)m_store->recordAccess(m_patientId, "print-blank-questionnaire");
    return {};
}

void QuestionnairesView::printBlank()
{
    const int row = m_listWidget->currentRow();
    auto form = blankForm(row);
    if (!form) {
        m_banner->showError(form.error());
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    setUpForLetters(printer);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print a blank %1 for %2")
                              .arg(QString::fromStdString(form->questionnaire.displayTitle()),
                                   QString::fromStdString(form->person->bannerName)));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto st = printBlankOn(printer, row); !st) {
        m_banner->showError(st.error());
        return;
    }
    m_banner->showText(tr("A blank %1 was printed for %2.")
                           .arg(QString::fromStdString(form->questionnaire.displayTitle()),
                                QString::fromStdString(form->person->bannerName)),
                       MessageBanner::Kind::Done);
}

void QuestionnairesView::saveBlank()
{
    const int row = m_listWidget->currentRow();
    auto form = blankForm(row);
    if (!form) {
        m_banner->showError(form.error());
        return;
    }
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(BlankQuestionnaireRenderer::fileNameFor(*form));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the blank questionnaire as PDF"), suggested,
                                                      tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (auto st = saveBlankAsPdf(path, row); !st) {
        m_banner->showError(st.error());
        return;
    }
    m_banner->showText(tr("Saved to %1.").arg(QDir::toNativeSeparators(path)), MessageBanner::Kind::Done);
}

bool QuestionnairesView::hasUnsavedChanges() const
{
    return m_form->isOpen() && m_form->hasUnsavedChanges();
}

bool QuestionnairesView::save()
{
    return m_form->save();
}

void QuestionnairesView::discard()
{
    m_form->clear();
    m_stack->setCurrentWidget(m_placeholderLabel);
}

void QuestionnairesView::clear()
{
    m_patientId.clear();
    m_form->clear();
    m_stack->setCurrentWidget(m_placeholderLabel);
    m_listWidget->clear();
    m_printBlankButton->setEnabled(false);
    m_saveBlankButton->setEnabled(false);
    m_responseModel->setResponses({});
    m_banner->clearMessage();
    m_chart->showMessage(tr("Choose a questionnaire to see its scores over time"));
}

} // namespace carehouse::ui
