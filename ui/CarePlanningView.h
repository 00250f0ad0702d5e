#pragma once

#include "core/base/Result.h"
#include "core/careplan/CarePlanBook.h"
#include "core/careplan/CarePlanLetterContent.h"
#include "core/careplan/ServicesDirectory.h"

#include <QWidget>
#include <optional>
#include <string>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPrinter;
class QPushButton;
class QSpinBox;
class QTableView;
class QTableWidget;

namespace carehouse::record {
class RecordStore;
}

namespace carehouse::ui {

class ActionsModel;
class GoalReviewsModel;
class GoalsModel;
class MessageBanner;
class ReferralsModel;

// The Care planning tab: the conversation between the person and the nurse or GP. On the left
// what was prepared — the results as the person was sent them in their letter, and the
// person's agenda; on the right what is agreed — last plan's goals reviewed, new goals in the
// person's words with their confidence, the action plan (the person's and the team's), support
// offered or referred from the services directory, individual targets and the next review.
// Saving records the care plan and the consultation, closing the year's cycle.
class CarePlanningView : public QWidget
{
    Q_OBJECT

public:
    explicit CarePlanningView(QWidget* parent = nullptr);

    void setStore(record::RecordStore* store);
    base::Status openPatient(const std::string& patientId);
    void clear();
    bool hasUnsavedChanges() const { return m_dirty; }

    // Adds a support offer from the directory (the selected service): referred or not.
    void offerSelectedService(bool refer);
    // Moves the referral selected in the referrals table on (accepted, seen, referred back,
    // declined) with an optional note; recorded at once, apart from the plan.
    base::Status updateSelectedReferral(model::Referral::Status status, const std::string& note);
    // Saves the plan; problems are shown in the banner. True when saved.
    bool save();
    const std::optional<careplan::CarePlanDraft>& draft() const { return m_draft; }

    // The person's printed care plan, composed from the saved plan (never the unsaved edits) in
    // their language and print size. No saved plan: NotFound ("care plan").
    base::Result<careplan::CarePlanLetterContent> printedPlan() const;
    // Prints the saved plan onto a printer set up by the print dialog or the preview (or a test).
    base::Status printOn(QPrinter& printer);
    // Whether a plan has been saved for the person: "Print care plan…" is offered only then.
    bool hasSavedPlan() const { return m_hasSavedPlan; }

    GoalsModel* goals() const { return m_goalsModel; }
    GoalReviewsModel* reviews() const { return m_reviewsModel; }
    ActionsModel* actions() const { return m_actionsModel; }
    ReferralsModel* referrals() const { return m_referralsModel; }

signals:
    void saved();

private:
    void fillFromDraft();
    careplan::CarePlanDraft collect() const;
    void showResults();
    void filterServices();
    void refreshSupport();
    void showReferrals();
    void showConditions();
    void markDirty();
    void updatePrintButton();
    void showPrintPreview();

    record::RecordStore* m_store = nullptr;
    std::string m_patientId;
    std::optional<careplan::CarePlanDraft> m_draft;
    std::optional<careplan::ServicesDirectory> m_directory;
    std::vector<model::SupportOffer> m_support;
    bool m_dirty = false;
    bool m_loading = false;
    bool m_hasSavedPlan = false;

    QLabel* m_resultsCaption = nullptr;
    QTableWidget* m_results = nullptr;
    QLabel* m_agendaCaption = nullptr;
    QPlainTextEdit* m_agenda = nullptr;
    QLabel* m_coversLabel = nullptr;
    MessageBanner* m_banner = nullptr;
    QLabel* m_reviewsHeading = nullptr;
    QTableView* m_reviewsTable = nullptr;
    QTableView* m_goalsTable = nullptr;
    QTableView* m_actionsTable = nullptr;
    GoalReviewsModel* m_reviewsModel = nullptr;
    GoalsModel* m_goalsModel = nullptr;
    ActionsModel* m_actionsModel = nullptr;
    QComboBox* m_serviceKind = nullptr;
    QComboBox* m_serviceLocality = nullptr;
    QListWidget* m_services = nullptr;
    QListWidget* m_supportList = nullptr;
    ReferralsModel* m_referralsModel = nullptr;
    QTableView* m_referralsTable = nullptr;
    QComboBox* m_referralStatus = nullptr;
    QLineEdit* m_referralNote = nullptr;
    QPushButton* m_referralButton = nullptr;
    QCheckBox* m_hba1cTarget = nullptr;
    QSpinBox* m_hba1cValue = nullptr;
    QCheckBox* m_bpTarget = nullptr;
    QSpinBox* m_systolicValue = nullptr;
    QSpinBox* m_diastolicValue = nullptr;
    QCheckBox* m_cholesterolTarget = nullptr;
    QDoubleSpinBox* m_cholesterolValue = nullptr;
    QDateEdit* m_nextReview = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_printButton = nullptr;
};

} // namespace carehouse::ui
