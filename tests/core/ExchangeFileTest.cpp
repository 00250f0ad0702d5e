// Two sites exchanging records through exchange files (issue 7 §3): keys, peers, export, import.
#include "core/exchange/ExchangeError.h"
#include "core/exchange/ExchangeExport.h"
#include "core/exchange/ExchangeImport.h"
#include "core/exchange/PeerDirectory.h"
#include "core/exchange/SiteKeyStore.h"
#include "core/record/IntegrityCheck.h"
#include "core/record/PossibleDuplicates.h"
#include "tests/support/KeyedSite.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

using namespace carehouse;

namespace {

constexpr const char* kPassphrase = testing::kKeyPassphrase;
using testing::KeyedSite;

struct TwoSites
{
    KeyedSite practice{"Riverside Medical Practice"};
    KeyedSite community{"Riverside Community Diabetes Team"};
    testing::TempDir shared;
    TwoSites()
    {
        practice.addPeer(community);
        community.addPeer(practice);
    }
    exchange::ExchangeExport::Written send(KeyedSite& from, KeyedSite& to)
    {
        auto w = exchange::ExchangeExport(from.store()).toPeer(to.uuid(), shared.path(), kPassphrase);
        INFO((w.ok() ? "" : w.error().describe()));
        REQUIRE(w.ok());
        return *w;
    }
    base::Result<exchange::ExchangeImport::Applied> receive(KeyedSite& at, const std::string& path)
    {
        return exchange::ExchangeImport(at.store()).file(path, kPassphrase);
    }
};

std::string readAll(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

void writeAll(const std::string& path, const std::string& bytes)
{
    std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
}

std::int64_t journalCount(testing::SyncSite& s)
{
    return *s.store().connection().scalarInt("SELECT count(*) FROM journal");
}

} // namespace

TEST_CASE("A person registered at the practice reaches the community team through one exchange file, and back",
          "[exchange][file]")
{
    TwoSites t;
    const auto person = testing::registerPerson(t.practice.site(), 1);
    const auto out = t.send(t.practice, t.community);
    CHECK(std::filesystem::exists(out.path));
    CHECK(out.versions >= 1);
    CHECK(out.people == 1);
    // Nothing but the published file is left in the folder (no temporary files).
    CHECK(std::distance(std::filesystem::directory_iterator(t.shared.path()), {}) == 1);

    auto in = t.receive(t.community, out.path);
    INFO((in.ok() ? "" : in.error().describe()));
    REQUIRE(in.ok());
    CHECK(in->fromSiteId == t.practice.site().uuid());
    CHECK(in->report.applied == out.versions);
    CHECK(testing::townOf(t.community.site(), person) == testing::townOf(t.practice.site(), person));

    // The same file again, or late: nothing changes.
    auto again = t.receive(t.community, out.path);
    REQUIRE(again.ok());
    CHECK(again->report.applied == 0);
    CHECK(again->report.alreadyHeld == out.versions);

    // The community team's change goes back, and their file acknowledges what they got.
    REQUIRE(testing::moveTo(t.community.site(), person, "Mill Road").ok());
    const auto back = t.send(t.community, t.practice);
    CHECK(back.versions == 1);
    REQUIRE(t.receive(t.practice, back.path).ok());
    CHECK(testing::townOf(t.practice.site(), person) == "Mill Road");
    // The practice now knows the team holds everything it sent: the next file carries nothing.
    CHECK(t.send(t.practice, t.community).versions == 0);
    for (auto* s : {&t.practice.site(), &t.community.site()}) {
        auto check = record::IntegrityCheck(s->store()).run();
        REQUIRE(check.ok());
        CHECK(check->ok());
    }
}

TEST_CASE("A damaged, truncated, misaddressed or unknown file is refused with its reason and the record untouched",
          "[exchange][file]")
{
    TwoSites t;
    (void)testing::registerPerson(t.practice.site(), 2);
    const auto out = t.send(t.practice, t.community);
    const auto bytes = readAll(out.path);
    const auto before = journalCount(t.community.site());
    auto reasonOf = [&](const std::string& fileBytes) {
        const auto path = t.shared.file("broken.chx");
        writeAll(path, fileBytes);
        auto r = t.receive(t.community, path);
        REQUIRE_FALSE(r.ok());
        CHECK(journalCount(t.community.site()) == before);
        auto reason = exchange::exchangeErrorOf(r.error());
        REQUIRE(reason);
        return *reason;
    };
    auto flipped = bytes;
    flipped[flipped.size() / 2] ^= 0x20;
    CHECK(reasonOf(flipped) == exchange::ExchangeError::BadSignature);
    CHECK(reasonOf(bytes.substr(0, bytes.size() - 10)) == exchange::ExchangeError::Incomplete);
    CHECK(exchange::isRetryable(exchange::ExchangeError::Incomplete));
    CHECK(reasonOf(bytes + "extra") == exchange::ExchangeError::TrailingBytes);

    // A third site the community team never added: unknown signer; a file for someone else.
    KeyedSite stranger("Somewhere Else");
    stranger.addPeer(t.practice);
    t.practice.addPeer(stranger);
    const auto strangers = exchange::ExchangeExport(stranger.site().store())
                               .toPeer(t.practice.site().uuid(), t.shared.path(), kPassphrase);
    REQUIRE(strangers.ok());
    CHECK(reasonOf(readAll(strangers->path)) == exchange::ExchangeError::UnknownSigner);
    const auto forStranger = t.send(t.practice, stranger);
    CHECK(reasonOf(readAll(forStranger.path)) == exchange::ExchangeError::NotForThisSite);

    // A revoked peer's later files are refused; the wrong passphrase opens nothing.
    t.community.asAdmin([&] {
        REQUIRE(exchange::PeerDirectory(t.community.site().store()).revoke(t.practice.site().uuid(), "test").ok());
    });
    t.practice.site().clock().advance(60'000);
    const auto afterRevoke = t.send(t.practice, t.community);
    CHECK(reasonOf(readAll(afterRevoke.path)) == exchange::ExchangeError::RevokedSigner);
    // Every refusal is in the audit trail with the file and the reason; a file still being copied is not.
    auto& c = t.community.site().store().connection();
    CHECK(*c.scalarInt("SELECT count(*) FROM audit WHERE action = 'refuse-exchange-file'") == 5);
    CHECK(*c.scalarInt("SELECT count(*) FROM audit WHERE action = 'refuse-exchange-file' AND detail LIKE "
                       "'%broken.chx%' AND detail LIKE '%bad-signature%'")
          == 1);
    auto wrongKey = exchange::ExchangeImport(t.community.site().store()).file(out.path, "not the passphrase");
    REQUIRE_FALSE(wrongKey.ok());
    CHECK(wrongKey.error().code == base::ErrorCode::BadCredentials);
    auto check = record::IntegrityCheck(t.community.site().store()).run();
    REQUIRE(check.ok());
    CHECK(check->ok());
}

TEST_CASE("An export carries only the people the peer's sharing rule allows, and stops at a withdrawal",
          "[exchange][file]")
{
    KeyedSite practice("Riverside Medical Practice");
    KeyedSite clinic("Riverside Hospital Diabetes Clinic");
    practice.addPeer(clinic, exchange::SharingScope::Consented);
    clinic.addPeer(practice);
    testing::TempDir shared;
    auto registered = [&](int n, const char* consent) {
        record::PatientDraft d;
        d.familyName = "Adeyemi";
        d.givenName = "Person" + std::to_string(n);
        d.birthDate = "1958-03-0" + std::to_string(n);
        d.nhsNumber = testing::testNhsNumber(n);
        d.gender = "male";
        d.sharingConsent = consent;
        auto id = record::PatientRegistration(practice.site().store()).registerPatient(d);
        REQUIRE(id.ok());
        return *id;
    };
    const auto agreed = registered(3, "shared-care-team");
    const auto notAsked = registered(4, "not-recorded");
    auto out
        = exchange::ExchangeExport(practice.site().store()).toPeer(clinic.site().uuid(), shared.path(), kPassphrase);
    REQUIRE(out.ok());
    CHECK(out->people == 1);
    CHECK(out->withheld >= 1);
    REQUIRE(exchange::ExchangeImport(clinic.site().store()).file(out->path, kPassphrase).ok());
    CHECK(record::PatientRepository(clinic.site().store()).patient(agreed).ok());
    CHECK_FALSE(record::PatientRepository(clinic.site().store()).patient(notAsked).ok());

    // Consent withdrawn: their later change never leaves the practice.
    auto p = record::PatientRepository(practice.site().store()).patient(agreed);
    REQUIRE(p.ok());
    auto draft = record::PatientRegistration::draftFrom(p->value);
    draft.sharingConsent = "withdrawn";
    draft.town = "Elsewhere";
    REQUIRE(record::PatientRegistration(practice.site().store()).update(agreed, draft, p->headSeq).ok());
    practice.site().clock().advance(1000);
    auto later
        = exchange::ExchangeExport(practice.site().store()).toPeer(clinic.site().uuid(), shared.path(), kPassphrase);
    REQUIRE(later.ok());
    CHECK(later->versions == 0);
    REQUIRE(exchange::ExchangeImport(clinic.site().store()).file(later->path, kPassphrase).ok());
    CHECK(testing::townOf(clinic.site(), agreed) != "Elsewhere");
}

TEST_CASE("A person registered at both sites arrives as a possible duplicate to link, never merged", "[exchange][file]")
{
    TwoSites t;
    const auto atPractice = testing::registerPerson(t.practice.site(), 5);
    const auto atClinic = testing::registerPerson(t.community.site(), 5, "Okafor-Bello"); // same NHS number
    auto in = t.receive(t.community, t.send(t.practice, t.community).path);
    REQUIRE(in.ok());
    CHECK(in->possibleDuplicates == std::vector<std::string>{atPractice});
    // Both records are kept as they are: nothing is matched on a name or merged.
    CHECK(record::PatientRepository(t.community.site().store()).patient(atPractice)->value.familyName == "Okafor");
    CHECK(record::PatientRepository(t.community.site().store()).patient(atClinic)->value.familyName == "Okafor-Bello");
    auto groups = record::PossibleDuplicates(t.community.site().store()).all();
    REQUIRE(groups.ok());
    REQUIRE(groups->size() == 1);
    CHECK(groups->front().nhsNumber == testing::testNhsNumber(5));
    // Oldest record first (the practice registered first), in the same order at every site.
    CHECK(groups->front().patientIds == std::vector<std::string>{atPractice, atClinic});
    CHECK(*record::PossibleDuplicates(t.community.site().store()).of(atClinic) == std::vector<std::string>{atPractice});
}

TEST_CASE("A first exchange too big for one file goes in parts, each whole, imported in order", "[exchange][file]")
{
    TwoSites t;
    std::vector<std::string> people;
    for (int n = 0; n < 6; ++n) {
        people.push_back(testing::registerPerson(t.practice.site(), 30 + n));
        REQUIRE(testing::moveTo(t.practice.site(), people.back(), "Mill Road").ok());
    }
    auto out = exchange::ExchangeExport(t.practice.store(), 5)
                   .toPeer(t.community.uuid(), t.shared.path(), testing::kKeyPassphrase);
    REQUIRE(out.ok());
    CHECK(out->versions >= 12);
    REQUIRE(out->files.size() == (out->versions + 4) / 5);
    CHECK(out->path == out->files.front());
    auto sorted = out->files;
    std::sort(sorted.begin(), sorted.end());
    CHECK(sorted == out->files); // their names sort in the order they are to be imported
    std::size_t applied = 0;
    for (const auto& file : out->files) {
        auto in = t.receive(t.community, file);
        INFO(file << ": " << (in.ok() ? "" : in.error().describe()));
        REQUIRE(in.ok());
        CHECK(in->report.received <= 5);
        applied += in->report.applied;
    }
    CHECK(applied == out->versions);
    for (const auto& person : people)
        CHECK(testing::townOf(t.community.site(), person) == "Mill Road");
    // The names say who each file is from and for.
    const auto name = std::filesystem::path(out->path).filename().string();
    CHECK(name.find(t.practice.uuid().substr(t.practice.uuid().size() - 8)) != std::string::npos);
    CHECK(name.find(t.community.uuid().substr(t.community.uuid().size() - 8)) != std::string::npos);
}

TEST_CASE("An import onto a full disk is refused whole, loses nothing, and applies once when there is room",
          "[exchange][file]")
{
    TwoSites t;
    std::vector<std::string> people;
    for (int n = 0; n < 40; ++n)
        people.push_back(testing::registerPerson(t.practice.site(), 40 + n));
    const auto file = t.send(t.practice, t.community).path;
    auto& db = t.community.store().connection();
    const auto before = journalCount(t.community.site());
    // Cap the community's file at its size now: the import needs new pages and gets SQLITE_FULL.
    const auto pages = *db.scalarInt("PRAGMA page_count");
    REQUIRE(db.exec("PRAGMA max_page_count = " + std::to_string(pages)).ok());
    auto full = t.receive(t.community, file);
    REQUIRE_FALSE(full.ok());
    CHECK(full.error().code == base::ErrorCode::DiskFull);
    CHECK(journalCount(t.community.site()) == before);
    CHECK_FALSE(record::PatientRepository(t.community.store()).patient(people.front()).ok());
    CHECK(std::filesystem::exists(file)); // kept, to import again

    REQUIRE(db.exec("PRAGMA max_page_count = 1073741823").ok());
    auto again = t.receive(t.community, file);
    INFO((again.ok() ? "" : again.error().describe()));
    REQUIRE(again.ok());
    CHECK(again->report.applied == 40);
    for (const auto& id : people)
        CHECK(record::PatientRepository(t.community.store()).patient(id).ok());
    auto twice = t.receive(t.community, file);
    REQUIRE(twice.ok());
    CHECK(twice->report.applied == 0);
    auto report = record::IntegrityCheck(t.community.store()).run();
    REQUIRE(report.ok());
    CHECK(report->ok());
}
