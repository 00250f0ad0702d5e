#include "app/cli/ResponseListCommand.h"

#include "app/cli/PatientArgument.h"
#include "app/cli/TextTable.h"
#include "core/questionnaire/QuestionnaireLibrary.h"
#include "core/questionnaire/ResponseHistory.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <ostream>

namespace carehouse::cli {

std::string ResponseListCommand::name() const
{
    return "response list";
}

std::string ResponseListCommand::summary() const
{
    return "List a person's completed questionnaires: when, score, band and any safety alert.";
}

std::string ResponseListCommand::description() const
{
    return "Oldest first, so the scores read as a history. The score and band are as worked out when each was\n"
           "saved, against the version it was completed on. --fhir prints one response as a FHIR R4\n"
           "QuestionnaireResponse (its Id from this list); that is recorded in the audit trail.";
}

std::vector<Option> ResponseListCommand::options() const
{
    return {{"questionnaire", "NAME", "Only this questionnaire (every version of it)."},
            {"fhir", "ID", "Print this response as FHIR R4 JSON instead of the list."}};
}

std::vector<Argument> ResponseListCommand::arguments() const
{
    return {{PatientArgument::kName, "The record id, or the NHS number (spaces allowed).", true, true}};
}

std::vector<std::string> ResponseListCommand::examples() const
{
    return {"carehouse-cli response list 943 476 5919", "carehouse-cli response list 9434765919 --questionnaire phq-9",
            "carehouse-cli response list 9434765919 --fhir RESPONSE_ID > qr.json"};
}

ExitCode ResponseListCommand::executeWithStore(CommandContext& ctx, const ParsedArguments& args,
                                               record::RecordStore& store)
{
    auto patient = PatientArgument::resolve(store, args.positional(0));
    if (!patient)
        return ctx.fail(patient.error());
    questionnaire::ResponseHistory history(store);
    auto responses = history.forPatient(patient->id);
    if (!responses)
        return ctx.fail(responses.error());
    if (auto id = args.get("fhir")) {
        const bool theirs = std::any_of(responses->begin(), responses->end(),
                                        [&](const model::QuestionnaireResponse& r) { return r.id == *id; });
        if (!theirs)
            return ctx.fail(base::Error::make(base::ErrorCode::NotFound, "questionnaire response", *id));
        auto fhir = history.exportFhir(*id);
        if (!fhir)
            return ctx.fail(fhir.error());
        ctx.out() << fhir->dump(2) << '\n';
        return ExitCode::Ok;
    }
    std::string url;
    if (auto only = args.get("questionnaire")) {
        auto found = questionnaire::QuestionnaireLibrary(store).find(*only);
        if (!found)
            return ctx.fail(found.error());
        url = found->stored.url;
    }
    std::vector<model::QuestionnaireResponse> shown;
    for (auto& r : *responses)
        if (url.empty() || r.questionnaireUrl == url)
            shown.push_back(std::move(r));
    if (ctx.global().json) {
        auto j = nlohmann::json::array();
        for (const auto& r : shown)
            j.push_back({{"id", r.id},
                         {"questionnaire", r.questionnaireTitle},
                         {"url", r.questionnaireUrl},
                         {"version", r.questionnaireVersion},
                         {"authored", r.authored.iso()},
                         {"total", r.totalScore ? nlohmann::json(*r.totalScore) : nlohmann::json(nullptr)},
                         {"band", r.band},
                         {"bandLabel", r.bandLabel},
                         {"flags", r.flags},
                         {"safetyAlert", r.safetyAlert},
                         {"completedBy", std::string(model::responseCompletedByCode(r.completedBy))},
                         {"completedByUser", r.completedByUser},
                         {"enteredBy", r.enteredBy}});
        ctx.out() << j.dump(2) << '\n';
        return ExitCode::Ok;
    }
    if (shown.empty()) {
        ctx.out() << fmt::format("No questionnaires have been recorded for {}.\n", patient->name);
        return ExitCode::Ok;
    }
    ctx.out() << patient->name << '\n';
    TextTable table({"Completed", "Questionnaire", "Score", "Band", "Safety", "Completed by", "Entered by", "Id"});
    bool alert = false;
    for (const auto& r : shown) {
        alert = alert || r.safetyAlert;
        table.addRow({r.authored.display(), r.questionnaireTitle,
                      r.totalScore ? fmt::format("{:g}", *r.totalScore) : std::string("Not scored"),
                      r.bandLabel.empty() ? std::string("-") : r.bandLabel,
                      r.safetyAlert ? "ALERT: " + r.flags : (r.flags.empty() ? std::string("-") : r.flags),
                      r.completedBy == model::QuestionnaireResponse::CompletedBy::Staff
                          ? "staff (" + r.completedByUser + ")"
                          : std::string("the person"),
                      r.enteredBy, r.id});
    }
    table.print(ctx.out());
    if (alert)
        ctx.out() << "A safety alert means PHQ-9 item 9 (thoughts of self-harm) was answered above 0: a clinician must "
                     "see it.\n";
    return ExitCode::Ok;
}

} // namespace carehouse::cli
