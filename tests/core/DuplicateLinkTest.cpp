// Two records with one NHS number, met through an exchange (issue 7 §3): compared and linked
// by a clinician, never merged; the link syncs, and results file against the main record.
#include "core/record/DuplicateLink.h"

#include "core/base/Uuid.h"
#include "core/record/DuplicateComparison.h"
#include "core/record/IntegrityCheck.h"
#include "core/record/PatientDirectory.h"
#include "core/record/PatientQuery.h"
#include "core/record/PatientRegistration.h"
#include "core/record/PossibleDuplicates.h"
#include "core/results/ResultMatcher.h"
#include "core/security/PasswordHasher.h"
#include "tests/support/KeyedSite.h"

#include <catch2/catch.hpp>

using namespace carehouse;

namespace {

using testing::KeyedSite;

// The practice and the community team each registered the same person (NHS number 5) before
// either knew of the other; one exchange each way brings both records to both sites.
struct MetThroughExchange
{
    KeyedSite practice{"Riverside Medical Practice"};
    KeyedSite community{"Riverside Community Diabetes Team"};
    testing::TempDir shared;
    std::string atPractice, atClinic;

    MetThroughExchange()
    {
        practice.addPeer(community);
        community.addPeer(practice);
        atPractice = testing::registerPerson(practice.site(), 5);
        atClinic = testing::registerPerson(community.site(), 5, "Okafor-Bello");
        exchangeBothWays();
    }
    void send(KeyedSite& from, KeyedSite& to)
    {
        from.site().clock().advance(1000);
        auto w = from.exportOrFail(to, shared.path());
        auto in = to.importFile(w.path);
        INFO((in.ok() ? "" : in.error().describe()));
        REQUIRE(in.ok());
    }
    void exchangeBothWays()
    {
        send(practice, community);
        send(community, practice);
    }
};

record::Versioned<model::Patient> patientAt(KeyedSite& site, const std::string& id)
{
    auto p = record::PatientRepository(site.store()).patient(id);
    REQUIRE(p.ok());
    return *p;
}

std::string refusal(const base::Status& st)
{
    REQUIRE_FALSE(st.ok());
    CHECK(st.error().code == base::ErrorCode::InvalidState);
    CHECK(st.error().field == "record link");
    return st.error().detail;
}

} // namespace

TEST_CASE("Either record of a possible duplicate can still be edited", "[duplicates]")
{
    MetThroughExchange t;
    for (const auto& id : {t.atPractice, t.atClinic}) {
        auto p = patientAt(t.community, id);
        auto draft = record::PatientRegistration::draftFrom(p.value);
        draft.town = "Mill Road";
        auto st = record::PatientRegistration(t.community.store()).update(id, draft, p.headSeq);
        INFO((st.ok() ? "" : st.error().describe()));
        CHECK(st.ok());
    }
    // Giving a third record that NHS number is still refused.
    record::PatientDraft d;
    d.familyName = "Someone";
    d.givenName = "Else";
    d.birthDate = "1970-01-01";
    d.gender = "male";
    d.nhsNumber = testing::testNhsNumber(5);
    auto other = record::PatientRegistration(t.community.store()).registerPatient(d);
    REQUIRE_FALSE(other.ok());
    CHECK(other.error().code == base::ErrorCode::DuplicateNhsNumber);
}

TEST_CASE("A clinician links the two records; the link syncs and closes the offer at every site", "[duplicates]")
{
    MetThroughExchange t;
    REQUIRE(record::PossibleDuplicates(t.community.store()).open()->size() == 1);
    REQUIRE(record::PossibleDuplicates(t.practice.store()).open()->size() == 1);

    REQUIRE(record::DuplicateLink(t.community.store()).link(t.atPractice, t.atClinic).ok());
    CHECK(patientAt(t.community, t.atClinic).value.linkedTo == t.atPractice);
    CHECK(patientAt(t.community, t.atPractice).value.linkedTo.empty());
    CHECK(record::PossibleDuplicates(t.community.store()).open()->empty());
    auto groups = record::PossibleDuplicates(t.community.store()).all();
    REQUIRE(groups->size() == 1);
    CHECK(groups->front().mainId == t.atPractice);

    // Nothing moved or deleted: both records keep what they hold.
    CHECK(patientAt(t.community, t.atClinic).value.familyName == "Okafor-Bello");

    t.send(t.community, t.practice);
    CHECK(patientAt(t.practice, t.atClinic).value.linkedTo == t.atPractice);
    CHECK(record::PossibleDuplicates(t.practice.store()).open()->empty());
    for (auto* site : {&t.practice, &t.community}) {
        auto report = record::IntegrityCheck(site->store()).run();
        REQUIRE(report.ok());
        CHECK(report->ok());
    }
}

TEST_CASE("An ordinary edit of a linked record keeps its link", "[duplicates]")
{
    MetThroughExchange t;
    REQUIRE(record::DuplicateLink(t.practice.store()).link(t.atPractice, t.atClinic).ok());
    auto p = patientAt(t.practice, t.atClinic);
    auto draft = record::PatientRegistration::draftFrom(p.value);
    draft.phone = "01632 960 123";
    REQUIRE(record::PatientRegistration(t.practice.store()).update(t.atClinic, draft, p.headSeq).ok());
    CHECK(patientAt(t.practice, t.atClinic).value.linkedTo == t.atPractice);
    CHECK(patientAt(t.practice, t.atClinic).value.phone == "01632 960 123");
}

TEST_CASE("A link made in error is undone and the offer returns", "[duplicates]")
{
    MetThroughExchange t;
    record::DuplicateLink link(t.practice.store());
    REQUIRE(link.link(t.atPractice, t.atClinic).ok());
    REQUIRE(link.unlink(t.atClinic).ok());
    CHECK(patientAt(t.practice, t.atClinic).value.linkedTo.empty());
    CHECK(record::PossibleDuplicates(t.practice.store()).open()->size() == 1);
    CHECK(refusal(link.unlink(t.atClinic)) == "not-linked");
}

TEST_CASE("A link is refused for one record, different NHS numbers, or a chain", "[duplicates]")
{
    MetThroughExchange t;
    record::DuplicateLink link(t.practice.store());
    CHECK(refusal(link.link(t.atPractice, t.atPractice)) == "same-record");
    const auto stranger = testing::registerPerson(t.practice.site(), 6);
    CHECK(refusal(link.link(t.atPractice, stranger)) == "nhs-numbers-differ");
    REQUIRE(link.link(t.atPractice, t.atClinic).ok());
    CHECK(refusal(link.link(t.atClinic, t.atPractice)) == "main-is-linked");
    auto missing = link.link(t.atPractice, "00000000-0000-4000-8000-000000000000");
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == base::ErrorCode::NotFound);
    // Linking again to the same main record changes nothing.
    const auto before = patientAt(t.practice, t.atClinic).headSeq;
    REQUIRE(link.link(t.atPractice, t.atClinic).ok());
    CHECK(patientAt(t.practice, t.atClinic).headSeq == before);
}

TEST_CASE("Reception cannot link records", "[duplicates]")
{
    MetThroughExchange t;
    t.practice.asAdmin([&] {
        record::ChangeSet cs("add-user");
        cs.addUser({base::newUuid(), "reception", "Front desk", model::Role::Receptionist,
                    *security::PasswordHasher::hash(testing::TempDatabase::kPassword), true});
        REQUIRE(t.practice.store().commit(cs).ok());
    });
    t.practice.store().logout();
    REQUIRE(t.practice.store().login("reception", testing::TempDatabase::kPassword).ok());
    auto st = record::DuplicateLink(t.practice.store()).link(t.atPractice, t.atClinic);
    REQUIRE_FALSE(st.ok());
    CHECK(st.error().code == base::ErrorCode::PermissionDenied);
    CHECK(patientAt(t.practice, t.atClinic).value.linkedTo.empty());
}

TEST_CASE("Two sites linking the pair in opposite directions at once reopens the offer", "[duplicates]")
{
    MetThroughExchange t;
    REQUIRE(record::DuplicateLink(t.practice.store()).link(t.atPractice, t.atClinic).ok());
    REQUIRE(record::DuplicateLink(t.community.store()).link(t.atClinic, t.atPractice).ok());
    t.exchangeBothWays();
    for (auto* site : {&t.practice, &t.community}) {
        auto open = record::PossibleDuplicates(site->store()).open();
        REQUIRE(open.ok());
        CHECK(open->size() == 1);
    }
}

TEST_CASE("A result for an NHS number two unlinked records hold waits for a person; once linked it files against "
          "the main record",
          "[duplicates][results]")
{
    MetThroughExchange t;
    results::ResultMatcher matcher(t.practice.store());
    auto why = model::UnmatchedResult::Reason::NotOnRegister;
    const auto dob = patientAt(t.practice, t.atPractice).value.birthDate.iso();
    auto before = matcher.personFor(testing::testNhsNumber(5), dob, why);
    CHECK_FALSE(before.ok());
    CHECK(why == model::UnmatchedResult::Reason::TwoRecords);

    REQUIRE(record::DuplicateLink(t.practice.store()).link(t.atClinic, t.atPractice).ok());
    auto after = matcher.personFor(testing::testNhsNumber(5), dob, why);
    REQUIRE(after.ok());
    CHECK(*after == t.atClinic);
    CHECK(*record::PatientRepository(t.practice.store()).resolve(testing::testNhsNumber(5)) == t.atClinic);
}

TEST_CASE("The comparison shows where each record was started and how much it holds", "[duplicates]")
{
    MetThroughExchange t;
    REQUIRE(testing::moveTo(t.practice.site(), t.atPractice, "Mill Road").ok());
    auto sides = record::DuplicateComparison(t.practice.store()).compare({t.atPractice, t.atClinic});
    INFO((sides.ok() ? "" : sides.error().describe()));
    REQUIRE(sides.ok());
    REQUIRE(sides->size() == 2);
    CHECK((*sides)[0].patient.value.familyName == "Okafor");
    CHECK((*sides)[0].registeredAtSite == "Riverside Medical Practice");
    CHECK((*sides)[1].registeredAtSite == "Riverside Community Diabetes Team");
    CHECK((*sides)[0].registeredAtMillis > 0);
    CHECK_FALSE((*sides)[0].registeredBy.empty());
    CHECK((*sides)[0].observations == 0);
    auto missing = record::DuplicateComparison(t.practice.store()).compare({"00000000-0000-4000-8000-000000000000"});
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == base::ErrorCode::NotFound);
}

TEST_CASE("The search marks both records of a possible duplicate, and the linked one once linked", "[duplicates]")
{
    MetThroughExchange t;
    const auto stranger = testing::registerPerson(t.practice.site(), 6);
    auto find = [&](const std::string& text) {
        auto page = record::PatientDirectory(t.practice.store()).find(record::PatientQuery::parse(text), 20);
        REQUIRE(page.ok());
        return page->items;
    };
    auto both = find(testing::testNhsNumber(5));
    REQUIRE(both.size() == 2);
    for (const auto& item : both) {
        CHECK(item.otherRecord);
        CHECK_FALSE(item.linked);
    }
    auto alone = find(testing::testNhsNumber(6));
    REQUIRE(alone.size() == 1);
    CHECK(alone.front().id == stranger);
    CHECK_FALSE(alone.front().otherRecord);

    REQUIRE(record::DuplicateLink(t.practice.store()).link(t.atPractice, t.atClinic).ok());
    for (const auto& item : find(testing::testNhsNumber(5))) {
        CHECK(item.otherRecord);
        CHECK(item.linked == (item.id == t.atClinic));
    }
}
