#pragma once

#include "core/base/Result.h"
#include "core/letters/ResultsLetterContent.h"
#include "core/questionnaire/Questionnaire.h"
#include "ui/print/LetterPdfWriter.h"

#include <QCoreApplication>
#include <QString>
#include <optional>
#include <string>

class QPagedPaintDevice;
class QTextDocument;

namespace carehouse::model {
struct Patient;
}
namespace carehouse::record {
class RecordStore;
}

namespace carehouse::ui {

// Prints a questionnaire definition as a blank paper form for a person to fill in at home
// and bring or post back (issue 6, "print a blank one for the letter pack"), through
// LetterPdfWriter with the practice's letterhead as the results letter is printed.
//
// The body: the title; the display items as instructions; each answerable item in order
// with groups as headings. A run of two or more questions in a group that offer the same
// options (PHQ-9, GAD-7) is a table, one row per question and a tick box under each option;
// any other choice question lists its options with tick boxes; a string or text question has
// ruled lines to write on; a number or date a labelled box. A question that only applies
// after an earlier answer says so ("Answer this only if you ticked …"). Items CareHouse
// cannot take answers for are left out. Nothing about scores is ever printed (no scores of
// options, bands or totals, nor the definition's description, which is written for staff).
//
// Who the copy is for is a clinical-safety control (hazard H33 in docs/clinical-safety.md): a
// copy printed for a person has their name, date of birth and NHS number (3-3-4) on every
// page, and the first page says whom it is for, so a returned copy is entered against the
// right person; a practice blank has lines for the person to write their name, date of birth
// and NHS number instead, on the first page and in every page's footer.
class BlankQuestionnaireRenderer
{
    Q_DECLARE_TR_FUNCTIONS(BlankQuestionnaireRenderer)

public:
    static constexpr double kBodyPoints = 11;
    static constexpr double kLargePrintPoints = 16;

    // What one blank form is printed from.
    struct Form
    {
        questionnaire::Questionnaire questionnaire;
        std::optional<letters::ResultsLetterPerson> person; // none: a practice blank
        letters::ResultsLetterPractice practice;
        std::string dateText; // the day it is printed, on the first page ("14-Jul-2026")
        bool largePrint = false;
    };

    // A form for the person with that record id (empty: a practice blank), the practice's
    // details and today's date from the store. Print size: `largePrint` when given, else the
    // person's record (standard for a practice blank).
    static base::Result<Form> compose(record::RecordStore& store, const questionnaire::Questionnaire& definition,
                                      const std::string& patientId, std::optional<bool> largePrint = std::nullopt);
    // The person as the form names them: name and address, banner name, NHS number, birth date.
    static letters::ResultsLetterPerson personFor(const model::Patient& patient);

    static void fillDocument(QTextDocument& doc, const Form& form);
    static LetterPdfWriter::Frame frameFor(const Form& form);

    // The form as a PDF, written whole or not at all.
    static base::Result<LetterPdfWriter::Output> render(const Form& form, const QString& path);
    // The same pages onto a device the caller set up (a QPrinter: A4, full page).
    static LetterPdfWriter::Output print(const Form& form, QPagedPaintDevice& device);
    // "<family>-<nhs>-<questionnaire>.pdf"; a practice blank: "<questionnaire>-blank.pdf".
    static QString fileNameFor(const Form& form);

    // The line printed above a question that only applies after an earlier answer: "Answer
    // this only if you ticked an answer other than “Not at all” for any of questions 1 to 9."
    // Empty when the item has no condition CareHouse acts on.
    static QString conditionText(const questionnaire::Questionnaire& questionnaire, const questionnaire::Item& item);
};

} // namespace carehouse::ui
