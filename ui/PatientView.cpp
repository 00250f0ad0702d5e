#include "ui/PatientView.h"

#include "core/base/Log.h"
#include "core/clinical/CareProcessCatalogue.h"
#include "core/questionnaire/SafetyAlertBook.h"
#include "core/record/ConflictBook.h"
#include "core/record/PatientRepository.h"
#include "core/record/PatientSummaryReader.h"
#include "core/record/PossibleDuplicates.h"
#include "core/record/PracticeCatalogue.h"
#include "core/record/RecordHistory.h"
#include "core/record/RecordStore.h"
#include "ui/CarePlanningView.h"
#include "ui/CareProcessesView.h"
#include "ui/ErrorText.h"
#include "ui/HistoryView.h"
#include "ui/MessageBox.h"
#include "ui/PatientBanner.h"
#include "ui/PatientLettersView.h"
#include "ui/PatientSummaryView.h"
#include "ui/QuestionnaireForm.h"
#include "ui/QuestionnairesView.h"
#include "ui/SurveillanceForm.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace carehouse::ui {

PatientView::PatientView(QWidget* parent)
    : QWidget(parent)
{
    m_banner = new PatientBanner(this);
    m_tabWidget = new QTabWidget(this);
    m_tabWidget->setObjectName("patientTabWidget");
    m_summaryView = new PatientSummaryView(this);
    m_summaryView->setObjectName("patientSummaryView");
    m_careProcessesView = new CareProcessesView(this);
    m_careProcessesView->setObjectName("careProcessesPageView");
    m_surveillanceForm = new SurveillanceForm(this);
    m_lettersView = new PatientLettersView(this);
    m_lettersView->setObjectName("patientLettersView");
    m_carePlanningView = new CarePlanningView(this);
    m_carePlanningView->setObjectName("carePlanningView");
    m_questionnairesView = new QuestionnairesView(this);
    m_questionnairesView->setObjectName("questionnairesView");
    m_historyView = new HistoryView(this);
    m_historyView->setObjectName("historyView");
    m_tabWidget->addTab(m_summaryView, tr("Summary"));
    m_tabWidget->addTab(m_careProcessesView, tr("Care processes"));
    m_tabWidget->addTab(m_surveillanceForm, tr("Surveillance"));
    m_tabWidget->addTab(m_lettersView, tr("Letters"));
    m_tabWidget->addTab(m_carePlanningView, tr("Care planning"));
    m_tabWidget->addTab(m_questionnairesView, tr("Questionnaires"));
    m_tabWidget->addTab(m_historyView, tr("History"));
    // The summary and care processes show what was just saved; the form stays where it is.
    connect(m_surveillanceForm, &SurveillanceForm::saved, this, [this] {
        if (auto st = reload(); !st)
            base::logWarning("patient page not refreshed after saving: {}", st.error().describe());
    });

    connect(m_carePlanningView, &CarePlanningView::saved, this, [this] {
        if (auto st = reload(); !st)
            base::logWarning("patient page not refreshed after saving a care plan: {}", st.error().describe());
    });
    // A saved questionnaire may raise a safety alert: the banner shows it at once.
    connect(m_questionnairesView, &QuestionnairesView::saved, this, [this] {
        if (auto st = reload(); !st)
            base::logWarning("patient page not refreshed after saving a questionnaire: {}", st.error().describe());
    });
    connect(m_banner, &PatientBanner::acknowledgeRequested, this, &PatientView::acknowledgeSafetyAlerts);
    connect(m_banner, &PatientBanner::conflictRequested, this, &PatientView::conflictRequested);
    connect(m_banner, &PatientBanner::otherRecordsRequested, this, &PatientView::otherRecordsRequested);
    // A letter logged as sent moves the person's yearly review on: the summary says so.
    connect(m_lettersView, &PatientLettersView::letterLogged, this, [this] {
        if (auto st = reload(); !st)
            base::logWarning("patient page not refreshed after logging a letter: {}", st.error().describe());
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabWidget, 1);
}

void PatientView::setStore(record::RecordStore* store)
{
    m_store = store;
    m_surveillanceForm->setStore(store);
    m_lettersView->setStore(store);
    m_carePlanningView->setStore(store);
    m_questionnairesView->setStore(store);
}

base::Status PatientView::showPatient(const std::string& patientId)
{
    if (!m_store)
        return base::Error::make(base::ErrorCode::NotLoggedIn);
    auto summary = record::PatientSummaryReader(*m_store).open(patientId);
    if (!summary)
        return summary.error();
    auto history = record::RecordHistory(*m_store).forPatient(patientId);
    if (!history)
        return history.error();
    // Every value of every care-process item, oldest first, for the grid and the trends.
    auto catalogue = record::PracticeCatalogue::forPatient(*m_store, patientId);
    if (!catalogue)
        return catalogue.error();
    CareProcessesView::ObservationsByCode observations;
    record::PatientRepository repository(*m_store);
    for (const auto& process : (*catalogue)->processes())
        for (const auto& item : process.items) {
            auto values = repository.observations(patientId, item.code);
            if (!values)
                return values.error();
            observations[item.code] = std::move(values).value();
        }
    const bool samePerson = m_summary && m_summary->patient.value.id == patientId;
    // The same person again (a reload after a save) keeps what the form holds, saved or not.
    if (!samePerson)
        if (auto st = m_surveillanceForm->openPatient(patientId); !st)
            return st;
    // A letter that cannot be composed (a broken practice template) leaves the rest of the
    // page working; the tab says why.
    if (auto st = m_lettersView->openPatient(patientId); !st)
        base::logWarning("results letter not composed for the Letters tab: {}", st.error().describe());
    // The same person again keeps the consultation's entries on screen, saved or not.
    if (!samePerson)
        if (auto st = m_carePlanningView->openPatient(patientId); !st)
            base::logWarning("care planning tab not opened: {}", st.error().describe());
    if (!samePerson)
        if (auto st = m_questionnairesView->openPatient(patientId); !st)
            base::logWarning("questionnaires tab not opened: {}", st.error().describe());
    m_summary = std::move(summary).value();
    m_banner->setPatient(m_summary->patient.value, m_store->clock().today());
    refreshSafetyAlerts(patientId);
    refreshConflicts(patientId);
    refreshOtherRecords(patientId);
    m_summaryView->setSummary(*m_summary);
    m_careProcessesView->setRecord(*catalogue, std::move(observations), m_store->clock().today(),
                                   (*catalogue)->higherRiskBackground(m_summary->patient.value.ethnicity));
    m_historyView->setEntries(std::move(history).value());
    if (!samePerson)
        m_tabWidget->setCurrentIndex(0);
    return {};
}

void PatientView::refreshSafetyAlerts(const std::string& patientId)
{
    auto alerts = questionnaire::SafetyAlertBook(*m_store).outstanding(patientId);
    if (!alerts) {
        base::logWarning("safety alerts not read for the banner: {}", alerts.error().describe());
        m_banner->showSafetyAlertsUnknown();
        return;
    }
    m_banner->setSafetyAlerts(patientId, *alerts, m_store->require(security::Permission::AcknowledgeSafetyAlert).ok());
}

void PatientView::refreshConflicts(const std::string& patientId)
{
    auto conflicts = record::ConflictBook(*m_store).forPatient(patientId);
    if (!conflicts) {
        base::logWarning("conflicts not read for the banner: {}", conflicts.error().describe());
        m_banner->setConflicts(patientId, {});
        return;
    }
    m_banner->setConflicts(patientId, *conflicts);
}

void PatientView::refreshOtherRecords(const std::string& patientId)
{
    auto group = record::PossibleDuplicates(*m_store).groupOf(patientId);
    if (!group) {
        base::logWarning("other records not read for the banner: {}", group.error().describe());
        m_banner->setOtherRecords(patientId, 0, false);
        return;
    }
    if (!*group)
        m_banner->setOtherRecords(patientId, 0, false);
    else
        m_banner->setOtherRecords(patientId, (*group)->patientIds.size() - 1, !(*group)->open());
}

void PatientView::acknowledgeSafetyAlerts(const QStringList& responseIds, const QString& note)
{
    if (!m_store || !m_summary)
        return;
    std::vector<std::string> ids;
    for (const auto& id : responseIds)
        ids.push_back(id.toStdString());
    const auto& patientId = m_summary->patient.value.id;
    auto acknowledged = questionnaire::SafetyAlertBook(*m_store).acknowledge(patientId, ids, note.toStdString());
    if (!acknowledged) {
        m_banner->showAcknowledgeProblem(acknowledged.error().code == base::ErrorCode::RequiredField
                                             ? tr("Write what was done before acknowledging the alert.")
                                             : ErrorText::describe(acknowledged.error()));
        return;
    }
    if (auto st = reload(); !st)
        base::logWarning("patient page not refreshed after acknowledging an alert: {}", st.error().describe());
}

bool PatientView::confirmLeave()
{
    if (m_questionnairesView->hasUnsavedChanges()) {
        const QString who = m_summary ? QString::fromStdString(model::bannerName(m_summary->patient.value)) : QString();
        const auto answer = MessageBox::askToSave(
            this, tr("Unsaved questionnaire"),
            tr("The %1 for %2 has answers that are not saved yet. Save them, discard them, or stay here?")
                .arg(m_questionnairesView->form()->title(), who));
        if (answer == MessageBox::Answer::Save && !m_questionnairesView->save()) {
            m_tabWidget->setCurrentWidget(m_questionnairesView);
            return false;
        }
        if (answer == MessageBox::Answer::Discard)
            m_questionnairesView->discard();
        else if (answer != MessageBox::Answer::Save) {
            m_tabWidget->setCurrentWidget(m_questionnairesView);
            return false;
        }
    }
    if (m_carePlanningView->hasUnsavedChanges()) {
        const QString who = m_summary ? QString::fromStdString(model::bannerName(m_summary->patient.value)) : QString();
        const auto answer = MessageBox::askToSave(this, tr("Unsaved care plan"),
                                                  tr("The care plan for %1 has changes that are not saved yet. Save "
                                                     "them, discard them, or stay here?")
                                                      .arg(who));
        if (answer == MessageBox::Answer::Save && !m_carePlanningView->save()) {
            m_tabWidget->setCurrentWidget(m_carePlanningView);
            return false;
        }
        if (answer != MessageBox::Answer::Save && answer != MessageBox::Answer::Discard) {
            m_tabWidget->setCurrentWidget(m_carePlanningView);
            return false;
        }
    }
    if (!m_surveillanceForm->hasUnsavedChanges())
        return true;
    const QString name = m_summary ? QString::fromStdString(model::bannerName(m_summary->patient.value)) : QString();
    const auto answer = MessageBox::askToSave(
        this, tr("Unsaved surveillance appointment"),
        tr("The surveillance appointment for %1 has entries that are not saved yet. Save them to finish "
           "later, discard them, or stay here?")
            .arg(name));
    if (answer == MessageBox::Answer::Discard)
        return true;
    if (answer == MessageBox::Answer::Save && m_surveillanceForm->saveForLater())
        return true;
    // Stay, or saving was refused: show the form with its problems.
    m_tabWidget->setCurrentWidget(m_surveillanceForm);
    return false;
}

base::Status PatientView::reload()
{
    if (!m_summary)
        return {};
    return showPatient(m_summary->patient.value.id);
}

void PatientView::clear()
{
    m_summary.reset();
    m_banner->clear();
    m_careProcessesView->clear();
    m_surveillanceForm->clear();
    m_lettersView->clear();
    m_carePlanningView->clear();
    m_questionnairesView->clear();
}

} // namespace carehouse::ui
