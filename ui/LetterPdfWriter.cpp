#include "ui/LetterPdfWriter.h"

#include "core/model/NhsNumber.h"

#include <QAbstractTextDocumentLayout>
#include <QFileInfo>
#include <QFontDatabase>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextList>
#include <algorithm>

namespace carehouse::ui {

namespace {

constexpr int kDpi = 300;
constexpr double kMargin = 20; // mm, every side
constexpr double kAddressLeft = 20; // mm: DL window envelope
constexpr double kAddressTop = 50;
constexpr double kAddressWidth = 85;
constexpr double kAddressHeight = 38;
constexpr double kBodyTopFirstPage = 90; // mm: below the address window
constexpr double kFooterHeight = 9; // mm, inside the bottom margin's line

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

QString letterFamily()
{
    for (const char* family : {"Arial", "Liberation Sans", "DejaVu Sans"})
        if (QFontDatabase::hasFamily(QString::fromLatin1(family)))
            return QString::fromLatin1(family);
    return QFont().family();
}

QFont letterFont(double points, bool bold = false)
{
    QFont f(letterFamily());
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

// Where each line of the laid-out document ends, top to bottom: the only places a page may
// break.
std::vector<double> lineBottoms(QTextDocument& doc)
{
    std::vector<double> bottoms;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        const QTextLayout* layout = b.layout();
        if (!layout)
            continue;
        const double top = layout->position().y();
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            bottoms.push_back(top + line.y() + line.height());
        }
        // The block's bottom margin belongs with its last line.
        if (!bottoms.empty())
            bottoms.back() = std::max(bottoms.back(), doc.documentLayout()->blockBoundingRect(b).bottom());
    }
    std::sort(bottoms.begin(), bottoms.end());
    return bottoms;
}

// Slices of the document (start, end) for each page, given the height available on the first
// page and on the others.
std::vector<std::pair<double, double>> paginate(QTextDocument& doc, double firstHeight, double otherHeight)
{
    const auto bottoms = lineBottoms(doc);
    std::vector<std::pair<double, double>> slices;
    const double end = bottoms.empty() ? 0 : bottoms.back();
    double offset = 0;
    do {
        const double available = slices.empty() ? firstHeight : otherHeight;
        double cut = offset + available;
        auto it = std::upper_bound(bottoms.begin(), bottoms.end(), offset + available);
        if (it != bottoms.begin() && *(it - 1) > offset)
            cut = *(it - 1);
        cut = std::min(cut, std::max(end, offset));
        slices.emplace_back(offset, cut);
        if (cut <= offset)
            break;
        offset = cut;
    } while (offset < end - 0.5);
    return slices;
}

} // namespace

void LetterPdfWriter::fillBody(QTextDocument& doc, const std::string& body, double unitsPerMm)
{
    doc.setDocumentMargin(0);
    doc.setDefaultFont(letterFont(10.5));
    doc.setIndentWidth(6 * unitsPerMm);
    QTextCursor cursor(&doc);
    bool firstBlock = true;
    QTextBlockFormat paragraph;
    paragraph.setBottomMargin(2.6 * unitsPerMm);
    paragraph.setLineHeight(110, QTextBlockFormat::ProportionalHeight);
    QTextCharFormat normal;
    normal.setFont(letterFont(10.5));
    QTextCharFormat heading;
    heading.setFont(letterFont(13, true));

    auto newBlock = [&](const QTextBlockFormat& format, const QTextCharFormat& chars) {
        if (firstBlock) {
            cursor.setBlockFormat(format);
            cursor.setBlockCharFormat(chars);
            firstBlock = false;
        } else {
            cursor.insertBlock(format, chars);
        }
    };

    const QStringList paragraphs = q(body).split(QRegularExpression(QStringLiteral("\\n\\s*\\n")), Qt::SkipEmptyParts);
    for (const QString& para : paragraphs) {
        const QStringList lines = para.trimmed().split(QLatin1Char('\n'));
        if (lines.first().startsWith(QLatin1String("## "))) {
            QTextBlockFormat f = paragraph;
            f.setBottomMargin(4 * unitsPerMm);
            newBlock(f, heading);
            cursor.insertText(lines.join(QLatin1Char(' ')).mid(3), heading);
            continue;
        }
        QStringList plain;
        QTextList* list = nullptr;
        auto flushPlain = [&](double bottom) {
            if (plain.isEmpty())
                return;
            QTextBlockFormat f = paragraph;
            f.setBottomMargin(bottom);
            newBlock(f, normal);
            cursor.insertText(plain.join(QChar::LineSeparator), normal);
            plain.clear();
        };
        for (int i = 0; i < lines.size(); ++i) {
            const QString line = lines[i].trimmed();
            if (line.startsWith(QLatin1String("- "))) {
                flushPlain(1 * unitsPerMm);
                QTextBlockFormat f = paragraph;
                const bool last = i + 1 == lines.size() || !lines[i + 1].trimmed().startsWith(QLatin1String("- "));
                f.setBottomMargin(last ? paragraph.bottomMargin() : 1.2 * unitsPerMm);
                newBlock(f, normal);
                if (!list) {
                    QTextListFormat lf;
                    lf.setStyle(QTextListFormat::ListDisc);
                    lf.setIndent(1);
                    list = cursor.createList(lf);
                } else {
                    list->add(cursor.block());
                }
                cursor.insertText(line.mid(2), normal);
            } else {
                list = nullptr;
                plain << line;
            }
        }
        flushPlain(paragraph.bottomMargin());
    }
}

base::Result<LetterPdfWriter::Output> LetterPdfWriter::write(const std::vector<letters::Letter>& letters,
                                                             const QString& path, const QString& documentTitle)
{
    auto ioError = [&](const QString& why) {
        return base::Error::make(base::ErrorCode::IoFailed, "file", path.toStdString())
            .at(QFileInfo(path).fileName().toStdString())
            .withDetail(why.toStdString());
    };
    if (letters.empty())
        return base::Error::make(base::ErrorCode::RequiredField, "letters");
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ioError(file.errorString());
    Output out;
    {
        QPdfWriter writer(&file);
        writer.setResolution(kDpi);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0),
                                         QPageLayout::Millimeter));
        writer.setCreator(QStringLiteral("CareHouse"));
        writer.setTitle(documentTitle.isEmpty() ? tr("Letters") : documentTitle);
        QPainter painter;
        if (!painter.begin(&writer))
            return ioError(tr("cannot start the PDF"));
        for (std::size_t i = 0; i < letters.size(); ++i) {
            out.firstPages.push_back(out.pages + 1);
            out.pages += printLetter(painter, writer, letters[i], i == 0);
        }
        if (!painter.end())
            return ioError(tr("cannot finish the PDF"));
    }
    if (!file.commit())
        return ioError(file.errorString());
    return out;
}

int LetterPdfWriter::printLetter(QPainter& painter, QPagedPaintDevice& device, const letters::Letter& letter,
                                 bool firstLetter)
{
    const double perMm = device.logicalDpiY() / 25.4;
    auto mm = [perMm](double v) { return v * perMm; };
    const double pageWidth = device.width();
    const double pageHeight = device.height();
    const double contentWidth = pageWidth - 2 * mm(kMargin);
    const double bodyBottom = pageHeight - mm(kMargin) - mm(kFooterHeight);

    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&device);
    // The layout scales block margins and indents from 96 dpi to the device itself.
    fillBody(doc, letter.body, 96.0 / 25.4);
    doc.setTextWidth(contentWidth);
    const auto slices = paginate(doc, bodyBottom - mm(kBodyTopFirstPage), bodyBottom - mm(kMargin));
    const int pages = static_cast<int>(slices.size());

    const QString nhs = q(model::displayNhsNumber(letter.nhsNumber));
    for (int page = 0; page < pages; ++page) {
        if (!firstLetter || page > 0)
            device.newPage();
        painter.setPen(Qt::black);
        if (page == 0) {
            // From: the practice, top right.
            QStringList from{q(letter.practiceName)};
            for (const auto& line : letter.practiceAddressLines)
                from << q(line);
            if (!letter.practicePhone.empty())
                from << tr("Phone: %1").arg(q(letter.practicePhone));
            const QRectF fromRect(pageWidth / 2, mm(kMargin), pageWidth / 2 - mm(kMargin), mm(28));
            painter.setFont(letterFont(10, true));
            const QRectF nameRect = painter.boundingRect(fromRect, Qt::AlignRight | Qt::TextWordWrap, from.first());
            painter.drawText(fromRect, Qt::AlignRight | Qt::TextWordWrap, from.first());
            painter.setFont(letterFont(9.5));
            QRectF rest = fromRect.adjusted(0, nameRect.height(), 0, 0);
            painter.drawText(rest, Qt::AlignRight | Qt::TextWordWrap, from.mid(1).join(QLatin1Char('\n')));
            const QRectF dateRect(pageWidth / 2, mm(kAddressTop), pageWidth / 2 - mm(kMargin), mm(16));
            painter.drawText(dateRect, Qt::AlignRight | Qt::AlignTop,
                             tr("%1\nNHS number: %2").arg(q(letter.date.display()), nhs));

            // To: the person, where a DL window envelope shows it.
            const QRectF toRect(mm(kAddressLeft), mm(kAddressTop), mm(kAddressWidth), mm(kAddressHeight));
            QStringList to{q(letter.recipientName)};
            if (letter.addressWithheld)
                to << tr("Address withheld — hand to the patient");
            else if (letter.addressLines.empty())
                to << tr("Address not known — hand to the patient");
            else
                for (const auto& line : letter.addressLines)
                    to << q(line);
            painter.setFont(letterFont(10.5));
            painter.drawText(toRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, to.join(QLatin1Char('\n')));
        }

        // The body's slice for this page.
        const double top = page == 0 ? mm(kBodyTopFirstPage) : mm(kMargin);
        const auto [from, to] = slices[static_cast<std::size_t>(page)];
        painter.save();
        painter.translate(mm(kMargin), top - from);
        const QRectF clip(0, from, contentWidth, to - from);
        painter.setClipRect(clip);
        doc.drawContents(&painter, clip);
        painter.restore();

        // The footer: who this page is about, on every page.
        const double footerTop = pageHeight - mm(kMargin) - mm(kFooterHeight) + mm(3);
        painter.setPen(QPen(QColor(0x76, 0x86, 0x92), mm(0.2)));
        painter.drawLine(QPointF(mm(kMargin), footerTop), QPointF(pageWidth - mm(kMargin), footerTop));
        painter.setPen(QColor(0x42, 0x54, 0x62));
        painter.setFont(letterFont(8.5));
        const QRectF footer(mm(kMargin), footerTop + mm(1), contentWidth, mm(kFooterHeight) - mm(4));
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter,
                         tr("%1  ·  NHS number %2").arg(q(letter.footerName), nhs));
        painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, tr("Page %1 of %2").arg(page + 1).arg(pages));
    }
    return pages;
}

} // namespace carehouse::ui
