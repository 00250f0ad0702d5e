#pragma once

#include "core/base/Error.h"
#include "core/model/QuestionnaireResponse.h"
#include "core/questionnaire/FormModel.h"
#include "core/questionnaire/QuestionnaireLibrary.h"

#include <QWidget>
#include <memory>
#include <optional>
#include <vector>

class QButtonGroup;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace carehouse::record {
class RecordStore;
}

namespace carehouse::ui {

class MessageBanner;

// One questionnaire as a form, built from its definition through questionnaire::FormModel: a
// group is a heading, a display item is text, a choice is radio buttons (check boxes when it
// repeats), and the other questions have their own editors. After every answer the form asks
// the model which items are asked now and hides the others (an answer to a hidden item is
// kept on screen for if it comes back, but not saved). Who completed it and when are chosen
// at the bottom; Save goes through questionnaire::ResponseRecorder, and each problem is shown
// beside its question, in words, with the list in the banner above.
//
// Object names: the form's rows are "questionRow_<linkId>", an option "answer_<linkId>_<n>"
// (n from 0), other editors "answer_<linkId>", a problem "problem_<linkId>".
class QuestionnaireForm : public QWidget
{
    Q_OBJECT

public:
    explicit QuestionnaireForm(QWidget* parent = nullptr);
    ~QuestionnaireForm() override;

    void setStore(record::RecordStore* store);
    // Builds the form for `questionnaire` (the current version) for this person, empty.
    void start(const std::string& patientId, questionnaire::QuestionnaireLibrary::Found questionnaire);
    void clear();

    bool isOpen() const { return m_definition != nullptr; }
    bool hasUnsavedChanges() const { return m_dirty; }
    QString title() const;
    // The answers on screen to the questions asked now.
    questionnaire::AnswerMap answers() const;
    // Checks and saves; false (with the problems shown) when nothing was saved.
    bool save();

signals:
    void saved(const model::QuestionnaireResponse& response);
    void closeRequested();

private:
    struct RowWidgets
    {
        const questionnaire::Item* item = nullptr;
        QWidget* row = nullptr;
        QLabel* problem = nullptr;
        QButtonGroup* buttons = nullptr; // single choice and boolean
        std::vector<QWidget*> checks; // repeating choice: QCheckBox each
        QLineEdit* line = nullptr; // string, integer, decimal, date, open choice's other text
        QPlainTextEdit* text = nullptr;
    };

    void build();
    QWidget* buildRow(const questionnaire::FormModel::Row& row, RowWidgets& widgets);
    void answerChanged();
    void refreshEnabled();
    void updateScore();
    void clearProblems();
    // The answers to the asked questions, with what could not be read as the type asked.
    questionnaire::Response collect() const;

    record::RecordStore* m_store = nullptr;
    std::string m_patientId;
    std::unique_ptr<questionnaire::QuestionnaireLibrary::Found> m_definition; // the rows point into it
    std::optional<questionnaire::FormModel> m_model;
    std::vector<RowWidgets> m_rows; // as m_model's rows
    bool m_dirty = false;
    bool m_building = false;

    QLabel* m_titleLabel = nullptr;
    QLabel* m_descriptionLabel = nullptr;
    MessageBanner* m_banner = nullptr;
    QScrollArea* m_scrollArea = nullptr;
    QWidget* m_itemsWidget = nullptr;
    QVBoxLayout* m_itemsLayout = nullptr;
    QComboBox* m_completedByComboBox = nullptr;
    QDateEdit* m_completedOnDateEdit = nullptr;
    QLabel* m_scoreLabel = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_closeButton = nullptr;
};

} // namespace carehouse::ui
