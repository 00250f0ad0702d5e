#include "app/cli/DiagnosisAddCommand.h"

#include "core/base/Log.h"
#include "core/clinical/ConditionCatalogue.h"
#include "core/model/NhsNumber.h"
#include "core/record/PatientRegistration.h"
#include "core/record/PatientRepository.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <ostream>

namespace carehouse::cli {

std::string DiagnosisAddCommand::name() const
{
    return "diagnosis add";
}

std::string DiagnosisAddCommand::summary() const
{
    return "Record a diagnosis (nurses, GPs and clinical leads).";
}

std::string DiagnosisAddCommand::description() const
{
    return "The SNOMED CT code must be in CareHouse's condition list (resources/conditions.json), e.g.\n"
           "44054006 type 2 diabetes, 46635009 type 1 diabetes, 38341003 hypertension.";
}

std::vector<Option> DiagnosisAddCommand::options() const
{
    return {
        {"code", "SNOMED", "The SNOMED CT code of the diagnosis.", true},
        {"onset", "DATE", "When it was diagnosed, day first (14/07/2015)."},
        {"dry-run", "", "Check the diagnosis but save nothing."},
    };
}

std::vector<Argument> DiagnosisAddCommand::arguments() const
{
    return {{"ID|NHSNUMBER", "The record id, or the NHS number (spaces allowed).", true, true}};
}

std::vector<std::string> DiagnosisAddCommand::examples() const
{
    return {"carehouse-cli --user nurse diagnosis add 943 476 5919 --code 44054006 --onset 01/03/2015"};
}

ExitCode DiagnosisAddCommand::executeWithStore(CommandContext& ctx, const ParsedArguments& args,
                                               record::RecordStore& store)
{
    if (auto st = store.require(security::Permission::RecordDiagnosis); !st)
        return ctx.fail(st.error());
    record::PatientRepository repository(store);
    auto id = repository.resolve(args.positional(0));
    if (!id)
        return ctx.fail(id.error());
    auto patient = repository.patient(*id);
    if (!patient)
        return ctx.fail(patient.error());
    const auto code = args.value("code");
    const auto onset = args.value("onset");
    auto catalogue = clinical::ConditionCatalogue::standard();
    if (!catalogue)
        return ctx.fail(catalogue.error());
    const auto* entry = (*catalogue)->find(code);
    if (!entry)
        return ctx.fail(base::Error::make(base::ErrorCode::UnknownCode, "diagnosis", code));

    std::string conditionId;
    if (args.flag("dry-run")) {
        if (!onset.empty()) {
            auto date = base::CivilDate::parse(onset, "diagnosis date");
            if (!date)
                return ctx.fail(date.error());
            if (*date > ctx.clock().today())
                return ctx.fail(base::Error::make(base::ErrorCode::DateInFuture, "diagnosis date", onset));
        }
    } else {
        auto added = record::PatientRegistration(store).addDiagnosis(*id, code, onset);
        if (!added)
            return ctx.fail(added.error());
        conditionId = *added;
        base::logInfo("recorded diagnosis {} for patient {}", code, *id);
    }
    const auto name = model::bannerName(patient->value);
    if (ctx.global().json) {
        nlohmann::json j = {{"id", conditionId},           {"patientId", *id},
                            {"code", entry->code},         {"term", entry->term},
                            {"diabetes", entry->diabetes}, {"saved", !args.flag("dry-run")}};
        if (auto d = base::CivilDate::parse(onset); !onset.empty() && d)
            j["onsetDate"] = d->iso();
        ctx.out() << j.dump(2) << '\n';
        return ExitCode::Ok;
    }
    if (args.flag("dry-run")) {
        ctx.out() << fmt::format("Would record {} for {}. Nothing was saved (--dry-run).\n", entry->term, name);
        return ExitCode::Ok;
    }
    ctx.out() << conditionId << '\n';
    ctx.err() << fmt::format("Recorded {} for {}.\n", entry->term, name);
    return ExitCode::Ok;
}

} // namespace carehouse::cli
