#include "core/letters/ResultsLetterComposer.h"
#include "core/surveillance/ObservationRecorder.h"
#include "tests/support/TempDatabase.h"
#include "tests/support/TestPeople.h"
#include "ui/print/ResultsLetterRenderer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTextBlock>
#include <QTextDocument>
#include <catch2/catch.hpp>

using namespace carehouse;
using letters::ResultsLetterComposer;
using letters::ResultsLetterContent;
using ui::ResultsLetterRenderer;

namespace {

// The PDF's text, one string per page with its white space collapsed; empty when pdftotext is not
// installed.
QStringList pdfPages(const QString& path)
{
    if (QStandardPaths::findExecutable("pdftotext").isEmpty())
        return {};
    QProcess p;
    p.start("pdftotext", {"-layout", path, "-"});
    REQUIRE(p.waitForFinished(20000));
    REQUIRE(p.exitCode() == 0);
    QStringList pages = QString::fromUtf8(p.readAllStandardOutput()).split(QChar('\f'));
    while (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    for (auto& page : pages)
        page = page.simplified();
    return pages;
}

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

// A practice of people with diabetes; values are recorded as the healthcare assistant would.
struct Practice
{
    testing::TempDatabase db{model::Role::Nurse};
    record::RecordStore& store = db.store();

    std::string person(const std::string& family, const std::string& given, int n)
    {
        db.loginAs(model::Role::Nurse);
        return testing::addPersonWithDiabetes(store, family, given, "1950-02-01", testing::testNhsNumber(n));
    }
    void record(const std::string& id, const std::string& item, const std::string& value, const std::string& unit,
                const std::string& date)
    {
        db.loginAs(model::Role::Hca);
        surveillance::ObservationRecorder recorder(store);
        auto prepared = recorder.prepare(id, item, value, unit, date, false);
        if (!prepared)
            FAIL(prepared.error().describe());
        REQUIRE(recorder.record(*prepared).ok());
    }
    ResultsLetterContent compose(const std::string& id, ResultsLetterComposer::Options options = {})
    {
        auto c = ResultsLetterComposer::compose(store, id, options);
        if (!c)
            FAIL(c.error().describe());
        return *c;
    }
};

struct Rendered
{
    ui::LetterPdfWriter::Output output;
    QStringList pages;
};

Rendered render(const std::vector<ResultsLetterContent>& contents, const testing::TempDir& dir, const char* name)
{
    const QString path = q(dir.file(name));
    auto out = ResultsLetterRenderer::renderBatch(contents, path);
    if (!out)
        FAIL(out.error().describe());
    REQUIRE(QFile::exists(path));
    return {*out, pdfPages(path)};
}

QString footerOf(const ResultsLetterContent& c)
{
    // In the letter's own language: "NHS number: 943 476 5919", "এনএইচএস নম্বর: 943 476 5919".
    return q(c.person.bannerName) + " · " + q(c.frame.nhsNumber).replace("{nhs}", q(c.person.nhsNumberText));
}

} // namespace

TEST_CASE("A batch of results letters puts each person's values only in their own letter, every page naming them",
          "[ui][letters]")
{
    Practice p;
    const std::vector<std::string> ids{p.person("Smithson", "Mary", 1), p.person("Kowalski", "Ewa", 2),
                                       p.person("Okafor", "Grace", 3)};
    const std::vector<std::string> hba1c{"61", "66", "73"}; // not 58: the target reads "58 mmol/mol or less"
    for (std::size_t i = 0; i < ids.size(); ++i) {
        p.record(ids[i], "hba1c", hba1c[i], "mmol/mol", "12/10/2026");
        p.record(ids[i], "blood-pressure", i == 1 ? "152/91" : "128/76", "mmHg", "12/10/2026");
    }
    std::vector<ResultsLetterContent> contents;
    for (const auto& id : ids)
        contents.push_back(p.compose(id));

    testing::TempDir dir;
    const auto r = render(contents, dir, "batch.pdf");
    REQUIRE(r.output.firstPages.size() == 3);
    CHECK(r.output.firstPages[0] == 1);
    if (r.pages.isEmpty()) {
        WARN("pdftotext not installed: checked the page count from the writer only");
        return;
    }
    REQUIRE(r.pages.size() == r.output.pages);
    for (int page = 0; page < r.pages.size(); ++page) {
        // Whose letter is this page? Its footer must name that letter's person, and nobody else.
        std::size_t letter = 0;
        while (letter + 1 < r.output.firstPages.size() && r.output.firstPages[letter + 1] <= page + 1)
            ++letter;
        const int first = r.output.firstPages[letter] - 1;
        const int last = letter + 1 < r.output.firstPages.size() ? r.output.firstPages[letter + 1] - 2
                                                                 : static_cast<int>(r.pages.size()) - 1;
        const QString& text = r.pages[page];
        CHECK(text.contains(footerOf(contents[letter])));
        CHECK(text.contains(QString("Page %1 of %2").arg(page - first + 1).arg(last - first + 1)));
        if (page == first) // the address block
            CHECK(text.contains(q(contents[letter].person.name)));
        for (std::size_t other = 0; other < contents.size(); ++other) {
            if (other == letter)
                continue;
            CHECK_FALSE(text.contains(q(contents[other].person.bannerName)));
            CHECK_FALSE(text.contains(q(contents[other].person.name)));
            CHECK_FALSE(text.contains(q(contents[other].person.nhsNumberText)));
        }
        CHECK_FALSE(text.contains("{"));
    }
    // The HbA1c value with its unit reaches the right person's letter, and only theirs.
    for (std::size_t i = 0; i < contents.size(); ++i) {
        const int first = r.output.firstPages[i] - 1;
        const int end = i + 1 < contents.size() ? r.output.firstPages[i + 1] - 1 : static_cast<int>(r.pages.size());
        const QString letter = r.pages.mid(first, end - first).join("\n");
        CHECK(letter.contains(q(hba1c[i]) + " mmol/mol"));
        CHECK(letter.contains(q(contents[i].resultsHeading)));
        for (std::size_t other = 0; other < contents.size(); ++other)
            if (other != i)
                CHECK_FALSE(letter.contains(q(hba1c[other]) + " mmol/mol"));
    }
}

TEST_CASE("A value from before the 15-month window is only listed under not done yet", "[ui][letters]")
{
    Practice p;
    const auto id = p.person("Smithson", "Mary", 1);
    p.record(id, "hba1c", "62", "mmol/mol", "12/10/2026");
    p.record(id, "cholesterol", "6.7", "mmol/L", "23/07/2025"); // 16 months before 23-Nov-2026
    const auto c = p.compose(id);
    const auto cholesterol
        = std::find_if(c.rows.begin(), c.rows.end(), [](const auto& r) { return r.processId == "cholesterol"; });
    REQUIRE(cholesterol != c.rows.end());
    REQUIRE_FALSE(cholesterol->done);

    testing::TempDir dir;
    const auto r = render({c}, dir, "old.pdf");
    if (r.pages.isEmpty())
        return;
    const QString text = r.pages.join("\n");
    CHECK_FALSE(text.contains("6.7 mmol/L"));
    CHECK(text.contains("62 mmol/mol"));
    const auto results = text.indexOf(q(c.resultsHeading));
    const auto notDone = text.indexOf(q(c.notDoneHeading));
    REQUIRE(results >= 0);
    REQUIRE(notDone > results);
    // Cholesterol is named once, after the not done heading, with when it was last done.
    const QString name = q(cholesterol->plainName);
    CHECK(text.indexOf(name, results) > notDone);
    CHECK(text.contains("last done 23-Jul-2025"));
    CHECK(text.contains(q(cholesterol->notDoneAdvice).section(' ', 0, 5)));
}

TEST_CASE("Large print sets the letter at 16 pt or more and takes more pages", "[ui][letters]")
{
    Practice p;
    const auto id = p.person("Smithson", "Mary", 1);
    p.record(id, "hba1c", "62", "mmol/mol", "12/10/2026");
    p.record(id, "blood-pressure", "138/82", "mmHg", "12/10/2026");
    ResultsLetterComposer::Options standardOptions;
    standardOptions.largePrint = false;
    standardOptions.includePhq2Gad2 = true;
    auto largeOptions = standardOptions;
    largeOptions.largePrint = true;
    const auto standard = p.compose(id, standardOptions);
    const auto large = p.compose(id, largeOptions);
    REQUIRE(large.largePrint);

    QTextDocument standardDoc;
    ResultsLetterRenderer::fillDocument(standardDoc, standard);
    CHECK(standardDoc.defaultFont().pointSizeF() == Approx(11));
    QTextDocument largeDoc;
    ResultsLetterRenderer::fillDocument(largeDoc, large);
    CHECK(largeDoc.defaultFont().pointSizeF() >= 16);
    // Every run of text in the document is at least 16 pt.
    for (QTextBlock b = largeDoc.begin(); b.isValid(); b = b.next())
        for (auto it = b.begin(); !it.atEnd(); ++it)
            if (it.fragment().isValid() && !it.fragment().text().trimmed().isEmpty()) {
                const auto format = it.fragment().charFormat();
                const double size = format.hasProperty(QTextFormat::FontPointSize)
                    ? format.fontPointSize()
                    : largeDoc.defaultFont().pointSizeF();
                CHECK(size >= 16);
            }

    testing::TempDir dir;
    const auto s = render({standard}, dir, "standard.pdf");
    const auto l = render({large}, dir, "large.pdf");
    CHECK(l.output.pages > s.output.pages);
    for (const auto& page : l.pages)
        CHECK(page.contains(footerOf(large)));
}

TEST_CASE("A Bengali results letter prints Bengali text with the glyphs embedded", "[ui][letters]")
{
    Practice p;
    const auto id = p.person("Rahman", "Ayesha", 4);
    p.record(id, "hba1c", "60", "mmol/mol", "12/10/2026");
    ResultsLetterComposer::Options options;
    options.language = "bn";
    const auto c = p.compose(id, options);
    REQUIRE(c.language == "bn");
    QTextDocument doc;
    ResultsLetterRenderer::fillDocument(doc, c);
    CHECK(doc.defaultFont().families().value(0) == "Noto Sans Bengali");

    testing::TempDir dir;
    const auto r = render({c}, dir, "bengali.pdf");
    if (r.pages.isEmpty())
        return;
    const QString text = r.pages.join("\n");
    int bengali = 0;
    for (const QChar ch : text)
        if (ch.unicode() >= 0x0980 && ch.unicode() <= 0x09FF)
            ++bengali;
    CHECK(bengali > 200);
    CHECK(text.contains("60 mmol/mol"));
    // pdftotext gives shaped Bengali back in its own order, so the footer is checked by its
    // Latin parts; the English footer words must not be there.
    for (const auto& page : r.pages) {
        CHECK(page.contains(q(c.person.bannerName)));
        CHECK(page.contains(q(c.person.nhsNumberText)));
        CHECK(page.contains(QString("%1)").arg(r.pages.size())));
    }
    CHECK_FALSE(text.contains("NHS number"));
    CHECK_FALSE(text.contains("Page 1 of"));
}

TEST_CASE("A letter for a person with no results yet says so instead of an empty table", "[ui][letters]")
{
    Practice p;
    const auto id = p.person("Nowak", "Piotr", 5);
    const auto c = p.compose(id);
    REQUIRE(c.noResultsYet);
    testing::TempDir dir;
    const auto r = render({c}, dir, "none.pdf");
    if (r.pages.isEmpty())
        return;
    const QString text = r.pages.join("\n");
    CHECK(text.contains(q(c.noResultsText).section(' ', 0, 6)));
    CHECK_FALSE(text.contains(q(c.resultsHeading)));
    CHECK(text.contains(q(c.appointmentHeading)));
}

TEST_CASE("Results letters one file per person are named by family name and NHS number", "[ui][letters]")
{
    Practice p;
    const auto a = p.person("O'Brien", "Sean", 6);
    const auto b = p.person("Smithson", "Mary", 7);
    p.record(a, "hba1c", "55", "mmol/mol", "12/10/2026");
    testing::TempDir dir;
    const QString folder = q(dir.file("letters"));
    auto written = ResultsLetterRenderer::renderEach({p.compose(a), p.compose(b)}, folder);
    REQUIRE(written.ok());
    REQUIRE(written->size() == 2);
    CHECK(QFileInfo((*written)[0]).fileName() == q("OBRIEN-" + testing::testNhsNumber(6) + ".pdf"));
    CHECK(QFileInfo((*written)[1]).fileName() == q("SMITHSON-" + testing::testNhsNumber(7) + ".pdf"));
    for (const auto& path : *written)
        CHECK(QFile::exists(path));
    CHECK(QDir(folder).entryList(QDir::Files).size() == 2); // no temporary files left
}
