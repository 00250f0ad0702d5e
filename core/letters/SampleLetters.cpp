#include "core/letters/SampleLetters.h"

#include "core/letters/LetterWording.h"
#include "core/letters/PracticeDetails.h"
#include "core/letters/ResultsLetterComposer.h"
#include "core/record/PracticeCatalogue.h"
#include "core/record/RecordStore.h"

#include <map>

namespace carehouse::letters {

namespace {

constexpr const char* kSampleId = "sample-patient";

struct SampleValue
{
    int monthsAgo;
    std::optional<double> value;
    std::optional<double> value2;
    const char* valueCode;
};

// Made-up values by catalogue item: this year's and last year's. Eye screening is left out of
// this year, so the sample shows a test not done yet.
const std::map<std::string, std::vector<SampleValue>>& sampleValues()
{
    static const std::map<std::string, std::vector<SampleValue>> values{
        {"hba1c", {{13, 58, {}, ""}, {1, 62, {}, ""}}},
        {"blood-pressure", {{13, 144, 86, ""}, {1, 136, 80, ""}}},
        {"cholesterol", {{13, 4.9, {}, ""}, {1, 4.6, {}, ""}}},
        {"egfr", {{13, 75, {}, ""}, {1, 72, {}, ""}}},
        {"acr", {{13, 2.4, {}, ""}, {1, 2.1, {}, ""}}},
        {"foot-risk", {{13, {}, {}, "low"}, {1, {}, {}, "low"}}},
        {"bmi", {{13, 30.1, {}, ""}, {1, 29.4, {}, ""}}},
        {"smoking", {{1, {}, {}, "8517006"}}},
        {"eye", {{20, {}, {}, "no-retinopathy"}}},
    };
    return values;
}

} // namespace

model::Patient SampleLetters::person()
{
    model::Patient p;
    p.id = kSampleId;
    p.nhsNumber = "9999999999";
    p.title = "Mx";
    p.givenName = "Sample";
    p.familyName = "PATIENT";
    p.birthDate = *base::CivilDate::fromYmd(1960, 1, 1);
    p.gender = model::Gender::Unknown;
    p.addressLine1 = "1 Sample Street";
    p.addressLine2 = "Not a real address";
    p.town = "Sampletown";
    p.postcode = "ZZ99 9ZZ";
    return p;
}

base::Result<ResultsLetterContent> SampleLetters::results(const record::RecordStore& store, const std::string& language,
                                                          const LetterTemplate& body, base::CivilDate today,
                                                          bool largePrint, std::optional<bool> phq2Gad2)
{
    auto catalogue = record::PracticeCatalogue::of(store);
    if (!catalogue)
        return catalogue.error();
    auto wording = LetterWording::forLanguage(language);
    if (!wording)
        return wording.error();
    auto practice = PracticeDetails::read(store);
    if (!practice)
        return practice.error();

    ResultsLetterComposer::Facts facts;
    facts.person = person();
    facts.person.preferredLanguage = wording->language();
    facts.practice = std::move(practice).value();
    facts.today = today;
    facts.largePrint = largePrint;
    facts.phq2Gad2 = phq2Gad2.value_or(ResultsLetterComposer::questionnairesOn(store));
    for (const auto& process : (*catalogue)->processes()) {
        std::vector<std::vector<model::Observation>> perItem;
        for (const auto& item : process.items) {
            std::vector<model::Observation> values;
            auto it = sampleValues().find(item.id);
            if (it != sampleValues().end())
                for (const auto& v : it->second) {
                    model::Observation o;
                    o.id = "sample-" + item.id + "-" + std::to_string(v.monthsAgo);
                    o.patientId = kSampleId;
                    o.code = item.code;
                    o.effective = today.addDays(-30 * v.monthsAgo - 3);
                    o.value = v.value;
                    o.value2 = v.value2;
                    o.valueCode = v.valueCode;
                    o.unit = item.unit;
                    values.push_back(std::move(o));
                }
            perItem.push_back(std::move(values));
        }
        facts.observations.push_back(std::move(perItem));
    }
    model::Appointment appointment;
    appointment.id = "sample-appointment";
    appointment.patientId = kSampleId;
    appointment.type = model::Appointment::Type::CarePlanning;
    appointment.date = today.addDays(14);
    appointment.minuteOfDay = 10 * 60 + 30;
    appointment.status = model::Appointment::Status::Booked;
    facts.carePlanning = appointment;
    return ResultsLetterComposer::composeFrom(facts, **catalogue, *wording, body);
}

base::Result<Letter> SampleLetters::invitation(const record::RecordStore& store, const InvitationLetter& letter,
                                               base::CivilDate today)
{
    auto practice = PracticeDetails::read(store);
    if (!practice)
        return practice.error();
    return letter.compose(person(), *practice, today);
}

} // namespace carehouse::letters
