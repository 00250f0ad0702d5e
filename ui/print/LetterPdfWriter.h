#pragma once

#include "core/base/Result.h"
#include "core/letters/Letter.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <memory>
#include <vector>

class QPainter;
class QPagedPaintDevice;
class QTextDocument;

namespace carehouse::ui {

// Prints composed letters (invitations, results letters) into one A4 PDF or onto a printer, each
// letter starting on a new page:
// - 20 mm margins; the practice's name, address and phone top right, with the date;
// - the person's name and address placed for a DL window envelope (20 mm from the left,
//   50 mm from the top); a restricted record prints "Address withheld — hand to the patient";
// - the body laid out by QTextDocument, running onto more pages when it must, never
//   splitting a line;
// - on every page a footer with the person's name and NHS number and "Page n of m".
// A page never breaks inside a table of the body (a results row, a box), unless the table is
// taller than a page, nor just below a heading (a block with a heading level). The file is written whole or not at all
// (temporary file, then rename).
//
// Batch prints any number of letters into one PDF one at a time, so the caller lays out one
// body, prints it and lets it go: memory stays flat across the batch.
class LetterPdfWriter
{
    Q_DECLARE_TR_FUNCTIONS(LetterPdfWriter)

public:
    struct Output
    {
        int pages = 0;
        std::vector<int> firstPages; // 1-based first page of each letter
    };

    // What is printed around the body: the letterhead, the address window and the footer.
    struct Frame
    {
        QString practiceName;
        QStringList practiceAddressLines;
        QString practicePhone;
        QString dateText;
        QString recipientName;
        QStringList addressLines;
        bool addressWithheld = false;
        QString footerName; // banner form
        std::string nhsNumber; // digits
        QStringList fontFamilies; // the letterhead's and footer's fonts, first choice first; empty: the default
        bool largePrint = false; // letterhead and address at 16 pt
        // The words around the body in the letter's language, placeholders left in for the
        // printer: "Phone: {phone}", "NHS number: {nhs}", "Page {page} of {pages}". Empty: English.
        QString phoneWords;
        QString nhsNumberWords;
        QString pageWords;
    };

    // Prints letters onto a device someone else owns and has begun painting on (a QPrinter
    // from the print dialog, a preview's printer): the same pages as the PDF.
    class DeviceBatch
    {
    public:
        DeviceBatch(QPainter& painter, QPagedPaintDevice& device);
        int add(const Frame& frame, QTextDocument& body); // returns the letter's page count
        const Output& output() const { return m_out; }

    private:
        QPainter& m_painter;
        QPagedPaintDevice& m_device;
        Output m_out;
    };

    class Batch
    {
    public:
        explicit Batch(QString path, QString documentTitle = {});
        ~Batch();
        Batch(const Batch&) = delete;
        Batch& operator=(const Batch&) = delete;

        base::Status open();
        // Prints one letter from a new page: the body is laid out for the PDF here (paint device
        // and text width). Returns the letter's page count.
        base::Result<int> add(const Frame& frame, QTextDocument& body);
        // Finishes the PDF and renames it into place; without it nothing is written.
        base::Result<Output> commit();

    private:
        base::Error ioError(const QString& why) const;

        struct Private;
        std::unique_ptr<Private> d;
    };

    static base::Result<Output> write(const std::vector<letters::Letter>& letters, const QString& path,
                                      const QString& documentTitle = {});
    // The same pages onto a device the caller set up (a QPrinter: A4, full page), for the print
    // dialog and the screen preview.
    static Output print(const std::vector<letters::Letter>& letters, QPagedPaintDevice& device);
    static Frame frameFor(const letters::Letter& letter);

    // The body as a document (exposed for the results letters and tests); margins and indents
    // are given in the document's units per millimetre (96 dpi ones when laid out for a device).
    static void fillBody(QTextDocument& doc, const std::string& body, double unitsPerMm);

    // The families of the letters' text, first choice first: DejaVu Sans for English (and the
    // tick boxes), Noto Sans Bengali first for Bengali. Loads the installed font files when the
    // font database does not have them (an offscreen run with a narrowed font folder).
    static QStringList fontFamilies(const std::string& language);

private:
    static int printLetter(QPainter& painter, QPagedPaintDevice& device, const Frame& frame, QTextDocument& doc,
                           bool firstLetter);
};

} // namespace carehouse::ui
