#include "core/results/LabResultImport.h"

#include "core/record/FieldRecordReader.h"
#include "core/record/IntegrityCheck.h"
#include "core/record/PatientRepository.h"
#include "core/results/ResultsInbox.h"
#include "core/results/UnmatchedResults.h"
#include "core/surveillance/SurveillanceRecorder.h"
#include "tests/support/TempDatabase.h"
#include "tests/support/TestPeople.h"

#include <catch2/catch.hpp>
#include <fstream>

using namespace carehouse;
using base::ErrorCode;
using results::LabResultImport;

namespace {

struct Practice
{
    testing::TempDatabase db{model::Role::Nurse};
    std::string mary;
    std::string amir;
    Practice()
    {
        mary = testing::addPersonWithDiabetes(db.store(), "Evans", "Mary", "1950-04-10", "9434765919");
        amir = testing::addPersonWithDiabetes(db.store(), "Hussain", "Amir", "1962-09-01", "4010232137");
    }
    std::string write(const std::string& name, const std::string& text)
    {
        auto path = dir.file(name);
        std::ofstream(path) << text;
        return path;
    }
    testing::TempDir dir;
};

const char* kHeader = "nhs_number,date_of_birth,system,code,value,unit,effective_date\n";

std::size_t countRows(record::RecordStore& store, const char* sql)
{
    auto n = store.connection().scalarInt(sql);
    REQUIRE(n.ok());
    return static_cast<std::size_t>(*n);
}

} // namespace

TEST_CASE("A CSV of results is matched by NHS number and date of birth, converted and counted", "[results]")
{
    Practice p;
    auto file = p.write("labs.csv",
                        std::string(kHeader)
                            + "943 476 5919,10/04/1950,LOINC,4548-4,8.7,%,2026-11-20\n"
                              "9434765919,1950-04-10,http://snomed.info/sct,1005671000000105,4.2,mmol/L,"
                              "20/11/2026\n"
                              "4010232137,01/09/1962,LOINC,33914-3,52,mL/min/{1.73_m2},2026-11-19\n"
                              "9123456787,01/01/1940,LOINC,59261-8,61,mmol/mol,2026-11-19\n"
                              "4010232137,02/09/1962,LOINC,59261-8,61,mmol/mol,2026-11-19\n");
    auto report = LabResultImport(p.db.store()).importFile(file, {});
    REQUIRE(report.ok());
    CHECK(report->format == "CSV");
    CHECK(report->rows == 5);
    CHECK(report->matched == 3);
    CHECK(report->converted == 1);
    CHECK(report->unmatched == 2);
    CHECK(report->duplicates == 0);
    CHECK(report->rejected == 0);
    CHECK(report->saved);

    auto hba1c = record::PatientRepository(p.db.store()).latestObservation(p.mary, "999791000000106");
    REQUIRE(hba1c.ok());
    REQUIRE(hba1c->has_value());
    CHECK(*(*hba1c)->value == Approx(71.6).margin(0.05)); // (8.7 - 2.15) x 10.929
    CHECK(*(*hba1c)->originalValue == 8.7);
    CHECK((*hba1c)->originalUnit == "%");
    CHECK((*hba1c)->source == model::Observation::Source::Lab);

    auto queue = results::UnmatchedResults(p.db.store()).open();
    REQUIRE(queue.ok());
    REQUIRE(queue->size() == 2);
    CHECK((*queue)[0].result.reason == model::UnmatchedResult::Reason::NotOnRegister);
    CHECK((*queue)[1].result.reason == model::UnmatchedResult::Reason::BirthDateDiffers);
    // Nothing was attached to Amir from the row whose date of birth disagrees.
    CHECK(record::PatientRepository(p.db.store()).observations(p.amir, "999791000000106")->empty());

    auto check = record::IntegrityCheck(p.db.store()).run();
    REQUIRE(check.ok());
    CHECK(check->ok());
}

TEST_CASE("Importing the same results twice adds nothing", "[results]")
{
    Practice p;
    auto file = p.write("labs.csv",
                        std::string(kHeader)
                            + "9434765919,10/04/1950,LOINC,59261-8,61,mmol/mol,2026-11-20\n"
                              "9999999999,10/04/1950,LOINC,59261-8,61,mmol/mol,2026-11-20\n");
    REQUIRE(LabResultImport(p.db.store()).importFile(file, {})->matched == 1);
    const auto versions = countRows(p.db.store(), "SELECT count(*) FROM journal");
    auto again = LabResultImport(p.db.store()).importFile(file, {});
    REQUIRE(again.ok());
    CHECK(again->matched == 0);
    CHECK(again->unmatched == 0);
    CHECK(again->duplicates == 2);
    CHECK(countRows(p.db.store(), "SELECT count(*) FROM journal") == versions);
}

TEST_CASE("A file with a bad row imports nothing unless the valid rows are asked for", "[results]")
{
    Practice p;
    auto file = p.write("labs.csv",
                        std::string(kHeader)
                            + "9434765919,10/04/1950,LOINC,59261-8,61,mmol/mol,2026-11-20\n"
                              "9434765919,10/04/1950,LOINC,59261-8,high,mmol/mol,2026-11-20\n"
                              "9434765919,10/04/1950,LOINC,1234-5,3,mmol/L,2026-11-20\n"
                              "9434765919,10/04/1950,LOINC,59261-8,7.1,mmol/mol,2026-11-20\n"
                              "9434765919,10/04/1950,LOINC,59261-8,60,mmol/mol,2027-01-20\n");
    auto report = LabResultImport(p.db.store()).importFile(file, {});
    REQUIRE(report.ok());
    CHECK_FALSE(report->saved);
    CHECK(report->rejected == 4);
    REQUIRE(report->problems.size() == 4);
    CHECK(report->problems[0].code == ErrorCode::MalformedInput);
    CHECK(report->problems[0].line == 3);
    CHECK(report->problems[0].field == "value");
    CHECK(report->problems[1].code == ErrorCode::UnknownCode);
    CHECK(report->problems[1].line == 4);
    CHECK(report->problems[2].code == ErrorCode::LikelyWrongUnit);
    CHECK(report->problems[2].hint == "54 mmol/mol");
    CHECK(report->problems[3].code == ErrorCode::DateInFuture);
    CHECK(countRows(p.db.store(), "SELECT count(*) FROM observation") == 0);

    LabResultImport::Options validRows;
    validRows.importValidRows = true;
    auto partial = LabResultImport(p.db.store()).importFile(file, validRows);
    REQUIRE(partial.ok());
    CHECK(partial->saved);
    CHECK(partial->matched == 1);
    CHECK(countRows(p.db.store(), "SELECT count(*) FROM observation") == 1);
}

TEST_CASE("A CSV without a required column is refused naming the column", "[results]")
{
    Practice p;
    auto file = p.write("labs.csv",
                        "nhs_number,system,code,value,unit,effective_date\n9434765919,LOINC,59261-8,61,"
                        "mmol/mol,2026-11-20\n");
    auto report = LabResultImport(p.db.store()).importFile(file, {});
    REQUIRE_FALSE(report.ok());
    CHECK(report.error().code == ErrorCode::MalformedInput);
    CHECK(report.error().value == "birth");
    CHECK(report.error().line == 1);
}

TEST_CASE("A FHIR R4 Bundle of Observations is imported through its Patient references", "[results][fhir]")
{
    Practice p;
    auto file = p.write("labs.json", R"({
  "resourceType": "Bundle", "type": "collection",
  "entry": [
    { "fullUrl": "urn:uuid:pat-1", "resource": { "resourceType": "Patient", "id": "pat-1",
        "identifier": [ { "system": "https://fhir.nhs.uk/Id/nhs-number", "value": "9434765919" } ],
        "birthDate": "1950-04-10" } },
    { "resource": { "resourceType": "Observation", "id": "obs-1", "status": "final",
        "code": { "coding": [ { "system": "http://loinc.org", "code": "2093-3" } ] },
        "subject": { "reference": "urn:uuid:pat-1" }, "effectiveDateTime": "2026-11-20T09:30:00Z",
        "valueQuantity": { "value": 193.4, "unit": "mg/dL", "system": "http://unitsofmeasure.org", "code": "mg/dL" } } },
    { "resource": { "resourceType": "Observation", "id": "obs-2", "status": "final",
        "code": { "coding": [ { "system": "http://loinc.org", "code": "9318-7" } ] },
        "subject": { "reference": "Patient/pat-1" }, "effectiveDateTime": "2026-11-20",
        "valueQuantity": { "value": 3.4, "unit": "mg/mmol", "code": "mg/mmol" } } },
    { "resource": { "resourceType": "Observation", "id": "obs-3", "status": "entered-in-error",
        "code": { "coding": [ { "system": "http://loinc.org", "code": "9318-7" } ] },
        "subject": { "reference": "Patient/pat-1" }, "effectiveDateTime": "2026-11-20",
        "valueQuantity": { "value": 9, "code": "mg/mmol" } } }
  ] })");
    LabResultImport::Options options;
    options.importValidRows = true;
    auto report = LabResultImport(p.db.store()).importFile(file, options);
    REQUIRE(report.ok());
    CHECK(report->format == "FHIR R4 JSON");
    CHECK(report->matched == 2);
    CHECK(report->converted == 1);
    REQUIRE(report->problems.size() == 1);
    CHECK(report->problems[0].field == "$.entry[3].resource.status");
    auto chol = record::PatientRepository(p.db.store()).latestObservation(p.mary, "1005671000000105");
    REQUIRE(chol->has_value());
    CHECK(*(*chol)->value == Approx(5.0).margin(0.01));
}

TEST_CASE("Malformed or hostile JSON is refused with where it broke", "[results][fhir]")
{
    Practice p;
    auto broken = p.write("broken.json", "{\n  \"resourceType\": \"Bundle\",\n  \"entry\": [ { \n");
    auto r = LabResultImport(p.db.store()).importFile(broken, {});
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::MalformedInput);
    CHECK(r.error().line >= 3);
    auto deep = p.write("deep.json", "{\"a\":" + std::string(5000, '[') + std::string(5000, ']') + "}");
    auto d = LabResultImport(p.db.store()).importFile(deep, {});
    REQUIRE_FALSE(d.ok());
    CHECK(d.error().code == ErrorCode::MalformedInput);
    auto other = p.write("patient.json", R"({"resourceType": "Patient"})");
    CHECK(LabResultImport(p.db.store()).importFile(other, {}).error().field == "$.resourceType");
}

TEST_CASE("A result fulfils the pending request for its test", "[results]")
{
    Practice p;
    p.db.loginAs(model::Role::Hca);
    surveillance::SurveillanceEntry e;
    e.bloodsSent = true;
    e.urineSent = true;
    auto saved = surveillance::SurveillanceRecorder(p.db.store()).save(p.mary, e, true);
    REQUIRE(saved.ok());
    CHECK(saved->requests == 5);
    p.db.loginAs(model::Role::Receptionist);
    auto file = p.write("labs.csv",
                        std::string(kHeader)
                            + "9434765919,10/04/1950,LOINC,59261-8,61,mmol/mol,2026-11-23\n"
                              "9434765919,10/04/1950,LOINC,9318-7,2.1,mg/mmol,2026-11-23\n");
    auto report = LabResultImport(p.db.store()).importFile(file, {});
    REQUIRE(report.ok());
    CHECK(report->requestsFulfilled == 2);
    auto pending = record::FieldRecordReader(p.db.store())
                       .all<model::LabRequest>("patient_id = ? AND status = 'pending'", {p.mary});
    CHECK(pending->size() == 3);
}

TEST_CASE("Cancelling an import part way saves nothing", "[results]")
{
    Practice p;
    std::string csv = kHeader;
    for (int day = 1; day <= 28; ++day)
        csv += "9434765919,10/04/1950,LOINC,59261-8," + std::to_string(50 + day) + ",mmol/mol,2026-10-"
            + (day < 10 ? "0" : "") + std::to_string(day) + "\n";
    LabResultImport::Options options;
    options.progress = [](std::size_t done, std::size_t) { return done < 10; };
    for (int i = 0; i < 4; ++i)
        csv += csv.substr(std::string(kHeader).size()); // enough rows to pass a progress step
    auto r = LabResultImport(p.db.store()).importFile(p.write("many.csv", csv), options);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::Cancelled);
    CHECK(countRows(p.db.store(), "SELECT count(*) FROM observation") == 0);
}

TEST_CASE("A clinician reviews results abnormal first; a receptionist may import but not review", "[results]")
{
    Practice p;
    p.db.loginAs(model::Role::Receptionist);
    auto file = p.write("labs.csv",
                        std::string(kHeader)
                            + "9434765919,10/04/1950,LOINC,59261-8,52,mmol/mol,2026-11-18\n"
                              "4010232137,01/09/1962,LOINC,59261-8,75,mmol/mol,2026-11-20\n");
    REQUIRE(LabResultImport(p.db.store()).importFile(file, {})->matched == 2);
    auto items = results::ResultsInbox(p.db.store()).awaitingReview();
    REQUIRE(items.ok());
    REQUIRE(items->size() == 2);
    CHECK((*items)[0].patientName == "HUSSAIN, Amir");
    CHECK_FALSE((*items)[0].flag.empty());
    CHECK((*items)[1].flag.empty());
    auto refused
        = results::ResultsInbox(p.db.store()).review((*items)[0].result.id, model::ResultReview::Outcome::Filed, {});
    CHECK(refused.error().code == ErrorCode::PermissionDenied);

    p.db.loginAs(model::Role::Gp);
    results::ResultsInbox inbox(p.db.store());
    CHECK(inbox.review((*items)[0].result.id, model::ResultReview::Outcome::ActionNeeded, {}).error().code
          == ErrorCode::RequiredField);
    REQUIRE(inbox.review((*items)[0].result.id, model::ResultReview::Outcome::ActionNeeded, "Book a review").ok());
    CHECK(inbox.review((*items)[0].result.id, model::ResultReview::Outcome::Filed, {}).error().code
          == ErrorCode::InvalidState);
    CHECK(inbox.awaitingReview()->size() == 1);
}

TEST_CASE("An unmatched result matched by hand is attached once and leaves the queue", "[results]")
{
    Practice p;
    auto file
        = p.write("labs.csv", std::string(kHeader) + "4010232137,02/09/1962,LOINC,59261-8,61,mmol/mol,2026-11-19\n");
    REQUIRE(LabResultImport(p.db.store()).importFile(file, {})->unmatched == 1);
    results::UnmatchedResults queue(p.db.store());
    auto open = queue.open();
    REQUIRE(open->size() == 1);
    const auto id = (*open)[0].result.id;
    auto obs = queue.match(id, p.amir);
    REQUIRE(obs.ok());
    CHECK(queue.open()->empty());
    CHECK(queue.match(id, p.amir).error().code == ErrorCode::InvalidState);
    CHECK(record::PatientRepository(p.db.store()).observations(p.amir, "999791000000106")->size() == 1);
    // The same file again is a duplicate of the matched result, not a second queue entry.
    CHECK(LabResultImport(p.db.store()).importFile(file, {})->duplicates == 1);
    auto check = record::IntegrityCheck(p.db.store()).run();
    REQUIRE(check.ok());
    CHECK(check->ok());
}

TEST_CASE("An unmatched blood pressure keeps both numbers when matched by hand", "[results]")
{
    Practice p;
    auto file
        = p.write("bp.csv", std::string(kHeader) + "4010232137,02/09/1962,LOINC,85354-9,146/88,mm[Hg],2026-11-19\n");
    auto report = LabResultImport(p.db.store()).importFile(file, {});
    REQUIRE(report.ok());
    REQUIRE(report->unmatched == 1);
    results::UnmatchedResults queue(p.db.store());
    auto open = queue.open();
    REQUIRE(open->size() == 1);
    CHECK((*open)[0].valueText == "146/88 mmHg");
    REQUIRE(queue.match((*open)[0].result.id, p.amir).ok());
    auto bp = record::PatientRepository(p.db.store()).latestObservation(p.amir, "75367002");
    REQUIRE(bp->has_value());
    CHECK((*bp)->value2 == 88);
}

TEST_CASE("A FHIR file that starts with a byte order mark is read as FHIR", "[results][fhir]")
{
    Practice p;
    auto file = p.write("bom.json",
                        "\xEF\xBB\xBF{\"resourceType\": \"Observation\", \"status\": \"final\", "
                        "\"code\": {\"coding\": [{\"system\": \"http://loinc.org\", \"code\": \"59261-8\"}]}, "
                        "\"subject\": {\"identifier\": {\"system\": \"https://fhir.nhs.uk/Id/nhs-number\", "
                        "\"value\": \"9434765919\"}}, \"effectiveDateTime\": \"2026-11-20\", "
                        "\"valueQuantity\": {\"value\": 60, \"code\": \"mmol/mol\"}}");
    auto report = LabResultImport(p.db.store()).importFile(file, {});
    REQUIRE(report.ok());
    CHECK(report->format == "FHIR R4 JSON");
    // No date of birth in the file: it cannot be checked, so the result waits in the queue.
    CHECK(report->unmatched == 1);
}
