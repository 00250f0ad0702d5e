#include "app/cli/ResponseAddCommand.h"

#include "app/cli/ErrorWording.h"
#include "app/cli/PatientArgument.h"
#include "core/base/CivilDate.h"
#include "core/questionnaire/QuestionnaireLibrary.h"
#include "core/questionnaire/ResponseReader.h"
#include "core/questionnaire/ResponseRecorder.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <ostream>

namespace carehouse::cli {

std::string ResponseAddCommand::name() const
{
    return "response add";
}

std::string ResponseAddCommand::summary() const
{
    return "Save a person's completed questionnaire (PHQ-9, GAD-7, the agenda) from a file of answers.";
}

std::string ResponseAddCommand::description() const
{
    return "The answers file is JSON: either {\"linkId\": value, ...} (a choice by its code, its words, or for the\n"
           "PHQ and GAD questions the score 0-3; a list for a question that takes several; null for none), or a\n"
           "FHIR R4 QuestionnaireResponse. Every answer is checked against the current version of the\n"
           "questionnaire: answers outside the options, missing required answers and answers to questions that\n"
           "do not apply are all listed and nothing is saved; a response completed on a version that has since\n"
           "changed is refused. The score, its band and any safety alert (PHQ-9 item 9 above 0) are shown and\n"
           "kept. Without --on-behalf the person completed it themselves (you typed it in); with it, you\n"
           "answered for them. Healthcare assistants, nurses, GPs and clinical leads may.";
}

std::vector<Option> ResponseAddCommand::options() const
{
    return {{"answers", "FILE", "The answers (JSON).", true},
            {"on-behalf", "", "You completed it on the person's behalf (asking them the questions)."},
            {"date", "DATE", "The day it was completed (default today), as 20/11/2026."},
            {"dry-run", "", "Check and score the answers, save nothing."}};
}

std::vector<Argument> ResponseAddCommand::arguments() const
{
    return {{PatientArgument::kName, "The record id or NHS number (quote it when it has spaces).", true, false},
            {"QUESTIONNAIRE", "Its name from 'questionnaire list' (phq-9, gad-7, phq-2, gad-2, care-planning-agenda).",
             true, false}};
}

std::vector<std::string> ResponseAddCommand::examples() const
{
    return {"carehouse-cli response add 9434765919 phq-9 --answers phq9.json",
            "carehouse-cli response add \"943 476 5919\" gad-7 --answers gad7.json --on-behalf --date 20/11/2026",
            "echo '{\"phq2-1\": 1, \"phq2-2\": \"Several days\"}' > a.json && carehouse-cli response add 9434765919 "
            "phq-2 --answers a.json"};
}

ExitCode ResponseAddCommand::executeWithStore(CommandContext& ctx, const ParsedArguments& args,
                                              record::RecordStore& store)
{
    auto patient = PatientArgument::resolve(store, args.positional(0));
    if (!patient)
        return ctx.fail(patient.error());
    const auto name = args.positional(1);
    auto found = questionnaire::QuestionnaireLibrary(store).find(name);
    if (!found)
        return ctx.fail(found.error());
    auto answers = questionnaire::ResponseReader::readFile(*args.get("answers"), found->definition.questionnaire);
    if (!answers)
        return ctx.fail(answers.error());
    if (args.flag("on-behalf"))
        answers->completedBy = questionnaire::Response::CompletedBy::Staff;
    if (auto date = args.get("date")) {
        auto parsed = base::CivilDate::parse(*date, "date completed");
        if (!parsed)
            return ctx.fail(parsed.error());
        answers->authored = parsed->iso();
    }
    questionnaire::ResponseRecorder recorder(store);
    auto prepared = recorder.prepare(patient->id, name, std::move(answers).value());
    if (!prepared)
        return ctx.fail(prepared.error());
    const auto& p = *prepared;
    const auto& q = p.questionnaire.definition.questionnaire;
    if (!p.problems.empty()) {
        for (const auto& e : p.problems)
            ctx.err() << ErrorWording::sentence(e) << '\n';
        return ctx.refuse(ExitCode::Invalid,
                          fmt::format("Nothing was saved: {} {} to be put right in the answers file.",
                                      p.problems.size(), p.problems.size() == 1 ? "answer needs" : "answers need"));
    }
    model::QuestionnaireResponse saved = recorder.describe(p);
    const bool dryRun = args.flag("dry-run");
    if (!dryRun) {
        auto recorded = recorder.record(p);
        if (!recorded)
            return ctx.fail(recorded.error());
        saved = *recorded;
    }
    const auto& s = p.score;
    if (ctx.global().json) {
        auto flags = nlohmann::json::array();
        for (const auto& f : s.flags)
            flags.push_back({{"code", f.code}, {"label", f.label}, {"linkId", f.linkId}, {"safety", f.safety}});
        nlohmann::json j = {{"id", saved.id},
                            {"patientId", patient->id},
                            {"questionnaire", q.canonical()},
                            {"authored", saved.authored.iso()},
                            {"completedBy", std::string(model::responseCompletedByCode(saved.completedBy))},
                            {"completedByUser", saved.completedByUser},
                            {"enteredBy", saved.enteredBy},
                            {"total", s.total ? nlohmann::json(*s.total) : nlohmann::json(nullptr)},
                            {"maxScore", q.scoring.maxScore ? nlohmann::json(*q.scoring.maxScore) : nlohmann::json()},
                            {"band", saved.band},
                            {"bandLabel", saved.bandLabel},
                            {"safetyAlert", saved.safetyAlert},
                            {"flags", flags},
                            {"saved", !dryRun}};
        ctx.out() << j.dump(2) << '\n';
        return ExitCode::Ok;
    }
    std::string scoreText;
    if (s.total)
        scoreText = q.scoring.maxScore ? fmt::format(": total {:g} of {:g}", *s.total, *q.scoring.maxScore)
                                       : fmt::format(": total {:g}", *s.total);
    if (s.band)
        scoreText += ", " + s.band->label;
    ctx.out() << fmt::format("{} {} for {}{} (completed {} {}).\n", dryRun ? "Checked" : "Saved", q.displayTitle(),
                             patient->name, scoreText, saved.authored.display(),
                             saved.completedBy == model::QuestionnaireResponse::CompletedBy::Staff
                                 ? "by " + saved.completedByUser + " on the person's behalf"
                                 : "by the person");
    for (const auto& f : s.flags)
        ctx.out() << fmt::format("{}: {}.{}\n", f.safety ? "SAFETY ALERT" : "Flag", f.label,
                                 f.safety ? " Make sure a clinician sees this today." : "");
    if (s.band && !s.band->suggests.empty()) {
        auto full = questionnaire::QuestionnaireLibrary(store).current(s.band->suggests);
        ctx.out() << fmt::format("This suggests the full questionnaire{}.\n",
                                 full ? fmt::format(" ({}: carehouse-cli response add PATIENT {} --answers FILE)",
                                                    full->stored.title, full->stored.resourceId)
                                      : std::string());
    }
    if (dryRun)
        ctx.out() << "Nothing was saved (--dry-run).\n";
    return ExitCode::Ok;
}

} // namespace carehouse::cli
