#pragma once

#include "core/base/Result.h"

#include <QWidget>
#include <string>

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace carehouse::record {
class RecordStore;
}

namespace carehouse::ui {

class MessageBanner;
class QuestionnaireForm;
class QuestionnaireResponseModel;
class ScoreChartView;

// The patient page's Questionnaires tab: on the left the practice's questionnaires (PHQ-9,
// GAD-7, PHQ-2, GAD-2, the agenda), the person's completed ones newest first with score, band
// and date, and the chosen questionnaire's scores over time; on the right the form to fill
// one in (a returned paper copy, or with the person in the room).
class QuestionnairesView : public QWidget
{
    Q_OBJECT

public:
    explicit QuestionnairesView(QWidget* parent = nullptr);

    void setStore(record::RecordStore* store);
    base::Status openPatient(const std::string& patientId);
    void clear();

    bool hasUnsavedChanges() const;
    // Saves the form's answers; false (problems shown) when they could not be.
    bool save();
    // Closes the form, its answers dropped.
    void discard();
    // Starts the form for the questionnaire in that row of the list; asks first when the
    // form already holds unsaved answers.
    bool startForm(int listRow);
    QuestionnaireForm* form() const { return m_form; }
    ScoreChartView* chart() const { return m_chart; }
    QuestionnaireResponseModel* responses() const { return m_responseModel; }

signals:
    void saved();

private:
    base::Status reloadResponses();
    void showChartFor(int listRow);

    record::RecordStore* m_store = nullptr;
    std::string m_patientId;
    QListWidget* m_listWidget = nullptr;
    QPushButton* m_fillInButton = nullptr;
    QTableView* m_responsesTableView = nullptr;
    QuestionnaireResponseModel* m_responseModel = nullptr;
    ScoreChartView* m_chart = nullptr;
    MessageBanner* m_banner = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_placeholderLabel = nullptr;
    QuestionnaireForm* m_form = nullptr;
};

} // namespace carehouse::ui
