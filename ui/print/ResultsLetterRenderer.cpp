#include "ui/print/ResultsLetterRenderer.h"

#include <QDir>
#include <QFont>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QRegularExpression>
#include <QTextDocument>

namespace carehouse::ui {

namespace {

QString h(const std::string& s)
{
    return QString::fromStdString(s).toHtmlEscaped();
}

QString pt(double points)
{
    return QString::number(points, 'f', 1) + QStringLiteral("pt");
}

// The HTML of one letter's body; every sentence is the content's.
class BodyHtml
{
public:
    explicit BodyHtml(const letters::ResultsLetterContent& c)
        : m_base(c.largePrint ? ResultsLetterRenderer::kLargePrintPoints : ResultsLetterRenderer::kBodyPoints)
        , m_largePrint(c.largePrint)
    {
    }

    // A care process: what it is on the left, what the letter says about it on the right; in
    // large print one above the other, so the lines stay long enough to read.
    void processBox(const QString& what, const QString& result)
    {
        if (m_largePrint)
            box({what + QStringLiteral("<br/>") + result}, {100}, 1);
        else
            box({what, result}, {32, 68}, 1);
    }

    void title(const std::string& text)
    {
        m_html += QStringLiteral(
                      "<h1 style=\"font-size:%1; font-weight:bold; margin-top:0px; margin-bottom:10px\">%2</h1>")
                      .arg(pt(m_base * 1.6), h(text));
    }
    void heading(const std::string& text)
    {
        m_html += QStringLiteral(
                      "<h2 style=\"font-size:%1; font-weight:bold; margin-top:16px; margin-bottom:8px\">%2</h2>")
                      .arg(pt(m_base * 1.3), h(text));
    }
    void paragraph(const QString& html, const QString& style = {})
    {
        m_html += QStringLiteral("<p style=\"margin-top:0px; margin-bottom:8px; %1\">%2</p>").arg(style, html);
    }
    // A box the page never breaks: one table of one row.
    void box(const QStringList& cells, const QList<int>& widths, int border, const QString& background = {})
    {
        m_html += QStringLiteral("<table width=\"100%\" border=\"%1\" cellspacing=\"0\" cellpadding=\"8\" "
                                 "style=\"border-collapse:collapse; border-color:#333333; border-style:solid; "
                                 "margin-bottom:8px\"><tr>")
                      .arg(border);
        for (int i = 0; i < cells.size(); ++i)
            m_html += QStringLiteral("<td width=\"%1%\" valign=\"top\"%2>%3</td>")
                          .arg(widths.value(i, 100))
                          .arg(background.isEmpty() ? QString() : QStringLiteral(" bgcolor=\"%1\"").arg(background))
                          .arg(cells[i]);
        m_html += QStringLiteral("</tr></table>");
    }
    // A bulleted list, as the invitation letter's.
    void bullets(const std::vector<std::string>& items)
    {
        if (items.empty())
            return;
        m_html += QStringLiteral("<ul style=\"margin-top:0px; margin-bottom:8px; -qt-list-indent:1\">");
        for (const auto& item : items)
            m_html += QStringLiteral("<li style=\"margin-bottom:3px\">%1</li>").arg(h(item));
        m_html += QStringLiteral("</ul>");
    }
    // Lines to write on.
    void ruledLines(int count)
    {
        for (int i = 0; i < count; ++i)
            m_html += QStringLiteral("<p style=\"margin-top:%1px; margin-bottom:0px\">&nbsp;</p><hr/>")
                          .arg(static_cast<int>(m_base * 1.2));
    }
    QString big(const std::string& text, double factor = 1.2) const
    {
        return QStringLiteral("<span style=\"font-size:%1; font-weight:bold\">%2</span>")
            .arg(pt(m_base * factor), h(text));
    }
    // A tick box that prints, kept with the words after it.
    QString tickBox(const std::string& text) const
    {
        return QStringLiteral("<span style=\"font-size:%1\">\u2610</span>&nbsp;%2").arg(pt(m_base * 1.4), h(text));
    }
    const QString& html() const { return m_html; }

private:
    double m_base;
    bool m_largePrint;
    QString m_html;
};

QString processWhat(const BodyHtml& b, const letters::ResultsLetterRow& r)
{
    return QStringLiteral("%1<br/>%2").arg(b.big(r.plainName, 1.1), h(r.explanation));
}

// One box per process done in the window, or the box saying there are no results yet.
void results(BodyHtml& b, const letters::ResultsLetterContent& c)
{
    if (c.noResultsYet) {
        b.box({QStringLiteral("<span style=\"font-weight:bold\">%1</span>").arg(h(c.noResultsText))}, {100}, 3,
              QStringLiteral("#f0f0f0"));
        return;
    }
    b.heading(c.resultsHeading);
    for (const auto& r : c.rows) {
        if (!r.done)
            continue;
        QStringList right{b.big(r.valueText, 1.25)};
        if (!r.changeWords.empty())
            right.last() += QStringLiteral(" — ") + h(r.changeWords);
        right << h(r.resultOnText);
        if (!r.previousText.empty())
            right << h(r.previousText);
        if (!r.targetText.empty())
            right << h(r.targetText);
        if (!r.meaning.empty())
            right << (r.aboveTarget ? QStringLiteral("<b>%1</b>").arg(h(r.meaning)) : h(r.meaning));
        b.processBox(processWhat(b, r), right.join("<br/>"));
    }
}

// The processes not done in the window, with how to get each done; nothing when all are done
// (or none ever was: the results part says so).
void notDone(BodyHtml& b, const letters::ResultsLetterContent& c)
{
    if (c.noResultsYet)
        return;
    bool any = false;
    for (const auto& r : c.rows) {
        if (r.done)
            continue;
        if (!any)
            b.heading(c.notDoneHeading);
        any = true;
        b.processBox(processWhat(b, r), QStringLiteral("<b>%1</b><br/>%2").arg(h(r.notDoneText), h(r.notDoneAdvice)));
    }
}

void appointment(BodyHtml& b, const letters::ResultsLetterContent& c)
{
    b.heading(c.appointmentHeading);
    QString text
        = c.appointment.booked ? QStringLiteral("<b>%1</b>").arg(h(c.appointment.sentence)) : h(c.appointment.sentence);
    if (!c.appointment.bring.empty())
        text += QStringLiteral("<br/>") + h(c.appointment.bring);
    b.box({text}, {100}, 2, QStringLiteral("#f0f0f0"));
}

void agenda(BodyHtml& b, const letters::ResultsLetterContent& c)
{
    b.heading(c.agendaHeading);
    if (!c.agenda.tickInstruction.empty())
        b.paragraph(h(c.agenda.tickInstruction));
    for (const auto& topic : c.agenda.topics)
        b.paragraph(b.tickBox(topic), QStringLiteral("margin-left:8px"));
    if (!c.agenda.mattersMost.empty())
        b.paragraph(QStringLiteral("<b>%1</b>").arg(h(c.agenda.mattersMost)), QStringLiteral("margin-top:8px"));
    if (!c.agenda.writeSpace.empty())
        b.paragraph(h(c.agenda.writeSpace));
    b.ruledLines(4);
}

void questionnaires(BodyHtml& b, const letters::ResultsLetterContent& c)
{
    if (c.questionnaires.empty())
        return;
    b.heading(c.questionnairesHeading);
    for (const auto& q : c.questionnaires) {
        b.paragraph(b.big(q.title, 1.1));
        if (!q.intro.empty())
            b.paragraph(h(q.intro));
        for (const auto& item : q.items) {
            QStringList answers;
            for (const auto& option : q.options)
                answers << b.tickBox(option);
            b.box({QStringLiteral("<b>%1</b><br/>%2").arg(h(item), answers.join(QStringLiteral("&nbsp;&nbsp; ")))},
                  {100}, 1);
        }
    }
}

// Content composed without a template (built by hand, or kept from before templates): the
// shipped template's order.
std::vector<letters::ResultsLetterBlock> defaultLayout(const letters::ResultsLetterContent& c)
{
    using Kind = letters::ResultsLetterBlock::Kind;
    return {{Kind::Heading, c.title, {}},   {Kind::Paragraph, c.intro, {}},
            {Kind::Results, {}, {}},        {Kind::NotDone, {}, {}},
            {Kind::Appointment, {}, {}},    {Kind::Agenda, {}, {}},
            {Kind::Questionnaires, {}, {}}, {Kind::Paragraph, c.largePrintOffer, {}}};
}

} // namespace

void ResultsLetterRenderer::fillDocument(QTextDocument& doc, const letters::ResultsLetterContent& c)
{
    const double base = c.largePrint ? kLargePrintPoints : kBodyPoints;
    QFont font;
    font.setFamilies(LetterPdfWriter::fontFamilies(c.language));
    font.setPointSizeF(base);
    doc.setDefaultFont(font);
    doc.setDocumentMargin(0);

    using Kind = letters::ResultsLetterBlock::Kind;
    const auto layout = c.layout.empty() ? defaultLayout(c) : c.layout;
    BodyHtml b(c);
    bool first = true;
    for (const auto& block : layout) {
        switch (block.kind) {
        case Kind::Heading:
            // The letter's first heading is its title.
            if (first)
                b.title(block.text);
            else
                b.heading(block.text);
            break;
        case Kind::Paragraph:
            if (!block.text.empty())
                b.paragraph(h(block.text).replace(QLatin1Char('\n'), QStringLiteral("<br/>")));
            break;
        case Kind::Bullets: b.bullets(block.items); break;
        case Kind::Results: results(b, c); break;
        case Kind::NotDone: notDone(b, c); break;
        case Kind::Appointment: appointment(b, c); break;
        case Kind::Agenda: agenda(b, c); break;
        case Kind::Questionnaires: questionnaires(b, c); break;
        }
        first = false;
    }
    doc.setHtml(QStringLiteral("<html><body>%1</body></html>").arg(b.html()));
}

LetterPdfWriter::Frame ResultsLetterRenderer::frameFor(const letters::ResultsLetterContent& c)
{
    return frameFor(c.person, c.practice, c.frame, c.dateText, c.language, c.largePrint);
}

LetterPdfWriter::Frame ResultsLetterRenderer::frameFor(const letters::ResultsLetterPerson& person,
                                                       const letters::ResultsLetterPractice& practice,
                                                       const letters::ResultsLetterFrameWords& words,
                                                       const std::string& dateText, const std::string& language,
                                                       bool largePrint)
{
    LetterPdfWriter::Frame f;
    f.practiceName = QString::fromStdString(practice.name);
    for (const auto& line : practice.addressLines)
        f.practiceAddressLines << QString::fromStdString(line);
    f.practicePhone = QString::fromStdString(practice.phone);
    f.dateText = QString::fromStdString(dateText);
    f.recipientName = QString::fromStdString(person.name);
    for (const auto& line : person.addressLines)
        f.addressLines << QString::fromStdString(line);
    f.addressWithheld = person.addressWithheld;
    f.footerName = QString::fromStdString(person.bannerName);
    f.nhsNumber = person.nhsNumber;
    f.fontFamilies = LetterPdfWriter::fontFamilies(language);
    f.largePrint = largePrint;
    f.phoneWords = QString::fromStdString(words.phone);
    f.nhsNumberWords = QString::fromStdString(words.nhsNumber);
    f.pageWords = QString::fromStdString(words.page);
    return f;
}

base::Result<LetterPdfWriter::Output> ResultsLetterRenderer::renderBatch(const Source& next, const QString& path,
                                                                         const std::function<void(int)>& printed)
{
    LetterPdfWriter::Batch batch(path, tr("Results letters"));
    if (auto opened = batch.open(); !opened)
        return opened.error();
    int count = 0;
    while (auto content = next()) {
        // One letter's document at a time: laid out, printed and let go.
        QTextDocument doc;
        fillDocument(doc, *content);
        if (auto added = batch.add(frameFor(*content), doc); !added)
            return added.error();
        ++count;
        if (printed)
            printed(count);
    }
    return batch.commit();
}

base::Result<LetterPdfWriter::Output>
ResultsLetterRenderer::renderBatch(const std::vector<letters::ResultsLetterContent>& contents, const QString& path)
{
    std::size_t i = 0;
    return renderBatch(
        [&]() -> std::optional<letters::ResultsLetterContent> {
            if (i == contents.size())
                return std::nullopt;
            return contents[i++];
        },
        path);
}

LetterPdfWriter::Output ResultsLetterRenderer::print(const std::vector<letters::ResultsLetterContent>& contents,
                                                     QPagedPaintDevice& device)
{
    QPainter painter;
    if (contents.empty() || !painter.begin(&device))
        return {};
    LetterPdfWriter::DeviceBatch batch(painter, device);
    for (const auto& content : contents) {
        QTextDocument doc;
        fillDocument(doc, content);
        batch.add(frameFor(content), doc);
    }
    painter.end();
    return batch.output();
}

QString ResultsLetterRenderer::fileNameFor(const letters::ResultsLetterContent& c)
{
    QString family = QString::fromStdString(c.person.bannerName).section(QLatin1Char(','), 0, 0);
    family.remove(QRegularExpression(QStringLiteral("[^\\p{L}\\p{N}]")));
    if (family.isEmpty())
        family = QStringLiteral("letter");
    return QStringLiteral("%1-%2.pdf").arg(family, QString::fromStdString(c.person.nhsNumber));
}

base::Result<std::vector<QString>>
ResultsLetterRenderer::renderEach(const std::vector<letters::ResultsLetterContent>& contents, const QString& folder)
{
    if (!QDir().mkpath(folder))
        return base::Error::make(base::ErrorCode::IoFailed, "folder", folder.toStdString());
    std::vector<QString> paths;
    for (const auto& content : contents) {
        const QString path = QDir(folder).filePath(fileNameFor(content));
        if (auto written = renderBatch(std::vector<letters::ResultsLetterContent>{content}, path); !written)
            return written.error();
        paths.push_back(path);
    }
    return paths;
}

} // namespace carehouse::ui
