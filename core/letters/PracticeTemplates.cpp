#include "core/letters/PracticeTemplates.h"

#include "core/base/ResourceDirectory.h"
#include "core/letters/InvitationLetter.h"
#include "core/letters/LetterWording.h"
#include "core/letters/ResultsLetterComposer.h"
#include "core/record/RecordStore.h"

#include <algorithm>
#include <filesystem>

namespace carehouse::letters {

using base::Error;
using base::ErrorCode;

std::string_view PracticeTemplates::kindCode(LetterKind kind)
{
    switch (kind) {
    case LetterKind::Invitation: return "invitation";
    case LetterKind::Results: return "results";
    }
    return "results";
}

std::optional<LetterKind> PracticeTemplates::kindFromCode(std::string_view code)
{
    for (auto kind : {LetterKind::Invitation, LetterKind::Results})
        if (kindCode(kind) == code)
            return kind;
    return std::nullopt;
}

std::string PracticeTemplates::settingKey(LetterKind kind, const std::string& language)
{
    return std::string(kSettingPrefix) + std::string(kindCode(kind)) + "." + language;
}

std::string PracticeTemplates::resourceFor(LetterKind kind, const std::string& language)
{
    return "letters/" + std::string(kindCode(kind)) + "-" + language + ".txt";
}

std::vector<std::string> PracticeTemplates::languages(LetterKind kind)
{
    const std::string prefix = std::string(kindCode(kind)) + "-";
    const std::string suffix = ".txt";
    std::vector<std::string> out;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(base::resourcePath("letters"), ec)) {
        const auto name = entry.path().filename().string();
        if (name.size() > prefix.size() + suffix.size() && name.starts_with(prefix) && name.ends_with(suffix))
            out.push_back(name.substr(prefix.size(), name.size() - prefix.size() - suffix.size()));
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::string PracticeTemplates::chosenLanguage(LetterKind kind, const std::string& language)
{
    const auto shippedIn = languages(kind);
    return std::find(shippedIn.begin(), shippedIn.end(), language) != shippedIn.end()
        ? language
        : std::string(LetterWording::kDefaultLanguage);
}

const LetterTemplate::Rules& PracticeTemplates::rules(LetterKind kind)
{
    static const LetterTemplate::Rules invitation{InvitationLetter::placeholders(), {}, {}};
    return kind == LetterKind::Invitation ? invitation : ResultsLetterComposer::templateRules();
}

base::Result<PracticeTemplates::Text> PracticeTemplates::shipped(LetterKind kind, const std::string& language)
{
    const auto chosen = chosenLanguage(kind, language);
    const auto relative = resourceFor(kind, chosen);
    auto text = LetterTemplate::readText(base::resourcePath(relative));
    if (!text)
        return text.error();
    return Text{std::move(text).value(), relative.substr(relative.find('/') + 1), chosen, false};
}

base::Result<PracticeTemplates::Text> PracticeTemplates::effectiveText(const record::RecordStore& store,
                                                                       LetterKind kind, const std::string& language)
{
    const auto chosen = chosenLanguage(kind, language);
    const auto key = settingKey(kind, chosen);
    auto own = store.setting(key);
    if (own)
        return Text{std::move(own).value(), key, chosen, true};
    if (own.error().code != ErrorCode::NotFound)
        return own.error();
    return shipped(kind, chosen);
}

base::Result<LetterTemplate> PracticeTemplates::effective(const record::RecordStore& store, LetterKind kind,
                                                          const std::string& language)
{
    auto text = effectiveText(store, kind, language);
    if (!text)
        return text.error();
    return LetterTemplate::parse(text->text, rules(kind), text->name);
}

base::Result<LetterTemplate> PracticeTemplates::validate(LetterKind kind, std::string_view text,
                                                         const std::string& name)
{
    return LetterTemplate::parse(text, rules(kind), name);
}

base::Status PracticeTemplates::save(record::RecordStore& store, LetterKind kind, const std::string& language,
                                     const std::string& text)
{
    if (auto st = store.require(security::Permission::ManageSettings); !st)
        return st;
    const auto shippedIn = languages(kind);
    if (std::find(shippedIn.begin(), shippedIn.end(), language) == shippedIn.end())
        return Error::make(ErrorCode::InvalidArgument, "language", language);
    const auto key = settingKey(kind, language);
    if (auto parsed = validate(kind, text, key); !parsed)
        return parsed.error();
    return store.setSetting(key, text);
}

base::Status PracticeTemplates::restore(record::RecordStore& store, LetterKind kind, const std::string& language)
{
    if (auto st = store.require(security::Permission::ManageSettings); !st)
        return st;
    return store.removeSetting(settingKey(kind, language));
}

} // namespace carehouse::letters
