#pragma once

#include "core/base/Result.h"
#include "ui/print/BlankQuestionnaireRenderer.h"

#include <QWidget>
#include <string>

class QLabel;
class QListWidget;
class QPrinter;
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
// one in (a returned paper copy, or with the person in the room). "Print blank…" and "Save
// blank as PDF…" print the chosen questionnaire as a paper form for the person shown, with
// their name, date of birth and NHS number on every page.
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
    // The chosen questionnaire as a blank paper form for the person shown, in their print size.
    base::Result<BlankQuestionnaireRenderer::Form> blankForm(int listRow) const;
    // What "Print blank…" does once the print dialog is accepted, and "Save blank as PDF…"
    // once a file is chosen (tests call these without the dialogs).
    base::Status printBlankOn(QPrinter& printer, int listRow);
    base::Status saveBlankAsPdf(const QString& path, int listRow);
    // Marks the response selected in the completed list entered in error with the reason (what
    // "Entered in error…" does once the reason is typed); it stays in the history and leaves
    // scores, the chart and any alert.
    base::Status markSelectedEnteredInError(const std::string& reason);
    QuestionnaireForm* form() const { return m_form; }
    ScoreChartView* chart() const { return m_chart; }
    QuestionnaireResponseModel* responses() const { return m_responseModel; }

signals:
    void saved();

private:
    base::Status reloadResponses();
    void showChartFor(int listRow);
    void printBlank();
    void saveBlank();
    void askEnteredInError();
    void updateEnteredInErrorButton();

    record::RecordStore* m_store = nullptr;
    std::string m_patientId;
    QListWidget* m_listWidget = nullptr;
    QPushButton* m_fillInButton = nullptr;
    QPushButton* m_printBlankButton = nullptr;
    QPushButton* m_saveBlankButton = nullptr;
    QPushButton* m_enteredInErrorButton = nullptr;
    QTableView* m_responsesTableView = nullptr;
    QuestionnaireResponseModel* m_responseModel = nullptr;
    ScoreChartView* m_chart = nullptr;
    MessageBanner* m_banner = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_placeholderLabel = nullptr;
    QuestionnaireForm* m_form = nullptr;
};

} // namespace carehouse::ui
