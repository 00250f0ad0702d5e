#include "app/cli/PatientShowCommand.h"

#include "app/cli/PatientJson.h"
#include "app/cli/TextTable.h"
#include "core/model/NhsNumber.h"
#include "core/record/PatientRepository.h"
#include "core/record/PatientSummaryReader.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <ostream>

namespace carehouse::cli {

namespace {

std::string orNotKnown(const std::string& s)
{
    return s.empty() ? std::string("Not known") : s;
}

std::string conditionText(const model::Condition& c)
{
    return c.onsetDate.valid() ? fmt::format("{} (since {})", c.term, c.onsetDate.display()) : c.term;
}

} // namespace

std::string PatientShowCommand::name() const
{
    return "patient show";
}

std::string PatientShowCommand::summary() const
{
    return "Show one patient: banner, diagnoses, consent, address and care processes.";
}

std::string PatientShowCommand::description() const
{
    return "Opening a record is written to the audit trail. A restricted record shows no address.";
}

std::vector<Option> PatientShowCommand::options() const
{
    return {};
}

std::vector<Argument> PatientShowCommand::arguments() const
{
    return {{"ID|NHSNUMBER", "The record id, or the NHS number (spaces allowed).", true, true}};
}

std::vector<std::string> PatientShowCommand::examples() const
{
    return {"carehouse-cli patient show 943 476 5919", "carehouse-cli patient show 9434765919 --json"};
}

ExitCode PatientShowCommand::executeWithStore(CommandContext& ctx, const ParsedArguments& args,
                                              record::RecordStore& store)
{
    auto id = record::PatientRepository(store).resolve(args.positional(0));
    if (!id)
        return ctx.fail(id.error());
    auto summary = record::PatientSummaryReader(store).open(*id);
    if (!summary)
        return ctx.fail(summary.error());
    const auto& p = summary->patient.value;
    const auto today = ctx.clock().today();

    if (ctx.global().json) {
        nlohmann::json j = PatientJson::patient(p, today);
        j["headSeq"] = summary->patient.headSeq;
        j["diabetes"] = summary->diabetes ? PatientJson::condition(*summary->diabetes) : nlohmann::json(nullptr);
        j["otherLongTermConditions"] = nlohmann::json::array();
        for (const auto& c : summary->otherLongTermConditions)
            j["otherLongTermConditions"].push_back(PatientJson::condition(c));
        j["careProcesses"] = nlohmann::json::array();
        for (const auto& cp : summary->careProcesses) {
            nlohmann::json row
                = {{"number", cp.processNumber}, {"process", cp.processName},   {"item", cp.item.name},
                   {"code", cp.item.code},       {"unit", cp.item.unitDisplay}, {"recorded", cp.latest.has_value()}};
            if (cp.latest) {
                row["value"] = cp.latest->value ? nlohmann::json(*cp.latest->value) : nlohmann::json(nullptr);
                if (cp.latest->value2)
                    row["value2"] = *cp.latest->value2;
                if (!cp.latest->valueCode.empty())
                    row["valueCode"] = cp.latest->valueCode;
                row["valueText"] = cp.valueText;
                row["date"] = cp.latest->effective.iso();
                row["dateDisplay"] = cp.latest->effective.display();
                row["flag"] = cp.flag.empty() ? nlohmann::json(nullptr) : nlohmann::json(cp.flag);
            } else {
                row["valueText"] = "Not recorded";
            }
            j["careProcesses"].push_back(row);
        }
        ctx.out() << j.dump(2) << '\n';
        return ExitCode::Ok;
    }

    auto& out = ctx.out();
    out << model::bannerName(p) << '\n';
    out << fmt::format("Born {} · {} · NHS number {}\n", PatientJson::bornText(p.birthDate, today),
                       model::genderDisplay(p.gender), model::displayNhsNumber(p.nhsNumber));
    out << fmt::format("Record id: {}\n\n", p.id);
    out << fmt::format("Diabetes:            {}\n",
                       summary->diabetes ? conditionText(*summary->diabetes) : "Not on the diabetes register");
    std::string others;
    for (const auto& c : summary->otherLongTermConditions)
        others += (others.empty() ? "" : "; ") + conditionText(c);
    out << fmt::format("Other conditions:    {}\n", others.empty() ? "None recorded" : others);
    out << fmt::format("Sharing consent:     {}\n", model::consentDisplay(p.sharingConsent));
    if (p.restricted) {
        out << "Address:             Not shown: this is a restricted record\n";
    } else {
        std::string address;
        for (const auto* part : {&p.addressLine1, &p.addressLine2, &p.town, &p.postcode})
            if (!part->empty())
                address += (address.empty() ? "" : ", ") + *part;
        out << fmt::format("Address:             {}\n", orNotKnown(address));
        out << fmt::format("Phone:               {}\n", orNotKnown(p.phone));
    }
    out << fmt::format("Practice:            {}\n", orNotKnown(p.practice));
    out << fmt::format("Preferred language:  {}{}\n", p.preferredLanguage.empty() ? "English" : p.preferredLanguage,
                       p.largePrint ? " (large print)" : "");
    out << "\nCare processes (latest):\n";
    TextTable table({"#", "Care process", "Latest", "Date", "Needs attention"});
    for (const auto& cp : summary->careProcesses) {
        std::string label = cp.item.name == cp.processName || cp.item.name.empty()
            ? cp.processName
            : fmt::format("{}: {}", cp.processName, cp.item.name);
        if (cp.latest)
            table.addRow({std::to_string(cp.processNumber), label,
                          cp.valueText.empty() ? std::string("Recorded") : cp.valueText, cp.latest->effective.display(),
                          cp.flag.empty() ? std::string() : "! " + cp.flag});
        else
            table.addRow({std::to_string(cp.processNumber), label, "Not recorded", "", ""});
    }
    table.print(out);
    return ExitCode::Ok;
}

} // namespace carehouse::cli
