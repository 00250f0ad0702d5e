#include "core/letters/ResultsLetterComposer.h"

#include "core/base/JsonFile.h"
#include "core/base/ResourceDirectory.h"
#include "core/base/Uuid.h"
#include "core/letters/LetterWording.h"
#include "core/recall/RecallBook.h"
#include "core/record/ChangeSet.h"
#include "core/record/PatientRepository.h"
#include "core/surveillance/ObservationRecorder.h"
#include "tests/support/TempDatabase.h"
#include "tests/support/TestPeople.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <regex>

using namespace carehouse;
using letters::ResultsLetterComposer;
using letters::ResultsLetterContent;
using letters::ResultsLetterRow;

namespace {

constexpr const char* kHbA1c = "999791000000106";
constexpr const char* kBp = "75367002";
constexpr const char* kCholesterol = "1005671000000105";
constexpr const char* kCreatinine = "1000731000000107";
constexpr const char* kEgfr = "1011481000000105";
constexpr const char* kAcr = "1023491000000104";
constexpr const char* kFoot = "carehouse:foot-risk";
constexpr const char* kBmi = "60621009";
constexpr const char* kSmoking = "carehouse:smoking-status";
constexpr const char* kEye = "134395001";

// A dated value in the person's history.
void add(record::RecordStore& store, const std::string& patientId, const char* code, const char* date,
         std::optional<double> v, std::optional<double> v2 = {}, const char* valueCode = "", const char* unit = "")
{
    model::Observation o;
    o.id = base::newUuid();
    o.patientId = patientId;
    o.code = code;
    o.effective = *base::CivilDate::parseIso(date);
    o.value = v;
    o.value2 = v2;
    o.valueCode = valueCode;
    o.unit = unit;
    record::ChangeSet cs("record-observation", patientId);
    cs.addObservation(o);
    REQUIRE(store.commit(cs).ok());
}

void editPatient(record::RecordStore& store, const std::string& id, const std::function<void(model::Patient&)>& edit)
{
    auto p = record::PatientRepository(store).patient(id);
    REQUIRE(p.ok());
    auto patient = p->value;
    edit(patient);
    record::ChangeSet cs("edit-patient", id);
    cs.addPatient(patient, p->headSeq);
    REQUIRE(store.commit(cs).ok());
}

ResultsLetterContent compose(record::RecordStore& store, const std::string& id,
                             ResultsLetterComposer::Options options = {})
{
    auto c = ResultsLetterComposer::compose(store, id, options);
    if (!c)
        FAIL(c.error().describe());
    return *c;
}

const ResultsLetterRow& row(const ResultsLetterContent& c, const std::string& processId)
{
    for (const auto& r : c.rows)
        if (r.processId == processId)
            return r;
    FAIL("no row " << processId);
    return c.rows.front();
}

// Every string the letter would print that CareHouse words (not the person's or the practice's
// own details), each with where it is.
std::vector<std::string> wordedStrings(const ResultsLetterContent& c)
{
    std::vector<std::string> s{c.title,
                               c.intro,
                               c.resultsHeading,
                               c.notDoneHeading,
                               c.appointmentHeading,
                               c.agendaHeading,
                               c.questionnairesHeading,
                               c.largePrintOffer,
                               c.dateText,
                               c.noResultsText,
                               c.appointment.sentence,
                               c.appointment.bring,
                               c.agenda.prompt,
                               c.agenda.tickInstruction,
                               c.agenda.mattersMost,
                               c.agenda.writeSpace};
    s.insert(s.end(), c.agenda.topics.begin(), c.agenda.topics.end());
    for (const auto& r : c.rows)
        for (const auto* f : {&r.plainName, &r.explanation, &r.valueText, &r.dateText, &r.resultOnText,
                              &r.previousValueText, &r.previousDateText, &r.previousText, &r.changeWords, &r.targetText,
                              &r.meaning, &r.notDoneText, &r.notDoneAdvice})
            s.push_back(*f);
    for (const auto& q : c.questionnaires) {
        s.push_back(q.title);
        s.push_back(q.intro);
        s.insert(s.end(), q.items.begin(), q.items.end());
        s.insert(s.end(), q.options.begin(), q.options.end());
    }
    return s;
}

// Everything in the letter, the person's details included.
std::string everything(const ResultsLetterContent& c)
{
    std::string all = c.person.patientId + "\n" + c.person.name + "\n" + c.person.bannerName + "\n" + c.person.nhsNumber
        + "\n" + c.person.nhsNumberText + "\n" + c.person.birthDateText + "\n";
    for (const auto& l : c.person.addressLines)
        all += l + "\n";
    for (const auto& s : wordedStrings(c))
        all += s + "\n";
    return all;
}

ResultsLetterComposer::Options options(std::optional<std::string> language, std::optional<bool> largePrint,
                                       std::optional<bool> phq2Gad2)
{
    ResultsLetterComposer::Options o;
    o.language = std::move(language);
    o.largePrint = largePrint;
    o.includePhq2Gad2 = phq2Gad2;
    return o;
}

struct Fixture
{
    testing::TempDatabase db{model::Role::Nurse};
    record::RecordStore& store = db.store();
    std::string id = testing::addPersonWithDiabetes(store, "Smithson", "Mary", "1962-11-05", testing::testNhsNumber(1));
};

} // namespace

TEST_CASE("The HbA1c row has its value, unit, previous value, change, target and meaning", "[letters]")
{
    Fixture f;
    add(f.store, f.id, kHbA1c, "2026-01-10", 55, {}, "", "mmol/mol");
    add(f.store, f.id, kHbA1c, "2026-10-12", 64, {}, "", "mmol/mol");
    const auto c = compose(f.store, f.id);
    const auto& r = row(c, "hba1c");
    CHECK(r.done);
    CHECK(r.plainName == "HbA1c");
    CHECK(r.explanation == "your average blood sugar over the last 2–3 months");
    CHECK(r.valueText == "64 mmol/mol");
    CHECK(r.dateText == "12-Oct-2026");
    CHECK(r.resultOnText == "Result from 12-Oct-2026");
    CHECK(r.previousText == "Last time: 55 mmol/mol on 10-Jan-2026");
    CHECK(r.changeWords == "higher than last time");
    CHECK(r.targetText == "Our practice's target: 58 mmol/mol or less");
    CHECK_FALSE(r.targetAgreed);
    CHECK(r.aboveTarget);
    CHECK(r.meaning.rfind("This is above the target.", 0) == 0);
    CHECK_FALSE(c.noResultsYet);
}

TEST_CASE("A change in HbA1c smaller than its threshold reads about the same", "[letters]")
{
    Fixture f;
    add(f.store, f.id, kHbA1c, "2026-01-10", 50, {}, "", "mmol/mol");
    add(f.store, f.id, kHbA1c, "2026-10-12", 52, {}, "", "mmol/mol");
    const auto rLetter = compose(f.store, f.id);
    const auto& r = row(rLetter, "hba1c");
    CHECK(r.changeWords == "about the same as last time");
    CHECK_FALSE(r.aboveTarget);
    CHECK(r.meaning.rfind("This is within the target", 0) == 0);
}

TEST_CASE("The blood pressure row reads both numbers and the 140/80 target", "[letters]")
{
    Fixture f;
    add(f.store, f.id, kBp, "2025-11-02", 142, 84, "", "mm[Hg]");
    add(f.store, f.id, kBp, "2026-10-12", 128, 76, "", "mm[Hg]");
    const auto rLetter = compose(f.store, f.id);
    const auto& r = row(rLetter, "blood-pressure");
    CHECK(r.done);
    CHECK(r.valueText == "128/76 mmHg");
    CHECK(r.previousValueText == "142/84 mmHg");
    CHECK(r.previousDateText == "02-Nov-2025");
    CHECK(r.changeWords == "lower than last time");
    CHECK(r.targetText == "Our practice's target: 140/80 mmHg or less");
    CHECK_FALSE(r.aboveTarget);
    CHECK(r.meaning.find("within the target") != std::string::npos);
}

TEST_CASE("A blood pressure change counts both numbers", "[letters]")
{
    Fixture f;
    add(f.store, f.id, kBp, "2025-11-02", 138, 78, "", "mm[Hg]");
    add(f.store, f.id, kBp, "2026-10-12", 139, 92, "", "mm[Hg]");
    const auto c = compose(f.store, f.id);
    CHECK(row(c, "blood-pressure").changeWords == "higher than last time");
    CHECK(row(c, "blood-pressure").aboveTarget);
    add(f.store, f.id, kBp, "2026-11-20", 150, 80, "", "mm[Hg]");
    CHECK(row(compose(f.store, f.id), "blood-pressure").changeWords == "different from last time");
}

TEST_CASE("The cholesterol row reads its target as less than 5.0 mmol/L", "[letters]")
{
    Fixture f;
    add(f.store, f.id, kCholesterol, "2025-12-01", 5.3, {}, "", "mmol/L");
    add(f.store, f.id, kCholesterol, "2026-10-12", 5.1, {}, "", "mmol/L");
    const auto rLetter = compose(f.store, f.id);
    const auto& r = row(rLetter, "cholesterol");
    CHECK(r.valueText == "5.1 mmol/L");
    CHECK(r.previousValueText == "5.3 mmol/L");
    CHECK(r.changeWords == "about the same as last time");
    CHECK(r.targetText == "Our practice's target: less than 5.0 mmol/L");
    CHECK(r.aboveTarget);
    CHECK(r.meaning.find("above the target") != std::string::npos);
}

TEST_CASE("The kidney row shows eGFR with its G category", "[letters]")
{
    Fixture f;
    add(f.store, f.id, kCreatinine, "2025-10-01", 80, {}, "", "umol/L");
    add(f.store, f.id, kEgfr, "2025-10-01", 58, {}, "", "mL/min/{1.73_m2}");
    add(f.store, f.id, kCreatinine, "2026-10-12", 95, {}, "", "umol/L");
    add(f.store, f.id, kEgfr, "2026-10-12", 52, {}, "", "mL/min/{1.73_m2}");
    const auto rLetter = compose(f.store, f.id);
    const auto& r = row(rLetter, "kidney");
    CHECK(r.done);
    CHECK(r.plainName == "Kidney function (eGFR)");
    CHECK(r.valueText == "52 mL/min/1.73m²");
    CHECK(r.previousText == "Last time: 58 mL/min/1.73m² on 01-Oct-2025");
    CHECK(r.changeWords == "lower than last time");
    CHECK(r.band == "G3a");
    CHECK(r.meaning.find("a little less well than normal") != std::string::npos);
    CHECK(r.targetText.empty());
}

TEST_CASE("The kidney row with only a creatinine says it was measured", "[letters]")
{
    Fixture f;
    add(f.store, f.id, kCreatinine, "2026-10-12", 95, {}, "", "umol/L");
    const auto rLetter = compose(f.store, f.id);
    const auto& r = row(rLetter, "kidney");
    CHECK(r.done);
    CHECK(r.valueText == "95 µmol/L");
    CHECK(r.meaning == "Your creatinine was measured; we will talk with you about what it shows.");
    CHECK(r.previousText == "This is the first result we have for you.");
}

TEST_CASE("The urine ACR row shows its A category", "[letters]")
{
    Fixture f;
    add(f.store, f.id, kAcr, "2025-10-20", 2.0, {}, "", "mg/mmol");
    add(f.store, f.id, kAcr, "2026-10-12", 4.5, {}, "", "mg/mmol");
    const auto rLetter = compose(f.store, f.id);
    const auto& r = row(rLetter, "acr");
    CHECK(r.valueText == "4.5 mg/mmol");
    CHECK(r.changeWords == "higher than last time");
    CHECK(r.band == "A2");
    CHECK(r.aboveTarget);
    CHECK(r.meaning.find("some protein") != std::string::npos);
}

TEST_CASE("The foot row shows the risk category in plain words", "[letters]")
{
    Fixture f;
    add(f.store, f.id, kFoot, "2025-10-20", {}, {}, "low");
    add(f.store, f.id, kFoot, "2026-10-12", {}, {}, "moderate");
    const auto rLetter = compose(f.store, f.id);
    const auto& r = row(rLetter, "foot");
    CHECK(r.valueText == "Moderate risk");
    CHECK(r.previousValueText == "Low risk");
    CHECK(r.changeWords == "different from last time");
    CHECK(r.band == "moderate");
    CHECK(r.meaning.find("podiatrist") != std::string::npos);
    CHECK(r.targetText.empty());
}

TEST_CASE("The BMI row shows the band, with the lower thresholds for a higher-risk background", "[letters]")
{
    Fixture f;
    add(f.store, f.id, kBmi, "2025-10-20", 28.1, {}, "", "kg/m2");
    add(f.store, f.id, kBmi, "2026-10-12", 28.3, {}, "", "kg/m2");
    const auto rLetter = compose(f.store, f.id);
    const auto& r = row(rLetter, "bmi");
    CHECK(r.valueText == "28.3 kg/m²");
    CHECK(r.changeWords == "about the same as last time");
    CHECK(r.band == "overweight");
    CHECK(r.meaning == "Your weight is in the overweight range. Losing a little weight can help your diabetes.");

    editPatient(f.store, f.id, [](model::Patient& p) { p.ethnicity = "south-asian"; });
    const auto higherLetter = compose(f.store, f.id);
    const auto& higher = row(higherLetter, "bmi");
    CHECK(higher.band == "obese");
}

TEST_CASE("The smoking row says it in the person's terms", "[letters]")
{
    Fixture f;
    add(f.store, f.id, kSmoking, "2025-10-20", {}, {}, "77176002");
    add(f.store, f.id, kSmoking, "2026-10-12", {}, {}, "8517006");
    const auto rLetter = compose(f.store, f.id);
    const auto& r = row(rLetter, "smoking");
    CHECK(r.valueText == "You used to smoke");
    CHECK(r.previousValueText == "You smoke");
    CHECK(r.changeWords == "different from last time");
    CHECK(r.meaning.find("Well done") != std::string::npos);
}

TEST_CASE("The eye screening row with no earlier result says it is the first", "[letters]")
{
    Fixture f;
    add(f.store, f.id, kEye, "2026-06-01", {}, {}, "background");
    const auto rLetter = compose(f.store, f.id);
    const auto& r = row(rLetter, "eye");
    CHECK(r.done);
    CHECK(r.valueText == "Early changes (background retinopathy)");
    CHECK_FALSE(r.hasPrevious);
    CHECK(r.previousText == "This is the first result we have for you.");
    CHECK(r.changeWords.empty());
    CHECK(r.meaning.find("early changes") != std::string::npos);
}

TEST_CASE("A value 16 months old is not done yet with its last date, never this year's", "[letters]")
{
    Fixture f;
    add(f.store, f.id, kHbA1c, "2025-07-20", 61, {}, "", "mmol/mol"); // 16 months before 23-Nov-2026
    add(f.store, f.id, kCholesterol, "2026-10-12", 4.1, {}, "", "mmol/L");
    const auto c = compose(f.store, f.id);
    const auto& r = row(c, "hba1c");
    CHECK_FALSE(r.done);
    CHECK(r.valueText.empty());
    CHECK(r.dateText.empty());
    CHECK(r.targetText.empty());
    CHECK(r.meaning.empty());
    CHECK(r.notDoneText == "Not done yet — last done 20-Jul-2025.");
    CHECK(r.lastDone.iso() == "2025-07-20");
    CHECK(r.notDoneAdvice.find("blood test") != std::string::npos);
    CHECK(everything(c).find("61 mmol/mol") == std::string::npos);

    const auto& bp = row(c, "blood-pressure");
    CHECK_FALSE(bp.done);
    CHECK(bp.notDoneText == "Not done yet.");
    CHECK_FALSE(bp.notDoneAdvice.empty());
    CHECK_FALSE(c.noResultsYet);
}

TEST_CASE("A letter for a person with no results says so and prints no blanks", "[letters]")
{
    Fixture f;
    const auto c = compose(f.store, f.id);
    CHECK(c.noResultsYet);
    CHECK(c.noResultsText.find("We do not have any of your results yet") == 0);
    REQUIRE(c.rows.size() == 9);
    for (const auto& r : c.rows) {
        INFO(r.processId);
        CHECK_FALSE(r.done);
        CHECK(r.valueText.empty());
        CHECK_FALSE(r.plainName.empty());
        CHECK(r.notDoneText == "Not done yet.");
        CHECK_FALSE(r.notDoneAdvice.empty());
    }
    CHECK_FALSE(c.appointment.booked);
    CHECK(c.appointment.sentence.find("to book your care planning appointment") != std::string::npos);
}

TEST_CASE("A Bengali-preferring person's letter is worded wholly from the Bengali file", "[letters]")
{
    Fixture f;
    editPatient(f.store, f.id, [](model::Patient& p) { p.preferredLanguage = "bn"; });
    add(f.store, f.id, kHbA1c, "2026-01-10", 55, {}, "", "mmol/mol");
    add(f.store, f.id, kHbA1c, "2026-10-12", 64, {}, "", "mmol/mol");
    add(f.store, f.id, kBp, "2026-10-12", 128, 76, "", "mm[Hg]");
    add(f.store, f.id, kCholesterol, "2026-10-12", 4.1, {}, "", "mmol/L");
    add(f.store, f.id, kCreatinine, "2026-10-12", 95, {}, "", "umol/L");
    add(f.store, f.id, kEgfr, "2026-10-12", 52, {}, "", "mL/min/{1.73_m2}");
    add(f.store, f.id, kAcr, "2026-10-12", 1.5, {}, "", "mg/mmol");
    add(f.store, f.id, kFoot, "2026-10-12", {}, {}, "low");
    add(f.store, f.id, kBmi, "2026-10-12", 31.0, {}, "", "kg/m2");
    add(f.store, f.id, kSmoking, "2026-10-12", {}, {}, "266919005");
    add(f.store, f.id, kEye, "2025-06-01", {}, {}, "no-retinopathy"); // before the window

    const auto c = compose(f.store, f.id, options({}, {}, true));
    CHECK(c.language == "bn");
    auto bn = base::readJsonFile(base::resourcePath(letters::LetterWording::resourceFor("bn")));
    REQUIRE(bn.ok());
    CHECK(c.title == (*bn)["headings"]["title"].get<std::string>());
    CHECK(row(c, "hba1c").plainName == (*bn)["processes"]["hba1c"]["name"].get<std::string>());
    CHECK(row(c, "foot").valueText == (*bn)["processes"]["foot"]["categories"]["low"]["value"].get<std::string>());
    CHECK(c.questionnaires.size() == 2);

    // Only units, clinical abbreviations and the month-less digits of dates may be Latin.
    const std::regex allowed(
        R"(HbA1c|eGFR|ACR|BMI|PHQ-2|GAD-2|mmol/mol|mmol/L|mmHg|µmol/L|mL/min/1\.73m²|mg/mmol|kg/m²|[0-9])");
    const std::regex latin("[A-Za-z]");
    for (const auto& s : wordedStrings(c)) {
        INFO(s);
        CHECK_FALSE(std::regex_search(std::regex_replace(s, allowed, ""), latin));
    }
    CHECK(row(c, "eye").notDoneText.find("জুন") != std::string::npos);
}

TEST_CASE("The letter's language can be overridden and falls back to English when not shipped", "[letters]")
{
    Fixture f;
    CHECK(compose(f.store, f.id, options("bn", {}, {})).language == "bn");
    editPatient(f.store, f.id, [](model::Patient& p) { p.preferredLanguage = "so"; });
    CHECK(compose(f.store, f.id).language == "en");
}

TEST_CASE("A restricted record's results letter has no address lines", "[letters]")
{
    Fixture f;
    editPatient(f.store, f.id, [](model::Patient& p) {
        p.addressLine1 = "12 Hidden Lane";
        p.town = "Riverside";
        p.postcode = "RV9 9HL";
    });
    const auto open = compose(f.store, f.id);
    CHECK(open.person.addressLines == std::vector<std::string>{"12 Hidden Lane", "Riverside", "RV9 9HL"});
    CHECK_FALSE(open.person.addressWithheld);

    editPatient(f.store, f.id, [](model::Patient& p) { p.restricted = true; });
    const auto c = compose(f.store, f.id);
    CHECK(c.person.addressWithheld);
    CHECK(c.person.addressLines.empty());
    CHECK(everything(c).find("Hidden Lane") == std::string::npos);
    CHECK(everything(c).find("RV9 9HL") == std::string::npos);
}

TEST_CASE("Large print follows the person's record and the override", "[letters]")
{
    Fixture f;
    CHECK_FALSE(compose(f.store, f.id).largePrint);
    CHECK(compose(f.store, f.id, options({}, true, {})).largePrint);
    editPatient(f.store, f.id, [](model::Patient& p) { p.largePrint = true; });
    CHECK(compose(f.store, f.id).largePrint);
    CHECK_FALSE(compose(f.store, f.id, options({}, false, {})).largePrint);
}

TEST_CASE("A results letter names only its own person", "[letters]")
{
    Fixture f;
    const auto other
        = testing::addPersonWithDiabetes(f.store, "Begum", "Rahima", "1958-02-14", testing::testNhsNumber(2));
    add(f.store, f.id, kHbA1c, "2026-10-12", 64, {}, "", "mmol/mol");
    add(f.store, f.id, kFoot, "2026-10-12", {}, {}, "low");
    add(f.store, other, kHbA1c, "2026-10-01", 71, {}, "", "mmol/mol");
    add(f.store, other, kFoot, "2026-10-01", {}, {}, "high");
    add(f.store, other, kBp, "2026-10-01", 151, 92, "", "mm[Hg]");

    const auto mary = compose(f.store, f.id);
    const auto rahima = compose(f.store, other);
    CHECK(mary.person.name == "Mary Smithson");
    CHECK(rahima.person.name == "Rahima Begum");
    const auto maryText = everything(mary);
    const auto rahimaText = everything(rahima);
    for (const auto& s : {rahima.person.name, rahima.person.bannerName, rahima.person.nhsNumber,
                          rahima.person.nhsNumberText, rahima.person.patientId, rahima.person.birthDateText,
                          std::string("71 mmol/mol"), std::string("High risk"), std::string("151/92 mmHg")})
        CHECK(maryText.find(s) == std::string::npos);
    for (const auto& s :
         {mary.person.name, mary.person.bannerName, mary.person.nhsNumber, mary.person.nhsNumberText,
          mary.person.patientId, mary.person.birthDateText, std::string("64 mmol/mol"), std::string("Low risk")})
        CHECK(rahimaText.find(s) == std::string::npos);
    CHECK_FALSE(row(mary, "blood-pressure").done);
}

TEST_CASE("The booked care planning appointment is given with date, time, place and whom", "[letters]")
{
    Fixture f;
    model::Appointment a;
    a.patientId = f.id;
    a.type = model::Appointment::Type::CarePlanning;
    a.date = *base::CivilDate::parseIso("2026-12-02");
    a.minuteOfDay = 14 * 60 + 5;
    a.withWhom = "Nadia Rahman (practice nurse)";
    a.place = "Room 3, Mill Road Surgery";
    REQUIRE(recall::RecallBook(f.store).book(a).ok());
    const auto c = compose(f.store, f.id);
    CHECK(c.appointment.booked);
    CHECK(c.appointment.dateText == "02-Dec-2026");
    CHECK(c.appointment.timeText == "14:05");
    CHECK(c.appointment.sentence
          == "Your care planning appointment is on 02-Dec-2026 at 14:05 at Room 3, Mill Road Surgery, with Nadia "
             "Rahman (practice nurse).");
}

TEST_CASE("Without a booked appointment the letter asks the person to phone and book", "[letters]")
{
    Fixture f;
    f.db.loginAs(model::Role::Admin);
    REQUIRE(f.store.setSetting("practice.phone", "020 7946 0000").ok());
    f.db.loginAs(model::Role::Nurse);
    const auto c = compose(f.store, f.id);
    CHECK_FALSE(c.appointment.booked);
    CHECK(c.appointment.sentence.find("020 7946 0000") != std::string::npos);
    CHECK(c.practice.phone == "020 7946 0000");
}

TEST_CASE("The agenda is always there and PHQ-2 and GAD-2 only when the practice turns them on", "[letters]")
{
    Fixture f;
    const auto c = compose(f.store, f.id);
    CHECK(c.agenda.prompt == "What would you like to talk about?");
    CHECK(c.agenda.topics.size() >= 8);
    CHECK(std::find(c.agenda.topics.begin(), c.agenda.topics.end(), "Sex life") != c.agenda.topics.end());
    CHECK_FALSE(c.agenda.writeSpace.empty());
    CHECK(c.questionnaires.empty());

    f.db.loginAs(model::Role::Admin);
    REQUIRE(f.store.setSetting(ResultsLetterComposer::kPhq2Gad2Setting, "true").ok());
    f.db.loginAs(model::Role::Nurse);
    const auto on = compose(f.store, f.id);
    REQUIRE(on.questionnaires.size() == 2);
    CHECK(on.questionnaires[0].id == "phq2");
    CHECK(on.questionnaires[0].items[0] == "Little interest or pleasure in doing things");
    CHECK(on.questionnaires[1].items[1] == "Not being able to stop or control worrying");
    CHECK(on.questionnaires[1].options
          == std::vector<std::string>{"Not at all", "Several days", "More than half the days", "Nearly every day"});
    CHECK(compose(f.store, f.id, options({}, {}, false)).questionnaires.empty());
}
