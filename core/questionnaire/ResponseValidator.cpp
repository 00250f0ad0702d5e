#include "core/questionnaire/ResponseValidator.h"

#include "core/base/CivilDate.h"
#include "core/questionnaire/Enablement.h"

#include <fmt/format.h>

namespace carehouse::questionnaire {

using base::Error;
using base::ErrorCode;

namespace {

Error problem(ErrorCode code, const std::string& linkId, std::string value, const char* reason,
              const Item* item = nullptr)
{
    auto e = Error::make(code, linkId, std::move(value)).withDetail(reason);
    if (item)
        e.hint = item->text.empty() ? item->prefix : item->text;
    return e;
}

bool kindFits(const Item& item, const AnswerValue& v)
{
    using K = AnswerValue::Kind;
    switch (item.type) {
    case ItemType::Boolean: return v.kind == K::Boolean;
    case ItemType::Integer: return v.kind == K::Integer;
    case ItemType::Decimal: return v.kind == K::Decimal || v.kind == K::Integer;
    case ItemType::Date: return v.kind == K::Date && base::CivilDate::parseIso(v.text).has_value();
    case ItemType::String:
    case ItemType::Text: return v.kind == K::String;
    case ItemType::Choice:
    case ItemType::OpenChoice: return v.kind == K::Coding || v.kind == K::String || v.kind == K::Integer;
    default: return false;
    }
}

// Counts UTF-8 code points, as FHIR's maxLength does.
std::size_t characters(const std::string& s)
{
    std::size_t n = 0;
    for (unsigned char c : s)
        if ((c & 0xC0) != 0x80)
            ++n;
    return n;
}

bool anyAnswerBelow(const Item& item, const Response& r, const Enablement& enablement)
{
    for (const auto& child : item.items) {
        if (!enablement.enabled(child))
            continue;
        if (r.answersFor(child.linkId) || anyAnswerBelow(child, r, enablement))
            return true;
    }
    return false;
}

} // namespace

std::vector<Error> ResponseValidator::validate(const Questionnaire& q, const Response& r)
{
    std::vector<Error> out;
    if (!r.questionnaireUrl.empty() && r.questionnaireUrl != q.url) {
        out.push_back(
            problem(ErrorCode::InvalidArgument, "questionnaire", r.questionnaireUrl, "response-other-questionnaire"));
        return out;
    }
    if (!r.questionnaireVersion.empty() && r.questionnaireVersion != q.version) {
        auto e = problem(ErrorCode::StaleVersion, "questionnaire", r.questionnaireVersion, "response-version-changed");
        e.hint = q.version;
        out.push_back(std::move(e));
        return out;
    }
    for (const auto& [linkId, raw] : r.unreadable)
        out.push_back(problem(ErrorCode::InvalidArgument, linkId, raw, "response-wrong-type", q.find(linkId)));
    for (const auto& [linkId, values] : r.answers)
        if (!q.find(linkId))
            out.push_back(problem(ErrorCode::InvalidArgument, linkId, values.empty() ? "" : values[0].displayText(),
                                  "response-unknown-question"));

    Enablement enablement(q, r.answers);
    q.forEach([&](const Item& item, int) {
        const auto* values = r.answersFor(item.linkId);
        const bool on = enablement.enabled(item);
        if (!values) {
            if (!on || !item.required)
                return;
            if (item.type == ItemType::Group) {
                if (!anyAnswerBelow(item, r, enablement))
                    out.push_back(problem(ErrorCode::RequiredField, item.linkId, {}, "response-required", &item));
            } else if (item.isQuestion()) {
                bool unreadable = false;
                for (const auto& u : r.unreadable)
                    unreadable = unreadable || u.first == item.linkId;
                if (!unreadable)
                    out.push_back(problem(ErrorCode::RequiredField, item.linkId, {}, "response-required", &item));
            }
            return;
        }
        const auto first = (*values)[0].displayText();
        if (item.type == ItemType::Unsupported) {
            out.push_back(problem(ErrorCode::InvalidArgument, item.linkId, first, "response-unsupported-item", &item));
            return;
        }
        if (!item.isQuestion()) {
            out.push_back(problem(ErrorCode::InvalidArgument, item.linkId, first, "response-not-a-question", &item));
            return;
        }
        if (!on) {
            out.push_back(problem(ErrorCode::InvalidState, item.linkId, first, "response-disabled", &item));
            return;
        }
        if (values->size() > 1 && !item.repeats)
            out.push_back(problem(ErrorCode::InvalidArgument, item.linkId, fmt::format("{} answers", values->size()),
                                  "response-not-repeating", &item));
        for (const auto& v : *values) {
            if (!kindFits(item, v)) {
                out.push_back(
                    problem(ErrorCode::InvalidArgument, item.linkId, v.displayText(), "response-wrong-type", &item));
                continue;
            }
            const bool choice = item.type == ItemType::Choice || item.type == ItemType::OpenChoice;
            if (choice && !item.option(v)
                && !(item.type == ItemType::OpenChoice && v.kind == AnswerValue::Kind::String))
                out.push_back(
                    problem(ErrorCode::InvalidArgument, item.linkId, v.displayText(), "response-not-an-option", &item));
            if (item.maxLength && v.kind == AnswerValue::Kind::String
                && characters(v.text) > static_cast<std::size_t>(*item.maxLength)) {
                auto e = problem(ErrorCode::InvalidArgument, item.linkId, v.text.substr(0, 40), "response-too-long",
                                 &item);
                e.hint = std::to_string(*item.maxLength);
                out.push_back(std::move(e));
            }
        }
    });
    return out;
}

} // namespace carehouse::questionnaire
