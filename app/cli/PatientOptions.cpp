#include "app/cli/PatientOptions.h"

#include <algorithm>
#include <cctype>

namespace carehouse::cli {

namespace {

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

std::string genderCode(const std::string& given)
{
    auto g = lower(given);
    if (g == "f")
        return "female";
    if (g == "m")
        return "male";
    if (g == "u" || g == "not-known")
        return "unknown";
    return g;
}

} // namespace

std::vector<Option> PatientOptions::options(bool forEdit)
{
    bool req = !forEdit;
    std::vector<Option> o = {
        {"family", "FAMILY", "Family name (surname).", req},
        {"given", "GIVEN", "Given name (first name).", req},
        {"dob", "DATE", "Date of birth, day first: 14/07/1945, 14-Jul-1945 or 1945-07-14.", req},
        {"nhs", "NUMBER", "NHS number, ten digits; spaces allowed (943 476 5919)."},
        {"title", "TITLE", "Title (Mr, Mrs, Ms, Dr ...)."},
        {"gender", "GENDER", "female, male, other or unknown."},
        {"address1", "TEXT", "First line of the address."},
        {"address2", "TEXT", "Second line of the address."},
        {"town", "TOWN", "Town or city."},
        {"postcode", "POSTCODE", "Postcode."},
        {"phone", "PHONE", "Telephone number."},
        {"practice", "PRACTICE", "Registered practice."},
        {"consent", "CONSENT", "Sharing consent: shared-care-team, practice-only, withdrawn or not-recorded."},
        {"language", "LANG", "Preferred language (BCP 47, e.g. en, bn, pl)."},
        {"ethnicity", "TEXT", "Family background (used for BMI thresholds)."},
        {"large-print", "", "Letters in large print."},
        {"restricted", "", "Sensitive record: the address is never shown."},
    };
    if (forEdit) {
        o.push_back({"no-large-print", "", "Letters in normal print."});
        o.push_back({"unrestricted", "", "No longer a sensitive record."});
    }
    return o;
}

int PatientOptions::apply(const ParsedArguments& a, record::PatientDraft& d)
{
    int given = 0;
    auto text = [&](const char* name, std::string& field) {
        if (auto v = a.get(name)) {
            field = *v;
            ++given;
        }
    };
    text("family", d.familyName);
    text("given", d.givenName);
    text("dob", d.birthDate);
    text("nhs", d.nhsNumber);
    text("title", d.title);
    text("address1", d.addressLine1);
    text("address2", d.addressLine2);
    text("town", d.town);
    text("postcode", d.postcode);
    text("phone", d.phone);
    text("practice", d.practice);
    text("language", d.preferredLanguage);
    text("ethnicity", d.ethnicity);
    if (auto g = a.get("gender")) {
        d.gender = genderCode(*g);
        ++given;
    }
    if (auto c = a.get("consent")) {
        d.sharingConsent = lower(*c);
        ++given;
    }
    if (a.flag("large-print")) {
        d.largePrint = true;
        ++given;
    }
    if (a.flag("no-large-print")) {
        d.largePrint = false;
        ++given;
    }
    if (a.flag("restricted")) {
        d.restricted = true;
        ++given;
    }
    if (a.flag("unrestricted")) {
        d.restricted = false;
        ++given;
    }
    return given;
}

} // namespace carehouse::cli
