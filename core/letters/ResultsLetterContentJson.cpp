#include "core/letters/ResultsLetterContentJson.h"

#include <nlohmann/json.hpp>

namespace carehouse::base {

// Dates travel as ISO text; an unset date as "".
void to_json(nlohmann::json& j, const CivilDate& d)
{
    j = d.valid() ? d.iso() : std::string();
}

void from_json(const nlohmann::json& j, CivilDate& d)
{
    const auto text = j.get<std::string>();
    if (text.empty()) {
        d = CivilDate();
        return;
    }
    const auto parsed = CivilDate::parseIso(text);
    if (!parsed)
        throw nlohmann::json::other_error::create(501, "not an ISO date: " + text, &j);
    d = *parsed;
}

} // namespace carehouse::base

namespace carehouse::letters {

// Every field, by its C++ name: a field added to the content and not here fails the round-trip
// test (tests/core/ResultsLetterContentJsonTest.cpp compares fingerprints).
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(ResultsLetterPerson, patientId, name, bannerName, nhsNumber, nhsNumberText,
                                   birthDateText, addressLines, addressWithheld)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(ResultsLetterPractice, name, addressLines, phone)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(ResultsLetterRow, processId, plainName, explanation, done, valueText, date, dateText,
                                   resultOnText, hasPrevious, previousValueText, previousDate, previousDateText,
                                   previousText, changeWords, targetText, targetAgreed, aboveTarget, band, meaning,
                                   notDoneText, lastDone, notDoneAdvice)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(ResultsLetterAppointment, booked, date, dateText, timeText, place, withWhom,
                                   sentence, bring)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(ResultsLetterAgenda, prompt, tickInstruction, topics, mattersMost, writeSpace)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(ResultsLetterQuestionnaire, id, title, intro, items, options)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(ResultsLetterFrameWords, phone, nhsNumber, page)

// A block's kind travels by its stable name; an unknown name is a malformed document.
void to_json(nlohmann::json& j, const ResultsLetterBlock& b)
{
    j = nlohmann::json{{"kind", blockKindCode(b.kind)}, {"text", b.text}, {"items", b.items}};
}

void from_json(const nlohmann::json& j, ResultsLetterBlock& b)
{
    using Kind = ResultsLetterBlock::Kind;
    const auto code = j.at("kind").get<std::string>();
    bool known = false;
    for (auto kind : {Kind::Heading, Kind::Paragraph, Kind::Bullets, Kind::Results, Kind::NotDone, Kind::Appointment,
                      Kind::Agenda, Kind::Questionnaires})
        if (code == blockKindCode(kind)) {
            b.kind = kind;
            known = true;
        }
    if (!known)
        throw nlohmann::json::other_error::create(501, "unknown letter block: " + code, &j);
    j.at("text").get_to(b.text);
    j.at("items").get_to(b.items);
}
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(ResultsLetterContent, language, languageName, largePrint, date, dateText, title,
                                   intro, resultsHeading, notDoneHeading, appointmentHeading, agendaHeading,
                                   questionnairesHeading, largePrintOffer, frame, person, practice, rows, noResultsYet,
                                   noResultsText, appointment, agenda, questionnaires, layout, templateName)

namespace {
constexpr int kFormat = 1; // bumped when a field changes meaning
}

std::string contentToJson(const ResultsLetterContent& content)
{
    nlohmann::json j = content;
    j["format"] = kFormat;
    return j.dump();
}

base::Result<ResultsLetterContent> contentFromJson(const std::string& text)
{
    try {
        const auto j = nlohmann::json::parse(text);
        if (!j.is_object() || j.value("format", 0) != kFormat)
            return base::Error::make(base::ErrorCode::MalformedInput, "format").withDetail("not a letter content");
        return j.get<ResultsLetterContent>();
    } catch (const nlohmann::json::exception& e) {
        return base::Error::make(base::ErrorCode::MalformedInput, "content").withDetail(e.what());
    }
}

} // namespace carehouse::letters
