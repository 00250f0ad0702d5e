#include "core/exchange/SiteCard.h"
#include "tests/cli/CliHarness.h"
#include "tests/support/TempDatabase.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <sys/stat.h>

using namespace carehouse;
using carehouse::testing::readWholeFile;
using carehouse::testing::runInProcess;
using carehouse::testing::TempDatabase;
using carehouse::testing::TempDir;
using carehouse::testing::writeWholeFile;

namespace {

base::FixedClock g_clock{carehouse::testing::kTestNow};
constexpr const char* kPassphrase = "riverside demo keys";

std::map<std::string, std::string> env()
{
    return {{"CAREHOUSE_PASSWORD", TempDatabase::kPassword},
            {"CAREHOUSE_KEY_PASSPHRASE", kPassphrase},
            {"HOME", "/nonexistent"}};
}

testing::CliResult run(const TempDatabase& db, const std::string& user, std::vector<std::string> args,
                       std::map<std::string, std::string> environment = env())
{
    std::vector<std::string> words = {"--db", db.path(), "--user", user};
    words.insert(words.end(), args.begin(), args.end());
    return runInProcess(words, environment, g_clock);
}

// Site A writes its card; returns the path and the card as read back.
std::pair<std::string, exchange::SiteCard> cardOf(const TempDatabase& db, const TempDir& dir, const std::string& name)
{
    const std::string path = dir.file(name);
    auto r = run(db, "admin",
                 {"site", "card", "--out", path, "--organisation", "Riverside Surgery", "--ods-code", "F84001"});
    REQUIRE(r.exit == 0);
    auto card = exchange::SiteCard::parse(readWholeFile(path));
    REQUIRE(card.ok());
    CHECK_THAT(r.out, Catch::Contains(card->fingerprint.groups()));
    return {path, *card};
}

} // namespace

TEST_CASE("site card, then peer add on another database, peer list and peer revoke", "[cli][peers]")
{
    TempDatabase a(model::Role::Admin), b(model::Role::Admin);
    TempDir dir;
    auto [path, card] = cardOf(a, dir, "a.card.json");
    CHECK(card.organisationName == "Riverside Surgery");
    CHECK(card.odsCode == "F84001");
    CHECK(card.siteId == a.store().site().siteUuid);

    // A second card comes from the same keys: no new keys, the same fingerprint.
    auto again = run(a, "admin", {"site", "card", "--out", dir.file("again.json")});
    REQUIRE(again.exit == 0);
    CHECK_THAT(again.out, !Catch::Contains("Made this site's exchange keys"));
    CHECK(exchange::SiteCard::parse(readWholeFile(dir.file("again.json")))->fingerprint == card.fingerprint);

    auto added = run(b, "lead", {"peer", "add", path, "--fingerprint", card.fingerprint.groups()});
    INFO(added.err);
    REQUIRE(added.exit == 0);
    CHECK_THAT(added.out, Catch::Contains("Added Test Practice (Riverside Surgery, F84001) as a peer."));
    CHECK_THAT(added.out, Catch::Contains("Sharing: consented."));

    auto list = run(b, "admin", {"peer", "list"});
    REQUIRE(list.exit == 0);
    CHECK_THAT(list.out, Catch::Contains("Riverside Surgery (F84001)"));
    CHECK_THAT(list.out, Catch::Contains("active"));
    CHECK_THAT(list.out, Catch::Contains("never"));
    auto json = run(b, "admin", {"peer", "list", "--json"});
    REQUIRE(json.exit == 0);
    auto peers = nlohmann::json::parse(json.out);
    REQUIRE(peers.size() == 1);
    CHECK(peers[0]["siteId"] == card.siteId);
    CHECK(peers[0]["sharing"] == "consented");
    CHECK(peers[0]["status"] == "active");
    CHECK(peers[0]["lastSent"].is_null());

    auto revoked = run(b, "admin", {"peer", "revoke", "F84001", "--reason", "merged with another practice"});
    REQUIRE(revoked.exit == 0);
    CHECK_THAT(revoked.out, Catch::Contains("Revoked Test Practice"));
    peers = nlohmann::json::parse(run(b, "admin", {"peer", "list", "--json"}).out);
    CHECK(peers[0]["status"] == "revoked");
    CHECK(peers[0]["revokeReason"] == "merged with another practice");
    auto twice = run(b, "admin", {"peer", "revoke", card.siteId});
    CHECK(twice.exit == 10);
    CHECK_THAT(twice.err, Catch::Contains("already been revoked"));
    CHECK(*b.store().connection().scalarInt("SELECT count(*) FROM audit WHERE action IN ('add-peer', 'revoke-peer')")
          == 2);
}

TEST_CASE("peer add words each refusal for a person and adds nothing", "[cli][peers]")
{
    TempDatabase a(model::Role::Admin), b(model::Role::Admin);
    TempDir dir;
    auto [path, card] = cardOf(a, dir, "a.card.json");

    SECTION("a file that is not a site card")
    {
        writeWholeFile(dir.file("junk.json"), "Dear colleague, please find attached");
        auto r = run(b, "admin", {"peer", "add", dir.file("junk.json"), "--fingerprint", "AAAA"});
        CHECK(r.exit == 4);
        CHECK_THAT(r.err, Catch::Contains("is not a CareHouse site card"));
    }
    SECTION("a card altered after it was written")
    {
        auto json = nlohmann::json::parse(readWholeFile(path));
        json["fingerprint"] = std::string(64, 'a');
        writeWholeFile(dir.file("altered.json"), json.dump());
        auto r = run(b, "admin", {"peer", "add", dir.file("altered.json"), "--fingerprint", card.fingerprint.groups()});
        CHECK(r.exit == 4);
        CHECK_THAT(r.err, Catch::Contains("has been altered or damaged"));
    }
    SECTION("a fingerprint that is not the card's")
    {
        auto r = run(b, "admin", {"peer", "add", path, "--fingerprint", "AAAA BBBB CCCC DDDD EEEE FFFF GGGG HHHH"});
        CHECK(r.exit == 4);
        CHECK_THAT(r.err, Catch::Contains("is not the one on this card"));
    }
    SECTION("no fingerprint and no terminal to confirm it on")
    {
        auto r = run(b, "admin", {"peer", "add", path});
        CHECK(r.exit == 2);
        CHECK_THAT(r.err, Catch::Contains("its fingerprint has not been confirmed"));
    }
    SECTION("this site's own card")
    {
        auto r = run(a, "admin", {"peer", "add", path, "--fingerprint", card.fingerprint.groups()});
        CHECK(r.exit == 4);
        CHECK_THAT(r.err, Catch::Contains("a site cannot be its own peer"));
    }
    SECTION("a card file that is not there")
    {
        auto r = run(b, "admin", {"peer", "add", dir.file("missing.json"), "--fingerprint", "AAAA"});
        CHECK(r.exit == 3);
        CHECK_THAT(r.err, Catch::Contains("There is no site card at"));
    }
    SECTION("a sharing rule CareHouse does not know")
    {
        auto r = run(b, "admin", {"peer", "add", path, "--share", "everyone", "--fingerprint", "AAAA"});
        CHECK(r.exit == 2);
        CHECK_THAT(r.err, Catch::Contains("use consented, referred, all or list"));
    }
    SECTION("a nurse may not add peers")
    {
        auto r = run(b, "nurse", {"peer", "add", path, "--fingerprint", card.fingerprint.groups()});
        CHECK(r.exit == 5);
        CHECK_THAT(r.err, Catch::Contains("may not manage the site's exchange keys"));
    }
    CHECK(*b.store().connection().scalarInt("SELECT count(*) FROM peer") == 0);
    auto unknown = run(b, "admin", {"peer", "revoke", "nobody"});
    CHECK(unknown.exit == 3);
    CHECK_THAT(unknown.err, Catch::Contains("There is no peer 'nobody'"));
}

TEST_CASE("site rotate-keys needs the passphrase, and peers confirm the new keys with --replace-keys", "[cli][peers]")
{
    TempDatabase a(model::Role::Admin), b(model::Role::Admin);
    TempDir dir;
    auto [path, card] = cardOf(a, dir, "a.card.json");
    REQUIRE(run(b, "admin",
                {"peer", "add", path, "--share", "referred", "--service", "riverside-dsn, podiatry", "--fingerprint",
                 card.fingerprint.hex()})
                .exit
            == 0);

    auto wrongEnv = env();
    wrongEnv["CAREHOUSE_KEY_PASSPHRASE"] = "not the passphrase";
    auto wrong = run(a, "admin", {"site", "rotate-keys"}, wrongEnv);
    CHECK(wrong.exit == 9);
    CHECK_THAT(wrong.err, Catch::Contains("site key passphrase is wrong"));

    auto rotated = run(a, "lead", {"site", "rotate-keys"});
    REQUIRE(rotated.exit == 0);
    CHECK_THAT(rotated.out, Catch::Contains(card.fingerprint.groups()));
    auto [newPath, newCard] = cardOf(a, dir, "a2.card.json");
    CHECK_FALSE(newCard.fingerprint == card.fingerprint);

    auto unconfirmed = run(b, "admin", {"peer", "add", newPath, "--fingerprint", newCard.fingerprint.groups()});
    CHECK(unconfirmed.exit == 10);
    CHECK_THAT(unconfirmed.err, Catch::Contains("add --replace-keys"));
    auto replaced
        = run(b, "admin", {"peer", "add", newPath, "--fingerprint", newCard.fingerprint.groups(), "--replace-keys"});
    REQUIRE(replaced.exit == 0);
    CHECK_THAT(replaced.out, Catch::Contains("Replaced the keys of Test Practice"));
    CHECK_THAT(replaced.out, Catch::Contains("Sharing: referred to podiatry, riverside-dsn."));
    auto outdated = run(b, "admin", {"peer", "add", path, "--fingerprint", card.fingerprint.groups()});
    CHECK(outdated.exit == 10);
    CHECK_THAT(outdated.err, Catch::Contains("out of date"));
}

TEST_CASE("the site key passphrase comes from a private file, and a file others can read is refused", "[cli][peers]")
{
    TempDatabase a(model::Role::Admin);
    TempDir dir;
    const std::string file = dir.file("passphrase.txt");
    writeWholeFile(file, "a passphrase from a file\n");
    std::map<std::string, std::string> noPassphrase
        = {{"CAREHOUSE_PASSWORD", TempDatabase::kPassword}, {"HOME", "/nonexistent"}};
    chmod(file.c_str(), 0644);
    auto open
        = run(a, "admin", {"site", "card", "--out", dir.file("c.json"), "--key-passphrase-file", file}, noPassphrase);
    CHECK(open.exit == 4);
    CHECK_THAT(open.err, Catch::Contains("chmod 600"));
    chmod(file.c_str(), 0600);
    auto ok
        = run(a, "admin", {"site", "card", "--out", dir.file("c.json"), "--key-passphrase-file", file}, noPassphrase);
    REQUIRE(ok.exit == 0);
    CHECK_THAT(ok.out, Catch::Contains("Made this site's exchange keys"));
    // Rotating with the same file works; with none given and no terminal, the command says what to do.
    CHECK(run(a, "admin", {"site", "rotate-keys", "--key-passphrase-file", file}, noPassphrase).exit == 0);
    auto none = run(a, "admin", {"site", "rotate-keys"}, noPassphrase);
    CHECK(none.exit == 2);
    CHECK_THAT(none.err, Catch::Contains("CAREHOUSE_KEY_PASSPHRASE"));
}

TEST_CASE("site new-incarnation after a restore gives the site a new incarnation", "[cli][peers]")
{
    TempDatabase a(model::Role::Admin);
    const auto before = a.store().site().incarnation;
    auto r = run(a, "admin", {"site", "new-incarnation", "--reason", "restored Monday's backup", "--json"});
    REQUIRE(r.exit == 0);
    auto j = nlohmann::json::parse(r.out);
    CHECK(j["previous"] == before);
    CHECK(j["incarnation"] != before);
    CHECK(run(a, "reception", {"site", "new-incarnation"}).exit == 5);
}

TEST_CASE("init makes the site's exchange keys when a site key passphrase is given", "[cli][peers]")
{
    TempDir dir;
    const auto path = dir.file("keyed.carehouse");
    auto r = runInProcess({"--db", path, "init", "--site-name", "Keyed Surgery"}, env(), g_clock);
    REQUIRE(r.exit == 0);
    CHECK_THAT(r.out, Catch::Contains("Made this site's exchange keys"));
    auto shortEnv = env();
    shortEnv["CAREHOUSE_KEY_PASSPHRASE"] = "short";
    auto refused = runInProcess({"--db", dir.file("short.carehouse"), "init", "--site-name", "X"}, shortEnv, g_clock);
    CHECK(refused.exit == 4);
    CHECK_THAT(refused.err, Catch::Contains("passphrase is too short"));
    CHECK_FALSE(std::filesystem::exists(dir.file("short.carehouse")));
}
