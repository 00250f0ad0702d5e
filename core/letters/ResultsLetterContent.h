#pragma once

#include "core/base/CivilDate.h"

#include <string>
#include <vector>

namespace carehouse::letters {

// What the pre-consultation results letter says to one person, in their language, before it is
// printed (ui/print/ResultsLetterRenderer walks `layout`). Every sentence
// is already worded from resources/letters/results-wording-<language>.json; dates are
// dd-Mmm-yyyy with the language's month names, times 24-hour. Nothing here is blank where the
// letter would print it: a process not done says so, and a person with no results yet gets
// noResultsText.

// Who the letter is for. A restricted record has no address lines (addressWithheld).
struct ResultsLetterPerson
{
    std::string patientId;
    std::string name; // "Ms Mary Smithson": the address block
    std::string bannerName; // "SMITHSON, Mary (Ms)": the footer of every page
    std::string nhsNumber; // digits
    std::string nhsNumberText; // "943 476 5919"
    std::string birthDateText;
    std::vector<std::string> addressLines;
    bool addressWithheld = false;
};

struct ResultsLetterPractice
{
    std::string name;
    std::vector<std::string> addressLines;
    std::string phone;
};

// One of the nine care processes.
struct ResultsLetterRow
{
    std::string processId; // catalogue process id: "hba1c"
    std::string plainName; // "HbA1c"
    std::string explanation; // "your average blood sugar over the last 2–3 months"

    // Done in the NDA 15-month window. Only then are the value and what follows it filled: a
    // value from before the window is never presented as this year's.
    bool done = false;
    std::string valueText; // "58 mmol/mol", "138/78 mmHg", "Low risk"
    base::CivilDate date;
    std::string dateText;
    std::string resultOnText; // "Result from 12-Oct-2026"

    bool hasPrevious = false;
    std::string previousValueText;
    base::CivilDate previousDate;
    std::string previousDateText;
    std::string previousText; // "Last time: 55 mmol/mol on 12-Jul-2025", or the first-result sentence
    std::string changeWords; // "higher than last time"; empty without a previous value

    // The target the value is compared with. Today this is always the practice's target profile
    // (the catalogue's flag rules) and targetAgreed is false. When individual agreed targets
    // arrive (issue 6, set in care planning), the composer puts the agreed target here instead,
    // worded with phrases.agreedTarget ("The target you agreed: ..."), and sets targetAgreed.
    std::string targetText; // "Our practice's target: 58 mmol/mol or less"; empty when none applies
    bool targetAgreed = false;
    bool aboveTarget = false; // the catalogue flags the value (above target or an abnormal band)
    std::string band; // interpretation band id: "G3a", "A2", "overweight", an option code
    std::string meaning; // one sentence on what the value means

    // Not done in the window: what the letter says instead.
    std::string notDoneText; // "Not done yet." / "Not done yet — last done 12-Jul-2025."
    base::CivilDate lastDone; // valid when it was done before the window
    std::string notDoneAdvice; // how to get it done
};

struct ResultsLetterAppointment
{
    bool booked = false;
    base::CivilDate date;
    std::string dateText;
    std::string timeText; // "10:30"
    std::string place;
    std::string withWhom;
    std::string sentence; // the booked appointment, or how to book one
    std::string bring;
};

struct ResultsLetterAgenda
{
    std::string prompt; // "What would you like to talk about?"
    std::string tickInstruction;
    std::vector<std::string> topics; // to tick
    std::string mattersMost;
    std::string writeSpace; // a line above space to write
};

// A short questionnaire for the person to fill in and bring (PHQ-2, GAD-2).
struct ResultsLetterQuestionnaire
{
    std::string id; // "phq2", "gad2"
    std::string title;
    std::string intro;
    std::vector<std::string> items;
    std::vector<std::string> options; // the answers offered for every item, scored 0, 1, 2, 3
};

// The words printed around the body in the letter's language, with their placeholders left in
// for the printer to fill: "Phone: {phone}", "NHS number: {nhs}", "Page {page} of {pages}".
struct ResultsLetterFrameWords
{
    std::string phone;
    std::string nhsNumber;
    std::string page;
};

// One part of the letter's body, in the order the template puts them (resources/letters/
// results-<language>.txt or the practice's own template). Heading, Paragraph and Bullets are
// the template's own words with the inline placeholders filled; the other kinds stand for a
// part laid out from the content below (rows, appointment, agenda, questionnaires), worded
// from the wording file. A part with nothing to say (no test outstanding, no questionnaires)
// is still listed and prints nothing.
struct ResultsLetterBlock
{
    enum class Kind
    {
        Heading, // text
        Paragraph, // text, line breaks kept
        Bullets, // items
        Results, // the results heading and one box per process done (or noResultsText)
        NotDone, // the not-done heading and one box per process not done yet
        Appointment,
        Agenda,
        Questionnaires,
    };
    Kind kind = Kind::Paragraph;
    std::string text;
    std::vector<std::string> items;

    bool operator==(const ResultsLetterBlock&) const = default;
};

// "heading", "paragraph", ..., "questionnaires": a stable name (fingerprint, JSON).
const char* blockKindCode(ResultsLetterBlock::Kind kind);

struct ResultsLetterContent
{
    std::string language; // "en", "bn": the wording file used
    std::string languageName;
    bool largePrint = false; // print at 16 pt or more
    base::CivilDate date;
    std::string dateText;

    // The wording file's title and introduction. The printed letter says what its template
    // says (layout); the shipped templates open with these same words.
    std::string title;
    std::string intro;
    std::string resultsHeading;
    std::string notDoneHeading;
    std::string appointmentHeading;
    std::string agendaHeading;
    std::string questionnairesHeading;
    std::string largePrintOffer;
    ResultsLetterFrameWords frame;

    ResultsLetterPerson person;
    ResultsLetterPractice practice;
    std::vector<ResultsLetterRow> rows; // the nine processes, in catalogue order

    bool noResultsYet = false; // nothing recorded for any process, ever
    std::string noResultsText; // filled when noResultsYet

    ResultsLetterAppointment appointment;
    ResultsLetterAgenda agenda;
    std::vector<ResultsLetterQuestionnaire> questionnaires; // PHQ-2 and GAD-2 when turned on

    // The body as the template lays it out; the printer walks it in order.
    std::vector<ResultsLetterBlock> layout;
    // Which template made the layout: the shipped file ("results-en.txt") or the practice's
    // own (its setting, "letters.template.results.en").
    std::string templateName;
};

} // namespace carehouse::letters
