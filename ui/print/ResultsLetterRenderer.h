#pragma once

#include "core/base/Result.h"
#include "core/letters/ResultsLetterContent.h"
#include "ui/print/LetterPdfWriter.h"

#include <QCoreApplication>
#include <QString>
#include <functional>
#include <optional>
#include <vector>

class QPagedPaintDevice;
class QTextDocument;

namespace carehouse::ui {

// Prints pre-consultation results letters (issue 5) through LetterPdfWriter: the practice's
// letterhead, the address for a DL window, and a body laid out by walking the content's layout
// (the template's order): its headings (the first one as the title), paragraphs and bullets,
// and the parts the template places: the results (one kept-together box per care process done
// in the window), the tests not done yet with how to get them done, the care planning
// appointment in a grey box, the agenda with tick boxes and lines to write on, and the
// questionnaires with answer boxes. Content without a layout prints in the shipped order. Body text is 11 pt, 16 pt in
// large print; English in DejaVu Sans, Bengali in Noto Sans Bengali. Every sentence comes from
// the content (the wording file); a person with no results yet gets a box saying so.
class ResultsLetterRenderer
{
    Q_DECLARE_TR_FUNCTIONS(ResultsLetterRenderer)

public:
    static constexpr double kBodyPoints = 11;
    static constexpr double kLargePrintPoints = 16;

    // The letter's body (paint device and width are set when it is printed).
    static void fillDocument(QTextDocument& doc, const letters::ResultsLetterContent& content);
    static LetterPdfWriter::Frame frameFor(const letters::ResultsLetterContent& content);
    // The frame of any letter made of the same parts (the printed care plan is too).
    static LetterPdfWriter::Frame frameFor(const letters::ResultsLetterPerson& person,
                                           const letters::ResultsLetterPractice& practice,
                                           const letters::ResultsLetterFrameWords& words, const std::string& dateText,
                                           const std::string& language, bool largePrint);

    // Every letter into one PDF, each from a new page with its own page numbers.
    static base::Result<LetterPdfWriter::Output> renderBatch(const std::vector<letters::ResultsLetterContent>& contents,
                                                             const QString& path);
    // The same, one letter at a time from `next` until it returns nothing, so a long batch
    // never holds more than one letter; `printed` is told after each letter.
    using Source = std::function<std::optional<letters::ResultsLetterContent>()>;
    static base::Result<LetterPdfWriter::Output> renderBatch(const Source& next, const QString& path,
                                                             const std::function<void(int)>& printed = {});
    // One PDF per person in `folder`, named <family>-<nhs>.pdf; returns the paths.
    static base::Result<std::vector<QString>> renderEach(const std::vector<letters::ResultsLetterContent>& contents,
                                                         const QString& folder);
    static QString fileNameFor(const letters::ResultsLetterContent& content);
    // The same pages onto a device the caller set up (a QPrinter: A4, full page), for the print
    // dialog and the screen preview.
    static LetterPdfWriter::Output print(const std::vector<letters::ResultsLetterContent>& contents,
                                         QPagedPaintDevice& device);
};

} // namespace carehouse::ui
