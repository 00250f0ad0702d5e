#include "core/letters/PracticeTemplates.h"
#include "core/recall/RecallBook.h"
#include "tests/ui/RecallTestSupport.h"
#include "ui/WorklistModel.h"
#include "ui/WorklistView.h"
#include "ui/print/LetterPdfWriter.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTableView>
#include <catch2/catch.hpp>

using namespace carehouse;
using carehouse::testing::child;
using recall::WorklistKind;

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
    for (auto& page : pages) // the layout's column spacing is not the point
        page = page.simplified();
    return pages;
}

struct Person
{
    QString addressName; // as the address block shows it
    QString footerName; // banner form, as the footer shows it
};

} // namespace

TEST_CASE("Printing invitation letters makes one PDF with one letter per person, then records the invitations",
          "[ui][recall][letters]")
{
    testing::TempDatabase db(model::Role::Nurse);
    REQUIRE(db.store().setSetting("practice.name", "Mill Road Surgery").ok() == false); // only an admin may
    db.loginAs(model::Role::Admin);
    REQUIRE(db.store().setSetting("practice.name", "Mill Road Surgery").ok());
    REQUIRE(db.store().setSetting("practice.phone", "020 7946 0000").ok());
    db.loginAs(model::Role::Nurse);
    testing::addRegisteredPerson(db.store(), "Kowalski", "Ewa", "Mrs", "03/05/1961", "9434765919", "5 Mill Lane");
    testing::addRegisteredPerson(db.store(), "Smithson", "Mary", "Ms", "05/11/1962", "9345678123", "12 Hidden Lane",
                                 true);
    testing::addRegisteredPerson(db.store(), "Okafor", "Grace", "", "01/02/1950", "4010232137", "");
    auto recent = testing::addRegisteredPerson(db.store(), "Nowak", "Piotr", "Mr", "03/03/1948", "9123456787");
    REQUIRE(recall::RecallBook(db.store())
                .invite(recent, model::Invitation::Method::Sms, *base::CivilDate::parseIso("2026-11-21"))
                .ok());
    db.loginAs(model::Role::Receptionist);

    ui::WorklistView view;
    view.setStore(&db.store());
    view.showList(WorklistKind::SurveillanceToBook);
    REQUIRE(view.visibleCount() == 4);
    // The list says a restricted record's address is withheld.
    auto* table = child<QTableView>(&view, "worklistTableView");
    QStringList postcodes;
    for (int r = 0; r < table->model()->rowCount(); ++r)
        postcodes << table->model()->index(r, ui::WorklistModel::Postcode).data().toString();
    CHECK(postcodes.contains("Withheld (restricted)"));

    testing::TempDir dir;
    const QString path = QString::fromStdString(dir.file("invitations.pdf"));
    auto outcome = view.printInvitationLetters(path);
    REQUIRE(outcome.ok());
    CHECK(outcome->printed == 2);
    CHECK(outcome->pages == 2);
    REQUIRE(outcome->skipped.size() == 2);
    CHECK(outcome->skipped.filter("NOWAK, Piotr (Mr): invited on 21-Nov-2026").size() == 1);
    CHECK(outcome->skipped.filter("OKAFOR, Grace: no address recorded").size() == 1);
    REQUIRE(QFile::exists(path));

    // Each printed person is now invited once; the skipped stay where they were.
    view.showList(WorklistKind::InvitedOnce);
    CHECK(view.visibleCount() == 3); // Kowalski and Smithson by letter, Nowak by SMS before

    const QStringList pages = pdfPages(path);
    if (pages.isEmpty()) {
        WARN("pdftotext not installed: checked the page count from the writer only");
        return;
    }
    REQUIRE(pages.size() == 2);
    const std::vector<Person> people{{"Mrs Ewa Kowalski", "KOWALSKI, Ewa (Mrs)"},
                                     {"Ms Mary Smithson", "SMITHSON, Mary (Ms)"}};
    for (const auto& page : pages) {
        // Whose letter is this page? Its footer and its address block must name the same person.
        int matches = 0;
        for (const auto& person : people) {
            const bool footer = page.contains(person.footerName + " · NHS number");
            const bool address = page.contains(person.addressName);
            CHECK(footer == address);
            matches += footer && address ? 1 : 0;
        }
        CHECK(matches == 1);
        CHECK(page.contains("Page 1 of 1"));
        CHECK(page.contains("Mill Road Surgery"));
        CHECK(page.contains("020 7946 0000"));
        CHECK_FALSE(page.contains("{"));
    }
    const QString mary = pages.filter("SMITHSON, Mary (Ms)").value(0);
    CHECK(mary.contains("Address withheld — hand to the patient"));
    CHECK_FALSE(mary.contains("Hidden Lane"));
    CHECK(pages.filter("5 Mill Lane").size() == 1);
}

TEST_CASE("A letter too long for one page runs on with the person's name and page numbers on every page",
          "[ui][letters]")
{
    letters::Letter letter;
    letter.recipientName = "Mr John Smith";
    letter.footerName = "SMITH, John (Mr)";
    letter.nhsNumber = "9434765919";
    letter.addressLines = {"1 High Street", "Riverside", "RV1 2AB"};
    letter.practiceName = "Riverside Medical Practice";
    letter.date = *base::CivilDate::parseIso("2026-11-23");
    for (int i = 0; i < 60; ++i)
        letter.body += "Paragraph " + std::to_string(i + 1) + " of a long letter that needs more than one page.\n\n";
    testing::TempDir dir;
    const QString path = QString::fromStdString(dir.file("long.pdf"));
    auto out = ui::LetterPdfWriter::write({letter, letter}, path);
    REQUIRE(out.ok());
    REQUIRE(out->firstPages.size() == 2);
    const int perLetter = out->firstPages[1] - 1;
    CHECK(perLetter >= 2);
    CHECK(out->pages == 2 * perLetter);

    const QStringList pages = pdfPages(path);
    if (pages.isEmpty())
        return;
    REQUIRE(pages.size() == out->pages);
    for (int i = 0; i < pages.size(); ++i) {
        CHECK(pages[i].contains("SMITH, John (Mr) · NHS number: 943 476 5919"));
        CHECK(pages[i].contains(QString("Page %1 of %2").arg(i % perLetter + 1).arg(perLetter)));
    }
    CHECK(pages[0].contains("Paragraph 1 "));
    CHECK(pages[perLetter - 1].contains("Paragraph 60 "));
}

TEST_CASE("Invitation letters printed from the worklist use the practice's own template", "[ui][recall][letters]")
{
    testing::TempDatabase db(model::Role::Nurse);
    testing::addRegisteredPerson(db.store(), "Kowalski", "Ewa", "Mrs", "03/05/1961", "9434765919", "5 Mill Lane");
    db.loginAs(model::Role::Admin);
    REQUIRE(letters::PracticeTemplates::save(db.store(), letters::LetterKind::Invitation, "en",
                                             "## Your review\n\nDear {person.salutation},\n\nOur own words: please "
                                             "phone {practice.phone} to book.\n")
                .ok());
    db.loginAs(model::Role::Receptionist);
    ui::WorklistView view;
    view.setStore(&db.store());
    view.showList(WorklistKind::SurveillanceToBook);
    testing::TempDir dir;
    const QString path = QString::fromStdString(dir.file("own.pdf"));
    auto outcome = view.printInvitationLetters(path);
    REQUIRE(outcome.ok());
    REQUIRE(outcome->printed == 1);
    const QStringList pages = pdfPages(path);
    REQUIRE(pages.size() == 1);
    CHECK(pages[0].contains("Our own words: please phone"));
    CHECK_FALSE(pages[0].contains("It is time for your yearly diabetes review"));
}
