#include "core/letters/ResultsLetterComposer.h"

#include "core/clinical/CareProcessCatalogue.h"
#include "core/clinical/CareProcessStatus.h"
#include "core/clinical/TrendSeries.h"
#include "core/letters/InvitationLetter.h"
#include "core/letters/LetterWording.h"
#include "core/letters/PracticeDetails.h"
#include "core/letters/PracticeTemplates.h"
#include "core/model/NhsNumber.h"
#include "core/recall/Worklist.h"
#include "core/record/PatientRepository.h"
#include "core/record/PracticeCatalogue.h"
#include "core/record/RecordStore.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>

namespace carehouse::letters {

using clinical::CareProcessCatalogue;
using clinical::CareProcessStatus;
using Item = CareProcessCatalogue::Item;

namespace {

bool hasValue(const Item& item, const model::Observation& o)
{
    if (o.status != model::Observation::Status::Final)
        return false;
    switch (item.kind) {
    case Item::Kind::Category: return !o.valueCode.empty();
    case Item::Kind::Pair: return o.value.has_value() && o.value2.has_value();
    case Item::Kind::Quantity: return o.value.has_value();
    }
    return false;
}

bool settingOn(const record::RecordStore& store, const char* key)
{
    auto value = store.setting(key);
    if (!value)
        return false;
    std::string v;
    for (char c : *value)
        if (!std::isspace(static_cast<unsigned char>(c)))
            v += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return v == "true" || v == "1" || v == "yes" || v == "on";
}

std::string valueText(const Item& item, const LetterWording::Process& wording, const model::Observation& o)
{
    if (item.kind == Item::Kind::Category) {
        auto it = wording.categories.find(o.valueCode);
        if (it != wording.categories.end())
            return it->second.value;
    }
    return item.formatValue(o.value, o.value2, o.valueCode);
}

std::string changeWords(const Item& item, const LetterWording& wording, const LetterWording::Process& process,
                        const model::Observation& latest, const model::Observation& previous)
{
    if (item.kind == Item::Kind::Category)
        return wording.text(latest.valueCode == previous.valueCode ? "change.same" : "change.changed");
    // Each value of a pair (systolic, diastolic) counts: both up or one up and the other about
    // the same is higher; one up and the other down is "different".
    const double threshold = process.changeThreshold.value_or(0);
    bool up = false, down = false;
    auto compare = [&](std::optional<double> now, std::optional<double> before) {
        if (!now || !before)
            return;
        const double difference = *now - *before;
        if (difference == 0 || std::fabs(difference) < threshold - 1e-9)
            return;
        (difference > 0 ? up : down) = true;
    };
    compare(latest.value, previous.value);
    if (item.kind == Item::Kind::Pair)
        compare(latest.value2, previous.value2);
    if (up && down)
        return wording.text("change.changed");
    if (up || down)
        return wording.text(up ? "change.higher" : "change.lower");
    return wording.text("change.same");
}

// The practice profile's target for an item, from the catalogue's flag rules: "58 mmol/mol or
// less", "less than 5.0 mmol/L", "140/80 mmHg or less".
std::string targetWords(const Item& item, const LetterWording& wording, bool higherRisk)
{
    const auto lines = clinical::TrendSeries::targetLines(item, higherRisk);
    const clinical::TrendSeries::TargetLine* upper = nullptr;
    const clinical::TrendSeries::TargetLine* lower = nullptr;
    for (const auto& line : lines) {
        if (line.side == clinical::TrendSeries::TargetLine::Side::Upper && !upper)
            upper = &line;
        if (line.side == clinical::TrendSeries::TargetLine::Side::Lower && !lower)
            lower = &line;
    }
    auto value = [&](const clinical::TrendSeries::TargetLine& l) { return item.formatValue(l.value, l.value2, ""); };
    if (upper && lower)
        return wording.fill("phrases.range", {{"low", value(*lower)}, {"high", value(*upper)}});
    if (upper)
        return wording.fill(upper->inclusive ? "phrases.orLess" : "phrases.lessThan", {{"value", value(*upper)}});
    if (lower)
        return wording.fill("phrases.orMore", {{"value", value(*lower)}});
    return {};
}

base::Result<ResultsLetterRow> composeRow(const CareProcessCatalogue::Process& process,
                                          std::vector<std::vector<model::Observation>> observations,
                                          const LetterWording& wording, base::CivilDate today, bool higherRisk,
                                          bool& recordedEver)
{
    const auto* w = wording.process(process.id);
    if (!w)
        return base::Error::make(base::ErrorCode::ResourceInvalid, "$.processes." + process.id);
    observations.resize(process.items.size());
    for (const auto& values : observations)
        recordedEver = recordedEver || !values.empty();
    const auto status = CareProcessStatus::of(process, observations, today, higherRisk);
    const auto windowStart = status.windowStartDate();

    ResultsLetterRow row;
    row.processId = process.id;
    row.plainName = w->name;
    row.explanation = w->explanation;

    // The item the letter shows (eGFR for the kidney process), else the main item.
    std::size_t valueIndex = 0;
    for (std::size_t i = 0; i < process.items.size(); ++i)
        if (!w->valueItem.empty() && process.items[i].id == w->valueItem)
            valueIndex = i;
    std::optional<std::size_t> chosen;
    base::CivilDate lastDone;
    for (auto i : {valueIndex, std::size_t(0)}) {
        if (observations[i].empty())
            continue;
        const auto& latest = observations[i].back();
        lastDone = std::max(lastDone, latest.effective);
        if (!chosen && latest.effective > windowStart)
            chosen = i;
    }

    if (!chosen) {
        // Not done in the window: a value from before it is never shown as this year's.
        row.done = false;
        row.lastDone = lastDone;
        row.notDoneText = lastDone.valid() ? wording.fill("phrases.notDoneLastDone", {{"date", wording.date(lastDone)}})
                                           : wording.text("phrases.notDone");
        row.notDoneAdvice = w->notDone;
        return row;
    }

    const auto& item = process.items[*chosen];
    const auto& values = observations[*chosen];
    const auto& latest = values.back();
    row.done = true;
    row.valueText = valueText(item, *w, latest);
    row.date = latest.effective;
    row.dateText = wording.date(latest.effective);
    row.resultOnText = wording.fill("phrases.resultOn", {{"date", row.dateText}});

    const model::Observation* previous = nullptr;
    for (auto it = values.rbegin() + 1; it < values.rend(); ++it)
        if (it->effective < latest.effective) {
            previous = &*it;
            break;
        }
    if (previous) {
        row.hasPrevious = true;
        row.previousValueText = valueText(item, *w, *previous);
        row.previousDate = previous->effective;
        row.previousDateText = wording.date(previous->effective);
        row.previousText
            = wording.fill("phrases.previous", {{"value", row.previousValueText}, {"date", row.previousDateText}});
        row.changeWords = changeWords(item, wording, *w, latest, *previous);
    } else {
        row.previousText = wording.text("phrases.noPrevious");
    }

    const auto flag = item.flagFor(latest.value, latest.value2, latest.valueCode, higherRisk);
    row.aboveTarget = flag.has_value();
    if (w->showTarget) {
        // The practice profile's target, or the one the person agreed in care planning.
        const bool agreed
            = std::any_of(item.flags.begin(), item.flags.end(), [](const auto& f) { return f.target && f.agreed; });
        const auto target = targetWords(item, wording, higherRisk);
        if (!target.empty())
            row.targetText
                = wording.fill(agreed ? "phrases.agreedTarget" : "phrases.practiceTarget", {{"target", target}});
        row.targetAgreed = agreed;
    }

    if (item.kind == Item::Kind::Category) {
        auto it = w->categories.find(latest.valueCode);
        row.band = latest.valueCode;
        row.meaning = it != w->categories.end() ? it->second.meaning : std::string();
    } else if (*chosen == valueIndex && !w->bands.empty()) {
        if (const auto* band = w->bandFor(*latest.value, higherRisk)) {
            row.band = band->id;
            row.meaning = band->meaning;
        }
    } else if (*chosen != valueIndex && !w->withoutBand.empty()) {
        row.meaning = w->withoutBand;
    }
    if (row.meaning.empty())
        row.meaning = row.aboveTarget ? w->aboveTarget : w->withinTarget;
    return row;
}

// The template's paragraphs as the letter's parts: a heading, text (its lines kept), bullets.
void addText(std::vector<ResultsLetterBlock>& layout, const std::string& text)
{
    using Kind = ResultsLetterBlock::Kind;
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start <= text.size()) {
        const auto end = text.find('\n', start);
        lines.push_back(text.substr(start, end == std::string::npos ? std::string::npos : end - start));
        if (end == std::string::npos)
            break;
        start = end + 1;
    }
    if (lines.front().starts_with("## ")) {
        std::string heading = lines.front().substr(3);
        for (std::size_t i = 1; i < lines.size(); ++i)
            heading += " " + lines[i];
        layout.push_back({Kind::Heading, heading, {}});
        return;
    }
    // Plain lines next to each other are one paragraph (their line breaks kept); lines starting
    // "- " next to each other are one list.
    bool previousWasText = false;
    for (const auto& line : lines) {
        if (line.starts_with("- ")) {
            if (&line == &lines.front() || previousWasText)
                layout.push_back({Kind::Bullets, {}, {}});
            layout.back().items.push_back(line.substr(2));
            previousWasText = false;
            continue;
        }
        if (previousWasText)
            layout.back().text += "\n" + line;
        else
            layout.push_back({Kind::Paragraph, line, {}});
        previousWasText = true;
    }
}

using NoValues = std::vector<std::vector<model::Observation>>;

std::string oneLine(std::string s)
{
    std::replace(s.begin(), s.end(), '\n', ' ');
    return s;
}

std::string joined(const std::vector<std::string>& parts, const char* separator)
{
    std::string out;
    for (const auto& p : parts) {
        if (p.empty())
            continue;
        if (!out.empty())
            out += separator;
        out += p;
    }
    return out;
}

} // namespace

const char* blockKindCode(ResultsLetterBlock::Kind kind)
{
    using Kind = ResultsLetterBlock::Kind;
    switch (kind) {
    case Kind::Heading: return "heading";
    case Kind::Paragraph: return "paragraph";
    case Kind::Bullets: return "bullets";
    case Kind::Results: return "results";
    case Kind::NotDone: return "not-done";
    case Kind::Appointment: return "appointment";
    case Kind::Agenda: return "agenda";
    case Kind::Questionnaires: return "questionnaires";
    }
    return "paragraph";
}

const LetterTemplate::Rules& ResultsLetterComposer::templateRules()
{
    static const LetterTemplate::Rules rules{
        {"person.name", "person.salutation", "practice.name", "practice.phone", "practice.address", "today",
         "appointment.date", "appointment.time", "appointment.place", "appointment.withWhom"},
        {"results", "not-done", "appointment", "agenda", "questionnaires"},
        {"results", "appointment"},
    };
    return rules;
}

bool ResultsLetterComposer::questionnairesOn(const record::RecordStore& store)
{
    return settingOn(store, kPhq2Gad2Setting);
}

std::string ResultsLetterComposer::primaryLanguage(const std::string& tag)
{
    std::string out;
    for (char c : tag) {
        if (c == '-' || c == '_')
            break;
        out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return out.empty() ? std::string(LetterWording::kDefaultLanguage) : out;
}

base::Result<ResultsLetterContent> ResultsLetterComposer::composeFrom(const Facts& facts,
                                                                      const CareProcessCatalogue& catalogue,
                                                                      const LetterWording& wording,
                                                                      const LetterTemplate& body)
{
    const auto& person = facts.person;
    const auto& practice = facts.practice;
    const base::CivilDate today = facts.today;
    const bool higherRisk = catalogue.higherRiskBackground(person.ethnicity);
    const LetterWording* w = &wording;

    ResultsLetterContent c;
    c.language = w->language();
    c.languageName = w->languageName();
    c.largePrint = facts.largePrint;
    c.date = today;
    c.dateText = w->date(today);
    c.title = w->text("headings.title");
    c.intro = w->text("headings.intro");
    c.resultsHeading = w->text("headings.results");
    c.notDoneHeading = w->text("headings.notDone");
    c.appointmentHeading = w->text("headings.appointment");
    c.agendaHeading = w->text("headings.agenda");
    c.questionnairesHeading = w->text("headings.questionnaires");
    c.largePrintOffer = w->text("phrases.largePrintOffer");
    c.frame = {w->text("frame.phone"), w->text("frame.nhsNumber"), w->text("frame.page")};

    c.person.patientId = person.id;
    c.person.name = InvitationLetter::recipientName(person);
    c.person.bannerName = model::bannerName(person);
    c.person.nhsNumber = person.nhsNumber;
    c.person.nhsNumberText = model::displayNhsNumber(person.nhsNumber);
    c.person.birthDateText = w->date(person.birthDate);
    c.person.addressWithheld = person.restricted;
    if (!person.restricted)
        for (const auto* line : {&person.addressLine1, &person.addressLine2, &person.town, &person.postcode})
            if (!line->empty())
                c.person.addressLines.push_back(*line);

    c.practice.name = practice.name;
    c.practice.addressLines = practice.addressLines;
    c.practice.phone = practice.phone;

    bool recordedEver = false;
    const auto& processes = catalogue.processes();
    for (std::size_t p = 0; p < processes.size(); ++p) {
        auto row = composeRow(processes[p], p < facts.observations.size() ? facts.observations[p] : NoValues{}, *w,
                              today, higherRisk, recordedEver);
        if (!row)
            return row.error();
        c.rows.push_back(std::move(row).value());
    }
    c.noResultsYet = !recordedEver;
    if (c.noResultsYet)
        c.noResultsText = w->text("phrases.noResultsYet");

    const auto& booked = facts.carePlanning;
    auto& a = c.appointment;
    const auto phone = practice.phone.empty() ? w->text("appointment.phoneNotKnown") : practice.phone;
    if (booked && booked->patientId == person.id && booked->status == model::Appointment::Status::Booked
        && booked->date >= today) {
        a.booked = true;
        a.date = booked->date;
        a.dateText = w->date(booked->date);
        a.timeText = booked->timeText();
        a.place = booked->place.empty() ? w->text("appointment.placeNotKnown") : booked->place;
        a.withWhom = booked->withWhom.empty() ? w->text("appointment.withWhomNotKnown") : booked->withWhom;
        a.sentence
            = w->fill("appointment.booked",
                      {{"date", a.dateText}, {"time", a.timeText}, {"place", a.place}, {"withWhom", a.withWhom}});
    } else {
        a.sentence = w->fill("appointment.notBooked", {{"phone", phone}});
    }
    a.bring = w->text("appointment.bring");

    c.agenda.prompt = w->text("agenda.prompt");
    c.agenda.tickInstruction = w->text("agenda.tickInstruction");
    c.agenda.topics = w->agendaTopics();
    c.agenda.mattersMost = w->text("agenda.mattersMost");
    c.agenda.writeSpace = w->text("agenda.writeSpace");

    if (facts.phq2Gad2) {
        for (const char* id : {"phq2", "gad2"}) {
            const auto* q = w->questionnaire(id);
            if (q)
                c.questionnaires.push_back({q->id, q->title, q->intro, q->items, q->options});
        }
    }

    // The body in the template's order. Every inline placeholder has a value, so nothing is
    // left blank: a missing booking reads "not booked yet", a missing practice address its name.
    const std::string notBookedYet = w->text("appointment.notBookedYet");
    const std::map<std::string, std::string> values{
        {"person.name", oneLine(c.person.name)},
        {"person.salutation", oneLine(InvitationLetter::salutation(person))},
        {"practice.name", oneLine(practice.name)},
        {"practice.phone", oneLine(phone)},
        {"practice.address",
         practice.addressLines.empty() ? oneLine(practice.name) : oneLine(joined(practice.addressLines, ", "))},
        {"today", c.dateText},
        {"appointment.date", a.booked ? a.dateText : notBookedYet},
        {"appointment.time", a.booked ? a.timeText : notBookedYet},
        {"appointment.place", oneLine(a.booked ? a.place : w->text("appointment.placeNotKnown"))},
        {"appointment.withWhom", oneLine(a.booked ? a.withWhom : w->text("appointment.withWhomNotKnown"))},
    };
    auto paragraphs = body.fillParagraphs(values);
    if (!paragraphs) {
        auto e = paragraphs.error();
        e.file = body.name();
        return e;
    }
    using Kind = ResultsLetterBlock::Kind;
    static const std::map<std::string, Kind> blocks{{"results", Kind::Results},
                                                    {"not-done", Kind::NotDone},
                                                    {"appointment", Kind::Appointment},
                                                    {"agenda", Kind::Agenda},
                                                    {"questionnaires", Kind::Questionnaires}};
    for (const auto& paragraph : *paragraphs) {
        if (paragraph.block.empty()) {
            addText(c.layout, paragraph.text);
            continue;
        }
        auto kind = blocks.find(paragraph.block);
        if (kind == blocks.end())
            return base::Error::make(base::ErrorCode::ResourceInvalid, paragraph.block)
                .at(body.name(), paragraph.line)
                .withHint(LetterTemplate::kUnknownPlaceholder);
        c.layout.push_back({kind->second, {}, {}});
    }
    c.templateName = body.name();
    return c;
}

base::Result<ResultsLetterContent> ResultsLetterComposer::compose(record::RecordStore& store,
                                                                  const std::string& patientId, const Options& options)
{
    auto catalogue = record::PracticeCatalogue::forPatient(store, patientId);
    if (!catalogue)
        return catalogue.error();
    record::PatientRepository repo(store);
    auto versioned = repo.patient(patientId);
    if (!versioned)
        return versioned.error();

    Facts facts;
    facts.person = versioned->value;
    const auto& person = facts.person;
    auto wording = LetterWording::forLanguage(primaryLanguage(options.language.value_or(person.preferredLanguage)));
    if (!wording)
        return wording.error();
    auto body = PracticeTemplates::effective(store, LetterKind::Results, wording->language());
    if (!body)
        return body.error();
    auto practice = PracticeDetails::read(store);
    if (!practice)
        return practice.error();
    facts.practice = std::move(practice).value();
    facts.today = options.today.valid() ? options.today : store.clock().today();
    facts.largePrint = options.largePrint.value_or(person.largePrint);
    facts.phq2Gad2 = options.includePhq2Gad2.value_or(settingOn(store, kPhq2Gad2Setting));

    for (const auto& process : (*catalogue)->processes()) {
        std::vector<std::vector<model::Observation>> perItem;
        for (const auto& item : process.items) {
            auto list = repo.observations(person.id, item.code);
            if (!list)
                return list.error();
            std::vector<model::Observation> valued;
            for (auto& o : *list)
                if (o.patientId == person.id && hasValue(item, o)) // only this person's values, ever
                    valued.push_back(std::move(o));
            perItem.push_back(std::move(valued));
        }
        facts.observations.push_back(std::move(perItem));
    }

    auto cycle = recall::WorklistReader(store).cycleOf(person.id);
    if (!cycle)
        return cycle.error();
    facts.carePlanning = cycle->carePlanning;
    return composeFrom(facts, **catalogue, *wording, *body);
}

} // namespace carehouse::letters
