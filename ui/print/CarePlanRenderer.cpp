#include "ui/print/CarePlanRenderer.h"

#include "ui/print/ResultsLetterRenderer.h"

#include <QFont>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QRegularExpression>
#include <QTextDocument>

namespace carehouse::ui {

namespace {

QString h(const std::string& s)
{
    return QString::fromStdString(s).toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
}

QString pt(double points)
{
    return QString::number(points, 'f', 1) + QStringLiteral("pt");
}

// The HTML of the plan's body; every sentence is the content's.
class PlanHtml
{
public:
    explicit PlanHtml(double base)
        : m_base(base)
    {
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
                      "<h2 style=\"font-size:%1; font-weight:bold; margin-top:18px; margin-bottom:8px\">%2</h2>")
                      .arg(pt(m_base * 1.3), h(text));
    }
    void paragraph(const QString& html)
    {
        m_html += QStringLiteral("<p style=\"margin-top:0px; margin-bottom:8px\">%1</p>").arg(html);
    }
    // A box the page never breaks: one table of one cell, its lines one under the other.
    void box(const QStringList& lines, int border = 1, const QString& background = {})
    {
        QStringList shown;
        for (const auto& l : lines)
            if (!l.isEmpty())
                shown << l;
        m_html += QStringLiteral("<table width=\"100%\" border=\"%1\" cellspacing=\"0\" cellpadding=\"10\" "
                                 "style=\"border-collapse:collapse; border-color:#333333; border-style:solid; "
                                 "margin-bottom:10px\"><tr><td valign=\"top\"%2>%3</td></tr></table>")
                      .arg(border)
                      .arg(background.isEmpty() ? QString() : QStringLiteral(" bgcolor=\"%1\"").arg(background))
                      .arg(shown.join(QStringLiteral("<br/>")));
    }
    QString big(const std::string& text, double factor = 1.15) const
    {
        return QStringLiteral("<span style=\"font-size:%1; font-weight:bold\">%2</span>")
            .arg(pt(m_base * factor), h(text));
    }
    const QString& html() const { return m_html; }

private:
    double m_base;
    QString m_html;
};

void actions(PlanHtml& b, const std::string& heading, const std::vector<careplan::CarePlanLetterAction>& list,
             const std::string& none)
{
    b.heading(heading);
    if (list.empty()) {
        b.paragraph(h(none));
        return;
    }
    for (const auto& a : list)
        b.box({b.big(a.what), h(a.whoText), h(a.whenText)});
}

} // namespace

void CarePlanRenderer::fillDocument(QTextDocument& doc, const careplan::CarePlanLetterContent& c)
{
    const double base = c.largePrint ? kLargePrintPoints : kBodyPoints;
    QFont font;
    font.setFamilies(LetterPdfWriter::fontFamilies(c.language));
    font.setPointSizeF(base);
    doc.setDefaultFont(font);
    doc.setDocumentMargin(0);

    PlanHtml b(base);
    b.title(c.title);
    b.paragraph(h(c.intro));

    b.heading(c.goalsHeading);
    if (c.goals.empty())
        b.paragraph(h(c.noGoalsText));
    for (const auto& g : c.goals)
        b.box({b.big(g.what, 1.25), h(g.whyText), h(g.confidenceText)}, 2);

    if (!c.reviews.empty()) {
        b.heading(c.reviewsHeading);
        for (const auto& r : c.reviews)
            b.box({QStringLiteral("<b>%1</b>").arg(h(r.goalText)), h(r.outcomeText), h(r.note)});
    }

    actions(b, c.yourActionsHeading, c.yourActions, c.noYourActionsText);
    actions(b, c.teamActionsHeading, c.teamActions, c.noTeamActionsText);

    b.heading(c.supportHeading);
    if (c.support.empty())
        b.paragraph(h(c.noSupportText));
    for (const auto& s : c.support)
        b.box({b.big(s.name), s.referralText.empty() ? QString() : QStringLiteral("<b>%1</b>").arg(h(s.referralText)),
               h(s.contactText), h(s.howText), h(s.notHeardText), h(s.note)});

    b.heading(c.targetsHeading);
    if (c.targets.empty())
        b.paragraph(h(c.noTargetsText));
    for (const auto& t : c.targets)
        b.box({QStringLiteral("<b>%1</b>").arg(h(t.text)), h(t.whyText)});

    b.heading(c.nextReviewHeading);
    b.box({QStringLiteral("<b>%1</b>").arg(h(c.nextReviewText))}, 2, QStringLiteral("#f0f0f0"));

    b.heading(c.questionsHeading);
    b.paragraph(h(c.questionsText));
    b.paragraph(h(c.largePrintOffer));
    doc.setHtml(QStringLiteral("<html><body>%1</body></html>").arg(b.html()));
}

LetterPdfWriter::Frame CarePlanRenderer::frameFor(const careplan::CarePlanLetterContent& c)
{
    return ResultsLetterRenderer::frameFor(c.person, c.practice, c.frame, c.dateText, c.language, c.largePrint);
}

base::Result<LetterPdfWriter::Output> CarePlanRenderer::render(const careplan::CarePlanLetterContent& c,
                                                               const QString& path)
{
    LetterPdfWriter::Batch batch(path, tr("Care plan"));
    if (auto opened = batch.open(); !opened)
        return opened.error();
    QTextDocument doc;
    fillDocument(doc, c);
    if (auto added = batch.add(frameFor(c), doc); !added)
        return added.error();
    return batch.commit();
}

LetterPdfWriter::Output CarePlanRenderer::print(const careplan::CarePlanLetterContent& c, QPagedPaintDevice& device)
{
    QPainter painter;
    if (!painter.begin(&device))
        return {};
    LetterPdfWriter::DeviceBatch batch(painter, device);
    QTextDocument doc;
    fillDocument(doc, c);
    batch.add(frameFor(c), doc);
    painter.end();
    return batch.output();
}

QString CarePlanRenderer::fileNameFor(const careplan::CarePlanLetterContent& c)
{
    QString family = QString::fromStdString(c.person.bannerName).section(QLatin1Char(','), 0, 0);
    family.remove(QRegularExpression(QStringLiteral("[^\\p{L}\\p{N}]")));
    if (family.isEmpty())
        family = QStringLiteral("care-plan");
    return QStringLiteral("%1-%2-care-plan.pdf").arg(family, QString::fromStdString(c.person.nhsNumber));
}

} // namespace carehouse::ui
