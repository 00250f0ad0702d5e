#include "ui/print/BlankQuestionnaireRenderer.h"

#include "core/letters/InvitationLetter.h"
#include "core/letters/PracticeDetails.h"
#include "core/model/NhsNumber.h"
#include "core/model/Patient.h"
#include "core/record/PatientRepository.h"
#include "core/record/RecordStore.h"
#include "ui/print/ResultsLetterRenderer.h"

#include <QFont>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QRegularExpression>
#include <QTextDocument>
#include <algorithm>

namespace carehouse::ui {

namespace {

using questionnaire::AnswerValue;
using questionnaire::EnableWhen;
using questionnaire::Item;
using questionnaire::ItemType;
using questionnaire::Questionnaire;

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

QString h(const QString& s)
{
    return s.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
}

QString h(const std::string& s)
{
    return h(q(s));
}

QString pt(double points)
{
    return QString::number(points, 'f', 1) + QStringLiteral("pt");
}

QString tr(const char* text)
{
    return BlankQuestionnaireRenderer::tr(text);
}

// A line to write on.
QString writeLine(int characters)
{
    return QString(characters, QLatin1Char('_'));
}

// Two or more choice questions in a row that offer the same options: one table.
bool sameOptions(const Item& a, const Item& b)
{
    if (a.options.size() != b.options.size())
        return false;
    for (std::size_t i = 0; i < a.options.size(); ++i)
        if (!a.options[i].value.equals(b.options[i].value)
            || a.options[i].value.displayText() != b.options[i].value.displayText())
            return false;
    return true;
}

bool gridable(const Item& item)
{
    return item.type == ItemType::Choice && !item.repeats && item.enableWhen.empty() && item.items.empty()
        && item.options.size() >= 2 && item.options.size() <= 6;
}

QString questionLabel(const Item& item)
{
    const QString text = h(item.text);
    if (item.prefix.empty())
        return text;
    return QStringLiteral("%1&nbsp;%2").arg(h(item.prefix), text);
}

// The HTML of the form's body.
class FormHtml
{
public:
    FormHtml(double base, bool largePrint)
        : m_base(base)
        , m_largePrint(largePrint)
    {
    }

    void title(const QString& text)
    {
        m_html
            += QStringLiteral("<h1 style=\"font-size:%1; font-weight:bold; margin-top:0px; margin-bottom:8px\">%2</h1>")
                   .arg(pt(m_base * 1.5), h(text));
    }
    void heading(const QString& text, int level)
    {
        const double factor = level <= 2 ? 1.15 : 1.05;
        m_html += QStringLiteral("<h%1 style=\"font-size:%2; font-weight:bold; margin-top:10px; "
                                 "margin-bottom:8px\">%3</h%1>")
                      .arg(std::min(level, 4))
                      .arg(pt(m_base * factor), h(text));
    }
    void paragraph(const QString& html)
    {
        m_html += QStringLiteral("<p style=\"margin-top:0px; margin-bottom:8px\">%1</p>").arg(html);
    }
    // A box kept on one page: one table of one cell.
    void box(const QString& html, int border, const QString& background = {})
    {
        m_html += QStringLiteral("<table width=\"100%\" border=\"%1\" cellspacing=\"0\" cellpadding=\"%2\" "
                                 "style=\"border-collapse:collapse; border-color:#333333; border-style:solid; "
                                 "margin-bottom:%3px\"><tr><td valign=\"top\"%4>%5</td></tr></table>")
                      .arg(border)
                      .arg(border > 0 ? 8 : 2)
                      .arg(border > 0 ? 10 : 12)
                      .arg(background.isEmpty() ? QString() : QStringLiteral(" bgcolor=\"%1\"").arg(background))
                      .arg(html);
    }
    QString tickBox(const QString& text) const
    {
        return QStringLiteral("<span style=\"font-size:%1\">\u2610</span>&nbsp;%2")
            .arg(pt(m_base * 1.4), h(text).replace(QLatin1Char(' '), QStringLiteral("&nbsp;")));
    }
    QString bareTickBox() const
    {
        return QStringLiteral("<span style=\"font-size:%1\">\u2610</span>").arg(pt(m_base * 1.4));
    }
    QString condition(const QString& text) const { return QStringLiteral("<i>%1</i>").arg(h(text)); }
    QString instruction(const QString& text) const
    {
        return QStringLiteral("<span style=\"color:#333333\">%1</span>").arg(h(text));
    }

    // Lines to write on, inside a box.
    QString ruledLines(int count) const
    {
        QString html;
        for (int i = 0; i < count; ++i)
            html += QStringLiteral("<p style=\"margin-top:%1px; margin-bottom:0px\">&nbsp;</p><hr/>")
                        .arg(static_cast<int>(m_base * 1.4));
        return html;
    }
    // A labelled box to write a number or a date in: a row of its own in the question's table.
    QString answerBoxRow(const QString& label, const QString& hint) const
    {
        return QStringLiteral("<tr><td valign=\"middle\">%1</td><td width=\"%2%\" style=\"border-width:1px; "
                              "border-style:solid; border-color:#333333; padding:10px\"><span style=\"color:#888888\">"
                              "%3</span></td><td>&nbsp;</td></tr>")
            .arg(h(label))
            .arg(m_largePrint ? 40 : 30)
            .arg(hint.isEmpty() ? QStringLiteral("&nbsp;") : h(hint));
    }

    // The options with tick boxes as rows of the question's table: side by side in one row when
    // they are few and short, else one under the other (in two columns when there are many
    // and the print is standard). Returns the rows and sets the number of columns.
    QString optionRows(const Item& item, int& columns) const
    {
        QStringList texts;
        for (const auto& o : item.options)
            texts << q(o.value.displayText());
        if (item.type == ItemType::Boolean)
            texts = {tr("Yes"), tr("No")};
        int length = 0;
        for (const auto& t : texts)
            length += static_cast<int>(t.size()) + 4;
        if (texts.size() <= 4 && length <= (m_largePrint ? 40 : 70)) {
            QStringList boxes;
            for (const auto& t : texts)
                boxes << tickBox(t);
            columns = 1;
            return QStringLiteral("<tr><td>%1</td></tr>").arg(boxes.join(QStringLiteral("&nbsp;&nbsp;&nbsp;&nbsp; ")));
        }
        columns = !m_largePrint && texts.size() > 6 ? 2 : 1;
        const int rows = (static_cast<int>(texts.size()) + columns - 1) / columns;
        QString html;
        for (int r = 0; r < rows; ++r) {
            html += QStringLiteral("<tr>");
            for (int c = 0; c < columns; ++c) {
                const int i = c * rows + r;
                html += QStringLiteral("<td width=\"%1%\">%2</td>")
                            .arg(100 / columns)
                            .arg(i < texts.size() ? tickBox(texts[i]) : QStringLiteral("&nbsp;"));
            }
            html += QStringLiteral("</tr>");
        }
        return html;
    }
    // One question kept on one page: a borderless table whose first row is the question.
    void question(const QString& head, const QString& rows, int columns)
    {
        m_html += QStringLiteral("<table width=\"100%\" border=\"0\" cellspacing=\"0\" cellpadding=\"3\" "
                                 "style=\"margin-top:6px; margin-bottom:12px\"><tr><td colspan=\"%1\">%2</td></tr>%3"
                                 "</table>")
                      .arg(columns)
                      .arg(head, rows);
    }

    // Questions that share their options: a row each, a tick box under every option. In large
    // print a few rows to a table (each with the options above it), so no table is taller
    // than a page. The corner above the questions holds what they are about (the group's
    // text, as the paper PHQ-9 has it) and the instruction.
    void grid(const std::vector<const Item*>& rows, const QString& about)
    {
        QString corner = about.isEmpty() ? QString() : QStringLiteral("<b>%1</b><br/>").arg(h(about));
        corner += instruction(tr("Tick one box on each line."));
        const auto& options = rows.front()->options;
        const int optionWidth = (m_largePrint ? 68 : 48) / static_cast<int>(options.size());
        const int questionWidth = 100 - optionWidth * static_cast<int>(options.size());
        const std::size_t perTable = m_largePrint ? 3 : 10;
        for (std::size_t start = 0; start < rows.size(); start += perTable) {
            m_html += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                                     "style=\"border-collapse:collapse; border-color:#333333; border-style:solid; "
                                     "margin-bottom:10px\"><tr><td width=\"%1%\" valign=\"bottom\" "
                                     "bgcolor=\"#e8e8e8\">%2</td>")
                          .arg(questionWidth)
                          .arg(corner);
            for (const auto& o : options)
                m_html += QStringLiteral("<td width=\"%1%\" align=\"center\" valign=\"bottom\" bgcolor=\"#e8e8e8\">"
                                         "<b>%2</b></td>")
                              .arg(optionWidth)
                              .arg(h(o.value.displayText()));
            m_html += QStringLiteral("</tr>");
            for (std::size_t i = start; i < std::min(rows.size(), start + perTable); ++i) {
                const QString shade = (i - start) % 2 == 1 ? QStringLiteral(" bgcolor=\"#f4f4f4\"") : QString();
                m_html += QStringLiteral("<tr><td valign=\"middle\"%1>%2</td>").arg(shade, questionLabel(*rows[i]));
                for (std::size_t o = 0; o < options.size(); ++o)
                    m_html
                        += QStringLiteral("<td align=\"center\" valign=\"middle\"%1>%2</td>").arg(shade, bareTickBox());
                m_html += QStringLiteral("</tr>");
            }
            m_html += QStringLiteral("</table>");
        }
    }

    const QString& html() const { return m_html; }

private:
    double m_base;
    bool m_largePrint;
    QString m_html;
};

void question(FormHtml& b, const Questionnaire& questionnaire, const Item& item)
{
    QString head = QStringLiteral("<b>%1</b>").arg(questionLabel(item));
    if (const QString when = BlankQuestionnaireRenderer::conditionText(questionnaire, item); !when.isEmpty())
        head = b.condition(when) + QStringLiteral("<br/>") + head;
    int columns = 1;
    QString rows;
    switch (item.type) {
    case ItemType::Choice:
    case ItemType::OpenChoice:
        head
            += QStringLiteral("<br/>") + b.instruction(item.repeats ? tr("Tick all that apply.") : tr("Tick one box."));
        rows = b.optionRows(item, columns);
        if (item.type == ItemType::OpenChoice)
            rows += QStringLiteral("<tr><td colspan=\"%1\">%2%3</td></tr>")
                        .arg(columns)
                        .arg(h(tr("Something else (write it here):")), b.ruledLines(1));
        break;
    case ItemType::Boolean: rows = b.optionRows(item, columns); break;
    case ItemType::String: head += b.ruledLines(item.maxLength && *item.maxLength > 100 ? 2 : 1); break;
    case ItemType::Text: head += b.ruledLines(4); break;
    case ItemType::Integer:
        columns = 3;
        rows = b.answerBoxRow(tr("Write a whole number:"), {});
        break;
    case ItemType::Decimal:
        columns = 3;
        rows = b.answerBoxRow(tr("Write a number:"), {});
        break;
    case ItemType::Date:
        columns = 3;
        rows = b.answerBoxRow(tr("Write the date:"), tr("day / month / year"));
        break;
    default: return;
    }
    b.question(head, rows, columns);
}

// `about`: the text of the group the list belongs to, when it goes in the corner of the
// table its first questions make.
void items(FormHtml& b, const Questionnaire& questionnaire, const std::vector<Item>& list, int depth,
           const QString& about = {})
{
    for (std::size_t i = 0; i < list.size(); ++i) {
        const Item& item = list[i];
        if (item.type == ItemType::Unsupported)
            continue;
        if (item.type == ItemType::Display) {
            if (!item.text.empty())
                b.paragraph(h(item.text));
            continue;
        }
        if (item.type == ItemType::Group) {
            // A group that opens with a table of questions: its text goes in the table's corner.
            const bool opensWithGrid = item.items.size() >= 2 && gridable(item.items[0]) && gridable(item.items[1])
                && sameOptions(item.items[0], item.items[1]);
            if (!item.text.empty() && !opensWithGrid)
                b.heading(q(item.text), depth + 2);
            if (const QString when = BlankQuestionnaireRenderer::conditionText(questionnaire, item); !when.isEmpty())
                b.paragraph(b.condition(when));
            items(b, questionnaire, item.items, depth + 1, opensWithGrid ? q(item.text) : QString());
            continue;
        }
        // A run of questions with the same options: a table.
        std::vector<const Item*> run;
        if (gridable(item))
            for (std::size_t j = i; j < list.size() && gridable(list[j]) && sameOptions(item, list[j]); ++j)
                run.push_back(&list[j]);
        if (run.size() >= 2) {
            b.grid(run, i == 0 ? about : QString());
            i += run.size() - 1;
            continue;
        }
        question(b, questionnaire, item);
        // A question's own sub-items (FHIR allows them) follow it.
        items(b, questionnaire, item.items, depth + 1);
    }
}

// How a question is named in a condition: "question 3", or its first sentence in quotes.
QString questionName(const Item* item)
{
    if (!item)
        return tr("an earlier question");
    QString prefix = q(item->prefix).trimmed();
    while (prefix.endsWith(QLatin1Char('.')) || prefix.endsWith(QLatin1Char(')')))
        prefix.chop(1);
    if (!prefix.isEmpty())
        return tr("question %1").arg(prefix);
    QString text = q(item->text).simplified();
    const auto end = QRegularExpression(QStringLiteral("[.?!](\\s|$)")).match(text);
    if (end.hasMatch())
        text = text.left(end.capturedStart() + 1);
    return QStringLiteral("\u201C%1\u201D").arg(text);
}

QString joinedNames(const std::vector<const Item*>& refs, bool any)
{
    // Numbered questions one after another: "questions 1 to 9".
    std::vector<int> numbers;
    for (const Item* r : refs) {
        QString prefix = r ? q(r->prefix).trimmed() : QString();
        while (prefix.endsWith(QLatin1Char('.')) || prefix.endsWith(QLatin1Char(')')))
            prefix.chop(1);
        bool ok = false;
        const int n = prefix.toInt(&ok);
        if (!ok) {
            numbers.clear();
            break;
        }
        numbers.push_back(n);
    }
    const QString quantifier = any ? tr("any of") : tr("each of");
    if (numbers.size() >= 3) {
        bool consecutive = true;
        for (std::size_t i = 1; i < numbers.size(); ++i)
            consecutive = consecutive && numbers[i] == numbers[i - 1] + 1;
        if (consecutive)
            return tr("%1 questions %2 to %3")
                .arg(quantifier, QString::number(numbers.front()), QString::number(numbers.back()));
    }
    QStringList names;
    for (const Item* r : refs)
        names << questionName(r);
    if (names.size() == 1)
        return names.front();
    const QString last = names.takeLast();
    return tr("%1 %2 %3 %4").arg(quantifier, names.join(QStringLiteral(", ")), any ? tr("or") : tr("and"), last);
}

QString valueName(const Item* about, const AnswerValue& value)
{
    if (value.kind == AnswerValue::Kind::Boolean)
        return value.boolean ? tr("Yes") : tr("No");
    if (about)
        if (const auto* option = about->option(value))
            return q(option->value.displayText());
    if (value.kind == AnswerValue::Kind::Date) {
        if (const auto date = base::CivilDate::parseIso(value.text))
            return q(date->display());
    }
    return q(value.displayText());
}

// One condition over one or more questions, worded: "you ticked “Yes” for question 2".
QString conditionPhrase(const EnableWhen& c, const std::vector<const Item*>& refs, bool any)
{
    const Item* first = refs.front();
    const QString who = joinedNames(refs, any);
    const QString value = valueName(first, c.answer);
    const bool choice = first && (first->type == ItemType::Choice || first->type == ItemType::OpenChoice);
    const bool boolean = c.answer.kind == AnswerValue::Kind::Boolean;
    const bool date = c.answer.kind == AnswerValue::Kind::Date;
    using Op = EnableWhen::Operator;
    switch (c.op) {
    case Op::Exists: return c.answer.boolean ? tr("you answered %1").arg(who) : tr("you did not answer %1").arg(who);
    case Op::Equal:
        if (choice)
            return tr("you ticked \u201C%1\u201D for %2").arg(value, who);
        if (boolean)
            return tr("you answered \u201C%1\u201D to %2").arg(value, who);
        return tr("your answer to %1 is %2").arg(who, value);
    case Op::NotEqual:
        if (choice)
            return tr("you ticked an answer other than \u201C%1\u201D for %2").arg(value, who);
        if (boolean)
            return tr("you answered \u201C%1\u201D to %2").arg(c.answer.boolean ? tr("No") : tr("Yes"), who);
        return tr("your answer to %1 is not %2").arg(who, value);
    case Op::Greater:
        return date ? tr("your answer to %1 is after %2").arg(who, value)
                    : tr("your answer to %1 is more than %2").arg(who, value);
    case Op::Less:
        return date ? tr("your answer to %1 is before %2").arg(who, value)
                    : tr("your answer to %1 is less than %2").arg(who, value);
    case Op::GreaterOrEqual:
        return date ? tr("your answer to %1 is %2 or later").arg(who, value)
                    : tr("your answer to %1 is %2 or more").arg(who, value);
    case Op::LessOrEqual:
        return date ? tr("your answer to %1 is %2 or earlier").arg(who, value)
                    : tr("your answer to %1 is %2 or less").arg(who, value);
    }
    return {};
}

} // namespace

QString BlankQuestionnaireRenderer::conditionText(const Questionnaire& questionnaire, const Item& item)
{
    // Conditions that say the same of several questions are worded once: "for any of
    // questions 1 to 9".
    struct Group
    {
        const EnableWhen* condition;
        std::vector<const Item*> refs;
    };
    std::vector<Group> groups;
    for (const auto& c : item.enableWhen) {
        if (c.ignored)
            continue;
        const Item* about = questionnaire.find(c.question);
        auto same = std::find_if(groups.begin(), groups.end(), [&](const Group& g) {
            const Item* other = g.refs.front();
            return g.condition->op == c.op && g.condition->answer.equals(c.answer)
                && (other && about ? other->type == about->type : other == about);
        });
        if (same != groups.end() && about && same->refs.front())
            same->refs.push_back(about);
        else
            groups.push_back({&c, {about}});
    }
    if (groups.empty())
        return {};
    QStringList phrases;
    for (const auto& g : groups)
        phrases << conditionPhrase(*g.condition, g.refs, item.enableWhenAny);
    const QString joined = phrases.join(item.enableWhenAny ? tr(", or ") : tr(", and "));
    // No full stop after a quoted question that ends with its own mark.
    if (joined.endsWith(QStringLiteral("?\u201D")) || joined.endsWith(QStringLiteral("!\u201D")))
        return tr("Answer this only if %1").arg(joined);
    return tr("Answer this only if %1.").arg(joined);
}

letters::ResultsLetterPerson BlankQuestionnaireRenderer::personFor(const model::Patient& p)
{
    letters::ResultsLetterPerson person;
    person.patientId = p.id;
    person.name = letters::InvitationLetter::recipientName(p);
    person.bannerName = model::bannerName(p);
    person.nhsNumber = p.nhsNumber;
    person.nhsNumberText = p.nhsNumber.empty() ? std::string() : model::displayNhsNumber(p.nhsNumber);
    person.birthDateText = p.birthDate.valid() ? p.birthDate.display() : std::string();
    person.addressWithheld = p.restricted;
    if (!p.restricted)
        for (const auto* line : {&p.addressLine1, &p.addressLine2, &p.town, &p.postcode})
            if (!line->empty())
                person.addressLines.push_back(*line);
    return person;
}

base::Result<BlankQuestionnaireRenderer::Form> BlankQuestionnaireRenderer::compose(record::RecordStore& store,
                                                                                   const Questionnaire& definition,
                                                                                   const std::string& patientId,
                                                                                   std::optional<bool> largePrint)
{
    Form form;
    form.questionnaire = definition;
    auto practice = letters::PracticeDetails::read(store);
    if (!practice)
        return practice.error();
    form.practice.name = practice->name;
    form.practice.addressLines = practice->addressLines;
    form.practice.phone = practice->phone;
    form.dateText = store.clock().today().display();
    bool large = false;
    if (!patientId.empty()) {
        auto patient = record::PatientRepository(store).patient(patientId);
        if (!patient)
            return patient.error();
        form.person = personFor(patient->value);
        large = patient->value.largePrint;
    }
    form.largePrint = largePrint.value_or(large);
    return form;
}

void BlankQuestionnaireRenderer::fillDocument(QTextDocument& doc, const Form& form)
{
    const double base = form.largePrint ? kLargePrintPoints : kBodyPoints;
    QFont font;
    font.setFamilies(LetterPdfWriter::fontFamilies("en"));
    font.setPointSizeF(base);
    doc.setDefaultFont(font);
    doc.setDocumentMargin(0);

    const Questionnaire& questionnaire = form.questionnaire;
    FormHtml b(base, form.largePrint);
    b.title(q(questionnaire.displayTitle()));
    if (form.person) {
        const auto& p = *form.person;
        // Who it is for on a line of its own, then the date of birth and NHS number on one line.
        QStringList details;
        if (!p.birthDateText.empty())
            details << tr("Born %1").arg(h(p.birthDateText));
        details << tr("NHS number %1")
                       .arg(p.nhsNumberText.empty()
                                ? tr("not known")
                                : h(p.nhsNumberText).replace(QLatin1Char(' '), QStringLiteral("&nbsp;")));
        b.box(tr("This form is for <b>%1</b>").arg(h(p.bannerName)) + QStringLiteral("<br/>")
                  + details.join(QStringLiteral("&nbsp; \u00B7 &nbsp;")) + QStringLiteral("<br/>")
                  + h(tr("If it is not you, please give it back to the practice.")),
              1, QStringLiteral("#f0f0f0"));
    } else {
        b.box(QStringLiteral("<b>%1</b>").arg(h(tr("Please write your details, so we know whose answers these are.")))
                  + QStringLiteral("<p style=\"margin-top:14px; margin-bottom:0px\">%1 %2</p>")
                        .arg(h(tr("Name:")), writeLine(form.largePrint ? 30 : 50))
                  + QStringLiteral("<p style=\"margin-top:14px; margin-bottom:0px\">%1 %2&nbsp;&nbsp; %3 %4</p>")
                        .arg(h(tr("Date of birth:")), writeLine(form.largePrint ? 12 : 16), h(tr("NHS number:")),
                             writeLine(form.largePrint ? 14 : 20)),
              1, QStringLiteral("#f0f0f0"));
    }
    items(b, questionnaire, questionnaire.items, 0);
    b.paragraph(QStringLiteral("<br/>")
                + h(tr("Thank you. Please bring this form to your appointment, or post or hand "
                       "it to the practice.")));
    doc.setHtml(QStringLiteral("<html><body>%1</body></html>").arg(b.html()));
}

LetterPdfWriter::Frame BlankQuestionnaireRenderer::frameFor(const Form& form)
{
    if (form.person) {
        auto f = ResultsLetterRenderer::frameFor(*form.person, form.practice, {}, form.dateText, "en", form.largePrint);
        // The date of birth beside the name on every page: with the NHS number it matches a
        // returned copy to the right person. Large print's footer is 12 pt: shorter words keep
        // it on one line beside the page number.
        if (!form.person->birthDateText.empty())
            f.footerName += QStringLiteral("  ·  ")
                + (form.largePrint ? tr("born %1") : tr("Born %1")).arg(q(form.person->birthDateText));
        if (form.person->nhsNumber.empty())
            f.nhsNumberWords = tr("NHS number: not known");
        else if (form.largePrint)
            f.nhsNumberWords = tr("NHS {nhs}");
        return f;
    }
    // A practice blank: the person writes who they are where a name would be printed.
    letters::ResultsLetterPerson nobody;
    auto f = ResultsLetterRenderer::frameFor(nobody, form.practice, {}, {}, "en", form.largePrint);
    f.recipientName.clear();
    f.addressLines = QStringList{QString()}; // no address: the body asks for the details
    f.footerName
        = tr("Name: %1").arg(writeLine(24)) + QStringLiteral("  ·  ") + tr("Date of birth: %1").arg(writeLine(12));
    f.nhsNumberWords = tr("NHS number: %1").arg(writeLine(14));
    return f;
}

base::Result<LetterPdfWriter::Output> BlankQuestionnaireRenderer::render(const Form& form, const QString& path)
{
    LetterPdfWriter::Batch batch(path, q(form.questionnaire.displayTitle()));
    if (auto opened = batch.open(); !opened)
        return opened.error();
    QTextDocument doc;
    fillDocument(doc, form);
    if (auto added = batch.add(frameFor(form), doc); !added)
        return added.error();
    return batch.commit();
}

LetterPdfWriter::Output BlankQuestionnaireRenderer::print(const Form& form, QPagedPaintDevice& device)
{
    QPainter painter;
    if (!painter.begin(&device))
        return {};
    LetterPdfWriter::DeviceBatch batch(painter, device);
    QTextDocument doc;
    fillDocument(doc, form);
    batch.add(frameFor(form), doc);
    painter.end();
    return batch.output();
}

QString BlankQuestionnaireRenderer::fileNameFor(const Form& form)
{
    QString name = q(form.questionnaire.id.empty() ? form.questionnaire.name : form.questionnaire.id);
    name.remove(QRegularExpression(QStringLiteral("[^\\p{L}\\p{N}_-]")));
    if (name.isEmpty())
        name = QStringLiteral("questionnaire");
    if (!form.person)
        return QStringLiteral("%1-blank.pdf").arg(name);
    QString family = q(form.person->bannerName).section(QLatin1Char(','), 0, 0);
    family.remove(QRegularExpression(QStringLiteral("[^\\p{L}\\p{N}]")));
    if (family.isEmpty())
        family = QStringLiteral("person");
    return QStringLiteral("%1-%2-%3.pdf").arg(family, q(form.person->nhsNumber), name);
}

} // namespace carehouse::ui
