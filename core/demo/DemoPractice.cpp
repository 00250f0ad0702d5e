#include "core/demo/DemoPractice.h"

#include "core/base/ResourceDirectory.h"
#include "core/base/Uuid.h"
#include "core/clinical/CareProcessCatalogue.h"
#include "core/demo/DemoCarePlans.h"
#include "core/demo/DemoPopulation.h"
#include "core/demo/DemoRandom.h"
#include "core/model/NhsNumber.h"
#include "core/record/ChangeSet.h"
#include "core/record/PatientDirectory.h"
#include "core/record/RecordStore.h"
#include "core/record/UserAccounts.h"
#include "core/results/ResultMatcher.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <fmt/format.h>

namespace carehouse::demo {

using base::CivilDate;
using base::Error;
using base::ErrorCode;

namespace {

struct Codes
{
    std::string hba1c, bp, cholesterol, creatinine, egfr, acr, foot, bmi, weight, height, smoking, eye;
};

base::Result<Codes> codesFrom(const clinical::CareProcessCatalogue& cat)
{
    Codes c;
    const std::array<std::pair<std::string*, const char*>, 12> wanted{{{&c.hba1c, "hba1c"},
                                                                       {&c.bp, "blood-pressure"},
                                                                       {&c.cholesterol, "cholesterol"},
                                                                       {&c.creatinine, "creatinine"},
                                                                       {&c.egfr, "egfr"},
                                                                       {&c.acr, "acr"},
                                                                       {&c.foot, "foot-risk"},
                                                                       {&c.bmi, "bmi"},
                                                                       {&c.weight, "weight"},
                                                                       {&c.height, "height"},
                                                                       {&c.smoking, "smoking"},
                                                                       {&c.eye, "eye"}}};
    for (auto& [target, id] : wanted) {
        const auto* item = cat.itemById(id);
        if (!item)
            return Error::make(ErrorCode::ResourceInvalid, "care process item", id);
        *target = item->code;
    }
    return c;
}

double round1(double v)
{
    return std::round(v * 10.0) / 10.0;
}
double round0(double v)
{
    return std::round(v);
}

// CKD-EPI 2021 (no ethnicity coefficient), as UK labs now report it.
double egfrFrom(double creatinineUmol, int age, bool female)
{
    double scr = creatinineUmol / 88.4;
    double kappa = female ? 0.7 : 0.9;
    double alpha = female ? -0.241 : -0.302;
    double ratio = scr / kappa;
    double e = 142.0 * std::pow(std::min(ratio, 1.0), alpha) * std::pow(std::max(ratio, 1.0), -1.2)
        * std::pow(0.9938, age) * (female ? 1.012 : 1.0);
    return std::clamp(round0(e), 5.0, 150.0);
}

class PersonGenerator
{
public:
    PersonGenerator(const DemoPopulation& pop, const Codes& codes, CivilDate today, int years, std::string practice)
        : m_pop(pop)
        , m_codes(codes)
        , m_today(today)
        , m_years(years)
        , m_practice(std::move(practice))
    {
        for (const auto& g : pop.groups)
            m_weights.push_back(g.weight);
    }

    // Adds one person with their diagnoses and history; returns rows added per kind.
    void add(DemoRandom& rng, int index, record::ChangeSet& cs, DemoStats& stats)
    {
        const auto& group = m_pop.groups[rng.weighted(m_weights)];
        bool type1 = rng.chance(0.08);
        bool female = rng.chance(type1 ? 0.47 : 0.44);

        model::Patient p;
        p.id = uuid(rng);
        p.nhsNumber = nhsNumber();
        p.gender = female ? model::Gender::Female : model::Gender::Male;
        p.givenName = rng.pick(female ? group.female : group.male);
        p.familyName = rng.pick(group.family);
        // Two namesakes near the top of every practice, so telling people apart is always visible.
        if (index == 0 || index == 1) {
            p.familyName = "Smith";
            p.givenName = "John";
            p.gender = model::Gender::Male;
            female = false;
        }
        p.title = female ? rng.pick(m_pop.femaleTitles) : rng.pick(m_pop.maleTitles);
        if (rng.chance(0.01))
            p.title = "Dr";
        int age = type1 ? static_cast<int>(std::clamp(rng.normal(42, 16), 18.0, 85.0))
                        : static_cast<int>(std::clamp(rng.normal(65, 12), 28.0, 97.0));
        int dayOfYear = rng.between(0, 364);
        p.birthDate = m_today.addYears(-age - 1).addDays(dayOfYear + 1);
        if (p.birthDate > m_today)
            p.birthDate = p.birthDate.addYears(-1);
        age = p.birthDate.ageOn(m_today);

        p.addressLine1 = fmt::format("{} {}", rng.between(1, 240), rng.pick(m_pop.streets));
        p.addressLine2 = rng.pick(m_pop.areas);
        p.town = m_pop.town;
        p.postcode
            = fmt::format("{} {}{}{}", rng.pick(m_pop.postcodeDistricts), rng.between(1, 9),
                          static_cast<char>('A' + rng.between(0, 25)), static_cast<char>('A' + rng.between(0, 25)));
        p.phone = fmt::format("07700 9{:05}", rng.between(0, 99999)); // Ofcom's drama range
        p.restricted = rng.chance(0.005);
        p.practice = m_practice;
        double consent = rng.uniform();
        p.sharingConsent = consent < 0.85 ? model::SharingConsent::SharedCareTeam
            : consent < 0.93              ? model::SharingConsent::PracticeOnly
            : consent < 0.98              ? model::SharingConsent::NotRecorded
                                          : model::SharingConsent::Withdrawn;
        for (const auto& [lang, share] : group.languages)
            if (p.preferredLanguage.empty() && rng.chance(share * (age > 50 ? 1.2 : 0.6)))
                p.preferredLanguage = lang;
        p.largePrint = age >= 75 ? rng.chance(0.12) : rng.chance(0.01);
        p.ethnicity = group.ethnicity;
        cs.addPatient(p);
        ++stats.people;

        // Diagnosis: type 1 in youth, type 2 in mid life; some diagnosed within the window.
        int diagnosedAge = type1 ? std::clamp(static_cast<int>(rng.normal(14, 8)), 1, age)
                                 : std::clamp(static_cast<int>(rng.normal(age - 9, 6)), 25, age);
        CivilDate diagnosed = p.birthDate.addYears(diagnosedAge).addDays(rng.between(0, 300));
        if (diagnosed > m_today)
            diagnosed = m_today.addDays(-rng.between(20, 200));
        addCondition(rng, cs, p.id, type1 ? "46635009" : "44054006",
                     type1 ? "Type 1 diabetes mellitus" : "Type 2 diabetes mellitus", diagnosed);
        ++stats.conditions;
        std::vector<std::string> conditions{type1 ? "46635009" : "44054006"};
        struct Ltc
        {
            const char* code;
            const char* term;
            double chance;
        };
        static constexpr std::array<Ltc, 9> ltcs{{{"38341003", "Hypertension", 0.55},
                                                  {"709044004", "Chronic kidney disease", 0.18},
                                                  {"53741008", "Coronary heart disease", 0.14},
                                                  {"35489007", "Depression", 0.15},
                                                  {"195967001", "Asthma", 0.10},
                                                  {"13645005", "Chronic obstructive pulmonary disease", 0.06},
                                                  {"49436004", "Atrial fibrillation", 0.07},
                                                  {"84114007", "Heart failure", 0.05},
                                                  {"230690007", "Stroke", 0.04}}};
        bool ckd = false;
        for (const auto& l : ltcs) {
            double scale = type1 ? 0.4 : (age > 70 ? 1.3 : 1.0);
            if (!rng.chance(l.chance * scale))
                continue;
            ckd = ckd || std::string_view(l.code) == "709044004";
            auto onsetAge = std::clamp(static_cast<int>(rng.normal(age - 8, 7)), 20, age);
            addCondition(rng, cs, p.id, l.code, l.term, p.birthDate.addYears(onsetAge).addDays(rng.between(0, 364)));
            ++stats.conditions;
            conditions.emplace_back(l.code);
        }

        history(rng, cs, stats, p, type1, female, ckd, diagnosed, conditions);
    }

private:
    // Ordered like the record store's own ids (a rising prefix, then randomness): rows land at the
    // end of each index instead of all over it.
    static std::uint64_t streamFor(const std::string& id)
    {
        std::uint64_t h = 14695981039346656037ULL; // FNV-1a: the same on every platform
        for (unsigned char c : id)
            h = (h ^ c) * 1099511628211ULL;
        return h;
    }

    std::string uuid(DemoRandom& rng) { return base::orderedUuid(m_demoEpochMillis, m_sequence++, rng.next()); }

    // Distinct valid numbers from the 999 test range: a fixed stride coprime with 10^6 visits
    // each nine-digit stem once; stems whose check digit would be 10 are skipped.
    std::string nhsNumber()
    {
        while (true) {
            std::uint64_t stem = 999000000ULL + (static_cast<std::uint64_t>(m_nextStem++) * 7919ULL) % 1000000ULL;
            auto nine = fmt::format("{}", stem);
            int check = model::NhsNumber::checkDigit(nine);
            if (check >= 0)
                return nine + static_cast<char>('0' + check);
        }
    }

    void addCondition(DemoRandom& rng, record::ChangeSet& cs, const std::string& patientId, const char* code,
                      const char* term, CivilDate onset)
    {
        model::Condition c;
        c.id = uuid(rng);
        c.patientId = patientId;
        c.code = code;
        c.term = term;
        c.onsetDate = std::min(onset, m_today);
        cs.addCondition(c);
    }

    std::string observe(DemoRandom& rng, record::ChangeSet& cs, DemoStats& stats, const std::string& patientId,
                        const std::string& code, CivilDate date, std::optional<double> value, const char* unit,
                        std::optional<double> value2 = std::nullopt, std::string valueCode = {})
    {
        model::Observation o;
        o.id = uuid(rng);
        o.patientId = patientId;
        o.code = code;
        o.effective = date;
        o.value = value;
        o.value2 = value2;
        o.valueCode = std::move(valueCode);
        o.unit = unit;
        const bool labTest = code == m_codes.hba1c || code == m_codes.cholesterol || code == m_codes.creatinine
            || code == m_codes.egfr || code == m_codes.acr;
        if (m_lab && labTest) {
            // This cycle's bloods arrived from the laboratory: fulfil the request, wait in the inbox.
            o.source = model::Observation::Source::Lab;
            o.sourceKey = results::ResultMatcher::sourceKeyOf(m_lab->nhs, code, date.iso(), value, value2);
            model::LabRequest r{uuid(rng), patientId, code, m_lab->requestedOn, model::LabRequest::Status::Fulfilled,
                                o.id};
            o.requestId = r.id;
            cs.addRecord(r);
            ++stats.cycle;
            if (rng.chance(m_lab->reviewedShare)) {
                cs.addRecord(model::ResultReview{uuid(rng),
                                                 patientId,
                                                 o.id,
                                                 model::ResultReview::Outcome::Filed,
                                                 {},
                                                 date.addDays(rng.between(1, 4)),
                                                 "gp"});
                ++stats.cycle;
            }
        }
        cs.addObservation(o);
        ++stats.observations;
        return o.id;
    }

    struct LabContext
    {
        std::string nhs;
        CivilDate requestedOn;
        double reviewedShare = 0.5;
    };

    void appointment(DemoRandom& rng, record::ChangeSet& cs, DemoStats& stats, const std::string& patientId,
                     model::Appointment::Type type, CivilDate date, model::Appointment::Status status)
    {
        model::Appointment a;
        a.id = uuid(rng);
        a.patientId = patientId;
        a.type = type;
        a.date = date;
        a.minuteOfDay = 8 * 60 + 30 + 15 * rng.between(0, 32);
        const bool hca = type == model::Appointment::Type::Surveillance;
        a.withWhom
            = hca ? "Hannah Osei (HCA)" : (rng.chance(0.8) ? "Nadia Rahman (practice nurse)" : "Dr Gareth Lloyd");
        a.place = hca ? "Treatment room 2" : "Nurse room 1";
        a.status = status;
        cs.addRecord(a);
        ++stats.cycle;
    }

    void invite(DemoRandom& rng, record::ChangeSet& cs, DemoStats& stats, const std::string& patientId,
                CivilDate sentOn)
    {
        const double how = rng.uniform();
        auto method = how < 0.6 ? model::Invitation::Method::Letter
            : how < 0.9         ? model::Invitation::Method::Sms
                                : model::Invitation::Method::Phone;
        cs.addRecord(model::Invitation{uuid(rng), patientId, sentOn, method, {}});
        ++stats.cycle;
    }

    // This year's review is still ahead: invitations out, some surveillance appointments booked.
    void upcoming(DemoRandom& rng, record::ChangeSet& cs, DemoStats& stats, const std::string& patientId,
                  CivilDate surveillanceDay)
    {
        if (surveillanceDay.daysSinceEpoch() - m_today.daysSinceEpoch() > 35)
            return;
        const double roll = rng.uniform();
        if (roll < 0.55) {
            invite(rng, cs, stats, patientId, m_today.addDays(-rng.between(1, 13)));
        } else if (roll < 0.70) {
            CivilDate first = m_today.addDays(-rng.between(16, 30));
            invite(rng, cs, stats, patientId, first);
            invite(rng, cs, stats, patientId, first.addDays(rng.between(7, 14)));
        } else {
            return;
        }
        if (rng.chance(0.35))
            appointment(rng, cs, stats, patientId, model::Appointment::Type::Surveillance,
                        std::max(surveillanceDay, m_today.addDays(1)), model::Appointment::Status::Booked);
    }

    void history(DemoRandom& rng, record::ChangeSet& cs, DemoStats& stats, const model::Patient& p, bool type1,
                 bool female, bool ckd, CivilDate diagnosed, const std::vector<std::string>& conditions)
    {
        std::vector<CivilDate> consultations;
        // How reliably this person attends: most do, some partly, a few rarely; some have
        // declined care for the last two years.
        double engagement = rng.uniform();
        double attend = engagement < 0.70 ? 0.93 : engagement < 0.90 ? 0.6 : 0.25;
        bool declinedRecently = rng.chance(0.04);

        double height = female ? rng.normal(160, 7) : rng.normal(173, 7);
        height = std::clamp(height, 140.0, 200.0);
        double bmi = type1 ? rng.normal(26, 4) : rng.normal(31, 5.5);
        bmi = std::clamp(bmi, 18.0, 55.0);
        double hba1c = type1 ? rng.normal(68, 12) : rng.normal(58, 11);
        double hba1cDrift = rng.normal(0.8, 2.0);
        double systolic = rng.normal(136, 13), diastolic = rng.normal(79, 8);
        double cholesterol = rng.normal(4.4, 0.9);
        double creatinine = ckd ? rng.normal(130, 35) : rng.normal(82, 16);
        double acr = std::exp(rng.normal(ckd ? 2.0 : 0.4, 1.0));
        double smokingRoll = rng.uniform();
        std::string smoking = smokingRoll < 0.15 ? "77176002" : smokingRoll < 0.50 ? "8517006" : "266919005";
        double footRoll = rng.uniform();
        std::string foot = footRoll < 0.60 ? "low" : footRoll < 0.85 ? "moderate" : footRoll < 0.97 ? "high" : "active";
        bool heightRecorded = false;

        // Reviews before the years generated here happened too: the last one closes the cycle
        // before the window, so someone who stops attending is overdue from then, not from diagnosis.
        const CivilDate windowStart = m_today.addYears(-m_years);
        if (diagnosed < windowStart.addDays(-120))
            appointment(rng, cs, stats, p.id, model::Appointment::Type::CarePlanning,
                        windowStart.addDays(-rng.between(20, 100)), model::Appointment::Status::Attended);

        for (int k = m_years - 1; k >= 0; --k) {
            int year = m_today.year() - k;
            auto review = CivilDate::fromYmd(year, p.birthDate.month(), std::min(p.birthDate.day(), 28));
            if (!review)
                continue;
            CivilDate date = review->addDays(rng.between(-20, 40));
            if (date < diagnosed)
                continue;
            if (declinedRecently && k <= 1)
                continue;
            if (date > m_today) {
                if (k == 0)
                    upcoming(rng, cs, stats, p.id, date.addDays(-7));
                continue;
            }
            double chance = attend;
            // Summer holidays and December thin out appointments.
            if (date.month() == 8 || date.month() == 12)
                chance *= 0.75;
            if (!rng.chance(chance))
                continue;
            int age = p.birthDate.ageOn(date);

            // The surveillance appointment a week before the review date takes the bloods; the
            // care planning consultation follows once the results are back.
            const CivilDate surveillanceDay = date.addDays(-7);
            const CivilDate carePlanningDay = date.addDays(rng.between(5, 25));
            const bool closed = carePlanningDay <= m_today;
            const bool awaiting
                = !closed && m_today.daysSinceEpoch() - surveillanceDay.daysSinceEpoch() < 12 && rng.chance(0.5);
            appointment(rng, cs, stats, p.id, model::Appointment::Type::Surveillance, surveillanceDay,
                        model::Appointment::Status::Attended);
            if (closed) {
                appointment(rng, cs, stats, p.id, model::Appointment::Type::CarePlanning, carePlanningDay,
                            model::Appointment::Status::Attended);
                consultations.push_back(carePlanningDay);
            } else if (rng.chance(0.55))
                appointment(rng, cs, stats, p.id, model::Appointment::Type::CarePlanning, carePlanningDay,
                            model::Appointment::Status::Booked);
            if (!closed)
                m_lab = LabContext{p.nhsNumber, surveillanceDay, 0.4};

            hba1c = std::clamp(hba1c + hba1cDrift + rng.normal(0, 4), 36.0, 130.0);
            bool bloods = rng.chance(0.95);
            if (awaiting) {
                for (const auto* code :
                     {&m_codes.hba1c, &m_codes.cholesterol, &m_codes.creatinine, &m_codes.egfr, &m_codes.acr}) {
                    cs.addRecord(model::LabRequest{
                        uuid(rng), p.id, *code, surveillanceDay, model::LabRequest::Status::Pending, {}});
                    ++stats.cycle;
                }
                bloods = false;
            }
            if (bloods) {
                observe(rng, cs, stats, p.id, m_codes.hba1c, date.addDays(-7), round0(hba1c), "mmol/mol");
                if (hba1c > 64 && rng.chance(0.5)) // a six-month recheck when above target
                    if (auto recheck = date.addDays(rng.between(150, 200)); recheck <= m_today)
                        observe(rng, cs, stats, p.id, m_codes.hba1c, recheck,
                                round0(std::clamp(hba1c + rng.normal(-3, 4), 36.0, 130.0)), "mmol/mol");
                cholesterol = std::clamp(cholesterol + rng.normal(-0.05, 0.3), 2.0, 9.0);
                observe(rng, cs, stats, p.id, m_codes.cholesterol, date.addDays(-7), round1(cholesterol), "mmol/L");
                creatinine = std::clamp(creatinine * (1.0 + rng.normal(0.02, 0.05)), 40.0, 600.0);
                observe(rng, cs, stats, p.id, m_codes.creatinine, date.addDays(-7), round0(creatinine), "umol/L");
                observe(rng, cs, stats, p.id, m_codes.egfr, date.addDays(-7), egfrFrom(creatinine, age, female),
                        "mL/min/{1.73_m2}");
            }
            if (!awaiting && rng.chance(0.65)) {
                acr = std::clamp(acr * std::exp(rng.normal(0.05, 0.3)), 0.2, 400.0);
                observe(rng, cs, stats, p.id, m_codes.acr, date.addDays(-7), round1(acr), "mg/mmol");
            }
            m_lab.reset();
            systolic = std::clamp(systolic + rng.normal(0, 6), 95.0, 210.0);
            diastolic = std::clamp(diastolic + rng.normal(0, 4), 50.0, 120.0);
            observe(rng, cs, stats, p.id, m_codes.bp, date, round0(systolic), "mm[Hg]",
                    round0(std::min(diastolic, systolic - 20)));
            if (rng.chance(0.9)) {
                bmi = std::clamp(bmi + rng.normal(0.1, 0.8), 17.0, 60.0);
                double weight = round1(bmi * (height / 100) * (height / 100));
                if (!heightRecorded) {
                    observe(rng, cs, stats, p.id, m_codes.height, date, round0(height), "cm");
                    heightRecorded = true;
                }
                observe(rng, cs, stats, p.id, m_codes.weight, date, weight, "kg");
                observe(rng, cs, stats, p.id, m_codes.bmi, date, round1(weight / ((height / 100) * (height / 100))),
                        "kg/m2");
            }
            if (smoking == "77176002" && rng.chance(0.12))
                smoking = "8517006";
            if (rng.chance(0.92))
                observe(rng, cs, stats, p.id, m_codes.smoking, date, std::nullopt, "", std::nullopt, smoking);
            if (rng.chance(0.85)) {
                if (rng.chance(0.08) && foot != "active")
                    foot = foot == "low" ? "moderate" : "high";
                observe(rng, cs, stats, p.id, m_codes.foot, date, std::nullopt, "", std::nullopt, foot);
            }
            if (rng.chance(0.82)) {
                double eye = rng.uniform();
                const char* result = eye < 0.70 ? "no-retinopathy"
                    : eye < 0.92                ? "background"
                    : eye < 0.97                ? "referable"
                                                : "ungradable";
                // Screening happens at the retinal service, usually in the weeks before the review.
                observe(rng, cs, stats, p.id, m_codes.eye, date.addDays(-rng.between(0, 60)), std::nullopt, "",
                        std::nullopt, result);
            }
        }
        // The plans draw from a stream of their own, so adding them left the rest of the
        // practice (values, appointments, exceptions) as it was for the same seed.
        DemoRandom planRng(streamFor(p.id));
        stats.cycle += DemoCarePlans::add(planRng, cs, p, consultations, conditions, m_today, [&] {
            return base::orderedUuid(m_demoEpochMillis, m_sequence++, planRng.next());
        });
        exceptions(rng, cs, stats, p, declinedRecently);
    }

    // Personalised care adjustments, and the odd result the laboratory sent with a wrong date of birth.
    void exceptions(DemoRandom& rng, record::ChangeSet& cs, DemoStats& stats, const model::Patient& p,
                    bool declinedRecently)
    {
        const int age = p.birthDate.ageOn(m_today);
        if (declinedRecently && rng.chance(0.6)) {
            CivilDate recorded = m_today.addDays(-rng.between(20, 250));
            cs.addRecord(model::CareException{uuid(rng), p.id, model::CareException::Kind::Declined,
                                              "Declined the diabetes review after two invitations", recorded,
                                              recorded.addDays(365), false});
            ++stats.cycle;
        } else if (age >= 90 && rng.chance(0.25)) {
            CivilDate recorded = m_today.addDays(-rng.between(10, 150));
            cs.addRecord(model::CareException{uuid(rng), p.id, model::CareException::Kind::Unsuitable,
                                              "Housebound: reviewed at home by the community nursing team", recorded,
                                              recorded.addDays(rng.between(180, 365)), false});
            ++stats.cycle;
        }
        if (rng.chance(0.004)) {
            model::UnmatchedResult u;
            u.id = uuid(rng);
            u.reason = model::UnmatchedResult::Reason::BirthDateDiffers;
            u.nhsNumber = p.nhsNumber;
            u.birthDate = p.birthDate.addDays(rng.chance(0.5) ? 1 : -365).display();
            u.system = "http://loinc.org";
            u.code = m_codes.hba1c;
            u.value = round0(rng.normal(60, 10));
            u.effective = m_today.addDays(-rng.between(1, 10));
            u.sourceKey
                = results::ResultMatcher::sourceKeyOf(p.nhsNumber, u.code, u.effective.iso(), u.value, std::nullopt);
            u.sourceFile = "pathology-results.csv";
            u.receivedOn = u.effective.addDays(1) > m_today ? m_today : u.effective.addDays(1);
            cs.addRecord(u);
            ++stats.cycle;
        }
    }

    std::optional<LabContext> m_lab;
    const DemoPopulation& m_pop;
    const Codes& m_codes;
    CivilDate m_today;
    int m_years;
    std::string m_practice;
    std::vector<double> m_weights;
    int m_nextStem = 1;
    std::int64_t m_demoEpochMillis = 1'700'000'000'000;
    std::uint32_t m_sequence = 0;
};

} // namespace

const std::vector<DemoUser>& DemoPractice::users()
{
    static const std::vector<DemoUser> list = {
        {"reception", "Rita Patel", model::Role::Receptionist}, {"hca", "Hannah Osei", model::Role::Hca},
        {"nurse", "Nadia Rahman", model::Role::Nurse},          {"gp", "Dr Gareth Lloyd", model::Role::Gp},
        {"lead", "Dr Laura Chen", model::Role::ClinicalLead},   {"admin", "Alex Morgan", model::Role::Admin},
    };
    return list;
}

base::Result<DemoStats> DemoPractice::build(record::RecordStore& store, const DemoOptions& options,
                                            const Progress& progress)
{
    if (options.people < 1 || options.years < 1 || options.years > 30)
        return Error::make(ErrorCode::InvalidArgument, "people/years",
                           fmt::format("{}/{}", options.people, options.years));
    auto population = DemoPopulation::load(base::resourcePath("demo/population.json"));
    if (!population)
        return population.error();
    auto catalogue = clinical::CareProcessCatalogue::standard();
    if (!catalogue)
        return catalogue.error();
    auto codes = codesFrom(**catalogue);
    if (!codes)
        return codes.error();

    if (!store.initialised()) {
        if (auto st = store.initialise(options.siteName, "admin", users().back().displayName, kPassword); !st)
            return st.error();
        if (auto st = store.login("admin", kPassword); !st)
            return st.error();
        record::UserAccounts accounts(store);
        for (const auto& u : users())
            if (u.role != model::Role::Admin)
                if (auto added = accounts.add(u.username, u.displayName, u.role, kPassword); !added)
                    return added.error();
    }
    // The register is written by the demo GP: the role that may register people, record
    // diagnoses and record care-process values, so the audit names a clinician.
    if (!store.currentUser() || store.currentUser()->username != "gp")
        if (auto st = store.login("gp", kPassword); !st)
            return st.error();
    auto existing = record::PatientDirectory(store).count();
    if (!existing)
        return existing.error();
    if (*existing > 0)
        return Error::make(ErrorCode::AlreadyInitialised, "people", std::to_string(*existing))
            .withDetail("the demo generator only fills an empty register");

    // A bulk build touches far more pages than SQLite's 2 MB default cache holds; without a
    // larger cache each batch spills to the WAL and re-reads index pages from the file.
    // Checkpointing once at the end, not after every batch, writes each page to the file once.
    if (auto st = store.connection().exec("PRAGMA cache_size = -262144; PRAGMA wal_autocheckpoint = 0"); !st)
        return st.error();
    struct RestoreSettings
    {
        record::RecordStore& store;
        ~RestoreSettings()
        {
            (void)store.connection().exec("PRAGMA wal_checkpoint(TRUNCATE); PRAGMA wal_autocheckpoint = 1000; "
                                          "PRAGMA cache_size = -16384");
        }
    } restore{store};

    DemoRandom rng(options.seed);
    PersonGenerator generator(*population, *codes, store.clock().today(), options.years, store.site().name);
    DemoStats stats;
    int batch = std::max(1, options.peoplePerCommit);
    for (int start = 0; start < options.people; start += batch) {
        int end = std::min(options.people, start + batch);
        record::ChangeSet cs("generate-demo-people");
        cs.reserve(static_cast<std::size_t>(end - start) * 70);
        for (int i = start; i < end; ++i) {
            // Each person draws from their own stream, so a batch size change does not change the practice.
            DemoRandom personRng(rng.next() ^ static_cast<std::uint64_t>(i));
            generator.add(personRng, i, cs, stats);
        }
        if (auto r = store.commit(cs); !r)
            return r.error();
        if (progress && !progress(end, options.people))
            return Error::make(ErrorCode::Cancelled);
    }
    return stats;
}

} // namespace carehouse::demo
