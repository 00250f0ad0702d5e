#include "core/recall/Worklist.h"

#include "core/clinical/ConditionCatalogue.h"
#include "core/model/Patient.h"
#include "core/record/FieldRecordReader.h"
#include "core/record/RecordStore.h"

#include <algorithm>
#include <array>
#include <unordered_map>

namespace carehouse::recall {

namespace {

constexpr std::array<std::pair<WorklistKind, std::string_view>, 8> kLists{{
    {WorklistKind::Due, "due"},
    {WorklistKind::InvitedOnce, "invited-once"},
    {WorklistKind::InvitedTwice, "invited-twice"},
    {WorklistKind::SurveillanceToBook, "surveillance-to-book"},
    {WorklistKind::ResultsAwaiting, "results-awaiting"},
    {WorklistKind::LettersToSend, "letters-to-send"},
    {WorklistKind::CarePlanningToBook, "care-planning-to-book"},
    {WorklistKind::Exceptions, "exceptions"},
}};

struct Person
{
    WorklistRow row;
    CycleFacts facts;
};

// The register: everyone with an active diabetes diagnosis, with the earliest diagnosis date.
base::Status readRegister(record::RecordStore& store, const std::string& onlyPatient,
                          std::unordered_map<std::string, Person>& people, std::vector<std::string>& order)
{
    auto conditions = clinical::ConditionCatalogue::standard();
    if (!conditions)
        return conditions.error();
    std::string codes;
    for (const auto& e : (*conditions)->entries())
        if (e.diabetes)
            codes += (codes.empty() ? "'" : ",'") + e.code + "'";
    std::string sql = "SELECT p.id, p.title, p.given_name, p.family_name, p.nhs_number, p.birth_date, p.postcode, "
                      "p.restricted, min(c.onset_date) FROM patient p JOIN condition c ON c.patient_id = p.id "
                      "AND c.status = 'active' AND c.code IN ("
        + codes + ")";
    if (!onlyPatient.empty())
        sql += " WHERE p.id = ?";
    sql += " GROUP BY p.id ORDER BY p.family_key, p.given_key, p.birth_date";
    auto st = store.statements().get(sql);
    if (!st)
        return st.error();
    auto& s = **st;
    if (!onlyPatient.empty())
        s.bind(1, onlyPatient);
    const auto today = store.clock().today();
    while (true) {
        auto row = s.step();
        if (!row) {
            s.reset();
            return row.error();
        }
        if (!*row)
            break;
        Person p;
        model::Patient name;
        name.title = s.columnText(1);
        name.givenName = s.columnText(2);
        name.familyName = s.columnText(3);
        p.row.patientId = s.columnText(0);
        p.row.name = model::bannerName(name);
        p.row.nhsNumber = s.columnText(4);
        p.row.birthDate = base::CivilDate::parseIso(s.columnText(5)).value_or(base::CivilDate{});
        p.row.age = p.row.birthDate.valid() ? p.row.birthDate.ageOn(today) : 0;
        p.row.restricted = s.columnInt(7) != 0;
        p.row.postcode = p.row.restricted ? std::string() : s.columnText(6);
        p.facts.birthDate = p.row.birthDate;
        p.facts.diagnosedOn = base::CivilDate::parseIso(s.columnText(8)).value_or(base::CivilDate{});
        order.push_back(p.row.patientId);
        people.emplace(p.row.patientId, std::move(p));
    }
    s.reset();
    return {};
}

template <typename T, typename Member>
base::Status attach(record::FieldRecordReader& reader, const std::string& onlyPatient,
                    std::unordered_map<std::string, Person>& people, Member member)
{
    return reader.each<T>(onlyPatient.empty() ? std::string() : "patient_id = ?",
                          onlyPatient.empty() ? std::vector<std::string>{} : std::vector<std::string>{onlyPatient},
                          [&](record::Versioned<T>&& v) {
                              auto it = people.find(v.value.patientId);
                              if (it != people.end())
                                  (it->second.facts.*member).push_back(std::move(v.value));
                          });
}

// One pass over `select` (patient_id first) for the people on the register: `filter` and, for
// one person's read, their id narrow it; rows of people not on the register are skipped.
template <typename Fn>
base::Status eachRegisterRow(record::RecordStore& store, const std::string& select, const std::string& filter,
                             const std::string& tail, const std::string& onlyPatient,
                             std::unordered_map<std::string, Person>& people, Fn&& fn)
{
    std::string where = filter;
    if (!onlyPatient.empty())
        where += (where.empty() ? "" : " AND ") + std::string("patient_id = ?");
    auto st = store.statements().get(select + (where.empty() ? std::string() : " WHERE " + where) + tail);
    if (!st)
        return st.error();
    auto& s = **st;
    if (!onlyPatient.empty())
        s.bind(1, onlyPatient);
    while (true) {
        auto row = s.step();
        if (!row) {
            s.reset();
            return row.error();
        }
        if (!*row)
            break;
        auto it = people.find(s.columnText(0));
        if (it != people.end())
            fn(it->second, s);
    }
    s.reset();
    return {};
}

base::Result<std::vector<WorklistRow>> build(record::RecordStore& store, const std::string& onlyPatient)
{
    auto policy = RecallPolicy::forPractice(store);
    if (!policy)
        return policy.error();
    std::unordered_map<std::string, Person> people;
    std::vector<std::string> order;
    if (auto st = readRegister(store, onlyPatient, people, order); !st)
        return st.error();
    record::FieldRecordReader reader(store);
    if (auto st = attach<model::Invitation>(reader, onlyPatient, people, &CycleFacts::invitations); !st)
        return st.error();
    if (auto st = attach<model::Appointment>(reader, onlyPatient, people, &CycleFacts::appointments); !st)
        return st.error();
    if (auto st = attach<model::LabRequest>(reader, onlyPatient, people, &CycleFacts::labRequests); !st)
        return st.error();
    if (auto st = attach<model::CareException>(reader, onlyPatient, people, &CycleFacts::exceptions); !st)
        return st.error();
    // The results letters sent (the letters log) move a cycle on to "letter sent".
    auto letters = reader.each<model::SentLetter>(
        onlyPatient.empty() ? std::string("kind = 'results'") : std::string("kind = 'results' AND patient_id = ?"),
        onlyPatient.empty() ? std::vector<std::string>{} : std::vector<std::string>{onlyPatient},
        [&](record::Versioned<model::SentLetter>&& v) {
            auto it = people.find(v.value.patientId);
            if (it != people.end())
                it->second.facts.lettersSent.push_back(v.value.sentOn);
        });
    if (!letters)
        return letters.error();
    // The other long-term conditions come into the same review, so the person is on each list
    // once, never once per condition.
    auto catalogue = clinical::ConditionCatalogue::standard();
    if (!catalogue)
        return catalogue.error();
    auto conditions
        = eachRegisterRow(store, "SELECT patient_id, code FROM condition", "status = 'active'",
                          " ORDER BY onset_date, code", onlyPatient, people, [&](Person& p, const db::Statement& s) {
                              const auto* entry = (*catalogue)->find(s.columnText(1));
                              if (!entry || entry->diabetes)
                                  return;
                              auto& also = p.row.alsoReviewed;
                              if (std::find(also.begin(), also.end(), entry->term) == also.end())
                                  also.push_back(entry->term);
                          });
    if (!conditions)
        return conditions.error();
    // Care plans: only the dates are needed, so the plans themselves are not read.
    auto plans = eachRegisterRow(store, "SELECT patient_id, consulted_on, next_review FROM care_plan", "", "",
                                 onlyPatient, people, [](Person& p, const db::Statement& s) {
                                     p.facts.agreedReviews.emplace_back(
                                         base::CivilDate::parseIso(s.columnText(1)).value_or(base::CivilDate{}),
                                         base::CivilDate::parseIso(s.columnText(2)).value_or(base::CivilDate{}));
                                 });
    if (!plans)
        return plans.error();
    const auto today = store.clock().today();
    std::vector<WorklistRow> out;
    out.reserve(order.size());
    for (const auto& id : order) {
        auto& p = people.at(id);
        p.row.cycle = CareCycle::evaluate(p.facts, today, *policy);
        out.push_back(std::move(p.row));
    }
    return out;
}

} // namespace

std::string_view worklistCode(WorklistKind k)
{
    for (const auto& [kind, code] : kLists)
        if (kind == k)
            return code;
    return "due";
}

std::optional<WorklistKind> worklistFromCode(std::string_view code)
{
    for (const auto& [kind, c] : kLists)
        if (c == code)
            return kind;
    return std::nullopt;
}

const std::vector<WorklistKind>& allWorklists()
{
    static const std::vector<WorklistKind> all = [] {
        std::vector<WorklistKind> v;
        for (const auto& [kind, code] : kLists)
            v.push_back(kind);
        return v;
    }();
    return all;
}

bool WorklistReader::belongs(WorklistKind kind, const CycleState& c)
{
    switch (kind) {
    case WorklistKind::Due: return c.stage == CycleStage::Due;
    case WorklistKind::InvitedOnce: return c.stage == CycleStage::Invited && c.invitations == 1;
    case WorklistKind::InvitedTwice: return c.stage == CycleStage::Invited && c.invitations >= 2;
    case WorklistKind::SurveillanceToBook: return c.stage == CycleStage::Due || c.stage == CycleStage::Invited;
    case WorklistKind::ResultsAwaiting: return c.stage == CycleStage::SurveillanceDone;
    // The letter carries the care planning appointment, so a booked consultation still needs its letter.
    case WorklistKind::LettersToSend:
        return (c.stage == CycleStage::ResultsBack || c.stage == CycleStage::CarePlanningBooked) && !c.letterSentOn;
    case WorklistKind::CarePlanningToBook:
        return c.stage == CycleStage::ResultsBack || c.stage == CycleStage::LetterSent;
    case WorklistKind::Exceptions: return c.stage == CycleStage::Excepted;
    }
    return false;
}

base::Result<std::vector<WorklistRow>> WorklistReader::everyone()
{
    if (auto st = m_store.require(security::Permission::ViewRecord); !st)
        return st.error();
    return build(m_store, {});
}

std::vector<WorklistRow> WorklistReader::select(WorklistKind kind, const std::vector<WorklistRow>& everyone)
{
    std::vector<WorklistRow> out;
    for (const auto& row : everyone)
        if (belongs(kind, row.cycle))
            out.push_back(row);
    // Most urgent first: the longest overdue, then the longest waiting.
    std::stable_sort(out.begin(), out.end(),
                     [](const WorklistRow& a, const WorklistRow& b) { return a.cycle.dueDate < b.cycle.dueDate; });
    return out;
}

base::Result<std::vector<WorklistRow>> WorklistReader::list(WorklistKind kind)
{
    auto all = everyone();
    if (!all)
        return all.error();
    return select(kind, *all);
}

base::Result<CycleState> WorklistReader::cycleOf(const std::string& patientId)
{
    if (auto st = m_store.require(security::Permission::ViewRecord); !st)
        return st.error();
    auto rows = build(m_store, patientId);
    if (!rows)
        return rows.error();
    if (rows->empty())
        return base::Error::make(base::ErrorCode::NotFound, "diabetes register", patientId);
    return rows->front().cycle;
}

} // namespace carehouse::recall
