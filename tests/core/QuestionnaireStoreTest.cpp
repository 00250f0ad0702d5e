#include "core/questionnaire/QuestionnaireLibrary.h"
#include "core/questionnaire/ResponseHistory.h"
#include "core/questionnaire/ResponseReader.h"
#include "core/questionnaire/ResponseRecorder.h"
#include "core/questionnaire/ShippedQuestionnaires.h"
#include "core/record/IntegrityCheck.h"
#include "core/record/RecordHistory.h"
#include "tests/support/TempDatabase.h"
#include "tests/support/TestPeople.h"

#include <catch2/catch.hpp>
#include <fmt/format.h>
#include <fstream>
#include <nlohmann/json.hpp>

using namespace carehouse;
using namespace carehouse::questionnaire;
using model::Role;
using nlohmann::json;

namespace {

struct Practice
{
    testing::TempDatabase db{Role::Nurse};
    std::string id;
    Practice() { id = testing::addPersonWithDiabetes(db.store(), "Begum", "Rokeya", "1956-02-04", "9434765919"); }

    std::int64_t versions() { return *db.store().connection().scalarInt("SELECT count(*) FROM journal"); }

    Response phq9(const std::vector<int>& scores, const std::string& authored = {})
    {
        json plain = json::object();
        for (std::size_t i = 0; i < scores.size(); ++i)
            plain[fmt::format("phq9-{}", i + 1)] = scores[i];
        auto q = QuestionnaireLibrary(db.store()).find("phq-9");
        REQUIRE(q.ok());
        auto r = ResponseReader::readJson(plain, q->definition.questionnaire, "answers.json");
        REQUIRE(r.ok());
        r->authored = authored;
        return std::move(r).value();
    }

    base::Result<model::QuestionnaireResponse> add(const std::string& name, Response r)
    {
        ResponseRecorder recorder(db.store());
        auto prepared = recorder.prepare(id, name, std::move(r));
        if (!prepared)
            return prepared.error();
        return recorder.record(*prepared);
    }

    std::string writeFile(const std::string& name, const json& doc)
    {
        testing::TempDir* dir = &m_dir;
        const auto path = dir->file(name);
        std::ofstream(path) << doc.dump(2);
        return path;
    }

private:
    testing::TempDir m_dir;
};

json shippedJson(const std::string& id)
{
    auto all = ShippedQuestionnaires::all();
    REQUIRE(all.ok());
    for (const auto& q : *all)
        if (q.questionnaire.id == id)
            return json::parse(q.definitionJson);
    FAIL("no " << id);
    return {};
}

} // namespace

TEST_CASE("A completed PHQ-9 is stored with its score, who completed it and when, through the write door",
          "[questionnaire][record]")
{
    Practice p;
    p.db.loginAs(Role::Hca);
    const auto before = p.versions();
    auto saved = p.add("phq-9", p.phq9({1, 1, 2, 1, 1, 1, 1, 1, 1}, "2026-11-20"));
    REQUIRE(saved.ok());
    CHECK(*saved->totalScore == 10);
    CHECK(saved->band == "moderate");
    CHECK(saved->bandLabel == "Moderate (10-14)");
    CHECK(saved->safetyAlert);
    CHECK(saved->flags == "self-harm");
    CHECK(saved->completedBy == model::QuestionnaireResponse::CompletedBy::Person);
    CHECK(saved->completedByUser.empty());
    CHECK(saved->enteredBy == "hca");
    CHECK(saved->authored.iso() == "2026-11-20");
    CHECK(saved->questionnaireVersion == "1.0.0");
    // The shipped definition was stored with the first response, in the same commit.
    CHECK(p.versions() == before + 2);
    auto listed = QuestionnaireLibrary(p.db.store()).list();
    REQUIRE(listed.ok());
    for (const auto& e : *listed)
        if (e.stored.resourceId == "phq-9")
            CHECK(e.isStored);

    auto history = record::RecordHistory(p.db.store()).forPatient(p.id);
    REQUIRE(history.ok());
    const auto& last = history->front(); // newest first
    CHECK(last.type == record::RecordType::QuestionnaireResponse);
    CHECK(last.author == "hca");
    CHECK(last.subject == "Patient Health Questionnaire (PHQ-9)");
    CHECK(last.valueText == "10 (Moderate (10-14)), safety alert");
    auto audit = p.db.store().connection().scalarInt(
        "SELECT count(*) FROM audit WHERE action = 'record-questionnaire-response' AND patient_id = '" + p.id + "'");
    CHECK(*audit == 1);

    auto check = record::IntegrityCheck(p.db.store()).run();
    REQUIRE(check.ok());
    CHECK(check->ok());
}

TEST_CASE("A questionnaire completed by staff on the person's behalf records which member of staff",
          "[questionnaire][record]")
{
    Practice p;
    auto r = p.phq9({0, 0, 0, 0, 0, 0, 0, 0, 0});
    r.completedBy = Response::CompletedBy::Staff;
    auto saved = p.add("PHQ9", r);
    REQUIRE(saved.ok());
    CHECK(saved->completedBy == model::QuestionnaireResponse::CompletedBy::Staff);
    CHECK(saved->completedByUser == "nurse");
    CHECK(saved->authored == p.db.clock().today());
    CHECK(!saved->safetyAlert);
    auto fhir = ResponseHistory(p.db.store()).exportFhir(saved->id);
    REQUIRE(fhir.ok());
    CHECK((*fhir)["source"]["identifier"]["value"] == "nurse");
    CHECK((*fhir)["subject"]["identifier"]["value"] == "9434765919");
    CHECK((*fhir)["questionnaire"] == "https://carehouse.example/fhir/Questionnaire/phq-9|1.0.0");
}

TEST_CASE("Responses: reception types in what comes back; going through one with the person is clinical",
          "[questionnaire][record][security]")
{
    Practice p;
    for (auto role : {Role::Receptionist, Role::Admin, Role::Hca, Role::Nurse, Role::Gp, Role::ClinicalLead}) {
        p.db.loginAs(role);
        INFO(model::roleCode(role));
        auto saved = p.add("phq-9", p.phq9({0, 1, 0, 0, 0, 0, 0, 0, 0}));
        REQUIRE(saved.ok());
        CHECK(saved->completedBy == model::QuestionnaireResponse::CompletedBy::Person);
        CHECK(saved->enteredBy == testing::TempDatabase::usernameFor(role));
    }
    for (auto role : {Role::Receptionist, Role::Admin}) {
        p.db.loginAs(role);
        auto r = p.phq9({0, 0, 0, 0, 0, 0, 0, 0, 0});
        r.completedBy = Response::CompletedBy::Staff;
        auto refused = ResponseRecorder(p.db.store()).prepare(p.id, "phq-9", r);
        REQUIRE(!refused.ok());
        CHECK(refused.error().code == base::ErrorCode::PermissionDenied);
        CHECK(refused.error().field == "record-observation");
    }
}

TEST_CASE("A response typed against the wrong person is marked entered in error, with a reason, and leaves "
          "scores, alerts and the agenda",
          "[questionnaire][record]")
{
    Practice p;
    auto alerting = p.add("phq-9", p.phq9({1, 1, 1, 1, 1, 1, 1, 1, 2}, "2026-11-20"));
    REQUIRE(alerting.ok());
    REQUIRE(alerting->safetyAlert);
    auto plain = p.add("phq-9", p.phq9({0, 0, 0, 0, 0, 0, 0, 0, 0}, "2026-11-21"));
    REQUIRE(plain.ok());
    ResponseHistory history(p.db.store());
    REQUIRE(history.safetyAlerts(p.id)->size() == 1);

    ResponseRecorder recorder(p.db.store());
    CHECK(recorder.markEnteredInError(plain->id, "   ").error().code == base::ErrorCode::RequiredField);
    CHECK(recorder.markEnteredInError("no-such-response", "wrong person").error().code == base::ErrorCode::NotFound);

    // Reception may withdraw what they typed, but not the answers behind a safety alert.
    p.db.loginAs(Role::Receptionist);
    auto refused = ResponseRecorder(p.db.store()).markEnteredInError(alerting->id, "typed against the wrong person");
    REQUIRE(!refused.ok());
    CHECK(refused.error().code == base::ErrorCode::PermissionDenied);
    CHECK(history.safetyAlerts(p.id)->size() == 1);
    auto marked = ResponseRecorder(p.db.store()).markEnteredInError(plain->id, "  wrong person's form");
    REQUIRE(marked.ok());
    CHECK(marked->statusReason == "wrong person's form");
    CHECK(marked->statusChangedBy == "reception");

    p.db.loginAs(Role::Nurse);
    const auto before = p.versions();
    auto cleared = ResponseRecorder(p.db.store()).markEnteredInError(alerting->id, "Mrs Begum's sister's form");
    REQUIRE(cleared.ok());
    CHECK(p.versions() == before + 1); // a new version: the answers stay in the record's history
    CHECK(history.safetyAlerts(p.id)->empty());
    CHECK(history.scores(p.id, "https://carehouse.example/fhir/Questionnaire/phq-9")->empty());
    CHECK(ResponseRecorder(p.db.store()).markEnteredInError(alerting->id, "again").error().code
          == base::ErrorCode::InvalidState);
    auto check = record::IntegrityCheck(p.db.store()).run();
    REQUIRE(check.ok());
    CHECK(check->ok());
}

TEST_CASE("A response with problems saves nothing and names every problem", "[questionnaire][record]")
{
    Practice p;
    const auto before = p.versions();
    ResponseRecorder recorder(p.db.store());
    auto prepared = recorder.prepare(p.id, "phq-9", p.phq9({1, 5}));
    REQUIRE(prepared.ok());
    CHECK(prepared->problems.size() == 8); // item 2 is no option; items 3-9 are missing
    auto saved = recorder.record(*prepared);
    REQUIRE(!saved.ok());
    CHECK(p.versions() == before);

    auto future = recorder.prepare(p.id, "phq-9", p.phq9({0, 0, 0, 0, 0, 0, 0, 0, 0}, "2027-01-01"));
    CHECK(future.error().code == base::ErrorCode::DateInFuture);
    auto nobody = recorder.prepare("no-such-person", "phq-9", Response{});
    CHECK(nobody.error().code == base::ErrorCode::NotFound);
    auto unknown = recorder.prepare(p.id, "phq-99", Response{});
    CHECK(unknown.error().code == base::ErrorCode::NotFound);
    CHECK(unknown.error().field == "questionnaire");
}

TEST_CASE("Importing definitions: administrators and clinical leads; a version never changes",
          "[questionnaire][record]")
{
    Practice p;
    auto doc = shippedJson("gad-7");
    doc["url"] = "https://example.org/Questionnaire/gad-7";
    doc["id"] = "gad-7-local";
    const auto path = p.writeFile("gad7.json", doc);

    for (auto role : {Role::Nurse, Role::Hca, Role::Receptionist}) {
        p.db.loginAs(role);
        auto refused = QuestionnaireLibrary(p.db.store()).importFile(path);
        REQUIRE(!refused.ok());
        CHECK(refused.error().code == base::ErrorCode::PermissionDenied);
        CHECK(refused.error().field == "manage-questionnaires");
    }
    p.db.loginAs(Role::Admin);
    QuestionnaireLibrary library(p.db.store());
    auto dry = library.importFile(path, true);
    REQUIRE(dry.ok());
    CHECK(!dry->added);
    auto imported = library.importFile(path);
    REQUIRE(imported.ok());
    CHECK(imported->added);
    CHECK(imported->stored.source == model::StoredQuestionnaire::Source::Imported);
    CHECK(imported->stored.id == QuestionnaireLibrary::recordIdFor(doc["url"], "1.0.0"));
    p.db.loginAs(Role::ClinicalLead);
    auto again = QuestionnaireLibrary(p.db.store()).importFile(path);
    REQUIRE(again.ok());
    CHECK(!again->added); // the same version again adds nothing

    doc["item"][0]["item"][0]["text"] = "Changed wording";
    auto changed = QuestionnaireLibrary(p.db.store()).importFile(p.writeFile("gad7-changed.json", doc));
    REQUIRE(!changed.ok());
    CHECK(changed.error().code == base::ErrorCode::InvalidState);
    CHECK(changed.error().detail == "questionnaire-version-exists");

    // A shipped url and version with other content is refused too.
    auto shippedChanged = shippedJson("phq-2");
    shippedChanged["title"] = "Not the PHQ-2";
    auto refused = QuestionnaireLibrary(p.db.store()).importFile(p.writeFile("phq2.json", shippedChanged));
    CHECK(refused.error().detail == "questionnaire-version-exists");

    auto check = record::IntegrityCheck(p.db.store()).run();
    REQUIRE(check.ok());
    CHECK(check->ok());
}

TEST_CASE("A response for a questionnaire version that has changed is refused", "[questionnaire][record]")
{
    Practice p;
    auto old = p.add("phq-9", p.phq9({0, 0, 0, 0, 0, 0, 0, 0, 0}, "2026-06-01"));
    REQUIRE(old.ok());
    // A new version of the PHQ-9 is imported: it becomes the current one.
    auto v2 = shippedJson("phq-9");
    v2["version"] = "2.0.0";
    p.db.loginAs(Role::ClinicalLead);
    REQUIRE(QuestionnaireLibrary(p.db.store()).importFile(p.writeFile("phq9-v2.json", v2)).ok());
    auto current = QuestionnaireLibrary(p.db.store()).find("phq-9");
    REQUIRE(current.ok());
    CHECK(current->stored.version == "2.0.0");

    // A QuestionnaireResponse completed on 1.0.0 no longer fits.
    auto fhir = ResponseHistory(p.db.store()).exportFhir(old->id);
    REQUIRE(fhir.ok());
    auto read = ResponseReader::readJson(*fhir, current->definition.questionnaire, "qr.json");
    REQUIRE(read.ok());
    CHECK(read->questionnaireVersion == "1.0.0");
    auto refused = ResponseRecorder(p.db.store()).prepare(p.id, "phq-9", *read);
    REQUIRE(!refused.ok());
    CHECK(refused.error().code == base::ErrorCode::StaleVersion);
    CHECK(refused.error().value == "1.0.0");
    CHECK(refused.error().hint == "2.0.0");
    // The old response still reads against the version it was completed on.
    CHECK(ResponseHistory(p.db.store()).exportFhir(old->id).ok());
}

TEST_CASE("A person's scores over time per questionnaire, and their safety alerts", "[questionnaire][record]")
{
    Practice p;
    REQUIRE(p.add("phq-9", p.phq9({3, 3, 3, 3, 3, 3, 2, 0, 0}, "2025-11-10")).ok());
    REQUIRE(p.add("phq-9", p.phq9({1, 1, 1, 1, 1, 1, 1, 1, 1}, "2026-05-12")).ok());
    REQUIRE(p.add("phq-9", p.phq9({1, 0, 1, 0, 0, 0, 0, 0, 0}, "2026-11-20")).ok());
    json agenda = {{"topics", {"Feet"}}, {"matters-most", "My grandchildren"}};
    auto agendaQ = QuestionnaireLibrary(p.db.store()).find("care-planning-agenda");
    REQUIRE(agendaQ.ok());
    auto agendaAnswers = ResponseReader::readJson(agenda, agendaQ->definition.questionnaire, "a.json");
    REQUIRE(p.add("care-planning-agenda", *agendaAnswers).ok());

    ResponseHistory history(p.db.store());
    auto scores = history.scores(p.id, "https://carehouse.example/fhir/Questionnaire/phq-9");
    REQUIRE(scores.ok());
    REQUIRE(scores->size() == 3);
    CHECK((*scores)[0].authored.iso() == "2025-11-10");
    CHECK((*scores)[0].total == 20);
    CHECK((*scores)[0].band == "severe");
    CHECK((*scores)[1].total == 9);
    CHECK((*scores)[1].safetyAlert);
    CHECK((*scores)[2].total == 2);
    CHECK((*scores)[2].band == "none-minimal");
    auto all = history.forPatient(p.id);
    REQUIRE(all.ok());
    CHECK(all->size() == 4);
    CHECK(!all->back().totalScore); // the agenda is not scored
    auto alerts = history.safetyAlerts(p.id);
    REQUIRE(alerts.ok());
    REQUIRE(alerts->size() == 1);
    CHECK(alerts->front().authored.iso() == "2026-05-12");

    p.db.reopen();
    p.db.loginAs(Role::Nurse);
    CHECK(ResponseHistory(p.db.store()).forPatient(p.id)->size() == 4);
}
