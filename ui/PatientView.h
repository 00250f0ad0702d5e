#pragma once

#include "core/base/Result.h"
#include "core/record/PatientSummary.h"

#include <QWidget>
#include <optional>

class QTabWidget;

namespace carehouse::record {
class RecordStore;
}

namespace carehouse::ui {

class CarePlanningView;
class CareProcessesView;
class HistoryView;
class PatientLettersView;
class PatientBanner;
class PatientSummaryView;
class QuestionnairesView;
class SurveillanceForm;

// The patient page: the banner fixed at the top, then the Summary, Care processes, Surveillance,
// Letters, Care planning, Questionnaires and History tabs. The banner carries the person's
// questionnaire safety alerts until a clinician acknowledges them, and a mark while the record has
// an open conflict between sites. Saving the surveillance appointment refreshes the
// page and keeps its tab.
class PatientView : public QWidget
{
    Q_OBJECT

public:
    explicit PatientView(QWidget* parent = nullptr);

    void setStore(record::RecordStore* store);
    // Reads the summary (audited as a view) and the history; on failure the page is unchanged.
    base::Status showPatient(const std::string& patientId);
    base::Status reload();
    void clear();

    const std::optional<record::PatientSummary>& summary() const { return m_summary; }
    QTabWidget* tabs() const { return m_tabWidget; }
    CareProcessesView* careProcessesView() const { return m_careProcessesView; }
    SurveillanceForm* surveillanceForm() const { return m_surveillanceForm; }
    PatientLettersView* lettersView() const { return m_lettersView; }
    CarePlanningView* carePlanningView() const { return m_carePlanningView; }
    QuestionnairesView* questionnairesView() const { return m_questionnairesView; }
    PatientBanner* banner() const { return m_banner; }
    // Before the page shows someone else or is left: unsaved appointment entries are saved,
    // discarded or kept by asking. False means stay on this person.
    bool confirmLeave();

signals:
    // The banner's conflict mark was followed: show this record's conflict.
    void conflictRequested(const QString& recordId);
    // The banner's other-records mark was followed: compare this person's records.
    void otherRecordsRequested(const QString& patientId);

private:
    void refreshSafetyAlerts(const std::string& patientId);
    void refreshConflicts(const std::string& patientId);
    void refreshOtherRecords(const std::string& patientId);
    void acknowledgeSafetyAlerts(const QStringList& responseIds, const QString& note);

    record::RecordStore* m_store = nullptr;
    std::optional<record::PatientSummary> m_summary;
    PatientBanner* m_banner = nullptr;
    QTabWidget* m_tabWidget = nullptr;
    PatientSummaryView* m_summaryView = nullptr;
    CareProcessesView* m_careProcessesView = nullptr;
    SurveillanceForm* m_surveillanceForm = nullptr;
    PatientLettersView* m_lettersView = nullptr;
    CarePlanningView* m_carePlanningView = nullptr;
    QuestionnairesView* m_questionnairesView = nullptr;
    HistoryView* m_historyView = nullptr;
};

} // namespace carehouse::ui
