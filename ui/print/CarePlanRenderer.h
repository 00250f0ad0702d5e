#pragma once

#include "core/base/Result.h"
#include "core/careplan/CarePlanLetterContent.h"
#include "ui/print/LetterPdfWriter.h"

#include <QCoreApplication>
#include <QString>

class QPagedPaintDevice;
class QTextDocument;

namespace carehouse::ui {

// Prints the person's care plan (issue 6 §3) through LetterPdfWriter, as the results letter is
// printed: the practice's letterhead, the name and address for a DL window, and on every page
// the person's name, NHS number and "Page n of m". The body is the content's, in order: the
// title and introduction, each goal in a box (the person's words large, why it matters, their
// confidence), how last time's goals went, what you will do and what we will do (each action
// in a box with who and by when), support and contacts, the targets agreed, the next review
// in a grey box and the practice's phone. Body text is 13 pt, 16 pt in large print, with
// headings larger still; English in DejaVu Sans, Bengali in Noto Sans Bengali.
class CarePlanRenderer
{
    Q_DECLARE_TR_FUNCTIONS(CarePlanRenderer)

public:
    static constexpr double kBodyPoints = 13;
    static constexpr double kLargePrintPoints = 16;

    static void fillDocument(QTextDocument& doc, const careplan::CarePlanLetterContent& content);
    static LetterPdfWriter::Frame frameFor(const careplan::CarePlanLetterContent& content);

    // The plan as a PDF, written whole or not at all.
    static base::Result<LetterPdfWriter::Output> render(const careplan::CarePlanLetterContent& content,
                                                        const QString& path);
    // The same pages onto a device the caller set up (a QPrinter: A4, full page), for the print
    // dialog and the screen preview.
    static LetterPdfWriter::Output print(const careplan::CarePlanLetterContent& content, QPagedPaintDevice& device);
    // "<family>-<nhs>-care-plan.pdf"
    static QString fileNameFor(const careplan::CarePlanLetterContent& content);
};

} // namespace carehouse::ui
