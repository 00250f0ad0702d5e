// ui/print: BlankQuestionnaireRenderer, a questionnaire printed as a blank paper form, read back
// from the PDF with pdftotext.
#include "ui/print/BlankQuestionnaireRenderer.h"

#include "core/model/Patient.h"
#include "core/questionnaire/QuestionnaireLibrary.h"
#include "tests/support/TempDatabase.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <catch2/catch.hpp>

using namespace carehouse;
using ui::BlankQuestionnaireRenderer;

namespace {

// The text of a PDF page (0: every page) in the order it was drawn (-raw keeps a table's cells
// whole), white space collapsed.
QString pdfText(const QString& path, int page = 0)
{
    if (QStandardPaths::findExecutable("pdftotext").isEmpty())
        FAIL("pdftotext is needed (poppler-utils)");
    QStringList args{"-raw", "-enc", "UTF-8"};
    if (page > 0)
        args << "-f" << QString::number(page) << "-l" << QString::number(page);
    args << path << "-";
    QProcess p;
    p.start("pdftotext", args);
    REQUIRE(p.waitForFinished(20000));
    REQUIRE(p.exitCode() == 0);
    // Compatibility forms undo the font's ligatures ("ﬁ" in "difficult").
    return QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC).simplified();
}

questionnaire::Questionnaire shipped(const std::string& id)
{
    auto all = questionnaire::QuestionnaireLibrary::shipped();
    REQUIRE(all.ok());
    for (const auto& d : *all)
        if (d.questionnaire.id == id)
            return d.questionnaire;
    FAIL("no shipped questionnaire " << id);
    return {};
}

BlankQuestionnaireRenderer::Form formFor(const std::string& id, bool withPerson, bool largePrint)
{
    BlankQuestionnaireRenderer::Form form;
    form.questionnaire = shipped(id);
    form.practice.name = "Riverside Surgery";
    form.practice.addressLines = {"1 River Road", "Leeds LS1 1AA"};
    form.practice.phone = "0113 496 0000";
    form.dateText = "01-Dec-2026";
    form.largePrint = largePrint;
    if (withPerson) {
        model::Patient p;
        p.id = "person-1";
        p.title = "Mrs";
        p.givenName = "Efua";
        p.familyName = "Adebayo";
        p.birthDate = *base::CivilDate::parseIso("1951-04-02");
        p.nhsNumber = "9990100004";
        p.addressLine1 = "41 Cephas Avenue";
        p.town = "Leeds";
        form.person = BlankQuestionnaireRenderer::personFor(p);
    }
    return form;
}

// Renders the form; returns the PDF's path and its page count.
std::pair<QString, int> render(const testing::TempDir& dir, const BlankQuestionnaireRenderer::Form& form,
                               const char* name)
{
    const QString path = QString::fromStdString(dir.file(name));
    auto written = BlankQuestionnaireRenderer::render(form, path);
    if (!written)
        FAIL(written.error().describe());
    return {path, written->pages};
}

void checkEveryPageNamesThePerson(const QString& path, int pages)
{
    REQUIRE(pages >= 1);
    for (int page = 1; page <= pages; ++page) {
        const QString text = pdfText(path, page);
        INFO("page " << page << ": " << text.toStdString());
        CHECK(text.contains("ADEBAYO, Efua (Mrs)"));
        CHECK(text.contains("999 010 0004"));
        CHECK(text.contains("02-Apr-1951"));
        CHECK(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)));
    }
}

void checkNoScore(const questionnaire::Questionnaire& q, const QString& text)
{
    CHECK_FALSE(text.contains("score", Qt::CaseInsensitive));
    CHECK_FALSE(text.contains("total", Qt::CaseInsensitive));
    CHECK_FALSE(text.contains("0-27"));
    for (const auto& band : q.scoring.bands)
        CHECK_FALSE(text.contains(QString::fromStdString(band.label)));
    for (const auto& flag : q.scoring.flags)
        CHECK_FALSE(text.contains(QString::fromStdString(flag.label)));
}

} // namespace

TEST_CASE("A blank PHQ-9 has every question and option, names the person on every page and shows no score",
          "[ui][print][questionnaire]")
{
    testing::TempDir dir;
    const bool largePrint = GENERATE(false, true);
    INFO((largePrint ? "large print" : "standard print"));
    const auto form = formFor("phq-9", true, largePrint);
    const auto [path, pages] = render(dir, form, largePrint ? "phq9-large.pdf" : "phq9.pdf");
    const QString all = pdfText(path);
    INFO(all.left(500).toStdString());

    CHECK(all.contains("Patient Health Questionnaire (PHQ-9)"));
    CHECK(all.contains("Over the last 2 weeks, how often have you been bothered by any of the following problems?"));
    int questions = 0;
    form.questionnaire.forEach([&](const questionnaire::Item& item, int) {
        if (!item.isQuestion())
            return;
        ++questions;
        INFO(item.linkId);
        CHECK(all.contains(QString::fromStdString(item.text)));
        for (const auto& option : item.options)
            CHECK(all.contains(QString::fromStdString(option.value.displayText())));
    });
    CHECK(questions == 10);
    // A tick box for each of the nine questions' four options, and the difficulty's four.
    CHECK(all.count(QChar(0x2610)) >= 9 * 4 + 4);
    CHECK(all.contains(QStringLiteral("Answer this only if you ticked an answer other than \u201CNot at all\u201D "
                                      "for any of questions 1 to 9.")));
    CHECK(all.contains("This form is for ADEBAYO, Efua (Mrs) Born 02-Apr-1951 \u00B7 NHS number 999 010 0004"));
    checkNoScore(form.questionnaire, all);
    checkEveryPageNamesThePerson(path, pages);
    if (largePrint)
        CHECK(pages >= 2);
}

TEST_CASE("A blank agenda has its introduction, a tick box for every topic, lines to write on and the condition",
          "[ui][print][questionnaire]")
{
    testing::TempDir dir;
    const auto form = formFor("care-planning-agenda", true, false);
    const auto [path, pages] = render(dir, form, "agenda.pdf");
    const QString all = pdfText(path);

    CHECK(all.contains("Getting ready for your care planning appointment"));
    CHECK(all.contains("Your appointment is a chance to talk about what matters to you."));
    const auto* topics = form.questionnaire.find("topics");
    REQUIRE(topics != nullptr);
    for (const auto& option : topics->options)
        CHECK(all.contains(QStringLiteral("\u2610 ") + QString::fromStdString(option.value.displayText())));
    CHECK(all.contains("Tick all that apply."));
    CHECK(all.contains("What matters most to you at the moment?"));
    CHECK(all.contains(QStringLiteral("Answer this only if you ticked \u201CAnything else\u201D for \u201CWhat would "
                                      "you like to talk about?\u201D")));
    checkNoScore(form.questionnaire, all);
    checkEveryPageNamesThePerson(path, pages);
}

TEST_CASE("A practice blank asks for the name, date of birth and NHS number on every page and names nobody",
          "[ui][print][questionnaire]")
{
    testing::TempDir dir;
    const auto form = formFor("gad-7", false, true);
    const auto [path, pages] = render(dir, form, "gad7-blank.pdf");
    REQUIRE(pages >= 1);
    const QString all = pdfText(path);
    CHECK(all.contains("Please write your details, so we know whose answers these are."));
    CHECK_FALSE(all.contains("This form is for"));
    CHECK_FALSE(all.contains("Address not known"));
    for (int page = 1; page <= pages; ++page) {
        const QString text = pdfText(path, page);
        INFO("page " << page << ": " << text.toStdString());
        CHECK(text.contains(QRegularExpression("Name: _{10,}")));
        CHECK(text.contains(QRegularExpression("Date of birth: _{10,}")));
        CHECK(text.contains(QRegularExpression("NHS number: _{10,}")));
    }
    CHECK(BlankQuestionnaireRenderer::fileNameFor(form) == "gad-7-blank.pdf");
    CHECK(BlankQuestionnaireRenderer::fileNameFor(formFor("gad-7", true, false)) == "ADEBAYO-9990100004-gad-7.pdf");
}

TEST_CASE("A question's condition is worded from the earlier question and its answer", "[ui][print][questionnaire]")
{
    using questionnaire::AnswerValue;
    using questionnaire::EnableWhen;
    using questionnaire::Item;
    using questionnaire::ItemType;
    auto item = [](const char* linkId, const char* prefix, const char* text, ItemType type) {
        Item i;
        i.linkId = linkId;
        i.prefix = prefix;
        i.text = text;
        i.type = type;
        return i;
    };
    questionnaire::Questionnaire q;
    Item smoke = item("smoke", "", "Do you smoke? Tell us honestly.", ItemType::Boolean);
    Item count = item("count", "2.", "How many a day?", ItemType::Integer);
    count.enableWhen.push_back({"smoke", EnableWhen::Operator::Equal, AnswerValue::ofBoolean(true)});
    Item quit = item("quit", "3.", "Would you like help to stop?", ItemType::Boolean);
    quit.enableWhen.push_back({"count", EnableWhen::Operator::GreaterOrEqual, AnswerValue::ofInteger(10)});
    quit.enableWhen.push_back({"smoke", EnableWhen::Operator::Exists, AnswerValue::ofBoolean(true)});
    Item always = item("always", "", "Anything else?", ItemType::Text);
    EnableWhen ignored{"smoke", EnableWhen::Operator::Equal, AnswerValue::ofBoolean(true)};
    ignored.ignored = true;
    always.enableWhen.push_back(ignored);
    q.items = {smoke, count, quit, always};
    q.reindex();

    CHECK(BlankQuestionnaireRenderer::conditionText(q, *q.find("smoke")).isEmpty());
    CHECK(BlankQuestionnaireRenderer::conditionText(q, *q.find("count"))
          == QStringLiteral("Answer this only if you answered \u201CYes\u201D to \u201CDo you smoke?\u201D"));
    CHECK(
        BlankQuestionnaireRenderer::conditionText(q, *q.find("quit"))
        == QStringLiteral(
            "Answer this only if your answer to question 2 is 10 or more, and you answered \u201CDo you smoke?\u201D"));
    // A condition CareHouse cannot evaluate is left out: the question always shows.
    CHECK(BlankQuestionnaireRenderer::conditionText(q, *q.find("always")).isEmpty());
}
