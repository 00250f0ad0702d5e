#include "app/cli/ObserveCommand.h"

#include "app/cli/PatientArgument.h"
#include "core/base/Log.h"
#include "core/clinical/CareProcessCatalogue.h"
#include "core/record/PracticeCatalogue.h"
#include "core/surveillance/ObservationRecorder.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <ostream>

namespace carehouse::cli {

using Item = clinical::CareProcessCatalogue::Item;

namespace {

std::string otherUnits(const Item& item)
{
    std::string s;
    for (const auto& c : item.conversions)
        s += (s.empty() ? "" : " or ") + c.unitDisplay;
    return s;
}

std::string optionList(const Item& item)
{
    std::string s;
    for (const auto& o : item.options)
        s += fmt::format("{}{} ({})", s.empty() ? "" : ", ", o.code, o.display);
    return s;
}

} // namespace

std::string ObserveCommand::name() const
{
    return "observe";
}

std::string ObserveCommand::summary() const
{
    return "Record one value for a person (HCAs, nurses, GPs and clinical leads), with the form's checks.";
}

std::string ObserveCommand::description() const
{
    return "CODE is a care process item, its SNOMED CT code or its LOINC code: hba1c, blood-pressure,\n"
           "cholesterol, creatinine, egfr, acr, weight, height, bmi, smoking, foot-risk, eye, and the\n"
           "surveillance items bp-reading, foot-left, foot-right, smoking-advice, education,\n"
           "care-planning-explained.\n"
           "VALUE is a number, \"140/85\" for blood pressure, or an option's code or words for a category\n"
           "(smoking: 77176002 current smoker, 8517006 ex-smoker, 266919005 never smoked).\n"
           "UNIT is required for a measured value, so a value in the wrong unit is caught: HbA1c is\n"
           "in mmol/mol (7.5 % is converted to 58 mmol/mol and the original kept), blood pressure in mmHg.\n"
           "For a category leave UNIT out or write 'category'. A value outside the plausible range is\n"
           "refused unless --confirm says it was checked.";
}

std::vector<Option> ObserveCommand::options() const
{
    return {
        {"date", "DATE", "When it was measured, day first (default: today); never in the future."},
        {"confirm", "", "Accept a value outside the plausible range: it was checked and really is right."},
        {"dry-run", "", "Check the value but save nothing."},
    };
}

std::vector<Argument> ObserveCommand::arguments() const
{
    return {{PatientArgument::kName, PatientArgument::kHelp, true, false},
            {"CODE", "The care process item: hba1c, blood-pressure, smoking..., or a SNOMED CT or LOINC code.", true,
             false},
            {"VALUE", "The value: 58, 140/85, ex-smoker.", true, false},
            {"UNIT", "The unit of a measured value (mmol/mol, %, mmHg, kg...); 'category' or nothing for a category.",
             false, false}};
}

std::vector<std::string> ObserveCommand::examples() const
{
    return {"carehouse-cli observe 9434765919 hba1c 58 mmol/mol",
            "carehouse-cli observe \"943 476 5919\" hba1c 7.5 % --date 20/11/2026",
            "carehouse-cli observe 9434765919 blood-pressure 138/82 mmHg",
            "carehouse-cli observe 9434765919 smoking ex-smoker",
            "carehouse-cli observe 9434765919 hba1c 210 mmol/mol --confirm"};
}

ExitCode ObserveCommand::executeWithStore(CommandContext& ctx, const ParsedArguments& args, record::RecordStore& store)
{
    if (auto st = store.require(security::Permission::RecordObservation); !st)
        return ctx.fail(st.error());
    auto patient = PatientArgument::resolve(store, args.positional(0));
    if (!patient)
        return ctx.fail(patient.error());
    auto catalogue = record::PracticeCatalogue::of(store);
    if (!catalogue)
        return ctx.fail(catalogue.error());
    const auto code = args.positional(1);
    const auto value = args.positional(2);
    auto unit = args.positional(3);
    const auto* item = (*catalogue)->itemByAnyCode(code);
    if (!item)
        return ctx.fail(base::Error::make(base::ErrorCode::UnknownCode, "care process item", code));

    if (item->kind == Item::Kind::Category) {
        if (!unit.empty() && unit != "category")
            return ctx.usage(fmt::format("{} is a category and takes no unit: leave UNIT out or write 'category' "
                                         "(not '{}').",
                                         item->name, unit));
        unit.clear();
    } else if (unit.empty()) {
        const auto others = otherUnits(*item);
        return ctx.usage(fmt::format("Give the unit of the {} value: it is recorded in {}{}, e.g. 'carehouse-cli "
                                     "observe PATIENT {} {} {}'. The unit is required so a value in the wrong unit "
                                     "is caught.",
                                     item->name, item->unitDisplay,
                                     others.empty() ? std::string() : " (CareHouse converts from " + others + ")",
                                     item->id, "VALUE", item->unitDisplay));
    }

    surveillance::ObservationRecorder recorder(store);
    auto prepared = recorder.prepare(patient->id, item->id, value, unit, args.value("date"), args.flag("confirm"));
    if (!prepared) {
        const auto& e = prepared.error();
        if (item->kind == Item::Kind::Category && e.code == base::ErrorCode::UnknownCode)
            return ctx.refuse(
                ExitCode::Invalid,
                fmt::format("'{}' is not a {} option: use one of {}.", value, item->name, optionList(*item)));
        return ctx.fail(e);
    }
    const auto& o = *prepared;
    const bool dryRun = args.flag("dry-run");
    std::string id;
    if (!dryRun) {
        auto recorded = recorder.record(o);
        if (!recorded)
            return ctx.fail(recorded.error());
        id = *recorded;
        base::logInfo("recorded {} for patient {}", item->id, patient->id);
    }

    const auto shown = item->formatValue(o.value, o.value2, o.valueCode);
    std::string original;
    if (o.originalValue) {
        const auto* conv = item->conversionFrom(o.originalUnit);
        original = fmt::format("{:g} {}", *o.originalValue, conv ? conv->unitDisplay : o.originalUnit);
    }
    const bool confirmed = !o.note.empty();
    const auto flag
        = item->flagFor(o.value, o.value2, o.valueCode, (*catalogue)->higherRiskBackground(patient->patient.ethnicity));
    if (ctx.global().json) {
        nlohmann::json j
            = {{"id", id},
               {"patientId", patient->id},
               {"item", item->id},
               {"name", item->name},
               {"code", o.code},
               {"effectiveDate", o.effective.iso()},
               {"value", o.value ? nlohmann::json(*o.value) : nlohmann::json(nullptr)},
               {"value2", o.value2 ? nlohmann::json(*o.value2) : nlohmann::json(nullptr)},
               {"valueCode", o.valueCode},
               {"unit", o.unit},
               {"display", shown},
               {"originalValue", o.originalValue ? nlohmann::json(*o.originalValue) : nlohmann::json(nullptr)},
               {"originalUnit", o.originalUnit},
               {"confirmedOutsideRange", confirmed},
               {"flag", flag ? nlohmann::json(*flag) : nlohmann::json(nullptr)},
               {"saved", !dryRun}};
        ctx.out() << j.dump(2) << '\n';
        return ExitCode::Ok;
    }
    auto& out = ctx.out();
    out << fmt::format("{} {}{} {}{} for {}, dated {}.", dryRun ? "Would record" : "Recorded", item->name,
                       item->kind == Item::Kind::Category ? ":" : "", shown,
                       original.empty() ? std::string() : " (converted from " + original + ")", patient->name,
                       o.effective.display());
    if (dryRun)
        out << " Nothing was saved (--dry-run).";
    out << '\n';
    if (confirmed)
        out << fmt::format("It is outside the plausible range ({}); --confirm records that it was checked.\n",
                           item->rangeText());
    if (flag)
        out << *flag << ".\n";
    return ExitCode::Ok;
}

} // namespace carehouse::cli
