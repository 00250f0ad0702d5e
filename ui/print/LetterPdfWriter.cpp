#include "ui/print/LetterPdfWriter.h"

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
#include <QTextFrame>
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

QFont letterFont(double points, bool bold = false, const QStringList& families = {})
{
    QFont f(letterFamily());
    if (!families.isEmpty())
        f.setFamilies(families);
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

// The installed font files of a family, for when the font database was narrowed to one folder.
void ensureFamily(const QString& family, const QStringList& files)
{
    if (QFontDatabase::hasFamily(family))
        return;
    for (const QString& file : files)
        if (QFileInfo::exists(file))
            QFontDatabase::addApplicationFont(file);
}

// Where each line of the laid-out document ends, top to bottom: the only places a page may
// break.
std::vector<double> lineBottoms(QTextDocument& doc)
{
    std::vector<double> bottoms;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        const QTextLayout* layout = b.layout();
        // A heading is kept with what follows it: no break below it.
        if (!layout || b.blockFormat().headingLevel() > 0)
            continue;
        // In document coordinates, also for a block inside a table.
        const double top = doc.documentLayout()->blockBoundingRect(b).top();
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            bottoms.push_back(top + line.y() + line.height());
        }
        // The block's bottom margin belongs with its last line.
        if (!bottoms.empty())
            bottoms.back() = std::max(bottoms.back(), doc.documentLayout()->blockBoundingRect(b).bottom());
    }
    // A table is kept whole: no break inside it, one in the gap just below it. The layout
    // reports a table's rectangle one bottom margin below where it paints it.
    const QPaintDevice* device = doc.documentLayout()->paintDevice();
    const double perCssPx = device ? device->logicalDpiY() / 96.0 : 1.0;
    std::vector<std::pair<double, double>> tables;
    for (QTextFrame* frame : doc.rootFrame()->childFrames()) {
        const QRectF r = doc.documentLayout()->frameBoundingRect(frame);
        const double shift = frame->frameFormat().bottomMargin() * perCssPx;
        const double below = r.bottom() - 1.5 * shift; // the middle of the gap below it
        tables.emplace_back(r.top() - shift, below);
        bottoms.push_back(below);
    }
    std::erase_if(bottoms, [&](double b) {
        return std::any_of(tables.begin(), tables.end(),
                           [b](const auto& t) { return b > t.first + 0.5 && b < t.second - 0.5; });
    });
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

// Words with their {placeholders} filled; the letter's own words, else the English default.
QString words(const QString& own, const QString& fallback, const std::vector<std::pair<const char*, QString>>& values)
{
    QString out = own.isEmpty() ? fallback : own;
    for (const auto& [name, value] : values)
        out.replace(QLatin1Char('{') + QLatin1String(name) + QLatin1Char('}'), value);
    return out;
}

} // namespace

LetterPdfWriter::DeviceBatch::DeviceBatch(QPainter& painter, QPagedPaintDevice& device)
    : m_painter(painter)
    , m_device(device)
{
}

int LetterPdfWriter::DeviceBatch::add(const Frame& frame, QTextDocument& body)
{
    m_out.firstPages.push_back(m_out.pages + 1);
    const int pages = printLetter(m_painter, m_device, frame, body, m_out.pages == 0);
    m_out.pages += pages;
    return pages;
}

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

struct LetterPdfWriter::Batch::Private
{
    QString path;
    QString title;
    std::unique_ptr<QSaveFile> file;
    std::unique_ptr<QPdfWriter> writer;
    QPainter painter;
    Output out;
};

LetterPdfWriter::Batch::Batch(QString path, QString documentTitle)
    : d(std::make_unique<Private>())
{
    d->path = std::move(path);
    d->title = std::move(documentTitle);
}

LetterPdfWriter::Batch::~Batch()
{
    if (d->painter.isActive())
        d->painter.end();
    d->writer.reset();
    if (d->file)
        d->file->cancelWriting();
}

base::Error LetterPdfWriter::Batch::ioError(const QString& why) const
{
    return base::Error::make(base::ErrorCode::IoFailed, "file", d->path.toStdString())
        .at(QFileInfo(d->path).fileName().toStdString())
        .withDetail(why.toStdString());
}

base::Status LetterPdfWriter::Batch::open()
{
    d->file = std::make_unique<QSaveFile>(d->path);
    if (!d->file->open(QIODevice::WriteOnly))
        return ioError(d->file->errorString());
    d->writer = std::make_unique<QPdfWriter>(d->file.get());
    d->writer->setResolution(kDpi);
    d->writer->setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
    d->writer->setCreator(QStringLiteral("CareHouse"));
    d->writer->setTitle(d->title.isEmpty() ? tr("Letters") : d->title);
    if (!d->painter.begin(d->writer.get()))
        return ioError(tr("cannot start the PDF"));
    return {};
}

base::Result<int> LetterPdfWriter::Batch::add(const Frame& frame, QTextDocument& body)
{
    if (!d->painter.isActive())
        return ioError(tr("the PDF is not open"));
    d->out.firstPages.push_back(d->out.pages + 1);
    const int pages = printLetter(d->painter, *d->writer, frame, body, d->out.pages == 0);
    d->out.pages += pages;
    return pages;
}

base::Result<LetterPdfWriter::Output> LetterPdfWriter::Batch::commit()
{
    if (d->out.pages == 0)
        return base::Error::make(base::ErrorCode::RequiredField, "letters");
    if (!d->painter.end())
        return ioError(tr("cannot finish the PDF"));
    d->writer.reset();
    if (!d->file->commit())
        return ioError(d->file->errorString());
    d->file.reset();
    return d->out;
}

QStringList LetterPdfWriter::fontFamilies(const std::string& language)
{
    ensureFamily(QStringLiteral("DejaVu Sans"),
                 {QStringLiteral("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
                  QStringLiteral("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")});
    if (language == "bn") {
        ensureFamily(QStringLiteral("Noto Sans Bengali"),
                     {QStringLiteral("/usr/share/fonts/truetype/noto/NotoSansBengali-Regular.ttf"),
                      QStringLiteral("/usr/share/fonts/truetype/noto/NotoSansBengali-Bold.ttf")});
        return {QStringLiteral("Noto Sans Bengali"), QStringLiteral("DejaVu Sans")};
    }
    return {QStringLiteral("DejaVu Sans")};
}

base::Result<LetterPdfWriter::Output> LetterPdfWriter::write(const std::vector<letters::Letter>& letters,
                                                             const QString& path, const QString& documentTitle)
{
    if (letters.empty())
        return base::Error::make(base::ErrorCode::RequiredField, "letters");
    Batch batch(path, documentTitle);
    if (auto opened = batch.open(); !opened)
        return opened.error();
    for (const auto& letter : letters) {
        const Frame frame = frameFor(letter);
        QTextDocument doc;
        // The layout scales block margins and indents from 96 dpi to the device itself.
        fillBody(doc, letter.body, 96.0 / 25.4);
        if (auto added = batch.add(frame, doc); !added)
            return added.error();
    }
    return batch.commit();
}

LetterPdfWriter::Frame LetterPdfWriter::frameFor(const letters::Letter& letter)
{
    Frame frame;
    frame.practiceName = q(letter.practiceName);
    for (const auto& line : letter.practiceAddressLines)
        frame.practiceAddressLines << q(line);
    frame.practicePhone = q(letter.practicePhone);
    frame.dateText = q(letter.date.display());
    frame.recipientName = q(letter.recipientName);
    for (const auto& line : letter.addressLines)
        frame.addressLines << q(line);
    frame.addressWithheld = letter.addressWithheld;
    frame.footerName = q(letter.footerName);
    frame.nhsNumber = letter.nhsNumber;
    return frame;
}

LetterPdfWriter::Output LetterPdfWriter::print(const std::vector<letters::Letter>& letters, QPagedPaintDevice& device)
{
    QPainter painter;
    if (letters.empty() || !painter.begin(&device))
        return {};
    DeviceBatch batch(painter, device);
    for (const auto& letter : letters) {
        QTextDocument doc;
        fillBody(doc, letter.body, 96.0 / 25.4);
        batch.add(frameFor(letter), doc);
    }
    painter.end();
    return batch.output();
}

int LetterPdfWriter::printLetter(QPainter& painter, QPagedPaintDevice& device, const Frame& letter, QTextDocument& doc,
                                 bool firstLetter)
{
    const double perMm = device.logicalDpiY() / 25.4;
    auto mm = [perMm](double v) { return v * perMm; };
    const double pageWidth = device.width();
    const double pageHeight = device.height();
    const double contentWidth = pageWidth - 2 * mm(kMargin);
    const double bodyBottom = pageHeight - mm(kMargin) - mm(kFooterHeight);

    doc.documentLayout()->setPaintDevice(&device);
    doc.setTextWidth(contentWidth);
    const QStringList& families = letter.fontFamilies;
    const double scale = letter.largePrint ? 16.0 / 10.5 : 1.0;
    auto font = [&](double points, bool bold = false) { return letterFont(points * scale, bold, families); };
    const auto slices = paginate(doc, bodyBottom - mm(kBodyTopFirstPage), bodyBottom - mm(kMargin));
    const int pages = static_cast<int>(slices.size());

    const QString nhsText = words(letter.nhsNumberWords, tr("NHS number: {nhs}"),
                                  {{"nhs", q(model::displayNhsNumber(letter.nhsNumber))}});
    for (int page = 0; page < pages; ++page) {
        if (!firstLetter || page > 0)
            device.newPage();
        painter.setPen(Qt::black);
        if (page == 0) {
            // From: the practice, top right.
            QStringList from{letter.practiceName};
            from << letter.practiceAddressLines;
            if (!letter.practicePhone.isEmpty())
                from << words(letter.phoneWords, tr("Phone: {phone}"), {{"phone", letter.practicePhone}});
            const double fromTop = letter.largePrint ? mm(12) : mm(kMargin);
            const QRectF fromRect(pageWidth / 2 - (letter.largePrint ? mm(25) : 0), fromTop,
                                  pageWidth / 2 - mm(kMargin) + (letter.largePrint ? mm(25) : 0),
                                  mm(kAddressTop) - fromTop - mm(1));
            painter.setFont(font(10, true));
            const QRectF nameRect = painter.boundingRect(fromRect, Qt::AlignRight | Qt::TextWordWrap, from.first());
            painter.drawText(fromRect, Qt::AlignRight | Qt::TextWordWrap, from.first());
            painter.setFont(font(9.5));
            QRectF rest = fromRect.adjusted(0, nameRect.height(), 0, 0);
            painter.drawText(rest, Qt::AlignRight | Qt::TextWordWrap, from.mid(1).join(QLatin1Char('\n')));
            const double dateLeft = mm(kAddressLeft) + mm(kAddressWidth) + mm(3);
            const QRectF dateRect(dateLeft, mm(kAddressTop), pageWidth - mm(kMargin) - dateLeft, mm(kAddressHeight));
            painter.drawText(dateRect, Qt::AlignRight | Qt::AlignTop | Qt::TextWordWrap,
                             letter.dateText + QLatin1Char('\n') + nhsText);

            // To: the person, where a DL window envelope shows it.
            const QRectF toRect(mm(kAddressLeft), mm(kAddressTop), mm(kAddressWidth), mm(kAddressHeight));
            QStringList to{letter.recipientName};
            if (letter.addressWithheld)
                to << tr("Address withheld — hand to the patient");
            else if (letter.addressLines.isEmpty())
                to << tr("Address not known — hand to the patient");
            else
                to << letter.addressLines;
            painter.setFont(font(10.5));
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
        painter.setFont(letterFont(letter.largePrint ? 12 : 8.5, false, families));
        const QRectF footer(mm(kMargin), footerTop + mm(0.5), contentWidth, mm(kFooterHeight) - mm(2));
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter,
                         letter.footerName + QStringLiteral("  ·  ") + nhsText);
        painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
                         words(letter.pageWords, tr("Page {page} of {pages}"),
                               {{"page", QString::number(page + 1)}, {"pages", QString::number(pages)}}));
    }
    return pages;
}

} // namespace carehouse::ui
