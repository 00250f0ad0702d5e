// letters preview, letters batch and letters reprint: the real commands, run in-process on a
// temporary practice (and once as the built binary, on a machine with no display), with the
// PDFs they write read back through pdftotext.
#include "app/cli/LettersPrintCommand.h"
#include "core/letters/LetterLog.h"
#include "core/model/NhsNumber.h"
#include "core/recall/RecallBook.h"
#include "core/recall/Worklist.h"
#include "core/record/PatientRepository.h"
#include "core/surveillance/ObservationRecorder.h"
#include "tests/cli/CliHarness.h"
#include "tests/support/TempDatabase.h"
#include "tests/support/TestPeople.h"

#include <array>
#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <fmt/format.h>
#include <functional>
#include <nlohmann/json.hpp>

using namespace carehouse;
using carehouse::testing::pdfText;
using carehouse::testing::runInProcess;
using carehouse::testing::TempDatabase;
using carehouse::testing::TempDir;

namespace {

// Everyone added has had their surveillance appointment and an HbA1c back, so is on "letters to
// send" (2026-11-23 is today, TempDatabase's clock).
struct LettersPractice
{
    TempDatabase db{model::Role::Nurse};
    TempDir files;
    int people = 0;

    struct Person
    {
        std::string id;
        std::string given;
        std::string family;
        std::string nhs; // digits
        std::string banner() const { return fmt::format("{}, {}", upper(family), given); }
        std::string addressName() const { return given + " " + family; }
        std::string nhsText() const { return model::displayNhsNumber(nhs); }
        static std::string upper(std::string s)
        {
            for (auto& c : s)
                c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
            return s;
        }
    };

    Person add(const std::string& given, const std::string& family, int hba1c, const char* carePlanning = nullptr,
               bool address = true, bool restricted = false)
    {
        Person p{{}, given, family, testing::testNhsNumber(++people)};
        p.id = testing::addPersonWithDiabetes(db.store(), family, given, "1955-05-05", p.nhs, "2012-01-01");
        edit(p.id, [&](model::Patient& patient) {
            if (address) {
                patient.addressLine1 = std::to_string(people) + " Mill Road";
                patient.town = "London";
                patient.postcode = "E1 6AN";
            }
            patient.restricted = restricted;
        });
        observe(p.id, hba1c, "20/11/2026");
        model::Appointment a;
        a.patientId = p.id;
        a.date = *base::CivilDate::parseIso("2026-11-16");
        a.status = model::Appointment::Status::Attended;
        REQUIRE(recall::RecallBook(db.store()).book(a).ok());
        if (carePlanning) {
            model::Appointment cp;
            cp.patientId = p.id;
            cp.type = model::Appointment::Type::CarePlanning;
            cp.date = *base::CivilDate::parseIso(carePlanning);
            cp.minuteOfDay = 10 * 60;
            REQUIRE(recall::RecallBook(db.store()).book(cp).ok());
        }
        return p;
    }
    void observe(const std::string& id, int hba1c, const std::string& date)
    {
        surveillance::ObservationRecorder rec(db.store());
        auto v = rec.prepare(id, "hba1c", std::to_string(hba1c), "mmol/mol", date, false);
        REQUIRE(v.ok());
        REQUIRE(rec.record(*v).ok());
    }
    void edit(const std::string& id, const std::function<void(model::Patient&)>& change)
    {
        auto p = record::PatientRepository(db.store()).patient(id);
        REQUIRE(p.ok());
        auto patient = p->value;
        change(patient);
        record::ChangeSet cs("edit-patient", id);
        cs.addPatient(patient, p->headSeq);
        REQUIRE(db.store().commit(cs).ok());
    }

    testing::CliResult operator()(std::vector<std::string> args, bool errIsTerminal = false,
                                  const std::string& user = "nurse")
    {
        args.insert(args.begin(), {"--db", db.path(), "--user", user});
        auto r = runInProcess(args, {{"CAREHOUSE_PASSWORD", TempDatabase::kPassword}, {"HOME", "/nonexistent"}},
                              db.clock(), {}, errIsTerminal);
        // As CliApplication::main does after every command: the printing library is let go.
        cli::LettersPrintCommand::releaseGui();
        return r;
    }

    std::size_t logged(const std::string& id)
    {
        auto log = letters::LetterLog(db.store()).forPatient(id);
        REQUIRE(log.ok());
        return log->size();
    }
    std::size_t onLettersToSend()
    {
        auto rows = recall::WorklistReader(db.store()).list(recall::WorklistKind::LettersToSend);
        REQUIRE(rows.ok());
        return rows->size();
    }
    std::string file(const std::string& name) const { return files.file(name); }
};

int pdfPages(const std::string& path)
{
    std::string text = pdfText(path);
    int pages = 0;
    for (char c : text)
        pages += c == '\f';
    return pages;
}

bool contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

bool hasBengali(const std::string& utf8)
{
    // U+0980..U+09FF are E0 A6 80..E0 A7 BF in UTF-8.
    for (std::size_t i = 0; i + 1 < utf8.size(); ++i)
        if (static_cast<unsigned char>(utf8[i]) == 0xE0
            && (static_cast<unsigned char>(utf8[i + 1]) == 0xA6 || static_cast<unsigned char>(utf8[i + 1]) == 0xA7))
            return true;
    return false;
}

} // namespace

TEST_CASE("letters preview writes one person's results letter as a PDF and does not log it as sent", "[cli][letters]")
{
    LettersPractice cli;
    const auto amina = cli.add("Amina", "Adebayo", 52);
    const auto out = cli.file("amina.pdf");
    auto r = cli({"letters", "preview", amina.nhsText(), "--out", out});
    REQUIRE(r.exit == 0);
    CHECK(contains(r.out, "Wrote the results letter for " + amina.banner()));
    CHECK(contains(r.out, "not logged as sent"));
    const auto text = pdfText(out);
    CHECK(contains(text, amina.addressName()));
    CHECK(contains(text, amina.banner()));
    CHECK(contains(text, amina.nhsText())); // 3-3-4
    CHECK(contains(text, "52 mmol/mol"));
    CHECK(cli.logged(amina.id) == 0);
    CHECK(cli.onLettersToSend() == 1); // still waiting for their letter

    auto json = cli({"--json", "letters", "preview", amina.id, "--out", out});
    REQUIRE(json.exit == 0);
    auto j = nlohmann::json::parse(json.out);
    CHECK(j["loggedAsSent"] == false);
    CHECK(j["pages"].get<int>() == pdfPages(out));
    CHECK(j["language"] == "en");
}

TEST_CASE("letters preview prints in Bengali with --lang bn and at 16 pt with --large-print", "[cli][letters]")
{
    LettersPractice cli;
    const auto bilal = cli.add("Bilal", "Begum", 61);
    const auto standard = cli.file("standard.pdf"), bengali = cli.file("bn.pdf"), large = cli.file("large.pdf");
    REQUIRE(cli({"letters", "preview", bilal.id, "--out", standard}).exit == 0);
    CHECK_FALSE(hasBengali(pdfText(standard)));

    auto bn = cli({"--json", "letters", "preview", bilal.id, "--out", bengali, "--lang", "bn"});
    REQUIRE(bn.exit == 0);
    CHECK(nlohmann::json::parse(bn.out)["language"] == "bn");
    const auto bnText = pdfText(bengali);
    CHECK(hasBengali(bnText));
    CHECK(contains(bnText, bilal.nhsText()));
    CHECK(contains(bnText, "61 mmol/mol"));
    CHECK(cli({"letters", "preview", bilal.id, "--out", bengali, "--lang", "bn-GB"}).exit == 0);

    auto big = cli({"--json", "letters", "preview", bilal.id, "--out", large, "--large-print"});
    REQUIRE(big.exit == 0);
    CHECK(nlohmann::json::parse(big.out)["largePrint"] == true);
    CHECK(contains(pdfText(large), "61 mmol/mol"));
    // 16 pt instead of 11 pt: the same letter takes more pages.
    CHECK(pdfPages(large) > pdfPages(standard));
    CHECK(cli.logged(bilal.id) == 0);
}

TEST_CASE("letters preview of a restricted record prints it for handing over, with the address withheld",
          "[cli][letters]")
{
    LettersPractice cli;
    const auto hidden = cli.add("Hana", "Hidden", 60, nullptr, true, true);
    const auto out = cli.file("hidden.pdf");
    auto r = cli({"letters", "preview", hidden.id, "--out", out});
    REQUIRE(r.exit == 0);
    CHECK(contains(r.out, "restricted"));
    CHECK(contains(r.out, "never post it"));
    const auto text = pdfText(out);
    CHECK(contains(text, "Address withheld"));
    CHECK_FALSE(contains(text, "Mill Road"));
    CHECK(cli.logged(hidden.id) == 0);
}

TEST_CASE("letters batch prints one PDF in which every page belongs to the person its letter is addressed to",
          "[cli][letters][safety]")
{
    LettersPractice cli;
    const std::vector<LettersPractice::Person> posted
        = {cli.add("Amina", "Adebayo", 52), cli.add("Bilal", "Begum", 75), cli.add("Chloe", "Chowdhury", 64)};
    const auto hidden = cli.add("Hana", "Hidden", 60, nullptr, true, true);
    const auto nowhere = cli.add("Nia", "Nowhere", 70, nullptr, false);
    const auto out = cli.file("print-room.pdf");

    auto r = cli({"letters", "batch", "--worklist", "letters-to-send", "--out", out});
    REQUIRE(r.exit == 0);
    CHECK(contains(r.out, "Printed 3 results letters"));
    CHECK(contains(r.out, out));
    CHECK(contains(r.out, "logged as sent today (23-Nov-2026)"));
    CHECK(contains(r.out, "Left out (2 people):"));
    CHECK(contains(r.out, hidden.banner() + ", " + hidden.nhsText() + ": restricted record: never in a postal batch"));
    CHECK(contains(r.out, "letters preview " + hidden.nhs + " --out FILE.pdf') and hand it to them"));
    CHECK(contains(r.out, nowhere.banner() + ", " + nowhere.nhsText() + ": no address recorded"));

    // The safety check, page by page: a letter starts where an address block is, and every page
    // until the next one carries that person's name and NHS number in its footer and nothing of
    // anyone else's.
    const int pages = pdfPages(out);
    REQUIRE(pages >= 3);
    CHECK(contains(r.out, fmt::format("({} pages)", pages)));
    const LettersPractice::Person* current = nullptr;
    std::vector<std::string> started;
    for (int page = 1; page <= pages; ++page) {
        const auto text = pdfText(out, page);
        if (contains(text, "Page 1 of ")) {
            current = nullptr;
            for (const auto& p : posted)
                if (contains(text, p.addressName())) {
                    REQUIRE(current == nullptr); // one address block per first page
                    current = &p;
                }
            REQUIRE(current != nullptr);
            started.push_back(current->id);
        }
        INFO("page " << page);
        REQUIRE(current != nullptr);
        CHECK(contains(text, current->banner()));
        CHECK(contains(text, "NHS number: " + current->nhsText()));
        for (const auto& other : posted) {
            if (other.id == current->id)
                continue;
            CHECK_FALSE(contains(text, other.banner()));
            CHECK_FALSE(contains(text, other.nhsText()));
            CHECK_FALSE(contains(text, other.addressName()));
        }
        CHECK_FALSE(contains(text, hidden.nhsText()));
        CHECK_FALSE(contains(text, nowhere.nhsText()));
    }
    CHECK(started.size() == 3);

    // Each printed letter is logged; the people left out are not, and stay on the list.
    for (const auto& p : posted)
        CHECK(cli.logged(p.id) == 1);
    CHECK(cli.logged(hidden.id) == 0);
    CHECK(cli.logged(nowhere.id) == 0);
    CHECK(cli.onLettersToSend() == 2);

    // A second batch has no one left to post to.
    const auto again = cli.file("again.pdf");
    auto second = cli({"letters", "batch", "--worklist", "letters-to-send", "--out", again});
    REQUIRE(second.exit == 0);
    CHECK(contains(second.out, "No results letters are printed: everyone on 'letters-to-send' is left out"));
    CHECK_FALSE(std::filesystem::exists(again));
    for (const auto& p : posted)
        CHECK(cli.logged(p.id) == 1);
}

TEST_CASE("letters batch --json gives each letter's first page and its id in the letters log", "[cli][letters]")
{
    LettersPractice cli;
    const auto amina = cli.add("Amina", "Adebayo", 52);
    const auto bilal = cli.add("Bilal", "Begum", 75);
    const auto out = cli.file("batch.pdf");
    auto r = cli({"--json", "letters", "batch", "--worklist", "letters-to-send", "--out", out});
    REQUIRE(r.exit == 0);
    auto j = nlohmann::json::parse(r.out);
    CHECK(j["letters"] == 2);
    CHECK(j["loggedAsSent"] == true);
    CHECK(j["file"] == out);
    REQUIRE(j["printed"].size() == 2);
    CHECK(j["printed"][0]["firstPage"] == 1);
    CHECK(j["printed"][1]["firstPage"].get<int>() > 1);
    CHECK(j["pages"].get<int>() == pdfPages(out));
    for (const auto& p : j["printed"]) {
        auto log = letters::LetterLog(cli.db.store()).forPatient(p["patientId"].get<std::string>());
        REQUIRE(log.ok());
        REQUIRE(log->size() == 1);
        CHECK((*log)[0].id == p["sentLetterId"]);
        CHECK_FALSE((*log)[0].batchId.empty());
    }
    (void)amina;
    (void)bilal;
}

TEST_CASE("letters batch to a folder writes one PDF per person, each of that person only", "[cli][letters]")
{
    LettersPractice cli;
    const std::vector<LettersPractice::Person> posted
        = {cli.add("Amina", "Adebayo", 52), cli.add("Bilal", "Begum", 75)};
    const auto folder = cli.file("letters");
    auto r = cli({"letters", "batch", "--worklist", "letters-to-send", "--out", folder});
    REQUIRE(r.exit == 0);
    CHECK(contains(r.out, "Printed 2 results letters"));
    CHECK(contains(r.out, "one PDF per person"));
    std::size_t files = 0;
    for (const auto& entry : std::filesystem::directory_iterator(folder)) {
        (void)entry;
        ++files;
    }
    CHECK(files == 2);
    for (const auto& p : posted) {
        const auto path = folder + "/" + LettersPractice::Person::upper(p.family) + "-" + p.nhs + ".pdf";
        REQUIRE(std::filesystem::exists(path));
        const auto text = pdfText(path);
        CHECK(contains(text, p.banner()));
        for (const auto& other : posted)
            if (other.id != p.id)
                CHECK_FALSE(contains(text, other.nhsText()));
        CHECK(cli.logged(p.id) == 1);
    }
}

TEST_CASE("letters batch --from and --to pick the people by the date of their care planning consultation",
          "[cli][letters]")
{
    LettersPractice cli;
    const auto early = cli.add("Erin", "Early", 50, "2026-12-07");
    const auto inside = cli.add("Ivan", "Inside", 51, "2026-12-09");
    const auto last = cli.add("Lena", "Last", 52, "2026-12-11");
    const auto later = cli.add("Liam", "Later", 53, "2026-12-14");
    const auto unbooked = cli.add("Uma", "Unbooked", 54);
    const auto out = cli.file("week.pdf");
    auto r = cli({"--json", "letters", "batch", "--worklist", "letters-to-send", "--from", "2026-12-08", "--to",
                  "2026-12-11", "--out", out});
    REQUIRE(r.exit == 0);
    auto j = nlohmann::json::parse(r.out);
    REQUIRE(j["printed"].size() == 2);
    for (const auto& p : j["printed"])
        CHECK((p["patientId"] == inside.id || p["patientId"] == last.id));
    CHECK(cli.logged(inside.id) == 1);
    CHECK(cli.logged(last.id) == 1);
    for (const auto* p : {&early, &later, &unbooked})
        CHECK(cli.logged(p->id) == 0);
    const auto text = pdfText(out);
    CHECK(contains(text, inside.banner()));
    CHECK_FALSE(contains(text, early.banner()));

    // Day-first dates work too, and the summary says which consultations were meant.
    auto dry = cli({"letters", "batch", "--worklist", "letters-to-send", "--from", "07/12/2026", "--to", "07-Dec-2026",
                    "--dry-run"});
    REQUIRE(dry.exit == 0);
    CHECK(contains(dry.out,
                   "Would print 1 results letter with a care planning consultation from 07-Dec-2026 to "
                   "07-Dec-2026"));
    CHECK(contains(dry.out, early.banner()));
}

TEST_CASE("letters batch --dry-run lists who would be printed and who left out, and writes and logs nothing",
          "[cli][letters]")
{
    LettersPractice cli;
    const auto amina = cli.add("Amina", "Adebayo", 52, "2026-12-09");
    const auto hidden = cli.add("Hana", "Hidden", 60, nullptr, true, true);
    const auto nowhere = cli.add("Nia", "Nowhere", 70, nullptr, false);
    const auto out = cli.file("not-written.pdf");
    auto r = cli({"letters", "batch", "--worklist", "letters-to-send", "--out", out, "--dry-run"});
    REQUIRE(r.exit == 0);
    CHECK(contains(r.out, "Would print 1 results letter:"));
    CHECK(contains(r.out, amina.banner()));
    CHECK(contains(r.out, "09-Dec-2026"));
    CHECK(contains(r.out, "Would leave out (2 people):"));
    CHECK(contains(r.out, hidden.banner() + ", " + hidden.nhsText() + ": restricted record"));
    CHECK(contains(r.out, nowhere.banner() + ", " + nowhere.nhsText() + ": no address recorded"));
    CHECK(contains(r.out, "Nothing was written or logged as sent (--dry-run)."));
    CHECK_FALSE(std::filesystem::exists(out));
    CHECK(cli.logged(amina.id) == 0);
    CHECK(cli.onLettersToSend() == 3);

    // --out is not needed to look.
    auto j = cli({"--json", "letters", "batch", "--worklist", "letters-to-send", "--dry-run"});
    REQUIRE(j.exit == 0);
    auto parsed = nlohmann::json::parse(j.out);
    CHECK(parsed["wouldPrint"].size() == 1);
    CHECK(parsed["leftOut"].size() == 2);
    CHECK(parsed["leftOut"][0]["reason"] == "restricted");
    CHECK(parsed["leftOut"][1]["reason"] == "no-address");
}

TEST_CASE("letters batch shows its progress on one updating line when stderr is a terminal", "[cli][letters]")
{
    LettersPractice cli;
    cli.add("Amina", "Adebayo", 52);
    cli.add("Bilal", "Begum", 75);
    auto quiet = cli({"letters", "batch", "--worklist", "letters-to-send", "--out", cli.file("a.pdf"), "--dry-run"});
    CHECK(quiet.err.empty());
    auto r = cli({"letters", "batch", "--worklist", "letters-to-send", "--out", cli.file("b.pdf")}, true);
    REQUIRE(r.exit == 0);
    CHECK(r.err == "\rPrinted 1 of 2 letters\rPrinted 2 of 2 letters\n");
    CHECK(cli::LettersPrintCommand::grouped(120) == "120");
    CHECK(cli::LettersPrintCommand::grouped(1000) == "1,000");
    CHECK(cli::LettersPrintCommand::grouped(1234567) == "1,234,567");
}

TEST_CASE("letters reprint prints the letter exactly as it was sent, whatever changed in the record since",
          "[cli][letters]")
{
    LettersPractice cli;
    const auto amina = cli.add("Amina", "Adebayo", 52);
    const auto bilal = cli.add("Bilal", "Begum", 75);
    const auto out = cli.file("batch.pdf");
    auto r = cli({"--json", "letters", "batch", "--worklist", "letters-to-send", "--out", out});
    REQUIRE(r.exit == 0);
    auto j = nlohmann::json::parse(r.out);
    REQUIRE(j["printed"].size() == 2);
    REQUIRE(j["printed"][1]["patientId"] == bilal.id);
    const int first = j["printed"][1]["firstPage"];
    const int last = j["pages"];
    const std::string letterId = j["printed"][1]["sentLetterId"];
    const auto sent = pdfText(out, first, last);
    REQUIRE(contains(sent, "75 mmol/mol"));

    // The record moves on: a new HbA1c and a new address.
    cli.observe(bilal.id, 48, "22/11/2026");
    cli.edit(bilal.id, [](model::Patient& p) { p.addressLine1 = "9 New Street"; });

    // letters log shows the id to re-print by.
    auto log = cli({"letters", "log", bilal.nhsText()});
    REQUIRE(log.exit == 0);
    CHECK(contains(log.out, "Id"));
    CHECK(contains(log.out, letterId));
    CHECK(contains(log.out, "letters reprint LETTER_ID --out FILE.pdf"));
    auto logJson = nlohmann::json::parse(cli({"--json", "letters", "log", bilal.id}).out);
    CHECK(logJson[0]["id"] == letterId);
    CHECK(logJson[0]["reprintable"] == true);

    const auto again = cli.file("again.pdf");
    auto reprint = cli({"letters", "reprint", letterId, "--out", again});
    REQUIRE(reprint.exit == 0);
    CHECK(contains(reprint.out, "exactly as it was sent"));
    CHECK(contains(reprint.out, bilal.banner()));
    const auto text = pdfText(again);
    CHECK(text == sent);
    CHECK(contains(text, "75 mmol/mol"));
    CHECK_FALSE(contains(text, "48 mmol/mol"));
    CHECK_FALSE(contains(text, "9 New Street"));
    CHECK(cli.logged(bilal.id) == 1); // a re-print is not another letter sent
    (void)amina;

    auto missing = cli({"letters", "reprint", "no-such-letter", "--out", again});
    CHECK(missing.exit == 3);
    CHECK(contains(missing.err, "letters log PATIENT"));
}

TEST_CASE("letters commands word their refusals for the user and end with the named exit codes", "[cli][letters]")
{
    LettersPractice cli;
    const auto amina = cli.add("Amina", "Adebayo", 52);
    const auto out = cli.file("x.pdf");

    auto worklist = cli({"letters", "batch", "--worklist", "due", "--out", out});
    CHECK(worklist.exit == 2);
    CHECK(contains(worklist.err, "'letters-to-send' worklist only"));
    CHECK(cli({"letters", "batch", "--out", out}).exit == 2); // --worklist is required

    auto date = cli({"letters", "batch", "--worklist", "letters-to-send", "--out", out, "--from", "2026-13-01"});
    CHECK(date.exit == 4);
    CHECK(contains(date.err, "--from '2026-13-01' is not a date"));
    auto order = cli({"letters", "batch", "--worklist", "letters-to-send", "--out", out, "--from", "2026-12-11", "--to",
                      "2026-12-07"});
    CHECK(order.exit == 4);
    CHECK(contains(order.err, "--from 11-Dec-2026 is after --to 07-Dec-2026"));

    auto language = cli({"letters", "preview", amina.id, "--out", out, "--lang", "fr"});
    CHECK(language.exit == 2);
    CHECK(contains(language.err, "There is no results letter in 'fr'"));
    CHECK(contains(language.err, "bn ("));
    CHECK(contains(language.err, "en (English)"));
    CHECK(cli({"letters", "batch", "--worklist", "letters-to-send", "--out", out, "--lang", "xx"}).exit == 2);

    auto notPdf = cli({"letters", "preview", amina.id, "--out", cli.file("letter.txt")});
    CHECK(notPdf.exit == 2);
    CHECK(contains(notPdf.err, "ending in .pdf"));
    auto noFolder = cli({"letters", "preview", amina.id, "--out", "/nonexistent/folder/x.pdf"});
    CHECK(noFolder.exit == 8);
    CHECK(contains(noFolder.err, "The folder '/nonexistent/folder' does not exist"));
    auto unwritable = cli({"letters", "batch", "--worklist", "letters-to-send", "--out", "/proc/letters.pdf"});
    INFO(unwritable.out << unwritable.err);
    CHECK(unwritable.exit == 8);
    CHECK(contains(unwritable.err, "could not be written to '/proc/letters.pdf'"));
    CHECK(contains(unwritable.err, "Nothing was logged as sent"));
    CHECK(cli({"letters", "batch", "--worklist", "letters-to-send", "--out", "/proc/letters"}).exit == 8);
    testing::writeWholeFile(cli.file("plain-file"), "x");
    CHECK(cli({"letters", "batch", "--worklist", "letters-to-send", "--out", cli.file("plain-file")}).exit == 8);
    CHECK(cli({"letters", "batch", "--worklist", "letters-to-send"}).exit == 2); // where to?
    CHECK(cli.logged(amina.id) == 0); // no failed run logged anything
    CHECK(cli.onLettersToSend() == 1);

    auto nobody = cli({"letters", "preview", "9999999999", "--out", out});
    CHECK(nobody.exit == 3);
    // Reception prepares the letters too.
    CHECK(cli({"letters", "preview", amina.id, "--out", out}, false, "reception").exit == 0);
    CHECK(cli.logged(amina.id) == 0);
}

TEST_CASE("carehouse-cli prints a results letter on a machine with no display", "[cli][letters][e2e]")
{
    LettersPractice cli;
    const auto amina = cli.add("Amina", "Adebayo", 52);
    const auto out = cli.file("headless.pdf");
    // No QT_QPA_PLATFORM and no DISPLAY: the command chooses the offscreen platform itself.
    auto r = testing::runBinary(
        cli.files.path(), {"--db", cli.db.path(), "--user", "nurse", "letters", "preview", amina.id, "--out", out},
        {{"CAREHOUSE_PASSWORD", TempDatabase::kPassword}, {"HOME", cli.files.path()}});
    INFO(r.err);
    REQUIRE(r.exit == 0);
    CHECK(r.err.empty());
    CHECK(contains(r.out, "not logged as sent"));
    CHECK(contains(pdfText(out), amina.banner()));

    // The other commands never start the printing library.
    auto help = testing::runBinary(cli.files.path(), {"letters", "batch", "--help"}, {{"HOME", cli.files.path()}});
    CHECK(help.exit == 0);
    CHECK(contains(help.out, "--worklist NAME"));
}
