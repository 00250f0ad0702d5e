#include "app/cli/HistoryWording.h"

#include "core/base/CivilDate.h"
#include "core/model/NhsNumber.h"
#include "core/model/Patient.h"

#include <fmt/format.h>
#include <map>

namespace carehouse::cli {

using record::RecordType;

namespace {

std::string field(const std::vector<record::FieldChange>& changes, const std::string& key)
{
    for (const auto& c : changes)
        if (c.key == key)
            return c.after;
    return {};
}

std::string displayDate(const std::string& iso)
{
    if (auto d = base::CivilDate::parseIso(iso))
        return d->display();
    return iso;
}

std::string observationText(const record::HistoryEntry& e)
{
    auto when = field(e.changes, "effective");
    return fmt::format("Recorded {}{}{}", e.subject, e.valueText.empty() ? std::string() : ": " + e.valueText,
                       when.empty() ? std::string() : " on " + displayDate(when));
}

} // namespace

std::string HistoryWording::fieldName(RecordType type, const std::string& key)
{
    static const std::map<std::string, std::string> patient = {
        {"nhs", "NHS number"},
        {"title", "title"},
        {"given", "given name"},
        {"family", "family name"},
        {"birth", "date of birth"},
        {"gender", "gender"},
        {"addr1", "address line 1"},
        {"addr2", "address line 2"},
        {"town", "town"},
        {"postcode", "postcode"},
        {"phone", "phone number"},
        {"restricted", "restricted record"},
        {"practice", "practice"},
        {"consent", "sharing consent"},
        {"lang", "preferred language"},
        {"largePrint", "large print"},
        {"ethnicity", "family background"},
    };
    static const std::map<std::string, std::string> other = {
        {"code", "code"},      {"term", "term"},       {"status", "status"},       {"onset", "onset date"},
        {"effective", "date"}, {"value", "value"},     {"value2", "second value"}, {"valueCode", "coded value"},
        {"unit", "unit"},      {"patient", "patient"},
    };
    const auto& names = type == RecordType::Patient ? patient : other;
    auto it = names.find(key);
    return it == names.end() ? key : it->second;
}

std::string HistoryWording::fieldValue(const std::string& key, const std::string& value)
{
    if (value.empty())
        return "(blank)";
    if (key == "birth" || key == "onset" || key == "effective")
        return displayDate(value);
    if (key == "nhs")
        return model::displayNhsNumber(value);
    if (key == "gender")
        return std::string(model::genderDisplay(model::genderFromCode(value)));
    if (key == "consent")
        return std::string(model::consentDisplay(model::consentFromCode(value)));
    return value;
}

std::vector<std::string> HistoryWording::describe(const record::HistoryEntry& e)
{
    std::vector<std::string> lines;
    switch (e.type) {
    case RecordType::Patient:
        if (e.created) {
            model::Patient p;
            p.title = field(e.changes, "title");
            p.givenName = field(e.changes, "given");
            p.familyName = field(e.changes, "family");
            auto born = field(e.changes, "birth");
            lines.push_back(fmt::format("Registered {}, born {}", model::bannerName(p),
                                        born.empty() ? std::string("Not known") : displayDate(born)));
            return lines;
        }
        break;
    case RecordType::Condition:
        if (e.created) {
            auto onset = field(e.changes, "onset");
            lines.push_back(fmt::format("Recorded the diagnosis {} (SNOMED CT {}){}", field(e.changes, "term"),
                                        field(e.changes, "code"),
                                        onset.empty() ? std::string() : ", onset " + displayDate(onset)));
            return lines;
        }
        break;
    case RecordType::Observation:
        if (e.created) {
            lines.push_back(observationText(e));
            return lines;
        }
        break;
    case RecordType::User: break;
    case RecordType::LabRequest:
        lines.push_back(fmt::format(
            "{} {} ({})", e.created ? "Sent a test to the laboratory:" : "Updated the test request:", e.subject,
            e.valueText));
        return lines;
    case RecordType::ResultReview:
        lines.push_back(e.valueText == "action-needed" ? "Reviewed a result: action needed"
                                                       : "Reviewed and filed a result");
        if (!e.subject.empty())
            lines.push_back("Comment: " + e.subject);
        return lines;
    case RecordType::UnmatchedResult:
        lines.push_back("Matched an unmatched laboratory result to this person");
        return lines;
    case RecordType::Invitation:
        lines.push_back(fmt::format("Invited to the diabetes review by {} on {}", e.valueText, e.subject));
        return lines;
    case RecordType::Appointment:
        lines.push_back(
            fmt::format("{} appointment {} ({})", e.created ? "Booked the" : "Updated the", e.subject, e.valueText));
        return lines;
    case RecordType::CareException:
        lines.push_back(
            fmt::format("{} exception: {} ({})", e.created ? "Recorded an" : "Changed an", e.valueText, e.subject));
        return lines;
    case RecordType::SentLetter:
        lines.push_back(fmt::format("Sent the {} letter on {}", e.valueText, e.subject));
        return lines;
    case RecordType::CarePlan:
        lines.push_back(fmt::format("{} {}: {}", e.created ? "Agreed the" : "Changed the", e.subject, e.valueText));
        return lines;
    case RecordType::Referral:
        lines.push_back(e.created ? fmt::format("{} (sent)", e.subject)
                                  : fmt::format("{}: now {}", e.subject, e.valueText));
        return lines;
    case RecordType::Questionnaire: break;
    case RecordType::QuestionnaireResponse:
        lines.push_back(fmt::format("Recorded the questionnaire {}{}", e.subject,
                                    e.valueText.empty() ? std::string() : ": " + e.valueText));
        return lines;
    case RecordType::SafetyAlertAcknowledgement:
        lines.push_back(fmt::format("Acknowledged a questionnaire safety alert on {}: {}", e.subject, e.valueText));
        return lines;
    }
    for (const auto& c : e.changes) {
        auto name = fieldName(e.type, c.key);
        if (e.type == RecordType::Patient && (c.key == "restricted" || c.key == "largePrint")) {
            bool on = c.after == "yes";
            lines.push_back(fmt::format("{} the {}", on ? "Set" : "Cleared", name));
        } else if (c.before.empty()) {
            lines.push_back(fmt::format("Set the {} to '{}'", name, fieldValue(c.key, c.after)));
        } else if (c.after.empty()) {
            lines.push_back(fmt::format("Cleared the {} (was '{}')", name, fieldValue(c.key, c.before)));
        } else {
            lines.push_back(fmt::format("Changed the {} from '{}' to '{}'", name, fieldValue(c.key, c.before),
                                        fieldValue(c.key, c.after)));
        }
    }
    if (lines.empty())
        lines.push_back("Saved without changes");
    return lines;
}

} // namespace carehouse::cli
