#include "app/cli/CarePlanExportCommand.h"

#include "app/cli/CarePlanArgument.h"
#include "core/base/Log.h"
#include "core/careplan/CarePlanFhir.h"
#include "core/record/PracticeCatalogue.h"

#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <nlohmann/json.hpp>
#include <ostream>
#include <random>

namespace carehouse::cli {

namespace {

// The whole file or nothing: written beside the target, then renamed over it.
bool writeAtomically(const std::string& path, const std::string& text, std::string& why)
{
    namespace fs = std::filesystem;
    const fs::path target(path);
    const fs::path temp = target.string() + fmt::format(".tmp-{:08x}", std::random_device{}());
    {
        std::ofstream file(temp, std::ios::binary | std::ios::trunc);
        if (!file) {
            why = "it cannot be created";
            return false;
        }
        file << text;
        file.flush();
        if (!file) {
            why = "it could not be written in full";
            std::error_code ignored;
            file.close();
            fs::remove(temp, ignored);
            return false;
        }
    }
    std::error_code ec;
    fs::rename(temp, target, ec);
    if (ec) {
        why = ec.message();
        std::error_code ignored;
        fs::remove(temp, ignored);
        return false;
    }
    return true;
}

} // namespace

std::string CarePlanExportCommand::name() const
{
    return "careplan export";
}

std::string CarePlanExportCommand::summary() const
{
    return "Export a person's latest care plan as a FHIR R4 Bundle (CarePlan, Goal, ServiceRequest).";
}

std::string CarePlanExportCommand::description() const
{
    return "A 'collection' Bundle with the Patient (NHS number), the CarePlan with its actions, a Goal for each\n"
           "of the person's goals (their own words) and each agreed target, and a ServiceRequest for each\n"
           "referral with its status. Written to standard output, or to --out: the whole file or nothing\n"
           "(a temporary file, then renamed). A person without a saved plan is refused (exit 3).";
}

std::vector<Option> CarePlanExportCommand::options() const
{
    return {{"fhir", "", "Export as FHIR R4 JSON (the only format).", true},
            {"out", "FILE", "Write the Bundle to this file (replaced if it exists) instead of standard output."}};
}

std::vector<Argument> CarePlanExportCommand::arguments() const
{
    return {{PatientArgument::kName, "The record id, or the NHS number (spaces allowed).", true, true}};
}

std::vector<std::string> CarePlanExportCommand::examples() const
{
    return {"carehouse-cli careplan export 943 476 5919 --fhir",
            "carehouse-cli careplan export 9434765919 --fhir --out begum-care-plan.json"};
}

ExitCode CarePlanExportCommand::executeWithStore(CommandContext& ctx, const ParsedArguments& args,
                                                 record::RecordStore& store)
{
    if (!args.flag("fhir"))
        return ctx.usage("Say which format with --fhir (FHIR R4 JSON, the only one).");
    const auto out = args.value("out");
    if (args.get("out") && out.empty())
        return ctx.usage("--out needs a file name.");
    if (!out.empty()) {
        namespace fs = std::filesystem;
        std::error_code ec;
        const fs::path file(out);
        if (fs::is_directory(file, ec))
            return ctx.refuse(ExitCode::Io, fmt::format("'{}' is a folder; give --out a file name.", out));
        const auto folder = file.has_parent_path() ? file.parent_path() : fs::path(".");
        if (!fs::is_directory(folder, ec))
            return ctx.refuse(ExitCode::Io,
                              fmt::format("The folder '{}' does not exist, so '{}' cannot be written. Create the "
                                          "folder or give another --out.",
                                          folder.string(), out));
    }
    ExitCode code = ExitCode::Ok;
    auto r = CarePlanArgument::resolve(ctx, store, args.positional(0), code);
    if (!r)
        return code;
    auto catalogue = record::PracticeCatalogue::of(store);
    if (!catalogue)
        return ctx.fail(catalogue.error());
    const auto bundle = careplan::carePlanBundle(r->person.patient, r->plan, r->referrals, **catalogue);
    (void)store.recordAccess(r->person.id, "export-care-plan");
    const std::string text = bundle.dump(2) + "\n";
    if (out.empty()) {
        ctx.out() << text;
        return ExitCode::Ok;
    }
    std::string why;
    if (!writeAtomically(out, text, why))
        return ctx.refuse(ExitCode::Io,
                          fmt::format("The care plan could not be written to '{}' ({}). Nothing was "
                                      "left half-written. Check the folder and the disk, or give "
                                      "another --out.",
                                      out, why));
    base::logInfo("exported the care plan {} of patient {} to {}", r->plan.id, r->person.id, out);
    if (ctx.global().json) {
        ctx.out() << nlohmann::json{{"patientId", r->person.id},
                                    {"carePlanId", r->plan.id},
                                    {"file", out},
                                    {"resources", bundle.value("entry", nlohmann::json::array()).size()}}
                         .dump(2)
                  << '\n';
        return ExitCode::Ok;
    }
    ctx.out() << fmt::format("Wrote the care plan of {} ({}) to {} as a FHIR R4 Bundle of {} resources.\n",
                             r->person.name, r->plan.consultedOn.display(), out,
                             bundle.value("entry", nlohmann::json::array()).size());
    return ExitCode::Ok;
}

} // namespace carehouse::cli
