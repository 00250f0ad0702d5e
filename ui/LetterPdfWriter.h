#pragma once

#include "core/base/Result.h"
#include "core/letters/Letter.h"

#include <QCoreApplication>
#include <QString>
#include <vector>

class QPainter;
class QPagedPaintDevice;
class QTextDocument;

namespace carehouse::ui {

// Prints composed letters (invitations now, results letters next) into one A4 PDF, each
// letter starting on a new page:
// - 20 mm margins; the practice's name, address and phone top right, with the date;
// - the person's name and address placed for a DL window envelope (20 mm from the left,
//   50 mm from the top); a restricted record prints "Address withheld — hand to the patient";
// - the body laid out by QTextDocument, running onto more pages when it must, never
//   splitting a line;
// - on every page a footer with the person's name and NHS number and "Page n of m".
// The file is written whole or not at all (temporary file, then rename).
class LetterPdfWriter
{
    Q_DECLARE_TR_FUNCTIONS(LetterPdfWriter)

public:
    struct Output
    {
        int pages = 0;
        std::vector<int> firstPages; // 1-based first page of each letter
    };

    static base::Result<Output> write(const std::vector<letters::Letter>& letters, const QString& path,
                                      const QString& documentTitle = {});

    // The body as a document (exposed for the results letters and tests); margins and indents
    // are given in the document's units per millimetre (96 dpi ones when laid out for a device).
    static void fillBody(QTextDocument& doc, const std::string& body, double unitsPerMm);

private:
    static int printLetter(QPainter& painter, QPagedPaintDevice& device, const letters::Letter& letter,
                           bool firstLetter);
};

} // namespace carehouse::ui
