#include "core/letters/InvitationLetter.h"

#include "core/base/ResourceDirectory.h"
#include "core/letters/PracticeTemplates.h"

#include <map>

namespace carehouse::letters {

namespace {

std::string joined(const std::vector<std::string>& parts, const char* separator)
{
    std::string out;
    for (const auto& p : parts) {
        if (p.empty())
            continue;
        if (!out.empty())
            out += separator;
        out += p;
    }
    return out;
}

} // namespace

const std::vector<std::string>& InvitationLetter::placeholders()
{
    static const std::vector<std::string> names{"person.name",      "person.salutation", "practice.name",
                                                "practice.address", "practice.phone",    "today"};
    return names;
}

base::Result<InvitationLetter> InvitationLetter::load()
{
    auto t = LetterTemplate::load(base::resourcePath(kTemplate), placeholders());
    if (!t)
        return t.error();
    return InvitationLetter(std::move(t).value());
}

base::Result<InvitationLetter> InvitationLetter::forPractice(const record::RecordStore& store)
{
    auto t = PracticeTemplates::effective(store, LetterKind::Invitation, "en");
    if (!t)
        return t.error();
    return InvitationLetter(std::move(t).value());
}

base::Result<InvitationLetter> InvitationLetter::fromText(const std::string& text, const std::string& fileName)
{
    auto t = LetterTemplate::parse(text, placeholders(), fileName);
    if (!t)
        return t.error();
    return InvitationLetter(std::move(t).value());
}

std::string InvitationLetter::recipientName(const model::Patient& p)
{
    return joined({p.title, p.givenName, p.familyName}, " ");
}

std::string InvitationLetter::salutation(const model::Patient& p)
{
    if (!p.title.empty() && !p.familyName.empty())
        return p.title + " " + p.familyName;
    auto name = joined({p.givenName, p.familyName}, " ");
    return name.empty() ? std::string("patient") : name;
}

base::Result<Letter> InvitationLetter::compose(const model::Patient& person, const PracticeDetails& practice,
                                               base::CivilDate today) const
{
    Letter letter;
    letter.kind = "invitation";
    letter.patientId = person.id;
    letter.recipientName = recipientName(person);
    letter.footerName = model::bannerName(person);
    letter.nhsNumber = person.nhsNumber;
    letter.addressWithheld = person.restricted;
    if (!person.restricted) {
        for (const auto* line : {&person.addressLine1, &person.addressLine2, &person.town, &person.postcode})
            if (!line->empty())
                letter.addressLines.push_back(*line);
    }
    letter.practiceName = practice.name;
    letter.practiceAddressLines = practice.addressLines;
    letter.practicePhone = practice.phone;
    letter.date = today;

    const std::map<std::string, std::string> values{
        {"person.name", letter.recipientName},
        {"person.salutation", salutation(person)},
        {"practice.name", practice.name},
        {"practice.address", joined(practice.addressLines, ", ")},
        {"practice.phone", practice.phone.empty() ? std::string("the practice's usual number") : practice.phone},
        {"today", today.display()},
    };
    auto body = m_body.fill(values);
    if (!body)
        return body.error();
    letter.body = std::move(body).value();
    return letter;
}

} // namespace carehouse::letters
