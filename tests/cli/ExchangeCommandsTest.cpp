// exchange export / import / status and conflicts list / resolve, end to end between two
// databases set up through the CLI: site cards, peers, a person, files, conflicts.
#include "core/exchange/SiteCard.h"
#include "tests/cli/CliHarness.h"
#include "tests/support/TempDatabase.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <nlohmann/json.hpp>

using namespace carehouse;
using carehouse::testing::readWholeFile;
using carehouse::testing::TempDatabase;
using carehouse::testing::TempDir;
using carehouse::testing::writeWholeFile;

namespace {

constexpr const char* kPassphrase = "riverside exchange keys";
constexpr const char* kNhs = "9434765919";

std::map<std::string, std::string> env()
{
    return {{"CAREHOUSE_PASSWORD", TempDatabase::kPassword},
            {"CAREHOUSE_KEY_PASSPHRASE", kPassphrase},
            {"HOME", "/nonexistent"}};
}

bool contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

// Two sites that have exchanged cards and added each other as peers sharing everyone, through
// the CLI; a shared folder between them. The clock moves on between steps, as a day does.
struct TwoSites
{
    TempDatabase a{model::Role::Admin};
    TempDatabase b{model::Role::Admin};
    TempDir files;
    std::string shared;
    base::FixedClock clock{carehouse::testing::kTestNow};

    TwoSites()
    {
        shared = files.file("shared");
        std::filesystem::create_directory(shared);
        const auto cardA = card(a, "a.card.json", "F84001");
        const auto cardB = card(b, "b.card.json", "Y01234");
        REQUIRE(
            run(b, "admin", {"peer", "add", files.file("a.card.json"), "--share", "all", "--fingerprint", cardA}).exit
            == 0);
        REQUIRE(
            run(a, "admin", {"peer", "add", files.file("b.card.json"), "--share", "all", "--fingerprint", cardB}).exit
            == 0);
    }

    testing::CliResult run(TempDatabase& db, const std::string& user, std::vector<std::string> args,
                           std::map<std::string, std::string> environment = env())
    {
        std::vector<std::string> words = {"--db", db.path(), "--user", user};
        words.insert(words.end(), args.begin(), args.end());
        clock.advance(60'000);
        return testing::runInProcess(words, environment, clock);
    }

    std::string card(TempDatabase& db, const std::string& name, const std::string& ods)
    {
        auto r = run(db, "admin", {"site", "card", "--out", files.file(name), "--ods-code", ods});
        INFO(r.err);
        REQUIRE(r.exit == 0);
        auto parsed = exchange::SiteCard::parse(readWholeFile(files.file(name)));
        REQUIRE(parsed.ok());
        return parsed->fingerprint.groups();
    }

    std::string siteId(TempDatabase& db) { return db.store().site().siteUuid; }

    // exchange export from one site to the other; returns the file written.
    std::string send(TempDatabase& from, TempDatabase& to, const std::string& folder = {})
    {
        auto r
            = run(from, "nurse", {"exchange", "export", "--to", siteId(to), "--out", folder.empty() ? shared : folder});
        INFO(r.err);
        REQUIRE(r.exit == 0);
        const auto path = testing::firstLine(r.out);
        REQUIRE(std::filesystem::exists(path));
        return path;
    }

    testing::CliResult receive(TempDatabase& at, const std::vector<std::string>& paths)
    {
        std::vector<std::string> args = {"exchange", "import"};
        args.insert(args.end(), paths.begin(), paths.end());
        return run(at, "nurse", args);
    }

    nlohmann::json json(TempDatabase& db, std::vector<std::string> args)
    {
        args.push_back("--json");
        auto r = run(db, "nurse", args);
        INFO(r.err);
        REQUIRE(r.exit == 0);
        return nlohmann::json::parse(r.out);
    }

    std::string townAt(TempDatabase& db)
    {
        auto r = run(db, "nurse", {"patient", "show", kNhs, "--json"});
        INFO(r.err);
        REQUIRE(r.exit == 0);
        auto j = nlohmann::json::parse(r.out);
        return j["address"].is_object() ? j["address"].value("town", "") : std::string();
    }
};

std::int64_t journalCount(TempDatabase& db)
{
    return *db.store().connection().scalarInt("SELECT count(*) FROM journal");
}

void registerPerson(TwoSites& t)
{
    auto r = t.run(t.a, "admin",
                   {"patient", "add", "--family", "Nowak", "--given", "Lukasz", "--dob", "14/07/1945", "--nhs", kNhs,
                    "--town", "Leeds"});
    INFO(r.err);
    REQUIRE(r.exit == 0);
}

} // namespace

TEST_CASE("exchange export then import brings a person to the peer; status before and after; re-import "
          "already had",
          "[cli][exchange]")
{
    TwoSites t;
    registerPerson(t);

    auto before = t.json(t.a, {"exchange", "status"});
    REQUIRE(before.size() == 1);
    CHECK(before[0]["lastSent"].is_null());
    CHECK(before[0]["acknowledged"] == 0);
    CHECK(before[0]["pending"].get<int>() >= 1);
    const int held = before[0]["held"].get<int>();
    CHECK(held >= 1);
    auto text = t.run(t.a, "nurse", {"exchange", "status"});
    REQUIRE(text.exit == 0);
    CHECK(contains(text.out, "never"));
    CHECK(contains(text.out, "0 of " + std::to_string(held)));

    auto exported = t.run(t.a, "nurse", {"exchange", "export", "--to", "Y01234", "--out", t.shared});
    INFO(exported.err);
    REQUIRE(exported.exit == 0);
    const auto path = testing::firstLine(exported.out);
    CHECK(std::filesystem::exists(path));
    CHECK(contains(exported.out, "1 person"));

    auto imported = t.receive(t.b, {path});
    INFO(imported.err);
    REQUIRE(imported.exit == 0);
    CHECK(contains(imported.out, "from Test Practice"));
    CHECK(contains(imported.out, "0 already had"));
    CHECK_FALSE(contains(imported.out, " 0 changes applied"));
    CHECK(t.townAt(t.b) == "Leeds");

    auto again = t.receive(t.b, {path});
    REQUIRE(again.exit == 0);
    CHECK(contains(again.out, "0 changes applied"));
    CHECK_FALSE(contains(again.out, " 0 already had"));

    auto sent = t.json(t.a, {"exchange", "status"});
    CHECK_FALSE(sent[0]["lastSent"].is_null());
    auto atB = t.json(t.b, {"exchange", "status"});
    CHECK_FALSE(atB[0]["lastReceived"].is_null());

    // B's file back acknowledges what it got: A has nothing pending for B any more.
    const auto back = t.send(t.b, t.a);
    auto backIn = t.receive(t.a, {back});
    INFO(backIn.err);
    REQUIRE(backIn.exit == 0);
    auto after = t.json(t.a, {"exchange", "status"});
    CHECK(after[0]["pending"] == 0);
    CHECK(after[0]["acknowledged"] == after[0]["held"]);
    CHECK_FALSE(after[0]["lastReceived"].is_null());

    // A folder: every *.chx for this site, oldest first; files for other sites are left alone.
    auto folder = t.receive(t.b, {t.shared});
    INFO(folder.err);
    REQUIRE(folder.exit == 0);
    CHECK(contains(folder.out, "1 file: 1 applied, 0 skipped, 0 refused; 1 file for other sites left alone."));
    auto atA = t.receive(t.a, {t.shared});
    REQUIRE(atA.exit == 0);
    CHECK(contains(atA.out, "1 file for other sites left alone"));
}

TEST_CASE("exchange import refuses a tampered file in words, skips one still being copied, keeps a newer one",
          "[cli][exchange]")
{
    TwoSites t;
    registerPerson(t);
    const auto path = t.send(t.a, t.b);
    const auto bytes = readWholeFile(path);
    const auto before = journalCount(t.b);
    TempDir other;

    auto tampered = bytes;
    tampered[tampered.size() / 2] ^= 0x20;
    writeWholeFile(other.file("tampered.chx"), tampered);
    auto refused = t.receive(t.b, {other.file("tampered.chx")});
    CHECK(refused.exit == 4);
    CHECK(contains(refused.err, "tampered.chx: refused: This exchange file has been altered or damaged"));
    CHECK(contains(refused.err, "1 file was refused; nothing from it was applied."));
    CHECK(journalCount(t.b) == before);
    auto status = t.run(t.b, "nurse", {"exchange", "status"});
    CHECK(contains(status.out, "Last error with Test Practice"));
    CHECK(contains(status.out, "altered or damaged"));

    writeWholeFile(other.file("copying.chx"), bytes.substr(0, bytes.size() / 3));
    auto skipped = t.receive(t.b, {other.file("copying.chx")});
    CHECK(skipped.exit == 0);
    CHECK(contains(skipped.out, "copying.chx: skipped: still being copied, try again."));
    CHECK(journalCount(t.b) == before);

    auto newer = bytes;
    newer[8] = 2;
    writeWholeFile(other.file("newer.chx"), newer);
    auto upgrade = t.receive(t.b, {other.file("newer.chx")});
    CHECK(upgrade.exit == 4);
    CHECK(contains(upgrade.err, "newer.chx: refused:"));
    CHECK(contains(upgrade.err, "newer CareHouse"));
    CHECK(std::filesystem::exists(other.file("newer.chx")));

    // In one run: the good file applies, the partial one is skipped, a writer's temporary file
    // is not touched, and the run fails for the tampered one alone.
    writeWholeFile(other.file(".x.chx.0123456789abcdef.partial"), bytes.substr(0, 40));
    std::filesystem::copy_file(path, other.file("good.chx"));
    std::filesystem::remove(other.file("newer.chx"));
    auto mixed = t.receive(t.b, {other.path()});
    CHECK(mixed.exit == 4);
    CHECK(contains(mixed.out, "good.chx: from Test Practice"));
    CHECK(contains(mixed.out, "copying.chx: skipped"));
    CHECK(contains(mixed.err, "tampered.chx: refused"));
    CHECK(contains(mixed.out, "3 files: 1 applied, 1 skipped, 1 refused."));
    CHECK(journalCount(t.b) > before);
    CHECK(t.townAt(t.b) == "Leeds");
    CHECK(t.run(t.b, "nurse", {"verify"}).exit == 0);

    auto json = t.json(t.b, {"exchange", "import", other.file("copying.chx")});
    REQUIRE(json.size() == 1);
    CHECK(json[0]["status"] == "skipped");
    CHECK(json[0]["reason"] == "exchange-incomplete");
}

TEST_CASE("exchange export and import word each refusal and exit non-zero", "[cli][exchange]")
{
    TwoSites t;
    registerPerson(t);

    auto unknown = t.run(t.a, "nurse", {"exchange", "export", "--to", "nobody", "--out", t.shared});
    CHECK(unknown.exit == 3);
    CHECK(contains(unknown.err, "There is no peer 'nobody'"));

    auto noFolder = t.run(t.a, "nurse", {"exchange", "export", "--to", "Y01234", "--out", t.files.file("missing")});
    CHECK(noFolder.exit == 3);
    CHECK(contains(noFolder.err, "There is no folder"));

    auto wrongEnv = env();
    wrongEnv["CAREHOUSE_KEY_PASSPHRASE"] = "not the passphrase";
    auto wrong = t.run(t.a, "nurse", {"exchange", "export", "--to", "Y01234", "--out", t.shared}, wrongEnv);
    CHECK(wrong.exit == 9);
    CHECK(contains(wrong.err, "site key passphrase is wrong"));
    CHECK(std::filesystem::is_empty(t.shared));

    auto reception = t.run(t.a, "reception", {"exchange", "export", "--to", "Y01234", "--out", t.shared});
    CHECK(reception.exit == 5);

    const auto path = t.send(t.a, t.b);
    auto wrongAtB = t.run(t.b, "nurse", {"exchange", "import", path}, wrongEnv);
    CHECK(wrongAtB.exit == 9);
    CHECK(contains(wrongAtB.err, "site key passphrase is wrong"));

    auto missing = t.receive(t.b, {t.files.file("nothing-here.chx")});
    CHECK(missing.exit == 3);
    CHECK(contains(missing.err, "There is no file or folder"));

    // A's own file, given to A by name: its own key is no peer's.
    auto own = t.receive(t.a, {path});
    CHECK(own.exit == 5);
    CHECK(contains(own.err, "signed by a site that is not a peer"));

    REQUIRE(t.run(t.b, "admin", {"peer", "revoke", t.siteId(t.a), "--reason", "test"}).exit == 0);
    auto revokedOut = t.run(t.b, "nurse", {"exchange", "export", "--to", t.siteId(t.a), "--out", t.shared});
    CHECK(revokedOut.exit == 10);
    CHECK(contains(revokedOut.err, "has been revoked, so nothing is exported to it"));
    const auto late = t.send(t.a, t.b);
    auto revokedIn = t.receive(t.b, {late});
    CHECK(revokedIn.exit == 5);
    CHECK(contains(revokedIn.err, "signed by a revoked peer"));
}

TEST_CASE("concurrent edits at two sites are listed as a conflict at both, resolved at one, gone at both",
          "[cli][exchange]")
{
    TwoSites t;
    registerPerson(t);
    REQUIRE(t.receive(t.b, {t.send(t.a, t.b)}).exit == 0);
    REQUIRE(t.receive(t.a, {t.send(t.b, t.a)}).exit == 0);

    REQUIRE(t.run(t.a, "admin", {"patient", "edit", kNhs, "--town", "Bradford"}).exit == 0);
    REQUIRE(t.run(t.b, "admin", {"patient", "edit", kNhs, "--town", "York"}).exit == 0);
    const auto fromA = t.send(t.a, t.b);
    const auto fromB = t.send(t.b, t.a);
    auto inB = t.receive(t.b, {fromA});
    INFO(inB.err);
    REQUIRE(inB.exit == 0);
    CHECK(contains(inB.out, "1 conflict opened"));
    auto inA = t.receive(t.a, {fromB});
    REQUIRE(inA.exit == 0);
    CHECK(contains(inA.out, "1 conflict opened"));

    auto listA = t.json(t.a, {"conflicts", "list"});
    auto listB = t.json(t.b, {"conflicts", "list"});
    REQUIRE(listA.size() == 1);
    REQUIRE(listB.size() == 1);
    const auto recordId = listA[0]["recordId"].get<std::string>();
    CHECK(listB[0]["recordId"] == recordId);
    CHECK(listA[0]["kind"] == "concurrent-edits");
    CHECK(listA[0]["nhsNumber"] == "943 476 5919");
    CHECK(listA[0]["name"] == "NOWAK, Lukasz");
    REQUIRE(listA[0]["heads"].size() == 2);
    // Both sites show the same provisional winner.
    CHECK(listA[0]["heads"][0]["version"] == listB[0]["heads"][0]["version"]);
    const auto differing = listA[0]["differingFields"].get<std::vector<std::string>>();
    CHECK(std::find(differing.begin(), differing.end(), "town") != differing.end());
    std::string yorkVersion, bradfordVersion;
    for (const auto& h : listA[0]["heads"]) {
        if (h["fields"]["town"] == "York")
            yorkVersion = h["version"];
        if (h["fields"]["town"] == "Bradford")
            bradfordVersion = h["version"];
    }
    REQUIRE_FALSE(yorkVersion.empty());
    REQUIRE_FALSE(bradfordVersion.empty());

    auto text = t.run(t.b, "nurse", {"conflicts", "list"});
    REQUIRE(text.exit == 0);
    CHECK(contains(text.out, "NOWAK, Lukasz, NHS number 943 476 5919"));
    CHECK(contains(text.out, "concurrent edits"));
    CHECK(contains(text.out, "(shown now)"));
    CHECK(contains(text.out, "York"));
    CHECK(contains(text.out, "Bradford"));
    CHECK(contains(text.out, "conflicts resolve " + recordId + " --keep VERSION --seen "));
    CHECK(contains(text.out, "1 open conflict."));

    const auto seen = listA[0]["seen"].get<std::string>();
    auto notHead = t.run(t.a, "nurse", {"conflicts", "resolve", recordId, "--keep", "0000:1"});
    CHECK(notHead.exit == 10);
    CHECK(contains(notHead.err, "is not one of the versions in conflict"));
    auto noConflict = t.run(t.a, "nurse", {"conflicts", "resolve", "no-such-record", "--keep", yorkVersion});
    CHECK(noConflict.exit == 10);
    CHECK(contains(noConflict.err, "has no open conflict"));
    auto stale = t.run(t.a, "nurse", {"conflicts", "resolve", recordId, "--keep", yorkVersion, "--seen", yorkVersion});
    CHECK(stale.exit == 10);
    CHECK(contains(stale.err, "has arrived since the conflict was listed"));
    auto badVersion = t.run(t.a, "nurse", {"conflicts", "resolve", recordId, "--keep", "York"});
    CHECK(badVersion.exit == 2);

    auto resolved = t.run(t.a, "nurse", {"conflicts", "resolve", recordId, "--keep", yorkVersion, "--seen", seen});
    INFO(resolved.err);
    REQUIRE(resolved.exit == 0);
    CHECK(contains(resolved.out, "Resolved the conflict in the record of NOWAK, Lukasz (NHS number 943 476 5919)"));
    CHECK(contains(resolved.out, "kept version " + yorkVersion));
    CHECK(contains(t.run(t.a, "nurse", {"conflicts", "list"}).out, "No open conflicts."));
    CHECK(t.townAt(t.a) == "York");

    auto closed = t.receive(t.b, {t.send(t.a, t.b)});
    INFO(closed.err);
    REQUIRE(closed.exit == 0);
    CHECK(contains(closed.out, "1 conflict closed"));
    CHECK(contains(t.run(t.b, "nurse", {"conflicts", "list"}).out, "No open conflicts."));
    CHECK(t.townAt(t.b) == "York");
    REQUIRE(t.receive(t.a, {t.send(t.b, t.a)}).exit == 0);
    for (auto* db : {&t.a, &t.b}) {
        auto verify = t.run(*db, "admin", {"verify"});
        INFO(verify.out << verify.err);
        CHECK(verify.exit == 0);
    }
}

TEST_CASE("carehouse-cli exports and imports an exchange file as separate processes", "[cli][exchange][e2e]")
{
    TwoSites t;
    registerPerson(t);
    auto environment = env();
    environment["HOME"] = t.files.path();
    auto exported = testing::runBinary(
        t.files.path(),
        {"--db", t.a.path(), "--user", "nurse", "exchange", "export", "--to", "Y01234", "--out", t.shared},
        environment);
    INFO(exported.err);
    REQUIRE(exported.exit == 0);
    const auto path = testing::firstLine(exported.out);
    REQUIRE(std::filesystem::exists(path));
    auto imported = testing::runBinary(
        t.files.path(), {"--db", t.b.path(), "--user", "nurse", "exchange", "import", t.shared}, environment);
    INFO(imported.err);
    REQUIRE(imported.exit == 0);
    CHECK(contains(imported.out, "from Test Practice"));
    CHECK(t.townAt(t.b) == "Leeds");
    auto status = testing::runBinary(t.files.path(), {"--db", t.b.path(), "--user", "nurse", "exchange", "status"},
                                     environment);
    REQUIRE(status.exit == 0);
    CHECK(contains(status.out, "Test Practice"));
}

TEST_CASE("a person registered at both sites is listed as a possible duplicate, linked by a clinician, and the link "
          "reaches the peer",
          "[cli][exchange][duplicates]")
{
    TwoSites t;
    registerPerson(t);
    auto atB = t.run(t.b, "admin",
                     {"patient", "add", "--family", "Nowak-Smith", "--given", "Lukasz", "--dob", "14/07/1945", "--nhs",
                      kNhs, "--town", "Otley"});
    INFO(atB.err);
    REQUIRE(atB.exit == 0);

    auto imported = t.receive(t.b, {t.send(t.a, t.b)});
    INFO(imported.err);
    REQUIRE(imported.exit == 0);
    CHECK(contains(imported.out, "1 person arrived for whom another record here has the same NHS number"));

    auto listed = t.run(t.b, "nurse", {"duplicates", "list"});
    INFO(listed.err);
    REQUIRE(listed.exit == 0);
    CHECK(contains(listed.out, "NHS number 943 476 5919: 2 records, not linked"));
    CHECK(contains(listed.out, "NOWAK, Lukasz"));
    CHECK(contains(listed.out, "NOWAK-SMITH, Lukasz"));
    CHECK(contains(listed.out, "Otley"));
    CHECK(contains(listed.out, "duplicates link "));
    auto groups = t.json(t.b, {"duplicates", "list"});
    REQUIRE(groups.size() == 1);
    CHECK(groups[0]["linked"] == false);
    REQUIRE(groups[0]["records"].size() == 2);
    const std::string first = groups[0]["records"][0]["patientId"];
    const std::string second = groups[0]["records"][1]["patientId"];
    CHECK(groups[0]["records"][0]["registeredAt"] == "Test Practice");
    CHECK(groups[0]["records"][1]["registeredOn"] != "");

    // Reception may look but not decide; a record cannot be linked to itself.
    auto reception = t.run(t.b, "reception", {"duplicates", "link", first, second});
    CHECK(reception.exit != 0);
    auto self = t.run(t.b, "nurse", {"duplicates", "link", first, first});
    CHECK(self.exit != 0);
    CHECK(contains(self.err, "cannot be linked to itself"));

    auto linked = t.run(t.b, "nurse", {"duplicates", "link", first, second});
    INFO(linked.err);
    REQUIRE(linked.exit == 0);
    CHECK(contains(linked.out, "Linked: record " + second));
    CHECK(contains(t.run(t.b, "nurse", {"duplicates", "list"}).out, "No possible duplicates"));
    auto all = t.json(t.b, {"duplicates", "list", "--all"});
    REQUIRE(all.size() == 1);
    CHECK(all[0]["linked"] == true);
    CHECK(all[0]["mainId"] == first);

    // The link travels: A no longer offers the pair either.
    auto back = t.receive(t.a, {t.send(t.b, t.a)});
    INFO(back.err);
    REQUIRE(back.exit == 0);
    CHECK(t.json(t.a, {"duplicates", "list"}).empty());
    CHECK(t.json(t.a, {"duplicates", "list", "--all"}).size() == 1);

    auto undone = t.run(t.a, "nurse", {"duplicates", "unlink", second});
    INFO(undone.err);
    REQUIRE(undone.exit == 0);
    CHECK(t.json(t.a, {"duplicates", "list"}).size() == 1);
    auto twice = t.run(t.a, "nurse", {"duplicates", "unlink", second});
    CHECK(twice.exit != 0);
    CHECK(contains(twice.err, "is not linked to another record"));
}
