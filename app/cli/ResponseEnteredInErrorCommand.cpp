#include "app/cli/ResponseEnteredInErrorCommand.h"

#include "core/model/Patient.h"
#include "core/questionnaire/ResponseRecorder.h"
#include "core/record/PatientRepository.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <ostream>

namespace carehouse::cli {

std::string ResponseEnteredInErrorCommand::name() const
{
    return "response entered-in-error";
}

std::string ResponseEnteredInErrorCommand::summary() const
{
    return "Mark a completed questionnaire entered in error (the wrong person, the wrong form), with the reason.";
}

std::string ResponseEnteredInErrorCommand::description() const
{
    return "The response stays in the person's record and its history, marked entered in error with the reason\n"
           "and who marked it; it no longer counts in scores, charts, safety alerts or the care planning agenda.\n"
           "The id is the one `response list` shows. A response that raised a safety alert (PHQ-9 item 9) may\n"
           "only be withdrawn by a nurse, GP or clinical lead.";
}

std::vector<Option> ResponseEnteredInErrorCommand::options() const
{
    return {{"reason", "TEXT", "Why: \"typed against the wrong person\", \"another person's form\".", true}};
}

std::vector<Argument> ResponseEnteredInErrorCommand::arguments() const
{
    return {{"RESPONSE_ID", "The response's id, from `response list`.", true, false}};
}

std::vector<std::string> ResponseEnteredInErrorCommand::examples() const
{
    return {"carehouse-cli response entered-in-error RESPONSE_ID --reason \"typed against the wrong person\""};
}

ExitCode ResponseEnteredInErrorCommand::executeWithStore(CommandContext& ctx, const ParsedArguments& args,
                                                         record::RecordStore& store)
{
    auto marked = questionnaire::ResponseRecorder(store).markEnteredInError(args.positional(0),
                                                                            args.get("reason").value_or(""));
    if (!marked)
        return ctx.fail(marked.error());
    std::string who = marked->patientId;
    if (auto person = record::PatientRepository(store).patient(marked->patientId))
        who = model::bannerName(person->value);
    if (ctx.global().json) {
        ctx.out() << nlohmann::json{{"id", marked->id},
                                    {"patientId", marked->patientId},
                                    {"status", std::string(model::responseStatusCode(marked->status))},
                                    {"reason", marked->statusReason},
                                    {"markedBy", marked->statusChangedBy}}
                         .dump(2)
                  << '\n';
        return ExitCode::Ok;
    }
    ctx.out() << fmt::format("{} completed {} for {} is marked entered in error: {}\n", marked->questionnaireTitle,
                             marked->authored.display(), who, marked->statusReason);
    ctx.out() << "It stays in the record's history and no longer counts in scores, charts, alerts or the agenda.\n";
    return ExitCode::Ok;
}

} // namespace carehouse::cli
